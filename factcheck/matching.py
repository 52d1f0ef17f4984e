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

A large registry is not scored claim by claim. Its claims are indexed by measure and
by word (``CandidateIndex``), and a figure is scored in full only against the claims
that share with its clause a distinctive word (one that few phrases hold) or two
words of any kind, three when many phrases hold the two together: a claim that
shares no word with the clause can score no more than the topic weight, and one that
shares a single common word ("year", "people"), or a common pair ("last year"), is
the kind of near miss that blocking gives up. (A pair is a near miss, not a match:
a token-set ratio is perfect whenever one side's words are all in the other, so a
clause of "from last year" would score 88 against every phrase ending so.) Claims
that share only words of the paragraph are ranked by their topic share, found
through the paragraph's distinctive words. In a registry where no word is common
(up to a few thousand claims, like the bundled one) every claim sharing a word is
scored, and the ranking is that of scoring every claim.
"""

from __future__ import annotations

from bisect import insort
from collections import Counter
from dataclasses import dataclass
from itertools import chain, combinations, compress, islice, repeat
from operator import eq, mul, truediv
from typing import Iterable, NamedTuple

from factcheck.defaults import DEFAULT_THRESHOLD  # noqa: F401  (importable from here, as before)
from factcheck.claim_frames import ClaimFrame, claim_frame
from factcheck.frame_fit import contradiction, fit
from factcheck.frames import FigureKeys
from factcheck.index import Bucket, CandidateIndex, index_claims  # noqa: F401  (CandidateIndex: importable from here)
from factcheck.registry import Claim
from factcheck.subjects import registry_names
from factcheck.vocabulary import Vocabulary

# Weights of the clause, counted and topic scores; without counted words the clause
# score takes the counted weight too.
CLAUSE_WEIGHT, COUNTED_WEIGHT, TOPIC_WEIGHT = 0.45, 0.25, 0.30
# Shared words a clause needs with a phrase before its score is trusted in full.
MIN_SHARED_WORDS = 2
# Added to a bound worked out other than as the score is, lest rounding make it the lower.
_MARGIN = 1e-9
# Figures of a paragraph share its words, and with them the phrases' topic shares.
_TOPIC_SHARES_KEPT = 16
# The same pairs of common words come back from figure to figure ("last year"): the
# phrases holding both, the costliest intersection in finding candidates, are kept
# for the pairs most recently met (a thousand sets of up to a few thousand phrases).
_PAIRS_KEPT = 1024
# Counter counts in C, but setting it up costs what counting a few dozen items does in Python.
_COUNTED_IN_C = 24

def keywords(text: str) -> list[str]:
    """Return the content words of ``text`` as the default vocabulary reads them, in order."""
    return Vocabulary.default().keywords(text)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A claim scored against one figure's context."""

    claim: Claim
    score: float
    phrase: str  # the about or alias that scored best
    ruled_out: str | None = None  # why the figure's frame rules the claim out (see factcheck.frames)


class Matcher:
    """Find the claim a figure is about, among the claims of a registry."""

    def __init__(self, claims: Iterable[Claim], threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self.index = index_claims(claims)
        self.vocabulary = Vocabulary.default().extended(self.index.synonyms)
        self._frames: dict[str, ClaimFrame] = {}  # by claim id, read when first needed
        self._topic_shares_kept: dict[tuple, _TopicShares] = {}  # by (measure, paragraph words)
        self._common_postings: dict[tuple, dict[str, frozenset[int]]] = {}  # by measure, then word
        self._pairs_held: dict[tuple, frozenset[int]] = {}  # by (measure, word, word)
        self._known_names: dict[tuple, frozenset[str]] = {}  # by measure

    @classmethod
    def from_index(cls, index: CandidateIndex, threshold: float = DEFAULT_THRESHOLD) -> Matcher:
        """Return a matcher over an index already built (by ``index_claims``, or read from the cache)."""
        matcher = cls((), threshold)
        matcher.index = index
        matcher.vocabulary = Vocabulary.default().extended(index.synonyms)
        return matcher

    def keywords(self, text: str) -> list[str]:
        """Return the content words of ``text`` as this registry's vocabulary reads them."""
        return self.vocabulary.keywords(text)

    def reframe(self, ranked: list[Candidate], figure: FigureKeys) -> list[Candidate]:
        """Return the candidates re-scored by their frames, best first: each moved by how
        well its frame fits the figure's, and those a frame word contradicts last, marked
        with the reason (they can never be matched)."""
        kept, ruled_out = [], []
        for candidate in ranked:
            frame = self.claim_frame(candidate.claim)
            reason = contradiction(figure, frame, self.vocabulary)
            if reason is None:
                fitted = candidate.score + fit(figure, frame)
                # Ordered by the score before it is capped at 100, so that a better fit
                # still tells apart two claims whose words both score 100.
                kept.append((-round(fitted, 1), candidate.claim.id,
                             Candidate(candidate.claim, round(min(100.0, max(0.0, fitted)), 1), candidate.phrase)))
            else:
                ruled_out.append(Candidate(candidate.claim, candidate.score, candidate.phrase, reason))
        kept.sort(key=lambda row: row[:2])
        return [row[2] for row in kept] + ruled_out

    def claim_frame(self, claim: Claim) -> ClaimFrame:
        """Return a claim's frame (read once per claim)."""
        frame = self._frames.get(claim.id)
        if frame is None:
            frame = self._frames[claim.id] = claim_frame(claim, self.vocabulary)
        return frame

    def known_names(self, measure: tuple) -> frozenset[str]:
        """Return the keys of the names the phrases of this measure's claims give (read once
        per measure; see factcheck.subjects)."""
        found = self._known_names.get(measure)
        if found is None:
            bucket = self.index.buckets.get(measure)
            found = self._known_names[measure] = registry_names(bucket.texts if bucket else (), self.vocabulary)
        return found

    def knows(self, measure: tuple) -> bool:
        """Return whether any claim has this measure: a figure of another matches none."""
        return measure in self.index.buckets

    def known_words(self, measure: tuple, words: frozenset[str]) -> frozenset[str]:
        """Return those of ``words`` that a phrase of this measure holds: rank reads a paragraph's
        words only through them, so its ranking is the same with these alone."""
        bucket = self.index.buckets.get(measure)
        return frozenset(words & bucket.postings.keys()) if bucket is not None and words else frozenset()

    def rank(self, measure: tuple, clause: str, counted: str, paragraph_words: frozenset[str],
             limit: int | None = None) -> list[Candidate]:
        """Return the claims of this measure, best match first: the first ``limit``, or all.

        ``clause`` is the words of the figure's clause, ``counted`` those saying what it
        counts, ``paragraph_words`` the keywords of its paragraph. Ties go to the lower
        claim id. Without a limit every claim is scored; with one, only the candidates the
        index finds (see the module's docstring), then claims in order of id to make up
        the number.
        """
        bucket = self.index.buckets.get(measure)
        if bucket is None or limit == 0:
            return []
        scorer = _Scorer(bucket, clause, counted, paragraph_words, self.vocabulary)
        if limit is None:
            return scorer.best(range(len(bucket.claims)), None)
        linking = self._linked(measure, bucket, scorer.clause_words | scorer.counted_words)
        taken = set(map(bucket.claim_of.__getitem__, linking))  # the linked claims, then the topical
        if linking:
            common_words = [word for word in scorer.clause_words if len(bucket.postings.get(word, ())) > bucket.common]
            common_sets = [self._common_set(measure, bucket, word) for word in common_words]
            ranked = scorer.best(taken, limit, linking, common_sets)
        else:
            ranked = []
        if len(ranked) == limit and ranked[-1].score > TOPIC_WEIGHT * 100:
            return ranked  # a claim that shares no word with the clause cannot score this high
        for score, number, phrase in self._topical(measure, bucket, paragraph_words, taken, limit):
            taken.add(number)
            ranked.append(Candidate(bucket.claims[number], score, phrase))
        if len(ranked) < limit:
            others = (number for number in bucket.by_id if number not in taken)
            ranked.extend(scorer.best(islice(others, limit), None))
        ranked.sort(key=_order)
        return ranked[:limit]

    def _linked(self, measure: tuple, bucket: Bucket, words: set[str]) -> set[int]:
        """Return the phrases that hold a distinctive word of ``words``, or two of them
        (three when more than ``bucket.common`` phrases hold the two together).

        Their claims are the candidates.
        """
        linking: set[int] = set()
        common = []
        for word in words:
            phrases = bucket.postings.get(word, ())
            if len(phrases) > bucket.common:
                common.append(word)
            else:
                linking.update(phrases)
        if len(common) > 1:
            # A common word's postings run to thousands: kept as sets, made the first time
            # they are needed, so that the phrases holding two of them cost a few
            # intersections (each as long as the smaller set) rather than a walk of them all.
            # That memory (some 20 MB after a few hundred figures at 100,000 claims, 50 MB
            # over a corpus, as topic shares use them too; at most a set per common word)
            # buys a sixth of the matching time there.
            sets = {word: self._common_set(measure, bucket, word) for word in common}
            # A pair of common words is common in its turn when more phrases than
            # ``bucket.common`` hold both ("last year"): those phrases need a third word.
            crowded = []
            for a, b in combinations(sorted(common), 2):
                both = self._held_by_both(measure, sets, a, b)
                if len(both) > bucket.common:
                    crowded.append((both, {a, b}))
                else:
                    linking.update(both)
            for both, pair in crowded:
                linking.update(*(both & sets[c] for c in common if c not in pair))
        return linking

    def _topical(self, measure: tuple, bucket: Bucket, paragraph_words: frozenset[str], taken: set[int],
                 limit: int) -> list[tuple[float, int, str]]:
        """Return the best ``limit`` claims not in ``taken`` by topic share, as (score, claim, phrase).

        Only claims sharing a distinctive word with the paragraph are considered; the
        topic share is their whole score when they share no word with the clause.
        """
        shares = self._topic_shares(measure, bucket, paragraph_words)
        claim_of, texts = bucket.claim_of, bucket.texts
        # Ranked by the share rounded to a tenth, then claim id: the claims are gathered
        # share by share, best first (a claim's first share is its best, and its phrase
        # the later text among its phrases of that share, as in _Scorer), until the next
        # share rounds below the ``limit``-th claim's.
        chosen: dict[int, tuple[float, str]] = {}
        least = None
        for share in shares.levels:
            if least is not None and round(share, 1) < least:
                break
            for phrase in compress(shares.phrases, map(eq, shares.shares, repeat(share))):
                number = claim_of[phrase]
                if number not in taken:
                    kept = chosen.get(number)
                    if kept is None or (kept[0] == share and texts[phrase] > kept[1]):
                        chosen[number] = (share, texts[phrase])
            if least is None and len(chosen) >= limit:
                least = round(share, 1)
        ids = bucket.ids
        rows = sorted((-round(share, 1), ids[number], number, text) for number, (share, text) in chosen.items())
        return [(-negative_share, number, text) for negative_share, _, number, text in rows[:limit]]

    def _topic_shares(self, measure: tuple, bucket: Bucket, paragraph_words: frozenset[str]) -> _TopicShares:
        """Return the topic shares of the phrases holding a distinctive word of the paragraph."""
        key = (measure, paragraph_words)
        shares = self._topic_shares_kept.get(key)
        if shares is not None:
            return shares
        postings, common = bucket.postings, bucket.common
        # Most of a paragraph's words are in no phrase: set intersection drops them in C.
        shared = paragraph_words & postings.keys()
        held = list(chain.from_iterable(found for found in map(postings.__getitem__, shared) if len(found) <= common))
        if not held:
            return _NO_TOPIC_SHARES
        phrases = set(held)
        # A phrase's paragraph words are counted from the postings, not read from its
        # word set: the phrases holding a common word are found by one intersection
        # (as long as the few phrases), and the counting is done in C.
        for word in shared:
            if len(postings[word]) > common:
                held.extend(phrases & self._common_set(measure, bucket, word))
        found = _count(held)
        listed = list(found)
        topic_full = TOPIC_WEIGHT * 100
        # As topic_full * found / size, worked out in C.
        topic_shares = list(map(truediv, map(mul, repeat(topic_full), found.values()),
                                map(bucket.sizes.__getitem__, listed)))
        shares = _TopicShares(listed, topic_shares, sorted(set(topic_shares), reverse=True))
        if len(self._topic_shares_kept) >= _TOPIC_SHARES_KEPT:
            self._topic_shares_kept.clear()
        self._topic_shares_kept[key] = shares
        return shares

    def _held_by_both(self, measure: tuple, sets: dict[str, frozenset[int]], a: str, b: str) -> frozenset[int]:
        """Return the phrases that hold both common words ``a`` and ``b`` (from their sets in ``sets``)."""
        key = (measure, a, b)
        held = self._pairs_held.pop(key, None)
        if held is None:
            held = sets[a] & sets[b]
            if len(self._pairs_held) >= _PAIRS_KEPT:
                del self._pairs_held[next(iter(self._pairs_held))]
        self._pairs_held[key] = held  # (re)inserted last: the least recently used go first
        return held

    def _common_set(self, measure: tuple, bucket: Bucket, word: str) -> frozenset[int]:
        """Return the phrases holding this common word, as a set (made the first time it is needed)."""
        sets = self._common_postings.setdefault(measure, {})
        found = sets.get(word)
        if found is None:
            found = sets[word] = frozenset(bucket.postings[word])
        return found


class _TopicShares(NamedTuple):
    """The phrases holding a distinctive word of one paragraph, and their topic shares."""

    phrases: list[int]
    shares: list[float]  # by position in ``phrases``
    levels: list[float]  # the distinct shares, highest first


_NO_TOPIC_SHARES = _TopicShares([], [], [])


def _count(items: list[int]) -> dict[int, int]:
    """Return how many times each item comes in ``items``."""
    if len(items) > _COUNTED_IN_C:
        return Counter(items)
    counts: dict[int, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _order(candidate: Candidate) -> tuple[float, str]:
    return -candidate.score, candidate.claim.id


class _Scorer:
    """Score the phrases of one bucket against one figure's context."""

    def __init__(self, bucket: Bucket, clause: str, counted: str, paragraph_words: frozenset[str],
                 vocabulary: Vocabulary) -> None:
        self.bucket = bucket
        self.clause_words = set(vocabulary.keywords(clause))
        self.query = " ".join(sorted(self.clause_words))
        self.counted_words = set(vocabulary.keywords(counted))
        self.paragraph_words = paragraph_words
        self.clause_weight = CLAUSE_WEIGHT if self.counted_words else CLAUSE_WEIGHT + COUNTED_WEIGHT

    def best(self, claims: Iterable[int], limit: int | None, linking: set[int] | None = None,
             common_clause_sets: list[frozenset[int]] = ()) -> list[Candidate]:
        """Return the best ``limit`` of these claims (all when None), best first.

        ``linking``, when given, is the phrases that made the claims candidates (see
        ``Matcher._linked``), and ``common_clause_sets`` the phrases holding each common
        word of the clause: the linking phrases are scored first, and the claims' other
        phrases only if they could still change the result. The fuzzy ratio is the costly
        part and is at most 100, so phrases are scored in order of the bound that gives,
        and scoring stops once no bound can beat the last kept.
        """
        bucket = self.bucket
        best: dict[int, tuple[float, str]] = {}  # claim -> its best (score, phrase) so far
        kept: list[tuple[float, str, int, str]] = []  # (-score, id, claim, phrase): sorts best first
        phrases_of = bucket.phrases_of  # None: claim n's only phrase is phrase n
        # Read once, if at all.
        phrases = iter(claims) if phrases_of is None else chain.from_iterable(map(phrases_of.__getitem__, claims))
        if linking is None:
            self._score(list(phrases), limit, best, kept)
        else:
            self._score(list(linking), limit, best, kept)
            # Any other phrase shares at most one word with the clause (two, or a
            # distinctive one, would have made it linking), so its evidence is at most
            # half, and none without that word. Most often the claims' linking phrases
            # leave such phrases no chance.
            unshared = TOPIC_WEIGHT * 100 + (COUNTED_WEIGHT * 100 if self.counted_words else 0) + _MARGIN
            shared = unshared + self.clause_weight * 100 / MIN_SHARED_WORDS
            if len(kept) < limit or round(unshared, 1) >= -kept[-1][0]:
                self._score([p for p in phrases if p not in linking], limit, best, kept)
            elif round(shared, 1) >= -kept[-1][0]:
                # The words such a phrase shares with the clause are common ones (a phrase
                # holding a distinctive one is linking): those sharing one are found in
                # the common words' sets, without reading their words.
                others = [p for p in phrases if p not in linking]
                sharing = set().union(*(held.intersection(others) for held in common_clause_sets))
                self._score([p for p in others if p in sharing], limit, best, kept)
        if limit is None:
            ids = bucket.ids
            kept = sorted((-round(score, 1), ids[number], number, phrase) for number, (score, phrase) in best.items())
        return [Candidate(bucket.claims[number], -score, phrase) for score, _, number, phrase in kept]

    def _score(self, phrases: list[int], limit: int | None, best: dict[int, tuple[float, str]],
               kept: list[tuple[float, str, int, str]]) -> None:
        """Score these phrases into ``best`` (by claim) and ``kept`` (the first ``limit`` claims)."""
        from rapidfuzz import fuzz  # noqa: PLC0415  (lazy: only checking needs it)

        bucket, clause_weight = self.bucket, self.clause_weight
        clause_words, counted_words, paragraph_words = self.clause_words, self.counted_words, self.paragraph_words
        clause_full, counted_full, topic_full = clause_weight * 100, COUNTED_WEIGHT * 100, TOPIC_WEIGHT * 100
        # A phrase's score is clause_weight * ratio * evidence + counted + topic. The
        # three parts that do not depend on the ratio are worked out for every phrase
        # (thousands when a clause holds two common words), then serve for the bound
        # (the score with a perfect ratio) and for the score. The word counts are taken
        # in one pass: reading a phrase's words is the slow part.
        counts = [(len(clause_words & w), len(counted_words & w), len(w & paragraph_words), len(w))
                  for w in map(bucket.words.__getitem__, phrases)]
        # A single shared word counts half: a token-set ratio is perfect whenever one
        # side's words are all in the other.
        evidences = [min(1.0, shared / MIN_SHARED_WORDS) for shared, _, _, _ in counts]
        if counted_words:
            counteds = [counted_full * held / len(counted_words) for _, held, _, _ in counts]
        else:
            counteds = [0] * len(counts)
        topics = [topic_full * found / size for _, _, found, size in counts]
        bounds = [clause_full * e + c + t for e, c, t in zip(evidences, counteds, topics)]

        ratio, query, joined, texts = fuzz.token_set_ratio, self.query, bucket.joined, bucket.texts
        claim_of, ids = bucket.claim_of, bucket.ids
        # Once ``limit`` claims are kept, a phrase whose score rounds below the last kept
        # can neither bring its claim into them nor change the phrase of a claim kept
        # (whose score is higher); its claim's best matters only when ranking them all.
        least = -kept[-1][0] if limit is not None and len(kept) == limit else None
        for i in sorted(range(len(phrases)), key=bounds.__getitem__, reverse=True):
            if least is not None and round(bounds[i], 1) < least:
                break
            p, evidence = phrases[i], evidences[i]
            # Without a shared word the ratio counts for nothing: no need to compute it.
            ratio_part = clause_weight * ratio(query, joined[p]) * evidence if evidence else 0.0
            score = ratio_part + counteds[i] + topics[i]
            if least is not None and round(score, 1) < least:
                continue  # most phrases scored do not make the first ``limit``
            scored = (score, texts[p])
            number = claim_of[p]
            previous = best.get(number)
            if previous is not None and scored <= previous:
                continue
            best[number] = scored
            if limit is None:
                continue
            if previous is not None:
                old = (-round(previous[0], 1), ids[number], number, previous[1])
                if old in kept:
                    kept.remove(old)
            row = (-round(score, 1), ids[number], number, scored[1])
            if len(kept) < limit:
                insort(kept, row)
            elif row < kept[-1]:
                insort(kept, row)
                del kept[limit:]
            if len(kept) == limit:
                least = -kept[-1][0]
