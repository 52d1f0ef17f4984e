"""The command line: read inputs, run the core, pick a reporter, map the exit status."""

from __future__ import annotations

import sys
from enum import IntEnum

import click

from factcheck import __version__


class ExitStatus(IntEnum):
    """factcheck's exit codes (SPEC §4)."""

    OK = 0  # checked; nothing at or above the failing level
    FINDINGS = 1  # checked; at least one finding at or above the failing level
    ERROR = 2  # could not check: bad usage, unreadable input, invalid registry


FAIL_ON_CHOICES = ("conflict", "mixed", "unmatched", "never")


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factcheck")
def cli() -> None:
    """Check the figures quoted in a text against a registry of sourced claims.

    Reads files, or standard input when no PATH (or -) is given.
    """


@cli.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option("--registry", "registries", multiple=True, metavar="FILE",
              help="Registry to check against; repeat to merge several. "
                   "Default: ./claims.yaml if present, else the bundled registry.")
@_format_option
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default="conflict", show_default=True,
              help="Exit 1 when a finding is at this level or above (unmatched < mixed < conflict).")
@click.option("--tolerance", type=click.FloatRange(0, 1), default=0.10, show_default=True,
              help="How far a hedged figure ('about', 'around') may stray, as a share of its value.")
@click.option("--threshold", type=click.FloatRange(0, 100), default=None,
              help="Lowest match score (0-100) for a figure to be matched to a claim.  [default: 60]")
@click.option("--show-unmatched/--hide-unmatched", default=True, show_default=True,
              help="Whether the text report lists figures no claim covers.")
@_color_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Check up to N files at once, in N processes; the output is the same.  [default: number of CPUs]")
@click.option("--cache/--no-cache", "use_cache", default=True, show_default=True,
              help="Keep the parsed registry in the user's cache directory (FACTCHECK_NO_CACHE=1 also turns it off).")
def check(paths, registries, output_format, fail_on, tolerance, threshold, show_unmatched, color, jobs, use_cache) -> int:
    """Find the figures in each PATH and compare them with the registry's sources."""
    from factcheck.check import Report, check_documents  # noqa: PLC0415  (lazy: keeps --help fast)
    from factcheck.inputs import read_indexed_registry  # noqa: PLC0415
    from factcheck.matching import DEFAULT_THRESHOLD, Matcher  # noqa: PLC0415
    from factcheck.registry import RegistryError  # noqa: PLC0415
    from factcheck.verdicts import SEVERITY  # noqa: PLC0415

    try:
        registry, index = read_indexed_registry(registries, use_cache=use_cache)
    except RegistryError as error:
        for problem in error.problems:
            click.echo(f"factcheck: {problem}", err=True)
        raise UsageProblem(f"the registry has {len(error.problems)} problem(s); nothing was checked") from None
    documents = _read_documents(paths)
    matcher = Matcher.from_index(index, DEFAULT_THRESHOLD if threshold is None else threshold)
    report = Report(registry.paths)
    report.results.extend(check_documents(documents, matcher, tolerance=tolerance, jobs=jobs))

    if output_format == "json":
        from factcheck.reporters.json import write_findings  # noqa: PLC0415

        write_findings(report, sys.stdout)
    else:
        from factcheck.reporters.text import write_findings  # noqa: PLC0415

        write_findings(report, sys.stdout, color=color, show_unmatched=show_unmatched)
    worst = report.worst()
    if fail_on != "never" and worst is not None and SEVERITY[worst] >= SEVERITY[fail_on]:
        return ExitStatus.FINDINGS
    return ExitStatus.OK


@cli.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@_format_option
@_color_option
def extract(paths, output_format, color) -> int:
    """Only find the figures in each PATH: no registry needed."""
    from factcheck.check import read_figures  # noqa: PLC0415

    results = [(document, read_figures(document.text)) for document in _read_documents(paths)]
    if output_format == "json":
        from factcheck.reporters.json import write_figures  # noqa: PLC0415

        write_figures(results, sys.stdout)
    else:
        from factcheck.reporters.text import write_figures  # noqa: PLC0415

        write_figures(results, sys.stdout, color=color)
    return ExitStatus.OK


def _read_documents(paths):
    from factcheck.inputs import InputError, read_documents  # noqa: PLC0415

    try:
        return read_documents(paths)
    except InputError as error:
        raise UsageProblem(str(error)) from None


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    try:
        status = cli.main(args=argv, prog_name="factcheck", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except Exception as error:
        # Imported only once something failed: importing inputs imports the whole core,
        # a third of the start-up time of `factcheck --version`.
        from factcheck.inputs import InputError  # noqa: PLC0415

        if not isinstance(error, InputError):
            raise
        click.echo(f"Error: {error}", err=True)
        return ExitStatus.ERROR
    except click.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except KeyboardInterrupt:
        return 130
    return int(status or 0)


if __name__ == "__main__":
    sys.exit(main())
