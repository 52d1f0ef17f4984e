"""Shared paths for the tests. Material in ../shared is read in place, never copied."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "news"
SCHEMAS = SHARED / "schemas"
