"""Read numbers written in digits or words, and the precision they are stated to.

>>> words_value("three hundred and fifty thousand")
(Decimal('350000'), 1000)
>>> vague_bounds("tens of thousands")
(Decimal('20000'), Decimal('99999'))
>>> digits_amount("4.2", 10**6, False)
(Decimal('4200000.0'), Decimal('50000.00'))
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from factcheck.figures.figure import MAX_PRECISION_SHARE
from factcheck.lexicon import (
    DOZEN, SCALE_WORDS, SMALL_WORDS, TENS_WORDS, VAGUE_SPANS, VAGUE_UNITS, VULGAR_FRACTIONS,
)
from factcheck.regexes import compiled

#: Far beyond any real figure (world GDP is about 10^14 dollars): larger means a typo,
#: in a registry, or garbage, in a text.
MAX_MAGNITUDE = 10**18
#: A run of more digits than this is an ID, a hash or garbage, never a figure. The cap
#: also keeps a runaway run (20,000 digits) from costing quadratic time in arithmetic.
MAX_DIGITS = 30
#: More words than any figure needs: "nine hundred and ninety-nine million nine hundred
#: and ninety-nine thousand nine hundred and ninety-nine" is 17, counting each part of
#: a hyphenated word. Longer runs ("one hundred and one hundred and ...") are garbage
#: whose value would grow a hundredfold with every three words.
MAX_NUMBER_WORDS = 24
# What groups the digits of "11,000", "1'200'000" and "38 000".
_GROUPING = compiled("[,'’ \u00a0\u202f\u2009]")


@functools.lru_cache(maxsize=4096)  # a text repeats its years and small numbers
def digits_value(digits: str) -> tuple[Decimal, Decimal]:
    """Return the value of "11,000" or "4.2" and half the step of its last stated digit."""
    plain = _GROUPING.sub("", digits)
    if plain[-1] in VULGAR_FRACTIONS:  # "2½": stated to the half
        numerator, denominator = VULGAR_FRACTIONS[plain[-1]]
        return Decimal(plain[:-1] or 0) + Decimal(numerator) / denominator, Decimal(1) / (2 * denominator)
    value = Decimal(plain)
    if "." in plain:
        decimals = len(plain.split(".", 1)[1])
        return value, Decimal(5) / (Decimal(10) ** (decimals + 1))
    return value, round_precision(value)


def round_precision(value: Decimal) -> Decimal:
    """Return half the step of the last non-zero digit of a whole number (11,000: 500)."""
    if value == 0 or value != value.to_integral_value():
        return Decimal("0.5")
    whole = abs(int(value))
    step = 1
    while whole % (step * 10) == 0:
        step *= 10
    return Decimal(step) / 2


def words_value(words: str) -> tuple[Decimal, int] | None:
    """Return the value of "eleven thousand" or "twenty-five" and the largest scale in it
    (1 for none); None when the words do not make one number ("ten twenty", "million")."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t]
    if len(tokens) > MAX_NUMBER_WORDS:
        return None
    tokens = [t for t in tokens if t != "and"]
    total = Decimal(0)
    group: Decimal | None = None
    last = None  # the kind of the previous token
    largest = 1
    for token in tokens:
        if token in SMALL_WORDS:
            value = SMALL_WORDS[token]
            if last == "small" or (last == "tens" and not 0 < value < 10):
                return None
            group, last = (group or 0) + value, "small"
        elif token in TENS_WORDS:
            if last in ("small", "tens"):
                return None
            group, last = (group or 0) + TENS_WORDS[token], "tens"
        elif token in ("hundred", "dozen"):
            if group is None:
                return None
            factor = SCALE_WORDS["hundred"] if token == "hundred" else DOZEN
            group, last, largest = group * factor, "hundred", max(largest, factor)
        else:
            factor = SCALE_WORDS[token]
            if group is None and last == "scale" and factor > largest:
                total, largest = total * factor, factor  # "three thousand million"
                continue
            if group is None:
                return None
            total, group, last, largest = total + group * factor, None, "scale", max(largest, factor)
    if group is None and last != "scale":
        return None
    return total + (group or 0), largest


def vague_bounds(phrase: str) -> tuple[Decimal, Decimal]:
    """Return the bounds a vague magnitude implies: "tens of thousands" is 20,000 to 99,999,
    "thousands" alone 2,000 to 99,999 (see lexicon.VAGUE_SPANS)."""
    alone = VAGUE_SPANS.get(phrase.lower())
    if alone:
        return Decimal(alone[0]), Decimal(alone[1])
    unit = Decimal(1)
    for word in phrase.lower().split():
        if word in VAGUE_UNITS:
            unit *= VAGUE_UNITS[word]
        elif word in SCALE_WORDS:
            unit *= SCALE_WORDS[word]
    return 2 * unit, 10 * unit - 1


def capped(precision: Decimal, value: Decimal, share: Decimal) -> Decimal:
    """Return ``precision``, but never more than ``share`` of the value."""
    return min(precision, abs(value) * share) if value else precision


@functools.lru_cache(maxsize=4096)  # a text repeats its years and round numbers: no need to redo the arithmetic
def digits_amount(digits: str, factor: int, minor: bool) -> tuple[Decimal, Decimal]:
    """Return the value of an amount in digits and half the step of its last digit, both
    times its scale (and in its major unit, for pence or cents)."""
    value, precision = digits_value(digits)
    value, precision = value * factor, precision * factor
    if minor:
        value, precision = value / 100, precision / 100
    return value, capped(precision, value, MAX_PRECISION_SHARE)


@functools.lru_cache(maxsize=1024)  # "two", "one million": a few phrases recur
def words_amount(words: str, minor: bool) -> tuple[Decimal, int, Decimal] | None:
    """Return the value of an amount in words, its scale and half the step of its last
    stated digit; None when the words make no number."""
    parsed = words_with_article(words)
    if parsed is None:
        return None
    value, factor = parsed
    if minor:
        value = value / 100
    return value, factor, capped(round_precision(value), value, MAX_PRECISION_SHARE)


@functools.lru_cache(maxsize=1024)  # shares read these too: "one in five"
def words_with_article(words: str) -> tuple[Decimal, int] | None:
    """Return the value of number words, reading "a", "half a", "a quarter of a" before a scale."""
    lowered = " ".join(words.lower().replace("-", " ").split())
    fraction = Decimal(1)
    for prefix, share in (("half a", "0.5"), ("a quarter of a", "0.25"), ("three quarters of a", "0.75")):
        if lowered.startswith((prefix + " ", prefix + "n ")):
            fraction, lowered = Decimal(share), "one " + lowered.split(" ", len(prefix.split()) + 1)[-1]
            break
    else:
        if lowered.startswith(("a ", "an ")):
            lowered = "one " + lowered.split(" ", 1)[1]
    if " and a half" in lowered:
        parsed = _with_a_half(*lowered.split(" and a half", 1))
    else:
        parsed = words_value(lowered)
    if parsed is None:
        return None
    return parsed[0] * fraction, parsed[1]


def _with_a_half(before: str, after: str) -> tuple[Decimal, int] | None:
    """Return the value of "five and a half million" (``before`` "five", ``after`` "
    million") or "a million and a half" ("one million", "") and its largest scale."""
    whole = words_value(before)
    if whole is None:
        return None
    if not after.strip():  # "a million and a half": half of the last scale
        return whole[0] + Decimal(whole[1]) / 2, whole[1]
    scale = words_value("one " + after.strip())
    if scale is None:
        return None
    return (whole[0] + Decimal("0.5")) * scale[0], max(whole[1], scale[1])




def share_number(words: str) -> Decimal | None:
    words = words.lower().replace(",", "")
    if words.isdigit():
        return Decimal(words)
    parsed = words_with_article(words)
    return parsed[0] if parsed else None


