"""Read the words just before a number: a hedge ("about", "at least"), an opener of a
range ("between", "from"), a sign ("-5%", "minus 5") or a period ("every day").

>>> lead = read_lead("They sent between 4.2 and 5.8 million", 18)
>>> lead.opener, lead.range_start, lead.qualifier
('between', 10, 'exact')
>>> read_lead("It cost about $5", 14).qualifier
'about'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck import lexicon
from factcheck.regexes import compiled

# How far before a number a lead is looked for: more than the longest lead takes.
_LOOKBEHIND = 48
_BEFORE = compiled(
    rf"""
    (?=\b[^\W\d_]|[-−]|$)  # a lead starts with a word or a sign, or is empty
    (?:\b(?P<every>every|each)\s+(?P<every_period>day|week|month|year),?\s+)?
    (?:
        (?:\b(?P<opener>between|from)\s+)?(?:\b(?P<hedge>{lexicon.alternation(lexicon.HEDGES)})\s+)?
      | \b(?P<quoted_hedge>{lexicon.alternation(lexicon.HEDGES)})\s+["“‘']
      | \b(?P<passing>{lexicon.alternation(lexicon.PASSING_VERBS)})\s+
      | \b(?P<near_the>about|around|roughly|nearly|close\s+to)\s+the\s+
      | \b(?P<threshold>{lexicon.alternation(lexicon.THRESHOLD_WORDS)})\s+the\s+
    )
    (?:(?<![\w.,%)\]–—-])(?P<sign>[-−])|\b(?<!or\s)(?P<minus>minus)\s+)?  # not "plus or minus 0.3"
    $""",
    re.IGNORECASE | re.VERBOSE,
)
# "up to" means "rose to" after a verb of change: "pushed their earnings up to $43.1m".
_RISE_BEFORE_UP_TO = compiled(
    rf"\b(?:{'|'.join(lexicon.RAISING_VERBS_BEFORE_UP_TO)})\b(?:\s+[\w’'-]+){{0,3}}\s+$", re.IGNORECASE
)
# "£960m over 15 years", "5 tonnes over 300 miles", "64 arms shipments over two years":
# spread over a stretch, not "more than".
_AMOUNT_BEFORE = compiled(r"(?:\d|\))(?:\s?[^\W\d]+){0,2}\s*$")
# A hedge after a number: "aged 18 or over", "500 (or so) or more".
TRAILING_HEDGE = compiled(
    rf"(?:\s*\([^()\n]{{1,40}}\))?\s+or\s+(?P<hedge>{lexicon.alternation(lexicon.TRAILING_HEDGES)})\b", re.IGNORECASE
)
# "around the 95% mark": "about", where "around the 95% increase" is exact.
MARK_AFTER = compiled(r"\s+(?:mark|level|region|barrier|threshold|milestone)\b", re.IGNORECASE)
#: The qualifier a threshold lead gives when a mark follows ("topped the 40,000 mark").
MARK_QUALIFIERS = {"past_the": "more_than", "short_of_the": "less_than"}
#: Leads whose qualifier what follows the number settles.
UNSETTLED = ("over_a_stretch", "near_the", *MARK_QUALIFIERS)


@dataclass(slots=True)
class Lead:
    """What the words just before a candidate say about it."""

    start: int  # where a single figure's text starts: at its hedge, else at `bare_start`
    bare_start: int  # where the number starts, with its sign ("-5%", "minus 5")
    range_start: int  # where a range's text starts: at "between"/"from", else at `start`
    opener: str | None  # "between" or "from"
    hedge: str | None  # the hedge's words, lower case: "about", "up to"
    # A qualifier of docs/spec.md §3, or until what follows settles it: "over_a_stretch", "near_the" ("around
    # the 95% mark"), "past_the" and "short_of_the" ("topped the 40,000 mark", "below the ... mark").
    qualifier: str
    sign: int
    per: str | None  # "every day 78 million"


def read_lead(text: str, number_start: int) -> Lead:
    """Return what the words just before the number at ``number_start`` say about it."""
    if not _may_have_lead(text, number_start):
        return Lead(number_start, number_start, number_start, None, None, "exact", 1, None)
    found = _BEFORE.search(text, max(0, number_start - _LOOKBEHIND), number_start)
    bare_start, sign = number_start, 1
    if found.group("sign") or found.group("minus"):
        sign, bare_start = -1, found.start("sign") if found.group("sign") else found.start("minus")
    qualifier, start, per = "exact", bare_start, None
    hedge = found.group("hedge")
    if hedge:
        qualifier, start = lexicon.HEDGES[phrase_key(hedge)], found.start("hedge")
    elif found.group("quoted_hedge"):
        qualifier = lexicon.HEDGES[phrase_key(found.group("quoted_hedge"))]  # 'about "27%': the quote ends the span
    elif found.group("passing"):
        qualifier = "more_than"
    elif found.group("near_the"):
        qualifier = "near_the"
    elif found.group("threshold"):
        qualifier = "past_the" if lexicon.THRESHOLD_WORDS[phrase_key(found.group("threshold"))] == "more_than" \
            else "short_of_the"
    opener = found.group("opener")
    if found.group("every"):
        per = lexicon.PERIODS[found.group("every_period").lower()]
    range_start = found.start("opener") if opener else start
    return Lead(start, bare_start, range_start, opener and opener.lower(), hedge and phrase_key(hedge), qualifier,
                sign, per)


def reread_in_prose(text: str, lead: Lead) -> Lead:
    """Return the lead as the words before its hedge leave it: after a verb of change
    "up to" is no bound, and after an amount "over" may spread it over a stretch."""
    if lead.hedge == "up to" and _RISE_BEFORE_UP_TO.search(text, max(0, lead.start - 60), lead.start):
        start = lead.bare_start  # "pushed their earnings up to $43.1m"
        return replace(lead, start=start, range_start=lead.range_start if lead.opener else start, qualifier="exact")
    if lead.hedge == "over" and _AMOUNT_BEFORE.search(text, max(0, lead.start - 30), lead.start):
        return replace(lead, qualifier="over_a_stretch")  # "£960m over 15 years", if a unit follows
    return lead


# "Every day, Russian forces fire 10,000 shells": a period opening the sentence.
_PERIOD_OPENING = compiled(r"\b(?:Every|Each)\s+(?P<period>day|week|month|year),\s")
# Where a sentence ends: a stop before a space, or a line break.
_SENTENCE_END = compiled(r"[.!?](?=[\s\"”’')])|[\n\r]")
# How far back a period opening a sentence is looked for.
_PERIOD_LOOKBEHIND = 160


# "Average weekly earnings were £712", "annual gross earnings of full-time workers came to EUR 37 900".
_PERIODIC_PAY = compiled(
    rf"\b(?P<adjective>{'|'.join(lexicon.PERIOD_ADJECTIVES)})\s+(?:[a-z-]+\s+)?(?:{'|'.join(lexicon.PERIODIC_PAY)})\b",
    re.IGNORECASE,
)


_CAPITALISED_EVERY_OR_EACH = compiled(r"E(?:very|ach) ")


def may_open_with_a_period(text: str) -> bool:
    """Return whether any sentence of ``text`` may open with a period ("Every day, ..."):
    where none does, period_stated_before need not look for one (speed: a pattern that opens
    with a fixed letter scans many times faster than one that opens with a word boundary)."""
    return _CAPITALISED_EVERY_OR_EACH.search(text) is not None


def period_stated_before(text: str, number_start: int, *, opening: bool, money: bool) -> str | None:
    """Return the period a sentence states before the number at ``number_start``: it opens
    with one ("Every day, ...", looked for with ``opening``), or, for ``money``, names
    periodic pay ("Average weekly earnings were £712"); else None."""
    window_start = max(0, number_start - _PERIOD_LOOKBEHIND)
    if not (opening and _PERIOD_OPENING.search(text, window_start, number_start)) and not (
        money
        and (text.find("ly ", window_start, number_start) >= 0 or text.find("nnual ", window_start, number_start) >= 0)
        and _PERIODIC_PAY.search(text, window_start, number_start)
    ):
        return None  # most sentences state no period, so their start is not looked for
    start = sentence_start(text, number_start)
    found = opening and _PERIOD_OPENING.search(text, start, number_start)
    if found:
        return lexicon.PERIODS[found.group("period").lower()]
    pay = None
    if money:
        for pay in _PERIODIC_PAY.finditer(text, start, number_start):
            pass  # the nearest before the number: "weekly earnings were £712, and annual pay EUR 37 900"
    return lexicon.PERIOD_ADJECTIVES[pay.group("adjective").lower()] if pay else None


def sentence_start(text: str, position: int) -> int:
    """Return where the sentence holding ``position`` starts, looking back a bounded way."""
    start = max(0, position - _PERIOD_LOOKBEHIND)
    for end in _SENTENCE_END.finditer(text, start, position):
        start = end.end()
    return start


def phrase_key(words: str) -> str:
    """Return words as the lexicon spells them: lower case, one space between words."""
    return " ".join(words.lower().split())


# Speed (5% of `check`): most numbers follow no lead, and are told so without the search.
# A minus sign as _BEFORE reads one: not a dash after a word, a number or a bracket.
_SIGN = compiled(r"(?<![\w.,%)\]–—-])[-−]")
# Every lead _BEFORE reads, as plain words.
_LEAD_PHRASES = frozenset(
    [*lexicon.HEDGES, *lexicon.PASSING_VERBS, "between", "from", "minus"]
    + [f"{hedge} the" for hedge in ("about", "around", "roughly", "nearly", "close to", *lexicon.THRESHOLD_WORDS)]
    + [f"{each} {period}" for each in ("every", "each") for period in ("day", "week", "month", "year")]
    + [f"{each} {period}," for each in ("every", "each") for period in ("day", "week", "month", "year")]
)
_LEAD_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in _LEAD_PHRASES)


def _may_have_lead(text: str, number_start: int) -> bool:
    """Return whether the words before a number may be a lead _BEFORE reads."""
    if number_start == 0:
        return False
    if text[number_start - 1] in "-−":
        return _SIGN.match(text, number_start - 1) is not None  # "1-1", "F-16": no sign
    if text[number_start - 1] in "\"“‘'":
        return True
    words = text[max(0, number_start - 24):number_start].split()[-4:]
    if not words or words[-1].lower().lstrip("\"“‘'([") not in _LEAD_LAST_WORDS:
        return False  # speed: the last word alone rules most numbers out
    words = [word.lower().lstrip("\"“‘'([") for word in words]
    return any(" ".join(words[i:]) in _LEAD_PHRASES for i in range(len(words)))
