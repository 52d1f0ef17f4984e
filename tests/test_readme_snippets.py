"""The README's pre-commit and Action snippets can be followed literally: no tag that does not exist."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _tags() -> set[str]:
    result = subprocess.run(["git", "tag", "--list"], cwd=ROOT, capture_output=True, text=True, check=False)
    return set(result.stdout.split())


def test_every_pinned_version_is_a_commit_hash_or_a_tag_that_exists():
    pins = re.findall(r"^\s*rev: (\S+)", README, re.MULTILINE) + re.findall(r"uses: OWNER/factcheck@(\S+)", README)
    assert pins
    for pin in pins:
        assert re.fullmatch(r"[0-9a-f]{40}|COMMIT", pin) or pin in _tags(), pin


def test_the_pre_commit_section_says_how_to_pin_and_install():
    section = README[README.index("### In pre-commit"):README.index("### In GitHub Actions")]
    assert "pre-commit autoupdate --freeze" in section and "pre-commit install" in section
    actions = README[README.index("### In GitHub Actions"):]
    assert "full hash" in actions[:800]
