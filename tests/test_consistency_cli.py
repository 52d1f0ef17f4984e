"""Inconsistent figures as findings: `factcheck check` and `factcheck consistency`, every format, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SCHEMAS

REPO = Path(__file__).resolve().parent.parent

WRONG = "He sent 3,000 of the 11,000 troops, or 40%, to the front.\n\nSales rose from 12,000 to 15,000, a 30% increase.\n"
RIGHT = "He sent 3,000 of the 11,000 troops, or about 27%, to the front.\n"
NO_CLAIMS = "version: 1\nclaims: []\n"


def factcheck(tmp_path: Path, *arguments: str) -> tuple[int, str, str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO), "FACTCHECK_NO_CACHE": "1"}
    done = subprocess.run([sys.executable, "-m", "factcheck", *arguments], cwd=tmp_path, capture_output=True,
                          text=True, env=environment, timeout=120)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    (tmp_path / "wrong.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "right.txt").write_text(RIGHT, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(NO_CLAIMS, encoding="utf-8")
    return tmp_path


def test_consistency_reports_each_contradiction_with_its_figures_and_fails(drafts):
    status, out, _ = factcheck(drafts, "consistency", "wrong.txt", "--format", "json")
    report = json.loads(out)
    found = [(f["line"], f["column"], f["text"], f["verdict"], f["inconsistency"]["relation"]) for f in report["findings"]]
    assert (status, found) == (1, [(1, 40, "40%", "inconsistent", "share"), (3, 37, "30%", "inconsistent", "change")])
    share = report["findings"][0]["inconsistency"]
    assert [(f["text"], f["role"]) for f in share["figures"]] == [("3,000", "input"), ("11,000", "input"), ("40%", "stated")]
    assert (share["stated"], round(share["computed"], 1), share["allowance"]) == (40, 27.3, [38, 42])
    assert report["summary"]["inconsistent"] == 2


def test_consistent_figures_pass(drafts):
    assert factcheck(drafts, "consistency", "right.txt")[0] == 0


@pytest.mark.parametrize(("arguments", "status"), [
    ((), 1),                               # the default --fail-on is inconsistent
    (("--fail-on", "conflict"), 0),
    (("--fail-on", "mixed"), 1),
    (("--no-consistency",), 0),
])
def test_check_fails_on_inconsistencies_by_default(drafts, arguments, status):
    assert factcheck(drafts, "check", "--registry", "claims.yaml", "wrong.txt", *arguments)[0] == status


def test_text_shows_both_figures_and_the_arithmetic(drafts):
    _, out, _ = factcheck(drafts, "check", "--registry", "claims.yaml", "wrong.txt", "--no-color")
    assert "INCONSISTENT 40%" in out
    assert "He sent 3,000 of the 11,000 troops, or 40%, to the front." in out
    assert "3,000 of 11,000 is 27.3%, not 40% (allowing for rounding: 38-42%)" in out
    assert "2 inconsistent" in out


def test_plain_and_github_carry_each_inconsistency(drafts):
    _, plain, _ = factcheck(drafts, "consistency", "wrong.txt", "--format", "plain")
    assert plain.splitlines()[0] == ('wrong.txt:1:40: inconsistent: "40%" contradicts the text\'s own figures '
                                     "(share): 3,000 of 11,000 is 27.3%, not 40% (allowing for rounding: 38-42%)")
    _, github, _ = factcheck(drafts, "consistency", "wrong.txt", "--format", "github")
    assert github.startswith("::error file=wrong.txt,line=1,col=40,")


def test_sarif_has_an_inconsistent_rule_and_is_valid(drafts):
    _, out, _ = factcheck(drafts, "consistency", "wrong.txt", "--format", "sarif")
    log = json.loads(out)
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["inconsistent", "inconsistent"]
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SCHEMAS / "sarif-schema-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip("../shared/schemas is not here")
    jsonschema.validate(log, json.loads(schema_path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("comment", ["<!-- factcheck: ignore inconsistent -->", "<!-- factcheck: ignore -->"])
def test_a_suppression_comment_silences_an_inconsistency(drafts, comment):
    (drafts / "draft.md").write_text(f"{comment}\nHe sent 3,000 of the 11,000 troops, or 40%.\n", encoding="utf-8")
    status, out, _ = factcheck(drafts, "consistency", "draft.md", "--format", "json")
    assert (status, json.loads(out)["findings"]) == (0, [])


def test_ignoring_a_claim_id_leaves_an_inconsistency_reported(drafts):
    (drafts / "draft.md").write_text("<!-- factcheck: ignore troops -->\nHe sent 3,000 of the 11,000 troops, or 40%.\n",
                                     encoding="utf-8")
    assert factcheck(drafts, "consistency", "draft.md")[0] == 1


def test_a_baseline_knows_an_inconsistency(drafts):
    status, _, _ = factcheck(drafts, "check", "--registry", "claims.yaml", "wrong.txt", "--write-baseline", "base.json")
    assert status == 0
    assert factcheck(drafts, "check", "--registry", "claims.yaml", "wrong.txt", "--baseline", "base.json")[0] == 0
    assert factcheck(drafts, "consistency", "wrong.txt", "--baseline", "base.json")[0] == 0


def test_a_streamed_draft_finds_the_inconsistencies_of_the_whole_at_the_same_offsets():
    from factcheck.drafts import check_draft, stream_draft
    from factcheck.matching import Matcher

    text = ("A sentence with nothing to check in it.\n\n" * 40 + WRONG + "\n") * 5
    def spans(findings):
        return [(f.figure.start, f.inconsistency.spans) for f in findings if f.inconsistency is not None]
    whole = spans(check_draft(text, Matcher(())).findings)
    assert len(whole) == 10
    assert spans(stream_draft(text, Matcher(()), stretch_chars=500)) == whole


# --- the options consistency shares with check -------------------------------------------

RESTATED = ("Some 12,000 North Korean troops were sent to Russia last year.\n\n"
            "The 15,000 North Korean troops sent to Russia last year are in Kursk.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of drafts: one wrong in a sentence, one restating a figure, one right, one archived."""
    (tmp_path / "drafts" / "archive").mkdir(parents=True)
    (tmp_path / "drafts" / "share.md").write_text(WRONG.split("\n\n")[0] + "\n", encoding="utf-8")
    (tmp_path / "drafts" / "restated.txt").write_text(RESTATED, encoding="utf-8")
    (tmp_path / "drafts" / "right.md").write_text(RIGHT, encoding="utf-8")
    (tmp_path / "drafts" / "archive" / "old.md").write_text(WRONG, encoding="utf-8")
    return tmp_path


def plain_paths(out: str) -> list[str]:
    return sorted({line.split(":")[0] for line in out.splitlines() if ": inconsistent: " in line})


def test_a_folder_is_searched_with_include_and_exclude_globs(folder):
    status, out, _ = factcheck(folder, "consistency", "drafts", "--format", "plain", "--isolated")
    assert (status, plain_paths(out)) == (1, ["drafts/archive/old.md", "drafts/restated.txt", "drafts/share.md"])
    _, out, _ = factcheck(folder, "consistency", "drafts", "--format", "plain", "--isolated", "--include", "*.md")
    assert plain_paths(out) == ["drafts/archive/old.md", "drafts/share.md"]
    _, out, _ = factcheck(folder, "consistency", "drafts", "--format", "plain", "--isolated", "--exclude", "archive")
    assert plain_paths(out) == ["drafts/restated.txt", "drafts/share.md"]


def test_a_named_file_that_an_exclude_glob_matches_is_read_unless_forced(folder):
    named = ("consistency", "drafts/archive/old.md", "--format", "plain", "--isolated", "--exclude", "archive")
    status, out, err = factcheck(folder, *named)
    assert (status, plain_paths(out)) == (1, ["drafts/archive/old.md"])
    assert "matches --exclude archive, but is named" in err
    status, out, _ = factcheck(folder, *named, "--force-exclude")
    assert (status, plain_paths(out)) == (0, [])


def test_jobs_give_the_same_report(folder):
    one = factcheck(folder, "consistency", "drafts", "--format", "json", "--isolated", "--jobs", "1")
    two = factcheck(folder, "consistency", "drafts", "--format", "json", "--isolated", "-j", "2")
    assert one[:2] == two[:2]
    assert len(json.loads(one[1])["findings"]) == 4


def test_the_configuration_file_sets_globs_format_and_failing_level(folder):
    (folder / ".factcheck.yaml").write_text("exclude: [archive]\nformat: plain\nfail-on: conflict\n", encoding="utf-8")
    status, out, _ = factcheck(folder, "consistency", "drafts")
    assert (status, plain_paths(out)) == (0, [])  # plain lists what fails; conflict: nothing here does
    status, out, _ = factcheck(folder, "consistency", "drafts", "--fail-on", "inconsistent")
    assert (status, plain_paths(out)) == (1, ["drafts/restated.txt", "drafts/share.md"])
    status, out, _ = factcheck(folder, "consistency", "drafts", "--isolated", "--format", "json")
    assert (status, len(json.loads(out)["findings"])) == (1, 4)


def test_config_names_the_file_read(folder):
    (folder / "ci.yaml").write_text("include: ['*.txt']\nformat: json\n", encoding="utf-8")
    status, out, _ = factcheck(folder, "consistency", "drafts", "--config", "ci.yaml")
    assert (status, [f["path"] for f in json.loads(out)["findings"]]) == (1, ["drafts/restated.txt"])
    (folder / "bad.yaml").write_text("include: 3\n", encoding="utf-8")
    status, _, err = factcheck(folder, "consistency", "drafts", "--config", "bad.yaml")
    assert status == 2 and "bad.yaml:1: include: expected a list of strings" in err


def test_output_writes_the_report_to_a_file_and_never_over_an_input(folder):
    status, out, _ = factcheck(folder, "consistency", "drafts/share.md", "--format", "json", "-o", "report.json")
    assert (status, out) == (1, "")
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert [f["inconsistency"]["relation"] for f in report["findings"]] == ["share"]
    before = (folder / "drafts" / "share.md").read_text(encoding="utf-8")
    status, _, err = factcheck(folder, "consistency", "drafts/share.md", "--output", "drafts/share.md")
    assert status == 2 and "drafts/share.md" in err
    assert (folder / "drafts" / "share.md").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(("output_format", "expected"), [
    ("text", "INCONSISTENT 15,000"),
    ("plain", "drafts/restated.txt:3:5: inconsistent:"),
    ("github", "::error file=drafts/restated.txt,line=3,col=5,"),
    ("sarif", '"ruleId": "inconsistent"'),
    ("html", "<html"),
    ("json", '"relation": "restated"'),
])
def test_every_format_reports_a_restatement(folder, output_format, expected):
    status, out, _ = factcheck(folder, "consistency", "drafts/restated.txt", "--isolated", "--no-color",
                               "--format", output_format)
    assert status == 1
    assert expected in out


def test_quiet_shows_only_the_summary_and_strict_fails_an_unreadable_file(folder):
    status, out, _ = factcheck(folder, "consistency", "drafts/share.md", "--isolated", "--no-color", "-q")
    assert status == 1 and out.strip().startswith("1 figure:") and "inconsistent" in out
    (folder / "drafts" / "bad.txt").write_bytes(b"Caf\xe9 sold 5 of 10 cakes, or 50%.\n")
    status, _, err = factcheck(folder, "consistency", "drafts/bad.txt", "--isolated", "--strict")
    assert status == 2 and "bad.txt" in err


def test_the_text_report_shows_both_figures_of_a_restatement(folder):
    _, out, _ = factcheck(folder, "consistency", "drafts/restated.txt", "--isolated", "--no-color")
    lines = [line.strip() for line in out.splitlines()]
    assert lines[1].startswith("3:5") and lines[1].endswith("INCONSISTENT 15,000")
    assert "line 1: Some 12,000 North Korean troops were sent to Russia last year." in lines
    assert any(line.startswith("15,000 here, some 12,000 earlier, for the same North Korean troops sent") for line in lines)


def test_json_carries_both_figures_of_a_restatement(folder):
    _, out, _ = factcheck(folder, "consistency", "drafts/restated.txt", "--isolated", "--format", "json")
    [finding] = json.loads(out)["findings"]
    found = finding["inconsistency"]
    assert (found["relation"], found["stated"], found["computed"]) == ("restated", 15000, 12000)
    assert (found["allowance"], found["computed_range"]) == ([14500, 15500], [10800, 13200])
    assert [(f["text"], f["line"], f["role"]) for f in found["figures"]] == [("Some 12,000", 1, "input"),
                                                                             ("15,000", 3, "stated")]
