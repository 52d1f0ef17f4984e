"""GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff.

Conflicts are errors, mixed verdicts warnings, unmatched figures notices (only when
asked for); figures that agree are not annotated.
"""

from __future__ import annotations

from typing import TextIO

from factcheck.kinds import Verdict
from factcheck.positions import LineIndex
from factcheck.report import Report
from factcheck.reporters.messages import describe, one_line, span, unused_by_path

_LEVEL = {Verdict.CONFLICT: "error", Verdict.INCONSISTENT: "error", Verdict.MIXED: "warning", Verdict.UNMATCHED: "notice"}


def write_findings(report: Report, stream: TextIO, *, color: bool | None = None,  # noqa: ARG001  (no colour)
                   show_unmatched: bool = False) -> None:
    """Write one ``::error``/``::warning``/``::notice`` command per problem."""
    unused = unused_by_path(report)
    for document, findings in report.results:
        lines = LineIndex(document.text)
        commands = []
        for finding in findings:
            if finding.verdict not in _LEVEL or (finding.verdict == Verdict.UNMATCHED and not show_unmatched):
                continue
            title = f"{finding.verdict} ({finding.claim.id})" if finding.claim else finding.verdict
            position = span(lines, finding.figure)
            commands.append((finding.figure.start, _command(_LEVEL[finding.verdict], document.path, position, title, describe(finding))))
        for suppression in unused.get(document.path, ()):
            position = (*lines.locate(suppression.comment_start), *lines.locate(suppression.comment_end))
            message = f"{one_line(suppression.comment)} silences nothing"
            commands.append((suppression.comment_start, _command("warning", document.path, position, "unused suppression", message)))
        for _, command in sorted(commands, key=lambda c: c[0]):
            stream.write(command + "\n")


def _command(level: str, path: str, position: tuple[int, int, int, int], title: str, message: str) -> str:
    line, column, end_line, end_column = position
    properties = {"file": path, "line": line, "col": column, "endLine": end_line, "endColumn": end_column, "title": title}
    # GitHub reads the position only on one line: an annotation across lines keeps its lines.
    if end_line != line:
        del properties["col"], properties["endColumn"]
    joined = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {joined}::{_escape_data(message)}"


def _escape_data(text: str) -> str:
    """Return text as a workflow command's message: one line, controls shown, escaped as GitHub's runner unescapes."""
    return one_line(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """Return text as a workflow command's property value (file, title): also without ':' or ','."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
