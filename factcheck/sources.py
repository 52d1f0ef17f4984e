"""The registry claim by claim: whether its sources agree, how far apart they are, which is newest.

Sources are compared with each other as two documents are (factcheck.verdicts.either_agrees):
two sources disagree when neither, with its own hedge, covers the other as stated.

>>> from factcheck.registry import parse_registry
>>> [claim] = parse_registry('''
... version: 1
... claims:
...   - id: shells
...     about: munitions North Korea sent to Russia
...     sources:
...       - {name: DIA, value: about 12 million, date: 2025-06}
...       - {name: OSC, value: between 4.2 and 5.8 million, date: 2025-03}
... ''', "claims.yaml")
>>> report = survey(claim)
>>> report.disputed, report.conflicts, report.spread, report.latest
(True, ((0, 1),), (4200000, 12000000), (0,))
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Iterable

from factcheck.dates import is_later
from factcheck.figures import Number
from factcheck.vocabulary import Vocabulary
from factcheck.registry import Claim
from factcheck.verdicts import DEFAULT_TOLERANCE, either_agrees, rounding

# How alike (rapidfuzz ratio, 0-100) a word of a search must be to a word of a claim's
# about or aliases; words are compared by the stems matching uses, so "troop" finds
# "troops" and "artilery" finds "artillery".
SEARCH_WORD_SCORE = 80


@dataclass(frozen=True, slots=True)
class ClaimSurvey:
    """What a claim's sources say, side by side."""

    claim: Claim
    intervals: tuple[tuple[float, float], ...]  # what each source stands for as stated, in source order
    conflicts: tuple[tuple[int, int], ...]  # pairs of sources (by index) that cannot both be true
    spread: tuple[Number, Number]  # the lowest and highest figure any source states
    latest: tuple[int, ...]  # the dated sources (by index) that no other source is newer than

    @property
    def disputed(self) -> bool:
        """Return whether some of the claim's sources disagree with each other."""
        return bool(self.conflicts)


def survey(claim: Claim, tolerance: float = DEFAULT_TOLERANCE) -> ClaimSurvey:
    """Return how a claim's sources compare with each other."""
    sources = claim.sources
    conflicts = tuple(
        (i, j) for (i, first), (j, second) in combinations(enumerate(sources), 2)
        if not either_agrees(first.figure, second.figure, tolerance)
    )
    stated = [bound for s in sources for bound in (s.figure.low, s.figure.high) if bound is not None]
    latest = tuple(
        index for index, source in enumerate(sources)
        if source.date and not any(is_later(other.date, source.date) for other in sources)
    )
    return ClaimSurvey(
        claim,
        tuple(rounding(s.figure) for s in sources),
        conflicts,
        (min(stated), max(stated)),
        latest,
    )


def search_claims(claims: Iterable[Claim], text: str) -> list[tuple[Claim, float]]:
    """Return the claims whose about and aliases hold every word of ``text``, more or less, best first.

    Each word of the search is scored against the closest word of the claim's phrases;
    a claim is found when every word scores at least SEARCH_WORD_SCORE, and ranked by
    the mean of those scores.
    """
    from rapidfuzz import fuzz, process  # noqa: PLC0415  (lazy: only searching needs it)

    # Words as written, stemmed but not joined by synonyms: a search for "Korea" finds
    # "North Korean" and "South Korea" alike.
    keywords = Vocabulary.plain().keywords
    wanted = set(keywords(text))
    if not wanted:
        return []
    found = []
    for claim in claims:
        words = {word for phrase in (claim.about, *claim.aliases) for word in keywords(phrase)}
        if not words:
            continue
        scores = [process.extractOne(word, words, scorer=fuzz.ratio)[1] for word in wanted]
        if min(scores) >= SEARCH_WORD_SCORE:
            found.append((claim, round(sum(scores) / len(scores), 1)))
    found.sort(key=lambda result: -result[1])  # stable: ties keep the registry's order
    return found
