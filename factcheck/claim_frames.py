"""What a registry claim is about, and the readings of a phrase that claims and figures share.

A claim's frame (``ClaimFrame``) is read from its about and aliases, or from its registry
keys `counts`, `event` and `excludes` where the words cannot settle it: what it counts
(the table's counted nouns, else the noun phrase its phrases open with), what happened,
which stage, its places, periods, names and sources. The same readings of a phrase serve a
figure's frame (factcheck.frames): the names a text gives (as owners too), what a noun is
"in" or "of" ("stake in Group Menatep"), what a figure is per ("530 pence-a-share"), which
end of a change it is ("rose from"), what would have been, and the noun a count or a
"whose N is" clause names.

>>> from factcheck.registry import parse_registry
>>> [claim] = parse_registry('''
... version: 1
... claims:
...   - id: shipments
...     about: arms shipments from North Korea to Russia
...     sources: [{name: Analysts, value: at least 64}]
... ''', "claims.yaml")
>>> sorted(claim_frame(claim, Vocabulary.default()).heads)
['arm', 'suppli']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck import lexicon
from factcheck.context import Context
from factcheck.periods import change_span, periods
from factcheck.regexes import compiled
from factcheck.subjects import owner_names
from factcheck.vocabulary import Vocabulary, stem

MODAL_VERBS = frozenset(lexicon.MODAL_VERBS)
CAPITALISED = compiled(r"\b[A-Z][\w.’'-]*")
PAST_PARTICIPLE = compiled(r"[^\W\d_]{3,}ed")
PARTICIPLE = compiled(r"[^\W\d_]{3,}(?:ed|ing)$")

@dataclass(frozen=True, slots=True)
class ClaimFrame:
    """What a claim is about, as vocabulary keys: from its about and aliases, and its
    registry keys `counts`, `event` and `excludes` where the words cannot settle it."""

    counts: frozenset[str]  # the counted nouns' keys ("troop")
    counts_stated: bool  # counts come from the registry's `counts:` key, not from the words
    events: frozenset[str]  # what happened ("sent", "kill")
    stages: frozenset[str]  # which part of a whole ("addit", "first", "total")
    places: frozenset[str]  # the countries and bodies it names
    excludes: frozenset[str]  # words that rule a figure out
    words: frozenset[str]  # every key of its phrases
    changes: frozenset[str]  # the change it counts ("rise", "fall", "change"), if it counts one
    regions: frozenset[str]  # the parts of a country it is about (none: the whole)
    periods: dict[str, frozenset]  # the years, quarters and months its phrases name
    sources: frozenset[str]  # the keys of its sources' names ("nationwid", "halifax")
    bodies: frozenset[str] = frozenset()  # the institutions it names ("the Fed"), each of a place
    # The keys of the names it gives the actors it is about, other than places and times
    # ("Nationwide", "Deutsche Boerse"), and its sources' names: a text naming them names
    # the claim's place too, and a figure of another's ("Gazprom's shares") is not the claim's.
    names: frozenset[frozenset[str]] = frozenset()
    # The keys of the noun phrase its phrases open with ("arms shipments" of "arms shipments
    # from North Korea to Russia"): what it counts, when no word of the table says.
    heads: frozenset[str] = frozenset()
    # The keys of what it is a price or a count per ("price per LSE share": share), when its
    # values do not say (a value "$30 a barrel" puts the barrel in the claim's measure).
    per: frozenset[str] = frozenset()
    # What its phrases' nouns are of, by the noun's key: "stake in Yukos" -> {stake: [{yukos}]}.
    objects: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    # Which end of a change it is, when its phrases say: "tax rate rose from" ("from"), "rose to" ("to").
    ends: frozenset[str] = frozenset()
    # The stems of the capitalised words of its phrases and its sources' names, each word
    # alone: "the Bank" said is the Bank of England.
    plain_names: frozenset[str] = frozenset()
    # Those of its sources' names its about or aliases give as who states it: "..., Bank of
    # England", "Halifax forecasts" (not "price of the Nintendo DS": whose it is).
    named_sources: frozenset[str] = frozenset()
    # Whether it is what would have been ("the bid Gazprom would have made")
    counterfactual: bool = False
    # The names its phrases give as owners, each as its keys ("Acme's profit"): whose it is.
    owner_names: tuple[frozenset[str], ...] = ()
    # Whether what it counts is the size of a decrease ("savings in spending", "cuts to services").
    decrease: bool = False
    # Whether it is the difference between two figures ("how much less they would spend than Labour").
    difference: bool = False
    # Whether it is a plan: its phrases say what would, will or could be ("savings they would make").
    planned: bool = False
    # Whether the year its phrases name is the year its sources stated it in: a figure of
    # "last year" is not it ("$121.9m, compared with $165.8m last year" beside "the 2004 total").
    current_year: bool = False
    # What the change it counts is measured over, when its phrases say ("annual": "year").
    span: str | None = None


def claim_frame(claim, vocabulary: Vocabulary) -> ClaimFrame:
    """Return the frame of a registry claim."""
    words = frozenset(key for phrase in (claim.about, *claim.aliases) for key in vocabulary.keywords(phrase))
    sections = vocabulary.sections
    explicit_counts = frozenset(key for value in claim.counts for key in vocabulary.keywords(value))
    explicit_events = frozenset(key for value in claim.event for key in vocabulary.keywords(value))
    heads = frozenset(key for phrase in (claim.about, *claim.aliases)
                      for key in vocabulary.keywords(_leading_noun_phrase(phrase, vocabulary)))
    return ClaimFrame(
        explicit_counts or frozenset(key for key in words if sections.get(key) == "counted"),
        bool(explicit_counts),
        # (A modal verb says how sure, not what happened: "jobs that would move" counts what moves.)
        explicit_events or frozenset(key for phrase in (claim.about, *claim.aliases) for key in vocabulary.keys_in(
            "events", " ".join(word for word in phrase.split() if word.lower() not in MODAL_VERBS))),
        frozenset(key for key in words if sections.get(key) == "stages"),
        frozenset(key for key in words if sections.get(key) == "places"),
        frozenset(key for value in claim.excludes for key in vocabulary.keywords(value)),
        words,
        frozenset() if _changed_thing(claim.about, vocabulary)
        else frozenset(key for key in words if sections.get(key) == "changes"),
        frozenset(key for key in words if sections.get(key) == "regions"),
        periods(" ".join((claim.about, *claim.aliases))),
        frozenset(key for source in claim.sources for key in vocabulary.keywords(source.name)),
        frozenset(key for key in words if sections.get(key) == "bodies"),
        names(" ".join((claim.about, *claim.aliases, *(source.name for source in claim.sources))), vocabulary),
        heads,
        frozenset() if claim.measure[2] else frozenset(
            key for phrase in (claim.about, *claim.aliases) for found in _CLAIM_PER.findall(phrase)
            for key in vocabulary.keywords(found)[-1:]),
        objects(" . ".join((claim.about, *claim.aliases)), vocabulary),
        frozenset((found.group("end") or "to").lower() for phrase in (claim.about, *claim.aliases)
                  for found in [_CLAIM_CHANGE_END.search(phrase)] if found),
        _plain_names(" . ".join((claim.about, *claim.aliases, *(source.name for source in claim.sources))), vocabulary),
        _plain_names(" . ".join(source.name for source in claim.sources), vocabulary)
        & _plain_names(_attributed(claim), vocabulary),
        any(COUNTERFACTUAL.search(phrase) for phrase in (claim.about, *claim.aliases)),
        owner_names((claim.about, *claim.aliases), vocabulary),
        bool(heads & _decrease_keys(vocabulary)),
        any(DIFFERENCE.search(phrase) for phrase in (claim.about, *claim.aliases)),
        bool(words & vocabulary.intent_words) or any(word.lower() in MODAL_VERBS for phrase in (claim.about, *claim.aliases)
                                                     for word in phrase.split()),
        _current_year(claim),
        change_span(" . ".join((claim.about, *claim.aliases))),
    )


# A run of capitalised words, with "of (the)" or "for" inside: "Institute for Fiscal Studies".
_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?[A-Z][\w'’.-]*)*"
# Where a claim's phrase says who states it: after the comma that ends it ("..., Nationwide
# index"), after "according to" or "as forecast by", or before a word of saying ("the
# Conservatives say", "Halifax forecasts", "a Populus poll").
_ATTRIBUTED = compiled(
    r",\s*(?P<tail>[^,]+)$"
    r"|\b(?:according\s+to|as\s+\w+\s+by)\s+(?P<after>.+)$"
    rf"|(?P<speaker>{_NAME_RUN})(?:'s?|’s?)?\s+(?:\w+\s+)?(?:{lexicon.alternation(lexicon.ATTRIBUTING_WORDS)})\b")


def _attributed(claim) -> str:
    """Return the parts of a claim's phrases that say who states it. A name elsewhere is
    whose the figure is or what it is of ("price of the Nintendo DS console", "Deutsche
    Boerse's profit"), not who says so: a figure another speaker quotes may still be it."""
    return " . ".join(next(group for group in found.groups() if group)
                      for phrase in (claim.about, *claim.aliases) for found in _ATTRIBUTED.finditer(phrase))


def _current_year(claim) -> bool:
    """Return whether every year a claim's phrases name is a year its sources are dated in."""
    named = periods(" ".join((claim.about, *claim.aliases))).get("year", frozenset())
    dated = {source.date[:4] for source in claim.sources if source.date}
    return bool(named) and named <= dated


_COMPARATIVE = lexicon.alternation(lexicon.DIFFERENCE_COMPARATIVES)
# "less ... than", "more spending than": a difference between two figures (not "than a year earlier").
DIFFERENCE = compiled(
    rf"\b(?:{_COMPARATIVE})\b(?:\s+[\w'’-]+){{0,5}}?\s+than\b(?!(?:\s+[\w'’-]+){{0,3}}?\s+"
    rf"(?:{lexicon.alternation(lexicon.TIME_WORDS_AFTER_THAN)})\b)", re.IGNORECASE)


def _decrease_keys(vocabulary: Vocabulary) -> frozenset[str]:
    """Return the keys of the nouns that count the size of a decrease (lexicon.DECREASE_NOUNS)."""
    return frozenset(key for word in lexicon.DECREASE_NOUNS for key in vocabulary.keywords(word))


# "would have gained", "could have been worth": what did not happen.
COUNTERFACTUAL = compiled(
    rf"\b(?:{lexicon.alternation(lexicon.MODAL_VERBS)})\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b",
    re.IGNORECASE)


def _plain_names(text: str, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the stems of the capitalised words of ``text`` that name no place and are no
    title ("Mr") nor generic source ("Analysts"), each alone ("the Bank of England" -> {bank};
    "The BBA" -> {bba})."""
    return frozenset(stem(word.lower()) for word in CAPITALISED.findall(text)
                     if word.lower() not in lexicon.STOPWORDS and word.lower() not in lexicon.GENERIC_SOURCES
                     and word.lower().rstrip(".") not in lexicon.HONORIFICS
                     and vocabulary.section_of(word) not in ("places", "regions"))


def source_names(said_by: str, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the plain names of who says so: not a capitalised first word before lower-case
    ones ("Further reports had", "Separate figures"), which opens a sentence, names nothing."""
    words = said_by.split()
    if len(words) > 1 and words[0][:1].isupper() and not words[1][:1].isupper():
        said_by = " ".join(words[1:])
    return _plain_names(said_by, vocabulary)


_CHANGE_VERB_WORDS = lexicon.alternation([*lexicon.RISE_VERBS, *lexicon.FALL_VERBS])
# "tax rate rose from", "raised rates to": a claim of where a change started or ended; "debt is
# tipped to fall by 2027" is where it ends by then (a deadline's "by" is no size of a change).
_CLAIM_CHANGE_END = compiled(rf"\b(?:{_CHANGE_VERB_WORDS})(?:\s+[\w'’-]+)?\s+(?P<end>from|to)\s*$"
                             rf"|\b(?:{_CHANGE_VERB_WORDS})\s+by\s+(?:the\s+(?:end|start)\s+of\s+)?(?P<deadline>(?:19|20)\d\d)\b", re.IGNORECASE)
# "rose from", "rose from 2.6% to", "fell by 3% to": the end of a change a figure is.
_FIGURE_CHANGE_END = compiled(
    rf"\b(?:{_CHANGE_VERB_WORDS})(?:\s+by\s+\S+)?(?:\s+from\s+\S+)?\s+(?P<end>from|to)\s*$", re.IGNORECASE)


_TIME_NOUNS = frozenset([*lexicon.PERIOD_NOUNS, "quarter", "decade", "hour", "minute", "second", "fortnight", "season",
                         "time", "further", "record", "few"])
# The keys of a price: a maker's expected price is its price.
PRICE_KEYS = frozenset({"price"})
# "price per LSE share", "pence-per-share offer": what a claim is a price or count per.
_CLAIM_PER = compiled(r"\bper[\s-]+((?:[A-Z]\w*\s+)?[a-z][\w-]*)")
# "530 pence-a-share", "533p a share", "£5,000 per pupil": what a figure is per, right after it.
_FIGURE_PER = compiled(
    rf"^(?:{lexicon.alternation(lexicon.RATE_WORDS)}|for\s+(?:each|every))[\s-]+(?:[A-Z][\w]*\s+)?(?P<noun>[a-z][\w]*)")


def _changed_thing(about: str, vocabulary: Vocabulary) -> bool:
    """Return whether a claim's about opens with a changed thing ("raised bid Deutsche Boerse may
    make", "the reduced fares"): the bid after the change, a level, though its aliases say it is raised."""
    words = [word for word in _PHRASE_WORD.findall(about)[:3] if word.lower() not in lexicon.STOPWORDS][:2]
    return (len(words) == 2 and bool(PAST_PARTICIPLE.fullmatch(words[0].lower())) and words[1].islower()
            and words[1].lower() not in _NOUN_PHRASE_ENDS
            and vocabulary.sections.get(next(iter(vocabulary.keywords(words[0])), "")) == "changes")


# A noun and the name it is of: "stake in Group Menatep", "holding in holding company Menatep".
_NOUN_OF_NAME = compiled(
    r"\b(?P<noun>[a-z][\w-]*)\s+(?:in|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def objects(text: str, vocabulary: Vocabulary, first: bool = False) -> dict[str, tuple[frozenset[str], ...]]:
    """Return the names ``text``'s nouns are of, by the noun's key ("stake in Yukos": {stake: ({yukos},)}),
    without places (a place has rules of its own); with ``first``, only the first noun's, at the start."""
    found: dict[str, list[frozenset[str]]] = {}
    for match in _NOUN_OF_NAME.finditer(text):
        if first and match.start() > 0:
            break
        nouns = vocabulary.keywords(match.group("noun"))
        name = frozenset(key for key in vocabulary.keywords(match.group("name"))
                         if vocabulary.sections.get(key) not in NOT_COUNTED_SECTIONS and not key.isdigit())
        if nouns and name:
            found.setdefault(nouns[0], []).append(name)
        if first:
            break
    return {noun: tuple(names) for noun, names in found.items()}


_PHRASE_WORD = compiled(r"[\w'’-]+")
_NOUN_PHRASE_ENDS = frozenset([*lexicon.STOPWORDS, *lexicon.COUNTED_ENDS, *lexicon.MODAL_VERBS, *lexicon.RISE_VERBS,
                               *lexicon.FALL_VERBS])


def _leading_noun_phrase(phrase: str, vocabulary: Vocabulary) -> str:
    """Return the noun phrase a claim's phrase opens with, past its owners and determiners:
    "arms shipments" of "Pyongyang's arms shipments to Moscow", "" of "Rosneft bought Yugansk for"
    (a phrase that opens with a name and a verb names what it counts nowhere)."""
    kept: list[str] = []
    words = _PHRASE_WORD.findall(phrase)
    skip_to = 0
    for index, word in enumerate(words):
        if index < skip_to:
            continue
        lowered = word.lower()
        if word[-2:] in ("'s", "’s") or word[-1:] in "'’":
            kept = []  # "Pyongyang's", "the bidder's offer": an owner, before what it counts
            continue
        if not kept and lowered in lexicon.STOPWORDS:
            continue
        if not kept and word[0].isupper():
            run = [word]
            for later in words[index + 1:]:
                if not later[0].isupper():
                    break
                run.append(later)
            if all(vocabulary.sections.get(key) in NOT_COUNTED_SECTIONS for key in vocabulary.keywords(" ".join(run))):
                skip_to = index + len(run)
                continue  # "North Korean arms shipments", "UK house prices"
            return ""  # "Rosneft bought Yugansk for"
        if word[0].isupper() or word[0].isdigit() or lowered in _NOUN_PHRASE_ENDS or kept and PARTICIPLE.match(lowered):
            break
        kept.append(word)
    return " ".join(kept)


# A name: a run of capitalised words ("Deutsche Boerse", "Group Menatep").
_NAME = compiled(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*")
_NOT_NAMES = frozenset([*lexicon.MONTHS, *(day.lower() for day in lexicon.WEEKDAYS), "today", "yesterday", "tomorrow"])
# A name as an owner: "Gazprom's shares", "Mr Khodorkovsky's 59.5% holding".
_OWNER = compiled(r"\b[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)*(?=(?:['’]s?)(?:\s|$))")


def names(text: str, vocabulary: Vocabulary, owners: bool = False) -> frozenset[frozenset[str]]:
    """Return the names of ``text`` (the firms, people and bodies a claim is about), each
    as the keys of its words that name no place, region, body or time; with ``owners``,
    only those written as owners ("Gazprom's")."""
    found = set()
    for name in (_OWNER if owners else _NAME).findall(text):
        keys = frozenset(key for key in vocabulary.keywords(" ".join(
            word for word in name.split() if word.lower() not in _NOT_NAMES))
            if vocabulary.sections.get(key) not in ("places", "regions", "bodies") and not key.isdigit())
        if keys:
            found.add(keys)
    return frozenset(found)



def end_of_change(lead: str) -> str | None:
    """Return which end of a change the figure after ``lead`` is ("from", "to"), or None."""
    found = _FIGURE_CHANGE_END.search(lead)
    return found.group("end").lower() if found else None


def other_end_of_change(figure, claim: ClaimFrame) -> str | None:
    """Return why a figure is another end of a change than the claim, or None: where a change
    started against where it ended, or the size of a change ("fell 32 cents to") against a
    claim only of the level it reached ("US light crude fell to")."""
    if figure.end and claim.ends and figure.end not in claim.ends:
        return f"it is where a change {'started' if figure.end == 'from' else 'ended'}, the claim the other end"
    if figure.change and not figure.level and not figure.end and claim.ends == {"to"}:
        return "it is the size of a change, the claim the level it reached"
    return None


def figure_per(context: Context, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the key of what a figure is per, as the words right after it say ("a share"),
    or none (a time, "a year", is a rate of another kind)."""
    found = _FIGURE_PER.match(f"{context.counted} {context.trail}".strip())
    if not found or found.group("noun").lower() in _TIME_NOUNS:
        return frozenset()
    return frozenset(vocabulary.keywords(found.group("noun"))[:1])


NOT_COUNTED_SECTIONS = frozenset({"stages", "changes", "places", "regions", "bodies"})


# "whose market capitalisation is", "its market value was": the noun a figure after a copula is.
_COPULAR_SUBJECT = compiled(
    r"^(?:whose|its|their|the)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:is|was|are|were)$")


def copular_subject(lead: str, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the key of the noun a clause that is only "whose/its/the N is" says the figure
    is ("whose market capitalisation is £3bn": capitalisation), or none: a generic noun
    ("people"), a stage, a place or a noun that only counts ("the total is") names no thing."""
    found = _COPULAR_SUBJECT.match(lead)
    if not found:
        return frozenset()
    words = found.group("noun").split()
    if any(word in _NOUN_PHRASE_ENDS for word in words):
        return frozenset()
    keys = vocabulary.keywords(words[-1])
    if (not keys or words[-1] in lexicon.GENERIC_COUNTED_NOUNS
            or vocabulary.sections.get(keys[0]) in NOT_COUNTED_SECTIONS):
        return frozenset()
    return frozenset(keys[:1])


def named_counts(context: Context, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the key of the noun a count names right after its number ("containers" of
    "3.2 million containers of goods"), or none: when the words after it open with a
    stop word ("in work"), a generic noun ("people"), a stage or a place."""
    words = []
    for word in context.counted.split():
        if word.lower() in _NOUN_PHRASE_ENDS:
            break  # "people without a job", "containers of goods"
        words.append(word)
    if not words:
        return frozenset()
    head = words[-1].lower()
    keys = vocabulary.keywords(head)
    if any(word.lower() in lexicon.GENERIC_COUNTED_NOUNS for word in words) or not keys or vocabulary.sections.get(keys[0]) in NOT_COUNTED_SECTIONS:
        return frozenset()
    return frozenset(keys[:1])


# A stage word right before another number: "a total of $42.9m", "total takings of $137m".
_STAGE_BEFORE_NUMBER = compiled(r"\b([a-z]+)(?=(?:\s+[a-z]+)?\s+of\s+[$£€]?\d)")


def other_stages(sentence: str, sentence_start: int, start: int | None, end: int | None,
                 vocabulary: Vocabulary) -> frozenset[str]:
    """Return the keys of the stages ("total") a sentence gives a number other than the figure
    from ``start`` to ``end`` (offsets in the text the sentence starts at ``sentence_start`` of)."""
    if start is None or end is None or not sentence:
        return frozenset()
    others = f"{sentence[:start - sentence_start]} FIGURE {sentence[end - sentence_start:]}"
    return frozenset(key for found in _STAGE_BEFORE_NUMBER.finditer(others) for key in vocabulary.keywords(found.group(1))
                     if vocabulary.sections.get(key) == "stages")


# "last year", "a year earlier" right after a figure (a word or two apart at most): its year.
# (Not a base of comparison: "12.6% on a year earlier", "up from a year ago".)
_LAST_YEAR_AFTER = compiled(
    rf"(?:(?!(?:on|than|from|over|against|since|with|to)\b)[\w'’-]+\s+){{0,2}}?"
    rf"(?:{lexicon.alternation(lexicon.YEAR_AGO_PHRASES)})\b", re.IGNORECASE)
# The words right after a figure that make it a difference: "more than Mr Brown predicted".
_DIFFERENCE_AFTER = compiled(rf"(?:[\w'’-]+\s+)?{DIFFERENCE.pattern}", re.IGNORECASE)


def last_year_after(after: str) -> bool:
    """Return whether the words right after a figure give it as last year's ("£4m last year")."""
    return bool(_LAST_YEAR_AFTER.match(after))


def difference_after(after: str) -> bool:
    """Return whether the words right after a figure make it a difference ("£2bn more than Labour")."""
    return bool(_DIFFERENCE_AFTER.match(after))


# "a majority of 160 seats", "a total of": the noun the figure is an amount of.
_AMOUNT_OF = compiled(r"\b(?:a|an|the|its|their|his|her)\s+(?P<noun>[a-z][\w-]*)\s+of$")


def amount_of(lead: str, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the key of the noun ``lead`` ends with as "a N of" ("a majority of"), or none."""
    found = _AMOUNT_OF.search(lead) if lead.endswith(" of") else None
    return frozenset(vocabulary.keywords(found.group("noun"))[:1]) if found else frozenset()
