"""The labels of tests/data/extraction_styles are well formed (see its README.md).

This checks the data only: it never runs the extractor, so the labels stay a
measure made apart from the tool.
"""

from __future__ import annotations

import json
import math
import re

import pytest

from .conftest import REPO

STYLES = REPO / "tests" / "data" / "extraction_styles"
TEXTS = STYLES / "texts"
LABELS = STYLES / "labels.jsonl"

SPLITS = {"dev", "holdout"}
HOUSE_STYLES = {"wire", "us_newspaper", "business_report", "official_statistics"}
KINDS = {"number", "percent", "money"}
QUALIFIERS = {"exact", "about", "at_least", "at_most", "more_than", "less_than", "range"}
PERIODS = {None, "day", "week", "month", "year"}
UNITS = {None, "percentage_point", "m", "km", "ft", "ft2", "mile", "mph", "tonne",
         "second", "minute", "hour", "day", "month", "year"}
TRAPS = {"year", "year_range", "decade", "date", "time", "ordinal", "name", "score", "phone",
         "version", "section", "url", "email", "code", "footnote", "other",
         "address", "list", "idiom", "calibre", "denominator"}
FORMS = {
    "ordinary", "line_break", "commaless_thousands", "currency_code", "hedge", "threshold",
    "half", "range", "hyphen_scale", "metre", "calibre_model", "position", "copular",
    "period_before", "small_words", "age", "percentage_point", "basis_point", "lakh_grouping",
    "apostrophe_grouping", "space_thousands", "wire_abbrev", "table_prose", "per_population",
    "us_style", "fiscal_period",
}
FIGURE_KEYS = {"file", "start", "end", "text", "figure", "kind", "currency", "per", "unit",
               "low", "high", "qualifier", "form", "split"}
TRAP_KEYS = {"file", "start", "end", "text", "figure", "trap", "form", "split"}
OPTIONAL_KEYS = {"ambiguous"}


def _rows() -> list[dict]:
    rows = []
    for number, line in enumerate(LABELS.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        assert isinstance(row, dict), f"labels.jsonl:{number}: not an object"
        rows.append(row)
    return rows


ROWS = _rows()
MARKERS = {row["file"]: row for row in ROWS if row.get("complete")}
SPANS = [row for row in ROWS if not row.get("complete")]
FIGURES = [row for row in SPANS if row["figure"]]


def _text(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


def _id(row: dict) -> str:
    return f"{row['file']}:{row['start']}"


def test_every_text_has_one_completeness_marker_and_nothing_else_is_labelled() -> None:
    names = sorted(path.name for path in TEXTS.glob("*.txt"))
    markers = [row["file"] for row in ROWS if row.get("complete")]
    assert sorted(markers) == names
    assert {row["file"] for row in SPANS} <= set(names)
    for row in MARKERS.values():
        assert set(row) == {"file", "complete", "split", "style"}
        assert row["split"] in SPLITS and row["style"] in HOUSE_STYLES


def test_the_set_is_large_enough_and_about_a_third_is_held_out() -> None:
    assert len(MARKERS) >= 8
    assert len([row for row in FIGURES if not row.get("ambiguous")]) >= 150
    holdout = [name for name, row in MARKERS.items() if row["split"] == "holdout"]
    assert 0.25 <= len(holdout) / len(MARKERS) <= 0.35
    assert {MARKERS[name]["style"] for name in holdout} == HOUSE_STYLES


def test_rows_are_sorted_by_file_then_offset_with_the_marker_first() -> None:
    keys = [(row["file"], -1 if row.get("complete") else row["start"]) for row in ROWS]
    assert keys == sorted(keys)


def _problems(rows: list[dict], check) -> list[str]:
    """Return ``file:start: why`` for every row that ``check`` finds wrong."""
    problems = []
    for row in rows:
        try:
            check(row)
        except (AssertionError, KeyError, TypeError) as error:
            problems.append(f"{_id(row)}: {row.get('text')!r} {error!r}")
    return problems


def _check_span(row: dict) -> None:
    text = _text(row["file"])
    assert 0 <= row["start"] < row["end"] <= len(text), "offsets outside the text"
    assert text[row["start"]:row["end"]] == row["text"], "offsets do not slice to the text"
    assert row["text"] == row["text"].strip(), "span has outer spaces"
    assert row["split"] == MARKERS[row["file"]]["split"], "split differs from the file's"
    assert row["form"] in FORMS, "unknown form"
    assert row.get("ambiguous", True) is True, "ambiguous is present only when true"


def _check_figure(row: dict) -> None:
    assert set(row) - OPTIONAL_KEYS == FIGURE_KEYS, "keys"
    assert row["kind"] in KINDS and row["qualifier"] in QUALIFIERS, "kind or qualifier"
    assert row["per"] in PERIODS and row["unit"] in UNITS, "per or unit"
    if row["kind"] == "money":
        assert re.fullmatch(r"[A-Z]{3}", row["currency"]), "money needs an ISO 4217 code"
    else:
        assert row["currency"] is None, "only money has a currency"
    if row["unit"] == "percentage_point":
        assert row["kind"] == "percent", "percentage points are percent"
    low, high, qualifier = row["low"], row["high"], row["qualifier"]
    for bound in (low, high):
        assert bound is None or (isinstance(bound, (int, float)) and not isinstance(bound, bool)
                                 and math.isfinite(bound)), "bound is not a number"
    if qualifier in ("exact", "about"):
        assert low is not None and low == high, "a point needs low == high"
    elif qualifier == "range":
        assert low is not None and high is not None and low < high, "a range needs low < high"
    elif qualifier in ("at_least", "more_than"):
        assert low is not None and high is None, "a lower bound leaves high open"
    else:  # at_most, less_than
        assert low is None and high is not None, "an upper bound leaves low open"


def _check_trap(row: dict) -> None:
    assert set(row) - OPTIONAL_KEYS == TRAP_KEYS, "keys"
    assert row["trap"] in TRAPS, "unknown trap type"


def test_each_span_slices_to_its_text_and_names_its_split() -> None:
    assert _problems(SPANS, _check_span) == []


def test_each_figure_has_allowed_fields_and_bounds_that_fit_its_qualifier() -> None:
    assert _problems(FIGURES, _check_figure) == []


def test_each_trap_has_a_known_type() -> None:
    assert _problems([row for row in SPANS if not row["figure"]], _check_trap) == []


def test_the_checks_catch_a_wrong_label() -> None:
    """A label whose offsets, bounds or trap type are wrong is reported, not passed."""
    figure = dict(FIGURES[0])
    assert _problems([dict(figure, start=figure["start"] + 1)], _check_span)
    assert _problems([dict(figure, low=figure["low"] + 1)], _check_figure)
    assert _problems([dict(figure, qualifier="range")], _check_figure)
    assert _problems([dict(figure, kind="money")], _check_figure)
    trap = next(row for row in SPANS if not row["figure"])
    assert _problems([dict(trap, trap="typo")], _check_trap)


@pytest.mark.parametrize("name", sorted(MARKERS))
def test_spans_never_overlap_and_every_digit_is_labelled(name) -> None:
    text = _text(name)
    spans = sorted((row["start"], row["end"]) for row in SPANS if row["file"] == name)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start, f"{name}: spans overlap at {start}"
    covered = {offset for start, end in spans for offset in range(start, end)}
    loose = [offset for offset, char in enumerate(text) if char in "0123456789" and offset not in covered]
    assert loose == [], f"{name}: digits outside every label at {loose}"


@pytest.mark.parametrize("name", sorted(MARKERS))
def test_each_text_is_short(name) -> None:
    assert 1000 <= len(_text(name).encode("utf-8")) <= 2200
