"""Find the figures quoted in a text: their exact span and what they state.

One compiled pattern finds candidate amounts (a number with its currency, scale,
percent sign, unit and rate); Python then looks behind each candidate for a hedge
("about", "at least", "between") and around it for the signs that it is not a
figure at all (a year, a date, a time, a model name such as "Hwasong-11").

>>> [f.text for f in extract_figures("They sent about 12 million shells in 2024.")]
['about 12 million']
>>> fig = parse_figure("between 4.2 and 5.8 million")
>>> fig.kind, fig.low, fig.high, fig.qualifier
('number', 4200000, 5800000, 'range')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

Number = int | float

#: How a figure is hedged; see SPEC §3.
QUALIFIERS = ("exact", "about", "at_least", "at_most", "more_than", "less_than", "range")

# A round number is read as precise to its last non-zero digit ("12 million" is
# 11.5-12.5 million) but never looser than this share of its value, so that
# "10,000" is not taken to mean anything from 5,000 to 15,000.
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
    unit: str | None = None
    # Hedged as an estimate ("about", "around 1,500 to 15,000"): compared with a tolerance.
    approximate: bool = False
    # Half the step of the last digit each bound was stated to ("12 million": 500,000).
    low_precision: Number = 0
    high_precision: Number = 0

    @property
    def measure(self) -> tuple[str, str | None, str | None, str | None]:
        """Return what kind of quantity this is: only like measures can be compared."""
        return (self.kind, self.currency, self.per, self.unit)


def extract_figures(text: str) -> list[Figure]:
    """Return every figure in ``text``, in order of appearance."""
    return list(_scan(text, values_only=False))


def parse_figure(value: str) -> Figure | None:
    """Parse a figure written on its own ("about 12 million", "up to 50%", "64").

    Return None unless the whole string is exactly one figure. Unlike running
    text, a bare "2024" here is the number 2024, not a year.
    """
    stripped = value.strip()
    figures = list(_scan(stripped, values_only=True))
    if len(figures) != 1 or figures[0].start != 0 or figures[0].end != len(stripped):
        return None
    return figures[0]


# --- the pattern -----------------------------------------------------------------

_SMALL_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALE_WORDS = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
_SCALE_ABBREVIATIONS = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "tn": 10**12,
    "trn": 10**12,
}
# Abbreviations that mean a scale only beside a currency: "£3.2m" but "100m" (metres).
_CURRENCY_ONLY_ABBREVIATIONS = {"m", "b"}

_CURRENCY_SYMBOLS = {
    "us$": "USD",
    "$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
}
_CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "INR", "CNY", "CHF", "AUD", "CAD", "RUB", "KRW")
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "won": "KRW",
}

# Units of measure, by every surface form, to their normalised name.
_UNITS = {
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "miles": "mile",
    "mile": "mile",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "kg": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "tonne",
    "ton": "tonne",
    "hours": "hour",
    "hour": "hour",
    "minutes": "minute",
    "minute": "minute",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "week": "week",
    "months": "month",
    "month": "month",
    "years": "year",
    "year": "year",
}

_PERIODS = {
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "annum": "year",
    "yr": "year",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "yearly": "year",
    "a year": "year",
}

_HEDGES = {
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "about",
    "circa": "about",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "just over": "more_than",
    "well over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "up to": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "a maximum of": "at_most",
    "fewer than": "less_than",
    "less than": "less_than",
    "under": "less_than",
    "just under": "less_than",
}

_MONTHS = (
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec"
).split()


def _alternation(words) -> str:
    """Return a regex alternation of ``words``, longest first so none is cut short."""
    escaped = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return "|".join(escaped)


_NUMBER_WORD = _alternation([*_SMALL_WORDS, *_TENS_WORDS, *_SCALE_WORDS, "dozen"])
_SCALE_WORD = _alternation([*_SCALE_WORDS, "dozen"])


def _amount(p: str) -> str:
    """Return the pattern of one amount, its groups prefixed with ``p``."""
    return rf"""
    (?P<{p}cur>(?:US|A|C|NZ|HK|S)\$|[$€£¥₹]|\bRs\.?\s?(?=\d)|\b(?:{'|'.join(_CURRENCY_CODES)})\s?(?=\d))?
    (?:
        (?P<{p}digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?P<{p}scale>\s?(?:{_alternation(_SCALE_WORDS)})\b|\s?(?:bn|mn|mln|tn|trn|k)\b|(?:m|b)\b)?
      |
        (?P<{p}words>\b(?:half\s+(?:a\s+)?|a\s+quarter\s+(?:of\s+)?a\s+|an?\s+)(?:{_SCALE_WORD})\b
          |\b(?:{_NUMBER_WORD})(?:(?:\s+and\s+|\s+|-)(?:{_NUMBER_WORD}))*\b)
    )
    (?P<{p}pct>\s?%|\s?(?:percent|per\s+cent|pc)\b|\s+percentage\s+points?\b)?
    (?P<{p}curword>\s+(?:{_alternation(_CURRENCY_WORDS)})\b)?
    """


_FIGURE = re.compile(
    rf"""
    {_amount("a_")}
    (?:
        (?P<sep>\s*[-–—]\s*|\s+(?:to|and)\s+)
        {_amount("b_")}
    )?
    (?P<unit>-?\s?(?:{_alternation(_UNITS)})\b)?
    (?P<rate>
        \s+(?:a|an|per|each|every)\s+(?:day|week|month|year|annum)\b
      | \s+(?:daily|weekly|monthly|annually|yearly)\b
      | \s*/\s*(?:day|week|month|year|yr)\b
    )?
    """,
    re.IGNORECASE | re.VERBOSE,
)

_HEDGE_BEFORE = re.compile(
    rf"(?:\b(?P<opener>between|from)\s+)?(?:\b(?P<hedge>{_alternation(_HEDGES)})\s+)?$",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(_MONTHS)})\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?(?:{'|'.join(_MONTHS)})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"[:.]\d\d\b|\s?(?:[ap]\.?m\b\.?|o'clock\b|GMT\b|BST\b|hrs\b)", re.IGNORECASE)
_RATE_NOT_A_RATE = re.compile(r"\s+(?:ago|earlier|later|before|after|old|previously)\b", re.IGNORECASE)
_URL_OR_CODE = re.compile(r"https?://\S+|\bwww\.\S+|`[^`\n]+`|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_LOOKBEHIND = 40
_YEARS = range(1000, 2101)


# --- reading one candidate ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Amount:
    """One side of a candidate: its value and half the step of its last stated digit."""

    value: Decimal
    precision: Decimal
    currency: str | None
    percent: bool
    percentage_points: bool
    factor: int  # the scale it was multiplied by: 1000 for "40k", 1 for none
    digits: bool  # written in digits rather than words


def _scan(text: str, *, values_only: bool):
    excluded = _excluded_spans(text) if not values_only else []
    position = 0
    while True:
        match = _FIGURE.search(text, position)
        if match is None:
            return
        figure, resume = _read_candidate(text, match, values_only)
        position = max(resume, match.start() + 1)
        if figure is not None and not _inside(excluded, figure.start):
            yield figure


def _read_candidate(text: str, match: re.Match, values_only: bool) -> tuple[Figure | None, int]:
    """Turn one pattern match into a figure, or None; also say where to look next."""
    first = _read_amount(match, "a_")
    has_second = bool(match.group("b_digits") or match.group("b_words"))
    second = _read_amount(match, "b_") if has_second else None
    lead = _HEDGE_BEFORE.search(text, max(0, match.start() - _LOOKBEHIND), match.start())
    if first is None:
        return None, match.start("sep") if has_second else match.end()
    if second is not None and _is_range(match, lead.group("opener")):
        return _read_range(text, match, first, second, lead, values_only), match.end()
    if has_second:
        # Two figures side by side, not one range: read the first, then go on from the separator.
        return _read_single(text, match, first, lead, values_only, end=_amount_end(match, "a_")), match.start("sep")
    return _read_single(text, match, first, lead, values_only, end=match.end()), match.end()


def _read_single(text, match, amount: _Amount, lead: re.Match, values_only: bool, *, end: int) -> Figure | None:
    hedge = lead.group("hedge")
    number_start = _amount_start(match, "a_")
    if not values_only and _is_not_a_figure(text, number_start, end, match, amount, hedged=bool(hedge)):
        return None
    qualifier = _HEDGES[" ".join(hedge.lower().split())] if hedge else "exact"
    low = high = amount.value
    if qualifier in ("at_least", "more_than"):
        high = None
    elif qualifier in ("at_most", "less_than"):
        low = None
    kind, currency = _kind_of(amount)
    return _build(
        text, lead.start("hedge") if hedge else number_start, end, match, kind, currency, qualifier,
        low=low, high=high, low_precision=amount.precision, high_precision=amount.precision,
        approximate=qualifier == "about",
    )


def _read_range(text, match, first: _Amount, second: _Amount, lead: re.Match, values_only: bool) -> Figure | None:
    first, second = _share_scale(first, second)
    if first.value >= second.value:
        return None  # "3-1" is a score and "2004-05" a season, not a range
    number_start = _amount_start(match, "a_")
    end = match.end()
    if not values_only and (_is_year_range(match, first) or _is_not_a_figure(text, number_start, end, match, first)):
        return None
    hedge = lead.group("hedge")
    start = lead.start("opener") if lead.group("opener") else lead.start("hedge") if hedge else number_start
    kind, currency = _kind_of(second if second.currency or second.percent else first)
    return _build(
        text, start, end, match, kind, currency, "range",
        low=first.value, high=second.value,
        low_precision=first.precision, high_precision=second.precision,
        approximate=bool(hedge) and _HEDGES[" ".join(hedge.lower().split())] == "about",
    )


def _build(text, start, end, match, kind, currency, qualifier, *, low, high, low_precision, high_precision, approximate):
    per = _period_of(match, end)
    if per is not None and _RATE_NOT_A_RATE.match(text, match.end("rate")):
        per, end = None, match.start("rate")  # "11,000 a year ago" is no rate
    return Figure(
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,
        low=_plain(low),
        high=_plain(high),
        qualifier=qualifier,
        currency=currency,
        per=per,
        unit=_unit_of(match, end),
        approximate=approximate,
        low_precision=_plain(low_precision),
        high_precision=_plain(high_precision),
    )


def _unit_of(match: re.Match, end: int) -> str | None:
    unit = match.group("unit")
    if not unit or match.end("unit") > end:
        return None
    return _UNITS[unit.lstrip("-").strip().lower()]


def _period_of(match: re.Match, end: int) -> str | None:
    rate = match.group("rate")
    if not rate or match.end("rate") > end:
        return None
    word = rate.replace("/", " ").split()[-1].lower()
    return _PERIODS[word]


def _read_amount(match: re.Match, p: str) -> _Amount | None:
    symbol = match.group(p + "cur")
    currency = None
    if symbol:
        currency = _CURRENCY_SYMBOLS.get(symbol.strip().lower()) or symbol.strip().upper()
    word = match.group(p + "curword")
    if word:
        currency = currency or _CURRENCY_WORDS[" ".join(word.lower().split())]
    pct = match.group(p + "pct")
    percentage_points = bool(pct and "point" in pct.lower())
    digits = match.group(p + "digits")
    if digits:
        value, precision = _digits_value(digits)
        factor = 1
        scale = match.group(p + "scale")
        if scale:
            key = scale.strip().lower()
            if key in _CURRENCY_ONLY_ABBREVIATIONS and currency is None:
                return None  # "100m" is a distance, "5b" a code: no amount we can read
            factor = _SCALE_WORDS.get(key) or _SCALE_ABBREVIATIONS[key]
        value, precision = value * factor, precision * factor
        return _Amount(value, _capped(precision, value), currency, bool(pct), percentage_points, factor, True)
    parsed = _words_value(match.group(p + "words"))
    if parsed is None:
        return None
    value, factor = parsed
    if value < 10 and not (factor > 1 or pct or currency):
        return None  # "two countries": a word, not a quoted figure
    return _Amount(value, _capped(_round_precision(value), value), currency, bool(pct), percentage_points, factor, False)


def _amount_start(match: re.Match, p: str) -> int:
    return match.start(p + "cur") if match.group(p + "cur") else (
        match.start(p + "digits") if match.group(p + "digits") else match.start(p + "words")
    )


def _amount_end(match: re.Match, p: str) -> int:
    for group in ("curword", "pct", "scale", "digits", "words"):
        if match.group(p + group):
            return match.end(p + group)
    raise AssertionError("an amount always has digits or words")


def _is_range(match: re.Match, opener: str | None) -> bool:
    """Return whether two amounts form one range; "and" joins a range only after "between"."""
    if match.group("sep").strip().lower() == "and":
        return opener is not None and opener.lower() == "between"
    return True


def _share_scale(first: _Amount, second: _Amount) -> tuple[_Amount, _Amount]:
    """Carry the second side's scale, percent and currency to a bare first side.

    "between 4.2 and 5.8 million" is 4.2-5.8 million; "40 to 50 percent" is percent
    throughout. The scale is shared only where that keeps the range in order.
    """
    if second.factor > 1 and first.factor == 1 and first.digits:
        scaled = first.value * second.factor
        if scaled <= second.value:
            first = replace(first, value=scaled, precision=first.precision * second.factor, factor=second.factor)
    if second.percent and not first.percent:
        first = replace(first, percent=True, percentage_points=second.percentage_points)
    if second.currency and not first.currency:
        first = replace(first, currency=second.currency)
    if first.currency and not second.currency:
        second = replace(second, currency=first.currency)
    return first, second


def _kind_of(amount: _Amount) -> tuple[str, str | None]:
    if amount.percent:
        return "percent", None
    if amount.currency:
        return "money", amount.currency
    return "number", None


# --- what is not a figure -------------------------------------------------------


def _is_not_a_figure(text: str, start: int, end: int, match: re.Match, amount: _Amount, *, hedged: bool = True) -> bool:
    """Return whether the candidate is a year, date, time, ordinal or part of a name."""
    before = text[start - 1] if start > 0 else " "
    if before.isalnum() or before in "#_":
        return True  # "G7", "MH17", "#3"
    if before in "-/.:" and start > 1 and text[start - 2].isalnum():
        return True  # "Hwasong-11", "F-16", "COVID-19", "1/2", "v.2", "10:30"
    after = text[end] if end < len(text) else " "
    if after.isalpha() or after == "_":
        return True  # "47th", "1990s", "19FortyFive", "3D"
    if after in ".,:/-" and end + 1 < len(text) and text[end + 1].isdigit():
        return True  # "1.2.3", "1,2,3", "10:30", "1/2"
    if amount.digits and not amount.currency and not amount.percent:
        if _TIME_AFTER.match(text, end):
            return True
        if amount.factor == 1 and _is_year(match, amount) and not hedged:
            return True
        if _MONTH_BEFORE.search(text, max(0, start - 12), start) or _MONTH_AFTER.match(text, end):
            return True
    return False


def _is_year(match: re.Match, amount: _Amount) -> bool:
    digits = match.group("a_digits") or ""
    return (
        amount.value in _YEARS
        and len(digits) == 4
        and digits.isdigit()
        and not match.group("unit")
    )


def _is_year_range(match: re.Match, first: _Amount) -> bool:
    """Return whether a range is of years ("2022-2024", "2004-05")."""
    digits = match.group("a_digits") or ""
    return len(digits) == 4 and digits.isdigit() and first.value in _YEARS and not first.currency and not first.percent


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of URLs, e-mail addresses and inline code, which hold no figures."""
    if "://" not in text and "www." not in text and "`" not in text and "@" not in text:
        return []
    return [m.span() for m in _URL_OR_CODE.finditer(text)]


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


# --- numbers ----------------------------------------------------------------------


def _digits_value(digits: str) -> tuple[Decimal, Decimal]:
    """Return the value of "11,000" or "4.2" and half the step of its last stated digit."""
    plain = digits.replace(",", "")
    value = Decimal(plain)
    if "." in plain:
        decimals = len(plain.split(".", 1)[1])
        return value, Decimal(5) / (Decimal(10) ** (decimals + 1))
    return value, _round_precision(value)


def _round_precision(value: Decimal) -> Decimal:
    """Return half the step of the last non-zero digit of a whole number (11,000: 500)."""
    if value == 0 or value != value.to_integral_value():
        return Decimal("0.5")
    whole = int(value)
    step = 1
    while whole % (step * 10) == 0:
        step *= 10
    return Decimal(step) / 2


def _capped(precision: Decimal, value: Decimal) -> Decimal:
    return min(precision, abs(value) * MAX_PRECISION_SHARE) if value else precision


def _words_value(words: str) -> tuple[Decimal, int] | None:
    """Return the value of "eleven thousand", "a dozen" or "half a million", and
    the largest scale word in it (1 for none); None for a bare scale word ("million")."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t not in ("and", "of")]
    fraction = Decimal(1)
    if tokens[0] == "half":
        fraction, tokens = Decimal("0.5"), tokens[1:]
    elif tokens[:2] == ["a", "quarter"]:
        fraction, tokens = Decimal("0.25"), tokens[2:]
    total = current = Decimal(0)
    have_number = False
    largest = 1
    for token in tokens:
        if token in ("a", "an"):
            current, have_number = Decimal(1), True
        elif token in _SCALE_WORDS or token == "dozen":
            if not have_number:
                return None
            factor = 12 if token == "dozen" else _SCALE_WORDS[token]
            largest = max(largest, factor)
            if factor >= 1000:
                total += (current or 1) * factor
                current = Decimal(0)
            else:
                current = (current or 1) * factor
        elif token in _SMALL_WORDS:
            current += _SMALL_WORDS.index(token)
            have_number = True
        else:
            current += 20 + 10 * _TENS_WORDS.index(token)
            have_number = True
    return (total + current) * fraction, largest


def _plain(value: Decimal | None) -> Number | None:
    """Return a Decimal as an int when it is whole, else as a float."""
    if value is None:
        return None
    try:
        if value == value.to_integral_value():
            return int(value)
    except InvalidOperation:
        pass
    return float(value)
