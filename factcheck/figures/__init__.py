"""Find the figures quoted in a text: their exact span and what they state.

The extractor, in the order it reads a text:

- ``starts``: where a candidate may begin;
- ``pattern``: the one pattern that finds each candidate (an amount, a range, a share,
  a vague magnitude, or a stretch that holds none, such as code or a URL);
- ``amounts`` and ``numbers``: the value of each amount, in digits or words;
- ``leads``: the hedge, opener or sign before it ("about", "between", "-");
- ``ranges``: whether two amounts make one range;
- ``traps``: what looks like a figure but is none (a year, a date, a time, a score,
  a list number, a name such as "Hwasong-11" or "Channel 4");
- ``unreadable``: a number it leaves out rather than read as another value ("7,7%",
  a zero-width space inside "12 000");
- ``reading``: all of it, candidate by candidate, into a ``Figure`` (``figure``).

The words and signs it reads are in ``factcheck.lexicon``.

>>> [f.text for f in extract_figures("They sent about 12 million shells in 2024.")]
['about 12 million']
>>> fig = parse_figure("between 4.2 and 5.8 million")
>>> fig.kind, fig.low, fig.high, fig.qualifier
('number', 4200000, 5800000, 'range')
>>> fig = parse_figure("tens of thousands")
>>> fig.low, fig.high, fig.qualifier
(20000, 99999, 'about')
>>> parse_figure("two-thirds").kind, parse_figure("two-thirds").low
('percent', 66.67)
"""

from __future__ import annotations

from factcheck.figures.figure import MAX_PRECISION_SHARE, QUALIFIERS, Figure, Number
from factcheck.figures.reading import read_figures

__all__ = ["MAX_PRECISION_SHARE", "QUALIFIERS", "Figure", "Number", "extract_figures", "parse_figure"]


def extract_figures(text: str) -> list[Figure]:
    """Return every figure in ``text``, in order of appearance."""
    return read_figures(text, in_prose=True)


def parse_figure(value: str) -> Figure | None:
    """Parse a figure written on its own ("about 12 million", "up to 50%", "64").

    Return None unless the whole string is exactly one figure. Unlike running
    text, a bare "2024" here is the number 2024, not a year.
    """
    stripped = value.strip()
    figures = read_figures(stripped, in_prose=False)
    if len(figures) != 1 or figures[0].start != 0 or figures[0].end != len(stripped):
        return None
    return figures[0]
