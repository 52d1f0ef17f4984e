"""The matching evaluation set in tests/data/matching is well formed: every line parses,
ids are unique, labels use the allowed kinds and verdicts, every claim id is in the set's
registry, the registry loads, and each corpus case's offsets slice to its figure in
../shared/corpus (those checks skip cleanly when ../shared is absent). The data is checked
here, never the matcher: the labels were made blind to it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from factcheck.registry import parse_registry

from .conftest import CORPUS, REPO

DATA = REPO / "tests" / "data" / "matching"
REGISTRY = DATA / "claims.yaml"
CORPUS_SETS = ("cases.jsonl", "holdout.jsonl", "holdout2/cases.jsonl", "holdout3/cases.jsonl",
               "holdout4/cases.jsonl")
PARAPHRASE_SETS = ("paraphrases.jsonl", "holdout_paraphrases.jsonl", "holdout2/paraphrases.jsonl",
                   "holdout3/paraphrases.jsonl", "holdout4/paraphrases.jsonl")
# holdout2 to holdout4 are each labelled against a registry of their own, on other stories.
REGISTRIES = {f"{held}/{name}": DATA / held / "claims.yaml"
              for held in ("holdout2", "holdout3", "holdout4") for name in ("cases.jsonl", "paraphrases.jsonl")}
KINDS = {"sibling", "vocabulary", "outside-clause", "hard-negative", "unit", "unrelated"}
VERDICTS = {"agree", "conflict", "mixed", "unmatched"}
CORPUS_FIELDS = {"id", "file", "start", "end", "figure", "claim", "verdict", "kind", "note"}
PARAPHRASE_FIELDS = {"id", "text", "start", "end", "figure", "claim", "verdict", "kind", "note"}


def read_rows(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def claim_ids(registry: Path) -> set[str]:
    return {claim.id for claim in parse_registry(registry.read_text(encoding="utf-8"), str(registry))}


@pytest.mark.parametrize("registry", sorted({REGISTRY, *REGISTRIES.values()}))
def test_registry_loads_with_enough_claims(registry: Path) -> None:
    assert len(claim_ids(registry)) >= 30


@pytest.mark.parametrize("name", CORPUS_SETS + PARAPHRASE_SETS)
def test_every_line_is_a_well_formed_label(name: str) -> None:
    known = claim_ids(REGISTRIES.get(name, REGISTRY))
    fields = CORPUS_FIELDS if name in CORPUS_SETS else PARAPHRASE_FIELDS
    for row in read_rows(name):
        assert set(row) == fields, row["id"]
        assert row["kind"] in KINDS, row["id"]
        assert row["verdict"] in VERDICTS, row["id"]
        assert (row["claim"] is None) == (row["verdict"] == "unmatched"), row["id"]
        assert row["claim"] is None or row["claim"] in known, row["id"]
        assert 0 <= row["start"] < row["end"], row["id"]
        assert row["figure"] and row["note"], row["id"]


def test_ids_are_unique_across_the_whole_set() -> None:
    ids = [row["id"] for name in CORPUS_SETS + PARAPHRASE_SETS for row in read_rows(name)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", PARAPHRASE_SETS)
def test_paraphrase_offsets_slice_to_the_figure(name: str) -> None:
    for row in read_rows(name):
        assert row["text"][row["start"] : row["end"]] == row["figure"], row["id"]


@pytest.mark.parametrize("name", CORPUS_SETS)
def test_corpus_offsets_slice_to_the_figure(name: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    texts: dict[str, str] = {}
    for row in read_rows(name):
        path = CORPUS / row["file"]
        assert Path(row["file"]).name == row["file"] and path.is_file(), row["id"]
        if row["file"] not in texts:
            texts[row["file"]] = path.read_text(encoding="utf-8")
        assert texts[row["file"]][row["start"] : row["end"]] == row["figure"], row["id"]


def test_no_span_is_labelled_twice() -> None:
    spans = [(row["file"], row["start"]) for name in CORPUS_SETS for row in read_rows(name)]
    assert len(spans) == len(set(spans))


def test_holdout_articles_are_not_in_the_dev_set() -> None:
    dev = {row["file"] for row in read_rows("cases.jsonl")}
    holdout = {row["file"] for row in read_rows("holdout.jsonl")}
    second = {row["file"] for row in read_rows("holdout2/cases.jsonl")}
    third = {row["file"] for row in read_rows("holdout3/cases.jsonl")}
    fourth = {row["file"] for row in read_rows("holdout4/cases.jsonl")}
    assert not dev & holdout and not (dev | holdout) & second and not (dev | holdout | second) & third
    assert not (dev | holdout | second | third) & fourth


def test_the_set_has_the_size_and_mix_issue_15_asks_for() -> None:
    dev = read_rows("cases.jsonl")
    kinds = Counter(row["kind"] for row in dev)
    assert len(dev) >= 250
    assert kinds["hard-negative"] >= 50 and kinds["sibling"] >= 50
    assert len(read_rows("holdout.jsonl")) >= 80
    assert len(read_rows("paraphrases.jsonl")) >= 40
    assert len(read_rows("holdout_paraphrases.jsonl")) >= 20
    second = Counter(row["kind"] for row in read_rows("holdout2/cases.jsonl") + read_rows("holdout2/paraphrases.jsonl"))
    assert sum(second.values()) >= 160 and second["sibling"] >= 30 and second["hard-negative"] >= 30
    third = Counter(row["kind"] for row in read_rows("holdout3/cases.jsonl") + read_rows("holdout3/paraphrases.jsonl"))
    assert sum(third.values()) >= 200 and third["sibling"] >= 40 and third["hard-negative"] >= 30
    fourth = Counter(row["kind"] for row in read_rows("holdout4/cases.jsonl") + read_rows("holdout4/paraphrases.jsonl"))
    assert len(read_rows("holdout4/cases.jsonl")) >= 150
    assert sum(fourth.values()) >= 250 and fourth["sibling"] >= 35 and fourth["hard-negative"] >= 35
