"""The check pipeline: verdicts, and the newer figure a finding should mention."""

from __future__ import annotations

import pytest

from factcheck.check import SourceVerdict, check_text, newer_conflicting
from factcheck.figures import parse_figure
from factcheck.matching import Matcher
from factcheck.registry import Source, parse_registry

MUNITIONS = """\
version: 1
claims:
  - id: dprk-munitions
    about: munitions North Korea has shipped to Russia
    sources:
      - {name: DIA, value: about 12 million, date: 2025-06}
      - {name: OSC and Reuters, value: between 4.2 and 5.8 million, date: 2025-03}
"""


def _judged(verdict: str, date: str | None, name: str) -> SourceVerdict:
    return SourceVerdict(Source(name, "64", parse_figure("64"), date, None, None, None, 1), verdict)


@pytest.mark.parametrize(
    ("judged", "newer"),
    [
        ([("agree", "2025-03", "old"), ("conflict", "2025-06", "new")], ["new"]),
        ([("agree", "2025-06", "new"), ("conflict", "2025-03", "old")], []),
        # Newer than every source the figure agrees with, not only some of them.
        ([("agree", "2025-03", "a"), ("agree", "2025-07", "b"), ("conflict", "2025-06", "c")], []),
        ([("agree", "2024", "a"), ("conflict", "2025-01", "b"), ("conflict", "2026", "c")], ["b", "c"]),
        # Dates that overlap are not ordered: 2025 is not older than 2025-07.
        ([("agree", "2025", "year"), ("conflict", "2025-07", "month")], []),
        ([("agree", None, "undated"), ("conflict", "2025-07", "dated")], []),
        ([("agree", "2025-03", "dated"), ("conflict", None, "undated")], []),
        # A figure that agrees with no source has nothing newer to be told about.
        ([("conflict", "2025-03", "a"), ("conflict", "2025-06", "b")], []),
        ([("agree", "2025-03", "a"), ("agree", "2025-06", "b")], []),
    ],
)
def test_newer_conflicting(judged, newer):
    sources = tuple(_judged(*row) for row in judged)
    assert [source.name for source in newer_conflicting(sources)] == newer


def test_a_finding_names_the_newer_source_it_conflicts_with():
    matcher = Matcher(parse_registry(MUNITIONS, "m.yaml"))
    text = "Pyongyang shipped between 4.2 and 5.8 million munitions to Russia. Later, about 12 million munitions."
    older, newer = check_text(text, matcher)
    assert (older.figure.text, older.verdict, [s.name for s in older.newer]) == (
        "between 4.2 and 5.8 million", "mixed", ["DIA"])
    assert (newer.figure.text, newer.verdict, newer.newer) == ("about 12 million", "mixed", ())


def test_explanations_only_when_asked():
    matcher = Matcher(parse_registry(MUNITIONS, "m.yaml"))
    text = "North Korea has shipped about 12 million munitions to Russia."
    [plain] = check_text(text, matcher)
    [explained] = check_text(text, matcher, explain_verdicts=True)
    assert plain.explanation is None
    assert explained.explanation is not None
    assert (explained.verdict, explained.claim.id) == (plain.verdict, plain.claim.id)
