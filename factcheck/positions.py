"""Map character offsets in a text to 1-based lines and columns."""

from __future__ import annotations

import re
from bisect import bisect_right

# "\r\n" first so a Windows line ending counts once; a lone "\r" ends a line too.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Locate offsets of one text by line and column, in logarithmic time."""

    def __init__(self, text: str) -> None:
        self._line_starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    def locate(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a 0-based character offset."""
        line = bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1
