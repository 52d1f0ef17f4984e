"""The verdict rules: rounding, a hedge widening once, sources as stated, open bounds,
vague magnitudes, and a finding's verdict (README "How a verdict is reached")."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.check import check_text
from factcheck.figures import parse_figure
from factcheck.matching import Matcher
from factcheck.registry import parse_registry
from factcheck.verdicts import agrees, either_agrees, interval, overall, rounding

# The README's table: the sources of one claim, a figure in the text, the finding's verdict.
TABLE = [
    (["160,000"], "150,000", "conflict"),
    (["11,000"], "12,000", "conflict"),
    (["11,000"], "about 12,000", "agree"),
    (["about 12 million"], "roughly 9 million", "conflict"),
    (["about 12 million"], "14 million", "conflict"),
    (["about 12 million"], "12.4 million", "agree"),
    (["an estimated $20 billion"], "some $25bn", "conflict"),
    (["an estimated $20 billion"], "about $22 billion", "agree"),
    (["an estimated $630 million"], "$700 million", "conflict"),
    (["an estimated $630 million"], "about $600 million", "agree"),
    (["around 10,000 a day"], "around 13,000 a day", "conflict"),
    (["up to 50%"], "about 60%", "conflict"),
    (["around 40 percent"], "45%", "conflict"),
    (["around 40 percent"], "a third", "conflict"),
    (["around 40 percent"], "40%", "agree"),
    (["at least 64"], "at least 70", "agree"),
    (["at least 64"], "50", "conflict"),
    (["11,000"], "thousands", "agree"),
    (["about 12 million"], "millions", "agree"),
    (["about 12 million", "between 4.2 and 5.8 million", "millions"], "3 million", "conflict"),
    (["£1.5bn"], "£1.4bn", "conflict"),
]


def _registry_text(values: list[str]) -> str:
    sources = "\n".join(f"      - {{name: Source {i}, value: {json.dumps(value)}}}" for i, value in enumerate(values))
    return f"version: 1\nclaims:\n  - id: widgets\n    about: widgets the factory made\n    sources:\n{sources}\n"


def _sentence(figure: str) -> str:
    if "%" in figure or "percent" in figure or figure == "a third":
        return f"The factory made {figure} of the widgets."
    if figure[:1] in "$£" or figure.startswith(("some $", "about $")):
        return f"The factory made widgets worth {figure}."
    if figure.endswith(" a day"):
        return f"The factory made {figure[:-len(' a day')]} widgets a day."
    return f"The factory made {figure} widgets."


@pytest.mark.parametrize(("sources", "written", "verdict"), TABLE, ids=[f"{t[1]} vs {'; '.join(t[0])}" for t in TABLE])
def test_the_readme_table_through_check_text(sources, written, verdict) -> None:
    matcher = Matcher(parse_registry(_registry_text(sources), "claims.yaml"))
    [finding] = check_text(_sentence(written), matcher)
    assert (finding.figure.text, finding.claim.id, finding.verdict) == (written.removesuffix(" a day"), "widgets", verdict)


@pytest.mark.parametrize(("sources", "written", "verdict"), TABLE, ids=[f"{t[1]} vs {'; '.join(t[0])}" for t in TABLE])
def test_the_readme_table_through_the_command_line(tmp_path, sources, written, verdict) -> None:
    registry = tmp_path / "claims.yaml"
    registry.write_text(_registry_text(sources), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "--registry", str(registry), "--format", "json", "--no-cache"],
        input=_sentence(written), capture_output=True, text=True, check=False,
    )
    [finding] = json.loads(done.stdout)["findings"]
    assert (finding["text"], finding["verdict"]) == (written.removesuffix(" a day"), verdict)
    assert done.returncode == (1 if verdict == "conflict" else 0)


def test_a_vague_source_stays_listed_with_its_own_verdict() -> None:
    matcher = Matcher(parse_registry(_registry_text(["about 12 million", "millions"]), "claims.yaml"))
    [finding] = check_text(_sentence("3 million"), matcher)
    assert finding.verdict == "conflict"
    assert [(s.source.value, s.verdict) for s in finding.sources] == [("about 12 million", "conflict"),
                                                                       ("millions", "agree")]


def test_when_every_source_is_vague_they_decide() -> None:
    matcher = Matcher(parse_registry(_registry_text(["thousands"]), "claims.yaml"))
    assert [f.verdict for f in check_text(_sentence("300"), matcher)] == ["conflict"]


@pytest.mark.parametrize(
    ("written", "tolerance", "expected"),
    [
        ("160,000", 0.10, (155_000, 165_000)),  # rounding: half a step of the last stated digit
        ("12 million", 0.10, (11_500_000, 12_500_000)),
        ("$630 million", 0.10, (625_000_000, 635_000_000)),
        ("4.2", 0.10, (4.15, 4.25)),
        ("10,000", 0.10, (9_500, 10_500)),  # never looser than 5% of the value
        ("about 12 million", 0.10, (10_800_000, 13_200_000)),  # the wider of rounding and tolerance
        ("about 12 million", 0.0, (11_500_000, 12_500_000)),
        ("about 12 million", 0.02, (11_500_000, 12_500_000)),  # rounding is wider than 2%: not added
        ("nearly 12 million", 0.10, (10_800_000, 12_000_000)),  # leans below
        ("almost 50%", 0.10, (45, 50)),
        ("just under 1,000", 0.10, (900, 1_000)),
        ("just over 1,000", 0.10, (1_000, 1_100)),  # leans above
        ("up to 50%", 0.10, (-math.inf, 50)),  # an open bound is its number and what is on its side
        ("at least 64", 0.10, (64, math.inf)),
        ("more than 3,000", 0.10, (3_000, math.inf)),
        ("between 4.2 and 5.8 million", 0.10, (4_150_000, 5_850_000)),
        ("around 1,500 to 15,000", 0.10, (1_350, 16_500)),
        ("thousands", 0.10, (2_000, 99_999)),  # vague magnitudes: the span writers use them for
        ("millions", 0.10, (2_000_000, 99_999_999)),
        ("tens of thousands", 0.10, (20_000, 99_999)),
        ("hundreds of thousands", 0.10, (200_000, 999_999)),
        ("dozens", 0.10, (24, 199)),
    ],
)
def test_interval_a_figure_in_the_text_stands_for(written, tolerance, expected) -> None:
    assert interval(parse_figure(written), tolerance) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("about 12 million", (11_500_000, 12_500_000)),  # a source's hedge does not widen it
        ("an estimated $20 billion", (19_000_000_000, 21_000_000_000)),
        ("nearly 12 million", (11_500_000, 12_000_000)),  # the values under it that round to it
        ("up to 50%", (-math.inf, 50)),
    ],
)
def test_a_source_is_taken_as_stated(written, expected) -> None:
    assert rounding(parse_figure(written)) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text_figure", "source_figure", "agree"),
    [
        ("12 million", "about 12 million", True),
        ("12.4 million", "12 million", True),  # within the precision "12 million" was stated at
        ("12.6 million", "12 million", False),
        ("about 13 million", "12 million", True),  # the text's hedge covers the source
        ("13 million", "about 12 million", False),  # the source's hedge does not
        ("30 million", "between 4.2 and 5.8 million", False),
        ("40%", "up to 50%", True),  # an open bound agrees with anything on its side
        ("60%", "up to 50%", False),
        ("more than 2,000", "1,500", False),
        ("fewer than 30", "29", True),
        ("25,000 to 30,000", "28,000", True),
        ("25,000 to 30,000", "11,000", False),
        ("11,400", "11,000", True),
        ("11,600", "11,000", False),
        ("nearly 12 million", "12.3 million", False),  # "nearly" is under the figure
        ("nearly 12 million", "11.5 million", True),
        ("just over 1,000", "1,040", True),
        ("2,000", "just over 1,000", False),  # a leaning source is read on its side only
        ("just over 1,000", "990", False),
        ("0", "0", True),  # a single value agrees with itself
    ],
)
def test_agreement_rules(text_figure, source_figure, agree) -> None:
    assert agrees(parse_figure(text_figure), parse_figure(source_figure), 0.10) is agree


def test_two_documents_agree_when_either_hedge_covers_the_other() -> None:
    assert either_agrees(parse_figure("13 million"), parse_figure("about 12 million"))
    assert either_agrees(parse_figure("about 12 million"), parse_figure("13 million"))
    assert not either_agrees(parse_figure("14 million"), parse_figure("about 12 million"))


def test_tolerance_is_a_setting() -> None:
    assert not agrees(parse_figure("about 15 million"), parse_figure("12 million"), 0.10)
    assert agrees(parse_figure("about 15 million"), parse_figure("12 million"), 0.20)


@pytest.mark.parametrize(
    ("source_verdicts", "stated", "verdict"),
    [
        (["agree"], None, "agree"),
        (["agree", "agree"], None, "agree"),
        (["conflict"], None, "conflict"),
        (["conflict", "conflict"], None, "conflict"),
        (["agree", "conflict"], None, "mixed"),
        (["conflict", "agree"], [True, False], "conflict"),  # a vague source cannot rescue it
        (["agree", "conflict"], [True, False], "mixed"),
        (["conflict", "conflict"], [False, False], "conflict"),
    ],
)
def test_overall_verdict_of_a_finding(source_verdicts, stated, verdict) -> None:
    assert overall(source_verdicts, stated) == verdict


HEDGES = ["", "about ", "around ", "roughly ", "some ", "an estimated ", "nearly ", "almost ", "close to ",
          "just under ", "just over "]


@settings(max_examples=400, deadline=None)
@given(
    text_value=st.integers(min_value=1, max_value=10**9),
    source_value=st.integers(min_value=1, max_value=10**9),
    text_hedge=st.sampled_from(HEDGES),
    source_hedge=st.sampled_from(HEDGES),
    tolerance=st.sampled_from([0.0, 0.05, 0.10, 0.25]),
)
def test_no_figure_agrees_that_is_further_than_tolerance_plus_rounding(
    text_value, source_value, text_hedge, source_hedge, tolerance
) -> None:
    figure = parse_figure(f"{text_hedge}{text_value:,}")
    source = parse_figure(f"{source_hedge}{source_value:,}")
    if agrees(figure, source, tolerance):
        allowed = tolerance * text_value + figure.low_precision + source.low_precision
        assert abs(text_value - source_value) <= allowed * (1 + 1e-9)
