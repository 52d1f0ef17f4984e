"""Files a stranger can plant: FIFOs, devices, symlinks, huge or deep trees, deep or
mistyped baselines, and a baseline written over an input. Real files in tmp dirs,
real subprocesses of `python -m factcheck`, each with a timeout so nothing can hang."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

FIXTURES = Path(__file__).parent / "fixtures"
CONFLICT = "The Harbour Bridge cost $600 million.\n"
MATCHED_AND_UNMATCHED = "The Harbour Bridge cost $600 million. The mayor shook 4,000 hands.\n"


@pytest.fixture()
def desk(tmp_path) -> Path:
    """A repository top holding the sample registry."""
    (tmp_path / ".git").mkdir()
    shutil.copy(FIXTURES / "claims.yaml", tmp_path / "claims.yaml")
    return tmp_path


def factcheck(*arguments, cwd, stdin=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *arguments], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60, stdin=stdin, check=False)


def needs(feature: str):
    return pytest.mark.skipif(not hasattr(os, feature), reason=f"this platform has no os.{feature}")


# -- --write-baseline ---------------------------------------------------------------------

def test_write_baseline_records_a_file_with_matched_and_unmatched_figures(desk):
    (desk / "a.md").write_text(MATCHED_AND_UNMATCHED)
    checked = factcheck("check", "a.md", "--write-baseline", "baseline.json", "--fail-on", "unmatched", cwd=desk)
    assert (checked.returncode, checked.stderr) == (0, "factcheck: recorded 2 finding(s) in baseline.json\n")
    recorded = json.loads((desk / "baseline.json").read_text())["findings"]
    assert [(f["claim_id"], f["verdict"], f["text"]) for f in recorded] == [
        (None, "unmatched", "4,000"), ("harbour-bridge-cost", "conflict", "$600 million")]


@needs("symlink")
def test_write_baseline_refuses_a_symbolic_link(desk):
    (desk / "a.md").write_text(CONFLICT)
    (desk / "precious.txt").write_text("Keep me.\n")
    os.symlink("precious.txt", desk / "baseline.json")
    checked = factcheck("check", "a.md", "--write-baseline", "baseline.json", cwd=desk)
    assert (checked.returncode, checked.stderr) == (
        2, "Error: baseline.json: a symbolic link; not written (name the file itself)\n")
    assert (desk / "precious.txt").read_text() == "Keep me.\n"


@pytest.mark.parametrize("target", ["a.md", "./docs/../a.md", "claims.yaml", "hard-link.md"])
def test_write_baseline_refuses_a_file_the_check_read(desk, target):
    (desk / "docs").mkdir()
    (desk / "a.md").write_text(CONFLICT)
    os.link(desk / "a.md", desk / "hard-link.md")
    before = {name: (desk / name).read_bytes() for name in ("a.md", "claims.yaml")}
    checked = factcheck("check", "a.md", "--write-baseline", target, cwd=desk)
    assert (checked.returncode, checked.stderr) == (
        2, f"Error: {target}: one of the files this check read; not overwritten\n")
    assert {name: (desk / name).read_bytes() for name in before} == before


def test_write_baseline_replaces_the_old_file_whole_keeping_its_mode(desk):
    (desk / "a.md").write_text(CONFLICT)
    (desk / "baseline.json").write_text('{"version": 1, "findings": []}\n')
    (desk / "baseline.json").chmod(0o640)
    os.link(desk / "baseline.json", desk / "old-baseline.json")  # still the old file if the new one is renamed in
    checked = factcheck("check", "a.md", "--write-baseline", "baseline.json", cwd=desk)
    assert checked.returncode == 0, checked.stderr
    assert json.loads((desk / "baseline.json").read_text())["findings"][0]["verdict"] == "conflict"
    assert (desk / "old-baseline.json").read_text() == '{"version": 1, "findings": []}\n'
    assert (desk / "baseline.json").stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in desk.iterdir()) == [".git", "a.md", "baseline.json", "claims.yaml", "old-baseline.json"]


# -- baselines nested too deeply or of the wrong shape --------------------------------------

ENTRY = {"path": "a.md", "claim_id": "harbour-bridge-cost", "verdict": "conflict", "text": "$600 million",
         "before": "the harbour bridge cost", "after": ""}


@pytest.mark.parametrize(("content", "reason"), [
    ('{"version": 1, "findings": [' * 1 + "[" * 10_000 + "]" * 10_000 + "]}", "not a baseline: nested too deeply"),
    (json.dumps({"version": 1, "findings": [{**ENTRY, "path": ["a.md"]}]}),
     "finding 1 of the baseline: path should be a string, not list"),
    (json.dumps({"version": 1, "findings": [{**ENTRY, "claim_id": 7}]}),
     "finding 1 of the baseline: claim_id should be a string or null, not int"),
], ids=["10,000 deep", "path a list", "claim a number"])
def test_a_baseline_nested_too_deeply_or_mistyped_is_one_error_naming_it(desk, content, reason):
    (desk / "a.md").write_text(CONFLICT)
    (desk / "baseline.json").write_text(content)
    checked = factcheck("check", "a.md", "--baseline", "baseline.json", cwd=desk)
    assert (checked.returncode, checked.stderr) == (2, f"Error: baseline.json: {reason}\n")
