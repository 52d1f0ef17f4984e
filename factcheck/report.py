"""What checking finds, as values: a figure's finding, a document, the report of a check.

These are the types the orchestrator (factcheck.check) makes and the reporters read;
they hold what was decided and decide nothing themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator

from factcheck.kinds import SEVERITY, Verdict

if TYPE_CHECKING:  # only named in annotations: a Document is had without the core
    from factcheck.consistency import Inconsistency
    from factcheck.context import Context
    from factcheck.figures import Figure
    from factcheck.frames import Frame
    from factcheck.matching import Candidate
    from factcheck.registry import Claim, RegistryFile, Source
    from factcheck.suppressions import Suppression


@dataclass(frozen=True, slots=True)
class SourceVerdict:
    """Whether a figure agrees with one source of its claim."""

    source: Source
    verdict: Verdict  # AGREE or CONFLICT


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """How one claim's best phrase met a figure's context."""

    claim_id: str
    score: float
    phrase: str
    in_clause: tuple[str, ...]  # the phrase's words found in the figure's clause
    in_counted: tuple[str, ...]  # ... in the words saying what the figure counts
    in_paragraph: tuple[str, ...]  # ... anywhere in the figure's paragraph
    missing: tuple[str, ...]  # ... nowhere near the figure
    ruled_out: str | None = None  # why the figure's frame rules the claim out


@dataclass(frozen=True, slots=True)
class Explanation:
    """The evidence behind one finding (see factcheck.explain)."""

    clause: str  # the words of the figure's clause that were matched against
    candidates: tuple[PhraseMatch, ...]  # the best two claims, best first
    interval: tuple[float, float]  # what the figure stands for; open sides are infinite
    source_intervals: tuple[tuple[float, float], ...]  # what each source stands for as stated, in order
    rules: tuple[str, ...] = ()  # per source, the comparison in words (see factcheck.explain.rule_in_words)


@dataclass(frozen=True, slots=True)
class Finding:
    """A figure in a text, the claim it was matched to, and the verdict."""

    figure: Figure
    context: Context
    verdict: Verdict
    claim: Claim | None = None
    sources: tuple[SourceVerdict, ...] = ()
    candidates: tuple[Candidate, ...] = ()  # the best-scored claims, matched or not
    # Sources the figure conflicts with that are newer than every source it agrees with.
    newer: tuple[Source, ...] = ()
    explanation: Explanation | None = None  # only when asked for: why the verdict was reached
    frame: Frame | None = None  # what the figure counts, what happened, whose, when, who says so
    # For an unmatched figure whose best claim scored within NEAR_MARGIN of the threshold: that claim.
    near: Candidate | None = None
    # For an INCONSISTENT finding (its figure the one contradicted): the relation that does not hold.
    inconsistency: Inconsistency | None = None

    @property
    def suppression_key(self) -> str | None:
        """Return what an ignore comment names to silence this finding: its claim's id,
        "inconsistent" for an inconsistency, None for an unmatched figure."""
        if self.inconsistency is not None:
            return INCONSISTENT_KEY
        return self.claim.id if self.claim is not None else None

    @property
    def highlights(self) -> tuple[tuple[int, int], ...]:
        """Return the offsets of the text a report highlights for this finding, in order:
        every figure of an inconsistency, else the figure itself."""
        if self.inconsistency is not None:
            return self.inconsistency.spans
        return ((self.figure.start, self.figure.end),)


#: What ``<!-- factcheck: ignore inconsistent -->`` names: every inconsistency it covers.
INCONSISTENT_KEY = "inconsistent"


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
        self.counts = _no_verdicts()
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
    # How many findings a baseline written by the check recorded (None when none was written).
    recorded: int | None = None

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
        counts = _no_verdicts()
        for _, findings in self.results:
            if isinstance(findings, FindingStream):
                for verdict, count in findings.counts.items():
                    counts[verdict] += count
            else:
                for finding in findings:
                    counts[finding.verdict] += 1
        return counts

    def fails(self, fail_on: str) -> bool:
        """Return whether the check fails at ``fail_on`` (a verdict, or "never"): a finding
        at that level or above, or a suppression comment that silenced nothing (when asked for)."""
        if fail_on == "never":
            return False
        worst = self.worst()
        return (worst is not None and SEVERITY[worst] >= SEVERITY[fail_on]) or bool(self.unused_suppressions)

    def worst(self) -> Verdict | None:
        """Return the most serious verdict in the report, or None when it has no findings."""
        verdicts = [verdict for verdict, count in self.summary().items() if count]
        return max(verdicts, key=SEVERITY.__getitem__, default=None)


def _no_verdicts() -> dict[str, int]:
    """Return a count of each verdict, all nought, in the order reports list them."""
    return dict.fromkeys((Verdict.AGREE, Verdict.CONFLICT, Verdict.MIXED, Verdict.UNMATCHED, Verdict.INCONSISTENT), 0)
