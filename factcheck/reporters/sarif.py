"""SARIF 2.1.0, the static-analysis exchange format GitHub code scanning reads.

One rule per verdict that is a problem (conflict, inconsistent, mixed, unmatched), and one for
unused suppression comments when they are asked for. Each result points at the
figure's exact region and its message carries every source's figure. Figures that
agree are not results.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import PurePath
from typing import TextIO
from urllib.parse import quote

from factcheck import __version__
from factcheck.baseline import entry_for
from factcheck.positions import LineIndex
from factcheck.report import Report
from factcheck.reporters.messages import describe, json_safe, one_line, span, unused_by_path

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
UNUSED_SUPPRESSION = "unused-suppression"

# id: (name, level, short description, full description)
RULES = {
    "conflict": (
        "FigureConflictsWithSources", "error",
        "A quoted figure conflicts with every source of its claim.",
        "The figure is matched to a claim of the registry, and none of that claim's sources states a figure it can agree with, after allowing for rounding and hedges.",
    ),
    "mixed": (
        "SourcesDisagreeOnFigure", "warning",
        "The sources of a quoted figure's claim disagree about it.",
        "The figure agrees with some sources of its claim and conflicts with others: say which source the figure comes from.",
    ),
    "inconsistent": (
        "FiguresContradictEachOther", "error",
        "A figure contradicts other figures of the same sentence.",
        "The sentence ties the figure to others (a share, a change, a total or a rate) and the arithmetic does not hold, after allowing for rounding and hedges.",
    ),
    "unmatched": (
        "FigureMatchesNoClaim", "note",
        "No claim in the registry covers a quoted figure.",
        "The figure could not be matched to any claim of the registry, so it was not checked; add the claim to the registry if it should be.",
    ),
    UNUSED_SUPPRESSION: (
        "UnusedSuppression", "warning",
        "A suppression comment silences nothing.",
        "A factcheck suppression comment covers no finding it could silence: remove it, or fix the claim id it names.",
    ),
}


def write_findings(report: Report, stream: TextIO, *, color: bool | None = None,  # noqa: ARG001
                   show_unmatched: bool = True) -> None:  # noqa: ARG001  (no colour; unmatched always listed)
    """Write the report as one SARIF log with one run."""
    rule_ids = list(RULES) if report.unused_suppressions is not None else list(RULES)[:-1]
    results = []
    unused = unused_by_path(report)
    for document, findings in report.results:
        lines = LineIndex(document.text)
        located = []
        for finding in findings:
            if finding.verdict not in RULES:
                continue
            entry = entry_for(document.path, document.text, finding)
            # v1 hashes the entry's repr as it read when verdicts were plain strings: keep it so.
            fingerprint = hashlib.sha256(repr(replace(entry, verdict=str(entry.verdict))).encode()).hexdigest()
            result = _result(finding.verdict, rule_ids, describe(finding), document.path, span(lines, finding.figure), finding.figure.text)
            result["partialFingerprints"] = {"factcheckFinding/v1": fingerprint}
            located.append((finding.figure.start, result))
        for suppression in unused.get(document.path, ()):
            position = (*lines.locate(suppression.comment_start), *lines.locate(suppression.comment_end))
            message = f"{one_line(suppression.comment)} silences nothing"
            located.append((suppression.comment_start, _result(UNUSED_SUPPRESSION, rule_ids, message, document.path, position, suppression.comment)))
        results.extend(result for _, result in sorted(located, key=lambda item: item[0]))
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck",
                "version": __version__,
                "rules": [_rule(rule_id) for rule_id in rule_ids],
            }},
            # Columns count characters (code points), as factcheck's offsets do.
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [_invocation(report)],
        }],
    }
    stream.write(json_safe(json.dumps(log, ensure_ascii=False, indent=2)))
    stream.write("\n")


def _invocation(report: Report) -> dict:
    """Return the run's invocation: whether every file could be read, and what could not."""
    notifications = [
        {"level": "error", "message": {"text": reason},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(path)}}}]}
        for path, reason in report.skipped
    ]
    notifications += [{"level": "warning", "message": {"text": warning}} for warning in report.warnings]
    return {"executionSuccessful": not report.skipped, "toolExecutionNotifications": notifications}


def _rule(rule_id: str) -> dict:
    name, level, short, full = RULES[rule_id]
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "defaultConfiguration": {"level": level},
        "help": {"text": full},
    }


def _result(rule_id: str, rule_ids: list[str], message: str, path: str, position: tuple[int, int, int, int], snippet: str) -> dict:
    start_line, start_column, end_line, end_column = position
    return {
        "ruleId": rule_id,
        "ruleIndex": rule_ids.index(rule_id),
        "level": RULES[rule_id][1],
        "message": {"text": message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(path)},
                "region": {
                    "startLine": start_line,
                    "startColumn": start_column,
                    "endLine": end_line,
                    "endColumn": end_column,
                    "snippet": {"text": snippet},
                },
            },
        }],
    }


def _uri(path: str) -> str:
    """Return a path as a URI reference: relative ones stay relative, as code scanning expects.

    A name that is not UTF-8 keeps its bytes, percent-encoded (%E9), as a URI can.
    """
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else quote(pure.as_posix(), errors="surrogateescape")
