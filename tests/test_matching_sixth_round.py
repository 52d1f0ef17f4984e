"""The sixth round of matching rules: English news grammar that puts what a figure counts,
or what happened to it, outside the figure's own clause (sentences written for these tests)."""

from __future__ import annotations

import pytest

from factcheck.check import read_figures
from factcheck.matching import Matcher
from factcheck.periods import change_span, previous_in_words
from factcheck.registry import parse_registry

from .conftest import claim_of

REGISTRY = """\
version: 1
claims:
  - id: bikes-sold-2025
    about: bicycles sold in the region during 2025
    sources: [{name: Trade body, value: "40,000"}]
  - id: voltras-sold-2025
    about: Voltras sold during 2025
    sources: [{name: Trade body, value: "9,000"}]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(parse_registry(REGISTRY, "claims.yaml"))


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A partitive's part that is only "were X": what happened to the whole (sold) happened to it.
        ("Of the 40,000 bicycles sold in the region in 2025, 9,000 were Voltras.", "9,000", "voltras-sold-2025"),
        ("Of the 40,000 bicycles sold in the region in 2025, 9,000 were Voltras.", "40,000", "bikes-sold-2025"),
    ],
)
def test_a_partitives_part_shares_what_happened_to_the_whole(matcher, text, figure, claim):
    assert claim_of(matcher, text, figure) == claim



PERIODS = """\
version: 1
claims:
  - id: output-q2
    about: UK output growth in the second quarter of 2025
    aliases: [the economy grew in the second quarter]
    sources: [{name: Statistics office, value: 0.4%}]
  - id: output-q3
    about: UK output growth in the third quarter of 2025
    aliases: [the economy grew in the third quarter]
    sources: [{name: Statistics office, value: 0.6%}]
  - id: fares-rise-may
    about: annual rise in rail fares in May
    sources: [{name: Rail body, value: 3.1%}]
  - id: fares-rise-june
    about: annual rise in rail fares in June
    sources: [{name: Rail body, value: 2.9%}]
"""
_QUARTERS = ("The statistics office says GDP rose by a solid 0.6% in the three months to 30 September, "
             "compared with 0.4% in the previous quarter.")


@pytest.fixture(scope="module")
def periods_matcher() -> Matcher:
    return Matcher(parse_registry(PERIODS, "claims.yaml"))


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # "the previous quarter" is the quarter before the one the sentence names, as a claim spells it.
        (_QUARTERS, "0.4%", "output-q2"),
        # ... and "the previous month" the month before
        ("Rail fares were 2.9% higher in June than a year before, after an annual rise of 3.1% the previous month.",
         "3.1%", "fares-rise-may"),
    ],
)
def test_the_previous_period_is_named_as_a_claim_names_it(periods_matcher, text, figure, claim):
    assert claim_of(periods_matcher, text, figure) == claim


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (_QUARTERS, "0.4%", "second quarter"),
        ("Fares rose 2.9% in June, after 3.1% the previous month.", "3.1%", "may"),
        ("Fares rose 2.9% in June, after 3.1% in May.", "3.1%", ""),  # no "previous": nothing to name
        ("Fares rose 3.1% on the previous month.", "3.1%", ""),  # no period to count back from
    ],
)
def test_previous_in_words(text, figure, words):
    [(found, context)] = [(f, c) for f, c in read_figures(text) if f.text == figure]
    assert previous_in_words(context, text) == words


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("exports were 1.2% higher than in the previous quarter", "quarter"),
        ("sales rose 0.4% on the month", "month"),
        ("the annual rate of inflation", "year"),
        ("up 3% on a year earlier", "year"),
        ("rise in steel output in the second half of 2025", "half"),
        ("rise in steel output in 2025", None),
        ("a 3% rise in rents over the coming 12 months", "year"),
        ("prices fell during the past year", "year"),
        # two spans: the clause does not say which is the figure's
        ("an annual rate of 2%, up 0.3% on the month", None),
    ],
)
def test_change_span(text, span):
    assert change_span(text) == span


SPANS = """\
version: 1
claims:
  - id: steel-annual-rise
    about: rise in steel output over the year 2025
    aliases: [annual rise in steel output]
    sources: [{name: Steel body, value: 4%}]
  - id: steel-second-half-rise
    about: rise in steel output in the second half of 2025
    sources: [{name: Steel body, value: 2.5%}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A change over a quarter is no claim of a change over a year or a half-year.
        ("The steel body said output in the final quarter of 2025 was 0.3% higher than in the previous quarter.",
         "0.3%", None),
        ("The steel body said output rose 4% over the year 2025.", "4%", "steel-annual-rise"),
    ],
)
def test_a_change_over_one_span_is_no_claim_of_another(text, figure, claim):
    assert claim_of(Matcher(parse_registry(SPANS, "claims.yaml")), text, figure) == claim


def test_a_change_over_the_next_12_months_is_no_claim_of_a_half_years():
    half_only = SPANS[:SPANS.index("  - id: steel-annual-rise")] + SPANS[SPANS.index("  - id: steel-second-half-rise"):]
    matcher = Matcher(parse_registry(half_only, "claims.yaml"))
    assert claim_of(matcher, "Steel output is set to rise 2.5% in the next 12 months.", "2.5%") is None
    assert claim_of(matcher, "Steel output rose 2.5% in the second half.", "2.5%") == "steel-second-half-rise"


FORECASTS = """\
version: 1
claims:
  - id: growth-forecast
    about: economic growth forecast for 2026
    sources: [{name: Finance ministry, value: 2.5%}]
  - id: inflation-forecast
    about: inflation forecast for 2026
    sources: [{name: Central bank, value: 3%}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # "below" or "above" opens a clause comparing its figure with the clause before's: it
        # counts what that clause counts.
        ("The institute is forecasting economic growth of 1.5% next year, below the finance minister's forecast "
         "of 2.5%.", "2.5%", "growth-forecast"),
        ("Inflation will reach 4% this year, above the central bank's forecast of 3%.", "3%", "inflation-forecast"),
    ],
)
def test_a_clause_below_or_above_another_counts_what_it_counts(text, figure, claim):
    assert claim_of(Matcher(parse_registry(FORECASTS, "claims.yaml")), text, figure) == claim
