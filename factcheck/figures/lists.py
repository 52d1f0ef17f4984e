"""Read a bare number inside a list of numbers ("138,582, 868,821, 12,345") without the
full reading: a text that is such a list holds a figure every few characters, and
reading each as prose is read (the pattern, the lead, a dozen traps, the rate) made it
15 times as slow as prose of the same size.

A list item here is a number in plain ASCII digits, grouped by commas in threes or not
grouped, with no leading zero, after a digit and ", " and before ", ". For such a
number every part of the full reading is decided by the few characters around it: the
pattern matches the digits alone (", " opens no scale, unit, percent, currency, rate or
range), no lead can end in "d, ", no trap fires ("," then " " is no version, no phone
group, no time, date, year, address or name), and what follows ", " is never read. So
the figure is the plain exact number, with only the period a sentence may open with
("Every day, ...") read as the full reading reads it. Left to the full reading: a
four-digit number that may be a year (1000 to 2100), and anything longer than 18
digits (near the largest magnitude read). tests/test_list_items.py compares the two
readings on many generated lists.

>>> item = LIST_ITEM.match("1, 138,582, 2", 3)
>>> item.group(), plain_item("1, 138,582, 2", item, periods=False).low
('138,582', 138582)
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.figures.figure import MAX_PRECISION_SHARE, Figure
from factcheck.figures.leads import period_stated_before
from factcheck.regexes import compiled

LIST_ITEM = compiled(r"(?<=[0-9], )(?:[1-9][0-9]{0,2}(?:,[0-9]{3}){1,5}|[1-9][0-9]{0,17})(?=, )")
assert MAX_PRECISION_SHARE == Decimal("0.05")  # _precision's twentieth
# Four plain digits that may be a year, which the full reading turns down.
_YEARS = range(1000, 2101)


def plain_item(text: str, item: re.Match, *, periods: bool) -> Figure | None:
    """Return the figure the full reading gives the list item ``item`` of ``text``
    (see the module), or None when the full reading must decide; ``periods`` is whether
    a sentence of the text may open with a period (leads.may_open_with_a_period)."""
    digits = item.group()
    if len(digits) == 4 and int(digits) in _YEARS:
        return None
    start, end = item.span()
    low = int(digits.replace(",", ""))
    per = period_stated_before(text, start, opening=True, money=False) if periods else None
    spread = _precision(low)
    return Figure(start, end, digits, "number", low, low, "exact", None, per, None, False, spread, spread, None, False)


def _precision(value: int) -> int | float:
    """Return the precision the full reading gives a whole number from 1 up, as
    numbers.digits_amount and figure.plain make it: half the step of its last non-zero
    digit, but no more than MAX_PRECISION_SHARE (a twentieth) of the value.

    >>> _precision(5678), _precision(2000), _precision(300), _precision(1)
    (0.5, 100, 15, 0.05)
    """
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    if step * 10 <= value:  # half the step is no more than a twentieth of the value
        return step // 2 if step > 1 else 0.5
    return value // 20 if value % 20 == 0 else value / 20
