"""--changed-since, the pre-commit hook and the Action on a pull request from a stranger:
every changed file is checked whatever its name or the git settings, and no file name
or revision is ever read as an option. Real git, real subprocesses."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from factcheck.inputs import changed_lines

from .conftest import REPO
from .test_integrations import AGREE, CONFLICT, FIXTURES, GIT_IDENTITY  # the same repository and drafts
# Names git C-quotes in a patch header, or writes with a tab after them.
AWKWARD_NAMES = {
    "space": b"budget draft.md",
    "tab": b"budget\tdraft.md",
    "quote": b'budget "draft".md',
    "backslash": b"budget\\draft.md",
    "not UTF-8": b"budget \xff draft.md",
    "newline": b"budget\ndraft.md",
    "option-like": b"--output=budget.md",
}
# Settings of a user or a repository that change the form of `git diff`'s output.
GIT_SETTINGS = {
    "defaults": {},
    "noprefix": {"diff.noprefix": "true"},
    "mnemonic prefix": {"diff.mnemonicPrefix": "true"},
    "colour always": {"color.diff": "always", "color.ui": "always"},
    "external diff": {"diff.external": "false"},
    "relative": {"diff.relative": "true"},
    "renames and context": {"diff.renames": "copies", "diff.context": "5", "diff.interHunkContext": "9"},
}


def run(*command, cwd, env=None, check=True) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env={**os.environ, **GIT_IDENTITY, **(env or {})},
                          capture_output=True, check=check, timeout=60)


def factcheck(*arguments, cwd) -> subprocess.CompletedProcess:
    return run(sys.executable, "-m", "factcheck", *arguments, cwd=cwd, env={"PYTHONPATH": str(REPO)}, check=False)


def can_hold(folder: Path, name: bytes) -> bool:
    path = os.fsencode(folder) + b"/" + name
    try:
        open(path, "wb").close()  # noqa: SIM115
    except OSError:
        return False
    os.remove(path)
    return True


@pytest.fixture()
def newsroom(tmp_path) -> Path:
    """A git repository with the sample registry and a committed archive of three lines per draft."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    run("git", "init", "-q", cwd=repo)
    shutil.copy(FIXTURES / "claims.yaml", repo / "claims.yaml")
    return repo


def write(folder: Path, name: bytes, text: str) -> Path:
    path = Path(os.fsdecode(os.fsencode(folder) + b"/" + name))
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("settings", GIT_SETTINGS.values(), ids=GIT_SETTINGS)
def test_every_awkward_name_is_found_changed_on_exactly_its_changed_lines(newsroom, monkeypatch, settings):
    names = {label: name for label, name in AWKWARD_NAMES.items() if can_hold(newsroom, name)}
    if os.name != "posix" or len(names) < len(AWKWARD_NAMES):
        pytest.skip("this file system cannot hold every awkward name")
    (newsroom / "docs").mkdir()
    for name in names.values():
        write(newsroom / "docs", name, "One.\nTwo.\nThree.\n")
    write(newsroom, b"renamed.md", "Old.\n")
    run("git", "add", ".", cwd=newsroom)
    run("git", "commit", "-qm", "archive", cwd=newsroom)
    for key, value in settings.items():
        run("git", "config", key, value, cwd=newsroom)
    (newsroom / ".gitattributes").write_text("*.md diff=shouty\n")  # a textconv driver changes the lines shown
    run("git", "config", "diff.shouty.textconv", "sed 1d", cwd=newsroom)
    for name in names.values():
        write(newsroom / "docs", name, "One.\nTwo, changed.\nThree.\nFour.\n")
    run("git", "mv", "renamed.md", "moved.md", cwd=newsroom)
    monkeypatch.chdir(newsroom / "docs")

    changed = changed_lines("HEAD")

    root = Path(os.path.realpath(newsroom))
    expected = {os.fsdecode(os.fsencode(root / "docs") + b"/" + name): frozenset({2, 4}) for name in names.values()}
    expected[str(root / "moved.md")] = frozenset({1})  # a renamed file counts as new
    expected[str(root / ".gitattributes")] = None  # untracked: every line
    assert changed == expected


def test_check_reports_the_conflict_added_to_a_draft_with_an_awkward_name_under_noprefix(newsroom):
    name = b"budget \"draft\"\t\xff.md" if sys.platform != "darwin" else b'budget "draft".md'
    if not can_hold(newsroom, name):
        pytest.skip("this file system cannot hold the name")
    write(newsroom, name, AGREE)
    run("git", "add", ".", cwd=newsroom)
    run("git", "commit", "-qm", "archive", cwd=newsroom)
    run("git", "config", "diff.noprefix", "true", cwd=newsroom)
    write(newsroom, name, AGREE + "\nCritics say the Harbour Bridge cost $600 million.\n")

    checked = factcheck("check", "--changed-since", "HEAD", "--format", "json", cwd=newsroom)

    assert checked.returncode == 1, checked.stderr
    assert b'"line": 3' in checked.stdout and b'"verdict": "conflict"' in checked.stdout


def test_a_draft_git_takes_for_binary_counts_as_wholly_changed(newsroom, monkeypatch):
    write(newsroom, b"draft.md", "One.\nTwo.\n")
    (newsroom / ".gitattributes").write_text("*.md binary\n")
    run("git", "add", ".", cwd=newsroom)
    run("git", "commit", "-qm", "archive", cwd=newsroom)
    write(newsroom, b"draft.md", "One.\nTwo.\nThree.\n")
    monkeypatch.chdir(newsroom)
    assert changed_lines("HEAD") == {os.path.realpath(newsroom / "draft.md"): None}


def test_a_revision_that_looks_like_an_option_is_refused_before_git_sees_it(newsroom):
    write(newsroom, b"draft.md", CONFLICT)
    run("git", "add", ".", cwd=newsroom)
    run("git", "commit", "-qm", "archive", cwd=newsroom)

    for revision in ("--output=written.txt", "-p", "no-such-branch", "HEAD~5", "HEAD:claims.yaml"):
        checked = factcheck("check", f"--changed-since={revision}", cwd=newsroom)
        assert checked.returncode == 2, revision
        assert checked.stderr.decode() == f"Error: --changed-since: {revision!r} is not a commit in this repository\n"
    assert not (newsroom / "written.txt").exists()
    assert run("git", "status", "--porcelain", cwd=newsroom).stdout == b""


def test_a_revision_is_resolved_once_and_only_its_hash_reaches_git_diff(newsroom):
    write(newsroom, b"draft.md", AGREE)
    run("git", "add", ".", cwd=newsroom)
    run("git", "commit", "-qm", "archive", cwd=newsroom)
    # A tag whose name git diff would also read as a path: the resolved hash is what counts.
    run("git", "tag", "draft.md", cwd=newsroom)
    write(newsroom, b"draft.md", AGREE + CONFLICT)

    checked = factcheck("check", "--changed-since", "draft.md", "--format", "plain", cwd=newsroom)

    assert checked.returncode == 1, checked.stderr
    assert checked.stdout.decode().startswith("draft.md:2:25: conflict")


# -- file names that look like options: the hook and the Action end options first --------

HOSTILE_FILE_NAMES = ("--exclude=draft.md", "--write-baseline=README.md", "--format=never", "-")


def hook_entry() -> list[str]:
    """Return the pre-commit hook's entry as pre-commit runs it, with factcheck this checkout."""
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = shlex.split(hook["entry"])
    assert entry[0] == "factcheck"
    return [sys.executable, "-m", "factcheck", *entry[1:], *hook.get("args", [])]


@pytest.mark.parametrize("hostile", HOSTILE_FILE_NAMES[:2])
def test_the_hook_checks_a_staged_file_named_like_an_option(newsroom, hostile):
    (newsroom / "README.md").write_text("Read me.\n")
    (newsroom / "draft.md").write_text(CONFLICT)
    (newsroom / hostile).write_text(CONFLICT)

    # pre-commit appends the staged file names to the entry and its args.
    hooked = run(*hook_entry(), hostile, "draft.md", cwd=newsroom, env={"PYTHONPATH": str(REPO)}, check=False)

    assert hooked.returncode == 1, hooked.stderr
    said = hooked.stdout.decode()
    assert f"{hostile}\n" in said and "draft.md\n" in said  # both files' headings
    assert said.count("CONFLICT") == 2
    assert (newsroom / "README.md").read_text() == "Read me.\n"


def test_the_command_line_ends_options_at_a_double_dash(newsroom):
    for hostile in HOSTILE_FILE_NAMES[:3]:
        (newsroom / hostile).write_text(CONFLICT)
    checked = factcheck("check", "--format", "plain", "--", *HOSTILE_FILE_NAMES[:3], cwd=newsroom)
    assert checked.returncode == 1, checked.stderr
    assert [line.split(":")[0] for line in checked.stdout.decode().splitlines()] == list(HOSTILE_FILE_NAMES[:3])


def test_the_action_passes_paths_after_a_double_dash_and_the_revision_glued_to_its_option(newsroom, action_script):
    script, path = action_script
    (newsroom / "README.md").write_text("Read me.\n")
    run("git", "add", ".", cwd=newsroom)
    run("git", "commit", "-qm", "archive", cwd=newsroom)
    base = run("git", "rev-parse", "HEAD", cwd=newsroom).stdout.decode().strip()
    (newsroom / "--write-baseline=README.md").write_text(CONFLICT)
    env = {**path, "FACTCHECK_PATHS": "--write-baseline=README.md", "FACTCHECK_FORMAT": "plain",
           "FACTCHECK_FAIL_ON": "", "FACTCHECK_ARGS": ""}

    checked = run("bash", "-c", script, cwd=newsroom, env={**env, "FACTCHECK_SINCE": base}, check=False)
    assert checked.returncode == 1, checked.stderr
    assert checked.stdout.decode().startswith("--write-baseline=README.md:1:25: conflict")
    assert (newsroom / "README.md").read_text() == "Read me.\n"

    refused = run("bash", "-c", script, cwd=newsroom, env={**env, "FACTCHECK_SINCE": "--output=x"}, check=False)
    assert refused.returncode != 0
    assert not (newsroom / "x").exists()
