"""Compare documents with each other: pair the figures that state the same quantity.

No registry is involved: each document's figures stand in for the other's registry.
A figure is scored against every figure of the same measure in the other document
by factcheck.matching, with the other figure's clause and sentence as the phrases,
both ways round; the two scores are averaged. Figures whose frames say they count
different things (factcheck.frame_fit.figures_differ: other counted nouns, stages,
owners, regions or periods, or a change beside a level) are never paired. Pairs are then taken best first, each
figure in at most one pair, and judged by the interval rule of factcheck.verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from factcheck.check import read_figures, topic_words
from factcheck.context import Context
from factcheck.defaults import COMPARE_THRESHOLD
from factcheck.figures import Figure
from factcheck.frame_fit import figures_differ
from factcheck.frames import FigureKeys, figure_keys, read_frame
from factcheck.kinds import Verdict
from factcheck.matching import Matcher
from factcheck.registry import Claim, Source
from factcheck.report import Document
from factcheck.verdicts import AGREE, CONFLICT, DEFAULT_TOLERANCE, either_agrees
from factcheck.vocabulary import Vocabulary



@dataclass(frozen=True, slots=True)
class Quoted:
    """A figure of one document, with the words it is read in."""

    figure: Figure
    context: Context
    paragraph_words: frozenset[str]
    sentence: str
    keys: FigureKeys | None = None  # its frame, as compare_documents reads it


@dataclass(frozen=True, slots=True)
class Pair:
    """Two figures, one from each document, that state the same quantity."""

    first: Quoted
    second: Quoted
    score: float  # the mean of the two match scores, 0-100
    verdict: Verdict  # AGREE or CONFLICT


@dataclass(frozen=True, slots=True)
class Comparison:
    """The pairs found between two documents."""

    first: Document
    second: Document
    pairs: tuple[Pair, ...]
    figures: tuple[int, int]  # how many figures each document states


def compare_documents(
    documents: list[Document], *, threshold: float = COMPARE_THRESHOLD, tolerance: float = DEFAULT_TOLERANCE
) -> list[Comparison]:
    """Return the comparison of every two documents, in the order given."""
    quoted = [quote_figures(document.text) for document in documents]
    return [
        Comparison(documents[i], documents[j], pair_figures(quoted[i], quoted[j], threshold, tolerance),
                   (len(quoted[i]), len(quoted[j])))
        for i, j in combinations(range(len(documents)), 2)
    ]


def quote_figures(text: str) -> list[Quoted]:
    """Return every figure of a text with its clause, paragraph words, sentence and frame."""
    vocabulary = Vocabulary.default()
    quoted = []
    for figure, context in read_figures(text):
        paragraph, sentence = topic_words(text, figure), text[context.sentence_start:context.sentence_end]
        frame = read_frame(text, figure, context, vocabulary)
        quoted.append(Quoted(figure, context, paragraph, sentence,
                             figure_keys(frame, context, vocabulary, paragraph, sentence)))
    return quoted


def pair_figures(first: list[Quoted], second: list[Quoted], threshold: float, tolerance: float) -> tuple[Pair, ...]:
    """Return the pairs between two documents' figures, in the first document's order."""
    there, back = _scores(first, second), _scores(second, first)
    scored = sorted(
        ((round((score + back[j, i]) / 2, 1), i, j) for (i, j), score in there.items()),
        key=lambda entry: (-entry[0], entry[1], entry[2]),  # ties: in the order the documents give them
    )
    taken_first, taken_second, pairs = set(), set(), []
    for score, i, j in scored:
        if score < threshold:
            break
        if i in taken_first or j in taken_second:
            continue
        taken_first.add(i)
        taken_second.add(j)
        verdict = AGREE if either_agrees(first[i].figure, second[j].figure, tolerance) else CONFLICT
        pairs.append(Pair(first[i], second[j], score, verdict))
    return tuple(sorted(pairs, key=lambda pair: pair.first.figure.start))


def _scores(figures: list[Quoted], others: list[Quoted]) -> dict[tuple[int, int], float]:
    """Score each figure against every figure of the same measure in the other document."""
    matcher = Matcher(_as_claim(index, quoted) for index, quoted in enumerate(others))
    vocabulary = Vocabulary.default()
    return {
        (i, int(candidate.claim.id)): candidate.score
        for i, quoted in enumerate(figures)
        for candidate in matcher.rank(quoted.figure.measure, quoted.context.words, quoted.context.counted,
                                      quoted.paragraph_words)
        # Two figures whose frames say they count different things are never a pair.
        if not (quoted.keys and others[int(candidate.claim.id)].keys
                and figures_differ(quoted.keys, others[int(candidate.claim.id)].keys, vocabulary))
    }


def _as_claim(index: int, quoted: Quoted) -> Claim:
    """Return a figure dressed as a claim for the matcher: its clause and its sentence as phrases."""
    source = Source("", quoted.figure.text, quoted.figure, None, None, quoted.sentence, None, 0)
    phrases = (quoted.context.words, quoted.sentence) if quoted.context.words else (quoted.sentence,)
    return Claim(str(index), phrases[0], phrases[1:], (source,), "", 0)
