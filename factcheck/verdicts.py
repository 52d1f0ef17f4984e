"""Decide whether a figure agrees with a source's figure, and what a finding's verdict is.

The rules, as the README's "How a verdict is reached" states them:

1. **Rounding.** A stated figure stands for the values that round to it: half a step of
   its last stated non-zero digit, at most 5% of its value. The interval is half-open,
   so two neighbouring roundings never overlap.
2. **A hedge widens once.** A hedged figure in the text covers the wider of its rounding
   interval and the tolerance either side of its value ("nearly", "almost", "just under"
   only below it, "just over" only above). The two allowances are never added.
3. **The source is taken as stated**: at its rounding only; its own hedge does not widen it.
4. **Open bounds**: "at least 64" is 64 and above, "up to 50%" is 50% and below.
5. **Vague magnitudes** ("thousands", "millions") stand for the span writers use them for.
6. **Agreement** is a positive overlap of the two intervals. A finding is `agree` when
   every source agrees, `conflict` when every source that states a number conflicts
   (a vague source cannot turn a conflict into `mixed`), `mixed` otherwise.

>>> from factcheck.figures import parse_figure as figure
>>> agrees(figure("150,000"), figure("160,000"))
False
>>> agrees(figure("about 12,000"), figure("11,000"))
True
>>> agrees(figure("roughly 9 million"), figure("about 12 million"))
False
>>> agrees(figure("at least 70"), figure("at least 64"))
True
>>> agrees(figure("11,000"), figure("thousands"))
True
>>> overall(["conflict", "conflict", "agree"], stated=[True, True, False]).value
'conflict'
"""

from __future__ import annotations

import math
from typing import Sequence

from factcheck.defaults import DEFAULT_TOLERANCE  # noqa: F401  (importable from here, as before)
from factcheck.figures import Figure
from factcheck.kinds import SEVERITY, Verdict  # noqa: F401  (SEVERITY: still importable from here)


AGREE, CONFLICT, MIXED, UNMATCHED = Verdict.AGREE, Verdict.CONFLICT, Verdict.MIXED, Verdict.UNMATCHED

#: What a figure stands for: (low, high), low included and high not; open sides are infinite.
Interval = tuple[float, float]

BELOW = "below"
ABOVE = "above"


def rounding(figure: Figure) -> Interval:
    """Return the values that round to the figure as stated: its hedge plays no part.

    >>> from factcheck.figures import parse_figure as figure
    >>> rounding(figure("160,000")), rounding(figure("4.2"))
    ((155000, 165000), (4.15, 4.25))
    >>> rounding(figure("up to 50%"))
    (-inf, 50)
    """
    if figure.lean == BELOW:  # "nearly 12 million": the values under 12 million that round to it
        stated = figure.high if figure.high is not None else figure.low
        return stated - figure.high_precision, stated
    if figure.lean == ABOVE:
        stated = figure.low if figure.low is not None else figure.high
        return stated, stated + figure.low_precision
    if figure.low is None:
        return -math.inf, figure.high
    if figure.high is None:
        return figure.low, math.inf
    return figure.low - figure.low_precision, figure.high + figure.high_precision


def interval(figure: Figure, tolerance: float = DEFAULT_TOLERANCE) -> Interval:
    """Return what a figure in the text stands for: its rounding, or for a hedged figure
    the wider of that and the tolerance either side of its value (rule 2).

    >>> from factcheck.figures import parse_figure as figure
    >>> interval(figure("about 12 million"))
    (10800000.0, 13200000.0)
    >>> interval(figure("about 12 million"), tolerance=0.0)
    (11500000, 12500000)
    """
    low, high = rounding(figure)
    if figure.vague:
        return low, high
    if figure.lean == BELOW:
        return min(low, _widened(high, -tolerance)), high
    if figure.lean == ABOVE:
        return low, max(high, _widened(low, tolerance))
    if not figure.approximate:
        return low, high
    if math.isfinite(low):
        low = min(low, _widened(figure.low, -tolerance))
    if math.isfinite(high):
        high = max(high, _widened(figure.high, tolerance))
    return low, high


def agrees(figure: Figure, source: Figure, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    """Return whether a figure in the text agrees with a source's figure (rules 1-6).

    The text's figure is read with its hedge, the source's as stated.
    """
    return overlap(interval(figure, tolerance), rounding(source))


def either_agrees(first: Figure, second: Figure, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    """Return whether two figures agree when neither is the other's source (`compare`,
    sources of one claim): either, with its own hedge, covers the other as stated.

    >>> from factcheck.figures import parse_figure as figure
    >>> either_agrees(figure("about 12 million"), figure("13 million"))
    True
    >>> either_agrees(figure("about 12 million"), figure("between 4.2 and 5.8 million"))
    False
    """
    return agrees(first, second, tolerance) or agrees(second, first, tolerance)


def overlap(first: Interval, second: Interval) -> bool:
    """Return whether two intervals share more than a point (a single value counts when
    one of them is a single value lying within the other).

    >>> overlap((145_000, 155_000), (155_000, 165_000))
    False
    >>> overlap((0, 0), (-1, 1))
    True
    """
    low, high = max(first[0], second[0]), min(first[1], second[1])
    if high > low:
        return True
    point = first if first[0] == first[1] else second if second[0] == second[1] else None
    other = second if point is first else first
    return point is not None and other[0] <= point[0] <= other[1]


def overall(source_verdicts: Sequence[str], stated: Sequence[bool] | None = None) -> str:
    """Return a finding's verdict from its sources' verdicts (rule 6).

    ``stated[i]`` says whether source i states a number rather than a vague magnitude
    ("millions"); when some do, only theirs can make the finding a conflict.

    >>> [overall(v).value for v in (["agree", "agree"], ["agree", "conflict"], ["conflict"])]
    ['agree', 'mixed', 'conflict']
    """
    if all(v == AGREE for v in source_verdicts):
        return AGREE
    numeric = [v for v, states in zip(source_verdicts, stated or [True] * len(source_verdicts)) if states]
    if all(v == CONFLICT for v in numeric or source_verdicts):
        return CONFLICT
    return MIXED


def _widened(value: float, share: float) -> float:
    """Return ``value`` moved by ``share`` of its size (down when ``share`` is negative)."""
    return value + abs(value) * share
