"""Loading registries: tags, the SPEC's id rule, and every problem at once."""

from __future__ import annotations

import pytest

from factcheck.registry import Problem, RegistryError, load_claims, parse_registry, tagged

TAGGED = """\
version: 1
claims:
  - id: dprk-shells
    about: artillery shells North Korea sent to Russia
    tags: [russia-dprk, munitions]
    sources:
      - {name: Agency, value: about 12 million, date: 2025-06}
  - id: kursk-troops
    about: North Korean soldiers sent to Kursk
    tags:
      - russia-dprk
      - troops
    sources:
      - {name: Officials, value: "11,000", date: 2024-11}
  - id: conscripts
    about: recruits in Russia's spring call-up
    sources:
      - {name: Ministry, value: "160,000"}
"""


def test_tags_are_read_in_order_and_default_to_none():
    claims = {claim.id: claim for claim in parse_registry(TAGGED, "tagged.yaml")}
    assert claims["dprk-shells"].tags == ("russia-dprk", "munitions")
    assert claims["kursk-troops"].tags == ("russia-dprk", "troops")
    assert claims["conscripts"].tags == ()


@pytest.mark.parametrize(
    ("tags", "ids"),
    [
        ({"russia-dprk"}, ["dprk-shells", "kursk-troops"]),
        ({"troops", "munitions"}, ["dprk-shells", "kursk-troops"]),
        ({"troops"}, ["kursk-troops"]),
        ({"casualties"}, []),
    ],
)
def test_tagged_keeps_claims_with_any_of_the_tags(tags, ids):
    claims = tuple(parse_registry(TAGGED, "tagged.yaml"))
    assert [claim.id for claim in tagged(claims, tags)] == ids


@pytest.mark.parametrize(
    ("claim", "message"),
    [
        ("tags: [Russia DPRK]", "tagged.yaml:4: tag 'Russia DPRK' must be made of a-z, 0-9 and hyphens only"),
        ("tags: russia-dprk", "tagged.yaml:4: 'tags' must be a list of strings"),
    ],
)
def test_bad_tags_are_refused_with_their_line(claim, message):
    text = f"version: 1\nclaims:\n  - id: shells\n    {claim}\n    about: shells\n    sources: [{{name: A, value: '64'}}]\n"
    with pytest.raises(RegistryError) as raised:
        parse_registry(text, "tagged.yaml")
    assert [str(p) for p in raised.value.problems] == [message]


@pytest.mark.parametrize(
    ("claim_id", "accepted"),
    [
        ("dprk-shells", True),
        ("dprk--shells", True),  # SPEC §1: [a-z0-9-]+; `registry lint` warns about untidy slugs
        ("-shells", True),
        ("2024-troops", True),
        ("DPRK-shells", False),
        ("dprk_shells", False),
        ("dprk shells", False),
    ],
)
def test_claim_ids_follow_the_spec(claim_id, accepted):
    text = f"version: 1\nclaims:\n  - id: '{claim_id}'\n    about: shells\n    sources: [{{name: A, value: '64'}}]\n"
    claims, problems = load_claims(text, "ids.yaml")
    assert (claims != [] and problems == []) is accepted
    if not accepted:
        assert [str(p) for p in problems] == [f"ids.yaml:3: claim id {claim_id!r} must be made of a-z, 0-9 and hyphens only"]


def test_load_claims_returns_the_valid_claims_beside_the_problems():
    text = TAGGED.replace('value: "160,000"', "value: plenty")
    claims, problems = load_claims(text, "tagged.yaml")
    assert [claim.id for claim in claims] == ["dprk-shells", "kursk-troops"]
    assert problems == [Problem("tagged.yaml", 18, "value 'plenty' is not a figure (e.g. 'about 12 million', 'up to 50%')")]
    assert problems[0].severity == "error"


def test_load_claims_reports_broken_yaml_as_one_problem():
    claims, problems = load_claims("version: 1\nclaims: [\n", "broken.yaml")
    assert claims == []
    assert len(problems) == 1 and problems[0].line == 3 and problems[0].message.startswith("not valid YAML")
