"""The JSON wire format of SPEC §3; fields beyond the SPEC's are added, never renamed."""

from __future__ import annotations

import json
from typing import TextIO

from factcheck.check import Document, Finding, Report
from factcheck.context import Context
from factcheck.figures import Figure
from factcheck.positions import LineIndex


def write_figures(results: list[tuple[Document, list[tuple[Figure, Context]]]], stream: TextIO) -> None:
    """Write `factcheck extract --format json`: every figure with its location and context."""
    claims = []
    for document, figures in results:
        lines = LineIndex(document.text)
        claims.extend(_figure_fields(document.path, lines, figure, context) for figure, context in figures)
    _dump({"claims": claims}, stream)


def write_findings(report: Report, stream: TextIO) -> None:
    """Write `factcheck check --format json`: every finding, a summary and the registries used."""
    findings = []
    for document, document_findings in report.results:
        lines = LineIndex(document.text)
        findings.extend(_finding_fields(document.path, lines, f) for f in document_findings)
    _dump({"findings": findings, "summary": report.summary(), "registries": list(report.registry_paths)}, stream)


def _location(path: str, lines: LineIndex, figure: Figure) -> dict:
    line, column = lines.locate(figure.start)
    return {"path": path, "line": line, "column": column, "start": figure.start, "end": figure.end, "text": figure.text}


def _figure_fields(path: str, lines: LineIndex, figure: Figure, context: Context) -> dict:
    return {
        **_location(path, lines, figure),
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
    return {
        **_location(path, lines, figure),
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
        "score": finding.candidates[0].score if finding.candidates else None,
    }


def _dump(payload: dict, stream: TextIO) -> None:
    json.dump(payload, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
