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
from dataclasses import dataclass, field

from factcheck.context import Context, describe
from factcheck.figures import Figure, extract_figures
from factcheck.matching import Candidate, Matcher, keywords
from factcheck.registry import Claim, Source
from factcheck.verdicts import AGREE, DEFAULT_TOLERANCE, SEVERITY, UNMATCHED, agrees, overall

# How far either side of a figure its topic is read, within its paragraph.
TOPIC_REACH = 600
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n|\r[ \t]*\r")


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


@dataclass(frozen=True, slots=True)
class Document:
    """A text to check, and the name it is reported under ("-" for standard input)."""

    path: str
    text: str


@dataclass(frozen=True)
class Report:
    """The findings for every document checked, and the registry files used."""

    registry_paths: tuple[str, ...]
    results: list[tuple[Document, list[Finding]]] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        """Return how many findings have each verdict."""
        counts = dict.fromkeys(("agree", "conflict", "mixed", "unmatched"), 0)
        for _, findings in self.results:
            for finding in findings:
                counts[finding.verdict] += 1
        return counts

    def worst(self) -> str | None:
        """Return the most serious verdict in the report, or None when it has no findings."""
        verdicts = {f.verdict for _, findings in self.results for f in findings}
        return max(verdicts, key=SEVERITY.__getitem__, default=None)


def read_figures(text: str) -> list[tuple[Figure, Context]]:
    """Return every figure in ``text`` with the words around it."""
    return [(figure, describe(text, figure.start, figure.end)) for figure in extract_figures(text)]


def check_text(text: str, matcher: Matcher, *, tolerance: float = DEFAULT_TOLERANCE) -> list[Finding]:
    """Return a finding for every figure in ``text``, judged against the matcher's claims."""
    findings = []
    for figure, context in read_figures(text):
        ranked = matcher.rank(figure.measure, context.words, context.counted, _topic_words(text, figure), limit=2)
        best = ranked[0] if ranked and ranked[0].score >= matcher.threshold else None
        if best is None:
            findings.append(Finding(figure, context, UNMATCHED, candidates=tuple(ranked[:2])))
            continue
        sources = tuple(
            SourceVerdict(source, AGREE if agrees(figure, source.figure, tolerance) else "conflict")
            for source in best.claim.sources
        )
        verdict = overall([s.verdict for s in sources])
        findings.append(Finding(figure, context, verdict, best.claim, sources, tuple(ranked[:2])))
    return findings


def check_documents(documents: list[Document], matcher: Matcher, *, tolerance: float = DEFAULT_TOLERANCE,
                    jobs: int | None = None) -> list[tuple[Document, list[Finding]]]:
    """Return each document with its findings, in the order given, checking up to ``jobs`` at once.

    Several documents are shared out among worker processes (``jobs`` defaults to the
    CPUs this process may use), each with its own copy of the matcher; the findings
    are the same as ``check_text`` gives, and come back in the documents' order.
    """
    jobs = min(jobs or _usable_cpus(), len(documents))
    if jobs <= 1:
        return [(document, check_text(document.text, matcher, tolerance=tolerance)) for document in documents]
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415  (lazy: only for many files)

    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(matcher, tolerance)) as pool:
        # A few batches per worker: fewer round trips for many small files, yet an even share.
        batch = max(1, len(documents) // (jobs * 4))
        found = pool.map(_check_in_worker, (document.text for document in documents), chunksize=batch)
        return list(zip(documents, found))


_worker: dict = {}


def _start_worker(matcher: Matcher, tolerance: float) -> None:
    _worker.update(matcher=matcher, tolerance=tolerance)


def _check_in_worker(text: str) -> list[Finding]:
    return check_text(text, _worker["matcher"], tolerance=_worker["tolerance"])


def _usable_cpus() -> int:
    import os  # noqa: PLC0415

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _topic_words(text: str, figure: Figure) -> frozenset[str]:
    """Return the words of the figure's paragraph, at most TOPIC_REACH either side of it."""
    start = max(0, figure.start - TOPIC_REACH)
    end = min(len(text), figure.end + TOPIC_REACH)
    for gap in _BLANK_LINE.finditer(text, start, end):
        if gap.end() <= figure.start:
            start = gap.end()
        elif gap.start() >= figure.end:
            end = gap.start()
            break
    return frozenset(keywords(text[start:end]))
