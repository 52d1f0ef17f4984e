"""Read the relations one sentence states between its figures, and check each.

See `factcheck.consistency` for the relations and the rules.

>>> from factcheck.figures import extract_figures
>>> text = "Shares rose 20p, or 20%, to 220p."
>>> [i.message for i in Sentence(text, 0, len(text), extract_figures(text)).inconsistencies()]
['up 20p to 220p is a rise of 10%, not 20% (allowing for rounding: 19-21%)']
>>> days_in("day", "month"), days_in("month", "year")
((20.0, 31.0), (12.0, 12.0))
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.consistency import patterns as pt
from factcheck.consistency import values
from factcheck.figures import Figure
from factcheck.regexes import compiled
from factcheck.verdicts import Interval, overlap

SHARE, CHANGE, TOTAL, RATE = "share", "change", "total", "rate"


@dataclass(frozen=True, slots=True)
class Inconsistency:
    """Figures of one sentence whose stated relation does not hold.

    ``stated`` is the figure contradicted; ``inputs`` the figures its value was computed
    from. ``computed`` is the value they give as stated, ``computed_range`` what they
    allow for their rounding, and ``allowance`` what the stated figure stands for.
    """

    relation: str
    stated: Figure
    inputs: tuple[Figure, ...]
    stated_value: float
    computed: float
    computed_range: Interval
    allowance: Interval
    message: str

    @property
    def figures(self) -> tuple[Figure, ...]:
        """Return every figure involved, in the order of the text."""
        return tuple(sorted((self.stated, *self.inputs), key=lambda f: f.start))

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Return the offsets of every figure involved."""
        return tuple((f.start, f.end) for f in self.figures)

    def moved(self, by: int) -> Inconsistency:
        """Return this inconsistency with every figure's offsets moved on by ``by`` characters."""
        def move(figure: Figure) -> Figure:
            return replace(figure, start=figure.start + by, end=figure.end + by)
        return replace(self, stated=move(self.stated), inputs=tuple(map(move, self.inputs)))


class Sentence:
    """The figures of one sentence and the words between them."""

    def __init__(self, text: str, start: int, end: int, figures: list[Figure]) -> None:
        self.text, self.start, self.end = text, start, end
        self.figures = [piece for figure in figures for piece in _from_to(figure)]
        parts, position = [], start
        for index, figure in enumerate(self.figures):
            parts += [text[position:figure.start], f"\ue000{index}\ue001"]
            position = figure.end
        parts.append(text[position:end])
        self.skeleton = pt.CONVERSION.sub(lambda m: "" if self._all_money(m) else m.group(), "".join(parts))

    def _all_money(self, conversion: re.Match) -> bool:
        return all(self.figures[int(i)].kind == "money" for i in pt.TOKEN.findall(conversion.group()))

    def _figure(self, token: str | None) -> Figure | None:
        return self.figures[int(pt.TOKEN.fullmatch(token).group(1))] if token else None

    def inconsistencies(self) -> list[Inconsistency]:
        """Return what the sentence's stated relations contradict."""
        found = []
        lowered = self.skeleton.lower()
        if any(f.kind == "percent" for f in self.figures):
            found += self._shares()
        if any(hint in lowered for hint in pt.TOTAL_HINTS):
            found += self._totals()
        if sum(1 for f in self.figures if f.per) >= 2:
            found += self._rates()
        if pt.CHANGE_VERBS.isdisjoint(lowered.split()):
            return [item for item in found if item is not None]
        for word in pt.LETTERS.finditer(self.skeleton):
            if word.group().lower() in pt.CHANGE_VERBS:
                start = pt.CHANGE_START.match(self.skeleton, word.start())
                if start:
                    found.extend(self._change_after_verb(start))
        for start in pt.LEVEL_FIRST.finditer(self.skeleton):
            level = self._figure(start.group("level"))
            found.extend(self._change(start.end(), "rise" if start.group("up") else "fall", None, [], [level]))
        for start in pt.SIZE_FIRST.finditer(self.skeleton):
            size = self._figure(start.group("size"))
            found.extend(self._change(start.end(), _direction(start), None, [size]))
        return [item for item in found if item is not None]

    def _multiple(self, hedge: str, times: float, start: int, end: int) -> Figure:
        """Return the multiple the words at ``skeleton[start:end]`` state ("more than doubled")
        as a figure of its own, with its offsets in the text."""
        words = self.skeleton[start:end].strip()
        # Figures hold no such words: the same occurrence of them in the sentence is this one.
        occurrence = self.skeleton.lower().count(words.lower(), 0, start)
        offset = self.start - 1
        for _ in range(occurrence + 1):
            offset = self.text.lower().find(words.lower(), offset + 1, self.end)
        start, end = (offset, offset + len(words)) if offset >= 0 else (self.start, self.start)
        hedge = hedge.lower()
        if hedge.startswith("more"):
            return Figure(start, end, words, "number", times, None, "more_than")
        lean = "below" if hedge in ("nearly", "almost") else None
        return Figure(start, end, words, "number", times, times, "about" if hedge else "exact",
                      approximate=bool(hedge), lean=lean)

    # --- shares ----------------------------------------------------------------------

    def _shares(self):
        for number, pattern in enumerate(pt.SHARE_PATTERNS):
            for match in pattern.finditer(self.skeleton):
                if number == 0 and pt.OWN_WHOLE_AFTER.match(self.skeleton, match.end("pct")):
                    continue  # "..., or 40% of the army": a share of another whole
                pct = self._figure(match.group("pct"))
                if pct.kind != "percent" or pct.unit or not values.is_point(pct):
                    continue
                if number == 3:
                    yield self._restated_share(pct, self._figure(match.group("restated")))
                    continue
                part, whole = self._figure(match.group("part")), self._figure(match.group("whole"))
                if not _like(part, whole) or part.kind == "percent" or not all(map(values.is_point, (part, whole))):
                    continue
                if values.value(part) > values.value(whole) or not values.value(whole):
                    continue
                if number == 1:
                    yield _check(SHARE, part, (pct, whole), lambda r: values.scaled(values.times(r[0], r[1]), 0.01),
                                 f"{pct.text} of {whole.text} is")
                else:
                    yield _check(SHARE, pct, (part, whole), lambda r: values.scaled(values.divided(r[0], r[1]), 100),
                                 f"{part.text} of {whole.text} is")

    _SHARE_WORDS = compiled(r"\s(?:in|out\s+of)\s")

    def _restated_share(self, pct: Figure, share: Figure) -> Inconsistency | None:
        if share.kind != "percent" or not self._SHARE_WORDS.search(share.text):
            return None  # only a share written as "13 out of 659" restates a percentage
        return _check(SHARE, pct, (share,), lambda r: r[0], f"{share.text} is", inputs_tight=False)

    # --- totals ----------------------------------------------------------------------

    def _totals(self):
        for match in pt.TOTAL_PATTERN.finditer(self.skeleton):
            parts = [self.figures[int(i)] for i in pt.TOKEN.findall(match.group("parts"))]
            total = self._figure(match.group("total_a") or match.group("total_b"))
            if total.kind == "percent" or not all(_like(p, total) and values.is_point(p) for p in parts):
                continue
            if not values.is_point(total):
                continue

            def add(ranges):
                low = high = 0.0
                for r in ranges:
                    low, high = low + r[0], high + r[1]
                return low, high
            yield _check(TOTAL, total, tuple(parts), add, " + ".join(p.text for p in parts) + " is")
        for match in pt.REMAINING_PATTERN.finditer(self.skeleton):
            first, rest = self._figure(match.group("a")), self._figure(match.group("b"))
            if all(f.kind == "percent" and not f.unit and values.is_point(f) for f in (first, rest)):
                yield _check(TOTAL, rest, (first,), lambda r: (100 - r[0][1], 100 - r[0][0]),
                             f"what {first.text} leaves is")

    # --- rates -----------------------------------------------------------------------

    def _rates(self):
        for match in pt.RATE_PATTERN.finditer(self.skeleton):
            a, b = self._figure(match.group("a")), self._figure(match.group("b"))
            if not (a.per and b.per and a.per != b.per) or replace(a, per=b.per).measure != b.measure:
                continue
            tie = match.group("tie").lower()
            if a.kind == "money" and re.search(r"\bor\b", tie) and "equivalent" not in tie and not b.approximate:
                continue  # "£4.99 a month, or £50 a year": perhaps another price, not the same one
            if not (values.is_point(a) and values.is_point(b)):
                continue
            low, high = days_in(a.per, b.per)
            yield _check(RATE, b, (a,), lambda r: (r[0][0] * low, r[0][1] * high),
                         f"{a.text} is" if a.text.endswith(a.per) else f"{a.text} a {a.per} is", unit=f" a {b.per}")

    # --- changes ---------------------------------------------------------------------

    def _change_after_verb(self, start: re.Match):
        direction = "rise" if start.group("rise") else "fall" if start.group("fall") else None
        multiple = None
        hedge = pt.HEDGE_BEFORE.search(self.skeleton, max(0, start.start() - 12), start.start())
        if start.group("multiplying"):
            word = start.group("multiplying")
            multiple = self._multiple(hedge.group("hedge") if hedge else "", pt.MULTIPLYING_VERBS[word.lower()],
                                      hedge.start() if hedge else start.start(), start.end("multiplying"))
            direction = "rise" if multiple.low > 1 else "fall"
        elif hedge:
            return  # "nearly rose 5%": not a change to check
        yield from self._change(start.end(), direction, multiple, [])

    def _change(self, position: int, direction: str | None, multiple: Figure | None, sizes: list[Figure],
                after: list[Figure] = ()):
        """Read the slots of a change from ``position`` on, then check them."""
        roles: dict[str, list[Figure]] = {"size": list(sizes), "before": [], "after": list(after), "level": []}
        first = position if not sizes else -1
        while True:
            for role, slot in pt.CHANGE_SLOTS:
                if slot is pt.CHANGE_SLOTS[0][1] and position != first:
                    continue  # the size right after the verb comes first or not at all
                found = slot.match(self.skeleton, position)
                if found:
                    break
            else:
                break
            position = found.end()
            if found.groupdict().get("fold"):
                multiple = self._multiple("", pt.FOLD_NUMBERS[found.group("fold").lower()], found.start("fold"),
                                          found.end())
                continue
            roles[role].append(self._figure(pt.TOKEN.search(found.group()).group()))
            if direction is None:
                direction = _direction(found)
        yield from _changes(roles, multiple, direction)


def _direction(found: re.Match) -> str | None:
    """Return the direction a change's noun or adverb says, if it says one."""
    words = found.groupdict()
    if words.get("noun_rise") or words.get("up"):
        return "rise"
    if words.get("noun_fall") or words.get("down"):
        return "fall"
    return None


def _changes(roles: dict[str, list[Figure]], multiple: Figure | None, direction: str | None):
    """Check every size of a change against the levels before and after it."""
    if len(roles["before"]) > 1 or len(roles["after"]) + len(roles["level"]) > 1:
        return
    before = roles["before"][0] if roles["before"] else None
    after = (roles["after"] or roles["level"] or [None])[0]
    levels = [f for f in (before, after) if f is not None]
    if not all(values.is_point(f) for f in levels) or (before and after and not _like_level(before, after)):
        return
    sizes = [f for f in roles["size"] if values.is_point(f) or f.qualifier in ("more_than", "at_least")]
    absolute = [f for f in sizes if levels and _like_level(f, levels[0]) and f.kind != "percent" and values.is_point(f)]
    if before and after:
        rising = values.value(after) >= values.value(before)
        if direction and (direction == "rise") != rising:
            return  # the words and the numbers disagree on the direction: misread, so say nothing
        direction = "rise" if rising else "fall"
        inputs, names = (before, after), f"{before.text} to {after.text}"

        def levels_of(ranges):
            return ranges[0], ranges[1]
    elif after and len(absolute) == 1 and direction:
        inputs = (absolute[0], after)
        names = f"{'up' if direction == 'rise' else 'down'} {absolute[0].text} to {after.text}"

        def levels_of(ranges):
            size, new = ranges
            return (values.minus(new, size) if direction == "rise" else values.plus(new, size)), new
    else:
        return
    base = levels_of([(values.value(f), values.value(f)) for f in inputs])[0][0]
    if base <= 0 or (not before and base < values.value(absolute[0])):
        return  # "up 23,600 to 27,700" more than doubling is likelier "up from 23,600": say nothing
    said = f"{names} is a {direction} of"
    for size in sizes:
        if size in inputs:
            continue
        if size.kind == "percent" and size.unit == "percentage_point":
            if all(f.kind == "percent" for f in levels):
                yield _check(CHANGE, size, inputs, _change_by("points", direction, levels_of), said)
        elif size.kind == "percent":
            found = _check(CHANGE, size, inputs, _change_by("percent", direction, levels_of), said)
            points = _change_by("points", direction, levels_of)([(values.value(f), values.value(f)) for f in inputs])[0]
            in_points = abs(points - values.value(size)) < 0.05
            if found and in_points and all(f.kind == "percent" and not f.unit for f in levels):
                found = replace(found, message=f"{found.message}: {size.text} reads as percent, not percentage points")
            yield found
        elif size in absolute and before and after:
            yield _check(CHANGE, size, inputs, _change_by("amount", direction, levels_of), said)
    if multiple is not None:
        stated = replace(multiple, text=f"{multiple.text} ({values.value(multiple):g} times)")
        yield _check(CHANGE, stated, inputs, _change_by("times", direction, levels_of), f"{names} is",
                     unit=" times")


def _change_by(measure: str, direction: str, levels_of):
    """Return the function from the inputs' ranges to the size of the change they make, in
    ``measure``: "percent" of the level before, "points" or "amount" (the difference), or "times"."""
    def size(ranges: list[Interval]) -> Interval:
        before, after = levels_of(ranges)
        if measure == "times":
            return values.divided(after, before)
        if measure == "percent":
            ratio = values.divided(after, before)
            if direction == "rise":
                return values.scaled(ratio, 100, -100)
            return 100 - 100 * ratio[1], 100 - 100 * ratio[0]
        return values.minus(after, before) if direction == "rise" else values.minus(before, after)
    return size


def _check(relation: str, stated: Figure, inputs: tuple[Figure, ...], compute, what: str, *,
           unit: str = "", inputs_tight: bool | None = None) -> Inconsistency | None:
    """Return an inconsistency unless what the inputs allow overlaps what ``stated`` stands for.

    ``compute`` takes the inputs' ranges, in order, to the range of the value they give.
    """
    allowance = values.allowance(stated)
    as_stated = compute([(values.value(f), values.value(f)) for f in inputs])
    computed = (as_stated[0] + as_stated[1]) / 2  # a rate per day makes a range of rates per month
    written = values.write(computed, stated) if as_stated[0] == as_stated[1] else values.write_range(as_stated, stated)
    reading = values.tight(stated, inputs) if inputs_tight is None else inputs_tight
    computed_range = compute([values.input_range(f, reading) for f in inputs])
    if overlap(allowance, computed_range):
        return None
    allowed = "the hedge" if stated.approximate or stated.lean else "rounding"
    message = (f"{what} {written}{unit}, not {stated.text} "
               f"(allowing for {allowed}: {values.write_range(allowance, stated)}{unit})")
    if allowance[0] == allowance[1]:  # a word ("doubled") stands for its number exactly
        message = f"{what} {written}{unit}, not {stated.text}"
    if not reading:
        message += f"; the figures allow {values.write_range(computed_range, stated, 3)}{unit}"
    return Inconsistency(relation, stated, inputs, values.value(stated), computed, computed_range, allowance, message)




def _from_to(figure: Figure) -> list[Figure]:
    """Split a range read as "from 12% to 16%" into its two levels, each a figure of its own."""
    found = pt.FROM_TO.fullmatch(figure.text) if figure.qualifier == "range" else None
    if not found:
        return [figure]
    first = replace(figure, start=figure.start + found.start(2), end=figure.start + found.end(2), text=found.group(2),
                    high=figure.low, high_precision=figure.low_precision, qualifier="exact")
    second = replace(figure, start=figure.start + found.start(4), end=figure.end, text=found.group(4),
                     low=figure.high, low_precision=figure.high_precision, qualifier="exact")
    return [first, second]


def _like(first: Figure, second: Figure) -> bool:
    return first.measure == second.measure


def _like_level(first: Figure, second: Figure) -> bool:
    """Return whether two figures may be levels of one quantity: "from £5.5bn to £8.2bn a
    year" states the rate once for both."""
    return _like(first, second) or (None in (first.per, second.per) and _like(replace(first, per=None),
                                                                            replace(second, per=None)))


def days_in(per: str, other: str) -> tuple[float, float]:
    """Return how many of ``per`` make one ``other``, at fewest and at most."""
    months = {"month": 1, "year": 12, "annum": 12}
    if per in months and other in months:
        return months[other] / months[per], months[other] / months[per]
    days = pt.WORKING_DAYS if per == "day" else pt.PERIOD_DAYS
    low, high = days.get(other, pt.PERIOD_DAYS[other])
    return low / pt.PERIOD_DAYS[per][1], high / pt.PERIOD_DAYS[per][0]
