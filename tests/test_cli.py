"""The command line end to end: real inputs, exact output, exit statuses."""

from __future__ import annotations

import hashlib
import json

import pytest

from factcheck.cli import ExitStatus, main

from .conftest import REPO

DRAFT = REPO / "examples" / "draft.md"
BUNDLED = REPO / "claims.yaml"

TAGGED = """\
version: 1
claims:
  - id: dprk-munitions
    about: munitions North Korea has shipped to Russia
    aliases: [munitions Pyongyang sent to Moscow]
    tags: [russia-dprk, munitions]
    sources:
      - {name: DIA, value: about 12 million, date: 2025-06}
      - {name: OSC and Reuters, value: between 4.2 and 5.8 million, date: 2025-03}
  - id: dprk-shipments
    about: arms shipments from North Korea to Russia
    tags: [russia-dprk]
    sources:
      - {name: OSC and Reuters, value: at least 64, date: 2025-03}
  - id: shells-share
    about: share of the shells fired by the Russian army that came from North Korea
    sources:
      - {name: Analysts, value: around 40 percent, date: 2025-07}
"""


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main([*map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def tagged(tmp_path):
    path = tmp_path / "tagged.yaml"
    path.write_text(TAGGED, encoding="utf-8")
    return path


# --- check: provenance, newer figures, tags, explain ----------------------------------


def test_check_names_each_registry_file_with_its_hash(capsys, tagged):
    digest = hashlib.sha256(tagged.read_bytes()).hexdigest()
    status, out, _ = run(capsys, "check", "--no-color", "--registry", tagged, DRAFT)
    assert out.splitlines()[-1].endswith(f"registry: {tagged} (sha256 {digest[:12]})")
    status, out, _ = run(capsys, "check", "--format", "json", "--registry", tagged, DRAFT)
    assert json.loads(out)["registries"] == [{"path": str(tagged), "sha256": digest}]


def test_check_says_when_a_newer_source_conflicts(capsys, tagged):
    status, out, _ = run(capsys, "check", "--no-color", "--registry", tagged, DRAFT)
    assert status == ExitStatus.OK
    lines = out.splitlines()
    older = lines.index("  5:10    MIXED     between 4.2 and 5.8 million  dprk-munitions")
    assert lines[older + 4] == "            ↻ a newer figure conflicts: about 12 million, DIA, 2025-06"
    findings = json.loads(run(capsys, "check", "--format", "json", "--registry", tagged, DRAFT)[1])["findings"]
    assert [(f["text"], f["newer"]) for f in findings] == [
        ("at least 64", []),
        ("between 4.2 and 5.8 million", [{"name": "DIA", "figure": "about 12 million", "date": "2025-06"}]),
        ("about 12 million", []),
        ("around 40 percent", []),
    ]


@pytest.mark.parametrize(
    ("tags", "matched"),
    [
        ((), ["dprk-shipments", "dprk-munitions", "dprk-munitions", "shells-share"]),
        (("--tags", "russia-dprk"), ["dprk-shipments", "dprk-munitions", "dprk-munitions", None]),
        (("--tags", "munitions"), [None, "dprk-munitions", "dprk-munitions", None]),
        (("--tags", "munitions,russia-dprk"), ["dprk-shipments", "dprk-munitions", "dprk-munitions", None]),
        (("--tags", "munitions", "--tags", "russia-dprk"), ["dprk-shipments", "dprk-munitions", "dprk-munitions", None]),
    ],
)
def test_check_tags_restrict_matching(capsys, tagged, tags, matched):
    status, out, _ = run(capsys, "check", "--format", "json", "--registry", tagged, *tags, DRAFT)
    assert [f["claim_id"] for f in json.loads(out)["findings"]] == matched


def test_check_refuses_a_tag_no_claim_has(capsys, tagged):
    status, out, err = run(capsys, "check", "--registry", tagged, "--tags", "casualties", DRAFT)
    assert status == ExitStatus.ERROR and out == ""
    assert err == "Error: no claim in the registry has the tag 'casualties' (tags used: munitions, russia-dprk)\n"


def test_check_explain_in_text(capsys, tagged):
    status, out, _ = run(capsys, "check", "--no-color", "--explain", "--registry", tagged, DRAFT)
    lines = out.splitlines()
    start = lines.index("  9:15    AGREE     around 40 percent  shells-share  (per Ukrainian intelligence analysts)")
    assert lines[start + 3:start + 6] == [
        '            why: the figure\'s clause reads "Ukrainian intelligence analysts estimate that of the shells '
        'fired by the Russian army come from North Korea"',
        '              matched: shells-share 86.2 via "share of the shells fired by the Russian army that came from '
        'North Korea" · in clause: shells, fired, Russian, army, North, Korea · counted: shells, fired, Russian '
        '· in paragraph: shells, fired, Russian, army, North, Korea · not found: share, came',
        "              intervals: figure 34.2–46.2% · around 40 percent 34.2–46.2% ✓",
    ]


def test_check_explain_in_json(capsys, tagged):
    status, out, _ = run(capsys, "check", "--format", "json", "--explain", "--registry", tagged, DRAFT)
    finding = json.loads(out)["findings"][1]
    assert finding["text"] == "between 4.2 and 5.8 million"
    explain = finding["explain"]
    assert explain["clause"] == "carrying munitions"
    assert [(c["claim_id"], c["in_counted"]) for c in explain["candidates"]] == [
        ("dprk-munitions", ["munitions"]), ("dprk-shipments", [])]
    assert explain["interval"] == [4150000, 5850000]
    assert explain["sources"] == [
        {"figure": "about 12 million", "interval": [10350000, 13750000], "verdict": "conflict"},
        {"figure": "between 4.2 and 5.8 million", "interval": [4150000, 5850000], "verdict": "agree"},
    ]
    assert "explain" not in json.loads(run(capsys, "check", "--format", "json", "--registry", tagged, DRAFT)[1])["findings"][1]


def test_check_reads_a_registry_directory(capsys, tmp_path):
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "a.yaml").write_text(TAGGED, encoding="utf-8")
    status, out, _ = run(capsys, "check", "--format", "json", "--registry", tmp_path / "registry", DRAFT)
    assert [r["path"] for r in json.loads(out)["registries"]] == [str(tmp_path / "registry" / "a.yaml")]
    assert json.loads(out)["summary"] == {"agree": 2, "conflict": 0, "mixed": 2, "unmatched": 0}
