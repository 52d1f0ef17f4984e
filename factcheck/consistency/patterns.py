"""The words and patterns that tie figures together in a sentence, for `factcheck.consistency`.

Every word list is in the one table WORDS (and the few number tables after it), at the
top: the lexicon (factcheck/lexicon.py) is to take them over. The patterns read a
sentence's skeleton, the sentence with each figure replaced by a token (F), so that
they see the words between figures and nothing else.
"""

from __future__ import annotations

import re

from factcheck.regexes import compiled

# --- the words that tie figures together (the lexicon's to take over) ------------------

WORDS = {
    # Verbs and adverbs that open a change, by its direction.
    "rise": "rose risen rise rises rising increased increase increases up grew grown grow jumped climbed gained "
            "soared surged improved raised edged",
    "fall": "fell fallen fall falls falling decreased decrease decreases down dropped drop declined decline cut "
            "cuts lost slipped shrank shrunk plunged tumbled slumped reduced lowered slid eased shed trimmed",
    # Nouns that name a change after its size ("a 30% increase") or before it ("a rise of").
    "rise_noun": "rise increase jump gain growth hike surge",
    "fall_noun": "fall drop decline cut decrease reduction loss slump slide",
    # What a part of a whole may be introduced by: "3,000 of the 11,000".
    "whole_determiners": "the its their his her our all",
    # After a list of parts, the words that say the next figure is their sum.
    "total_after": "in all|in total|altogether|between them|combined",
    "total_before": "a total of|totalling|totaling",
    # Words that restate one rate over another period: "..., the equivalent of 300,000 a month".
    "equivalent": "the equivalent of|equivalent to|which is|which works out at|or the equivalent of",
    # Words that may not stand in the noun after a whole or a part: they open another clause.
    "not_a_noun": "and or but of than from to was were is are has have had which who that with while "
                  "whereas compared including up down rose fell by",
}
#: Verbs of change that state a multiple of the level before ("doubled from 4 to 8").
MULTIPLYING_VERBS = {
    "doubled": 2, "doubling": 2, "doubles": 2, "tripled": 3, "tripling": 3, "trebled": 3,
    "quadrupled": 4, "halved": 0.5, "halving": 0.5,
}
#: "-fold" multiples ("rose fivefold").
FOLD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: Days in each period a rate may be stated per, as (fewest, most); a daily rate may
#: count working days only ("£100 a day, £25,000 a year"), so a week may have five.
PERIOD_DAYS = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366), "annum": (365, 366)}
WORKING_DAYS = {"week": (5, 7), "month": (20, 31), "year": (250, 366), "annum": (250, 366)}

# --- reading a sentence ------------------------------------------------------------------

# Each figure is replaced by a token in a copy of the sentence, so that the patterns
# below read the words between figures and nothing else.
F = "\ue000(\\d+)\ue001"
TOKEN = compiled(F)
# A currency conversion in brackets after a figure ("$200m (£104m; 151m euros)") says nothing
# of the relation around it.
CONVERSION = compiled(rf"\s*\(\s*{F}(?:\s*[;,/]\s*{F})*\s*\)")
# Words a sentence must hold for a total to be looked for: most sentences hold none, and
# a search for a plain string costs next to nothing.
TOTAL_HINTS = ("total", "in all", "altogether", "combined", "between them", "remaining")


def alternation(key: str) -> str:
    r"""Return the pattern of one entry of WORDS, longest words first, spaces matching any space.

    >>> print(alternation("total_after"))
    between\s+them|altogether|in\s+total|combined|in\s+all
    """
    entries = WORDS[key].split("|") if "|" in WORDS[key] else WORDS[key].split()
    return "|".join(re.escape(e.strip()).replace(r"\ ", r"\s+") for e in sorted(entries, key=len, reverse=True))


_NOUN = rf"(?:-[\w]+)?(?:\s+(?!(?:{alternation('not_a_noun')})\b)[A-Za-z][\w'’-]*){{0,4}}?"
_WHOLE = rf"(?:(?:{alternation('whole_determiners')})\s+|a\s+total\s+of\s+)?"
_APPOSITION = r"(?:\s*,\s*(?:or\s+)?|\s+[-–—]\s+(?:or\s+)?|\s*\(\s*|,?\s+or\s+)"

# The patterns below are compiled when first used (see __getattr__ at the end): most
# sentences state no share, change, total or rate, and compiling them all took a twentieth
# of a one-paragraph check. Each is given as the function that compiles it.
_COMPILED_WHEN_USED = {
    "OWN_WHOLE_AFTER": lambda: compiled(r"\s+of\s+(?!them\b|those\b|the\s+total\b|all\b)"),
    "SHARE_PATTERNS": lambda: [
        # "3,000 of the 11,000 troops, or 40%"
        compiled(rf"(?P<part>{F})\s+(?:of|out\s+of)\s+{_WHOLE}(?P<whole>{F}){_NOUN}{_APPOSITION}(?P<pct>{F})", re.I),
        # "one in five of the 2,000 staff, some 600 people"
        compiled(rf"(?P<pct>{F})\s+of\s+{_WHOLE}(?P<whole>{F}){_NOUN}{_APPOSITION}(?P<part>{F})", re.I),
        # "3,000, or 27%, of the 11,000 troops"
        compiled(rf"(?P<part>{F}){_NOUN},?\s+or\s+(?P<pct>{F}),\s+of\s+{_WHOLE}(?P<whole>{F})", re.I),
        # "2% of MPs - 13 out of 659": a percentage restated as a share
        compiled(rf"(?P<pct>{F})(?:\s+of(?:\s+[A-Za-z][\w'’-]*){{1,4}}?)?{_APPOSITION}(?P<restated>{F})", re.I),
    ],
}
_RATE_PHRASE = r"(?:\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|annum)|\s+(?:daily|weekly|monthly|yearly))"
_COMPILED_WHEN_USED["RATE_PATTERN"] = lambda: compiled(
    rf"(?P<a>{F})(?:{_NOUN}{_RATE_PHRASE})?"
    rf"(?P<tie>\s*,\s*(?:or\s+)?|\s*\(\s*|\s+[-–—]\s+|,?\s+(?:or\s+)?(?:{alternation('equivalent')})\s+)(?P<b>{F})",
    re.I,
)
_PART = rf"{F}(?:\s+(?!(?:{alternation('not_a_noun')}|in\s+all|in\s+total)\b)[\w'’-]+){{0,5}}?"
_COMPILED_WHEN_USED["TOTAL_PATTERN"] = lambda: compiled(
    rf"(?P<parts>{_PART}(?:,\s+{_PART})*,?\s+and\s+{_PART})"
    rf"(?:,?\s+(?:(?:making|for|with|bringing\s+the\s+total\s+to)\s+)?"
    rf"(?:{alternation('total_before')})\s+(?P<total_b>{F})"
    rf"|,\s+(?P<total_a>{F})(?:\s+[A-Za-z][\w'’-]*){{0,2}}?\s+(?:{alternation('total_after')})(?![\w\s]*{F}))",
    re.I,
)
_COMPILED_WHEN_USED["REMAINING_PATTERN"] = lambda: compiled(
    rf"(?P<a>{F})[^\ue000]{{0,120}}?\bthe\s+remaining\s+(?P<b>{F})", re.I)
_RISE = rf"(?:{alternation('rise')})"
_FALL = rf"(?:{alternation('fall')})"
_CHANGE_NOUN = rf"(?P<noun_rise>{alternation('rise_noun')})|(?P<noun_fall>{alternation('fall_noun')})"
_MULTIPLYING = "|".join(sorted(MULTIPLYING_VERBS, key=len, reverse=True))
_FOLD = rf"(?P<fold>{'|'.join(FOLD_NUMBERS)})[-\s]?fold"
# A change opens with its verb ("rose", "more than doubled"), then may say when ("in 2004")
# and what changed. The verb is found by a look-up of each word (an alternation of verbs
# would be tried at every position of the sentence), then this pattern is matched there.
CHANGE_VERBS = frozenset([*WORDS["rise"].split(), *WORDS["fall"].split(), *MULTIPLYING_VERBS])
_COMPILED_WHEN_USED["LETTERS"] = lambda: compiled(r"[A-Za-z]+")
_COMPILED_WHEN_USED["HEDGE_BEFORE"] = lambda: compiled(
    r"(?P<hedge>more\s+than|nearly|almost|roughly|about)\s+$", re.I)
_COMPILED_WHEN_USED["CHANGE_START"] = lambda: compiled(
    rf"(?:(?P<multiplying>{_MULTIPLYING})|(?P<rise>{_RISE})|(?P<fall>{_FALL}))\b"
    rf"(?:\s+(?:in\s+(?:\d{{4}}|the\s+\w+\s+(?:quarter|half))|last\s+year|this\s+year))?"
    # what changed, when the verb takes it: "doubled its sales from ..."
    rf"(?:\s+(?:its|their|his|her|our|the)(?:\s+(?!from\b|to\b|by\b)[A-Za-z][\w'’-]*){{1,3}}"
    rf"(?=\s+(?:from|to|by)\s))?",
    re.I,
)
# A level may say its own year ("from 36,185 in 2003 to 28,041"); the size of a change may
# not, lest "rose 5% last year, from 200 in 2010" read as one change.
_LEVEL_YEAR = r"(?:\s+in\s+\d{4}(?!\d))?"
# What may follow, each tied to what came before by the words shown; the role each gives its figure.
_COMPILED_WHEN_USED["CHANGE_SLOTS"] = lambda: [
    ("size", compiled(rf"\s+(?:by\s+)?(?:a\s+further\s+|an\s+)?(?:{F}|{_FOLD})", re.I)),
    ("size", compiled(rf"(?:,\s*|\s+)or\s+{F},?|\s*\(\s*{F}\s*\)", re.I)),
    ("after", compiled(rf",?\s+to\s+(?:a\s+(?:record|new|revised)\s+)?{F}{_LEVEL_YEAR}", re.I)),
    ("before", compiled(
        rf",?\s+(?:up\s+|down\s+)?from\s+(?:the\s+|an?\s+)?(?:revised\s+|estimated\s+)?{F}{_LEVEL_YEAR}", re.I)),
    ("level", compiled(rf",?\s+at\s+{F}", re.I)),
    ("size", compiled(rf",\s+(?:an?\s+)?{F}\s+(?:{_CHANGE_NOUN})s?\b", re.I)),
    ("size", compiled(rf",\s+(?:an?\s+)?(?:{_CHANGE_NOUN})\s+of\s+{F}", re.I)),
    ("size", compiled(rf",\s+(?:(?P<up>up)|(?P<down>down))\s+(?:by\s+)?{F}", re.I)),
]
# A level, then the change that led to it: "10bn euros, up 8.1% from 9.26bn euros".
_COMPILED_WHEN_USED["LEVEL_FIRST"] = lambda: compiled(
    rf"(?P<level>{F}),?\s+(?:(?P<up>up)|down)\b(?=\s+(?:by\s+)?\ue000)", re.I)
# A change named by its size first: "a 52% rise in profits to £198m from £130m".
_COMPILED_WHEN_USED["SIZE_FIRST"] = lambda: compiled(
    rf"(?P<size>{F})[-\s]+(?:{_CHANGE_NOUN})s?(?:\s+in(?:\s+[A-Za-z][\w'’-]*){{1,5}}?)?"
    r"(?=,?\s+(?:to|from)\s+(?:the\s+)?\ue000)",
    re.I,
)

# A range's two ends: "from 4 to 9 million".
_COMPILED_WHEN_USED["FROM_TO"] = lambda: compiled(r"(from\s+)(.+?)(\s+to\s+)(.+)", re.I)


def __getattr__(name: str):
    """Compile a pattern of _COMPILED_WHEN_USED the first time it is asked for, and keep it
    as a name of this module (read as any other from then on)."""
    build = _COMPILED_WHEN_USED.get(name)
    if build is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    compiled = globals()[name] = build()
    return compiled
