"""Write large inputs of one size in four shapes, to measure memory and time by shape.

    python3 bench/make_shapes.py 100 /tmp/shapes     # about 100 MB each

- prose.txt: the corpus's articles joined by blank lines, repeated;
- oneline.txt: the same articles on one line (no line break at all);
- dense.txt: numbers on one line, "138,582 868,821 ...", which read as no figure (phone
  numbers) but are each a candidate that is read and turned down;
- commas.txt: numbers on one line, "138,582, 868,821, ...", each of them a figure: one
  every 9 characters, some 25 times as many a byte as prose.

The corpus is ../shared/corpus/news; without it only the two numeric shapes are written.
The same size and shape always give the same bytes.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news"


def main(argv: list[str]) -> int:
    """Write the shapes of about the requested number of megabytes to the given folder."""
    if len(argv) != 2 or not argv[0].replace(".", "", 1).isdigit():
        print("usage: python3 bench/make_shapes.py MEGABYTES OUT_DIR", file=sys.stderr)
        return 2
    size, folder = int(float(argv[0]) * 1_000_000), Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    shapes = {"dense": _numbers(" "), "commas": _numbers(", ")}
    if CORPUS.is_dir():
        texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
        shapes["prose"] = "\n\n".join(texts)
        shapes["oneline"] = " ".join(text.replace("\n", " ") for text in texts)
    else:
        print(f"no corpus at {CORPUS}: prose and oneline not written", file=sys.stderr)
    for shape, text in shapes.items():
        path = folder / f"{shape}.txt"
        _write_repeated(path, text, size)
        print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")
    return 0


def _numbers(separator: str) -> str:
    rng = random.Random(1)
    return separator.join(f"{rng.randrange(1, 1000)},{rng.randrange(0, 1000):03d}" for _ in range(200_000))


def _write_repeated(path: Path, text: str, size: int) -> None:
    """Write ``text`` (with a space after it) again and again, cut at a space near ``size`` bytes."""
    unit = (text + " ").encode("utf-8")
    with path.open("wb") as out:
        written = 0
        while written + len(unit) <= size:
            out.write(unit)
            written += len(unit)
        rest = unit[:size - written]
        out.write(rest[:rest.rfind(b" ") + 1] if b" " in rest else b"")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
