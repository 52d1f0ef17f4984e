"""When a figure is: the years, quarters and months a text names, and those a figure's
clause gives it (not another number's beside it).

>>> sorted((kind, sorted(found)) for kind, found in periods("at the end of 2004").items())
[('quarter', [4]), ('year', ['2004'])]
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.context import Context
from factcheck.regexes import compiled

# Capitalised only: "may" and "march" are verbs too.
_MONTH_WORD = compiled(r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
                         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
_YEAR = compiled(r"\b((?:19|20)\d\d)\b")
_QUARTER = compiled(
    r"\b(?:(?P<ordinal>first|second|third|fourth|last|final)\s+quarter|q(?P<number>[1-4])\b"
    r"|(?P<span>january|april|july|october)\s*(?:-to-|-|–|to)\s*(?:march|june|september|december)"
    # "at the end of 2004", "the close of the year": its last quarter; "the start of 2005": its first
    r"|(?P<edge>end|close|start|beginning)\s+of\s+(?:the\s+year|(?:19|20)\d\d)"
    r"|(?P<season>spring|summer|autumn|winter)\s+quarter"
    # "the last three months of 2004", "the three months to 31 December": a quarter by its months
    r"|(?P<last_months>last|final|first)\s+three\s+months"
    r"|three\s+months\s+(?:to|ending)\s+(?:\d{1,2}\s+)?(?P<to_month>march|june|september|december))",
    re.IGNORECASE,
)


def periods(text: str) -> dict[str, frozenset]:
    """Return the years, quarters and months a text names, by kind.

    >>> sorted((kind, sorted(found)) for kind, found in periods("in the last quarter of 2004").items())
    [('quarter', [4]), ('year', ['2004'])]
    """
    found: dict[str, set] = {}
    for year in _YEAR.findall(text):
        found.setdefault("year", set()).add(year)
    for quarter in _QUARTER.finditer(text):
        if quarter.group("ordinal"):
            number = lexicon.QUARTER_ORDINALS[quarter.group("ordinal").lower()]
        elif quarter.group("number"):
            number = int(quarter.group("number"))
        elif quarter.group("edge"):
            number = lexicon.YEAR_EDGE_QUARTERS[quarter.group("edge").lower()]
        elif quarter.group("season"):
            number = lexicon.SEASON_QUARTERS[quarter.group("season").lower()]
        elif quarter.group("last_months"):
            number = lexicon.QUARTER_ORDINALS[quarter.group("last_months").lower()]
        elif quarter.group("to_month"):
            number = lexicon.MONTH_NAMES.index(quarter.group("to_month").lower()) // 3 + 1
        else:
            number = lexicon.QUARTER_FIRST_MONTHS[quarter.group("span").lower()]
        found.setdefault("quarter", set()).add(number)
    if "year" not in found and _YEAR_AGO.search(text) and (found or _MONTH_WORD.search(text)):
        found["year"] = {YEAR_BEFORE}  # "in January last year"
    if "quarter" not in found:  # "July-September" names a quarter, not two months
        for month in _MONTH_WORD.findall(text):
            number = next(i for i, full in enumerate(lexicon.MONTH_NAMES, 1) if full.startswith(month.lower()[:3]))
            found.setdefault("month", set()).add(number)
    return {kind: frozenset(values) for kind, values in found.items()}


_SINCE = compiled(r"\b(?:since|from)\b.*$", re.IGNORECASE)
# A number and the period right after it, in the words before a figure: "from 180,126 in
# November to": November is the other number's.
_OTHER_NUMBERS_PERIOD = compiled(r"\d[\d,.]*%?\s+(?:in|during|for|to)\s+(?:the\s+)?[^\d]*$|\bfrom\s+.*$",
                                   re.IGNORECASE)
# Another number after the figure, and what follows it: "79,000 from 82,000 in December".
# (Not a year, nor the day of a date: "in 2004", "to 31 December", "between 24 and 26 December".)
_ANOTHER_NUMBER = compiled(
    r"(?:^|\s)(?:from\s+)?[$£€]?(?!(?:19|20)\d\d\b|\d\d?(?:st|nd|rd|th)?\s+(?:(?:and|to|-|–)\s+\d\d?(?:st|nd|rd|th)?\s+)?[A-Z])"
    r"\d.*$")
# "November's 4.2%", "2003's growth of": the period a possessive gives the figure.
_POSSESSIVE_PERIOD = compiled(r"(?P<period>\b[\w-]+)['’]s(?:\s+[^\W\d_]+){0,2}\s*$")
# "since records began" just before a scope: the scope is where a comparison starts.
_SINCE_BEFORE = compiled(r"\bsince\b[^,.;:\d]*$", re.IGNORECASE)
# A clause comparing the figure with another number, right after it: ", down from 187,971 in July-September".
_COMPARING_CLAUSE = compiled(
    rf"[^,;:.]*,\s*(?P<clause>(?:{lexicon.alternation(lexicon.ELLIPSIS_OPENERS)})\b[^\d,;:]*\d(?:[^,;:.]|(?<=\d)[,.](?=\d))*)",
    re.IGNORECASE,
)
_YEAR_AGO = compiled(rf"\b(?:{lexicon.alternation(lexicon.YEAR_AGO_PHRASES)})\b", re.IGNORECASE)
# The year a text names as "last year" beside a month or quarter: not the story's, nor any claim's of its own.
YEAR_BEFORE = "the year before"
_PREVIOUS = compiled(r"\b(?:the\s+)?previous\s+(?P<unit>month|quarter)\b", re.IGNORECASE)


def periods_of(context: Context, sentence: str = "") -> dict[str, frozenset]:
    """Return the periods a figure covers: those the words after it in its clause name,
    else those before it (less any that belong to another number), else its scope's;
    "the previous quarter" is the one before the period the rest of the sentence names.

    "since June 2001" is where a comparison starts, not the figure's period.
    """
    possessive = _POSSESSIVE_PERIOD.search(context.lead)
    if possessive and periods(possessive.group("period")):
        return periods(possessive.group("period"))  # "up from November's 4.2%"
    after = _ANOTHER_NUMBER.sub("", f"{context.counted} {context.trail}")
    found = periods(_SINCE.sub("", after))
    lead = _SINCE.sub("", context.lead)
    own_lead = _OTHER_NUMBERS_PERIOD.sub("", lead)
    if not found:
        found = periods(own_lead)
    if not found:
        previous = _PREVIOUS.search(f"{own_lead} {after}")
        if previous and sentence:
            return _one_before(periods(sentence), previous.group("unit").lower())
        scope = context.scope or ""
        if scope and scope in context.lead and scope not in own_lead:
            return {}  # "from 180,126 in November to 178,906": November is the other number's
        if scope and sentence and _SINCE_BEFORE.search(sentence, 0, max(0, sentence.find(scope))):
            return {}  # "the highest since records began in 1971": where a comparison starts
        found = periods(_SINCE.sub("", scope))
    return found


_ORDINAL_NAMES = {number: name for name, number in reversed(lexicon.QUARTER_ORDINALS.items())}


def previous_in_words(context: Context, text: str) -> str:
    """Return the period a figure's "the previous month" or "the previous quarter" stands for,
    in words ("third quarter", "november"), or "" (see periods_of): "0.7% in the fourth quarter,
    compared with 0.5% in the previous quarter" is the third quarter's, as a claim would say.
    ``text`` is the text ``context`` was read from."""
    if "previous" not in context.trail and "previous" not in context.counted and "previous" not in context.lead:
        return ""  # (speed: most figures have none, and their sentence is not cut out)
    found = periods_of(context, text[context.sentence_start:context.sentence_end])
    if not _PREVIOUS.search(f"{context.lead} {context.counted} {context.trail}"):
        return ""
    if found.get("quarter") and len(found["quarter"]) == 1:
        return f"{_ORDINAL_NAMES[next(iter(found['quarter']))]} quarter"
    if found.get("month") and len(found["month"]) == 1:
        return lexicon.MONTH_NAMES[next(iter(found["month"])) - 1]
    return ""


def other_numbers_periods(context: Context, rest: str = "") -> dict[str, frozenset]:
    """Return the periods the clause gives another number beside the figure: "from 180,126
    in November to" before it, "from 82,000 in December" after it, or the clause after it
    that compares it with another (``rest`` is the sentence after the figure):
    "was 182,920, down from 187,971 in July-September"."""
    lead = context.lead
    before = lead[len(_OTHER_NUMBERS_PERIOD.sub("", lead)):]
    found = _ANOTHER_NUMBER.search(f"{context.counted} {context.trail}")
    comparing = _COMPARING_CLAUSE.match(rest)
    other = periods(f"{before} {found.group() if found else ''} {comparing.group('clause') if comparing else ''}")
    if other.get("year") == {YEAR_BEFORE}:
        return {}  # "£17.9bn, compared with £21.8bn in January last year": the same month, a year apart
    return other


def _one_before(named: dict[str, frozenset], unit: str) -> dict[str, frozenset]:
    """Return the month or quarter before the latest one ``named`` holds (none when it holds none)."""
    if unit == "quarter" and not named.get("quarter") and named.get("month"):
        named = {"quarter": frozenset((month - 1) // 3 + 1 for month in named["month"])}
    values = named.get(unit)
    if not values:
        return {}
    size = 4 if unit == "quarter" else 12
    return {unit: frozenset({(max(values) - 2) % size + 1})}


def periods_agree(figure: dict[str, frozenset], claim: dict[str, frozenset]) -> bool:
    """Return whether two texts name a month or a quarter in common, and no period differently.

    (A year alone is too common in a story to say much: every figure of one names it.)
    """
    if periods_differ(figure, claim):
        return False
    return any(figure.get(kind, frozenset()) & claim.get(kind, frozenset()) for kind in ("month", "quarter"))


def periods_differ(figure: dict[str, frozenset], claim: dict[str, frozenset]) -> str | None:
    """Return the kind of period two texts name differently ("year", "quarter", "month"), or None."""
    for kind in ("year", "quarter", "month"):
        if figure.get(kind) and claim.get(kind) and not figure[kind] & claim[kind]:
            return kind
    months, quarters = figure.get("month"), claim.get("quarter")
    if months and quarters and not {(month - 1) // 3 + 1 for month in months} & quarters:
        return "quarter"
    months, quarters = claim.get("month"), figure.get("quarter")
    if months and quarters and not {(month - 1) // 3 + 1 for month in months} & quarters:
        return "quarter"
    return None


# What a change is measured over: "annual", "on a year earlier", "on the previous quarter", "monthly".
_SPANS = {
    "year": compiled(
        r"\bannual(?:ly|i[sz]ed)?\b|\byear[- ]on[- ]year\b|\b(?:on|over)\s+the\s+year\b"
        r"|\b(?:on|than|from|over)\s+(?:in\s+)?(?:a|the)\s+(?:year\s+(?:earlier|before|ago)|previous\s+year)\b"
        r"|\bin\s+the\s+(?:year|12\s+months)\s+to\b"
        r"|\b(?:over|in|during)\s+the\s+(?:coming|next|past|last|previous)\s+(?:12\s+months|twelve\s+months|year)\b",
        re.IGNORECASE),
    "half": compiled(r"\b(?:first|second)\s+half\b|\bhalf[- ]year(?:ly)?\b|\bsix\s+months\b", re.IGNORECASE),
    "quarter": compiled(
        r"\bquarterly\b|\bquarter[- ]on[- ]quarter\b|\bon\s+the\s+quarter\b"
        r"|\b(?:on|than|from|over)\s+(?:in\s+)?the\s+(?:previous|last|preceding)\s+(?:quarter|three\s+months)\b",
        re.IGNORECASE),
    "month": compiled(
        r"\bmonthly\b|\bmonth[- ]on[- ]month\b|\bon\s+the\s+month\b"
        r"|\b(?:on|than|from|over)\s+(?:in\s+)?the\s+(?:previous|last|preceding)\s+month\b", re.IGNORECASE),
}


def change_span(text: str) -> str | None:
    """Return what the change ``text`` speaks of is measured over ("year", "quarter",
    "month"), when it names one and only one: "0.1% higher than in the previous quarter"
    is a quarter's change, not an annual rise."""
    if not any(word in text for word in ("nnual", "year", "quarter", "month", "three", "half")):
        return None  # (speed)
    found = [span for span, pattern in _SPANS.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None
