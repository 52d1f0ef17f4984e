#!/usr/bin/env python3
"""List every inconsistency `factcheck.consistency` finds in a folder of articles.

Prints each as ``file:line:col: relation: message`` (a ``restated`` one ends with the
line of the earlier figure), then their count, and with --time the seconds spent
reading the figures and finding the inconsistencies. With --near, it lists instead the
pairs the ``restated`` rules stop at one rule alone, for review:
``file:line: near: "earlier" (line N) / "later": stopped by RULE``.

    python3 scripts/consistency_corpus.py [--corpus DIR] [--time] [--near]

Exits 0 with a note when the corpus is absent: it is not part of the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "news"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # run from a checkout without installing

from factcheck.check import read_figures  # noqa: E402
from factcheck.consistency import find_inconsistencies  # noqa: E402
from factcheck.consistency.restated import near_misses  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--time", action="store_true", help="print the time spent in each step")
    parser.add_argument("--near", action="store_true", help="list the restatements stopped by one rule alone")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no corpus here; nothing to do")
        return 0
    if args.near:
        return list_near_misses(args.corpus)
    reading = finding = 0.0
    relations: Counter[str] = Counter()
    for path in sorted(args.corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        started = time.perf_counter()
        figures = read_figures(text)
        read = time.perf_counter()
        found = find_inconsistencies(text, figures)
        finding += time.perf_counter() - read
        reading += read - started
        for item in found:
            line = text.count("\n", 0, item.stated.start) + 1
            column = item.stated.start - (text.rfind("\n", 0, item.stated.start) + 1) + 1
            earlier = [f for f in item.inputs if f.start < item.stated.start and text.count("\n", 0, f.start) + 1 != line]
            where = f" (earlier figure at line {text.count(chr(10), 0, earlier[0].start) + 1})" if earlier else ""
            print(f"{path.name}:{line}:{column}: {item.relation}: {item.message}{where}")
            relations[item.relation] += 1
    counts = ", ".join(f"{relation} {count}" for relation, count in sorted(relations.items()))
    print(f"{sum(relations.values())} inconsistencies ({counts or 'none'})")
    if args.time:
        print(f"read_figures {reading:.2f} s, find_inconsistencies {finding:.2f} s ({finding / reading:.1%})")
    return 0


def list_near_misses(corpus: Path) -> int:
    """Print the pairs the restated rules stop at one rule alone, then how many by rule."""
    rules: Counter[str] = Counter()
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for earlier, later, rule in near_misses(text, read_figures(text)):
            line = text.count("\n", 0, later.start) + 1
            print(f'{path.name}:{line}: near: "{earlier.text}" (line {text.count(chr(10), 0, earlier.start) + 1})'
                  f' / "{later.text}": stopped by {rule}')
            rules[rule.split(" says ")[0] if rule.startswith("its sentence") else rule] += 1
    counts = ", ".join(f"{rule} {count}" for rule, count in rules.most_common())
    print(f"{sum(rules.values())} near misses ({counts or 'none'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
