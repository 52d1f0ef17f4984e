"""Reading what the user points factcheck at: documents and registries.

The only module besides the CLI that touches files. It reads, never writes, and
turns every failure into an InputError whose message names the file.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from factcheck.check import Document
from factcheck.registry import Registry, merge_registries, parse_registry

STDIN = "-"
LOCAL_REGISTRY = "claims.yaml"
DEFAULT_MAX_REGISTRY_BYTES = 200 * 2**20


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


def read_registry(paths: tuple[str, ...], *, max_bytes: int = DEFAULT_MAX_REGISTRY_BYTES) -> Registry:
    """Return the registry to check against.

    Registries named with --registry win; then a claims.yaml in the current
    directory; then the registry bundled with factcheck. A file larger than
    ``max_bytes`` is refused before it is read.
    """
    if not paths:
        paths = (LOCAL_REGISTRY,) if Path(LOCAL_REGISTRY).is_file() else (str(bundled_registry_path()),)
    parts = []
    for path in paths:
        _refuse_oversized(path, max_bytes)
        data = _read_bytes(path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(f"{path}: not UTF-8 text (byte {error.start})") from None
        parts.append((path, parse_registry(text, path)))
    return merge_registries(parts)


def _refuse_oversized(path: str, max_bytes: int) -> None:
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # reading it will say what is wrong
    if size > max_bytes:
        raise InputError(f"{path}: {size / 2**20:.0f} MB is over the registry size limit of "
                         f"{max_bytes / 2**20:.0f} MB (raise it with --max-registry-mb)")


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
