"""Tell whether two amounts side by side are one range ("25,000 to 30,000"), two
figures ("rose from 5% to 10%") or neither (a score "3-1", years "2022-2024").

>>> from factcheck.figures import extract_figures
>>> [f.text for f in extract_figures("It rose from 5% to 10%; estimates run 25,000 to 30,000; they won 3-1.")]
['5%', '10%', '25,000 to 30,000']
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.figures.amounts import Amount, compatible, share_scale
from factcheck.figures.leads import Lead
from factcheck.figures.pattern import amount_start
from factcheck.figures.traps import counts_follow, is_year
from factcheck.regexes import compiled

# "rose from 5% to 10%" is a change between two figures, "range from 5 to 10" one range.
_CHANGE_BEFORE_FROM = compiled(rf"\b(?:{'|'.join(lexicon.CHANGE_VERBS_BEFORE_FROM)})\s+$", re.IGNORECASE)
# After a change verb, "X to Y" with Y this many times X is a change and a level, not a range.
_CHANGE_TO_LEVEL_RATIO = 5
_BY_BEFORE = compiled(r"\bby\s+$", re.IGNORECASE)
# "lost 9-13", "a 3-6 set": a score.
_SPORT_BEFORE = compiled(
    r"\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beating|beaten|defeat|defeated|drew|draw|drawn"
    r"|victory|scored?|scores|lead|leads|led|trail|trails|trailing|leg|set|sets|game|games|match|final|tie-break)\b",
    re.IGNORECASE,
)


_TIME_BEFORE = compiled(r"\b(?:until|till|by|since|in|from|after|before|through|of|the)\s+$", re.IGNORECASE)
# A rate a word or two after the numbers: "1000-1500 child casualties a month".
_RATE_AFTER_WORDS = compiled(r"(?:\s+[a-z]+){1,2}?\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b")


def join(text: str, match: re.Match, first: Amount, second: Amount, lead: Lead) -> str:
    """Return whether two amounts are one "range", two "separate" figures, or to "skip" (a score)."""
    sep = match.group("sep").strip().lower()
    tight_dash = sep in ("-", "–", "—") and match.group("sep") == sep
    if first.digits and second.digits and first.bare and second.bare and tight_dash and not match.group("unit"):
        a, b = match.group("a_digits"), match.group("b_digits")
        if is_year(a, first) and (len(b) == 2 or is_year(b, second)) and not counted_range(text, match):
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
    if sep == "or" and not first.bare:
        return "separate"  # "Rs 250 or Rs. 300" are two prices; "two or three pounds" is one range
    if not compatible(first, second):
        return "separate"  # "rose 5.9% to 20.7 kronor"
    shared_first, shared_second = share_scale(first, second)
    if shared_first.value >= shared_second.value:
        return "separate"  # "fell from 11.2% to 9.6%"
    number_start = amount_start(match, "a_")
    if lead.opener == "from":
        if _CHANGE_BEFORE_FROM.search(text, max(0, lead.range_start - 30), lead.range_start):
            return "separate"
    elif sep == "to" and _BY_BEFORE.search(text, max(0, number_start - 6), number_start):
        return "separate"  # "rose by 5% to 10%"
    elif (sep == "to" and shared_second.value > _CHANGE_TO_LEVEL_RATIO * shared_first.value
          and _CHANGE_BEFORE_FROM.search(text, max(0, number_start - 30), number_start)):
        # "rose 32,000 to 1.41 million": a change, then the level it reached (a range's
        # ends are of a size: "rose 40 to 50 percent")
        return "separate"
    if first.digits and is_year(match.group("a_digits"), first) and first.bare:
        b = match.group("b_digits")
        # A count written without commas has a second end without them: "1200 to 4000", not "2003 to 28,041".
        plain_count = second.digits and second.bare and "," not in b and not _TIME_BEFORE.search(
            text, max(0, number_start - 12), number_start)
        if not (plain_count and (not is_year(b, second) or counted_range(text, match))):
            return "separate"  # "in 2003 to £2.89bn", "in 2003 to 28,041", "between 1990 and 2000"
    return "range"


def counted_range(text: str, match: re.Match) -> bool:
    """Return whether two numbers that look like years are a range of counts: a counted
    noun or a rate follows ("between 1600 and 1900 a year", "1000-1500 child casualties a month")."""
    start = amount_start(match, "a_")
    if _TIME_BEFORE.search(text, max(0, start - 12), start):
        return False  # "in 1990-2000"
    return bool(match.group("rate")) or counts_follow(text, start, match.end()) or (
        _RATE_AFTER_WORDS.match(text, match.end()) is not None
    )
