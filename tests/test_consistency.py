"""Figures that contradict each other in one sentence (factcheck.consistency): shares,
changes, totals and rates, right and wrong, and the traps that must stay silent."""

from __future__ import annotations

import doctest
import subprocess
import sys

import pytest

from factcheck import consistency
from factcheck.consistency import patterns, relations, values
from factcheck.check import read_figures
from factcheck.consistency import find_inconsistencies

from .conftest import REPO

# A sentence, then what is contradicted in it: (relation, the stated figure's words) for
# each inconsistency, or nothing when the sentence's arithmetic holds or is not stated.
TABLE = [
    # --- shares: a part and its whole tied to a percentage
    ("The regiment sent 3,000 of its 11,000 soldiers, or 40%.", [("share", "40%")]),
    ("The regiment sent 3,000 of its 11,000 soldiers, or 27%.", []),
    ("The regiment sent 3,000 of the 11,000 soldiers, or about 30%.", []),
    ("The regiment sent 3,000 of the 11,000 soldiers, or roughly 35%.", [("share", "roughly 35%")]),
    ("Some 3,000, or 40%, of the 11,000 soldiers were sent.", [("share", "40%")]),
    ("One in five of the 2,000 nurses, some 600 people, left.", [("share", "some 600")]),
    ("One in five of the 2,000 nurses, some 400 people, left.", []),
    ("A third of the 900 seats, or 310, went to the party.", []),
    ("A third of the 900 seats, or 400, went to the party.", [("share", "400")]),
    ("£3m of the £10m budget, or 30%, went on fees.", []),
    ("It cut 4,000 of its 20,000 jobs, or a fifth.", []),
    ("It cut 4,000 of its 20,000 jobs, or a quarter.", [("share", "a quarter")]),
    ("£3m of the £10m budget (45%) went on fees.", [("share", "45%")]),
    ("Only 2% of the members - 13 out of 659 - voted.", []),
    ("Only 5% of the members - 13 out of 659 - voted.", [("share", "5%")]),
    # traps: a percentage of another whole, no tie, another currency, another sentence
    ("He sent 3,000 of the 11,000 soldiers, or 40% of the infantry.", []),
    ("Of the 11,000 soldiers 3,000 were hurt and 40% were sent home.", []),
    ("$3m of the £10m budget, or 50%, went on fees.", []),
    ("The army has 11,000 soldiers. It sent 3,000 of them, or 40%.", []),
    ("Between 3,000 and 4,000 of the 11,000 soldiers, or 40%, were sent.", []),
    # --- changes: levels before and after tied to the size of the change
    ("Sales rose from 12,000 to 15,000, a 30% increase.", [("change", "30%")]),
    ("Sales rose from 12,000 to 15,000, a 25% increase.", []),
    ("Sales rose from 12,000 to 15,000, an increase of about 30%.", []),
    ("Sales rose by 3,000 from 12,000 to 15,000.", []),
    ("Sales rose by 4,000 from 12,000 to 15,000.", [("change", "4,000")]),
    ("The herd doubled from 4 million to 7 million.", [("change", "doubled (2 times)")]),
    ("The herd doubled from 4 million to 8 million.", []),
    ("The herd more than doubled from 4 million to 9 million.", []),
    ("The herd tripled its numbers from 4 million to 9 million.", [("change", "tripled (3 times)")]),
    ("The herd grew fivefold from 2 million to 10 million.", []),
    ("Attendance fell by half, from 80 to 50.", [("change", "half")]),
    ("Attendance halved from 80 to 40.", []),
    ("Support was up 3 percentage points, from 12% to 16%.", [("change", "3 percentage points")]),
    ("Support was up 4 percentage points, from 12% to 16%.", []),
    ("Support rose from 12% to 16%, a rise of 4%.", [("change", "4%")]),
    ("Support rose from 12% to 16%, a rise of a third.", []),
    ("Shares rose 20p, or 10%, to 220p.", []),
    ("Shares rose 20p, or 20%, to 220p.", [("change", "20%")]),
    ("Shares closed down 30p, or 10%, at 270p.", []),
    ("Profits jumped 76% to $1.2bn from $680m.", []),
    ("Profits jumped 96% to $1.2bn from $680m.", [("change", "96%")]),
    ("The bank reported a 52% rise in profits to £198m from £130m.", []),
    ("The bank reported a 62% rise in profits to £198m from £130m.", [("change", "62%")]),
    ("The number waiting fell from 7,600 to 6,600, or 13.2%.", []),
    ("Losses halved in 2003 to $300m from $800m the year before.", [("change", "halved (0.5 times)")]),
    ("Revenue was 10bn euros, up 8.1% from 9.26bn euros in 2003.", []),
    ("Revenue was 10bn euros, up 18% from 9.26bn euros in 2003.", [("change", "18%")]),
    ("Contributions rose from £5.5bn to £8.2bn a year, a rise of 69%.", [("change", "69%")]),
    # traps: "up 5% to 300" has no base; changes over other periods; a misread direction
    ("Output was up 5% to 300 tonnes.", []),
    ("Inflation rose 0.3% in March to 2.5%, up from 1.9% a year earlier.", []),
    ("Turnover rose 10% to £220m, from £200m, while profits fell 5% to £19m from £20m.", []),
    ("The share fell from 45% to 40%, a fall of 5 percentage points.", []),
    ("The share fell from 45% to 40%, a fall of 5%.", [("change", "5%")]),
    ("Visits rose 17%, up 23,600 to 27,700.", []),
    ("Sales fell by 23% from 36,185 in 2003 to 28,041 in 2004.", []),
    ("Sales fell by 33% from 36,185 in 2003 to 28,041 in 2004.", [("change", "33%")]),
    ("Output rose 5% last year, from 200 in 2010 to 300 in 2020.", []),
    ("Prices fell to 120 from 100, a 20% drop.", []),
    ("Prices rose from 1.2 million to 1.5 million, an increase of 26.4%.", []),
    ("Fees went up 5% in March; the total rose from 200 to 300 over the decade.", []),
    # --- totals: parts listed with their stated total
    ("Some 4,000 arrived in the first wave and 7,000 in the second, 10,000 in all.", [("total", "10,000")]),
    ("Some 4,000 arrived in the first wave and 7,000 in the second, 11,000 in all.", []),
    ("The firm employs 300 engineers, 200 designers and 100 clerks, a total of 650.", [("total", "650")]),
    ("The firm employs 300 engineers, 200 designers and 100 clerks, a total of 600.", []),
    ("Home films took 37.5% of takings, with imports taking the remaining 62.5%.", []),
    ("Home films took 37.5% of takings, with imports taking the remaining 72.5%.", [("total", "72.5%")]),
    # traps: percentages of different wholes do not add; a total that is no sum of the list
    ("Turnout was 40% in the north and 35% in the south, 85% in all.", []),
    ("4,000 came in May and 7,000 in June, with 20,000 expected by the end of the year.", []),
    # --- rates: one rate restated over another period
    ("The guns fire 10,000 shells a day, or about 300,000 a month.", []),
    ("The guns fire 10,000 shells a day, or 1 million a month.", [("rate", "1 million a month")]),
    ("The scheme costs £1.2bn a year, £100m a month.", []),
    ("The scheme costs £1.2bn a year, £300m a month.", [("rate", "£300m a month")]),
    # traps: another price, not the same one restated; rates of different times
    ("Membership costs £5 a month or £50 a year.", []),
    ("They fired 10,000 shells a day in spring and 1 million a month in summer.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), TABLE, ids=[row[0][:60] for row in TABLE])
def test_inconsistencies(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_inconsistencies(sentence)
    assert [(item.relation, item.stated.text) for item in found] == expected


# The whole message, for one sentence of each relation.
MESSAGES = [
    ("He sent 3,000 of the 11,000 troops, or 40%.",
     "3,000 of 11,000 is 27.3%, not 40% (allowing for rounding: 38-42%)"),
    ("Sales rose from 12,000 to 15,000, a 30% increase.",
     "12,000 to 15,000 is a rise of 25%, not 30% (allowing for rounding: 28.5-31.5%)"),
    ("The herd doubled from 4 million to 7 million.",
     "4 million to 7 million is 1.75 times, not doubled (2 times); the figures allow 1.58-1.93 times"),
    ("Support rose from 12% to 16%, a rise of 4%.",
     "12% to 16% is a rise of 33.3%, not 4% (allowing for rounding: 3.5-4.5%): "
     "4% reads as percent, not percentage points"),
    ("Some 4,000 arrived in the first wave and 7,000 in the second, 10,000 in all.",
     "Some 4,000 + 7,000 is 11,000, not 10,000 (allowing for rounding: 9,500-10,500)"),
    ("The guns fire 10,000 shells a day, or 1 million a month.",
     "10,000 a day is 200,000-310,000 a month, not 1 million a month "
     "(allowing for rounding: 950,000-1.05 million a month)"),
    ("One in five of the 2,000 nurses, some 600 people, left.",
     "One in five of 2,000 is 400, not some 600 (allowing for the hedge: 540-660)"),
]


@pytest.mark.parametrize(("sentence", "message"), MESSAGES, ids=[row[0][:40] for row in MESSAGES])
def test_messages(sentence: str, message: str) -> None:
    assert [item.message for item in find_inconsistencies(sentence)] == [message]


def test_an_inconsistency_carries_its_figures_values_and_allowance() -> None:
    text = "Last year he sent 3,000 of the 11,000 troops, or 40%."
    [item] = find_inconsistencies(text)
    assert [text[start:end] for start, end in item.spans] == ["3,000", "11,000", "40%"]
    assert [f.text for f in item.inputs] == ["3,000", "11,000"]
    assert item.stated_value == 40
    assert item.computed == pytest.approx(27.27, abs=0.01)
    assert item.allowance == (38, 42)
    low, high = item.computed_range
    assert 26 < low < item.computed < high < 28


def test_a_multiple_stated_by_a_verb_is_reported_at_its_words() -> None:
    text = "Prices.\n\nIt halved. The herd more than doubled from 4 million to 7 million."
    [item] = find_inconsistencies(text)
    assert [text[start:end] for start, end in item.spans] == ["more than doubled", "4 million", "7 million"]


def test_figures_read_once_are_used_as_given() -> None:
    text = "A total of 3,000 of the 11,000 troops, or 40%, went home."
    assert find_inconsistencies(text, read_figures(text)) == find_inconsistencies(text)
    assert find_inconsistencies(text, []) == []


def test_a_finer_result_gets_the_inputs_full_rounding() -> None:
    # 26.4% is stated more finely than 1.2 million: the writer had finer numbers.
    assert find_inconsistencies("It rose from 1.2 million to 1.5 million, up 26.4%.") == []
    # 30% is not: the text's own numbers make it 25%.
    assert [i.relation for i in find_inconsistencies("It rose from 1.2 million to 1.5 million, up 30%.")] == ["change"]


@pytest.mark.parametrize("module", [consistency, patterns, relations, values])
def test_doctests(module) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_the_corpus_script_lists_each_finding_by_file_line_and_column(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Troops\n\nHe sent 3,000 of the 11,000 troops, or 40%.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Sales rose from 12,000 to 15,000, a 25% increase.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "consistency_corpus.py"), "--corpus", str(tmp_path)],
                         capture_output=True, text=True, check=True)
    assert run.stdout.splitlines() == [
        "a.txt:3:40: share: 3,000 of 11,000 is 27.3%, not 40% (allowing for rounding: 38-42%)",
        "1 inconsistencies (share 1)",
    ]
