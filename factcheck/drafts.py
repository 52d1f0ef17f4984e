"""Check drafts as a newsroom keeps them: Markdown or HTML, with suppression comments.

The markup is blanked out (factcheck.markup) and the unchanged pipeline runs on what
is left, so offsets still point into the original; each figure's text is then taken
from the original, and the editor's suppression comments are applied.

>>> from factcheck.registry import parse_registry
>>> from factcheck.matching import Matcher
>>> claims = parse_registry('''
... version: 1
... claims:
...   - id: shells
...     about: artillery shells North Korea sent to Russia
...     sources: [{name: Agency, value: about 12 million}]
... ''', "claims.yaml")
>>> draft = "North Korea sent Russia 30 million shells, not `40 million`.\\n"
>>> [(f.figure.text, f.verdict.value) for f in check_draft(draft, Matcher(claims), syntax="markdown").findings]
[('30 million', 'conflict')]
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from dataclasses import dataclass, fields, replace
from operator import attrgetter
from typing import Collection, Iterator, Sequence

from factcheck.check import TOPIC_BLOCK, TOPIC_REACH, check_text, read_figures
from factcheck.context import SENTENCE_REACH, Context
from factcheck.figures import Figure
from factcheck.figures.unreadable import UnreadableNumber, unreadable_numbers
from factcheck.markup import PLAIN, Region, blank, excluded_regions
from factcheck.matching import Matcher
from factcheck.positions import BLANK_LINE, SENTENCE_BREAK, LineIndex
from factcheck.kinds import Verdict
from factcheck.regexes import compiled
from factcheck.report import Document, Finding, FindingStream
from factcheck.suppressions import Suppression, find_suppressions
from factcheck.verdicts import DEFAULT_TOLERANCE


@dataclass(frozen=True, slots=True)
class DraftCheck:
    """What checking one draft found."""

    findings: tuple[Finding, ...]  # to report
    suppressed: tuple[Finding, ...]  # silenced by a suppression comment
    unused_suppressions: tuple[Suppression, ...]  # comments that silenced nothing


def check_draft(text: str, matcher: Matcher, *, syntax: str = PLAIN, tolerance: float = DEFAULT_TOLERANCE,
                explain_verdicts: bool = False, consistency: bool = True) -> DraftCheck:
    """Return the findings of a draft written in ``syntax``, its markup skipped and its suppressions applied.

    With ``explain_verdicts``, each finding carries the words, scores and intervals behind it.
    Raise SuppressionError for a suppression comment that cannot be read.
    """
    regions = excluded_regions(text, syntax)
    findings = [
        _with_original(finding, text)
        for finding in check_text(blank(text, regions), matcher, tolerance=tolerance, explain_verdicts=explain_verdicts,
                                  consistency=consistency)
    ]
    kept, suppressed, unused = apply_suppressions(findings, find_suppressions(text, regions))
    return DraftCheck(tuple(kept), tuple(suppressed), tuple(unused))


def apply_suppressions(
    findings: list[Finding], suppressions: list[Suppression]
) -> tuple[list[Finding], list[Finding], list[Suppression]]:
    """Split findings into those kept and those suppressed; also return the suppressions that silenced nothing."""
    kept, suppressed, used = [], [], set()
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding.figure.start, finding.suppression_key)]
        (suppressed if covering else kept).append(finding)
        used.update(covering)
    return kept, suppressed, [s for s in suppressions if s not in used]


# A document longer than this is checked a stretch at a time (see stream_draft).
STREAM_ABOVE = 1 << 20
# A document holding more digits than this is checked a stretch at a time too, however
# short: each figure's finding is held until the document is done, and 1 MB of
# "138,582, 868,821, ..." (110,000 figures) took 293 MB whole. A megabyte of news prose
# holds some 15,000 digits, the densest article of the BBC corpus 226.
STREAM_DIGITS_ABOVE = 1 << 16
# stream_draft checks a draft this many characters at a time, give or take a paragraph:
# few enough that the findings of a stretch of dense figures (one every 9 characters,
# "1,234, 5,678, ...", some 5 KB a finding) take some 40 MB; 256 KiB took 160 MB, and
# checked prose no faster.
STRETCH_CHARS = 1 << 16
# How far past its size a stretch may run to end at a blank line; a paragraph longer
# than that is cut inside, at a sentence break or failing that at white space.
PARAGRAPH_REACH = 1 << 16
# Where a draft may be cut into stretches: a blank line and the white space after it.
# No sentence (factcheck.context) and no paragraph read for a figure's topic
# (check.topic_words) crosses one, so a figure reads the same in its stretch as in the
# whole draft.
_PARAGRAPH_BREAK = compiled(rf"(?:{BLANK_LINE.pattern})\s*")
_WHITE_SPACE = compiled(r"\s+")
# How far past its end a stretch is read, its figures all ending before: a sentence
# break is told by the characters after it ('." The'), and a change by the word after
# its figure, wherever the line breaks fall.
_LOOKAHEAD = 64
# A stretch cut inside a paragraph is read with margins, its figures all starting
# between them: before, the topic (TOPIC_REACH, in blocks of TOPIC_BLOCK) and the
# sentence piece a figure reads, and the few hundred characters a figure's reading
# looks back; after, a sentence of at most 2 SENTENCE_REACH and a figure in it.
_MARGIN = 4 * SENTENCE_REACH
_INNER_LOOKAHEAD = 2048
assert _MARGIN >= TOPIC_REACH + TOPIC_BLOCK + 2 * SENTENCE_REACH and _INNER_LOOKAHEAD >= 2 * SENTENCE_REACH + 600
# Characters a sentence break's look behind reads ("Mrs. "): a break read this far
# into a stretch is read as in the whole draft.
_BREAK_LOOKBEHIND = 8


def stream_draft(text: str, matcher: Matcher, *, syntax: str = PLAIN, tolerance: float = DEFAULT_TOLERANCE,
                 explain_verdicts: bool = False, stretch_chars: int | None = None,
                 paragraph_reach: int | None = None, consistency: bool = True) -> FindingStream:
    """Return the findings check_draft would keep, made a stretch of paragraphs at a time as they are read.

    Only one stretch (about ``stretch_chars`` characters, STRETCH_CHARS by default, cut
    at blank lines, or inside a paragraph longer than ``paragraph_reach``, PARAGRAPH_REACH
    by default; see stretches) and its findings are held at once: a large draft is never
    copied, nor its findings all kept.
    The stream counts the findings suppression comments silence; which comments silenced
    nothing is not kept. Raise SuppressionError at once for a comment that cannot be read.
    """
    regions = excluded_regions(text, syntax)
    suppressions = find_suppressions(text, regions)
    region_ends = [region.end for region in regions]

    def findings() -> Iterator[Finding]:
        for read_from, start, end, read_to in _windows(text, stretch_chars or STRETCH_CHARS,
                                                       paragraph_reach or PARAGRAPH_REACH):
            masked = blank(text[read_from:read_to], _within(regions, region_ends, read_from, read_to))
            found = []
            last = (None, None)  # the last context placed, and where: a list's numbers share theirs (speed)
            for finding in check_text(masked, matcher, tolerance=tolerance, explain_verdicts=explain_verdicts,
                                      consistency=consistency, origin=read_from):
                if start - read_from <= finding.figure.start < end - read_from:  # in a margin: another stretch's
                    if finding.context is not last[0]:
                        last = (finding.context, _placed_context(finding.context, read_from))
                    found.append(_moved(finding, read_from, text, last[1]))
            kept, silenced, _ = apply_suppressions(found, suppressions)
            stream.suppressed += len(silenced)
            yield from kept

    stream = FindingStream(findings())
    return stream


def stretches(text: str, size: int, reach: int = PARAGRAPH_REACH) -> Iterator[tuple[int, int]]:
    """Yield the [start, end) spans that cut ``text`` into stretches of about ``size`` characters.

    A stretch ends after the first paragraph break at or past ``size`` characters, if
    one comes within ``reach`` characters more; if none does, after the first sentence
    break there, or failing that the first white space, or at ``size + reach``
    characters. No stretch is longer than ``size + reach`` characters and what ends it.

    >>> list(stretches("One.\\n\\nTwo.\\n\\nThree.", 3))
    [(0, 6), (6, 12), (12, 18)]
    >>> list(stretches("One. Two three. Four five six.", 3, reach=12))
    [(0, 5), (5, 16), (16, 30)]
    """
    for start, end, _ in _cuts(text, size, reach):
        yield start, end


def _cuts(text: str, size: int, reach: int) -> Iterator[tuple[int, int, re.Match[str] | None]]:
    """Yield each stretch's start and end and what ends it (see stretches).

    What ends it is a paragraph break or a sentence break, None for white space, the
    end of the text or the longest stretch.
    """
    start = 0
    while start < len(text):
        if len(text) - start <= size:
            yield start, len(text), None
            return
        limit = start + size + reach
        cut = _PARAGRAPH_BREAK.search(text, start + size, limit)
        if cut is not None and cut.end() == limit:  # it may run on past the limit
            cut = _PARAGRAPH_BREAK.match(text, cut.start())
        if cut is None and len(text) > limit:  # a long paragraph, cut inside
            cut = SENTENCE_BREAK.search(text, start + size, limit) or _WHITE_SPACE.search(text, start + size, limit)
            if cut is not None and cut.re is _WHITE_SPACE:
                end = cut.end()
                cut = None
            elif cut is None:
                end = limit
            else:
                end = cut.end()
        else:
            end = cut.end() if cut is not None else len(text)
        yield start, end, cut
        start = end


def _windows(text: str, size: int, reach: int) -> Iterator[tuple[int, int, int, int]]:
    """Yield, for each of the stretches of ``text``, the offsets (read_from, start, end, read_to)
    of the text read to find its figures exactly as the whole draft has them.

    A stretch that starts and ends at blank lines is read alone, and a few characters
    past its end. Cut inside a paragraph, it is read with margins (_MARGIN before,
    _INNER_LOOKAHEAD after), the one before starting where the sentence reader of
    factcheck.context will find the sentences the whole draft has: after the last
    sentence break before the stretch, or a whole number of SENTENCE_REACH past it.
    """
    last_break = (0, 0)  # the (start, end) of the last sentence break before the stretch
    inside = False  # whether the stretch starts inside a paragraph
    for start, end, cut in _cuts(text, size, reach):
        read_from = _read_from(text, start, last_break) if inside else start
        ends_paragraph = end == len(text) or (cut is not None and cut.re is _PARAGRAPH_BREAK)
        yield read_from, start, end, min(len(text), end + (_LOOKAHEAD if ends_paragraph else _INNER_LOOKAHEAD))
        inside = not ends_paragraph
        if ends_paragraph:
            last_break = (end, end)
        elif cut is not None:  # a sentence break
            last_break = cut.span()
        else:  # white space: the last sentence break in the stretch, if any (the search
            # ends a little past it, or a text with none would be searched to its end each time)
            for found in SENTENCE_BREAK.finditer(text, start, min(len(text), end + _LOOKAHEAD)):
                if found.end() > end:
                    break
                last_break = found.span()


def _read_from(text: str, start: int, last_break: tuple[int, int]) -> int:
    """Return where to read a stretch cut inside a paragraph at ``start`` (see _windows)."""
    break_start, sentence_start = last_break
    if sentence_start > start - _MARGIN:  # the break is read in the margin
        return max(0, min(start - _MARGIN, break_start - _BREAK_LOOKBEHIND))
    # No sentence break in the margin: start at a multiple of SENTENCE_REACH into the
    # sentence, as its pieces are read, where the text read does not seem to open with a break.
    pieces = (start - _MARGIN - sentence_start) // SENTENCE_REACH
    while pieces > 0:
        read_from = sentence_start + pieces * SENTENCE_REACH
        seeming = SENTENCE_BREAK.search(text[read_from:read_from + 4 * _BREAK_LOOKBEHIND])
        if seeming is None or seeming.start() >= _BREAK_LOOKBEHIND:
            return read_from
        pieces -= 1
    return sentence_start


def _within(regions: list[Region], region_ends: list[int], start: int, stop: int) -> list[Region]:
    """Return the parts of ``regions`` inside [start, stop), with offsets from ``start``."""
    inside = []
    for index in range(bisect_right(region_ends, start), len(regions)):
        region = regions[index]
        if region.start >= stop:
            break
        inside.append(Region(max(region.start, start) - start, min(region.end, stop) - start, region.kind))
    return inside


def _moved(finding: Finding, by: int, text: str, context: Context | None = None) -> Finding:
    """Return a finding of a stretch starting at offset ``by`` of ``text`` with offsets into the whole text
    (``context``: its context so placed, when already made)."""
    figure = _placed_figure(finding.figure, by)
    context = context or _placed_context(finding.context, by)
    inconsistency = finding.inconsistency.moved(by) if finding.inconsistency is not None else None
    # Speed: made directly rather than by dataclasses.replace (see _placed).
    return Finding(figure=_original(figure, text), context=context, verdict=finding.verdict, claim=finding.claim,
                   sources=finding.sources, candidates=finding.candidates, newer=finding.newer,
                   explanation=finding.explanation, frame=finding.frame, near=finding.near, inconsistency=inconsistency)


class RenderedFindings(FindingStream):
    """One document's findings as a worker process wrote them in an output format, and their counts.

    What the report needs of them is here: the text the format writes for the document
    (see the format's render_document), how many findings have each verdict, and how
    many suppression comments silenced. The findings themselves stayed in the worker.
    """

    def __init__(self, output_format: str, text: str, counts: dict[str, int], suppressed: int) -> None:
        self._findings = None
        self.output_format, self.text, self.counts, self.suppressed = output_format, text, counts, suppressed

    def __iter__(self) -> Iterator[Finding]:
        raise RuntimeError(f"these findings were written as {self.output_format} by a worker; only it can show them")


def check_drafts(drafts: Sequence[tuple[str, str]], matcher: Matcher, *, tolerance: float = DEFAULT_TOLERANCE,
                 explain_verdicts: bool = False, jobs: int | None = None, rendered_as: str | None = None,
                 paths: Sequence[str] = (), consistency: bool = True) -> Iterator[DraftCheck | RenderedFindings]:
    """Yield what check_draft finds in each (text, syntax) draft, in order, checking up to ``jobs`` at once.

    Several drafts are shared out among worker processes (``jobs`` defaults to the CPUs
    this process may use), each with its own copy of the matcher; the results are those
    check_draft gives, in the drafts' order. With ``rendered_as`` (an output format
    with a render_document, see factcheck.reporters.PER_DOCUMENT) and ``paths`` (each
    draft's), a worker sends back RenderedFindings instead: text is far cheaper to send
    than findings, and the writing is shared out too. In one process nothing is
    rendered. A SuppressionError is raised when its draft's turn comes, so the caller
    knows which draft it belongs to.
    """
    jobs = min(jobs or _usable_cpus(), len(drafts))
    if jobs <= 1:
        for text, syntax in drafts:
            yield check_draft(text, matcher, syntax=syntax, tolerance=tolerance, explain_verdicts=explain_verdicts,
                              consistency=consistency)
        return
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415  (lazy: only for many files)

    work = [(path, text, syntax) for path, (text, syntax) in zip(paths, drafts)] if rendered_as else drafts
    settings = (matcher, tolerance, explain_verdicts, rendered_as, consistency)
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=settings) as pool:
        # Sixteen batches per worker: few round trips for many small files, and a worker left
        # with the last long batch while the other waits costs little (jobs 2 over the corpus:
        # 1.65x jobs 1 with four batches per worker, 1.76x with sixteen, medians of 5).
        batch = max(1, len(drafts) // (jobs * 16))
        yield from pool.map(_render_in_worker if rendered_as else _check_in_worker, work, chunksize=batch)


_worker: dict = {}


def _start_worker(matcher: Matcher, tolerance: float, explain_verdicts: bool, rendered_as: str | None,
                  consistency: bool) -> None:
    _worker.update(matcher=matcher, tolerance=tolerance, explain_verdicts=explain_verdicts, consistency=consistency)
    if rendered_as is not None:
        from importlib import import_module  # noqa: PLC0415

        from factcheck.reporters import WRITERS  # noqa: PLC0415

        _worker.update(rendered_as=rendered_as, render=import_module(WRITERS[rendered_as]).render_document)


def _check_in_worker(draft: tuple[str, str]) -> DraftCheck:
    text, syntax = draft
    return check_draft(text, _worker["matcher"], syntax=syntax, tolerance=_worker["tolerance"],
                       explain_verdicts=_worker["explain_verdicts"], consistency=_worker["consistency"])


def _render_in_worker(draft: tuple[str, str, str]) -> RenderedFindings:
    path, text, syntax = draft
    checked = _check_in_worker((text, syntax))
    counts = dict.fromkeys(Verdict, 0)
    for finding in checked.findings:
        counts[finding.verdict] += 1
    text = _worker["render"](Document(path, text), checked.findings)
    return RenderedFindings(_worker["rendered_as"], text, counts, len(checked.suppressed))


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def read_draft_figures(text: str, *, syntax: str = PLAIN) -> list[tuple[Figure, Context]]:
    """Return every figure of a draft written in ``syntax`` with its context, its markup skipped."""
    masked = blank(text, excluded_regions(text, syntax))
    return [(_original(figure, text), context) for figure, context in read_figures(masked)]


def stream_draft_figures(text: str, *, syntax: str = PLAIN, stretch_chars: int | None = None,
                         paragraph_reach: int | None = None) -> Iterator[tuple[Figure, Context]]:
    """Yield what read_draft_figures returns, read a stretch at a time (as stream_draft reads).

    Only one stretch's figures are held at once, and the text is never copied whole.
    """
    regions = excluded_regions(text, syntax)
    region_ends = [region.end for region in regions]
    for read_from, start, end, read_to in _windows(text, stretch_chars or STRETCH_CHARS,
                                                   paragraph_reach or PARAGRAPH_REACH):
        masked = blank(text[read_from:read_to], _within(regions, region_ends, read_from, read_to))
        last = (None, None)  # the last context placed, and where: a list's numbers share theirs (speed)
        for figure, context in read_figures(masked):
            if start - read_from <= figure.start < end - read_from:  # a figure in a margin is another stretch's
                if read_from:
                    if context is not last[0]:
                        last = (context, _placed_context(context, read_from))
                    figure, context = _placed_figure(figure, read_from), last[1]
                yield _original(figure, text), context


def draft_unreadable_numbers(text: str, *, syntax: str = PLAIN,
                             stretch_chars: int = STRETCH_CHARS) -> Iterator[UnreadableNumber]:
    """Yield the numbers of a draft that the extractor leaves out rather than read a part of
    (see factcheck.figures.unreadable), its markup skipped, in order, a stretch at a time."""
    if not unreadable_numbers(text):
        return  # the usual case, told without reading the markup
    regions = excluded_regions(text, syntax)
    region_ends = [region.end for region in regions]
    for start, end in stretches(text, stretch_chars):
        for number in unreadable_numbers(blank(text[start:end], _within(regions, region_ends, start, end))):
            yield replace(number, start=number.start + start, end=number.end + start,
                          text=text[number.start + start:number.end + start])


def on_lines(findings: Collection[Finding], text: str, lines: Collection[int]) -> list[Finding]:
    """Return the findings whose figure touches one of ``lines`` (1-based) of ``text``."""
    index = LineIndex(text)
    kept = []
    for finding in findings:
        first, _ = index.locate(finding.figure.start)
        last, _ = index.locate(max(finding.figure.start, finding.figure.end - 1))
        if any(line in lines for line in range(first, last + 1)):
            kept.append(finding)
    return kept


def _placed_figure(figure: Figure, offset: int) -> Figure:
    """Return a figure read in a stretch placed ``offset`` further on.

    Speed: made directly rather than by dataclasses.replace, which took a tenth of
    `extract` on a text that is all figures ("138,582, 868,821, ...").
    """
    return Figure(figure.start + offset, figure.end + offset, *_FIGURE_AFTER_SPAN(figure))


def _placed_context(context: Context, offset: int) -> Context:
    """Return the context of a figure read in a stretch placed ``offset`` further on."""
    return Context(context.counted, context.attribution, context.lead, context.trail, context.sentence_start + offset,
                   context.sentence_end + offset, context.scope, context.change, context.elided)


# A figure's fields after its start and end, which come first.
_FIGURE_AFTER_SPAN = attrgetter(*tuple(field.name for field in fields(Figure))[2:])


def _with_original(finding: Finding, text: str) -> Finding:
    """Return the finding with its figure's text as the original has it (see _original)."""
    figure = _original(finding.figure, text)
    # (Most figures hold no markup: their finding is kept, not copied field by field. Speed.)
    return finding if figure is finding.figure else replace(finding, figure=figure)


def _original(figure: Figure, text: str) -> Figure:
    """Return the figure with its text as the original has it (markup inside it was blanked)."""
    original = text[figure.start:figure.end]
    return figure if original == figure.text else replace(figure, text=original)
