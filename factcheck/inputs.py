"""Reading what the user points factcheck at: documents and registries.

The only module besides the CLI that touches files. It reads, never writes, and
turns every failure into an InputError whose message names the file.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from fnmatch import translate
from typing import TYPE_CHECKING
from importlib import resources
from pathlib import Path

from factcheck.baseline import BaselineEntry, BaselineError, parse_baseline
from factcheck.config import DEFAULT_INCLUDE, PYPROJECT_NAME, YAML_NAME, FileConfig, parse_config
from factcheck.defaults import DEFAULT_MAX_REGISTRY_MB
from factcheck.registry import Registry, RegistryError, RegistryFile, load_claims, merge_registries
from factcheck.report import Document

if TYPE_CHECKING:
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


class InputError(Exception):
    """A file that could not be read, with a one-line reason naming it."""


# Folders never walked into: hidden ones (.git, .venv) and installed JavaScript packages.
_SKIPPED_FOLDER = re.compile(r"\..+|node_modules")


def read_documents(paths: tuple[str, ...], **selection) -> list[Document]:
    """Return the documents named by ``paths``; no path means standard input.

    Folders are searched as find_documents does, with the same keyword arguments.
    """
    return [read_document(path) for path in find_documents(paths or (STDIN,), **selection)]


def find_documents(
    paths: tuple[str, ...], *, include: tuple[str, ...] = DEFAULT_INCLUDE, exclude: tuple[str, ...] = (), root: str = "."
) -> list[str]:
    """Return the files to check: each path in turn, a folder replaced by the drafts in it.

    A folder yields its files (and its subfolders' files) whose name or path matches an
    ``include`` glob, sorted by path; hidden folders and node_modules are skipped. A
    file or folder matching an ``exclude`` glob is left out, even when named. A glob
    with a "/" is matched against the path from ``root``, one without against each
    name in the path. Each file is returned once, at its first mention.
    """
    found, seen = [], set()
    for path in paths:
        if path == STDIN:
            candidates = [STDIN]
        elif os.path.isdir(path):
            candidates = _walk(path, include, exclude, root)
        elif not os.path.exists(path):
            raise InputError(f"{path}: no such file or folder")
        else:
            candidates = [] if _Globs(exclude, root).match(path) else [path]
        for candidate in candidates:
            key = candidate if candidate == STDIN else os.path.realpath(candidate)
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _walk(folder: str, include: tuple[str, ...], exclude: tuple[str, ...], root: str) -> list[str]:
    included, excluded = _Globs(include, root), _Globs(exclude, root)
    files = []
    for current, folders, names in os.walk(folder):
        folders[:] = [
            name for name in folders
            if not _SKIPPED_FOLDER.fullmatch(name) and not excluded.match(os.path.join(current, name))
        ]
        for name in names:
            path = os.path.normpath(os.path.join(current, name))
            if included.match(path) and not excluded.match(path):
                files.append(path)
    # Normalised paths of one walk: their parts are what splitting at the separator gives.
    return sorted(files, key=lambda p: p.split(os.sep))


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
    """Return one document, decoded as ``decode`` does; raise InputError naming it when it cannot be read."""
    data = sys.stdin.buffer.read() if path == STDIN else _read_bytes(path)
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
    nul = data.find(b"\x00", 0, _BINARY_SNIFF_BYTES)
    if nul >= 0:
        raise InputError(f"{name}: not text (binary data: a NUL byte at byte {nul})")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return data.decode("utf-8", errors="replace"), (
            f"{name}: invalid UTF-8 at byte {error.start}; undecodable bytes were replaced with U+FFFD"
        )


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
    from factcheck import cache  # noqa: PLC0415  (lazy: only checking needs the index)
    from factcheck.matching import index_claims  # noqa: PLC0415

    texts = read_registry_texts(paths, max_bytes=max_bytes)
    files = tuple(file for file, _ in texts)
    use_cache = use_cache and not cache.is_disabled()
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
                print(f"factcheck: warning: {shown}: owned by another user (uid {owner}), so not read; "
                      "a configuration is read only from a file of your own", file=sys.stderr)
                continue
            text = _read_bytes(str(candidate)).decode("utf-8-sig", errors="replace")
            found = parse_config(text, shown, root=os.path.relpath(repository) if repository else None)
            if found is not None:
                return found
    return None


def read_baseline(path: str) -> Counter[BaselineEntry]:
    """Return the findings a baseline file records."""
    try:
        return parse_baseline(_read_bytes(path).decode("utf-8-sig", errors="replace"), path)
    except BaselineError as error:
        raise InputError(str(error)) from None


def changed_lines(revision: str) -> dict[str, frozenset[int] | None]:
    """Return the lines changed since ``revision`` in each changed file under the current folder.

    Keys are real paths; None stands for every line (a file git does not track yet).
    Lines are those of the working tree, read from ``git diff``.
    """
    diff = _git("diff", "--no-color", "--no-ext-diff", "--unified=0", "--relative", revision, "--")
    changed: dict[str, frozenset[int] | None] = {}
    path, lines = None, set()
    in_header = False  # "+++ " names a file only in a file's header, not in a hunk's added lines
    for line in diff.split("\n"):
        if line.startswith("diff --git "):
            in_header = True
        elif in_header and line.startswith("+++ "):
            if path is not None:
                changed[path] = frozenset(lines)
            target = line[4:].strip('"')
            path, lines = (None, set()) if target == "/dev/null" else (os.path.realpath(target[2:]), set())
        elif line.startswith("@@ ") and path is not None:
            in_header = False
            hunk = re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@", line)
            first, count = int(hunk.group(1)), int(hunk.group(2) or 1)
            lines.update(range(first, first + count))
    if path is not None:
        changed[path] = frozenset(lines)
    for untracked in _git("ls-files", "--others", "--exclude-standard").splitlines():
        changed[os.path.realpath(untracked)] = None
    return changed


def _git(*arguments: str) -> str:
    try:
        run = subprocess.run(["git", "-c", "core.quotepath=off", *arguments], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise InputError("git: not installed; --changed-since needs it") from None
    if run.returncode != 0:
        reason = (run.stderr.strip().splitlines() or ["failed"])[0]
        raise InputError(f"git {arguments[0]}: {reason}")
    return run.stdout


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
