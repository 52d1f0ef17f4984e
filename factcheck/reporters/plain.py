"""One line per finding, ``path:line:col: verdict: message``: for editors' quickfix lists and grep."""

from __future__ import annotations

from typing import TextIO

from factcheck.kinds import Verdict
from factcheck.positions import LineIndex
from factcheck.report import Report
from factcheck.reporters.messages import describe, one_line, unused_by_path

UNUSED_SUPPRESSION = "unused-suppression"


def write_findings(report: Report, stream: TextIO, *, color: bool | None = None,  # noqa: ARG001  (no colour)
                   show_unmatched: bool = False) -> None:
    """Write each finding (unmatched ones only when asked) and each unused suppression, file by file."""
    for document, entries in events(report, show_unmatched):
        lines = LineIndex(document.text)
        for offset, kind, message in entries:
            line, column = lines.locate(offset)
            stream.write(f"{one_line(document.path)}:{line}:{column}: {kind}: {message}\n")


def events(report: Report, show_unmatched: bool):
    """Yield each document with its (offset, kind, message) entries in the order they appear."""
    unused = unused_by_path(report)
    for document, findings in report.results:
        entries = [
            (finding.figure.start, finding.verdict, describe(finding))
            for finding in findings
            if show_unmatched or finding.verdict != Verdict.UNMATCHED
        ]
        entries += [
            (s.comment_start, UNUSED_SUPPRESSION, f"{one_line(s.comment)} silences nothing")
            for s in unused.get(document.path, ())
        ]
        if entries:
            yield document, sorted(entries, key=lambda entry: entry[0])
