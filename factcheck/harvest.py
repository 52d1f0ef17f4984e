"""Draft registry entries from a trusted source document: one per figure it states.

A figure that matches a claim already in the registry (as check would match it)
becomes a new source of that claim; any other figure becomes a new claim whose
``about`` is drafted from the words around it, for an editor to rewrite.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from factcheck.check import check_text
from factcheck.context import Context
from factcheck.figures import Figure
from factcheck.kinds import Verdict
from factcheck.matching import DEFAULT_THRESHOLD, Matcher, keywords
from factcheck.positions import LineIndex
from factcheck.registry import Claim, Source

# Content words an id is made of: enough to tell claims apart, short enough to type.
ID_WORDS = 4
_SPACES = re.compile(r"\s+")
_SLUG_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Who stated the document's figures, and when: the same for every entry drafted."""

    name: str
    date: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class NewSource:
    """A figure of the document that matches a claim already in the registry."""

    claim: Claim  # the registry's claim
    source: Source  # the source to add to it
    score: float  # how well the figure matched the claim, 0-100
    agreeing: int  # how many of the claim's sources the figure agrees with


@dataclass(frozen=True, slots=True)
class Harvest:
    """The registry entries drafted from one document, in the document's order."""

    new_sources: tuple[NewSource, ...]
    new_claims: tuple[Claim, ...]
    already_recorded: tuple[NewSource, ...]  # figures the registry already has from this source


def harvest(text: str, path: str, info: SourceInfo, registry_claims: Iterable[Claim] = (),
            threshold: float = DEFAULT_THRESHOLD) -> Harvest:
    """Return registry entries for every figure of ``text``, stated by ``info``.

    A figure that matches one of ``registry_claims`` becomes a new source of that claim,
    unless the claim already has a source of that name stating the same figure.
    """
    registry_claims = tuple(registry_claims)
    lines = LineIndex(text)
    taken_ids = {claim.id for claim in registry_claims}
    recorded = {_recorded(claim, source) for claim in registry_claims for source in claim.sources}
    new_sources, new_claims, already = [], [], []
    for finding in check_text(text, Matcher(registry_claims, threshold), consistency=False):
        source = _source(text, lines, finding.figure, finding.context, info)
        if finding.claim is None:
            claim_id = _unique(_draft_id(finding.context), taken_ids)
            taken_ids.add(claim_id)
            about = _draft_about(finding.context, source.quote)
            new_claims.append(Claim(claim_id, about, (), (source,), path, source.line))
            continue
        entry = NewSource(finding.claim, source, finding.candidates[0].score,
                          sum(judged.verdict == Verdict.AGREE for judged in finding.sources))
        key = _recorded(finding.claim, source)
        (already if key in recorded else new_sources).append(entry)
        recorded.add(key)
    return Harvest(tuple(new_sources), tuple(new_claims), tuple(already))


def _draft_about(context: Context, sentence: str) -> str:
    """Return an ``about`` drafted from a figure's clause, "…" where the figure stood."""
    after = " ".join(part for part in (context.counted, context.trail) if part)
    drafted = " ".join(part for part in (context.lead, "…", after) if part)
    return drafted if drafted != "…" else sentence


def _source(text: str, lines: LineIndex, figure: Figure, context: Context, info: SourceInfo) -> Source:
    sentence = _SPACES.sub(" ", text[context.sentence_start:context.sentence_end]).strip()
    note = f"attributed in the text to {context.attribution}" if context.attribution else None
    value = _SPACES.sub(" ", figure.text)
    return Source(info.name, value, figure, info.date, info.url, sentence, note, lines.locate(figure.start)[0])


def _draft_id(context: Context) -> str:
    """Return a slug of the first content words saying what the figure counts, then of its lead."""
    words = []
    for part in (context.counted, context.trail, context.lead):
        ascii_text = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode().lower()
        words.extend(word for word in _SLUG_WORD.findall(ascii_text) if keywords(word) and word not in words)
    return "-".join(words[:ID_WORDS]) or "figure"


def _unique(claim_id: str, taken: set[str]) -> str:
    candidate, number = claim_id, 1
    while candidate in taken:
        number += 1
        candidate = f"{claim_id}-{number}"
    return candidate


def _recorded(claim: Claim, source: Source) -> tuple:
    """Return what makes a source a repeat: the claim, who, and the figure as read,
    so that "from around 1,500 to 15,000" repeats "around 1,500 to 15,000"."""
    figure = source.figure
    return claim.id, source.name.casefold(), figure.measure, figure.low, figure.high, figure.approximate
