"""Reading what the user points factcheck at: documents and registries.

The only module besides the CLI that touches files. It reads, never writes, and
turns every failure into an InputError whose message names the file.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import sys
from collections import Counter
from dataclasses import replace
from fnmatch import translate
from typing import TYPE_CHECKING, BinaryIO
from pathlib import Path

from factcheck.errors import InputError  # noqa: F401  (importable from here, as before)
from factcheck.config import PYPROJECT_NAME, YAML_NAME, FileConfig, parse_config
from factcheck.defaults import DEFAULT_INCLUDE, DEFAULT_MAX_REGISTRY_MB
from factcheck.regexes import compiled
from factcheck.registry import Registry, RegistryError, RegistryFile, load_claims, merge_registries
from factcheck.report import Document

if TYPE_CHECKING:
    from factcheck.baseline import BaselineEntry
    from factcheck.matching import CandidateIndex

# A registry directory holds YAML files, read in name order.
REGISTRY_SUFFIXES = (".yaml", ".yml")

STDIN = "-"
LOCAL_REGISTRY = "claims.yaml"
DEFAULT_MAX_REGISTRY_BYTES = DEFAULT_MAX_REGISTRY_MB * 2**20
# UTF-32's marks first: UTF-32-LE's begins with UTF-16-LE's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Where to look for the NUL bytes that text files never hold and binary files nearly always do.
_BINARY_SNIFF_BYTES = 8192


# Folders never walked into: hidden ones (.git, .venv) and installed JavaScript packages.
_SKIPPED_FOLDER = compiled(r"\..+|node_modules")


def read_documents(paths: tuple[str, ...], **selection) -> list[Document]:
    """Return the documents named by ``paths``; no path means standard input.

    Folders are searched as find_documents does, with the same keyword arguments.
    """
    return [read_document(path) for path in find_documents(paths or (STDIN,), **selection)]


def find_documents(
    paths: tuple[str, ...], *, include: tuple[str, ...] = DEFAULT_INCLUDE, exclude: tuple[str, ...] = (), root: str = ".",
    unreadable: list[tuple[str, str]] | None = None, force_exclude: bool = True, real_paths: dict[str, str] | None = None,
) -> list[str]:
    """Return the files to check: each path in turn, a folder replaced by the drafts in it.

    A folder yields its files (and its subfolders' files) whose name or path matches an
    ``include`` glob, sorted by path; hidden folders and node_modules are skipped. A
    file or folder matching an ``exclude`` glob is left out, even when named (a file
    named is kept when ``force_exclude`` is False). A glob
    with a "/" is matched against the path from ``root``, one without against each
    name in the path. Each file is returned once, at its first mention. A folder that
    cannot be listed (too deep for a path, permission denied) is added to ``unreadable``
    as (folder, reason) when it is given, and its files are left out. ``real_paths``, when
    given, is filled with each file's ``os.path.realpath`` (worked out here anyway).
    """
    found, seen = [], set()
    known: dict[str, str] = {}  # the real paths a walk knows without asking (see _walk)
    for path in paths:
        if path == STDIN:
            candidates = [STDIN]
        elif os.path.isdir(path):
            candidates = _walk(path, include, exclude, root, [] if unreadable is None else unreadable, known)
        elif not os.path.exists(path):
            raise InputError(f"{path}: no such file or folder")
        else:
            candidates = [] if force_exclude and _Globs(exclude, root).match(path) else [path]
        for candidate in candidates:
            key = candidate if candidate == STDIN else known.get(candidate) or os.path.realpath(candidate)
            if real_paths is not None:
                real_paths[candidate] = key
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def is_excluded(path: str, exclude: tuple[str, ...], root: str = ".") -> bool:
    """Return whether an ``exclude`` glob matches the file ``path``, as find_documents matches it."""
    return _Globs(exclude, root).match(path)


def _walk(folder: str, include: tuple[str, ...], exclude: tuple[str, ...], root: str,
          unreadable: list[tuple[str, str]], real_paths: dict[str, str] | None = None) -> list[str]:
    """Return the included files under ``folder``, as os.walk finds them (a link to a folder is
    not followed, nor a link to a file outside ``folder``, which is added to ``unreadable``),
    with a stack rather than recursion: a tree can be thousands of folders deep.

    ``real_paths``, when given, is told the ``os.path.realpath`` of each file that is no
    link, in a folder whose path has no "..": its folder's real path and its name (speed:
    realpath looks at every part of every path).
    """
    included, excluded = _Globs(include, root), _Globs(exclude, root)
    real_root = os.path.realpath(folder)
    inside = os.path.join(real_root, "")
    # Each folder with its real path when a walk can tell it: its parent's and its name (it is
    # no link: links to folders are not followed), so that no folder's path is resolved part
    # by part (speed, and a tree thousands of folders deep would cost the square of it).
    # With a "..", normpath may name another folder than the one listed: not told.
    told = real_paths is not None and os.pardir not in folder.replace(os.altsep or os.sep, os.sep).split(os.sep)
    files, pending = [], [(folder, real_root if told else None)]
    while pending:
        current, real_folder = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = list(listing)
        except OSError as error:
            shown = os.path.normpath(current)
            unreadable.append((shown, f"{shown}: folder cannot be read ({error.strerror or error})"))
            continue
        for entry in entries:
            path = os.path.join(current, entry.name)
            if _is_folder(entry):
                if not entry.is_symlink() and not _SKIPPED_FOLDER.fullmatch(entry.name) and not excluded.match(path):
                    pending.append((path, None if real_folder is None else os.path.join(real_folder, entry.name)))
            elif included.match(os.path.normpath(path)) and not excluded.match(os.path.normpath(path)):
                if entry.is_symlink() and not os.path.realpath(path).startswith(inside):
                    # A pull request could otherwise add a link to a secret and have the check print it.
                    shown = os.path.normpath(path)
                    unreadable.append((shown, f"{shown}: a symbolic link to a file outside {os.path.normpath(folder)}"))
                    continue
                files.append(os.path.normpath(path))
                if real_folder is not None and not entry.is_symlink():
                    real_paths[files[-1]] = os.path.join(real_folder, entry.name)
    # Normalised paths of one walk: their parts are what splitting at the separator gives.
    return sorted(files, key=lambda p: p.split(os.sep))


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


class _Globs:
    """Globs to match paths against, as find_documents says: with a "/", against the
    path from the root; without, against each name in it.

    Each kind is compiled into one pattern, and a path under the root is cut from its
    absolute form rather than worked out by os.path.relpath: a folder's walk matches
    thousands of files.
    """

    def __init__(self, globs: tuple[str, ...], root: str) -> None:
        self._by_path = _one_pattern(glob.strip("/") for glob in globs if "/" in glob.strip("/"))
        self._by_name = _one_pattern(glob for glob in globs if "/" not in glob.strip("/"))
        self._root = os.path.abspath(root)
        self._under_root = os.path.join(self._root, "")

    def match(self, path: str) -> bool:
        """Return whether ``path`` matches one of the globs."""
        if self._by_path is None and self._by_name is None:
            return False
        absolute = os.path.abspath(path)
        if absolute.startswith(self._under_root) and absolute != self._root:
            relative = absolute[len(self._under_root):].replace(os.sep, "/")
            names: list[str] | tuple[str, ...] = relative.split("/")
        else:
            relative = Path(os.path.relpath(absolute, self._root)).as_posix()
            names = Path(relative).parts
        if self._by_path is not None and self._by_path.match(relative):
            return True
        return self._by_name is not None and any(map(self._by_name.match, names))


def _one_pattern(globs) -> re.Pattern | None:
    """Return one pattern matching a whole string that fnmatchcase finds matches one of ``globs``."""
    translated = [translate(glob) for glob in globs]
    return re.compile("|".join(translated)) if translated else None


def read_document(path: str) -> Document:
    """Return one document, decoded as ``decode`` does; raise InputError naming it when it cannot be read.

    Binary data is refused from its first bytes, before the rest is read.
    """
    if path == STDIN:
        data = sys.stdin.buffer.read()
    else:
        with _open_regular(path) as file:
            data = _read(file, path, _BINARY_SNIFF_BYTES)
            nul = _first_nul(data)
            if nul >= 0:
                raise InputError(f"{path}: not text (binary data: a NUL byte at byte {nul})")
            data += _read(file, path)
    text, warning = decode(data, _shown(path))
    return Document(path, text, warnings=(warning,) if warning else ())


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Return the text of a file's bytes, and a warning naming ``name`` when bytes had to be replaced.

    A byte-order mark says UTF-8, UTF-16 or UTF-32 (and is dropped); otherwise the text
    is UTF-8, and bytes that are not are replaced with U+FFFD, so that every offset
    still refers to the decoded text. Data with a NUL byte early on is not text.
    """
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: not valid {encoding.upper()} text (byte {error.start})") from None
    nul = _first_nul(data)
    if nul >= 0:
        raise InputError(f"{name}: not text (binary data: a NUL byte at byte {nul})")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return data.decode("utf-8", errors="replace"), (
            f"{name}: invalid UTF-8 at byte {error.start}; undecodable bytes were replaced with U+FFFD"
        )


def _first_nul(data: bytes) -> int:
    """Return where the first NUL byte is in the first bytes of data without a byte-order mark, else -1."""
    if data.startswith(tuple(mark for mark, _ in _BYTE_ORDER_MARKS)):
        return -1
    return data.find(b"\x00", 0, _BINARY_SNIFF_BYTES)


def read_registry(paths: tuple[str, ...], *, max_bytes: int = DEFAULT_MAX_REGISTRY_BYTES) -> Registry:
    """Return the registry to check against, every file's problems raised at once.

    Registries named with --registry win; then a claims.yaml in the current
    directory; then the registry bundled with factcheck. A file larger than
    ``max_bytes`` is refused before it is read.
    """
    return _parse_registry_texts(read_registry_texts(paths, max_bytes=max_bytes))


def read_indexed_registry(paths: tuple[str, ...], *, max_bytes: int = DEFAULT_MAX_REGISTRY_BYTES,
                          use_cache: bool = True) -> tuple[Registry, CandidateIndex]:
    """Return the registry to check against (chosen as by ``read_registry``) and its matching index.

    Both come from the user's cache when it holds these very files (factcheck.cache),
    and are stored there after a fresh parse; an invalid registry is never cached.
    """
    from factcheck import cache, cachedir  # noqa: PLC0415  (lazy: only checking needs the index)
    from factcheck.matching import index_claims  # noqa: PLC0415

    texts = read_registry_texts(paths, max_bytes=max_bytes)
    files = tuple(file for file, _ in texts)
    use_cache = use_cache and not cachedir.is_disabled()
    if use_cache:
        key = cache.registry_key(files)
        stored = cache.load_registry(key, files)
        if stored is not None:
            registry, index = stored
            return replace(registry, files=files), index
    registry = _parse_registry_texts(texts)
    del texts  # up to 4 bytes a character: not kept while the index is built
    index = index_claims(registry.claims)
    if use_cache:
        cache.store_registry(key, registry, index)
    return registry, index


def _parse_registry_texts(texts: list[tuple[RegistryFile, str]]) -> Registry:
    """Return the registry of these files' texts, every file's problems raised at once."""
    parts, problems = [], []
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
    larger than ``max_bytes`` is refused before it is read, and no more than
    ``max_bytes`` are read from any (a device or a pipe has no size to look at).
    """
    if not paths:
        paths = (LOCAL_REGISTRY,) if Path(LOCAL_REGISTRY).is_file() else (str(bundled_registry_path()),)
    texts = []
    for path in _registry_files(paths):
        if path != STDIN:
            _refuse_oversized(path, max_bytes)
        data = sys.stdin.buffer.read(max_bytes + 1) if path == STDIN else _read_bytes(path, at_most=max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"{_shown(path)}: over the registry size limit of {max_bytes / 2**20:.0f} MB "
                             f"(raise it with --max-registry-mb)")
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


def find_config(start: Path) -> FileConfig | None:
    """Return the configuration that applies in ``start``, or None when there is none.

    Looks in ``start`` and then each folder above it, up to the top of the git
    repository or the home folder, whichever comes first, for a .factcheck.yaml or a
    pyproject.toml with a [tool.factcheck] table; the first found wins (in one folder,
    .factcheck.yaml first). A file owned by another user is ignored with a warning on
    stderr, as git ignores a repository it does not own: whoever can write to a
    shared folder above the project must not choose its registry.
    """
    home = Path(os.path.expanduser("~")).resolve()
    repository = None
    folders = []
    for folder in (start, *start.parents):
        folders.append(folder)
        if (folder / ".git").exists():
            repository = folder
            break
        if folder == home:
            break
    for folder in folders:
        for name in (YAML_NAME, PYPROJECT_NAME):
            candidate = folder / name
            if not candidate.is_file():
                continue
            shown = os.path.relpath(candidate)
            owner = candidate.stat().st_uid
            if owner != os.geteuid():
                from factcheck.reporters.messages import one_line  # noqa: PLC0415  (a folder name may hold anything)

                print(one_line(f"factcheck: warning: {shown}: owned by another user (uid {owner}), so not read; "
                               "a configuration is read only from a file of your own"), file=sys.stderr)
                continue
            text = _read_bytes(str(candidate)).decode("utf-8-sig", errors="replace")
            try:
                found = parse_config(text, shown, root=os.path.relpath(repository) if repository else None)
            except RecursionError:
                raise InputError(f"{shown}: nested too deeply") from None
            if found is not None:
                return found
    return None


def read_config(path: str) -> FileConfig:
    """Return the configuration file named on the command line (``--config``): its registries and
    paths may lie anywhere inside its own folder."""
    try:
        text = _read_bytes(path).decode("utf-8-sig", errors="replace")
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    found = parse_config(text, path)
    if found is None:
        raise InputError(f"{path}: has no [tool.factcheck] table")
    return found


def read_baseline(path: str) -> Counter[BaselineEntry]:
    """Return the findings a baseline file records."""
    from factcheck.baseline import BaselineError, parse_baseline  # noqa: PLC0415  (lazy: only --baseline reads one)

    try:
        return parse_baseline(_read_bytes(path).decode("utf-8-sig", errors="replace"), path)
    except BaselineError as error:
        raise InputError(str(error)) from None


def changed_lines(revision: str) -> dict[str, frozenset[int] | None]:
    """Return the lines changed since ``revision`` in each changed file of the repository
    (factcheck.gitdiff.changed_lines); raise InputError when git cannot say."""
    from factcheck.gitdiff import changed_lines as read_changes  # noqa: PLC0415  (lazy: only --changed-since needs git)

    return read_changes(revision)


def bundled_registry_path() -> Path:
    """Return the registry shipped inside the package (the repo's claims.yaml)."""
    # Looked for beside this module rather than by importlib.resources, which imports zipfile
    # and tempfile; a package read from a zip file has no registry file to give anyway.
    packaged = Path(__file__).parent / "claims.yaml"
    if packaged.is_file():
        return packaged
    # A source checkout or editable install: the curated file lives at the repo root.
    return Path(__file__).resolve().parent.parent / "claims.yaml"


def _read_bytes(path: str, *, at_most: int = -1) -> bytes:
    """Return the bytes of the regular file at ``path`` (no more than ``at_most`` when given)."""
    with _open_regular(path) as file:
        return _read(file, path, at_most)


# What a file that is not a regular one is, by its stat.S_IS* test.
_NOT_REGULAR = (
    (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def _open_regular(path: str) -> BinaryIO:
    """Open the regular file at ``path`` for reading; raise InputError naming it for anything else.

    A FIFO, a device or a socket (or a symbolic link to one) is refused from its status,
    before it is opened, so that opening it can neither block nor act; it is opened
    without blocking and looked at again, in case it was swapped in between.
    """
    try:
        _refuse_irregular(path, os.stat(path))
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _unreadable(path, error) from None
    try:
        _refuse_irregular(path, os.fstat(descriptor))
    except BaseException:
        os.close(descriptor)
        raise
    return os.fdopen(descriptor, "rb")


def _refuse_irregular(path: str, status: os.stat_result) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise InputError(f"{path}: is a directory, not a file")
    if not stat.S_ISREG(status.st_mode):
        kind = next((name for test, name in _NOT_REGULAR if test(status.st_mode)), "not a file")
        raise InputError(f"{path}: not a regular file but {kind}")


def _read(file: BinaryIO, path: str, at_most: int = -1) -> bytes:
    try:
        return file.read(at_most)
    except OSError as error:
        raise _unreadable(path, error) from None


def _unreadable(path: str, error: OSError) -> InputError:
    if isinstance(error, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{path}: is a directory, not a file")
    if isinstance(error, PermissionError):
        return InputError(f"{path}: permission denied")
    return InputError(f"{path}: cannot be read ({error.strerror or error})")


def _shown(path: str) -> str:
    return "<stdin>" if path == STDIN else path
