"""Tell what looks like a figure but is none: a year, a date, a time, a score, a list
number, a phone number, a reference ("section 3") or a name ("Hwasong-11", "Channel 4").

>>> from factcheck.figures import extract_figures
>>> [f.text for f in extract_figures("In 2024, Channel 4 showed 3 films at 10:30 on 12 May.")]
['3']
"""

from __future__ import annotations

import functools
import re

from factcheck import lexicon
from factcheck.figures.amounts import Amount
from factcheck.figures.leads import Lead
from factcheck.regexes import compiled

# "three times as many", "tenfold": a multiplier, not a count.
MULTIPLIER_AFTER = compiled(
    r"\s*-?fold\b|\s+times\s+(?:more|less|fewer|as|bigger|larger|higher|greater|faster|slower|smaller|lower"
    r"|longer|over|the|that|what)\b",
    re.IGNORECASE,
)
# "on 12 May", "May 12", "Tuesday 3": a date.
_MONTHS = "|".join(month.capitalize() for month in lexicon.MONTHS)
_MONTH_BEFORE = compiled(rf"\b(?:{_MONTHS}|{'|'.join(day.capitalize() for day in lexicon.WEEKDAYS)})\.?,?\s+$")
_MONTH_AFTER = compiled(rf"(?:\s+of)?\s+(?:{_MONTHS})\b")
_TIME_AFTER = compiled(r":\d\d\b|\s?(?:[ap]\.?m\b\.?|o'clock\b|GMT\b|BST\b|UTC\b|CET\b|EST\b|ET\b)", re.IGNORECASE)
# "If it's 12.30 on a Saturday": a time of day written with a point.
_CLOCK = compiled(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_CLOCK_BEFORE = compiled(r"\b(?:at|until|till|from|by|before|after|it's|it’s)\s+$", re.IGNORECASE)
_CLOCK_AFTER = compiled(r"(?:\s+\S+){0,4}?\s+(?:morning|afternoon|evening|night|am|pm)\b", re.IGNORECASE)
# What may follow a share such as "a third": "of", a determiner, punctuation or a verb;
# "a third week", "the third quarter" are ordinals. Compiled when a text first holds such a
# share (_after_share): most hold none, and compiling it took a fiftieth of a short check.
_AFTER_SHARE = (
    r"""\s*(?:[,.;:!?()"”’'—–-]|$)|\s+(?:of|the|those|these|all|its|their|his|her|our|my|your|them|us|each|every
    |said|say|says|saying|think|thinks|thought|believe|believes|believed|want|wants|wanted|agree|agreed|agrees
    |were|are|was|is|have|has|had|would|will|could|can|do|did|does|should|may|might|felt|feel|feels|now|still
    |voted|backed|support|supported|oppose|opposed|own|owned|use|used|expect|expected)\b"""
)


@functools.cache
def _after_share() -> re.Pattern:
    return compiled(_AFTER_SHARE, re.IGNORECASE | re.VERBOSE)


_ORDINAL_BEFORE_SHARE = compiled(
    r"\b(?:the|first|last|past|next|final|second|other|latter|former)\s+$", re.IGNORECASE
)
_NOT_A_HALF_BEFORE = compiled(r"(?:\b(?:a|one|and\s+a)|[’']s)\s+$", re.IGNORECASE)  # "a half", "the team's half"
_IN_HALF = compiled(r"\bin\s+$", re.IGNORECASE)  # "cut it in half."
# "in 10 minutes": a time, not the whole of a share.
UNIT_AFTER = compiled(rf"\s*(?:{lexicon.alternation(lexicon.UNITS)})\b", re.IGNORECASE)

# A word just before a bare number that makes it a reference, not a quantity.
_REFERENCE_WORDS = frozenset(
    """section sections page pages p pp chapter chapters article articles clause clauses paragraph para rule
    rules figure fig table item items episode episodes series season part parts volume vol no nos number
    line lines version versions v level grade phase stage room gate platform flight route junction terminal
    channel radio exit lane verse act scene step appendix annex schedule question q model type class
    division category tier track ranked rank ranking seeded route highway""".split()
)
# Capitalised words that may stand before a number without naming a thing ("Only 300").
_FUNCTION_WORDS = frozenset(
    """the a an in on at of for by with from to and but or so if as than that this these those its their his
    her our my your all some only just about around almost nearly over under up down another each every more
    less fewer most both last next since after before during until between among while when where then now
    there here roughly approximately exactly barely still also even top including include includes within
    without per total aged age mr mrs ms dr sir st no yes were was are is has had have will would could
    should may might must can did do does be been being""".split()
)

_ORDINAL_WORD_AFTER = compiled(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.IGNORECASE)
# Another group of digits straight after a number: "020 7946 0018", "(202) 555-0143".
# Not a calibre or size glued to its unit: "1,000 152mm shells" is a count of shells.
_DIGITS_NEXT = compiled(r"\)? \d(?![\d.]*(?:mm|cm|nm|in)\b)")
# "152mm shells", "300mm wafers", "5-nanometer chips": a calibre or size, no count.
_CALIBRE_AFTER = compiled(rf"[-\s]+(?:{'|'.join(lexicon.CALIBRE_NOUNS)})\b", re.IGNORECASE)
_NANOMETRES_AFTER = compiled(r"-?\s?(?:nm|nanomet(?:er|re)s?)\b", re.IGNORECASE)
_CALIBRE_UNITS = frozenset({"mm", "cm", "inch"})
# "the 6230 handset", "the 3310.": a model's name.
_MODEL_AFTER = compiled(rf"\s+(?:{'|'.join(lexicon.MODEL_NOUNS)})\b", re.IGNORECASE)
_THE_BEFORE = compiled(r"\b[tT]he\s$")
_STATION_AFTER = compiled(rf" (?:{'|'.join(lexicon.STATION_WORDS_AFTER)})\b")
# "the 10-year note": an instrument's name.
_INSTRUMENT_AFTER = compiled(r"\s+(?:notes?|bonds?|gilts?|treasury|treasuries|bund|bunds)\b", re.IGNORECASE)
# "the 300 block of Cedar Avenue", "1420 Elm St.": an address.
_ADDRESS_AFTER = compiled(
    r"\s+block\s+of\b|(?:\s+[A-Z][a-z]+){1,2}\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Drive|Dr)\b"
)
# Speed: an address follows a number only with "block" or a capitalised name.
_ADDRESS_STARTS = frozenset("bABCDEFGHIJKLMNOPQRSTUVWXYZ")

_YEARS = range(1000, 2101)
# A hedge makes "about 2000" a figure; "under 2004 rules" and "over 2005" stay years.
_STRONG_HEDGES = frozenset({"about", "at_least", "at_most", "more_than", "less_than"})
_WEAK_HEDGES = frozenset({"over", "under", "above", "below", "some", "estimated"})
# "1200 workers": a counted noun after a number makes it a count, though it looks like a year.
# Speed: the next word, looked up in a set, rather than a case-blind alternation of nouns.
_NEXT_WORD = compiled(r"(?:\s*-\s*|\s+)([A-Za-z]+)\b")
_TIME_PREPOSITION_BEFORE = compiled(r"\b(?:until|till|by|since|in|from|after|before|through)\s+$", re.IGNORECASE)


def trap(text: str, start: int, end: int, match: re.Match, amount: Amount, unit: str | None,
         hedged: bool) -> str | None:
    """Return what the candidate is instead of a figure ("year", "name", ...), or None."""
    before = text[start - 1] if start > 0 else " "
    if before.isalnum() or before in "#_@=&^~":
        return "name"  # "G7", "MH17", "#3", "?id=5"
    if before in "-/.:%" and start > 1 and text[start - 2].isalnum():
        return "name"  # "Hwasong-11", "F-16", "COVID-19", "1/2", "v.2", "10:30", "%20"
    after = text[end] if end < len(text) else " "
    if after.isalpha() or after in "_@":
        return "ordinal"  # "47th", "1990s", "19FortyFive", "3D"
    if after in ".,:/-" and end + 1 < len(text) and text[end + 1].isdigit():
        return "version"  # "1.2.3", "1,2,3", "10:30", "1/2"
    if before == "[" and after == "]":
        return "footnote"
    bare = amount.bare
    if amount.digits and bare:
        digits = match.group("a_digits")
        if digits in lexicon.VULGAR_FRACTIONS:
            return "fraction"  # "add ½ cup": a measure in a recipe, not a quoted figure
        if before == "(" and after == ")" and len(digits) <= 2:
            return "list"  # "(3)"
        if after in ".)" and _starts_line(text, start):
            return "list"  # "1. Buy milk"
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            return "code"  # "020", "007"
        if among_digit_groups(text, start, end):
            return "phone"  # "020 7946 0018", "(202) 555-0143"
    if amount.digits and not amount.currency and not amount.percent:
        if _TIME_AFTER.match(text, end):
            return "time"
        if unit in _CALIBRE_UNITS and _CALIBRE_AFTER.match(text, end) or (
            "n" in text[end:end + 3].lower() and _NANOMETRES_AFTER.match(text, end)
        ):
            return "calibre"  # "155mm shells", "5-nanometer chips"
        if bare and _STATION_AFTER.match(text, end):
            return "name"  # "6 Music", "5 Live"
        if unit == "year" and _INSTRUMENT_AFTER.match(text, end):
            return "name"  # "the 10-year note"
        if bare and text[end + 1:end + 2] in _ADDRESS_STARTS and _ADDRESS_AFTER.match(text, end):
            return "address"  # "the 300 block of", "1420 Elm St."
        if bare and text.endswith("per ", max(0, start - 4), start) and _power_of_ten(amount):
            return "denominator"  # "2.4 deaths per 100,000 population"
        if bare and unit is None and _CLOCK.fullmatch(match.group("a_digits")) and (
            _CLOCK_BEFORE.search(text, max(0, start - 8), start) or _CLOCK_AFTER.match(text, end)
        ):
            return "time"  # "at 12.30", "12.30 on a Saturday morning"
        if amount.factor == 1 and is_year(match.group("a_digits"), amount) and not hedged:
            if (unit is None or _singular_year(match)) and not counts_follow(text, start, end):
                return "year"  # "in 2024", "the 2005 year"
        if bare and len(match.group("a_digits")) > 3 and _is_model(text, start, end, match.group("a_digits")):
            return "name"  # "the 6230 handset", "the 3310"
        if _MONTH_BEFORE.search(text, max(0, start - 12), start) or _MONTH_AFTER.match(text, end):
            return "date"
        if not hedged and bare:
            word = _word_before(text, start)
            if word:
                if word.lower().rstrip(".") in _REFERENCE_WORDS and "," not in match.group("a_digits"):
                    return "reference"  # "section 3", "version 7.60", "number 19"; not "now number 11,000"
                if _is_name(word) and unit is None:
                    return "name"  # "Channel 4", "Boeing 737", "Firefox 1.0"
    if not amount.digits and match.group("a_words")[:1].isupper() and not starts_sentence(text, start):
        return "name"  # "Ocean's Twelve"
    if not amount.digits and _ORDINAL_WORD_AFTER.match(text, end):
        return "ordinal"  # "its twenty-first year"
    written_unit = (match.group("unit") or "").strip(" -")
    if written_unit[:1].isupper() and written_unit[1:].islower() and len(written_unit) > 2:
        if not starts_sentence(text, start):
            return "name"  # "the TV show 60 Minutes", "28 Days Later"
    return None


def among_digit_groups(text: str, start: int, end: int) -> bool:
    """Return whether the bare number at ``text[start:end]`` has another group of digits
    just before or after it, as in a phone number ("020 7946 0018"): no figure then."""
    return (start > 1 and text[start - 1] == " " and text[start - 2].isdigit()) or _DIGITS_NEXT.match(
        text, end) is not None


def _is_model(text: str, start: int, end: int, digits: str) -> bool:
    """Return whether a bare number of four or more digits, with no grouping, names a model:
    a model's noun follows ("the 6230 handset"), or "the" stands before four digits that end
    a clause ("the 3310.")."""
    if len(digits) < 4 or not digits.isdigit():
        return False
    if _MODEL_AFTER.match(text, end):
        return True
    return (
        len(digits) == 4
        and _THE_BEFORE.search(text, max(0, start - 4), start) is not None
        and text[end:end + 1] in ("", *".,;:!?)")
    )


def _power_of_ten(amount: Amount) -> bool:
    """Return whether an amount is 100, 1,000, 100,000 or another power of ten from 100 up."""
    value = amount.value
    if value < 100 or value != value.to_integral_value():
        return False
    digits = str(int(value))
    return digits[0] == "1" and set(digits[1:]) == {"0"}


def rescues(text: str, lead: Lead, qualifier: str) -> bool:
    """Return whether a hedge makes a number that looks like a year or a date a figure:
    "about 2000 people" is one, "until at least 2006" is still a year."""
    return (
        qualifier in _STRONG_HEDGES
        and lead.hedge not in _WEAK_HEDGES
        and not _TIME_PREPOSITION_BEFORE.search(text, max(0, lead.start - 12), lead.start)
    )


_NUMBER_WORDS = frozenset([*lexicon.SMALL_WORDS, *lexicon.TENS_WORDS, *lexicon.SCALE_WORDS])
# The two words after a number word, to find the plural noun it counts.
_TWO_WORDS_AFTER = compiled(r" ([A-Za-z][\w’'-]*)(?: ([A-Za-z][\w’'-]*))?")


def small_word_counts(text: str, start: int, end: int) -> bool:
    """Return whether a number word below ten counts what follows it: a plural noun, after
    at most one modifier ("three children", "two smaller sites"); not after a determiner
    ("the two leaders"), nor the steps of an argument ("two primary reasons")."""
    if after_determiner(text, start):
        return False
    after = _TWO_WORDS_AFTER.match(text, end)
    if after is None:
        return False
    first, second = after.group(1, 2)
    if _is_plural(first):
        return True
    modifier = first.lower()
    return (
        second is not None and modifier not in lexicon.NOT_MODIFIERS and modifier not in _NUMBER_WORDS
        and _is_plural(second)
    )


def after_determiner(text: str, start: int) -> bool:
    """Return whether a determiner stands just before ``start``: "the two", "their three"."""
    if start < 2 or not text[start - 1].isspace():
        return False
    window = max(0, start - 9)  # a space, the longest determiner and a bracket or quote before it
    space = max(text.rfind(" ", window, start - 1), text.rfind("\n", window, start - 1))
    if space < 0 and window > 0:
        return False  # a longer word
    return text[space + 1:start - 1].lower().lstrip("\"“‘'([") in lexicon.DETERMINERS_BEFORE_WORD


def _is_plural(word: str) -> bool:
    """Return whether a word looks like a plural noun: "children", "sites" (not "is", "across")."""
    lower = word.lower()
    if lower in lexicon.IRREGULAR_PLURALS:
        return True
    if lower in lexicon.DISCOURSE_NOUNS:
        return False  # "two primary reasons"
    return (
        len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ous", "’s", "'s"))
        and lower not in lexicon.NOT_MODIFIERS
    )


def counts_follow(text: str, start: int, end: int) -> bool:
    """Return whether a counted noun after ``end`` makes the number that looks like a year a
    count ("1200 workers"), unless a word of time before it keeps it a year ("in 2000 people")."""
    word = _NEXT_WORD.match(text, end)
    return (
        word is not None and word.group(1).lower() in lexicon.COUNTED_NOUNS
        and not _TIME_PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
    )


def is_year(digits: str | None, amount: Amount) -> bool:
    """Return whether an amount's digits may be a year: four of them, 1000 to 2100, unscaled."""
    return bool(digits) and len(digits) == 4 and digits.isdigit() and int(digits) in _YEARS and amount.factor == 1


def _singular_year(match: re.Match) -> bool:
    """Return whether the unit is "year" itself ("the 2005 year"), not "years"."""
    unit = match.group("unit")
    return unit is not None and unit.strip().lower() == "year"


def _word_before(text: str, start: int) -> str | None:
    """Return the word just before ``start``, when a single space separates them."""
    if start < 2 or text[start - 1] != " " or text[start - 2].isspace():
        return None
    space = text.rfind(" ", max(0, start - 30), start - 1)
    newline = text.rfind("\n", max(0, start - 30), start - 1)
    word = text[max(space, newline) + 1:start - 1]
    return word if word.replace("-", "").replace(".", "").replace("&", "").isalnum() else None  # "S&P 500"


def _is_name(word: str) -> bool:
    """Return whether a word before a number is (part of) a name: "Channel", "iPod", "FTSE"."""
    return (
        any(c.isupper() for c in word)
        and word.lower() not in _FUNCTION_WORDS
        and word.lower().rstrip(".") not in lexicon.MONTHS
        and word.lower() not in lexicon.WEEKDAYS
    )


def _starts_line(text: str, start: int) -> bool:
    """Return whether only spaces stand between the start of a line and ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() == ""


def starts_sentence(text: str, start: int) -> bool:
    """Return whether ``start`` opens a sentence, a line or a quotation."""
    index = start - 1
    while index >= 0 and text[index] in " \t\"“‘'([":
        index -= 1
    return index < 0 or text[index] in ".!?:;\n\r"


def share_trap(text: str, match: re.Match, start: int, end: int, hedged: bool) -> str | None:
    """Return what a share is instead of a figure ("ordinal", "half", "name"), or None."""
    if not match.group("share_count"):
        if _ORDINAL_BEFORE_SHARE.search(text, max(0, start - 12), start):
            return "ordinal"  # "the first half", "the first three quarters of 2004"
        if match.group("share_half") and (
            _NOT_A_HALF_BEFORE.search(text, max(0, start - 12), start)
            or _IN_HALF.search(text, max(0, start - 4), start) and text[end:end + 1] in ("", *".,;:!?)")
        ):
            return "half"  # "a half", "the team's half", "cut it in half."
        if not hedged and not _after_share().match(text, end):
            return "ordinal"  # "a third week", "half-hearted"
    if capitalised_within_sentence(text, start):
        return "name"
    return None


def capitalised_within_sentence(text: str, start: int) -> bool:
    """Return whether a word starts with a capital where no sentence starts: "Tens of Thousands"."""
    return text[start:start + 1].isupper() and not starts_sentence(text, start)
