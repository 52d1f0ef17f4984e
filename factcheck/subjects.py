"""Whom a figure's sentence is about: the names a registry gives its claims' subjects.

In a story of many films, firms or parties, a claim is often told from its siblings by a
name alone ("Ocean's Twelve's opening weekend" beside "Ocean's Eleven's"), and a figure's
own clause seldom repeats it: "The Aviator came third with $7.6m", "The film opened on
Wednesday, bringing its total takings to $21.6m". The name a sentence gives (or, when it
gives none, the nearest sentence before it) says whose figure it is. Only the names the
registry itself uses are read (``known_names``): a name no claim gives tells no claim apart.

>>> from factcheck.vocabulary import Vocabulary
>>> vocabulary = Vocabulary.default()
>>> known = known_names(["Acme's profit in 2004", "Bolt's profit in 2004", "profit at Christmas"], vocabulary)
>>> sorted(known)
['acm', 'bolt']
>>> sorted(sentence_names("Bolt, the rival, made $5m at Christmas.", "", vocabulary, known))
['bolt']
"""

from __future__ import annotations

from factcheck import lexicon
from factcheck.positions import SENTENCE_BREAK
from factcheck.regexes import compiled
from factcheck.vocabulary import Vocabulary

# A name: a run of capitalised words ("Ocean's Twelve", "Institute for Fiscal Studies").
_NAME = compiled(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*")
# A name as an owner: "Acme's", "the Conservatives'".
_OWNER = compiled(r"\b[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)*(?=(?:['’]s?)(?:\s|$))")
_POSSESSIVE = compiled(r"['’]s?$")
_NOT_NAMES = frozenset([*lexicon.MONTHS, *(day.lower() for day in lexicon.WEEKDAYS), "today", "yesterday",
                        "tomorrow", *lexicon.HONORIFICS, *lexicon.GENERIC_SOURCES])
_NOT_NAME_SECTIONS = frozenset({"places", "regions", "bodies"})


def name_runs(text: str, vocabulary: Vocabulary) -> list[frozenset[str]]:
    """Return the names ``text`` gives, each as the keys of its words: runs of capitalised
    words, less times ("Christmas Day", "March"), titles and generic sources ("Mr",
    "Analysts"), and less any run that holds a place's name ("North American", "the Bank of
    England")."""
    found = []
    for run in _NAME.findall(text):
        words = [_POSSESSIVE.sub("", word) for word in run.split()]
        if " ".join(words).lower() in lexicon.HOLIDAYS or run.lower() in lexicon.HOLIDAYS:
            continue
        keys = vocabulary.keywords(" ".join(word for word in words if word.lower() not in _NOT_NAMES))
        if any(vocabulary.sections.get(key) in _NOT_NAME_SECTIONS for key in keys):
            continue
        keys = frozenset(key for key in keys if not key.isdigit())
        if keys:
            found.append(keys)
    return found


def name_keys(text: str, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the keys of every name ``text`` gives (see name_runs)."""
    return frozenset().union(*name_runs(text, vocabulary))


def known_names(phrases, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the keys of the names a registry's phrases (abouts and aliases) give as owners
    ("Acme's profit", "the Conservatives' savings"): the names whose claims they are."""
    found: set[str] = set()
    for phrase in phrases:
        for owner in _OWNER.findall(phrase):
            found.update(name_keys(owner, vocabulary))
    return frozenset(found)


def sentence_names(sentence: str, attribution: str | None, vocabulary: Vocabulary,
                   known: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Return the known names ``sentence`` gives (each as its known keys), less those of who says so."""
    if attribution:
        sentence = sentence.replace(attribution, " ")
    return tuple(dict.fromkeys(run & known for run in name_runs(sentence, vocabulary) if run & known))


def names_before(text: str, vocabulary: Vocabulary, known: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Return the known names of the last sentence of ``text`` (see sentence_names)."""
    text = text.rstrip()
    ends = [found.end() for found in SENTENCE_BREAK.finditer(text)]
    for start, end in zip(reversed([0, *ends]), reversed([*ends, len(text)])):
        found = sentence_names(text[start:end], None, vocabulary, known)
        if found:
            return found
    return ()
