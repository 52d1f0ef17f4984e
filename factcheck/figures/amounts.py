"""Read one amount of a candidate: its value, precision, currency, percent and scale.

>>> from factcheck.figures.pattern import FIGURE
>>> amount = read_amount("£4.2bn", FIGURE.match("£4.2bn"), "a_")
>>> amount.value, amount.currency, amount.factor
(Decimal('4200000000.0'), 'GBP', 1000000000)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from factcheck import lexicon
from factcheck.figures.numbers import MAX_DIGITS, digits_amount, words_amount
from factcheck.figures.pattern import AMOUNT_GROUPS
from factcheck.regexes import compiled

# Events and marks of athletics and swimming: where "400m" is a distance, not a sum.
_ATHLETICS = compiled(
    r"\b(?:hurdles?|sprint\w*|relay|metres|athlet\w*|indoors?|outdoors?|olympic\w*|medal\w*|jump\w*|vault\w*"
    r"|freestyle|backstroke|breaststroke|medley|marathon|secs|seconds|personal\s+best|track|races?|raced|runners?"
    r"|ran|laps?|grand\s+prix|championships?)\b",
    re.IGNORECASE,
)

# A dimension after a bare "5m" makes it metres, not millions: "about 5m deep", "a 250m-long bridge".
_DIMENSION_AFTER = compiled(
    r"[-\s](?:deep|high|tall|long|wide|thick|across|underground|below\s+ground|in\s+(?:diameter|length|height|depth"
    r"|width))\b",
    re.IGNORECASE,
)

# "250m people" is millions even in a report of athletics.
_COUNTED_AFTER = compiled(rf"\s+(?:{lexicon.alternation(lexicon.COUNTED_NOUNS)})\b", re.IGNORECASE)


@dataclass(slots=True)
class Amount:
    """One side of a candidate: its value and half the step of its last stated digit."""

    value: Decimal
    precision: Decimal
    currency: str | None
    percent: bool
    points: bool  # percentage points, not percent
    factor: int  # the scale it was multiplied by: 1000 for "40k", 1 for none
    digits: bool  # written in digits rather than words
    unit: str | None = None  # "m" when "400m" is a distance
    suffix: str | None = None  # the qualifier of "100,000-plus", "10,000-odd"
    small_word: bool = False  # a number word below ten: a figure only in a range

    @property
    def bare(self) -> bool:
        """Return whether this is a plain number: no currency, percent, scale or unit."""
        return not (self.currency or self.percent or self.factor != 1 or self.unit)



def read_amount(text: str, match: re.Match, p: str) -> Amount | None:
    symbol, word, pct, suffix, digits = match.group(*AMOUNT_GROUPS[p])
    currency = None
    if symbol:
        sign = "".join(symbol.split())  # "US $ 3": "US$"
        currency = lexicon.CURRENCY_SYMBOLS.get(sign.lower()) or sign.upper()
    minor = False
    if word:
        word = word.strip().lstrip("-")  # "a 23-million-dollar fund"
        if word[:1].isupper() and " " not in word and word.lower() in lexicon.MINOR_UNITS:
            return None  # "50 Cent": a name ("55 Euro cents" is money)
        key = " ".join(word.lower().split())
        currency = currency or (word if word in lexicon.CURRENCY_CODES else lexicon.CURRENCY_WORDS[key])
        minor = key in lexicon.MINOR_UNITS
    pct_word = " ".join(pct.lower().split()) if pct else ""
    points = "point" in pct_word or pct_word in ("pp", "bp", "bps")
    # Basis points are hundredths of a percentage point: "40 bp" is 0.4 points.
    basis = pct_word.startswith(("basis", "bp"))
    suffix_qualifier = lexicon.SUFFIX_HEDGES[suffix.lstrip("-")] if suffix else None
    if digits:
        if len(digits) > MAX_DIGITS and sum(c.isdigit() for c in digits) > MAX_DIGITS:
            return None  # an ID or garbage, and too long to do arithmetic on cheaply
        factor, unit = 1, None
        scale = match.group(p + "scale")
        if scale:
            key = " ".join(scale.lower().lstrip("-").split())  # "$3.5-million"
            if key in lexicon.CURRENCY_ONLY_ABBREVIATIONS and currency is None and not pct:
                if key == "b" or match.group("unit"):
                    return None  # "5b" is a code: no amount we can read
                scale_end = match.end(p + "scale")
                if _DIMENSION_AFTER.match(text, scale_end) or (
                    not _COUNTED_AFTER.match(text, scale_end) and _reads_as_metres(text, match.start(p + "digits"))
                ):
                    unit = "m"
                else:
                    factor = lexicon.SCALE_ABBREVIATIONS[key]
            elif key in lexicon.SCALE_ABBREVIATIONS:
                factor = lexicon.SCALE_ABBREVIATIONS[key]
            else:
                factor = 1
                for scale_word in key.split():
                    factor *= lexicon.SCALE_WORDS[scale_word]
        value, precision = digits_amount(digits, factor, minor)
        if basis:
            value, precision = value / 100, precision / 100
        return Amount(value, precision, currency, bool(pct), points, factor, True, unit, suffix_qualifier)
    amount = words_amount(match.group(p + "words"), minor)
    if amount is None:
        return None
    value, factor, precision = amount
    small = value < 10 and not (factor > 1 or pct or currency)
    return Amount(value, precision, currency, bool(pct), points, factor, False, None, suffix_qualifier, small)




def _reads_as_metres(text: str, start: int) -> bool:
    """Return whether a bare "400m" is a distance: it is, in a report of athletics."""
    return _ATHLETICS.search(text, max(0, start - 250), min(len(text), start + 250)) is not None


def compatible(first: Amount, second: Amount) -> bool:
    """Return whether two amounts can be the ends of one range."""
    if first.percent != second.percent and (first.percent or not first.bare):
        return False  # "5% to 20", "£5 to 10%"
    if first.currency and second.currency and first.currency != second.currency:
        return False
    if first.currency and second.percent or second.currency and first.percent:
        return False
    return first.points == second.points or (first.bare and not first.percent)  # "2 to 3 percentage points"


def share_scale(first: Amount, second: Amount) -> tuple[Amount, Amount]:
    """Carry the second side's scale, percent and currency to a bare first side.

    "between 4.2 and 5.8 million" is 4.2-5.8 million; "40 to 50 percent" is percent
    throughout. The scale is shared only where that keeps the range in order.
    """
    if _thousands_shared(first, second):
        first = replace(first, value=first.value * 1000, precision=first.precision * 1000, factor=1000)
    if second.factor > 1 and first.factor == 1:
        scaled = first.value * second.factor
        if scaled <= second.value:
            first = replace(first, value=scaled, precision=first.precision * second.factor, factor=second.factor,
                            small_word=False)
    if second.percent and not first.percent:
        first = replace(first, percent=True, points=second.points)
    if second.currency and not first.currency:
        first = replace(first, currency=second.currency)
    if first.currency and not second.currency:
        second = replace(second, currency=first.currency)
    return first, second


def _thousands_shared(first: Amount, second: Amount) -> bool:
    """Return whether "40-60,000" means 40,000-60,000: the bare first end alone would be
    absurd beside the second, a round number of thousands of the same order."""
    if not (first.digits and second.digits and first.factor == 1 == second.factor and first.bare):
        return False
    low, high = first.value, second.value
    if low != low.to_integral_value() or not 1 < low < 1000 or high % 1000:
        return False
    return low < high // 1000 < low * 10


def kind_of(amount: Amount) -> tuple[str, str | None]:
    if amount.percent:
        return "percent", None
    if amount.currency:
        return "money", amount.currency
    return "number", None


