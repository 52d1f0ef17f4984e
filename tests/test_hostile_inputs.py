"""Every bad input gets a clear answer: a one-line error naming the file, or a warning,
and the right exit status; other files are still checked; spans stay exact."""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
from pathlib import Path

import pytest

from factcheck.cli import ExitStatus, main
from factcheck.inputs import decode

GOOD = "North Korea sent 11,000 soldiers to fight for Russia in November 2024.\n"


@pytest.fixture()
def run(monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str, stdin: bytes = b"") -> tuple[int, dict | str, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        status = main(["check", "--format", "json", *args])
        out, err = capsys.readouterr()
        return status, json.loads(out) if out.startswith("{") else out, err

    return invoke


def _found(report: dict) -> list[tuple[str, int, int, str, str]]:
    return [(f["path"], f["line"], f["column"], f["text"], f["verdict"]) for f in report["findings"]]


@pytest.mark.parametrize("stdin", [b"", b"   \n\t\n  ", b"\xef\xbb\xbf"], ids=["empty", "whitespace", "only a BOM"])
def test_empty_input_is_a_clean_check_of_nothing(run, stdin) -> None:
    status, report, err = run(stdin=stdin)
    assert (status, report["findings"], report["complete"], err) == (ExitStatus.OK, [], True, "")


@pytest.mark.parametrize(
    ("encoded", "name"),
    [
        (codecs.BOM_UTF8 + GOOD.encode("utf-8"), "UTF-8 with BOM"),
        (GOOD.encode("utf-16"), "UTF-16 with BOM"),
        (codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"), "UTF-16 big-endian with BOM"),
        (GOOD.encode("utf-32"), "UTF-32 with BOM"),
    ],
)
def test_byte_order_marks_say_the_encoding(run, tmp_path, encoded, name) -> None:
    (tmp_path / "draft.txt").write_bytes(encoded)
    status, report, err = run("draft.txt")
    assert (status, _found(report), err) == (ExitStatus.OK, [("draft.txt", 1, 18, "11,000", "agree")], "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Intro.\r\n\r\n" + GOOD.replace("\n", "\r\n"), [(3, 18)]),
        ("Intro.\r\r" + GOOD.replace("\n", "\r"), [(3, 18)]),
        ("a\r\nb\rc\n" + GOOD, [(4, 18)]),
    ],
    ids=["CRLF", "lone CR", "mixed"],
)
def test_every_line_ending_counts_once(run, tmp_path, text, expected) -> None:
    (tmp_path / "draft.txt").write_bytes(text.encode())
    _, report, _ = run("draft.txt")
    assert [(f["line"], f["column"]) for f in report["findings"]] == expected
    assert [text[f["start"]:f["end"]] for f in report["findings"]] == ["11,000"]


def test_invalid_utf8_is_replaced_with_a_warning_naming_the_byte(run, tmp_path) -> None:
    data = b"Caf\xe9 owners: " + GOOD.encode()
    (tmp_path / "latin.txt").write_bytes(data)
    status, report, err = run("latin.txt")
    assert status == ExitStatus.OK
    assert err == ("factcheck: warning: latin.txt: invalid UTF-8 at byte 3; "
                   "undecodable bytes were replaced with U+FFFD\n")
    (finding,) = report["findings"]
    text = data.decode("utf-8", errors="replace")
    assert text[finding["start"]:finding["end"]] == finding["text"] == "11,000"  # exact on the decoded text
    assert report["warnings"] == [err.removeprefix("factcheck: warning: ").rstrip()]
    assert report["complete"] is False
    assert run("latin.txt", "--strict")[0] == ExitStatus.ERROR


def test_a_binary_file_is_named_and_the_others_still_checked(run, tmp_path) -> None:
    (tmp_path / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "draft.md").write_text(GOOD)
    status, report, err = run("chart.png", "draft.md")
    assert status == ExitStatus.ERROR
    assert err == "factcheck: chart.png: not text (binary data: a NUL byte at byte 8); not checked\n"
    assert _found(report) == [("draft.md", 1, 18, "11,000", "agree")]
    assert report["skipped"] == [{"path": "chart.png", "reason": err.removeprefix("factcheck: ").removesuffix(
        "; not checked\n")}]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: "missing.md", "missing.md: no such file or folder"),
        (lambda d: _denied(d), "locked.md: permission denied"),
    ],
    ids=["missing", "permission denied"],
)
def test_a_file_that_cannot_be_read_is_named_and_the_others_still_checked(run, tmp_path, monkeypatch, make, reason):
    (tmp_path / "draft.md").write_text(GOOD)
    path = make(tmp_path)
    if path == "locked.md":  # root reads any file, so the refusal is simulated where it happens
        real = os.open
        monkeypatch.setattr(os, "open", lambda p, *rest: (_ for _ in ()).throw(PermissionError(13, "denied"))
                            if str(p).endswith("locked.md") else real(p, *rest))
    status, report, err = run(path, "draft.md")
    assert (status, err) == (ExitStatus.ERROR, f"factcheck: {reason}; not checked\n")
    assert _found(report) == [("draft.md", 1, 18, "11,000", "agree")]


def _denied(folder: Path) -> str:
    (folder / "locked.md").write_text(GOOD)
    return "locked.md"


def test_a_directory_is_searched_for_drafts(run, tmp_path) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "one.md").write_text(GOOD)
    status, report, _ = run("drafts")
    assert (status, _found(report)) == (ExitStatus.OK, [("drafts/one.md", 1, 18, "11,000", "agree")])


def test_strict_fails_a_check_that_suppressed_a_region(run, tmp_path) -> None:
    (tmp_path / "draft.md").write_text("<!-- factcheck: ignore -->\n" + GOOD)
    status, report, _ = run("draft.md")
    assert (status, report["suppressed"], report["complete"]) == (ExitStatus.OK, 1, False)
    assert run("draft.md", "--strict")[0] == ExitStatus.ERROR
    (tmp_path / "clean.md").write_text(GOOD)
    assert run("clean.md", "--strict")[0] == ExitStatus.OK


@pytest.mark.parametrize(
    ("data", "text", "warning"),
    [
        (b"plain", "plain", None),
        (b"\xff\xfeh\x00i\x00", "hi", None),
        (b"ok \xff\xfe", "ok \ufffd\ufffd", "x: invalid UTF-8 at byte 3; undecodable bytes were replaced with U+FFFD"),
    ],
)
def test_decode(data, text, warning) -> None:
    assert decode(data, "x") == (text, warning)


def test_runaway_numbers_never_reach_the_json_reporter(run) -> None:
    # Python refuses to print an int of more than 4,300 digits: the caps on digits, words
    # and magnitude keep every figure far below that.
    garbage = "1" * 20_000 + "\n" + "one hundred and " * 2_000 + "\n" + "9" * 5_000 + " million\n"
    status, report, err = run(stdin=(garbage + "They sent 12 million shells.\n").encode())
    assert (status, err) == (ExitStatus.OK, "")
    assert [f["text"] for f in report["findings"]] == ["12 million"]
