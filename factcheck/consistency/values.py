"""The arithmetic of `factcheck.consistency`: what a figure computed from allows, and how
a value is written in a message.

A figure a value is computed from is read as stated, give or take INPUT_SLACK (or its
rounding, if less), unless the stated result is more precise than it: then the writer
worked from finer numbers than the text prints, and it gets its full rounding. A
hedged figure always gets its hedge.

>>> from factcheck.figures import parse_figure as figure
>>> input_range(figure("12,000"), tight=True)
(11880.0, 12120.0)
>>> input_range(figure("12,000"), tight=False)
(11500, 12500)
>>> tight(figure("30%"), [figure("12,000"), figure("15,000")]), tight(figure("26.4%"), [figure("1.2 million")])
(True, False)
>>> write(27.27, figure("40%")), write(1.2e9, figure("£1bn")), write(11000.0, figure("3,000"))
('27.3%', '£1.2bn', '11,000')
"""

from __future__ import annotations

import math
from typing import Iterable

from factcheck import lexicon
from factcheck.figures import Figure
from factcheck.regexes import compiled
from factcheck.verdicts import Interval, interval, rounding

#: The slack given to a figure computed from when the result is no more precise than it.
INPUT_SLACK = 0.01

# "$" for USD, not "us$"; "Rs" is a word, not a sign.
_SYMBOLS = {code: symbol for symbol, code in lexicon.CURRENCY_SYMBOLS.items() if not symbol[0].isalpha()}


def value(figure: Figure) -> float:
    """Return the number a figure states (its bound, for an open bound)."""
    return figure.low if figure.low is not None else figure.high


def is_point(figure: Figure) -> bool:
    """Return whether a figure states one number that a value may be computed from."""
    return figure.low is not None and figure.low == figure.high and not figure.vague and figure.qualifier in (
        "exact", "about")


def allowance(figure: Figure) -> Interval:
    """Return what a stated result stands for: `factcheck.verdicts.interval`, but a percentage
    written to its units or decimals stands for every value that rounds to it, uncapped.

    The verdict rules cap rounding at 5% of a figure so that a drifted figure is caught
    ("150,000" is not "160,000"); a writer who puts 1.83% as "2%" is rounding, not drifting.

    >>> from factcheck.figures import parse_figure as figure
    >>> allowance(figure("2%")), allowance(figure("0.01%")), allowance(figure("40%"))
    ((1.5, 2.5), (0.005, 0.015), (38, 42))
    """
    low, high = interval(figure)
    written = _LAST_DIGITS.search(figure.text)
    if figure.kind != "percent" or figure.unit or written is None or figure.low != figure.high or figure.lean:
        return low, high
    decimals = len(written.group(1) or "")
    if not decimals and written.group().endswith("0"):
        return low, high  # "30%" may be rounded to its tens: the verdict rules' 5% stands
    half_step = 0.5 * 10.0 ** -decimals
    return min(low, figure.low - half_step), max(high, figure.high + half_step)


_LAST_DIGITS = compiled(r"\d+(?:\.(\d+))?(?=\s?(?:%|per\s*cent|percent|pc\b))")


def input_range(figure: Figure, tight: bool) -> Interval:
    """Return what a figure computed from allows (see the module's docstring)."""
    if figure.approximate or figure.lean:
        return interval(figure)
    low, high = rounding(figure)
    if not tight:
        return low, high
    stated = value(figure)
    slack = abs(stated) * INPUT_SLACK
    return max(low, stated - slack), min(high, stated + slack)


def tight(result: Figure, inputs: Iterable[Figure]) -> bool:
    """Return whether the inputs of ``result`` are read tightly: whether the result is stated
    no more precisely, as a share of its value, than the roughest of them."""
    roughest = max((_relative_precision(f) for f in inputs), default=0.0)
    return _relative_precision(result) >= roughest * (1 - 1e-9)  # "20p, or 20%": both 5%, give or take a bit


def _relative_precision(figure: Figure) -> float:
    low, high = rounding(figure)
    stated = value(figure)
    if not (math.isfinite(low) and math.isfinite(high)) or not stated:
        return 0.0
    return (high - low) / 2 / abs(stated)


def times(a: Interval, b: Interval) -> Interval:
    """Return the product of two intervals."""
    products = [x * y for x in a for y in b if math.isfinite(x * y)]
    return (min(products), max(products)) if products else (-math.inf, math.inf)


def divided(a: Interval, b: Interval) -> Interval:
    """Return the quotient of two intervals of which the second holds no zero."""
    if b[0] <= 0 <= b[1]:
        return -math.inf, math.inf
    return times(a, (1 / b[1], 1 / b[0]))


def plus(a: Interval, b: Interval) -> Interval:
    """Return the sum of two intervals."""
    return a[0] + b[0], a[1] + b[1]


def minus(a: Interval, b: Interval) -> Interval:
    """Return the difference of two intervals."""
    return a[0] - b[1], a[1] - b[0]


def scaled(a: Interval, factor: float, offset: float = 0.0) -> Interval:
    """Return ``a * factor + offset``, for a positive factor."""
    return a[0] * factor + offset, a[1] * factor + offset


def write(number: float, like: Figure, digits: int = 3) -> str:
    """Write ``number`` as a figure of the same measure as ``like`` is written."""
    if like.kind == "percent":
        written = _plain(number, digits)
        return f"{written} percentage points" if like.unit == "percentage_point" else f"{written}%"
    size = abs(number)
    if like.kind == "money":
        symbol = _SYMBOLS.get(like.currency or "")
        for scale, name in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if size >= scale:
                amount = f"{_plain(number / scale, digits)}{name}"
                break
        else:
            amount = _plain(number, digits)
        return f"{symbol}{amount}" if symbol else f"{amount} {like.currency or ''}".strip()
    for scale, name in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if size >= scale:
            return f"{_plain(number / scale, digits)}{name}"
    return _plain(number, digits)


def write_range(bounds: Interval, like: Figure, digits: int = 4) -> str:
    """Write an interval as "38-42%", "above 40%" or "£950m-£1.05bn"."""
    low, high = bounds
    if not math.isfinite(low):
        return f"below {write(high, like)}"
    if not math.isfinite(high):
        return f"above {write(low, like)}"
    first, second = write(low, like, digits), write(high, like, digits)
    if first == second:
        return first
    if like.kind == "percent" and like.unit != "percentage_point":
        first = first.rstrip("%")
    elif like.unit == "percentage_point":
        first = first.replace(" percentage points", "")
    return f"{first}-{second}"


def _plain(number: float, digits: int = 3) -> str:
    """Write a number with a thousands comma, to ``digits`` significant figures below 100."""
    if abs(number) >= 100:
        return f"{round(number):,}"
    return f"{number:.{digits}g}"
