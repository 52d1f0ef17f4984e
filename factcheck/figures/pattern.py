"""The one pattern that finds every candidate figure, and the reading of its groups.

A candidate is an amount (a number in digits or words with its currency, scale,
percent sign, unit and rate, and a second amount when the two may form a range), a
share ("a third", "one in five"), a vague magnitude ("tens of thousands"), or a
stretch that holds no figures (inline code, a code block, a URL).

>>> FIGURE.match("£4.2bn a year").group("a_cur", "a_digits", "a_scale", "rate")
('£', '4.2', 'bn', ' a year')
"""

from __future__ import annotations

import functools
import re

from factcheck import lexicon
from factcheck.figures.numbers import MAX_NUMBER_WORDS
from factcheck.regexes import compiled

# The pattern spells capitals out where a word may start a sentence ("[mM]illion");
# what follows a number is read case-insensitively. Speed: a case-insensitive
# alternation of words scans several times slower.

SCALE_NAMES = [*lexicon.SCALE_WORDS, "dozen"]
_NUMBER_WORD = lexicon.alternation(
    [*lexicon.SMALL_WORDS, *lexicon.TENS_WORDS, *SCALE_NAMES], first_letter_either_case=True
)
_SCALE_AHEAD = rf"(?=(?:{lexicon.alternation(SCALE_NAMES)})\b)"
# "a million", "half a million", "a quarter of a million": an article before a scale word.
_ARTICLE = (
    r"(?:(?:[hH]alf\s+an?|[aA]\s+quarter\s+of\s+an?|[tT]hree[-\s]quarters\s+of\s+an?|[aA]n?)\s+"
    rf"{_SCALE_AHEAD})?"
)
_AND_AFTER_SCALE = "(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=dozen))"
# A number never runs across a line break: "seventy" ending one paragraph and "fifty-two"
# opening the next are two figures.
_GAP = r"[^\S\n\r]+"
# "five and a half million", "a million and a half" (but "one and a half times" is no amount).
_HALF_AFTER = rf"{_GAP}and{_GAP}a{_GAP}half\b"
_AND_A_HALF = rf"(?:{_AND_AFTER_SCALE}|(?={_HALF_AFTER}{_GAP}{_SCALE_AHEAD})){_HALF_AFTER}"
# At most one word more than a number may have, so that a runaway run ("one hundred and
# one hundred and ...") is matched in bounded pieces: an unbounded repeat here scans a
# long run in super-linear time. NUMBER_WORD_RUN then skips the rest of the run.
_WORDS = (
    rf"(?:{_NUMBER_WORD})(?:(?:{_GAP}|-)(?:{_NUMBER_WORD})|{_AND_AFTER_SCALE}{_GAP}and{_GAP}(?:{_NUMBER_WORD})"
    rf"|{_AND_A_HALF}){{0,{MAX_NUMBER_WORDS}}}\b"
)
NUMBER_WORD_RUN = compiled(rf"(?:(?:{_GAP}(?:and{_GAP})?|-)(?:{_NUMBER_WORD})\b)*")
_NUMERATOR = lexicon.alternation(
    "a one two three four five six seven eight nine".split(), first_letter_either_case=True
)
_COUNT_WORD = lexicon.alternation([*lexicon.SMALL_WORDS, *lexicon.TENS_WORDS], first_letter_either_case=True)
_SCALE_AFTER_HALF = rf"(?!\s+(?:an?\s+|of\s+an?\s+){_SCALE_AHEAD})"


_CURRENCY_WORD = lexicon.alternation(
    w for w in lexicon.CURRENCY_WORDS if w != "p" and w not in lexicon.CURRENCY_WORDS_AFTER_SCALE_ONLY
)
_CURRENCY_WORD_AFTER_SCALE = lexicon.alternation(lexicon.CURRENCY_WORDS_AFTER_SCALE_ONLY)
FRACTION_SIGNS = "".join(lexicon.VULGAR_FRACTIONS)
# Digits with their grouping: "11,000", "4.2", the Indian "12,34,567", the Swiss
# "1'200'000" and "38 000" grouped by a space (plain, no-break, narrow or thin); a
# fraction sign ("2½", "½") and a decimal without its zero (".5", read where a
# candidate starts at its point: see starts.CandidateStarts).
_DIGITS = (
    r"\d{1,2}(?:,\d\d){1,5},\d{3}(?![\d,])"  # bounded: a long run of "12," stays linear
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:['’]\d{3})+(?!\d)"
    r"|(?<!\d)\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|[,.]\d|[ \u00a0\u202f\u2009]\d)"
    rf"|\d+(?:\.\d+|[{FRACTION_SIGNS}])?"
    rf"|[{FRACTION_SIGNS}]|\.\d+"
)
# "US$ 3m", "US $3m", "A$5m"; "A $5m" is an article.
_APART = "|".join(lexicon.DOLLAR_PREFIXES_APART)
_PREFIXES_CLOSE = lexicon.alternation(p for p in lexicon.DOLLAR_PREFIXES if p not in lexicon.DOLLAR_PREFIXES_APART)


def _scale_words() -> str:
    """Return an alternation of the scale words after digits, each with the one it may be
    followed by: "3 thousand million", "2.5 lakh crore"."""
    followers = "|".join(
        rf"(?<={word})\s+(?:{'|'.join(followed)})" for word, followed in lexicon.SCALE_WORDS_FOLLOWED.items()
    )
    return rf"(?:{lexicon.alternation(lexicon.SCALE_WORDS)})(?:{followers})?"


_SCALE_WORDS_IN_DIGITS = _scale_words()
_AFTER_A_SCALE = "(?:(?<=illion)|(?<=bn)|(?<=[mk])|(?<=housand)|(?<=crore)|(?<=lakh))"


def _amount(p: str) -> str:
    """Return the pattern of one amount, its groups prefixed with ``p``."""
    codes = "|".join(lexicon.CURRENCY_CODES)
    return rf"""
    (?P<{p}cur>(?:(?:{_APART})\s?|{_PREFIXES_CLOSE})\$(?:\s(?=\d))?|[$€£¥₹₽₩]|\bRs\.?\s?(?=\d)|\b(?:{codes})\s?(?=\d))?
    (?:
        (?P<{p}digits>{_DIGITS})
        (?P<{p}scale>(?i:
            (?:\s?|-)(?:{_SCALE_WORDS_IN_DIGITS})\b|\s?(?:bn|bln|mn|mln|tn|trn|cr|k)\b
            |(?:m|b)\b
        ))?
      |
        (?P<{p}words>\b{_ARTICLE if p == "a_" else ""}{_WORDS})
    )
    (?P<{p}suffix>-plus\b|\+(?![\d+])|-odd\b)?
    (?P<{p}pct>\s?[%％٪]|(?i:\s?(?:percent|per\s+cent|pct|pc)\b|\s+percentage[-\s]points?\b|\s?pp\b
        |\s+basis\s+points?\b|\s?bps?\b))?
    (?P<{p}curword>(?i:\s+(?:{_CURRENCY_WORD})\b)|{_AFTER_A_SCALE}(?:\s+(?:{_CURRENCY_WORD_AFTER_SCALE})|-(?:{_CURRENCY_WORD}))\b|p\b
        |\s(?:{codes})\b)?
    """


# Inline code is short: two backticks further apart on one line are stray ones used as
# quote marks ("`burden to Britain'"), and a text run onto one line would lose all the
# figures between them (900 KB of the corpus on one line).
LONGEST_INLINE_CODE = 500
_SKIP = rf"""(?P<skip>```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)|`[^`\n]{{0,{LONGEST_INLINE_CODE - 2}}}`|\bhttps?://[^\s<>"'`]+|\bwww\.[^\s<>"'`]+)"""
_SHARE = rf"""(?P<share>
        (?P<share_count>\b(?:{_COUNT_WORD})|\d{{1,3}})\s+(?:in|out\s+of)\s+(?:every\s+)?
        (?P<share_whole>(?:an?\s+)?(?:{_COUNT_WORD}|hundred|thousand)\b|\d{{1,3}}(?:,\d{{3}})*\b(?![.,]\d))
      | \b(?P<share_numerator>{_NUMERATOR})[-\s]+
        (?P<share_part>{lexicon.alternation(lexicon.FRACTION_WORDS)})\b(?!-){_SCALE_AFTER_HALF}
      | (?<![-\w])(?P<share_half>[hH]alf)\b(?!-){_SCALE_AFTER_HALF}
    )"""
_VAGUE = rf"""(?P<vague>\b(?:
        (?:[tT]ens|[hH]undreds)\s+of\s+(?:thousands|millions|billions|trillions)
      | (?:[sS]everal|[aA]\s+few)\s+(?:hundred|thousand|million|billion)(?:\s+thousand)?
      | (?:{lexicon.alternation((w for w in lexicon.VAGUE_UNITS if w != "tens"), first_letter_either_case=True)})
    )\b(?!-))"""
_AMOUNTS = rf"""{_amount("a_")}
    (?:
        (?P<sep>\s?[-–—]\s?|\s+(?:to|and|or|through)\s+)
        {_amount("b_")}
    )?
    (?P<unit>(?i:-?\s?(?:{lexicon.alternation(lexicon.UNITS)})\b))?
    (?P<rate>(?i:
        \s+(?:{"|".join(lexicon.RATE_WORDS)})\s+(?:{"|".join(lexicon.PERIOD_NOUNS)})\b
      | \s+(?:{"|".join(lexicon.PERIOD_ADVERBS)})\b
      | \s*/\s*(?:day|week|month|year|yr)\b
      | \s+p\.a\.
    ))?"""
FIGURE = compiled(f"{_SKIP}|{_SHARE}|{_VAGUE}|{_AMOUNTS}", re.VERBOSE | re.DOTALL)
# What holds no figures, on its own: inline code, a code block, a URL.
SKIP = compiled(_SKIP, re.VERBOSE | re.DOTALL)


@functools.cache  # compiled on first use: rarely needed, and start-up time matters in hooks
def figure_not_a_share() -> re.Pattern:
    """Return the pattern without shares, to read again where "5 in 10 minutes" is no share."""
    return compiled(f"{_SKIP}|(?P<share>(?!))|{_VAGUE}|{_AMOUNTS}", re.VERBOSE | re.DOTALL)


# The groups of each amount that read_amount reads, to fetch in one call.
AMOUNT_GROUPS = {p: tuple(p + name for name in ("cur", "curword", "pct", "suffix", "digits")) for p in ("a_", "b_")}


def unit_of(match: re.Match, end: int) -> str | None:
    """Return the normalised unit the match states before ``end`` ("km"), or None."""
    unit = match.group("unit")
    if not unit or match.end("unit") > end:
        return None
    return lexicon.UNITS[" ".join(unit.lstrip("-").lower().split())]


def period_of(match: re.Match, end: int) -> str | None:
    """Return the period of the rate the match states before ``end`` ("year"), or None."""
    rate = match.group("rate") if "rate" in match.re.groupindex else None
    if not rate or match.end("rate") > end:
        return None
    word = rate.replace("/", " ").split()[-1].lower()
    return lexicon.PERIODS[word]


def amount_start(match: re.Match, p: str) -> int:
    """Return where the amount of groups prefixed ``p`` starts: at its currency or number."""
    for group in ("cur", "digits", "words"):
        start = match.start(p + group)
        if start >= 0:  # -1 when the group is not in the match; none of these matches ""
            return start
    raise AssertionError("an amount always has digits or words")


def amount_end(match: re.Match, p: str) -> int:
    """Return where the amount of groups prefixed ``p`` ends, before any unit or rate."""
    for group in ("curword", "pct", "suffix", "scale", "digits", "words"):
        if match.group(p + group):
            return match.end(p + group)
    raise AssertionError("an amount always has digits or words")

