"""Keep parsed, indexed registries in the user's cache directory.

Reading a registry means parsing its YAML and every source's figure, then indexing
every phrase for matching: tens of seconds for 100,000 claims. What that produces
depends only on the registry files (their names and bytes) and on factcheck's own
code, so it is stored under a digest of both, and the next run reads it back in a
fraction of a second. Any change to a registry file or to factcheck gives a new
digest, so a stale entry is never read (factcheck's own files are known by their names,
sizes and modification times, as Python tells whether a compiled module is current).

The cache lives in ``$XDG_CACHE_HOME/factcheck`` (``~/.cache/factcheck`` without it, or
when it is not an absolute path, as the XDG spec says) and only ever holds what
factcheck can rebuild: deleting the directory is always safe. An entry is a file of
``marshal``-ed plain values (strings, numbers, tuples, dicts: nothing that runs code
when read) behind a header holding its checksum, written 0600 in a 0700 directory.
An entry is read only when the directory and the file are the user's own and no one
else can write to them, its checksum holds, and it records the very registry files
(names and SHA-256) being checked; anything else is ignored and rebuilt. A directory
that cannot be written is simply not used. ``FACTCHECK_NO_CACHE=1`` (or ``check
--no-cache``) turns it off.

Claims are stored one marshal blob each, written one at a time, and only made into
objects when a figure is matched to them, which is what makes a cached 100,000-claim
registry load fast.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import fields
from itertools import accumulate, chain
from pathlib import Path

from factcheck import __version__
from factcheck.cachedir import cache_directory, read_own_file, write_own_file
from factcheck.figures import Figure
from factcheck.index import Bucket, CandidateIndex, WordSets
from factcheck.registry import Claim, Registry, RegistryFile, Source
from factcheck.vocabulary import SYNONYMS_FILE, Vocabulary, adopt_default

# Bumped whenever the layout of an entry changes.
FORMAT = 7
# The items of a long tuple of the index written in one piece.
PIECE_ITEMS = 2**16
# Entries kept; the least recently used go first.
ENTRIES_KEPT = 8
_SUFFIX = ".registry"
# An entry is this, then the format, the CRC-32 of the body, the body's length and the
# length of its table; the body is each claim's marshal data, then each measure's part
# of the index, then the table (the key, the files, the size of each part, the registry's
# synonym groups and the default vocabulary's tables), written one part at a time.
_MAGIC = b"factcheck registry cache\n"
_FIELDS = ((4, "format"), (4, "checksum"), (8, "size"), (8, "table_size"))
_HEADER = len(_MAGIC) + sum(width for width, _ in _FIELDS)
# marshal's own version: a newer Python writes a newer layout, and the code digest covers the rest.
_MARSHAL_VERSION = 4
_FIGURE_FIELDS = tuple(field.name for field in fields(Figure))
# The sizes of the claims' parts, and where a bucket's claims are among the registry's:
# 8-byte numbers, whatever the platform's int.
_POSITION_TYPE = "q"


def registry_key(files: Sequence[RegistryFile]) -> str:
    """Return the digest naming the cache entry of these registry files (their names and content hashes)."""
    digest = hashlib.sha256(f"factcheck {__version__} cache {FORMAT}\0".encode())
    digest.update(_code_digest())
    for file in files:
        digest.update(f"\0{file.path}\0{file.sha256}\0".encode())
    return digest.hexdigest()


def load_registry(key: str, files: Sequence[RegistryFile] = ()) -> tuple[Registry, CandidateIndex] | None:
    """Return the registry and index stored under ``key``, or None when there is no usable entry.

    With ``files``, the entry must record exactly these files' names and SHA-256, so
    that the registry checked against is the one whose hash the report prints. The
    default vocabulary stored with the entry is adopted (factcheck.vocabulary.adopt_default)
    unless one is made already.
    """
    path = cache_directory() / (key + _SUFFIX)
    data = read_own_file(path)
    if data is None or len(data) < _HEADER or not data.startswith(_MAGIC):
        return None
    header = _read_header(data)
    body = memoryview(data)[_HEADER:]
    if (header["format"] != FORMAT or header["size"] != len(body) or header["table_size"] > len(body)
            or zlib.crc32(body) != header["checksum"]):
        return None  # another layout, or a corrupt or truncated entry
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects: the collector would only slow the load
    try:
        table = marshal.loads(body[len(body) - header["table_size"]:])
        stored_key, stored_files, paths, claim_sizes, bucket_sizes, synonyms, default_vocabulary = table
        if stored_key != key or (files and tuple(stored_files) != tuple((f.path, f.sha256) for f in files)):
            return None
        claim_sizes = memoryview(claim_sizes).cast(_POSITION_TYPE)
        claims = _StoredClaims(body, claim_sizes)
        buckets, start = {}, sum(claim_sizes)
        for measure, sizes in bucket_sizes:
            values = []
            for piece_sizes in sizes:
                pieces = []
                for size in piece_sizes:
                    pieces.append(marshal.loads(body[start:start + size]))
                    start += size
                values.append(pieces[0] if len(pieces) == 1 else tuple(chain.from_iterable(pieces)))
            buckets[measure] = _bucket(claims, *values)
        index = CandidateIndex(buckets, synonyms)
        vocabulary = Vocabulary(*default_vocabulary)
    except Exception:  # noqa: BLE001  (an entry of the wrong shape, whatever it raises, is rebuilt)
        return None
    finally:
        if collecting:
            gc.enable()
    _touch(path)
    adopt_default(vocabulary)
    return Registry(claims, paths), index


def store_registry(key: str, registry: Registry, index: CandidateIndex) -> None:
    """Store a registry and its index under ``key``; do nothing when the cache cannot be written."""
    files = tuple((file.path, file.sha256) for file in registry.files)
    directory = write_own_file(key + _SUFFIX, lambda out: _write_entry(out, key, files, registry, index))
    if directory is not None:
        try:
            _prune(directory)
        except OSError:
            pass  # a read-only home or a full disk: checking goes on without the cache


def _write_entry(out, key: str, files: tuple, registry: Registry, index: CandidateIndex) -> None:
    """Write an entry one part at a time: its marshal data is never all in memory at once."""
    out.write(bytes(_HEADER))  # filled in at the end
    checksum, size = 0, 0

    def write(blob: bytes) -> int:
        nonlocal checksum, size
        out.write(blob)
        checksum = zlib.crc32(blob, checksum)
        size += len(blob)
        return len(blob)

    # Sizes and positions as arrays of 8-byte numbers: a million int objects took some 40 MB
    # more, when stored and again when read back.
    claim_sizes = array(_POSITION_TYPE, (write(marshal.dumps(_claim_values(claim), _MARSHAL_VERSION))
                                         for claim in registry.claims)).tobytes()
    positions = _positions(registry.claims, index)
    # A bucket is written a value at a time, and a long tuple PIECE_ITEMS items at a time:
    # marshal keeps a table of every shared object it writes (a phrase's text is its claim's
    # about too), and a whole bucket of a million claims at once took some 300 MB more.
    bucket_sizes = tuple(
        (measure, tuple(_write_value(value, write) for value in _bucket_values(bucket, positions[measure])))
        for measure, bucket in index.buckets.items()
    )
    default = Vocabulary.default()
    table = (key, files, registry.paths, claim_sizes, bucket_sizes, index.synonyms,
             (default.synonyms, default.sections, default.names))
    table_size = write(marshal.dumps(table, _MARSHAL_VERSION))
    header = {"format": FORMAT, "checksum": checksum, "size": size, "table_size": table_size}
    out.seek(0)
    out.write(_MAGIC + b"".join(header[name].to_bytes(width, "big") for width, name in _FIELDS))


def _write_value(value, write) -> tuple[int, ...]:
    """Write one value of the index, a long tuple in pieces; return the size of each piece."""
    if type(value) is tuple and len(value) > PIECE_ITEMS:
        return tuple(write(marshal.dumps(value[at:at + PIECE_ITEMS], _MARSHAL_VERSION))
                     for at in range(0, len(value), PIECE_ITEMS))
    return (write(marshal.dumps(value, _MARSHAL_VERSION)),)


def _positions(claims: Sequence[Claim], index: CandidateIndex) -> dict[tuple, bytes]:
    """Return, by measure, where each claim of the index's bucket is among ``claims``,
    as the bytes of an array of 8-byte numbers (read back as a memoryview of them).

    A bucket holds its measure's claims in the registry's order (factcheck.index), so
    they are counted off in one pass, without a table of every claim (a million
    entries took some 100 MB); any other index is looked up claim by claim. An array
    rather than a tuple: a million int objects took some 40 MB more, when stored and
    when read back.
    """
    numbers: dict[tuple, array] = {measure: array(_POSITION_TYPE) for measure in index.buckets}
    for number, claim in enumerate(claims):
        found = numbers.get(claim.measure)
        if found is not None:
            found.append(number)
    for measure, bucket in index.buckets.items():
        found = numbers[measure]
        if len(found) != len(bucket.claims) or any(claims[n] is not c for n, c in zip(found, bucket.claims)):
            position = {id(claim): number for number, claim in enumerate(claims)}
            numbers = {m: array(_POSITION_TYPE, (position[id(claim)] for claim in b.claims))
                       for m, b in index.buckets.items()}
            break
    return {measure: found.tobytes() for measure, found in numbers.items()}


def _bucket_values(bucket: Bucket, positions: bytes) -> tuple:
    """Return one measure's part of the index as plain values, which _bucket makes a Bucket again."""
    return (
        positions,
        bucket.phrases_of, bucket.claim_of, bucket.texts, bucket.joined,
        dict(bucket.words.odd),
        bucket.sizes, bucket.postings, bucket.ids, bucket.by_id, bucket.common,
    )


def _read_header(data: bytes) -> dict[str, int]:
    header, start = {}, len(_MAGIC)
    for width, name in _FIELDS:
        header[name] = int.from_bytes(data[start:start + width], "big")
        start += width
    return header


def _claim_values(claim: Claim) -> tuple:
    """Return a claim as plain values, which marshal can write and _claim makes a Claim again."""
    sources = tuple(
        (s.name, s.value, tuple(getattr(s.figure, name) for name in _FIGURE_FIELDS),
         s.date, s.url, s.quote, s.note, s.line)
        for s in claim.sources
    )
    return claim.id, claim.about, claim.aliases, sources, claim.path, claim.line, claim.tags


def _claim(values: tuple) -> Claim:
    claim_id, about, aliases, sources, path, line, tags = values
    return Claim(claim_id, about, aliases,
                 tuple(Source(name, value, Figure(*figure), *rest) for name, value, figure, *rest in sources),
                 path, line, tags)


def _bucket(claims: _StoredClaims, positions: bytes, phrases_of, claim_of, texts, joined, odd_words, sizes, postings, ids,
            by_id, common) -> Bucket:
    return Bucket(_ClaimsAt(claims, memoryview(positions).cast(_POSITION_TYPE)), phrases_of, claim_of, texts, joined,
                   WordSets(joined, odd_words, postings), sizes, postings, ids, by_id, common)


class _StoredClaims(Sequence):
    """The claims of a cached registry, each made from its plain values the first time it is asked for."""

    def __init__(self, body: memoryview, sizes: Sequence[int]) -> None:
        self._body = body
        self._starts = array(_POSITION_TYPE, (0,))
        self._starts.extend(accumulate(sizes))
        self._claims: list[Claim | None] = [None] * len(sizes)

    def __len__(self) -> int:
        return len(self._claims)

    def __getitem__(self, number):
        if isinstance(number, slice):
            return [self[n] for n in range(*number.indices(len(self)))]
        claim = self._claims[number]
        if claim is None:
            if number < 0:
                number += len(self._claims)
            blob = self._body[self._starts[number]:self._starts[number + 1]]
            claim = self._claims[number] = _claim(marshal.loads(blob))
        return claim


class _ClaimsAt(Sequence):
    """Some of a cached registry's claims (one measure's), by their number in that measure."""

    def __init__(self, claims: _StoredClaims, positions: Sequence[int]) -> None:
        self._claims = claims
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, number):
        if isinstance(number, slice):
            return [self._claims[p] for p in self._positions[number]]
        return self._claims[self._positions[number]]


def _code_digest() -> bytes:
    """Return a digest of every module of the package, in every subpackage, and of the synonym
    table the index is read with: any change to factcheck voids the cache.

    A file is known by its name, size and modification time, as Python knows whether a
    module's compiled form is current: reading and hashing all of them took some 5 ms
    of every start.
    """
    digest = hashlib.sha256(__version__.encode())
    package = os.path.dirname(os.path.realpath(__file__))
    files = []
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        inside = os.path.relpath(folder, package).replace(os.sep, "/")
        files.extend((f"{inside}/{name}", os.path.join(folder, name)) for name in names
                     if name.endswith(".py") or (inside == "." and name == SYNONYMS_FILE))
    for name, path in sorted(files):
        status = os.stat(path)
        digest.update(f"\0{name}\0{status.st_size}\0{status.st_mtime_ns}".encode())
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
