"""Compare how much of the registry loader raw bytes and the grammar reach.

    python fuzz/coverage_registry.py [INPUTS]

Feeds the same INPUTS random byte strings (default 3,000, seeded) to the loader both
ways and prints the lines of factcheck/registry.py each way covered (needs coverage.py).
"""

import random
import sys
from pathlib import Path

import coverage

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from registry_grammar import registry_from  # noqa: E402


def covered(make_text, inputs: list[bytes]) -> tuple[int, int, int]:
    """Return the lines of registry.py run, its statements, and how many inputs loaded without a problem."""
    measure = coverage.Coverage(include=["*/factcheck/registry.py"], data_file=None)
    measure.start()
    from factcheck.registry import RegistryError, parse_registry  # noqa: PLC0415

    loaded = 0
    for data in inputs:
        try:
            parse_registry(make_text(data), "fuzzed.yaml")
            loaded += 1
        except RegistryError:
            pass
    measure.stop()
    data = measure.get_data()
    [path] = [name for name in data.measured_files() if name.endswith("registry.py")]
    statements = measure.analysis2(path)[1]
    return len(data.lines(path)), len(statements), loaded


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(20261203)
    inputs = [bytes(rng.randrange(256) for _ in range(rng.randrange(8, 200))) for _ in range(count)]
    for name, make_text in (("raw bytes", lambda data: data.decode("utf-8", "replace")), ("grammar", registry_from)):
        lines, statements, loaded = covered(make_text, inputs)
        print(f"{name:>9}: {lines} of {statements} statements of registry.py run; {loaded} of {count} inputs loaded")


if __name__ == "__main__":
    main()
