"""Comparing documents: which figures pair, and whether the pairs agree."""

from __future__ import annotations

import pytest

from factcheck.compare import compare_documents
from factcheck.report import Document

from .conftest import SEEDS

FIRST = """\
Pyongyang has shipped about 12 million shells to Moscow since 2022, a defence agency says. Ukrainian analysts \
estimate that around 40 percent of the shells Russia fires come from North Korea.

The spring call-up brought 160,000 recruits into the army.
"""
SECOND = """\
North Korea sent between 4.2 and 5.8 million shells to Russia, according to Reuters. North Korea supplies up to \
50% of the shells Russia needs.

Across town, the club sold 20,000 season tickets.
"""


def _pairs(*texts: str, **options) -> list[list[tuple[str, str, str]]]:
    documents = [Document(f"doc{i}.txt", text) for i, text in enumerate(texts)]
    return [
        [(pair.first.figure.text, pair.second.figure.text, pair.verdict) for pair in comparison.pairs]
        for comparison in compare_documents(documents, **options)
    ]


def test_figures_about_the_same_quantity_pair_and_are_judged_by_the_interval_rules():
    assert _pairs(FIRST, SECOND) == [[
        ("about 12 million", "between 4.2 and 5.8 million", "conflict"),
        ("around 40 percent", "up to 50%", "agree"),
    ]]


@pytest.mark.parametrize(("tolerance", "verdict"), [(0.10, "conflict"), (0.25, "agree")])
def test_the_tolerance_widens_hedged_figures(tolerance, verdict):
    # "About 12 million" is 11.5-12.5 million widened by the tolerance; "9 million" is 8.55-9.45 million.
    [pairs] = _pairs("About 12 million shells went to Russia.", "9 million shells went to Russia.", tolerance=tolerance)
    assert pairs == [("About 12 million", "9 million", verdict)]


def test_figures_of_different_kinds_never_pair():
    assert _pairs("North Korea sent 40 percent of the shells.", "North Korea sent 40 shells.") == [[]]


def test_below_the_threshold_figures_stay_unpaired():
    assert _pairs(FIRST, SECOND, threshold=80) == [[("about 12 million", "between 4.2 and 5.8 million", "conflict")]]


def test_each_figure_pairs_once_and_ties_follow_the_documents_order():
    first = "Shares in the firm traded at $41.48 and $55.67 this week."
    second = "This week shares in the firm traded at $41.48 and $55.67."
    assert _pairs(first, second) == [[("$41.48", "$41.48", "agree"), ("$55.67", "$55.67", "agree")]]


def test_every_two_documents_are_compared_in_order():
    third = "Russia fires around 10,000 shells a day."
    comparisons = compare_documents([Document("a", FIRST), Document("b", SECOND), Document("c", third)])
    assert [(c.first.path, c.second.path, c.figures) for c in comparisons] == [
        ("a", "b", (3, 3)), ("a", "c", (3, 1)), ("b", "c", (3, 1))]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not available")
def test_the_seed_articles_pair_the_share_of_russian_shells():
    first, second = (Document(path.name, path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt")))
    [comparison] = compare_documents([first, second])
    [pair] = [p for p in comparison.pairs if p.first.figure.kind == "percent"]
    assert (pair.first.figure.text, pair.first.context.counted) == ("around 40 percent", "of shells fired by the Russian army")
    assert (pair.second.figure.text, pair.second.context.counted) == ("up to 50%", "of Moscow’s war needs")
    assert first.text[pair.first.figure.start:pair.first.figure.end] == "around 40 percent"
    assert second.text[pair.second.figure.start:pair.second.figure.end] == "up to 50%"
    assert pair.verdict == "agree"  # "up to 50%" is open below, so 40 percent can be true with it
