"""Registry dates, written YYYY, YYYY-MM or YYYY-MM-DD, and which of two is later.

A date stands for every day it could mean: "2025" is 1 January to 31 December 2025,
"2025-07" is the whole of July. One date is later than another only when the first
day it could mean comes after the last day the other could mean, so that a vaguer
date is never taken for a newer one:

>>> is_later("2025-07", "2025-03"), is_later("2025-07", "2024")
(True, True)
>>> is_later("2025", "2025-07"), is_later("2025-07", "2025"), is_later("2025-07-31", "2025-07")
(False, False, False)
"""

from __future__ import annotations

import calendar
from datetime import date

from factcheck.regexes import compiled

_DATE = compiled(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_span(text: str) -> tuple[date, date] | None:
    """Return the first and last day a registry date can mean, or None if it is not one."""
    parts = _DATE.fullmatch(text)
    if parts is None:
        return None
    year, month, day = (int(p) if p else None for p in parts.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def is_later(text: str | None, other: str | None) -> bool:
    """Return whether date ``text`` certainly comes after date ``other``; a missing date is never later."""
    span, other_span = (date_span(t) if t else None for t in (text, other))
    return span is not None and other_span is not None and span[0] > other_span[1]


def is_future(text: str, today: date) -> bool:
    """Return whether every day a date can mean is after ``today``."""
    span = date_span(text)
    return span is not None and span[0] > today
