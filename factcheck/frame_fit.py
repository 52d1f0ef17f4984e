"""How a figure's frame fits a claim's: what rules a claim out, and how much the frames
move its score.

A figure's frame is read by ``factcheck.frames`` (``figure_keys``), a claim's by
``factcheck.claim_frames``; matching asks ``contradiction`` of each candidate claim and
adds ``fit`` to its score; ``compare`` asks ``figures_differ`` of two documents' figures.
``fit_bound`` is the most frames can add, so that a figure no claim can bring near the
threshold is not framed at all.

>>> from factcheck.check import read_figures
>>> from factcheck.claim_frames import claim_frame
>>> from factcheck.frames import figure_keys, read_frame
>>> from factcheck.vocabulary import Vocabulary
>>> from factcheck.registry import parse_registry
>>> text = "About 1,200 people were injured in the floods."
>>> [(figure, context)] = read_figures(text)
>>> vocabulary = Vocabulary.default()
>>> keys = figure_keys(read_frame(text, figure, context, vocabulary), context, vocabulary)
>>> [sent] = parse_registry('''version: 1
... claims:
...   - id: flood-evacuated
...     about: people evacuated in the floods
...     sources: [{name: Council, value: "2,300"}]
... ''', "claims.yaml")
>>> contradiction(keys, claim_frame(sent, vocabulary), vocabulary)
'it counts what was injured, the claim what was evacuated'
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.claim_frames import PRICE_KEYS as _PRICE_KEYS
from factcheck.claim_frames import ClaimFrame
from factcheck.claim_frames import other_end_of_change as _other_end_of_change
from factcheck.context import Context
from factcheck.frames import FigureKeys
from factcheck.periods import periods_agree, periods_differ
from factcheck.regexes import compiled
from factcheck.subjects import names_claim
from factcheck.vocabulary import Vocabulary

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
