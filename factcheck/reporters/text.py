"""The report an editor reads: each figure, where it is, its verdict in colour, its sources."""

from __future__ import annotations

import re
from typing import TextIO

from factcheck.check import Document, Finding, Report
from factcheck.context import Context
from factcheck.figures import Figure
from factcheck.positions import LineIndex

_STYLE = {"agree": "green", "conflict": "bold red", "mixed": "yellow", "unmatched": "dim"}
_MARK = {"agree": "✓", "conflict": "✗"}
_EXCERPT_REACH = 70


def write_findings(report: Report, stream: TextIO, *, color: bool | None = None, show_unmatched: bool = True) -> None:
    """Write the findings of every document, then a one-line summary."""
    from rich.text import Text  # noqa: PLC0415  (lazy: rich is slow to import)

    console = _console(stream, color)
    for document, findings in report.results:
        shown = [f for f in findings if show_unmatched or f.verdict != "unmatched"]
        if not shown:
            continue
        lines = LineIndex(document.text)
        console.print(Text(document.path, style="bold underline"))
        for finding in shown:
            _write_finding(console, document, lines, finding)
        console.print()
    console.print(_summary(report))


def write_figures(results: list[tuple[Document, list[tuple[Figure, Context]]]], stream: TextIO, *, color: bool | None = None) -> None:
    """Write every figure found, with its location, reading and what it counts."""
    from rich.text import Text  # noqa: PLC0415

    console = _console(stream, color)
    total = 0
    for document, figures in results:
        lines = LineIndex(document.text)
        for figure, context in figures:
            total += 1
            line, column = lines.locate(figure.start)
            row = Text(f"{document.path}:{line}:{column}  ", style="dim")
            row.append(_one_line(figure.text), style="bold")
            row.append(f"  {describe_reading(figure)}")
            if context.counted:
                row.append(f"  · {context.counted}", style="cyan")
            if context.attribution:
                row.append(f"  · per {context.attribution}", style="magenta")
            if context.scope:
                row.append(f"  · {context.scope}", style="green")
            console.print(row)
    console.print(Text(f"{total} figure{'s' if total != 1 else ''}", style="bold"))


def describe_reading(figure: Figure) -> str:
    """Return how a figure was read, e.g. "number 4,200,000–5,800,000 (range)"."""
    unit = {"percent": "%", "money": f" {figure.currency}"}.get(figure.kind, f" {figure.unit}" if figure.unit else "")
    if figure.unit == "percentage_point":
        unit = " percentage points"
    low = "…" if figure.low is None else f"{figure.low:,}"
    high = "…" if figure.high is None else f"{figure.high:,}"
    value = low if figure.low == figure.high else f"{low}–{high}"
    per = f" per {figure.per}" if figure.per else ""
    return f"{figure.kind} {value}{unit}{per} ({figure.qualifier})"


def _write_finding(console, document: Document, lines: LineIndex, finding: Finding) -> None:
    from rich.text import Text  # noqa: PLC0415

    figure = finding.figure
    line, column = lines.locate(figure.start)
    head = Text(f"  {line}:{column}".ljust(10), style="dim")
    head.append(f"{finding.verdict.upper():<10}", style=_STYLE[finding.verdict])
    head.append(_one_line(figure.text), style="bold")
    if finding.claim:
        head.append(f"  {finding.claim.id}", style="cyan")
    if finding.context.attribution:
        head.append(f"  (per {finding.context.attribution})", style="dim")
    console.print(head)
    console.print(_excerpt(document.text, finding))
    width = max((len(s.source.value) for s in finding.sources), default=0)
    for judged in finding.sources:
        source = judged.source
        row = Text(" " * 12)
        row.append(f"{_MARK[judged.verdict]} {judged.verdict:<9}", style=_STYLE[judged.verdict])
        row.append(f"{source.value:<{width}}  ")
        row.append(source.name)
        if source.date:
            row.append(f", {source.date}", style="dim")
        if source.note:
            row.append(f" — {source.note}", style="dim italic")
        console.print(row)


def _excerpt(text: str, finding: Finding):
    """Return the sentence around a figure, trimmed, with the figure in bold."""
    from rich.text import Text  # noqa: PLC0415

    figure, context = finding.figure, finding.context
    start = max(context.sentence_start, figure.start - _EXCERPT_REACH)
    end = min(context.sentence_end, figure.end + _EXCERPT_REACH)
    excerpt = Text(" " * 12 + ("…" if start > context.sentence_start else ""), style="italic")
    excerpt.append(_one_line(text[start:figure.start]))
    excerpt.append(_one_line(figure.text), style="bold italic")
    excerpt.append(_one_line(text[figure.end:end]).rstrip())
    if end < context.sentence_end:
        excerpt.append("…")
    return excerpt


def _one_line(text: str) -> str:
    """Return text with its line breaks (and the spaces around them) as single spaces."""
    return re.sub(r"\s*[\r\n]+\s*", " ", text)


def _summary(report: Report):
    from rich.text import Text  # noqa: PLC0415

    counts = report.summary()
    total = sum(counts.values())
    line = Text(f"{total} figure{'s' if total != 1 else ''}: ", style="bold")
    for position, verdict in enumerate(("agree", "conflict", "mixed", "unmatched")):
        if position:
            line.append(" · ")
        line.append(f"{counts[verdict]} {verdict}", style=_STYLE[verdict] if counts[verdict] else "dim")
    line.append(f"   registry: {', '.join(report.registry_paths)}", style="dim")
    return line


def _console(stream: TextIO, color: bool | None):
    from rich.console import Console  # noqa: PLC0415

    return Console(
        file=stream,
        force_terminal=color,
        no_color=color is False,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
    )
