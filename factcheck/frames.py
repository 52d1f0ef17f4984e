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
from factcheck.claim_frames import PRICE_KEYS as _PRICE_KEYS
from factcheck.claim_frames import amount_of as _amount_of
from factcheck.claim_frames import ClaimFrame, claim_frame  # noqa: F401  (importable from here, as before)
from factcheck.claim_frames import copular_subject as _copular_subject
from factcheck.claim_frames import difference_after as _difference_after
from factcheck.claim_frames import end_of_change as _end_of_change, other_end_of_change as _other_end_of_change
from factcheck.claim_frames import figure_per as _figure_per
from factcheck.claim_frames import last_year_after as _last_year_after
from factcheck.claim_frames import named_counts as _named_counts
from factcheck.claim_frames import names as _names
from factcheck.claim_frames import objects as _objects
from factcheck.claim_frames import other_stages as _other_stages
from factcheck.claim_frames import source_names as _source_names
from factcheck.context import Context
from factcheck.figures import Figure
# (periods and periods_differ: importable from here, as before they moved)
from factcheck.periods import change_span, other_numbers_periods, periods, periods_agree, periods_differ, periods_of  # noqa: F401
from factcheck.regexes import compiled
from factcheck.subjects import names_claim
from factcheck.subjects import names_in, places_before  # noqa: F401  (importable from here, as before they moved)
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


# How much a frame moves a claim's match score (0-100): see fit().
EVENT_BONUS = 8.0
MISSING_EVENT_PENALTY = 4.0
MISSING_COUNTED_PENALTY = 6.0
MISSING_PLACE_PENALTY = 8.0
SOURCE_BONUS = 6.0
PERIOD_BONUS = 8.0
OWNER_BONUS = 4.0
#: The most fit() can add to a score.
MAX_FIT = 2 * EVENT_BONUS + SOURCE_BONUS + PERIOD_BONUS
# The change keys of the vocabulary each direction of a figure's change can meet.
_RISE = frozenset({"rise"})
_CUT = frozenset({"cut"})
_FALL = frozenset({"fall"})  # the events key of "cut", "axed", "trimmed"
_DIRECTIONS = {"increase": frozenset({"rise", "chang"}), "decrease": frozenset({"fall", "chang"})}


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
    partitive = _PARTITIVE.search(before)
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


def contradiction(figure: FigureKeys, claim: ClaimFrame, vocabulary: Vocabulary) -> str | None:
    """Return why a claim cannot be what a figure counts, or None when nothing rules it out.

    A frame word rules a claim out when it contradicts it: another event (killed vs
    sent), an event the claim does not count beside one it does ("killed or wounded"
    vs wounded), another counted noun of the vocabulary (factories vs shipments), another
    country as possessor, or a word the claim excludes.
    """
    def named(keys) -> str:
        return ", ".join(sorted(vocabulary.name(key) for key in keys))

    excluded = figure.clause & claim.excludes
    if excluded:
        return f"the claim excludes {named(excluded)}"
    if figure.stated_events & vocabulary.intents and not claim.events and not claim.planned \
            and not (claim.counts & _PRICE_KEYS and not claim.changes and not figure.change):
        # (A price is set before it is paid: "Apple expects the Mac mini to sell for £339" is its price.)
        return f"it is what was {named(figure.stated_events & vocabulary.intents)}, the claim what happened"
    # (What was planned may be a claim of a plan: "his planned £35bn savings", a claim of savings that would be made.)
    stated = figure.stated_events - vocabulary.intents if claim.planned else figure.stated_events
    if stated and claim.events:
        if not stated & claim.events:
            return f"it counts what was {named(stated)}, the claim what was {named(claim.events)}"
        extra = stated - claim.events
        if claim.decrease or _FALL & claim.changes:
            extra -= _CUT  # savings, or a fall in spending, are what is cut
        if extra:
            return f"it also counts what was {named(extra)}"
    if claim.stages & figure.other_stages and not claim.stages & figure.stages:
        return f"the {named(claim.stages & figure.other_stages)} is the other figure of its sentence"
    if figure.stages and claim.stages and not figure.stages & claim.stages:
        return f"it counts the {named(figure.stages)}, the claim the {named(claim.stages)}"
    if figure.places and claim.places and not figure.places & claim.places:
        return f"it counts {named(figure.places)}'s, the claim {named(claim.places)}'s"
    if figure.owners and claim.names and not any(owner & name for owner in figure.owners for name in claim.names):
        return (f"it counts {' and '.join(sorted(named(owner) for owner in figure.owners))}'s, "
                f"the claim is about {' and '.join(sorted(named(name) for name in claim.names))}")
    if figure.subject_names and claim.owner_names and not any(
            names_claim(name, claim.owner_names, claim.words) for name in figure.subject_names):
        # "Ocean's Twelve took $5.4m" beside a claim of another film's: the sentence names whose it is.
        return (f"its sentence is about {' and '.join(sorted(named(name) for name in figure.subject_names))}, "
                f"the claim {' and '.join(sorted(named(name) for name in claim.owner_names))}'s")
    if figure.span and claim.span and figure.span != claim.span:
        return f"it is a change over a {figure.span}, the claim one over a {claim.span}"
    if figure.counterfactual and not claim.counterfactual:
        return "it is what would have been, the claim what is"
    if figure.said_by_names and claim.named_sources and not claim.sources & claim.words & figure.clause \
            and not figure.said_by_names & claim.plain_names:
        # "the BBA said mortgage lending rose by £4bn" beside a claim of the Bank of England's figure
        return f"it is {', '.join(sorted(figure.said_by_names))}'s figure, the claim {', '.join(sorted(claim.named_sources))}'s"
    if other_end := _other_end_of_change(figure, claim):
        return other_end
    if claim.per and not figure.per & claim.per:
        return f"it is no price per {named(claim.per)}, the claim is" if not figure.per \
            else f"it is per {named(figure.per)}, the claim per {named(claim.per)}"
    if figure.per and not claim.per and not figure.per & claim.words:
        return f"it is per {named(figure.per)}, the claim a whole"
    for noun, (name,) in figure.objects.items():
        theirs = claim.objects.get(noun)
        if theirs and not any(name & other for other in theirs):
            return f"it is a {vocabulary.name(noun)} in {named(name)}, the claim's in {named(theirs[0])}"
    period = periods_differ(figure.periods, claim.periods)
    if period:
        return f"it covers another {period} than the claim"
    if figure.last_year and claim.current_year and not figure.periods.get("year"):
        return "it is last year's, the claim of the year it was stated in"
    if not figure.periods and periods_agree(figure.other_periods, claim.periods):
        return "the claim covers the period of the other figure beside it"
    if figure.regions and figure.regions != claim.regions:
        return f"it counts {named(figure.regions)}, the claim {named(claim.regions) or 'the whole country'}"
    places_around = frozenset(key for key in figure.around if vocabulary.sections.get(key) == "places") \
        or frozenset(key for key in figure.before if vocabulary.sections.get(key) == "places")
    if claim.places and places_around and not claim.places & places_around and not _place_implied(figure, claim, figure.around):
        return f"its paragraph is about {named(places_around)}, the claim about {named(claim.places)}"
    if (claim.places and figure.places_earlier and not figure.sentence_placed
            and not claim.places & figure.places_earlier and not _place_implied(figure, claim, figure.sentence_names)):
        return f"the sentence before it is about {named(figure.places_earlier)}, the claim about {named(claim.places)}"
    if figure.difference and not claim.difference:
        return "it is the difference between two figures, the claim is none"
    if figure.share and claim.changes:
        return "it is a share of something, the claim a change"
    # A rate of rise ("house price inflation") is a change in its own right.
    changes = claim.changes or (_RISE if claim.words & vocabulary.rates_of_rise else frozenset())
    if figure.level and claim.changes and "to" not in claim.ends:  # ("rose to": the claim is the level reached too)
        return "it is the level a change reached, the claim the change"
    # (A difference's "more" or "less" is no change: "would spend £3bn less than" a claim "rising more slowly".)
    change = None if figure.difference and claim.difference else figure.change
    if change and not changes and not (claim.decrease and change == "decrease"):
        # ("would cut £35bn from services" may be a claim of savings or cuts: the size of a decrease)
        return f"it is the size of an {change}, the claim a level"
    if change and changes and not changes & _DIRECTIONS[change]:
        return f"it is the size of an {change}, the claim the other way"
    if figure.named_counts and claim.heads and not claim.counts_stated \
            and not figure.named_counts & (claim.words | claim.counts) and not figure.amount_of & claim.heads:
        # "3.2 million containers" beside a claim counting shipments: a count names what it counts.
        return f"it counts {named(figure.named_counts)}, the claim {named(claim.heads)}"
    if figure.counts and claim.counts and not figure.counts & (claim.counts | claim.words) \
            and not figure.clause & claim.counts:  # "5 million people were out of work": a kind of people
        head = next(iter(figure.counts))
        if claim.counts_stated or vocabulary.sections.get(head) == "counted":
            return f"it counts {vocabulary.name(head)}, the claim {named(claim.counts)}"
    if figure.counts and not claim.counts and claim.heads and not figure.counts & claim.words:
        head = next(iter(figure.counts))  # "prices would rise by 6%" beside a claim of economic growth
        if vocabulary.sections.get(head) == "counted" and vocabulary.name(head) not in lexicon.GENERIC_COUNTED_NOUNS:
            return f"it counts {vocabulary.name(head)}, the claim {named(claim.heads)}"
    return None


def figures_differ(first: FigureKeys, second: FigureKeys, vocabulary: Vocabulary) -> str | None:
    """Return why two figures (of two documents, as `compare` pairs them) cannot count the
    same thing, or None: other counted nouns, stages, owners, regions or periods, or a
    change beside a level. (Not events: two writers say "sent" and "shipped" of one thing.)"""
    def named(keys) -> str:
        return ", ".join(sorted(vocabulary.name(key) for key in keys))

    for part in ("counts", "stages", "places", "regions"):
        mine, theirs = getattr(first, part), getattr(second, part)
        if part == "counts":  # only nouns the vocabulary knows to count different things
            mine, theirs = ({key for key in keys if vocabulary.sections.get(key) == "counted"} for keys in (mine, theirs))
        if mine and theirs and not mine & theirs:
            return f"{named(mine)} against {named(theirs)}"
    period = periods_differ(first.periods, second.periods)
    if period:
        return f"another {period}"
    if bool(first.change) != bool(second.change):
        return "a change against a level"
    return None


# Every word that can make a text name a month or a quarter (see periods and _periods_of):
# a figure whose context holds none can get no PERIOD_BONUS.
_MAY_NAME_MONTH_OR_QUARTER = compiled(
    r"quarter|\b[Qq][1-4]\b|months|\b(?:end|close|start|beginning)\s+of|previous"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.IGNORECASE)


def fit_bound(context: Context) -> float:
    """Return the most fit() can add to a score for the figure of this context (at most MAX_FIT)."""
    words = f"{context.lead} {context.counted} {context.trail} {context.scope or ''}"
    return MAX_FIT if _MAY_NAME_MONTH_OR_QUARTER.search(words) else MAX_FIT - PERIOD_BONUS


def _place_implied(figure: FigureKeys, claim: ClaimFrame, named: frozenset[str] = frozenset()) -> bool:
    """Return whether the text names the claim's place without its name: by a body of
    it the claim names ("the Fed" for the US), by the figure's currency, or by the name
    of the firm or body the claim is about ("Yukos" for a claim about Russia's bill to it)
    among the words ``named``: a firm's name keeps its claim from being ruled out by the
    other countries a story names, but does not stand for the claim's country in its score.
    (Against the place of the sentence before, only a name of the figure's own sentence
    does: "Indian production will decline. By 2020 it may be half" is India's, whatever
    firm the paragraph names later.)"""
    return bool(claim.bodies & figure.around or claim.places & figure.currency_places
                or any(name <= named for name in claim.names))


def fit(figure: FigureKeys, claim: ClaimFrame) -> float:
    """Return how much a claim's frame adds to its match score for a figure (negative: takes away).

    The figure's event and counted noun, when the claim names them, are the words that
    tell sibling claims apart; a claim that needs an event the figure's clause does not
    state loses a little, so that a sibling stating nothing is preferred.
    """
    score = 0.0
    if figure.events & claim.events:
        score += EVENT_BONUS
    if claim.events - figure.events:
        score -= MISSING_EVENT_PENALTY
    if figure.stages & claim.stages:
        score += EVENT_BONUS
    elif claim.stages:
        score -= MISSING_EVENT_PENALTY
    if figure.counts and not figure.counts & claim.words and not figure.clause & claim.counts:
        score -= MISSING_COUNTED_PENALTY
    if claim.places and not claim.places & figure.around and not _place_implied(figure, claim):
        score -= MISSING_PLACE_PENALTY  # a claim about North Korea, in a paragraph that never names it
    if figure.said_by & (claim.sources | claim.words):
        score += SOURCE_BONUS  # "Nationwide said" beside a claim whose source is Nationwide
    elif figure.said_by and claim.sources & claim.words:
        score -= SOURCE_BONUS  # the claim names its source, and the text names another
    elif not figure.said_by and claim.sources & claim.words & figure.clause:
        score += SOURCE_BONUS  # "The Federal Reserve lifted its rate": the source, as the clause's subject
    elif not figure.said_by and claim.sources and \
            len(claim.sources & (figure.around | figure.before)) * 2 >= len(claim.sources):
        score += SOURCE_BONUS / 2  # the source the story quotes, named before ("figures from the ODPM")
    if claim.changes and not figure.change:
        score -= MISSING_EVENT_PENALTY
    if periods_agree(figure.periods, claim.periods):
        score += PERIOD_BONUS  # the time it covers is the claim's ("from 85,000 in October")
    if claim.owner_names and any(names_claim(name, claim.owner_names, claim.words) for name in figure.subject_names):
        score += OWNER_BONUS  # "Acme had a good year. Its profit rose to £5m": the claim of Acme's profit
    return min(score, MAX_FIT)
