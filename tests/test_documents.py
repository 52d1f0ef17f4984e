"""Checking a set of documents in one call: selection, unreadable files, tags, suppressions, baselines."""

from __future__ import annotations

import json

import pytest

from factcheck.documents import CheckSettings, UnknownTagError, check_documents, judge_with, select_documents
from factcheck.inputs import InputError
from factcheck.kinds import Verdict
from factcheck.registry import Registry, parse_registry
from factcheck.report import Document, FindingStream
from factcheck.suppressions import SuppressionError

REGISTRY = """
version: 1
claims:
  - id: bridge-cost
    about: cost of the new Harbour Bridge
    tags: [city]
    sources: [{name: City Treasury, value: $420 million, date: 2024-03}]
  - id: flood-homes
    about: homes damaged by the March floods
    tags: [weather]
    sources: [{name: Housing Ministry, value: "about 1,500", date: 2024-05}]
"""
BRIDGE = "The Harbour Bridge cost $600 million.\n"
FLOODS = "The March floods damaged 1,450 homes.\n"


@pytest.fixture(scope="module")
def registry():
    return Registry(tuple(parse_registry(REGISTRY, "claims.yaml")), ("claims.yaml",))


def verdicts(report) -> list[tuple[str, str, str]]:
    return [(document.path, f.figure.text, f.verdict) for document, findings in report.results for f in findings]


def test_a_folder_is_searched_and_an_unreadable_file_is_skipped_not_fatal(tmp_path, monkeypatch, registry):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "bridge.md").write_text(BRIDGE)
    (tmp_path / "drafts" / "floods.txt").write_text(FLOODS)
    (tmp_path / "drafts" / "notes.rst").write_text(BRIDGE)  # not a draft by the default globs
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    report = check_documents(["drafts", "binary.txt", "missing.md"], judge_with(registry))
    assert verdicts(report) == [
        ("drafts/bridge.md", "$600 million", Verdict.CONFLICT),
        ("drafts/floods.txt", "1,450", Verdict.AGREE),
    ]
    assert report.skipped == (
        ("missing.md", "missing.md: no such file or folder"),
        ("binary.txt", "binary.txt: not text (binary data: a NUL byte at byte 0)"),
    )
    assert report.registry_paths == ("claims.yaml",)


def test_documents_already_read_are_checked_as_given(registry):
    report = check_documents([Document("a.md", BRIDGE), Document("b.md", FLOODS)], judge_with(registry))
    assert verdicts(report) == [("a.md", "$600 million", "conflict"), ("b.md", "1,450", "agree")]
    assert check_documents([], judge_with(registry)).results == []  # no documents: nothing read, not stdin


def test_tags_leave_claims_out_and_an_unknown_tag_is_refused(registry):
    judge = judge_with(registry, tags=["weather"])
    assert judge.claims_left_out == 1
    report = check_documents([Document("a.md", BRIDGE + FLOODS)], judge)
    assert verdicts(report) == [("a.md", "$600 million", "unmatched"), ("a.md", "1,450", "agree")]
    assert report.claims_left_out == 1 and not report.complete
    with pytest.raises(UnknownTagError, match=r"^no claim in the registry has the tag 'sport' \(tags used: city, weather\)$"):
        judge_with(registry, tags=["sport", "city"])


def test_a_bad_suppression_comment_is_raised_naming_document_line_and_column(registry):
    text = BRIDGE + "\n<!-- factcheck: on bridge-cost -->\n"
    with pytest.raises(SuppressionError, match=r"^a\.md:3:1: 'factcheck: on' takes no claim ids \(use 'ignore'\)$"):
        check_documents([Document("a.md", text)], judge_with(registry), CheckSettings(syntax="markdown"))


def test_unused_suppressions_are_listed_only_when_asked_for(registry):
    text = "<!-- factcheck: ignore flood-homes -->\n" + BRIDGE
    unasked = check_documents([Document("a.md", text)], judge_with(registry), CheckSettings(syntax="markdown"))
    asked = check_documents([Document("a.md", text)], judge_with(registry),
                            CheckSettings(syntax="markdown", report_unused_suppressions=True))
    assert unasked.unused_suppressions is None
    assert [(d.path, s.comment) for d, s in asked.unused_suppressions] == [
        ("a.md", "<!-- factcheck: ignore flood-homes -->")]


def test_a_written_baseline_records_the_findings_and_a_read_one_leaves_them_out(tmp_path, registry):
    baseline = tmp_path / "baseline.json"
    documents = [Document("a.md", BRIDGE + FLOODS)]
    written = check_documents(documents, judge_with(registry), CheckSettings(write_baseline=str(baseline)))
    assert (written.recorded, written.baselined, verdicts(written)) == (1, 1, [("a.md", "1,450", "agree")])
    assert [entry["verdict"] for entry in json.loads(baseline.read_text())["findings"]] == ["conflict"]
    later = [Document("a.md", BRIDGE + FLOODS + "The Harbour Bridge cost $700 million.\n")]
    read = check_documents(later, judge_with(registry), CheckSettings(baseline=str(baseline)))
    assert (read.recorded, read.baselined) == (None, 1)
    assert verdicts(read) == [("a.md", "1,450", "agree"), ("a.md", "$700 million", "conflict")]


def test_an_unreadable_or_unwritable_baseline_is_raised_naming_it(tmp_path, registry):
    documents = [Document("a.md", BRIDGE)]
    with pytest.raises(InputError, match=r"missing\.json: no such file$"):
        check_documents(documents, judge_with(registry), CheckSettings(baseline=str(tmp_path / "missing.json")))
    with pytest.raises(InputError, match=r"b\.json: cannot be written \("):
        check_documents(documents, judge_with(registry), CheckSettings(write_baseline=str(tmp_path / "no" / "b.json")))


def test_a_large_document_is_streamed_only_when_nothing_needs_all_its_findings(registry, monkeypatch):
    monkeypatch.setattr("factcheck.documents.STREAM_ABOVE", 100)  # "large": streamed
    large = Document("big.md", (BRIDGE + "\n") * 4)
    small = Document("small.md", FLOODS)
    streamed = check_documents([large, small], judge_with(registry), CheckSettings(stream=True))
    assert [type(findings) for _, findings in streamed.results] == [FindingStream, list]
    held = check_documents([large, small], judge_with(registry), CheckSettings(stream=True, report_unused_suppressions=True))
    assert [type(findings) for _, findings in held.results] == [list, list]
    assert streamed.summary() == {"agree": 1, "conflict": 0, "mixed": 0, "unmatched": 0, "inconsistent": 0}  # the stream not read yet
    count = sum(1 for _ in streamed.results[0][1])
    assert count == len(held.results[0][1]) == 4 and streamed.summary()["conflict"] == 4


def test_a_short_document_dense_with_figures_is_streamed_too(registry):
    # 140 KB, far under STREAM_ABOVE, but 80,000 digits: its findings held whole took
    # some 300 bytes of memory for each byte of text.
    dense = Document("numbers.txt", "1,234, " * 20_000)
    prose = Document("prose.md", (BRIDGE + "\n") * 600)
    report = check_documents([dense, prose], judge_with(registry), CheckSettings(stream=True))
    assert [type(findings) for _, findings in report.results] == [FindingStream, list]
    assert sum(1 for _ in report.results[0][1]) == 20_000


def test_select_documents_refuses_standard_input_with_changed_lines():
    with pytest.raises(InputError, match="^--changed-since checks files in git, not standard input$"):
        select_documents(("-",), CheckSettings(changed_since="HEAD"))


@pytest.mark.parametrize(("text", "unused", "failing_levels"), [
    (BRIDGE, False, ["conflict", "mixed", "unmatched"]),  # a conflict fails at its level and below
    (FLOODS, False, []),  # agreeing never fails
    ("The Harbour Bridge cost 3 apples.\n", False, ["unmatched"]),
    (FLOODS + "<!-- factcheck: ignore bridge-cost -->\n", True, ["conflict", "mixed", "unmatched"]),
])
def test_a_report_fails_at_its_worst_verdict_or_on_an_unused_suppression(registry, text, unused, failing_levels):
    settings = CheckSettings(syntax="markdown", report_unused_suppressions=unused)
    report = check_documents([Document("a.md", text)], judge_with(registry), settings)
    assert [level for level in ("conflict", "mixed", "unmatched", "never") if report.fails(level)] == failing_levels
