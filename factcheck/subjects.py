"""Whom a figure's sentence is about: the names a registry gives its claims' owners.

In a story of many films, firms or parties, a claim is often told from its siblings by a
name alone ("Ocean's Twelve's opening weekend" beside "Ocean's Eleven's"), and a figure's
own clause seldom repeats it: "The Aviator came third with $7.6m", "The film opened on
Wednesday, bringing its total takings to $21.6m". The name a sentence gives (or, when it
gives none, the nearest sentence before it) says whose figure it is. Only names the
registry itself gives are read (``registry_names``): a name no claim gives tells no claim
apart. A claim is its owners' (``owner_names``), and a name is its when ``names_claim``.

>>> from factcheck.vocabulary import Vocabulary
>>> vocabulary = Vocabulary.default()
>>> phrases = ["Acme's profit in 2004", "Bolt's profit in 2004", "profit at Christmas"]
>>> sorted(registry_names(phrases, vocabulary))
['acm', 'bolt']
>>> [sorted(name) for name in sentence_names("Bolt, the rival, made $5m at Christmas.", None, vocabulary,
...                                          registry_names(phrases, vocabulary))]
[['bolt']]
>>> names_claim(frozenset({"bolt"}), owner_names(["Acme's profit in 2004"], vocabulary), frozenset({"acm", "profit"}))
False
"""

from __future__ import annotations

from factcheck import lexicon
from factcheck.positions import SENTENCE_BREAK
from factcheck.regexes import compiled
from factcheck.vocabulary import Vocabulary

# A name: a run of capitalised words ("Ocean's Twelve", "Institute for Fiscal Studies").
_NAME = compiled(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*")
# A name as an owner: "Acme's", "the Conservatives'".
_OWNER = compiled(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*(?=['’]s?(?:\s|$))")
# "the owners of embattled oil group ": the name after it is what a noun is of.
_OF_BEFORE = compiled(r"\bof\s+(?:[\w'’-]+\s+){0,4}$")
# "at the Town Hall": where a figure is, and whose.
_AT_NAME = compiled(r"\bat\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
# "which stars ", "who met ", "starring ", "written by ": the names after it are of an aside.
_ASIDE_BEFORE = compiled(r"(?:\b(?:which|who|whom)\b[^,;:()–—]*|\b[a-z]{3,}ing\s+|\bby\s+)$")
_LIST_GAP = compiled(r",?\s+(?:and\s+)?|,\s*")
# A name of two words or more (after "The", "And"...) that opens a sentence: its subject.
_LEADING_NAME = compiled(r"\s*[\"“‘(]?(?:(?:And|But|The|So|Yet)\s+)*(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'-]*)+)")
_SPEAKS = compiled(rf"\s+(?:has\s+|have\s+|had\s+)?(?:{lexicon.alternation([*lexicon.SPEAKING_VERBS, *lexicon.COUNTING_VERBS])})\b")
_POSSESSIVE = compiled(r"['’]s?$")
_NOT_NAMES = frozenset([*lexicon.MONTHS, *(day.lower() for day in lexicon.WEEKDAYS), "today", "yesterday",
                        "tomorrow", *lexicon.HONORIFICS, *lexicon.GENERIC_SOURCES])
_NOT_NAME_SECTIONS = frozenset({"places", "regions", "bodies"})


def name_runs(text: str, vocabulary: Vocabulary, subjects: bool = False, asides: bool | None = None) -> list[frozenset[str]]:
    """Return the names ``text`` gives, each as the keys of its words: runs of capitalised
    words, less times ("Christmas Day", "March"), titles and generic sources ("Mr",
    "Analysts"), and less any run that holds a place's name ("North American", "the Bank of
    England"); with ``subjects``, less the names a noun is "of" ("the owners of the oil
    group Acme", "a biography of Ann Lee") and those of an aside ("the film, which stars Ann
    Lee and Bo Chan,", "starring Ann Lee"), which are not what the sentence is about."""
    asides = subjects if asides is None else asides
    found = []
    aside_end = None  # where the last name of an aside ended: a list goes on with it
    for match in _NAME.finditer(text):
        run = match.group()
        if subjects and _OF_BEFORE.search(text, 0, match.start()):
            continue
        if asides and (_ASIDE_BEFORE.search(text, 0, match.start())
                         or aside_end is not None and _LIST_GAP.fullmatch(text, aside_end, match.start())):
            aside_end = match.end()  # "The film, which stars Ann Lee, Bo Chan and ...", "starring Ann Lee"
            continue
        aside_end = None
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


def owner_names(phrases, vocabulary: Vocabulary) -> tuple[frozenset[str], ...]:
    """Return the names a registry's phrases (abouts and aliases) give as owners, each as
    its keys ("Acme's profit", "the Conservatives' savings", "savings at the Town Hall"):
    the names whose claims they are."""
    found: dict[frozenset[str], None] = {}
    for phrase in phrases:
        for owner in (*_OWNER.findall(phrase), *_AT_NAME.findall(phrase)):
            found.update(dict.fromkeys(name_runs(owner, vocabulary)))
    # "Ocean's Eleven took": the "Ocean" of a longer owner's name is no owner of its own.
    return tuple(name for name in found if not any(name < other for other in found))


def names_claim(name: frozenset[str], owners: tuple[frozenset[str], ...], words: frozenset[str]) -> bool:
    """Return whether a name a sentence gives (its keys) is a claim's subject: it holds one
    of the claim's owners ("Michael Howard" of "Howard's tax cuts"; not "the Foreign Office"
    of "savings at the Home Office"), or the claim's words hold all of it ("Alexander")."""
    return name <= words or any(owner <= name for owner in owners)


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


def sentence_names(sentence: str, attribution: str | None, vocabulary: Vocabulary,
                   known: frozenset[str]) -> tuple[frozenset[str], ...] | None:
    """Return the names ``sentence`` gives that share a word with the registry's names
    ``known`` (each as its keys), less those of who says so, of an aside and those a noun is
    "of". None when it gives none at all but in asides: then the sentence before may say."""
    if attribution:
        sentence = sentence.replace(attribution, " ")
    found = tuple(dict.fromkeys(run for run in name_runs(sentence, vocabulary, subjects=True) if run & known))
    if found or any(run & known for run in name_runs(sentence, vocabulary, asides=True)):
        return found  # (a name a noun is "of" is no subject, but the sentence is about something of it)
    leading = _LEADING_NAME.match(sentence)
    if leading and not _SPEAKS.match(sentence, leading.end()):
        # "Comedy Fat Albert took $12m": a name the registry does not give opens the sentence
        # (not one who says so: "Jo Lee claimed a 65% share for the iPod")
        return tuple(name_runs(leading.group("name"), vocabulary))[:1] or None
    return None


def names_before(text: str, vocabulary: Vocabulary, known: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Return the registry's names of the last sentence of ``text`` that gives any (see sentence_names)."""
    text = text.rstrip()
    ends = [found.end() for found in SENTENCE_BREAK.finditer(text)]
    for start, end in zip(reversed([0, *ends]), reversed([*ends, len(text)])):
        found = sentence_names(text[start:end], None, vocabulary, known)
        if found is not None:
            return found
    return ()


# "£153m of savings at the Town Hall": the name a figure is at, right after it.
_AT_AFTER = compiled(r"^(?:[\w'’-]+\s+){0,3}?at\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)")


def name_after(words: str, vocabulary: Vocabulary) -> tuple[frozenset[str], ...]:
    """Return the name a figure is "at", as the words right after it say ("of savings at the Town
    Hall": {town, hall}), or none: it is whose the figure is, whatever else its sentence names."""
    found = _AT_AFTER.match(words)
    return tuple(name_runs(found.group("name"), vocabulary))[:1] if found else ()


_CAPITALISED = compiled(r"\b[A-Z][\w.’'-]*")


def names_in(text: str) -> str:
    """Return the capitalised words of ``text`` ("In Germany, the Bundesbank said" -> "In Germany Bundesbank"):
    where places and sources are named, read without stemming every word of a long stretch (speed)."""
    return " ".join(_CAPITALISED.findall(text))


def places_before(text: str, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the places named by the last sentence of ``text`` that names any (none when none does)."""
    ends = [found.end() for found in SENTENCE_BREAK.finditer(text)]
    for start, end in zip(reversed([0, *ends]), reversed([*ends, len(text)])):
        found = frozenset(vocabulary.keys_in("places", names_in(text[start:end])))
        if found:
            return found
    return frozenset()
