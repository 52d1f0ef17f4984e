"""Why a finding got its verdict: the words that matched, the scores, the intervals compared.

Nothing here decides anything: it lays out what factcheck.matching scored and what
factcheck.verdicts compared, in words an editor can check.
"""

from __future__ import annotations

import math

from factcheck.figures import Figure
from factcheck.report import Explanation, Finding, PhraseMatch
from factcheck.verdicts import AGREE, Interval, interval, rounding
from factcheck.vocabulary import Vocabulary


def explain(finding: Finding, paragraph_words: frozenset[str], tolerance: float,
            vocabulary: Vocabulary | None = None) -> Explanation:
    """Return the evidence for a finding, given the keywords of its figure's paragraph."""
    vocabulary = vocabulary or Vocabulary.default()
    clause_words = set(vocabulary.keywords(finding.context.words))
    counted_words = set(vocabulary.keywords(finding.context.counted))
    candidates = []
    for candidate in finding.candidates:
        words = list({key: (word, key) for key, word in reversed(vocabulary.keys_as_written(candidate.phrase))}.values())
        words.reverse()  # each word once, where it first stands
        candidates.append(PhraseMatch(
            candidate.claim.id,
            candidate.score,
            candidate.phrase,
            tuple(word for word, stem in words if stem in clause_words),
            tuple(word for word, stem in words if stem in counted_words),
            tuple(word for word, stem in words if stem in paragraph_words),
            tuple(word for word, stem in words if stem not in clause_words | paragraph_words),
            candidate.ruled_out,
        ))
    figure_interval = interval(finding.figure, tolerance)
    source_intervals = tuple(rounding(judged.source.figure) for judged in finding.sources)
    return Explanation(
        finding.context.words,
        tuple(candidates),
        figure_interval,
        source_intervals,
        tuple(
            rule_in_words(finding.figure, figure_interval, judged.source.figure, bounds, judged.verdict)
            for judged, bounds in zip(finding.sources, source_intervals)
        ),
    )


def rule_in_words(figure: Figure, bounds: Interval, source: Figure, source_bounds: Interval, verdict: str) -> str:
    """Return how a figure was compared with a source's, in an editor's words.

    >>> from factcheck.figures import parse_figure
    >>> from factcheck.verdicts import interval, rounding
    >>> ours, theirs = parse_figure("150,000"), parse_figure("160,000")
    >>> rule_in_words(ours, interval(ours), theirs, rounding(theirs), "conflict")
    "150,000 stands for 145,000 to 155,000; the source's 160,000 for 155,000 to 165,000; they do not overlap: conflict"
    """
    overlap = "overlap" if verdict == AGREE else "do not overlap"
    return (f"{figure.text} stands for {span_in_words(bounds, figure)}; the source's {source.text} "
            f"for {span_in_words(source_bounds, source)}; they {overlap}: {verdict}")


def span_in_words(bounds: Interval, figure: Figure) -> str:
    """Return an interval in the figure's unit: "145,000 to 155,000", "50% and below"."""
    low, high = (number_shown(bound) + unit_suffix(figure) for bound in bounds)
    if bounds[0] == -math.inf:
        value = f"{high} and below"
    elif bounds[1] == math.inf:
        value = f"{low} and above"
    else:
        value = low if low == high else f"{low} to {high}"
    return f"{value}{f' per {figure.per}' if figure.per else ''}"


def describe_interval(bounds: Interval, figure: Figure) -> str:
    """Return an interval in the figure's unit, open sides as "…": "10,350,000–13,750,000", "…–52.5%"."""
    low, high = (number_shown(bound) for bound in bounds)
    value = low if low == high else f"{low}–{high}"
    return f"{value}{unit_suffix(figure)}{f' per {figure.per}' if figure.per else ''}"


def unit_suffix(figure: Figure) -> str:
    """Return what follows a figure's number when it is shown: "%", " USD", " hours"."""
    if figure.unit == "percentage_point":
        return " percentage points"
    return {"percent": "%", "money": f" {figure.currency}"}.get(figure.kind, f" {figure.unit}" if figure.unit else "")


def number_shown(value: float) -> str:
    """Return a number as a report shows it: grouped, at most two decimals, "…" when infinite."""
    if value in (math.inf, -math.inf):
        return "…"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
