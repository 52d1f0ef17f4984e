"""One-line descriptions of findings, shared by the machine formats (plain, github, sarif), and one_line.

>>> from factcheck.check import read_figures
>>> figure, context = read_figures("They counted 15,000 soldiers.")[0]
>>> describe(Finding(figure, context, "unmatched"))
'"15,000" matches no claim in the registry'
"""

from __future__ import annotations

import re

from factcheck.figures import Figure
from factcheck.kinds import Verdict
from factcheck.positions import LineIndex
from factcheck.regexes import compiled
from factcheck.report import Finding, Report

_HEADLINES = {
    Verdict.AGREE: "agrees with every source of",
    Verdict.CONFLICT: "conflicts with every source of",
    Verdict.MIXED: "is disputed by the sources of",
}


def describe(finding: Finding) -> str:
    """Return what a finding says, with every source's figure, on one line (see one_line)."""
    quoted = f'"{one_line(finding.figure.text)}"'
    if finding.inconsistency is not None:
        return one_line(f"{quoted} contradicts the text's own figures ({finding.inconsistency.relation}): "
                        f"{finding.inconsistency.message}")
    if finding.claim is None:
        return f"{quoted} matches no claim in the registry"
    parts = []
    for judged in finding.sources:
        source = judged.source
        said = f"{source.value} per {source.name}" + (f" ({source.date})" if source.date else "")
        if finding.verdict == Verdict.MIXED:
            said = f"{'agrees' if judged.verdict == Verdict.AGREE else 'conflicts'} with {said}"
        parts.append(said)
    # The registry's strings are an untrusted input too: a newline in a source's name must not start a line.
    return one_line(f"{quoted} {_HEADLINES[finding.verdict]} {finding.claim.id}: {'; '.join(parts)}")


def unused_by_path(report: Report) -> dict:
    """Return the report's unused suppressions, listed under their document's path."""
    unused: dict = {}
    for document, suppression in report.unused_suppressions or ():
        unused.setdefault(document.path, []).append(suppression)
    return unused


def span(lines: LineIndex, figure: Figure) -> tuple[int, int, int, int]:
    """Return a figure's 1-based start line and column and its end line and column (exclusive)."""
    return (*lines.locate(figure.start), *lines.locate(figure.end))


# Characters a terminal, a CI log or GitHub's workflow-command reader may act on rather than
# show. Line breaks (every one str.splitlines knows) end a line, and so could start a forged
# `::error` command; the other C0 and C1 controls and DEL drive a terminal (ESC starts the
# sequences that erase a line or set the clipboard); the bidirectional controls reorder what
# is shown; a lone surrogate is a byte of a file name that is not UTF-8 (surrogateescape)
# and cannot be written as UTF-8 at all.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK_RUN = compiled(rf"\s*[{_LINE_BREAKS}]+\s*")
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = compiled(rf"[\x00-\x08\x0e-\x1b\x1f\x7f-\x9f{_BIDI_CONTROLS}\ud800-\udfff]")
# In JSON text, where the encoder has already escaped C0 controls and line breaks.
_UNSAFE_IN_JSON = compiled(rf"[\x7f-\x9f{_BIDI_CONTROLS}\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    r"""Return text safe to write on one line of a terminal, a log or a workflow command.

    Each run of whitespace holding a line break becomes one space, and a tab a space.
    Every other control character, C0 or C1, and every bidirectional control is shown
    as an escape, so an escape sequence prints as text and does nothing. A byte of a
    file name that is not UTF-8 (read by Python as a lone surrogate) is shown as
    ``\xNN``, the byte it was; any other lone surrogate as ``\uNNNN``.

    >>> one_line("3 days\n  and::error::x\ttab\x1b[2K\u202edone caf\udce9.md")
    '3 days and::error::x tab\\x1b[2K\\u202edone caf\\xe9.md'
    """
    return _UNSAFE.sub(_shown, _BREAK_RUN.sub(" ", text).replace("\t", " "))


def json_safe(json_text: str) -> str:
    r"""Return JSON text (dumped with ``ensure_ascii=False``) with nothing a terminal acts on.

    The strings keep their values: DEL, C1 controls, bidirectional controls and U+2028/9
    are written as JSON ``\uNNNN`` escapes. A lone surrogate cannot be written as UTF-8,
    so the string holds instead what one_line shows for it: a file name's byte as ``\xNN``.

    >>> json_safe('{"path": "caf\udce9.md", "note": "\u202e21"}')
    '{"path": "caf\\\\xe9.md", "note": "\\u202e21"}'
    """
    return _UNSAFE_IN_JSON.sub(_escaped_in_json, json_text)


def _shown(match: re.Match) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte Python's surrogateescape kept from a file name
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _escaped_in_json(match: re.Match) -> str:
    code = ord(match.group())
    return "\\" + _shown(match) if 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"
