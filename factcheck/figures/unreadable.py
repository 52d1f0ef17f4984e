r"""Find the numbers the extractor leaves out rather than read a part of them.

A number written with a decimal comma ("7,7%"), with an invisible character inside it
("12\u200b000", a soft hyphen, a word joiner) or beside a bidirectional control (or
within the reach of one, where the digits shown may not be the digits read) would be
read as another value: "7%", "12". The extractor drops every figure that overlaps one
of these numbers, and the command line warns of each, naming its line and column.

>>> [(n.text, n.reason) for n in unreadable_numbers("Inflation was 7,7% in May.")]
[('7,7%', 'number with a decimal comma')]
>>> [(n.text, n.reason) for n in unreadable_numbers("They sent 12\u00ad000 troops.")]
[('12\xad000', 'number with a soft hyphen (U+00AD)')]
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from factcheck import lexicon
from factcheck.figures.pattern import SKIP
from factcheck.regexes import compiled

_FRACTIONS = "".join(lexicon.VULGAR_FRACTIONS)
_INVISIBLE = "".join(lexicon.INVISIBLE_CHARACTERS)
_BIDI = lexicon.BIDI_OPENERS + lexicon.BIDI_CLOSERS + lexicon.BIDI_MARKS
_RARE = _INVISIBLE + _BIDI
_SEPARATORS = ".,'’\u00a0\u202f\u2009"
_CURRENCY_SIGNS = "$€£¥₹₽₩"

# A comma before one or two digits that end the number: "7,7%", "3,25 million"; not the
# groups of "7,700" or "12,34,567", nor "1,5,6" or the score "1-6,4-6". What stands before
# its digits is checked apart (_NOT_BEFORE_DECIMAL_COMMA): a pattern opening with a
# literal comma is scanned for in C, one opening with a look-behind is not.
_DECIMAL_COMMA = compiled(r",\d{1,2}(?!\d|[,.]\d|[-–]\d)")
_NOT_BEFORE_DECIMAL_COMMA = compiled(r"[\w,.\-–/:]")
# An invisible character between the digits of a number, its grouping or its percent sign.
_INVISIBLE_INSIDE = compiled(
    rf"[\d{_FRACTIONS}][{_SEPARATORS}]?(?P<invisible>[{_INVISIBLE}])[{_INVISIBLE}]*"
    rf"(?=[{_SEPARATORS}]?[\d{_FRACTIONS}%％٪])"
    rf"|[{_CURRENCY_SIGNS}](?P<invisible_after_sign>[{_INVISIBLE}])[{_INVISIBLE}]*(?=\d)"
)
_BIDI_CONTROL = compiled(f"[{_BIDI}]")
_LINE_BREAK = compiled(r"[\n\r\u2029]")
_DIGIT = compiled(rf"[\d{_FRACTIONS}]")
# What may touch a bidirectional control and be part of a number: "\u202e0001", "5%\u202c".
_NUMBER_AFTER = compiled(rf"[\d{_FRACTIONS}{_CURRENCY_SIGNS}]|[.\-−]\d")
_NUMBER_BEFORE = compiled(rf"[\d{_FRACTIONS}%％٪]")
_PERCENT_AFTER = compiled(r"\s?[%％٪]")


@dataclass(frozen=True, slots=True)
class UnreadableNumber:
    """A number left out of the figures of a text: its span, its text and why."""

    start: int
    end: int
    text: str
    reason: str  # "number with a decimal comma", "number with a soft hyphen (U+00AD)"


def unreadable_numbers(text: str) -> list[UnreadableNumber]:
    """Return the numbers of ``text`` that cannot be read faithfully, in order, none overlapping."""
    found: list[tuple[int, int, str]] = []
    if "," in text:
        for comma in _DECIMAL_COMMA.finditer(text):
            found.extend(_decimal_comma(text, comma.start()))
    # Speed: the characters below are rare, and looking for each in a text is quicker
    # than one search for all of them; an ASCII text holds none.
    if not text.isascii() and any(character in text for character in _RARE):
        for inside in _INVISIBLE_INSIDE.finditer(text):
            character = inside.group("invisible") or inside.group("invisible_after_sign")
            name = lexicon.INVISIBLE_CHARACTERS[character]
            found.append((*_number_around(text, inside.start(), inside.end()),
                          f"number with a {name} ({_code(character)})"))
        found.extend(_beside_bidi_controls(text))
    if found:
        found = _outside_code_and_urls(text, found)
    return _without_overlaps(text, found)


def overlapping(numbers: list[UnreadableNumber], ends: list[int], start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` overlaps one of ``numbers`` (in order; ``ends``
    their ends, for a binary search)."""
    index = bisect.bisect_right(ends, start)
    return index < len(numbers) and numbers[index].start < end


def _decimal_comma(text: str, comma: int) -> list[tuple[int, int, str]]:
    """Return the number whose decimal comma is at ``comma``, if digits stand before it."""
    first = comma
    while first > 0 and text[first - 1].isdigit():
        first -= 1
    if first == comma or (first > 0 and _NOT_BEFORE_DECIMAL_COMMA.match(text, first - 1)):
        return []  # "a,12", "1.5,25", "1-6,4": no number with a decimal comma
    return [(*_number_around(text, first, comma + 1), "number with a decimal comma")]


def _beside_bidi_controls(text: str) -> list[tuple[int, int, str]]:
    """Return the numbers beside a bidirectional control, or within the reach of one that
    opens an embedding, an override or an isolate (up to the control that closes it, or the
    end of the line)."""
    found = []
    reach_start, depth, opener = 0, 0, ""
    reaches = []
    for control in _BIDI_CONTROL.finditer(text):
        at, character = control.start(), control.group()
        if depth:
            line_break = _LINE_BREAK.search(text, reach_start, at)
            if line_break:
                reaches.append((reach_start, line_break.start(), opener))
                depth = 0
        if character in lexicon.BIDI_OPENERS:
            if not depth:
                reach_start, opener = at, character
            depth += 1
        elif character in lexicon.BIDI_CLOSERS and depth:
            depth -= 1
            if not depth:
                reaches.append((reach_start, at + 1, opener))
        reason = f"number beside a bidirectional control ({_code(character)})"
        if at and _NUMBER_BEFORE.match(text, at - 1):
            found.append((*_number_around(text, at - 1, at), reason))
        after = _NUMBER_AFTER.match(text, at + 1)
        if after:
            found.append((*_number_around(text, after.end() - 1, after.end()), reason))
    if depth:
        line_break = _LINE_BREAK.search(text, reach_start)
        reaches.append((reach_start, line_break.start() if line_break else len(text), opener))
    for start, end, character in reaches:
        reason = f"number within the reach of a bidirectional control ({_code(character)})"
        digit = _DIGIT.search(text, start, end)
        while digit:
            number_start, number_end = _number_around(text, digit.start(), digit.end())
            found.append((number_start, number_end, reason))
            digit = _DIGIT.search(text, max(number_end, digit.end()), end)
    return found


def _number_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the whole number ``text[start:end]`` is part of: its digits,
    grouping, invisible characters, currency sign and percent sign."""
    while start > 0 and _in_number(text[start - 1]):
        start -= 1
    if start > 0 and text[start - 1] in _CURRENCY_SIGNS:
        start -= 1
    while end < len(text) and _in_number(text[end]):
        end += 1
    percent = _PERCENT_AFTER.match(text, end)
    if percent:
        end = percent.end()
    while end - start > 1 and text[end - 1] in _SEPARATORS:
        end -= 1  # the full stop or comma after the number
    while end - start > 1 and text[start] in _SEPARATORS[1:]:
        start += 1
    return start, end


def _in_number(character: str) -> bool:
    return character.isdigit() or character in _FRACTIONS or character in _SEPARATORS or character in _RARE


def _outside_code_and_urls(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return the numbers found that are not in inline code, a code block or a URL: the
    extractor reads no figure there."""
    skipped = [match.span() for match in SKIP.finditer(text)]
    if not skipped:
        return found
    ends = [end for _, end in skipped]
    kept = []
    for number in found:
        index = bisect.bisect_right(ends, number[0])
        if index == len(skipped) or skipped[index][0] >= number[1]:
            kept.append(number)
    return kept


def _code(character: str) -> str:
    return f"U+{ord(character):04X}"


def _without_overlaps(text: str, found: list[tuple[int, int, str]]) -> list[UnreadableNumber]:
    """Return the numbers found in order, each once: of two that overlap, the first found."""
    numbers: list[UnreadableNumber] = []
    for start, end, reason in sorted(found, key=lambda number: number[0]):
        if numbers and start < numbers[-1].end:
            if end > numbers[-1].end:
                last = numbers[-1]
                numbers[-1] = UnreadableNumber(last.start, end, text[last.start:end], last.reason)
            continue
        numbers.append(UnreadableNumber(start, end, text[start:end], reason))
    return numbers
