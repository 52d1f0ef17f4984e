"""No input makes reading figures super-linear (issue 7: hostile input).

Each adversarial text is timed against a baseline of the same length measured in the
same test, so that the assertions are ratios that hold on any machine (and on a busy
one: every time is the best of three runs):

- growth: four times the text takes less than six times as long (4x would be linear;
  the rest is headroom for noise). A text read in less than a fifth of the time of
  prose is timed against that fifth: shorter times are mostly noise on a busy machine,
  and a quadratic cost starting from a thirteenth of prose's still fails the bound.
- cost: it takes less than COST_BOUND times as long as ordinary figure-rich prose. A
  text that is all figures does more work per character than prose: "5% 5% 5% ..."
  holds a figure every three characters, 14 times as many as the prose below, and each
  costs about what a figure of prose costs (it measures about 14x). Every other
  adversarial text measures under 3x. COST_BOUND is that densest case with headroom.
"""

from __future__ import annotations

import time

import pytest

from factcheck.check import read_figures

SIZE = 20_000
GROWTH_BOUND = 6
COST_BOUND = 20
RUNS = 3
# Ordinary news prose, dense with figures: about one every 40 characters.
PROSE = (
    "Officials said about 12 million shells were sent, up from 4.2 million a year earlier. "
    "Around 40 percent of them came by rail, and $630 million changed hands in 2024. "
    "Between 25,000 and 30,000 soldiers may follow, adding to the 11,000 sent in November. "
)
ADVERSARIAL = {
    "separator runs": "1,",
    "dotted runs": "1.",
    "dash runs": "1-",
    "hedges in a row": "about ",
    "numbers on one line": "12 ",
    "one long digit run": "1",
    "nested ranges": "between 1 and ",
    "word numbers": "one hundred and ",
    "percentages": "5% ",
    "currency signs": "$",
    "scale words": "million ",
    "open brackets": "(",
    "space-grouped digits": "123 ",
    "grouped numbers on one line": "138,582 ",  # each turned down among other digit groups
    "a list of grouped numbers": "138,582, ",  # each a figure
    "a list of small numbers": "12, ",
    "lakh-grouped digits": "12,",
    "halves": "one and a half ",
    "hyphenated scales": "5-million-",
    "codes after amounts": "5 EUR ",
    "thresholds": "topped the ",
    "number words that make no number": "three ",
    "tens in a row": "twenty thirty ",
    "small words counting": "three children ",
    "or ranges": "2 or ",
    "periods opening sentences": "Every day, 5 ",
    "points after a percent": "5% 3 points ",
}


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _seconds(text: str) -> float:
    # CPU time of this process: on a shared machine, wall time measures the neighbours too.
    best = float("inf")
    for _ in range(RUNS):
        started = time.process_time()
        read_figures(text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_reading_grows_linearly_and_stays_near_prose_cost(unit: str) -> None:
    prose_small, prose_large = _seconds(_repeat(PROSE, SIZE)), _seconds(_repeat(PROSE, 4 * SIZE))
    small, large = _seconds(_repeat(unit, SIZE)), _seconds(_repeat(unit, 4 * SIZE))
    assert large < GROWTH_BOUND * max(small, prose_small / 5), f"4x the text took {large / small:.1f}x as long"
    assert large < COST_BOUND * prose_large, f"{large / prose_large:.1f}x the time of prose of the same length"


def test_prose_itself_grows_linearly() -> None:
    small, large = _seconds(_repeat(PROSE, SIZE)), _seconds(_repeat(PROSE, 4 * SIZE))
    assert large < GROWTH_BOUND * small, f"4x the text took {large / small:.1f}x as long"
