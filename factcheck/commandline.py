"""The command line's shared parts: its exit statuses, the options several commands take,
the command group, the configuration the options are read with, and the registry they name."""

from __future__ import annotations

from enum import IntEnum

import os
import sys

import click

from factcheck import __version__
from factcheck.defaults import DEFAULT_INCLUDE, DEFAULT_MAX_REGISTRY_MB, DEFAULTS, FAIL_ON_CHOICES, FORMATS, SYNTAX_CHOICES


class ExitStatus(IntEnum):
    """factcheck's exit codes (docs/spec.md §4)."""

    OK = 0  # checked; nothing at or above the failing level
    FINDINGS = 1  # checked; at least one finding at or above the failing level
    ERROR = 2  # could not check: bad usage, unreadable input, invalid registry
    # The reader of the output went away (`factcheck check big.md | head -1`): 1, as click stops then.
    OUTPUT_CLOSED = 1
    INTERRUPTED = 130  # stopped by Ctrl-C (128 + SIGINT)


# The options a configuration file may set: its key, and the option's parameter name.
CONFIGURABLE = {
    "registries": "registries",
    "fail-on": "fail_on",
    "tolerance": "tolerance",
    "threshold": "threshold",
    "include": "include",
    "exclude": "exclude",
    "format": "output_format",
    "show-unmatched": "show_unmatched",
    "show-all": "show_all",
    "statistics": "statistics",
    "syntax": "syntax",
    "consistency": "consistency",
    "tags": "tag_lists",
    "baseline": "baseline_path",
    "force-exclude": "force_exclude",
    "report-unused-suppressions": "report_unused_suppressions",
    "strict": "strict",
    "jobs": "jobs",
    "cache": "use_cache",
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
    help="text for people, json for scripts (docs/spec.md §3).",
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
findings_format_option = click.option(
    "--format", "output_format", type=click.Choice(FORMATS), default=DEFAULTS["format"], show_default=True,
    help="text for people; json for scripts (docs/spec.md §3); sarif for code scanning; "
         "github for annotations in GitHub Actions; plain for one line per finding; "
         "html for one page to read in a browser.",
)


def fail_on_option(help_text: str):
    """Return the --fail-on option, with what failing means to the command."""
    return click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default=DEFAULTS["fail-on"],
                        show_default=True, help=help_text)


output_option = click.option(
    "--output", "-o", "output_path", metavar="FILE",
    help="Write the report to FILE (whole, or not at all) instead of standard output.",
)
config_option = click.option(
    "--config", "config_path", metavar="FILE",
    help="Read this configuration file (.factcheck.yaml or pyproject.toml) instead of searching for one.",
)
isolated_option = click.option(
    "--isolated", is_flag=True, help="Read no configuration file: only the command line and the defaults.",
)
include_option = click.option(
    "--include", multiple=True, metavar="GLOB",
    help=f"Check the files in folders that match this glob; repeat for several. [default: {' '.join(DEFAULT_INCLUDE)}]",
)
exclude_option = click.option(
    "--exclude", multiple=True, metavar="GLOB",
    help="Leave out files and folders of a folder that match this glob; repeat for several. "
         "A file named on the command line is checked anyway, with a warning, unless --force-exclude.",
)
force_exclude_option = click.option(
    "--force-exclude", is_flag=True,
    help="Leave out a file that --exclude matches even when it is named (as the pre-commit hook does).",
)
jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
    help="Check up to N files at once, in N processes; the output is the same.  [default: number of CPUs]",
)
quiet_option = click.option(
    "--quiet", "-q", is_flag=True, help="text: show only the summary line (the exit status says the rest).",
)
statistics_option = click.option(
    "--statistics", is_flag=True, help="text: add how many figures of each verdict every file has.",
)
syntax_option = click.option(
    "--syntax", type=click.Choice(SYNTAX_CHOICES), default="auto", show_default=True,
    help="How to read the input: auto goes by the file's extension (.md, .html), "
         "and reads standard input as plain text.",
)



def report_and_selection_options(command):
    """Add the options `check` and `consistency` share for how the text report reads and which
    files are read, in this order: --quiet, --statistics, --color, --include, --exclude,
    --force-exclude, --syntax."""
    for option in reversed((quiet_option, statistics_option, color_option, include_option, exclude_option,
                            force_exclude_option, syntax_option)):
        command = option(command)
    return command


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


def warn_unreadable_numbers(documents, syntax: str) -> None:
    """Say on stderr, one line each, which numbers the documents hold that were left out
    unread ("7,7%", a zero-width space inside "12 000"), naming file, line and column."""
    from factcheck.documents import syntax_of  # noqa: PLC0415
    from factcheck.drafts import draft_unreadable_numbers  # noqa: PLC0415
    from factcheck.positions import LineIndex  # noqa: PLC0415

    for document in documents:
        lines = LineIndex(document.text)
        for number in draft_unreadable_numbers(document.text, syntax=syntax_of(document, syntax)):
            line, column = lines.locate(number.start)
            echo(f'factcheck: warning: {document.path}:{line}:{column}: {number.reason} left out: '
                 f'"{shown_excerpt(number.text)}"', err=True)


def shown_excerpt(text: str, limit: int = 40) -> str:
    r"""Return text to quote in a message: at most ``limit`` characters, and every invisible
    character (a format character: zero-width space, soft hyphen, bidirectional control)
    shown as an escape, so that the quote shows what the reader of the file does not see.

    >>> shown_excerpt("12\u200b000")
    '12\\u200b000'
    """
    import unicodedata  # noqa: PLC0415

    cut = text if len(text) <= limit else text[:limit - 1] + "…"
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) == "Cf" else c for c in cut)


def registry_named(registries, max_registry_mb: int = DEFAULT_MAX_REGISTRY_MB, *, indexed: bool = False,
                   use_cache: bool = True):
    """Return the registry the options name, with its matching index when ``indexed``."""
    from factcheck.inputs import read_indexed_registry, read_registry  # noqa: PLC0415

    if indexed:
        return read_indexed_registry(registries, max_bytes=max_registry_mb * 2**20, use_cache=use_cache)
    return read_registry(registries, max_bytes=max_registry_mb * 2**20)


# --- reading the configuration and the paths, writing the report: as check does -----------

def read_settings(ctx: click.Context):
    """Return the configuration file found (or None) and every effective Setting.

    A value comes from the command line, else the configuration file, else the default.
    The file is the one --config names, none with --isolated, else the nearest found.
    """
    from pathlib import Path  # noqa: PLC0415  (lazy: --version and --help need no pathlib)

    from factcheck.config import effective  # noqa: PLC0415
    from factcheck.inputs import find_config, read_config  # noqa: PLC0415

    if ctx.params.get("isolated"):
        found = None
    elif ctx.params.get("config_path"):
        found = read_config(ctx.params["config_path"])
    else:
        found = find_config(Path.cwd())
    given = {
        key: ctx.params[name]
        for key, name in CONFIGURABLE.items()
        if ctx.params.get(name) is not None
        and ctx.get_parameter_source(name) not in (None, click.core.ParameterSource.DEFAULT)
    }
    return found, effective(found, given)


def paths_to_check(paths: tuple[str, ...], settings: dict, changed_since: str | None = None) -> tuple[str, ...]:
    """Return the paths to check: those given; with none and a person at the keyboard (standard input a
    terminal), the configuration's paths or the current folder, rather than waiting for text never typed."""
    if paths or changed_since is not None or not sys.stdin.isatty():
        return paths
    chosen = settings["paths"] or (".",)
    echo(f"factcheck: no path given; checking {' '.join(chosen)} (give - to read standard input)", err=True)
    return chosen


def expand_globs(paths: tuple[str, ...]) -> tuple[str, ...]:
    """Return the paths with each glob the shell left as written (quoted) replaced by the files it
    matches. One that matches nothing stays, to be reported as not found (exit 2)."""
    import glob  # noqa: PLC0415

    expanded = []
    for path in paths:
        if os.path.lexists(path) or not glob.has_magic(path):
            expanded.append(path)
            continue
        matches = sorted(glob.glob(path, recursive=True))
        expanded.extend(matches or [path])
    return tuple(expanded)


def warn_excluded(paths: tuple[str, ...], exclude: tuple[str, ...], root: str) -> None:
    """Say which files named on the command line an exclude glob matches: they are checked anyway."""
    from factcheck.inputs import is_excluded  # noqa: PLC0415

    for path in paths:
        if os.path.isfile(path) and is_excluded(path, exclude, root):
            echo(f"factcheck: warning: {path}: matches --exclude {' '.join(exclude)}, but is named, so it is "
                  "checked (--force-exclude leaves it out)", err=True)


def write_output(path: str, text: str, report, found, baseline_path: str | None) -> None:
    """Write the report to ``path`` atomically; never over a file the check read."""
    from factcheck.writing import WriteError, write_atomically  # noqa: PLC0415

    read = [*(file.path for file in report.registry_files), *(document.path for document, _ in report.results),
            *((found.path,) if found else ()), *(p for p in (baseline_path,) if p)]
    try:
        write_atomically(path, text, inputs=read)
    except WriteError as error:
        raise UsageProblem(str(error)) from None


def format_options(output_format: str, fail_on: str, *, verbose: bool = False, quiet: bool = False,
                   statistics: bool = False, show_all: bool = False) -> dict:
    """Return the options only some formats take: how much text shows, what plain lists."""
    if output_format == "text":
        if verbose and quiet:
            raise UsageProblem("--verbose and --quiet cannot be given together")
        detail = "verbose" if verbose else "quiet" if quiet else "normal"
        return {"detail": detail, "statistics": statistics}
    if output_format == "plain":
        return {"fail_on": fail_on, "show_all": show_all}
    return {}
