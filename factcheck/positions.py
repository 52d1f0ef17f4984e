"""Map character offsets in a text to 1-based lines and columns; say where its paragraphs,
sentences and clauses break."""

from __future__ import annotations

import re

from factcheck.regexes import compiled

# A blank line: a line break, spaces or tabs, and another line break ("\r\n", "\r" or "\n").
# Paragraphs end there, for suppressions, for the topic a figure is matched by, and for
# where a long draft may be cut: one definition, so that all of them agree.
BLANK_LINE = compiled(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")
# BLANK_LINE in a text with no "\r": it opens with one character, which `re` finds by a
# quick scan for a literal, not by trying each character against a set.
_NEWLINE_BLANK_LINE = compiled(r"\n[ \t]*\n")

# A sentence ends at ". " before a capital (not after "U.S" or "Mr"), at a blank line, or
# where a Markdown heading or list item starts; a single line break inside a wrapped
# paragraph is only a space. It opens with one character class, which `re` skips to in C.
SENTENCE_BREAK = compiled(
    r"[.!?\r\n](?:"
    r"(?<=[.!?])(?<![A-Z].)(?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bNo.)[\"”’)\]]*\s+"
    r"(?=[\"“‘(\[]?[A-Z0-9])"
    r"|(?:(?<=\r)\n?|(?<=\n))(?:[ \t]*(?:\r?\n|\r)\s*|(?=[ \t]*(?:#|[-*+][ \t]|\d+[.)][ \t])))"
    r")"
)
# Punctuation that closes a clause: what a figure counts does not run past it, nor does
# a source's name. A mark, a dash between spaces, or a full stop before a space or the end.
CLAUSE_BREAK = compiled(r"[,;:()\[\]\"“”—–.!?\s](?:(?<![.!?\s])|(?<=\s)-\s|(?<=[.!?])(?:\s|$))")


def blank_line_pattern(text: str) -> re.Pattern[str]:
    """Return a pattern that finds in ``text`` what BLANK_LINE finds, the quickest for it."""
    return BLANK_LINE if "\r" in text else _NEWLINE_BLANK_LINE


class LineIndex:
    """Locate offsets of one text by line and column.

    Line breaks are counted forward from the offset located last, so that reporting a
    document's findings in order reads the text once and keeps no table of its lines
    (a 100 MB file has millions of them); an earlier offset counts again from the top.
    "\\r\\n" is one line break, and a lone "\\r" ends a line too.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._counted = 0  # line breaks before this offset are counted
        self._line = 1
        self._line_start = 0

    def locate(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a 0-based character offset."""
        text = self._text
        if offset < self._counted:
            self._counted, self._line, self._line_start = 0, 1, 0
        # A "\r" just before the offset whose "\n" is at it ends its line after the offset:
        # leave it to be counted with its "\n".
        end = offset - 1 if offset > 0 and text.startswith("\r\n", offset - 1) else offset
        start = self._counted
        breaks = text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)
        if breaks:
            self._line += breaks
            self._line_start = max(text.rfind("\n", start, end), text.rfind("\r", start, end)) + 1
        self._counted = max(start, end)
        return self._line, offset - self._line_start + 1
