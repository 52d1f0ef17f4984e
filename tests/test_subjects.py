"""A sentence that names one of the registry's owners is about it: another owner's claim is
ruled out (factcheck.subjects). Sentences and registry are written for these tests."""

from __future__ import annotations

import pytest

from factcheck.check import check_text
from factcheck.frame_fit import OWNER_BONUS
from factcheck.matching import Matcher
from factcheck.registry import parse_registry
from factcheck.subjects import name_runs, names_claim, owner_names, registry_names, sentence_names
from factcheck.vocabulary import Vocabulary

ALBUMS = """\
version: 1
claims:
  - id: horizon-first-week
    about: Blue Horizon's first-week album sales in Britain, May 2026
    aliases: [Blue Horizon sold in its first week]
    sources: [{name: chart company, value: "120,000"}]
  - id: owls-first-week
    about: Night Owls' first-week album sales in Britain, May 2026
    aliases: [Night Owls sold in their first week]
    sources: [{name: chart company, value: "95,000"}]
  - id: owls-christmas-day
    about: Night Owls' album sales on Christmas Day alone
    aliases: [sold on Christmas Day]
    sources: [{name: chart company, value: "40,000"}]
  - id: top-ten-share
    about: share of the week's album sales taken by the top ten albums
    sources: [{name: chart company, value: 45%}]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(parse_registry(ALBUMS, "claims.yaml"))


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # The owner its sentence names is whose figure it is.
        ("Night Owls sold 95,000 albums in their first week.", "95,000", "owls-first-week"),
        ("Night Owls sold 120,000 albums in their first week.", "120,000", "owls-first-week"),
        ("Blue Horizon sold 120,000 albums in its first week.", "120,000", "horizon-first-week"),
        # A sentence that names no owner reads the nearest sentence before it that names one.
        ("Night Owls went straight to number one. The record sold 120,000 albums in its first week.",
         "120,000", "owls-first-week"),
        ("Blue Horizon went straight to number one. Critics loved it. The record sold 120,000 albums in its "
         "first week.", "120,000", "horizon-first-week"),
        # A day of the year is no owner: another owner's sales that day are not the claim's.
        ("Blue Horizon sold 40,000 albums on Christmas Day.", "40,000", None),
        ("Night Owls sold 40,000 albums on Christmas Day.", "40,000", "owls-christmas-day"),
        # Who says so is not what the sentence is about.
        ("Blue Horizon sold 120,000 albums in its first week, Night Owls' label said.", "120,000",
         "horizon-first-week"),
        # The names of an aside are not what the sentence is about: the sentence before says.
        ("Blue Horizon went straight to number one. The record, which features Night Owls, sold 120,000 "
         "albums in its first week.", "120,000", "horizon-first-week"),
        ("Blue Horizon went straight to number one. The record, featuring Night Owls, sold 120,000 "
         "albums in its first week.", "120,000", "horizon-first-week"),
        # A name the registry does not give, opening the sentence, is its subject: no owner's claim.
        ("Green Lanes sold 120,000 albums in their first week.", "120,000", None),
        # ... unless it is who says so.
        ("Blue Horizon went straight to number one. Jo Lee claimed the record sold 120,000 albums in its "
         "first week.", "120,000", "horizon-first-week"),
        # A claim that is no owner's is not ruled out by the names around it.
        ("Night Owls led a week in which the top ten albums took 45% of album sales.", "45%", "top-ten-share"),
    ],
)
def test_a_figure_is_about_the_owner_its_sentence_names(matcher, text, figure, claim):
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


def test_another_owners_claim_is_ruled_out_with_the_reason():
    first_weeks = "\n".join(ALBUMS.splitlines()[:10])  # the two first-week claims
    matcher = Matcher(parse_registry(first_weeks, "claims.yaml"))
    [finding] = [f for f in check_text("Night Owls sold 120,000 albums in their first week.", matcher)
                 if f.figure.text == "120,000"]
    ruled_out = {c.claim.id: c.ruled_out for c in finding.candidates}
    assert ruled_out.get("horizon-first-week") == "its sentence is about night, owl, the claim blue, horizon's"


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Blue Horizon beat Night Owls.", [{"blue", "horizon"}, {"night", "owl"}]),
        # Days of the year, months, titles, generic sources and places name no one.
        ("On Christmas Day in March, Mr Lee told Analysts in North America", [{"lee"}]),
        ("The Bureau of Fair Trade said", [{"bureau", "fair", "trade"}]),
    ],
)
def test_name_runs(text, runs):
    assert [set(run) for run in name_runs(text, Vocabulary.default())] == runs


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Blue Horizon sold 1,000 albums.", [{"blue", "horizon"}]),
        # A name a noun is "of" is not the subject, but the sentence still names it (not None).
        ("The manager of rock band Blue Horizon said 1,000 albums were sold.", []),
        # A name that shares no word with the registry's says nothing: None, and the sentence before may say...
        ("Overall, Green sold 1,000 albums.", None),
        # ... unless it opens the sentence, of two words or more: then it is its subject.
        ("Green Lanes sold 1,000 albums.", [{"green", "lane"}]),
        # One that shares a word is another name: "Blue Moon" is not "Blue Horizon".
        ("Blue Moon sold 1,000 albums, its label said.", [{"blue", "moon"}]),
    ],
)
def test_sentence_names(sentence, names):
    vocabulary = Vocabulary.default()
    known = registry_names(["Blue Horizon's album sales", "Night Owls' album sales", "sold on Christmas Day"],
                           vocabulary)
    found = sentence_names(sentence, "its label", vocabulary, known)
    assert (None if found is None else [set(run) for run in found]) == names


def test_the_registry_names_and_owners():
    vocabulary = Vocabulary.default()
    # A capitalised first word before lower-case ones opens the phrase; an owner is named.
    phrases = ["Savings at the Town Hall", "Acme's profit", "profit of Bolt Ltd at Easter"]
    assert registry_names(phrases, vocabulary) == {"town", "hall", "acm", "bolt", "ltd"}
    # Owners: a possessive, or a place "at"; the first word of a longer owner's name is none.
    phrases = [*phrases, "Star Wars' takings", "Star Wars took"]
    assert set(owner_names(phrases, vocabulary)) == {frozenset({"town", "hall"}), frozenset({"acm"}),
                                                    frozenset({"star", "war"})}


@pytest.mark.parametrize(
    ("name", "claim"),
    [
        ({"michael", "howard"}, True),  # holds the owner "Howard"
        ({"foreign", "offic"}, False),  # shares a word with the owner "Home Office", but is another name
        ({"alexand"}, True),  # the claim's words hold all of it
        ({"ocean", "twelv"}, False),
    ],
)
def test_a_name_is_a_claims_subject(name, claim):
    owners = (frozenset({"howard"}), frozenset({"home", "offic"}), frozenset({"ocean", "eleven"}))
    words = frozenset({"howard", "home", "offic", "ocean", "eleven", "alexand", "save"})
    assert names_claim(frozenset(name), owners, words) is claim


def test_a_claim_whose_owner_the_sentence_before_names_scores_higher(matcher):
    def score(text: str) -> float:
        [finding] = [f for f in check_text(text, matcher) if f.figure.text == "120,000"]
        return finding.candidates[0].score

    alone = "The record sold 120,000 albums in its first week."
    # (in a paragraph of its own, so that only the owner read from the sentence before adds)
    assert score(f"Blue Horizon went straight to number one.\n\n{alone}") == score(alone) + OWNER_BONUS


HALLS = """\
version: 1
claims:
  - id: town-hall-savings
    about: savings the review found at the Town Hall
    sources: [{name: Review, value: £2m}]
"""


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # The name a figure is "at", right after it, is whose it is, whatever else the sentence names.
        ("The Town Hall review found £2m of savings at the County Hall.", None),
        ("The review found £2m of savings at the Town Hall.", "town-hall-savings"),
    ],
)
def test_a_figure_is_the_places_it_is_at(text, claim):
    matcher = Matcher(parse_registry(HALLS, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == "£2m"]
    assert (finding.claim.id if finding.claim else None) == claim
