"""Match a figure to the registry claim its context is about.

Only claims that measure the same kind of quantity (kind, currency, period, unit)
are candidates, and the figure's value plays no part: a wrong number about the right
subject must still find its claim, so that it can conflict with it.

A claim's phrase (its ``about`` or an alias) is scored three ways, and the scores blended:
- *clause*: rapidfuzz's token-set ratio between the phrase and the words of the
  figure's own clause ("about 12 million munitions since the war began");
- *counted*: the share of the words saying what the figure counts ("munitions",
  "soldiers") that the phrase contains, so that soldiers never match munitions on the
  strength of the words around them;
- *topic*: the share of the phrase's words found anywhere in the figure's paragraph,
  which carries what the clause leaves implied ("North Korea", "Russia").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from factcheck.registry import Claim

DEFAULT_THRESHOLD = 60.0
# Weights of the clause, counted and topic scores; without counted words the clause
# score takes the counted weight too.
CLAUSE_WEIGHT, COUNTED_WEIGHT, TOPIC_WEIGHT = 0.45, 0.25, 0.30
# Shared words a clause needs with a phrase before its score is trusted in full.
MIN_SHARED_WORDS = 2
# Words are compared by their first letters, a crude stemmer that makes "Korean" meet
# "Korea" and "soldiers" meet "soldier" without a language model.
STEM_LENGTH = 5

_WORD = re.compile(r"[^\W_]+")
_STOPWORDS = frozenset(
    """a an the of in on at by to for from with into onto over under as and or but nor
    its it is are was were be been being has have had that this these those which who whom
    their there than then so such per each every any all some about around since also has
    he she they we you i our your his her them him us do does did not no""".split()
)


def keywords(text: str) -> list[str]:
    """Return the stemmed content words of ``text``, in order."""
    return [w[:STEM_LENGTH] for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOPWORDS]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A claim scored against one figure's context."""

    claim: Claim
    score: float
    phrase: str  # the about or alias that scored best


@dataclass(frozen=True, slots=True)
class _Phrase:
    text: str
    joined: str
    words: frozenset[str]


class Matcher:
    """Find the claim a figure is about, among the claims of a registry."""

    def __init__(self, claims: Iterable[Claim], threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._by_measure: dict[tuple, list[tuple[Claim, list[_Phrase]]]] = {}
        for claim in claims:
            phrases = [_phrase(text) for text in (claim.about, *claim.aliases)]
            self._by_measure.setdefault(claim.measure, []).append((claim, phrases))

    def rank(self, measure: tuple, clause: str, counted: str, paragraph_words: frozenset[str]) -> list[Candidate]:
        """Return every claim of this measure, best match first.

        ``clause`` is the words of the figure's clause, ``counted`` those saying what it
        counts, ``paragraph_words`` the keywords of its paragraph.
        """
        from rapidfuzz import fuzz  # noqa: PLC0415  (lazy: only checking needs it)

        clause_words = set(keywords(clause))
        query = " ".join(sorted(clause_words))
        counted_words = set(keywords(counted))
        clause_weight = CLAUSE_WEIGHT if counted_words else CLAUSE_WEIGHT + COUNTED_WEIGHT
        ranked = []
        for claim, phrases in self._by_measure.get(measure, ()):
            best = max(
                (
                    clause_weight * fuzz.token_set_ratio(query, phrase.joined) * _evidence(clause_words, phrase.words)
                    + (COUNTED_WEIGHT * 100 * len(counted_words & phrase.words) / len(counted_words) if counted_words else 0)
                    + TOPIC_WEIGHT * 100 * len(phrase.words & paragraph_words) / len(phrase.words),
                    phrase.text,
                )
                for phrase in phrases
            )
            ranked.append(Candidate(claim, round(best[0], 1), best[1]))
        ranked.sort(key=lambda c: (-c.score, c.claim.id))
        return ranked


def _evidence(clause_words: set[str], phrase_words: frozenset[str]) -> float:
    """Return how far to trust a clause score: a token-set ratio is perfect whenever
    one side's words are all in the other, so a single shared word counts half."""
    return min(1.0, len(clause_words & phrase_words) / MIN_SHARED_WORDS)


def _phrase(text: str) -> _Phrase:
    words = keywords(text) or [text.lower()]
    return _Phrase(text, " ".join(sorted(set(words))), frozenset(words))
