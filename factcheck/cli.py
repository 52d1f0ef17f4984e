"""The command line: read inputs, run the core, pick a reporter, map the exit status."""

from __future__ import annotations

import io
import os
import sys

import click

from factcheck.commandline import (
    CONFIGURABLE, ExitStatus, check_status, cli, config_option, echo, expand_globs, fail_on_option,
    findings_format_option, format_options, isolated_option, jobs_option, max_registry_option, output_option,
    paths_to_check, read_settings, registry_named, registry_option, report_and_selection_options, tolerance_option,
    warn_excluded, warn_incomplete, warn_unreadable_numbers, write_output,
)
from factcheck.defaults import DEFAULTS


_CHECK_EXAMPLES = """\b
Examples:
  factcheck check draft.md              check one draft
  factcheck check                       check the config's paths, or this folder
  cat draft.txt | factcheck check -     check standard input
  factcheck check -q drafts/            only the summary and the exit status
  factcheck check --format plain --show-all drafts/ -o report.txt
  factcheck check --isolated --registry claims.yaml draft.md
"""


@cli.command(epilog=_CHECK_EXAMPLES)
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@registry_option
@output_option
@config_option
@isolated_option
@findings_format_option
@fail_on_option("Exit 1 when a finding is at this level or above (unmatched < mixed < inconsistent < conflict).")
@tolerance_option
@click.option("--threshold", type=click.FloatRange(0, 100), default=None,
              help=f"Lowest match score (0-100) for a figure to be matched to a claim.  "
                   f"[default: {DEFAULTS['threshold']:g}]")
@click.option("--show-unmatched/--hide-unmatched", default=None,
              help="Whether text, plain and github output list figures no claim covers "
                   "(default: only with --fail-on unmatched; json and sarif always do).")
@click.option("--show-all", is_flag=True, default=None,
              help="plain: list every finding, not only those at or above the --fail-on level.")
@click.option("--verbose", "-v", is_flag=True, help="text: show agreeing figures in full too, not one line each.")
@report_and_selection_options
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
@max_registry_option
@click.option("--strict", is_flag=True,
              help="Exit 2 unless everything was checked: no file skipped or read with bytes replaced, "
                   "no region suppressed, no claim left out by --tags.")
@jobs_option
@click.option("--cache/--no-cache", "use_cache", default=True, show_default=True,
              help="Keep the parsed registry in the user's cache directory (FACTCHECK_NO_CACHE=1 also turns it off).")
@click.option("--consistency/--no-consistency", default=True, show_default=True,
              help="Also report figures of a text that contradict each other (verdict inconsistent).")
@click.pass_context
def check(ctx, paths, **options) -> int:
    """Find the figures in each PATH and compare them with the registry's sources.

    A PATH may be a file, a folder (searched for drafts) or - for standard input.
    Options not given come from .factcheck.yaml or [tool.factcheck] in pyproject.toml,
    found in this folder or above it: see `factcheck config`.
    """
    from factcheck.documents import CheckSettings, check_documents, judge_with  # noqa: PLC0415  (lazy: keeps --help fast)
    from factcheck.reporters import EXPLAINED, STREAMING, writer  # noqa: PLC0415

    found, configured = read_settings(ctx)
    settings = {key: setting.value for key, setting in configured.items()}
    # The options a configuration may set are read from the settings, where the command line wins.
    options.update({name: settings[key] for key, name in CONFIGURABLE.items() if name in options})
    output_format = settings["format"]
    paths = expand_globs(paths_to_check(paths, settings, options["changed_since"]))
    if not options["force_exclude"]:
        warn_excluded(paths, settings["exclude"], found.root if found else ".")
    registry, index = registry_named(settings["registries"], options["max_registry_mb"], indexed=True,
                                     use_cache=options["use_cache"])
    tags = [tag for tags in options["tag_lists"] for tag in tags.split(",")]
    judge = judge_with(registry, index, threshold=settings["threshold"], tags=tags)
    from factcheck.reporters.progress import ProgressBar, wanted  # noqa: PLC0415

    bar = ProgressBar() if wanted() else None  # for a person at a terminal only
    try:
        report = check_documents(paths or None, judge, CheckSettings(
            tolerance=settings["tolerance"], syntax=options["syntax"], include=settings["include"],
            exclude=settings["exclude"], root=found.root if found else ".", changed_since=options["changed_since"],
            explain=options["explain"] or output_format in EXPLAINED, jobs=options["jobs"], stream=output_format in STREAMING,
            output_format=output_format,
            report_unused_suppressions=options["report_unused_suppressions"], baseline=options["baseline_path"],
            write_baseline=options["write_baseline_path"], config=found.path if found else None, progress=bar,
            force_exclude=options["force_exclude"], consistency=options["consistency"],
        ))
    finally:
        if bar is not None:
            bar.close()
    if report.recorded is not None:
        echo(f"factcheck: recorded {report.recorded} finding(s) in {options['write_baseline_path']}", err=True)
    show_unmatched = options["show_unmatched"]
    if show_unmatched is None:
        show_unmatched = settings["fail-on"] == "unmatched"
    warn_incomplete(report)
    _warn_silent(report, paths, settings["include"])
    warn_unreadable_numbers([document for document, _ in report.results], options["syntax"])
    output = io.StringIO() if options["output_path"] else sys.stdout
    shown = format_options(output_format, settings["fail-on"], verbose=options["verbose"], quiet=options["quiet"],
                           statistics=options["statistics"], show_all=bool(options["show_all"]))
    writer(output_format, "findings")(report, output, color=options["color"], show_unmatched=show_unmatched, **shown)
    if options["output_path"]:
        write_output(options["output_path"], output.getvalue(), report, found, options["baseline_path"])
    return check_status(report, settings["fail-on"], strict=options["strict"])


def _warn_silent(report, paths: tuple[str, ...], include: tuple[str, ...]) -> None:
    """Say what would otherwise pass without a word: a folder with no draft in it, a comment
    meant as a suppression that is not one."""
    from factcheck.positions import LineIndex  # noqa: PLC0415
    from factcheck.suppressions import misspelt_suppressions  # noqa: PLC0415

    folders = {path: os.path.join(os.path.realpath(path), "") for path in paths if os.path.isdir(path)}
    # The folders no checked file is in yet: files are read until none is left (speed: most
    # often the first file checked is in the only folder, and the others' real paths are not read).
    empty = set(folders.values())
    for document, _ in report.results:
        if not empty:
            break
        checked_path = os.path.realpath(document.path)
        empty.difference_update([folder for folder in empty if checked_path.startswith(folder)])
    for path in paths:
        if path in folders and folders[path] in empty:
            echo(f"factcheck: warning: {path}: no file in this folder matches --include "
                  f"{' '.join(include)}; nothing checked there", err=True)
    for document, _ in report.results:
        for offset, comment in misspelt_suppressions(document.text):
            line, column = LineIndex(document.text).locate(offset)
            echo(f"factcheck: warning: {document.path}:{line}:{column}: {comment} is not a suppression comment, "
                  "so it silences nothing (write <!-- factcheck: ignore -->, off or on)", err=True)


@cli.command("config", epilog="\b\nExamples:\n  factcheck config\n  factcheck config --fail-on mixed\n  factcheck config --config ci.yaml\n")
@click.pass_context
def config_command(ctx, **_options) -> int:
    """Print the effective configuration and where each value comes from.

    Takes the options of `factcheck check` that a configuration file can set, so the
    effect of a command line can be seen too.
    """
    found, settings = read_settings(ctx)
    echo(f"configuration file: {found.path if found else '(none found)'}")
    shown = {key: _shown_setting(key, setting.value) for key, setting in settings.items()}
    width = max(len(value) for value in shown.values())
    key_width = max(len(key) for key in settings)
    for key, setting in settings.items():
        echo(f"{key:<{key_width}} {shown[key]:<{width}}  {setting.source}")
    return ExitStatus.OK


# The configurable options of `check`, shared with `config` so both read a command line alike.
config_command.params.extend(p for p in check.params
                              if p.name in CONFIGURABLE.values() or p.name in ("config_path", "isolated"))


def _shown_setting(key: str, value) -> str:
    if key == "registries" and not value:
        return "(./claims.yaml if present, else the bundled registry)"
    if key == "paths" and not value:
        return "(the current folder, when no path is given at a terminal)"
    if key == "show-unmatched" and value is None:
        return "(only with fail-on unmatched)"
    if key == "jobs" and value is None:
        return "(one per CPU)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "(none)"
    if isinstance(value, tuple):
        return " ".join(value) if value else "(none)"
    return f"{value:g}" if isinstance(value, float) else str(value)


# The other commands join the group when their module is read.
from factcheck import commands  # noqa: E402,F401


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    args = sys.argv[1:] if argv is None else argv
    try:
        status = cli.main(args=args, prog_name="factcheck", standalone_mode=False)
        sys.stdout.flush()
    except click.ClickException as error:
        from factcheck.reporters.messages import one_line  # noqa: PLC0415

        error.message = one_line(error.message)
        error.show()
        return error.exit_code
    except (click.Abort, KeyboardInterrupt):
        return ExitStatus.INTERRUPTED  # click has already ended the line the user was typing on
    except BrokenPipeError:
        # The reader went away (`factcheck check big.md | head -1`). Click stops quietly with
        # status 1 when that happens while a command writes; do the same for the final flush,
        # pointing stdout at /dev/null so the interpreter's own flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitStatus.OUTPUT_CLOSED
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, no traceback
        said = _what_the_user_must_fix(error)
        if said is not None:
            for line in said:
                echo(line, err=True)
            return ExitStatus.ERROR
        if "--debug" in args:
            raise
        echo(f"Error: internal error: {type(error).__name__}: {error} (run with --debug for details)", err=True)
        return ExitStatus.ERROR
    return int(status or 0)


def _what_the_user_must_fix(error: Exception) -> list[str] | None:
    """Return the lines saying what is wrong with the input, the registry or the options, or None for a bug.

    The one place where the library's errors become messages and exit status 2.
    """
    # Imported only once something failed: inputs imports a good part of the core,
    # a third of the start-up time of `factcheck --version`.
    from factcheck.baseline import BaselineError  # noqa: PLC0415
    from factcheck.config import ConfigError  # noqa: PLC0415
    from factcheck.documents import UnknownTagError  # noqa: PLC0415
    from factcheck.inputs import InputError  # noqa: PLC0415
    from factcheck.registry import RegistryError  # noqa: PLC0415
    from factcheck.suppressions import SuppressionError  # noqa: PLC0415

    if isinstance(error, RegistryError):
        return [*(f"factcheck: {problem}" for problem in error.problems),
                f"Error: the registry has {len(error.problems)} problem(s); nothing was checked"]
    if isinstance(error, (BaselineError, ConfigError, InputError, SuppressionError, UnknownTagError)):
        return [f"Error: {error}"]  # each names its file and line, where it has them
    return None


if __name__ == "__main__":
    sys.exit(main())
