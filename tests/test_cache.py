"""The registry cache: read back only for the very same files, never in the way."""

from __future__ import annotations

import marshal
import os
import pickle
import stat
import zlib

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


@pytest.mark.parametrize("aliases", [True, False], ids=["aliases", "no aliases"])
def test_an_index_written_in_pieces_reads_back_whole(registry_file, monkeypatch, aliases):
    # Long tuples of the index are written PIECE_ITEMS items at a time; here one item a piece.
    # Without aliases a bucket holds no phrases_of (phrase n is claim n's only one).
    alias = ", aliases: [trucks at gate {n}]" if aliases else ""
    lines = [REGISTRY if aliases else REGISTRY.replace("    aliases: [North Korean shells sent to Russia]\n", "")] + [
        f"  - {{id: count-{n}, about: lorries counted at crossing {n}{alias.format(n=n)},"
        f" sources: [{{name: Port, value: '{n + 1},000'}}]}}\n" for n in range(5)
    ]
    registry_file.write_text("".join(lines), encoding="utf-8")
    monkeypatch.setattr(cache, "PIECE_ITEMS", 1)
    fresh, fresh_index = inputs.read_indexed_registry((str(registry_file),))
    _refuse_to_parse(monkeypatch)
    cached, cached_index = inputs.read_indexed_registry((str(registry_file),))
    assert list(cached.claims) == list(fresh.claims)
    assert cached_index.buckets.keys() == fresh_index.buckets.keys()
    for measure, bucket in fresh_index.buckets.items():
        stored = cached_index.buckets[measure]
        assert list(stored.claims) == list(bucket.claims)
        for part in ("phrases_of", "claim_of", "texts", "joined", "sizes", "postings", "ids", "by_id", "common"):
            assert getattr(stored, part) == getattr(bucket, part), part
    assert max(len(bucket.texts) for bucket in fresh_index.buckets.values()) == (13 if aliases else 7)  # pieces
    assert (fresh_index.buckets[("number", None, None, None)].phrases_of is None) is not aliases
    assert _findings(cached, cached_index) == _findings(fresh, fresh_index)


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


# --- An entry that is not ours, or not what we wrote, is never read ------------------------------------------

STRANGER = 65534  # nobody
TAMPERED = REGISTRY.replace('"11,000"', '"30,000"')  # would turn the troops' "agree" into "conflict"
needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")


def _key(paths=("claims.yaml",)):
    return cache.registry_key(tuple(file for file, _ in inputs.read_registry_texts(paths)))


def _plant(key, text, tmp_path):
    """Write, under ``key``, the entry factcheck itself would write for the registry ``text``."""
    other = tmp_path / "planted" / "claims.yaml"
    other.parent.mkdir(exist_ok=True)
    other.write_text(text, encoding="utf-8")
    registry, index = inputs.read_indexed_registry((str(other),), use_cache=False)
    cache.store_registry(key, registry, index)
    (entry,) = [e for e in _entries() if e.name.startswith(key)]
    return entry


def _troops_verdict():
    registry, index = inputs.read_indexed_registry(())
    return _findings(registry, index)[1][1]


def test_a_planted_pickle_is_never_unpickled(registry_file, tmp_path):
    marker = tmp_path / "code-ran"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    cache.cache_directory().mkdir(parents=True, mode=0o700)
    (cache.cache_directory() / (_key() + ".registry")).write_bytes(pickle.dumps(Payload()))
    assert _troops_verdict() == "agree"
    assert not marker.exists()


def test_an_entry_for_other_registry_files_is_rebuilt(registry_file, tmp_path):
    _plant(_key(), TAMPERED, tmp_path)  # the right name, but the entry records planted/claims.yaml
    assert _troops_verdict() == "agree"


@needs_root
def test_an_entry_owned_by_another_user_is_ignored(registry_file, tmp_path):
    entry = _plant(_key(), TAMPERED, tmp_path)
    os.chown(entry, STRANGER, -1)
    assert _troops_verdict() == "agree"


@needs_root
def test_a_cache_directory_owned_by_another_user_is_not_used(registry_file, tmp_path):
    _plant(_key(), TAMPERED, tmp_path)
    os.chown(cache.cache_directory(), STRANGER, -1)
    assert _troops_verdict() == "agree"


@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o720])
def test_a_cache_directory_others_can_write_to_is_not_used(registry_file, tmp_path, mode):
    entry = _plant(_key(), TAMPERED, tmp_path)
    entry.chmod(0o600)
    cache.cache_directory().chmod(mode)
    assert _troops_verdict() == "agree"


def test_an_entry_others_can_write_to_is_ignored(registry_file, tmp_path):
    _plant(_key(), TAMPERED, tmp_path).chmod(0o666)
    assert _troops_verdict() == "agree"


def test_a_symbolic_link_as_an_entry_is_ignored(registry_file, tmp_path):
    planted = _plant(_key(), TAMPERED, tmp_path)
    elsewhere = planted.rename(tmp_path / "elsewhere.registry")
    planted.symlink_to(elsewhere)
    assert _troops_verdict() == "agree"


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", "cache-in-the-checkout")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_directory() == tmp_path / "home" / ".cache" / "factcheck"


def test_entries_are_0600_in_folders_made_0700(registry_file, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "made" / "here"))
    inputs.read_indexed_registry(())
    (entry,) = _entries()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    for folder in (tmp_path / "made", tmp_path / "made" / "here", cache.cache_directory()):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


@pytest.mark.parametrize("damage", ["truncated", "one byte flipped", "wrong shape"])
def test_a_damaged_entry_is_rebuilt_and_the_run_goes_on(registry_file, damage):
    inputs.read_indexed_registry(())
    (entry,) = _entries()
    data = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "one byte flipped":
        middle = len(data) // 2
        entry.write_bytes(data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1:])
    else:  # a well-formed entry of the right format whose values are not what an entry holds
        files = tuple((file.path, file.sha256) for file, _ in inputs.read_registry_texts(()))
        body = marshal.dumps((entry.stem, files, ("claims.yaml",), (0,), {("number", None, None, None): (1, 2)}))
        fields = ((cache.FORMAT, 4), (zlib.crc32(body), 4), (len(body), 8), (len(body), 8))  # a body of the table alone
        header = b"factcheck registry cache\n" + b"".join(n.to_bytes(width, "big") for n, width in fields)
        entry.write_bytes(header + body)
    assert _troops_verdict() == "agree"
    assert entry.read_bytes() == data  # written again, whole


def test_a_change_to_any_module_in_any_subpackage_voids_the_cache(tmp_path, monkeypatch):
    package = tmp_path / "factcheck"
    (package / "figures").mkdir(parents=True)
    (package / "cache.py").write_text("# the cache\n")
    module = package / "figures" / "lexicon.py"
    module.write_text("HEDGES = ('about',)\n")
    monkeypatch.setattr(cache, "__file__", str(package / "cache.py"))
    before = cache._code_digest()
    module.write_text("HEDGES = ('about', 'around')\n")
    assert cache._code_digest() != before
    table = package / "synonyms.yaml"
    table.write_text("events:\n  - [killed, died]\n")
    with_table = cache._code_digest()
    assert with_table != before
    os.utime(table, ns=(0, 10**18))  # the same bytes, written again at another time
    assert cache._code_digest() != with_table
