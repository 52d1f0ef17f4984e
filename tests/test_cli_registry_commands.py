"""The command line end to end: real inputs, exact output, exit statuses."""

from __future__ import annotations

import hashlib
import json

import pytest

from factcheck.cli import ExitStatus, main
from factcheck.registry import parse_registry

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
    assert json.loads(out)["registries"] == [{"path": str(tagged), "sha256": digest, "bundled": False}]


def test_check_says_when_a_newer_source_conflicts(capsys, tagged):
    status, out, _ = run(capsys, "check", "--no-color", "--registry", tagged, DRAFT)
    assert status == ExitStatus.OK
    lines = out.splitlines()
    older = lines.index("  5:10    ± MIXED     between 4.2 and 5.8 million  dprk-munitions")
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
    start = lines.index("  9:15    ✓ AGREE     around 40 percent  shells-share  (per Ukrainian intelligence analysts)")
    assert lines[start + 3:start + 6] == [
        '            why: the figure\'s clause reads "Ukrainian intelligence analysts estimate that of the shells '
        'fired by the Russian army come from North Korea"',
        '              matched: shells-share 99.2 via "share of the shells fired by the Russian army that came from '
        'North Korea" · in clause: shells, fired, Russian, army, North Korea · counted: shells, fired, Russian '
        '· in paragraph: shells, fired, Russian, army, North Korea · not found: share, came',
        "              ✓ around 40 percent stands for 36% to 44%; the source's around 40 percent for 38% to 42%; "
        "they overlap: agree",
    ]


def test_check_explain_in_json(capsys, tagged):
    status, out, _ = run(capsys, "check", "--format", "json", "--explain", "--registry", tagged, DRAFT)
    finding = json.loads(out)["findings"][1]
    assert finding["text"] == "between 4.2 and 5.8 million"
    explain = finding["explain"]
    # (a participle clause carries the words of the clause before it, less numbers and times)
    assert explain["clause"] == ("and the Open Source Center counted at least arms shipments between and "
                                 "carrying munitions")
    assert [(c["claim_id"], c["in_counted"]) for c in explain["candidates"]] == [
        ("dprk-munitions", ["munitions"]), ("dprk-shipments", [])]
    assert explain["interval"] == [4150000, 5850000]
    assert explain["sources"] == [
        {"figure": "about 12 million", "interval": [11500000, 12500000], "verdict": "conflict",
         "rule": "between 4.2 and 5.8 million stands for 4,150,000 to 5,850,000; the source's about 12 million "
                 "for 11,500,000 to 12,500,000; they do not overlap: conflict"},
        {"figure": "between 4.2 and 5.8 million", "interval": [4150000, 5850000], "verdict": "agree",
         "rule": "between 4.2 and 5.8 million stands for 4,150,000 to 5,850,000; the source's between 4.2 and 5.8 "
                 "million for 4,150,000 to 5,850,000; they overlap: agree"},
    ]
    assert "explain" not in json.loads(run(capsys, "check", "--format", "json", "--registry", tagged, DRAFT)[1])["findings"][1]


def test_check_reads_a_registry_directory(capsys, tmp_path):
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "a.yaml").write_text(TAGGED, encoding="utf-8")
    status, out, _ = run(capsys, "check", "--format", "json", "--registry", tmp_path / "registry", DRAFT)
    assert [r["path"] for r in json.loads(out)["registries"]] == [str(tmp_path / "registry" / "a.yaml")]
    assert json.loads(out)["summary"] == {"agree": 2, "conflict": 0, "mixed": 2, "unmatched": 0, "inconsistent": 0}


# --- sources ------------------------------------------------------------------------

SOURCES = """\
version: 1
claims:
  - id: dprk-munitions
    about: munitions North Korea has shipped to Russia
    tags: [russia-dprk]
    sources:
      - {name: DIA, value: about 12 million, date: 2025-06, note: since February 2022}
      - {name: OSC and Reuters, value: between 4.2 and 5.8 million, date: 2025-03}
  - id: shells-share
    about: share of the shells fired by the Russian army that came from North Korea
    sources:
      - {name: Analysts, value: around 40 percent, date: 2025-07}
      - {name: SIPRI, value: up to 50%, date: 2025}
  - id: rounds-per-day
    about: artillery rounds Russia fires a day
    sources:
      - {name: The Asia Cable, value: "around 10,000 a day"}
"""


@pytest.fixture
def sources_registry(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(SOURCES, encoding="utf-8")
    return path


def test_sources_text(capsys, sources_registry):
    digest = hashlib.sha256(sources_registry.read_bytes()).hexdigest()[:12]
    status, out, _ = run(capsys, "sources", "--no-color", "--registry", sources_registry)
    assert status == ExitStatus.OK
    assert out == f"""\
dprk-munitions  DISPUTED  {sources_registry}:3  tags: russia-dprk
  munitions North Korea has shipped to Russia
    ✗ about 12 million             11,500,000–12,500,000  DIA, 2025-06 — since February 2022
    ✗ between 4.2 and 5.8 million  4,150,000–5,850,000    OSC and Reuters, 2025-03
  conflict: about 12 million (DIA) vs between 4.2 and 5.8 million (OSC and Reuters)
  spread: 4,200,000–12,000,000 · most recent: about 12 million (DIA, 2025-06)

shells-share  AGREED  {sources_registry}:9
  share of the shells fired by the Russian army that came from North Korea
    ✓ around 40 percent  38–42%  Analysts, 2025-07
    ✓ up to 50%          …–50%   SIPRI, 2025
  spread: 40–50% · most recent: around 40 percent (Analysts, 2025-07); up to 50% (SIPRI, 2025)

rounds-per-day  ONE SOURCE  {sources_registry}:14
  artillery rounds Russia fires a day
    ✓ around 10,000 a day  9,500–10,500 per day  The Asia Cable
  spread: 10,000 per day

3 claims: 1 disputed   registry: {sources_registry} (sha256 {digest})
"""


def test_sources_json(capsys, sources_registry):
    status, out, _ = run(capsys, "sources", "--format", "json", "--registry", sources_registry, "dprk-munitions")
    payload = json.loads(out)
    [claim] = payload["claims"]
    assert {key: claim[key] for key in ("id", "tags", "line", "kind", "disputed", "conflicts", "spread", "latest")} == {
        "id": "dprk-munitions", "tags": ["russia-dprk"], "line": 3, "kind": "number", "disputed": True,
        "conflicts": [[0, 1]], "spread": {"low": 4200000, "high": 12000000}, "latest": [0],
    }
    assert [(s["name"], s["figure"], s["interval"], s["date"]) for s in claim["sources"]] == [
        ("DIA", "about 12 million", [11500000, 12500000], "2025-06"),  # as stated: its hedge does not widen it
        ("OSC and Reuters", "between 4.2 and 5.8 million", [4150000, 5850000], "2025-03"),
    ]
    assert payload["registries"] == [
        {"path": str(sources_registry), "sha256": hashlib.sha256(sources_registry.read_bytes()).hexdigest(),
         "bundled": False}]


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        ((), ["dprk-munitions", "shells-share", "rounds-per-day"]),
        (("--disputed",), ["dprk-munitions"]),
        (("rounds-per-day", "shells-share"), ["rounds-per-day", "shells-share"]),
        (("--disputed", "shells-share"), []),
        (("--search", "artilery rounds"), ["rounds-per-day"]),
        (("--search", "north korea"), ["dprk-munitions", "shells-share"]),
        (("--search", "north korea", "--disputed"), ["dprk-munitions"]),
    ],
)
def test_sources_filters(capsys, sources_registry, args, ids):
    status, out, _ = run(capsys, "sources", "--format", "json", "--registry", sources_registry, *args)
    assert [claim["id"] for claim in json.loads(out)["claims"]] == ids


def test_sources_refuses_an_unknown_claim_id(capsys, sources_registry):
    status, out, err = run(capsys, "sources", "--registry", sources_registry, "dprk-munitions", "dprk-shells")
    assert (status, out, err) == (ExitStatus.ERROR, "", "Error: no claim 'dprk-shells' in the registry\n")


def test_sources_disputed_on_the_bundled_registry(capsys):
    status, out, _ = run(capsys, "sources", "--format", "json", "--registry", BUNDLED, "--disputed")
    claims = json.loads(out)["claims"]
    assert "dprk-munitions-to-russia" in [claim["id"] for claim in claims]
    munitions = next(claim for claim in claims if claim["id"] == "dprk-munitions-to-russia")
    assert [source["figure"] for source in munitions["sources"]] == ["about 12 million", "between 4.2 and 5.8 million", "millions"]
    assert all(claim["conflicts"] for claim in claims)


# --- registry lint --------------------------------------------------------------------

LINT_CLEAN = """\
version: 1
claims:
  - id: arms-shipments
    about: arms shipments from North Korea to Russia
    sources:
      - {name: OSC and Reuters, value: at least 64, date: 2025-03, url: "https://example.org/osc"}
"""


@pytest.mark.parametrize(
    ("text", "strict", "status"),
    [
        (LINT_CLEAN, False, ExitStatus.OK),
        (LINT_CLEAN, True, ExitStatus.OK),
        (LINT_CLEAN.replace(', url: "https://example.org/osc"', ""), False, ExitStatus.OK),
        (LINT_CLEAN.replace(', url: "https://example.org/osc"', ""), True, ExitStatus.FINDINGS),
        (LINT_CLEAN.replace("at least 64", "lots"), False, ExitStatus.FINDINGS),
    ],
    ids=["clean", "clean-strict", "warning", "warning-strict", "error"],
)
def test_lint_exit_status(capsys, tmp_path, text, strict, status):
    (tmp_path / "r.yaml").write_text(text, encoding="utf-8")
    assert run(capsys, "registry", "lint", *(["--strict"] if strict else []), tmp_path / "r.yaml")[0] == status


def test_lint_text(capsys, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(LINT_CLEAN + """\
  - id: arms-shipments
    about: arms shipments from Pyongyang to Moscow
    sources:
      - {name: OSC and Reuters, value: at least 64, date: 2025-03}
  - id: Munitions
    about: munitions North Korea sent to Russia
    sources: [{name: DIA, value: lots, date: 2025-06}]
""", encoding="utf-8")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    status, out, _ = run(capsys, "registry", "lint", "--no-color", path)
    assert out == (
        f"{path}:7: error: claim id 'arms-shipments' is already used at line 3\n"
        f"{path}:10: warning (no-url): source 'OSC and Reuters' of 'arms-shipments' has no url: an editor cannot check it\n"
        f"{path}:11: error: claim id 'Munitions' must be made of a-z, 0-9 and hyphens only\n"
        f"{path}:13: error: value 'lots' is not a figure (e.g. 'about 12 million', 'up to 50%')\n"
        f"3 errors · 1 warning   registry: {path} (sha256 {digest})\n"
    )


def test_lint_json(capsys, tmp_path):
    (tmp_path / "a.yaml").write_text(LINT_CLEAN, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(LINT_CLEAN, encoding="utf-8")
    status, out, _ = run(capsys, "registry", "lint", "--format", "json", tmp_path)
    payload = json.loads(out)
    assert status == ExitStatus.FINDINGS
    assert payload["problems"] == [{
        "path": str(tmp_path / "b.yaml"), "line": 3, "severity": "error",
        "message": f"claim id 'arms-shipments' is already defined at {tmp_path / 'a.yaml'}:3",
    }]
    assert payload["summary"] == {"errors": 1, "warnings": 0}
    assert [r["path"] for r in payload["registries"]] == [str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")]


def test_lint_without_files_lints_the_registry_check_would_use(capsys, tmp_path, monkeypatch):
    (tmp_path / "claims.yaml").write_text(LINT_CLEAN.replace("at least 64", "lots"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "registry", "lint", "--no-color")
    assert (status, out.splitlines()[0]) == (
        ExitStatus.FINDINGS, "claims.yaml:6: error: value 'lots' is not a figure (e.g. 'about 12 million', 'up to 50%')")


def test_lint_on_an_unreadable_file_cannot_check(capsys, tmp_path):
    status, out, err = run(capsys, "registry", "lint", tmp_path / "missing.yaml")
    assert (status, out, err) == (ExitStatus.ERROR, "", f"Error: {tmp_path / 'missing.yaml'}: no such file\n")


def test_lint_accepts_the_bundled_registry(capsys):
    status, out, _ = run(capsys, "registry", "lint", "--format", "json", BUNDLED)
    assert status == ExitStatus.OK
    assert json.loads(out)["summary"]["errors"] == 0


# --- compare ------------------------------------------------------------------------


def test_compare_text_exits_1_on_a_conflict(capsys, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Pyongyang has shipped about 12 million shells to Moscow, a defence agency says.\n", encoding="utf-8")
    second.write_text("North Korea sent between 4.2 and 5.8 million shells to Russia, says Reuters.\n", encoding="utf-8")
    status, out, _ = run(capsys, "compare", "--no-color", first, second)
    assert status == ExitStatus.FINDINGS
    assert out == f"""\
{first} ↔ {second}
  CONFLICT  score 88.3
    {first}:1:23  about 12 million  10,800,000–13,200,000
            Pyongyang has shipped about 12 million shells to Moscow, a defence agency says.
    {second}:1:18  between 4.2 and 5.8 million  4,150,000–5,850,000
            North Korea sent between 4.2 and 5.8 million shells to Russia, says Reuters.
1 pair: 0 agree · 1 conflict   figures: 1 in the first document, 1 in the second

"""


def test_compare_needs_two_documents(capsys):
    assert run(capsys, "compare", DRAFT) == (ExitStatus.ERROR, "", "Error: compare needs at least two documents\n")


@pytest.mark.skipif(not (REPO.parent / "shared" / "seeds").is_dir(), reason="../shared/seeds is not available")
def test_compare_the_seed_articles_in_json(capsys):
    first, second = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))
    status, out, _ = run(capsys, "compare", "--format", "json", first, second)
    [comparison] = json.loads(out)["comparisons"]
    [pair] = [p for p in comparison["pairs"] if p["first"]["kind"] == "percent"]
    assert pair["verdict"] == "agree"
    assert {key: pair["first"][key] for key in ("text", "line", "column", "counted", "interval")} == {
        "text": "around 40 percent", "line": 8, "column": 256, "counted": "of shells fired by the Russian army",
        "interval": [36, 44]}
    assert {key: pair["second"][key] for key in ("text", "line", "column", "counted", "interval")} == {
        "text": "up to 50%", "line": 2, "column": 236, "counted": "of Moscow’s war needs", "interval": [None, 50]}
    first_text = first.read_text(encoding="utf-8")
    assert first_text[pair["first"]["start"]:pair["first"]["end"]] == "around 40 percent"
    # The count figures pair as an editor would: munitions with shells, troops with troops.
    pairs = [(p["first"]["text"], p["second"]["text"], p["verdict"]) for p in comparison["pairs"]]
    assert pairs[:3] == [("about 12 million", "millions", "agree"), ("around 40 percent", "up to 50%", "agree"),
                         ("11,000", "thousands", "agree")]
    assert status == ExitStatus.FINDINGS


# --- harvest ------------------------------------------------------------------------

ARTICLE = """\
North Korea has shipped about 12 million munitions since the war began, according to
South Korea's intelligence agency. Reuters identified at least 64 arms shipments.
"""


def test_harvest_prints_a_registry_document(capsys, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    status, out, _ = run(capsys, "harvest", article, "--source", "The Asia Cable", "--date", "2025-07",
                         "--url", "https://example.org/asia")
    assert status == ExitStatus.OK
    assert out == f"""\
# factcheck harvest of {article}: 2 figures stated by 'The Asia Cable', 2025-07.
# Drafts: review each entry, and rewrite each about the way articles name the quantity.
version: 1
claims:
  - id: north-korea-munitions-shipped
    about: munitions shipped by North Korea
    sources:
      - name: The Asia Cable
        value: about 12 million
        date: 2025-07
        url: https://example.org/asia
        quote: North Korea has shipped about 12 million munitions since the war began, according to South Korea's intelligence agency.
        note: attributed in the text to South Korea's intelligence agency
  - id: arms-shipments
    about: arms shipments
    sources:
      - name: The Asia Cable
        value: at least 64
        date: 2025-07
        url: https://example.org/asia
        quote: Reuters identified at least 64 arms shipments.
"""
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_harvest_drafts_one_entry_for_a_quantity_stated_twice(capsys, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Reuters identified at least 64 arms shipments.\n\nIn all, at least 64 arms shipments "
                       "were identified.\n", encoding="utf-8")
    status, out, _ = run(capsys, "harvest", article, "--source", "Reuters", "--date", "2025-07")
    assert status == ExitStatus.OK
    assert out.splitlines()[:3] == [
        f"# factcheck harvest of {article}: 2 figures stated by 'Reuters', 2025-07.",
        "# 1 of them states again a quantity stated before: one entry each, with the first sentence as its quote.",
        "# Drafts: review each entry, and rewrite each about the way articles name the quantity.",
    ]
    [claim] = parse_registry(out, "harvested.yaml")
    assert (claim.id, [(s.value, s.quote) for s in claim.sources]) == (
        "arms-shipments", [("at least 64", "Reuters identified at least 64 arms shipments.")])


def test_harvest_with_a_registry_adds_sources_under_existing_ids(capsys, tmp_path, tagged):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    digest = hashlib.sha256(tagged.read_bytes()).hexdigest()[:12]
    status, out, _ = run(capsys, "harvest", article, "--source", "DIA", "--date", "2025-06", "--registry", tagged)
    assert out.splitlines()[2:5] == [
        f"# Matched against {tagged} (sha256 {digest}): entries with an existing id are new sources",
        "# to add under that claim's sources there.",
        f"# Already recorded, left out: 'about 12 million' from 'DIA' in dprk-munitions ({tagged}:3).",
    ]
    assert out.splitlines()[7:9] == [
        f"  # New source for dprk-shipments ({tagged}:10): matched at 84.7, agrees with 1 of its 1 source.",
        "  - id: dprk-shipments",
    ]
    [claim] = parse_registry(out, "harvested.yaml")
    assert (claim.id, [(s.name, s.value, s.date) for s in claim.sources]) == (
        "dprk-shipments", [("DIA", "at least 64", "2025-06")])


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--source", "DIA", "--date", "June 2025"),
         "Error: --date 'June 2025' is not a real date written YYYY, YYYY-MM or YYYY-MM-DD\n"),
        (("--source", " ", "--date", "2025-06"), "Error: --source must name who stated the figures\n"),
    ],
)
def test_harvest_refuses_bad_options(capsys, options, message):
    assert run(capsys, "harvest", DRAFT, *options) == (ExitStatus.ERROR, "", message)


@pytest.mark.skipif(not (REPO.parent / "shared" / "seeds").is_dir(), reason="../shared/seeds is not available")
def test_harvest_a_seed_lint_it_and_check_the_seed_against_it(capsys, tmp_path):
    seed = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))[0]
    status, harvested, _ = run(capsys, "harvest", seed, "--source", "The Asia Cable", "--date", "2025-07")
    registry = tmp_path / "registry.yaml"
    registry.write_text("", encoding="utf-8")
    with registry.open("a", encoding="utf-8") as appended:
        appended.write(harvested)
    assert run(capsys, "registry", "lint", registry)[0] == ExitStatus.OK
    status, out, _ = run(capsys, "check", "--format", "json", "--registry", registry, seed)
    findings = json.loads(out)["findings"]
    assert status == ExitStatus.OK and len(findings) == 13
    assert [f["verdict"] for f in findings] == ["agree"] * 13


def test_every_command_is_documented_in_the_readme():
    from factcheck.cli import cli

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    names = [name for name, command in cli.commands.items() if not hasattr(command, "commands")]
    names += [f"{group} {name}" for group, command in cli.commands.items() for name in getattr(command, "commands", {})]
    assert [name for name in names if f"factcheck {name}" not in readme] == []
