"""Baselines: findings recognised by claim, verdict, text and neighbouring words, not by line."""

from __future__ import annotations

import pytest

from factcheck.baseline import BaselineError, entry_for, format_baseline, parse_baseline, split_known
from factcheck.check import check_text
from factcheck.matching import Matcher
from factcheck.registry import parse_registry

REGISTRY = """
version: 1
claims:
  - id: bridge-cost
    about: cost of the new Harbour Bridge
    sources: [{name: City Treasury, value: $420 million, date: 2024-03}]
"""
DRAFT = "The Harbour Bridge cost $600 million.\n\nCritics say the Harbour Bridge cost $600 million.\n"


@pytest.fixture(scope="module")
def matcher():
    return Matcher(parse_registry(REGISTRY, "claims.yaml"))


def entries(text, matcher, path="docs/a.md"):
    return [(f, entry_for(path, text, f)) for f in check_text(text, matcher)]


def test_entry_records_claim_verdict_text_and_words_around_in_its_sentence(matcher):
    (_, first), (_, second) = entries(DRAFT, matcher, path="./docs/a.md")
    assert (first.path, first.claim_id, first.verdict, first.text, first.before, first.after) == (
        "docs/a.md", "bridge-cost", "conflict", "$600 million", "the harbour bridge cost", "")
    assert (second.before, second.after) == ("the harbour bridge cost", "")


def test_known_findings_survive_edits_elsewhere_and_new_ones_do_not_hide(matcher):
    known = parse_baseline(format_baseline(e for _, e in entries(DRAFT, matcher)), "baseline.json")
    edited = "# A heading\n\nThe Harbour Bridge cost was $700 million.\n\n" + DRAFT.replace("Critics say", "Critics\nsay")
    new, old = split_known(entries(edited, matcher), known)
    assert [f.figure.text for f in old] == ["$600 million", "$600 million"]
    assert [f.figure.text for f in new] == ["$700 million"]


def test_a_finding_whose_neighbouring_words_changed_is_new(matcher):
    known = parse_baseline(format_baseline(e for _, e in entries(DRAFT, matcher)), "baseline.json")
    new, _ = split_known(entries(DRAFT.replace("Critics say the Harbour Bridge cost", "Critics say its price was"), matcher), known)
    assert [(f.figure.start, f.figure.text) for f in new] == [(65, "$600 million")]


def test_a_figure_quoted_once_more_is_new(matcher):
    known = parse_baseline(format_baseline(e for _, e in entries(DRAFT, matcher)[:1]), "baseline.json")
    new, old = split_known(entries(DRAFT, matcher), known)
    assert (len(new), len(old)) == (1, 1)


def test_agreeing_findings_are_not_recorded(matcher):
    text = "The Harbour Bridge cost $420 million."
    assert format_baseline(e for _, e in entries(text, matcher)) == '{\n  "version": 1,\n  "findings": []\n}\n'


@pytest.mark.parametrize(("content", "message"), [
    ("{", "b.json:1: not a baseline: Expecting property name enclosed in double quotes"),
    ('{"version": 2, "findings": []}', 'b.json: not a baseline: expected {"version": 1, "findings": [...]}'),
    ('{"version": 1, "findings": [{"path": "a.md"}]}',
     "b.json: finding 1 of the baseline should have exactly the keys path, claim_id, verdict, text, before, after"),
])
def test_unreadable_baselines(content, message):
    with pytest.raises(BaselineError) as raised:
        parse_baseline(content, "b.json")
    assert str(raised.value) == message
