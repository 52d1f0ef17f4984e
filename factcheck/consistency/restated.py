"""The same quantity stated twice in one text with figures that disagree.

A lead that says 12 million and a ninth paragraph that says 13 million contradict each
other, whatever the source says. Two figures are taken for the same quantity only when
their frames (`factcheck.frames`) say so in every part the text gives, and say it in
more than one:

- the same measure (kind, currency, unit, per);
- the same counted words, as the matcher reads them (stems and synonyms: "troops" and
  "soldiers" meet; "jobs" and "factory jobs" do not), and not empty;
- the same event ("killed" is not "injured"), owner ("whose"), stage ("a further"),
  regions, periods and time scope, and the same attribution: each equal, or absent
  from both;
- and at least one of event, owner, period or scope stated by both and equal: a
  counted noun alone ("12 million people") is too little to know the quantity.

A figure is not read at all when it cannot be a level stated as fact by the text
itself: vague ("millions") or open ("more than"), the size of a change, a share of
something ("40% of the troops"), inside quotation marks (a speaker's words: two
sources disagreeing is no inconsistency of the text), or in a sentence whose words
make it one state of a moving or projected quantity ("rose to", "now", "expected",
"a year earlier": `lexicon.RESTATEMENT_BARRIERS`). Two figures of one sentence are
never paired: a sentence that states two values of one thing is comparing them.

The values disagree when neither, with its own hedge, covers the other as stated
(`factcheck.verdicts.either_agrees`): "about 12 million" and "12.4 million" agree.
Each later figure is reported once, against the first figure it contradicts.

>>> text = ("Some 12,000 North Korean troops were sent to Russia in 2024, officials say.\\n\\n"
...         "Of those, 3,000 have been killed.\\n\\n"
...         "The 15,000 North Korean troops sent to Russia in 2024 fight in Kursk, officials say.")
>>> from factcheck.consistency import find_inconsistencies
>>> [i.message for i in find_inconsistencies(text) if i.relation == RESTATED]
['15,000 here, some 12,000 earlier, for the same North Korean troops sent (2024): they differ beyond \
rounding and hedges (14,500-15,500 against 10,800-13,200)']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate
from typing import Sequence

from factcheck import lexicon
from factcheck.consistency import values
from factcheck.consistency.relations import Inconsistency
from factcheck.context import Context
from factcheck.defaults import DEFAULT_TOLERANCE
from factcheck.figures import Figure
from factcheck.frames import Frame, FigureKeys, figure_keys, read_frame
from factcheck.periods import periods
from factcheck.regexes import compiled
from factcheck.verdicts import either_agrees, interval
from factcheck.vocabulary import Vocabulary

RESTATED = "restated"

_BARRIER = compiled(rf"\b(?:{lexicon.alternation(lexicon.RESTATEMENT_BARRIERS)})\b", re.IGNORECASE)
_QUOTES = compiled(r"[“”\"]")


@dataclass(frozen=True, slots=True)
class _Read:
    """A figure that may be a restatement, with its frame."""

    figure: Figure
    context: Context
    frame: Frame
    counts: frozenset[str]  # every key of what it counts, its owner's left out
    keys: FigureKeys
    scope: dict[str, frozenset] | str | None


def restatements(text: str, figures: Sequence[tuple[Figure, Context]], vocabulary: Vocabulary | None = None,
                 tolerance: float = DEFAULT_TOLERANCE) -> list[Inconsistency]:
    """Return an inconsistency for each figure of ``text`` that states again, with another value,
    a quantity an earlier figure stated (see the module's docstring)."""
    vocabulary = vocabulary or Vocabulary.default()
    groups: dict[tuple, list[tuple[Figure, Context]]] = {}
    memo = _TextMemo(text)
    alike: dict[tuple, list[tuple[Figure, Context]]] = {}
    for figure, context in figures:
        if _unfit_alone(figure, context) is None:
            alike.setdefault(figure.measure, []).append((figure, context))
    for measure, members in alike.items():
        # A figure alone of its measure restates nothing: its sentence is not read (speed).
        if len(members) >= 2:
            groups[measure] = [(figure, context) for figure, context in members
                               if _unfit_in_text(figure, context, memo) is None]
    found = []
    for members in groups.values():
        if len(members) < 2 or all(either_agrees(members[0][0], f, tolerance) for f, _ in members[1:]):
            continue  # one value (give or take rounding) throughout: nothing to contradict
        found.extend(_contradicted(text, members, vocabulary, tolerance))
    return sorted(found, key=lambda item: item.stated.start)


def _unfit(text: str, figure: Figure, context: Context, memo: _TextMemo) -> str | None:
    """Return why a figure cannot be a level of a quantity the text states as fact, or None when it may be."""
    return _unfit_alone(figure, context) or _unfit_in_text(figure, context, memo)


def _unfit_alone(figure: Figure, context: Context) -> str | None:
    """Return why a figure cannot be such a level by itself and its clause, or None."""
    if figure.vague or not values.is_point(figure) and figure.qualifier != "range" or figure.lean:
        return "vague, open or leaning"
    if context.change:
        return "the size of a change"
    if context.counted.startswith("of "):
        return "a share of something"
    return None


def _unfit_in_text(figure: Figure, context: Context, memo: _TextMemo) -> str | None:
    """Return why a figure cannot be such a level by its sentence or its quotation marks, or None."""
    barrier = memo.barrier(context.sentence_start, context.sentence_end)
    if barrier:
        return f"its sentence says {barrier!r}"
    return "quoted" if memo.quoted(figure.start) else None


class _TextMemo:
    """What _unfit reads of one text, read once: each sentence's barrier word and each
    paragraph's quotation marks (a paragraph of thousands of figures is scanned once,
    not once for each of them)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._barriers: dict[tuple[int, int], str | None] = {}
        self._marks: dict[int, tuple[list[int], list[str], list[int]]] = {}

    def barrier(self, start: int, end: int) -> str | None:
        """Return the barrier word of the sentence text[start:end], lowercased, or None."""
        if (start, end) not in self._barriers:
            found = _BARRIER.search(self.text, start, end)
            self._barriers[start, end] = found.group().lower() if found else None
        return self._barriers[start, end]

    def quoted(self, start: int) -> bool:
        """Return whether the offset lies inside quotation marks opened in its paragraph."""
        paragraph = self.text.rfind("\n", 0, start) + 1
        if paragraph not in self._marks:
            end = self.text.find("\n", paragraph)
            found = list(_QUOTES.finditer(self.text, paragraph, len(self.text) if end < 0 else end))
            straight = list(accumulate((found_mark.group() == '"' for found_mark in found), initial=0))
            self._marks[paragraph] = ([mark.start() for mark in found], [mark.group() for mark in found], straight)
        positions, marks, straight = self._marks[paragraph]
        before = bisect_left(positions, start)
        if not before:
            return False
        return straight[before] % 2 == 1 or marks[before - 1] == "“"


def _contradicted(text: str, members: list[tuple[Figure, Context]], vocabulary: Vocabulary, tolerance: float):
    """Yield, for each figure of one measure, an inconsistency with the first earlier one it contradicts.

    Figures are paired only within a quantity (`_quantity`), and each later figure is
    compared with each distinct earlier statement once (`_Statements`): a text of
    thousands of figures is read in time proportional to its length, not its square.
    """
    statements: dict[tuple, _Statements] = {}
    counted = [(figure, context, *_counts(text, figure, context, vocabulary)) for figure, context in members]
    # A figure whose counted words no other figure of the measure shares is of a quantity of
    # its own: it neither contradicts nor is contradicted, and its keys are not read (speed).
    shared = Counter(counts for _, _, _, counts in counted if counts)
    for figure, context, frame, counts in counted:
        if shared[counts] < 2:
            continue
        read = _keyed(text, figure, context, vocabulary, frame, counts)
        quantity = _quantity(read)
        if quantity is None:
            continue
        earlier = statements.setdefault(quantity, _Statements())
        first = earlier.contradicted(read, tolerance)
        if first is not None:
            shared_words = _same_quantity(read, first)
            if shared_words is not None:
                yield _inconsistency(figure, first.figure, shared_words)
        earlier.add(read)


# The distinct earlier values one later figure is compared with, at most: a quantity
# stated a hundred different ways is no draft an editor wrote, and comparing each
# figure with every earlier one would take the square of the text's length.
_STATEMENTS_COMPARED = 100


class _Statements:
    """The earlier figures of one quantity, each distinct statement kept at most twice: at
    its first place and at its first place in another sentence (a later figure in the
    sentence of the first is compared with the second)."""

    def __init__(self) -> None:
        self._kept: dict[tuple, list[_Read]] = {}

    def add(self, read: _Read) -> None:
        places = self._kept.setdefault(_statement(read.figure), [])
        if not places or (len(places) == 1 and places[0].context.sentence_start != read.context.sentence_start):
            places.append(read)

    def contradicted(self, read: _Read, tolerance: float) -> _Read | None:
        """Return the first earlier figure in another sentence that ``read`` disagrees with, or None."""
        found: _Read | None = None
        sentence = read.context.sentence_start
        for places in list(self._kept.values())[:_STATEMENTS_COMPARED]:
            first = next((place for place in places if place.context.sentence_start != sentence), None)
            if first is None or (found is not None and first.figure.start >= found.figure.start):
                continue
            if not either_agrees(first.figure, read.figure, tolerance):
                found = first
        return found


def _statement(figure: Figure) -> tuple:
    """Return what a figure states, wherever it stands: all either_agrees() reads of it."""
    return (figure.text, figure.kind, figure.low, figure.high, figure.qualifier, figure.approximate,
            figure.low_precision, figure.high_precision, figure.lean, figure.vague)


def _quantity(read: _Read) -> tuple | None:
    """Return what two figures must share to be one quantity (see `_same_quantity`), or
    None when the figure can be no restatement of anything."""
    keys = read.keys
    if not read.counts or keys.change or keys.share or not (keys.events or keys.places or keys.periods or read.scope):
        return None
    return (read.counts, keys.events, keys.places, keys.stages, keys.regions, _hashable(keys.periods),
            _hashable(read.scope), keys.said_by)


def _hashable(value):
    return tuple(sorted(value.items())) if isinstance(value, dict) else value


def _read(text: str, figure: Figure, context: Context, vocabulary: Vocabulary) -> _Read:
    """Return a figure with its frame and keys."""
    return _keyed(text, figure, context, vocabulary, *_counts(text, figure, context, vocabulary))


def _counts(text: str, figure: Figure, context: Context, vocabulary: Vocabulary) -> tuple[Frame, frozenset[str]]:
    """Return a figure's frame and every key of what it counts, its owner's left out."""
    frame = read_frame(text, figure, context, vocabulary)
    places = frozenset(vocabulary.keys_in("places", frame.whose)) if frame.whose else frozenset()
    counts = frozenset(key for key in vocabulary.keywords(frame.counts or "") if key not in places
                       and vocabulary.sections.get(key) != "places")
    return frame, counts


def _keyed(text: str, figure: Figure, context: Context, vocabulary: Vocabulary, frame: Frame,
           counts: frozenset[str]) -> _Read:
    sentence = text[context.sentence_start:context.sentence_end]
    keys = figure_keys(frame, context, vocabulary, sentence=sentence)
    scope = (periods(context.scope) or context.scope.lower()) if context.scope else None
    return _Read(figure, context, frame, counts, keys, scope)


def _differences(mine: _Read, theirs: _Read) -> list[str]:
    """Return each part of two frames, counted words aside, that keeps them from being one quantity."""
    a, b = mine.keys, theirs.keys
    parts = [("event", a.events, b.events), ("owner", a.places, b.places), ("stage", a.stages, b.stages),
             ("region", a.regions, b.regions), ("period", a.periods, b.periods), ("scope", mine.scope, theirs.scope),
             ("attribution", a.said_by, b.said_by)]
    found = [name for name, first, second in parts if first != second]
    if a.change or b.change or a.share or b.share:
        found.append("a change or a share")
    if not (a.events or a.places or a.periods or mine.scope):
        found.append("only the counted words")  # "12,000 staff" alone does not say which staff
    return found


def _same_quantity(mine: _Read, theirs: _Read) -> str | None:
    """Return the words that show two figures count the same thing, or None when they may not."""
    if not mine.counts or mine.counts != theirs.counts or _differences(mine, theirs):
        return None
    a, frame = mine.keys, mine.frame
    what = " ".join(part for part in (frame.whose if frame.whose and frame.whose not in frame.counts else None,
                                      frame.counts, frame.event) if part)
    when = ", ".join(sorted(str(v) for kind in ("year", "quarter", "month") for v in a.periods.get(kind, ())))
    when = when or (mine.context.scope or "")
    return f"{what} ({when})" if when else what


def _inconsistency(stated: Figure, first: Figure, shared: str) -> Inconsistency:
    allowance, other = interval(stated), interval(first)
    earlier = first.text[:1].lower() + first.text[1:] if first.text[1:2].islower() else first.text
    message = (f"{stated.text} here, {earlier} earlier, for the same {shared}: they differ beyond rounding "
               f"and hedges ({values.write_range(allowance, stated)} against {values.write_range(other, first)})")
    return Inconsistency(RESTATED, stated, (first,), values.value(stated), values.value(first), other, allowance,
                         message)


def near_misses(text: str, figures: Sequence[tuple[Figure, Context]], vocabulary: Vocabulary | None = None,
                tolerance: float = DEFAULT_TOLERANCE) -> list[tuple[Figure, Figure, str]]:
    """Return the pairs of figures that restatements() stops at one rule alone, with that rule:
    figures of one measure, in two sentences, that disagree and count the same words.

    For reviewing the rules on a corpus (scripts/consistency_corpus.py --near): each pair
    is either two quantities the rule rightly keeps apart, or a restatement it misses.
    """
    vocabulary = vocabulary or Vocabulary.default()
    memo = _TextMemo(text)
    read = [(_read(text, figure, context, vocabulary), _unfit(text, figure, context, memo))
            for figure, context in figures if not figure.vague]
    found = []
    for later, (mine, mine_unfit) in enumerate(read):
        for theirs, theirs_unfit in read[:later]:
            first, figure = theirs.figure, mine.figure
            if (first.measure != figure.measure or theirs.context.sentence_start == mine.context.sentence_start
                    or not mine.counts or mine.counts != theirs.counts or either_agrees(first, figure, tolerance)):
                continue
            reasons = [*(r for r in (theirs_unfit, mine_unfit) if r), *_differences(mine, theirs)]
            if len(reasons) == 1:
                found.append((first, figure, reasons[0]))
    return found
