"""Sources compared with each other: disputes, spread, the most recent, search."""

from __future__ import annotations

import pytest

from factcheck.inputs import bundled_registry_path
from factcheck.registry import parse_registry
from factcheck.sources import search_claims, survey
from factcheck.verdicts import agrees


def _claim(*sources: tuple[str, str | None]):
    listed = "\n".join(
        f"      - {{name: S{i}, value: '{value}'{f', date: {date}' if date else ''}}}"
        for i, (value, date) in enumerate(sources)
    )
    [claim] = parse_registry(f"version: 1\nclaims:\n  - id: c\n    about: shells\n    sources:\n{listed}\n", "c.yaml")
    return claim


@pytest.mark.parametrize(
    ("values", "conflicts"),
    [
        (["about 12 million", "between 4.2 and 5.8 million"], [(0, 1)]),
        (["around 40 percent", "up to 50%"], []),  # "up to" is open below
        (["at least 64", "50"], [(0, 1)]),
        (["at least 64", "70"], []),
        (["12 million", "about 13 million"], []),  # "about 13 million" (11.7-14.3 million) covers 12 million
        (["12 million", "13 million"], [(0, 1)]),  # 11.5-12.5 and 12.5-13.5 million only touch
        (["12 million", "14 million"], [(0, 1)]),
        # A source in the middle can agree with two that disagree with each other.
        (["between 4.2 and 5.8 million", "between 5 and 11 million", "about 12 million"], [(0, 2)]),
        (["11,000"], []),
    ],
)
def test_sources_conflict_by_the_verdict_rules(values, conflicts):
    report = survey(_claim(*((value, None) for value in values)))
    assert report.conflicts == tuple(conflicts)
    assert report.disputed is bool(conflicts)


@pytest.mark.parametrize(
    ("values", "spread"),
    [
        (["about 12 million", "between 4.2 and 5.8 million"], (4_200_000, 12_000_000)),
        (["around 40 percent", "up to 50%"], (40, 50)),
        (["at least 64"], (64, 64)),
        (["around 1,500 to 15,000", "20,000"], (1_500, 20_000)),
    ],
)
def test_spread_runs_from_the_lowest_to_the_highest_figure_stated(values, spread):
    assert survey(_claim(*((value, None) for value in values))).spread == spread


@pytest.mark.parametrize(
    ("dates", "latest"),
    [
        (["2025-06", "2025-03"], (0,)),
        (["2024", "2025-03", "2025-01-15"], (1,)),
        (["2025-07", "2025"], (0, 1)),  # neither is known to be later
        ([None, "2025-03"], (1,)),
        ([None, None], ()),
    ],
)
def test_the_most_recent_sources(dates, latest):
    assert survey(_claim(*(("64", date) for date in dates))).latest == latest


REGISTRY = """\
version: 1
claims:
  - id: shells
    about: artillery shells North Korea sent to Russia
    sources: [{name: A, value: '1'}]
  - id: troops
    about: North Korean soldiers sent to Kursk
    aliases: [North Korean troops deployed to Russia]
    sources: [{name: A, value: '1'}]
  - id: conscripts
    about: recruits in Russia's spring conscription call-up
    sources: [{name: A, value: '1'}]
"""


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("shells", ["shells"]),
        ("artilery shell", ["shells"]),  # a typo and a plural
        ("north korean troops", ["troops"]),  # words from the about and from an alias
        ("Korea", ["shells", "troops"]),
        ("russia", ["shells", "troops", "conscripts"]),
        ("conscription russia", ["conscripts"]),
        ("casualties", []),
        ("of the", []),
    ],
)
def test_search_finds_claims_holding_every_word(text, ids):
    claims = parse_registry(REGISTRY, "r.yaml")
    assert [claim.id for claim, _ in search_claims(claims, text)] == ids


def test_search_ranks_closer_matches_first():
    registry = REGISTRY + "  - id: stores\n    about: shelves in Russian warehouses\n    sources: [{name: A, value: '1'}]\n"
    results = search_claims(parse_registry(registry, "r.yaml"), "shelves")
    # Compared by their stems, "shelv" is one letter from "shell": 80.
    assert [(claim.id, score) for claim, score in results] == [("stores", 100.0), ("shells", 80.0)]


def test_the_bundled_registry_disputes_are_the_claims_whose_sources_disagree():
    path = bundled_registry_path()
    claims = parse_registry(path.read_text(encoding="utf-8"), str(path))
    disputed = {claim.id for claim in claims if survey(claim).disputed}
    assert "dprk-munitions-to-russia" in disputed
    assert disputed == {
        claim.id for claim in claims
        if any(not agrees(a.figure, b.figure) for a in claim.sources for b in claim.sources)
    }
