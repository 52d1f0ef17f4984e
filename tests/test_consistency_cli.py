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
