"""A baseline: the findings an archive already has, so that only new ones fail a check.

A finding is recognised by its file, its claim, its verdict, the figure's text and
the words either side of it in its sentence, never by its line: it stays recognised
when text is added or removed elsewhere in the file, and a figure quoted twice is
counted twice.

>>> entry = BaselineEntry("a.md", "shells", "conflict", "30 million", "north korea sent russia", "shells")
>>> parse_baseline(format_baseline([entry]), "baseline.json")[entry]
1
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, fields
from pathlib import PurePath
from typing import Iterable

from factcheck.regexes import compiled
from factcheck.report import Finding
from factcheck.verdicts import AGREE

BASELINE_VERSION = 1
# How many words either side of a figure, within its sentence, identify it.
CONTEXT_WORDS = 4
_WORD = compiled(r"[^\W_]+(?:['’.,-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """What identifies one known finding."""

    path: str
    claim_id: str | None
    verdict: str
    text: str
    before: str  # the last words before the figure, lower-cased
    after: str  # the first words after it


class BaselineError(ValueError):
    """A baseline file that cannot be read; the message names the file."""


def entry_for(path: str, text: str, finding: Finding) -> BaselineEntry:
    """Return what identifies ``finding`` of the document ``path`` whose text is ``text``."""
    figure, sentence = finding.figure, finding.context
    before = _WORD.findall(text[sentence.sentence_start:figure.start])[-CONTEXT_WORDS:]
    after = _WORD.findall(text[figure.end:sentence.sentence_end])[:CONTEXT_WORDS]
    return BaselineEntry(
        _normal_path(path),
        finding.claim.id if finding.claim else None,
        finding.verdict,
        " ".join(figure.text.split()),
        " ".join(before).lower(),
        " ".join(after).lower(),
    )


def format_baseline(entries: Iterable[BaselineEntry]) -> str:
    """Return the baseline file recording ``entries`` (agreeing findings are left out: they never fail)."""
    recorded = sorted((e for e in entries if e.verdict != AGREE), key=_order)
    return json.dumps({"version": BASELINE_VERSION, "findings": [asdict(e) for e in recorded]}, ensure_ascii=False, indent=2) + "\n"


def parse_baseline(content: str, path: str) -> Counter[BaselineEntry]:
    """Return how many times each finding is recorded in a baseline file; raise BaselineError when unreadable."""
    try:
        payload = json.loads(content)
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path}:{error.lineno}: not a baseline: {error.msg}") from None
    except RecursionError:
        raise BaselineError(f"{path}: not a baseline: nested too deeply") from None
    if not isinstance(payload, dict) or payload.get("version") != BASELINE_VERSION or not isinstance(payload.get("findings"), list):
        raise BaselineError(f"{path}: not a baseline: expected {{\"version\": {BASELINE_VERSION}, \"findings\": [...]}}")
    names = [f.name for f in fields(BaselineEntry)]
    known: Counter[BaselineEntry] = Counter()
    for number, item in enumerate(payload["findings"], 1):
        if not isinstance(item, dict) or sorted(item) != sorted(names):
            raise BaselineError(f"{path}: finding {number} of the baseline should have exactly the keys {', '.join(names)}")
        for name in names:
            if not isinstance(item[name], str) and not (name == "claim_id" and item[name] is None):
                kind = "a string or null" if name == "claim_id" else "a string"
                raise BaselineError(f"{path}: finding {number} of the baseline: {name} should be {kind}, "
                                    f"not {type(item[name]).__name__}")
        known[BaselineEntry(**item)] += 1
    return known


def split_known(entries: Iterable[tuple[Finding, BaselineEntry]], known: Counter[BaselineEntry]) -> tuple[list[Finding], list[Finding]]:
    """Split findings into new ones and those the baseline already records (each record used once)."""
    remaining = Counter(known)
    new, baselined = [], []
    for finding, entry in entries:
        if finding.verdict != AGREE and remaining[entry] > 0:
            remaining[entry] -= 1
            baselined.append(finding)
        else:
            new.append(finding)
    return new, baselined


def _order(entry: BaselineEntry) -> tuple:
    """Sort key: by file, then figures no claim matched (claim_id None) before matched ones."""
    return (entry.path, entry.claim_id is not None, entry.claim_id or "", entry.verdict, entry.text,
            entry.before, entry.after)


def _normal_path(path: str) -> str:
    return PurePath(path).as_posix() if path != "-" else path
