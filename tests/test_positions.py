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


def test_offsets_located_in_any_order_give_the_same_lines() -> None:
    # Counting runs forward from the last offset; an earlier one counts from the top again,
    # and a CRLF split by the offset located last is still one line break.
    text = "ab\r\ncd\ref\n\ngh\r\n"
    expected = {0: (1, 1), 3: (1, 4), 4: (2, 1), 7: (3, 1), 10: (4, 1), 11: (5, 1), 13: (5, 3), 15: (6, 1)}
    index = LineIndex(text)
    for offset in (3, 4, 13, 0, 7, 10, 11, 15, 3):
        assert index.locate(offset) == expected[offset]
