"""What a figure is about, read from its sentence: what it counts, what happened, whose,
when, and who says so.

A frame is read from the words the context reader found around the figure (its clause,
what it counts, its scope and attribution), following the ways news puts the counted
thing outside the figure's own clause: a partitive ("Of the 2,300 people evacuated,
140 were injured"), a passive or copular verb ("the toll was put at 3,400", "the
evacuees number 2,300").

>>> from factcheck.check import read_figures
>>> [(figure, context)] = read_figures("More than 3,000 North Korean troops have been killed or wounded, Seoul says.")
>>> read_frame("More than 3,000 North Korean troops have been killed or wounded, Seoul says.", figure, context)
Frame(counts='North Korean troops', event='killed or wounded', whose='North Korean', when=None, said_by='Seoul')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck import lexicon
from factcheck.claim_frames import COUNTERFACTUAL as _COUNTERFACTUAL
from factcheck.claim_frames import MODAL_VERBS as _MODAL_VERBS
from factcheck.claim_frames import PARTICIPLE as _PARTICIPLE
from factcheck.claim_frames import PAST_PARTICIPLE as _PAST_PARTICIPLE
from factcheck.claim_frames import amount_of as _amount_of
from factcheck.claim_frames import copular_subject as _copular_subject
from factcheck.claim_frames import difference_after as _difference_after
from factcheck.claim_frames import end_of_change as _end_of_change
from factcheck.claim_frames import figure_per as _figure_per
from factcheck.claim_frames import last_year_after as _last_year_after
from factcheck.claim_frames import named_counts as _named_counts
from factcheck.claim_frames import names as _names
from factcheck.claim_frames import objects as _objects
from factcheck.claim_frames import other_stages as _other_stages
from factcheck.claim_frames import source_names as _source_names
from factcheck.context import Context
from factcheck.figures import Figure
from factcheck.periods import change_span, other_numbers_periods, periods_of
from factcheck.regexes import compiled
from factcheck.subjects import names_in
from factcheck.vocabulary import Vocabulary

# The verbs that put a figure after its subject: "the toll was put at 3,400",
# "the evacuees number 2,300", "sales totalled 1.2 million".
_SUBJECT_VERB = compiled(
    rf"(?P<subject>(?:[\w'’-]+\s+){{1,4}}?)"
    rf"(?:(?:{lexicon.alternation(lexicon.PASSIVE_AUXILIARIES)})\s+(?:{lexicon.alternation(lexicon.PASSIVE_AT_VERBS)})\s+at"
    rf"|{lexicon.alternation(lexicon.COPULAR_COUNT_VERBS)})\s*$",
    re.IGNORECASE,
)
# The last word of each of those verbs: a lead ending in another word has no such verb
# (speed: the pattern is tried from every word of the lead).
_SUBJECT_VERB_ENDS = frozenset({"at", *(verb.split()[-1].lower() for verb in lexicon.COPULAR_COUNT_VERBS)})
# "retail sales rose 0.6%", "GDP grew by 0.7%": the size of a change in what the verb's subject counts.
_CHANGE_VERBS = frozenset(lexicon.RISE_VERBS + lexicon.FALL_VERBS)
_SUBJECT_CHANGE_VERB = compiled(r"(?P<subject>(?:[\w'’-]+\s+){1,4}?)[\w'’-]+(?:\s+by)?\s*$")
# "Of the 2,300 people evacuated, ..." before the figure, in its sentence.
_PARTITIVE = compiled(
    rf"\b[Oo]f\s+(?:{lexicon.alternation(lexicon.PARTITIVE_DETERMINERS)})\s+"
    r"(?:[\d.,]+\s+(?:million|billion|thousand)?\s*)?(?P<noun>(?:[\w'’-]+\s+){0,2}?[\w'’-]+?)"
    r"(?P<rest>(?:\s+[\w'’-]+)*)\s*,\s*$"
)
# "10 million were iPods": a copula and the noun that names the part a partitive's figure counts.
_COMPLEMENT = compiled(r"(?:were|are|was|is)\s+(?P<noun>[^\W\d_][\w'’-]*)$", re.IGNORECASE)
_LEADING_FILLER = compiled(rf"^(?:{lexicon.alternation(lexicon.COUNTED_FILLERS)})\s+", re.IGNORECASE)
_COUNTED_END = compiled(rf"(?:^|\s+)(?:{lexicon.alternation(lexicon.COUNTED_ENDS)})\b.*$", re.IGNORECASE)
_TRAILING_AUXILIARIES = compiled(
    rf"(?:\s+(?:{lexicon.alternation([*lexicon.MODAL_VERBS, *lexicon.AUXILIARIES])}))+$", re.IGNORECASE)
# "rose 32,000 to", "increased by 296,000 to", "fell to": the figure after is the level reached.
_LEVEL_REACHED = compiled(
    rf"\b(?:{lexicon.alternation(lexicon.RISE_VERBS + lexicon.FALL_VERBS)})(?:\s+by)?"
    r"(?:\s+\d[\d,.]*\w*(?:\s+(?:million|billion|thousand|points?))?)?\s+to$", re.IGNORECASE)
# "in the US" right after a figure: where it is.
_PLACE_AFTER = compiled(r"in\s+(?:the\s+)?(?P<place>(?:[\w'’.-]+\s*){1,2})", re.IGNORECASE)
_EVENT_WORD = compiled(r"[^\W\d_][\w'’-]*")




@dataclass(frozen=True, slots=True)
class Frame:
    """What a figure is about, each part as the text words it (None when it says nothing)."""

    counts: str | None  # what it counts: "North Korean troops", "people"
    event: str | None  # what happened to them: "killed or wounded", "sent"
    whose: str | None  # the country or body they belong to: "North Korean"
    when: str | None  # the time it covers: "since February 2022", "a day"
    said_by: str | None  # who the text says stated it


def read_frame(text: str, figure: Figure, context: Context, vocabulary: Vocabulary | None = None) -> Frame:
    """Return the frame of a figure, given its context."""
    vocabulary = vocabulary or Vocabulary.default()
    # The frames of the last text read are kept: its restatements read them again (speed).
    if _last_text[0] is not text:
        _last_text[0] = text
        _last_frames.clear()
    kept = _last_frames.get(figure.start)
    if kept is not None and kept[0] is figure and kept[1] is context and kept[2] is vocabulary:
        return kept[3]
    frame = _read_frame(text, figure, context, vocabulary)
    _last_frames[figure.start] = (figure, context, vocabulary, frame)
    return frame


_last_text: list[str | None] = [None]
_last_frames: dict[int, tuple[Figure, Context, Vocabulary, Frame]] = {}  # by figure start


def _read_frame(text: str, figure: Figure, context: Context, vocabulary: Vocabulary) -> Frame:
    if not (context.lead or context.counted or context.trail):
        # Speed: a clause of the figure alone (a number in a list of numbers) names no event
        # nor place; what it counts can only be found outside it.
        counts = _outside_clause(text, figure, context, vocabulary)
        whose = vocabulary.first_place(counts) if counts else None
        return Frame(counts or None, None, whose, context.scope, context.attribution)
    counts = _counted(context, vocabulary)
    own_words = " ".join(part for part in (context.lead, context.counted, context.trail) if part)
    if not counts:
        counts = _outside_clause(text, figure, context, vocabulary)
    event = _event(own_words, vocabulary)
    if event is None and counts and _COMPLEMENT.match(context.trail):
        event = _whole_event(text, figure, context, vocabulary)
    # Whose: the owner of what it counts ("shells Russia fires"), else the first place of its clause.
    whose = vocabulary.first_place(counts) if counts else None
    if whose is None:  # "sells for £339 in the UK and $499 in the US": the place right after it
        after = _PLACE_AFTER.match(f"{context.counted} {context.trail}".strip())
        whose = vocabulary.first_place(after.group("place")) if after else None
    if whose is None:
        whose = vocabulary.first_place(own_words.replace(context.attribution, " ") if context.attribution
                                       else own_words)
    return Frame(counts or None, event, whose, context.scope, context.attribution)


def _counted(context: Context, vocabulary: Vocabulary) -> str:
    """Return the words saying what the figure counts: without a leading "of the", and
    up to a phrase or a verb that says something else ("people evacuated", "factories making shells")."""
    counted = _LEADING_FILLER.sub("", context.counted.strip())
    counted = _COUNTED_END.sub("", _LEADING_FILLER.sub("", counted)).strip()
    return _noun_phrase(counted, vocabulary)


def _noun_phrase(words: str, vocabulary: Vocabulary) -> str:
    """Return ``words`` up to the first verb after the first word: "people evacuated" -> "people".

    A past participle on its own ("the 0.4% reported") says nothing of what a figure counts.
    """
    if _PAST_PARTICIPLE.fullmatch(words.strip()):
        return ""
    kept = []
    for word in words.split():
        if kept and (vocabulary.is_event(word) and not vocabulary.keys_in("counted", word)
                     or _PARTICIPLE.match(word)):
            break
        kept.append(word)
    return " ".join(kept)


def _outside_clause(text: str, figure: Figure, context: Context, vocabulary: Vocabulary) -> str:
    """Return what a figure counts when its own clause does not say: a partitive before
    it, or the subject of the verb that puts the figure after it."""
    lead = context.lead
    found = _SUBJECT_VERB.search(lead) if lead and _may_end_in_subject_verb(lead) else None
    if not found and lead:
        words = lead.lower().split()
        verb = words[-2] if words[-1] == "by" and len(words) > 1 else words[-1]
        if verb in _CHANGE_VERBS:
            found = _SUBJECT_CHANGE_VERB.search(lead)
    if found:
        subject = _LEADING_FILLER.sub("", found.group("subject").strip())
        return _TRAILING_AUXILIARIES.sub("", subject)  # "prices would rise by": prices
    before = text[context.sentence_start:figure.start]
    # (Searched only where "of" stands before the figure: speed, for a long list of numbers.)
    partitive = _PARTITIVE.search(before) if "of" in before or "Of" in before else None
    if partitive:
        # "Of the 25 million players sold, 10 million were iPods": the part is what it names.
        complement = _COMPLEMENT.match(context.trail)
        if complement and not vocabulary.is_event(complement.group("noun")) \
                and not _PARTICIPLE.match(complement.group("noun")):
            return complement.group("noun")
        return _noun_phrase(partitive.group("noun") + partitive.group("rest"), vocabulary)
    return ""


def _whole_event(text: str, figure: Figure, context: Context, vocabulary: Vocabulary) -> str | None:
    """Return what happened to the whole a partitive names when the figure's clause only says
    what its part is: "Of the 25 million players sold, 10 million were iPods" (the iPods were sold)."""
    partitive = _PARTITIVE.search(text[context.sentence_start:figure.start])
    return _event(partitive.group("noun") + partitive.group("rest"), vocabulary) if partitive else None


def _may_end_in_subject_verb(lead: str) -> bool:
    """Return whether ``lead`` may end in one of _SUBJECT_VERB's verbs: it ends in its last word
    (a word beyond ASCII is left to the pattern, which matches some letters without case)."""
    last = lead.rsplit(None, 1)
    return bool(last) and (not last[-1].isascii() or last[-1].lower() in _SUBJECT_VERB_ENDS)


def _event(words: str, vocabulary: Vocabulary) -> str | None:
    """Return the event words of the clause as written ("killed or wounded"), or None."""
    found = [word for word in _EVENT_WORD.findall(words) if vocabulary.is_event(word)]
    if not found:
        return None
    return " or ".join(dict.fromkeys(found)) if len(found) > 1 else found[0]


def _owners(context: Context, vocabulary: Vocabulary) -> frozenset[frozenset[str]]:
    """Return the names a figure's clause gives as owners: not those of the words it leaves
    implied ("a member of the Bank's committee - Ann Lee - voted"), nor of who says so
    ("South Korea's intelligence agency estimates that ...")."""
    words = " ".join((context.lead, context.counted, context.trail))
    if context.attribution:
        words = words.replace(context.attribution, " ")
        # (the clause may begin inside the attribution: "Korea's intelligence agency estimates")
        words = " ".join(word for word in words.split() if word not in context.attribution.split())
    return _names(words, vocabulary, owners=True)


@dataclass(frozen=True, slots=True)
class FigureKeys:
    """A figure's frame and clause as vocabulary keys, for comparing with claims."""

    counts: frozenset[str]  # the head noun of what it counts
    events: frozenset[str]
    stages: frozenset[str]
    places: frozenset[str]  # whose
    # The events its clause states with a verb of its own: "will stay on hold" states
    # that rates are held (a modal verb says how sure, not what happened), and rules out
    # no claim by its modal verb alone.
    stated_events: frozenset[str]
    clause: frozenset[str]  # every key of its clause
    around: frozenset[str]  # every key of its clause and its paragraph
    change: str | None  # "increase" or "decrease" when the figure is the size of a change
    share: bool  # a share of something ("40% of the shells"), not a change
    regions: frozenset[str]  # the parts of a country its sentence names
    periods: dict[str, frozenset]  # the years, quarters and months its clause and scope name
    said_by: frozenset[str]  # the keys of who the text says stated it
    # The keys of the text just before its paragraph: its places are the country a story
    # is about when the figure's own paragraph ("The economy grew 3.7%") names none.
    before: frozenset[str] = frozenset()
    # The periods of another number of its clause: "from 180,126 in November to 178,906"
    # (a figure that names none of its own is not of the other number's period).
    other_periods: dict[str, frozenset] = field(default_factory=dict)
    # Whether it is the level a change reached: "increased by 296,000 to 28.52 million"
    level: bool = False
    # The places of the nearest sentence before its own that names any (in its paragraph,
    # else just before it), and whether its own sentence names a place or a region:
    # "In Germany, industry is exporting more. Growth is likely to peak at just under 2%."
    places_earlier: frozenset[str] = frozenset()
    sentence_placed: bool = False
    # The place its currency stands for: a price in dollars is a US price, wherever the
    # paragraph turns to the British one.
    currency_places: frozenset[str] = frozenset()
    # The names its clause gives as owners, other than places: "Gazprom's shares".
    owners: frozenset[frozenset[str]] = frozenset()
    # The keys of the capitalised words of its sentence: a firm named there keeps its claim
    # from being ruled out by the place of the sentence before.
    sentence_names: frozenset[str] = frozenset()
    # The key of the noun a count names right after its number ("3.2 million containers
    # of goods": containers), when it is no generic noun ("people").
    named_counts: frozenset[str] = frozenset()
    # The keys of what it is per, as the words right after it say ("530 pence-a-share": share).
    per: frozenset[str] = frozenset()
    # Which end of a change it is: "rose from 2.6%" ("from"), "rose from 2.6% to 10.4%" ("to").
    end: str | None = None
    # The keys of the names who says so gives ("the BBA said": {bba}), less places.
    said_by_names: frozenset[str] = frozenset()
    # What would have been, had something else happened: "the 20% share it would have gained".
    counterfactual: bool = False
    # What the noun right after it is of: "59.5% stake in Group Menatep" -> {stake: ({group, menatep},)}.
    objects: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    # Whether it is the difference between two figures: "£2bn more than Mr Brown predicted".
    difference: bool = False
    # Whether the words right after it give it as last year's: "compared with $165.8m last year".
    last_year: bool = False
    # The key of the noun it is an amount of, right before it: "a majority of 160 seats" (majority).
    amount_of: frozenset[str] = frozenset()
    # The stages its sentence gives another number: "came third with $7.6m and a total of $42.9m"
    # (the $7.6m is no total).
    other_stages: frozenset[str] = frozenset()
    # What the change it is measured over, as its clause says ("on the previous quarter": "quarter").
    span: str | None = None
    # The names of the registry's claims its sentence gives (else the nearest sentence before
    # it that gives any), and all the names the registry gives (see factcheck.subjects).
    subject_names: tuple[frozenset[str], ...] = ()


def figure_keys(frame: Frame, context: Context, vocabulary: Vocabulary,
                paragraph: frozenset[str] = frozenset(), sentence: str = "",
                before: frozenset[str] = frozenset(), currency: str | None = None,
                kind: str | None = None, figure_end: int | None = None,
                earlier: frozenset[str] = frozenset(), subjects: tuple[frozenset[str], ...] = (),
                figure_start: int | None = None) -> FigureKeys:
    """Return the keys a figure's frame is compared by; ``paragraph`` is the keys of its
    paragraph, ``sentence`` the text of its sentence and ``before`` the keys of the text
    just before its paragraph; ``currency`` is the figure's ISO code, if it is money, and
    ``kind`` its kind ("number", "percent", "money"); ``figure_end`` is where the figure
    ends in the text (the sentence is read past it for a clause comparing it with another);
    ``earlier`` is the places of the nearest sentence before its own that names any
    (see places_before); ``subjects`` the names of the registry's owners its sentence gives,
    else the sentence before it (factcheck.subjects); ``figure_start`` is where the figure starts."""
    amount_of = _amount_of(context.lead, vocabulary)
    after = f"{context.counted} {context.trail}".strip()
    # "a majority of 160 seats" counts a majority (not "a total of", "a rise of": a stage or a change)
    head = list(amount_of) if amount_of and vocabulary.sections.get(next(iter(amount_of))) is None \
        else vocabulary.keywords(frame.counts)[-1:] if frame.counts else []
    events = frozenset(vocabulary.keys_in("events", frame.event)) if frame.event else frozenset()
    stated = frozenset(vocabulary.keys_in("events", " ".join(
        word for word in frame.event.split() if word.lower() not in _MODAL_VERBS))) if frame.event else frozenset()
    places = frozenset(vocabulary.keys_in("places", frame.whose)) if frame.whose else frozenset()
    clause = context.words
    clause_keys = vocabulary.keywords(clause)
    stages = frozenset(key for key in clause_keys if vocabulary.sections.get(key) == "stages")
    other_stages = _other_stages(sentence, context.sentence_start, figure_start, figure_end, vocabulary)
    if stages & other_stages:  # "with $7.6m and a total of $42.9m": the total is the other's, unless before this one too
        stages -= other_stages - frozenset(key for key in vocabulary.keywords(" ".join(context.lead.split()[-3:]))
                                           if vocabulary.sections.get(key) == "stages")
    return FigureKeys(
        frozenset(head), events, stages, places, stated, frozenset(clause_keys), paragraph.union(clause_keys),
        context.change or lexicon.COMPARATIVES.get(frame.counts.split()[0].lower() if frame.counts else ""),
        # ("£4bn of tax cuts" is an amount of them, not a share)
        context.counted.startswith("of ") and kind != "money",
        _regions(clause, sentence, vocabulary),
        periods_of(context, sentence),
        frozenset(vocabulary.keywords(frame.said_by)) if frame.said_by else frozenset(),
        before=before,
        other_periods=other_numbers_periods(
            context, sentence[figure_end - context.sentence_start:] if figure_end is not None else ""),
        # (A percentage reached is often a rate of change: "the annual rate is down to 10.2%".)
        level=kind != "percent" and bool(_LEVEL_REACHED.search(context.lead)),
        places_earlier=earlier,
        sentence_placed=bool(vocabulary.keys_in("places", sentence) or vocabulary.keys_in("regions", sentence)),
        currency_places=frozenset(vocabulary.keys_in("places", lexicon.CURRENCY_PLACES.get(currency or "", ""))),
        owners=_owners(context, vocabulary),
        # (read only when the sentence before names a place: speed)
        sentence_names=frozenset(vocabulary.keywords(names_in(sentence))) | frozenset(clause_keys) if earlier
        else frozenset(),
        named_counts=(_named_counts(context, vocabulary) if kind == "number" else frozenset())
        or _copular_subject(context.lead, vocabulary),
        objects=_objects(context.counted + " " + context.trail, vocabulary, first=True) if context.counted else {},
        per=_figure_per(context, vocabulary),
        end=_end_of_change(context.lead),
        said_by_names=_source_names(frame.said_by, vocabulary) if frame.said_by else frozenset(),
        counterfactual=bool(_COUNTERFACTUAL.search(context.words)),
        subject_names=subjects,
        difference=_difference_after(after),
        amount_of=amount_of,
        last_year=_last_year_after(after),
        other_stages=other_stages,
        span=change_span(f"{context.lead} {after}"),
    )



def _regions(clause: str, sentence: str, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the regions a figure is about: those its clause names, else its sentence's.

    The clause is read within the sentence's regions, so that the "England" of a clause
    cut from "the Bank of England" is not a region.
    """
    in_sentence = frozenset(vocabulary.keys_in("regions", sentence))
    return in_sentence.intersection(vocabulary.keys_in("regions", clause)) or in_sentence
