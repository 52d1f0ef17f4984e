"""The JSON reporter writes the same bytes with orjson (the `speed` extra) as with the standard library."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

import factcheck.reporters.json as json_reporter
from factcheck.cli import main
from factcheck.kinds import Verdict
from factcheck.reporters.messages import json_safe

from .conftest import REPO, SEEDS

orjson = pytest.importorskip("orjson")

PAYLOADS = [
    {"verdict": Verdict.CONFLICT, "low": 12000000, "high": 1.5e16, "score": 87.5, "sources": [], "frame": {}},
    {"tiny": 1e-05, "small": 0.0001, "negative": -2.5e-07, "zero": 0.0, "minus_zero": -0.0},  # exponent forms
    {"nan": float("nan"), "inf": float("inf"), "minus_inf": float("-inf")},  # the stdlib's NaN, not orjson's null
    {"huge": 2**64, "largest": 2**64 - 1, "smallest": -(2**63), "below": -(2**63) - 1},  # orjson's integer range
    {"text": "£5m “quoted” – 日本 \u2028 \x7f \x1b[31m \udce9", "empty": "", "nested": [[], [{}], ["a", None, True]]},
    {"tuple": (1, 2.0, "three"), "deep": {"a": {"b": {"c": [1e22, 123456789.0, 0.1 + 0.2]}}}},
    [],
    {},
]


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
@pytest.mark.parametrize("encoder", ["orjson", "stdlib"])
def test_every_payload_is_written_as_the_standard_library_writes_it(monkeypatch, payload, encoder):
    if encoder == "stdlib":
        monkeypatch.setattr(json_reporter, "orjson", None)
    assert json_reporter.dumps(payload) == json_safe(json.dumps(payload, ensure_ascii=False, indent=2))


def test_orjson_writes_the_payloads_it_can(monkeypatch):
    calls = []
    monkeypatch.setattr(json_reporter, "orjson", _Counting(orjson, calls))
    json_reporter.dumps(PAYLOADS[0])
    json_reporter.dumps(PAYLOADS[1])  # 1e-05: the standard library's
    assert len(calls) == 1


class _Counting:
    def __init__(self, module, calls):
        self._module, self._calls = module, calls
        self.OPT_INDENT_2 = module.OPT_INDENT_2

    def dumps(self, *args, **options):
        self._calls.append(args)
        return self._module.dumps(*args, **options)


@pytest.mark.parametrize("argv", [
    ["check", "--format", "json", "--explain", "--jobs", "1", str(REPO / "examples")],
    ["extract", "--format", "json", str(REPO / "examples")],
    ["sources", "--format", "json"],
], ids=["check", "extract", "sources"])
def test_commands_write_the_same_bytes_either_way(monkeypatch, argv):
    if SEEDS.is_dir():
        argv = [*argv, str(SEEDS)] if argv[0] != "sources" else argv
    with_orjson = _run(argv)
    monkeypatch.setattr(json_reporter, "orjson", None)
    assert _run(argv) == with_orjson
    assert len(with_orjson) > 1000


def _run(argv):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(argv)
    return out.getvalue()


_ODD_NUMBERS = (
    "The dose was 0.00001% of the total, and 0.5% more. About 1,234, 5,678, 9,012 people came, "
    "some 0.00002 grams each. It cost $3bn (£2.4bn), up 12% on 2023, and sales rose by 0.00003%.\n"
)


def test_a_figure_or_finding_is_told_alike_by_its_numbers_only():
    """The quick tests of a figure's or a finding's fields give what the full walk gives."""
    from factcheck.check import check_text
    from factcheck.drafts import read_draft_figures
    from factcheck.matching import Matcher
    from factcheck.positions import LineIndex
    from factcheck.registry import parse_registry

    matcher = Matcher(parse_registry((REPO / "claims.yaml").read_text(encoding="utf-8"), "claims.yaml"))
    texts = [_ODD_NUMBERS, *(path.read_text(encoding="utf-8") for path in sorted((REPO / "examples").rglob("*.md")))]
    if SEEDS.is_dir():
        texts += [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*"))[:40] if path.is_file()]
    told = {"figure": [0, 0], "finding": [0, 0]}
    for text in texts:
        lines = LineIndex(text)
        for figure, context in read_draft_figures(text):
            fields = json_reporter._figure_fields("draft.md", lines, figure, context)
            alike = json_reporter._figure_alike(fields)
            assert alike == json_reporter._orjson_writes_as_json_does(fields)
            told["figure"][alike] += 1
        for explained in (False, True):
            for finding in check_text(text, matcher, explain_verdicts=explained):
                fields = json_reporter._finding_fields("draft.md", lines, finding)
                alike = json_reporter._finding_alike(fields)
                assert alike == json_reporter._orjson_writes_as_json_does(fields)
                told["finding"][alike] += 1
    # the tiny percentages and grams, and the rest (with or without the seeds beside the repository)
    assert min(told["figure"]) >= 3 and min(told["finding"]) >= 3 and told["finding"][True] >= 20
