"""The extractor measured on the hand-labelled BBC articles, by the very code of
scripts/evaluate_extraction.py; skipped when ../shared/corpus is not present."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from .conftest import CORPUS, REPO

SCRIPT = REPO / "scripts" / "evaluate_extraction.py"
LABELS = REPO / "tests" / "data" / "corpus_labels.jsonl"


def _script():
    spec = importlib.util.spec_from_file_location("evaluate_extraction", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script  # its dataclasses look their module up there
    spec.loader.exec_module(script)
    return script


@pytest.fixture(scope="module")
def evaluation():
    if not CORPUS.is_dir() or not SCRIPT.is_file():
        pytest.skip("../shared/corpus (or the evaluation script) is not present")
    script = _script()
    with LABELS.open(encoding="utf-8") as lines:
        labels = script.load_labels(lines)
    # The BBC labels leave the words one to nine unlabelled: those figures are not scored.
    return script.evaluate(labels, script.read_texts(CORPUS, labels), small_words=False)


def test_spelled_numbers_below_ten_on_no_label_are_left_out_only_when_asked() -> None:
    script = _script()
    text = "Three people and two million cars came, with 4 buses and two or three pounds."
    labels = {"a.txt": [script.Label("a.txt", 17, 28, "two million", True,
                                     values=("number", 2_000_000, 2_000_000, "exact", None, None, None))]}
    unscored = script.evaluate(labels, {"a.txt": text}, small_words=False)
    scored = script.evaluate(labels, {"a.txt": text})
    # "Three" is left out; "4" (digits), "two or three pounds" (money) and "two million" are scored.
    assert (unscored.detection.found, unscored.detection.right) == (3, 1)
    assert (scored.detection.found, scored.detection.right) == (4, 1)


def test_every_labelled_article_is_evaluated(evaluation) -> None:
    assert evaluation.files == 33
    assert evaluation.detection.labelled == 403  # 416 figures less 13 ambiguous


def test_detection_precision_and_recall(evaluation) -> None:
    assert evaluation.detection.precision >= 0.97, evaluation.false_positives
    assert evaluation.detection.recall >= 0.95, evaluation.misses


def test_value_and_bounds_precision_and_recall(evaluation) -> None:
    assert evaluation.values.precision >= 0.95, evaluation.wrong_values
    assert evaluation.values.recall >= 0.95, evaluation.wrong_values


def test_no_labelled_trap_is_read_as_a_figure(evaluation) -> None:
    traps = {kind: count for kind, count in evaluation.false_positives_by_type.items()
             if kind not in ("boundary", "unlabelled")}
    assert traps == {}
