"""The repository's integrations, run for real: the pre-commit hook and the GitHub Action's script."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

FIXTURES = Path(__file__).parent / "fixtures"
CONFLICT = "The Harbour Bridge cost $600 million.\n"
AGREE = "The Harbour Bridge cost between $410 million and $460 million.\n"
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org",
}


def run(*command, cwd, env=None, check=True) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env={**os.environ, **GIT_IDENTITY, **(env or {})},
                          capture_output=True, text=True, check=check)


def newsroom(path: Path) -> Path:
    """Make a git repository of drafts with the sample registry at its top."""
    path.mkdir()
    run("git", "init", "-q", cwd=path)
    shutil.copy(FIXTURES / "claims.yaml", path / "claims.yaml")
    return path


@pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None, reason="pre-commit is not installed")
def test_pre_commit_hook_blocks_a_commit_that_conflicts(tmp_path):
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout of factcheck")
    # pre-commit installs a hook from a git repository at a revision: commit this working
    # tree, uncommitted changes included, into a throwaway copy.
    hooks = tmp_path / "factcheck"
    listed = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=REPO).stdout
    for name in filter(None, listed.split("\0")):
        if (REPO / name).is_file():
            (hooks / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, hooks / name)
    run("git", "init", "-q", cwd=hooks)
    run("git", "add", ".", cwd=hooks)
    run("git", "commit", "-qm", "factcheck", cwd=hooks)
    revision = run("git", "rev-parse", "HEAD", cwd=hooks).stdout.strip()

    drafts = newsroom(tmp_path / "drafts")
    (drafts / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hooks}\n  rev: {revision}\n  hooks: [{{id: factcheck}}]\n")
    env = {"PRE_COMMIT_HOME": str(tmp_path / "cache"), "PRE_COMMIT_COLOR": "never"}
    run(sys.executable, "-m", "pre_commit", "install", cwd=drafts, env=env)

    (drafts / "bridge.md").write_text(CONFLICT)
    run("git", "add", ".", cwd=drafts)
    refused = run("git", "commit", "-m", "Bridge draft", cwd=drafts, env=env, check=False)
    said = refused.stdout + refused.stderr  # git shows the hook's output on either, by version
    assert refused.returncode != 0
    assert "factcheck" in said and "Failed" in said
    assert "1:25    ✗ CONFLICT  $600 million  harbour-bridge-cost" in said
    assert run("git", "rev-list", "--all", cwd=drafts, check=False).stdout == ""

    (drafts / "bridge.md").write_text(AGREE)
    run("git", "add", ".", cwd=drafts)
    accepted = run("git", "commit", "-m", "Bridge draft", cwd=drafts, env=env, check=False)
    said = accepted.stdout + accepted.stderr
    assert accepted.returncode == 0, said
    assert "factcheck" in said and "Passed" in said


def test_action_annotates_only_the_lines_a_pull_request_changed(tmp_path, action_script):
    script, env = action_script
    drafts = newsroom(tmp_path / "drafts")
    (drafts / "docs").mkdir()
    (drafts / "docs" / "old.md").write_text(CONFLICT)
    run("git", "add", ".", cwd=drafts)
    run("git", "commit", "-qm", "archive", cwd=drafts)
    base = run("git", "rev-parse", "HEAD", cwd=drafts).stdout.strip()
    (drafts / "docs" / "old.md").write_text(CONFLICT + "\nCritics say the Harbour Bridge cost $700 million.\n")
    (drafts / "docs" / "new.md").write_text(AGREE)
    run("git", "add", ".", cwd=drafts)
    run("git", "commit", "-qm", "pull request", cwd=drafts)
    inputs = {"FACTCHECK_PATHS": ".", "FACTCHECK_FORMAT": "github", "FACTCHECK_FAIL_ON": "", "FACTCHECK_ARGS": ""}

    pull_request = run("bash", "-c", script, cwd=drafts, env={**env, **inputs, "FACTCHECK_SINCE": base}, check=False)
    assert pull_request.returncode == 1, pull_request.stderr
    assert [line.split(",title=")[0] for line in pull_request.stdout.splitlines()] == [
        "::error file=docs/old.md,line=3,col=37,endLine=3,endColumn=49"]

    first_push = {**inputs, "FACTCHECK_SINCE": "0" * 40, "FACTCHECK_ARGS": "--fail-on never"}
    everything = run("bash", "-c", script, cwd=drafts, env={**env, **first_push}, check=False)
    assert everything.returncode == 0, everything.stderr
    assert [line.split(",col=")[0] for line in everything.stdout.splitlines()] == [
        "::error file=docs/old.md,line=1", "::error file=docs/old.md,line=3"]
