"""Suppression comments: an editor's way to say "this figure is checked, leave it be".

- ``<!-- factcheck: ignore -->`` on a line of its own: the paragraph that follows it;
  written after text on a line: that line.
- ``<!-- factcheck: ignore claim-id other-id -->``: the same, only for those claims.
- ``<!-- factcheck: ignore inconsistent -->``: the same, only for figures that contradict
  each other (factcheck.consistency); it can be named with claim ids.
- ``<!-- factcheck: off -->`` ... ``<!-- factcheck: on -->``: everything between
  (to the end of the file when it is never turned back on).

>>> text = "<!-- factcheck: ignore -->\\nThey sent 30 million shells.\\n\\nAnd 40 more."
>>> [(s.start, s.end) for s in find_suppressions(text, [])]
[(27, 55)]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Sequence

from factcheck.markup import COMMENT, Region
from factcheck.positions import BLANK_LINE, LineIndex
from factcheck.regexes import compiled

_VERBS = ("ignore", "off", "on")
# Every directive, and every comment meant as one, opens so: a text without it has none, and
# the patterns below are compiled only for a text with it (they took a twentieth of a short check).
_COMMENT_OPENING = "<!--"


@functools.cache
def _directive() -> re.Pattern:
    return compiled(r"<!--[ \t]*factcheck:[ \t]*(ignore|off|on)\b([^>]*?)[ \t]*-->", re.IGNORECASE)


@functools.cache
def _near_directive() -> re.Pattern:
    """A comment that was meant as a directive but is not one: "fact-check: ignore",
    "factcheck ignore", "factcheck: ignor", "factcheck: of". Never matches a directive."""
    return compiled(r"<!--[ \t]*fact[ \t_-]*check\b[ \t]*:?[ \t]*([a-z-]*)[^>]*?-->", re.IGNORECASE)

_CLAIM_ID = compiled(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LINE_END = compiled(r"\r\n|\r|\n|\Z")


@dataclass(frozen=True, slots=True)
class Suppression:
    """A suppression comment and the span of text it covers: [start, end)."""

    comment_start: int
    comment_end: int
    comment: str
    start: int
    end: int
    claim_ids: frozenset[str] = frozenset()  # empty: every claim, and unmatched figures too

    def covers(self, offset: int, claim_id: str | None) -> bool:
        """Return whether this suppression silences a figure starting at ``offset``, matched to ``claim_id`` (None: unmatched)."""
        if not self.start <= offset < self.end:
            return False
        return not self.claim_ids or (claim_id is not None and claim_id in self.claim_ids)


class SuppressionError(ValueError):
    """A suppression comment that cannot be read, at an offset of the text."""

    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset

    def naming(self, path: str, text: str) -> SuppressionError:
        """Return this error with its place written first, as ``path:line:column``, for the document ``text``."""
        line, column = LineIndex(text).locate(self.offset)
        return SuppressionError(self.offset, f"{path}:{line}:{column}: {self}")

    def __reduce__(self):
        # Rebuilt from both arguments, so the error survives the trip back from a worker process.
        return type(self), (self.offset, str(self))


def find_suppressions(text: str, regions: Sequence[Region]) -> list[Suppression]:
    """Return the suppressions written in ``text``.

    ``regions`` are the draft's markup regions (see factcheck.markup): a comment
    inside a code block is an example, not a directive, so when there are regions
    only the directives that fill a comment region count.
    """
    if _COMMENT_OPENING not in text:
        return []
    comments = {(r.start, r.end) for r in regions if r.kind == COMMENT}
    suppressions = []
    off: re.Match | None = None
    for directive in _directive().finditer(text):
        if regions and directive.span() not in comments:
            continue
        verb, rest = directive.group(1).lower(), directive.group(2).strip()
        if verb == "ignore":
            ids = frozenset(rest.replace(",", " ").split())
            for claim_id in ids:
                if not _CLAIM_ID.fullmatch(claim_id):
                    raise SuppressionError(directive.start(), f"{claim_id!r} is not a claim id")
            start, end = _scope(text, directive)
            suppressions.append(Suppression(*directive.span(), directive.group(), start, end, ids))
        elif rest:
            raise SuppressionError(directive.start(), f"'factcheck: {verb}' takes no claim ids (use 'ignore')")
        elif verb == "off" and off is None:
            off = directive
        elif verb == "on" and off is not None:
            suppressions.append(Suppression(*off.span(), off.group(), off.end(), directive.start()))
            off = None
    if off is not None:
        suppressions.append(Suppression(*off.span(), off.group(), off.end(), len(text)))
    return sorted(suppressions, key=lambda s: s.comment_start)


def misspelt_suppressions(text: str) -> list[tuple[int, str]]:
    """Return (offset, comment) for each comment that looks meant as a suppression but is not one,
    so that it silences nothing without a word said.

    >>> misspelt_suppressions("<!-- factcheck: ignore -->\\n<!-- fact-check: ignore -->\\n<!-- factcheck: ignor -->")
    [(27, '<!-- fact-check: ignore -->'), (55, '<!-- factcheck: ignor -->')]
    """
    if _COMMENT_OPENING not in text:
        return []
    directives = {match.start() for match in _directive().finditer(text)}
    return [(match.start(), match.group()) for match in _near_directive().finditer(text)
            if match.start() not in directives]


def _scope(text: str, directive: re.Match) -> tuple[int, int]:
    """Return the span an ignore comment covers: its own line when it follows text, else the next paragraph."""
    line_start = max(text.rfind("\n", 0, directive.start()), text.rfind("\r", 0, directive.start())) + 1
    line_end = _LINE_END.search(text, directive.end()).start()
    if text[line_start:directive.start()].strip() and not text[directive.end():line_end].strip():
        return line_start, directive.start()
    start = directive.end()
    while start < len(text) and text[start].isspace():
        start += 1
    paragraph_break = BLANK_LINE.search(text, start)
    return start, paragraph_break.start() if paragraph_break else len(text)
