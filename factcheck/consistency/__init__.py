"""Find figures that contradict each other in the same sentence, with no registry.

A careful sub-editor checks a text's own arithmetic with a calculator. This module does
the same for the relations a sentence states in so many words, and for no others:

- **share**: a part and its whole tied to a percentage ("3,000 of the 11,000 troops,
  or 40%"; "one in five of the 2,000 staff, some 600 people");
- **change**: a level before and after tied to the size of the change ("rose from
  12,000 to 15,000, a 30% increase"; "doubled from 4 million to 7 million"; "down
  247p, or 18%, at 1,115p"), including percent said for percentage points;
- **total**: parts listed with their stated total ("4,000 in the first wave and 7,000
  in the second, 10,000 in all"; "37.5% ..., the remaining 62.5%");
- **rate**: one rate restated over another period ("10,000 shells a day, or about
  300,000 a month").

Every tie must be explicit words within one sentence ("of the", "out of", ", or",
"from ... to", "in all"); the figures of two sentences are never related. A figure
stands for what the verdict rules say it does (`factcheck.verdicts.interval`: its
rounding, or for a hedged figure the wider of that and the tolerance). The figures a
value is computed from are read as stated, give or take 1% (or their rounding, if
less), unless the stated result is more precise than they are: then the writer
worked from finer numbers than the text prints, and the inputs get their full
rounding. A relation is reported only when what its figures allow and what the
stated figure stands for do not overlap.

One relation spans sentences: **restated**, the same quantity stated twice with
figures that disagree beyond rounding and hedges ("12 million" in the lead, "13
million" in the ninth paragraph). Two figures are taken for one quantity only when
their frames (what they count, what happened, whose, when, who says so) agree in
every part and say more than the counted noun: see `factcheck.consistency.restated`.

>>> [i.message for i in find_inconsistencies("He sent 3,000 of the 11,000 troops, or 40%.")]
['3,000 of 11,000 is 27.3%, not 40% (allowing for rounding: 38-42%)']
>>> find_inconsistencies("He sent 3,000 of the 11,000 troops, or about 30%.")
[]
>>> [i.message for i in find_inconsistencies("Sales rose from 12,000 to 15,000, a 30% increase.")]
['12,000 to 15,000 is a rise of 25%, not 30% (allowing for rounding: 28.5-31.5%)']
>>> [i.relation for i in find_inconsistencies("Profits rose 5% to £300m.")]
[]
"""

from __future__ import annotations

from itertools import groupby
from typing import Sequence

from factcheck.consistency.patterns import WORDS
from factcheck.consistency.relations import CHANGE, RATE, SHARE, TOTAL, Inconsistency, Sentence
from factcheck.consistency.restated import RESTATED, restatements
from factcheck.context import Context, ContextReader
from factcheck.figures import Figure, extract_figures

__all__ = ["CHANGE", "RATE", "RESTATED", "SHARE", "TOTAL", "WORDS", "Inconsistency", "find_inconsistencies"]


def find_inconsistencies(text: str, figures: Sequence[tuple[Figure, Context]] | None = None) -> list[Inconsistency]:
    """Return the inconsistencies among the figures of ``text``, in the order of the text.

    ``figures`` are those `factcheck.check.read_figures` returns for ``text``; they are
    read when not given.

    >>> [i.relation for i in find_inconsistencies("Some 4,000 came first and 7,000 later, 10,000 in all.")]
    ['total']
    """
    if figures is None:
        reader = ContextReader(text)  # as factcheck.check.read_figures, which imports this module
        figures = [(figure, reader.describe(figure.start, figure.end)) for figure in extract_figures(text)]
    found: list[Inconsistency] = []
    for (start, end), members in groupby(figures, key=lambda pair: (pair[1].sentence_start, pair[1].sentence_end)):
        members = [figure for figure, _ in members]
        # Every relation ties two figures at least; "from 4 to 9 million" is read as two.
        if len(members) >= 2 or members[0].qualifier == "range":
            found.extend(Sentence(text, start, end, members).inconsistencies())
    found.extend(restatements(text, figures))
    seen: set = set()
    unique = []
    for item in sorted(found, key=lambda i: (i.stated.start, i.relation)):
        key = (item.relation, item.spans)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique
