"""Measure factcheck's start-up side by side with `python -c pass`, in one run.

    python3 bench/startup.py [--runs 21] [--against OTHER_CHECKOUT]   # about half a minute

Runs `python -c pass`, `factcheck --version` and `factcheck check` on a one-paragraph
draft (bundled registry, its cache warm), interleaved, each --runs times, and prints
each command's median wall time and CPU time (user + system), each with its ratio to
`python -c pass`. Interleaving means a
busy neighbour on a shared machine slows every command alike. factcheck is run as the
installed console script runs it (`from factcheck.__main__ import main`), from this checkout;
with --against, from another checkout too (say, a worktree of the main branch), interleaved
with this one's runs, for a before-and-after in one run.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ONE_PARAGRAPH = (
    "North Korea has shipped about 12 million munitions to Russia since the war began, "
    "according to South Korea's Defense Intelligence Agency, and sent 11,000 troops.\n"
)
# What the console script `factcheck` runs, without depending on where it is installed.
_FACTCHECK = "import sys; from factcheck.__main__ import main; sys.argv[0] = 'factcheck'; sys.exit(main())"


def commands(paragraph: Path, checkouts: dict[str, Path]) -> dict[str, tuple[list[str], Path]]:
    """Return the commands measured, by name, each with the checkout it runs from; the first is the reference."""
    factcheck = [sys.executable, "-c", _FACTCHECK]
    measured = {"python -c pass": ([sys.executable, "-c", "pass"], REPO)}
    for label, checkout in checkouts.items():
        measured[f"factcheck --version{label}"] = ([*factcheck, "--version"], checkout)
        measured[f"factcheck check one paragraph{label}"] = (
            [*factcheck, "check", "--no-color", str(paragraph)], checkout)
    return measured


def seconds(command: list[str], env: dict[str, str], checkout: Path, folder: Path) -> tuple[float, float]:
    """Return the wall seconds and the CPU seconds (user and system) the command takes from
    ``checkout`` in ``folder``, its output thrown away."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                   env={**env, "PYTHONPATH": str(checkout)}, cwd=folder, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="runs of each command (default: %(default)s)")
    parser.add_argument("--against", type=Path, metavar="CHECKOUT",
                        help="also run factcheck from this checkout, interleaved (its rows are marked 'against')")
    options = parser.parse_args()
    checkouts = {"": REPO}
    if options.against:
        checkouts[" (against)"] = options.against.resolve()
    with tempfile.TemporaryDirectory(prefix="factcheck-startup-") as scratch:
        paragraph = Path(scratch) / "paragraph.md"
        paragraph.write_text(ONE_PARAGRAPH, encoding="utf-8")
        # Run in a folder of our own (no configuration file, no ./claims.yaml), with a cache of
        # our own, warmed below: the user's is left alone.
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(scratch) / "cache")}
        env.pop("FACTCHECK_NO_CACHE", None)
        # Compiled modules are read as an installed package's are, written once (by the warm-up
        # runs) to a folder of our own rather than beside the sources.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        measured = commands(paragraph, checkouts)
        for command, checkout in measured.values():
            seconds(command, env, checkout, Path(scratch))  # warm the file cache and the registry cache
        times: dict[str, list[tuple[float, float]]] = {what: [] for what in measured}
        for _ in range(options.runs):
            for what, (command, checkout) in measured.items():
                times[what].append(seconds(command, env, checkout, Path(scratch)))
    print(f"start-up, median of {options.runs} interleaved runs (python3 bench/startup.py, repo {REPO}"
          + (f", against {options.against.resolve()})" if options.against else ")"))
    print(f"  {'':43} {'wall':>6}    {'ratio':>6}     {'CPU':>6}    {'ratio':>6}")
    reference = [statistics.median(run[i] for run in times["python -c pass"]) for i in (0, 1)]
    for what, runs in times.items():
        medians = [statistics.median(run[i] for run in runs) for i in (0, 1)]
        print(f"  {what:43} " + "   ".join(f"{median * 1000:6.0f} ms {median / base:5.1f}x"
                                           for median, base in zip(medians, reference)))
    print("  (ratios to python -c pass; the CPU column is user + system time, which a busy machine disturbs less)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
