"""Read the words around a figure: what it counts, who the text says stated it, the
time it covers and whether it is a change.

>>> text = "Analysts estimate that around 40 percent of shells fired by the army came from there."
>>> context = describe(text, 23, 40)
>>> context.counted, context.attribution
('of shells fired by the army', 'Analysts')
>>> text = "Exports fell by 3.2 million tonnes between August 2023 and March 2025."
>>> context = describe(text, 16, 34)
>>> context.counted, context.scope, context.change
('', 'between August 2023 and March 2025', 'decrease')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from factcheck import lexicon
from factcheck.attribution import SentenceSources
from factcheck.positions import CLAUSE_BREAK, SENTENCE_BREAK
from factcheck.regexes import compiled

_MAX_COUNTED_WORDS = 7
_MAX_LEAD_WORDS = 8
# A clause longer than _MAX_LEAD_WORDS before its figure is kept whole when the words past
# them hold no more content words than this: its subject ("Growth for 2004 as a whole came in at").
_SUBJECT_KEPT_WORDS = 1
# A sentence longer than twice this is read in pieces of this many characters.
SENTENCE_REACH = 600
# The most characters either side of a figure read for its clause's words: more than
# the words kept (_MAX_COUNTED_WORDS, _MAX_LEAD_WORDS) ever take.
_CLAUSE_REACH = 300

_MAX_ELIDED_WORDS = 12
# A clause that opens so compares its figure with one before it, and leaves implied
# what it counts: ", compared with 0.5% in the previous quarter", ", while Barclays predicted 8%".
_ELLIPSIS_OPENER = compiled(rf"(?:{lexicon.alternation(lexicon.ELLIPSIS_OPENERS)})\b", re.IGNORECASE)
_MAX_SUBJECT_WORDS = 3
# A conjunction opening a clause of its own: the words from it on are another clause's
# (not a noun: "for a while", "all the while").
_CONJUNCTION = compiled(rf"(?<!\b[Aa])(?<!\b[Tt]he)\s(?:{lexicon.alternation(lexicon.CLAUSE_CONJUNCTIONS)})\s", re.IGNORECASE)
_ANAPHOR = compiled(rf"[\"“‘']?(?:{lexicon.alternation(lexicon.ANAPHORS, first_letter_either_case=True)})\b")
_CAPITALISED = compiled(r"\b[A-Z][\w’'-]*")
# A relative clause is about the words before its comma: "Atticus Capital, which owns 2% of".
_RELATIVE = compiled(rf"(?:{lexicon.alternation(lexicon.RELATIVE_PRONOUNS)})\b", re.IGNORECASE)
_MAX_VERB_WORDS = 3
# A participle opening a clause after a comma: "..., agreeing to pay £30m", "..., valuing the
# firm at £2bn": it says what the subject of the clause before did.
_PARTICIPLE_OPENER = compiled(rf"(?!(?:{lexicon.alternation(lexicon.NOT_PARTICIPLES)})\b)[a-z]{{3,}}ing\b")
# A figure an aside may restate: "One in 10 adults", "a fifth of adults".
_RESTATED = compiled(r"\d|\b(?:half|third|quarter|fifth|tenth)s?\b", re.IGNORECASE)
# An aside's opening mark, and the mark that closes it.
_ASIDE_OPENS = {"-": "-", "–": "–", "—": "—", "(": ")"}
# The marks that set a figure's clause beside the one before it: a dash, a bracket.
_SETTING_MARKS = frozenset("-–—(")
# An aside between a subject and its verb, just before the figure's clause: ", which
# accounts for three-quarters of the economy,", ", having lost 104,000 jobs,".
_ASIDE_BEFORE = compiled(
    rf",\s+(?:{lexicon.alternation(lexicon.ASIDE_OPENERS)})\b(?:[^,;:()]|(?<=\d),(?=\d))*,\s*$", re.IGNORECASE
)
_ELIDED_TIME_WORDS = frozenset([*lexicon.MONTHS, *lexicon.PERIOD_NOUNS, "quarter", "months", "years", "weeks", "days"])
# A compared figure's period with the words that pick it out ("in the final three months"), and its scale.
_COMPARED_WORDS = _ELIDED_TIME_WORDS.union(lexicon.QUARTER_ORDINALS, lexicon.SMALL_WORDS, lexicon.SCALE_WORDS,
                                           ("previous", "next", "past"))
_WORD = compiled(r"[^\W\d_](?:[\w’'.-]*\w)?|\d[\d,.]*\w*")
_LIST_CHARS = compiled(r"[0-9, ]*")
# A bracket that only restates a figure in another currency ("$27.5bn (£14.5bn) in unpaid
# taxes", "260.75bn roubles (£4.8bn; $9.4bn)"): it ends no clause, and the figures in it
# count what the figure before it counts.
_CONVERSION_WORDS = lexicon.alternation([*lexicon.CURRENCY_WORDS, *lexicon.SCALE_WORDS, *lexicon.SCALE_ABBREVIATIONS,
                                         *lexicon.CURRENCY_CODES, *lexicon.CONVERSION_WORDS, "US", "A", "C"])
_CONVERSION_ITEM = rf"(?:[^\w()]|\d|(?<![^\W\d_])(?:{_CONVERSION_WORDS})(?![^\W\d_]))"
_CONVERSION_AFTER = compiled(rf"\s*\((?=[^()]*\d){_CONVERSION_ITEM}*\)")
_CONVERSION_OPENED = compiled(rf"\((?:{_CONVERSION_ITEM})*$")
_CONVERSION_CLOSED = compiled(rf"(?:{_CONVERSION_ITEM})*\)")

# Words that end the noun phrase a figure counts ("soldiers to fight", "shells were").
_PHRASE_ENDS = frozenset(
    """is are was were be been being has have had will would could can may might should must
    did do does that which who whom whose it its they them he she we i you this these those there
    since during until between after before when while because although though as than to if
    but and or nor so for according despite amid came come comes went go goes made make makes
    took take takes fell fall rose rise grew grow got get gets""".split()
)
# A vague magnitude ("millions", "tens of thousands") counts what follows its "of".
_VAGUE_END = compiled(r"(?:dozens|hundreds|thousands|millions|billions|trillions)$", re.IGNORECASE)
_LEADING_OF = compiled(r"^\s+of\b")
# A rate after what a figure counts ("10,000 shells a day") ends the counted words.
_RATE_WORDS = frozenset(lexicon.RATE_WORDS)
_PERIOD_WORDS = frozenset(lexicon.PERIOD_NOUNS)
# Words that open a time, not part of what a figure counts.
_TIME_WORDS = frozenset("last next this ago earlier later yesterday today tomorrow".split() + lexicon.MONTH_NAMES)
_YEAR_WORD = compiled(r"(?:1[89]|20)\d\d$")
# Trailing words that say nothing on their own ("munitions in", "of the").
_DANGLING = frozenset("a an the of in on at by from with into per".split())

# --- time scope -----------------------------------------------------------------------

_MONTH = rf"(?:{'|'.join(month.capitalize() for month in lexicon.MONTHS)})\.?"
_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:(?:early|late|mid)[-\s])?(?:(?:{_DAY}\s+)?{_MONTH}(?:\s+{_DAY})?,?\s+{_YEAR}"
    rf"|{_YEAR}(?:[-–/]\d\d(?:\d\d)?)?|{_MONTH}"
    rf"|the\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)(?:\s+of\s+(?:the\s+year|{_YEAR}))?)"
)
_NUMBER_WORDS = "|".join([word for word, value in lexicon.SMALL_WORDS.items() if 2 <= value <= 12] + ["few", "several"])
# "since the beginning of the war in February 2022"
_SINCE_EVENT = (
    r"(?:(?:the\s+)?(?:start|beginning|outbreak|end|launch|invasion)\s+of\s+(?:[\w’'-]+\s+){0,4}?(?:in\s+)?)"
)
# The phrases that state the time a figure covers, most specific first. Only their
# opening words ignore case: month names must be capitalised ("may", "march" are verbs).
_SCOPE = compiled(
    rf"""(?i:(?=[bfsiduaoltny]))  # the first letters of the phrases below
    \b(?:
        (?i:between|from)\s+{_DATE}\s+(?:and|to|until|till)\s+{_DATE}
      | (?i:since)\s+{_SINCE_EVENT}?{_DATE}
      | (?i:in|during|by|until|till|before|after|as\s+of|throughout|over)\s+(?:the\s+year\s+to\s+)?{_DATE}
      | (?i:last|this|next)\s+(?:year|month|week|quarter|decade|spring|summer|autumn|winter)
      | (?i:a)\s+(?:year|month|week|decade)\s+(?:earlier|ago|before)
      | (?i:in|over|during)\s+the\s+(?:past|last|first|next)\s+(?:(?:\d+|{_NUMBER_WORDS})\s+)?
        (?:days|weeks|months|years|decades)
      | (?i:so\s+far\s+this\s+year|to\s+date|year\s+on\s+year)
    )\b""",
    re.VERBOSE,
)
# An aside within a clause: "(£6.13bn)", "— carrying 5 million shells —".
_ASIDE = compiled(r"\([^()]*\)|\s[—–]\s[^—–]*\s[—–]\s|—[^—]*—")
# A rate stated beside a figure ("10,000 shells a day"): its scope when no date is given.
_RATE_SCOPE = compiled(
    r"(?=[adempwy])"  # the first letters of the words below
    rf"(?:\b(?:{'|'.join(lexicon.RATE_WORDS)})\s+(?:{'|'.join(lexicon.PERIOD_NOUNS)})\b"
    rf"|\b(?:{'|'.join(lexicon.PERIOD_ADVERBS)})\b)"
)

# --- changes --------------------------------------------------------------------------

# (Grouped by first letter: the verbs' every form makes a long alternation, tried at each word.)
_RISE = lexicon.alternation(lexicon.RISE_VERBS)
_FALL = lexicon.alternation(lexicon.FALL_VERBS)
_RISE_NOUN = lexicon.alternation(lexicon.RISE_NOUNS)
_FALL_NOUN = lexicon.alternation(lexicon.FALL_NOUNS)
_HEDGE_WORDS = r"(?:(?:about|around|nearly|almost|some|more\s+than|over|just|an\s+estimated)\s+)"
# "rose 5%", "fell by 3.2 million", "a rise of 5%": the figure is the size of a change.
_CHANGE_BEFORE = compiled(
    rf"(?=\b[^\W\d_])(?:\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))(?:\s+by)?\s+{_HEDGE_WORDS}?$"
    rf"|\b(?:an?\s+)?(?:(?P<rise_noun>{_RISE_NOUN})|(?P<fall_noun>{_FALL_NOUN}))\s+of\s+$)",
    re.IGNORECASE,
)
# "lined up $10bn", "wrote down $2bn": a phrasal verb's "up" or "down" just before a figure.
_PHRASAL_UP_OR_DOWN = compiled(
    rf"\b(?:{lexicon.alternation(lexicon.PHRASAL_VERBS_OF_UP_AND_DOWN)})\s+(?:up|down)\s+{_HEDGE_WORDS}?$", re.IGNORECASE)
# "pushed up the jobless rate by 500,000", "prices have been cut by an average of £40":
# a change verb, a few words, then "by" just before the figure.
_CHANGE_BY = compiled(
    rf"\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))\b(?:\s+[\w'’-]+){{0,5}}?\s+by\s+"
    r"(?:an?\s+average\s+of\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
# "a 12% drop", "a 5% rise".
_CHANGE_AFTER = compiled(
    rf"[-\s]+(?:(?P<rise>(?:{_RISE_NOUN})s?)|(?P<fall>(?:{_FALL_NOUN})s?))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Context:
    """The words around one figure."""

    counted: str  # what the figure counts: "arms shipments", "of shells fired by the army"
    attribution: str | None  # who the text says stated it: "Ukrainian officials"
    lead: str  # the words before the figure in its clause: "expenditure of artillery rounds averaging"
    trail: str  # the words after it in its clause, past what it counts
    sentence_start: int
    sentence_end: int
    scope: str | None = None  # the time it covers, as the sentence says: "since February 2022", "a day"
    change: str | None = None  # "increase" or "decrease" when the figure is the size of a change
    # The words of the sentence's earlier clause that a comparing clause leaves implied:
    # "GDP rose 0.7% in the fourth quarter" for ", compared with 0.5% in the third".
    elided: str = ""

    @property
    def words(self) -> str:
        """Return every word the clause says about the figure, for matching (with what it leaves implied)."""
        if not (self.elided or self.lead or self.counted or self.trail):
            return ""  # (a number in a list of numbers: speed)
        return " ".join(part for part in (self.elided, self.lead, self.counted, self.trail) if part)


def describe(text: str, start: int, end: int) -> Context:
    """Return the context of the figure at ``text[start:end]``."""
    return ContextReader(text).describe(start, end)


class ContextReader:
    """Read the context of the figures of one text.

    The text's sentence and clause breaks are found once, and what a whole sentence
    says (who stated its figures, the times it names) is read once per sentence, so
    that describing every figure of a text costs time linear in its length. A stretch
    with no sentence break is read in chunks of SENTENCE_REACH characters.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        breaks = list(SENTENCE_BREAK.finditer(text))
        self._break_starts = [m.start() for m in breaks]
        self._break_ends = [m.end() for m in breaks]
        # Where the sentence before each break ends: just after its full stop, if it has one.
        self._sentence_ends = [m.start() + 1 if text[m.start()] in ".!?" else m.start() for m in breaks]
        self._clause_starts, self._clause_ends = _clause_breaks(text)
        self._sentences: dict[tuple[int, int], _Sentence] = {}
        # A stretch [start, end) of the text holding only digits, commas and spaces (see _in_list).
        self._list_chars = (0, 0)

    def describe(self, start: int, end: int) -> Context:
        """Return the context of the figure at ``text[start:end]``."""
        text = self.text
        if text[end:end + 2] == ", " and text[start - 2:start] == ", ":
            quick = self._in_list(start, end)
            if quick is not None:
                return quick
        sentence_start, sentence_end = self._sentence_bounds(start, end)
        sentence = self._sentence(sentence_start, sentence_end)
        # A figure inside a conversion bracket reads the clause of the figure it restates;
        # the bracket after a figure is skipped.
        opened = _CONVERSION_OPENED.search(text, max(sentence_start, start - 40), start)
        closed = _CONVERSION_CLOSED.match(text, end, min(sentence_end, end + 40)) if opened else None
        host_start = opened.start() if closed else start
        after = _CONVERSION_AFTER.match(text, closed.end() if closed else end, sentence_end)
        after_end = after.end() if after else (closed.end() if closed else end)
        clause_end = self._next_clause_break(after_end, sentence_end)
        clause_after = text[after_end:min(clause_end, after_end + _CLAUSE_REACH)]
        if _VAGUE_END.search(text, max(start, end - 10), end):
            clause_after = _LEADING_OF.sub("", clause_after)  # "millions of shells" counts shells
        conjunction = _CONJUNCTION.search(clause_after)
        if conjunction:
            clause_after = clause_after[:conjunction.start()]
        counted, trail = _split_counted(clause_after)
        clause_start = max(self._previous_clause_break(host_start, sentence_start), host_start - _CLAUSE_REACH)
        lead_words = _WORD.findall(text, clause_start, host_start)
        if host_start != start:  # the restated figure is not a word of the clause
            lead_words = [word for word in lead_words if not word[0].isdigit()]
        lead = " ".join(_last_words(lead_words, _MAX_LEAD_WORDS))
        predicate = self._predicate_after_aside(clause_start, clause_end, sentence_end, lead)
        if predicate:  # "One in 10 adults - 22 million people - own a player": own a player
            trail = " ".join(part for part in (trail, predicate) if part)
        elided = _elided(text, sentence_start, clause_start, lead)
        if not elided and clause_start == sentence_start and _ANAPHOR.match(text, sentence_start, start):
            # "It was bought for $9.4bn": it is what the sentence before named.
            before, _ = self._sentence_bounds(max(0, sentence_start - 2), max(0, sentence_start - 1))
            if before < sentence_start:
                elided = _names_carried(text, before, sentence_start)
        return Context(
            counted, sentence.attribution(start), lead, trail, sentence_start, sentence_end,
            sentence.scope(start, end), _change(text, start, end), elided,
        )

    def _in_list(self, start: int, end: int) -> Context | None:
        """Return the context of a figure between ", " and ", " with nothing but digits, commas and
        spaces for some way before it (a number inside a list of numbers), or None for another.

        Speed: such a figure's clause is the figure alone, so what the full reading
        looks for around it (a conversion bracket, what it counts, a lead, an aside, what
        the clause leaves implied, a change) cannot be there: only the sentence's source
        and time are read. tests/test_list_items.py compares it with the full reading.
        """
        text = self.text
        sentence_start, sentence_end = self._sentence_bounds(start, end)
        if self._next_clause_break(end, sentence_end) != end:
            return None
        clause_start = max(self._previous_clause_break(start, sentence_start), start - _CLAUSE_REACH)
        # What the full reading reads before the figure: 40 characters (a conversion
        # bracket, a change), and the clause's words with _elided's reach before them.
        reach = max(0, min(start - 40, max(sentence_start, clause_start - _CLAUSE_REACH)))
        clean_from, clean_to = self._list_chars
        if not (clean_from <= reach and clean_to >= start):
            clean_to = _LIST_CHARS.match(text, reach).end()
            self._list_chars = (reach, clean_to)
            if clean_to < start:
                return None
        if clause_start < start - 1:
            return None  # the clause holds more than the space after ", ": a word, an anaphor
        sentence = self._sentence(sentence_start, sentence_end)
        return sentence.list_context or Context("", sentence.attribution(start), "", "", sentence_start, sentence_end,
                                                sentence.scope(start, end), None, "")

    def _predicate_after_aside(self, clause_start: int, clause_end: int, sentence_end: int, lead: str) -> str:
        """Return the words after an aside that only restates the figure before it, up to
        the next clause break ("One in 10 adults - 22 million people - own a player": "own
        a player"), or "": the aside's subject is the sentence's, and so is its predicate."""
        text = self.text
        opened = text[max(0, clause_start - 3):clause_start].strip()[-1:]
        closed = text[clause_end:clause_end + 2].strip()[:1]
        if not opened or opened not in _ASIDE_OPENS or closed != _ASIDE_OPENS[opened]:
            return ""
        if lead and lead.lower() not in lexicon.RESTATING_OPENERS:
            return ""
        before = self._previous_clause_break(max(0, clause_start - 3), max(0, clause_start - _CLAUSE_REACH))
        if not _RESTATED.search(text, before, clause_start):
            return ""  # "The firm (4,000 staff) said": an aside of its own, restating no figure
        after = text.index(closed, clause_end) + 1
        end = self._next_clause_break(after + 1, sentence_end)
        return " ".join(_WORD.findall(text, after, end)[:_MAX_LEAD_WORDS])

    def _sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Return the offsets of the sentence holding ``text[start:end]``."""
        index = bisect_right(self._break_ends, start)
        sentence_start = self._break_ends[index - 1] if index else 0
        following = bisect_left(self._break_starts, end)
        sentence_end = self._sentence_ends[following] if following < len(self._break_starts) else len(self.text)
        if start - sentence_start > SENTENCE_REACH:
            sentence_start += (start - sentence_start) // SENTENCE_REACH * SENTENCE_REACH
        return sentence_start, max(end, min(sentence_end, sentence_start + 2 * SENTENCE_REACH))

    def _sentence(self, start: int, end: int) -> _Sentence:
        sentence = self._sentences.get((start, end))
        if sentence is None:
            sentence = self._sentences[start, end] = _Sentence(self.text, start, end)
        return sentence

    def _next_clause_break(self, offset: int, limit: int) -> int:
        index = bisect_left(self._clause_starts, offset)
        return min(self._clause_starts[index], limit) if index < len(self._clause_starts) else limit

    def _previous_clause_break(self, offset: int, limit: int) -> int:
        index = bisect_right(self._clause_ends, offset)
        return max(self._clause_ends[index - 1], limit) if index else limit


class _Sentence:
    """What one sentence says about all its figures: who stated them, and the times it names."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self._sources = SentenceSources(text, start, end)
        self._scopes = [
            [found.span() for found in pattern.finditer(text, start, end)] for pattern in (_SCOPE, _RATE_SCOPE)
        ]
        # The context of every number of a list in a sentence that names no source and no
        # time (see ContextReader._in_list): one object, shared.
        self.list_context = None if self._sources.named or any(self._scopes) else Context(
            "", None, "", "", start, end, None, None, "")

    def attribution(self, figure_start: int) -> str | None:
        """Return who the sentence says stated the figure that starts at ``figure_start``."""
        return self._sources.attribution(figure_start)

    def scope(self, start: int, end: int) -> str | None:
        """Return the time the sentence says the figure covers, if it says one.

        Dates come first, then a rate ("a day"). The first after the figure in its clause
        wins (asides in brackets or between dashes do not break a clause), then the last
        before it in its clause; failing both, the nearest on either side that no other
        number stands apart from the figure.
        """
        text = self.text
        if not self._scopes[0] and not self._scopes[1]:
            return None  # speed: most sentences name no time
        for spans in self._scopes:
            after = [span for span in spans if span[0] >= start and span[1] >= end]  # a rate may end the figure
            before = [span for span in spans if span[1] <= start]
            between_after = text[end:after[0][0]] if after else ""
            between_before = text[before[-1][1]:start] if before else ""
            for chosen, between, test in (
                (after, between_after, _one_clause), (before, between_before, _one_clause),
                (after, between_after, _no_number), (before, between_before, _no_number),
            ):
                if chosen and test(between):
                    phrase_start, phrase_end = chosen[0] if chosen is after else chosen[-1]
                    return text[phrase_start:phrase_end].strip()
        return None


def _elided(text: str, sentence_start: int, clause_start: int, lead: str) -> str:
    """Return the words of the sentence before a figure's clause that the clause leaves
    implied, or "": what a comparing clause compares with ("GDP rose 0.7%, compared
    with 0.5%"), what a dash or a bracket sets the figure beside ("One in 10 adults -
    22 million people -"), or the subject an aside stands between the figure's clause and
    ("the services sector, which accounts for ..., grew 1.0%"), or the words a relative
    clause holding the figure is about ("Atticus Capital, which owns 2% of the exchange").
    """
    if clause_start <= sentence_start:
        return ""
    reach = max(sentence_start, clause_start - _CLAUSE_REACH)
    aside = _ASIDE_BEFORE.search(text, reach, clause_start)
    if aside and len(lead.split()) <= _MAX_VERB_WORDS:
        words = _WORD.findall(text, reach, aside.start())
        return " ".join(words[-_MAX_SUBJECT_WORDS:])
    mark = text[max(sentence_start, clause_start - 3):clause_start].strip()
    if mark[-1:] == "," and _RELATIVE.match(lead):
        words = [word for word in _WORD.findall(text, reach, clause_start) if not word[0].isdigit()]
        return " ".join(words[-_MAX_SUBJECT_WORDS:])
    if mark[-1:] == "," and _PARTICIPLE_OPENER.match(lead):
        # "Baikal emerged as the auction winner, agreeing to pay 260.75bn roubles": Baikal's
        words = [word for word in _WORD.findall(text, reach, clause_start)
                 if not word[0].isdigit() and word.lower() not in _ELIDED_TIME_WORDS]
        return " ".join(words[-_MAX_ELIDED_WORDS:])
    if _ELLIPSIS_OPENER.match(lead):
        # Its numbers and times are the other figure's: "fell to 77,000 in November, from 85,000 in October".
        words = [word for word in _WORD.findall(text, reach, clause_start)
                 if not word[0].isdigit() and word.lower() not in _COMPARED_WORDS]
        return " ".join(words[-_MAX_ELIDED_WORDS:])
    if mark[-1:] in _SETTING_MARKS:
        words = [word for word in _WORD.findall(text, reach, clause_start)
                 if not word[0].isdigit() and word.lower() not in _ELIDED_TIME_WORDS]
        return " ".join(words[-_MAX_ELIDED_WORDS:])
    return ""


def _names_carried(text: str, start: int, end: int) -> str:
    """Return the names of ``text[start:end]`` a sentence after it may stand for with "it"
    or "the company": its capitalised words, less times and places (a place carried
    would rule out claims about the firm's own country)."""
    from factcheck.vocabulary import Vocabulary  # noqa: PLC0415  (lazy: only this reads the synonym table)

    vocabulary = Vocabulary.default()
    return " ".join(word for word in _CAPITALISED.findall(text, start, end)
                    if word.lower() not in _ELIDED_TIME_WORDS and word.lower() not in lexicon.STOPWORDS
                    and vocabulary.section_of(word) not in ("places", "regions"))


def _last_words(words: list[str], size: int) -> list[str]:
    """Return the last ``size`` words of a clause's ``words``, or all of them when the words
    cut hold a single content word, its subject's: "Growth for 2004 as a whole came in at",
    "the number of people in work increased by"."""
    cut = words[:-size]
    if sum(word.lower() not in lexicon.STOPWORDS for word in cut) <= _SUBJECT_KEPT_WORDS:
        return words
    return words[-size:]


def _split_counted(clause: str) -> tuple[str, str]:
    """Split the words after a figure into what it counts and the rest of the clause."""
    words = _WORD.findall(clause)[:_MAX_COUNTED_WORDS + _MAX_LEAD_WORDS]
    lowered = [word.lower() for word in words]
    size = 0  # of what the figure counts
    for index, word in enumerate(lowered[:_MAX_COUNTED_WORDS]):
        if word in _PHRASE_ENDS or word in _TIME_WORDS or _YEAR_WORD.match(words[index]):
            break  # "munitions since", "recruits last year", "troops in 2024"
        if word in _RATE_WORDS and index + 1 < len(words) and lowered[index + 1] in _PERIOD_WORDS:
            break
        size += 1
    rest_end = size + _MAX_LEAD_WORDS
    while size and lowered[size - 1] in _DANGLING:
        size -= 1
    return " ".join(words[:size]), " ".join(words[size:rest_end])


def _one_clause(between: str) -> bool:
    return not CLAUSE_BREAK.search(_ASIDE.sub(" ", between))


def _no_number(between: str) -> bool:
    return not any(c.isdigit() for c in between)


def _change(text: str, start: int, end: int) -> str | None:
    """Return "increase" or "decrease" when the figure is the size of a change."""
    before = _CHANGE_BEFORE.search(text, max(0, start - 40), start)
    if before and _PHRASAL_UP_OR_DOWN.search(text, max(0, start - 40), before.end()):
        before = None  # "had lined up $10bn": a phrasal verb, not a change
    if before:
        return "increase" if before.group("rise") or before.group("rise_noun") else "decrease"
    # (Searched only where "by" stands just before the figure: speed.)
    by = _CHANGE_BY.search(text, max(0, start - 80), start) if " by " in text[max(0, start - 22):start] else None
    if by:
        return "increase" if by.group("rise") else "decrease"
    after = _CHANGE_AFTER.match(text, end)
    if after:
        return "increase" if after.group("rise") else "decrease"
    return None


# Speed (5% of `check`): CLAUSE_BREAK found from its mark, so that spaces are skipped in C.
_CLAUSE_MARK = compiled(r"[,;:()\[\]\"“”—–.!?-](?:(?<![.!?-])|(?<=\s-)\s|(?<=[.!?])(?:\s|$))")


# A word or two in quotes between words of a clause: its marks end no clause.
_SCARE_QUOTES = compiled(r"(?<=[^\W\d_] )[\"“][^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?[\"”](?= [^\W\d_])")


_QUOTE_MARK = compiled(r"[\"“]")


def _scare_quote_marks(text: str) -> set[int]:
    """Return where the marks of _SCARE_QUOTES stand in ``text`` (tried only at a quote after a
    word and a space: speed)."""
    marks = set()
    for start in map(re.Match.start, _QUOTE_MARK.finditer(text)):
        if start > 1 and text[start - 1] == " " and text[start - 2].isalpha():
            found = _SCARE_QUOTES.match(text, start)
            if found:
                marks.update((start, found.end() - 1))
    return marks


def _clause_breaks(text: str) -> tuple[list[int], list[int]]:
    """Return the starts and the ends of the matches of ``CLAUSE_BREAK.finditer(text)``,
    found with _CLAUSE_MARK: a dash between spaces is moved back to its space, and dropped
    where that space ends the break before it (". - ", " - - ")."""
    starts: list[int] = []
    ends: list[int] = []
    last_end = 0
    # The marks of a word or two in quotes within a clause: 'cut £35bn in "wasteful" spending'.
    scare_quotes = _scare_quote_marks(text) if '"' in text or "“" in text else ()
    for start, end in map(re.Match.span, _CLAUSE_MARK.finditer(text)):
        if text[start] in ",." and text[start - 1:start].isdigit() and text[end:end + 1].isdigit():
            continue  # the comma of "296,000" or the point of "28.52" ends no clause
        if start in scare_quotes:
            continue
        if text[start] == "-":
            start -= 1
        if start >= last_end:
            starts.append(start)
            ends.append(end)
            last_end = end
    return starts, ends
