"""The vocabulary's quick paths read words and keys exactly as the plain reading does."""

from __future__ import annotations

import pytest

from factcheck.vocabulary import _STEMS, _WORD, STOPWORDS, Vocabulary, _spelled, words_of


def _plain_words(text: str) -> list[str]:
    """The reading words_of stands for: every run of letters and digits, lower-cased."""
    return [word.lower() for word in _WORD.findall(_spelled(text))]


def _plain_keywords(vocabulary: Vocabulary, text: str) -> list[str]:
    """The reading keywords stands for: stems of the content words, runs joined longest first."""
    stems = [_STEMS[word] for word in _plain_words(text) if word not in STOPWORDS]
    return [key for key, _ in vocabulary._joined(stems)]


@pytest.mark.parametrize("text", [
    "Plain ASCII, with punctuation: 3,000 troops (and 12%)!",
    "Prices rose 4% to £120 in Zürich; the café's ÉLAN and naïve façade",
    "ÀÉÎÕÜ àéîõü ß ÿ µ ª º ² ³ ½ × ÷ ¿ ¡ « » ° ± ·",
    "Words beyond Latin-1: Łódź, Ωmega, “quoted” — dashes…",
    "The U.S. and the US, USA and U.S",
    "snake_case under_scores",
    "",
    "   \t\n ",
])
def test_words_of_reads_as_the_word_pattern(text):
    assert words_of(text) == _plain_words(text)


def test_every_latin1_character_reads_as_the_word_pattern():
    for code in range(256):
        text = f"ab{chr(code)}cd {chr(code)} {chr(code).upper()}x"
        assert words_of(text) == _plain_words(text), hex(code)


@pytest.mark.parametrize("text", [
    "North Korea sent troops to the south",
    "The Bank of England and the European Central Bank held rates",
    "the Office for National Statistics said gross domestic product rose",
    "new homes in New York and New Delhi, new new york",
    "out of work, out, north",  # openers with no run after them, and at the end
    "bank",
    "The death toll rose as lives were lost; chief executive pay fell",
    "wounded soldiers evacuated from Pyongyang in the U.S.",
])
def test_keywords_read_runs_as_the_plain_reading(text):
    vocabulary = Vocabulary.default()
    assert vocabulary.keywords(text) == _plain_keywords(vocabulary, text)
    assert vocabulary.keywords(text * 20) == _plain_keywords(vocabulary, text * 20)  # a long text is not kept


def test_keywords_kept_for_a_text_are_a_fresh_list_each_time():
    vocabulary = Vocabulary.default()
    first = vocabulary.keywords("troops sent")
    first.append("changed")
    assert vocabulary.keywords("troops sent") == ["troop", "sent"]


def test_first_place_and_section_of_are_unchanged_by_their_quick_paths():
    vocabulary = Vocabulary.default()
    assert vocabulary.first_place("troops North Korea sent") == "North Korea"
    assert vocabulary.first_place("troops were sent") is None
    assert vocabulary.section_of("killed") == "events"
    assert vocabulary.section_of("killed") == "events"  # read again, from what was kept
    assert vocabulary.section_of("the") is None
