"""Turn the candidates the pattern finds into figures: a single amount, a range, a
share or a vague magnitude, with its hedge, rate and unit.

Running text and a value written on its own are read alike, except that in running
text the words around a candidate may make it no figure (a year, a name, a score) or
change its reading ("pushed earnings up to $43.1m" is no bound, "aged 18 or over" is
one, "$42.7m (£23m)" converts the amount before it).

>>> [f.text for f in read_figures("They sent about 12 million shells in 2024.", in_prose=True)]
['about 12 million']
>>> [f.text for f in read_figures("2024", in_prose=False)]
['2024']
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from factcheck import lexicon
from factcheck.figures.amounts import Amount, kind_of, read_amount, share_scale
from factcheck.figures.figure import MAX_PRECISION_SHARE, Figure, plain
from factcheck.figures.leads import (
    MARK_AFTER, MARK_QUALIFIERS, TRAILING_HEDGE, UNSETTLED, Lead, may_open_with_a_period, period_stated_before,
    read_lead, reread_in_prose, sentence_start,
)
from factcheck.figures.lists import LIST_ITEM, plain_item
from factcheck.figures.numbers import (
    MAX_MAGNITUDE, MAX_NUMBER_WORDS, share_number, vague_bounds, words_with_article,
)
from factcheck.figures.pattern import (
    FIGURE, NUMBER_WORD_RUN, amount_end, amount_start, figure_not_a_share, period_of, unit_of,
)
from factcheck.figures.ranges import join
from factcheck.figures.starts import CandidateStarts
from factcheck.figures.traps import (
    MULTIPLIER_AFTER, UNIT_AFTER, after_determiner, among_digit_groups, capitalised_within_sentence, is_year,
    rescues, share_trap, small_word_counts, trap,
)
from factcheck.figures.unreadable import overlapping, unreadable_numbers
from factcheck.regexes import compiled

# A rate after what the figure counts: "10,000 shells a day"; not "11,000 troops a year ago".
_RATE_AFTER_WORDS = compiled(
    r"(?:\s+(?!(?:in|within|for|over|during|from|since|by|at|on|to|of|the|than|after|before)\b)[a-z\d][\w-]*){1,2}?"
    r"\s+(?:a|an|per|each|every)\s+(?P<period>day|week|month|year)\b"
    r"(?!\s+(?:ago|earlier|later|before|after|on|old|previously|since)\b)",
)
# "11,000 a year ago" is no rate.
_RATE_NOT_A_RATE = compiled(r"\s+(?:ago|earlier|later|before|after|old|previously)\b", re.IGNORECASE)
# "fell by between 1.5 and 3 points" after a percentage: percentage points.
_POINTS_AFTER = compiled(r"\s+points?\b", re.IGNORECASE)
_PERCENT_IN_SENTENCE = compiled(r"\d\s?%|\bper\s?cent\b|\bpercent\b", re.IGNORECASE)
# "billions of dollars": money, though the span stays "billions".
_CURRENCY_OF_VAGUE = compiled(rf"\s+of\s+(?P<word>{lexicon.alternation(lexicon.CURRENCY_WORDS)})\b", re.IGNORECASE)
# Hedges that leave a figure's bounds open on one side.
_LOWER_BOUNDS = ("at_least", "more_than")
_UPPER_BOUNDS = ("at_most", "less_than")


def read_figures(text: str, *, in_prose: bool) -> list[Figure]:
    """Return every figure of ``text`` in order; ``in_prose`` reads the words around each
    candidate (running text), else only the candidate itself (a value written on its own). A number it cannot read faithfully
    (see unreadable_numbers) is left out."""
    reader = _Reader(text, in_prose)
    figures: list[Figure] = []
    unreadable = unreadable_numbers(text)
    unreadable_ends = [number.end for number in unreadable]
    starts = CandidateStarts(text)
    position = 0
    lists = in_prose and ", " in text
    in_list = False  # whether the last figure was a number inside a list of numbers
    while True:
        # After such a number, ", " and a digit: the next candidate starts at the digit.
        if in_list and text[position:position + 2] == ", " and text[position + 2:position + 3] in _ASCII_DIGITS:
            start = position + 2
        else:
            start = starts.first_from(position)
            if start is None:
                return figures
        # Speed: a number inside a list of numbers, read as the full reading would read it.
        item = LIST_ITEM.match(text, start) if lists and text[start - 2:start] == ", " else None
        figure = plain_item(text, item, periods=reader.period_openings) if item is not None else None
        in_list = figure is not None
        if in_list:
            position = item.end()
        else:
            match = FIGURE.match(text, start)
            if match is None:
                position = start + 1
                continue
            figure, resume = reader.read(match)
            position = max(resume, match.start() + 1)
        if figure is None:
            continue
        if in_prose and (abs(figure.low or 0) > MAX_MAGNITUDE or abs(figure.high or 0) > MAX_MAGNITUDE):
            continue  # beyond any real quantity: garbage (a registry value this large is refused on its own)
        if figures and figures[-1].end > figure.start:
            continue  # a candidate that began inside the last figure's words
        if unreadable and overlapping(unreadable, unreadable_ends, figure.start, figure.end):
            continue  # "7,7%", "12\u200b000": left out whole rather than read as 7% or 12
        if figures and in_prose and figure.kind == "money":
            figure = _as_conversion_of(text, figures[-1], figure)
        figures.append(figure)


_ASCII_DIGITS = frozenset("0123456789")
# A word a number may end with: "twenty", "three", "million", "dozen".
_NUMBER_WORD = compiled(r"[A-Za-z]+")
_LAST_WORDS = frozenset([*lexicon.SMALL_WORDS, *lexicon.TENS_WORDS, *lexicon.SCALE_WORDS, "dozen"])


def _longest_number_in(text: str, start: int, end: int) -> int | None:
    """Return where the longest number that opens the run of number words ``text[start:end]``
    ends ("twenty" of "twenty thirty", "one" of "one two three"), or None when none does."""
    longest = None
    for word in _NUMBER_WORD.finditer(text, start, end):
        if word.end() == end:
            break  # the whole run makes no number
        if word.group().lower() in _LAST_WORDS:
            # Once a prefix breaks the grammar of numbers no longer one mends it: stop there, so
            # that "three three three ..." costs a word or two, not the square of the run.
            if words_with_article(text[start:word.end()]) is None:
                break
            longest = word.end()
    return longest


class _Reader:
    """Read the candidates of one text, in running text (``in_prose``) or as a value on its own."""

    def __init__(self, text: str, in_prose: bool) -> None:
        self.text = text
        self.in_prose = in_prose
        # Speed: what most texts never hold is looked for once, not beside every figure.
        self.period_openings = in_prose and may_open_with_a_period(text)
        self.points = in_prose and "point" in text

    def read(self, match: re.Match) -> tuple[Figure | None, int]:
        """Turn one pattern match into a figure, or None; also say where to look next."""
        text = self.text
        skip, share, vague, second_digits, second_words = match.group("skip", "share", "vague", "b_digits", "b_words")
        if skip:
            return None, match.end()
        if share:
            figure = self._share(match)
            if figure is None and match.group("share_count"):
                return self.read(figure_not_a_share().match(text, match.start()))
            return figure, match.end()
        if vague:
            return self._vague(match), match.end()
        has_second = bool(second_digits or second_words)
        if self.in_prose and not has_second and _phone_part(text, match):
            return None, match.end()  # what _single's trap would say, without reading the amount
        first = read_amount(text, match, "a_")
        if first is None:
            words = match.group("a_words")
            if words and len(re.split(r"[\s-]+", words)) > MAX_NUMBER_WORDS:
                return None, NUMBER_WORD_RUN.match(text, match.end("a_words")).end()  # none of the run is a figure
            prefix_end = _longest_number_in(text, match.start("a_words"), match.end("a_words")) if words else None
            if prefix_end is not None:  # "twenty thirty": the numbers the run holds, one by one
                return self.read(FIGURE.match(text, match.start(), prefix_end))
            return None, match.start("sep") if has_second else match.end()
        if first.small_word and not has_second:
            number_start = match.start("a_words")  # a small word has no currency before it
            if first.value < 2 or not self._small_word_counts(match, first, number_start, match.end()):
                return None, match.end()  # "one of them", "the two leaders"
            first.small_word = False  # "three children were killed" (read_amount made it: ours to change)
        else:
            number_start = amount_start(match, "a_")
        lead = self._lead(number_start)
        if has_second:
            second = read_amount(text, match, "b_")
            joined = join(text, match, first, second, lead) if second is not None else "separate"
            if joined == "skip":
                return None, match.end()
            if joined == "range" and first.small_word and second.small_word and match.group("sep").strip() == "or":
                if not self._small_word_counts(match, second, number_start, match.end()):
                    return None, match.end()  # "one or two": a figure only where it counts something
            if joined == "range":
                return self._range(match, first, second, lead), match.end()
            figure, trapped = self._single(match, first, lead, number_start, amount_end(match, "a_"))
            return figure, match.end() if trapped in ("name", "reference") else match.start("sep")
        figure, _ = self._single(match, first, lead, number_start, match.end())
        return figure, match.end()

    def _small_word_counts(self, match: re.Match, amount: Amount, number_start: int, end: int) -> bool:
        """Return whether a number word from two to nine is a figure: it counts a plural noun
        or a unit after it ("three children", "two hours"), or is hedged ("no more than two",
        "four or more"); "one" is left out, as a pronoun ("one of them") or idiom ("one day")."""
        if not self.in_prose:
            return False
        text = self.text
        if small_word_counts(text, number_start, end):
            return True
        if unit_of(match, end) or TRAILING_HEDGE.match(text, end):
            return not after_determiner(text, number_start)  # "two hours", not "the two hours"
        lead = self._lead(number_start)
        return lead.hedge is not None and lead.qualifier not in UNSETTLED

    def _lead(self, number_start: int) -> Lead:
        lead = read_lead(self.text, number_start)
        return reread_in_prose(self.text, lead) if self.in_prose and lead.hedge else lead

    def _single(self, match: re.Match, amount: Amount, lead: Lead, number_start: int,
                end: int) -> tuple[Figure | None, str | None]:
        """Return a figure of one amount, or None and the kind of trap it fell in."""
        text = self.text
        if amount.small_word:
            return None, "word"
        unit = unit_of(match, end) or amount.unit
        qualifier, start = lead.qualifier, lead.start
        if qualifier == "over_a_stretch":
            qualifier, start = ("exact", lead.bare_start) if unit else ("more_than", lead.start)
        elif qualifier == "near_the":
            qualifier = "about" if MARK_AFTER.match(text, end) else "exact"  # "around the 95% mark"
        elif qualifier in MARK_QUALIFIERS:
            # "topped the 1,000 mark" is more than 1,000; "topped the 1,000 people" is exact
            qualifier = MARK_QUALIFIERS[qualifier] if MARK_AFTER.match(text, end) else "exact"
        if self.in_prose:
            trapped = trap(text, number_start, end, match, amount, unit, rescues(text, lead, qualifier))
            if trapped:
                return None, trapped
            if MULTIPLIER_AFTER.match(text, end):
                return None, "multiplier"  # "three times as many", "tenfold"
        if qualifier == "exact" and amount.suffix:
            qualifier = amount.suffix
        if qualifier == "exact" and self.in_prose:
            trailing = TRAILING_HEDGE.match(text, end)
            if trailing:
                qualifier = lexicon.TRAILING_HEDGES[trailing.group("hedge").lower()]  # "aged 18 or over"
        amount, end = self._as_points(amount, unit, number_start, end)
        value = amount.value * lead.sign
        kind, currency = kind_of(amount)
        per, end = self._rate(match, end, kind, lead.per)
        low, high = _bounds(value, value, qualifier)
        figure = _figure(
            text, start, end, kind=kind, low=low, high=high, qualifier=qualifier, currency=currency, per=per,
            unit=_unit(kind, unit, amount.points), approximate=qualifier == "about",
            low_precision=amount.precision, high_precision=amount.precision,
            lean=lexicon.LEANING_HEDGES.get(lead.hedge) if lead.hedge else None,
        )
        return figure, None

    def _range(self, match: re.Match, first: Amount, second: Amount, lead: Lead) -> Figure | None:
        text = self.text
        first, second = share_scale(first, second)
        number_start = amount_start(match, "a_")
        end = match.end()
        unit = unit_of(match, end)
        # join keeps a first end that looks like a year only in a range of counts ("1200 to 4000 workers")
        counts = first.digits and is_year(match.group("a_digits"), first)
        if self.in_prose and trap(text, number_start, end, match, first, unit,
                                  counts or rescues(text, lead, lead.qualifier)):
            return None
        start = lead.range_start if lead.qualifier not in UNSETTLED else lead.bare_start
        second, end = self._as_points(second, unit, number_start, end)
        if second.points:
            first = replace(first, percent=True, points=True)
        kind, currency = kind_of(second if second.currency or second.percent else first)
        per, end = self._rate(match, end, kind, lead.per)
        return _figure(
            text, start, end, kind=kind, low=first.value, high=second.value, qualifier="range", currency=currency,
            per=per, unit=_unit(kind, unit, second.points), approximate=lead.qualifier == "about",
            low_precision=first.precision, high_precision=second.precision,
        )

    def _as_points(self, amount: Amount, unit: str | None, number_start: int, end: int) -> tuple[Amount, int]:
        """Read "3 points" after a percentage in the same sentence as percentage points
        ("rose by 3.2%, while ... fell by between 1.5 and 3 points"), and where it ends."""
        if not self.points or unit or not amount.digits or not amount.bare:
            return amount, end
        points = _POINTS_AFTER.match(self.text, end)
        if points is None or not _PERCENT_IN_SENTENCE.search(self.text, sentence_start(self.text, number_start),
                                                             number_start):
            return amount, end
        return replace(amount, percent=True, points=True), points.end()

    def _share(self, match: re.Match) -> Figure | None:
        """Read "a third", "two-thirds", "one in five", "9 out of 10", "half" as a percentage."""
        text = self.text
        start, end = match.start("share"), match.end("share")
        if match.group("share_count"):
            count = share_number(match.group("share_count"))
            whole = share_number(match.group("share_whole"))
            if not count or not whole or count > whole or UNIT_AFTER.match(text, end):
                return None  # "in 10 minutes" is a time, not a share
            value = Decimal(100) * count / whole
        else:
            if match.group("share_half"):
                numerator, parts = Decimal(1), 2
            else:
                numerator_word = match.group("share_numerator").lower()
                numerator = Decimal(1) if numerator_word == "a" else Decimal(lexicon.SMALL_WORDS[numerator_word])
                parts = lexicon.FRACTION_WORDS[match.group("share_part").lower()]
                if numerator >= parts:
                    return None
            value = Decimal(100) * numerator / parts
        lead = self._lead(start)
        hedged = lead.qualifier not in ("exact", *UNSETTLED)
        if self.in_prose and share_trap(text, match, start, end, hedged):
            return None
        value = value.quantize(Decimal("0.01"))
        qualifier = lead.qualifier if hedged else "exact"
        low, high = _bounds(value, value, qualifier)
        precision = value * MAX_PRECISION_SHARE
        return _figure(
            text, lead.start, end, kind="percent", low=low, high=high, qualifier=qualifier, currency=None, per=None,
            unit=None, approximate=qualifier == "about", low_precision=precision, high_precision=precision,
        )

    def _vague(self, match: re.Match) -> Figure | None:
        """Read "thousands", "tens of thousands", "several hundred" as the bounds they imply."""
        text = self.text
        start, end = match.span("vague")
        if self.in_prose and capitalised_within_sentence(text, start):
            return None
        lead = self._lead(start)
        qualifier = lead.qualifier if lead.qualifier in (*_LOWER_BOUNDS, *_UPPER_BOUNDS) else "about"
        low, high = _bounds(*vague_bounds(match.group("vague")), qualifier)
        currency = None
        of_currency = _CURRENCY_OF_VAGUE.match(text, end)
        if of_currency:  # "billions of dollars": the span stays "billions"
            currency = lexicon.CURRENCY_WORDS[" ".join(of_currency.group("word").lower().split())]
        return _figure(
            text, lead.start, end, kind="money" if currency else "number", low=low, high=high, qualifier=qualifier,
            currency=currency, per=None, unit=None, approximate=True, low_precision=Decimal(0),
            high_precision=Decimal(0), vague=True,
        )

    def _rate(self, match: re.Match, end: int, kind: str, per: str | None) -> tuple[str | None, int]:
        """Return the period an amount is a rate of ("10,000 a day", "10,000 shells a day")
        and where its figure ends."""
        text = self.text
        rate_per = period_of(match, end)
        if rate_per is not None and _RATE_NOT_A_RATE.match(text, match.end("rate")):
            rate_per, end = None, match.start("rate")  # "11,000 a year ago" is no rate
        per = rate_per or per
        if per is None and kind != "percent":
            rate_later = _RATE_AFTER_WORDS.match(text, end)
            per = lexicon.PERIODS[rate_later.group("period").lower()] if rate_later else None
            money = kind == "money" and self.in_prose
            if per is None and (self.period_openings or money):
                # "Every day, Russia fires 10,000 shells", "Average weekly earnings were £712"
                per = period_stated_before(text, match.start(), opening=self.period_openings, money=money)
        return per, end


def _phone_part(text: str, match: re.Match) -> bool:
    """Return whether a candidate of one amount is a bare number in digits among other groups
    of digits ("138,582 868,821"), which trap turns down as part of a phone number. Speed:
    told from the match's groups, before the amount is read; a column of numbers is
    mostly such candidates."""
    currency, currency_word, percent, scale, digits = match.group(*_BARE_GROUPS)
    return bool(digits) and not (currency or currency_word or percent or scale) and among_digit_groups(
        text, match.start("a_digits"), match.end())


_BARE_GROUPS = ("a_cur", "a_curword", "a_pct", "a_scale", "a_digits")


def _bounds(low, high, qualifier: str):
    """Return the bounds a hedge leaves: "at least 64" has no upper bound."""
    if qualifier in _LOWER_BOUNDS:
        return low, None
    if qualifier in _UPPER_BOUNDS:
        return None, high
    return low, high


def _unit(kind: str, unit: str | None, points: bool) -> str | None:
    """Return what a figure measures beyond its kind: money has no unit, a difference of
    percentages is in percentage points."""
    if kind == "percent" and points:
        return lexicon.PERCENTAGE_POINT
    return unit if kind != "money" else None


def _figure(text: str, start: int, end: int, *, low, high, low_precision, high_precision, **reading) -> Figure:
    """Return the figure at ``text[start:end]``, its Decimal bounds and precisions as plain numbers."""
    return Figure(start=start, end=end, text=text[start:end], low=plain(low), high=plain(high),
                  low_precision=plain(low_precision), high_precision=plain(high_precision), **reading)


def _as_conversion_of(text: str, previous: Figure, figure: Figure) -> Figure:
    """Give a conversion in brackets the hedge and rate of the amount it converts:
    in "almost $42.7m (£23m)" the £23m is "almost" too."""
    if figure.kind != "money" or previous.kind != "money" or figure.qualifier != "exact":
        return figure
    between = text[previous.end:figure.start].strip()
    if between not in ("(", ";", "/", ",") or previous.qualifier == "range":
        return figure
    low, high = figure.low, figure.high
    if previous.high is None:
        high = None
    if previous.low is None:
        low = None
    return replace(figure, qualifier=previous.qualifier, low=low, high=high,
                   approximate=previous.approximate, per=figure.per or previous.per)
