"""Offsets to 1-based lines and columns, for every kind of line ending."""

import pytest

from factcheck.positions import LineIndex


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("about 12 million", 0, (1, 1)),
        ("about 12 million", 6, (1, 7)),
        ("one\ntwo 12", 8, (2, 5)),
        ("one\r\ntwo 12", 9, (2, 5)),  # CRLF is one line break
        ("one\rtwo 12", 8, (2, 5)),  # so is a lone CR
        ("a\n\n\nb", 4, (4, 1)),
        ("end\n", 4, (2, 1)),
    ],
)
def test_locate(text, offset, expected) -> None:
    assert LineIndex(text).locate(offset) == expected
