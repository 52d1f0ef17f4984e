"""The report an editor reads: each figure, where it is, its verdict in colour, its sources."""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, TextIO

from factcheck.context import Context
from factcheck.explain import describe_interval, number_shown, span_in_words, unit_suffix
from factcheck.figures import Figure
from factcheck.kinds import Verdict
from factcheck.positions import LineIndex
from factcheck.registry import Problem, RegistryFile, Source
from factcheck.report import Document, Explanation, Finding, Report
from factcheck.reporters.console import make_console, mark_of, print_hanging, safe_text, style_of
from factcheck.reporters.messages import one_line
from factcheck.verdicts import interval, rounding

if TYPE_CHECKING:  # the other commands' types: a check need not import their modules
    from factcheck.compare import Comparison, Quoted
    from factcheck.sources import ClaimSurvey

#: How much of each finding is written: NORMAL (problems in full, agreement a line each),
#: VERBOSE (every finding in full) or QUIET (only the summary).
NORMAL, VERBOSE, QUIET = "normal", "verbose", "quiet"
_HEAD_WIDTH = 10  # "  123:45  ", then the verdict
_INDENT = 12  # a finding's sentence and sources, under its verdict
_EXCERPT_REACH = 70


def write_findings(report: Report, stream: TextIO, *, color: bool | None = None, show_unmatched: bool = True,
                   detail: str = NORMAL, statistics: bool = False) -> None:
    """Write each document's problems in full, then its agreeing figures one a line, then a summary.

    ``detail`` is NORMAL, VERBOSE (agreeing figures in full too) or QUIET (only the summary);
    ``statistics`` adds how many figures of each verdict every file has.
    """
    console = make_console(stream, color)
    Text = safe_text(console)
    near, per_file = 0, []
    for document, findings in report.results:
        heading = Text(document.path, style="bold underline")
        lines, agreeing, counts = LineIndex(document.text), [], Counter()
        for finding in findings:
            counts[finding.verdict] += 1
            near += finding.near is not None
            if detail == QUIET or (finding.verdict == Verdict.UNMATCHED and not show_unmatched):
                continue
            if heading is not None:
                console.print(heading)
                heading = None
            if finding.verdict == Verdict.AGREE and detail != VERBOSE and not finding.explanation:
                agreeing.append(finding)  # a line each, once the problems are read
            elif finding.verdict == Verdict.UNMATCHED:
                _write_unmatched(console, lines, finding)
            else:
                _write_finding(console, document, lines, finding)
        for finding in agreeing:
            _print_headline(console, lines, finding)
        if heading is None:
            console.print()
        per_file.append((document.path, counts))
    if report.unused_suppressions and detail != QUIET:
        _write_unused_suppressions(console, report)
    if statistics:
        _write_statistics(console, per_file)
    console.print(_summary(console, report, near=near, unmatched_shown=show_unmatched and detail != QUIET))


def write_figures(results: list[tuple[Document, list[tuple[Figure, Context]]]], stream: TextIO, *, color: bool | None = None) -> None:
    """Write every figure found, with its location, reading and what it counts."""
    console = make_console(stream, color)
    Text = safe_text(console)
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


def _print_headline(console, lines: LineIndex, finding: Finding) -> None:
    """Print a finding's first line: where, the verdict in symbol and words, the figure, the claim."""
    Text = safe_text(console)

    line, column = lines.locate(finding.figure.start)
    style = style_of(finding.verdict)
    where = Text(f"  {line}:{column}".ljust(_HEAD_WIDTH), style="bold")
    head = Text()  # no base style: each part has its own
    head.append(f"{mark_of(finding.verdict)} ", style=style)
    head.append(f"{finding.verdict.upper():<9} ", style=f"bold {style}")  # "INCONSISTENT" is longer
    head.append(one_line(finding.figure.text), style="bold")
    if finding.claim:
        head.append(f"  {finding.claim.id}", style="bold cyan")
    if finding.context.attribution:
        head.append(f"  (per {finding.context.attribution})")
    print_hanging(console, where, head, _HEAD_WIDTH)


def _write_finding(console, document: Document, lines: LineIndex, finding: Finding) -> None:
    """Write a finding in full: its headline, its sentence, each source, and what would agree."""
    Text = safe_text(console)

    _print_headline(console, lines, finding)
    if finding.inconsistency is not None:
        _print_indented(console, _highlighted(console, document.text, finding))
        for figure in _elsewhere(finding):  # a figure of another sentence ("restated"): where it is, and its words
            row = Text(f"line {lines.locate(figure.start)[0]}: ", style="dim")
            row.append(_around(console, document.text, figure))
            _print_indented(console, row)
        _print_indented(console, Text(one_line(finding.inconsistency.message), style=style_of(finding.verdict)))
        return
    _print_indented(console, _excerpt(console, document.text, finding))
    width = max((len(s.source.value) for s in finding.sources), default=0)
    for judged in finding.sources:
        source = judged.source
        row = Text()
        row.append(f"{mark_of(judged.verdict)} ", style=style_of(judged.verdict))
        row.append(f"{source.value:<{width}}  ")
        _append_source(row, source)
        _print_indented(console, row)
    if finding.verdict == Verdict.CONFLICT and finding.sources:
        row = Text()
        row.append("→ would agree: ", style="green")
        row.append(would_agree([judged.source for judged in finding.sources]))
        _print_indented(console, row)
    for newer in finding.newer:
        row = Text()
        row.append("↻ a newer figure conflicts: ", style="yellow")
        row.append(f"{newer.value}, {newer.name}, {newer.date}")
        _print_indented(console, row)
    if finding.explanation:
        _write_explanation(console, finding, finding.explanation)


def _write_unmatched(console, lines: LineIndex, finding: Finding) -> None:
    """Write an unmatched figure on one line, with the claim it nearly matched."""
    Text = safe_text(console)

    _print_headline(console, lines, finding)
    if finding.near:
        _print_indented(console, Text(f"≈ near {finding.near.claim.id} (scored {finding.near.score:g}, "
                                      "just below the threshold)", style="dim"))
    if finding.explanation:
        _write_explanation(console, finding, finding.explanation)


def would_agree(sources: list[Source]) -> str:
    r"""Return the figure that would agree with every source, in words.

    >>> from factcheck.registry import parse_registry
    >>> [claim] = parse_registry(
    ...     "version: 1\nclaims:\n- id: homes\n  about: homes damaged\n  sources:\n"
    ...     "  - {name: Fire Service, value: at least 1200}\n  - {name: Ministry, value: about 1500}\n", "c.yaml")
    >>> would_agree(list(claim.sources)), would_agree(list(claim.sources[1:]))
    ('a figure between 1,450 and 1,550', 'about 1500 (Ministry)')
    """
    values = dict.fromkeys(source.value for source in sources)
    if len(values) == 1:
        return f"{sources[0].value} ({', '.join(dict.fromkeys(source.name for source in sources))})"
    bounds = [rounding(source.figure) for source in sources]
    low, high = max(low for low, _ in bounds), min(high for _, high in bounds)
    figure = sources[0].figure
    if high > low and math.isfinite(low) and math.isfinite(high):
        suffix = unit_suffix(figure)
        return f"a figure between {number_shown(low)}{suffix} and {number_shown(high)}{suffix}"
    if high > low:
        return f"a figure of {span_in_words((low, high), figure)}"
    # The sources disagree with each other: no one figure agrees with them all.
    return " or ".join(f"{source.value} ({source.name})" for source in sources) + ", each with its own source only"


def _print_indented(console, body) -> None:
    """Print a line under a headline, wrapped on a terminal with its indent kept."""
    print_hanging(console, safe_text(console)(" " * _INDENT), body, _INDENT)


def _write_explanation(console, finding: Finding, explanation: Explanation) -> None:
    """Write the words, scores and intervals behind a finding, one fact a line."""
    Text = safe_text(console)

    _print_indented(console, Text(f"why: the figure's clause reads \"{one_line(explanation.clause)}\"", style="dim"))
    labels = ("matched", "runner-up") if finding.claim else ("nearest", "next")
    for label, match in zip(labels, explanation.candidates):
        row = Text(f"  {label}: ", style="dim")
        row.append(f"{match.claim_id} {match.score:g}", style="cyan")
        row.append(f" via \"{match.phrase}\"")
        for where, words in (("in clause", match.in_clause), ("counted", match.in_counted),
                             ("in paragraph", match.in_paragraph), ("not found", match.missing)):
            if words:
                row.append(f" · {where}: {', '.join(words)}", style="dim")
        if match.ruled_out:
            row.append(f" · ruled out: {match.ruled_out}", style="dim")
        _print_indented(console, row)
    if not explanation.candidates:
        _print_indented(console, Text("  no claim measures this kind of quantity", style="dim"))
    if not finding.sources:
        _print_indented(console, Text(f"  figure stands for {describe_interval(explanation.interval, finding.figure)}",
                                      style="dim"))
    for judged, rule in zip(finding.sources, explanation.rules):
        row = Text("  ")
        row.append(f"{mark_of(judged.verdict)} ", style=style_of(judged.verdict))
        row.append(rule, style="dim")
        _print_indented(console, row)


def _excerpt(console, text: str, finding: Finding | Quoted):
    """Return the sentence around a figure, trimmed, with the figure in bold."""
    Text = safe_text(console)

    figure, context = finding.figure, finding.context
    start = max(context.sentence_start, figure.start - _EXCERPT_REACH)
    end = min(context.sentence_end, figure.end + _EXCERPT_REACH)
    excerpt = Text("…" if start > context.sentence_start else "", style="italic")
    excerpt.append(one_line(text[start:figure.start]))
    excerpt.append(one_line(figure.text), style="bold italic")
    excerpt.append(one_line(text[figure.end:end]).rstrip())
    if end < context.sentence_end:
        excerpt.append("…")
    return excerpt


def _highlighted(console, text: str, finding: Finding):
    """Return the sentence of an inconsistency, trimmed, with every figure involved in bold."""
    Text = safe_text(console)

    context = finding.context
    spans = [span for span in finding.highlights
             if context.sentence_start <= span[0] and span[1] <= context.sentence_end] or [finding.highlights[0]]
    start = max(context.sentence_start, spans[0][0] - _EXCERPT_REACH)
    end = min(context.sentence_end, spans[-1][1] + _EXCERPT_REACH)
    excerpt = Text("…" if start > context.sentence_start else "", style="italic")
    position = start
    for figure_start, figure_end in spans:
        excerpt.append(one_line(text[position:figure_start]))
        excerpt.append(one_line(text[figure_start:figure_end]), style="bold italic underline")
        position = figure_end
    excerpt.append(one_line(text[position:end]).rstrip())
    if end < context.sentence_end:
        excerpt.append("…")
    return excerpt


def _elsewhere(finding: Finding) -> list[Figure]:
    """Return the figures of an inconsistency that lie outside the sentence of the figure it reports."""
    context = finding.context
    return [figure for figure in finding.inconsistency.figures
            if figure.start < context.sentence_start or figure.end > context.sentence_end]


def _around(console, text: str, figure: Figure):
    """Return the words around a figure on its own line, trimmed, with the figure in bold."""
    Text = safe_text(console)

    line_start = text.rfind("\n", 0, figure.start) + 1
    line_end = text.find("\n", figure.end)
    line_end = len(text) if line_end < 0 else line_end
    start, end = max(line_start, figure.start - _EXCERPT_REACH), min(line_end, figure.end + _EXCERPT_REACH)
    excerpt = Text("…" if start > line_start else "", style="italic")
    excerpt.append(one_line(text[start:figure.start]))
    excerpt.append(one_line(figure.text), style="bold italic underline")
    excerpt.append(one_line(text[figure.end:end]).rstrip())
    if end < line_end:
        excerpt.append("…")
    return excerpt


def _write_unused_suppressions(console, report: Report) -> None:
    Text = safe_text(console)

    console.print(Text("Suppression comments that silence nothing", style="bold underline"))
    for document, suppression in report.unused_suppressions:
        line, column = LineIndex(document.text).locate(suppression.comment_start)
        row = Text(f"  {document.path}:{line}:{column}  ", style="dim")
        row.append(one_line(suppression.comment), style=style_of(Verdict.MIXED))
        console.print(row)
    console.print()


def _write_statistics(console, per_file: list[tuple[str, Counter]]) -> None:
    """Write how many figures each file has, of each verdict, one file a line."""
    Text = safe_text(console)

    verdicts = list(Verdict)
    width = max((len(one_line(path)) for path, _ in per_file), default=4)
    columns = [max(9, len(v)) for v in verdicts]
    console.print(Text(f"{'file':<{width}}  figures  " + "  ".join(f"{v:>{c}}" for v, c in zip(verdicts, columns)),
                       style="bold"))
    for path, counts in per_file:
        row = Text(f"{one_line(path):<{width}}  {sum(counts.values()):>7}  ")
        row.append("  ".join(f"{counts[v]:>{c}}" for v, c in zip(verdicts, columns)))
        console.print(row)
    console.print()


def _summary(console, report: Report, *, near: int = 0, unmatched_shown: bool = True):
    """Return the last line: how many figures of each verdict, what was left out, the registry."""
    Text = safe_text(console)

    counts = report.summary()
    total = sum(counts.values())
    line = Text(f"{total} figure{'s' if total != 1 else ''}: ", style="bold")
    # Inconsistencies are counted only when there are some: the line reads as before otherwise.
    shown = [(verdict, count) for verdict, count in counts.items() if verdict != Verdict.INCONSISTENT or count]
    for position, (verdict, count) in enumerate(shown):
        if position:
            line.append(" · ")
        line.append(f"{mark_of(verdict)} {count} {verdict}", style=style_of(verdict) if count else "dim")
    hidden = [f"{near} near miss{'es' if near != 1 else ''}"] if near else []
    if counts[Verdict.UNMATCHED] and not unmatched_shown:
        hidden.append("--show-unmatched lists them")
    if hidden:
        line.append(f" ({'; '.join(hidden)})", style="dim")
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
    if report.registry_files:  # `factcheck consistency` reads none
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


def write_sources(surveys: list[ClaimSurvey], files: tuple[RegistryFile, ...], stream: TextIO, *,
                  color: bool | None = None, scores: dict[str, float] | None = None) -> None:  # noqa: ARG001
    """Write each claim with its sources side by side, whether they agree, their spread and the newest."""
    console = make_console(stream, color)
    Text = safe_text(console)
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
            row.append(f"{mark_of(verdict)} ", style=style_of(verdict))
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
    console = make_console(stream, color)
    Text = safe_text(console)
    for problem in problems:
        row = Text(f"{problem.path}:{problem.line}: ")
        row.append(problem.severity, style="bold red" if problem.severity == "error" else "yellow")
        if problem.rule:
            row.append(f" ({problem.rule})", style="dim")
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
    console = make_console(stream, color)
    Text = safe_text(console)
    for comparison in comparisons:
        documents = (comparison.first, comparison.second)
        lines = tuple(LineIndex(document.text) for document in documents)
        console.print(Text(f"{comparison.first.path} ↔ {comparison.second.path}", style="bold underline"))
        for pair in comparison.pairs:
            head = Text("  ")
            head.append(f"{pair.verdict.upper():<10}", style=style_of(pair.verdict))
            head.append(f"score {pair.score:g}", style="dim")
            console.print(head)
            for document, index, quoted in zip(documents, lines, (pair.first, pair.second)):
                line, column = index.locate(quoted.figure.start)
                row = Text(f"    {document.path}:{line}:{column}  ", style="dim")
                row.append(one_line(quoted.figure.text), style="bold")
                row.append(f"  {describe_interval(interval(quoted.figure, tolerance), quoted.figure)}", style="dim")
                console.print(row)
                _print_indented(console, _excerpt(console, document.text, quoted))
        counts = {verdict: sum(p.verdict == verdict for p in comparison.pairs) for verdict in (Verdict.AGREE, Verdict.CONFLICT)}
        summary = Text(f"{len(comparison.pairs)} pair{'s' if len(comparison.pairs) != 1 else ''}: ", style="bold")
        summary.append(f"{counts[Verdict.AGREE]} agree", style=style_of(Verdict.AGREE) if counts[Verdict.AGREE] else "dim")
        summary.append(" · ")
        summary.append(f"{counts[Verdict.CONFLICT]} conflict", style=style_of(Verdict.CONFLICT) if counts[Verdict.CONFLICT] else "dim")
        first_count, second_count = comparison.figures
        summary.append(f"   figures: {first_count} in the first document, {second_count} in the second", style="dim")
        console.print(summary)
        console.print()
