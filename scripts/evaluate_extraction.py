#!/usr/bin/env python3
"""Measure the extractor against hand-labelled texts.

Reads the labels in tests/data/corpus_labels.jsonl (see tests/data/README.md) and the
BBC articles they label from ../shared/corpus/news, or with --styles the labels and texts
of tests/data/extraction_styles (other house styles; see its README), runs `extract_figures` on each article
and prints precision and recall of

- detection: a figure found counts when its span is exactly a labelled figure's span;
  the same scores with overlapping spans accepted are printed beside them, to tell
  boundary disagreements from figures missed or invented;
- values: a figure found counts when, on top of its span, its kind, low, high,
  qualifier, currency, per and unit all equal the label's.

Labels marked ambiguous are left out both ways: not counted as missed, and a figure
found overlapping one is neither right nor wrong. Run with --verbose for every miss,
false positive and wrong value, each as file:offset.

    python3 scripts/evaluate_extraction.py [--verbose] [--corpus DIR] [--labels FILE]
    python3 scripts/evaluate_extraction.py --styles --split dev --by-form

--split keeps the documents whose completeness marker names that split ("dev" to tune
on, "holdout" to report once); --by-form adds recall and value accuracy for each label
`form`, and the traps of each form read as figures.

The BBC labels leave the words one to nine standing alone unlabelled ("three people",
"two years"; see tests/data/README.md), where the extractor reads them as figures when they
count something: scored against those labels, a figure spelled in words from one to nine
(no digits, scale, currency or percent) on no label is left out, neither right nor wrong.
The styles set labels them, so with --styles they are scored.

Exits 0 with a note when the corpus is absent: it is not part of the repository.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_LABELS = REPO / "tests" / "data" / "corpus_labels.jsonl"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "news"
STYLES = REPO / "tests" / "data" / "extraction_styles"

VALUE_FIELDS = ("kind", "low", "high", "qualifier", "currency", "per", "unit")

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # run from a checkout without installing

from factcheck.figures import Figure, extract_figures  # noqa: E402


@dataclass(frozen=True)
class Label:
    """One labelled span: a figure with its expected reading, or a trap."""

    file: str
    start: int
    end: int
    text: str
    figure: bool
    ambiguous: bool = False
    trap: str | None = None
    values: tuple = ()  # the VALUE_FIELDS, in order, for a figure
    form: str = "ordinary"  # the form of figure it exercises (extraction_styles labels only)

    def overlaps(self, start: int, end: int) -> bool:
        """Return whether the span [start, end) shares a character with this label."""
        return self.start < end and start < self.end


@dataclass(frozen=True)
class Mistake:
    """A figure missed, a figure invented, or a figure read wrong, at file:offset."""

    file: str
    start: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.file}:{self.start}: {self.text!r} {self.why}"


@dataclass
class Score:
    """Counts for one way of scoring, and precision and recall from them."""

    found: int = 0  # figures found, leaving out those on ambiguous labels
    labelled: int = 0  # figures labelled, leaving out the ambiguous ones
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.labelled if self.labelled else 1.0


@dataclass
class Evaluation:
    """The scores over every labelled article, and the mistakes behind them."""

    files: int = 0
    detection: Score = field(default_factory=Score)
    overlap: Score = field(default_factory=Score)
    values: Score = field(default_factory=Score)
    traps_labelled: Counter = field(default_factory=Counter)
    # False positives by what they stand on: a trap type, "boundary" (part of a
    # labelled figure, with other bounds) or "unlabelled" (no label at all).
    false_positives_by_type: Counter = field(default_factory=Counter)
    # By label form: "figures", "spans" (found with the exact span), "values" (and read
    # right), "traps" and "trap_hits" (traps read as figures).
    by_form: dict[str, Counter] = field(default_factory=dict)
    misses: list[Mistake] = field(default_factory=list)
    false_positives: list[Mistake] = field(default_factory=list)
    wrong_values: list[Mistake] = field(default_factory=list)


def load_labels(lines, split: str | None = None) -> dict[str, list[Label]]:
    """Return the labels of every completely labelled article, by file name; with
    ``split``, only of the articles whose completeness marker names that split."""
    complete: set[str] = set()
    labels: dict[str, list[Label]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("complete"):
            if split is None or row.get("split") == split:
                complete.add(row["file"])
            continue
        values = tuple(row[name] for name in VALUE_FIELDS) if row["figure"] else ()
        labels.setdefault(row["file"], []).append(
            Label(row["file"], row["start"], row["end"], row["text"], row["figure"],
                  bool(row.get("ambiguous")), row.get("trap"), values, row.get("form", "ordinary"))
        )
    return {name: sorted(labels.get(name, []), key=lambda l: l.start) for name in sorted(complete)}


def evaluate(labels: dict[str, list[Label]], texts: dict[str, str], *, small_words: bool = True) -> Evaluation:
    """Return the scores of `extract_figures` on ``texts`` against ``labels``; without
    ``small_words``, figures spelled from one to nine on no label are not scored."""
    evaluation = Evaluation()
    for name, file_labels in labels.items():
        text = texts[name]
        for label in file_labels:
            if text[label.start:label.end] != label.text:
                raise ValueError(f"{name}:{label.start}: label {label.text!r} is not the article's text there")
        evaluation.files += 1
        found = extract_figures(text)
        if not small_words:
            found = [f for f in found
                     if not (_small_word(f) and not any(l.overlaps(f.start, f.end) for l in file_labels))]
        _score_file(evaluation, name, file_labels, found)
    return evaluation


def _small_word(figure: Figure) -> bool:
    """Return whether a figure is a count spelled in words from one to nine ("three",
    "two years", "two or three"), which the BBC labels leave out."""
    bounds = [b for b in (figure.low, figure.high) if b is not None]
    return (
        figure.kind == "number" and not figure.vague and not any(c.isdigit() for c in figure.text)
        and bool(bounds) and all(1 <= b <= 9 for b in bounds)
    )


def _score_file(evaluation: Evaluation, name: str, labels: list[Label], found: list[Figure]) -> None:
    figures = [l for l in labels if l.figure and not l.ambiguous]
    ambiguous = [l for l in labels if l.ambiguous]
    by_span = {(l.start, l.end): l for l in figures}
    evaluation.traps_labelled.update(l.trap for l in labels if not l.figure and not l.ambiguous)
    counted = [f for f in found if not any(l.overlaps(f.start, f.end) for l in ambiguous)]
    for label in labels:
        if label.ambiguous:
            continue
        tally = evaluation.by_form.setdefault(label.form, Counter())
        if label.figure:
            tally["figures"] += 1
            same = next((f for f in counted if (f.start, f.end) == (label.start, label.end)), None)
            tally["spans"] += same is not None
            tally["values"] += same is not None and not _differences(label, same)
        else:
            tally["traps"] += 1
            tally["trap_hits"] += any(label.overlaps(f.start, f.end) for f in counted)
    for score in (evaluation.detection, evaluation.overlap, evaluation.values):
        score.found += len(counted)
        score.labelled += len(figures)

    matched: set[tuple[int, int]] = set()
    for figure in counted:
        label = by_span.get((figure.start, figure.end))
        if label is None:
            continue
        matched.add((label.start, label.end))
        evaluation.detection.right += 1
        differences = _differences(label, figure)
        if differences:
            evaluation.wrong_values.append(Mistake(name, figure.start, figure.text, differences))
        else:
            evaluation.values.right += 1

    overlapped: set[tuple[int, int]] = set()
    for figure in counted:
        label = next((l for l in figures if l.overlaps(figure.start, figure.end)
                      and (l.start, l.end) not in overlapped), None)
        if label is not None:
            overlapped.add((label.start, label.end))
            evaluation.overlap.right += 1
        if (figure.start, figure.end) in matched:
            continue
        kind = _false_positive_type(labels, figure)
        evaluation.false_positives_by_type[kind] += 1
        evaluation.false_positives.append(Mistake(name, figure.start, figure.text, kind))

    for label in figures:
        if (label.start, label.end) not in matched:
            near = [f.text for f in counted if label.overlaps(f.start, f.end)]
            why = f"missed (found {', '.join(map(repr, near))} there)" if near else "missed"
            evaluation.misses.append(Mistake(name, label.start, label.text, why))


def _false_positive_type(labels: list[Label], figure: Figure) -> str:
    for label in labels:
        if label.overlaps(figure.start, figure.end):
            return label.trap if not label.figure else "boundary"
    return "unlabelled"


def _differences(label: Label, figure: Figure) -> str:
    wrong = []
    for name, expected in zip(VALUE_FIELDS, label.values):
        got = getattr(figure, name)
        if not _same(expected, got):
            wrong.append(f"{name} {got!r}, labelled {expected!r}")
    return "; ".join(wrong)


def _same(expected, got) -> bool:
    """Return whether two field values are equal; numbers to the label's two decimals."""
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(expected, got, rel_tol=1e-9, abs_tol=0.005)
    return expected == got


def read_texts(corpus: Path, names) -> dict[str, str]:
    """Return the text of each named article in ``corpus``."""
    return {name: (corpus / name).read_text(encoding="utf-8") for name in names}


def write_report(evaluation: Evaluation, stream, *, verbose: bool = False, by_form: bool = False) -> None:
    """Write the scores, the false positives by type, the scores by label form and,
    verbosely, every mistake."""
    d, o, v = evaluation.detection, evaluation.overlap, evaluation.values
    stream.write(
        f"{evaluation.files} articles, {d.labelled} labelled figures, {d.found} figures found"
        f" (ambiguous labels left out)\n\n"
        f"{'':28}{'precision':>10}{'recall':>8}\n"
        f"{'detection (exact span)':28}{d.precision:>10.3f}{d.recall:>8.3f}\n"
        f"{'detection (overlapping)':28}{o.precision:>10.3f}{o.recall:>8.3f}\n"
        f"{'value and bounds':28}{v.precision:>10.3f}{v.recall:>8.3f}\n\n"
        f"false positives by what they stand on\n"
    )
    kinds = sorted(set(evaluation.traps_labelled) | set(evaluation.false_positives_by_type))
    for kind in kinds:
        labelled = evaluation.traps_labelled.get(kind)
        note = f" of {labelled} labelled traps" if labelled else ""
        stream.write(f"  {kind:12}{evaluation.false_positives_by_type.get(kind, 0):>4}{note}\n")
    if by_form:
        stream.write(f"\nby form{'':21}{'figures':>8}{'span':>7}{'value':>7}{'traps':>7}{'read':>6}\n")
        for form, tally in sorted(evaluation.by_form.items()):
            figures = tally["figures"]
            spans = f"{tally['spans'] / figures:.2f}" if figures else "-"
            values = f"{tally['values'] / figures:.2f}" if figures else "-"
            traps = tally["traps"] or "-"
            hits = tally["trap_hits"] if tally["traps"] else "-"
            stream.write(f"  {form:26}{figures:>8}{spans:>7}{values:>7}{traps:>7}{hits:>6}\n")
    if verbose:
        for title, mistakes in (("missed", evaluation.misses), ("false positives", evaluation.false_positives),
                                ("wrong values", evaluation.wrong_values)):
            stream.write(f"\n{title} ({len(mistakes)})\n")
            stream.writelines(f"  {m}\n" for m in mistakes)


def main(argv: list[str] | None = None) -> int:
    """Evaluate the extractor on the labelled corpus and print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every mistake as file:offset")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of the articles")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="the labels (JSON lines)")
    parser.add_argument("--styles", action="store_true",
                        help="evaluate on tests/data/extraction_styles (labels and texts) instead")
    parser.add_argument("--split", help='only the documents of this split ("dev" or "holdout")')
    parser.add_argument("--by-form", action="store_true", help="add the scores of each label form")
    args = parser.parse_args(argv)
    if args.styles:
        args.labels, args.corpus = STYLES / "labels.jsonl", STYLES / "texts"
    if not args.corpus.is_dir():
        print(f"{args.corpus}: the corpus is not here; nothing to evaluate")
        return 0
    with args.labels.open(encoding="utf-8") as lines:
        labels = load_labels(lines, args.split)
    evaluation = evaluate(labels, read_texts(args.corpus, labels), small_words=args.styles)
    write_report(evaluation, sys.stdout, verbose=args.verbose, by_form=args.by_form)
    return 0


if __name__ == "__main__":
    sys.exit(main())
