"""Loading and validating a registry: every problem listed with its line; tags; the id rule of docs/spec.md §1."""

from __future__ import annotations

import textwrap

import pytest

from factcheck.registry import Problem, RegistryError, load_claims, merge_registries, parse_registry, tagged

VALID = """\
version: 1
claims:
  - id: dprk-munitions
    about: munitions North Korea shipped to Russia
    aliases: [North Korean shells sent to Russia]
    sources:
      - name: Defense Intelligence Agency
        value: about 12 million
        date: 2025-06
        url: https://example.org/dia
        note: since February 2022
      - name: OSC and Reuters
        value: between 4.2 and 5.8 million
        date: "2025-03"
  - id: shell-share
    about: share of Russia's shells supplied by North Korea
    sources:
      - {name: Analysts, value: around 40 percent, date: 2025}
      - {name: SIPRI, value: up to 50%}
  - id: plain-number
    about: a count written as a bare YAML number
    sources:
      - {name: Somebody, value: 12000000}
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(RegistryError) as raised:
        parse_registry(textwrap.dedent(text), "reg.yaml")
    return [str(p) for p in raised.value.problems]


def test_a_valid_registry_loads_with_parsed_values_and_lines() -> None:
    claims = parse_registry(VALID, "reg.yaml")
    assert [c.id for c in claims] == ["dprk-munitions", "shell-share", "plain-number"]
    munitions = claims[0]
    assert munitions.aliases == ("North Korean shells sent to Russia",)
    assert munitions.line == 3
    first, second = munitions.sources
    assert (first.name, first.value, first.date, first.url, first.note, first.line) == (
        "Defense Intelligence Agency", "about 12 million", "2025-06", "https://example.org/dia",
        "since February 2022", 7,
    )
    assert (first.figure.low, first.figure.qualifier) == (12_000_000, "about")
    assert (second.figure.low, second.figure.high, second.date) == (4_200_000, 5_800_000, "2025-03")
    assert claims[1].sources[1].figure.measure == ("percent", None, None, None)
    assert claims[2].sources[0].figure.low == 12_000_000


@pytest.mark.parametrize(
    ("registry", "expected"),
    [
        pytest.param("", ["reg.yaml:1: the registry is empty: expected 'version' and 'claims'"], id="empty"),
        pytest.param("version: 2\nclaims: []\n", ["reg.yaml:1: unsupported registry version '2': expected 1"],
                     id="version"),
        pytest.param("claims: []\nextra: 1\n", [
            "reg.yaml:2: unknown key 'extra' in the registry (expected: claims, synonyms, version)",
            "reg.yaml:1: the registry is missing 'version'",
        ], id="unknown top-level key and missing version"),
        pytest.param("""\
            version: 1
            claims:
              - id: a-claim
                about: shells
                sources:
                  - name: Agency
                  - value: about 12 million
            """, [
            "reg.yaml:6: a source is missing 'value'",
            "reg.yaml:7: a source is missing 'name'",
        ], id="missing fields"),
        pytest.param("""\
            version: 1
            claims:
              - id: a-claim
                about: shells
                sources:
                  - {name: Agency, value: lots and lots}
            """, [
            "reg.yaml:6: value 'lots and lots' is not a figure (e.g. 'about 12 million', 'up to 50%')",
        ], id="value not a figure"),
        pytest.param("""\
            version: 1
            claims:
              - id: Bad_Id
                about: shells
                sources: []
            """, [
            "reg.yaml:3: claim id 'Bad_Id' must be made of a-z, 0-9 and hyphens only",
            "reg.yaml:5: claim 'Bad_Id': 'sources' must be a non-empty list",
        ], id="bad id, empty sources"),
        pytest.param("""\
            version: 1
            claims:
              - id: share
                about: share of shells
                sources:
                  - {name: A, value: 40 percent}
                  - {name: B, value: $5 million, date: 2025-02-30}
            """, [
            "reg.yaml:7: date '2025-02-30' is not a real date written YYYY, YYYY-MM or YYYY-MM-DD",
            "reg.yaml:7: claim 'share' mixes kinds: '$5 million' is USD but '40 percent' (line 6) is percent",
        ], id="impossible date, mixed kinds"),
        pytest.param("""\
            version: 1
            claims:
              - id: same
                about: one
                sources: [{name: A, value: "1,000"}]
              - id: same
                about: two
                sources: [{name: B, value: "2,000"}]
            """, ["reg.yaml:6: claim id 'same' is already used at line 3"], id="duplicate id"),
        pytest.param("""\
            version: 1
            claims:
              - id: keys
                about: one
                about: two
                aliases: shells
                sources: [{name: [A, B], value: "1,000"}]
            """, [
            "reg.yaml:5: key 'about' appears twice in a claim (first at line 4)",
            "reg.yaml:6: 'aliases' must be a list of strings",
            "reg.yaml:7: 'name' must be a single value, not a list",
        ], id="repeated key, wrong types"),
    ],
)
def test_an_invalid_registry_lists_every_problem_with_its_line(registry: str, expected: list[str]) -> None:
    assert problems_of(registry) == expected


def test_bad_yaml_is_one_problem_at_its_line() -> None:
    # The wording after "not valid YAML:" is PyYAML's, and differs between its C and Python parsers.
    (problem,) = problems_of("version: 1\nclaims:\n  - id: x\n    about: [unclosed\n")
    assert problem.startswith("reg.yaml:5: not valid YAML: ")


def test_merging_registries_refuses_an_id_defined_in_two_files() -> None:
    one = parse_registry(VALID, "one.yaml")
    two = parse_registry(VALID.replace("shell-share", "other").replace("plain-number", "another"), "two.yaml")
    with pytest.raises(RegistryError) as raised:
        merge_registries([("one.yaml", one), ("two.yaml", two)])
    assert [str(p) for p in raised.value.problems] == [
        "two.yaml:3: claim id 'dprk-munitions' is already defined at one.yaml:3"
    ]


def test_merging_distinct_registries_keeps_every_claim_and_path() -> None:
    one = parse_registry(VALID, "one.yaml")
    two = parse_registry(VALID.replace("dprk-munitions", "x").replace("shell-share", "y").replace("plain-number", "z"),
                         "two.yaml")
    merged = merge_registries([("one.yaml", one), ("two.yaml", two)])
    assert [c.id for c in merged.claims] == ["dprk-munitions", "shell-share", "plain-number", "x", "y", "z"]
    assert merged.paths == ("one.yaml", "two.yaml")


@pytest.mark.parametrize(
    ("registry", "expected"),
    [
        pytest.param("""\
            version: 1
            claims:
              - &shells
                id: shells
                about: shells
                sources: [{name: A, value: "1,000"}]
              - *shells
            """, [
            "reg.yaml:3: YAML anchor '&shells' is not allowed in a registry",
            "reg.yaml:7: YAML alias '*shells' is not allowed in a registry",
        ], id="anchor and alias"),
        pytest.param("""\
            version: 1
            claims:
              - id: shells
                about: !!python/object:os.system shells
                sources: [{name: !custom A, value: "1,000"}]
            """, [
            "reg.yaml:4: YAML tag 'tag:yaml.org,2002:python/object:os.syste'... (41 characters) is not allowed in a registry",
            "reg.yaml:5: YAML tag '!custom' is not allowed in a registry",
        ], id="custom tags"),
        pytest.param("""\
            version: 1
            claims:
              - id: huge
                about: a typo
                sources:
                  - {name: A, value: 5000000000000000000000}
                  - {name: B, value: .nan}
                  - {name: C, value: .inf}
            """, [
            "reg.yaml:6: value '5000000000000000000000' is too large to be a figure (over 10^18)",
            "reg.yaml:7: value '.nan' is not a figure (e.g. 'about 12 million', 'up to 50%')",
            "reg.yaml:8: value '.inf' is not a figure (e.g. 'about 12 million', 'up to 50%')",
        ], id="numbers that are no figures"),
        pytest.param("version: 1\nclaims: []\n? [a, b]\n: c\n", [
            "reg.yaml:3: a key in the registry must be a plain word, not a list",
        ], id="a list as a key (found by fuzzing)"),
    ],
)
def test_yaml_features_a_registry_has_no_need_of_are_refused(registry: str, expected: list[str]) -> None:
    assert problems_of(registry) == expected


def test_an_alias_bomb_is_refused_before_it_is_expanded() -> None:
    levels = ["version: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 12)]
    problems = problems_of("\n".join(levels) + "\nclaims: []\n")
    assert problems[0] == "reg.yaml:2: YAML anchor '&a0' is not allowed in a registry"


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
        ("dprk--shells", True),  # docs/spec.md §1: [a-z0-9-]+; `registry lint` warns about untidy slugs
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


def test_a_claim_without_a_usable_id_and_with_empty_sources_is_refused_not_crashed() -> None:
    # Found by fuzz/fuzz_registry.py's grammar: the message named the claim by its id, which was None.
    text = "version: 1\nclaims:\n  - id: []\n    about: shells\n    sources: []\n"
    with pytest.raises(RegistryError) as error:
        parse_registry(text, "r.yaml")
    assert [str(problem) for problem in error.value.problems] == [
        "r.yaml:3: 'id' must be a single value, not a list",
        "r.yaml:5: claim None: 'sources' must be a non-empty list",
    ]


def test_a_registry_nested_thousands_deep_is_refused_not_crashed() -> None:
    # Found by fuzz/fuzz_registry.py --raw: the YAML parser ran out of stack.
    with pytest.raises(RegistryError) as error:
        parse_registry("[" * 5000 + "{" * 5000, "r.yaml")
    assert [str(problem) for problem in error.value.problems] == ["r.yaml:1: nested too deeply to be a registry"]
