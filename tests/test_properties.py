"""Properties that must hold for any input, checked with hypothesis on random and mutated text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.check import check_text, read_figures
from factcheck.figures import extract_figures
from factcheck.inputs import bundled_registry_path
from factcheck.matching import Matcher
from factcheck.registry import parse_registry

from .conftest import SEEDS

# Text built from the pieces figures are made of, so that random draws hit the grammar often.
FIGURE_PIECES = st.sampled_from([
    "about", "around", "at least", "up to", "between", "and", "to", "from", "more than", "an estimated",
    "12", "4.2", "5.8", "1,500", "25,000", "30,000", "2024", "11", "-", "–", "—", "$", "£", "€", "US$",
    "million", "billion", "bn", "m", "k", "percent", "%", "per cent", "a day", "per year", "annually",
    "soldiers", "munitions", "July", "13", "Hwasong-11", "F-16", "G7", "10:30", "47th", "1990s",
    "http://x.org/12", "`5`", "a@b.com", ",", ".", " ", "\n", "\r\n", "\r", "\ufeff", "\x00", "٣", "½",
    "half a", "a dozen", "eleven thousand", "twenty-five", "two", "hundred",
])
FIGURE_LIKE_TEXT = st.lists(FIGURE_PIECES, max_size=40).map(" ".join)
ANY_TEXT = st.text(max_size=300)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _assert_well_formed(text: str) -> None:
    figures = extract_figures(text)
    previous_end = 0
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start:figure.end] == figure.text
        assert figure.start >= previous_end  # in order, never overlapping
        previous_end = figure.end
        assert figure.kind in ("number", "percent", "money")
        assert figure.low is not None or figure.high is not None
        if figure.low is not None and figure.high is not None:
            assert figure.low <= figure.high
    assert extract_figures(text) == figures  # deterministic
    assert [f for f, _ in read_figures(text)] == figures


@SETTINGS
@given(FIGURE_LIKE_TEXT)
def test_extraction_is_well_formed_on_figure_like_text(text: str) -> None:
    _assert_well_formed(text)


@SETTINGS
@given(ANY_TEXT)
def test_extraction_is_well_formed_on_any_text(text: str) -> None:
    _assert_well_formed(text)


def _seed_text() -> str:
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is not present")
    return "\n".join(p.read_text(encoding="utf-8") for p in paths)


@SETTINGS
@given(st.data())
def test_extraction_is_well_formed_on_mutated_seed_articles(data) -> None:
    seed = _seed_text()
    window = data.draw(st.integers(0, max(0, len(seed) - 2000)))
    text = seed[window:window + 2000]
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 20))
        insert = data.draw(st.one_of(FIGURE_PIECES, st.text(max_size=5)))
        text = text[:position] + insert + text[position + cut:]
    _assert_well_formed(text)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    path = bundled_registry_path()
    return Matcher(parse_registry(path.read_text(encoding="utf-8"), str(path)))


SENTENCE = "South Korean intelligence says North Korea has shipped {} munitions to Russia since the war began."
COUNTS = st.integers(1, 10**11)


@settings(max_examples=100, deadline=None)
@given(COUNTS)
def test_the_claim_matched_never_depends_on_the_value(matcher, count: int) -> None:
    (finding,) = check_text(SENTENCE.format(f"{count:,}"), matcher)
    assert finding.claim is not None and finding.claim.id == "dprk-munitions-to-russia"


@settings(max_examples=100, deadline=None)
@given(COUNTS, st.integers(2, 1000))
def test_moving_a_conflicting_figure_further_away_never_makes_it_agree(matcher, count: int, factor: int) -> None:
    (finding,) = check_text(SENTENCE.format(f"{count:,}"), matcher)
    if finding.verdict != "conflict":
        return
    highest = max(s.source.figure.high for s in finding.sources)
    lowest = min(s.source.figure.low for s in finding.sources)
    if lowest <= count <= highest:
        return  # between the sources: no direction is away from all of them
    further = count * factor if count > highest else max(1, count // factor)
    (moved,) = check_text(SENTENCE.format(f"{further:,}"), matcher)
    assert moved.verdict == "conflict"


@SETTINGS
@given(st.one_of(ANY_TEXT, st.text(st.characters(max_codepoint=127), max_size=300)))
@example("The IAEA’s Data_Set of 2024: 12,5 µm\tÉTÉ\x1f x")
@example("US and U.S. rates, USB, let us")
def test_keywords_are_those_of_the_words_read_one_by_one(text: str) -> None:
    from factcheck.vocabulary import _WORD, STOPWORDS, Vocabulary, _spelled, stem, words_of

    # (an abbreviation that lower-cases to a stop word is read spelled out: "US" as "USA")
    words = [word.lower() for word in _WORD.findall(_spelled(text))]
    assert words_of(text) == words  # the ASCII path splits as the pattern does
    assert Vocabulary.plain().keywords(text) == [stem(word) for word in words if word not in STOPWORDS]


@SETTINGS
@given(st.lists(st.sampled_from(["\n", "\r", "\r\n", " ", "\t", "x"]), max_size=60).map("".join), st.integers(0, 60))
def test_the_blank_line_pattern_for_a_text_finds_what_blank_line_finds(text: str, start: int) -> None:
    from factcheck.positions import BLANK_LINE, blank_line_pattern

    found = [gap.span() for gap in blank_line_pattern(text).finditer(text, start)]
    assert found == [gap.span() for gap in BLANK_LINE.finditer(text, start)]
