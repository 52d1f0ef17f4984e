"""Registry lint: the loader's errors, and the warnings an editor wants."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.inputs import bundled_registry_path
from factcheck.lint import lint_registry

TODAY = date(2025, 11, 22)
HEADER = "version: 1\nclaims:\n"
CLEAN_SOURCE = "{name: Agency, value: '64', date: 2025-03, url: 'https://example.org/a'}"


def _lint(claims: str, path: str = "r.yaml") -> list[str]:
    return [f"{p.line}: {p.severity}: {p.message}" for p in lint_registry([(path, HEADER + claims)], TODAY)]


def test_a_clean_registry_has_no_problems():
    assert _lint(f"  - id: arms-shipments\n    about: arms shipments to Russia\n    sources: [{CLEAN_SOURCE}]\n") == []


@pytest.mark.parametrize(
    ("source", "problems"),
    [
        ("{name: Agency, value: '64', url: 'https://example.org/a'}",
         ["6: warning: source 'Agency' of 'shipments' has no date: it cannot be weighed against newer figures"]),
        ("{name: Agency, value: '64', date: 2025-03}",
         ["6: warning: source 'Agency' of 'shipments' has no url: an editor cannot check it"]),
        ("{name: Agency, value: '64', date: 2025-12, url: 'https://example.org/a'}",
         ["6: warning: source 'Agency' of 'shipments' is dated 2025-12, after today (2025-11-22)"]),
        ("{name: Agency, value: '64', date: 2025-11, url: 'https://example.org/a'}", []),  # this month is not the future
        ("{name: Agency, value: '64', date: 2025-11-23, url: 'https://example.org/a'}",
         ["6: warning: source 'Agency' of 'shipments' is dated 2025-11-23, after today (2025-11-22)"]),
    ],
)
def test_sources_without_date_or_url_or_dated_in_the_future(source, problems):
    assert _lint(f"  - id: shipments\n    about: arms shipments\n    sources:\n      - {source}\n") == problems


@pytest.mark.parametrize(
    ("about", "value", "asks"),
    [
        ("share of shells supplied by North Korea", "12 million", "a share"),
        ("proportion of ammunition from North Korea", "$20 billion", "a share"),
        ("cost of the technology transfers", "40%", "an amount of money"),
        ("artillery rounds Russia fires a day", "10,000", "a rate per day"),
        ("annual budget of the army", "$20 billion", "a rate per year"),
        ("share of shells supplied by North Korea", "around 40 percent", None),
        ("cost of the technology transfers", "an estimated $630 million", None),
        ("artillery rounds Russia fires a day", "around 10,000 a day", None),
        ("munitions shipped to Russia", "40%", None),  # nothing in the wording says which kind
    ],
)
def test_a_figure_of_another_kind_than_the_claim_wording(about, value, asks):
    source = f"{{name: Agency, value: '{value}', date: 2025-03, url: 'https://example.org/a'}}"
    problems = _lint(f"  - id: claim\n    about: {about}\n    sources:\n      - {source}\n")
    expected = [f"6: warning: source 'Agency' of 'claim' states {value!r}, but the claim's wording asks for {asks}"]
    assert problems == (expected if asks else [])


@pytest.mark.parametrize(
    ("claim_id", "tidy"),
    [("dprk-shells", True), ("2024-troops", True), ("dprk--shells", False), ("-shells", False), ("shells-", False)],
)
def test_ids_that_are_not_tidy_slugs_are_warned_about(claim_id, tidy):
    problems = _lint(f"  - id: '{claim_id}'\n    about: arms shipments\n    sources: [{CLEAN_SOURCE}]\n")
    expected = f"3: warning: claim id {claim_id!r} is not a tidy slug: words of a-z and 0-9 joined by single hyphens"
    assert problems == ([] if tidy else [expected])


def test_near_duplicate_claims_are_warned_about_once_at_the_later():
    claims = (
        f"  - id: troops-sent\n    about: North Korean troops deployed to Russia\n    sources: [{CLEAN_SOURCE}]\n"
        f"  - id: troops-planned\n    about: more North Korean troops North Korea plans to deploy to Russia\n"
        f"    sources: [{CLEAN_SOURCE}]\n"
        f"  - id: munitions\n    about: munitions North Korea shipped to Russia\n    sources: [{CLEAN_SOURCE}]\n"
        f"  - id: troops-share\n    about: share of North Korean troops deployed to Russia\n"
        f"    sources: [{{name: A, value: 40%, date: 2025-03, url: 'https://example.org/a'}}]\n"
    )
    assert _lint(claims) == [
        "6: warning: claims 'troops-sent' (r.yaml:3) and 'troops-planned' are near-duplicates: a text saying "
        "'more North Korean troops North Korea plans to deploy to Russia' scores 100 against 'troops-sent' "
        "('North Korean troops deployed to Russia')",
    ]


def test_errors_come_with_the_warnings_of_the_claims_that_loaded():
    claims = (
        "  - id: shipments\n    about: arms shipments\n    sources: [{name: A, value: '64', date: 2025-03}]\n"
        "  - id: Shells\n    about: shells\n    sources: [{name: A, value: lots}]\n"
    )
    assert _lint(claims) == [
        "5: warning: source 'A' of 'shipments' has no url: an editor cannot check it",
        "6: error: claim id 'Shells' must be made of a-z, 0-9 and hyphens only",
        "8: error: value 'lots' is not a figure (e.g. 'about 12 million', 'up to 50%')",
    ]


def test_files_are_linted_together_in_order():
    first = HEADER + f"  - id: shipments\n    about: arms shipments\n    sources: [{CLEAN_SOURCE}]\n"
    second = HEADER + "  - id: shipments\n    about: arms shipments\n    sources: [{name: A, value: '64'}]\n"
    problems = lint_registry([("b.yaml", second), ("a.yaml", first)], TODAY)
    assert [str(p) for p in problems] == [
        "b.yaml:5: source 'A' of 'shipments' has no date: it cannot be weighed against newer figures",
        "b.yaml:5: source 'A' of 'shipments' has no url: an editor cannot check it",
        "a.yaml:3: claim id 'shipments' is already defined at b.yaml:3",
    ]


def test_the_bundled_registry_has_no_errors():
    path = bundled_registry_path()
    problems = lint_registry([(str(path), path.read_text(encoding="utf-8"))], TODAY)
    assert [str(p) for p in problems if p.severity == "error"] == []


@pytest.mark.parametrize(
    ("about", "value", "asks"),
    [
        ("UK house prices rose in January", "0.4%", None),  # a change of prices is a percent
        ("monthly change in UK house prices", "-0.3%", None),  # a change over the month
        ("Bank of England interest rate, the cost of borrowing", "4.75%", None),
        ("annual rise in house prices", "16.3%", None),
        ("cost of the new bridge", "40%", "an amount of money"),  # no change, no rate: money it must be
        ("monthly number of visitors", "40%", "a rate per month"),
    ],
)
def test_a_percent_fits_money_or_a_period_when_the_wording_speaks_of_a_change_or_a_rate(about, value, asks):
    source = f"{{name: Agency, value: '{value}', date: 2025-03, url: 'https://example.org/a'}}"
    problems = _lint(f"  - id: claim\n    about: {about}\n    sources:\n      - {source}\n")
    expected = [f"6: warning: source 'Agency' of 'claim' states {value!r}, but the claim's wording asks for {asks}"]
    assert problems == (expected if asks else [])


NO_URL = "{name: Agency, value: '64', date: 2025-03}"


def test_each_warning_names_its_rule_and_a_claim_can_silence_rules():
    claims = (f"  - id: shipments\n    about: arms shipments\n    sources: [{NO_URL}]\n"
              f"  - id: quiet\n    about: arms deliveries\n    lint: {{ignore: [no-url]}}\n    sources: [{NO_URL}]\n")
    problems = lint_registry([("r.yaml", HEADER + claims)], TODAY)
    assert [(p.line, p.rule) for p in problems] == [(5, "no-url")]
    from factcheck.lint import RULES
    assert all(p.rule in RULES for p in problems)


def test_a_near_duplicate_is_silenced_by_either_claim_and_a_series_of_periods_is_none():
    pair = ("  - id: bridge-cost\n    about: cost of the harbour bridge\n{lint}    sources: [{s}]\n"
            "  - id: bridge-price\n    about: cost of the harbour bridge\n    sources: [{s}]\n")
    loud = _lint(pair.format(lint="", s=CLEAN_SOURCE.replace("'64'", "'$64 million'")))
    assert [line.split(": ")[1] for line in loud] == ["warning", "warning"]  # near-duplicate and same-frame
    silenced = pair.format(lint="    lint: {ignore: [near-duplicate, same-frame]}\n",
                           s=CLEAN_SOURCE.replace("'64'", "'$64 million'"))
    assert _lint(silenced) == []
    series = "".join(f"  - id: approvals-{month}\n    about: mortgages approved in {month.title()} 2004\n"
                     f"    sources: [{CLEAN_SOURCE}]\n" for month in ("october", "november", "december"))
    assert [p for p in _lint(series) if "near-duplicates" in p] == []


def test_a_lint_key_that_is_not_a_list_of_rules_is_an_error():
    claims = f"  - id: shipments\n    about: arms shipments\n    lint: {{ignore: [No URL]}}\n    sources: [{CLEAN_SOURCE}]\n"
    assert _lint(claims) == ["5: error: lint rule 'No URL' must be made of a-z, 0-9 and hyphens only"]
    claims = f"  - id: shipments\n    about: arms shipments\n    lint: {{silence: [no-url]}}\n    sources: [{CLEAN_SOURCE}]\n"
    assert _lint(claims) == ["5: error: unknown key 'silence' in a claim's lint (expected: ignore)"]


def test_the_realistic_registry_warns_only_of_missing_urls_and_true_near_duplicates():
    from pathlib import Path
    path = Path(__file__).parent / "data" / "matching" / "claims.yaml"
    problems = lint_registry([(str(path), path.read_text(encoding="utf-8"))], TODAY)
    rules = {p.rule for p in problems}
    assert rules == {"no-url", "near-duplicate"}
    # A month's figure and the next month's are a series, not duplicates.
    assert not [p for p in problems if p.rule == "near-duplicate" and "mortgage-approvals-nov-2004" in p.message]
