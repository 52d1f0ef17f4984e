"""Positions as the protocol counts them: a line and a column in UTF-16 (or UTF-8, UTF-32) code units.

>>> index = PositionIndex("a\\n\\U0001F600 12 000 troops", "utf-16")
>>> index.position(index.text.index("12"))
(1, 3)
>>> index.offset(1, 3) == index.text.index("12")
True
>>> PositionIndex("\u4e2d 5", "utf-8").position(2)
(0, 4)
"""

from __future__ import annotations

import bisect

from factcheck.regexes import compiled

_LINE_BREAK = compiled(r"\r\n|\r|\n")


def units(text: str, encoding: str) -> int:
    """Return how many code units ``text`` takes in ``encoding`` ("utf-8", "utf-16" or "utf-32")."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class PositionIndex:
    """A text's line starts, to turn offsets (code points) into protocol positions and back."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0] + [match.end() for match in _LINE_BREAK.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 0-based line and column (in code units) of ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, units(self.text[self.starts[line]:offset], self.encoding)

    def offset(self, line: int, column: int) -> int:
        """Return the offset of a protocol position, clamped to the text (a column past a line's end is its end)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        counted = 0
        for offset in range(start, end):
            if self.text[offset] in "\r\n":
                return offset
            counted += units(self.text[offset], self.encoding)
            if counted > column:
                return offset
        return end
