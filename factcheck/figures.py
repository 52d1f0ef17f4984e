"""Find the figures quoted in a text: their exact span and what they state.

One compiled pattern finds every candidate in a single pass over the text: an amount
(a number in digits or words with its currency, scale, percent sign, unit and rate,
and a second amount when the two may form a range), a share ("a third", "one in
five"), a vague magnitude ("tens of thousands"), or a stretch that holds no figures
(inline code, a code block, a URL). Python then reads each candidate: it looks
behind it for a hedge ("about", "at least", "between") and around it for the signs
that it is not a figure at all (a year, a date, a time, a score, a list number, a
name such as "Hwasong-11" or "Channel 4").

>>> [f.text for f in extract_figures("They sent about 12 million shells in 2024.")]
['about 12 million']
>>> fig = parse_figure("between 4.2 and 5.8 million")
>>> fig.kind, fig.low, fig.high, fig.qualifier
('number', 4200000, 5800000, 'range')
>>> fig = parse_figure("tens of thousands")
>>> fig.low, fig.high, fig.qualifier
(20000, 99999, 'about')
>>> parse_figure("two-thirds").kind, parse_figure("two-thirds").low
('percent', 66.67)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from factcheck import numerals as nm

Number = int | float

#: How a figure is hedged; see SPEC §3.
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


def extract_figures(text: str) -> list[Figure]:
    """Return every figure in ``text``, in order of appearance."""
    return _scan(text, values_only=False)


def parse_figure(value: str) -> Figure | None:
    """Parse a figure written on its own ("about 12 million", "up to 50%", "64").

    Return None unless the whole string is exactly one figure. Unlike running
    text, a bare "2024" here is the number 2024, not a year.
    """
    stripped = value.strip()
    figures = _scan(stripped, values_only=True)
    if len(figures) != 1 or figures[0].start != 0 or figures[0].end != len(stripped):
        return None
    return figures[0]


# --- the pattern -----------------------------------------------------------------
#
# The pattern is case-sensitive and spells capitals out where a word may start a
# sentence ("[mM]illion"): a case-insensitive alternation of words scans several
# times slower. What follows a number is read case-insensitively, only at candidates.

_SCALE_NAMES = [*nm.SCALE_WORDS, "dozen"]
_NUMBER_WORD = nm.alternation([*nm.SMALL_WORDS, *nm.TENS_WORDS, *_SCALE_NAMES], first_letter_either_case=True)
_SCALE_AHEAD = rf"(?=(?:{nm.alternation(_SCALE_NAMES)})\b)"
# "a million", "half a million", "a quarter of a million": an article before a scale word.
_ARTICLE = (
    r"(?:(?:[hH]alf\s+an?|[aA]\s+quarter\s+of\s+an?|[tT]hree[-\s]quarters\s+of\s+an?|[aA]n?)\s+"
    rf"{_SCALE_AHEAD})?"
)
_AND_AFTER_SCALE = "(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=dozen))"
# At most one word more than a number may have, so that a runaway run ("one hundred and
# one hundred and ...") is matched in bounded pieces: an unbounded repeat here scans a
# long run in super-linear time. _NUMBER_WORD_RUN then skips the rest of the run.
_WORDS = (
    rf"(?:{_NUMBER_WORD})(?:(?:\s+|-)(?:{_NUMBER_WORD})|{_AND_AFTER_SCALE}\s+and\s+(?:{_NUMBER_WORD}))"
    rf"{{0,{nm.MAX_NUMBER_WORDS}}}\b"
)
_NUMBER_WORD_RUN = re.compile(rf"(?:(?:\s+(?:and\s+)?|-)(?:{_NUMBER_WORD})\b)*")
_NUMERATOR = nm.alternation("a one two three four five six seven eight nine".split(), first_letter_either_case=True)
_COUNT_WORD = nm.alternation([*nm.SMALL_WORDS, *nm.TENS_WORDS], first_letter_either_case=True)
_SCALE_AFTER_HALF = rf"(?!\s+(?:an?\s+|of\s+an?\s+){_SCALE_AHEAD})"


_CURRENCY_WORD = nm.alternation(
    w for w in nm.CURRENCY_WORDS if w != "p" and w not in nm.CURRENCY_WORDS_AFTER_SCALE_ONLY
)
_CURRENCY_WORD_AFTER_SCALE = nm.alternation(nm.CURRENCY_WORDS_AFTER_SCALE_ONLY)
_AFTER_A_SCALE = "(?:(?<=illion)|(?<=bn)|(?<=[mk])|(?<=housand)|(?<=crore)|(?<=lakh))"


def _amount(p: str) -> str:
    """Return the pattern of one amount, its groups prefixed with ``p``."""
    codes = "|".join(nm.CURRENCY_CODES)
    return rf"""
    (?P<{p}cur>(?:US|A|C|NZ|HK|S|R)\$|[$€£¥₹₽₩]|\bRs\.?\s?(?=\d)|\b(?:{codes})\s?(?=\d))?
    (?:
        (?P<{p}digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?P<{p}scale>(?i:
            \s?(?:{nm.alternation(nm.SCALE_WORDS)})(?:\s+crore)?\b|\s?(?:bn|mn|mln|tn|trn|cr|k)\b|(?:m|b)\b
        ))?
      |
        (?P<{p}words>\b{_ARTICLE if p == "a_" else ""}{_WORDS})
    )
    (?P<{p}suffix>-plus\b|\+(?![\d+])|-odd\b)?
    (?P<{p}pct>\s?%|(?i:\s?(?:percent|per\s+cent|pc)\b|\s+percentage[-\s]points?\b))?
    (?P<{p}curword>(?i:\s+(?:{_CURRENCY_WORD})\b)|{_AFTER_A_SCALE}\s+(?:{_CURRENCY_WORD_AFTER_SCALE})\b|p\b)?
    """


_SKIP = r"""(?P<skip>```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)|`[^`\n]*`|\bhttps?://[^\s<>"'`]+|\bwww\.[^\s<>"'`]+)"""
_SHARE = rf"""(?P<share>
        (?P<share_count>\b(?:{_COUNT_WORD})|\d{{1,3}})\s+(?:in|out\s+of)\s+(?:every\s+)?
        (?P<share_whole>(?:an?\s+)?(?:{_COUNT_WORD}|hundred|thousand)\b|\d{{1,3}}(?:,\d{{3}})*\b(?![.,]\d))
      | \b(?P<share_numerator>{_NUMERATOR})[-\s]+
        (?P<share_part>{nm.alternation(nm.FRACTION_WORDS)})\b(?!-){_SCALE_AFTER_HALF}
      | (?<![-\w])(?P<share_half>[hH]alf)\b(?!-){_SCALE_AFTER_HALF}
    )"""
_VAGUE = rf"""(?P<vague>\b(?:
        (?:[tT]ens|[hH]undreds)\s+of\s+(?:thousands|millions|billions|trillions)
      | (?:[sS]everal|[aA]\s+few)\s+(?:hundred|thousand|million|billion)(?:\s+thousand)?
      | (?:{nm.alternation((w for w in nm.VAGUE_UNITS if w != "tens"), first_letter_either_case=True)})
    )\b(?!-))"""
_AMOUNTS = rf"""{_amount("a_")}
    (?:
        (?P<sep>\s?[-–—]\s?|\s+to\s+|\s+and\s+)
        {_amount("b_")}
    )?
    (?P<unit>(?i:-?\s?(?:{nm.alternation(nm.UNITS)})\b))?
    (?P<rate>(?i:
        \s+(?:a|an|per|each|every)\s+(?:day|week|month|year|annum)\b
      | \s+(?:daily|weekly|monthly|annually|yearly)\b
      | \s*/\s*(?:day|week|month|year|yr)\b
      | \s+p\.a\.
    ))?"""
_FIGURE = re.compile(f"{_SKIP}|{_SHARE}|{_VAGUE}|{_AMOUNTS}", re.VERBOSE | re.DOTALL)


@functools.cache
def _figure_not_a_share() -> re.Pattern:
    """Return the pattern without shares, to read again where "5 in 10 minutes" is no share.

    Compiled on first use: it is rarely needed, and start-up time matters in hooks.
    """
    return re.compile(f"{_SKIP}|(?P<share>(?!))|{_VAGUE}|{_AMOUNTS}", re.VERBOSE | re.DOTALL)


# A number word below ten is a figure only with what may follow it in the pattern: more
# number words, a fraction, a percent sign, a currency or a second amount ("two to
# three", "one in five", "nine percent"). Alone ("one of them", "six times") it is none,
# and the commonest candidate of all: the start search passes it by rather than have it read.
# Read case-insensitively and by the first three letters of each word (short enough to
# repeat after each small word), this lets through all those and more; it must grow with
# what _amount and _SHARE accept after such a word (a test checks it against the plain search).
_AFTER_SMALL_WORD = rf"""(?=\s*[-–—%]|\s+(?i:{nm.alternation({word[:3] for word in [
    *nm.SMALL_WORDS, *nm.TENS_WORDS, *_SCALE_NAMES, *nm.FRACTION_WORDS,
    *(word for word in nm.CURRENCY_WORDS if word != "p"),
    "in", "out", "to", "and", "percent", "per", "pc", "percentage",
]})}))"""


def _word_starts() -> str:
    """Return an alternation of how every candidate led by a letter begins, by first letter."""
    follows_article = nm.alternation([*_SCALE_NAMES, *nm.FRACTION_WORDS, "few"])
    words = [*nm.SMALL_WORDS, *nm.TENS_WORDS, *_SCALE_NAMES, *nm.VAGUE_UNITS, "half", "several"]
    word_led = dict.fromkeys(words, r"\b")
    word_led.update((word, rf"\b{_AFTER_SMALL_WORD}") for word, value in nm.SMALL_WORDS.items() if value < 10)
    word_led["a"] = rf"n?\s+(?:{follows_article})\b"
    starts = [(word, follow) for word, follow in word_led.items()]
    starts += [(word.capitalize(), follow) for word, follow in word_led.items()]
    starts += [(code, r"\s?\d") for code in nm.CURRENCY_CODES]
    starts += [(symbol, "") for symbol in ("US$", "A$", "C$", "NZ$", "HK$", "S$", "R$")]
    starts += [("Rs", r"\.?\s?\d"), ("http", "s?://"), ("www", r"\.")]
    by_letter: dict[str, list[str]] = {}
    for word, follow in starts:
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]) + follow)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(by_letter.items()))


# Where a candidate may begin, found by two searches that each start with one character
# class, which lets `re` skip every other character in C and try the rest of the pattern
# only there. One finds a digit or a currency sign, where a candidate starts at once; the
# other a space or punctuation mark that a number word follows, where it starts just
# after (the word is matched rather than looked ahead at, which costs more). As one
# pattern, every space paid for a look back for a digit as well: a third of the time of
# the search.
_DIRECT = r"[\d$€£¥₹₽₩`~]"
_BEFORE_WORD = r"""[\s"“‘'(\[{*_/—–>.,;:!?-]"""
_DIRECT_START = re.compile(_DIRECT)


@functools.cache  # compiled the first time a text beyond Latin-1 comes: most never do
def _before_word_start() -> re.Pattern:
    return re.compile(rf"{_BEFORE_WORD}(?:{_word_starts()})")


def _in_latin1(char_class: str) -> str:
    """Return the characters of ``char_class`` that are in Latin-1, as a class."""
    return f"[{''.join(re.escape(chr(code)) for code in range(256) if re.match(char_class, chr(code)))}]"


# The same two for a text all in Latin-1, as nearly all are (ASCII and "£"). `\d` and `\s`
# take in every script, which `re` tests by looking up each character's Unicode category;
# within Latin-1 they are a few characters that it tests in one table. Digits and signs are
# found by bytes.find instead, which skips to a byte in C several times faster than `re`
# tests a class: in a copy of the text where they are NUL and nothing else is.
_DIRECT_MARKS = bytes(0 if re.match(_DIRECT, chr(code)) else 1 for code in range(256))
_BEFORE_WORD_START_LATIN1 = re.compile(rf"{_in_latin1(_BEFORE_WORD)}(?:{_word_starts()})")

# --- the words around a candidate ------------------------------------------------------

_LOOKBEHIND = 48
# Searched over the _LOOKBEHIND characters before a number, so tried at each of them: the
# opening lookahead lets it fail at once where no lead can start (a lead starts with a
# word, a sign, or is empty at the end), rather than after trying every hedge there.
_BEFORE = re.compile(
    rf"""
    (?=\b[^\W\d_]|[-−]|$)
    (?:\b(?P<every>every|each)\s+(?P<every_period>day|week|month|year),?\s+)?
    (?:
        (?:\b(?P<opener>between|from)\s+)?(?:\b(?P<hedge>{nm.alternation(nm.HEDGES)})\s+)?
      | \b(?P<quoted_hedge>{nm.alternation(nm.HEDGES)})\s+["“‘']
      | \b(?P<passing>{nm.alternation(nm.PASSING_VERBS)})\s+
      | \b(?P<near_the>about|around|roughly|nearly|close\s+to)\s+the\s+
    )
    (?:(?<![\w.,%)\]–—-])(?P<sign>[-−])|\b(?P<minus>minus)\s+)?  # as _SIGN
    $""",
    re.IGNORECASE | re.VERBOSE,
)
# A minus sign as _BEFORE reads one: not a dash after a word, a number or a bracket.
_SIGN = re.compile(r"(?<![\w.,%)\]–—-])[-−]")
# Every lead _BEFORE reads, as plain words: a number after other words has none.
_LEAD_PHRASES = frozenset(
    [*nm.HEDGES, *nm.PASSING_VERBS, "between", "from", "minus"]
    + [f"{hedge} the" for hedge in ("about", "around", "roughly", "nearly", "close to")]
    + [f"{each} {period}" for each in ("every", "each") for period in ("day", "week", "month", "year")]
    + [f"{each} {period}," for each in ("every", "each") for period in ("day", "week", "month", "year")]
)
# The last word of every lead, to rule most numbers out without joining words.
_LEAD_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in _LEAD_PHRASES)
_AFTER_HEDGE = re.compile(
    rf"(?:\s*\([^()\n]{{1,40}}\))?\s+or\s+(?P<hedge>{nm.alternation(nm.TRAILING_HEDGES)})\b", re.IGNORECASE
)
# A rate after what the figure counts: "10,000 shells a day"; not "11,000 troops a year ago".
_RATE_AFTER_WORDS = re.compile(
    r"(?:\s+(?!(?:in|within|for|over|during|from|since|by|at|on|to|of|the|than|after|before)\b)[a-z][\w-]*){1,2}?"
    r"\s+(?:a|an|per|each|every)\s+(?P<period>day|week|month|year)\b"
    r"(?!\s+(?:ago|earlier|later|before|after|on|old|previously|since)\b)",
)
_MARK_AFTER = re.compile(r"\s+(?:mark|level|region)\b", re.IGNORECASE)
_MULTIPLIER_AFTER = re.compile(
    r"\s*-?fold\b|\s+times\s+(?:more|less|fewer|as|bigger|larger|higher|greater|faster|slower|smaller|lower"
    r"|longer|over|the|that|what)\b",
    re.IGNORECASE,
)
# "up to" means "rose to" after a verb of change: "pushed their earnings up to $43.1m".
_RISE_BEFORE_UP_TO = re.compile(
    r"\b(?:add|adds|added|adding|push|pushes|pushed|pushing|bring|brings|brought|bringing|drive|drove|driven"
    r"|lift|lifts|lifted|boost|boosted|raise|raised|rose|risen|rise|rises|climb|climbed|jump|jumped|move|moved"
    r"|went|gone|going|goes|revise|revised|step|stepped|ramp|ramped|scale|scaled|bump|bumped)\b"
    r"(?:\s+[\w’'-]+){0,3}\s+$",
    re.IGNORECASE,
)
# "£960m over 15 years", "5 tonnes over 300 miles": spread over a stretch, not "more than".
_AMOUNT_BEFORE = re.compile(r"(?:\d|\))(?:\s?[^\W\d]+)?\s*$")
# "rose from 5% to 10%" is a change between two figures, "range from 5 to 10" one range.
_CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:up|down|rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|increased?|increasing|decreased?"
    r"|grew|grown|grow|dropped|drop|cut|climbed|jumped|slipped|slid|declined?|shrank|shrunk|raised|lowered"
    r"|reduced|improved|changed?|moved|went|gone|soared|plunged|plummeted|surged|tumbled|doubled|halved)\s+$",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(
    rf"\b(?:{'|'.join(m.capitalize() for m in nm.MONTHS)}|{'|'.join(d.capitalize() for d in nm.WEEKDAYS)})\.?,?\s+$"
)
_MONTH_AFTER = re.compile(rf"(?:\s+of)?\s+(?:{'|'.join(m.capitalize() for m in nm.MONTHS)})\b")
_TIME_AFTER = re.compile(r":\d\d\b|\s?(?:[ap]\.?m\b\.?|o'clock\b|GMT\b|BST\b|UTC\b|CET\b|EST\b|ET\b)", re.IGNORECASE)
_RATE_NOT_A_RATE = re.compile(r"\s+(?:ago|earlier|later|before|after|old|previously)\b", re.IGNORECASE)
_SPORT_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beating|beaten|defeat|defeated|drew|draw|drawn"
    r"|victory|scored?|scores|lead|leads|led|trail|trails|trailing|leg|set|sets|game|games|match|final|tie-break)\b",
    re.IGNORECASE,
)
# Events and marks of athletics and swimming: where "400m" is a distance, not a sum.
_ATHLETICS = re.compile(
    r"\b(?:hurdles?|sprint\w*|relay|metres|athlet\w*|indoors?|outdoors?|olympic\w*|medal\w*|jump\w*|vault\w*"
    r"|freestyle|backstroke|breaststroke|medley|marathon|secs|seconds|personal\s+best|track|races?|raced|runners?"
    r"|ran|laps?|grand\s+prix|championships?)\b",
    re.IGNORECASE,
)
# "If it's 12.30 on a Saturday": a time of day written with a point.
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_CLOCK_BEFORE = re.compile(r"\b(?:at|until|till|from|by|before|after|it's|it’s)\s+$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"(?:\s+\S+){0,4}?\s+(?:morning|afternoon|evening|night|am|pm)\b", re.IGNORECASE)
_CURRENCY_OF_VAGUE = re.compile(rf"\s+of\s+(?P<word>{nm.alternation(nm.CURRENCY_WORDS)})\b", re.IGNORECASE)
# What may follow a share such as "a third": "of", a determiner, punctuation or a verb;
# "a third week", "the third quarter" are ordinals.
_AFTER_SHARE = re.compile(
    r"""\s*(?:[,.;:!?()"”’'—–-]|$)|\s+(?:of|the|those|these|all|its|their|his|her|our|my|your|them|us|each|every
    |said|say|says|saying|think|thinks|thought|believe|believes|believed|want|wants|wanted|agree|agreed|agrees
    |were|are|was|is|have|has|had|would|will|could|can|do|did|does|should|may|might|felt|feel|feels|now|still
    |voted|backed|support|supported|oppose|opposed|own|owned|use|used|expect|expected)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_ORDINAL_BEFORE_SHARE = re.compile(
    r"\b(?:the|first|last|past|next|final|second|other|latter|former)\s+$", re.IGNORECASE
)
_NOT_A_HALF_BEFORE = re.compile(r"(?:\b(?:a|one|and\s+a)|[’']s)\s+$", re.IGNORECASE)  # "a half", "the team's half"
_IN_HALF = re.compile(r"\bin\s+$", re.IGNORECASE)  # "cut it in half."
_UNIT_AFTER = re.compile(rf"\s*(?:{nm.alternation(nm.UNITS)})\b", re.IGNORECASE)

# A word just before a bare number that makes it a reference, not a quantity.
_REFERENCE_WORDS = frozenset(
    """section sections page pages p pp chapter chapters article articles clause clauses paragraph para rule
    rules figure fig table item items episode episodes series season part parts volume vol no nos number
    line lines version versions v level grade phase stage room gate platform flight route junction terminal
    channel radio exit lane verse act scene step appendix annex schedule question q model type class
    division category tier track""".split()
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

_ORDINAL_WORD_AFTER = re.compile(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.IGNORECASE)
# Another group of digits straight after a number: "020 7946 0018", "(202) 555-0143".
_DIGITS_NEXT = re.compile(r"\)? \d")

_YEARS = range(1000, 2101)
# A hedge makes "about 2000" a figure; "under 2004 rules" and "over 2005" stay years.
_STRONG_HEDGES = frozenset({"about", "at_least", "at_most", "more_than", "less_than"})
_WEAK_HEDGES = frozenset({"over", "under", "above", "below", "some", "estimated"})
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:until|till|by|since|in|from|after|before|through)\s+$", re.IGNORECASE)


# --- reading candidates ---------------------------------------------------------------
#
# _Amount and _Lead are built for every candidate and never changed after: they are not
# frozen only because a frozen dataclass's __init__ costs five times as much.


@dataclass(slots=True)
class _Amount:
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


@dataclass(slots=True)
class _Lead:
    """What the words just before a candidate say about it."""

    start: int  # where a single figure's text starts: at its hedge, else at `bare_start`
    bare_start: int  # where the number starts, with its sign ("-5%", "minus 5")
    range_start: int  # where a range's text starts: at "between"/"from", else at `start`
    opener: str | None  # "between" or "from"
    hedge: str | None  # the hedge's words, lower case: "about", "up to"
    qualifier: str  # a SPEC qualifier, or "over_a_stretch"/"near_the" until what follows settles it
    sign: int
    per: str | None  # "every day 78 million"


def _scan(text: str, *, values_only: bool) -> list[Figure]:
    figures: list[Figure] = []
    starts = _CandidateStarts(text)
    position = 0
    while True:
        start = starts.first_from(position)
        if start is None:
            return figures
        match = _FIGURE.match(text, start)
        if match is None:
            position = start + 1
            continue
        figure, resume = _read_candidate(text, match, values_only)
        position = max(resume, match.start() + 1)
        if figure is None:
            continue
        if not values_only and _too_large(figure):
            continue  # garbage; a registry value this large is refused with its own message
        if figures and figures[-1].end > figure.start:
            continue  # a candidate that began inside the last figure's words
        if figures and not values_only:
            figure = _as_conversion_of(text, figures[-1], figure)
        figures.append(figure)


def _too_large(figure: Figure) -> bool:
    """Return whether a figure states more than any real quantity (see nm.MAX_MAGNITUDE)."""
    low, high = figure.low, figure.high
    return (low is not None and abs(low) > nm.MAX_MAGNITUDE) or (high is not None and abs(high) > nm.MAX_MAGNITUDE)


class _CandidateStarts:
    """The places in a text where a candidate may begin, asked for in order.

    Each search's last hit is kept until reading passes it, so that a stretch without
    digits is scanned once, not again after every number word in it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.direct = self.word = -1  # the last hit of each search; len(text) when none is left
        try:
            self.direct_marks: bytes | None = text.encode("latin-1").translate(_DIRECT_MARKS)
            self.before_word_start = _BEFORE_WORD_START_LATIN1
        except UnicodeEncodeError:
            self.direct_marks, self.before_word_start = None, _before_word_start()

    def first_from(self, position: int) -> int | None:
        """Return the first place at or after ``position`` where a candidate may begin."""
        text = self.text
        if position == 0 and text[:1].isalpha():
            return 0
        if self.direct < position:
            self.direct = self._first_direct_from(position)
        if self.word < position:
            hit = self.before_word_start.search(text, max(0, position - 1))
            self.word = hit.start() + 1 if hit else len(text)
        start = min(self.direct, self.word)
        return start if start < len(text) else None

    def _first_direct_from(self, position: int) -> int:
        if self.direct_marks is None:
            hit = _DIRECT_START.search(self.text, position)
            return hit.start() if hit else len(self.text)
        found = self.direct_marks.find(0, position)
        return found if found >= 0 else len(self.text)


def _read_candidate(text: str, match: re.Match, values_only: bool) -> tuple[Figure | None, int]:
    """Turn one pattern match into a figure, or None; also say where to look next."""
    skip, share, vague, second_digits, second_words = match.group("skip", "share", "vague", "b_digits", "b_words")
    if skip:
        return None, match.end()
    if share:
        figure = _read_share(text, match, values_only)
        if figure is None and match.group("share_count"):
            return _read_candidate(text, _figure_not_a_share().match(text, match.start()), values_only)
        return figure, match.end()
    if vague:
        return _read_vague(text, match, values_only), match.end()
    has_second = bool(second_digits or second_words)
    first = _read_amount(text, match, "a_")
    if first is None:
        words = match.group("a_words")
        if words and len(re.split(r"[\s-]+", words)) > nm.MAX_NUMBER_WORDS:
            return None, _NUMBER_WORD_RUN.match(text, match.end("a_words")).end()  # none of the run is a figure
        return None, match.start("sep") if has_second else match.end()
    if first.small_word and not has_second:
        return None, match.end()  # "one of them": no figure, so no need to read what leads it
    number_start = _amount_start(match, "a_")
    lead = _read_lead(text, number_start, values_only)
    if has_second:
        second = _read_amount(text, match, "b_")
        joined = _join(text, match, first, second, lead) if second is not None else "separate"
        if joined == "skip":
            return None, match.end()
        if joined == "range":
            return _read_range(text, match, first, second, lead, values_only), match.end()
        end = _amount_end(match, "a_")
        figure, trap = _read_single(text, match, first, lead, values_only, number_start, end)
        return figure, match.end() if trap in ("name", "reference") else match.start("sep")
    figure, _ = _read_single(text, match, first, lead, values_only, number_start, match.end())
    return figure, match.end()


def _read_lead(text: str, number_start: int, values_only: bool) -> _Lead:
    if not _may_have_lead(text, number_start):
        return _Lead(number_start, number_start, number_start, None, None, "exact", 1, None)
    found = _BEFORE.search(text, max(0, number_start - _LOOKBEHIND), number_start)
    bare_start, sign = number_start, 1
    if found.group("sign") or found.group("minus"):
        sign, bare_start = -1, found.start("sign") if found.group("sign") else found.start("minus")
    qualifier, start, per = "exact", bare_start, None
    hedge = found.group("hedge")
    if hedge:
        qualifier, start = nm.HEDGES[_key(hedge)], found.start("hedge")
    elif found.group("quoted_hedge"):
        qualifier = nm.HEDGES[_key(found.group("quoted_hedge"))]  # 'about "27%': the quote ends the span
    elif found.group("passing"):
        qualifier = "more_than"
    elif found.group("near_the"):
        qualifier = "near_the"
    opener = found.group("opener")
    if found.group("every"):
        per = nm.PERIODS[found.group("every_period").lower()]
    if hedge and not values_only:
        hedge_start = found.start("hedge")
        if _key(hedge) == "up to" and _RISE_BEFORE_UP_TO.search(text, max(0, hedge_start - 60), hedge_start):
            qualifier, start = "exact", bare_start  # "pushed their earnings up to $43.1m"
        elif _key(hedge) == "over" and _AMOUNT_BEFORE.search(text, max(0, hedge_start - 12), hedge_start):
            qualifier = "over_a_stretch"  # "£960m over 15 years", if a unit follows
    range_start = found.start("opener") if opener else start
    return _Lead(start, bare_start, range_start, opener and opener.lower(), hedge and _key(hedge), qualifier, sign, per)


def _may_have_lead(text: str, number_start: int) -> bool:
    """Return whether the words before a number may be a hedge, an opener or a sign,
    so that most numbers skip the search for one."""
    if number_start == 0:
        return False
    if text[number_start - 1] in "-−":
        # A dash that _BEFORE would not read as a sign ("1-1", "F-16") ends no lead either.
        return _SIGN.match(text, number_start - 1) is not None
    if text[number_start - 1] in "\"“‘'":
        return True
    words = text[max(0, number_start - 24):number_start].split()[-4:]
    if not words or words[-1].lower().lstrip("\"“‘'([") not in _LEAD_LAST_WORDS:
        return False  # every lead phrase ends with one of these words: most numbers stop here
    words = [word.lower().lstrip("\"“‘'([") for word in words]
    return any(" ".join(words[i:]) in _LEAD_PHRASES for i in range(len(words)))


def _key(words: str) -> str:
    return " ".join(words.lower().split())


# The groups of each amount that _read_amount reads, to fetch in one call.
_AMOUNT_GROUPS = {p: tuple(p + name for name in ("cur", "curword", "pct", "suffix", "digits")) for p in ("a_", "b_")}


def _read_amount(text: str, match: re.Match, p: str) -> _Amount | None:
    symbol, word, pct, suffix, digits = match.group(*_AMOUNT_GROUPS[p])
    currency = None
    if symbol:
        currency = nm.CURRENCY_SYMBOLS.get(symbol.strip().lower()) or symbol.strip().upper()
    minor = False
    if word:
        if word.strip()[:1].isupper() and word.strip().lower() in nm.MINOR_UNITS:
            return None  # "50 Cent": a name
        key = " ".join(word.lower().split())
        currency = currency or nm.CURRENCY_WORDS[key]
        minor = key in nm.MINOR_UNITS
    points = bool(pct and "point" in pct.lower())
    suffix_qualifier = nm.SUFFIX_HEDGES[suffix.lstrip("-")] if suffix else None
    if digits:
        if len(digits) > nm.MAX_DIGITS and sum(c.isdigit() for c in digits) > nm.MAX_DIGITS:
            return None  # an ID or garbage, and too long to do arithmetic on cheaply
        factor, unit = 1, None
        scale = match.group(p + "scale")
        if scale:
            key = " ".join(scale.lower().split())
            if key in nm.CURRENCY_ONLY_ABBREVIATIONS and currency is None and not pct:
                if key == "b" or match.group("unit"):
                    return None  # "5b" is a code: no amount we can read
                if _reads_as_metres(text, match.start(p + "digits")):
                    unit = "m"
                else:
                    factor = nm.SCALE_ABBREVIATIONS[key]
            elif key in nm.SCALE_ABBREVIATIONS:
                factor = nm.SCALE_ABBREVIATIONS[key]
            else:
                factor = 1
                for scale_word in key.split():
                    factor *= nm.SCALE_WORDS[scale_word]
        value, precision = _digits_amount(digits, factor, minor)
        return _Amount(value, precision, currency, bool(pct), points, factor, True, unit, suffix_qualifier)
    amount = _words_amount(match.group(p + "words"), minor)
    if amount is None:
        return None
    value, factor, precision = amount
    small = value < 10 and not (factor > 1 or pct or currency)
    return _Amount(value, precision, currency, bool(pct), points, factor, False, None, suffix_qualifier, small)


@functools.lru_cache(maxsize=4096)  # a text repeats its years and round numbers: no need to redo the arithmetic
def _digits_amount(digits: str, factor: int, minor: bool) -> tuple[Decimal, Decimal]:
    """Return the value of an amount in digits and half the step of its last digit, both
    times its scale (and in its major unit, for pence or cents)."""
    value, precision = nm.digits_value(digits)
    value, precision = value * factor, precision * factor
    if minor:
        value, precision = value / 100, precision / 100
    return value, nm.capped(precision, value, MAX_PRECISION_SHARE)


@functools.lru_cache(maxsize=1024)  # "two", "one million": a few phrases recur
def _words_amount(words: str, minor: bool) -> tuple[Decimal, int, Decimal] | None:
    """Return the value of an amount in words, its scale and half the step of its last
    stated digit; None when the words make no number."""
    parsed = _words_with_article(words)
    if parsed is None:
        return None
    value, factor = parsed
    if minor:
        value = value / 100
    return value, factor, nm.capped(nm.round_precision(value), value, MAX_PRECISION_SHARE)


@functools.lru_cache(maxsize=1024)  # shares read these too: "one in five"
def _words_with_article(words: str) -> tuple[Decimal, int] | None:
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
    parsed = nm.words_value(lowered)
    if parsed is None:
        return None
    return parsed[0] * fraction, parsed[1]


def _reads_as_metres(text: str, start: int) -> bool:
    """Return whether a bare "400m" is a distance: it is, in a report of athletics."""
    return _ATHLETICS.search(text, max(0, start - 250), min(len(text), start + 250)) is not None


def _join(text: str, match: re.Match, first: _Amount, second: _Amount, lead: _Lead) -> str:
    """Return whether two amounts are one "range", two "separate" figures, or to "skip" (a score)."""
    sep = match.group("sep").strip().lower()
    tight_dash = sep in ("-", "–", "—") and match.group("sep") == sep
    if first.digits and second.digits and first.bare and second.bare and tight_dash and not match.group("unit"):
        a, b = match.group("a_digits"), match.group("b_digits")
        if _is_year(a, first) and (len(b) == 2 or _is_year(b, second)):
            return "skip"  # "2022-2024", "2004-05"
        if "," not in a + b and "." not in a + b:
            if first.value >= second.value or second.value < 10:
                return "skip"  # "3-1", "6-4": a score
            if len(a) == 3 and len(b) == 4:
                return "skip"  # "555-1234": a telephone number
            if _SPORT_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                return "skip"  # "lost 9-13"
    if sep == "and" and lead.opener != "between":
        return "separate"
    if not _compatible(first, second):
        return "separate"  # "rose 5.9% to 20.7 kronor"
    shared_first, shared_second = _share_scale(first, second)
    if shared_first.value >= shared_second.value:
        return "separate"  # "fell from 11.2% to 9.6%"
    number_start = _amount_start(match, "a_")
    if lead.opener == "from":
        if _CHANGE_BEFORE_FROM.search(text, max(0, lead.range_start - 30), lead.range_start):
            return "separate"
    elif sep == "to" and _BY_BEFORE.search(text, max(0, number_start - 6), number_start):
        return "separate"  # "rose by 5% to 10%"
    if first.digits and _is_year(match.group("a_digits"), first) and first.bare:
        return "separate"  # "in 2003 to £2.89bn"
    return "range"


def _compatible(first: _Amount, second: _Amount) -> bool:
    """Return whether two amounts can be the ends of one range."""
    if first.percent != second.percent and (first.percent or not first.bare):
        return False  # "5% to 20", "£5 to 10%"
    if first.currency and second.currency and first.currency != second.currency:
        return False
    if first.currency and second.percent or second.currency and first.percent:
        return False
    return first.points == second.points


def _read_single(text, match, amount: _Amount, lead: _Lead, values_only: bool, number_start: int, end: int):
    """Return a figure of one amount, or None and the kind of trap it fell in."""
    if amount.small_word:
        return None, "word"
    unit = _unit_of(match, end) or amount.unit
    qualifier, start = lead.qualifier, lead.start
    if qualifier == "over_a_stretch":
        qualifier, start = ("exact", lead.bare_start) if unit else ("more_than", lead.start)
    elif qualifier == "near_the":
        qualifier = "about" if _MARK_AFTER.match(text, end) else "exact"  # "around the 95% mark"
    if not values_only:
        trap = _trap(text, number_start, end, match, amount, unit, _rescues(text, lead, qualifier))
        if trap:
            return None, trap
        if _MULTIPLIER_AFTER.match(text, end):
            return None, "multiplier"  # "three times as many", "tenfold"
    if qualifier == "exact" and amount.suffix:
        qualifier = amount.suffix
    if qualifier == "exact" and not values_only:
        trailing = _AFTER_HEDGE.match(text, end)
        if trailing:
            qualifier = nm.TRAILING_HEDGES[trailing.group("hedge").lower()]  # "aged 18 or over"
    low, high = _bounds(amount.value * lead.sign, amount.value * lead.sign, qualifier)
    kind, currency = _kind_of(amount)
    figure = _build(
        text, start, end, match, kind, currency, qualifier,
        low=low, high=high, low_precision=amount.precision, high_precision=amount.precision,
        approximate=qualifier == "about", unit=unit, points=amount.points, per=lead.per,
    )
    return _leaning(figure, lead), None


def _read_range(text, match, first: _Amount, second: _Amount, lead: _Lead, values_only: bool) -> Figure | None:
    first, second = _share_scale(first, second)
    number_start = _amount_start(match, "a_")
    end = match.end()
    unit = _unit_of(match, end)
    if not values_only and _trap(text, number_start, end, match, first, unit, _rescues(text, lead, lead.qualifier)):
        return None
    start = lead.range_start if lead.qualifier not in ("over_a_stretch", "near_the") else lead.bare_start
    kind, currency = _kind_of(second if second.currency or second.percent else first)
    return _build(
        text, start, end, match, kind, currency, "range",
        low=first.value, high=second.value,
        low_precision=first.precision, high_precision=second.precision,
        approximate=lead.qualifier == "about", unit=unit, points=second.points, per=lead.per,
    )


def _leaning(figure: Figure, lead: _Lead) -> Figure:
    """Mark a figure whose hedge leans to one side of it ("nearly", "just over")."""
    lean = nm.LEANING_HEDGES.get(lead.hedge) if lead.hedge else None
    return replace(figure, lean=lean) if lean else figure


def _read_share(text: str, match: re.Match, values_only: bool) -> Figure | None:
    """Read "a third", "two-thirds", "one in five", "9 out of 10", "half" as a percentage."""
    start, end = match.start("share"), match.end("share")
    if match.group("share_count"):
        count = _share_number(match.group("share_count"))
        whole = _share_number(match.group("share_whole"))
        if not count or not whole or count > whole or _UNIT_AFTER.match(text, end):
            return None  # "in 10 minutes" is a time, not a share
        value = Decimal(100) * count / whole
    else:
        if match.group("share_half"):
            numerator, parts = Decimal(1), 2
        else:
            numerator_word = match.group("share_numerator").lower()
            numerator = Decimal(1) if numerator_word == "a" else Decimal(nm.SMALL_WORDS[numerator_word])
            parts = nm.FRACTION_WORDS[match.group("share_part").lower()]
            if numerator >= parts:
                return None
        value = Decimal(100) * numerator / parts
    lead = _read_lead(text, start, values_only)
    hedged = lead.qualifier not in ("exact", "over_a_stretch", "near_the")
    if not values_only and not match.group("share_count"):
        if _ORDINAL_BEFORE_SHARE.search(text, max(0, start - 12), start):
            return None  # "the first half", "the first three quarters of 2004"
        if match.group("share_half") and (
            _NOT_A_HALF_BEFORE.search(text, max(0, start - 12), start)
            or _IN_HALF.search(text, max(0, start - 4), start) and text[end:end + 1] in ("", *".,;:!?)")
        ):
            return None
        if not hedged and not _AFTER_SHARE.match(text, end):
            return None  # "a third week", "half-hearted"
    if not values_only and match.group(0)[:1].isupper() and not _starts_sentence(text, start):
        return None
    value = value.quantize(Decimal("0.01"))
    qualifier = lead.qualifier if hedged else "exact"
    low, high = _bounds(value, value, qualifier)
    return _build(
        text, lead.start, end, match, "percent", None, qualifier,
        low=low, high=high, low_precision=value * MAX_PRECISION_SHARE, high_precision=value * MAX_PRECISION_SHARE,
        approximate=qualifier == "about", unit=None, points=False, per=None, rate=False,
    )


def _share_number(words: str) -> Decimal | None:
    words = words.lower().replace(",", "")
    if words.isdigit():
        return Decimal(words)
    parsed = _words_with_article(words)
    return parsed[0] if parsed else None


def _read_vague(text: str, match: re.Match, values_only: bool) -> Figure | None:
    """Read "thousands", "tens of thousands", "several hundred" as the bounds they imply."""
    start, end = match.span("vague")
    if not values_only and match.group(0)[:1].isupper() and not _starts_sentence(text, start):
        return None
    lead = _read_lead(text, start, values_only)
    qualifier = lead.qualifier if lead.qualifier in ("at_least", "more_than", "at_most", "less_than") else "about"
    low, high = _bounds(*nm.vague_bounds(match.group("vague")), qualifier)
    currency = None
    of_currency = _CURRENCY_OF_VAGUE.match(text, end)
    if of_currency:  # "billions of dollars": the span stays "billions"
        currency = nm.CURRENCY_WORDS[" ".join(of_currency.group("word").lower().split())]
    figure = _build(
        text, lead.start, end, match,
        "money" if currency else "number", currency, qualifier,
        low=low, high=high, low_precision=Decimal(0), high_precision=Decimal(0),
        approximate=True, unit=None, points=False, per=None, rate=False,
    )
    return replace(figure, vague=True)


def _bounds(low, high, qualifier: str):
    """Return the bounds a hedge leaves: "at least 64" has no upper bound."""
    if qualifier in ("at_least", "more_than"):
        return low, None
    if qualifier in ("at_most", "less_than"):
        return None, high
    return low, high


def _build(text, start, end, match, kind, currency, qualifier, *, low, high, low_precision, high_precision,
           approximate, unit, points, per, rate=True):
    if rate:
        rate_per = _period_of(match, end)
        if rate_per is not None and _RATE_NOT_A_RATE.match(text, match.end("rate")):
            rate_per, end = None, match.start("rate")  # "11,000 a year ago" is no rate
        per = rate_per or per
        if per is None and kind != "percent":
            rate_later = _RATE_AFTER_WORDS.match(text, end)
            per = nm.PERIODS[rate_later.group("period").lower()] if rate_later else None
    if kind == "percent" and points:
        unit = nm.PERCENTAGE_POINT
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
        unit=unit if kind != "money" else None,
        approximate=approximate,
        low_precision=_plain(low_precision),
        high_precision=_plain(high_precision),
    )


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


def _unit_of(match: re.Match, end: int) -> str | None:
    unit = match.group("unit")
    if not unit or match.end("unit") > end:
        return None
    return nm.UNITS[" ".join(unit.lstrip("-").lower().split())]


def _period_of(match: re.Match, end: int) -> str | None:
    rate = match.group("rate") if "rate" in match.re.groupindex else None
    if not rate or match.end("rate") > end:
        return None
    word = rate.replace("/", " ").split()[-1].lower()
    return nm.PERIODS[word]


def _amount_start(match: re.Match, p: str) -> int:
    for group in ("cur", "digits", "words"):
        start = match.start(p + group)
        if start >= 0:  # -1 when the group is not in the match; none of these matches ""
            return start
    raise AssertionError("an amount always has digits or words")


def _amount_end(match: re.Match, p: str) -> int:
    for group in ("curword", "pct", "suffix", "scale", "digits", "words"):
        if match.group(p + group):
            return match.end(p + group)
    raise AssertionError("an amount always has digits or words")


def _share_scale(first: _Amount, second: _Amount) -> tuple[_Amount, _Amount]:
    """Carry the second side's scale, percent and currency to a bare first side.

    "between 4.2 and 5.8 million" is 4.2-5.8 million; "40 to 50 percent" is percent
    throughout. The scale is shared only where that keeps the range in order.
    """
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


def _kind_of(amount: _Amount) -> tuple[str, str | None]:
    if amount.percent:
        return "percent", None
    if amount.currency:
        return "money", amount.currency
    return "number", None


# --- what is not a figure -------------------------------------------------------


def _trap(text: str, start: int, end: int, match: re.Match, amount: _Amount, unit: str | None,
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
    if amount.digits and amount.bare:
        digits = match.group("a_digits")
        if before == "(" and after == ")" and len(digits) <= 2:
            return "list"  # "(3)"
        if after in ".)" and _starts_line(text, start):
            return "list"  # "1. Buy milk"
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            return "code"  # "020", "007"
        if (start > 1 and before == " " and text[start - 2].isdigit()) or _DIGITS_NEXT.match(text, end):
            return "phone"  # "020 7946 0018", "(202) 555-0143"
    if amount.digits and not amount.currency and not amount.percent:
        if _TIME_AFTER.match(text, end):
            return "time"
        if amount.bare and unit is None and _CLOCK.fullmatch(match.group("a_digits")) and (
            _CLOCK_BEFORE.search(text, max(0, start - 8), start) or _CLOCK_AFTER.match(text, end)
        ):
            return "time"  # "at 12.30", "12.30 on a Saturday morning"
        if amount.factor == 1 and _is_year(match.group("a_digits"), amount) and not hedged:
            if unit is None or _singular_year(match):
                return "year"  # "in 2024", "the 2005 year"
        if _MONTH_BEFORE.search(text, max(0, start - 12), start) or _MONTH_AFTER.match(text, end):
            return "date"
        if not hedged and amount.bare:
            word = _word_before(text, start)
            if word:
                if word.lower().rstrip(".") in _REFERENCE_WORDS:
                    return "reference"  # "section 3", "version 7.60", "number 19"
                if _is_name(word) and unit is None:
                    return "name"  # "Channel 4", "Boeing 737", "Firefox 1.0"
    if not amount.digits and match.group("a_words")[:1].isupper() and not _starts_sentence(text, start):
        return "name"  # "Ocean's Twelve"
    if not amount.digits and _ORDINAL_WORD_AFTER.match(text, end):
        return "ordinal"  # "its twenty-first year"
    written_unit = (match.group("unit") or "").strip(" -")
    if written_unit[:1].isupper() and written_unit[1:].islower() and len(written_unit) > 2:
        if not _starts_sentence(text, start):
            return "name"  # "the TV show 60 Minutes", "28 Days Later"
    return None


def _rescues(text: str, lead: _Lead, qualifier: str) -> bool:
    """Return whether a hedge makes a number that looks like a year or a date a figure:
    "about 2000 people" is one, "until at least 2006" is still a year."""
    return (
        qualifier in _STRONG_HEDGES
        and lead.hedge not in _WEAK_HEDGES
        and not _TIME_PREPOSITION_BEFORE.search(text, max(0, lead.start - 12), lead.start)
    )


def _is_year(digits: str | None, amount: _Amount) -> bool:
    return bool(digits) and len(digits) == 4 and digits.isdigit() and int(digits) in _YEARS and amount.factor == 1


def _singular_year(match: re.Match) -> bool:
    unit = match.group("unit")
    return unit is not None and unit.strip().lower() == "year"


def _word_before(text: str, start: int) -> str | None:
    """Return the word just before ``start``, when a single space separates them."""
    if start < 2 or text[start - 1] != " " or text[start - 2].isspace():
        return None
    space = text.rfind(" ", max(0, start - 30), start - 1)
    newline = text.rfind("\n", max(0, start - 30), start - 1)
    word = text[max(space, newline) + 1:start - 1]
    return word if word.replace("-", "").replace(".", "").isalnum() else None


def _is_name(word: str) -> bool:
    """Return whether a word before a number is (part of) a name: "Channel", "iPod", "FTSE"."""
    return (
        any(c.isupper() for c in word)
        and word.lower() not in _FUNCTION_WORDS
        and word.lower().rstrip(".") not in nm.MONTHS
        and word.lower() not in nm.WEEKDAYS
    )


def _starts_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() == ""


def _starts_sentence(text: str, start: int) -> bool:
    """Return whether ``start`` opens a sentence, a line or a quotation."""
    index = start - 1
    while index >= 0 and text[index] in " \t\"“‘'([":
        index -= 1
    return index < 0 or text[index] in ".!?:;\n\r"


# --- numbers ----------------------------------------------------------------------


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
