"""Every output format on the sample docs tree (tests/fixtures), against golden files.

The table below is the expected result in readable form: every finding with its
exact line and column, and nothing from code, front matter, link targets, HTML
tags, comments or suppressed paragraphs.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.cli import main
from factcheck.reporters.messages import json_safe, one_line

from .conftest import SCHEMAS

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = ("text", "plain", "github", "json", "sarif")

EXPECTED = [  # path, line, column, text, verdict, claim
    ("docs/budget/suppressed.md", 9, 51, "800", "conflict", "flood-homes-damaged"),
    ("docs/budget/suppressed.md", 12, 62, "700", "conflict", "flood-homes-damaged"),
    ("docs/budget/suppressed.md", 28, 25, "$300 million", "conflict", "harbour-bridge-cost"),
    ("docs/index.md", 8, 29, "$455 million", "mixed", "harbour-bridge-cost"),
    ("docs/index.md", 9, 61, "$600 million", "conflict", "harbour-bridge-cost"),
    ("docs/index.md", 19, 25, "12", "unmatched", None),  # link text is prose; its target is not
    ("docs/index.md", 22, 12, "1,000", "unmatched", None),  # so is an image's alt text
    ("docs/index.md", 35, 1, "About 1,400", "agree", "flood-homes-damaged"),
    ("docs/index.md", 35, 57, "45%", "conflict", "tram-commuter-share"),
    ("docs/notes.txt", 3, 44, "$420 million", "mixed", "harbour-bridge-cost"),
    ("docs/notes.txt", 3, 62, "31 percent", "agree", "tram-commuter-share"),
    # 1,300 lies inside "at least 1,200" but drifts from the Housing Ministry's "about 1,500".
    ("docs/page.html", 9, 62, "1,300", "mixed", "flood-homes-damaged"),
]


def run(capsys, *arguments: str) -> tuple[int, str]:
    status = main(["check", "docs", "--report-unused-suppressions", "--no-color", *arguments])
    return status, capsys.readouterr().out


@pytest.fixture(autouse=True)
def in_fixtures(monkeypatch):
    monkeypatch.chdir(FIXTURES)


def test_findings_with_exact_lines_and_columns(capsys):
    status, out = run(capsys, "--format", "json")
    report = json.loads(out)
    assert [(f["path"], f["line"], f["column"], f["text"], f["verdict"], f["claim_id"]) for f in report["findings"]] == EXPECTED
    assert [(s["path"], s["line"], s["column"], s["text"]) for s in report["unused_suppressions"]] == [
        ("docs/budget/suppressed.md", 20, 1, "<!-- factcheck: ignore tram-commuter-share -->")]
    assert (report["summary"], [r["path"] for r in report["registries"]], status) == (
        {"agree": 2, "conflict": 5, "mixed": 3, "unmatched": 2, "inconsistent": 0}, ["claims.yaml"], 1)


@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_matches_its_golden_file_and_fails_on_conflicts(capsys, output_format):
    status, out = run(capsys, "--format", output_format)
    golden = (FIXTURES / "golden" / f"docs.{output_format}").read_text(encoding="utf-8")
    assert out == golden.replace('"version": "0.1.0"', f'"version": "{__version__}"')
    assert status == 1


def test_plain_lines_carry_the_table_locations(capsys):
    _, plain = run(capsys, "--format", "plain", "--show-all")
    assert [tuple(line.split(": ")[:2]) for line in plain.splitlines()] == [
        *((f"{path}:{line}:{column}", verdict) for path, line, column, _, verdict, _ in EXPECTED[:2]),
        ("docs/budget/suppressed.md:20:1", "unused-suppression"),
        *((f"{path}:{line}:{column}", verdict) for path, line, column, _, verdict, _ in EXPECTED[2:]),
    ]


def test_github_annotates_conflicts_as_errors_and_mixed_as_warnings(capsys):
    _, github = run(capsys, "--format", "github")
    annotations = re.findall(r"^::(\w+) file=([^,]+),line=(\d+),col=(\d+),endLine=\d+,endColumn=(\d+),", github, re.MULTILINE)
    assert annotations == [
        ("error", "docs/budget/suppressed.md", "9", "51", "54"),
        ("error", "docs/budget/suppressed.md", "12", "62", "65"),
        ("warning", "docs/budget/suppressed.md", "20", "1", "47"),
        ("error", "docs/budget/suppressed.md", "28", "25", "37"),
        ("warning", "docs/index.md", "8", "29", "41"),
        ("error", "docs/index.md", "9", "61", "73"),
        ("error", "docs/index.md", "35", "57", "60"),
        ("warning", "docs/notes.txt", "3", "44", "56"),
        ("warning", "docs/page.html", "9", "62", "67"),
    ]
    assert len(github.splitlines()) == len(annotations)


def test_sarif_is_valid_sarif_2_1_0():
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SCHEMAS / "sarif-schema-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip("../shared/schemas is not here")
    log = json.loads((FIXTURES / "golden" / "docs.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(log, json.loads(schema_path.read_text(encoding="utf-8")))
    results = log["runs"][0]["results"]
    regions = [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]) for r in results]
    assert ("conflict", {"startLine": 35, "startColumn": 57, "endLine": 35, "endColumn": 60, "snippet": {"text": "45%"}}) in regions
    assert {r["ruleId"] for r in results} == {"conflict", "mixed", "unmatched", "unused-suppression"}
    assert all("per " in r["message"]["text"] for r in results if r["ruleId"] in ("conflict", "mixed"))


def test_github_escapes_properties_and_leaves_columns_off_an_annotation_across_lines():
    from factcheck.check import check_text
    from factcheck.matching import Matcher
    from factcheck.registry import parse_registry
    from factcheck.report import Document, Report
    from factcheck.reporters.github import write_findings

    claims = parse_registry((FIXTURES / "claims.yaml").read_text(encoding="utf-8"), "claims.yaml")
    text = "Commuters: 45% of commuters take the tram, and the Harbour Bridge cost about\n$600 million.\n"
    document = Document("drafts/a, b: c.md", text)
    stream = io.StringIO()
    write_findings(Report(("claims.yaml",), [(document, check_text(text, Matcher(claims)))]), stream)
    assert stream.getvalue().splitlines() == [
        "::error file=drafts/a%2C b%3A c.md,line=1,col=12,endLine=1,endColumn=15,title=conflict (tram-commuter-share)::"
        '"45%25" conflicts with every source of tram-commuter-share: 31%25 per Transit Authority survey (2024)',
        "::error file=drafts/a%2C b%3A c.md,line=1,endLine=2,title=conflict (harbour-bridge-cost)::"
        '"about $600 million" conflicts with every source of harbour-bridge-cost: '
        "$420 million per City Treasury (2024-03); $455 million per Audit Office (2024-09)",
    ]


ONE_LINE = [  # text, what every line format writes for it
    ("café 12 € 日本", "café 12 € 日本"),
    ("a\nb", "a b"),
    ("a  \r\n  b\r\rc", "a b c"),
    ("tab\there", "tab here"),
    ("next\u0085line\u2028sep\u2029para\x0bvt\x0cff", "next line sep para vt ff"),
    ("\x1b[2Kerased", "\\x1b[2Kerased"),
    ("\x1b]52;c;ZXZpbA==\x07", "\\x1b]52;c;ZXZpbA==\\x07"),
    ("nul\x00del\x7fcsi\x9b2K", "nul\\x00del\\x7fcsi\\x9b2K"),
    ("\u202e12\u202c \u2066x\u2069 \u200f", "\\u202e12\\u202c \\u2066x\\u2069 \\u200f"),
    ("caf\udce9.md", "caf\\xe9.md"),
    ("lone \ud800", "lone \\ud800"),
]


@pytest.mark.parametrize(("text", "shown"), ONE_LINE, ids=[shown for _, shown in ONE_LINE])
def test_one_line_shows_every_control_and_breaks_no_line(text, shown):
    assert one_line(text) == shown
    assert one_line(shown) == shown  # nothing left to escape
    shown.encode("utf-8")


@pytest.mark.parametrize(("text", "shown"), ONE_LINE, ids=[shown for _, shown in ONE_LINE])
def test_json_safe_keeps_values_and_writes_only_valid_inert_utf8(text, shown):
    written = json_safe(json.dumps({"value": text}, ensure_ascii=False))
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", written)
    value = json.loads(written.encode("utf-8"))["value"]  # encodes: no lone surrogate is left
    # The value is kept, but for a lone surrogate, which is written as one_line shows it.
    assert value == re.sub(r"[\ud800-\udfff]", lambda m: one_line(m.group()), text)
