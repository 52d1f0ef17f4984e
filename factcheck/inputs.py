"""Reading what the user points factcheck at: documents and registries.

The only module besides the CLI that touches files. It reads, never writes, and
turns every failure into an InputError whose message names the file.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from factcheck.check import Document
from factcheck.matching import CandidateIndex
from factcheck.registry import Registry, merge_registries, parse_registry

STDIN = "-"
LOCAL_REGISTRY = "claims.yaml"


class InputError(Exception):
    """A file that could not be read, with a one-line reason naming it."""


def read_documents(paths: tuple[str, ...]) -> list[Document]:
    """Return the documents named by ``paths``; no path means standard input."""
    return [read_document(path) for path in (paths or (STDIN,))]


def read_document(path: str) -> Document:
    """Return one document, decoded from UTF-8 (a byte-order mark is dropped)."""
    data = sys.stdin.buffer.read() if path == STDIN else _read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{_shown(path)}: not UTF-8 text (byte {error.start})") from None
    return Document(path, text)


def read_registry(paths: tuple[str, ...]) -> Registry:
    """Return the registry to check against.

    Registries named with --registry win; then a claims.yaml in the current
    directory; then the registry bundled with factcheck.
    """
    return merge_registries([(path, parse_registry(_registry_text(data), path)) for path, data in _registry_files(paths)])


def read_indexed_registry(paths: tuple[str, ...], *, use_cache: bool = True) -> tuple[Registry, CandidateIndex]:
    """Return the registry to check against (chosen as by ``read_registry``) and its matching index.

    Both come from the user's cache when it holds these very files (factcheck.cache),
    and are stored there after a fresh parse; an invalid registry is never cached.
    """
    from factcheck import cache  # noqa: PLC0415  (lazy: only checking needs the index)
    from factcheck.matching import index_claims  # noqa: PLC0415

    files = _registry_files(paths)
    use_cache = use_cache and not cache.is_disabled()
    if use_cache:
        key = cache.registry_key(files)
        stored = cache.load_registry(key)
        if stored is not None:
            return stored
    registry = merge_registries([(path, parse_registry(_registry_text(data), path)) for path, data in files])
    index = index_claims(registry.claims)
    if use_cache:
        cache.store_registry(key, registry, index)
    return registry, index


def _registry_files(paths: tuple[str, ...]) -> list[tuple[str, bytes]]:
    if not paths:
        paths = (LOCAL_REGISTRY,) if Path(LOCAL_REGISTRY).is_file() else (str(bundled_registry_path()),)
    return [(path, _read_bytes(path) if path != STDIN else sys.stdin.buffer.read()) for path in paths]


def _registry_text(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="strict")


def bundled_registry_path() -> Path:
    """Return the registry shipped inside the package (the repo's claims.yaml)."""
    packaged = resources.files("factcheck").joinpath("claims.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    # A source checkout or editable install: the curated file lives at the repo root.
    return Path(__file__).resolve().parent.parent / "claims.yaml"


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def _shown(path: str) -> str:
    return "<stdin>" if path == STDIN else path
