"""Finding inconsistencies takes time in proportion to a text's length, whatever its shape
(issue 14 item 15): figures are paired within one quantity, and each distinct earlier
statement of it is compared once. Before, every figure of one measure was compared with
every earlier one, and 20 KB of "138,582, 868,821, ..." took 5 s to check.

Times are CPU seconds, best of three, as in tests/test_time_bounds.py: four times the
text must take less than GROWTH_BOUND times as long (a square would take sixteen).
"""

from __future__ import annotations

import time

import pytest

from factcheck.check import read_figures
from factcheck.consistency import find_inconsistencies

SIZE = 6_000
GROWTH_BOUND = 6
RUNS = 3
SHAPES = {
    "a list of grouped numbers": "138,582, ",
    "one quantity stated again and again": "Some 5,000 North Korean troops were sent to Russia in 2024. ",
    "one quantity, values that all agree": "About 5,000 North Korean troops were sent to Russia in 2024. "
                                           "Some 5,100 North Korean troops were sent to Russia in 2024. ",
    "one quantity, values that all disagree": "In all 5,000 North Korean troops were sent to Russia in 2024. "
                                              "In all 9,000 North Korean troops were sent to Russia in 2024. ",
}


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _seconds(text: str) -> float:
    figures = read_figures(text)
    best = float("inf")
    for _ in range(RUNS):
        started = time.process_time()
        find_inconsistencies(text, figures)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_inconsistencies_are_found_in_linear_time(unit: str) -> None:
    small, large = _seconds(_repeat(unit, SIZE)), _seconds(_repeat(unit, 4 * SIZE))
    assert large < GROWTH_BOUND * max(small, 0.01), f"4x the text took {large / small:.1f}x as long"


def test_a_quantity_restated_many_times_is_reported_against_its_first_statement() -> None:
    text = _repeat(SHAPES["one quantity, values that all disagree"], 4 * SIZE)
    found = [item for item in find_inconsistencies(text) if item.relation == "restated"]
    # Every 9,000 contradicts the first 5,000; every later 5,000 contradicts the first 9,000.
    assert found and all(item.inputs[0].start in (text.index("5,000"), text.index("9,000")) for item in found)
    assert len(found) == text.count("North Korean troops were sent") - 1
