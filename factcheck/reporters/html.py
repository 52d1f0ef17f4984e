"""One self-contained HTML page: each document as it reads, every figure marked by its verdict.

A figure is a button coloured, marked with an icon and underlined in its verdict's
style (so it reads without colour, and in print); pressing it shows a panel with its
claim, each source's figure, name, date, note and link, and why it agrees or not.
The page loads nothing: its style and script are inline and allowed by hash in a
Content-Security-Policy that allows nothing else.

Everything a draft, a registry or a file name holds is untrusted. It is written only
as HTML-escaped text (html.escape, quotes too, in attributes as well), never into the
script, which reads only the page's own markup; a source's link is written only when
it is plain http(s).

>>> import io
>>> from factcheck.report import Document, Report
>>> page = io.StringIO()
>>> write_findings(Report(("claims.yaml",), [(Document("<b>.md", "No figures."), [])]), page)
>>> "&lt;b&gt;.md" in page.getvalue(), "<b>" in page.getvalue()
(True, False)
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from html import escape
from importlib.resources import files
from typing import Iterable, TextIO

from factcheck.kinds import Verdict
from factcheck.positions import LineIndex
from factcheck.regexes import compiled
from factcheck.report import Document, Finding, Report
from factcheck.reporters.messages import one_line


@dataclass(frozen=True, slots=True)
class VerdictStyle:
    """How a verdict is marked: an icon, words, an underline style, a colour and a light tint."""

    icon: str
    words: str
    line: str  # a CSS text-decoration-style: each verdict its own, so print and colour-blind readers tell them apart
    colour: str
    tint: str


#: Each verdict's marks, in the order the summary lists them; a new verdict is one line here.
VERDICT_STYLES = {
    Verdict.CONFLICT: VerdictStyle("\u2717", "conflicts with every source of its claim", "wavy", "#cf222e", "#ffebe9"),
    Verdict.INCONSISTENT: VerdictStyle("\u2260", "contradicts the text's own figures", "double", "#8250df", "#fbefff"),
    Verdict.MIXED: VerdictStyle("\u25d0", "is disputed by the sources of its claim", "dashed", "#9a6700", "#fff4d4"),
    Verdict.UNMATCHED: VerdictStyle("?", "matches no claim in the registry", "dotted", "#57606a", "#eef1f4"),
    Verdict.AGREE: VerdictStyle("\u2713", "agrees with every source of its claim", "solid", "#1a7f37", "#e6f4ea"),
}
#: A verdict no line above names yet is still shown, plainly.
OTHER_STYLE = VerdictStyle("\u2022", "has this verdict", "double", "#6639ba", "#f3eefc")

_STYLE = "".join(
    f".v-{name}{{--colour:{style.colour};--tint:{style.tint};--line:{style.line}}}"
    for name, style in {**{"other": OTHER_STYLE}, **VERDICT_STYLES}.items()
) + "\n" + files("factcheck.reporters").joinpath("html.css").read_text(encoding="utf-8")
_SCRIPT = files("factcheck.reporters").joinpath("html.js").read_text(encoding="utf-8")


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


#: Nothing is loaded and nothing runs but this page's own style and script.
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src {_hash(_STYLE)}; script-src {_hash(_SCRIPT)}; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)

# What a browser could act on or show misleadingly in a draft's text: C0 and C1 controls
# but tab and line breaks, DEL, the bidirectional controls (which reorder what is shown),
# and lone surrogates (a file name's byte that is not UTF-8, which no page can hold).
_UNSAFE_IN_TEXT = compiled("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_WEB_LINK = compiled(r"https?://[^\x00-\x20\x7f\"'<>\\`]+", re.IGNORECASE)


def write_findings(report: Report, stream: TextIO, *, color: bool | None = None,  # noqa: ARG001  (always colour)
                   show_unmatched: bool = False) -> None:
    """Write the report as one HTML page; unmatched figures are marked, and shown at first when asked."""
    results = [(document, list(findings)) for document, findings in report.results]
    counts = {verdict: 0 for verdict in VERDICT_STYLES}
    for _, findings in results:
        for finding in findings:
            counts[finding.verdict] = counts.get(finding.verdict, 0) + 1
    numbered = _number(results)
    parts = [_head(results), _header(report, results, counts, show_unmatched), '<div class="layout"><main>']
    parts += [_document(index, document, findings, numbered) for index, (document, findings) in enumerate(results, 1)]
    parts.append('</main>\n<aside aria-labelledby="details-title"><h2 id="details-title">Details</h2>\n'
                 '<p class="empty" id="details-empty">Choose a figure, or press <kbd>n</kbd>, to see its sources.</p>\n')
    parts += [_details(numbered[id(finding)], document, finding)
              for document, findings in results for finding in findings]
    parts.append(f"</aside></div>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n")
    # Pure ASCII (every other character as a reference), so the page survives any stream's encoding.
    stream.write("".join(parts).encode("ascii", "xmlcharrefreplace").decode("ascii"))


def _number(results: list[tuple[Document, list[Finding]]]) -> dict[int, int]:
    """Return each finding's number on the page, in reading order, by the finding's identity."""
    numbers: dict[int, int] = {}
    for _, findings in results:
        for finding in sorted(findings, key=lambda f: (f.figure.start, -f.figure.end)):
            numbers[id(finding)] = len(numbers) + 1
    return numbers


def _head(results: list[tuple[Document, list[Finding]]]) -> str:
    names = [_text(one_line(document.path)) for document, _ in results]
    title = "factcheck report" + (f": {names[0]}" if len(names) == 1 else f": {len(names)} documents" if names else "")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
    )


def _header(report: Report, results, counts: dict[str, int], show_unmatched: bool) -> str:
    registries = ", ".join(_text(one_line(path)) for path in report.registry_paths) or "no registry"
    summary = ", ".join(f"{count} {verdict}" for verdict, count in counts.items())
    chips = "".join(
        f'<label class="chip {_class(verdict)}"><input type="checkbox" data-verdict="{_text(verdict)}"'
        f'{"" if verdict == Verdict.UNMATCHED and not show_unmatched else " checked"}>'
        f'<span aria-hidden="true">{_style(verdict).icon}</span><span class="count">{count}</span> {_text(verdict)}</label>'
        for verdict, count in counts.items()
    )
    return (
        '<header>\n<h1>factcheck report</h1>\n'
        f'<p class="meta">{len(results)} document{"" if len(results) == 1 else "s"} checked against {registries}: '
        f'{summary}.</p>\n<div class="controls">\n<fieldset><legend>Show</legend>{chips}</fieldset>\n'
        '<div class="nav"><button type="button" id="previous-problem">Previous problem</button> '
        '<button type="button" id="next-problem">Next problem</button></div>\n'
        '<p class="keys"><kbd>n</kbd>/<kbd>j</kbd> next problem, <kbd>p</kbd>/<kbd>k</kbd> previous, '
        '<kbd>Tab</kbd> every figure, <kbd>Esc</kbd> closes the details</p>\n</div>\n'
        f"{_notes(report)}</header>\n"
    )


def _notes(report: Report) -> str:
    """Return what the check could not do or left out, as a list (or nothing)."""
    notes = [f"{_text(one_line(reason))}; not checked" for _, reason in report.skipped]
    notes += [_text(one_line(warning)) for warning in report.warnings]
    notes += [f"{_text(one_line(document.path))}: {_text(one_line(s.comment))} silences nothing"
              for document, s in report.unused_suppressions or ()]
    for count, what in ((report.suppressed, "suppressed by comments"), (report.baselined, "left out as in the baseline"),
                        (report.claims_left_out, "claims left out by --tags")):
        if count:
            notes.append(f"{count} {what}")
    return f'<ul class="notes">{"".join(f"<li>{note}</li>" for note in notes)}</ul>\n' if notes else ""


def _document(index: int, document: Document, findings: list[Finding], numbered: dict[int, int]) -> str:
    """Return a document's text with each finding's figure as a button, in reading order."""
    text, pieces, cursor = document.text, [], 0
    # The other figures of an inconsistency ("3,000 of the 11,000"; the earlier "12,000") are
    # marked too, each pointing at the finding it belongs to.
    marks = [(figure, finding) for finding in findings if finding.inconsistency is not None
             for figure in finding.inconsistency.inputs]
    spans = [(finding.figure, finding) for finding in findings] + marks
    involved = {id(figure) for figure, _ in marks}
    for figure, finding in sorted(spans, key=lambda pair: (pair[0].start, -pair[0].end, id(pair[0]) in involved)):
        if figure.start < cursor:  # overlaps the figure before it: its panel is still listed
            continue
        if id(figure) in involved:
            pieces.append(_text(text[cursor:figure.start]))
            pieces.append(f'<mark class="involved {_class(finding.verdict)}" data-finding="finding-{numbered[id(finding)]}" '
                          f'title="{_text(one_line(finding.inconsistency.message))}">'
                          f'{_text(text[figure.start:figure.end])}</mark>')
            cursor = figure.end
            continue
        number, style = numbered[id(finding)], _style(finding.verdict)
        problem = "" if finding.verdict == Verdict.AGREE else " data-problem"
        pieces.append(_text(text[cursor:figure.start]))
        pieces.append(
            f'<button type="button" class="figure {_class(finding.verdict)}" id="figure-{number}" '
            f'data-verdict="{_text(finding.verdict)}"{problem} aria-expanded="false" aria-controls="finding-{number}">'
            f'<span class="icon" aria-hidden="true">{style.icon}</span>{_text(text[figure.start:figure.end])}'
            f'<span class="sr"> ({_text(finding.verdict)})</span></button>'
        )
        cursor = figure.end
    pieces.append(_text(text[cursor:]))
    name = _text(one_line(document.path))
    return (f'<section class="document" aria-labelledby="document-{index}"><h2 id="document-{index}">{name}</h2>\n'
            f'<div class="text">{"".join(pieces)}</div></section>\n')


def _details(number: int, document: Document, finding: Finding) -> str:
    """Return the panel of one finding: where, the claim, each source and why."""
    line, column = LineIndex(document.text).locate(finding.figure.start)
    style = _style(finding.verdict)
    parts = [
        f'<section class="details {_class(finding.verdict)}" id="finding-{number}" aria-labelledby="finding-{number}-title" hidden>',
        f'<h3 id="finding-{number}-title"><span class="icon" aria-hidden="true">{style.icon}</span> '
        f'{_text(finding.verdict)}: \u201c{_text(one_line(finding.figure.text))}\u201d</h3>',
        f'<p class="where">{_text(one_line(document.path))}, line {line}, column {column}</p>',
        f"<p>The figure {style.words}.</p>",
    ]
    if finding.inconsistency is not None:
        lines = LineIndex(document.text)
        involved = "".join(f"<li>\u201c{_text(one_line(figure.text))}\u201d, line {lines.locate(figure.start)[0]}</li>"
                           for figure in finding.inconsistency.inputs)
        parts.append(f"<p>{_text(one_line(finding.inconsistency.message))}</p>")
        parts.append(f'<h4>With</h4>\n<ul class="involved">{involved}</ul>')
    if finding.claim is None:
        if finding.near is not None:
            parts.append(f"<p>Closest claim: <code>{_text(finding.near.claim.id)}</code>, "
                         f"{_text(finding.near.claim.about)} (score {finding.near.score:.0f}, below the threshold)</p>")
    else:
        parts.append(f"<p>Claim <code>{_text(finding.claim.id)}</code>: {_text(finding.claim.about)}</p>")
        rules = finding.explanation.rules if finding.explanation else ()
        parts.append(f'<h4>Sources</h4>\n<ol class="sources">{"".join(_sources(finding, rules))}</ol>')
        if finding.newer:
            newer = "; ".join(_said_by(source) for source in finding.newer)
            parts.append(f"<p>Newer than every source it agrees with: {newer}</p>")
    parts.append("</section>\n")
    return "\n".join(parts)


def _sources(finding: Finding, rules: tuple[str, ...]) -> Iterable[str]:
    for index, judged in enumerate(finding.sources):
        source, style = judged.source, _style(judged.verdict)
        lines = [f'<span class="icon" aria-hidden="true">{style.icon}</span> {_text(judged.verdict)}: '
                 f"<strong>{_text(source.value)}</strong> per {_said_by(source)}"]
        if source.note:
            lines.append(f'<span class="note">Note: {_text(source.note)}</span>')
        if source.url:
            lines.append(_link(source.url))
        if index < len(rules):
            lines.append(f'<span class="why">Why: {_text(rules[index])}</span>')
        yield f'<li class="source {_class(judged.verdict)}">{"<br>".join(lines)}</li>'


def _said_by(source) -> str:
    return _text(source.name) + (f" ({_text(source.date)})" if source.date else "")


def _link(url: str) -> str:
    """Return a source's link: an anchor only for a plain http(s) address, else the address as text."""
    if _WEB_LINK.fullmatch(url):
        return f'<a href="{_text(url)}" rel="noopener noreferrer" target="_blank">{_text(url)}</a>'
    return f'<span class="note">Link (not http or https, so not linked): {_text(one_line(url))}</span>'


def _style(verdict: str) -> VerdictStyle:
    return VERDICT_STYLES.get(verdict, OTHER_STYLE)


def _class(verdict: str) -> str:
    return f"v-{verdict}" if verdict in VERDICT_STYLES else "v-other"


def _text(text: str) -> str:
    r"""Return untrusted text as HTML text or attribute value: escaped, controls shown as escapes.

    >>> _text('"><img src=x onerror=alert(1)>\u202e\x00')
    '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\\u202e\\x00'
    """
    return escape(_UNSAFE_IN_TEXT.sub(_shown, str(text)), quote=True)


def _shown(match: re.Match) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte Python's surrogateescape kept from a file name
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
