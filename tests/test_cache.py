"""The registry cache: read back only for the very same files, never in the way."""

from __future__ import annotations

import pytest

from factcheck import cache, inputs
from factcheck.check import check_text
from factcheck.cli import main
from factcheck.matching import Matcher
from factcheck.registry import RegistryError

from .conftest import REPO

REGISTRY = """\
version: 1
claims:
  - id: dprk-munitions
    about: munitions North Korea has shipped to Russia
    aliases: [North Korean shells sent to Russia]
    sources:
      - {name: DIA, value: about 12 million, date: 2025-06}
      - {name: OSC, value: between 4.2 and 5.8 million, date: 2025-03}
  - id: dprk-troops
    about: North Korean troops sent to Russia
    sources: [{name: NIS, value: "11,000"}]
"""
TEXT = "North Korea has shipped about 12 million munitions to Russia and sent 11,000 troops."


@pytest.fixture
def registry_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "claims.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


def _entries():
    directory = cache.cache_directory()
    return sorted(directory.glob("*.registry")) if directory.is_dir() else []


def _findings(registry, index):
    return [(f.figure.text, f.verdict, f.claim and f.claim.id, [s.verdict for s in f.sources])
            for f in check_text(TEXT, Matcher.from_index(index))]


def _refuse_to_parse(monkeypatch):
    def parse(*_):
        raise AssertionError("the registry was parsed again")

    monkeypatch.setattr(inputs, "load_claims", parse)


def test_the_second_read_comes_from_the_cache_with_the_same_claims_and_findings(registry_file, monkeypatch):
    fresh, fresh_index = inputs.read_indexed_registry((str(registry_file),))
    assert len(_entries()) == 1
    _refuse_to_parse(monkeypatch)
    cached, cached_index = inputs.read_indexed_registry((str(registry_file),))
    assert list(cached.claims) == list(fresh.claims)
    assert cached.paths == fresh.paths
    assert _findings(cached, cached_index) == _findings(fresh, fresh_index)
    assert _findings(cached, cached_index) == [
        ("about 12 million", "mixed", "dprk-munitions", ["agree", "conflict"]),
        ("11,000", "agree", "dprk-troops", ["agree"]),
    ]


def test_the_cache_lives_under_xdg_cache_home_or_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_directory() == tmp_path / "xdg" / "factcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_directory() == tmp_path / "home" / ".cache" / "factcheck"


def test_any_change_to_the_registry_is_read_afresh(registry_file):
    inputs.read_indexed_registry(())
    registry_file.write_text(REGISTRY.replace('"11,000"', '"20,000"'), encoding="utf-8")
    changed, index = inputs.read_indexed_registry(())
    assert changed.claims[1].sources[0].value == "20,000"
    assert _findings(changed, index)[1] == ("11,000", "conflict", "dprk-troops", ["conflict"])
    assert len(_entries()) == 2


def test_the_same_bytes_under_another_name_are_another_entry(registry_file, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_bytes(registry_file.read_bytes())
    inputs.read_indexed_registry(("claims.yaml",))
    registry, _ = inputs.read_indexed_registry((str(other),))
    assert {claim.path for claim in registry.claims} == {str(other)}


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_corrupt_entry_is_rebuilt(registry_file, damage):
    fresh, _ = inputs.read_indexed_registry(())
    (entry,) = _entries()
    entry.write_bytes(damage)
    registry, index = inputs.read_indexed_registry(())
    assert list(registry.claims) == list(fresh.claims)
    assert _findings(registry, index)[0][2] == "dprk-munitions"
    assert entry.read_bytes() != damage  # written again, whole


def test_an_unwritable_cache_directory_is_not_used(registry_file, tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    registry, index = inputs.read_indexed_registry(())
    assert _findings(registry, index)[1][2] == "dprk-troops"
    assert blocked.read_text() == "a file where the cache directory would go"


@pytest.mark.parametrize("how", ["environment", "option"])
def test_the_cache_can_be_turned_off(registry_file, monkeypatch, capsys, how):
    argv = ["check", "--format", "json", "-"]
    if how == "environment":
        monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    else:
        argv.insert(1, "--no-cache")
    monkeypatch.setattr("sys.stdin", _Stdin(TEXT))
    assert main(argv) == 0
    assert '"claim_id": "dprk-troops"' in capsys.readouterr().out
    assert _entries() == []


def test_an_invalid_registry_is_refused_and_never_cached(registry_file, capsys, monkeypatch):
    registry_file.write_text(REGISTRY.replace("about 12 million", "lots"), encoding="utf-8")
    with pytest.raises(RegistryError):
        inputs.read_indexed_registry(())
    monkeypatch.setattr("sys.stdin", _Stdin(TEXT))
    assert main(["check", "-"]) == 2
    assert "claims.yaml:7: value 'lots' is not a figure" in capsys.readouterr().err
    assert _entries() == []


def test_the_bundled_registry_is_cached_too(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no claims.yaml here: the bundled one is used
    inputs.read_indexed_registry(())
    _refuse_to_parse(monkeypatch)
    registry, _ = inputs.read_indexed_registry(())
    assert registry.paths == (str(inputs.bundled_registry_path()),)
    assert inputs.bundled_registry_path().samefile(REPO / "claims.yaml")


def test_only_the_most_recently_used_entries_are_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "claims.yaml"
    for n in range(cache.ENTRIES_KEPT + 3):
        path.write_text(REGISTRY.replace("11,000", f"{11_000 + n:,}"), encoding="utf-8")
        inputs.read_indexed_registry(())
    assert len(_entries()) == cache.ENTRIES_KEPT


class _Stdin:
    def __init__(self, text):
        import io

        self.buffer = io.BytesIO(text.encode("utf-8"))
