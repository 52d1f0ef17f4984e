"""The JSON wire format of docs/spec.md §3; fields beyond the contract's are added, never renamed.

The text is what ``json.dumps(payload, ensure_ascii=False, indent=2)`` writes. With
orjson installed (the ``speed`` extra), orjson writes it, several times faster; a
value orjson would write otherwise or refuses (a float below 1e-4, NaN, an integer
beyond 64 bits, a lone surrogate, a type that is not plain JSON) sends its payload to
the standard library, so the bytes are the same either way.
"""

from __future__ import annotations

import json
import math
from enum import Enum
from typing import TYPE_CHECKING, Iterable, Iterator, TextIO

from factcheck.context import Context
from factcheck.figures import Figure
from factcheck.frames import Frame
from factcheck.kinds import Verdict
from factcheck.positions import LineIndex
from factcheck.registry import Problem, RegistryFile
from factcheck.report import Document, Finding, Report
from factcheck.reporters.messages import json_safe
from factcheck.verdicts import interval

if TYPE_CHECKING:  # the other commands' types: a check need not import their modules
    from factcheck.compare import Comparison, Quoted
    from factcheck.sources import ClaimSurvey

try:
    import orjson
except ImportError:  # the optional `speed` extra
    orjson = None


def write_figures(results: Iterable[tuple[Document, Iterable[tuple[Figure, Context]]]], stream: TextIO, *,
                  color: bool | None = None) -> None:  # noqa: ARG001  (no colour in JSON)
    """Write `factcheck extract --format json`: every figure with its location and context.

    Each figure is written as it is read (``results`` and each document's figures may be
    iterators), byte for byte what dumping the whole payload at once gives.
    """
    stream.write('{\n  "claims": [')
    separator = "\n"
    for document, figures in results:
        lines = LineIndex(document.text)
        batch = []
        for figure, context in figures:
            batch.append(_figure_fields(document.path, lines, figure, context))
            if len(batch) == _BATCH:
                stream.write(separator + _objects_text(batch, _figure_alike))
                separator, batch = ",\n", []
        if batch:
            stream.write(separator + _objects_text(batch, _figure_alike))
            separator = ",\n"
    stream.write("]\n}\n" if separator == "\n" else "\n  ]\n}\n")


# Figures written with one call to orjson (speed: a text that is a list of numbers holds a
# figure every few characters, and one call each cost a tenth of `extract`).
_BATCH = 256


def _objects_text(objects: list[dict], alike) -> str:
    """Return objects as finding_text writes each, joined by ",\n"; ``alike`` tells whether
    orjson writes one as json does (_orjson_writes_as_json_does, or a quicker equivalent)."""
    if orjson is not None and all(map(alike, objects)):
        try:
            text = orjson.dumps(objects, option=orjson.OPT_INDENT_2).decode()
        except orjson.JSONEncodeError:  # a lone surrogate: each object as dumps writes it
            pass
        else:  # "[\n  {...},\n  {...}\n]" indented two more, less its brackets
            return json_safe("  " + text[2:-2].replace("\n", "\n  "))
    return ",\n".join(finding_text(fields) for fields in objects)


def write_findings(report: Report, stream: TextIO, *, color: bool | None = None,  # noqa: ARG001
                   show_unmatched: bool = True) -> None:  # noqa: ARG001  (no colour; unmatched always listed)
    """Write `factcheck check --format json`: every finding, a summary and the registries used.

    Each finding is written as it is read, so a streamed document's findings are never
    all held; the output is byte for byte what dumping the whole payload at once gives.
    """
    stream.write('{\n  "findings": [')
    separator = "\n"
    for document, document_findings in report.results:
        if getattr(document_findings, "output_format", None) == "json":  # rendered by a worker process
            if document_findings.text:
                stream.write(separator + document_findings.text)
                separator = ",\n"
            continue
        batch = []
        for fields in finding_objects(document, document_findings):
            batch.append(fields)
            if len(batch) == _BATCH:
                stream.write(separator + _objects_text(batch, _finding_alike))
                separator, batch = ",\n", []
        if batch:
            stream.write(separator + _objects_text(batch, _finding_alike))
            separator = ",\n"
    stream.write("]" if separator == "\n" else "\n  ]")
    # Everything after the findings is known only once they have all been read.
    rest = {
        "summary": report.summary(),
        "registries": registry_fields(report.registry_files),
        # What was not checked, so that a script never mistakes an incomplete check for a clean one.
        "complete": report.complete,
        "skipped": [{"path": path, "reason": reason} for path, reason in report.skipped],
        "warnings": report.warnings,
        "suppressed": report.suppressed,
        "baselined": report.baselined,
        "claims_left_out": report.claims_left_out,
    }
    if report.unused_suppressions is not None:
        rest["unused_suppressions"] = [
            {**_span(document.path, LineIndex(document.text), s.comment_start, s.comment_end, s.comment),
             "claim_ids": sorted(s.claim_ids)}
            for document, s in report.unused_suppressions
        ]
    stream.write(",")
    _dump(rest, stream, opened=True)


def finding_objects(document: Document, findings: Iterable[Finding]) -> Iterator[dict]:
    """Yield the objects that `factcheck check --format json` lists under "findings" for one document."""
    lines = LineIndex(document.text)
    for finding in findings:
        yield _finding_fields(document.path, lines, finding)


def render_document(document: Document, findings: Iterable[Finding]) -> str:
    """Return one document's findings as write_findings lists them, "" for none.

    Worker processes render what they check (see factcheck.drafts.check_drafts), so
    that the process writing the report receives text rather than findings.
    """
    return ",\n".join(finding_text(fields) for fields in finding_objects(document, findings))


def finding_text(fields: dict) -> str:
    """Return one finding's object as the "findings" list of `check --format json` holds it, indented."""
    return "    " + dumps(fields).replace("\n", "\n    ")  # JSON strings hold no raw line break


def dumps(payload) -> str:
    """Return ``payload`` as indented JSON that a terminal cannot act on (see json_safe).

    >>> print(dumps({"figure": "£5m", "low": 5e6, "sources": []}))
    {
      "figure": "£5m",
      "low": 5000000.0,
      "sources": []
    }
    """
    if orjson is not None and _orjson_writes_as_json_does(payload):
        try:
            return json_safe(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode())
        except orjson.JSONEncodeError:  # a lone surrogate (a file name's byte), which UTF-8 cannot hold
            pass
    return json_safe(json.dumps(payload, ensure_ascii=False, indent=2))


# Floats the standard library writes in exponent form below this (1e-05), orjson does not (0.00001).
_SMALLEST_PLAIN = 1e-4
# Values both libraries write alike whatever they hold (None is of NoneType).
_PLAIN_ALIKE = frozenset({str, bool, type(None)})
# orjson writes integers in [-2**63, 2**64) and refuses the rest.
_INT_RANGE = range(-(2**63), 2**64)


def _orjson_writes_as_json_does(value) -> bool:
    """Return whether orjson writes ``value`` with the bytes json.dumps writes."""
    kind = type(value)
    if kind is str or value is None or kind is bool:
        return True
    if kind is dict:
        # Speed: strings, None and booleans, most of a figure's fields, are told here rather than
        # by a call each (a text that is all figures spent a tenth of `extract` in this check).
        return all(type(key) is str and (type(item) in _PLAIN_ALIKE or _orjson_writes_as_json_does(item))
                   for key, item in value.items())
    if kind is list or kind is tuple:
        return all(_orjson_writes_as_json_does(item) for item in value)
    if kind is int:
        return value in _INT_RANGE
    if kind is float:
        return math.isfinite(value) and (value == 0 or abs(value) >= _SMALLEST_PLAIN)
    return isinstance(value, str) and isinstance(value, Enum)  # a verdict, a hedge: both write its value


# Of a figure's fields (_figure_fields) only "low" and "high" may be written otherwise by
# orjson: the rest are strings, None, booleans and offsets into a text (integers far below
# 2**63). A finding's (_finding_fields, without "explain" or "inconsistency") adds these and
# "frame"; its verdict is a str Enum, which both write as its value.
_FINDING_VALUES = ("score", "sources", "newer", "near")
_INT_LIMIT = 2**63  # a whole number strictly within it is in _INT_RANGE


def _figure_alike(fields: dict) -> bool:
    """Return _orjson_writes_as_json_does(fields) for the fields of a figure, reading only its numbers."""
    low, high = fields["low"], fields["high"]
    # (Whole numbers within orjson's range told without a call: speed.)
    return ((type(low) is int and -_INT_LIMIT < low < _INT_LIMIT) or _orjson_writes_as_json_does(low)) and (
        (type(high) is int and -_INT_LIMIT < high < _INT_LIMIT) or _orjson_writes_as_json_does(high))


def _finding_alike(fields: dict) -> bool:
    """Return _orjson_writes_as_json_does(fields) for the fields of a finding, reading only what may differ."""
    if "explain" in fields or "inconsistency" in fields:
        return _orjson_writes_as_json_does(fields)
    if not _figure_alike(fields):
        return False
    frame = fields["frame"]  # (its keys are names: its values, all strings or None, told in one pass)
    if frame is not None and not set(map(type, frame.values())) <= _PLAIN_ALIKE and not _orjson_writes_as_json_does(
            frame):
        return False
    for key in _FINDING_VALUES:
        value = fields[key]
        if value and not _orjson_writes_as_json_does(value):  # (None, 0.0 and [] are written alike: speed)
            return False
    return True


def registry_fields(files: tuple[RegistryFile, ...]) -> list[dict]:
    """Return the provenance of a report: every registry file read, with its SHA-256."""
    return [{"path": file.path, "sha256": file.sha256, "bundled": file.bundled} for file in files]


def _span(path: str, lines: LineIndex, start: int, end: int, text: str) -> dict:
    line, column = lines.locate(start)
    return {"path": path, "line": line, "column": column, "start": start, "end": end, "text": text}


def _figure_fields(path: str, lines: LineIndex, figure: Figure, context: Context) -> dict:
    line, column = lines.locate(figure.start)
    return {  # where it is, then what it states
        "path": path, "line": line, "column": column, "start": figure.start, "end": figure.end, "text": figure.text,
        "kind": figure.kind,
        "currency": figure.currency,
        "per": figure.per,
        "low": figure.low,
        "high": figure.high,
        "qualifier": figure.qualifier,
        "unit": figure.unit,
        "approximate": figure.approximate,
        "counted": context.counted or None,
        "attribution": context.attribution,
        "scope": context.scope,
        "change": context.change,
    }


def _finding_fields(path: str, lines: LineIndex, finding: Finding) -> dict:
    figure = finding.figure
    line, column = lines.locate(figure.start)
    return {  # where it is, then what it states
        "path": path, "line": line, "column": column, "start": figure.start, "end": figure.end, "text": figure.text,
        "claim_id": finding.claim.id if finding.claim else None,
        "verdict": finding.verdict,
        "sources": [
            {
                "name": s.source.name,
                "verdict": s.verdict,
                "figure": s.source.value,
                "date": s.source.date,
                "note": s.source.note,
                "url": s.source.url,
            }
            for s in finding.sources
        ],
        "kind": figure.kind,
        "currency": figure.currency,
        "per": figure.per,
        "unit": figure.unit,
        "low": figure.low,
        "high": figure.high,
        "qualifier": figure.qualifier,
        "counted": finding.context.counted or None,
        "attribution": finding.context.attribution,
        "scope": finding.context.scope,
        "change": finding.context.change,
        "score": finding.candidates[0].score if finding.candidates and not finding.candidates[0].ruled_out else None,
        "newer": [{"name": s.name, "figure": s.value, "date": s.date} for s in finding.newer],
        "frame": _frame_fields(finding.frame),
        "near": {"claim_id": finding.near.claim.id, "score": finding.near.score} if finding.near else None,
        **({"explain": _explanation_fields(finding)} if finding.explanation else {}),
        **({"inconsistency": _inconsistency_fields(lines, finding)} if finding.inconsistency else {}),
    }


def _inconsistency_fields(lines: LineIndex, finding: Finding) -> dict:
    """Return the relation an INCONSISTENT finding breaks, as JSON carries it (docs/spec-extensions.md)."""
    found = finding.inconsistency

    def bounds(interval) -> list:
        return [None if abs(side) == float("inf") else side for side in interval]

    figures = []
    for figure in found.figures:
        line, column = lines.locate(figure.start)
        figures.append({"text": figure.text, "start": figure.start, "end": figure.end, "line": line,
                        "column": column, "role": "stated" if figure is found.stated else "input"})
    return {"relation": found.relation, "message": found.message, "stated": found.stated_value,
            "computed": found.computed, "computed_range": bounds(found.computed_range),
            "allowance": bounds(found.allowance), "figures": figures}


def _frame_fields(frame: Frame | None) -> dict | None:
    """Return what a figure counts, what happened, whose, when and who says so, as JSON carries it."""
    if frame is None:
        return None
    return {"counts": frame.counts, "event": frame.event, "whose": frame.whose, "when": frame.when,
            "said_by": frame.said_by}


def _explanation_fields(finding: Finding) -> dict:
    explanation = finding.explanation
    return {
        "clause": explanation.clause,
        "candidates": [
            {
                "claim_id": match.claim_id,
                "score": match.score,
                "phrase": match.phrase,
                "in_clause": list(match.in_clause),
                "in_counted": list(match.in_counted),
                "in_paragraph": list(match.in_paragraph),
                "missing": list(match.missing),
                "ruled_out": match.ruled_out,
            }
            for match in explanation.candidates
        ],
        "interval": interval_fields(explanation.interval),
        "sources": [
            {"figure": judged.source.value, "interval": interval_fields(bounds), "verdict": judged.verdict,
             "rule": rule}
            for judged, bounds, rule in zip(finding.sources, explanation.source_intervals, explanation.rules)
        ],
    }


def interval_fields(bounds: tuple[float, float]) -> list[float | None]:
    """Return an interval as JSON can carry it: an open side is null."""
    return [bound if math.isfinite(bound) else None for bound in bounds]


def _dump(payload: dict, stream: TextIO, *, opened: bool = False) -> None:
    """Write ``payload`` as indented JSON; when ``opened``, without its "{", to continue an object begun."""
    text = dumps(payload)
    stream.write(text[1:] if opened else text)
    stream.write("\n")


def write_sources(surveys: list[ClaimSurvey], files: tuple[RegistryFile, ...], stream: TextIO, *,
                  color: bool | None = None, scores: dict[str, float] | None = None) -> None:  # noqa: ARG001
    """Write `factcheck sources --format json`: every claim, its sources and how they compare."""
    claims = []
    for report in surveys:
        claim = report.claim
        kind, currency, per, unit = claim.measure
        claims.append({
            "id": claim.id,
            "about": claim.about,
            "aliases": list(claim.aliases),
            "tags": list(claim.tags),
            "path": claim.path,
            "line": claim.line,
            "kind": kind,
            "currency": currency,
            "per": per,
            "unit": unit,
            "disputed": report.disputed,
            "sources": [
                {
                    "name": source.name,
                    "figure": source.value,
                    "low": source.figure.low,
                    "high": source.figure.high,
                    "qualifier": source.figure.qualifier,
                    "interval": interval_fields(bounds),
                    "date": source.date,
                    "url": source.url,
                    "quote": source.quote,
                    "note": source.note,
                    "line": source.line,
                }
                for source, bounds in zip(claim.sources, report.intervals)
            ],
            "conflicts": [list(pair) for pair in report.conflicts],
            "spread": {"low": report.spread[0], "high": report.spread[1]},
            "latest": list(report.latest),
            **({"score": scores[claim.id]} if scores else {}),
        })
    _dump({"claims": claims, "registries": registry_fields(files)}, stream)


def write_problems(problems: list[Problem], files: tuple[RegistryFile, ...], stream: TextIO, *,
                   color: bool | None = None) -> None:  # noqa: ARG001
    """Write `factcheck registry lint --format json`: every problem, the totals and the files read."""
    errors = sum(problem.severity == "error" for problem in problems)
    _dump({
        "problems": [
            {"path": p.path, "line": p.line, "severity": p.severity, "message": p.message,
             **({"rule": p.rule} if p.rule else {})} for p in problems
        ],
        "summary": {"errors": errors, "warnings": len(problems) - errors},
        "registries": registry_fields(files),
    }, stream)


def write_comparisons(comparisons: list[Comparison], stream: TextIO, *, tolerance: float,
                      color: bool | None = None) -> None:  # noqa: ARG001
    """Write `factcheck compare --format json`: for every two documents, their paired figures."""
    payload = []
    for comparison in comparisons:
        documents = (comparison.first, comparison.second)
        lines = tuple(LineIndex(document.text) for document in documents)

        def side(which: int, quoted: Quoted) -> dict:
            return {
                **_figure_fields(documents[which].path, lines[which], quoted.figure, quoted.context),
                "interval": interval_fields(interval(quoted.figure, tolerance)),
            }

        pairs = [
            {"verdict": pair.verdict, "score": pair.score, "first": side(0, pair.first), "second": side(1, pair.second)}
            for pair in comparison.pairs
        ]
        payload.append({
            "first": comparison.first.path,
            "second": comparison.second.path,
            "figures": list(comparison.figures),
            "pairs": pairs,
            "summary": {verdict: sum(p["verdict"] == verdict for p in pairs) for verdict in (Verdict.AGREE, Verdict.CONFLICT)},
        })
    _dump({"comparisons": payload}, stream)
