"""Suppression comments: what each one covers, and which findings it silences."""

from __future__ import annotations

import pytest

from factcheck.markup import MARKDOWN, excluded_regions
from factcheck.suppressions import SuppressionError, find_suppressions


def covered(text: str, syntax: str = MARKDOWN) -> list[tuple[str, list[str]]]:
    """Return each suppression as (the text it covers, its claim ids)."""
    return [(text[s.start:s.end], sorted(s.claim_ids)) for s in find_suppressions(text, excluded_regions(text, syntax))]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("<!-- factcheck: ignore -->\nFirst line\nsecond line.\n\nNext paragraph.",
                 [("First line\nsecond line.", [])], id="ignore on its own line: the next paragraph"),
    pytest.param("<!-- factcheck: ignore -->\n\nAfter a blank line.\n\nNot this.",
                 [("After a blank line.", [])], id="blank lines before the paragraph are skipped"),
    pytest.param("Para one. <!-- factcheck: ignore -->\nPara two.",
                 [("Para one. ", [])], id="after text on a line: that line"),
    pytest.param("<!--factcheck:IGNORE shells, troops-->\nA line.",
                 [("A line.", ["shells", "troops"])], id="claim ids, spacing and case"),
    pytest.param("A\n<!-- factcheck: off -->\nB\nC\n<!-- factcheck: on -->\nD",
                 [("\nB\nC\n", [])], id="off and on"),
    pytest.param("A\n<!-- factcheck: off -->\nB", [("\nB", [])], id="off to the end of the file"),
    pytest.param("A\n<!-- factcheck: on -->\nB", [], id="on alone does nothing"),
    pytest.param("```\n<!-- factcheck: ignore -->\nB\n```\nC", [], id="in a code block: an example, not a directive"),
    pytest.param("`<!-- factcheck: off -->` B", [], id="in inline code"),
    pytest.param("<!-- a note: factcheck: ignore -->\nB", [], id="not a directive"),
])
def test_scope(text, expected):
    assert covered(text) == expected


def test_plain_text_reads_directives_anywhere():
    assert covered("<!-- factcheck: ignore -->\nB", syntax="plain") == [("B", [])]


@pytest.mark.parametrize(("text", "message", "offset"), [
    ("ok\n<!-- factcheck: ignore Bad_Id -->\nB", "'Bad_Id' is not a claim id", 3),
    ("<!-- factcheck: off shells -->\nB", "'factcheck: off' takes no claim ids (use 'ignore')", 0),
])
def test_unreadable_directives(text, message, offset):
    with pytest.raises(SuppressionError) as raised:
        find_suppressions(text, excluded_regions(text, MARKDOWN))
    assert (str(raised.value), raised.value.offset) == (message, offset)
