"""Registry dates as spans of days, and which of two is later."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.dates import date_span, is_future, is_later


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("2025", (date(2025, 1, 1), date(2025, 12, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2025-02", (date(2025, 2, 1), date(2025, 2, 28))),
        ("2025-07-13", (date(2025, 7, 13), date(2025, 7, 13))),
        ("2025-13", None),
        ("2025-02-30", None),
        ("25-07", None),
        ("July 2025", None),
        (" 2025", None),
    ],
)
def test_date_span(text, span):
    assert date_span(text) == span


@pytest.mark.parametrize(
    ("text", "other", "later"),
    [
        ("2025-07", "2025-03", True),
        ("2025-03", "2025-07", False),
        ("2025-07", "2024", True),
        ("2026", "2025-12-31", True),
        ("2025-07-02", "2025-07-01", True),
        # A vaguer date overlaps a precise one in the same period: neither is later.
        ("2025", "2025-07", False),
        ("2025-07", "2025", False),
        ("2025-07-31", "2025-07", False),
        ("2025-07", "2025-07", False),
        # An undated source is never known to be newer, nor older.
        (None, "2025-07", False),
        ("2025-07", None, False),
    ],
)
def test_is_later(text, other, later):
    assert is_later(text, other) is later


@pytest.mark.parametrize(
    ("text", "future"),
    [("2025-11-23", True), ("2025-11-22", False), ("2025-11", False), ("2025-12", True), ("2025", False), ("2026", True)],
)
def test_is_future_only_when_every_day_it_can_mean_is_after_today(text, future):
    assert is_future(text, today=date(2025, 11, 22)) is future
