"""Measure factcheck's speed and memory, side by side with its references, in one run.

    python3 bench/run.py            # from a checkout; about ten minutes on 2 cores

Prints what it measured, as figures and as ratios to references measured in the same
run (a regex floor, quantulum3, `python -c pass`), and nothing else: no targets.
Throughputs are medians of repeated runs where a run takes seconds, single runs
where it takes tens of seconds (the table says which). Work done in this process
(the floor, quantulum3, the library's functions) is timed in CPU seconds of this
process, so that a busy neighbour on a shared machine does not move the ratios;
whole commands are timed by the clock. The corpus is ../shared/corpus/news (BBC
articles); without it the corpus rows are skipped.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from make_registry import write_registry  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "news"
# The practical floor for a Python tool: one pass of one compiled pattern that finds
# every digit run (with its separators) and the word after it.
FLOOR = re.compile(r"\d[\d,.]*\s*\w*")
ONE_PARAGRAPH = (
    "North Korea has shipped about 12 million munitions to Russia since the war began, "
    "according to South Korea's Defense Intelligence Agency, and sent 11,000 troops.\n"
)


class Table:
    """Rows of (what, figure, ratio, how), printed as they are measured."""

    def __init__(self) -> None:
        print(f"{'measure':58} {'figure':>16} {'ratio':>22}  how")

    @staticmethod
    def row(what: str, figure: str, ratio: str = "", how: str = "") -> None:
        print(f"{what:58} {figure:>16} {ratio:>22}  {how}", flush=True)


def main() -> int:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .txt articles (default: %(default)s)")
    parser.add_argument("--quantulum-kb", type=int, default=100, help="size of the quantulum3 sample (default: 100 KB)")
    parser.add_argument("--memory-mb", type=int, default=100, help="size of the memory case's input (default: 100 MB)")
    options = parser.parse_args()

    print(f"factcheck benchmark · {platform.node()} · {os.cpu_count()} CPUs · {_memory()} · "
          f"Python {platform.python_version()} · {platform.platform()}")
    print(f"command: python3 bench/run.py   (repo {REPO})\n")
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as scratch:
        scratch = Path(scratch)
        # A cache of our own: measured cold, then warm, and the user's cache is left alone.
        os.environ["XDG_CACHE_HOME"] = str(scratch / "cache")
        os.environ.pop("FACTCHECK_NO_CACHE", None)
        texts = _corpus(options.corpus)
        table = Table()
        registries = _registries(table, scratch)
        if texts:
            floor = _throughput_section(table, texts, options.quantulum_kb)
            _check_section(table, texts, registries, floor, options.corpus)
        _startup_section(table, scratch, registries)
        if texts:
            _memory_section(table, scratch, texts, options.memory_mb)
    return 0


# --- throughput ----------------------------------------------------------------------


def _corpus(folder: Path) -> list[str]:
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        print(f"corpus: {folder} is absent or empty: skipping the throughput, check and memory rows\n")
        return []
    texts = [path.read_text(encoding="utf-8") for path in files]
    print(f"corpus: {len(files):,} articles, {_mb(texts):.2f} MB, from {folder}\n")
    return texts


def _throughput_section(table: Table, texts: list[str], quantulum_kb: int) -> float:
    from factcheck.check import read_figures
    from factcheck.figures import extract_figures

    size = _mb(texts)
    floor = size / _median(lambda: [sum(1 for _ in FLOOR.finditer(t)) for t in texts], 7)
    table.row("regex floor: one compiled pattern pass over the corpus", f"{floor:.1f} MB/s", "1 (reference)",
              "median of 7")
    figures = size / _median(lambda: [extract_figures(t) for t in texts], 3)
    table.row("extract_figures over the corpus", f"{figures:.2f} MB/s", f"1/{floor / figures:.1f} of floor",
              "median of 3")
    extract = size / _median(lambda: [read_figures(t) for t in texts], 3)
    table.row("factcheck extract's core (figures and context)", f"{extract:.2f} MB/s",
              f"1/{floor / extract:.1f} of floor", "median of 3")
    whole = size / _process_seconds([sys.executable, "-m", "factcheck", "extract", "--format", "json"],
                                    "".join(texts))
    table.row("factcheck extract --format json < corpus (process)", f"{whole:.2f} MB/s",
              f"1/{floor / whole:.1f} of floor", "one run")
    quantulum = _quantulum(texts, quantulum_kb)
    if quantulum is None:
        table.row("quantulum3", "not installed", "", "pip install '.[bench]'")
    else:
        table.row(f"quantulum3 on a {quantulum_kb} KB sample of the corpus", f"{quantulum:.3f} MB/s",
                  f"extract = {extract / quantulum:.0f}x", "one run; scaled from the sample")
    return floor


def _quantulum(texts: list[str], sample_kb: int) -> float | None:
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    # quantulum3 reads about 0.03 MB/s: a sample of whole articles, spread over the corpus.
    sample, size = [], 0
    for text in random.Random(6).sample(texts, len(texts)):
        if size >= sample_kb * 1000:
            break
        sample.append(text)
        size += len(text.encode())
    parser.parse(sample[0][:200])  # its first call loads its data: not reading
    start = time.process_time()
    for text in sample:
        parser.parse(text)
    return size / 1e6 / (time.process_time() - start)


# --- check and matching ---------------------------------------------------------------


def _registries(table: Table, scratch: Path) -> dict[str, Path | None]:
    from factcheck.inputs import bundled_registry_path

    registries: dict[str, Path | None] = {"bundled": bundled_registry_path()}
    for count in (1_000, 10_000, 100_000):
        path = scratch / f"claims-{count}.yaml"
        start = time.perf_counter()
        size = write_registry(path, count)
        table.row(f"generate a {count:,}-claim registry ({size / 1e6:.1f} MB of YAML)",
                  f"{time.perf_counter() - start:.1f} s", "", "bench/make_registry.py, one run")
        registries[f"{count:,}"] = path
    return registries


def _check_section(table: Table, texts: list[str], registries: dict[str, Path], floor: float, corpus: Path) -> None:
    from factcheck.check import check_text, read_figures, topic_words
    from factcheck.inputs import read_indexed_registry
    from factcheck.matching import Matcher

    loaded = {}
    for name, path in registries.items():
        start = time.perf_counter()
        registry, index = read_indexed_registry((str(path),))
        cold = time.perf_counter() - start
        warm = _median(lambda: read_indexed_registry((str(path),)), 3)
        loaded[name] = (registry, index)
        table.row(f"load the {name} registry: first run (parse, index, store)", f"{cold:.2f} s",
                  f"{len(registry.claims):,} claims", "one run, C loader")
        table.row(f"load the {name} registry: from the cache", f"{warm:.3f} s", f"1/{cold / warm:.0f} of first",
                  "median of 3")

    size = _mb(texts)
    speeds = {}
    for name in ("bundled", "10,000", "100,000"):
        # Three runs on one matcher. The first also reads from the cache the claims and
        # phrases it meets, as a process checking an archive does once: it has a row too.
        matcher = Matcher.from_index(loaded[name][1])
        runs = [_median(lambda m=matcher: [check_text(t, m) for t in texts], 1) for _ in range(3)]
        speeds[name] = size / statistics.median(runs)
        if name == "bundled":
            ratio = f"1/{floor / speeds[name]:.1f} of floor"
        else:
            ratio = f"{speeds[name] / speeds['bundled']:.2f} of bundled"
        table.row(f"check_text over the corpus, {name} registry", f"{speeds[name]:.2f} MB/s", ratio,
                  "median of 3, one matcher")
        if name != "bundled":
            first = size / runs[0]
            table.row(f"check_text over the corpus, {name} registry, first run", f"{first:.2f} MB/s",
                      f"{first / speeds['bundled']:.2f} of bundled", "the first of those 3")

    # The whole commands over the corpus's files, --jobs 1 and 2 interleaved (a busy neighbour
    # slows both alike), with the CPU seconds of the command and of its worker processes.
    commands = {
        "check CORPUS --format json --jobs 1": ["check", "--format", "json", "--jobs", "1", str(corpus)],
        "check CORPUS --format json --jobs 2": ["check", "--format", "json", "--jobs", "2", str(corpus)],
        "extract CORPUS --format json": ["extract", "--format", "json", str(corpus)],
    }
    timed = {what: [] for what in commands}
    for _ in range(3):
        for what, arguments in commands.items():
            timed[what].append(_process_times([sys.executable, "-m", "factcheck", *arguments]))
    single = None
    for what, runs in timed.items():
        wall, parent, workers = (statistics.median(run[i] for run in runs) for i in range(3))
        single = single or wall
        table.row(f"factcheck {what} (process)", f"{size / wall:.2f} MB/s",
                  f"1/{floor / (size / wall):.1f} of floor; {single / wall:.2f}x --jobs 1",
                  f"median of 3 interleaved; CPU {parent:.2f} s + workers {workers:.2f} s")
    _dask_rows(table, corpus, size)

    # Matching alone, on the same figures, as the registry grows tenfold at a time.
    contexts = []
    for text in texts[::8]:
        contexts += [(f.measure, c.words, c.counted, topic_words(text, f)) for f, c in read_figures(text)]
    costs = {}
    for name in ("bundled", "1,000", "10,000", "100,000"):
        matcher = Matcher.from_index(loaded[name][1])
        seconds = _median(lambda m=matcher: [m.rank(*c, limit=2) for c in contexts], 3)
        costs[name] = seconds / len(contexts) * 1e6
    for name, cost in costs.items():
        growth = "" if name in ("bundled", "1,000") else f"{cost / costs[_previous(name)]:.1f}x for 10x claims"
        table.row(f"matching cost per figure, {name} registry ({len(contexts):,} figures)", f"{cost:.0f} µs",
                  growth, "median of 3")


def _dask_rows(table: Table, corpus: Path, size: float) -> None:
    """Check the corpus with factcheck.distributed on local clusters of 1 and 2 worker processes."""
    try:
        import dask.bag as db
        from dask.distributed import Client, LocalCluster
    except ImportError:
        table.row("factcheck.distributed (dask not installed)", "skipped")
        return
    from factcheck.distributed import check_bag_json

    documents = [(str(path), path.read_text(encoding="utf-8")) for path in sorted(corpus.glob("*.txt"))]
    registry = str(REPO / "claims.yaml")
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          worker_dashboard_address=None) as cluster, Client(cluster) as client:
            bag = db.from_sequence(documents, npartitions=16)
            # Every worker ready and its registry read: one small partition per worker first.
            warm = db.from_sequence(documents[:workers], npartitions=workers)
            client.compute(check_bag_json(warm, [registry])).result()
            start = time.perf_counter()
            client.compute(check_bag_json(bag, [registry])).result()
            seconds = time.perf_counter() - start
        table.row(f"check_bag_json over the corpus, {workers} local worker process(es)", f"{size / seconds:.2f} MB/s",
                  "", "one run, cluster started")


def _previous(name: str) -> str:
    return {"10,000": "1,000", "100,000": "10,000"}[name]


# --- start-up and memory --------------------------------------------------------------


def _startup_section(table: Table, scratch: Path, registries: dict[str, Path]) -> None:
    paragraph = scratch / "paragraph.txt"
    paragraph.write_text(ONE_PARAGRAPH, encoding="utf-8")
    python = [sys.executable]
    runs = {
        "python -c pass": [*python, "-c", "pass"],
        "factcheck --version": [*python, "-m", "factcheck", "--version"],
        "factcheck check one paragraph (text, bundled registry)": [*python, "-m", "factcheck", "check", "--no-color",
                                                                    str(paragraph)],
        "factcheck check one paragraph (100,000-claim registry)": [*python, "-m", "factcheck", "check", "--no-color",
                                                                    "--registry", str(registries["100,000"]),
                                                                    str(paragraph)],
    }
    for command in runs.values():
        _process_seconds(command)  # warm the file cache and factcheck's registry cache
    base = None
    for what, command in runs.items():
        seconds = statistics.median(_process_seconds(command) for _ in range(11))
        base = base or seconds
        table.row(f"start-up: {what}", f"{seconds * 1000:.0f} ms",
                  "1 (reference)" if seconds is base else f"{seconds / base:.1f}x python -c pass",
                  "whole process, median of 11")


def _memory_section(table: Table, scratch: Path, texts: list[str], megabytes: int) -> None:
    big = scratch / "big.txt"
    corpus = "".join(texts)
    with big.open("w", encoding="utf-8") as out:
        written = 0
        while written < megabytes * 1e6:
            out.write(corpus)
            written += len(corpus.encode())
    size = big.stat().st_size
    for output_format in ("json", "text"):
        start = time.perf_counter()
        peak = _peak_rss([sys.executable, "-m", "factcheck", "check", "--format", output_format, str(big)])
        table.row(f"peak memory: factcheck check --format {output_format} on {size / 1e6:.0f} MB",
                  f"{peak / 1e6:.0f} MB", f"{peak / size:.1f}x the input",
                  f"one run, {time.perf_counter() - start:.0f} s, max RSS")
    # The same bytes in many paragraphs, in one paragraph (no blank line to cut at), on one line.
    shapes = {"many paragraphs": "\n\n".join(texts), "one paragraph": "\n".join(t.replace("\n\n", "\n") for t in texts),
              "one line": " ".join(t.replace("\n", " ") for t in texts)}
    for shape, text in shapes.items():
        path = scratch / "shaped.txt"
        with path.open("w", encoding="utf-8") as out:
            written = 0
            while written < megabytes * 1e6:
                out.write(text + " ")
                written += len(text.encode()) + 1
        size = path.stat().st_size
        for command in ("check", "extract"):
            start = time.perf_counter()
            peak = _peak_rss([sys.executable, "-m", "factcheck", command, "--format", "json", str(path)])
            table.row(f"peak memory: factcheck {command} --format json, {size / 1e6:.0f} MB in {shape}",
                      f"{peak / 1e6:.0f} MB", f"{peak / size:.1f}x the input",
                      f"one run, {time.perf_counter() - start:.0f} s, max RSS")


# --- helpers --------------------------------------------------------------------------


def _median(work, runs: int) -> float:
    """Return the median CPU seconds this process spends on ``work``."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return statistics.median(times)


# Runs the command, then prints its wall seconds, its own CPU seconds and its children's.
_TIMED = (
    "import resource, subprocess, sys, time; start = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False); "
    "wall = time.perf_counter() - start; usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(wall, usage.ru_utime + usage.ru_stime)"
)
_WORKERS_CPU = (
    "import atexit, resource, runpy, sys\n"
    "def said():\n"
    "    usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "    print(usage.ru_utime + usage.ru_stime, file=sys.stderr)\n"
    "atexit.register(said)\n"
    "sys.argv = ['factcheck', *sys.argv[1:]]\n"
    "runpy.run_module('factcheck', run_name='__main__')\n"
)


def _process_times(command: list[str]) -> tuple[float, float, float]:
    """Return the command's wall seconds, the CPU seconds of its own process, and of its worker processes."""
    assert command[1:3] == ["-m", "factcheck"]
    inner = [command[0], "-c", _WORKERS_CPU, *command[3:]]
    done = subprocess.run([sys.executable, "-c", _TIMED, *inner], capture_output=True, text=True, env=_env(),
                          check=True)
    wall, total = map(float, done.stdout.split())
    workers = float(done.stderr.strip().splitlines()[-1]) if done.stderr.strip() else 0.0
    return wall, total - workers, workers


def _process_seconds(command: list[str], stdin: str | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, input=stdin.encode() if stdin is not None else None, stdout=subprocess.DEVNULL,
                   stdin=None if stdin is not None else subprocess.DEVNULL, check=False, env=_env())
    return time.perf_counter() - start


# Runs the command and prints its peak resident memory. A child's peak counts the pages
# it shares with its parent until it execs, and this script holds a 100,000-claim
# registry by then: started from this small process instead, the peak is the command's.
_MEASURE_PEAK = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _peak_rss(command: list[str]) -> int:
    """Run a command and return its peak resident memory in bytes."""
    done = subprocess.run([sys.executable, "-c", _MEASURE_PEAK, *command], capture_output=True, text=True,
                          env=_env(), check=True)
    return int(done.stdout.split()[-1]) * (1 if sys.platform == "darwin" else 1024)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def _memory() -> str:
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return "memory unknown"
    return f"{pages / 2**30:.0f} GiB"


if __name__ == "__main__":
    sys.exit(main())
