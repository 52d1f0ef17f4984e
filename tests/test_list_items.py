"""The quick reading of a number inside a list of numbers (factcheck.figures.lists) gives
exactly the figures the full reading gives, and the quick context of such a number the
context the full reader gives."""

from __future__ import annotations

import random
import re

import pytest

from factcheck.context import ContextReader
from factcheck.figures import extract_figures, lists, reading
from factcheck.figures.figure import plain
from factcheck.figures.numbers import digits_amount

_NEVER = re.compile(r"(?!)")


def _full_reading(text: str) -> list:
    """Return the figures of ``text`` read with the quick path turned off."""
    saved = reading.LIST_ITEM
    reading.LIST_ITEM = _NEVER
    try:
        return extract_figures(text)
    finally:
        reading.LIST_ITEM = saved


# Numbers as a list may hold them, some the quick path reads and some it leaves alone.
_ITEMS = [
    lambda r: f"{r.randrange(1, 1000)},{r.randrange(0, 1000):03d}",
    lambda r: f"{r.randrange(1, 100)},{r.randrange(0, 1000):03d},{r.randrange(0, 1000):03d}",
    lambda r: str(r.randrange(1, 10)),
    lambda r: str(r.randrange(10, 100)),
    lambda r: str(r.randrange(100, 100_000)),
    lambda r: str(r.randrange(1000, 2101)),  # a year
    lambda r: str(r.randrange(10**17, 10**20)),  # near and past the largest magnitude
    lambda r: f"{r.randrange(1, 1000)},{r.randrange(0, 1000):03d}" * 7,  # beyond the groups read
    lambda r: f"{r.randrange(0, 100)}.{r.randrange(0, 100)}",
    lambda r: f"-{r.randrange(1, 1000)}",
    lambda r: f"0{r.randrange(1, 100)}",
    lambda r: f"{r.randrange(1, 100)},{r.randrange(0, 100):02d}",
    lambda r: f"{r.randrange(1, 100)}%",
    lambda r: f"${r.randrange(1, 100)}m",
    lambda r: f"{r.randrange(1, 100)} million",
    lambda r: f"{r.randrange(1, 10)} to {r.randrange(10, 20)}",
    lambda r: f"{r.randrange(1, 1000)} people",
    lambda r: f"{r.randrange(1, 12)}:{r.randrange(10, 60)}",
    lambda r: f"({r.randrange(1, 1000)})",
    lambda r: f"{r.randrange(100, 1000)} {r.randrange(1000, 10000)}",  # phone-like groups
    lambda r: f"{r.randrange(1, 1000)}th",
    lambda r: r.choice(["May", "the", "about", "Every day", "from", "between", "section", "Channel", "up by",
                        "rose", "which was", "said Ann Lee", "(", ")", "in 2024", "a day", "twenty"]),
]
_SEPARATORS = [", ", ", ", ", ", ",", " ", "; ", ". ", ",  ", ", \n", "\n\n"]


def _generated_lists(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        weights = [rng.random() for _ in _ITEMS]
        weights[0] += 2  # mostly numbers grouped in threes, as the lists the quick path is for
        parts = []
        for _ in range(rng.randrange(3, 40)):
            parts.append(rng.choices(_ITEMS, weights)[0](rng))
            parts.append(rng.choices(_SEPARATORS, [6, 3, 3, 1, 1, 1, 1, 1, 1, 1])[0])
        texts.append(rng.choice(["", "Sales were ", "Every week, ", "In May, ", "(", "The figures: "]) + "".join(parts))
    return texts


_OPENINGS = ["", "The counts were ", "Every day, the post counted ", "It was said, according to Ann Lee, that ",
             "Prices rose by ", "(", "In May 2024, which was dry, they logged ", "Output fell to "]
_CLOSINGS = ["", ".", " people.", " in 2024, a rise.", ") and more", ", compared with 12 in 2023.", " a day."]


def _long_lists(seed: int, count: int) -> list[str]:
    """Return long lists of numbers between words, now and then holding another item."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = [rng.choice(_OPENINGS)]
        for _ in range(rng.randrange(20, 400)):
            item = rng.choice(_ITEMS[:6]) if rng.random() > 0.03 else rng.choice(_ITEMS)
            parts.append(item(rng))
            parts.append(", " if rng.random() > 0.01 else rng.choice(_SEPARATORS))
        parts.append(rng.choice(_CLOSINGS))
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("seed", range(8))
def test_the_quick_reading_gives_what_the_full_reading_gives(seed: int) -> None:
    for text in _generated_lists(seed, 150) + _long_lists(seed, 10):
        assert extract_figures(text) == _full_reading(text), text


@pytest.mark.parametrize(("text", "items"), [
    # (the text, the figures read quickly)
    ("1,234, 5,678, 9,012", ["5,678"]),
    ("7, 8, 9, 10, 11", ["8", "9", "10"]),
    ("12,13,14", []),  # no space: not a list the quick path knows
    ("3, 1999, 2000, 2101, 4", ["2101"]),  # 1999 and 2000 may be years
    ("5, 012, 6, 7", ["6"]),  # a leading zero
    ("1.5, 2, 3.25, 4", ["2"]),
    ("8, 123456789012345678, 1234567890123456789, 9", ["123456789012345678"]),
    ("1,234, 5,678,901,234,567,890, 2", ["5,678,901,234,567,890"]),
    ("1,234, 12,34, 5", []),  # Indian grouping is left to the full reading
])
def test_which_numbers_are_read_quickly(text: str, items: list[str]) -> None:
    quick = []
    for found in lists.LIST_ITEM.finditer(text):
        figure = lists.plain_item(text, found, periods=False)
        if figure is not None:
            quick.append(figure.text)
    assert quick == items
    assert extract_figures(text) == _full_reading(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("1,234, 5,678, 9,012", [("5,678", 5678, 0.5, "exact", None)]),
    ("10, 2,000, 3", [("2,000", 2000, 100, "exact", None)]),  # capped at 5% of the value
    ("Every day, they fired 1, 20, 300, 4", [("20", 20, 1, "exact", "day"), ("300", 300, 15, "exact", "day")]),
])
def test_a_quick_figure_is_the_plain_exact_number(text: str, expected: list[tuple]) -> None:
    figures = [lists.plain_item(text, found, periods="Every" in text) for found in lists.LIST_ITEM.finditer(text)]
    assert [(f.text, f.low, f.low_precision, f.qualifier, f.per) for f in figures] == expected
    assert all(f.kind == "number" and f.high == f.low and f.currency is None and f.unit is None for f in figures)


def test_a_quick_precision_is_the_full_readings() -> None:
    rng = random.Random(7)
    values = [*range(1, 3000), *(rng.randrange(1, 10**18) for _ in range(3000)),
              *(rng.randrange(1, 10**6) * 10**rng.randrange(0, 12) for _ in range(3000)), 10**17, 999_999_999_999_999_999]
    for value in values:
        _, precision = digits_amount(str(value), 1, False)
        assert lists._precision(value) == plain(precision) and type(lists._precision(value)) is type(plain(precision))


@pytest.mark.parametrize("seed", range(4))
def test_the_quick_context_gives_what_the_full_context_gives(seed: int) -> None:
    for text in _generated_lists(100 + seed, 100) + _long_lists(100 + seed, 10):
        quick, full = ContextReader(text), ContextReader(text)
        full._in_list = lambda start, end: None  # the quick path turned off
        for figure in extract_figures(text):
            assert quick.describe(figure.start, figure.end) == full.describe(figure.start, figure.end), text
