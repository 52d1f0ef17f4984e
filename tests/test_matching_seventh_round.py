"""The seventh round of matching rules: English news grammar and registry writing that carry
to stories nobody tuned to (sentences written for these tests)."""

from __future__ import annotations

import pytest

from factcheck.check import check_text
from factcheck.context import describe
from factcheck.matching import Matcher
from factcheck.registry import parse_registry

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


def _claim_of(matcher: Matcher, text: str, figure: str) -> str | None:
    [finding] = [found for found in check_text(text, matcher) if found.figure.text == figure]
    return finding.claim.id if finding.claim else None


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
    assert _claim_of(gadgets, text, figure) == claim
