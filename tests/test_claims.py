"""Tests over the curated registry (claims.yaml) as data: the seed articles it was built
from check against it with every figure matched to its claim and none in conflict."""

from __future__ import annotations

import pytest

from factcheck.check import check_text
from factcheck.inputs import bundled_registry_path
from factcheck.matching import Matcher
from factcheck.registry import parse_registry

from .conftest import SEEDS

# Each seed figure and the claim it is about; the registry's own words were written from these.
SEED_CLAIMS = {
    "000_e0376091e6ffc7b9.txt": [
        ("at least 64", "dprk-arms-shipments-to-russia"),
        ("between 4.2 and 5.8 million", "dprk-munitions-to-russia"),
        ("about 12 million", "dprk-munitions-to-russia"),
        ("an estimated $20 billion", "dprk-arms-sales-economic-benefit"),
        ("an estimated $630 million", "dprk-technology-transfers-value"),
        ("around 10,000 a day", "russia-artillery-rounds-per-day"),
        ("around 40 percent", "dprk-share-of-russian-shells"),
        ("24 hours a day", "dprk-arms-industry-hours-per-day"),
        ("25,000 to 30,000", "dprk-additional-troops-planned"),
        ("11,000", "dprk-troops-sent-2024"),
        ("160,000", "russia-spring-conscription-2025"),
        ("14 years", "russia-conscription-record-years"),
        ("from around 1,500 to 15,000", "russia-foreign-volunteers"),
    ],
    "002_fe833d012095a12d.txt": [
        ("up to 50%", "dprk-share-of-russian-shells"),
        ("millions", "dprk-munitions-to-russia"),
        ("thousands", "dprk-troops-sent-2024"),
        ("hundreds of thousands", "russia-defence-industry-new-workers"),
    ],
}


@pytest.mark.parametrize("name", sorted(SEED_CLAIMS))
def test_seed_articles_match_their_claims_without_conflict(name: str) -> None:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip("../shared/seeds is not present")
    registry_path = bundled_registry_path()
    matcher = Matcher(parse_registry(registry_path.read_text(encoding="utf-8"), str(registry_path)))
    findings = check_text(path.read_text(encoding="utf-8"), matcher)
    assert [(f.figure.text, f.claim and f.claim.id) for f in findings] == SEED_CLAIMS[name]
    assert [f.figure.text for f in findings if f.verdict == "conflict"] == []
