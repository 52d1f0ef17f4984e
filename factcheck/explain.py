"""Why a finding got its verdict: the words that matched, the scores, the intervals compared.

Nothing here decides anything: it lays out what factcheck.matching scored and what
factcheck.verdicts compared, in words an editor can check.
"""

from __future__ import annotations

from factcheck.matching import keywords
from factcheck.report import Explanation, Finding, PhraseMatch
from factcheck.verdicts import interval


def explain(finding: Finding, paragraph_words: frozenset[str], tolerance: float) -> Explanation:
    """Return the evidence for a finding, given the keywords of its figure's paragraph."""
    clause_words = set(keywords(finding.context.words))
    counted_words = set(keywords(finding.context.counted))
    candidates = []
    for candidate in finding.candidates:
        words = _phrase_words(candidate.phrase)
        candidates.append(PhraseMatch(
            candidate.claim.id,
            candidate.score,
            candidate.phrase,
            tuple(word for word, stem in words if stem in clause_words),
            tuple(word for word, stem in words if stem in counted_words),
            tuple(word for word, stem in words if stem in paragraph_words),
            tuple(word for word, stem in words if stem not in clause_words | paragraph_words),
        ))
    return Explanation(
        finding.context.words,
        tuple(candidates),
        interval(finding.figure, tolerance),
        tuple(interval(judged.source.figure, tolerance) for judged in finding.sources),
    )


def _phrase_words(phrase: str) -> list[tuple[str, str]]:
    """Return each content word of a phrase once, as written, with the stem matching compares."""
    words: dict[str, str] = {}
    for token in phrase.split():
        stems = keywords(token)
        if stems:
            words.setdefault(stems[0], token.strip(".,;:'\"()’"))
    return [(word, stem) for stem, word in words.items()]
