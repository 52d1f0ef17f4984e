"""Draft registry entries from a trusted source document: one per quantity it states.

A figure that matches a claim already in the registry (as check would match it)
becomes a new source of that claim. Any other figure becomes a new claim, drafted
from the figure's frame (factcheck.frames): an id made of what it counts ("lse-bid-value",
"north-korea-munitions-shipped"), a short noun phrase as its ``about`` ("munitions
shipped by North Korea"), and its sentence as the source's ``quote``. A quantity the
document states twice (the same frame, or the same figure of the same thing) is one
claim: with one source when both state the same figure, with both when they differ.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Iterable

from factcheck import lexicon
from factcheck.check import check_text
from factcheck.context import Context
from factcheck.figures import Figure
from factcheck.frame_fit import figures_differ
from factcheck.frames import Frame, FigureKeys, figure_keys
from factcheck.kinds import Verdict
from factcheck.matching import DEFAULT_THRESHOLD, Matcher
from factcheck.positions import LineIndex
from factcheck.regexes import compiled
from factcheck.registry import Claim, Source
from factcheck.vocabulary import Vocabulary

# Content words an id is made of: enough to tell claims apart, short enough to type.
ID_WORDS = 5
# The most words of what a figure counts that an ``about`` keeps.
ABOUT_WORDS = 8
_SPACES = compiled(r"\s+")
_SLUG_WORD = compiled(r"[a-z0-9]+")
_WORD = r"[\w'’&.-]+"
# "Nasdaq's bid valuing the LSE at": the thing that puts a value on something, and what it values.
_VALUING = compiled(
    rf"(?P<thing>(?:{_WORD}\s+){{0,3}}?{_WORD})\s+(?:{lexicon.alternation(lexicon.VALUING_VERBS)})\s+"
    rf"(?P<valued>(?:{_WORD}\s+){{0,3}}?{_WORD})\s+at\s*$",
    re.IGNORECASE,
)
_VALUE_WORD = compiled(rf"\b(?:{lexicon.alternation(lexicon.VALUING_VERBS)})\b", re.IGNORECASE)
# A name in running text: capitalised ("Nasdaq") or an acronym ("LSE").
# "were destroyed", "had returned": what happened, when the vocabulary does not know the verb.
_PASSIVE_PARTICIPLE = compiled(
    rf"^(?:(?:{lexicon.alternation(lexicon.AUXILIARIES)})\s+)+(?P<verb>[a-z]{{3,}}(?:ed|en|wn))\b")
# "of the ammunition that Russia's army needs": a relative clause that finishes what a share is of.
_RELATIVE = compiled(r"(?:that|which|who)\b", re.IGNORECASE)
# The last verb of a lead that says who stated or counted a figure: names before it are not owners.
_STATED_BY = compiled(
    rf".*\b(?:{lexicon.alternation((*lexicon.REPORTING_VERBS, *lexicon.COUNTING_VERBS))})\b(?:\s+that\b)?",
    re.IGNORECASE)
# Between a figure and its conversion: "7.5bn euros ($9.7bn)", "$10.7bn; 8.2bn euros".
_CONVERSION_GAP = compiled(r"\s*[(;,]\s*|\s*\)?\s*[;,]\s*|\s+or\s+")
# A lead that ends in a change: "Allied Domecq shares in London rose" (by) the figure.
_CHANGE_LEAD = compiled(
    rf"^(?P<subject>.+?)\s+(?:(?P<rise>{lexicon.alternation(lexicon.RISE_VERBS)})|{lexicon.alternation(lexicon.FALL_VERBS)})"
    rf"(?:\s+by)?$", re.IGNORECASE)
_REPORTING = frozenset((*lexicon.REPORTING_VERBS, *lexicon.COUNTING_VERBS))
_CHANGING = frozenset((*lexicon.RISE_VERBS, *lexicon.FALL_VERBS))
_LEAD_WORD = compiled(r"[^\W\d_][\w'’-]*")
_PARTICIPLE_END = compiled(r"[^\W\d_]{3,}ing$")
_NAME = compiled(r"\b[A-Z][\w&’'-]*")
_POSSESSIVE = compiled(r"['’]s$")
_POSSESSIVES = compiled(r"(?<=\w)['’]s\b")
_LEADING_FILLER = compiled(rf"^(?:(?:{lexicon.alternation(lexicon.COUNTED_FILLERS)})\s+)+", re.IGNORECASE)
_NOT_NAMES = frozenset(lexicon.STOPWORDS | set(lexicon.MONTHS) | {day.lower() for day in lexicon.WEEKDAYS})


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Who stated the document's figures, and when: the same for every entry drafted."""

    name: str
    date: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class NewSource:
    """A figure of the document that matches a claim already in the registry."""

    claim: Claim  # the registry's claim
    source: Source  # the source to add to it
    score: float  # how well the figure matched the claim, 0-100
    agreeing: int  # how many of the claim's sources the figure agrees with


@dataclass(frozen=True, slots=True)
class Harvest:
    """The registry entries drafted from one document, in the document's order."""

    new_sources: tuple[NewSource, ...]
    new_claims: tuple[Claim, ...]
    already_recorded: tuple[NewSource, ...]  # figures the registry already has from this source
    figures: int = 0  # how many figures the document states, repeats included


@dataclass(slots=True)
class _Draft:
    """A new claim being drafted, with what tells whether a later figure states the same quantity."""

    words: list[str]  # the id's words, before it is cut to ID_WORDS and made unique
    events: frozenset[str]  # what happened, as slug words ("destroyed")
    about: str
    keys: FigureKeys
    figures: list[Figure]
    sources: list[Source] = field(default_factory=list)
    converts: _Draft | None = None  # the draft of the figure this one restates in another currency


def harvest(text: str, path: str, info: SourceInfo, registry_claims: Iterable[Claim] = (),
            threshold: float = DEFAULT_THRESHOLD) -> Harvest:
    """Return registry entries for every quantity ``text`` states, stated by ``info``.

    A figure that matches one of ``registry_claims`` becomes a new source of that claim,
    unless the claim already has a source of that name stating the same figure. The
    other figures become new claims, one per quantity (see the module's docstring).
    """
    registry_claims = tuple(registry_claims)
    matcher = Matcher(registry_claims, threshold)
    vocabulary = matcher.vocabulary
    lines = LineIndex(text)
    recorded = {_recorded(claim.id, source) for claim in registry_claims for source in claim.sources}
    stated: set[tuple] = set()  # the new sources drafted so far
    new_sources, drafts, already = [], [], []
    findings = check_text(text, matcher, consistency=False)
    previous: tuple[Figure, _Draft | None] | None = None  # the figure before, and the draft it went into
    for finding in findings:
        figure = finding.figure
        source = _source(text, lines, figure, finding.context, info)
        if finding.claim is None:
            converted = previous[1] if previous and _converts(text, previous[0], figure) else None
            if converted is not None:  # "7.5bn euros ($9.7bn)": the same quantity in another currency
                draft = _add_conversion(drafts, converted, figure, source)
            else:
                draft = _add_to_drafts(drafts, text, figure, _cleaned(finding.context), finding.frame,
                                       source, vocabulary)
            previous = (figure, draft)
            continue
        previous = (figure, None)
        entry = NewSource(finding.claim, source, finding.candidates[0].score,
                          sum(judged.verdict == Verdict.AGREE for judged in finding.sources))
        key = _recorded(finding.claim.id, source)
        if key in recorded:
            already.append(entry)
        elif key not in stated:  # a figure the document repeats is one new source, the first
            new_sources.append(entry)
            stated.add(key)
    taken_ids = {claim.id for claim in registry_claims}
    new_claims = []
    for draft in drafts:
        claim_id = _unique("-".join(draft.words[:ID_WORDS]) or "figure", taken_ids)
        taken_ids.add(claim_id)
        new_claims.append(Claim(claim_id, draft.about, (), tuple(draft.sources), path, draft.sources[0].line))
    return Harvest(tuple(new_sources), tuple(new_claims), tuple(already), len(findings))


def _add_to_drafts(drafts: list[_Draft], text: str, figure: Figure, context: Context, frame: Frame | None,
                   source: Source, vocabulary: Vocabulary) -> _Draft:
    """Add a figure no claim matched: to the draft of the same quantity, if one is drafted, else as a new draft."""
    frame = frame or Frame(None, None, None, None, None)
    if not (_phrase(context.lead) or context.counted or frame.counts or frame.event):
        # Nothing in its clause says what it is ("Pernod - at 7.5bn euros"): the sentence before it may.
        context = replace(context, lead=" ".join(_LEAD_WORD.findall(text, context.sentence_start, figure.start)))
    sentence = text[context.sentence_start:context.sentence_end]
    keys = figure_keys(frame, context, vocabulary, sentence=sentence)
    share = figure.kind == "percent" and context.counted.startswith("of ")
    words = id_words(text, context, frame, vocabulary, share=share)
    events = frozenset(_slug_words(event_of(frame, context) or ""))
    for draft in drafts:
        if _same_quantity(draft, figure, keys, words, events, vocabulary):
            if not any(_same_figure(figure, stated) for stated in draft.figures):
                draft.figures.append(figure)
                draft.sources.append(source)
            return draft
    about = draft_about(text, context, frame, vocabulary, share=share) or source.quote
    drafts.append(_Draft(words, events, about, keys, [figure], [source]))
    return drafts[-1]


def _converts(text: str, before: Figure, figure: Figure) -> bool:
    """Return whether ``figure`` restates the figure just before it in another currency: "7.5bn euros ($9.7bn)"."""
    return (before.kind == figure.kind == "money" and before.currency != figure.currency
            and _CONVERSION_GAP.fullmatch(text, before.end, figure.start) is not None)


def _add_conversion(drafts: list[_Draft], converted: _Draft, figure: Figure, source: Source) -> _Draft:
    """Add a draft for a figure that restates another in its own currency, named after the other's."""
    converted = converted.converts or converted  # "£5.7bn ($10.7bn; 8.2bn euros)": both restate £5.7bn
    currency = (figure.currency or "").lower()
    words = [*converted.words[:ID_WORDS - 1], currency] if currency else converted.words
    about = f"{converted.about} in {figure.currency}" if figure.currency else converted.about
    drafts.append(_Draft(words, converted.events, about, converted.keys, [figure], [source], converted))
    return drafts[-1]


def _cleaned(context: Context) -> Context:
    """Return a figure's context with what it counts cut to a noun phrase: "in economic benefits" is
    "economic benefits", and "by 1200 GMT" (after "rose 4%") counts nothing."""
    first, _, rest = context.counted.partition(" ")
    if first.lower() in lexicon.COUNTED_PREPOSITIONS and rest:
        return replace(context, counted=rest)
    if first.lower() in lexicon.NOT_COUNTED_AFTER:
        return replace(context, counted="", trail=f"{context.counted} {context.trail}".strip())
    return context


def _same_quantity(draft: _Draft, figure: Figure, keys: FigureKeys, words: list[str], events: frozenset[str],
                   vocabulary: Vocabulary) -> bool:
    """Return whether a figure states the quantity a draft is about: the same kind of figure, nothing
    in the frames telling them apart, and either the same words for it or the same figure of a thing
    named alike ("a £2.7 billion bid" beside "a bid valuing the LSE at £2.7 billion")."""
    first = draft.figures[0]
    if first.measure != figure.measure or figures_differ(draft.keys, keys, vocabulary):
        return False
    if draft.events and events and not draft.events & events:
        return False  # "killed" and "wounded" are two quantities
    if words and words == draft.words:
        return True
    return _same_figure(first, figure) and bool(set(words) & set(draft.words))


def _same_figure(first: Figure, second: Figure) -> bool:
    return (first.measure, first.low, first.high, first.approximate) == (
        second.measure, second.low, second.high, second.approximate)


def id_words(text: str, context: Context, frame: Frame, vocabulary: Vocabulary | None = None, *,
             share: bool = False) -> list[str]:
    """Return the words a drafted id is made of, from what the figure counts: whose, what, what
    happened ("share" last for a percentage of something).

    >>> from factcheck.check import read_figures
    >>> from factcheck.frames import read_frame
    >>> text = "Nasdaq's bid valuing the LSE at £2.7 billion was rejected."
    >>> [(figure, context)] = read_figures(text)
    >>> id_words(text, context, read_frame(text, figure, context))
    ['lse', 'bid', 'value']
    """
    vocabulary = vocabulary or Vocabulary.default()
    valuing = _VALUING.search(context.lead)
    change = _change(context, frame)
    if change and not valuing:
        direction, subject = change
        return [*dict.fromkeys(_slug_words(subject))][:ID_WORDS - 1] + [direction]
    if valuing:
        owner = _names(valuing.group("valued")) or _slug_words(valuing.group("valued"))
        counted = _slug_words(_POSSESSIVE.sub("", valuing.group("thing").split()[-1]))
        event = ["value"]
    else:
        place = vocabulary.keys_in("places", frame.whose)[:1] if frame.whose else []
        owner = _slug_words(vocabulary.name(place[0])) if place else _names(
            context.lead, exclude=context.attribution, sentence_start=_starts_sentence(text, context))
        counts = frame.counts or _LEADING_FILLER.sub("", context.counted.strip())
        if frame.whose:
            counts = counts.replace(frame.whose, " ")
        counted = _slug_words(counts)[-2:]
        # In "35% of the leaves that factories process" the clause's verbs are the relative clause's.
        event = [] if share and _RELATIVE.match(context.trail) else _slug_words(event_of(frame, context) or "")
        if _VALUE_WORD.search(context.lead) and "value" not in event:
            event.append("value")
    if not counted and not event:  # nothing framed: the words before it, as a phrase
        counted = [word for word in _slug_words(_phrase(context.lead)) if word not in owner]
    words = []
    for word in (*owner, *counted, *event, *(["share"] if share else [])):
        if word not in words and word not in lexicon.STOPWORDS:
            words.append(word)
    return words


def draft_about(text: str, context: Context, frame: Frame, vocabulary: Vocabulary | None = None, *,
                share: bool = False) -> str:
    """Return a short noun phrase naming what a figure counts ("munitions shipped by North Korea"),
    or "" when its clause names nothing. A ``share`` (a percentage of something) is named as
    such: "share of the ammunition that Russia's army needs", "share of shells fired by Russia".

    >>> from factcheck.check import read_figures
    >>> from factcheck.frames import read_frame
    >>> text = "North Korea has shipped about 12 million munitions since the war began."
    >>> [(figure, context)] = read_figures(text)
    >>> draft_about(text, context, read_frame(text, figure, context))
    'munitions shipped by North Korea'
    """
    vocabulary = vocabulary or Vocabulary.default()
    valuing = _VALUING.search(context.lead)
    if valuing:
        return f"{valuing.group('thing')} valuing {valuing.group('valued')}"
    if share and _RELATIVE.match(context.trail):
        return " ".join(f"share {context.counted} {context.trail}".split()[:ABOUT_WORDS + 2])
    if share:
        head = frame.counts or ""
        named = draft_about(text, replace(context, counted=head), frame, vocabulary)
        return f"share of {named}" if named else ""
    head = _LEADING_FILLER.sub("", context.counted.strip())
    head = " ".join(word for word in head.split()[:ABOUT_WORDS] if not any(c.isdigit() for c in word))
    head = head or (frame.counts or "")
    if head and _starts_sentence(text, context) and text[context.sentence_start:].lstrip().startswith(head):
        first = head.split()[0]
        if not first.isupper() and not vocabulary.keys_in("places", first):
            head = head[0].lower() + head[1:]
    if head and _VALUE_WORD.search(context.lead):
        return f"value of the {head}"  # "The company was valued at $3 billion"
    change = _change(context, frame)
    if change:
        direction, subject = change
        return f"{direction} in {subject}"
    parts = [head] if head else []
    event = " or ".join(word for word in (event_of(frame, context) or "").split(" or ") if not _within(word, head))
    if event:
        parts.append(event)
    if not parts:
        return _phrase(context.lead)
    if frame.whose and not _within(frame.whose, head):
        place = vocabulary.keys_in("places", frame.whose)
        named = vocabulary.name(place[0]).title() if place else frame.whose
        parts = [*parts, f"by {named}"] if len(parts) > 1 else [f"{named}'s {head}"]
    if frame.when and not _within(frame.when, head):
        parts.append(frame.when)
    return " ".join(parts)


def _phrase(words: str) -> str:
    """Return ``words`` as a noun phrase: what follows the last verb saying who stated it ("TimeWarner
    said fourth quarter sales" is "fourth quarter sales"), before a verb of change ("profits jumped 76%
    to" is "profits"), without numbers, and without the conjunctions, relative pronouns and verbs that
    open it ("while", "which has a") or the verbs and prepositions that close it ("averaging", "to just")."""
    kept = [word for word in words.split() if not any(character.isdigit() for character in word)]
    lowered = [word.lower() for word in kept]
    said = [at for at, word in enumerate(lowered) if word in _REPORTING and at + 1 < len(kept)]
    if said:
        kept, lowered = kept[said[-1] + 1:], lowered[said[-1] + 1:]
    changed = next((at for at, word in enumerate(lowered) if at and word in _CHANGING), None)
    if changed is not None:
        kept = kept[:changed]
    while kept and kept[0].lower() in lexicon.ABOUT_OPENERS:
        kept.pop(0)
    while kept and (kept[-1].lower() in lexicon.ABOUT_CLOSERS or _PARTICIPLE_END.search(kept[-1])):
        kept.pop()
    return " ".join(kept[-ABOUT_WORDS:])


def _change(context: Context, frame: Frame) -> tuple[str, str] | None:
    """Return ("rise" or "fall", what changed) for a figure that is the size of a change of
    something its clause does not count: "Pernod shares in Paris slipped 1.2%"."""
    if _cleaned(context).counted:
        return None
    found = _CHANGE_LEAD.match(" ".join(context.lead.split()))
    subject = _phrase(found.group("subject")) if found else ""
    # The frame reads the subject of a change verb as what the figure counts: that is the change's subject.
    if not subject or (frame.counts and not _within(frame.counts, found.group("subject"))):
        return None
    return ("rise" if found.group("rise") else "fall"), subject


def event_of(frame: Frame, context: Context) -> str | None:
    """Return what happened to what a figure counts, as written: the frame's event words, less
    any month ("May" is a verb too), else the participle its clause goes on with ("were destroyed")."""
    words = [word for word in (frame.event or "").split(" or ") if word and word.lower() not in _NOT_NAMES]
    if words:
        return " or ".join(words)
    participle = _PASSIVE_PARTICIPLE.match(context.trail)
    return participle.group("verb") if participle else None


def _within(words: str, phrase: str) -> bool:
    return words.casefold() in phrase.casefold()


def _starts_sentence(text: str, context: Context) -> bool:
    """Return whether the figure's clause is the start of its sentence (its first word capitalised as such)."""
    sentence = " ".join(text[context.sentence_start:context.sentence_end].split())
    return sentence.startswith(context.lead) if context.lead else True


def _names(words: str, *, exclude: str | None = None, sentence_start: bool = False) -> list[str]:
    """Return the slug words of the first name in ``words`` ("LSE", "Nasdaq"), leaving out who
    stated, found or counted the figure ("Reuters counted ...")."""
    excluded = set(_slug_words(exclude or ""))
    stated = _STATED_BY.search(words)
    if stated:
        words, sentence_start = words[stated.end():], False
    for number, found in enumerate(_NAME.finditer(words)):
        word = _POSSESSIVE.sub("", found.group())
        if word.lower() in _NOT_NAMES or (number == 0 and found.start() == 0 and sentence_start and not word.isupper()):
            continue  # "The", "March", or the sentence's first word, capitalised as the first
        slug = _slug_words(word)
        if slug and not set(slug) & excluded:
            return slug
    return []


def _slug_words(text: str) -> list[str]:
    text = _POSSESSIVES.sub("", text)  # "Russia’s" is "russia", not "russias"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return [word for word in _SLUG_WORD.findall(ascii_text) if word not in lexicon.STOPWORDS]


def _source(text: str, lines: LineIndex, figure: Figure, context: Context, info: SourceInfo) -> Source:
    sentence = _SPACES.sub(" ", text[context.sentence_start:context.sentence_end]).strip()
    note = f"attributed in the text to {context.attribution}" if context.attribution else None
    value = _SPACES.sub(" ", figure.text)
    return Source(info.name, value, figure, info.date, info.url, sentence, note, lines.locate(figure.start)[0])


def _unique(claim_id: str, taken: set[str]) -> str:
    candidate, number = claim_id, 1
    while candidate in taken:
        number += 1
        candidate = f"{claim_id}-{number}"
    return candidate


def _recorded(claim_id: str, source: Source) -> tuple:
    """Return what makes a source a repeat: the claim, who, and the figure as read,
    so that "from around 1,500 to 15,000" repeats "around 1,500 to 15,000"."""
    figure = source.figure
    return claim_id, source.name.casefold(), figure.measure, figure.low, figure.high, figure.approximate
