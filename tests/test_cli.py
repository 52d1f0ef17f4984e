"""The command line end to end: inputs, formats, registry lookup and exit codes (docs/spec.md §2-4)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.cli import ExitStatus, main
from factcheck.inputs import bundled_registry_path

DRAFT = """\
# Draft

North Korea has shipped about 12 million munitions to Russia, and analysts say
around 40 percent of the shells fired by Russia's army came from North Korea.
"""
CONFLICTING = "North Korea sent 15,000 soldiers to fight for Russia in November 2024.\n"
UNRELATED = "The bakery sold 12 million loaves of bread.\n"

SMALL_REGISTRY = """\
version: 1
claims:
  - id: bread
    about: loaves of bread the bakery sold
    sources:
      - {name: Bakery accounts, value: "12 million", date: 2024}
"""


@pytest.fixture()
def run(monkeypatch, capsys):
    """Run factcheck in-process; return (status, stdout, stderr)."""

    def invoke(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return invoke


@pytest.fixture()
def draft(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_check_a_file_reports_each_figure_and_a_summary(run, draft) -> None:
    status, out, err = run("check", str(draft))
    assert status == ExitStatus.OK
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == str(draft)
    # The problem in full first, with each source's verdict as a symbol; then the agreement on one line.
    assert lines[1].split() == ["3:25", "±", "MIXED", "about", "12", "million", "dprk-munitions-to-russia"]
    assert "            ✓ about 12 million  " in out
    assert "            ✗ between 4.2 and 5.8 million  " in out
    assert lines[-3].split()[:4] == ["4:1", "✓", "AGREE", "around"]
    assert lines[-1].startswith("2 figures: ✓ 1 agree · ✗ 0 conflict · ± 1 mixed · ? 0 unmatched   registry: ")
    assert "\x1b[" not in out  # no escape codes when not writing to a terminal


def test_color_can_be_forced(run, draft) -> None:
    _, out, _ = run("check", "--color", str(draft))
    assert "\x1b[" in out


@pytest.mark.parametrize("args", [("check",), ("check", "-")])
def test_check_reads_standard_input(run, args) -> None:
    status, out, _ = run(*args, "--format", "json", stdin=DRAFT)
    assert status == ExitStatus.OK
    findings = json.loads(out)["findings"]
    assert [(f["path"], f["line"], f["column"], f["text"]) for f in findings] == [
        ("-", 3, 25, "about 12 million"),
        ("-", 4, 1, "around 40 percent"),
    ]


def test_check_json_follows_the_spec(run, draft) -> None:
    _, out, _ = run("check", "--format", "json", str(draft))
    payload = json.loads(out)
    assert payload["summary"] == {"agree": 1, "conflict": 0, "mixed": 1, "unmatched": 0, "inconsistent": 0}
    first = payload["findings"][0]
    spec_fields = {"path", "line", "column", "start", "end", "text", "claim_id", "verdict", "sources"}
    assert spec_fields <= first.keys()
    assert {k: first[k] for k in spec_fields - {"sources"}} == {
        "path": str(draft), "line": 3, "column": 25, "start": 33, "end": 49,
        "text": "about 12 million", "claim_id": "dprk-munitions-to-russia", "verdict": "mixed",
    }
    assert DRAFT[first["start"]:first["end"]] == first["text"]
    assert [{k: s[k] for k in ("name", "verdict", "figure", "date")} for s in first["sources"]] == [
        {"name": "South Korea's Defense Intelligence Agency (DIA)", "verdict": "agree",
         "figure": "about 12 million", "date": "2025-06"},
        {"name": "Open Source Center (OSC) and Reuters", "verdict": "conflict",
         "figure": "between 4.2 and 5.8 million", "date": "2025-03"},
        {"name": "Hugh Griffiths, Stockholm International Peace Research Institute (SIPRI)", "verdict": "agree",
         "figure": "millions", "date": "2025"},
    ]


def test_extract_json_follows_the_spec(run) -> None:
    status, out, _ = run("extract", "--format", "json", stdin="Seoul says about 12 million shells, up to 50% of needs.")
    assert status == ExitStatus.OK
    figures = json.loads(out)["claims"]
    spec = ("path", "line", "column", "start", "end", "text", "kind", "currency", "per", "low", "high", "qualifier")
    assert [{k: f[k] for k in spec} for f in figures] == [
        {"path": "-", "line": 1, "column": 12, "start": 11, "end": 27, "text": "about 12 million", "kind": "number",
         "currency": None, "per": None, "low": 12000000, "high": 12000000, "qualifier": "about"},
        {"path": "-", "line": 1, "column": 37, "start": 36, "end": 45, "text": "up to 50%", "kind": "percent",
         "currency": None, "per": None, "low": None, "high": 50, "qualifier": "at_most"},
    ]
    assert [f["counted"] for f in figures] == ["shells", "of needs"]


def test_extract_text_lists_figures(run) -> None:
    status, out, _ = run("extract", stdin="It cost an estimated $20 billion.")
    assert status == ExitStatus.OK
    assert out.splitlines() == ["-:1:9  an estimated $20 billion  money 20,000,000,000 USD (about)", "1 figure"]


@pytest.mark.parametrize(
    ("text", "fail_on", "status"),
    [
        (CONFLICTING, "conflict", ExitStatus.FINDINGS),
        (CONFLICTING, "never", ExitStatus.OK),
        (DRAFT, "conflict", ExitStatus.OK),  # mixed is below the default failing level
        (DRAFT, "mixed", ExitStatus.FINDINGS),
        (UNRELATED, "mixed", ExitStatus.OK),
        (UNRELATED, "unmatched", ExitStatus.FINDINGS),
        ("No figures here.\n", "unmatched", ExitStatus.OK),
    ],
)
def test_exit_status_follows_fail_on(run, text, fail_on, status) -> None:
    assert run("check", "--fail-on", fail_on, stdin=text)[0] == status


def test_a_conflict_names_the_claim_and_each_source(run) -> None:
    status, out, _ = run("check", "--format", "json", stdin=CONFLICTING)
    assert status == ExitStatus.FINDINGS
    (finding,) = json.loads(out)["findings"]
    assert (finding["claim_id"], finding["verdict"]) == ("dprk-troops-sent-2024", "conflict")
    assert [(s["name"], s["verdict"], s["figure"]) for s in finding["sources"]] == [
        ("Ukrainian officials", "conflict", "11,000"),
        # "thousands" spans 2,000 to 99,999: it agrees, and cannot rescue the conflict.
        ("Hugh Griffiths, Stockholm International Peace Research Institute (SIPRI)", "agree", "thousands"),
    ]


def test_registry_option_replaces_the_default_and_is_named(run, tmp_path) -> None:
    registry = tmp_path / "bread.yaml"
    registry.write_text(SMALL_REGISTRY, encoding="utf-8")
    status, out, _ = run("check", "--registry", str(registry), "--format", "json", stdin=UNRELATED)
    payload = json.loads(out)
    assert [(f["claim_id"], f["verdict"]) for f in payload["findings"]] == [("bread", "agree")]
    digest = hashlib.sha256(registry.read_bytes()).hexdigest()
    assert payload["registries"] == [{"path": str(registry), "sha256": digest, "bundled": False}]
    summary = run("check", "--registry", str(registry), stdin=UNRELATED)[1].splitlines()[-1]
    assert summary.endswith(f"registry: {registry} (sha256 {digest[:12]})")


def test_registries_merge_and_refuse_a_shared_id(run, tmp_path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(SMALL_REGISTRY, encoding="utf-8")
    second.write_text(SMALL_REGISTRY.replace("id: bread", "id: bread-again"), encoding="utf-8")
    status, out, _ = run("check", "--registry", str(first), "--registry", str(second), "--format", "json",
                         stdin=UNRELATED)
    assert status == ExitStatus.OK
    assert [r["path"] for r in json.loads(out)["registries"]] == [str(first), str(second)]

    status, out, err = run("check", "--registry", str(first), "--registry", str(first), stdin=UNRELATED)
    assert status == ExitStatus.ERROR
    assert out == ""
    assert f"{first}:3: claim id 'bread' is already defined at {first}:3" in err


def test_a_claims_yaml_in_the_current_directory_beats_the_bundled_one(run, tmp_path, monkeypatch) -> None:
    (tmp_path / "claims.yaml").write_text(SMALL_REGISTRY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, out, _ = run("check", "--format", "json", stdin=UNRELATED)
    payload = json.loads(out)
    assert [(r["path"], r["bundled"]) for r in payload["registries"]] == [("claims.yaml", False)]
    assert payload["findings"][0]["claim_id"] == "bread"


def test_without_a_local_registry_the_bundled_one_is_used(run, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _, out, _ = run("check", stdin=CONFLICTING)
    assert f"registry: {bundled_registry_path()} (bundled, sha256 " in out.splitlines()[-1]


def test_an_invalid_registry_exits_2_naming_each_problem(run, tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(textwrap.dedent("""\
        version: 1
        claims:
          - id: one
            about: shells
            sources:
              - {name: A, value: not a figure}
          - id: two
            sources:
              - {value: "1,000"}
        """), encoding="utf-8")
    status, out, err = run("check", "--registry", str(bad), stdin=DRAFT)
    assert status == ExitStatus.ERROR
    assert out == ""
    assert err.splitlines() == [
        f"factcheck: {bad}:6: value 'not a figure' is not a figure (e.g. 'about 12 million', 'up to 50%')",
        f"factcheck: {bad}:7: a claim is missing 'about'",
        f"factcheck: {bad}:9: a source is missing 'name'",
        "Error: the registry has 3 problem(s); nothing was checked",
    ]




def test_bad_usage_exits_2(run) -> None:
    status, _, err = run("check", "--fail-on", "sometimes")
    assert status == ExitStatus.ERROR
    assert "Invalid value for '--fail-on'" in err


def test_version(run) -> None:
    status, out, _ = run("--version")
    assert (status, out) == (ExitStatus.OK, f"factcheck, version {__version__}\n")


def test_files_are_never_modified(run, draft) -> None:
    before = draft.read_bytes(), draft.stat().st_mtime_ns
    run("check", str(draft))
    assert (draft.read_bytes(), draft.stat().st_mtime_ns) == before


def test_piping_into_python_m_factcheck() -> None:
    done = subprocess.run([sys.executable, "-m", "factcheck", "check"], input=CONFLICTING.encode(),
                          capture_output=True, check=False)
    assert done.returncode == ExitStatus.FINDINGS
    assert b"CONFLICT" in done.stdout
    assert done.stderr == b""


def test_a_registry_over_the_size_limit_is_refused_before_reading(run, tmp_path) -> None:
    registry = tmp_path / "big.yaml"
    registry.write_text(SMALL_REGISTRY + "#" * (2 * 2**20), encoding="utf-8")
    status, out, err = run("check", "--registry", str(registry), "--max-registry-mb", "1", stdin=UNRELATED)
    assert (status, out) == (ExitStatus.ERROR, "")
    assert err == f"Error: {registry}: 2 MB is over the registry size limit of 1 MB (raise it with --max-registry-mb)\n"
    assert run("check", "--registry", str(registry), "--max-registry-mb", "3", stdin=UNRELATED)[0] == ExitStatus.OK


def test_ctrl_c_exits_130_without_a_traceback(run, monkeypatch) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("factcheck.drafts.check_text", interrupted)
    status, _, err = run("check", stdin=DRAFT)
    assert status == 130
    assert "Traceback" not in err


def test_an_unexpected_error_is_one_line_unless_debugging(run, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("something inside broke")

    monkeypatch.setattr("factcheck.drafts.check_text", broken)
    status, _, err = run("check", stdin=DRAFT)
    assert (status, err) == (
        ExitStatus.ERROR,
        "Error: internal error: RuntimeError: something inside broke (run with --debug for details)\n",
    )
    with pytest.raises(RuntimeError, match="something inside broke"):
        run("--debug", "check", stdin=DRAFT)


def test_a_closed_pipe_stops_quietly(tmp_path) -> None:
    big = tmp_path / "big.md"
    big.write_text(CONFLICTING * 5000, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "factcheck", "check", str(big)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()  # the reader goes away, as `| head -1` does
    stderr = process.stderr.read()
    process.wait()
    assert stderr == b""
    assert process.returncode == 1


@pytest.mark.parametrize("output_format", ["json", "text"])
def test_a_large_file_is_streamed_with_the_same_report_and_status(run, tmp_path, monkeypatch, output_format) -> None:
    # Stretches of 50 characters make this small draft "large": it is checked while its
    # report is written, and the report, summary, suppressed count and exit status are
    # those of checking it whole.
    path = tmp_path / "draft.md"
    path.write_text(
        DRAFT + "\n" + CONFLICTING + "\n<!-- factcheck: ignore -->\n" + CONFLICTING + "\n" + UNRELATED, encoding="utf-8"
    )
    whole = run("check", "--format", output_format, "--show-unmatched", str(path))
    monkeypatch.setattr("factcheck.documents.STREAM_ABOVE", 50)
    monkeypatch.setattr("factcheck.drafts.STRETCH_CHARS", 50)
    streamed = run("check", "--format", output_format, "--show-unmatched", str(path))
    assert streamed == whole
    assert whole[0] == ExitStatus.FINDINGS
    assert ("1 suppressed" in whole[1]) if output_format == "text" else (json.loads(whole[1])["suppressed"] == 1)


def test_a_number_that_would_be_read_as_another_value_is_left_out_with_a_warning(tmp_path) -> None:
    # Read up to its zero-width space, "12\u200b000 loaves" would be 12 loaves: a conflict.
    (tmp_path / "claims.yaml").write_text(SMALL_REGISTRY, encoding="utf-8")
    clean = "The bakery sold 12 million loaves of bread.\n"
    (tmp_path / "clean.md").write_text(clean, encoding="utf-8")
    (tmp_path / "odd.md").write_text(
        clean + "Prices rose 7,7% in May.\n\nThe bakery sold 12\u200b000 loaves of bread.\n", encoding="utf-8"
    )

    def check(name: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "factcheck", "check", "--registry", "claims.yaml", "--format", "json", name],
            cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", check=False,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        )

    plain, odd = check("clean.md"), check("odd.md")
    assert plain.returncode == odd.returncode == ExitStatus.OK
    assert plain.stderr == ""
    assert odd.stderr.splitlines() == [
        'factcheck: warning: odd.md:2:13: number with a decimal comma left out: "7,7%"',
        'factcheck: warning: odd.md:4:17: number with a zero-width space (U+200B) left out: "12\\u200b000"',
    ]
    findings = json.loads(odd.stdout)["findings"]
    assert [(f["text"], f["verdict"]) for f in findings] == [("12 million", "agree")]


def test_a_large_file_on_one_line_is_streamed_with_the_same_report(run, tmp_path, monkeypatch) -> None:
    # No blank line to cut at: stretches of a few thousand characters cut the one line
    # at sentence breaks, and every finding keeps its line, column, span and verdict.
    sentences = [" ".join(DRAFT.split()), CONFLICTING.strip(), UNRELATED.strip(), "It sent 3,000 of its 11,000 troops, or 40%."]
    path = tmp_path / "one-line.txt"
    path.write_text(" ".join(sentences * 40), encoding="utf-8")
    whole = run("check", "--format", "json", "--show-unmatched", str(path))
    monkeypatch.setattr("factcheck.documents.STREAM_ABOVE", 50)
    monkeypatch.setattr("factcheck.drafts.STRETCH_CHARS", 3000)
    monkeypatch.setattr("factcheck.drafts.PARAGRAPH_REACH", 1000)
    streamed = run("check", "--format", "json", "--show-unmatched", str(path))
    assert streamed == whole
    findings = json.loads(whole[1])["findings"]
    assert len(findings) > 200 and {f["verdict"] for f in findings} >= {"conflict", "inconsistent", "unmatched"}
    assert all(f["line"] == 1 and f["column"] == f["start"] + 1 for f in findings)
