"""The terminal the text reports are written to: colour by the usual conventions, safe text, wrapped lines.

Colour: ``--color``/``--no-color`` win; without either, ``NO_COLOR`` (set and not
empty) turns it off and ``FORCE_COLOR`` on; else colour only on a terminal
(https://no-color.org, https://force-color.org).

>>> wants_color(None, {"NO_COLOR": "1", "FORCE_COLOR": "1"}), wants_color(True, {"NO_COLOR": "1"})
(False, True)
>>> wants_color(None, {"FORCE_COLOR": "1"}), wants_color(None, {"NO_COLOR": ""})
(True, None)
"""

from __future__ import annotations

import builtins
import functools
import os
import sys
from typing import Mapping, TextIO

from factcheck.kinds import Verdict
from factcheck.reporters.messages import one_line

#: Each verdict's colour, and its symbol, so that it reads without colour too.
STYLE = {Verdict.AGREE: "green", Verdict.CONFLICT: "bold red", Verdict.MIXED: "yellow", Verdict.UNMATCHED: "dim",
         Verdict.INCONSISTENT: "bold magenta"}
MARK = {Verdict.AGREE: "✓", Verdict.CONFLICT: "✗", Verdict.MIXED: "±", Verdict.UNMATCHED: "?", Verdict.INCONSISTENT: "≠"}
# A verdict this module does not know yet (one added since) still reads: a warning's colour and "!".
OTHER_STYLE, OTHER_MARK = "yellow", "!"


def style_of(verdict: str) -> str:
    """Return the style a verdict is shown in."""
    return STYLE.get(verdict, OTHER_STYLE)


def mark_of(verdict: str) -> str:
    """Return the symbol a verdict is shown with: ✓ agree, ✗ conflict, ± mixed, ? unmatched."""
    return MARK.get(verdict, OTHER_MARK)


def wants_color(flag: bool | None, environ: Mapping[str, str] = os.environ) -> bool | None:
    """Return whether to colour: True, False, or None to colour only a terminal."""
    if flag is not None:
        return flag
    if environ.get("NO_COLOR", ""):
        return False
    if environ.get("FORCE_COLOR", ""):
        return True
    return None


def make_console(stream: TextIO, color: bool | None):
    """Return a rich Console writing to ``stream``: lines wrapped to a terminal's width, one line each elsewhere.

    Without colour nothing but the text is written, not even bold, yet a terminal's
    width is still used. Where rich would write plain lines (no colour, no terminal),
    a PlainConsole writes the same bytes without importing rich.
    """
    color = wants_color(color)
    if not color and _plain_for_rich(stream):
        return PlainConsole(stream)
    from rich.console import Console  # noqa: PLC0415  (lazy: rich is slow to import)

    console = Console(
        file=stream,
        force_terminal=True if color else None,
        color_system="auto" if color is not False else None,
        highlight=False,
        markup=False,
        emoji=False,
    )
    # Piped into a file or grep, a fact is one line: wrapping is for a reader at a terminal.
    console.soft_wrap = not console.is_terminal
    return console


def print_hanging(console, prefix, body, indent: int) -> None:
    """Print ``prefix`` then ``body``; on a terminal, a long line wraps at words under the body (a hanging indent)."""
    if console.soft_wrap or prefix.cell_len > indent:
        line = prefix.copy()
        line.append_text(body)
        console.print(line)
        return
    Text = safe_text(console)

    # Narrower than the indent and twenty cells: rather a long line than a column of letters.
    for number, part in enumerate(body.wrap(console, max(console.width - indent, 20))):
        part.rstrip()
        line = prefix.copy() if number == 0 else Text()
        line.append(" " * (indent - line.cell_len))
        line.append_text(part)
        console.print(line, soft_wrap=True)


def safe_text(console=None):
    """Return the Text class to build lines for ``console`` with: PlainText for a PlainConsole,
    else rich's Text made safe for a terminal (_safe_rich_text)."""
    return PlainText if isinstance(console, PlainConsole) else _safe_rich_text()


@functools.cache
def _safe_rich_text():
    """Return rich's Text made safe for a terminal: every string put in it goes through one_line.

    A draft, a registry and a file name are untrusted: an escape sequence in one would
    reach the terminal raw (erase the CONFLICT line, set the clipboard, forge a link), a
    line break would start a line of its own. Text is never read as rich markup (the
    console has markup off), so "[bold]" in a draft prints as written.
    """
    from rich.text import Text  # noqa: PLC0415  (lazy: rich is slow to import)

    class SafeText(Text):
        def __init__(self, text: str = "", *args, **kwargs) -> None:
            super().__init__(one_line(text), *args, **kwargs)

        def append(self, text, style=None):
            return super().append(one_line(text) if isinstance(text, str) else text, style)

    return SafeText


# --- without rich, where rich writes plain lines -----------------------------------------


def _plain_for_rich(stream: TextIO) -> bool:
    """Return whether rich, without colour, would see no terminal in ``stream`` and so write each
    line as it is: its Console then soft-wraps, and styles write nothing.

    Whatever else might make rich see a terminal (its environment variables, IDLE, Jupyter,
    a stream that cannot say) leaves the writing to rich.
    """
    if "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ or hasattr(builtins, "get_ipython"):
        return False
    if getattr(sys.stdin, "__module__", "").startswith("idlelib"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return isatty is not None and isatty() is False
    except ValueError:
        return False


class PlainText:
    """A line of a text report as rich's Text holds it, for a PlainConsole: only its characters.

    Every string goes through one_line, as in _safe_rich_text, so it holds none of the
    characters rich would take out; styles are taken and left unused, as rich writes
    none without colour.
    """

    __slots__ = ("_parts",)

    def __init__(self, text: str = "", style: str | None = None) -> None:  # noqa: ARG002
        self._parts = [one_line(text)]

    def append(self, text, style: str | None = None) -> PlainText:  # noqa: ARG002
        self._parts.append(one_line(text) if isinstance(text, str) else text.plain)
        return self

    def append_text(self, text: PlainText) -> PlainText:
        self._parts.append(text.plain)
        return self

    def copy(self) -> PlainText:
        copied = PlainText()
        copied._parts = [self.plain]
        return copied

    @property
    def plain(self) -> str:
        return "".join(self._parts)


class PlainConsole:
    """What the text reports use of rich's Console, where rich would write plain lines: each
    printed line as it is, then a line break, flushed as rich flushes it."""

    soft_wrap = True  # as make_console sets it for a rich Console with no terminal
    is_terminal = False

    def __init__(self, stream: TextIO) -> None:
        self.file = stream

    def print(self, line: PlainText | None = None, *, soft_wrap: bool | None = None) -> None:  # noqa: ARG002
        text = "\n" if line is None else line.plain + "\n"
        try:
            self.file.write(text)
        except UnicodeEncodeError as error:  # as rich says it
            error.reason = f"{error.reason}\n*** You may need to add PYTHONIOENCODING=utf-8 to your environment ***"
            raise
        self.file.flush()
