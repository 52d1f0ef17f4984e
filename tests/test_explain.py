"""Explanations: the words, scores and intervals behind a verdict."""

from __future__ import annotations

import math

from factcheck.check import check_text
from factcheck.matching import Matcher
from factcheck.registry import parse_registry

REGISTRY = """\
version: 1
claims:
  - id: dprk-munitions
    about: munitions North Korea has shipped to Russia
    aliases: [munitions Pyongyang sent to Moscow]
    sources:
      - {name: DIA, value: about 12 million, date: 2025-06}
      - {name: OSC, value: between 4.2 and 5.8 million, date: 2025-03}
  - id: dprk-troops
    about: North Korean troops sent to Russia
    sources:
      - {name: Officials, value: "11,000"}
  - id: share-of-shells
    about: share of Russia's shells supplied by North Korea
    sources:
      - {name: Analysts, value: up to 50%}
"""


def _explained(text: str):
    [finding] = check_text(text, Matcher(parse_registry(REGISTRY, "r.yaml")), explain_verdicts=True)
    return finding, finding.explanation


def test_the_words_of_the_best_two_claims_that_met_the_context():
    finding, explanation = _explained("Pyongyang has sent about 12 million munitions to Moscow since 2022.")
    assert explanation.clause == "Pyongyang has sent munitions to Moscow since 2022"
    best, runner_up = explanation.candidates
    assert (best.claim_id, best.phrase, best.score) == ("dprk-munitions", "munitions Pyongyang sent to Moscow",
                                                        finding.candidates[0].score)
    assert best.in_clause == ("munitions", "Pyongyang", "sent", "Moscow")
    assert best.in_counted == ("munitions",)
    assert best.missing == ()
    assert (runner_up.claim_id, runner_up.phrase) == ("dprk-troops", "North Korean troops sent to Russia")
    # Synonyms: "Pyongyang" is "North Korean" and "Moscow" "Russia" to the matcher.
    assert runner_up.in_clause == ("North Korean", "sent", "Russia")
    assert runner_up.missing == ("troops",)


def test_the_intervals_compared_follow_the_verdict_rules():
    finding, explanation = _explained("Pyongyang has sent about 12 million munitions to Moscow.")
    # "about 12 million" in the text: the wider of 11.5-12.5 million (its rounding) and 10% either side.
    assert explanation.interval == (10_800_000, 13_200_000)
    # The sources as stated: their own hedges do not widen them.
    assert explanation.source_intervals == ((11_500_000, 12_500_000), (4_150_000, 5_850_000))
    assert explanation.rules[1] == (
        "about 12 million stands for 10,800,000 to 13,200,000; the source's between 4.2 and 5.8 million "
        "for 4,150,000 to 5,850,000; they do not overlap: conflict")
    assert [judged.verdict for judged in finding.sources] == ["agree", "conflict"]


def test_open_bounds_are_infinite():
    _, explanation = _explained("North Korea supplied up to 50% of Russia's shells.")
    assert explanation.interval[0] == -math.inf and explanation.interval[1] == 50


def test_an_unmatched_figure_still_shows_its_nearest_claims_and_why_they_were_ruled_out():
    finding, explanation = _explained("A North Korean club sold 11,000 season tickets to fans from Russia.")
    assert finding.verdict == "unmatched"
    assert [(match.claim_id, match.ruled_out) for match in explanation.candidates] == [
        ("dprk-munitions", "it counts what was sold, the claim what was sent, supplied"),
        ("dprk-troops", "it counts what was sold, the claim what was sent"),
    ]
    assert explanation.source_intervals == ()
