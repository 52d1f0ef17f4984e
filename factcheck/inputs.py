"""Reading what the user points factcheck at: documents and registries.

The only module besides the CLI that touches files. It reads, never writes, and
turns every failure into an InputError whose message names the file.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import replace
from importlib import resources
from pathlib import Path

from factcheck.check import Document
from factcheck.registry import Registry, RegistryError, RegistryFile, load_claims, merge_registries

# A registry directory holds YAML files, read in name order.
REGISTRY_SUFFIXES = (".yaml", ".yml")

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
    """Return the registry to check against, every file's problems raised at once.

    Registries named with --registry win; then a claims.yaml in the current
    directory; then the registry bundled with factcheck. A file larger than
    ``max_bytes`` is refused before it is read.
    """
    parts, problems = [], []
    texts = read_registry_texts(paths, max_bytes=max_bytes)
    for file, text in texts:
        claims, file_problems = load_claims(text, file.path)
        parts.append((file.path, claims))
        problems.extend(file_problems)
    if problems:
        raise RegistryError(problems)
    return replace(merge_registries(parts), files=tuple(file for file, _ in texts))


def read_registry_texts(paths: tuple[str, ...], *, max_bytes: int = DEFAULT_MAX_REGISTRY_BYTES,
                        ) -> list[tuple[RegistryFile, str]]:
    """Return the text of every registry file that ``paths`` names, with its content hash.

    A directory stands for the YAML files directly inside it, in name order.
    Without paths, the registry is resolved as for ``factcheck check``. A file
    larger than ``max_bytes`` is refused before it is read.
    """
    if not paths:
        paths = (LOCAL_REGISTRY,) if Path(LOCAL_REGISTRY).is_file() else (str(bundled_registry_path()),)
    texts = []
    for path in _registry_files(paths):
        if path != STDIN:
            _refuse_oversized(path, max_bytes)
        data = sys.stdin.buffer.read() if path == STDIN else _read_bytes(path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(f"{_shown(path)}: not UTF-8 text (byte {error.start})") from None
        bundled = path == str(bundled_registry_path())
        texts.append((RegistryFile(path, hashlib.sha256(data).hexdigest(), bundled), text))
    return texts


def _registry_files(paths: tuple[str, ...]) -> list[str]:
    files = []
    for path in paths:
        if path != STDIN and Path(path).is_dir():
            found = sorted(p for p in Path(path).iterdir() if p.suffix in REGISTRY_SUFFIXES and p.is_file())
            if not found:
                raise InputError(f"{path}: a registry directory, but it holds no .yaml or .yml file")
            files.extend(str(p) for p in found)
        else:
            files.append(path)
    return files


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
