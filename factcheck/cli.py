"""The command line: read inputs, run the core, pick a reporter, map the exit status."""

from __future__ import annotations

import os
import sys
from enum import IntEnum
from pathlib import Path

import click

from factcheck import __version__
from factcheck.config import FAIL_ON_CHOICES, FORMATS


class ExitStatus(IntEnum):
    """factcheck's exit codes (SPEC §4)."""

    OK = 0  # checked; nothing at or above the failing level
    FINDINGS = 1  # checked; at least one finding at or above the failing level
    ERROR = 2  # could not check: bad usage, unreadable input, invalid registry


DEFAULT_MAX_REGISTRY_MB = 200
SYNTAX_CHOICES = ("auto", "markdown", "html", "plain")
# The options a configuration file may set: its key, and the option's parameter name.
CONFIGURABLE = {
    "registries": "registries",
    "fail-on": "fail_on",
    "tolerance": "tolerance",
    "threshold": "threshold",
    "include": "include",
    "exclude": "exclude",
    "format": "output_format",
}


class UsageProblem(click.ClickException):
    """An error that stops the check before it starts: exit status 2."""

    exit_code = ExitStatus.ERROR


def _format_option(function):
    return click.option(
        "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
        help="text for people, json for scripts (SPEC §3).",
    )(function)


def _color_option(function):
    return click.option(
        "--color/--no-color", default=None,
        help="Force colour on or off (default: colour only on a terminal, and never with NO_COLOR set).",
    )(function)


def _registry_option(function):
    return click.option(
        "--registry", "registries", multiple=True, metavar="FILE|DIR",
        help="Registry file, or directory of YAML files read in name order; repeat to merge several. "
             "Default: ./claims.yaml if present, else the bundled registry.",
    )(function)


def _max_registry_option(function):
    return click.option(
        "--max-registry-mb", type=click.IntRange(1), default=DEFAULT_MAX_REGISTRY_MB, show_default=True,
        help="Refuse a registry file larger than this, before reading it.",
    )(function)


def _tolerance_option(function):
    return click.option(
        "--tolerance", type=click.FloatRange(0, 1), default=0.10, show_default=True,
        help="How far a hedged figure ('about', 'around') may stray, as a share of its value.",
    )(function)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Show a traceback when something goes wrong.")
def cli(debug: bool) -> None:
    """Check the figures quoted in a text against a registry of sourced claims.

    Reads files, or standard input when no PATH (or -) is given.
    """


@cli.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@_registry_option
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text for people; json for scripts (SPEC §3); sarif for code scanning; "
                   "github for annotations in GitHub Actions; plain for one line per finding.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default="conflict", show_default=True,
              help="Exit 1 when a finding is at this level or above (unmatched < mixed < conflict).")
@_tolerance_option
@click.option("--threshold", type=click.FloatRange(0, 100), default=None,
              help="Lowest match score (0-100) for a figure to be matched to a claim.  [default: 60]")
@click.option("--show-unmatched/--hide-unmatched", default=None,
              help="Whether text, plain and github output list figures no claim covers "
                   "(default: only with --fail-on unmatched; json and sarif always do).")
@_color_option
@click.option("--include", multiple=True, metavar="GLOB",
              help="Check the files in folders that match this glob; repeat for several. "
                   "[default: *.md *.markdown *.txt *.html *.htm]")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Leave out files and folders that match this glob, even when named; repeat for several.")
@click.option("--syntax", type=click.Choice(SYNTAX_CHOICES), default="auto", show_default=True,
              help="How to read the input: auto goes by the file's extension (.md, .html), "
                   "and reads standard input as plain text.")
@click.option("--report-unused-suppressions", is_flag=True,
              help="Report suppression comments that silence nothing, and fail on them.")
@click.option("--baseline", "baseline_path", metavar="FILE",
              help="Only findings not recorded in this baseline are reported and can fail the check.")
@click.option("--write-baseline", "write_baseline_path", metavar="FILE",
              help="Record the current findings in FILE, to pass later with --baseline.")
@click.option("--changed-since", metavar="REV",
              help="Check only the lines changed since this git revision (default PATH: the current folder).")
@click.option("--tags", "tag_lists", multiple=True, metavar="TAG[,TAG...]",
              help="Match only claims carrying one of these tags; repeat or separate with commas.")
@click.option("--explain", is_flag=True,
              help="Show for each finding the context words matched, the best two claims' scores "
                   "and the intervals compared.")
@_max_registry_option
@click.option("--strict", is_flag=True,
              help="Exit 2 unless everything was checked: no file skipped or read with bytes replaced, "
                   "no region suppressed, no claim left out by --tags.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Check up to N files at once, in N processes; the output is the same.  [default: number of CPUs]")
@click.option("--cache/--no-cache", "use_cache", default=True, show_default=True,
              help="Keep the parsed registry in the user's cache directory (FACTCHECK_NO_CACHE=1 also turns it off).")
@click.pass_context
def check(ctx, paths, registries, output_format, fail_on, tolerance, threshold, show_unmatched, color,
          include, exclude, syntax, report_unused_suppressions, baseline_path, write_baseline_path, changed_since,
          tag_lists, explain, max_registry_mb, strict, jobs, use_cache) -> int:
    """Find the figures in each PATH and compare them with the registry's sources.

    A PATH may be a file, a folder (searched for drafts) or - for standard input.
    Options not given come from .factcheck.yaml or [tool.factcheck] in pyproject.toml,
    found in this folder or above it: see `factcheck config`.
    """
    from factcheck.check import Report  # noqa: PLC0415  (lazy: keeps --help fast)
    from factcheck.matching import Matcher  # noqa: PLC0415
    from factcheck.verdicts import SEVERITY  # noqa: PLC0415

    found, configured = _settings(ctx)
    settings = {key: setting.value for key, setting in configured.items()}
    root = found.root if found else "."
    fail_on, output_format = settings["fail-on"], settings["format"]
    registry, index = _read_registry(settings["registries"], max_registry_mb, indexed=True, use_cache=use_cache)
    claims = _tagged(registry.claims, tag_lists)
    # The cached index covers every claim; matching only some of them needs an index of its own.
    matcher = Matcher(claims, settings["threshold"]) if tag_lists else Matcher.from_index(index, settings["threshold"])
    documents, skipped, changed = _select_documents(paths, settings, root, changed_since)
    # A large document is checked while its report is written, a stretch at a time, unless
    # something needs all its findings first (a baseline, unused suppressions, changed lines)
    # or the format is written from the whole report (sarif, github, plain).
    stream = (output_format in ("json", "text") and changed is None and not report_unused_suppressions
              and not (baseline_path or write_baseline_path))
    results, suppressed, unused = _check_documents(documents, matcher, settings["tolerance"], syntax, changed,
                                                   explain=explain, jobs=jobs, stream=stream)
    results, baselined = _apply_baseline(results, baseline_path, write_baseline_path,
                                         read=[file.path for file in registry.files] + [found.path if found else "-"])
    report = Report(registry.paths, results, registry_files=registry.files, silenced=suppressed, baselined=baselined,
                    unused_suppressions=unused if report_unused_suppressions else None, skipped=tuple(skipped),
                    claims_left_out=len(registry.claims) - len(claims))

    if show_unmatched is None:
        show_unmatched = fail_on == "unmatched"
    _warn_incomplete(report)
    _write_report(report, output_format, color=color, show_unmatched=show_unmatched)
    if report.skipped or (strict and not report.complete):
        return ExitStatus.ERROR
    worst = report.worst()
    if fail_on != "never" and worst is not None and SEVERITY[worst] >= SEVERITY[fail_on]:
        return ExitStatus.FINDINGS
    if fail_on != "never" and report.unused_suppressions:
        return ExitStatus.FINDINGS
    return ExitStatus.OK


def _warn_incomplete(report) -> None:
    """Say on stderr, one line each, which files could not be read or were read with bytes replaced."""
    for _, reason in report.skipped:
        click.echo(f"factcheck: {reason}; not checked", err=True)
    for warning in report.warnings:
        click.echo(f"factcheck: warning: {warning}", err=True)


@cli.command("config")
@click.pass_context
def config_command(ctx, **_options) -> int:
    """Print the effective configuration and where each value comes from.

    Takes the options of `factcheck check` that a configuration file can set, so the
    effect of a command line can be seen too.
    """
    found, settings = _settings(ctx)
    click.echo(f"configuration file: {found.path if found else '(none found)'}")
    shown = {key: _shown_setting(key, setting.value) for key, setting in settings.items()}
    width = max(len(value) for value in shown.values())
    for key, setting in settings.items():
        click.echo(f"{key:<11} {shown[key]:<{width}}  {setting.source}")
    return ExitStatus.OK


# The configurable options of `check`, shared with `config` so both read a command line alike.
config_command.params.extend(p for p in check.params if p.name in CONFIGURABLE.values())


def _settings(ctx: click.Context):
    """Return the configuration file found (or None) and every effective Setting.

    A value comes from the command line, else the configuration file, else the default.
    """
    from factcheck.config import ConfigError, effective  # noqa: PLC0415
    from factcheck.inputs import InputError, find_config  # noqa: PLC0415

    try:
        found = find_config(Path.cwd())
    except (ConfigError, InputError) as error:
        raise UsageProblem(str(error)) from None
    given = {
        key: ctx.params[name]
        for key, name in CONFIGURABLE.items()
        if ctx.params.get(name) is not None
        and ctx.get_parameter_source(name) not in (None, click.core.ParameterSource.DEFAULT)
    }
    return found, effective(found, given)


def _shown_setting(key: str, value) -> str:
    if key == "registries" and not value:
        return "(./claims.yaml if present, else the bundled registry)"
    if isinstance(value, tuple):
        return " ".join(value) if value else "(none)"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _select_documents(paths, settings, root, changed_since):
    """Return the documents to check, the files that could not be read as (path, reason),
    and the lines changed in each file when --changed-since is given.

    A file that cannot be read does not stop the others from being checked.
    """
    from factcheck.inputs import STDIN, InputError, changed_lines, find_documents  # noqa: PLC0415

    changed = None
    if changed_since is not None:
        if STDIN in paths:
            raise UsageProblem("--changed-since checks files in git, not standard input")
        try:
            changed = changed_lines(changed_since)
        except InputError as error:
            raise UsageProblem(str(error)) from None
        paths = paths or (".",)
    selected, skipped = [], []
    for path in paths or (STDIN,):
        try:
            selected.extend(find_documents((path,), include=settings["include"], exclude=settings["exclude"], root=root,
                                           unreadable=skipped))
        except InputError as error:
            skipped.append((path, str(error)))
    selected = list({os.path.realpath(p) if p != STDIN else p: p for p in reversed(selected)}.values())[::-1]
    if changed is not None:
        selected = [path for path in selected if os.path.realpath(path) in changed]
    documents, unreadable = _read_each(selected)
    return documents, skipped + unreadable, changed


def _read_each(paths):
    """Return the documents that could be read, and (path, reason) for those that could not."""
    from factcheck.inputs import InputError, read_document  # noqa: PLC0415

    documents, unreadable = [], []
    for path in paths:
        try:
            documents.append(read_document(path))
        except InputError as error:
            unreadable.append((path, str(error)))
    return documents, unreadable


def _check_documents(documents, matcher, tolerance, syntax, changed, *, explain: bool = False, jobs=None,
                     stream: bool = False):
    """Check each document as a draft; return the results, how many findings were suppressed, and unused suppressions.

    With ``stream``, a document longer than a stretch gets a FindingStream, checked as
    it is read (see factcheck.drafts.stream_draft), which counts its own suppressed findings.
    """
    from factcheck.drafts import STRETCH_CHARS, check_drafts, on_lines, stream_draft  # noqa: PLC0415
    from factcheck.markup import syntax_for  # noqa: PLC0415
    from factcheck.positions import LineIndex  # noqa: PLC0415
    from factcheck.suppressions import SuppressionError  # noqa: PLC0415

    def syntax_of(document):
        return syntax_for(document.path) if syntax == "auto" else syntax

    streamed = [stream and len(document.text) > STRETCH_CHARS for document in documents]
    results, suppressed, unused = [], 0, []
    drafts = check_drafts(
        [(document.text, syntax_of(document)) for document, large in zip(documents, streamed) if not large],
        matcher, tolerance=tolerance, explain_verdicts=explain, jobs=jobs,
    )
    for document, large in zip(documents, streamed):
        try:
            if large:
                results.append((document, stream_draft(document.text, matcher, syntax=syntax_of(document),
                                                       tolerance=tolerance, explain_verdicts=explain)))
                continue
            draft = next(drafts)
        except SuppressionError as error:
            line, column = LineIndex(document.text).locate(error.offset)
            raise UsageProblem(f"{document.path}:{line}:{column}: {error}") from None
        findings, silent = list(draft.findings), list(draft.unused_suppressions)
        lines = changed.get(os.path.realpath(document.path)) if changed is not None else None
        if lines is not None:  # only the changed lines count; None: the whole file is new
            findings = on_lines(findings, document.text, lines)
            index = LineIndex(document.text)
            silent = [s for s in silent if index.locate(s.comment_start)[0] in lines]
        results.append((document, findings))
        suppressed += len(draft.suppressed)
        unused.extend((document, s) for s in silent)
    return results, suppressed, unused


def _apply_baseline(results, baseline_path, write_baseline_path, read=()):
    """Return the results less the findings a baseline knows, and how many those were.

    --write-baseline records the current findings first, so all of them are known; it
    never writes over a file in ``read`` or a document checked.
    """
    from collections import Counter  # noqa: PLC0415

    from factcheck.baseline import entry_for, format_baseline, split_known  # noqa: PLC0415
    from factcheck.inputs import InputError, read_baseline  # noqa: PLC0415
    from factcheck.writing import WriteError, write_atomically  # noqa: PLC0415

    if not (baseline_path or write_baseline_path):
        return results, 0
    entries = [[(f, entry_for(document.path, document.text, f)) for f in findings] for document, findings in results]
    if write_baseline_path:
        recorded = [entry for pairs in entries for _, entry in pairs]
        inputs = [*read, *(document.path for document, _ in results), baseline_path or "-"]
        try:
            write_atomically(write_baseline_path, format_baseline(recorded), inputs=inputs)
        except WriteError as error:
            raise UsageProblem(str(error)) from None
        count = sum(1 for entry in recorded if entry.verdict != "agree")
        click.echo(f"factcheck: recorded {count} finding(s) in {write_baseline_path}", err=True)
        known = Counter(recorded)
    else:
        try:
            known = read_baseline(baseline_path)
        except InputError as error:
            raise UsageProblem(str(error)) from None
    remaining, baselined = [], 0
    for (document, _), pairs in zip(results, entries):
        new, old = split_known(pairs, known)
        remaining.append((document, new))
        baselined += len(old)
    return remaining, baselined


def _write_report(report, output_format: str, *, color, show_unmatched: bool) -> None:
    """Write the report to standard output in the chosen format."""
    if output_format == "json":
        from factcheck.reporters.json import write_findings  # noqa: PLC0415

        write_findings(report, sys.stdout)
    elif output_format == "sarif":
        from factcheck.reporters.sarif import write_findings  # noqa: PLC0415

        write_findings(report, sys.stdout)
    elif output_format == "github":
        from factcheck.reporters.github import write_findings  # noqa: PLC0415

        write_findings(report, sys.stdout, show_unmatched=show_unmatched)
    elif output_format == "plain":
        from factcheck.reporters.plain import write_findings  # noqa: PLC0415

        write_findings(report, sys.stdout, show_unmatched=show_unmatched)
    else:
        from factcheck.reporters.text import write_findings  # noqa: PLC0415

        write_findings(report, sys.stdout, color=color, show_unmatched=show_unmatched)


@cli.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@_format_option
@_color_option
@click.option("--syntax", type=click.Choice(SYNTAX_CHOICES), default="auto", show_default=True,
              help="How to read the input: auto goes by the file's extension (.md, .html), "
                   "and reads standard input as plain text.")
def extract(paths, output_format, color, syntax) -> int:
    """Only find the figures in each PATH: no registry needed."""
    from factcheck.drafts import read_draft_figures  # noqa: PLC0415
    from factcheck.markup import syntax_for  # noqa: PLC0415

    from factcheck.config import DEFAULT_INCLUDE  # noqa: PLC0415

    documents, skipped, _ = _select_documents(paths, {"include": DEFAULT_INCLUDE, "exclude": ()}, ".", None)
    results = [
        (document, read_draft_figures(document.text, syntax=syntax_for(document.path) if syntax == "auto" else syntax))
        for document in documents
    ]
    for _, reason in skipped:
        click.echo(f"factcheck: {reason}; not read", err=True)
    for document in documents:
        for warning in document.warnings:
            click.echo(f"factcheck: warning: {warning}", err=True)
    if output_format == "json":
        from factcheck.reporters.json import write_figures  # noqa: PLC0415

        write_figures(results, sys.stdout)
    else:
        from factcheck.reporters.text import write_figures  # noqa: PLC0415

        write_figures(results, sys.stdout, color=color)
    return ExitStatus.ERROR if skipped else ExitStatus.OK


@cli.command()
@click.argument("claim_ids", nargs=-1, metavar="[CLAIM-ID]...")
@_registry_option
@click.option("--disputed", is_flag=True, help="Only claims whose sources disagree with each other.")
@click.option("--search", metavar="TEXT", help="Only claims whose about or aliases hold these words, more or less.")
@_tolerance_option
@_format_option
@_color_option
def sources(claim_ids, registries, disputed, search, tolerance, output_format, color) -> int:
    """Show the registry claim by claim: every source's figure, and whether they agree.

    For each claim: each source's figure, the interval it stands for, its date and note;
    the pairs of sources that conflict; the spread from lowest to highest; the most recent.
    """
    from factcheck.sources import search_claims, survey  # noqa: PLC0415

    registry = _read_registry(registries)
    claims = registry.claims
    if claim_ids:
        by_id = {claim.id: claim for claim in claims}
        unknown = [claim_id for claim_id in claim_ids if claim_id not in by_id]
        if unknown:
            raise UsageProblem(f"no claim {', '.join(map(repr, unknown))} in the registry")
        claims = [by_id[claim_id] for claim_id in dict.fromkeys(claim_ids)]
    scores = None
    if search is not None:
        found = search_claims(claims, search)
        scores = {claim.id: score for claim, score in found}
        claims = [claim for claim, _ in found]
    surveys = [survey(claim, tolerance) for claim in claims]
    if disputed:
        surveys = [report for report in surveys if report.disputed]
    if output_format == "json":
        from factcheck.reporters.json import write_sources  # noqa: PLC0415

        write_sources(surveys, registry.files, sys.stdout, scores=scores)
    else:
        from factcheck.reporters.text import write_sources  # noqa: PLC0415

        write_sources(surveys, registry.files, sys.stdout, color=color)
    return ExitStatus.OK


@cli.command()
@click.argument("paths", nargs=-1, metavar="A B [PATH]...")
@click.option("--threshold", type=click.FloatRange(0, 100), default=None,
              help="Lowest match score (0-100) for two figures to be paired.  [default: 25]")
@_tolerance_option
@_format_option
@_color_option
def compare(paths, threshold, tolerance, output_format, color) -> int:
    """Pair the figures of two or more documents with each other, no registry needed.

    Figures of the same kind are paired by the words around them; each pair agrees or
    conflicts by the same interval rules as check. Every two documents are compared.
    Exit 1 when a pair conflicts.
    """
    from factcheck.compare import COMPARE_THRESHOLD, compare_documents  # noqa: PLC0415

    if len(paths) < 2:
        raise UsageProblem("compare needs at least two documents")
    comparisons = compare_documents(_read_documents(paths), tolerance=tolerance,
                                    threshold=COMPARE_THRESHOLD if threshold is None else threshold)
    if output_format == "json":
        from factcheck.reporters.json import write_comparisons  # noqa: PLC0415

        write_comparisons(comparisons, sys.stdout, tolerance=tolerance)
    else:
        from factcheck.reporters.text import write_comparisons  # noqa: PLC0415

        write_comparisons(comparisons, sys.stdout, tolerance=tolerance, color=color)
    conflicts = any(pair.verdict == "conflict" for comparison in comparisons for pair in comparison.pairs)
    return ExitStatus.FINDINGS if conflicts else ExitStatus.OK


@cli.command()
@click.argument("path", metavar="PATH")
@click.option("--source", "source_name", required=True, metavar="NAME", help="Who stated the document's figures.")
@click.option("--date", "stated", required=True, metavar="DATE", help="When: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--url", metavar="URL", help="Where the document can be read.")
@click.option("--registry", "registries", multiple=True, metavar="FILE|DIR",
              help="Registry whose claims a figure may match (repeat to merge several). "
                   "Without it, every figure becomes a new claim.")
def harvest(path, source_name, stated, url, registries) -> int:
    """Print registry entries (YAML) for each figure that the document at PATH states.

    Each figure becomes a claim with an about drafted from its context, the figure as
    written, the sentence as its quote, and the given source, date and url. With
    --registry, a figure that matches a claim becomes a new source under that claim's
    id instead. Nothing is written to any file: review the output, then paste it.
    """
    from factcheck.dates import date_span  # noqa: PLC0415
    from factcheck.harvest import SourceInfo, harvest as harvest_document  # noqa: PLC0415
    from factcheck.reporters.yaml import write_harvest  # noqa: PLC0415

    if date_span(stated) is None:
        raise UsageProblem(f"--date {stated!r} is not a real date written YYYY, YYYY-MM or YYYY-MM-DD")
    if not source_name.strip():
        raise UsageProblem("--source must name who stated the figures")
    registry = _read_registry(registries) if registries else None
    [document] = _read_documents((path,))
    info = SourceInfo(source_name.strip(), stated, url)
    drafted = harvest_document(document.text, document.path, info, registry.claims if registry else ())
    write_harvest(drafted, document.path, info, registry.files if registry else (), sys.stdout)
    return ExitStatus.OK


@cli.group()
def registry() -> None:
    """Keep the registry clean."""


@registry.command()
@click.argument("paths", nargs=-1, metavar="[FILE|DIR]...")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
@_format_option
@_color_option
def lint(paths, strict, output_format, color) -> int:
    """Report every problem of the registry files, with file and line.

    Errors are what check refuses; warnings are near-duplicate claims, sources without
    a date or url, figures of another kind than their claim's wording, dates after
    today, ids that are not tidy slugs. Without FILE, the registry check would use.
    Exit 1 on errors (with --strict, on warnings too), else 0.
    """
    from datetime import date  # noqa: PLC0415

    from factcheck.inputs import InputError, read_registry_texts  # noqa: PLC0415
    from factcheck.lint import lint_registry  # noqa: PLC0415

    try:
        texts = read_registry_texts(paths)
    except InputError as error:
        raise UsageProblem(str(error)) from None
    problems = lint_registry([(file.path, text) for file, text in texts], date.today())
    files = tuple(file for file, _ in texts)
    if output_format == "json":
        from factcheck.reporters.json import write_problems  # noqa: PLC0415

        write_problems(problems, files, sys.stdout)
    else:
        from factcheck.reporters.text import write_problems  # noqa: PLC0415

        write_problems(problems, files, sys.stdout, color=color)
    failing = [p for p in problems if p.severity == "error" or strict]
    return ExitStatus.FINDINGS if failing else ExitStatus.OK


def _read_registry(registries, max_registry_mb: int = DEFAULT_MAX_REGISTRY_MB, *, indexed: bool = False,
                   use_cache: bool = True):
    """Return the registry the options name (with its matching index when ``indexed``),
    or stop with every problem on stderr (exit 2)."""
    from factcheck.inputs import read_indexed_registry, read_registry  # noqa: PLC0415
    from factcheck.registry import RegistryError  # noqa: PLC0415

    try:
        if indexed:
            return read_indexed_registry(registries, max_bytes=max_registry_mb * 2**20, use_cache=use_cache)
        return read_registry(registries, max_bytes=max_registry_mb * 2**20)
    except RegistryError as error:
        for problem in error.problems:
            click.echo(f"factcheck: {problem}", err=True)
        raise UsageProblem(f"the registry has {len(error.problems)} problem(s); nothing was checked") from None


def _tagged(claims, tag_lists):
    """Return the claims carrying any of the tags given (all claims when none is), refusing unknown tags."""
    from factcheck.registry import tagged  # noqa: PLC0415

    tags = {tag.strip() for tags in tag_lists for tag in tags.split(",") if tag.strip()}
    if not tags:
        return claims
    known = {tag for claim in claims for tag in claim.tags}
    unknown = sorted(tags - known)
    if unknown:
        raise UsageProblem(f"no claim in the registry has the tag {', '.join(map(repr, unknown))} "
                           f"(tags used: {', '.join(sorted(known)) or 'none'})")
    return tagged(claims, tags)


def _read_documents(paths):
    from factcheck.inputs import InputError, read_documents  # noqa: PLC0415

    try:
        return read_documents(paths)
    except InputError as error:
        raise UsageProblem(str(error)) from None


# What a process stopped by Ctrl-C reports (128 + SIGINT).
INTERRUPTED = 130


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    args = sys.argv[1:] if argv is None else argv
    try:
        status = cli.main(args=args, prog_name="factcheck", standalone_mode=False)
        sys.stdout.flush()
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except (click.Abort, KeyboardInterrupt):
        return INTERRUPTED  # click has already ended the line the user was typing on
    except BrokenPipeError:
        # The reader went away (`factcheck check big.md | head -1`). Click stops quietly with
        # status 1 when that happens while a command writes; do the same for the final flush,
        # pointing stdout at /dev/null so the interpreter's own flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, no traceback
        # Imported only once something failed: importing inputs imports the whole core,
        # a third of the start-up time of `factcheck --version`.
        from factcheck.inputs import InputError  # noqa: PLC0415

        if isinstance(error, InputError):
            click.echo(f"Error: {error}", err=True)
            return ExitStatus.ERROR
        if "--debug" in args:
            raise
        click.echo(f"Error: internal error: {type(error).__name__}: {error} (run with --debug for details)", err=True)
        return ExitStatus.ERROR
    return int(status or 0)


if __name__ == "__main__":
    sys.exit(main())
