"""The one file factcheck writes (a baseline): whole or not at all, and never over an input.

A file is written to a new temporary file beside it and renamed over the old one, so
that an interrupted run leaves the old file, never half of the new one. A symbolic
link is refused rather than followed (it could point anywhere), and so is any file
this run has read: a draft given by mistake as the baseline stays a draft.
"""

from __future__ import annotations

import os
import secrets
import stat
from typing import Iterable


class WriteError(Exception):
    """A file that must not or could not be written, with a one-line reason naming it."""


def write_atomically(path: str, text: str, *, inputs: Iterable[str] = ()) -> None:
    """Write ``text`` (UTF-8) to ``path`` by renaming a finished temporary file over it.

    Raises WriteError, and writes nothing, when ``path`` is a symbolic link, is not a
    regular file, or is one of ``inputs`` (the files this run read; "-" is standard input).
    """
    try:
        existing = os.lstat(path)
    except FileNotFoundError:
        existing = None
    except OSError as error:
        raise WriteError(f"{path}: cannot be written ({error.strerror or error})") from None
    if existing is not None:
        if stat.S_ISLNK(existing.st_mode):
            raise WriteError(f"{path}: a symbolic link; not written (name the file itself)")
        if not stat.S_ISREG(existing.st_mode):
            raise WriteError(f"{path}: not a regular file; not written")
        if any(_same_file(existing, other) for other in inputs if other != "-"):
            raise WriteError(f"{path}: one of the files this check read; not overwritten")
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, f".{name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(temporary, flags, 0o666)  # the umask applies, as to any new file
    except OSError as error:
        raise WriteError(f"{path}: cannot be written ({error.strerror or error})") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise WriteError(f"{path}: cannot be written ({error.strerror or error})") from None
    except BaseException:
        _remove(temporary)
        raise


def _same_file(written: os.stat_result, path: str) -> bool:
    try:
        read = os.stat(path)
    except OSError:
        return False
    return (read.st_dev, read.st_ino) == (written.st_dev, written.st_ino)


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
