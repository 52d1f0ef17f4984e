"""Print the memory of a registry's first load after each stage: read, parsed, indexed, stored.

    python3 bench/registry_stages.py /tmp/reg1m.yaml

Resident set size and its peak so far (MiB), and CPU seconds, after reading the file,
parsing it (factcheck.inputs), dropping its text, building the matching index and
writing the cache entry (to a fresh XDG_CACHE_HOME), in one process: where a first
load's memory goes, which `/usr/bin/time -f %M` gives only as a whole.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time


def main(argv: list[str]) -> int:
    """Load the registry named by the one argument, stage by stage."""
    if len(argv) != 1:
        print("usage: python3 bench/registry_stages.py REGISTRY.yaml", file=sys.stderr)
        return 2
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp()
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from factcheck import cache, inputs  # noqa: PLC0415  (after the cache folder is set)
    from factcheck.matching import index_claims  # noqa: PLC0415

    _show("imported")
    texts = inputs.read_registry_texts((argv[0],), max_bytes=2**31)
    _show("text read")
    registry = inputs._parse_registry_texts(texts)  # noqa: SLF001  (the stage read_indexed_registry runs)
    _show("parsed")
    del texts
    _show("text dropped")
    index = index_claims(registry.claims)
    _show("indexed")
    cache.store_registry(cache.registry_key(registry.files), registry, index)
    _show("stored")
    return 0


def _show(stage: str) -> None:
    with open("/proc/self/statm") as statm:
        resident = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{stage:14s} RSS {resident:6d} MiB   peak {peak:6d} MiB   CPU {time.process_time():6.1f} s", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
