"""The text report as an editor sees it: in a real terminal (a pseudo-terminal) and in a pipe.

Problems in full and first, agreement a line each; colour by NO_COLOR, FORCE_COLOR and
the flags; lines wrapped to the terminal's width at words, under their indent.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def in_terminal(*arguments: str, env: dict[str, str] | None = None, columns: int = 80,
                cwd: Path = FIXTURES) -> tuple[int, str]:
    """Run factcheck with its stdout and stderr on a pseudo-terminal ``columns`` wide; return status and output."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "CI", "GITHUB_ACTIONS")}
    environment.update(PYTHONPATH=str(ROOT), TERM="xterm-256color", **(env or {}))
    process = subprocess.Popen([sys.executable, "-m", "factcheck", *arguments], cwd=cwd, env=environment,
                               stdin=subprocess.DEVNULL, stdout=follower, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed once the process has ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def in_pipe(*arguments: str, env: dict[str, str] | None = None, cwd: Path = FIXTURES):
    environment = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "FORCE_COLOR")}
    environment.update(PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run([sys.executable, "-m", "factcheck", *arguments], cwd=cwd, env=environment,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)


def test_a_terminal_gets_colour_and_a_bold_headline():
    status, out = in_terminal("check", "docs/index.md")
    assert status == 1
    assert "\x1b[1;31m" in out or "\x1b[31;1m" in out  # CONFLICT in bold red
    # The headline is bold; the source lines under it are not.
    headline = next(line for line in out.splitlines() if "$600 million" in line and "CONFLICT" in line)
    source = next(line for line in out.splitlines() if "City Treasury" in line)
    assert "\x1b[1m" in headline and "\x1b[1m" not in source


@pytest.mark.parametrize(("env", "arguments", "coloured"), [
    ({"NO_COLOR": "1"}, (), False),
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, (), False),
    ({"NO_COLOR": ""}, (), True),  # set but empty: as if not set
    ({"NO_COLOR": "1"}, ("--color",), True),  # the flag wins over the environment
    ({}, ("--no-color",), False),
])
def test_colour_in_a_terminal_follows_no_color_and_the_flags(env, arguments, coloured):
    status, out = in_terminal("check", *arguments, "docs/index.md", env=env)
    assert (status, "\x1b[" in out) == (1, coloured)
    assert "✗ CONFLICT" in ESCAPE.sub("", out)  # the verdict still reads, as symbol and word


@pytest.mark.parametrize(("env", "arguments", "coloured"), [
    ({}, (), False),
    ({"FORCE_COLOR": "1"}, (), True),
    ({}, ("--color",), True),
    ({"FORCE_COLOR": "1"}, ("--no-color",), False),
])
def test_colour_in_a_pipe_only_when_forced(env, arguments, coloured):
    result = in_pipe("check", *arguments, "docs/index.md", env=env)
    assert (result.returncode, "\x1b[" in result.stdout) == (1, coloured)


def test_long_lines_wrap_at_words_under_their_indent_in_a_narrow_terminal():
    _, out = in_terminal("check", "--no-color", "docs/notes.txt", columns=50)
    lines = out.splitlines()
    assert max(len(line) for line in lines if not line.startswith("1 figure")) <= 50
    sentence = [line for line in lines if line.startswith(" " * 12)][:3]
    # The sentence "The treasurer said the Harbour Bridge cost $420 million, and 31 percent ..."
    # goes on under itself, broken between words.
    assert sentence[0].split()[:2] == ["The", "treasurer"]
    words = " ".join(line.strip() for line in sentence).split()
    assert words[:9] == "The treasurer said the Harbour Bridge cost $420 million,".split()
    assert all(line.startswith(" " * 12) and not line[12].isspace() for line in sentence)


def test_a_pipe_gets_one_line_per_fact_without_wrapping():
    result = in_pipe("check", "docs/notes.txt", env={"COLUMNS": "40"})
    assert ("            The treasurer said the Harbour Bridge cost $420 million, and 31 percent of commuters "
            "take the tram.") in result.stdout.splitlines()


def test_quiet_shows_only_the_summary_and_the_status_says_the_rest():
    result = in_pipe("check", "-q", "docs")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "12 figures: ✓ 2 agree · ✗ 5 conflict · ± 3 mixed · ? 2 unmatched (--show-unmatched lists them) · "
        "5 suppressed   registry: claims.yaml (sha256 28489881fc27)"]


def test_verbose_shows_agreement_in_full_in_the_order_of_the_text():
    normal = in_pipe("check", "docs/index.md").stdout.splitlines()
    verbose = in_pipe("check", "--verbose", "docs/index.md").stdout.splitlines()
    agree = "  35:1    ✓ AGREE     About 1,400  flood-homes-damaged"
    # Normally the agreeing figure comes after the problems, on its own line ...
    assert normal[normal.index(agree) - 1].startswith("            → would agree: 31%")
    assert normal[normal.index(agree) + 1] == ""
    # ... verbose shows it in place, with its sources.
    assert verbose[verbose.index(agree) + 2:verbose.index(agree) + 4] == [
        "            ✓ at least 1,200  Fire and Rescue Service, 2024-04",
        "            ✓ about 1,500     Housing Ministry, 2024-05",
    ]
    assert in_pipe("check", "-v", "-q", "docs/index.md").returncode == 2


def test_unmatched_and_near_misses_are_counted_and_shown_when_asked(tmp_path):
    (tmp_path / "claims.yaml").write_text((FIXTURES / "claims.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a.md").write_text("The bridge has 4 lanes. The floods damaged homes, 1,400 of them.\n", encoding="utf-8")
    hidden = in_pipe("check", "a.md", cwd=tmp_path).stdout
    shown = in_pipe("check", "--show-unmatched", "a.md", cwd=tmp_path).stdout
    assert "--show-unmatched lists them" in hidden and "UNMATCHED" not in hidden
    assert "  1:16    ? UNMATCHED 4" in shown.splitlines()


def test_statistics_count_each_file():
    out = in_pipe("check", "--statistics", "docs").stdout.splitlines()
    start = next(index for index, line in enumerate(out) if line.startswith("file "))
    assert out[start].split() == ["file", "figures", "agree", "conflict", "mixed", "inconsistent", "unmatched"]
    assert [line.split() for line in out[start + 1:start + 5]] == [
        ["docs/budget/suppressed.md", "3", "0", "3", "0", "0", "0"],
        ["docs/index.md", "6", "1", "2", "1", "0", "2"],
        ["docs/notes.txt", "2", "1", "0", "1", "0", "0"],
        ["docs/page.html", "1", "0", "0", "1", "0", "0"],
    ]


def test_version_is_also_dash_capital_v():
    assert in_pipe("-V").stdout.startswith("factcheck, version ")


def test_output_goes_to_a_file_whole_and_never_over_an_input(tmp_path):
    report = tmp_path / "report.txt"
    result = in_pipe("check", "--format", "plain", "docs", "-o", str(report))
    assert (result.returncode, result.stdout) == (1, "")
    assert report.read_text(encoding="utf-8") == in_pipe("check", "--format", "plain", "docs").stdout
    before = (FIXTURES / "docs" / "notes.txt").read_bytes()
    refused = in_pipe("check", "docs/notes.txt", "--output", "docs/notes.txt")
    assert refused.returncode == 2 and "one of the files this check read; not overwritten" in refused.stderr
    assert (FIXTURES / "docs" / "notes.txt").read_bytes() == before


def test_config_names_the_file_and_isolated_reads_none(tmp_path):
    (tmp_path / "a.md").write_text("The Harbour Bridge cost $600 million.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text((FIXTURES / "claims.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "strict.yaml").write_text("fail-on: never\nformat: plain\n", encoding="utf-8")
    (tmp_path / ".factcheck.yaml").write_text("format: json\n", encoding="utf-8")
    named = in_pipe("check", "--config", "strict.yaml", "a.md", cwd=tmp_path)
    assert (named.returncode, named.stdout.split(": ")[1]) == (0, "conflict")
    isolated = in_pipe("check", "--isolated", "a.md", cwd=tmp_path)
    assert (isolated.returncode, isolated.stdout.splitlines()[0]) == (1, "a.md")
    shown = in_pipe("config", "--config", "strict.yaml", cwd=tmp_path).stdout
    assert "configuration file: strict.yaml" in shown
    assert shown.splitlines()[2].split() == ["fail-on", "never", "strict.yaml:1"]


def test_no_path_at_a_terminal_checks_the_configured_paths_rather_than_waiting(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text("The Harbour Bridge cost $600 million.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text((FIXTURES / "claims.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".factcheck.yaml").write_text("paths: [drafts]\n", encoding="utf-8")
    leader, follower = pty.openpty()  # standard input a terminal, as when a person types the command
    try:
        result = subprocess.run([sys.executable, "-m", "factcheck", "check", "--no-color"], cwd=tmp_path,
                                env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=follower,
                                capture_output=True, text=True, timeout=60)
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 1
    assert result.stderr == "factcheck: no path given; checking drafts (give - to read standard input)\n"
    assert result.stdout.startswith("drafts/a.md\n")
    # Standard input that is not a terminal is still read, with or without "-".
    piped = in_pipe("check", cwd=tmp_path)
    assert piped.returncode == 0 and piped.stdout.startswith("0 figures")


def test_what_would_pass_without_a_word_is_warned_about(tmp_path):
    (tmp_path / "claims.yaml").write_text((FIXTURES / "claims.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "a.md").write_text("<!-- fact-check: ignore -->\nThe Harbour Bridge cost $600 million.\n",
                                   encoding="utf-8")
    result = in_pipe("check", "empty", "a.md", cwd=tmp_path)
    assert result.returncode == 1  # the misspelt comment silenced nothing: the conflict stands
    assert result.stderr.splitlines() == [
        "factcheck: warning: empty: no file in this folder matches --include *.md *.markdown *.txt *.html *.htm; "
        "nothing checked there",
        "factcheck: warning: a.md:1:1: <!-- fact-check: ignore --> is not a suppression comment, so it silences "
        "nothing (write <!-- factcheck: ignore -->, off or on)",
    ]
    # Each folder named is warned about in turn, however it is spelt, once a checked file is
    # known to be in none of them.
    (tmp_path / "full" / "inner").mkdir(parents=True)
    (tmp_path / "full" / "inner" / "b.md").write_text("No figures here.\n", encoding="utf-8")
    several = in_pipe("check", "empty", "full", "./empty/", "full/inner", "a.md", cwd=tmp_path)
    assert [line.split(":")[2] for line in several.stderr.splitlines() if "no file in this folder" in line] \
        == [" empty", " ./empty/"]
    quoted = in_pipe("check", "--format", "plain", "*.md", cwd=tmp_path)  # a glob the shell did not expand
    assert quoted.stdout.startswith("a.md:2:25: conflict: ")
    nothing = in_pipe("check", "drafts/*.md", cwd=tmp_path)
    assert nothing.returncode == 2
    assert nothing.stderr.startswith("factcheck: drafts/*.md: no such file or folder; not checked\n")


def test_a_progress_bar_shows_on_a_terminal_for_a_slow_check_and_never_in_a_pipe(tmp_path):
    from factcheck.reporters.progress import ProgressBar, wanted

    class Terminal:
        def __init__(self):
            self.written = []

        def isatty(self):
            return True

        def write(self, text):
            self.written.append(text)

        def flush(self):
            pass

    assert wanted(Terminal(), {}) and not wanted(Terminal(), {"CI": "true"})
    assert not wanted(open(os.devnull, "w"), {})
    terminal = Terminal()
    bar = ProgressBar(terminal, delay=0)
    bar(None, [], 3)
    bar.close()
    assert "1/3" in "".join(terminal.written)
    quick = Terminal()
    bar = ProgressBar(quick, delay=60)  # a check shorter than the delay draws nothing
    bar(None, [], 3)
    bar.close()
    assert quick.written == []
    # A real check with stderr on a terminal: the report on stdout is the same as in a pipe.
    status, out = in_terminal("check", "--no-color", "docs")
    assert status == 1 and "12 figures" in out
    piped = in_pipe("check", "docs")
    assert piped.stderr == "" and piped.stdout.endswith("(sha256 28489881fc27)\n")


@pytest.mark.parametrize("command", [("check",), ("config",), ("extract",), ("sources",), ("compare",),
                                     ("harvest",), ("registry", "lint")])
def test_every_command_s_help_has_examples_of_itself(command):
    result = in_pipe(*command, "--help")
    assert result.returncode == 0
    examples = result.stdout[result.stdout.index("Examples:"):].splitlines()[1:]
    assert any(line.strip().startswith("factcheck " + " ".join(command)) for line in examples)


def test_a_named_file_the_configuration_excludes_is_checked_with_a_warning_unless_force_exclude():
    named = in_pipe("check", "--format", "plain", "docs/archive/old.md")
    assert named.stderr == ("factcheck: warning: docs/archive/old.md: matches --exclude archive, but is named, "
                            "so it is checked (--force-exclude leaves it out)\n")
    assert (named.returncode, named.stdout.split(": ")[:2]) == (1, ["docs/archive/old.md:1:25", "conflict"])
    forced = in_pipe("check", "--format", "plain", "--force-exclude", "docs/archive/old.md")
    assert (forced.returncode, forced.stdout, forced.stderr) == (0, "", "")
    # A folder's excluded files stay out without a word.
    assert in_pipe("check", "docs").stderr == ""
