"""Read who a sentence says stated its figures: "according to X", "an analysis by X",
"X's estimate", '..." says X', "X estimates".

>>> text = "Analysts estimate that around 40 percent of shells came from there."
>>> SentenceSources(text, 0, len(text)).attribution(30)
'Analysts'
>>> text = "The total is 12 million, according to the Korean Institute for Defense Analyses (KIDA)."
>>> SentenceSources(text, 0, len(text)).attribution(13)
'the Korean Institute for Defense Analyses (KIDA)'
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.positions import CLAUSE_BREAK
from factcheck.regexes import compiled

_MAX_SOURCE_WORDS = 10
_VERB = lexicon.alternation(lexicon.REPORTING_VERBS)
_WORKS_BY = "|".join(lexicon.WORKS_BY)
_FINDINGS = f"(?:{'|'.join(lexicon.FINDINGS)})"

# "according to X", "an analysis by X": the strongest forms of attribution.
_SOURCE_AFTER = compiled(
    r"(?=[acdefiprs])"  # the first letters of the words below
    rf"(?:\baccording\s+to\s+|\b(?:{_WORKS_BY})\s+(?:by|from)\s+)",
    re.IGNORECASE,
)
# '..." says Griffiths' or ", said the ministry": a reporting verb after a quote or comma,
# then the name (not "officials say North Korea sent...", where the name comes first).
_VERB_THEN_SOURCE = compiled(rf"(?<=[,”\"’])\s*\b(?:{_VERB})\s+(?=[A-Z]|the\s+[A-Z])")
_VERB_MARKS = (",", "”", '"', "’")  # the look-behind's marks
# A reporting verb anywhere: neither pattern around a verb matches in a sentence holding none.
_ANY_VERB = compiled(_VERB)
# "Ukrainian analysts estimate": a reporting verb after the name; not "an estimated $20 billion".
_SOURCE_BEFORE = compiled(rf"\s(?<!\ban\s)(?<!\bthe\s)\s*(?:{_VERB})\b(?!\s*[$€£¥\d])")
# "KIDA's estimate of $20 billion": a possessor of findings, anywhere in the sentence.
_POSSESSIVE_SOURCE = compiled(
    r"(?=[A-Zt])\b(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&-]*)*)[’']s\s+"
    rf"(?:own\s+|latest\s+|new\s+|recent\s+)?{_FINDINGS}\b"
)
_POSSESSED_FINDINGS = compiled(
    rf"^(?P<name>.+?)[’']s\s+(?:own\s+|latest\s+|new\s+|recent\s+)?{_FINDINGS}$", re.IGNORECASE
)
# Where a sentence turns to another source's view: a source across it is not the figure's.
_CONTRAST = compiled(r";|,\s*(?:while|whereas|but|though|although|yet)\b")

_ADVERBS = frozenset("now also still recently previously later earlier further separately then today yesterday".split())
# Words that end a source's name when read forward ("Reuters identified at least").
_SOURCE_ENDS = frozenset(
    """identified projected estimated estimates found said says shows showed show suggests suggested
    suggest reported reports that which who is are was were has have had will would puts put""".split()
)
# Words that end a name read forward: a verb, or a word that opens a clause.
_NAME_ENDS = _SOURCE_ENDS | frozenset(lexicon.REPORTING_VERBS) | frozenset(
    """be been being can could may might should must did do does that which who whom whose when while because
    as than to if but so since during until after before indicate indicates indicated reveal reveals revealed""".split()
)
# Small words that do not end a name read forward ("the Bank of", "Reuters and").
_NAME_JOINS = frozenset("of the and for on de du la & in at".split())


class SentenceSources:
    """The sources one sentence names, to say which of them stated each of its figures."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self._sources = _source_candidates(text, start, end)

    @property
    def named(self) -> bool:
        """Return whether the sentence names any source (attribution is None for every figure if not)."""
        return bool(self._sources)

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


def _source_candidates(text: str, sentence_start: int, sentence_end: int) -> list[tuple[int, int, str]]:
    """Return every source a sentence names, as (rank, offset, name): rank 0 for "according
    to X", "an analysis by X" and "X's estimate", 1 for a name beside a reporting verb."""
    candidates: list[tuple[int, int, str]] = []
    sentence = text[sentence_start:sentence_end]
    # Speed (a sentence in five names a reporting verb, one in six "according to" or a
    # work by or from someone): a pattern is searched for only where the words it cannot
    # match without stand (see _may_name_work and _may_follow_mark; tested equal).
    verb = _ANY_VERB.search(text, sentence_start, sentence_end) is not None
    for rank, pattern, may_match in ((0, _SOURCE_AFTER, _may_name_work(sentence)),
                                     (1, _VERB_THEN_SOURCE, verb and _may_follow_mark(text, sentence_start,
                                                                                      sentence_end))):
        if not may_match:
            continue
        for found in pattern.finditer(text, sentence_start, sentence_end):
            name = _name_after(text[found.end():sentence_end])
            if name:
                candidates.append((rank, found.start(), name))
    if "'s" in sentence or "’s" in sentence:  # (_POSSESSIVE_SOURCE's "’s" or "'s")
        for found in _POSSESSIVE_SOURCE.finditer(text, sentence_start, sentence_end):
            candidates.append((0, found.start(), found.group("name")))
    if verb:
        for found in _SOURCE_BEFORE.finditer(text, sentence_start, sentence_end):
            name = _name_before(text[sentence_start:found.start()])
            if name:
                candidates.append((1, found.start(), name))
    return candidates


def _may_name_work(sentence: str) -> bool:
    """Return False only when _SOURCE_AFTER cannot match in ``sentence``: an ASCII sentence
    (where ignoring case is lowering) holding neither "according" nor "by" or "from" with
    one of lexicon.WORKS_BY."""
    if not sentence.isascii():
        return True
    lowered = sentence.lower()
    return "according" in lowered or (("by" in lowered or "from" in lowered)
                                      and any(work in lowered for work in lexicon.WORKS_BY))


def _may_follow_mark(text: str, start: int, end: int) -> bool:
    """Return False only when _VERB_THEN_SOURCE cannot match in ``text[start:end]``: no mark
    its look-behind asks for stands there or just before."""
    stretch = text[max(0, start - 1):end]
    return any(mark in stretch for mark in _VERB_MARKS)


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


def _last_break(clause: str) -> int:
    """Return where the last clause of ``clause`` starts."""
    last = 0
    for found in CLAUSE_BREAK.finditer(clause):
        last = found.end()
    return last
