"""Check an archive on a Dask cluster: a bag of (path, text) documents in, their findings out.

Each partition of documents is checked by the library call the command line makes
(factcheck.documents.check_documents: markup skipped, suppression comments applied),
so the findings are those `factcheck check` reports for the same file.

The registry is read once per worker process, not shipped with the tasks: the client
reads it first (so that a registry that does not parse is refused before anything
runs, and so that the cache of the parsed registry is warm for workers on the same
machine), and the tasks carry only the files' absolute paths and SHA-256 digests.
The first task on a worker reads those files (through the registry cache, as the
command line does) and keeps the matcher for the tasks after it; a file whose bytes
differ from what the client read is refused, so every document of one check is
judged against the same registry. Loading from the files rather than scattering the
parsed registry keeps a large registry (a 100,000-claim one is tens of MB) off the
network and works with any Dask scheduler, not only ``dask.distributed``; it needs
the registry files at the same path on every worker, as archives on shared storage
have them.

dask itself is not imported here: the functions take a ``dask.bag.Bag`` and use its
methods, so this module loads without the ``distributed`` extra.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Callable, Iterable

from factcheck.documents import AUTO, CheckSettings, Judge, check_documents, judge_with
from factcheck.kinds import Verdict
from factcheck.markup import SYNTAXES
from factcheck.matching import DEFAULT_THRESHOLD
from factcheck.report import Document, Finding
from factcheck.verdicts import DEFAULT_TOLERANCE

if TYPE_CHECKING:
    from dask.bag import Bag

# Registries a worker keeps parsed: enough for a few checks sharing a cluster at once.
_JUDGES_KEPT = 4

# Per worker process: the judges made (registry and matcher), keyed by registry files and threshold.
_judges: dict[tuple, Judge] = {}
# A worker runs several tasks in threads: the first reads the registry, the others wait for it.
_loading = threading.Lock()

# The registry as the tasks carry it: each file's absolute path and SHA-256.
RegistryFiles = tuple[tuple[str, str], ...]


def check_bag(documents: Bag, registry_paths: Iterable[str] = (), *, threshold: float = DEFAULT_THRESHOLD,
              tolerance: float = DEFAULT_TOLERANCE, syntax: str = AUTO, use_cache: bool = True) -> Bag:
    """Return a bag of (path, findings), one for each (path, text) of ``documents``, in their order.

    ``registry_paths`` are chosen as by ``--registry`` (none: ./claims.yaml, else the
    bundled registry); ``syntax`` "auto" reads each document by its path's extension.
    The findings are those `factcheck check` reports, less those suppressed. Raise
    RegistryError or InputError, before anything is computed, for a registry that
    cannot be used, and ValueError for an unknown syntax. Computing the bag raises
    SuppressionError, naming the document, for a suppression comment that cannot be read.
    """
    return _map_documents(documents, registry_paths, _as_pair, threshold=threshold, tolerance=tolerance,
                          syntax=syntax, use_cache=use_cache)


def check_bag_json(documents: Bag, registry_paths: Iterable[str] = (), *, threshold: float = DEFAULT_THRESHOLD,
                   tolerance: float = DEFAULT_TOLERANCE, syntax: str = AUTO, use_cache: bool = True) -> Bag:
    """Return a bag of every finding in ``documents`` as `factcheck check --format json` lists it, in order.

    Takes the arguments of check_bag. Each finding is the JSON object of docs/spec.md §3, with
    its line and column, built on the worker that holds the document's text.
    """
    return _map_documents(documents, registry_paths, _as_json, threshold=threshold, tolerance=tolerance,
                          syntax=syntax, use_cache=use_cache)


def summarize(findings: Iterable[dict]) -> dict[str, int]:
    """Return how many of ``findings`` (as check_bag_json makes them) have each verdict, as the JSON summary counts.

    Count what a computed or persisted bag holds, so that the summary does not check
    the documents again.

    >>> summarize([{"verdict": "conflict"}, {"verdict": "agree"}, {"verdict": "conflict"}])
    {'agree': 1, 'conflict': 2, 'mixed': 0, 'inconsistent': 0, 'unmatched': 0}
    """
    counts = dict.fromkeys(Verdict, 0)
    for finding in findings:
        counts[Verdict(finding["verdict"])] += 1
    return {str(verdict): count for verdict, count in counts.items()}


def _map_documents(documents: Bag, registry_paths: Iterable[str], shape: Callable, *, threshold: float,
                   tolerance: float, syntax: str, use_cache: bool) -> Bag:
    if syntax != AUTO and syntax not in SYNTAXES:
        raise ValueError(f"syntax must be {AUTO} or one of {', '.join(SYNTAXES)}, not {syntax!r}")
    files = _shared_registry(tuple(registry_paths), use_cache=use_cache)
    return documents.map_partitions(_check_partition, files, shape, threshold=threshold, tolerance=tolerance,
                                    syntax=syntax, use_cache=use_cache)


def _shared_registry(paths: tuple[str, ...], *, use_cache: bool = True) -> RegistryFiles:
    """Return the registry files that ``paths`` name, each as (absolute path, SHA-256), once read and validated.

    Raise RegistryError or InputError as read_indexed_registry does, and ValueError
    for standard input, which workers cannot read.
    """
    from factcheck.inputs import STDIN, read_indexed_registry  # noqa: PLC0415  (lazy: only the client reads it first)

    if STDIN in paths:
        raise ValueError("a registry on standard input cannot be read by the workers; name a file")
    registry, _ = read_indexed_registry(paths, use_cache=use_cache)
    return tuple((os.path.abspath(file.path), file.sha256) for file in registry.files)


def _check_partition(documents: Iterable[tuple[str, str]], files: RegistryFiles, shape: Callable, *,
                     threshold: float, tolerance: float, syntax: str, use_cache: bool) -> list:
    """Return what ``shape`` makes of each document's findings, as a list.

    A list, not a generator: a worker process pickles the partition it sends back, and
    a generator cannot be pickled (the cluster then waits for it forever).
    """
    judge = _judge(files, threshold, use_cache)
    # One process per worker thread already: the partition is checked here, not shared out again.
    settings = CheckSettings(tolerance=tolerance, syntax=syntax, jobs=1)
    report = check_documents([Document(path, text) for path, text in documents], judge, settings)
    return [shaped for document, findings in report.results
            for shaped in shape(document.path, document.text, list(findings))]


def _as_pair(path: str, _text: str, findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    return [(path, findings)]


def _as_json(path: str, text: str, findings: list[Finding]) -> list[dict]:
    from factcheck.reporters.json import finding_objects  # noqa: PLC0415  (lazy: only JSON needs it)

    return list(finding_objects(Document(path, text), findings))


def _judge(files: RegistryFiles, threshold: float, use_cache: bool) -> Judge:
    """Return this process's judge for the registry ``files``, reading them the first time."""
    from factcheck.inputs import InputError, read_indexed_registry  # noqa: PLC0415

    key = (files, threshold)
    with _loading:
        judge = _judges.get(key)
        if judge is None:
            registry, index = read_indexed_registry(tuple(path for path, _ in files), use_cache=use_cache)
            for (path, expected), found in zip(files, registry.files):
                if found.sha256 != expected:
                    raise InputError(f"{path}: changed since the check began (sha256 {found.sha256[:12]}, "
                                     f"not {expected[:12]}); not checked")
            if len(_judges) >= _JUDGES_KEPT:
                del _judges[next(iter(_judges))]  # the oldest
            judge = _judges[key] = judge_with(registry, index, threshold=threshold)
    return judge
