"""The command line as CI and editors use it: exit codes, configuration, baselines, git."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
CONFLICT = "The Harbour Bridge cost $600 million.\n"
AGREE = "The Harbour Bridge cost between $410 million and $460 million.\n"
UNMATCHED = "The mayor shook 4,000 hands.\n"


@pytest.fixture()
def desk(tmp_path, monkeypatch):
    """A newsroom repository: the sample registry, and nothing else yet."""
    (tmp_path / ".git").mkdir()  # the top of the configuration search
    shutil.copy(FIXTURES / "claims.yaml", tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *arguments: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_standard_input_is_plain_text_unless_told(desk, capsys, monkeypatch):
    # An indented block is code only in Markdown. (Fenced blocks are never read, even in plain text.)
    draft = "Intro:\n\n    " + CONFLICT
    status, out, _ = run(capsys, "check", "--format", "plain", stdin=draft, monkeypatch=monkeypatch)
    assert (status, out.split(": ")[:2]) == (1, ["-:3:29", "conflict"])
    status, out, _ = run(capsys, "check", "--format", "plain", "--syntax", "markdown", "-", stdin=draft, monkeypatch=monkeypatch)
    assert (status, out) == (0, "")


@pytest.mark.parametrize(("arguments", "shown", "status"), [
    ((), False, 0),
    (("--show-unmatched",), True, 0),
    (("--fail-on", "unmatched"), True, 1),
    (("--fail-on", "unmatched", "--hide-unmatched"), False, 1),
])
def test_text_hides_unmatched_figures_unless_asked_or_failing_on_them(desk, capsys, arguments, shown, status):
    (desk / "a.md").write_text(UNMATCHED)
    result, out, _ = run(capsys, "check", "a.md", *arguments)
    assert (result, "4,000" in out) == (status, shown)
    assert "1 figure: ✓ 0 agree · ✗ 0 conflict · ± 0 mixed · ? 1 unmatched" in out
    assert ("(--show-unmatched lists them)" in out) == (not shown)


def test_json_always_has_unmatched_figures(desk, capsys):
    (desk / "a.md").write_text(UNMATCHED)
    _, out, _ = run(capsys, "check", "a.md", "--format", "json", "--hide-unmatched")
    assert [f["verdict"] for f in json.loads(out)["findings"]] == ["unmatched"]


def test_configuration_applies_and_the_command_line_wins(desk, capsys):
    (desk / "a.md").write_text(CONFLICT)
    (desk / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "never"\nformat = "plain"\n')
    status, out, _ = run(capsys, "check", "a.md")
    assert (status, out.startswith("a.md:1:25: conflict: ")) == (0, True)
    status, out, _ = run(capsys, "check", "a.md", "--fail-on", "conflict", "--format", "json")
    assert (status, json.loads(out)["summary"]["conflict"]) == (1, 1)


def test_config_command_shows_each_value_and_its_source(desk, capsys):
    (desk / ".factcheck.yaml").write_text("# desk settings\nregistries: [claims.yaml]\nfail-on: mixed\n")
    status, out, _ = run(capsys, "config", "--format", "sarif")
    rows = [line.split() for line in out.splitlines()]
    assert status == 0
    assert rows == [
        ["configuration", "file:", ".factcheck.yaml"],
        ["registries", "claims.yaml", ".factcheck.yaml:2"],
        ["fail-on", "mixed", ".factcheck.yaml:3"],
        ["tolerance", "0.1", "default"],
        ["threshold", "60", "default"],
        ["include", "*.md", "*.markdown", "*.txt", "*.html", "*.htm", "default"],
        ["exclude", "(none)", "default"],
        ["format", "sarif", "command", "line"],
        ["paths", "(the", "current", "folder,", "when", "no", "path", "is", "given", "at", "a", "terminal)", "default"],
        ["show-unmatched", "(only", "with", "fail-on", "unmatched)", "default"],
        ["show-all", "false", "default"],
        ["statistics", "false", "default"],
        ["syntax", "auto", "default"],
        ["consistency", "true", "default"],
        ["tags", "(none)", "default"],
        ["baseline", "(none)", "default"],
        ["force-exclude", "false", "default"],
        ["report-unused-suppressions", "false", "default"],
        ["strict", "false", "default"],
        ["jobs", "(one", "per", "CPU)", "default"],
        ["cache", "true", "default"],
    ]


def test_a_configuration_sets_what_check_shows_and_the_command_line_wins(desk, capsys):
    (desk / "a.md").write_text(UNMATCHED)
    (desk / ".factcheck.yaml").write_text("show-unmatched: true\nstatistics: true\n")
    status, out, _ = run(capsys, "check", "a.md", "--no-color")
    assert status == 0
    assert "a.md\n  1:17    ? UNMATCHED 4,000\n" in out and "1 unmatched" in out
    assert "UNMATCHED" not in run(capsys, "check", "a.md", "--no-color", "--hide-unmatched")[1]
    assert run(capsys, "config", "--hide-unmatched")[1].splitlines()[9].split() == [
        "show-unmatched", "false", "command", "line"]


def test_a_configuration_names_the_baseline_and_makes_the_check_strict(desk, capsys):
    (desk / "a.md").write_text("# Archive\n\n" + CONFLICT)
    assert run(capsys, "check", "a.md", "--write-baseline", "baseline.json")[0] == 0
    assert run(capsys, "check", "a.md")[0] == 1
    (desk / ".factcheck.yaml").write_text("baseline: baseline.json\n")
    assert run(capsys, "check", "a.md")[0] == 0
    # strict: a draft read with bytes replaced is not a pass.
    (desk / "b.md").write_bytes(AGREE.encode() + b"\xff\n")
    assert run(capsys, "check", "b.md")[0] == 0
    (desk / ".factcheck.yaml").write_text("baseline: baseline.json\nstrict: true\n")
    assert run(capsys, "check", "b.md")[0] == 2


def test_a_configuration_leaves_out_inconsistencies_and_keeps_only_its_tags(desk, capsys):
    (desk / "a.md").write_text("He sent 3,000 of the 11,000 troops, or 40%.\n")
    assert run(capsys, "check", "a.md")[0] == 1
    (desk / ".factcheck.yaml").write_text("consistency: false\n")
    assert run(capsys, "check", "a.md")[0] == 0
    (desk / ".factcheck.yaml").write_text("tags: [no-such-tag]\n")
    status, _, err = run(capsys, "check", "a.md")
    assert status == 2 and "no-such-tag" in err


@pytest.mark.parametrize(("name", "content", "error"), [
    (".factcheck.yaml", "fail-on: sometimes\n",
     "Error: .factcheck.yaml:1: fail-on: expected one of conflict, inconsistent, mixed, unmatched, never, got 'sometimes'\n"),
    ("pyproject.toml", "[tool.factcheck]\ntolerance = 10\n",
     "Error: pyproject.toml:2: [tool.factcheck] tolerance: expected a number from 0 to 1, got int 10\n"),
])
def test_a_bad_configuration_is_one_line_and_exit_2(desk, capsys, name, content, error):
    (desk / "a.md").write_text(AGREE)
    (desk / name).write_text(content)
    for command in (["check", "a.md"], ["config"]):
        status, out, err = run(capsys, *command)
        assert (status, out, err) == (2, "", error)


def test_baseline_lets_only_new_findings_fail(desk, capsys):
    (desk / "a.md").write_text("# Archive\n\n" + CONFLICT)
    status, _, err = run(capsys, "check", "a.md", "--write-baseline", "baseline.json")
    assert (status, err) == (0, "factcheck: recorded 1 finding(s) in baseline.json\n")
    assert json.loads((desk / "baseline.json").read_text())["findings"][0]["text"] == "$600 million"

    (desk / "a.md").write_text("# Archive\n\nA new first paragraph.\n\n" + CONFLICT)
    status, out, _ = run(capsys, "check", "a.md", "--baseline", "baseline.json")
    assert status == 0
    assert "0 figures: ✓ 0 agree · ✗ 0 conflict · ± 0 mixed · ? 0 unmatched · 1 known from the baseline" in out

    (desk / "a.md").write_text("# Archive\n\n" + CONFLICT.strip() + " Critics say the Harbour Bridge cost $700 million.\n")
    status, out, _ = run(capsys, "check", "a.md", "--baseline", "baseline.json", "--format", "plain")
    assert (status, [line.split(": ")[0] for line in out.splitlines()]) == (1, ["a.md:3:75"])


def test_an_unreadable_baseline_is_exit_2(desk, capsys):
    (desk / "a.md").write_text(AGREE)
    (desk / "baseline.json").write_text("[]")
    status, _, err = run(capsys, "check", "a.md", "--baseline", "baseline.json")
    assert (status, err) == (2, 'Error: baseline.json: not a baseline: expected {"version": 1, "findings": [...]}\n')


def git(*arguments, cwd):
    subprocess.run(["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org", *arguments],
                   cwd=cwd, check=True, capture_output=True)


def test_changed_since_checks_only_changed_lines_of_changed_files(desk, capsys):
    shutil.rmtree(desk / ".git")
    git("init", "-q", cwd=desk)
    (desk / "docs").mkdir()
    (desk / "docs" / "old.md").write_text(CONFLICT)
    (desk / "docs" / "edited.md").write_text(CONFLICT + "\nUntouched.\n")
    git("add", ".", cwd=desk)
    git("commit", "-qm", "archive", cwd=desk)
    status, out, _ = run(capsys, "check", "--changed-since", "HEAD")
    assert (status, out.startswith("0 figures")) == (0, True)

    (desk / "docs" / "edited.md").write_text(CONFLICT + "\nThe bridge's price: the Harbour Bridge cost $700 million.\n")
    (desk / "docs" / "new.md").write_text(CONFLICT)
    status, out, _ = run(capsys, "check", "--changed-since", "HEAD", "--format", "plain")
    assert status == 1
    assert [line.split(": ")[0] for line in out.splitlines()] == ["docs/edited.md:3:45", "docs/new.md:1:25"]


def test_changed_since_refuses_standard_input(desk, capsys):
    status, _, err = run(capsys, "check", "-", "--changed-since", "HEAD")
    assert (status, err) == (2, "Error: --changed-since checks files in git, not standard input\n")


def test_unused_suppressions_fail_when_reported(desk, capsys):
    (desk / "a.md").write_text("<!-- factcheck: ignore -->\nNo figure here.\n\n" + AGREE)
    assert run(capsys, "check", "a.md")[0] == 0
    status, out, _ = run(capsys, "check", "a.md", "--report-unused-suppressions", "--format", "plain")
    assert (status, out) == (1, "a.md:1:1: unused-suppression: <!-- factcheck: ignore --> silences nothing\n")
    status, out, _ = run(capsys, "check", "a.md", "--report-unused-suppressions", "--format", "plain", "--show-all")
    assert (status, out) == (1, "a.md:1:1: unused-suppression: <!-- factcheck: ignore --> silences nothing\n"
                                "a.md:4:25: agree: \"between $410 million and $460 million\" agrees with every source of "
                                "harbour-bridge-cost: $420 million per City Treasury (2024-03); $455 million per Audit Office (2024-09)\n")
    assert run(capsys, "check", "a.md", "--report-unused-suppressions", "--fail-on", "never")[0] == 0


def test_an_unreadable_suppression_names_file_line_and_column(desk, capsys):
    (desk / "a.md").write_text(AGREE + "\n  <!-- factcheck: ignore Bridge_Cost -->\n")
    status, out, err = run(capsys, "check", "a.md")
    assert (status, out, err) == (2, "", "Error: a.md:3:3: 'Bridge_Cost' is not a claim id\n")


def test_folders_are_searched_and_a_missing_path_is_exit_2_after_the_rest_is_checked(desk, capsys):
    (desk / "docs" / "sub").mkdir(parents=True)
    (desk / "docs" / "sub" / "b.md").write_text(CONFLICT)
    (desk / "docs" / "a.txt").write_text(CONFLICT)
    (desk / "docs" / "c.rst").write_text(CONFLICT)
    status, out, _ = run(capsys, "check", "docs", "--format", "plain")
    assert (status, [line.split(":")[0] for line in out.splitlines()]) == (1, ["docs/a.txt", "docs/sub/b.md"])
    status, out, err = run(capsys, "check", "docs", "drafts", "--format", "plain")
    assert (status, err) == (2, "factcheck: drafts: no such file or folder; not checked\n")
    assert [line.split(":")[0] for line in out.splitlines()] == ["docs/a.txt", "docs/sub/b.md"]  # still checked


def test_extract_skips_markup_too(desk, capsys):
    (desk / "a.md").write_text("Cost: `$900 million`, [see](https://x.org/700) $600 million.\n")
    status, out, _ = run(capsys, "extract", "a.md", "--format", "json")
    assert (status, [c["text"] for c in json.loads(out)["claims"]]) == (0, ["$600 million"])
