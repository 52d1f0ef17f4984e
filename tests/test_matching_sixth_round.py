"""The sixth round of matching rules: English news grammar that puts what a figure counts,
or what happened to it, outside the figure's own clause (sentences written for these tests)."""

from __future__ import annotations

import pytest

from factcheck.check import check_text
from factcheck.matching import Matcher
from factcheck.registry import parse_registry

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


def _claim_of(matcher: Matcher, text: str, figure: str) -> str | None:
    [finding] = [found for found in check_text(text, matcher) if found.figure.text == figure]
    return finding.claim.id if finding.claim else None


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A partitive's part that is only "were X": what happened to the whole (sold) happened to it.
        ("Of the 40,000 bicycles sold in the region in 2025, 9,000 were Voltras.", "9,000", "voltras-sold-2025"),
        ("Of the 40,000 bicycles sold in the region in 2025, 9,000 were Voltras.", "40,000", "bikes-sold-2025"),
    ],
)
def test_a_partitives_part_shares_what_happened_to_the_whole(matcher, text, figure, claim):
    assert _claim_of(matcher, text, figure) == claim
