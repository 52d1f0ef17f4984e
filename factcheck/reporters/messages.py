"""One-line descriptions of findings, shared by the machine formats (plain, github, sarif), and one_line.

>>> from factcheck.check import read_figures
>>> figure, context = read_figures("They counted 15,000 soldiers.")[0]
>>> describe(Finding(figure, context, "unmatched"))
'"15,000" matches no claim in the registry'
"""

from __future__ import annotations

import re

from factcheck.figures import Figure
from factcheck.kinds import Verdict
from factcheck.positions import LineIndex
from factcheck.report import Finding, Report

_HEADLINES = {
    Verdict.AGREE: "agrees with every source of",
    Verdict.CONFLICT: "conflicts with every source of",
    Verdict.MIXED: "is disputed by the sources of",
}


def describe(finding: Finding) -> str:
    """Return what a finding says, with every source's figure, on one line."""
    quoted = f'"{one_line(finding.figure.text)}"'
    if finding.claim is None:
        return f"{quoted} matches no claim in the registry"
    parts = []
    for judged in finding.sources:
        source = judged.source
        said = f"{source.value} per {source.name}" + (f" ({source.date})" if source.date else "")
        if finding.verdict == Verdict.MIXED:
            said = f"{'agrees' if judged.verdict == Verdict.AGREE else 'conflicts'} with {said}"
        parts.append(said)
    return f"{quoted} {_HEADLINES[finding.verdict]} {finding.claim.id}: {'; '.join(parts)}"


def unused_by_path(report: Report) -> dict:
    """Return the report's unused suppressions, listed under their document's path."""
    unused: dict = {}
    for document, suppression in report.unused_suppressions or ():
        unused.setdefault(document.path, []).append(suppression)
    return unused


def span(lines: LineIndex, figure: Figure) -> tuple[int, int, int, int]:
    """Return a figure's 1-based start line and column and its end line and column (exclusive)."""
    return (*lines.locate(figure.start), *lines.locate(figure.end))


def one_line(text: str) -> str:
    """Return text with each run of whitespace holding a line break as one space."""
    return re.sub(r"\s*[\r\n]+\s*", " ", text)
