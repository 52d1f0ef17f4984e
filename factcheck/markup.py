"""Find the parts of a Markdown or HTML draft that are markup, not prose, and blank them out.

A figure inside a code block, a link target or an HTML attribute is not a quoted
figure. Rather than parse the document into another text, every excluded character
is replaced by a space (line breaks are kept), so the extractor reads a text of the
same length and lines as the original and every offset, line and column it reports
still points into the original file.

>>> draft = "Sent `40 crates` and [12 million shells](https://x.org/12-million)."
>>> blank(draft, excluded_regions(draft, MARKDOWN))
'Sent             and [12 million shells]                          .'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

MARKDOWN = "markdown"
HTML = "html"
PLAIN = "plain"
SYNTAXES = (MARKDOWN, HTML, PLAIN)

_SYNTAX_BY_SUFFIX = {".md": MARKDOWN, ".markdown": MARKDOWN, ".html": HTML, ".htm": HTML}

# What an excluded region is; suppression comments are read from COMMENT regions only.
CODE = "code"
FRONT_MATTER = "front-matter"
LINK_TARGET = "link-target"
TAG = "tag"
COMMENT = "comment"
LIST_MARKER = "list-marker"


@dataclass(frozen=True, slots=True)
class Region:
    """A span of a draft that holds no prose: [start, end) in character offsets."""

    start: int
    end: int
    kind: str


def syntax_for(path: str) -> str:
    """Return the markup a file is written in, judged by its name's extension."""
    return _SYNTAX_BY_SUFFIX.get(PurePath(path).suffix.lower(), PLAIN)


def excluded_regions(text: str, syntax: str) -> list[Region]:
    """Return the regions of ``text`` that are markup rather than prose, in order."""
    if syntax == MARKDOWN:
        return _markdown_regions(text)
    if syntax == HTML:
        return _inline_regions(text, _HTML_INLINE, [])
    return []


def blank(text: str, regions: list[Region]) -> str:
    """Return ``text`` with every character of ``regions`` but line breaks turned into spaces.

    Terminal escape sequences are blanked too, in any syntax: "\\x1b[2K" erases a line,
    it is not the figure "2K", and no sequence holds a line break.

    >>> blank("Cost \x1b[1m$900 million\x1b[0m.", [])
    'Cost     $900 million    .'
    """
    if regions:
        parts = []
        position = 0
        for region in regions:
            parts.append(text[position:region.start])
            parts.append(_LINE_BREAK_OR_OTHER.sub(lambda m: m.group(1) or " ", text[region.start:region.end]))
            position = region.end
        parts.append(text[position:])
        text = "".join(parts)
    if _ESCAPE_START.search(text):
        text = _ESCAPE_SEQUENCE.sub(lambda m: " " * len(m.group()), text)
    return text


_LINE_BREAK_OR_OTHER = re.compile(r"(\r|\n)|.", re.DOTALL)
# ECMA-48: ESC or a C1 control starts a sequence a terminal acts on. CSI takes parameters
# and a final byte; OSC, DCS, SOS, PM and APC take a string up to BEL or ST (or the line's
# end, so that a sequence never reaches into the next line); any other escape is ESC,
# intermediate bytes and a final byte.
_ESCAPE_START = re.compile(r"[\x1b\x90\x98\x9b\x9d\x9e\x9f]")
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\r\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)

# --- HTML, inline in Markdown or a whole .html file --------------------------------

# Elements whose content is code or data, never prose.
_RAW_ELEMENT = r"<(?P<element>script|style|pre|code|textarea)\b[^>]*>[\s\S]*?(?:</(?P=element)\s*>|\Z)"
_COMMENT = r"<!--[\s\S]*?(?:-->|\Z)"
_DECLARATION = r"<![A-Za-z][^>]*>|<!\[CDATA\[[\s\S]*?(?:\]\]>|\Z)|<\?[\s\S]*?(?:\?>|\Z)"
_ATTRIBUTE = r"""\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?"""
_TAG = rf"</?[A-Za-z][A-Za-z0-9-]*(?:{_ATTRIBUTE})*\s*/?>"

_HTML_INLINE = re.compile(
    rf"(?=<)(?:(?P<code>{_RAW_ELEMENT})"
    rf"|(?P<comment>{_COMMENT})"
    rf"|(?P<tag>{_DECLARATION}|{_TAG}))",
    re.IGNORECASE,
)

# --- Markdown ----------------------------------------------------------------------

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_FRONT_MATTER = re.compile(r"(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)[\s\S]*?(?:\r\n|\r|\n)(?:\1|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|(\d{1,9}[.)]))(?:[ \t]|$)")
_REFERENCE_DEFINITION = re.compile(r" {0,3}\[(?!\^)[^\]\r\n]+\]:[ \t]*\S")
# A paragraph ends at a blank line: inline code never runs across one.
_NOT_PARAGRAPH_BREAK = r"(?:(?!(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n))[\s\S])"
_LINK_DESTINATION = r"(?:<[^<>\r\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
_LINK_TITLE = r"""(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?"""

_MARKDOWN_INLINE = re.compile(
    # Every alternative starts at one of these characters: a quick test before trying them.
    r"(?=[`<\](\[])"
    rf"(?:(?P<code>(?<!`)(?P<ticks>`+)(?!`){_NOT_PARAGRAPH_BREAK}+?(?<!`)(?P=ticks)(?!`)|{_RAW_ELEMENT})"
    rf"|(?P<comment>{_COMMENT})"
    # An autolink, the target of an inline link or image, a reference label, a footnote mark.
    rf"|(?P<link_target><(?:[A-Za-z][A-Za-z0-9+.-]{{1,31}}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>"
    rf"|(?<=\])\(\s*{_LINK_DESTINATION}{_LINK_TITLE}\s*\)"
    rf"|(?<=\])\[[^\]\r\n]*\]|\[\^[^\]\r\n]+\])"
    rf"|(?P<tag>{_DECLARATION}|{_TAG}))",
    re.IGNORECASE,
)


def _markdown_regions(text: str) -> list[Region]:
    """Return the block regions (front matter, code blocks, definitions) and the inline ones between."""
    blocks: list[Region] = []
    front = _FRONT_MATTER.match(text)
    if front:
        blocks.append(Region(0, front.end(), FRONT_MATTER))
    fence = None  # while inside a fenced block: its opening marker and where it started
    previous = "blank"  # what the line before was: blank, code or text
    in_list = False  # an indented line in a list item continues the item: it is not code
    for line in _LINE.finditer(text, front.end() if front else 0):
        start, content = line.start(), line.group().rstrip("\r\n")
        if not line.group():
            break
        if fence is not None:
            marker, fence_start = fence
            if re.fullmatch(rf" {{0,3}}{re.escape(marker[0])}{{{len(marker)},}}[ \t]*", content):
                blocks.append(Region(fence_start, start + len(content), CODE))
                fence = None
            continue
        opening = _FENCE.match(content)
        if opening and not (opening.group(1)[0] == "`" and "`" in content[opening.end():]):
            fence = (opening.group(1), start)
            continue
        expanded = content.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip())
        if not content.strip():
            previous = "blank"
        elif indent >= 4 and not in_list and previous in ("blank", "code"):
            blocks.append(Region(start + len(content) - len(content.lstrip()), start + len(content), CODE))
            previous = "code"
        else:
            if indent < 4:
                item = _LIST_ITEM.match(content)
                in_list = item is not None or (in_list and previous == "text")
                if item and item.group(1):
                    blocks.append(Region(start + item.start(1), start + item.end(1), LIST_MARKER))
                if _REFERENCE_DEFINITION.match(content):
                    blocks.append(Region(start, start + len(content), LINK_TARGET))
            previous = "text"
    if fence is not None:  # an unclosed fence runs to the end of the document
        blocks.append(Region(fence[1], len(text), CODE))
    return _inline_regions(text, _MARKDOWN_INLINE, blocks)


def _inline_regions(text: str, pattern: re.Pattern, blocks: list[Region]) -> list[Region]:
    """Return ``blocks`` merged with the inline regions ``pattern`` finds between them."""
    regions = []
    position = 0
    for block in [*blocks, Region(len(text), len(text), "")]:
        regions.extend(_matches(pattern, text, position, block.start))
        if block.kind:
            regions.append(block)
        position = max(position, block.end)
    return regions


def _matches(pattern: re.Pattern, text: str, start: int, end: int) -> list[Region]:
    return [
        Region(match.start(), match.end(), match.lastgroup.replace("_", "-"))
        for match in pattern.finditer(text, start, end)
    ]
