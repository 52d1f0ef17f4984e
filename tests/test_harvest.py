"""Harvesting a source document into registry entries."""

from __future__ import annotations

from factcheck.harvest import SourceInfo, harvest
from factcheck.registry import parse_registry

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


def test_without_a_registry_every_figure_becomes_a_claim():
    drafted = harvest(ARTICLE, "article.txt", INFO)
    assert drafted.new_sources == () and drafted.already_recorded == ()
    shipments, munitions = drafted.new_claims
    assert (shipments.id, shipments.about, shipments.line) == ("arms-shipments-analysis-reuters",
                                                              "An analysis by Reuters identified … arms shipments", 1)
    assert (munitions.id, munitions.about) == ("munitions-war-began-north",
                                               "North Korea has shipped … munitions since the war began")
    [source] = munitions.sources
    assert (source.name, source.value, source.date, source.url, source.line) == (
        "The Asia Cable", "about 12 million", "2025-07", "https://example.org/asia", 1)
    assert source.quote == ("North Korea has shipped about 12 million munitions since the war began, "
                            "according to South Korea's intelligence agency.")
    assert source.note == "attributed in the text to South Korea's intelligence agency"


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
    taken = parse_registry(REGISTRY.replace("id: arms-shipments", "id: munitions-pyongyang-sent"), "claims.yaml")
    text = "Pyongyang sent 40 munitions. Pyongyang sent 50 munitions. Pyongyang sent 60 munitions."
    # A threshold no score reaches: every figure is new, and its id must avoid the registry's.
    drafted = harvest(text, "a.txt", INFO, taken, threshold=101)
    assert [claim.id for claim in drafted.new_claims] == [
        "munitions-pyongyang-sent-2", "munitions-pyongyang-sent-3", "munitions-pyongyang-sent-4"]


def test_draft_about_marks_where_the_figure_stood():
    [claim] = harvest("Ukrainian officials say 11,000 soldiers were sent.", "a.txt", INFO).new_claims
    assert claim.about == "Ukrainian officials say … soldiers were sent"
    [alone] = harvest("$64.", "a.txt", INFO).new_claims  # ("64." alone is read as list numbering)
    assert alone.about == "$64."  # no words around it: the sentence stands in


def test_a_figure_the_text_contradicts_is_drafted_once():
    # The inconsistent finding of "40%" (and of "60", restating "40") is no figure of its own.
    text = "He sent 3,000 of the 11,000 troops, or 40%. Pyongyang sent 40 munitions. Pyongyang sent 60 munitions."
    drafted = harvest(text, "a.txt", INFO, threshold=101)
    assert [claim.sources[0].value for claim in drafted.new_claims] == ["3,000", "11,000", "40%", "40", "60"]
