"""A figure's frame (what it counts, what happened, whose, when, who says so), claims'
frames, and how frames tell sibling claims apart."""

from __future__ import annotations

import pytest

from factcheck.check import check_text, read_figures
from factcheck.frames import Frame, read_frame
from factcheck.matching import Matcher
from factcheck.registry import parse_registry


def _frame(sentence: str, figure_text: str) -> Frame:
    [(figure, context)] = [(f, c) for f, c in read_figures(sentence) if f.text == figure_text]
    return read_frame(sentence, figure, context)


@pytest.mark.parametrize(
    ("sentence", "figure", "counts", "event", "whose"),
    [
        ("More than 3,000 North Korean troops have been killed or wounded, Seoul says.", "More than 3,000",
         "North Korean troops", "killed or wounded", "North Korean"),
        # A partitive: the counted thing stands before the figure's clause.
        ("Of the 2,300 people evacuated, 140 were injured.", "140", "people", "injured", None),
        ("Of the 2,300 people evacuated, 140 were injured.", "2,300", "people", "evacuated", None),
        # A passive or copular verb puts the figure after its subject.
        ("The death toll was put at 3,400 by the council.", "3,400", "death toll", "death", None),
        ("Sales totalled 1.2 million last year.", "1.2 million", "Sales", "Sales", None),
        ("A further 900 nurses will be hired by 2027.", "900", "nurses", "will or hired", None),
        ("North Korea has sent about 11,000 soldiers to Russia.", "about 11,000", "soldiers", "sent", "North Korea"),
        ("Pyongyang has 1,500 factories making shells for Moscow.", "1,500", "factories", None, "Pyongyang"),
        ("The company sold 1.2 million cars, including 40,000 electric models.", "40,000", "electric models",
         None, None),
    ],
)
def test_a_figure_frame_reads_what_it_counts_what_happened_and_whose(sentence, figure, counts, event, whose):
    frame = _frame(sentence, figure)
    assert (frame.counts, frame.event, frame.whose) == (counts, event, whose)


def test_a_frame_carries_the_time_and_the_source():
    frame = _frame("North Korea sent 11,000 troops to Russia in November, according to Kyiv.", "11,000")
    assert (frame.when, frame.said_by) == ("in November", "Kyiv")


SIBLINGS = """\
version: 1
claims:
  - id: flood-evacuated
    about: people evacuated from the flooded valley
    sources: [{name: Council, value: "2,300"}]
  - id: flood-injured
    about: people injured in the valley floods
    aliases: [people hurt in the floods]
    sources: [{name: Council, value: "140"}]
  - id: nurses-hired
    about: nurses the health board has hired
    sources: [{name: Board, value: "1,200"}]
  - id: nurses-planned
    about: additional nurses the health board plans to hire by 2027
    sources: [{name: Board, value: "900"}]
  - id: troops-sent
    about: North Korean troops sent to Russia
    sources: [{name: Kyiv, value: "11,000"}]
  - id: shipments
    about: arms shipments from North Korea to Russia
    sources: [{name: Analysts, value: at least 64}]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(parse_registry(SIBLINGS, "claims.yaml"))


@pytest.mark.parametrize(
    ("sentence", "figure", "claim"),
    [
        ("Of the 2,300 people evacuated from the valley, 140 were injured.", "140", "flood-injured"),
        ("Of the 2,300 people evacuated from the valley, 140 were injured.", "2,300", "flood-evacuated"),
        ("The floods left 140 people wounded in the valley.", "140", "flood-injured"),  # a synonym
        ("A further 900 nurses will be hired by the health board by 2027.", "900", "nurses-planned"),
        ("The health board has hired 1,200 nurses.", "1,200", "nurses-hired"),
        ("Pyongyang has sent 11,000 soldiers to Moscow.", "11,000", "troops-sent"),  # capitals for governments
        # Hard negatives: a figure next to the subject that counts something else.
        ("More than 3,000 North Korean troops in Russia have been killed or wounded.", "More than 3,000", None),
        ("North Korea has 1,500 factories making arms for Russia.", "1,500", None),
    ],
)
def test_frames_tell_sibling_claims_apart(matcher, sentence, figure, claim):
    [finding] = [f for f in check_text(sentence, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


def test_a_claim_can_exclude_words_and_name_its_counted_noun():
    registry = SIBLINGS.replace("    about: North Korean troops sent to Russia\n",
                                "    about: North Korean troops sent to Russia\n    excludes: [casualties]\n")
    matcher = Matcher(parse_registry(registry, "claims.yaml"))
    [finding] = check_text("North Korean troops sent to Russia suffered 4,000 casualties.", matcher)
    assert finding.claim is None


def test_an_unmatched_figure_close_to_a_claim_is_a_near_miss():
    registry = """\
version: 1
claims:
  - id: plant-hours
    about: hours a day the steel plant runs
    sources: [{name: Ministry, value: 24 hours a day}]
"""
    matcher = Matcher(parse_registry(registry, "claims.yaml"))
    [finding] = check_text("The plant works 20 hours a day.", matcher)
    assert finding.verdict == "unmatched"
    assert finding.near is not None and finding.near.claim.id == "plant-hours"
