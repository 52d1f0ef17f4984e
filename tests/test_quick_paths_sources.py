"""The quick tests of attribution and restatements change nothing they find: a source
pattern is searched for only where the words it needs stand, and a restatement's keys
are read only for a figure whose counted words another figure of its measure shares."""

from __future__ import annotations

import pytest

from factcheck import attribution
from factcheck.attribution import (
    _POSSESSIVE_SOURCE, _SOURCE_AFTER, _SOURCE_BEFORE, _VERB_THEN_SOURCE, _may_follow_mark, _may_name_work,
    _name_after, _name_before, _source_candidates,
)
from factcheck.check import read_figures
from factcheck.consistency import restated
from factcheck.defaults import DEFAULT_TOLERANCE
from factcheck.verdicts import either_agrees
from factcheck.vocabulary import Vocabulary

from .conftest import CORPUS


def every_source(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """_source_candidates as it read before its quick tests: every pattern over every sentence."""
    candidates = []
    for rank, pattern in enumerate((_SOURCE_AFTER, _VERB_THEN_SOURCE)):
        for found in pattern.finditer(text, start, end):
            name = _name_after(text[found.end():end])
            if name:
                candidates.append((rank, found.start(), name))
    for found in _POSSESSIVE_SOURCE.finditer(text, start, end):
        candidates.append((0, found.start(), found.group("name")))
    for found in _SOURCE_BEFORE.finditer(text, start, end):
        name = _name_before(text[start:found.start()])
        if name:
            candidates.append((1, found.start(), name))
    return candidates


SENTENCES = [
    "The bill came to 40 million, according to the Budget Office.",
    "The bill came to 40 million, ACCORDING TO the Budget Office.",
    "The bill came to 40 million,\naccording\tto the Budget Office.",
    "An analysis by Harbour Partners puts the loss at 12%.",
    "A SURVEY FROM the Retail Guild found 300 shops shut.",
    "The census data from the Statistics Board show 4,000 new homes.",
    "Data by region are not given for the 12 towns.",
    "Harbour's estimate of 30,000 jobs was revised.",
    "The Guild’s latest figures show 300 shops shut.",
    "Harbour’s own tally came to 31 boats.",
    '"We lost 300 boats," said the Fishing Board.',
    "We lost 300 boats, says Griffiths.",
    "We lost 300 boats” says Griffiths.",
    "River analysts estimate that 40% of the boats sank.",
    "An estimated 40% of the boats sank, the board reports.",
    "The board reports an estimated 40% of boats lost.",
    "The board said 12 boats sank, while the guild puts it at 20.",
    "Some 12 boats sank; the guild puts it at 20.",
    "The ſurvey by the Board counted 12 boats.",  # a long s, which ignoring case reads as "s"
    "An ANALYSİS by the Board counted 12 boats.",  # a dotted capital I
    "The Kelvin-signed \u212aIDA's estimate of 12 boats.",
    "Twelve boats sank in the storm last week.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_quick_tests_find_every_source_the_patterns_find(sentence):
    for text, start in ((sentence, 0), ("Before it, " + sentence, len("Before it, ")), ("x," + sentence, 2)):
        assert _source_candidates(text, start, len(text)) == every_source(text, start, len(text))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_pattern_is_skipped_only_where_it_cannot_match(sentence):
    if not _may_name_work(sentence):
        assert _SOURCE_AFTER.search(sentence) is None
    text = "x," + sentence
    if not _may_follow_mark(text, 2, len(text)):
        assert _VERB_THEN_SOURCE.search(text, 2) is None
    if attribution._ANY_VERB.search(sentence) is None:
        assert _VERB_THEN_SOURCE.search(sentence) is None and _SOURCE_BEFORE.search(sentence) is None
    if "'s" not in sentence and "’s" not in sentence:
        assert _POSSESSIVE_SOURCE.search(sentence) is None


def test_the_skipping_tests_turn_sentences_down():
    assert not _may_name_work("Twelve boats sank in the storm last week.")
    assert not _may_name_work("The board bought 12 boats from the yard.")  # "from", but no work
    assert _may_name_work("An ANALYSİS by the Board counted 12 boats.")  # not ASCII: searched
    assert not _may_follow_mark("Twelve boats sank in the storm last week.", 0, 41)
    assert _may_follow_mark("a, b", 2, 4)  # the mark just before the sentence counts


def _corpus_texts(step: int) -> list[str]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    return [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[::step]]


def test_every_sentence_of_the_corpus_reads_the_sources_it_read():
    for text in _corpus_texts(7):
        for _, context in read_figures(text):
            start, end = context.sentence_start, context.sentence_end
            assert _source_candidates(text, start, end) == every_source(text, start, end)


def every_restatement(text, figures, vocabulary, tolerance=DEFAULT_TOLERANCE):
    """restatements() as it read before its quick paths: every figure's sentence read, and
    every figure of a group with two values keyed."""
    groups = {}
    memo = restated._TextMemo(text)
    for figure, context in figures:
        if restated._unfit(text, figure, context, memo) is None:
            groups.setdefault(figure.measure, []).append((figure, context))
    found = []
    for members in groups.values():
        if len(members) < 2 or all(either_agrees(members[0][0], f, tolerance) for f, _ in members[1:]):
            continue
        statements = {}
        for figure, context in members:
            read = restated._read(text, figure, context, vocabulary)
            quantity = restated._quantity(read)
            if quantity is None:
                continue
            earlier = statements.setdefault(quantity, restated._Statements())
            first = earlier.contradicted(read, tolerance)
            if first is not None:
                shared = restated._same_quantity(read, first)
                if shared is not None:
                    found.append(restated._inconsistency(figure, first.figure, shared))
            earlier.add(read)
    return sorted(found, key=lambda item: item.stated.start)


OWN_TEXTS = [
    "Some 12,000 North Korean troops were sent to Russia last year.\n\n"
    "The 15,000 North Korean troops sent to Russia last year are in Kursk.\n\n"
    "Of those, 3,000 were killed, and 2,000 more were expected to be sent last year.",
    "The firm sold 1.2 million cars in Europe in 2004, 300 vans and 70 boats.\n\n"
    "Its 1.5 million cars sold in Europe in 2004 made a profit; the 400 vans sold in 2004 did not.",
]


@pytest.mark.parametrize("text", OWN_TEXTS)
def test_restatements_are_those_read_the_long_way(text):
    figures = read_figures(text)
    vocabulary = Vocabulary.default()
    expected = every_restatement(text, figures, vocabulary)
    assert len(expected) == 1  # each text restates one quantity, beside figures that restate none
    assert restated.restatements(text, figures, vocabulary) == expected


def test_the_corpus_restates_what_it_restated():
    vocabulary = Vocabulary.default()
    for text in _corpus_texts(3):  # (none is reported over the corpus today)
        figures = read_figures(text)
        assert restated.restatements(text, figures, vocabulary) == every_restatement(text, figures, vocabulary)
