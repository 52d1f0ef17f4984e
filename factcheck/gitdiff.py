"""What changed since a git revision: the files, and the lines of each, read exactly.

git's output is read as bytes and NUL-separated where git offers it, with every
setting that changes its form fixed on the command line, so that no file name (a
space, a tab, a quote, bytes that are not UTF-8) and no user or repository setting
(diff.noprefix, diff.mnemonicPrefix, color.diff, an external diff or textconv
driver) can make a changed file go unchecked. The set of files comes from
``git diff -z --name-only``; the patch only narrows each to its changed lines, and
a file the patch does not account for counts as wholly changed.

>>> added_lines(b"@@ -3,2 +4,3 @@ heading")
range(4, 7)
>>> added_lines(b"@@ -7 +6,0 @@")
range(6, 6)
>>> unquote_name(b'"b/ta\\\\tb \\\\"q\\\\" \\\\377.md"')
b'b/ta\\tb "q" \\xff.md'
"""

from __future__ import annotations

import os
import re
import subprocess

from factcheck.errors import InputError

# Settings that would change the form of git's output, pinned whatever the user's or the
# repository's configuration says.
_GIT = ("git", "-c", "core.quotepath=off", "-c", "diff.relative=false")
_DIFF_FORM = (
    "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", "--unified=0",
    "--inter-hunk-context=0", "--src-prefix=a/", "--dst-prefix=b/", "--ignore-submodules",
)
_HUNK = re.compile(rb"@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = dict(zip(b"abtnvfr\"\\", b'\a\b\t\n\v\f\r"\\'))
_QUOTED = re.compile(rb'"((?:[^"\\]|\\.)*)"\t?', re.DOTALL)
_ESCAPE = re.compile(rb"\\([0-7]{3}|.)", re.DOTALL)


def resolve_commit(revision: str) -> str:
    """Return the full hash of the commit ``revision`` names; raise InputError naming it when it names none.

    The revision never reaches git where it could be read as an option.
    """
    if not revision or revision.startswith("-") or "\0" in revision:
        raise InputError(f"--changed-since: {revision!r} is not a commit in this repository")
    run = _run("rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}", check=False)
    commit = run.stdout.decode("ascii", "replace").strip()
    if run.returncode != 0 or not re.fullmatch(r"[0-9a-f]{40,64}", commit):
        raise InputError(f"--changed-since: {revision!r} is not a commit in this repository")
    return commit


def changed_lines(revision: str) -> dict[str, frozenset[int] | None]:
    """Return the lines changed since ``revision`` in each changed file of the repository.

    Keys are real paths; None stands for every line (a file git does not track yet, or
    one whose changes the patch does not spell out: one git takes for binary, or one
    whose mode alone changed). Lines are those of the working tree: staged and unstaged
    changes both count. A renamed file counts as new.
    """
    top = os.fsdecode(_run("rev-parse", "--show-toplevel").stdout.rstrip(b"\n"))
    commit = resolve_commit(revision)
    names = _names(_run("diff", "-z", "--name-only", "--no-renames", "--ignore-submodules", commit, "--", cwd=top))
    hunks = _lines_by_name(_run("diff", *_DIFF_FORM, commit, "--", cwd=top).stdout)
    untracked = _names(_run("ls-files", "-z", "--others", "--exclude-standard", cwd=top))
    changed: dict[str, frozenset[int] | None] = {}
    for name in names:
        path = os.path.join(top, name)
        if os.path.lexists(path):  # not a deleted one
            changed[os.path.realpath(path)] = hunks.get(name)
    for name in untracked:
        changed[os.path.realpath(os.path.join(top, name))] = None
    return changed


def _names(run: subprocess.CompletedProcess) -> list[str]:
    return [os.fsdecode(name) for name in run.stdout.split(b"\0") if name]


def _lines_by_name(patch: bytes) -> dict[str, frozenset[int]]:
    """Return the added lines of each file of a patch, by its name from the top of the repository."""
    found: dict[str, frozenset[int]] = {}
    name, lines, in_header = None, set(), False
    for line in patch.split(b"\n"):
        if line.startswith(b"diff --git "):
            in_header = True  # "+++ " names a file only in a header, not among a hunk's added lines
        elif in_header and line.startswith(b"+++ "):
            if name is not None:
                found[name] = frozenset(lines)
            target = unquote_name(line[4:])
            name = os.fsdecode(target[2:]) if target.startswith(b"b/") else None
            lines = set()
        elif line.startswith(b"@@ "):
            in_header = False
            if name is not None:
                lines.update(added_lines(line))
    if name is not None:
        found[name] = frozenset(lines)
    return found


def added_lines(header: bytes) -> range:
    """Return the lines of the new file that a hunk header ``@@ -a,b +c,d @@`` covers."""
    hunk = _HUNK.match(header)
    if hunk is None:
        raise InputError(f"git diff: unexpected hunk header {header[:80]!r}")
    first, count = int(hunk.group(1)), int(hunk.group(2) or 1)
    return range(first, first + count)


def unquote_name(written: bytes) -> bytes:
    """Return a file name as a patch header writes it: C-quoted when it holds a quote, a
    backslash or a control byte; else raw, with a tab after it when it holds a space."""
    quoted = _QUOTED.fullmatch(written)
    if quoted is None:
        return written[:-1] if written.endswith(b"\t") else written
    return _ESCAPE.sub(_unescape, quoted.group(1))


def _unescape(escape: re.Match) -> bytes:
    sequence = escape.group(1)
    if sequence[:1].isdigit():
        return bytes([int(sequence, 8) & 0xFF])
    return bytes([_ESCAPES.get(sequence[0], sequence[0])])


def _run(*arguments: str, cwd: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    try:
        run = subprocess.run([*_GIT, *arguments], capture_output=True, cwd=cwd, check=False,
                             env={**os.environ, "LC_ALL": "C"})
    except FileNotFoundError:
        raise InputError("git: not installed; --changed-since needs it") from None
    if check and run.returncode != 0:
        reason = (run.stderr.decode("utf-8", "replace").strip().splitlines() or ["failed"])[0]
        raise InputError(f"git {arguments[0]}: {reason}")
    return run
