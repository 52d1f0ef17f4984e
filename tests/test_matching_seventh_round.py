"""The seventh round of matching rules: English news grammar and registry writing that carry
to stories nobody tuned to (sentences written for these tests)."""

from __future__ import annotations

import pytest

from factcheck.context import describe
from factcheck.matching import Matcher
from factcheck.registry import parse_registry

from .conftest import claim_of

GADGETS = """\
version: 1
claims:
  - id: kettle-japan-price
    about: the Zephyr kettle is selling in Japan for
    sources: [{name: Maker, value: "9,800 yen"}]
  - id: toaster-us-price
    about: Acorn's Toastmaster toaster sells in the US for
    sources: [{name: Maker, value: $80}]
"""


@pytest.fixture(scope="module")
def gadgets() -> Matcher:
    return Matcher(parse_registry(GADGETS, "claims.yaml"))


@pytest.mark.parametrize(
    ("sentence", "figure", "trail"),
    [
        ("The kettle sells for 9,800 yen while the toaster sells for $80.", "9,800 yen", ""),
        ("Rents rose 4% in the city whereas wages rose 2%.", "4%", "in the city"),
        ("Exports fell 3% last year although imports grew.", "3%", "last year"),
        ("Exports fell 3% last year, though imports grew.", "3%", "last year"),
        # a "while" that is no conjunction ("for a while") is not one of them, nor part of a word
        ("Prices held at 90p for a while longer.", "90p", "for a while longer"),
        ("Prices held at 90p for meanwhile traders.", "90p", "for meanwhile traders"),
    ],
)
def test_a_conjunction_ends_the_figures_clause(sentence, figure, trail):
    start = sentence.index(figure)
    context = describe(sentence, start, start + len(figure))
    assert " ".join(part for part in (context.counted, context.trail) if part) == trail


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # The owner and place of the clause after "while" are not the yen price's.
        ("The Zephyr kettle is selling in Japan for 9,800 yen while Acorn's Toastmaster sells in the US for $80.",
         "9,800 yen", "kettle-japan-price"),
        ("The Zephyr kettle is selling in Japan for 9,800 yen whereas Acorn's Toastmaster sells in the US for $80.",
         "9,800 yen", "kettle-japan-price"),
    ],
)
def test_the_clause_after_a_conjunction_is_another_figures(gadgets, text, figure, claim):
    assert claim_of(gadgets, text, figure) == claim


CONSOLES = """\
version: 1
claims:
  - id: zeta-uk-price
    about: price of the Orbix Zeta console in the UK at its launch
    sources: [{name: Orbix, value: £120}]
  - id: rents-rise-lettings
    about: rise in UK rents in 2025, Homelet index
    sources: [{name: Homelet, value: 4%}]
"""


@pytest.fixture(scope="module")
def consoles() -> Matcher:
    return Matcher(parse_registry(CONSOLES, "claims.yaml"))


@pytest.mark.parametrize(
    ("about", "named"),
    [
        ("price of the Orbix Zeta console in the UK at its launch", frozenset()),  # whose, not who says
        ("Orbix's profit for 2025", frozenset()),
        ("rise in UK rents in 2025, Orbix index", frozenset({"orbix"})),
        ("rise in UK rents in 2025 according to Orbix", frozenset({"orbix"})),
        ("rents rise Orbix forecasts for 2025", frozenset({"orbix"})),
        ("rents the Orbix survey found", frozenset({"orbix"})),
        ("rise in UK rents as measured by Orbix", frozenset({"orbix"})),
    ],
)
def test_a_claim_names_who_states_it_only_where_it_attributes(about, named):
    registry = f"version: 1\nclaims:\n  - id: c\n    about: {about}\n    sources: [{{name: Orbix, value: '5'}}]\n"
    matcher = Matcher(parse_registry(registry, "claims.yaml"))
    assert matcher.claim_frame(matcher.index.buckets[next(iter(matcher.index.buckets))].claims[0]).named_sources \
        == named


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A critic quoting the maker's price does not make it the critic's figure.
        ("The launch price of £120 is fair, according to Sam Reed, editor of a games magazine.", "£120",
         "zeta-uk-price"),
        # ... but another body's index is still no claim of the named one's.
        ("Rents rose 4% in 2025, the Lettingsco index said.", "4%", None),
        ("Rents rose 4% in 2025, the Homelet index said.", "4%", "rents-rise-lettings"),
    ],
)
def test_a_figure_quoted_by_another_is_the_claim_of_whose_it_is(consoles, text, figure, claim):
    assert claim_of(consoles, text, figure) == claim


LEVELS = """\
version: 1
claims:
  - id: rent-after-rise
    about: average monthly rent in Leeds after the spring rise
    aliases: [Leeds rents rose to]
    sources: [{name: Letting body, value: £900}]
  - id: rent-rise
    about: how much average monthly rent in Leeds rose in the spring
    aliases: [Leeds rents rose by]
    sources: [{name: Letting body, value: £40}]
"""


@pytest.fixture(scope="module")
def levels() -> Matcher:
    return Matcher(parse_registry(LEVELS, "claims.yaml"))


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # The level a change reached is a claim's "rose to", in other words.
        ("Leeds rents climbed to £900 this spring.", "£900", "rent-after-rise"),
        ("Leeds rents rose £40 to £900 this spring.", "£900", "rent-after-rise"),
        # ... and the size of the change is no claim only of the level it reached.
        ("Leeds rents rose £40 to £900 this spring.", "£40", "rent-rise"),
        ("Leeds rents rose by £40 this spring.", "£40", "rent-rise"),
    ],
)
def test_the_level_a_change_reached_is_a_claims_rose_to(levels, text, figure, claim):
    assert claim_of(levels, text, figure) == claim


DEBT = """\
version: 1
claims:
  - id: city-debt-2027
    about: city council debt the treasurer forecasts for 2027
    aliases: [council debt is tipped to fall by 2027]
    sources: [{name: Treasurer, value: £80m}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A claim's change "by" a year is where the change ends by then: a level.
        ("Council debt is tipped to fall to £80m by 2027.", "£80m", "city-debt-2027"),
        # ... so the size of the fall is not it.
        ("Council debt is tipped to fall by £20m by 2027.", "£20m", None),
    ],
)
def test_a_change_by_a_year_in_a_claim_is_the_level_then(text, figure, claim):
    assert claim_of(Matcher(parse_registry(DEBT, "claims.yaml")), text, figure) == claim


RENTS = """\
version: 1
claims:
  - id: rents-higher-year-on-year
    about: how much higher rents in Leeds were in May 2025 than a year earlier
    sources: [{name: Letting body, value: 6%}]
  - id: rents-lower-in-bradford
    about: how much lower rents in Bradford were in May 2025 than a year earlier
    sources: [{name: Letting body, value: 2%}]
"""


@pytest.fixture(scope="module")
def rents() -> Matcher:
    return Matcher(parse_registry(RENTS, "claims.yaml"))


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # "dearer" and "cheaper" say what "higher" and "lower" say.
        ("In May 2025 Leeds rents were 6% dearer than a year earlier.", "6%", "rents-higher-year-on-year"),
        ("In May 2025 Bradford rents were 2% cheaper than a year earlier.", "2%", "rents-lower-in-bradford"),
    ],
)
def test_dearer_and_cheaper_are_higher_and_lower(rents, text, figure, claim):
    assert claim_of(rents, text, figure) == claim
