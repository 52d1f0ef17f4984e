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
>>> [f.verdict for f in check_text("North Korea sent Russia 30 million shells.", Matcher(claims))]
['conflict']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Iterable, Iterator

from factcheck.context import Context, ContextReader
from factcheck.dates import is_later
from factcheck.explain import Explanation, explain
from factcheck.figures import Figure, extract_figures
from factcheck.frames import Frame, figure_keys, read_frame
from factcheck.matching import Candidate, Matcher, keywords
from factcheck.registry import Claim, RegistryFile, Source
from factcheck.verdicts import AGREE, DEFAULT_TOLERANCE, SEVERITY, UNMATCHED, agrees, overall
from factcheck.positions import BLANK_LINE, blank_line_pattern

if TYPE_CHECKING:
    from factcheck.suppressions import Suppression

# How far either side of a figure its topic is read, within its paragraph.
TOPIC_REACH = 600
# How many of the best-scored claims are judged by their frames before one is chosen.
FRAMED_CANDIDATES = 6
# An unmatched figure whose best claim scored this close below the threshold is a near miss.
NEAR_MARGIN = 20.0


@dataclass(frozen=True, slots=True)
class SourceVerdict:
    """Whether a figure agrees with one source of its claim."""

    source: Source
    verdict: str  # agree | conflict


@dataclass(frozen=True, slots=True)
class Finding:
    """A figure in a text, the claim it was matched to, and the verdict."""

    figure: Figure
    context: Context
    verdict: str  # agree | conflict | mixed | unmatched
    claim: Claim | None = None
    sources: tuple[SourceVerdict, ...] = ()
    candidates: tuple[Candidate, ...] = ()  # the best-scored claims, matched or not
    # Sources the figure conflicts with that are newer than every source it agrees with.
    newer: tuple[Source, ...] = ()
    explanation: Explanation | None = None  # only when asked for: why the verdict was reached
    frame: Frame | None = None  # what the figure counts, what happened, whose, when, who says so
    # For an unmatched figure whose best claim scored within NEAR_MARGIN of the threshold: that claim.
    near: Candidate | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A text to check, and the name it is reported under ("-" for standard input)."""

    path: str
    text: str
    warnings: tuple[str, ...] = ()  # what reading it could not do faithfully (bytes replaced)


class FindingStream:
    """The findings of one document, made while they are read: read them once.

    A large document is checked a stretch at a time while its report is written, so
    that its findings are never all held at once. What a report says after the
    findings (how many of each verdict, how many were suppressed) is counted on the way.
    """

    def __init__(self, findings: Iterator[Finding]) -> None:
        self._findings: Iterator[Finding] | None = findings
        self.counts = dict.fromkeys(("agree", "conflict", "mixed", "unmatched"), 0)
        self.suppressed = 0  # added to by whoever makes the findings, as it silences them

    def __iter__(self) -> Iterator[Finding]:
        if self._findings is None:
            raise RuntimeError("a FindingStream is read only once")
        findings, self._findings = self._findings, None
        for finding in findings:
            self.counts[finding.verdict] += 1
            yield finding


@dataclass(frozen=True)
class Report:
    """The findings for every document checked, and the registry files used.

    A document's findings are a list, or a FindingStream that the reporter reads once;
    what the report says about them (summary(), worst(), suppressed) is complete once
    every stream has been read.
    """

    registry_paths: tuple[str, ...]
    results: list[tuple[Document, Iterable[Finding]]] = field(default_factory=list)
    registry_files: tuple[RegistryFile, ...] = ()  # the files read and their hashes, for provenance
    # Findings left out of results: silenced by suppression comments (in documents not
    # streamed; a FindingStream counts its own), or already in the baseline.
    silenced: int = 0
    baselined: int = 0
    # Suppression comments that silenced nothing, when they were asked for (None when not).
    unused_suppressions: list[tuple[Document, Suppression]] | None = None
    # What could not be checked: files not read, each (path, reason); claims left out by --tags.
    skipped: tuple[tuple[str, str], ...] = ()
    claims_left_out: int = 0

    @property
    def suppressed(self) -> int:
        """Return how many findings suppression comments silenced."""
        streamed = sum(f.suppressed for _, f in self.results if isinstance(f, FindingStream))
        return self.silenced + streamed

    @property
    def warnings(self) -> list[str]:
        """Return what reading the documents could not do faithfully, each naming its file."""
        return [warning for document, _ in self.results for warning in document.warnings]

    @property
    def complete(self) -> bool:
        """Return whether every file, every region and every claim was checked."""
        return not (self.skipped or self.warnings or self.suppressed or self.claims_left_out)

    def summary(self) -> dict[str, int]:
        """Return how many findings have each verdict."""
        counts = dict.fromkeys(("agree", "conflict", "mixed", "unmatched"), 0)
        for _, findings in self.results:
            if isinstance(findings, FindingStream):
                for verdict, count in findings.counts.items():
                    counts[verdict] += count
            else:
                for finding in findings:
                    counts[finding.verdict] += 1
        return counts

    def worst(self) -> str | None:
        """Return the most serious verdict in the report, or None when it has no findings."""
        verdicts = [verdict for verdict, count in self.summary().items() if count]
        return max(verdicts, key=SEVERITY.__getitem__, default=None)


def read_figures(text: str) -> list[tuple[Figure, Context]]:
    """Return every figure in ``text`` with the words around it."""
    reader = ContextReader(text)
    return [(figure, reader.describe(figure.start, figure.end)) for figure in extract_figures(text)]


def check_text(
    text: str, matcher: Matcher, *, tolerance: float = DEFAULT_TOLERANCE, explain_verdicts: bool = False
) -> list[Finding]:
    """Return a finding for every figure in ``text``, judged against the matcher's claims.

    With ``explain_verdicts``, each finding carries the words, scores and intervals behind it.
    """
    findings = []
    # Figures of one short paragraph share its whole text as their topic: read it once.
    topics: dict[tuple[int, int], frozenset[str]] = {}
    blank_line = blank_line_pattern(text)
    for figure, context in read_figures(text):
        if matcher.knows(figure.measure):
            window = _topic_window(text, figure, blank_line)
            topic = topics.get(window)
            if topic is None:
                topic = topics[window] = frozenset(matcher.keywords(text[window[0]:window[1]]))
        else:
            topic = frozenset()  # no claim has the figure's measure: nothing to match its topic with
        frame = read_frame(text, figure, context, matcher.vocabulary)
        ranked = matcher.rank(figure.measure, context.words, context.counted, topic, limit=FRAMED_CANDIDATES)
        ranked = matcher.reframe(ranked, figure_keys(frame, context, matcher.vocabulary, topic,
                                                  text[context.sentence_start:context.sentence_end]))
        first = ranked[0] if ranked and ranked[0].ruled_out is None else None
        best = first if first and first.score >= matcher.threshold else None
        if best is None:
            near = first if first and first.score >= matcher.threshold - NEAR_MARGIN else None
            finding = Finding(figure, context, UNMATCHED, candidates=tuple(ranked[:2]), frame=frame, near=near)
        else:
            sources = tuple(
                SourceVerdict(source, AGREE if agrees(figure, source.figure, tolerance) else "conflict")
                for source in best.claim.sources
            )
            verdict = overall([s.verdict for s in sources], [not s.source.figure.vague for s in sources])
            finding = Finding(figure, context, verdict, best.claim, sources, tuple(ranked[:2]),
                              newer_conflicting(sources), frame=frame)
        if explain_verdicts:
            finding = replace(finding, explanation=explain(finding, topic, tolerance, matcher.vocabulary))
        findings.append(finding)
    return findings


def newer_conflicting(sources: tuple[SourceVerdict, ...]) -> tuple[Source, ...]:
    """Return the sources a figure conflicts with that are newer than every source it agrees with.

    Empty unless the figure agrees with some source and every such source is dated;
    dates compare as in factcheck.dates (a vaguer date is never the newer one).
    """
    agreeing = [s.source for s in sources if s.verdict == AGREE]
    if not agreeing:
        return ()
    return tuple(
        s.source for s in sources
        if s.verdict != AGREE and all(is_later(s.source.date, older.date) for older in agreeing)
    )


def topic_words(text: str, figure: Figure) -> frozenset[str]:
    """Return the words of the figure's paragraph, at most TOPIC_REACH either side of it."""
    start, end = _topic_window(text, figure)
    return frozenset(keywords(text[start:end]))


def _topic_window(text: str, figure: Figure, blank_line: re.Pattern[str] = BLANK_LINE) -> tuple[int, int]:
    """Return the offsets of the stretch of the figure's paragraph that topic_words reads.

    ``blank_line`` is BLANK_LINE, or a pattern that finds what it finds in ``text``.
    """
    start = max(0, figure.start - TOPIC_REACH)
    end = min(len(text), figure.end + TOPIC_REACH)
    for gap in blank_line.finditer(text, start, end):
        if gap.end() <= figure.start:
            start = gap.end()
        elif gap.start() >= figure.end:
            end = gap.start()
            break
    return start, end
