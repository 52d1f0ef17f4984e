"""Measure what the candidate index gives up: its matches against those of scoring every claim.

    python3 bench/make_registry.py 10000 /tmp/claims-10k.yaml
    python3 bench/recall.py /tmp/claims-10k.yaml [--articles 150]

For every figure of a sample of the corpus's articles (../shared/corpus/news), ranks
the registry's claims twice: through the index, as `factcheck check` does, and by
scoring every claim of the figure's measure. Prints how many figures each matches
(best score at or over the threshold), how many matches of the full scoring the index
lost, and each figure where the two disagree. Scoring every claim takes about half a
second a figure at 100,000 claims: sample fewer articles there.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus" / "news"


def main() -> int:
    """Compare the two rankings over the sample and print what differs."""
    from factcheck.check import read_figures, topic_words
    from factcheck.inputs import read_indexed_registry
    from factcheck.matching import Matcher

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("registry", type=Path, help="the claims file to match against")
    parser.add_argument("--articles", type=int, default=150, help="articles sampled evenly (default: %(default)s)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .txt articles (default: %(default)s)")
    options = parser.parse_args()
    files = sorted(options.corpus.glob("*.txt")) if options.corpus.is_dir() else []
    if not files:
        print(f"corpus: {options.corpus} is absent or empty: nothing to measure")
        return 0
    _, index = read_indexed_registry((str(options.registry),))
    matcher = Matcher.from_index(index)
    full_matches = index_matches = lost = 0
    for path in files[::max(1, len(files) // options.articles)]:
        text = path.read_text(encoding="utf-8")
        for figure, context in read_figures(text):
            args = (figure.measure, context.words, context.counted, topic_words(text, figure))
            full, fast = matcher.rank(*args)[:1], matcher.rank(*args, limit=2)[:1]  # as check ranks
            full_match = bool(full) and full[0].score >= matcher.threshold
            fast_match = bool(fast) and fast[0].score >= matcher.threshold
            full_matches += full_match
            index_matches += fast_match
            same = full_match and fast_match and full[0].claim.id == fast[0].claim.id
            lost += full_match and not same
            if (full_match or fast_match) and not same:
                print(f"{path.name}: {figure.text!r} in {context.words[:70]!r}\n"
                      f"    every claim: {full[0].score} {full[0].phrase!r}\n"
                      f"    index:       {fast[0].score if fast else '-'} {fast[0].phrase if fast else ''!r}")
    print(f"scoring every claim: {full_matches} matches; the index: {index_matches} matches, "
          f"and {full_matches - lost} of the {full_matches} the same")
    return 0


if __name__ == "__main__":
    sys.exit(main())
