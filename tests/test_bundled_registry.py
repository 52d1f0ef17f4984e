"""The curated claims.yaml is data with tests of its own."""

from __future__ import annotations

import re

import pytest

from factcheck.check import check_text
from factcheck.inputs import bundled_registry_path
from factcheck.matching import Matcher
from factcheck.registry import parse_registry
from factcheck.verdicts import agrees

from .conftest import REPO


@pytest.fixture(scope="module")
def claims():
    path = bundled_registry_path()
    return parse_registry(path.read_text(encoding="utf-8"), str(path))


def test_the_bundled_registry_is_the_repo_root_claims_yaml() -> None:
    assert bundled_registry_path().read_bytes() == (REPO / "claims.yaml").read_bytes()


def test_it_loads_with_unique_slug_ids_and_sourced_dated_claims(claims) -> None:
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids)) >= 12
    for claim in claims:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", claim.id)
        assert claim.sources
        for source in claim.sources:
            assert source.figure is not None and source.date, f"{claim.id}: {source.name}"


def test_sources_that_disagree_are_the_known_dispute(claims) -> None:
    # The DIA's 12 million covers the whole war; OSC/Reuters' 4.2-5.8 million only Aug 2023-Mar 2025.
    disputed = sorted(
        claim.id for claim in claims
        if any(not agrees(a.figure, b.figure) for a in claim.sources for b in claim.sources)
    )
    assert disputed == ["dprk-munitions-to-russia"]


def test_the_shell_share_has_both_sources(claims) -> None:
    (share,) = [c for c in claims if c.id == "dprk-share-of-russian-shells"]
    assert [s.value for s in share.sources] == ["around 40 percent", "up to 50%"]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # What a count names right after its number is what it counts: containers are no shipments.
        ("Pyongyang has shipped 3.2 million containers of goods to Russia since 2023.", None),
        ("Investigators counted 70 arms shipments from North Korea to Russia.", "dprk-arms-shipments-to-russia"),
    ],
)
def test_a_count_of_another_thing_is_no_claim_of_the_bundled_registry(claims, sentence, claim) -> None:
    [finding] = check_text(sentence, Matcher(claims))
    assert (finding.claim.id if finding.claim else None) == claim
