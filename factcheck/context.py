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
from typing import Iterator

from factcheck import numerals as nm

_MAX_COUNTED_WORDS = 7
_MAX_LEAD_WORDS = 8
_MAX_SOURCE_WORDS = 10
_SENTENCE_REACH = 600
# The most characters either side of a figure read for its clause's words: more than
# the words kept (_MAX_COUNTED_WORDS, _MAX_LEAD_WORDS) ever take.
_CLAUSE_REACH = 300


class _PatternAfter:
    """A pattern that matches only just after one of some characters (``after``, a
    character class): by default a non-word character, for a pattern that opens at
    the start of a word.

    `re` skips ahead in C only to a pattern's first character class; a pattern opening
    with a word boundary, a lookahead or a lookbehind is tried at every position of the
    text. So the pattern is also compiled behind ``after``, and matched on its own only
    where a search begins. Its matches are those of the pattern itself; read them by
    the group "found".
    """

    def __init__(self, pattern: str, flags: int = 0, *, after: str = r"\W") -> None:
        # A line break ends the comment a verbose pattern may close with.
        pattern += "\n" if flags & re.VERBOSE else ""
        self._here = re.compile(f"(?P<found>{pattern})", flags)
        self._after = re.compile(f"{after}(?P<found>{pattern})", flags)

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match]:
        """Yield the matches of the pattern in ``text[start:end]``, as ``re``'s finditer would."""
        position = start
        while True:
            found = self._here.match(text, position, end) or self._after.search(text, position, end)
            if found is None:
                return
            yield found
            position = found.end()


# A sentence ends at ". " before a capital (not after "U.S" or "Mr"), at a blank line, or
# where a Markdown heading or list item starts; a single line break inside a wrapped
# paragraph is only a space. The pattern opens with one character class and reads what
# came before it by lookbehind, so that `re` skips every other character in C: a pattern
# that opened with the lookbehinds was tried, and failed, at every position of the text.
_SENTENCE_BREAK = re.compile(
    r"[.!?\r\n](?:"
    r"(?<=[.!?])(?<![A-Z].)(?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bNo.)[\"”’)\]]*\s+"
    r"(?=[\"“‘(\[]?[A-Z0-9])"
    r"|(?:(?<=\r)\n?|(?<=\n))(?:[ \t]*(?:\r?\n|\r)\s*|(?=[ \t]*(?:#|[-*+][ \t]|\d+[.)][ \t])))"
    r")"
)
# Punctuation that closes a clause: what a figure counts does not run past it. A mark,
# a dash between spaces, or a full stop before a space or the end; written, like
# _SENTENCE_BREAK, to open with one character class.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”—–.!?\s](?:(?<![.!?\s])|(?<=\s)-\s|(?<=[.!?])(?:\s|$))")
# _CLAUSE_BREAK, but a dash between spaces is found at the dash, to scan a whole text:
# a pattern that may open with a space is tried at every space. See _clause_breaks.
_CLAUSE_MARK = re.compile(r"[,;:()\[\]\"“”—–.!?-](?:(?<![.!?-])|(?<=\s-)\s|(?<=[.!?])(?:\s|$))")
_WORD = re.compile(r"[^\W\d_](?:[\w’'.-]*\w)?|\d[\d,.]*\w*")
_SPACE = re.compile(r"\s")
# How far before a figure its lead's words are first looked for: eight words, mostly.
_NEAR_WORDS_REACH = 100

# Words that end the noun phrase a figure counts ("soldiers to fight", "shells were").
_PHRASE_ENDS = frozenset(
    """is are was were be been being has have had will would could can may might should must
    did do does that which who whom whose it its they them he she we i you this these those there
    since during until between after before when while because although though as than to if
    but and or nor so for according despite amid came come comes went go goes made make makes
    took take takes fell fall rose rise grew grow got get gets""".split()
)
# A vague magnitude ("millions", "tens of thousands") counts what follows its "of".
_VAGUE_END = re.compile(r"(?:dozens|hundreds|thousands|millions|billions|trillions)$", re.IGNORECASE)
_LEADING_OF = re.compile(r"^\s+of\b")
# A rate after what a figure counts ("10,000 shells a day") ends the counted words.
_RATE_WORDS = frozenset("a an per each every".split())
_PERIOD_WORDS = frozenset("day week month year annum".split())
# Words that open a time, not part of what a figure counts.
_TIME_WORDS = frozenset(
    """last next this ago earlier later yesterday today tomorrow january february march april may june
    july august september october november december""".split()
)
_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d$")
# Trailing words that say nothing on their own ("munitions in", "of the").
_DANGLING = frozenset("a an the of in on at by from with into per".split())

_REPORTING_VERBS = (
    "said says say estimate estimates estimated projected projects project reported reports "
    "believes believe claims claim found finds noted notes stresses stressed writes wrote "
    "concludes concluded adds added told tells calculated calculates puts put predicts predicted "
    "forecasts forecast warned warns suggests suggested"
).split()
_VERB = nm.alternation(_REPORTING_VERBS)  # grouped by first letter: tried at every space

# "according to X", "an analysis by X": the strongest forms of attribution.
_SOURCE_AFTER = _PatternAfter(
    r"(?=[acdefiprs])"  # the first letters of the words below: most words fail here, at once
    r"(?:\baccording\s+to\s+"
    r"|\b(?:analysis|analyses|report|study|survey|estimates?|assessment|investigation|data|figures|research|census|poll)\s+(?:by|from)\s+)",
    re.IGNORECASE,
)
# '..." says Griffiths' or ", said the ministry": a reporting verb after a quote or comma,
# then the name (not "officials say North Korea sent...", where the name comes first).
_VERB_THEN_SOURCE = _PatternAfter(rf"(?<=[,”\"’])\s*\b(?:{_VERB})\s+(?=[A-Z]|the\s+[A-Z])", after="[,”\"’]")
# "Ukrainian analysts estimate": a reporting verb after the name; not "an estimated $20 billion".
# It opens with the whitespace it needs, and looks behind from there, so that `re` is not
# tried at every position of a sentence.
_SOURCE_BEFORE = re.compile(rf"\s(?<!\ban\s)(?<!\bthe\s)\s*(?:{_VERB})\b(?!\s*[$€£¥\d])")
_ADVERBS = frozenset("now also still recently previously later earlier further separately then today yesterday".split())
# Words that end a source's name when read forward ("Reuters identified at least").
_SOURCE_ENDS = frozenset(
    """identified projected estimated estimates found said says shows showed show suggests suggested
    suggest reported reports that which who is are was were has have had will would puts put""".split()
)
# Words that end a name read forward: a verb, or a word that opens a clause.
_NAME_ENDS = _SOURCE_ENDS | frozenset(_REPORTING_VERBS) | frozenset(
    """be been being can could may might should must did do does that which who whom whose when while because
    as than to if but so since during until after before indicate indicates indicated reveal reveals revealed""".split()
)
# Small words that do not end a name read forward ("the Bank of", "Reuters and").
_NAME_JOINS = frozenset("of the and for on de du la & in at".split())
# What a source publishes; "KIDA's estimate", "the Institute's analysis" name the source.
_FINDINGS = (
    r"(?:analysis|analyses|estimates?|report|study|survey|assessment|figures|data|research|calculations?|count"
    r"|tally|projection|forecast)"
)
_POSSESSED_FINDINGS = re.compile(
    rf"^(?P<name>.+?)[’']s\s+(?:own\s+|latest\s+|new\s+|recent\s+)?{_FINDINGS}$", re.IGNORECASE
)

# --- time scope -----------------------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:(?:early|late|mid)[-\s])?(?:(?:{_DAY}\s+)?{_MONTH}(?:\s+{_DAY})?,?\s+{_YEAR}"
    rf"|{_YEAR}(?:[-–/]\d\d(?:\d\d)?)?|{_MONTH}"
    rf"|the\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)(?:\s+of\s+(?:the\s+year|{_YEAR}))?)"
)
_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several"
# "since the beginning of the war in February 2022"
_SINCE_EVENT = (
    r"(?:(?:the\s+)?(?:start|beginning|outbreak|end|launch|invasion)\s+of\s+(?:[\w’'-]+\s+){0,4}?(?:in\s+)?)"
)
# The phrases that state the time a figure covers, most specific first. Only their
# opening words ignore case: month names must be capitalised ("may", "march" are verbs).
_SCOPE = _PatternAfter(
    rf"""(?i:(?=[bfsiduaoltny]))  # the first letters of the phrases below: most words fail here, at once
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
# Where a sentence turns to another source's view: a source across it is not the figure's.
_CONTRAST = re.compile(r";|,\s*(?:while|whereas|but|though|although|yet)\b")
# An aside within a clause: "(£6.13bn)", "— carrying 5 million shells —".
_ASIDE = re.compile(r"\([^()]*\)|\s[—–]\s[^—–]*\s[—–]\s|—[^—]*—")
# A rate stated beside a figure ("10,000 shells a day"): its scope when no date is given.
_RATE_SCOPE = _PatternAfter(
    r"(?=[adempwy])"  # the first letters of the words below: most words fail here, at once
    r"(?:\b(?:a|an|per|each|every)\s+(?:day|week|month|year|annum)\b|\b(?:daily|weekly|monthly|annually|yearly)\b)"
)

# --- changes --------------------------------------------------------------------------

_RISE = (
    "rose|risen|rise|rises|rising|increased|increase|increases|up|grew|grown|grow|jumped|jump|climbed|gained"
    "|soared|surged|added|improved|raised"
)
_FALL = (
    "fell|fallen|fall|falls|falling|decreased|decrease|decreases|down|dropped|drop|declined|decline|cut|lost"
    "|slipped|shrank|shrunk|plunged|tumbled|slumped|reduced|lowered|slid"
)
_RISE_NOUN = "rise|increase|jump|gain|growth|hike|surge"
_FALL_NOUN = "fall|drop|decline|cut|decrease|reduction|loss|slump|slide"
_HEDGE_WORDS = r"(?:(?:about|around|nearly|almost|some|more\s+than|over|just|an\s+estimated)\s+)"
# "rose 5%", "fell by 3.2 million", "a rise of 5%": the figure is the size of a change.
_CHANGE_BEFORE = re.compile(  # searched over 40 characters: the lookahead fails at once where no word starts
    rf"(?=\b[^\W\d_])(?:\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))(?:\s+by)?\s+{_HEDGE_WORDS}?$"
    rf"|\b(?:an?\s+)?(?:(?P<rise_noun>{_RISE_NOUN})|(?P<fall_noun>{_FALL_NOUN}))\s+of\s+$)",
    re.IGNORECASE,
)
# The word _CHANGE_BEFORE must end with, before the space ahead of the figure: a verb of
# change, "by", the last word of a hedge, or "of".
_CHANGE_LAST_WORDS = tuple(
    sorted({*_RISE.split("|"), *_FALL.split("|"), "by", "of", "about", "around", "nearly", "almost", "some", "than",
            "over", "just", "estimated"})
)
# "a 12% drop", "a 5% rise".
_CHANGE_AFTER = re.compile(
    rf"[-\s]+(?:(?P<rise>(?:{_RISE_NOUN})s?)|(?P<fall>(?:{_FALL_NOUN})s?))\b",
    re.IGNORECASE,
)
# "KIDA's estimate of $20 billion": a possessor of findings, anywhere in the sentence.
_POSSESSIVE_SOURCE = _PatternAfter(
    r"(?=[A-Zt])\b(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&-]*)*)[’']s\s+"
    rf"(?:own\s+|latest\s+|new\s+|recent\s+)?{_FINDINGS}\b"
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

    @property
    def words(self) -> str:
        """Return every word the clause says about the figure, for matching."""
        return " ".join(part for part in (self.lead, self.counted, self.trail) if part)


def describe(text: str, start: int, end: int) -> Context:
    """Return the context of the figure at ``text[start:end]``."""
    return ContextReader(text).describe(start, end)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the offsets of the sentence holding ``text[start:end]``."""
    return ContextReader(text).sentence_bounds(start, end)


class ContextReader:
    """Read the context of the figures of one text.

    The text's sentence and clause breaks are found once, and what a whole sentence
    says (who stated its figures, the times it names) is read once per sentence, so
    that describing every figure of a text costs time linear in its length. A stretch
    with no sentence break is read in chunks of _SENTENCE_REACH characters.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        breaks = list(_SENTENCE_BREAK.finditer(text))
        self._break_starts = [m.start() for m in breaks]
        self._break_ends = [m.end() for m in breaks]
        # Where the sentence before each break ends: just after its full stop, if it has one.
        self._sentence_ends = [m.start() + 1 if text[m.start()] in ".!?" else m.start() for m in breaks]
        self._clause_starts, self._clause_ends = _clause_breaks(text)
        self._sentences: dict[tuple[int, int], _Sentence] = {}

    def describe(self, start: int, end: int) -> Context:
        """Return the context of the figure at ``text[start:end]``."""
        text = self.text
        sentence_start, sentence_end = self.sentence_bounds(start, end)
        sentence = self._sentence(sentence_start, sentence_end)
        clause_end = self._next_clause_break(end, sentence_end)
        clause_after = text[end:min(clause_end, end + _CLAUSE_REACH)]
        if _VAGUE_END.search(text, max(start, end - 10), end):
            clause_after = _LEADING_OF.sub("", clause_after)  # "millions of shells" counts shells
        counted, trail = _split_counted(clause_after)
        clause_start = max(self._previous_clause_break(start, sentence_start), start - _CLAUSE_REACH)
        lead = " ".join(_last_words(text, clause_start, start, _MAX_LEAD_WORDS))
        return Context(
            counted, sentence.attribution(start), lead, trail, sentence_start, sentence_end,
            sentence.scope(start, end), _change(text, start, end),
        )

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Return the offsets of the sentence holding ``text[start:end]``."""
        index = bisect_right(self._break_ends, start)
        sentence_start = self._break_ends[index - 1] if index else 0
        following = bisect_left(self._break_starts, end)
        sentence_end = self._sentence_ends[following] if following < len(self._break_starts) else len(self.text)
        if start - sentence_start > _SENTENCE_REACH:
            sentence_start += (start - sentence_start) // _SENTENCE_REACH * _SENTENCE_REACH
        return sentence_start, max(end, min(sentence_end, sentence_start + 2 * _SENTENCE_REACH))

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
        self.text, self.start, self.end = text, start, end
        self._sources = _source_candidates(text, start, end)
        self._scopes = [[found.span("found") for found in pattern.finditer(text, start, end)]
                        for pattern in (_SCOPE, _RATE_SCOPE)]

    def attribution(self, figure_start: int) -> str | None:
        """Return the source the sentence names: one in the figure's own part of the sentence
        before one across a contrast ("…, while Kyiv puts it at 60%"); then "according to"
        and "an analysis by" before a name beside a reporting verb; nearest among equals."""
        if not self._sources:
            return None
        return min(
            (self._contrasted(position, figure_start), rank, abs(position - figure_start), name)
            for rank, position, name in self._sources
        )[3]

    def _contrasted(self, position: int, figure_start: int) -> bool:
        """Return whether a contrast ("; ", ", while", ", but") stands between a source and the figure."""
        low, high = sorted((position, figure_start))
        return _CONTRAST.search(self.text, low, high) is not None

    def scope(self, start: int, end: int) -> str | None:
        """Return the time the sentence says the figure covers, if it says one.

        Dates come first, then a rate ("a day"). The first after the figure in its clause
        wins (asides in brackets or between dashes do not break a clause), then the last
        before it in its clause; failing both, the nearest on either side that no other
        number stands apart from the figure.
        """
        text = self.text
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


def _clause_breaks(text: str) -> tuple[list[int], list[int]]:
    """Return the starts and the ends of the matches of ``_CLAUSE_BREAK.finditer(text)``.

    They are found with _CLAUSE_MARK, which skips spaces in C, so a dash between spaces
    is moved back to its space, and dropped where that space ends the break before it
    (". - ", " - - "), as _CLAUSE_BREAK would have read it. One pass, keeping no match
    objects: in a text of punctuation every character is a break.
    """
    starts: list[int] = []
    ends: list[int] = []
    last_end = 0
    for start, end in map(re.Match.span, _CLAUSE_MARK.finditer(text)):
        if text[start] in ",." and text[start - 1:start].isdigit() and text[end:end + 1].isdigit():
            continue  # the comma of "296,000" or the point of "28.52" ends no clause
        if text[start] == "-":
            start -= 1
        if start >= last_end:
            starts.append(start)
            ends.append(end)
            last_end = end
    return starts, ends


def _last_break(clause: str) -> int:
    last = 0
    for found in _CLAUSE_BREAK.finditer(clause):
        last = found.end()
    return last


def _last_words(text: str, start: int, end: int, count: int) -> list[str]:
    """Return the last ``count`` words of ``text[start:end]``, reading back only as far as needed.

    Words never span whitespace, so the words found from a whitespace character on are
    the last words found from ``start``: a short stretch before ``end`` often holds enough.
    """
    near = max(start, end - _NEAR_WORDS_REACH)
    if near > start:
        space = _SPACE.search(text, near, end)
        if space is not None:
            words = _WORD.findall(text, space.start(), end)
            if len(words) >= count:
                return words[-count:]
    return _WORD.findall(text, start, end)[-count:]


def _split_counted(clause: str) -> tuple[str, str]:
    """Split the words after a figure into what it counts and the rest of the clause."""
    # A clause is read at most _CLAUSE_REACH characters far: finding all its words costs little.
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


def _source_candidates(text: str, sentence_start: int, sentence_end: int) -> list[tuple[int, int, str]]:
    """Return every source a sentence names, as (rank, offset, name): rank 0 for "according
    to X", "an analysis by X" and "X's estimate", 1 for a name beside a reporting verb."""
    candidates: list[tuple[int, int, str]] = []
    for rank, pattern in enumerate((_SOURCE_AFTER, _VERB_THEN_SOURCE)):
        for found in pattern.finditer(text, sentence_start, sentence_end):
            name = _name_after(text[found.end():sentence_end])
            if name:
                candidates.append((rank, found.start("found"), name))
    if text.find("’s", sentence_start, sentence_end) >= 0 or text.find("'s", sentence_start, sentence_end) >= 0:
        for found in _POSSESSIVE_SOURCE.finditer(text, sentence_start, sentence_end):
            candidates.append((0, found.start("found"), found.group("name")))
    for found in _SOURCE_BEFORE.finditer(text, sentence_start, sentence_end):
        name = _name_before(text[sentence_start:found.start()])
        if name:
            candidates.append((1, found.start(), name))
    return candidates


def _name_after(rest: str) -> str | None:
    """Read a source's name forward: "the Korean Institute for Defense Analyses (KIDA)".

    It ends at a verb or a word that opens a clause ("the Bank of England show").
    """
    clause = re.split(r"[,;:\"“”—–\d]|\.(?:\s|$)", rest, maxsplit=1)[0]
    words: list[str] = []
    for word in clause.split()[:_MAX_SOURCE_WORDS]:
        if word.lower().strip("()") in _NAME_ENDS:
            break
        words.append(word)
    while words and words[-1].lower() in _NAME_JOINS:
        words.pop()
    name = " ".join(words).strip()
    return _possessor(name) if name else None


def _possessor(name: str) -> str:
    """Return "KIDA" for "KIDA's estimate": who made the findings a name refers to."""
    possessed = _POSSESSED_FINDINGS.match(name)
    return possessed.group("name") if possessed else name


def _name_before(head: str) -> str | None:
    """Read a source's name backward from its verb: "Ukrainian intelligence analysts"."""
    clause = head[_last_break(head):]
    words = clause.split()
    name: list[str] = []
    for word in reversed(words[-6:]):
        if word.lower() in ("that", "and", "but", "as", "while", "when", "which", "who"):
            break
        if not name and word.lower() in _ADVERBS:
            continue  # "the agency now estimates": the name is "the agency"
        name.insert(0, word)
    if not name or not any(w[:1].isupper() for w in name):
        return None  # "it says", "prices reports": no named source
    return _possessor(" ".join(name))


def _one_clause(between: str) -> bool:
    return not _CLAUSE_BREAK.search(_ASIDE.sub(" ", between))


def _no_number(between: str) -> bool:
    return not any(c.isdigit() for c in between)


def _may_follow_change(text: str, start: int) -> bool:
    """Return whether the words before a figure may say it is a change, so that most
    figures skip the search for one: what _CHANGE_BEFORE finds ends with one of
    _CHANGE_LAST_WORDS and a space. A word not in ASCII is left to the search, which
    folds case more widely than str.lower()."""
    if start == 0 or not text[start - 1].isspace():
        return False
    words = text[max(0, start - 40):start].split()
    if not words:
        return False
    return not words[-1].isascii() or words[-1].lower().endswith(_CHANGE_LAST_WORDS)


def _change(text: str, start: int, end: int) -> str | None:
    """Return "increase" or "decrease" when the figure is the size of a change."""
    before = _CHANGE_BEFORE.search(text, max(0, start - 40), start) if _may_follow_change(text, start) else None
    if before:
        return "increase" if before.group("rise") or before.group("rise_noun") else "decrease"
    after = _CHANGE_AFTER.match(text, end)
    if after:
        return "increase" if after.group("rise") else "decrease"
    return None
