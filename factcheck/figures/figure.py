"""The value the extractor returns: a figure as a text states it."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

Number = int | float

#: How a figure is hedged; see docs/spec.md §3.
QUALIFIERS = ("exact", "about", "at_least", "at_most", "more_than", "less_than", "range")

# A round number is read as precise to its last non-zero digit ("12 million" is
# 11.5-12.5 million) but never looser than this share of its value, so that
# "10,000" is not taken to mean anything from 5,000 to 15,000. Shares written as
# fractions ("a third", "one in five") are round figures too, read this loosely.
MAX_PRECISION_SHARE = Decimal("0.05")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as a text states it, kept beside the exact words it came from."""

    start: int
    end: int
    text: str
    kind: str  # number | percent | money
    low: Number | None
    high: Number | None
    qualifier: str
    currency: str | None = None
    per: str | None = None
    # What a number measures beyond a count ("km", "year", "gb"), or
    # "percentage_point" for a percent that is a difference of percentages.
    unit: str | None = None
    # Hedged as an estimate ("about", "around 1,500 to 15,000"): compared with a tolerance.
    approximate: bool = False
    # Half the step of the last digit each bound was stated to ("12 million": 500,000).
    low_precision: Number = 0
    high_precision: Number = 0
    # "below" for a hedge that leans under the figure ("nearly", "just under"), "above" for
    # one that leans over it ("just over"); None for the rest.
    lean: str | None = None
    # A vague magnitude ("thousands", "millions"): it states a span, not a number.
    vague: bool = False

    @property
    def measure(self) -> tuple[str, str | None, str | None, str | None]:
        """Return what kind of quantity this is: only like measures can be compared."""
        return (self.kind, self.currency, self.per, self.unit)


@functools.lru_cache(maxsize=4096)  # speed: a text repeats its values and precisions (0.5, 500)
def plain(value: Decimal | None) -> Number | None:
    """Return a Decimal as an int when it is whole, else as a float."""
    if value is None:
        return None
    try:
        if value == value.to_integral_value():
            return int(value)
    except InvalidOperation:
        pass
    return float(value)

