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

import functools
import re

from factcheck.regexes import compiled
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


_LINE_BREAK_OR_OTHER = compiled(r"(\r|\n)|.", re.DOTALL)
# ECMA-48: ESC or a C1 control starts a sequence a terminal acts on. CSI takes parameters
# and a final byte; OSC, DCS, SOS, PM and APC take a string up to BEL or ST (or the line's
# end, so that a sequence never reaches into the next line); any other escape is ESC,
# intermediate bytes and a final byte.
_ESCAPE_START = compiled(r"[\x1b\x90\x98\x9b\x9d\x9e\x9f]")
_ESCAPE_SEQUENCE = compiled(
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

_HTML_INLINE = compiled(
    rf"(?=<)(?:(?P<code>{_RAW_ELEMENT})"
    rf"|(?P<comment>{_COMMENT})"
    rf"|(?P<tag>{_DECLARATION}|{_TAG}))",
    re.IGNORECASE,
)

# --- Markdown ----------------------------------------------------------------------

_LINE = compiled(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_FRONT_MATTER = compiled(r"(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)[\s\S]*?(?:\r\n|\r|\n)(?:\1|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)")
_REFERENCE_DEFINITION = compiled(r" {0,3}\[(?!\^)[^\]\r\n]+\]:[ \t]*\S")
# A paragraph ends at a blank line: inline code never runs across one.
_NOT_PARAGRAPH_BREAK = r"(?:(?!(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n))[\s\S])"
_LINK_DESTINATION = r"(?:<[^<>\r\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
_LINK_TITLE = r"""(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?"""

_MARKDOWN_INLINE = compiled(
    # Every alternative starts at one of these characters: a quick test before trying them.
    # A code span opens at a run of backticks no backslash escapes.
    r"(?=[`<\](\[])"
    rf"(?:(?P<code>(?<![`\\])(?P<ticks>`+)(?!`){_NOT_PARAGRAPH_BREAK}+?(?<!`)(?P=ticks)(?!`)|{_RAW_ELEMENT})"
    rf"|(?P<comment>{_COMMENT})"
    # An autolink, the target of an inline link or image, a reference label, a footnote mark.
    rf"|(?P<link_target><(?:[A-Za-z][A-Za-z0-9+.-]{{1,31}}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>"
    rf"|(?<=\])\(\s*{_LINK_DESTINATION}{_LINK_TITLE}\s*\)"
    rf"|(?<=\])\[[^\]\r\n]*\]|\[\^[^\]\r\n]+\])"
    rf"|(?P<tag>{_DECLARATION}|{_TAG}))",
    re.IGNORECASE,
)


def _markdown_regions(text: str) -> list[Region]:
    """Return the block regions (front matter, code blocks, definitions) and the inline ones in the prose.

    The blocks are CommonMark's, as markdown-it-py finds them: a fence opened inside a
    block quote or a list item ends with it, an escaped fence or one whose info string
    holds a backtick is prose. markdown-it reports blocks by line; each is mapped back
    to exact offsets of the original text here.
    """
    blocks: list[Region] = []
    front = _FRONT_MATTER.match(text)
    body = front.end() if front else 0
    if front:
        blocks.append(Region(0, front.end(), FRONT_MATTER))
    lines = [(line.start(), line.start() + len(line.group().rstrip("\r\n"))) for line in _LINE.finditer(text, body)]
    prose = _plain_paragraphs(text, lines)
    if prose is None:
        prose = _commonmark_blocks(text, body, lines, blocks)
    # A code span or a link never runs out of its paragraph (CommonMark): inline markup is
    # looked for in each prose span alone, between the blocks inside it.
    regions = [region for start, end in prose for region in _matches(_MARKDOWN_INLINE, text, start, end)]
    return _disjoint(sorted(blocks, key=lambda region: region.start), regions)


def _commonmark_blocks(text: str, body: int, lines: list[tuple[int, int]],
                       blocks: list[Region]) -> list[tuple[int, int]]:
    """Add to ``blocks`` the code blocks, list markers and reference definitions markdown-it finds in
    text[body:]; return the spans inline markup is read in: each paragraph, heading and HTML block."""
    covered = [False] * len(lines)  # lines some block holds: the rest may be link reference definitions
    prose = []
    for token in _commonmark().parse(text[body:]):
        if token.map is None:
            continue
        first, last = token.map
        if token.type in ("fence", "code_block", "inline", "html_block", "heading_open", "hr"):
            covered[first:last] = [True] * (last - first)
        if token.type in ("inline", "html_block"):
            prose.append((lines[first][0], _last_line(lines, first, last)[1]))
        elif token.type == "fence":
            blocks.append(_fence(text, lines, token, first, last))
        elif token.type == "code_block":  # indented: each line from its first character
            for start, end in lines[first:last]:
                content = text[start:end]
                if content.strip():
                    blocks.append(Region(start + len(content) - len(content.lstrip()), end, CODE))
        elif token.type == "list_item_open" and token.info:  # an ordered item's number: "10." is not ten
            start, end = lines[first]
            at = text.find(token.info + token.markup, start, end)
            if at >= 0:
                blocks.append(Region(at, at + len(token.info + token.markup), LIST_MARKER))
    for (start, end), held in zip(lines, covered):
        if not held and _REFERENCE_DEFINITION.match(text, start, end):
            blocks.append(Region(start, end, LINK_TARGET))
    return prose


# What a CommonMark block can open with, at the start of a line: an indent (code, or a
# paragraph's continuation), a heading, quote, list, rule, fence, HTML block, link reference
# definition or setext underline. A line opening with anything else is a paragraph's.
_BLOCK_OPENING = compiled(r"[ \t#>*+\-`~<\[=_]|[0-9]{1,9}[.)]")


def _plain_paragraphs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Return the paragraphs of a text in which no line opens a Markdown block, each as the span
    markdown-it reports it in; None when some line may open one (markdown-it is asked then).

    A draft without Markdown blocks, a one-paragraph one above all, is read without importing
    markdown-it, a tenth of the time such a check takes: its paragraphs are the runs of lines
    between blank ones (spaces and tabs only), just as markdown-it finds them.
    """
    prose, first = [], None
    for number, (start, end) in enumerate(lines):
        if not text[start:end].strip(" \t"):
            if first is not None:
                prose.append((lines[first][0], lines[number - 1][1]))
                first = None
        elif text[start].isspace() or _BLOCK_OPENING.match(text, start, end):
            return None
        elif first is None:
            first = number
    if first is not None:
        prose.append((lines[first][0], lines[-1][1]))
    return prose


def _last_line(lines: list[tuple[int, int]], first: int, last: int) -> tuple[int, int]:
    """Return the last line of lines[first:last] that is not blank (a block's map may end with blank lines)."""
    for start, end in reversed(lines[first + 1:last]):
        if end > start:
            return start, end
    return lines[first]


def _disjoint(blocks: list[Region], inline: list[Region]) -> list[Region]:
    """Return the blocks and the inline regions, in order, leaving out any region that overlaps the one before.

    Where a block and an inline region overlap, the block is kept.
    """
    merged: list[Region] = []
    for _, inline_region, region in sorted([(r.start, False, r) for r in blocks] + [(r.start, True, r) for r in inline],
                                           key=lambda item: item[:2]):
        if merged and region.start < merged[-1].end:
            if inline_region:
                continue
            merged.pop()
        merged.append(region)
    return merged


def _fence(text: str, lines: list[tuple[int, int]], token, first: int, last: int) -> Region:
    """Return the region of a fenced code block: from its opening marker (and the spaces before it) to its end."""
    start, end = lines[first]
    at = text.find(token.markup, start, end)
    if not text[start:at].strip():  # the fence's indentation is part of it, not a quote's or an item's marker
        at = start
    closing = rf"[ \t>]*{re.escape(token.markup[0])}{{{len(token.markup)},}}[ \t]*"
    last_start, end = _last_line(lines, first, last)
    unclosed = last - first < 2 or not re.fullmatch(closing, text[last_start:end])
    if unclosed and not text[end:].strip():  # an unclosed fence runs to the end of the document
        return Region(at, len(text), CODE)
    return Region(at, end, CODE)


@functools.cache
def _commonmark():
    from markdown_it import MarkdownIt  # noqa: PLC0415  (lazy: only Markdown needs it)

    # Only the blocks are wanted: inline markup is found by _MARKDOWN_INLINE, on the original text.
    return MarkdownIt("commonmark").disable("inline")


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
