"""Checking drafts: markup skipped, offsets kept, suppressions applied, changed lines selected."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.check import check_text
from factcheck.drafts import (
    check_draft,
    draft_unreadable_numbers,
    on_lines,
    read_draft_figures,
    stream_draft,
    stream_draft_figures,
    stretches,
)
from factcheck.markup import blank, excluded_regions
from factcheck.matching import Matcher
from factcheck.registry import parse_registry

REGISTRY = """
version: 1
claims:
  - id: bridge-cost
    about: cost of the new Harbour Bridge
    sources: [{name: City Treasury, value: $420 million, date: 2024-03}]
  - id: flood-homes
    about: homes damaged by the March floods
    sources: [{name: Housing Ministry, value: "about 1,500", date: 2024-05}]
"""


@pytest.fixture(scope="module")
def matcher():
    return Matcher(parse_registry(REGISTRY, "claims.yaml"))


def found(draft) -> list[tuple[str, int, str]]:
    return [(f.figure.text, f.figure.start, f.verdict) for f in draft.findings]


def test_markdown_skips_code_and_keeps_offsets(matcher):
    # An indented block is code only in Markdown; fenced blocks are skipped even in plain text.
    text = "The Harbour Bridge cost $600 million.\n\n    The Harbour Bridge cost $900 million.\n"
    assert found(check_draft(text, matcher, syntax="markdown")) == [("$600 million", 24, "conflict")]
    assert len(found(check_draft(text, matcher, syntax="plain"))) == 2
    fenced = "The Harbour Bridge cost $600 million.\n\n```\nThe Harbour Bridge cost $900 million.\n```\n"
    assert found(check_draft(fenced, matcher, syntax="plain")) == [("$600 million", 24, "conflict")]


def test_a_figure_keeps_its_original_text_when_markup_inside_it_was_blanked(matcher):
    text = "The floods damaged between <i>1,200</i> and 1,400 homes."
    ((figure, _),) = read_draft_figures(text, syntax="markdown")
    assert (figure.start, figure.end, figure.text) == (19, 49, "between <i>1,200</i> and 1,400")
    assert (figure.low, figure.high) == (1200, 1400)
    # Checked, the finding of a figure with markup inside names it as written; the others are
    # the findings check_text made of the blanked text.
    text += " They cost $2 million."
    draft = check_draft(text, matcher, syntax="markdown")
    assert [f.figure.text for f in draft.findings] == ["between <i>1,200</i> and 1,400", "$2 million"]
    blanked = check_text(blank(text, excluded_regions(text, "markdown")), matcher)
    assert draft.findings[1] == blanked[1] and draft.findings[0] == replace(blanked[0], figure=draft.findings[0].figure)


def test_suppressions_silence_by_claim_and_report_the_unused(matcher):
    text = (
        "<!-- factcheck: ignore bridge-cost -->\n"
        "The Harbour Bridge cost $600 million and the March floods damaged 900 homes.\n\n"
        "<!-- factcheck: ignore flood-homes -->\n"
        "Nothing to see.\n"
    )
    draft = check_draft(text, matcher, syntax="markdown")
    assert found(draft) == [("900", 105, "conflict")]
    assert [f.figure.text for f in draft.suppressed] == ["$600 million"]
    assert [s.comment for s in draft.unused_suppressions] == ["<!-- factcheck: ignore flood-homes -->"]


def test_on_lines_keeps_findings_touching_the_lines(matcher):
    text = "The Harbour Bridge cost $600 million.\nThe March floods damaged\n900 homes.\n"
    findings = check_draft(text, matcher).findings
    assert [f.figure.text for f in on_lines(findings, text, {3})] == ["900"]
    assert [f.figure.text for f in on_lines(findings, text, {2})] == []
    assert [f.figure.text for f in on_lines(findings, text, {1, 3})] == ["$600 million", "900"]


def test_a_draft_streamed_stretch_by_stretch_gives_the_findings_of_the_whole(matcher):
    # Stretches of a few characters cut the draft at every blank line: offsets, sentences,
    # code blocks that span a cut, and suppressions all come out as in check_draft.
    text = (
        "The Harbour Bridge cost $600 million.\r\n\r\n"
        "```\nThe Harbour Bridge cost $900 million.\n\nIt cost $950 million.\n```\n\n"
        "<!-- factcheck: ignore bridge-cost -->\nThe bridge cost $700 million.\n\n  \n"
        "The March floods damaged about 1,500 homes, said the ministry. The bridge cost $420 million.\n"
    )
    whole = check_draft(text, matcher, syntax="markdown")
    for size in (1, 40, 10_000):
        stream = stream_draft(text, matcher, syntax="markdown", stretch_chars=size)
        assert list(stream) == list(whole.findings)
        assert stream.counts == {"agree": 2, "conflict": 1, "mixed": 0, "unmatched": 0, "inconsistent": 0}
        assert stream.suppressed == len(whole.suppressed) == 1


def test_figures_streamed_stretch_by_stretch_are_those_of_the_whole():
    # What `factcheck extract` writes of a large draft: the same figures, offsets, sentences, code skipped.
    text = (
        "The Harbour Bridge cost $600 million.\r\n\r\n"
        "```\nThe Harbour Bridge cost $900 million.\n\nIt cost $950 million.\n```\n\n"
        "The March floods damaged about 1,500 homes, said the ministry. Turnout rose by 4.5% to 61%.\n"
    )
    whole = read_draft_figures(text, syntax="markdown")
    assert [figure.text for figure, _ in whole] == ["$600 million", "about 1,500", "4.5%", "61%"]
    for size in (1, 40, 10_000):
        assert list(stream_draft_figures(text, syntax="markdown", stretch_chars=size)) == whole


def test_stretches_end_after_a_blank_line():
    text = "One.\n\nTwo.\r\n  \r\n\tThree.\nFour."
    assert list(stretches(text, 1)) == [(0, 6), (6, 17), (17, 29)]
    assert list(stretches(text, 100)) == [(0, 29)]
    assert list(stretches("", 1)) == []


def test_unreadable_numbers_of_a_draft_skip_its_markup_and_keep_offsets_into_the_whole() -> None:
    draft = "Rates hit 7,7%.\n\n```\nx = 3,5\n```\n\n<!-- 4,5 -->\n\n" + "Filler text.\n\n" * 3 + "Then 12\u200b000 came.\n"
    numbers = list(draft_unreadable_numbers(draft, syntax="markdown", stretch_chars=20))
    assert [(n.start, n.text, n.reason) for n in numbers] == [
        (10, "7,7%", "number with a decimal comma"),
        (draft.index("12\u200b"), "12\u200b000", "number with a zero-width space (U+200B)"),
    ]


# Sentences of a draft with no blank line: figures that match, conflict and contradict
# each other, an abbreviation that ends no sentence, a sentence of more than twice
# SENTENCE_REACH (read in pieces) and a run of numbers with no sentence break at all.
_LONG_SENTENCE = " and ".join(f"the floods damaged {n},{n:03d} homes in the valley" for n in range(2, 60)) + "."
_PIECES = (
    "The Harbour Bridge cost $600 million, the City Treasury said.",
    "The March floods damaged about 1,500 homes.",
    "Of the 4,000 homes, 1,000 were flooded, or 40%.",
    "Mr. Jones said the bridge cost $420 million in 2024.",
    "Some 3,000 came first and 7,000 later, 12,000 in all.",
    "Turnout rose by 4.5% to 61% (\"a record\").",
    "Then " + _LONG_SENTENCE,
    ", ".join(f"{n},{n * 7 % 1000:03d}" for n in range(100, 400)),
)


def _one_paragraph(length: int, separator: str) -> str:
    pieces, size, number = [], 0, 0
    while size < length:
        piece = _PIECES[number * 5 % len(_PIECES)]
        pieces.append(piece)
        size += len(piece) + 1
        number += 1
    return separator.join(pieces)


def test_a_long_paragraph_is_cut_at_sentence_breaks_or_white_space_into_bounded_stretches():
    text = _one_paragraph(3_000_000, " ")  # a few MB on one line: no blank line to cut at
    size, reach = 100_000, 50_000
    spans = list(stretches(text, size, reach))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))
    assert len(spans) > 20
    assert max(end - start for start, end in spans) <= size + reach + 2
    for _, end in spans[:-1]:  # each cut where a sentence starts, or after white space
        assert text[end].isupper() or text[end - 1] == " "
    assert sum(text[end].isupper() for _, end in spans[:-1]) > len(spans) // 2
    # With no sentence break, a stretch ends after white space; with none of that either, at its longest.
    numbers = _PIECES[-1] * 100
    assert all(numbers[end - 1] == " " for _, end in list(stretches(numbers, 1000, 100))[:-1])
    assert list(stretches("7" * 2500, 1000, 100)) == [(0, 1100), (1100, 2200), (2200, 2500)]


@pytest.mark.parametrize("separator", [" ", "\n"])
def test_a_long_paragraph_streamed_gives_the_findings_and_figures_of_the_whole(matcher, separator):
    # One line (or one paragraph of many lines) cut inside into stretches of a few
    # thousand characters: every finding and figure, its offsets, sentence, line and
    # column, its verdict and the inconsistencies among figures come out as checked whole.
    from factcheck.positions import LineIndex  # noqa: PLC0415

    text = _one_paragraph(40_000, separator)
    whole = list(check_draft(text, matcher).findings)
    streamed = list(stream_draft(text, matcher, stretch_chars=4000, paragraph_reach=2000))
    assert len(list(stretches(text, 4000, 2000))) > 5
    assert {f.verdict.value for f in whole} >= {"agree", "conflict", "inconsistent", "unmatched"}
    assert streamed == whole
    lines, whole_lines = LineIndex(text), LineIndex(text)
    assert ([lines.locate(f.figure.start) for f in streamed]
            == [whole_lines.locate(f.figure.start) for f in whole])
    figures = read_draft_figures(text)
    assert list(stream_draft_figures(text, stretch_chars=4000, paragraph_reach=2000)) == figures
    assert len(figures) > 1000
