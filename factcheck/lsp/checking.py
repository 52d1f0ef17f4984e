"""Checking one open document exactly as `factcheck check FILE` would, with the registry read once.

No pygls here: the server hands the text and path, and gets findings, or the problem to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from factcheck.config import DEFAULTS, effective
from factcheck.documents import CheckSettings, UnknownTagError, check_documents, judge_with
from factcheck.inputs import LOCAL_REGISTRY, InputError, bundled_registry_path, find_config, read_indexed_registry
from factcheck.positions import LineIndex
from factcheck.registry import RegistryError
from factcheck.report import Document
from factcheck.suppressions import SuppressionError


@dataclass
class Outcome:
    """What a check of one document gave: findings, or what stopped it."""

    findings: list = field(default_factory=list)
    error: tuple[int, str] | None = None  # a 0-based line of the document and why it was not checked
    registry_problems: list[tuple[str, int, str]] = field(default_factory=list)  # (file, 1-based line, message)


def check_text(path: str, text: str, judges: dict, *, explain: bool = True) -> Outcome:
    """Return the findings of ``text`` (the document at ``path``) as `factcheck check` gives them.

    ``judges`` caches the registry read for each configuration; a broken registry is cached
    too, as its problems, until the caller clears the cache.
    """
    folder = Path(path).parent
    try:
        found = find_config(folder if folder.is_dir() else Path.cwd())
        settings = {key: setting.value for key, setting in effective(found, {}).items()}
    except Exception as error:  # noqa: BLE001 - ConfigError, an unreadable file: shown, not raised
        return Outcome(error=(0, f"configuration: {error}"))
    registries = tuple(settings["registries"])
    if not registries:
        local = (Path(found.root) if found else folder) / LOCAL_REGISTRY
        registries = (str(local),) if local.is_file() else (str(bundled_registry_path()),)
    tags = tuple(tag for tags in settings["tags"] for tag in tags.split(","))
    key = (found.path if found else None, registries, settings["threshold"], tags)
    if key not in judges:
        judges[key] = _judge(registries, settings["threshold"], tags)
    judged = judges[key]
    if isinstance(judged, list):
        return Outcome(error=(0, f"the registry has {len(judged)} problem(s); nothing was checked"),
                       registry_problems=judged)
    judge = judged[0]
    # As `factcheck check` reads the same configuration: the settings that change what is found.
    check = CheckSettings(tolerance=settings["tolerance"], root=found.root if found else ".",
                          config=found.path if found else None, explain=explain, jobs=1,
                          consistency=settings["consistency"])
    try:
        report = check_documents([Document(path, text)], judge, check)
    except SuppressionError as error:
        line = LineIndex(text).locate(min(error.offset, len(text)))[0] - 1 if hasattr(error, "offset") else 0
        return Outcome(error=(max(line, 0), str(error)))
    findings = [finding for _document, results in report.results for finding in results]
    return Outcome(findings=findings)


def _judge(registries: tuple[str, ...], threshold: float, tags: tuple[str, ...] = ()):
    """Return (Judge, real paths of its files), or the registry's problems as (file, line, message)."""
    import os  # noqa: PLC0415

    try:
        registry, index = read_indexed_registry(registries)
    except RegistryError as error:
        return [(problem.path, problem.line, problem.message) for problem in error.problems]
    except InputError as error:
        return [(registries[0], 1, str(error))]
    try:
        judge = judge_with(registry, index, threshold=threshold, tags=tags)
    except UnknownTagError as error:
        return [(registries[0], 1, str(error))]
    return judge, {os.path.realpath(p) for p in registry.paths}


__all__ = ["DEFAULTS", "Outcome", "check_text"]
