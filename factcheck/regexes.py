"""Regular expressions compiled once per Python, and kept in the user's cache.

Compiling the extractor's patterns was most of what a short check cost: Python's ``re``
parses and compiles each pattern in Python code every time factcheck starts (the figure
pattern alone, some 9,000 characters, took about 20 ms). What ``re`` compiles a pattern
to depends only on the pattern, its flags and the Python compiling it, so ``compiled``
keeps that compiled form in the cache (``factcheck.cachedir``), one file per Python,
and hands it to ``re``'s own engine the next time: the same pattern, equal to what
``re.compile`` returns (patterns compare equal when their compiled code is), without
the parsing.

The file holds ``marshal``-ed plain values (strings, integers, bytes, tuples, dicts;
each pattern's code as the bytes of an array of its words) behind a checksum, with the exact Python version and the engine's ``MAGIC`` that wrote
it. An entry is stored only after the pattern it makes was found equal to
``re.compile``'s (code, flags and groups), and the engine validates the code again when
it is read. Anything else (another Python, a corrupt file, code the engine refuses) is
ignored and compiled anew; a Python without ``re``'s compiler modules (3.10) just
compiles. ``FACTCHECK_NO_CACHE=1`` turns it off. What a process compiled anew is stored
when it exits.
"""

from __future__ import annotations

import array
import atexit
import marshal
import re
import sys
import zlib

from factcheck import cachedir

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # Python 3.10 names them sre_compile and sre_parse: no cache there
    _sre = None

# One file per Python build: two builds of one version alternating would rewrite a shared one each run.
_FILE = f"patterns-{sys.implementation.cache_tag}-{zlib.crc32(sys.version.encode()):08x}.regex"
# Pattern files kept, this Python's among them; the least recently written go first.
FILES_KEPT = 4
_MAGIC = b"factcheck compiled patterns\n"
_MARSHAL_VERSION = 4
# More patterns than factcheck has: the file keeps only the last process's then.
ENTRIES_KEPT = 2000

# The code's words as stored: unsigned integers of the engine's size (4 bytes).
_WORD = next((code for code in "IL" if _sre and array.array(code).itemsize == _sre.CODESIZE), None)

# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup) as _sre.compile takes them, the code as bytes.
_stored: dict | None = None
_compiled_anew: dict[tuple[str, int], None] = {}


def compiled(source: str, flags: int = 0) -> re.Pattern:
    """Return ``re.compile(source, flags)``, from the cache when this Python compiled it before."""
    flags = int(flags)
    entry = _entries().get((source, flags))
    if entry is not None:
        try:
            final_flags, code, *groups = entry
            return _sre.compile(source, final_flags, array.array(_WORD, code).tolist(), *groups)
        except Exception:  # noqa: BLE001, S110  (refused, whatever it raises: compiled below and stored anew)
            pass
    pattern = re.compile(source, flags)
    if _WORD is not None and not flags & re.DEBUG and not cachedir.is_disabled():
        if not _compiled_anew:
            atexit.register(store)
        _compiled_anew[source, flags] = None
    return pattern


def store() -> None:
    """Add what this process compiled anew to the cache file (run when the process exits)."""
    if not _compiled_anew or cachedir.is_disabled():
        return
    entries = dict(_entries())
    for source, flags in _compiled_anew:
        entry = _entry(source, flags)
        if entry is not None:
            entries[source, flags] = entry
    if len(entries) > ENTRIES_KEPT:
        entries = {key: entries[key] for key in _compiled_anew if key in entries}
    _compiled_anew.clear()
    try:
        body = marshal.dumps((sys.version, _sre.MAGIC, entries), _MARSHAL_VERSION)
        cachedir.write_own_file(_FILE, lambda out: out.write(_MAGIC + zlib.crc32(body).to_bytes(4, "big") + body))
        others = sorted(cachedir.cache_directory().glob("patterns-*.regex"), key=lambda p: p.stat().st_mtime)
        for stale in [path for path in others if path.name != _FILE][:max(0, len(others) - FILES_KEPT)]:
            stale.unlink(missing_ok=True)
    except (OSError, RuntimeError, ValueError):  # no home folder, a full disk: the patterns compile as usual
        pass


def _entries() -> dict:
    global _stored  # noqa: PLW0603  (read once a process, on the first pattern)
    if _stored is None:
        _stored = _read() if _WORD is not None and not cachedir.is_disabled() else {}
    return _stored


def _read() -> dict:
    """Return the stored entries, or none when the file is missing, not the user's own, corrupt or another Python's."""
    try:
        data = cachedir.read_own_file(cachedir.cache_directory() / _FILE)
    except (OSError, RuntimeError):  # no home folder to find the cache in (Path.home() raises): none
        return {}
    start = len(_MAGIC) + 4
    if data is None or not data.startswith(_MAGIC):
        return {}
    body = memoryview(data)[start:]
    if zlib.crc32(body) != int.from_bytes(data[len(_MAGIC):start], "big"):
        return {}
    try:
        python, magic, entries = marshal.loads(body)
    except Exception:  # noqa: BLE001  (a file of the wrong shape, whatever it raises, is rewritten)
        return {}
    if python != sys.version or magic != _sre.MAGIC or not isinstance(entries, dict):
        return {}
    return entries


def _entry(source: str, flags: int) -> tuple | None:
    """Return what _sre.compile makes ``source`` from, as re.compile does; None if what it makes is not re.compile's."""
    try:
        parsed = _parser.parse(source, flags)
        # Plain integers: the compiler's opcodes are an int subclass, which marshal does not write.
        code = [int(word) for word in _compiler._code(parsed, flags)]  # noqa: SLF001
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, number in groupindex.items():
            indexgroup[number] = name
        groups = (parsed.state.groups - 1, groupindex, tuple(indexgroup))
        made, expected = _sre.compile(source, flags | parsed.state.flags, code, *groups), re.compile(source, flags)
    except Exception:  # noqa: BLE001  (another Python's re, whatever it raises: not cached)
        return None
    same = (made == expected and made.flags == expected.flags and made.groups == expected.groups
            and made.groupindex == expected.groupindex)
    return (flags | parsed.state.flags, array.array(_WORD, code).tobytes(), *groups) if same else None
