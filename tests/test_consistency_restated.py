"""The same quantity stated twice in one text with figures that disagree
(factcheck.consistency.restated): right, wrong, and the traps that must stay silent."""

from __future__ import annotations

import doctest
import subprocess
import sys

import pytest

from factcheck.consistency import RESTATED, find_inconsistencies, restated

from .conftest import REPO

# A text, then (earlier figure, later figure) for each restatement reported: nothing
# when the figures agree or may count different things. Paragraphs are "\n\n" apart.
TABLE = [
    # --- reported: every part of both frames agrees, and more than the counted noun
    ("Some 12,000 North Korean troops were sent to Russia last year.\n\n"
     "The 15,000 North Korean troops sent to Russia last year are in Kursk.", [("Some 12,000", "15,000")]),
    ("The storm killed 45 people in Florida on Monday.\n\n"
     "Officials buried the 54 people killed in Florida on Monday.", [("45", "54")]),
    ("The firm sold 1.2 million cars in Europe in 2004.\n\n"
     "Its 1.5 million cars sold in Europe in 2004 made a profit.", [("1.2 million", "1.5 million")]),
    ("The floods displaced 12 million people in 2004.\n\n"
     "Aid got to most of the 13 million people displaced in 2004.", [("12 million", "13 million")]),
    ("Between 4 and 5 million people were displaced in 2004.\n\n"
     "Aid got to most of the 13 million people displaced in 2004.", [("Between 4 and 5 million", "13 million")]),
    ("The storm killed 45 people in Florida on Monday.\n\nThe storm killed 45 people in Florida on Monday.\n\n"
     "Officials buried the 54 people killed in Florida on Monday.", [("45", "54")]),  # once, against the first
    # --- agree: rounding, hedges and ranges
    ("The firm sold 1.2 million cars in Europe in 2004.\n\n"
     "Its 1.24 million cars sold in Europe in 2004 made a profit.", []),
    ("The firm sold about 1.2 million cars in Europe in 2004.\n\n"
     "Its 1.3 million cars sold in Europe in 2004 made a profit.", []),
    ("Between 12 and 14 million people were displaced in 2004.\n\n"
     "Aid got to most of the 13 million people displaced in 2004.", []),
    ("More than 40 people were killed in Florida on Monday.\n\n"
     "Officials buried the 54 people killed in Florida on Monday.", []),
    # --- traps: other years, countries, events, stages, counted things
    ("The floods displaced 12 million people in 2003.\n\n"
     "Aid got to most of the 13 million people displaced in 2004.", []),
    ("Some 12,000 North Korean troops were sent to Russia last year.\n\n"
     "The 15,000 Chinese troops sent to Russia last year are in Kursk.", []),
    ("The storm killed 45 people in Florida on Monday.\n\n"
     "Doctors treated the 54 people injured in Florida on Monday.", []),
    ("Some 12,000 troops were sent to Russia last year.\n\n"
     "A further 3,000 troops were sent to Russia last year.", []),
    ("Some 12,000 troops were sent to Russia last year.\n\n"
     "The 13,000 workers sent to Russia last year are in Kursk.", []),
    ("Some 12,000 troops were sent to Russia last year.\n\n"
     "The 13,000 troops sent to Russia this year are in Kursk.", []),
    # traps: an update, a forecast, a change, a share
    ("The floods displaced 12 million people in 2004.\n\n"
     "The number of people displaced in 2004 has since risen to 13 million.", []),
    ("The floods displaced 12 million people in 2004.\n\n"
     "The UN expected 13 million people displaced in 2004.", []),
    ("The floods displaced 12 million people in 2004.\n\n"
     "Aid got to most of the 13 million people displaced in 2004, up from 9 million.", []),
    ("The floods displaced 12 million people in 2004.\n\n"
     "Aid got to 40% of people displaced in 2004, and 30% of people displaced in 2004 got none.", []),
    # traps: two sources, a quotation, one sentence, the counted noun alone
    ("The floods displaced 12 million people in 2004, the UN says.\n\n"
     "The 13 million people displaced in 2004 need food, the government says.", []),
    ("The floods displaced 12 million people in 2004.\n\n"
     "\u201cWe counted 13 million people displaced in 2004,\u201d she said.", []),
    ("The floods displaced 12 million people in 2004.\n\n"
     "\"We counted 13 million people displaced in 2004,\" she said.", []),
    ("The floods displaced 12 million people in 2004 and 13 million people in 2005.", []),
    ("The firm has 12,000 staff.\n\nIts 13,000 staff are unhappy.", []),
    ("The floods displaced millions of people in 2004.\n\nAid got to most of the 13 million people displaced in 2004.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[row[0][:70] for row in TABLE])
def test_restatements(text: str, expected: list[tuple[str, str]]) -> None:
    found = [item for item in find_inconsistencies(text) if item.relation == RESTATED]
    assert [(item.inputs[0].text, item.stated.text) for item in found] == expected


def test_a_restatement_carries_both_figures_values_and_intervals() -> None:
    text = "The storm killed 45 people in Florida on Monday.\n\nOfficials buried the 54 people killed in Florida on Monday."
    [item] = find_inconsistencies(text)
    assert [text[start:end] for start, end in item.spans] == ["45", "54"]
    assert (item.relation, item.stated_value, item.computed) == ("restated", 54, 45)
    assert (item.allowance, item.computed_range) == ((53.5, 54.5), (44.5, 45.5))
    assert item.message == ("54 here, 45 earlier, for the same people killed: they differ beyond rounding "
                            "and hedges (53.5-54.5 against 44.5-45.5)")


def test_doctests() -> None:
    result = doctest.testmod(restated)
    assert result.attempted > 0 and result.failed == 0



@pytest.mark.parametrize(("text", "expected"), [
    ("The firm has 12,000 staff.\n\nIts 13,000 staff are unhappy.", ("12,000", "13,000", "only the counted words")),
    ("The storm killed 45 people on Monday.\n\nOfficials now count 54 people killed on Monday.",
     ("45", "54", "its sentence says 'now'")),
    ("The storm killed 45 people in Florida.\n\nDoctors treated the 54 people injured in Florida.", ("45", "54", "event")),
])
def test_near_misses_name_the_one_rule_that_keeps_two_figures_apart(text: str, expected: tuple) -> None:
    from factcheck.check import read_figures

    assert [(a.text, b.text, rule) for a, b, rule in restated.near_misses(text, read_figures(text))] == [expected]


def test_the_corpus_script_lists_restatements_and_near_misses(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(TABLE[1][0] + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The firm has 12,000 staff.\n\nIts 13,000 staff are unhappy.\n", encoding="utf-8")
    script = [sys.executable, str(REPO / "scripts" / "consistency_corpus.py"), "--corpus", str(tmp_path)]
    found = subprocess.run(script, capture_output=True, text=True, check=True).stdout.splitlines()
    assert found == ["a.txt:3:22: restated: 54 here, 45 earlier, for the same people killed: they differ beyond "
                     "rounding and hedges (53.5-54.5 against 44.5-45.5) (earlier figure at line 1)",
                     "1 inconsistencies (restated 1)"]
    near = subprocess.run([*script, "--near"], capture_output=True, text=True, check=True).stdout.splitlines()
    assert near == ['b.txt:3: near: "12,000" (line 1) / "13,000": stopped by only the counted words',
                    "1 near misses (only the counted words 1)"]
