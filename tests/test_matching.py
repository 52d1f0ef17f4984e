"""The candidate index must rank exactly as scoring every claim does, where no word is common.

The reference below is the scoring loop the index replaced: every claim of the
figure's measure, every phrase, the same blend. For the bundled registry (and any
registry where no word is common) the index must give the very same candidates,
scores and phrases, in the same order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz import fuzz

from factcheck.check import read_figures, topic_words
from factcheck.index import MIN_COMMON_WORD_PHRASES
from factcheck.inputs import read_registry
from factcheck.matching import (
    CLAUSE_WEIGHT,
    COUNTED_WEIGHT,
    MIN_SHARED_WORDS,
    TOPIC_WEIGHT,
    Matcher,
    keywords,
)
from factcheck.registry import parse_registry

from .conftest import CORPUS, REPO, SEEDS
from .test_check import CASES as CHECKED_SENTENCES


def reference_rank(claims, measure, clause, counted, paragraph_words):
    """Score every claim of the measure, as factcheck did before the index: (id, score, phrase)."""
    clause_words = set(keywords(clause))
    query = " ".join(sorted(clause_words))
    counted_words = set(keywords(counted))
    clause_weight = CLAUSE_WEIGHT if counted_words else CLAUSE_WEIGHT + COUNTED_WEIGHT
    ranked = []
    for claim in claims:
        if claim.measure != measure:
            continue
        scored = []
        for text in (claim.about, *claim.aliases):
            words = frozenset(keywords(text) or [text.lower()])
            score = (
                clause_weight * fuzz.token_set_ratio(query, " ".join(sorted(words))) * _evidence(clause_words, words)
                + (COUNTED_WEIGHT * 100 * len(counted_words & words) / len(counted_words) if counted_words else 0)
                + TOPIC_WEIGHT * 100 * len(words & paragraph_words) / len(words)
            )
            scored.append((score, text))
        score, phrase = max(scored)
        ranked.append((claim.id, round(score, 1), phrase))
    ranked.sort(key=lambda row: (-row[1], row[0]))
    return ranked


def _texts():
    texts = [path.read_text(encoding="utf-8") for path in sorted((REPO / "examples").glob("*.md"))]
    texts += [sentence for sentence, *_ in CHECKED_SENTENCES]  # our own, about the registry's claims
    texts += [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))] if SEEDS.is_dir() else []
    # Every 10th article of the benchmark corpus: a few hundred figures about everything but our registry.
    texts += [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[::10]] if CORPUS.is_dir() else []
    return texts


def _evidence(clause_words: set[str], phrase_words: frozenset[str]) -> float:
    """The reference's trust in a clause score: a single shared word counts half."""
    return min(1.0, len(clause_words & phrase_words) / MIN_SHARED_WORDS)


def _rows(candidates):
    return [(c.claim.id, c.score, c.phrase) for c in candidates]


def test_index_ranks_the_bundled_registry_exactly_as_scoring_every_claim():
    claims = read_registry(()).claims
    matcher = Matcher(claims)
    compared = 0
    for text in _texts():
        for figure, context in read_figures(text):
            paragraph = topic_words(text, figure)
            expected = reference_rank(claims, figure.measure, context.words, context.counted, paragraph)
            args = (figure.measure, context.words, context.counted, paragraph)
            assert _rows(matcher.rank(*args)) == expected, figure.text
            assert _rows(matcher.rank(*args, limit=2)) == expected[:2], figure.text
            compared += 1
    assert compared > 20


def test_a_ranking_reads_the_paragraph_only_through_the_words_a_claim_holds():
    # check_text keeps one ranking for the figures whose words and known paragraph words are the same.
    claims = read_registry(()).claims
    matcher = Matcher(claims)
    reduced = 0
    for text in _texts():
        for figure, context in read_figures(text):
            paragraph = topic_words(text, figure)
            known = matcher.known_words(figure.measure, paragraph)
            assert known <= paragraph
            reduced += known != paragraph
            for limit in (None, 6):
                full = matcher.rank(figure.measure, context.words, context.counted, paragraph, limit=limit)
                assert _rows(full) == _rows(matcher.rank(figure.measure, context.words, context.counted, known,
                                                         limit=limit)), figure.text
    assert reduced > 20


def test_the_first_candidates_of_a_small_registry_are_those_of_a_full_ranking():
    # 60 claims share "widgets": no word is common yet, so a limit only cuts the full ranking.
    claims = _widget_registry(60)
    matcher = Matcher(claims)
    text = "Z007 made 4,000 widgets last year, and Z008 also made widgets."
    assert matcher.index.buckets[("number", None, None, None)].phrases_of is None  # no aliases: phrase n is claim n's
    for figure, context in read_figures(text):
        args = (figure.measure, context.words, context.counted, topic_words(text, figure))
        full = _rows(matcher.rank(*args))
        assert full == reference_rank(claims, *args)
        for limit in (1, 2, 5):
            assert _rows(matcher.rank(*args, limit=limit)) == full[:limit]


def test_a_common_word_alone_does_not_make_a_candidate_but_two_words_do():
    count = MIN_COMMON_WORD_PHRASES + 50  # "widgets" is in every phrase: a common word
    claims = _widget_registry(count)
    matcher = Matcher(claims)
    text = "Z042 made 4,000 widgets last year."
    (figure, context), = read_figures(text)
    args = (figure.measure, context.words, context.counted, topic_words(text, figure))
    best = matcher.rank(*args, limit=2)
    assert _rows(best) == reference_rank(claims, *args)[:2]
    assert best[0].claim.id == "widgets-z042"
    assert best[0].score >= matcher.threshold
    # Claims that share only "widgets" score less, and are not worth a fuzzy comparison.
    bucket = matcher.index.buckets[figure.measure]
    assert len({bucket.claim_of[p] for p in matcher._linked(figure.measure, bucket, {"widge", "z042"})}) == 1


def test_no_claim_of_the_measure_means_no_candidate():
    matcher = Matcher(_widget_registry(3))
    assert matcher.rank(("percent", None, None, None), "widgets", "widgets", frozenset({"widge"})) == []
    assert matcher.rank(("number", None, None, None), "widgets", "", frozenset(), limit=0) == []
    assert matcher.knows(("number", None, None, None)) and not matcher.knows(("percent", None, None, None))


def test_two_words_that_many_phrases_hold_together_do_not_make_a_candidate_but_three_do():
    count = MIN_COMMON_WORD_PHRASES + 50  # every phrase holds "widgets", "sold", "last" and "year"
    claims = _widget_registry(count, "widgets sold in Z{n:03d} last year")
    matcher = Matcher(claims)
    bucket = matcher.index.buckets[("number", None, None, None)]
    assert matcher._linked(("number", None, None, None), bucket, {"last", "year"}) == set()
    assert len(matcher._linked(("number", None, None, None), bucket, {"last", "year", "sold"})) == count


def _widget_registry(count, about="widgets from Z{n:03d}"):
    lines = ["version: 1", "claims:"]
    for n in range(count):
        lines += [f"  - id: widgets-z{n:03d}", f"    about: {about.format(n=n)}",
                  "    sources: [{name: Census, value: about 4000}]"]
    return parse_registry("\n".join(lines) + "\n", "widgets.yaml")


@pytest.mark.parametrize("phrase", ["all of them", "the"])
def test_a_phrase_of_stopwords_still_matches_as_it_did(phrase):
    claims = parse_registry(f"version: 1\nclaims:\n  - id: odd\n    about: {phrase}\n"
                            "    sources: [{name: A, value: '12'}]\n", Path("odd.yaml").name)
    args = (("number", None, None, None), f"{phrase} said", "", frozenset({phrase}))
    assert _rows(Matcher(claims).rank(*args, limit=2)) == reference_rank(claims, *args)
