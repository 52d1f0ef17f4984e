"""Keep parsed, indexed registries in the user's cache directory.

Reading a registry means parsing its YAML and every source's figure, then indexing
every phrase for matching: tens of seconds for 100,000 claims. What that produces
depends only on the registry files (their names and bytes) and on factcheck's own
code, so it is stored under a digest of both, and the next run reads it back in a
fraction of a second. Any change to a registry file or to factcheck gives a new
digest, so a stale entry is never read.

The cache lives in ``$XDG_CACHE_HOME/factcheck`` (``~/.cache/factcheck`` without it)
and only ever holds what factcheck can rebuild: deleting the directory is always
safe. An unreadable, corrupt or foreign entry is ignored and rebuilt; a directory that
cannot be written is simply not used. ``FACTCHECK_NO_CACHE=1`` (or ``check
--no-cache``) turns it off.

Claims are stored one pickled blob each and only unpickled when a figure is matched
to them, which is what makes a cached 100,000-claim registry load fast.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from factcheck import __version__
from factcheck.matching import CandidateIndex, _Bucket
from factcheck.registry import Claim, Registry, RegistryFile

DISABLE_VARIABLE = "FACTCHECK_NO_CACHE"
# Bumped whenever the layout of an entry changes.
FORMAT = 2
# Entries kept; the least recently used go first.
ENTRIES_KEPT = 8
_SUFFIX = ".registry"


def is_disabled() -> bool:
    """Return whether the user turned the cache off with FACTCHECK_NO_CACHE."""
    return os.environ.get(DISABLE_VARIABLE, "").strip().lower() not in ("", "0", "false", "no")


def cache_directory() -> Path:
    """Return where factcheck keeps its cache: $XDG_CACHE_HOME/factcheck, or ~/.cache/factcheck."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "factcheck"


def registry_key(files: Sequence[RegistryFile]) -> str:
    """Return the digest naming the cache entry of these registry files (their names and content hashes)."""
    digest = hashlib.sha256(f"factcheck {__version__} cache {FORMAT}\0".encode())
    digest.update(_code_digest())
    for file in files:
        digest.update(f"\0{file.path}\0{file.sha256}\0".encode())
    return digest.hexdigest()


def load_registry(key: str) -> tuple[Registry, CandidateIndex] | None:
    """Return the registry and index stored under ``key``, or None when there is no usable entry."""
    path = cache_directory() / (key + _SUFFIX)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects: the collector would only slow the load
    try:
        stored_format, stored_key, paths, blobs, buckets = pickle.loads(data)
        if stored_format != FORMAT or stored_key != key:
            return None
        claims = _StoredClaims(blobs)
        index = CandidateIndex({measure: _bucket(claims, *fields) for measure, fields in buckets.items()})
    except Exception:  # noqa: BLE001  (a corrupt or foreign entry, whatever it raises, is rebuilt)
        return None
    finally:
        if collecting:
            gc.enable()
    _touch(path)
    return Registry(claims, paths), index


def store_registry(key: str, registry: Registry, index: CandidateIndex) -> None:
    """Store a registry and its index under ``key``; do nothing when the cache cannot be written."""
    position = {id(claim): number for number, claim in enumerate(registry.claims)}
    blobs = tuple(pickle.dumps(claim, protocol=pickle.HIGHEST_PROTOCOL) for claim in registry.claims)
    buckets = {
        measure: (
            tuple(position[id(claim)] for claim in bucket.claims),
            bucket.phrases_of, bucket.claim_of, bucket.texts, bucket.joined,
            {p: words for p, words in enumerate(bucket.words) if words != _split(bucket.joined[p])},
            bucket.sizes, bucket.postings, bucket.ids, bucket.by_id, bucket.common,
        )
        for measure, bucket in index.buckets.items()
    }
    data = pickle.dumps((FORMAT, key, registry.paths, blobs, buckets), protocol=pickle.HIGHEST_PROTOCOL)
    directory = cache_directory()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed into place, so a reader never sees half an entry.
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, directory / (key + _SUFFIX))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(directory)
    except OSError:
        pass  # a read-only home or a full disk: checking goes on without the cache


def _bucket(claims: _StoredClaims, positions, phrases_of, claim_of, texts, joined, odd_words, sizes, postings, ids,
            by_id, common) -> _Bucket:
    return _Bucket(_ClaimsAt(claims, positions), phrases_of, claim_of, texts, joined,
                   _WordSets(joined, odd_words, postings), sizes, postings, ids, by_id, common)


class _StoredClaims(Sequence):
    """The claims of a cached registry, each unpickled the first time it is asked for."""

    def __init__(self, blobs: tuple[bytes, ...]) -> None:
        self._blobs = blobs
        self._claims: list[Claim | None] = [None] * len(blobs)

    def __len__(self) -> int:
        return len(self._blobs)

    def __getitem__(self, number):
        if isinstance(number, slice):
            return [self[n] for n in range(*number.indices(len(self)))]
        claim = self._claims[number]
        if claim is None:
            claim = self._claims[number] = pickle.loads(self._blobs[number])
        return claim


class _ClaimsAt(Sequence):
    """Some of a cached registry's claims (one measure's), by their number in that measure."""

    def __init__(self, claims: _StoredClaims, positions: tuple[int, ...]) -> None:
        self._claims = claims
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, number):
        if isinstance(number, slice):
            return [self._claims[p] for p in self._positions[number]]
        return self._claims[self._positions[number]]


class _WordSets(dict):
    """A phrase's word set, made again from its joined words when first asked for.

    A dict, so that a set already made is read at C speed (``__missing__`` only runs
    for the others): matching reads thousands a figure.
    """

    def __init__(self, joined: tuple[str, ...], odd: dict[int, frozenset[str]], vocabulary: Iterable[str]) -> None:
        super().__init__(odd)
        self._joined = joined
        # The index's own word strings, shared by all phrases as in a fresh index.
        self._vocabulary = {word: word for word in vocabulary}

    def __missing__(self, phrase: int) -> frozenset[str]:
        words = self[phrase] = frozenset(map(self._vocabulary.__getitem__, self._joined[phrase].split(" ")))
        return words


def _split(joined: str) -> frozenset[str]:
    return frozenset(joined.split(" "))


def _code_digest() -> bytes:
    """Return a digest of factcheck's own modules: a change to the parser or index voids the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for module in sorted(package.glob("*.py")):
        digest.update(module.name.encode())
        digest.update(module.read_bytes())
    return digest.digest()


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass


def _prune(directory: Path) -> None:
    entries = sorted(directory.glob("*" + _SUFFIX), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in entries[ENTRIES_KEPT:]:
        stale.unlink(missing_ok=True)
