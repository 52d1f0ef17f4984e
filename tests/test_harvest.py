"""Harvesting a source document into registry entries."""

from __future__ import annotations

import datetime
import io

import pytest

from factcheck.harvest import SourceInfo, harvest
from factcheck.lint import lint_registry
from factcheck.registry import parse_registry
from factcheck.reporters.yaml import write_harvest

INFO = SourceInfo("The Asia Cable", "2025-07", "https://example.org/asia")
ARTICLE = """\
An analysis by Reuters identified at least 64 arms shipments. North Korea has shipped about
12 million munitions since the war began, according to South Korea's intelligence agency.
"""
REGISTRY = """\
version: 1
claims:
  - id: arms-shipments
    about: arms shipments from North Korea to Russia
    sources: [{name: Reuters, value: at least 64, date: 2025-03}]
  - id: munitions-shipped
    about: munitions North Korea has shipped to Russia
    sources: [{name: The Asia Cable, value: around 12 million, date: 2025-07}]
"""


def test_without_a_registry_every_figure_becomes_a_claim_named_by_what_it_counts():
    drafted = harvest(ARTICLE, "article.txt", INFO)
    assert drafted.new_sources == () and drafted.already_recorded == () and drafted.figures == 2
    shipments, munitions = drafted.new_claims
    assert (shipments.id, shipments.about, shipments.line) == ("arms-shipments", "arms shipments", 1)
    assert (munitions.id, munitions.about) == ("north-korea-munitions-shipped", "munitions shipped by North Korea")
    [source] = munitions.sources
    assert (source.name, source.value, source.date, source.url, source.line) == (
        "The Asia Cable", "about 12 million", "2025-07", "https://example.org/asia", 1)
    assert source.quote == ("North Korea has shipped about 12 million munitions since the war began, "
                            "according to South Korea's intelligence agency.")
    assert source.note == "attributed in the text to South Korea's intelligence agency"


# Sentences of our own: (text, [(id, about, [(value, quote)]) for each claim drafted]).
DRAFTS = [
    pytest.param(
        "Nasdaq's bid valuing the LSE at £2.7 billion was turned down.",
        [("lse-bid-value", "Nasdaq's bid valuing the LSE",
          [("£2.7 billion", "Nasdaq's bid valuing the LSE at £2.7 billion was turned down.")])],
        id="a valuation: what is valued, by what"),
    pytest.param(
        "The harbour company was valued at $3 billion last spring.",
        [("harbour-company-value", "value of the harbour company",
          [("$3 billion", "The harbour company was valued at $3 billion last spring.")])],
        id="a passive valuation"),
    pytest.param(
        "Almost 900 Russian tanks were destroyed in the spring, Kyiv says.",
        [("russia-tanks-destroyed", "Russian tanks destroyed",
          [("Almost 900", "Almost 900 Russian tanks were destroyed in the spring, Kyiv says.")])],
        id="whose, what, what happened"),
    pytest.param(
        "France has delivered 30 howitzers.",
        [("france-howitzers-delivered", "howitzers delivered by France",
          [("30", "France has delivered 30 howitzers.")])],
        id="the place that did it, in the lead"),
    pytest.param(
        "Of the 2,300 people evacuated, 140 were injured.",
        [("people-evacuated", "people evacuated", [("2,300", "Of the 2,300 people evacuated, 140 were injured.")]),
         ("people-injured", "people injured", [("140", "Of the 2,300 people evacuated, 140 were injured.")])],
        id="a partitive: what the second figure counts"),
    pytest.param(
        "Volunteers tallied 212 stranded whales on the coast.",
        [("stranded-whales", "stranded whales on the coast", [("212", "Volunteers tallied 212 stranded whales on the coast.")])],
        id="who counted is not whose"),
    pytest.param(
        "Imported tea now makes up 35% of the leaves that Kenyan factories process.",
        [("leaves-share", "share of the leaves that Kenyan factories process",
          [("35%", "Imported tea now makes up 35% of the leaves that Kenyan factories process.")])],
        id="a share, finished by its relative clause"),
    pytest.param(
        "About 60% of the rockets launched by Iran were intercepted.",
        [("iran-rockets-launched-share", "share of rockets launched by Iran",
          [("About 60%", "About 60% of the rockets launched by Iran were intercepted.")])],
        id="a share, named from its frame"),
    pytest.param(
        "Later, bakery shares in Lyon slipped 1.5%.",
        [("bakery-shares-lyon-fall", "fall in bakery shares in Lyon", [("1.5%", "Later, bakery shares in Lyon slipped 1.5%.")])],
        id="the size of a change of what its clause names"),
    pytest.param(
        "The mill has earned $20 million in export contracts.",
        [("export-contracts-earned", "export contracts earned",
          [("$20 million", "The mill has earned $20 million in export contracts.")])],
        id="what it counts after a preposition"),
    pytest.param(
        "The guild put the orchard's value at 3.1bn euros ($3.4bn; £2.6bn).",
        [("orchard-value", "orchard's value",
          [("3.1bn euros", "The guild put the orchard's value at 3.1bn euros ($3.4bn; £2.6bn).")]),
         ("orchard-value-usd", "orchard's value in USD",
          [("$3.4bn", "The guild put the orchard's value at 3.1bn euros ($3.4bn; £2.6bn).")]),
         ("orchard-value-gbp", "orchard's value in GBP",
          [("£2.6bn", "The guild put the orchard's value at 3.1bn euros ($3.4bn; £2.6bn).")])],
        id="a figure restated in other currencies"),
    pytest.param(
        "In terms of turnover, Brindle - at $8 million - leads.",
        [("brindle-terms-turnover", "terms of turnover Brindle",
          [("$8 million", "In terms of turnover, Brindle - at $8 million - leads.")])],
        id="a clause that says nothing: the sentence before the figure"),
    pytest.param(
        "Jobless claims rose to 4.2% in March.",
        [("jobless-claims", "jobless claims in March", [("4.2%", "Jobless claims rose to 4.2% in March.")])],
        id="a level and its time; the sentence's first word lower-cased"),
]


@pytest.mark.parametrize(("text", "expected"), DRAFTS)
def test_drafted_ids_abouts_and_quotes(text, expected):
    drafted = harvest(text, "a.txt", INFO)
    assert [(claim.id, claim.about, [(source.value, source.quote) for source in claim.sources])
            for claim in drafted.new_claims] == expected


def test_one_quantity_stated_twice_is_one_claim_with_one_figure():
    text = ("The council evacuated 2,300 residents after the flood. A total of 400 residents had returned.\n\n"
            "Of the 2,300 residents evacuated, 140 were injured.\n")
    drafted = harvest(text, "a.txt", INFO)
    assert drafted.figures == 4
    assert [(claim.id, [(source.value, source.line) for source in claim.sources]) for claim in drafted.new_claims] == [
        ("residents-evacuated", [("2,300", 1)]),
        ("residents-returned", [("400", 1)]),
        ("residents-injured", [("140", 3)]),
    ]
    [evacuated, *_] = drafted.new_claims
    assert evacuated.sources[0].quote == "The council evacuated 2,300 residents after the flood."


def test_the_same_figure_of_the_same_thing_worded_otherwise_is_one_claim():
    text = ("Nasdaq's bid valuing the LSE at £2.7 billion was turned down. "
            "The LSE board rejected the £2.7 billion bid in a day.")
    [claim] = harvest(text, "a.txt", INFO).new_claims
    assert (claim.id, [source.value for source in claim.sources]) == ("lse-bid-value", ["£2.7 billion"])


def test_one_quantity_given_two_figures_is_one_claim_with_both():
    text = "Pyongyang sent 40 howitzers in May. Later, Pyongyang sent 45 howitzers in May, officials said."
    [claim] = harvest(text, "a.txt", INFO).new_claims
    assert (claim.id, [source.value for source in claim.sources]) == ("north-korea-howitzers-sent", ["40", "45"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Pyongyang sent 40 howitzers in May. Pyongyang sent 40 howitzers in June.", id="other months"),
        pytest.param("Almost 900 tanks were destroyed and 900 tanks were captured.", id="other events"),
        pytest.param("The army lost 40 tanks and 40 howitzers.", id="other counted nouns"),
        pytest.param("Sales reached $40 million, and 40 million shoppers came.", id="other kinds of figure"),
    ],
)
def test_figures_of_different_quantities_stay_apart(text):
    assert len(harvest(text, "a.txt", INFO).new_claims) == 2


def test_a_figure_matching_a_claim_becomes_a_new_source_of_it():
    claims = parse_registry(REGISTRY, "claims.yaml")
    drafted = harvest(ARTICLE, "article.txt", INFO, claims)
    assert drafted.new_claims == ()
    [entry] = drafted.new_sources
    assert (entry.claim.id, entry.source.value, entry.source.name, entry.agreeing) == (
        "arms-shipments", "at least 64", "The Asia Cable", 1)
    # The Asia Cable's "around 12 million" is in the registry already: "about" reads the same.
    [repeat] = drafted.already_recorded
    assert (repeat.claim.id, repeat.source.value) == ("munitions-shipped", "about 12 million")


def test_drafted_ids_never_collide():
    taken = parse_registry(REGISTRY.replace("id: arms-shipments", "id: tanks-destroyed"), "claims.yaml")
    text = ("Some 40 tanks were destroyed in May. Some 50 tanks were destroyed in June. "
            "Some 60 tanks were destroyed in July.")
    # A threshold no score reaches: every figure is new, and its id must avoid the registry's.
    drafted = harvest(text, "a.txt", INFO, taken, threshold=101)
    assert [claim.id for claim in drafted.new_claims] == ["tanks-destroyed-2", "tanks-destroyed-3", "tanks-destroyed-4"]


def test_a_figure_with_no_words_around_it_keeps_its_sentence_as_about():
    [alone] = harvest("$64.", "a.txt", INFO).new_claims  # ("64." alone is read as list numbering)
    assert (alone.id, alone.about) == ("figure", "$64.")


def test_drafts_are_told_apart_by_registry_lint():
    text = " ".join(text for text, _ in (param.values for param in DRAFTS))
    output = io.StringIO()
    write_harvest(harvest(text, "a.txt", INFO), "a.txt", INFO, (), output)
    problems = lint_registry([("drafts.yaml", output.getvalue())], datetime.date(2026, 1, 1))
    assert len(parse_registry(output.getvalue(), "drafts.yaml")) == sum(len(param.values[1]) for param in DRAFTS)
    assert problems == []
    # The same drafts twice over, under other ids, are what lint would warn about.
    doubled = output.getvalue() + output.getvalue().split("claims:\n", 1)[1].replace("- id: ", "- id: again-")
    assert {problem.rule for problem in lint_registry([("drafts.yaml", doubled)], datetime.date(2026, 1, 1))} == {
        "near-duplicate", "same-frame"}


def test_a_figure_matching_a_claim_twice_is_one_new_source():
    claims = parse_registry(REGISTRY, "claims.yaml")
    text = ARTICLE + "\nIn all, Reuters identified at least 64 arms shipments.\n"
    drafted = harvest(text, "article.txt", INFO, claims)
    assert drafted.figures == 3
    assert [(entry.claim.id, entry.source.value, entry.source.line) for entry in drafted.new_sources] == [
        ("arms-shipments", "at least 64", 1)]
    assert [entry.claim.id for entry in drafted.already_recorded] == ["munitions-shipped"]


def test_a_figure_the_text_contradicts_is_drafted_once():
    # The inconsistent finding of "40%" (and of "60", restating "40") is no figure of its own.
    text = "He sent 3,000 of the 11,000 troops, or 40%. Pyongyang sent 40 munitions. Pyongyang sent 60 munitions."
    drafted = harvest(text, "a.txt", INFO, threshold=101)
    assert [[source.value for source in claim.sources] for claim in drafted.new_claims] == [
        ["3,000"], ["11,000"], ["40%"], ["40", "60"]]
