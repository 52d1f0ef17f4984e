#!/usr/bin/env python3
"""Measure matching and verdicts against the blind-labelled cases in tests/data/matching/.

Each case is a figure (a span of a corpus article, or of a sentence written for the
set) with the claim it is about, or none, and the verdict it should get against
tests/data/matching/claims.yaml. The figure's finding is the one whose span overlaps
the case's; a case is right when the finding's claim is the case's and, when it has
one, so is the verdict. Accuracy is printed per kind of case (sibling, vocabulary,
outside-clause, hard-negative, unit, unrelated), then an outcome table:

- right: claim and verdict both right;
- wrong claim: matched to another claim;
- missed: left unmatched, though it has a claim;
- false match: matched, though it has none;
- wrong verdict: the right claim, another verdict;
- not read: the extractor found no figure there.

    python3 scripts/evaluate_matching.py [--set dev|holdout|holdout2|holdout3|holdout4] [--errors] [--json]

`dev` (cases.jsonl and paraphrases.jsonl) is the set to tune on; `holdout`
(holdout.jsonl and holdout_paraphrases.jsonl) is kept untouched until a result is
reported; `holdout2` (holdout2/) is a second untouched set, labelled against its own
registry (holdout2/claims.yaml) on another story, as a new user would write one;
`holdout3` (holdout3/) is a third, the same way, on two more stories; `holdout4` (holdout4/)
is a fourth, on two others again. Exits 0 with a note when ../shared/corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data" / "matching"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "news"
SETS = {"dev": ("cases.jsonl", "paraphrases.jsonl"), "holdout": ("holdout.jsonl", "holdout_paraphrases.jsonl"),
        "holdout2": ("holdout2/cases.jsonl", "holdout2/paraphrases.jsonl"),
        "holdout3": ("holdout3/cases.jsonl", "holdout3/paraphrases.jsonl"),
        "holdout4": ("holdout4/cases.jsonl", "holdout4/paraphrases.jsonl")}
# The registry each set is labelled against; holdout2 to holdout4 are other stories', written as a new user would.
REGISTRIES = {held: f"{held}/claims.yaml" for held in ("holdout2", "holdout3", "holdout4")}
KINDS = ("sibling", "vocabulary", "outside-clause", "hard-negative", "unit", "unrelated")
OUTCOMES = ("right", "wrong claim", "missed", "false match", "wrong verdict", "not read")

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # run from a checkout without installing

from factcheck.check import check_text  # noqa: E402
from factcheck.matching import Matcher  # noqa: E402
from factcheck.registry import parse_registry  # noqa: E402


@dataclass(frozen=True)
class Case:
    """One labelled figure and what it should get."""

    id: str
    text_key: str  # the corpus file, or the case's own id for a written sentence
    start: int
    end: int
    figure: str
    claim: str | None
    verdict: str
    kind: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    outcome: str
    claim: str | None  # what the tool matched
    verdict: str | None
    found: str | None  # the figure's text as the tool read it


def load_cases(names: tuple[str, ...], data: Path = DATA) -> tuple[list[Case], dict[str, str]]:
    """Return the cases of these files, and the written texts by key."""
    cases, texts = [], {}
    for name in names:
        path = data / name
        if not path.exists():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            key = row.get("file") or f"{name}:{row['id']}"
            if "text" in row and "file" not in row:
                texts[key] = row["text"]
            cases.append(Case(str(row["id"]), key, row["start"], row["end"], row["figure"], row.get("claim"),
                              row["verdict"], row["kind"]))
    return cases, texts


def evaluate(cases: list[Case], texts: dict[str, str], corpus: Path, matcher: Matcher) -> list[Outcome]:
    """Check every text once and judge each case by the finding overlapping its span."""
    by_text: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        by_text[case.text_key].append(case)
    outcomes = []
    for key, group in by_text.items():
        text = texts.get(key)
        if text is None:
            text = (corpus / key).read_text(encoding="utf-8")
        findings = check_text(text, matcher)
        for case in group:
            overlapping = [f for f in findings if f.figure.start < case.end and case.start < f.figure.end]
            exact = [f for f in overlapping if (f.figure.start, f.figure.end) == (case.start, case.end)]
            finding = (exact or overlapping or [None])[0]
            outcomes.append(_judge(case, finding))
    return outcomes


def _judge(case: Case, finding) -> Outcome:
    if finding is None:
        return Outcome(case, "not read", None, None, None)
    claim = finding.claim.id if finding.claim else None
    if claim == case.claim:
        outcome = "right" if claim is None or finding.verdict == case.verdict else "wrong verdict"
    elif claim is None:
        outcome = "missed"
    elif case.claim is None:
        outcome = "false match"
    else:
        outcome = "wrong claim"
    return Outcome(case, outcome, claim, finding.verdict, finding.figure.text)


def summary(outcomes: list[Outcome]) -> dict:
    """Return accuracy overall and per kind, the outcome counts per kind, and the claim confusions."""
    per_kind: dict[str, Counter] = {kind: Counter() for kind in KINDS}
    for outcome in outcomes:
        per_kind.setdefault(outcome.case.kind, Counter())[outcome.outcome] += 1
    confusions = Counter(
        (o.case.claim or "(none)", o.claim or "(none)") for o in outcomes if o.outcome in ("wrong claim", "missed",
                                                                                         "false match"))
    right = sum(o.outcome == "right" for o in outcomes)
    return {
        "cases": len(outcomes),
        "accuracy": round(right / len(outcomes), 3) if outcomes else None,
        "kinds": {kind: {"cases": sum(c.values()), "accuracy": round(c["right"] / sum(c.values()), 3),
                         **{o: c[o] for o in OUTCOMES}}
                  for kind, c in per_kind.items() if c},
        "confusions": [{"expected": e, "matched": m, "count": n} for (e, m), n in confusions.most_common()],
    }


def _print(result: dict, outcomes: list[Outcome], errors: bool) -> None:
    print(f"{result['cases']} cases, accuracy {result['accuracy']} (claim and verdict both right)\n")
    header = f"{'kind':<15}{'cases':>6}{'accuracy':>10}  " + "  ".join(f"{o:>12}" for o in OUTCOMES)
    print(header)
    for kind, row in result["kinds"].items():
        cells = "  ".join(f"{row[o]:>12}" for o in OUTCOMES)
        print(f"{kind:<15}{row['cases']:>6}{row['accuracy']:>10.3f}  {cells}")
    if result["confusions"]:
        print("\nexpected claim -> matched claim (wrong claim, missed, false match):")
        for row in result["confusions"][:25]:
            print(f"  {row['count']:>3}  {row['expected']} -> {row['matched']}")
    if errors:
        print()
        for o in outcomes:
            if o.outcome != "right":
                print(f"{o.case.id} [{o.case.kind}] {o.case.text_key}:{o.case.start} {o.case.figure!r}: "
                      f"{o.outcome}; expected {o.case.claim} {o.case.verdict}, got {o.claim} {o.verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", action="store_true", help="list every case not right")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"note: {args.corpus} is absent; nothing measured")
        return 0
    registry = DATA / REGISTRIES.get(args.set, "claims.yaml")
    claims = parse_registry(registry.read_text(encoding="utf-8"), str(registry))
    cases, texts = load_cases(SETS[args.set])
    outcomes = evaluate(cases, texts, args.corpus, Matcher(claims))
    result = summary(outcomes)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result, outcomes, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
