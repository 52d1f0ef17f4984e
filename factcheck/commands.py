"""The commands beside check and config: consistency, extract, sources, compare, harvest,
registry lint and lsp. Importing this module adds them to the command group."""

from __future__ import annotations

import io
import sys

import click

from factcheck.commandline import (
    ExitStatus, UsageProblem, check_status, cli, color_option, config_option, echo, expand_globs, fail_on_option,
    findings_format_option, format_option, format_options, isolated_option, jobs_option, output_option,
    paths_to_check, read_settings, registry_named, registry_option, report_and_selection_options, syntax_option,
    tolerance_option, warn_excluded, warn_incomplete, warn_unreadable_numbers, write_output,
)
from factcheck.defaults import COMPARE_THRESHOLD
from factcheck.kinds import Verdict


_CONSISTENCY_EXAMPLES = """\b
Examples:
  factcheck consistency draft.md
  factcheck consistency                  the config's paths, or this folder
  factcheck consistency --exclude 'archive/*' -j 2 drafts/
  factcheck consistency --format json -o inconsistencies.json drafts/
"""


@cli.command(epilog=_CONSISTENCY_EXAMPLES)
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@output_option
@config_option
@isolated_option
@findings_format_option
@fail_on_option("Exit 1 when a finding is at this level or above; every finding here is inconsistent.")
@report_and_selection_options
@click.option("--baseline", "baseline_path", metavar="FILE", help="Leave out the findings this baseline records.")
@click.option("--strict", is_flag=True,
              help="Exit 2 unless everything was checked: no file skipped or read with bytes replaced, "
                   "no region suppressed.")
@jobs_option
@click.pass_context
def consistency(ctx, paths, **options) -> int:
    """Report only the figures of each PATH that contradict each other; no registry is read.

    Shares, changes, totals and rates a sentence states, and one quantity stated twice
    with figures that disagree (see README: Inconsistent figures). Options not given come
    from the configuration file, as for check (its registries, tolerance and threshold
    play no part here).
    """
    from factcheck.documents import CheckSettings, check_consistency  # noqa: PLC0415
    from factcheck.reporters import writer  # noqa: PLC0415

    found, configured = read_settings(ctx)
    settings = {key: setting.value for key, setting in configured.items()}
    output_format, fail_on = settings["format"], settings["fail-on"]
    paths = expand_globs(paths_to_check(paths, settings))
    root = found.root if found else "."
    if not options["force_exclude"]:
        warn_excluded(paths, settings["exclude"], root)
    report = check_consistency(paths or None, CheckSettings(
        syntax=options["syntax"], baseline=options["baseline_path"], include=settings["include"],
        exclude=settings["exclude"], force_exclude=options["force_exclude"], root=root, jobs=options["jobs"],
        config=found.path if found else None,
    ))
    warn_incomplete(report)
    warn_unreadable_numbers([document for document, _ in report.results], options["syntax"])
    output = io.StringIO() if options["output_path"] else sys.stdout
    shown = format_options(output_format, fail_on, quiet=options["quiet"], statistics=options["statistics"])
    writer(output_format, "findings")(report, output, color=options["color"], show_unmatched=False, **shown)
    if options["output_path"]:
        write_output(options["output_path"], output.getvalue(), report, found, options["baseline_path"])
    return check_status(report, fail_on, strict=options["strict"])


@cli.command(epilog="\b\nExamples:\n  factcheck extract article.md\n  factcheck extract --format json < article.txt\n")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@format_option
@color_option
@syntax_option
def extract(paths, output_format, color, syntax) -> int:
    """Only find the figures in each PATH: no registry needed."""
    from factcheck.documents import select_documents, syntax_of  # noqa: PLC0415
    from factcheck.drafts import stream_draft_figures  # noqa: PLC0415
    from factcheck.reporters import writer  # noqa: PLC0415

    documents, skipped, _ = select_documents(paths)
    # Read as they are written, a stretch at a time: a large document's figures are never all held.
    results = ((document, stream_draft_figures(document.text, syntax=syntax_of(document, syntax))) for document in documents)
    for _, reason in skipped:
        echo(f"factcheck: {reason}; not read", err=True)
    for document in documents:
        for warning in document.warnings:
            echo(f"factcheck: warning: {warning}", err=True)
    warn_unreadable_numbers(documents, syntax)
    writer(output_format, "figures")(results, sys.stdout, color=color)
    return ExitStatus.ERROR if skipped else ExitStatus.OK


@cli.command(epilog="\b\nExamples:\n  factcheck sources\n  factcheck sources --disputed\n  factcheck sources dprk-munitions-to-russia\n  factcheck sources --search 'troops sent'\n")
@click.argument("claim_ids", nargs=-1, metavar="[CLAIM-ID]...")
@registry_option
@click.option("--disputed", is_flag=True, help="Only claims whose sources disagree with each other.")
@click.option("--search", metavar="TEXT", help="Only claims whose about or aliases hold these words, more or less.")
@tolerance_option
@format_option
@color_option
def sources(claim_ids, registries, disputed, search, tolerance, output_format, color) -> int:
    """Show the registry claim by claim: every source's figure, and whether they agree.

    For each claim: each source's figure, the interval it stands for, its date and note;
    the pairs of sources that conflict; the spread from lowest to highest; the most recent.
    """
    from factcheck.reporters import writer  # noqa: PLC0415
    from factcheck.sources import search_claims, survey  # noqa: PLC0415

    registry = registry_named(registries)
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
    writer(output_format, "sources")(surveys, registry.files, sys.stdout, color=color, scores=scores)
    return ExitStatus.OK


@cli.command(epilog="\b\nExamples:\n  factcheck compare ours.md theirs.md\n  factcheck compare --format json a.md b.md c.md\n")
@click.argument("paths", nargs=-1, metavar="A B [PATH]...")
@click.option("--threshold", type=click.FloatRange(0, 100), default=None,
              help=f"Lowest match score (0-100) for two figures to be paired.  [default: {COMPARE_THRESHOLD:g}]")
@tolerance_option
@format_option
@color_option
def compare(paths, threshold, tolerance, output_format, color) -> int:
    """Pair the figures of two or more documents with each other, no registry needed.

    Figures of the same kind are paired by the words around them; each pair agrees or
    conflicts by the same interval rules as check. Every two documents are compared.
    Exit 1 when a pair conflicts.
    """
    from factcheck.compare import compare_documents  # noqa: PLC0415
    from factcheck.inputs import read_documents  # noqa: PLC0415
    from factcheck.reporters import writer  # noqa: PLC0415

    if len(paths) < 2:
        raise UsageProblem("compare needs at least two documents")
    comparisons = compare_documents(read_documents(paths), tolerance=tolerance,
                                    threshold=COMPARE_THRESHOLD if threshold is None else threshold)
    writer(output_format, "comparisons")(comparisons, sys.stdout, tolerance=tolerance, color=color)
    conflicts = any(pair.verdict == Verdict.CONFLICT for comparison in comparisons for pair in comparison.pairs)
    return ExitStatus.FINDINGS if conflicts else ExitStatus.OK


@cli.command(epilog="\b\nExamples:\n  factcheck harvest report.txt --source 'Audit Office' --date 2024-09\n  factcheck harvest report.md --source DIA --date 2025-06 --registry claims.yaml\n")
@click.argument("path", metavar="PATH")
@click.option("--source", "source_name", required=True, metavar="NAME", help="Who stated the document's figures.")
@click.option("--date", "stated", required=True, metavar="DATE", help="When: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--url", metavar="URL", help="Where the document can be read.")
@click.option("--registry", "registries", multiple=True, metavar="FILE|DIR",
              help="Registry whose claims a figure may match (repeat to merge several). "
                   "Without it, every figure becomes a new claim.")
def harvest(path, source_name, stated, url, registries) -> int:
    """Print registry entries (YAML) for each quantity that the document at PATH states.

    Each becomes a claim with an id and an about drafted from what its figure counts
    (lse-bid-value; "munitions sent by North Korea"), the figure as written, its sentence
    as the quote, and the given source, date and url; a quantity stated twice is one
    entry. With --registry, a figure that matches a claim becomes a new source under that
    claim's id instead. Nothing is written to any file: review the output, then paste it.
    """
    from factcheck.dates import date_span  # noqa: PLC0415
    from factcheck.harvest import SourceInfo, harvest as harvest_document  # noqa: PLC0415
    from factcheck.inputs import read_documents  # noqa: PLC0415
    from factcheck.reporters.yaml import write_harvest  # noqa: PLC0415

    if date_span(stated) is None:
        raise UsageProblem(f"--date {stated!r} is not a real date written YYYY, YYYY-MM or YYYY-MM-DD")
    if not source_name.strip():
        raise UsageProblem("--source must name who stated the figures")
    registry = registry_named(registries) if registries else None
    [document] = read_documents((path,))
    info = SourceInfo(source_name.strip(), stated, url)
    drafted = harvest_document(document.text, document.path, info, registry.claims if registry else ())
    write_harvest(drafted, document.path, info, registry.files if registry else (), sys.stdout)
    return ExitStatus.OK


@cli.group()
def registry() -> None:
    """Keep the registry clean."""


@registry.command(epilog="\b\nExamples:\n  factcheck registry lint\n  factcheck registry lint --strict claims/\n  factcheck registry lint --format json claims.yaml\n")
@click.argument("paths", nargs=-1, metavar="[FILE|DIR]...")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
@format_option
@color_option
def lint(paths, strict, output_format, color) -> int:
    """Report every problem of the registry files, with file and line.

    Errors are what check refuses; warnings are near-duplicate claims, sources without
    a date or url, figures of another kind than their claim's wording, dates after
    today, ids that are not tidy slugs. Without FILE, the registry check would use.
    Exit 1 on errors (with --strict, on warnings too), else 0.
    """
    from datetime import date  # noqa: PLC0415

    from factcheck.inputs import read_registry_texts  # noqa: PLC0415
    from factcheck.lint import lint_registry  # noqa: PLC0415
    from factcheck.reporters import writer  # noqa: PLC0415

    texts = read_registry_texts(paths)
    problems = lint_registry([(file.path, text) for file, text in texts], date.today())
    files = tuple(file for file, _ in texts)
    writer(output_format, "problems")(problems, files, sys.stdout, color=color)
    failing = [p for p in problems if p.severity == "error" or strict]
    return ExitStatus.FINDINGS if failing else ExitStatus.OK


@cli.command()
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the only transport; for clients that pass it).")
def lsp(stdio) -> int:
    """Serve the Language Server Protocol over stdio for editors (needs: pip install 'factcheck[lsp]')."""
    try:
        from factcheck.lsp import server  # noqa: F401, PLC0415  (pygls is optional)
    except ImportError as error:
        raise UsageProblem(f"factcheck lsp needs pygls: pip install 'factcheck[lsp]' ({error})") from None
    from factcheck.lsp import serve  # noqa: PLC0415

    serve()
    return ExitStatus.OK
