"""The frame reader's quick paths change no frame: the verb test before _SUBJECT_VERB,
and the frames of the last text kept for its restatements."""

from __future__ import annotations

import pytest

from factcheck import frames
from factcheck.check import read_figures
from factcheck.frames import _SUBJECT_VERB, _may_end_in_subject_verb, read_frame
from factcheck.vocabulary import Vocabulary


@pytest.mark.parametrize("lead", [
    "the evacuees number", "the toll was put at", "the bill has been estimated   at", "exports totalled",
    "the crowd stood at", "its sales came to", "profits rose to", "the deficit hit", "the deficit HIT",
    "the count reached\n", "the cost was put at\t ", "shares fell 3% to",
    "the evacuees numbered more", "sales of", "at", "", "   ", "the toll was put", "the crowd ſtood at",
    "the team hiT", "the total was reported at", "the evacuees numbers",
])
def test_the_verb_test_keeps_every_lead_the_pattern_matches(lead):
    if _SUBJECT_VERB.search(lead):
        assert _may_end_in_subject_verb(lead)
    if not _may_end_in_subject_verb(lead):
        assert _SUBJECT_VERB.search(lead) is None


def test_a_frame_read_again_is_the_one_kept_and_a_new_text_reads_afresh():
    text = "Of the 2,300 people evacuated, 140 were injured, officials said."
    (first, first_context), (second, second_context) = read_figures(text)
    vocabulary = Vocabulary.default()
    frame = read_frame(text, second, second_context, vocabulary)
    assert (frame.counts, frame.event) == ("people", "injured")
    assert read_frame(text, second, second_context, vocabulary) is frame
    assert frames._read_frame(text, second, second_context, vocabulary) == frame
    other = "The 140 injured were flown home."
    [(figure, context)] = read_figures(other)
    assert read_frame(other, figure, context, vocabulary) == frames._read_frame(other, figure, context, vocabulary)
    assert read_frame(text, first, first_context, Vocabulary.plain()) \
        == frames._read_frame(text, first, first_context, Vocabulary.plain())
