"""The comparison rules: stated precision, hedge tolerance, open bounds; and verdicts."""

from __future__ import annotations

import math

import pytest

from factcheck.figures import parse_figure
from factcheck.verdicts import agrees, interval, overall


@pytest.mark.parametrize(
    ("written", "tolerance", "expected"),
    [
        ("12 million", 0.10, (11_500_000, 12_500_000)),  # precision of the last stated digit
        ("11,000", 0.10, (10_500, 11_500)),
        ("4.2 million", 0.10, (4_150_000, 4_250_000)),
        ("about 12 million", 0.10, (11_500_000 * 0.9, 12_500_000 * 1.1)),  # a hedge widens by the tolerance
        ("about 12 million", 0.0, (11_500_000, 12_500_000)),
        ("up to 50%", 0.10, (-math.inf, 52.5)),  # an open side is infinite
        ("at least 64", 0.10, (63.5, math.inf)),
        ("between 4.2 and 5.8 million", 0.10, (4_150_000, 5_850_000)),
        ("around 1,500 to 15,000", 0.10, (1_450 * 0.9, 15_500 * 1.1)),
    ],
)
def test_interval_a_figure_stands_for(written, tolerance, expected) -> None:
    assert interval(parse_figure(written), tolerance) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text_figure", "source_figure", "agree"),
    [
        ("12 million", "about 12 million", True),
        ("12.4 million", "12 million", True),  # within the precision "12 million" was stated at
        ("12.6 million", "12 million", False),
        ("13 million", "about 12 million", True),  # within the 10% tolerance of the hedge
        ("30 million", "about 12 million", False),
        ("30 million", "between 4.2 and 5.8 million", False),
        ("about 12 million", "between 4.2 and 5.8 million", False),
        ("40%", "up to 50%", True),  # an open bound agrees with anything on its side
        ("around 40 percent", "up to 50%", True),
        ("60%", "up to 50%", False),
        ("50", "at least 64", False),
        ("70", "at least 64", True),
        ("more than 2,000", "1,500", False),
        ("fewer than 30", "29", True),
        ("25,000 to 30,000", "28,000", True),
        ("25,000 to 30,000", "11,000", False),
        ("11,400", "11,000", True),
        ("11,600", "11,000", False),
    ],
)
def test_agreement_rules(text_figure, source_figure, agree) -> None:
    assert agrees(parse_figure(text_figure), parse_figure(source_figure), 0.10) is agree
    assert agrees(parse_figure(source_figure), parse_figure(text_figure), 0.10) is agree  # symmetric


def test_tolerance_is_a_setting() -> None:
    assert not agrees(parse_figure("15 million"), parse_figure("about 12 million"), 0.10)
    assert agrees(parse_figure("15 million"), parse_figure("about 12 million"), 0.20)


@pytest.mark.parametrize(
    ("source_verdicts", "verdict"),
    [
        (["agree"], "agree"),
        (["agree", "agree"], "agree"),
        (["conflict"], "conflict"),
        (["conflict", "conflict"], "conflict"),
        (["agree", "conflict"], "mixed"),
    ],
)
def test_overall_verdict_of_a_finding(source_verdicts, verdict) -> None:
    assert overall(source_verdicts) == verdict
