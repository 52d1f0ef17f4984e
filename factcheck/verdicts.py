"""Decide whether a figure agrees with a source's figure, and what a finding's verdict is.

Two figures agree when the intervals they stand for overlap, after allowing for
- the precision each was stated at ("12 million" stands for 11.5-12.5 million),
- hedges: an approximate figure ("about", "around") widens by the tolerance,
- open bounds: "up to 50%" agrees with 40%; "at least 64" conflicts with 50.
"""

from __future__ import annotations

import math

from factcheck.figures import Figure
from factcheck.kinds import SEVERITY, Verdict  # noqa: F401  (SEVERITY: still importable from here)

DEFAULT_TOLERANCE = 0.10

AGREE, CONFLICT, MIXED, UNMATCHED = Verdict.AGREE, Verdict.CONFLICT, Verdict.MIXED, Verdict.UNMATCHED


def interval(figure: Figure, tolerance: float = DEFAULT_TOLERANCE) -> tuple[float, float]:
    """Return the closed interval a figure stands for; open sides are infinite."""
    low = -math.inf if figure.low is None else figure.low - figure.low_precision
    high = math.inf if figure.high is None else figure.high + figure.high_precision
    if figure.approximate:
        low -= abs(low) * tolerance if math.isfinite(low) else 0
        high += abs(high) * tolerance if math.isfinite(high) else 0
    return low, high


def agrees(figure: Figure, stated: Figure, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    """Return whether two figures of the same measure can both be true."""
    low, high = interval(figure, tolerance)
    other_low, other_high = interval(stated, tolerance)
    return low <= other_high and other_low <= high


def overall(source_verdicts: list[str]) -> str:
    """Return a finding's verdict from its sources' verdicts."""
    if all(v == AGREE for v in source_verdicts):
        return AGREE
    if all(v == CONFLICT for v in source_verdicts):
        return CONFLICT
    return MIXED
