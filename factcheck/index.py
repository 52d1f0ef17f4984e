"""The candidate index: a registry's claims grouped by measure, and each group's phrases by word.

Built once per registry (and cached with it by ``factcheck.cache``); ``factcheck.matching``
reads it to find the claims a figure's words can link to.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

from factcheck.registry import Claim
from factcheck.vocabulary import Vocabulary, name_variants

# A word held by more phrases of one measure than this is common: it is not enough on
# its own to make a claim a candidate. The limit grows with the square root of the
# number of phrases, so that the candidates of a figure grow as slowly.
MIN_COMMON_WORD_PHRASES = 100
COMMON_WORD_SHARE_OF_ROOT = 1


@dataclass(frozen=True, slots=True)
class Bucket:
    """The claims of one measure, their phrases, and which phrases hold each word."""

    claims: tuple[Claim, ...]
    # By claim: its phrases' numbers; None when each claim has one phrase, numbered as the
    # claim is (no claim of the measure has aliases): a million one-phrase tuples took 48 MB.
    phrases_of: tuple[tuple[int, ...], ...] | None
    claim_of: tuple[int, ...]  # by phrase: its claim's number
    texts: tuple[str, ...]
    joined: tuple[str, ...]  # a phrase's words sorted and joined, as token_set_ratio reads them
    words: WordSets  # by phrase: its words (made when first read)
    sizes: tuple[int, ...]  # by phrase: how many words it holds
    postings: dict[str, tuple[int, ...]]  # word -> the phrases that hold it
    ids: tuple[str, ...]  # by claim: its id, read without the claim (cached claims load when used)
    by_id: tuple[int, ...]  # claim numbers in order of claim id
    common: int  # a word held by more phrases than this is common


@dataclass(frozen=True, slots=True)
class CandidateIndex:
    """The claims of a registry grouped by measure, and each group indexed by word.

    Built once per registry (and cached with it by ``factcheck.cache``).
    """

    buckets: dict[tuple, Bucket]
    synonyms: tuple[tuple[str, ...], ...] = ()  # the registry's own synonym groups


class WordSets(dict):
    """Each phrase's set of words by its number, made from its joined words when first read.

    A frozenset of a phrase's few words takes some 600 bytes: made for every phrase of a
    million-claim registry at once, they took more memory than the claims themselves,
    while matching reads only those of the phrases that share words with a figure.
    A dict, so that a set already made is read at C speed (``__missing__`` only runs for
    the others): matching reads thousands a figure. ``odd`` holds the word sets that
    their joined words would not give back (a word with a space in it).
    """

    def __init__(self, joined: tuple[str, ...], odd: dict[int, frozenset[str]], vocabulary: Iterable[str]) -> None:
        super().__init__(odd)
        self.odd = odd
        self._joined = joined
        # The index's own word strings, shared by all phrases.
        self._vocabulary = {word: word for word in vocabulary}

    def __missing__(self, phrase: int) -> frozenset[str]:
        words = self[phrase] = frozenset(map(self._vocabulary.__getitem__, self._joined[phrase].split(" ")))
        return words


def index_claims(claims: Iterable[Claim]) -> CandidateIndex:
    """Return the candidate index of ``claims``, their words read with their registry's synonyms."""
    claims = list(claims)
    synonyms = registry_synonyms(claims)
    vocabulary = Vocabulary.default().extended(synonyms)
    grouped: dict[tuple, list[Claim]] = {}
    for claim in claims:
        grouped.setdefault(claim.measure, []).append(claim)
    return CandidateIndex({measure: _bucket(group, vocabulary) for measure, group in grouped.items()}, synonyms)


def registry_synonyms(claims: Iterable[Claim]) -> tuple[tuple[str, ...], ...]:
    """Return the synonym groups of the registry files the claims come from, each once, and
    the names the claims spell in full and in short ("Yuganskneftegas", "Yugansk": name_variants)."""
    claims = list(claims)
    return tuple(dict.fromkeys([*(group for claim in claims for group in claim.synonyms),
                                *name_variants(phrase for claim in claims for phrase in (claim.about, *claim.aliases))]))


def _bucket(claims: list[Claim], vocabulary: Vocabulary) -> Bucket:
    phrases_of, claim_of, texts, joined, sizes = [], [], [], [], []
    odd: dict[int, frozenset[str]] = {}
    postings: dict[str, list[int]] = {}
    # One string object a word, shared by every phrase that holds it: comparing a
    # figure's words with thousands of phrases then reads a few strings, not a copy a
    # phrase (a few percent faster at 100,000 claims, and a smaller index).
    shared: dict[str, str] = {}
    numbers = list(range(len(claims)))  # one int object a claim, for claim_of and by_id alike
    for number, claim in zip(numbers, claims):
        own = []
        for text in (claim.about, *claim.aliases):
            phrase = len(texts)
            # The same int object as the claim number of that value: most phrases are a claim's only one.
            phrase = numbers[phrase] if phrase < len(numbers) else phrase
            unique = frozenset(shared.setdefault(word, word) for word in vocabulary.keywords(text) or [text.lower()])
            own.append(phrase)
            claim_of.append(number)
            texts.append(text)
            joined.append(" ".join(sorted(unique)))
            sizes.append(len(unique))
            if any(" " in word or not word for word in unique):
                odd[phrase] = unique
            for word in unique:
                postings.setdefault(word, []).append(phrase)
        phrases_of.append(tuple(own))
    common = max(MIN_COMMON_WORD_PHRASES, int(COMMON_WORD_SHARE_OF_ROOT * math.sqrt(len(texts))))
    joined = tuple(joined)
    words = WordSets(joined, odd, postings)
    phrases_of = tuple(phrases_of) if len(texts) > len(claims) else None  # else claim n's only phrase is n
    for word, found in postings.items():
        postings[word] = tuple(found)  # each list freed as it goes: lists and tuples of all never held at once
    return Bucket(
        tuple(claims), phrases_of, tuple(claim_of), tuple(texts), joined, words,
        tuple(sizes), postings,
        tuple(claim.id for claim in claims), tuple(sorted(numbers, key=lambda n: claims[n].id)), common,
    )
