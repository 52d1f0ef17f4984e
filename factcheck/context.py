"""Read the words around a figure: what it counts, and who the text says stated it.

>>> text = "Analysts estimate that around 40 percent of shells fired by the army came from there."
>>> context = describe(text, 23, 40)
>>> context.counted, context.attribution
('of shells fired by the army', 'Analysts')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MAX_COUNTED_WORDS = 7
_MAX_LEAD_WORDS = 8
_MAX_SOURCE_WORDS = 10
_SENTENCE_REACH = 600

# A sentence ends at ". " before a capital (not after "U.S" or "Mr"), at a blank line, or
# where a Markdown heading or list item starts; a single line break inside a wrapped
# paragraph is only a space.
_SENTENCE_BREAK = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])"
    r"|(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*"
    r"|(?:\r?\n|\r)(?=[ \t]*(?:#|[-*+][ \t]|\d+[.)][ \t]))"
)
# Punctuation that closes a clause: what a figure counts does not run past it.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s|[.!?](?:\s|$)")
_WORD = re.compile(r"[^\W\d_](?:[\w’'.-]*\w)?|\d[\d,.]*\w*")

# Words that end the noun phrase a figure counts ("soldiers to fight", "shells were").
_PHRASE_ENDS = frozenset(
    """is are was were be been being has have had will would could can may might should must
    did do does that which who whom whose it its they them he she we i you this these those there
    since during until between after before when while because although though as than to if
    but and or nor so for according despite amid came come comes went go goes made make makes
    took take takes fell fall rose rise grew grow got get gets""".split()
)
# Trailing words that say nothing on their own ("munitions in", "of the").
_DANGLING = frozenset("a an the of in on at by from with into per".split())

_REPORTING_VERBS = (
    "said says say estimate estimates estimated projected projects project reported reports "
    "believes believe claims claim found finds noted notes stresses stressed writes wrote "
    "concludes concluded adds added told tells calculated calculates puts put predicts predicted "
    "forecasts forecast warned warns suggests suggested"
).split()
_VERB = "|".join(_REPORTING_VERBS)

# "according to X", "an analysis by X": the strongest forms of attribution.
_SOURCE_AFTER = re.compile(
    r"\baccording\s+to\s+"
    r"|\b(?:analysis|analyses|report|study|survey|estimates?|assessment|investigation|data|figures|research|census|poll)\s+(?:by|from)\s+",
    re.IGNORECASE,
)
# '..." says Griffiths' or ", said the ministry": a reporting verb after a quote or comma,
# then the name (not "officials say North Korea sent...", where the name comes first).
_VERB_THEN_SOURCE = re.compile(rf"(?<=[,”\"’])\s*\b(?:{_VERB})\s+(?=[A-Z]|the\s+[A-Z])")
# "Ukrainian analysts estimate": a reporting verb after the name; not "an estimated $20 billion".
_SOURCE_BEFORE = re.compile(rf"(?<!\ban)(?<!\bthe)\s+(?:{_VERB})\b(?!\s*[$€£¥\d])")
_ADVERBS = frozenset("now also still recently previously later earlier further separately then today yesterday".split())
# Words that end a source's name when read forward ("Reuters identified at least").
_SOURCE_ENDS = frozenset(
    """identified projected estimated estimates found said says shows showed suggests suggested
    reported reports that which who is are was were has have had will would""".split()
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

    @property
    def words(self) -> str:
        """Return every word the clause says about the figure, for matching."""
        return " ".join(part for part in (self.lead, self.counted, self.trail) if part)


def describe(text: str, start: int, end: int) -> Context:
    """Return the context of the figure at ``text[start:end]``."""
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    after = text[end:sentence_end]
    clause_after = after[: _first_break(after)]
    counted, trail = _split_counted(clause_after)
    before = text[sentence_start:start]
    clause_before = before[_last_break(before):]
    lead = " ".join(_WORD.findall(clause_before)[-_MAX_LEAD_WORDS:])
    attribution = _attribution(text, sentence_start, sentence_end, start)
    return Context(counted, attribution, lead, trail, sentence_start, sentence_end)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the offsets of the sentence holding ``text[start:end]``."""
    reach_back = max(0, start - _SENTENCE_REACH)
    sentence_start = reach_back
    for match in _SENTENCE_BREAK.finditer(text, reach_back, start):
        sentence_start = match.end()
    following = _SENTENCE_BREAK.search(text, end, min(len(text), end + _SENTENCE_REACH))
    if following:
        sentence_end = following.start() + 1 if text[following.start()] in ".!?" else following.start()
    else:
        sentence_end = min(len(text), end + _SENTENCE_REACH)
    return sentence_start, sentence_end


def _first_break(clause: str) -> int:
    found = _CLAUSE_BREAK.search(clause)
    return found.start() if found else len(clause)


def _last_break(clause: str) -> int:
    last = 0
    for found in _CLAUSE_BREAK.finditer(clause):
        last = found.end()
    return last


def _split_counted(clause: str) -> tuple[str, str]:
    """Split the words after a figure into what it counts and the rest of the clause."""
    words = _WORD.findall(clause)
    counted: list[str] = []
    for word in words[:_MAX_COUNTED_WORDS]:
        if word.lower() in _PHRASE_ENDS:
            break
        counted.append(word)
    rest = words[len(counted): len(counted) + _MAX_LEAD_WORDS]
    while counted and counted[-1].lower() in _DANGLING:
        rest.insert(0, counted.pop())
    return " ".join(counted), " ".join(rest)


def _attribution(text: str, sentence_start: int, sentence_end: int, figure_start: int) -> str | None:
    """Return the source the sentence names: "according to" and "an analysis by" first,
    then a name beside a reporting verb; nearest the figure among equals."""
    candidates: list[tuple[int, int, str]] = []
    for rank, pattern in enumerate((_SOURCE_AFTER, _VERB_THEN_SOURCE)):
        for found in pattern.finditer(text, sentence_start, sentence_end):
            name = _name_after(text[found.end():sentence_end])
            if name:
                candidates.append((rank, abs(found.start() - figure_start), name))
    for found in _SOURCE_BEFORE.finditer(text, sentence_start, sentence_end):
        name = _name_before(text[sentence_start:found.start()])
        if name:
            candidates.append((1, abs(found.start() - figure_start), name))
    return min(candidates)[2] if candidates else None


def _name_after(rest: str) -> str | None:
    """Read a source's name forward: "the Korean Institute for Defense Analyses (KIDA)"."""
    clause = re.split(r"[,;:\"“”—–\d]|\.(?:\s|$)", rest, maxsplit=1)[0]
    words: list[str] = []
    for word in clause.split()[:_MAX_SOURCE_WORDS]:
        if word.lower().strip("()") in _SOURCE_ENDS:
            break
        words.append(word)
    name = " ".join(words).strip()
    return name or None


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
    return " ".join(name)
