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
# "the owners of embattled oil group ": the name after it is what a noun is of.
_OF_BEFORE = compiled(r"\bof\s+(?:[\w'’-]+\s+){0,4}$")
_POSSESSIVE = compiled(r"['’]s?$")
_NOT_NAMES = frozenset([*lexicon.MONTHS, *(day.lower() for day in lexicon.WEEKDAYS), "today", "yesterday",
                        "tomorrow", *lexicon.HONORIFICS, *lexicon.GENERIC_SOURCES])
_NOT_NAME_SECTIONS = frozenset({"places", "regions", "bodies"})
# The keys of every name a registry's phrases give, and of those they give as owners.
Known = tuple[frozenset[str], frozenset[str]]


def name_runs(text: str, vocabulary: Vocabulary, subjects: bool = False) -> list[frozenset[str]]:
    """Return the names ``text`` gives, each as the keys of its words: runs of capitalised
    words, less times ("Christmas Day", "March"), titles and generic sources ("Mr",
    "Analysts"), and less any run that holds a place's name ("North American", "the Bank of
    England"); with ``subjects``, less the names a noun is "of" ("the owners of the oil
    group Acme", "a biography of Ann Lee"), which are not what the sentence is about."""
    found = []
    for match in _NAME.finditer(text):
        run = match.group()
        if subjects and _OF_BEFORE.search(text, 0, match.start()):
            continue
        words = [_POSSESSIVE.sub("", word) for word in run.split()]
        while words and words[0].lower() in lexicon.STOPWORDS:
            del words[0]  # "On Christmas Day", "The Aviator"
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


def registry_names(phrases, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the keys of every name a registry's phrases give. A capitalised first word
    before lower-case ones opens the phrase and names nothing ("Savings at the Home
    Office"), unless it is an owner ("Acme's profit")."""
    found: set[str] = set()
    for phrase in phrases:
        words = phrase.split()
        if len(words) > 1 and words[0][:1].isupper() and not words[1][:1].isupper() \
                and not _POSSESSIVE.search(words[0]):
            phrase = " ".join(words[1:])
        found.update(name_keys(phrase, vocabulary))
    return frozenset(found)


def sentence_names(sentence: str, attribution: str | None, vocabulary: Vocabulary, known: Known) -> tuple[frozenset[str], ...] | None:
    """Return the registry's names ``sentence`` gives, less those of who says so and those a
    noun is "of": each name as its keys that name an owner ("Gordon Brown" as {brown}, when
    the registry speaks of "Brown's finances"), else as its keys the registry gives at all.
    None when it gives none at all (not even of a noun): then the sentence before may say."""
    if attribution:
        sentence = sentence.replace(attribution, " ")
    names, owners = known
    if not any(run & names for run in name_runs(sentence, vocabulary)):
        return None
    return tuple(dict.fromkeys((run & owners) or (run & names) for run in name_runs(sentence, vocabulary, subjects=True)
                               if run & names))


def names_before(text: str, vocabulary: Vocabulary, known: Known) -> tuple[frozenset[str], ...]:
    """Return the registry's names of the last sentence of ``text`` that gives any (see sentence_names)."""
    text = text.rstrip()
    ends = [found.end() for found in SENTENCE_BREAK.finditer(text)]
    for start, end in zip(reversed([0, *ends]), reversed([*ends, len(text)])):
        found = sentence_names(text[start:end], None, vocabulary, known)
        if found is not None:
            return found
    return ()
