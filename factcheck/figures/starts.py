"""Find where a candidate figure may begin: the places the pattern is tried at.

A candidate begins at a digit or a currency sign, or at a word a figure may open
with ("twenty", "half", "a third", "USD 5", "https://") just after a space or a
punctuation mark, or at the very start of the text.

>>> starts = CandidateStarts("It cost £5, or about twenty.")  # "It", "£5", " twenty"
>>> starts.first_from(0), starts.first_from(9), starts.first_from(11)
(0, 9, 21)
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.figures.pattern import SCALE_NAMES
from factcheck.regexes import compiled


def _word_starts() -> str:
    """Return an alternation of how every candidate led by a letter begins, by first letter."""
    follows_article = lexicon.alternation([*SCALE_NAMES, *lexicon.FRACTION_WORDS, "few"])
    words = [*lexicon.SMALL_WORDS, *lexicon.TENS_WORDS, *SCALE_NAMES, *lexicon.VAGUE_UNITS, "half", "several"]
    word_led = dict.fromkeys(words, r"\b")
    word_led["a"] = rf"n?\s+(?:{follows_article})\b"
    starts = [(word, follow) for word, follow in word_led.items()]
    starts += [(word.capitalize(), follow) for word, follow in word_led.items()]
    starts += [(code, r"\s?\d") for code in lexicon.CURRENCY_CODES]
    starts += [(prefix + "$", "") for prefix in lexicon.DOLLAR_PREFIXES]
    starts += [(prefix, r"\s\$") for prefix in lexicon.DOLLAR_PREFIXES_APART]  # "US $3"
    starts += [("Rs", r"\.?\s?\d"), ("http", "s?://"), ("www", r"\.")]
    by_letter: dict[str, list[str]] = {}
    for word, follow in starts:
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]) + follow)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(by_letter.items()))


# Two searches that each open with one character class, so that `re` skips to it in C.
_DIRECT_START = compiled(rf"[\d$€£¥₹₽₩`~{''.join(lexicon.VULGAR_FRACTIONS)}]")
_BEFORE_WORD_START = compiled(rf"""[\s"“‘'(\[{{*_/—–>.,;:!?-](?:{_word_starts()})""")

# A decimal point with no digit before it, not one ending a word or a number ("v.5", "3.5").
_BARE_POINT = compiled(r"(?<![\w.,])\.\d")


class CandidateStarts:
    """The places in a text where a candidate may begin, asked for in order.

    Each search's last hit is kept until reading passes it, so that a stretch without
    digits is scanned once, not again after every number word in it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.direct = self.word = -1  # the last hit of each search; len(text) when none is left

    def first_from(self, position: int) -> int | None:
        """Return the first place at or after ``position`` where a candidate may begin."""
        text = self.text
        if position == 0 and text[:1].isalpha():
            return 0
        if self.direct < position:
            hit = _DIRECT_START.search(text, position)
            self.direct = hit.start() if hit else len(text)
        if self.word < position:
            hit = _BEFORE_WORD_START.search(text, max(0, position - 1))
            self.word = hit.start() + 1 if hit else len(text)
        start = min(self.direct, self.word)
        if start >= len(text):
            return None
        if start > position and text[start - 1] == "." and _BARE_POINT.match(text, start - 1):
            return start - 1  # ".5 billion": the point is part of the number
        return start
