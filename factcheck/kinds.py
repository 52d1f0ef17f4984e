"""The names factcheck's verdicts, hedges and joins are written with, as types.

Each is a str-valued enum: a member is equal to, hashes as and prints as its
name in the JSON of docs/spec.md §3, so reports read exactly as when they were strings.

>>> Verdict.CONFLICT == "conflict", f"{Verdict.MIXED}", Verdict("agree") is Verdict.AGREE
(True, 'mixed', True)
>>> max(Verdict, key=SEVERITY.__getitem__)
<Verdict.CONFLICT: 'conflict'>
"""

from __future__ import annotations

from enum import Enum


class _Name(str, Enum):
    """A name written as itself, in f-strings and by str() as in JSON."""

    __str__ = str.__str__
    __format__ = str.__format__


class Verdict(_Name):
    """A finding's verdict (docs/spec.md §3); a source's verdict is AGREE or CONFLICT."""

    AGREE = "agree"  # every source of the matched claim agrees
    CONFLICT = "conflict"  # none does
    MIXED = "mixed"  # the sources themselves disagree about it
    INCONSISTENT = "inconsistent"  # the text's own figures contradict it (factcheck.consistency)
    UNMATCHED = "unmatched"  # no claim covers the figure


#: Verdicts from least to most serious; `--fail-on` fails at its level and above.
SEVERITY = {Verdict.AGREE: 0, Verdict.UNMATCHED: 1, Verdict.MIXED: 2, Verdict.INCONSISTENT: 3, Verdict.CONFLICT: 4}


class Qualifier(_Name):
    """How a figure is hedged (docs/spec.md §3): what its bounds mean."""

    EXACT = "exact"
    ABOUT = "about"  # widened by the tolerance when compared
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    RANGE = "range"


class Join(_Name):
    """What two amounts read side by side are ("5 to 10", "2022-2024")."""

    RANGE = "range"  # one figure: a range from the first to the second
    SEPARATE = "separate"  # two figures
    SKIP = "skip"  # no figure: a score, a span of years, a telephone number
