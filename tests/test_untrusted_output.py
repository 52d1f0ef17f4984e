"""What factcheck writes is safe to print when a draft, a registry or a file name is hostile.

Each test runs `python -m factcheck` as a CI job would and reads its raw bytes: no
forged workflow command (a line of its own starting "::"), no escape sequence of the
input reaching the terminal, and valid UTF-8 in every format whatever the file names.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, SCHEMAS

FORMATS = ("text", "plain", "github", "json", "sarif")

# Every source string a registry author controls, each trying to start a line of its own
# or to drive the terminal.
HOSTILE_REGISTRY = r"""version: 1
claims:
  - id: harbour-bridge-cost
    about: cost of the new Harbour Bridge
    sources:
      - name: "City Treasury\n::error file=forged.md,line=1::forged by the name\e[2K"
        value: $420 million
        date: 2024-03
        note: "roads\r\n::warning::forged by the note \e]52;c;ZXZpbA==\a\u2028::error::after a line separator"
"""
CONFLICT = "The Harbour Bridge cost $900 million, the mayor said.\n"


def run(*arguments, cwd: Path) -> subprocess.CompletedProcess:
    """Run factcheck in ``cwd``; arguments may be bytes (a file name that is not UTF-8)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "factcheck", *arguments], cwd=cwd, env=env,
                          capture_output=True, timeout=60)


def forged_lines(output: bytes) -> list[bytes]:
    """Return the lines of an output that GitHub's runner would read as a workflow command it was not sent."""
    lines = re.split(rb"\r\n|\r|\n|\xe2\x80\xa8|\xe2\x80\xa9", output)
    return [line for line in lines if re.match(rb"\s*::(error|warning)( file=forged\.md,line=1)?::forged", line)]


@pytest.fixture
def hostile(tmp_path):
    (tmp_path / "claims.yaml").write_text(HOSTILE_REGISTRY, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("output_format", ("text", "plain", "github"))
def test_a_registry_string_with_a_line_break_starts_no_workflow_command(hostile, output_format):
    (hostile / "draft.md").write_text(CONFLICT, encoding="utf-8")
    done = run("check", "--format", output_format, "--no-color", "draft.md", cwd=hostile)
    assert done.returncode == 1, done.stderr
    assert b"$900 million" in done.stdout
    assert forged_lines(done.stdout) == []
    assert b"\x1b" not in done.stdout and b"\x07" not in done.stdout
    assert b"forged by the name\\x1b[2K" in done.stdout  # shown, not acted on


def test_github_writes_one_command_per_finding_and_escapes_the_registry_note(hostile):
    (hostile / "draft.md").write_text(CONFLICT, encoding="utf-8")
    lines = run("check", "--format", "github", "draft.md", cwd=hostile).stdout.decode().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("::error file=draft.md,line=1,col=25,endLine=1,endColumn=37,title=conflict (harbour-bridge-cost)::")
    assert "City Treasury ::error file=forged.md,line=1::forged by the name\\x1b[2K (2024-03)" in lines[0]


FORGED_NAME = "draft\n::error::forged by the file name\x1b[2K.md"


@pytest.mark.parametrize("output_format", ("text", "plain", "github"))
def test_a_file_name_with_a_line_break_starts_no_workflow_command(hostile, output_format):
    (hostile / FORGED_NAME).write_text(CONFLICT, encoding="utf-8")
    done = run("check", "--format", output_format, "--no-color", ".", cwd=hostile)
    assert done.returncode == 1, done.stderr
    assert forged_lines(done.stdout) == []
    shown = b"draft ::error::forged by the file name\\x1b[2K.md"
    assert (shown.replace(b":", b"%3A") if output_format == "github" else shown) in done.stdout


def test_a_file_name_on_stderr_starts_no_workflow_command(hostile):
    done = run("check", "--format", "github", FORGED_NAME, cwd=hostile)
    assert done.returncode == 2
    assert forged_lines(done.stderr) == []
    assert done.stderr.decode() == (
        "factcheck: draft ::error::forged by the file name\\x1b[2K.md: no such file or folder; not checked\n")


# --- terminal escapes ---------------------------------------------------------------

ESCAPING_DRAFT = (
    "The Harbour Bridge cost \x1b[2K$900 million [bold red]in total[/], said "
    "\x1b]8;;https://evil.example\x07the mayor\x1b]8;;\x07 \x9b2K\u202e12\u202c.\n"
)


@pytest.mark.parametrize("color", ("--no-color", "--color"))
def test_no_escape_sequence_of_a_draft_a_registry_or_a_file_name_reaches_the_terminal(hostile, color):
    (hostile / "report\x1b]52;c;ZXZpbA==\x07.md").write_text(ESCAPING_DRAFT, encoding="utf-8")
    done = run("check", "--format", "text", color, ".", cwd=hostile)
    assert done.returncode == 1, done.stderr
    out = done.stdout.decode()
    # The only escape sequences left are rich's own colours (SGR), and only when asked for.
    own = re.findall(r"\x1b\[[0-9;]*m", out)
    assert bool(own) == (color == "--color")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", re.sub(r"\x1b\[[0-9;]*m", "", out))
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "report\\x1b]52;c;ZXZpbA==\\x07.md" in plain
    assert "CONFLICT  $900 million  harbour-bridge-cost" in plain
    assert "[bold red]in total[/]" in plain  # a draft's brackets are text, not rich markup
    assert "\\x1b]8;;https://evil.example\\x07the mayor" in plain


def test_an_escape_sequence_is_not_read_as_a_figure(tmp_path):
    (tmp_path / "a.txt").write_text("Erase \x1b[2Kthis, cost $900 million, \x9b3J \x1b]8;;x7\x07 ok.\n", encoding="utf-8")
    done = run("extract", "--format", "json", "a.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [(c["text"], c["start"]) for c in json.loads(done.stdout)["claims"]] == [("$900 million", 21)]


# --- file names that are not UTF-8 ---------------------------------------------------

NOT_UTF8 = b"caf\xe9 \xff.md"  # Latin-1 bytes: not valid UTF-8
SHOWN = "caf\\xe9 \\xff.md"  # how every format names it


@pytest.fixture
def latin1_name(tmp_path):
    if sys.platform in ("darwin", "win32"):
        pytest.skip("this file system does not take a name that is not UTF-8")
    (tmp_path / "claims.yaml").write_text(HOSTILE_REGISTRY.replace(r"\e", "").replace(r"\a", ""), encoding="utf-8")
    try:
        with open(os.path.join(os.fsencode(tmp_path), NOT_UTF8), "wb") as draft:
            draft.write(CONFLICT.encode())
    except OSError:
        pytest.skip("this file system does not take a name that is not UTF-8")
    return tmp_path


@pytest.mark.parametrize("given", ("name", "folder"))
@pytest.mark.parametrize("output_format", FORMATS)
def test_a_file_name_that_is_not_utf8_is_written_escaped_in_valid_utf8(latin1_name, output_format, given):
    target = NOT_UTF8 if given == "name" else b"."
    done = run("check", "--format", output_format, "--no-color", target, cwd=latin1_name)
    assert done.returncode == 1, done.stderr
    out = done.stdout.decode("utf-8")  # strict: raises on any invalid byte
    done.stderr.decode("utf-8")
    path = SHOWN  # a folder's files are named relative to it
    if output_format == "json":
        assert [f["path"] for f in json.loads(out)["findings"]] == [path]
    elif output_format == "sarif":
        log = json.loads(out)
        location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"].endswith("caf%E9%20%FF.md")  # the bytes themselves
        schema = SCHEMAS / "sarif-schema-2.1.0.json"
        if schema.is_file():
            jsonschema = pytest.importorskip("jsonschema")
            jsonschema.validate(log, json.loads(schema.read_text(encoding="utf-8")))
    elif output_format == "github":
        assert out.startswith(f"::error file={path},line=1,col=25,")
    else:
        assert path in out


def test_a_missing_file_name_that_is_not_utf8_is_named_escaped_on_stderr(latin1_name):
    done = run("check", "--format", "json", b"missing-\xe9.md", cwd=latin1_name)
    assert done.returncode == 2
    assert done.stderr.decode("utf-8") == "factcheck: missing-\\xe9.md: no such file or folder; not checked\n"
    assert json.loads(done.stdout.decode("utf-8"))["skipped"][0]["path"] == "missing-\\xe9.md"


def test_harvest_keeps_a_file_name_with_a_line_break_inside_its_yaml_comment(tmp_path):
    name = "notes\nclaims: hijacked\n.txt"
    (tmp_path / name).write_text("The mayor said 4,000 homes were damaged by the March floods.\n", encoding="utf-8")
    done = run("harvest", "--source", "Mayor", "--date", "2024", name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    yaml = pytest.importorskip("yaml")
    harvested = yaml.safe_load(done.stdout.decode())
    assert harvested["version"] == 1 and isinstance(harvested["claims"], list)
    assert done.stdout.decode().startswith("# factcheck harvest of notes claims: hijacked .txt: ")


def test_an_error_naming_a_file_with_a_line_break_is_one_line(hostile):
    (hostile / FORGED_NAME).write_text("<!-- factcheck: ignore Not_An_Id -->\nSome text.\n", encoding="utf-8")
    done = run("check", "--format", "github", FORGED_NAME, cwd=hostile)
    assert done.returncode == 2
    assert forged_lines(done.stderr) == []
    assert done.stderr.decode() == (
        "Error: draft ::error::forged by the file name\\x1b[2K.md:1:1: 'Not_An_Id' is not a claim id\n")
