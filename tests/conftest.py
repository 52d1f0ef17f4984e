"""Shared paths and helpers for the tests. Material in ../shared is read in place, never copied."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "news"
SCHEMAS = SHARED / "schemas"


def pytest_configure(config):
    """Keep the test process itself out of the user's cache: the test modules import factcheck,
    whose patterns are cached (factcheck.regexes) before any test's own cache is set."""
    os.environ["FACTCHECK_NO_CACHE"] = "1"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Give every test its own cache directory, so no test reads or fills the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)


@pytest.fixture()
def action_script(tmp_path) -> tuple[str, dict[str, str]]:
    """Return the script of the action's check step, and a PATH where factcheck is this checkout."""
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    (step,) = [s for s in action["runs"]["steps"] if s.get("name") == "Check changed drafts"]
    shims = tmp_path / "bin"
    shims.mkdir()
    (shims / "factcheck").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m factcheck "$@"\n')
    (shims / "factcheck").chmod(0o755)
    return step["run"], {"PATH": f"{shims}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(REPO)}


def claim_of(matcher, text: str, figure: str) -> str | None:
    """Return the id of the claim ``check_text`` matches the one figure of ``text`` spelt
    ``figure`` to, or None when it stays unmatched."""
    from factcheck.check import check_text

    [finding] = [found for found in check_text(text, matcher) if found.figure.text == figure]
    return finding.claim.id if finding.claim else None
