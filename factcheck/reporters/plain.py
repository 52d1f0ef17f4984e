"""One line per finding, ``path:line:col: verdict: message``: for editors' quickfix lists and grep.

Like github, it lists what needs attention: the findings at or above the level that
fails the check (mixed and conflict with ``--fail-on never``), unmatched figures when
asked for, and every finding with ``--show-all``.
"""

from __future__ import annotations

from typing import TextIO

from factcheck.config import DEFAULTS
from factcheck.kinds import SEVERITY, Verdict
from factcheck.positions import LineIndex
from factcheck.report import Report
from factcheck.reporters.messages import describe, one_line, unused_by_path

UNUSED_SUPPRESSION = "unused-suppression"
#: The least serious verdict listed when the check never fails.
LEAST_WHEN_NEVER = Verdict.MIXED


def write_findings(report: Report, stream: TextIO, *, color: bool | None = None,  # noqa: ARG001  (no colour)
                   show_unmatched: bool = False, fail_on: str = DEFAULTS["fail-on"], show_all: bool = False) -> None:
    """Write each finding at or above ``fail_on`` (unmatched ones only when asked; all with ``show_all``)
    and each unused suppression, file by file."""
    least = Verdict.AGREE if show_all else LEAST_WHEN_NEVER if fail_on == "never" else Verdict(fail_on)
    for document, entries in events(report, show_unmatched or show_all, least):
        lines = LineIndex(document.text)
        for offset, kind, message in entries:
            line, column = lines.locate(offset)
            stream.write(f"{one_line(document.path)}:{line}:{column}: {kind}: {message}\n")


def events(report: Report, show_unmatched: bool, least: str = Verdict.AGREE):
    """Yield each document with its (offset, kind, message) entries in the order they appear:
    the findings at ``least``'s level or above, unmatched ones whenever ``show_unmatched``."""
    unused = unused_by_path(report)
    for document, findings in report.results:
        entries = [
            (finding.figure.start, finding.verdict, describe(finding))
            for finding in findings
            if (show_unmatched if finding.verdict == Verdict.UNMATCHED
                else SEVERITY.get(finding.verdict, SEVERITY[Verdict.CONFLICT]) >= SEVERITY[least])
        ]
        entries += [
            (s.comment_start, UNUSED_SUPPRESSION, f"{one_line(s.comment)} silences nothing")
            for s in unused.get(document.path, ())
        ]
        if entries:
            yield document, sorted(entries, key=lambda entry: entry[0])
