"""The report an editor reads: each figure, where it is, its verdict in colour, its sources."""

from __future__ import annotations

import functools
from typing import TextIO

from factcheck.compare import Comparison, Quoted
from factcheck.context import Context
from factcheck.explain import describe_interval, unit_suffix
from factcheck.figures import Figure
from factcheck.kinds import Verdict
from factcheck.positions import LineIndex
from factcheck.registry import Problem, RegistryFile, Source
from factcheck.report import Document, Explanation, Finding, Report
from factcheck.reporters.messages import one_line
from factcheck.sources import ClaimSurvey
from factcheck.verdicts import interval

_STYLE = {Verdict.AGREE: "green", Verdict.CONFLICT: "bold red", Verdict.MIXED: "yellow", Verdict.UNMATCHED: "dim",
          Verdict.INCONSISTENT: "bold magenta"}
_MARK = {Verdict.AGREE: "✓", Verdict.CONFLICT: "✗"}
_EXCERPT_REACH = 70


def write_findings(report: Report, stream: TextIO, *, color: bool | None = None, show_unmatched: bool = True) -> None:
    """Write the findings of every document, then a one-line summary."""
    Text = _safe_text()

    console = _console(stream, color)
    for document, findings in report.results:
        lines = None  # a document with nothing shown gets no heading; findings are written as read
        for finding in findings:
            if not show_unmatched and finding.verdict == Verdict.UNMATCHED:
                continue
            if lines is None:
                lines = LineIndex(document.text)
                console.print(Text(document.path, style="bold underline"))
            _write_finding(console, document, lines, finding)
        if lines is not None:
            console.print()
    if report.unused_suppressions:
        _write_unused_suppressions(console, report)
    console.print(_summary(report))


def write_figures(results: list[tuple[Document, list[tuple[Figure, Context]]]], stream: TextIO, *, color: bool | None = None) -> None:
    """Write every figure found, with its location, reading and what it counts."""
    Text = _safe_text()

    console = _console(stream, color)
    total = 0
    for document, figures in results:
        lines = LineIndex(document.text)
        for figure, context in figures:
            total += 1
            line, column = lines.locate(figure.start)
            row = Text(f"{document.path}:{line}:{column}  ", style="dim")
            row.append(one_line(figure.text), style="bold")
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
    unit = unit_suffix(figure)
    low = "…" if figure.low is None else f"{figure.low:,}"
    high = "…" if figure.high is None else f"{figure.high:,}"
    value = low if figure.low == figure.high else f"{low}–{high}"
    per = f" per {figure.per}" if figure.per else ""
    return f"{figure.kind} {value}{unit}{per} ({figure.qualifier})"


def _write_finding(console, document: Document, lines: LineIndex, finding: Finding) -> None:
    Text = _safe_text()

    figure = finding.figure
    line, column = lines.locate(figure.start)
    head = Text(f"  {line}:{column}".ljust(10), style="dim")
    head.append(f"{finding.verdict.upper():<10}".ljust(len(finding.verdict) + 1), style=_STYLE[finding.verdict])
    head.append(one_line(figure.text), style="bold")
    if finding.claim:
        head.append(f"  {finding.claim.id}", style="cyan")
    if finding.context.attribution:
        head.append(f"  (per {finding.context.attribution})", style="dim")
    console.print(head)
    if finding.inconsistency is not None:
        console.print(_highlighted(document.text, finding))
        console.print(Text(" " * 12 + one_line(finding.inconsistency.message), style=_STYLE[finding.verdict]))
        return
    console.print(_excerpt(document.text, finding))
    width = max((len(s.source.value) for s in finding.sources), default=0)
    for judged in finding.sources:
        source = judged.source
        row = Text(" " * 12)
        row.append(f"{_MARK[judged.verdict]} {judged.verdict:<9}", style=_STYLE[judged.verdict])
        row.append(f"{source.value:<{width}}  ")
        _append_source(row, source)
        console.print(row)
    if finding.near:
        console.print(Text(f"{' ' * 12}≈ near {finding.near.claim.id} (scored {finding.near.score:g}, "
                           "just below the threshold)", style="dim"))
    for newer in finding.newer:
        row = Text(" " * 12 + "↻ a newer figure conflicts: ", style="yellow")
        row.append(f"{newer.value}, {newer.name}, {newer.date}")
        console.print(row)
    if finding.explanation:
        _write_explanation(console, finding, finding.explanation)


def _write_explanation(console, finding: Finding, explanation: Explanation) -> None:
    """Write the words, scores and intervals behind a finding, one fact a line."""
    Text = _safe_text()

    indent = " " * 12
    console.print(Text(f"{indent}why: the figure's clause reads \"{one_line(explanation.clause)}\"", style="dim"))
    labels = ("matched", "runner-up") if finding.claim else ("nearest", "next")
    for label, match in zip(labels, explanation.candidates):
        row = Text(f"{indent}  {label}: ", style="dim")
        row.append(f"{match.claim_id} {match.score:g}", style="cyan")
        row.append(f" via \"{match.phrase}\"")
        for where, words in (("in clause", match.in_clause), ("counted", match.in_counted),
                             ("in paragraph", match.in_paragraph), ("not found", match.missing)):
            if words:
                row.append(f" · {where}: {', '.join(words)}", style="dim")
        if match.ruled_out:
            row.append(f" · ruled out: {match.ruled_out}", style="dim")
        console.print(row)
    if not explanation.candidates:
        console.print(Text(f"{indent}  no claim measures this kind of quantity", style="dim"))
    if not finding.sources:
        console.print(Text(f"{indent}  figure stands for {describe_interval(explanation.interval, finding.figure)}",
                           style="dim"))
    for judged, rule in zip(finding.sources, explanation.rules):
        row = Text(f"{indent}  {_MARK[judged.verdict]} ", style=_STYLE[judged.verdict])
        row.append(rule, style="dim")
        console.print(row)


def _excerpt(text: str, finding: Finding | Quoted):
    """Return the sentence around a figure, trimmed, with the figure in bold."""
    Text = _safe_text()

    figure, context = finding.figure, finding.context
    start = max(context.sentence_start, figure.start - _EXCERPT_REACH)
    end = min(context.sentence_end, figure.end + _EXCERPT_REACH)
    excerpt = Text(" " * 12 + ("…" if start > context.sentence_start else ""), style="italic")
    excerpt.append(one_line(text[start:figure.start]))
    excerpt.append(one_line(figure.text), style="bold italic")
    excerpt.append(one_line(text[figure.end:end]).rstrip())
    if end < context.sentence_end:
        excerpt.append("…")
    return excerpt


def _highlighted(text: str, finding: Finding):
    """Return the sentence of an inconsistency, trimmed, with every figure involved in bold."""
    Text = _safe_text()

    spans, context = finding.highlights, finding.context
    start = max(context.sentence_start, spans[0][0] - _EXCERPT_REACH)
    end = min(context.sentence_end, spans[-1][1] + _EXCERPT_REACH)
    excerpt = Text(" " * 12 + ("…" if start > context.sentence_start else ""), style="italic")
    position = start
    for figure_start, figure_end in spans:
        excerpt.append(one_line(text[position:figure_start]))
        excerpt.append(one_line(text[figure_start:figure_end]), style="bold italic underline")
        position = figure_end
    excerpt.append(one_line(text[position:end]).rstrip())
    if end < context.sentence_end:
        excerpt.append("…")
    return excerpt


def _write_unused_suppressions(console, report: Report) -> None:
    Text = _safe_text()

    console.print(Text("Suppression comments that silence nothing", style="bold underline"))
    for document, suppression in report.unused_suppressions:
        line, column = LineIndex(document.text).locate(suppression.comment_start)
        row = Text(f"  {document.path}:{line}:{column}  ", style="dim")
        row.append(one_line(suppression.comment), style=_STYLE[Verdict.MIXED])
        console.print(row)
    console.print()


@functools.cache
def _safe_text():
    """Return rich's Text made safe for a terminal: every string put in it goes through one_line.

    A draft, a registry and a file name are untrusted: an escape sequence in one would
    reach the terminal raw (erase the CONFLICT line, set the clipboard, forge a link), a
    line break would start a line of its own. Text is never read as rich markup (the
    console has markup off), so "[bold]" in a draft prints as written.
    """
    from rich.text import Text  # noqa: PLC0415  (lazy: rich is slow to import)

    class SafeText(Text):
        def __init__(self, text: str = "", *args, **kwargs) -> None:
            super().__init__(one_line(text), *args, **kwargs)

        def append(self, text, style=None):
            return super().append(one_line(text) if isinstance(text, str) else text, style)

    return SafeText


def _summary(report: Report):
    Text = _safe_text()

    counts = report.summary()
    total = sum(counts.values())
    line = Text(f"{total} figure{'s' if total != 1 else ''}: ", style="bold")
    # Inconsistencies are counted only when there are some: the line reads as before otherwise.
    shown = [verdict for verdict in Verdict if verdict != Verdict.INCONSISTENT or counts[verdict]]
    for position, verdict in enumerate(shown):
        if position:
            line.append(" · ")
        line.append(f"{counts[verdict]} {verdict}", style=_STYLE[verdict] if counts[verdict] else "dim")
    for count, left_out in ((report.suppressed, "suppressed"), (report.baselined, "known from the baseline")):
        if count:
            line.append(f" · {count} {left_out}", style="dim")
    not_checked = (
        (len(report.skipped), "file", "not checked"),
        (len(report.warnings), "file", "read with bytes replaced"),
        (report.claims_left_out, "claim", "left out by --tags"),
    )
    for count, noun, what in not_checked:
        if count:
            line.append(f" · {count} {noun}{'s' if count != 1 else ''} {what}", style="bold yellow")
    line.append(f"   registry: {describe_registry_files(report.registry_files)}", style="dim")
    return line


def describe_registry_files(files: tuple[RegistryFile, ...]) -> str:
    """Return the registry files used, each with the start of its SHA-256: "claims.yaml (sha256 1f0c…)".

    The registry shipped with factcheck says so: "…/claims.yaml (bundled, sha256 1f0c…)".
    """
    return ", ".join(f"{file.path} ({'bundled, ' if file.bundled else ''}sha256 {file.sha256[:12]})" for file in files)


def _append_source(row, source: Source) -> None:
    """Append who stated a source's figure, when, and the note on its scope."""
    row.append(source.name)
    if source.date:
        row.append(f", {source.date}", style="dim")
    if source.note:
        row.append(f" — {source.note}", style="dim italic")


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


def write_sources(surveys: list[ClaimSurvey], files: tuple[RegistryFile, ...], stream: TextIO, *,
                  color: bool | None = None, scores: dict[str, float] | None = None) -> None:  # noqa: ARG001
    """Write each claim with its sources side by side, whether they agree, their spread and the newest."""
    Text = _safe_text()

    console = _console(stream, color)
    for report in surveys:
        claim = report.claim
        status = "DISPUTED" if report.disputed else "AGREED" if len(claim.sources) > 1 else "ONE SOURCE"
        head = Text(claim.id, style="bold cyan")
        head.append(f"  {status}", style="bold red" if report.disputed else "green")
        head.append(f"  {claim.path}:{claim.line}", style="dim")
        if claim.tags:
            head.append(f"  tags: {', '.join(claim.tags)}", style="dim")
        console.print(head)
        console.print(Text(f"  {claim.about}", style="italic"))
        disputing = {index for pair in report.conflicts for index in pair}
        value_width = max(len(s.value) for s in claim.sources)
        intervals = [describe_interval(bounds, s.figure) for bounds, s in zip(report.intervals, claim.sources)]
        interval_width = max(len(text) for text in intervals)
        for index, (source, interval_text) in enumerate(zip(claim.sources, intervals)):
            row = Text("    ")
            verdict = Verdict.CONFLICT if index in disputing else Verdict.AGREE
            row.append(f"{_MARK[verdict]} ", style=_STYLE[verdict])
            row.append(f"{source.value:<{value_width}}  ", style="bold")
            row.append(f"{interval_text:<{interval_width}}  ", style="dim")
            _append_source(row, source)
            console.print(row)
        for first, second in report.conflicts:
            row = Text("  conflict: ", style="bold red")
            row.append(f"{claim.sources[first].value} ({claim.sources[first].name}) "
                       f"vs {claim.sources[second].value} ({claim.sources[second].name})")
            console.print(row)
        row = Text("  spread: ", style="dim")
        row.append(describe_interval(report.spread, claim.sources[0].figure))
        if report.latest:
            row.append(" · most recent: ", style="dim")
            newest = (claim.sources[index] for index in report.latest)
            row.append("; ".join(f"{s.value} ({s.name}, {s.date})" for s in newest))
        console.print(row)
        console.print()
    disputed = sum(report.disputed for report in surveys)
    summary = Text(f"{len(surveys)} claim{'s' if len(surveys) != 1 else ''}: ", style="bold")
    summary.append(f"{disputed} disputed", style="bold red" if disputed else "dim")
    summary.append(f"   registry: {describe_registry_files(files)}", style="dim")
    console.print(summary)


def write_problems(problems: list[Problem], files: tuple[RegistryFile, ...], stream: TextIO, *,
                   color: bool | None = None) -> None:
    """Write `registry lint`: one problem a line as path:line: severity: message, then the totals."""
    Text = _safe_text()

    console = _console(stream, color)
    for problem in problems:
        row = Text(f"{problem.path}:{problem.line}: ")
        row.append(problem.severity, style="bold red" if problem.severity == "error" else "yellow")
        row.append(f": {problem.message}")
        console.print(row)
    errors = sum(problem.severity == "error" for problem in problems)
    warnings = len(problems) - errors
    summary = Text(f"{errors} error{'s' if errors != 1 else ''}", style="bold red" if errors else "bold")
    summary.append(f" · {warnings} warning{'s' if warnings != 1 else ''}", style="yellow" if warnings else "dim")
    summary.append(f"   registry: {describe_registry_files(files)}", style="dim")
    console.print(summary)


def write_comparisons(comparisons: list[Comparison], stream: TextIO, *, tolerance: float,
                      color: bool | None = None) -> None:
    """Write each two documents' paired figures: verdict, score, both spans, their sentences and intervals."""
    Text = _safe_text()

    console = _console(stream, color)
    for comparison in comparisons:
        documents = (comparison.first, comparison.second)
        lines = tuple(LineIndex(document.text) for document in documents)
        console.print(Text(f"{comparison.first.path} ↔ {comparison.second.path}", style="bold underline"))
        for pair in comparison.pairs:
            head = Text("  ")
            head.append(f"{pair.verdict.upper():<10}", style=_STYLE[pair.verdict])
            head.append(f"score {pair.score:g}", style="dim")
            console.print(head)
            for document, index, quoted in zip(documents, lines, (pair.first, pair.second)):
                line, column = index.locate(quoted.figure.start)
                row = Text(f"    {document.path}:{line}:{column}  ", style="dim")
                row.append(one_line(quoted.figure.text), style="bold")
                row.append(f"  {describe_interval(interval(quoted.figure, tolerance), quoted.figure)}", style="dim")
                console.print(row)
                console.print(_excerpt(document.text, quoted))
        counts = {verdict: sum(p.verdict == verdict for p in comparison.pairs) for verdict in (Verdict.AGREE, Verdict.CONFLICT)}
        summary = Text(f"{len(comparison.pairs)} pair{'s' if len(comparison.pairs) != 1 else ''}: ", style="bold")
        summary.append(f"{counts[Verdict.AGREE]} agree", style=_STYLE[Verdict.AGREE] if counts[Verdict.AGREE] else "dim")
        summary.append(" · ")
        summary.append(f"{counts[Verdict.CONFLICT]} conflict", style=_STYLE[Verdict.CONFLICT] if counts[Verdict.CONFLICT] else "dim")
        first_count, second_count = comparison.figures
        summary.append(f"   figures: {first_count} in the first document, {second_count} in the second", style="dim")
        console.print(summary)
        console.print()
