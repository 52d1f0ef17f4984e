"""Checking many documents at once gives what checking them one by one gives, in order."""

from __future__ import annotations

import pytest

from factcheck.check import Document, check_documents, check_text
from factcheck.cli import main
from factcheck.inputs import read_registry
from factcheck.matching import Matcher

from .conftest import CORPUS, REPO


def _paths():
    paths = sorted(str(p) for p in (REPO / "examples").glob("*.md"))
    if CORPUS.is_dir():
        paths += [str(p) for p in sorted(CORPUS.glob("*.txt"))[:40]]
    return paths


def _summary(findings):
    return [(f.figure.start, f.figure.text, f.verdict, f.claim and f.claim.id, f.candidates) for f in findings]


def test_documents_checked_in_two_processes_come_back_as_checked_in_one():
    matcher = Matcher(read_registry(()).claims)
    documents = [Document(path, open(path, encoding="utf-8").read()) for path in _paths()]
    together = check_documents(documents, matcher, jobs=2)
    assert [document for document, _ in together] == documents
    for document, findings in together:
        assert _summary(findings) == _summary(check_text(document.text, matcher))


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_jobs_never_change_the_output(capsys, output_format):
    argv = ["check", "--format", output_format, "--no-color", *_paths()]
    outputs = []
    for jobs in ("1", "2"):
        status = main([*argv, "--jobs", jobs])
        outputs.append((status, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 1  # examples/drifted.md conflicts with its sources
    assert "dprk-munitions-to-russia" in outputs[0][1]


def test_jobs_must_be_a_positive_number(capsys):
    assert main(["check", "--jobs", "0", str(REPO / "examples" / "draft.md")]) == 2
    assert "--jobs" in capsys.readouterr().err
