"""Where factcheck keeps its cache, and reading and writing its files there safely.

The cache lives in ``$XDG_CACHE_HOME/factcheck`` (``~/.cache/factcheck`` without it, or
when it is not an absolute path, as the XDG spec says) and only ever holds what
factcheck can rebuild: deleting the directory is always safe. A file is read only when
the directory and the file are the user's own and no one else can write to them, and
written 0600 in a 0700 directory, aside and renamed into place. A directory that cannot
be written is simply not used. ``FACTCHECK_NO_CACHE=1`` turns the cache off.

Kept apart from ``factcheck.cache`` (the registry's entries) so that the extractor's
compiled patterns (``factcheck.regexes``) can be cached without importing the pipeline.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO, Callable

DISABLE_VARIABLE = "FACTCHECK_NO_CACHE"
# Group or others may write: such a directory or entry is not trusted.
_WRITABLE_BY_OTHERS = stat.S_IWGRP | stat.S_IWOTH


def is_disabled() -> bool:
    """Return whether the user turned the cache off with FACTCHECK_NO_CACHE."""
    return os.environ.get(DISABLE_VARIABLE, "").strip().lower() not in ("", "0", "false", "no")


def cache_directory() -> Path:
    """Return where factcheck keeps its cache: $XDG_CACHE_HOME/factcheck, or ~/.cache/factcheck.

    A relative XDG_CACHE_HOME is ignored, as the XDG spec says: it would put the cache
    in whatever folder factcheck runs in, a pull request's checkout among them.
    """
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "factcheck"


def own_directory(*, create: bool = False) -> Path | None:
    """Return the cache directory if it is the user's own and no one else can write to it (made so when asked)."""
    directory = cache_directory()
    if create:
        # Each folder made here is made 0700; Path.mkdir(parents=True) would give parents the umask's mode.
        for folder in reversed((directory, *directory.parents)):
            if not folder.is_dir():
                folder.mkdir(mode=0o700, exist_ok=True)
    try:
        status = directory.stat()
    except OSError:
        return None
    if not stat.S_ISDIR(status.st_mode) or status.st_uid != os.geteuid() or status.st_mode & _WRITABLE_BY_OTHERS:
        return None
    return directory


def read_own_file(path: Path) -> bytes | None:
    """Return the bytes of an entry that is the user's own, in a directory of theirs; else None."""
    if own_directory() is None:
        return None
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(handle, "rb") as entry:
        status = os.fstat(entry.fileno())
        if not stat.S_ISREG(status.st_mode) or status.st_uid != os.geteuid() or status.st_mode & _WRITABLE_BY_OTHERS:
            return None
        try:
            return entry.read()
        except OSError:
            return None


def write_own_file(name: str, write: Callable[[BinaryIO], object]) -> Path | None:
    """Write the cache file ``name`` by calling ``write`` with it open, aside and renamed into
    place; return the cache directory, or None (nothing written) when the cache cannot be written."""
    try:
        directory = own_directory(create=True)
        if directory is None:
            return None
        import tempfile  # noqa: PLC0415  (lazy: only a new file needs it, and it imports much)

        # mkstemp makes the file 0600; renamed into place, a reader never sees half of it.
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                write(out)
            os.replace(temporary, directory / name)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return directory
    except OSError:
        return None  # a read-only home or a full disk: factcheck goes on without the cache
