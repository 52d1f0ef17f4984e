"""The main job as a library: text -> figures -> matches -> verdicts.

>>> from factcheck.registry import parse_registry
>>> from factcheck.matching import Matcher
>>> claims = parse_registry('''
... version: 1
... claims:
...   - id: shells
...     about: artillery shells North Korea sent to Russia
...     sources: [{name: Agency, value: about 12 million}]
... ''', "claims.yaml")
>>> [f.verdict.value for f in check_text("North Korea sent Russia 30 million shells.", Matcher(claims))]
['conflict']
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.consistency import find_inconsistencies
from factcheck.context import Context, ContextReader
from factcheck.dates import is_later
from factcheck.explain import explain
from factcheck.figures import Figure, extract_figures
from factcheck.frame_fit import MAX_FIT, PERIOD_BONUS, fit_bound
from factcheck.frames import figure_keys, read_frame
from factcheck.kinds import Verdict
from factcheck.matching import Matcher, keywords
from factcheck.periods import previous_in_words
from factcheck.positions import BLANK_LINE, blank_line_pattern
from factcheck.registry import Source
from factcheck.report import Finding, SourceVerdict
from factcheck.subjects import name_after, names_before, names_in, places_before, sentence_names
from factcheck.verdicts import DEFAULT_TOLERANCE, agrees, overall

# How far either side of a figure its topic is read, within its paragraph, out to the
# next multiple of TOPIC_BLOCK.
TOPIC_REACH = 600
TOPIC_BLOCK = 200
# How many of the best-scored claims are judged by their frames before one is chosen.
FRAMED_CANDIDATES = 6
# An unmatched figure whose best claim scored this close below the threshold is a near miss.
NEAR_MARGIN = 20.0


def read_figures(text: str) -> list[tuple[Figure, Context]]:
    """Return every figure in ``text`` with the words around it."""
    reader = ContextReader(text)
    return [(figure, reader.describe(figure.start, figure.end)) for figure in extract_figures(text)]


def check_text(
    text: str, matcher: Matcher, *, tolerance: float = DEFAULT_TOLERANCE, explain_verdicts: bool = False,
    consistency: bool = True, origin: int = 0,
) -> list[Finding]:
    """Return a finding for every figure in ``text``, judged against the matcher's claims,
    and with ``consistency`` one for every inconsistency among them (see inconsistent_findings).

    With ``explain_verdicts``, each finding carries the words, scores and intervals behind it.
    ``origin`` is the offset of ``text`` in the document it was cut from: topics are read
    in the document's blocks, so that a stretch reads the topics the whole would.
    """
    findings = []
    figures = read_figures(text)
    # Figures of one short paragraph share its whole text as their topic: read it once.
    topics: dict[tuple[int, int], frozenset[str]] = {}
    befores: dict[tuple[int, int], frozenset[str]] = {}  # the words just before each window
    known_topics: dict[tuple, frozenset[str]] = {}  # by measure and topic: the topic's words claims hold
    rankings: dict[tuple, list] = {}  # by measure and words: rank's candidates (never changed in place)
    earlier: dict[int, frozenset[str]] = {}  # by sentence start: the places of the nearest sentence before naming any

    def earlier_places(sentence_start: int) -> frozenset[str]:
        found = earlier.get(sentence_start)
        if found is None:
            found = earlier[sentence_start] = (
                places_before(text[window[0]:sentence_start], matcher.vocabulary)
                or places_before(text[max(0, window[0] - TOPIC_REACH):window[0]], matcher.vocabulary))
        return found

    named: dict[tuple, tuple] = {}  # by sentence start and known names: the owners it names, else the sentence before's

    def subject_names(context: Context, known: frozenset[str]) -> tuple[frozenset[str], ...]:
        key = (context.sentence_start, context.attribution, known)
        found = named.get(key)
        if found is None:
            found = named[key] = sentence_names(text[context.sentence_start:context.sentence_end],
                                                context.attribution, matcher.vocabulary, known)
            if found is None and not context.attribution:  # (who says so is the sentence's subject)
                found = named[key] = names_before(text[max(0, window[0] - TOPIC_REACH):context.sentence_start],
                                                  matcher.vocabulary, known)
            elif found is None:
                found = named[key] = ()
        return found

    blank_line = blank_line_pattern(text)
    gapless: dict[tuple[int, int], bool] = {}  # the windows that hold no blank line
    for figure, context in figures:
        window = (0, 0)
        measure = figure.measure
        if matcher.knows(measure):
            window = _topic_window(text, figure, blank_line, origin, gapless)
            topic = topics.get(window)
            if topic is None:
                topic = topics[window] = frozenset(matcher.keywords(text[window[0]:window[1]]))
        else:
            topic = frozenset()  # no claim has the figure's measure: nothing to match its topic with
        frame = read_frame(text, figure, context, matcher.vocabulary)
        # "compared with 0.5% in the previous quarter": the quarter it stands for is a word of the clause
        previous = previous_in_words(context, text)
        clause_words = f"{context.words} {previous}" if previous else context.words
        # The figures of a list of numbers share their (no) words, and so their ranking: read it
        # once, keyed by the topic's words that claims hold (rank reads no others). A figure
        # with words of its own keeps its topic whole: working out the known words costs more
        # than the rare ranking it would save.
        known = topic
        if not clause_words and not context.counted:
            known = known_topics.get((measure, topic))
            if known is None:
                known = known_topics[measure, topic] = matcher.known_words(measure, topic)
        words = (measure, clause_words, context.counted, known)
        ranked = rankings.get(words)
        if ranked is None:
            ranked = rankings[words] = matcher.rank(*words, limit=FRAMED_CANDIDATES)
        # Frames move a score by at most fit_bound(): a figure no claim can bring near the
        # threshold needs no frame judged (speed: about a sixth of check's time).
        if explain_verdicts or (ranked and _may_come_near(ranked[0].score, context, matcher.threshold - NEAR_MARGIN)):
            sentence = text[context.sentence_start:context.sentence_end]
            before = befores.get(window)
            if before is None:
                before = befores[window] = frozenset(
                    matcher.keywords(names_in(text[max(0, window[0] - TOPIC_REACH):window[0]])))
            known = matcher.known_names(figure.measure)
            ranked = matcher.reframe(ranked, figure_keys(frame, context, matcher.vocabulary, topic, sentence, before,
                                                             figure.currency, figure.kind, figure.end,
                                                             # (read only when a candidate names a place: speed)
                                                             earlier_places(context.sentence_start)
                                                             if any(matcher.claim_frame(c.claim).places for c in ranked)
                                                             else frozenset(),
                                                             (name_after(f"{context.counted} {context.trail}".strip(),
                                                                         matcher.vocabulary)
                                                              or subject_names(context, known)) if known else (),
                                                             figure.start))
        first = ranked[0] if ranked and ranked[0].ruled_out is None else None
        best = first if first and first.score >= matcher.threshold else None
        if best is None:
            near = first if first and first.score >= matcher.threshold - NEAR_MARGIN else None
            finding = Finding(figure, context, Verdict.UNMATCHED, candidates=tuple(ranked[:2]), frame=frame,
                              near=near)
        else:
            sources = tuple(
                SourceVerdict(source, Verdict.AGREE if agrees(figure, source.figure, tolerance) else Verdict.CONFLICT)
                for source in best.claim.sources
            )
            verdict = overall([s.verdict for s in sources], [not s.source.figure.vague for s in sources])
            finding = Finding(figure, context, verdict, best.claim, sources, tuple(ranked[:2]),
                              newer_conflicting(sources), frame=frame)
        if explain_verdicts:
            finding = replace(finding, explanation=explain(finding, topic, tolerance, matcher.vocabulary))
        findings.append(finding)
    if consistency:
        findings = sorted([*findings, *inconsistent_findings(text, figures)], key=lambda f: f.figure.start)
    return findings


def _may_come_near(score: float, context: Context, near: float) -> bool:
    """Return whether a claim scored ``score`` by its words may reach ``near`` once frames move it."""
    if score + MAX_FIT < near:
        return False
    return score + MAX_FIT - PERIOD_BONUS >= near or score + fit_bound(context) >= near  # (the regex last: speed)


def inconsistent_findings(text: str, figures: list[tuple[Figure, Context]] | None = None) -> list[Finding]:
    """Return an INCONSISTENT finding for each relation among the figures of ``text`` that
    does not hold (factcheck.consistency); its figure is the one contradicted.

    >>> [(f.verdict.value, f.figure.text, f.inconsistency.relation)
    ...  for f in inconsistent_findings("He sent 3,000 of the 11,000 troops, or 40%.")]
    [('inconsistent', '40%', 'share')]
    """
    figures = read_figures(text) if figures is None else figures
    contexts = {(figure.start, figure.end): context for figure, context in figures}
    found = []
    for inconsistency in find_inconsistencies(text, figures):
        stated = inconsistency.stated
        context = contexts.get((stated.start, stated.end)) or ContextReader(text).describe(stated.start, stated.end)
        found.append(Finding(stated, context, Verdict.INCONSISTENT, inconsistency=inconsistency))
    return found


def newer_conflicting(sources: tuple[SourceVerdict, ...]) -> tuple[Source, ...]:
    """Return the sources a figure conflicts with that are newer than every source it agrees with.

    Empty unless the figure agrees with some source and every such source is dated;
    dates compare as in factcheck.dates (a vaguer date is never the newer one).
    """
    agreeing = [s.source for s in sources if s.verdict == Verdict.AGREE]
    if not agreeing:
        return ()
    return tuple(
        s.source for s in sources
        if s.verdict != Verdict.AGREE and all(is_later(s.source.date, older.date) for older in agreeing)
    )


def topic_words(text: str, figure: Figure) -> frozenset[str]:
    """Return the words of the figure's paragraph, at most TOPIC_REACH either side of it."""
    start, end = _topic_window(text, figure)
    return frozenset(keywords(text[start:end]))


def _topic_window(text: str, figure: Figure, blank_line: re.Pattern[str] = BLANK_LINE,
                  origin: int = 0, gapless: dict[tuple[int, int], bool] | None = None) -> tuple[int, int]:
    """Return the offsets of the stretch of the figure's paragraph that topic_words reads.

    ``blank_line`` is BLANK_LINE, or a pattern that finds what it finds in ``text``;
    blocks are counted from ``origin`` characters before ``text`` (see check_text).
    ``gapless`` remembers the block-edged windows found to hold no blank line (speed:
    a long paragraph's many figures share a few).
    """
    # The reach is counted from block edges, so that the many figures of a long paragraph
    # share a few windows (and their words are read a few times, not once a figure).
    start = max(0, (origin + figure.start - TOPIC_REACH) // TOPIC_BLOCK * TOPIC_BLOCK - origin)
    end = min(len(text), -(-(origin + figure.end + TOPIC_REACH) // TOPIC_BLOCK) * TOPIC_BLOCK - origin)
    if gapless is not None and (start, end) in gapless:
        return start, end
    block, gaps = (start, end), 0
    for gap in blank_line.finditer(text, start, end):
        gaps += 1
        if gap.end() <= figure.start:
            start = gap.end()
        elif gap.start() >= figure.end:
            end = gap.start()
            break
    if gapless is not None and not gaps:
        gapless[block] = True
    return start, end
