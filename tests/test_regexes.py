"""Patterns compiled once per Python and read back from the cache: the very patterns re.compile makes."""

from __future__ import annotations

import array
import json
import marshal
import re
import subprocess
import sys
import zlib

import pytest

from factcheck import cachedir, regexes

from .conftest import REPO

pytestmark = pytest.mark.skipif(regexes._WORD is None, reason="no cache of patterns on this Python")

PARAGRAPH = "The council said 1,200 homes were flooded, about 300 more than in 2019, and 40% of roads shut.\n"
# Runs a check as the console script does, then says what this process compiled anew.
_CHECK_THEN_SAY = (
    "import json, sys\n"
    "from factcheck.__main__ import main\n"
    "from factcheck import regexes\n"
    "sys.argv = ['factcheck', 'check', '--no-color', sys.argv[1]]\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    print(json.dumps(len(regexes._compiled_anew)))\n"
)


def _check(draft, seed: str):
    import os

    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", _CHECK_THEN_SAY, str(draft)], capture_output=True, text=True,
                          env=env, cwd=draft.parent, check=False)
    assert done.returncode in (0, 1), done.stderr
    report, said = done.stdout.rsplit("\n", 2)[:2]
    return report, json.loads(said)


def _file():
    return cachedir.cache_directory() / regexes._FILE


def _write(python: str, magic: int, entries: dict) -> None:
    body = marshal.dumps((python, magic, entries))
    directory = cachedir.own_directory(create=True)
    (directory / regexes._FILE).write_bytes(regexes._MAGIC + zlib.crc32(body).to_bytes(4, "big") + body)
    (directory / regexes._FILE).chmod(0o600)


def test_a_second_check_compiles_nothing_and_reports_the_same(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(PARAGRAPH, encoding="utf-8")
    first, compiled_first = _check(draft, "1")
    assert compiled_first > 100 and _file().is_file()
    # Another hash seed: the patterns are spelled the same whatever order a set iterates in.
    second, compiled_second = _check(draft, "2")
    assert (second, compiled_second) == (first, 0)
    assert first.startswith("3 figures")


def test_every_stored_pattern_is_the_one_re_compile_makes(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(PARAGRAPH, encoding="utf-8")
    _check(draft, "3")
    entries = regexes._read()
    assert len(entries) > 100
    from factcheck.figures.pattern import FIGURE

    assert (FIGURE.pattern, FIGURE.flags & ~re.UNICODE) in entries
    for (source, flags), (final_flags, code, *groups) in entries.items():
        made = regexes._sre.compile(source, final_flags, array.array(regexes._WORD, code).tolist(), *groups)
        expected = re.compile(source, flags)
        assert made == expected, source
        assert (made.flags, made.groups, made.groupindex) == (expected.flags, expected.groups, expected.groupindex)


def test_a_stored_pattern_is_read_back_as_re_compile_makes_it(monkeypatch):
    monkeypatch.setattr(regexes, "_compiled_anew", {})
    source, flags = r"(?P<number>\d+)\s*(?P<unit>km|mi)\b", re.IGNORECASE
    entry = regexes._entry(source, int(flags))
    _write(sys.version, regexes._sre.MAGIC, {(source, int(flags)): entry})
    monkeypatch.setattr(regexes, "_stored", None)
    pattern = regexes.compiled(source, flags)
    assert pattern == re.compile(source, flags) and pattern.match("12 KM").group("number", "unit") == ("12", "KM")
    assert regexes._compiled_anew == {}


@pytest.mark.parametrize("spoil", ["garbage", "checksum", "python", "magic", "refused", "odd bytes", "shape", "writable"])
def test_a_file_that_cannot_be_trusted_is_ignored_and_rewritten(monkeypatch, spoil):
    monkeypatch.setattr(regexes, "_compiled_anew", {})
    source = r"\d+(?:,\d{3})*"
    entry = regexes._entry(source, 0)
    refused = (entry[0], array.array(regexes._WORD, [99, 99, 99]).tobytes(), *entry[2:])
    if spoil == "garbage":
        cachedir.own_directory(create=True)
        _file().write_bytes(b"not a cache file")
    elif spoil == "checksum":
        _write(sys.version, regexes._sre.MAGIC, {(source, 0): entry})
        _file().write_bytes(_file().read_bytes()[:-1] + b"\x00")
    elif spoil == "python":
        _write("2.7.18 (default)", regexes._sre.MAGIC, {(source, 0): entry})
    elif spoil == "magic":
        _write(sys.version, regexes._sre.MAGIC + 1, {(source, 0): entry})
    elif spoil == "refused":
        _write(sys.version, regexes._sre.MAGIC, {(source, 0): refused})
    elif spoil == "odd bytes":
        _write(sys.version, regexes._sre.MAGIC, {(source, 0): (entry[0], entry[1][:-1], *entry[2:])})
    elif spoil == "shape":
        _write(sys.version, regexes._sre.MAGIC, {(source, 0): "not an entry"})
    else:
        _write(sys.version, regexes._sre.MAGIC, {(source, 0): refused})
        _file().chmod(0o620)
    monkeypatch.setattr(regexes, "_stored", None)
    assert regexes.compiled(source) == re.compile(source)
    assert list(regexes._compiled_anew) == [(source, 0)]
    if spoil == "writable":
        _file().unlink()
    regexes.store()
    monkeypatch.setattr(regexes, "_stored", None)
    assert regexes._entries() == {(source, 0): entry}


def test_without_the_cache_nothing_is_written(tmp_path, monkeypatch):
    import os

    draft = tmp_path / "draft.md"
    draft.write_text(PARAGRAPH, encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    done = subprocess.run([sys.executable, "-m", "factcheck", "check", "--no-color", str(draft)],
                          capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)},
                          check=False)
    assert done.returncode in (0, 1) and done.stdout.startswith("3 figures")
    assert not cachedir.cache_directory().exists()


def test_without_a_home_folder_the_patterns_compile_as_usual(monkeypatch):
    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(cachedir.Path, "home", no_home)
    monkeypatch.setattr(regexes, "_stored", None)
    monkeypatch.setattr(regexes, "_compiled_anew", {})
    assert regexes.compiled(r"(\d+) homes") == re.compile(r"(\d+) homes")
    regexes.store()  # nothing to write to, and nothing raised


def test_the_files_of_other_pythons_are_kept_four_at_most(monkeypatch):
    import os

    directory = cachedir.own_directory(create=True)
    others = [directory / f"patterns-cpython-3{minor}-0000000{minor}.regex" for minor in range(5)]
    for age, path in enumerate(others):
        path.write_bytes(b"another Python's patterns")
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    monkeypatch.setattr(regexes, "_stored", None)
    monkeypatch.setattr(regexes, "_compiled_anew", {})
    regexes.compiled(r"(\d+) schools")
    regexes.store()
    assert sorted(path.name for path in directory.glob("patterns-*.regex")) == sorted(
        [regexes._FILE, *(path.name for path in others[-3:])])
