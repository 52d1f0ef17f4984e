"""The command line's shared parts: its exit statuses, the options several commands take,
the command group, and the registry the options name."""

from __future__ import annotations

from enum import IntEnum

import click

from factcheck import __version__
from factcheck.defaults import DEFAULT_MAX_REGISTRY_MB, DEFAULTS


class ExitStatus(IntEnum):
    """factcheck's exit codes (SPEC §4)."""

    OK = 0  # checked; nothing at or above the failing level
    FINDINGS = 1  # checked; at least one finding at or above the failing level
    ERROR = 2  # could not check: bad usage, unreadable input, invalid registry
    # The reader of the output went away (`factcheck check big.md | head -1`): 1, as click stops then.
    OUTPUT_CLOSED = 1
    INTERRUPTED = 130  # stopped by Ctrl-C (128 + SIGINT)


# "auto" and factcheck.markup.SYNTAXES, not imported from there: markup is slow to import for --help.
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


def echo(message: str, *, err: bool = False) -> None:
    """click.echo, the line made safe first: file names, configs and registries are untrusted (one_line)."""
    from factcheck.reporters.messages import one_line  # noqa: PLC0415

    click.echo(one_line(message), err=err)


# Options that several commands take (a click.option decorator may be applied again and again).
format_option = click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default=DEFAULTS["format"], show_default=True,
    help="text for people, json for scripts (SPEC §3).",
)
color_option = click.option(
    "--color/--no-color", default=None,
    help="Force colour on or off (default: colour only on a terminal, and never with NO_COLOR set).",
)
registry_option = click.option(
    "--registry", "registries", multiple=True, metavar="FILE|DIR",
    help="Registry file, or directory of YAML files read in name order; repeat to merge several. "
         "Default: ./claims.yaml if present, else the bundled registry.",
)
max_registry_option = click.option(
    "--max-registry-mb", type=click.IntRange(1), default=DEFAULT_MAX_REGISTRY_MB, show_default=True,
    help="Refuse a registry file larger than this, before reading it.",
)
tolerance_option = click.option(
    "--tolerance", type=click.FloatRange(0, 1), default=DEFAULTS["tolerance"], show_default=True,
    help="How far a hedged figure ('about', 'around') may stray, as a share of its value.",
)
syntax_option = click.option(
    "--syntax", type=click.Choice(SYNTAX_CHOICES), default="auto", show_default=True,
    help="How to read the input: auto goes by the file's extension (.md, .html), "
         "and reads standard input as plain text.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="factcheck")
# main() reads --debug from the arguments themselves: it acts once a command has failed.
@click.option("--debug", is_flag=True, expose_value=False, help="Show a traceback when something goes wrong.")
def cli() -> None:
    """Check the figures quoted in a text against a registry of sourced claims.

    Reads files, or standard input when no PATH (or -) is given.
    """


def check_status(report, fail_on: str, *, strict: bool) -> ExitStatus:
    """Return the exit status of a check: ERROR when it was incomplete, FINDINGS at the failing level."""
    if report.skipped or (strict and not report.complete):
        return ExitStatus.ERROR
    return ExitStatus.FINDINGS if report.fails(fail_on) else ExitStatus.OK


def warn_incomplete(report) -> None:
    """Say on stderr, one line each, which files could not be read or were read with bytes replaced."""
    for _, reason in report.skipped:
        echo(f"factcheck: {reason}; not checked", err=True)
    for warning in report.warnings:
        echo(f"factcheck: warning: {warning}", err=True)


def registry_named(registries, max_registry_mb: int = DEFAULT_MAX_REGISTRY_MB, *, indexed: bool = False,
                   use_cache: bool = True):
    """Return the registry the options name, with its matching index when ``indexed``."""
    from factcheck.inputs import read_indexed_registry, read_registry  # noqa: PLC0415

    if indexed:
        return read_indexed_registry(registries, max_bytes=max_registry_mb * 2**20, use_cache=use_cache)
    return read_registry(registries, max_bytes=max_registry_mb * 2**20)
