"""Checking a set of documents as `factcheck check` does: one call from paths to a Report.

check_documents selects the drafts that paths name (folders searched with include and
exclude globs), reads each (a file that cannot be read is reported as skipped, the rest
still checked), checks them (several at once with ``jobs``; a large one a stretch at a
time when the reporter can read it so), keeps only changed lines (``changed_since``),
applies suppression comments and the baseline. What the user must fix is raised, naming
its file and, where there is one, its line: InputError (a path, a file, git, a
baseline), SuppressionError (a suppression comment), UnknownTagError (--tags).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

from factcheck.defaults import DEFAULT_INCLUDE
from factcheck.drafts import STREAM_ABOVE, STREAM_DIGITS_ABOVE, RenderedFindings, check_drafts, on_lines, stream_draft
from factcheck.inputs import STDIN, InputError, changed_lines, find_documents, read_baseline, read_document
from factcheck.kinds import Verdict
from factcheck.markup import syntax_for
from factcheck.matching import DEFAULT_THRESHOLD, CandidateIndex, Matcher
from factcheck.positions import LineIndex
from factcheck.registry import Registry, tagged
from factcheck.report import Document, Report
from factcheck.suppressions import SuppressionError
from factcheck.verdicts import DEFAULT_TOLERANCE

#: Read each document by its path's extension (standard input as plain text).
AUTO = "auto"


@dataclass(frozen=True, slots=True)
class CheckSettings:
    """How documents are checked: everything but which documents and which claims."""

    tolerance: float = DEFAULT_TOLERANCE
    syntax: str = AUTO  # or one of factcheck.markup.SYNTAXES for every document
    include: tuple[str, ...] = DEFAULT_INCLUDE  # the files of a folder that are drafts
    exclude: tuple[str, ...] = ()  # files and folders left out, even when named (unless not force_exclude)
    force_exclude: bool = True  # False: a file named is checked even when an exclude glob matches it
    root: str = "."  # where globs with a "/" start from
    changed_since: str | None = None  # a git revision: only the lines changed since are checked
    explain: bool = False  # each finding carries the evidence for its verdict
    consistency: bool = True  # report figures of a text that contradict each other (factcheck.consistency)
    jobs: int | None = None  # documents checked at once (None: one per usable CPU)
    # The reporter reads findings as they are made: a large document is then checked while
    # it is written out (unless a baseline, changed lines or unused suppressions need all first).
    stream: bool = False
    # The format the report is written in: worker processes (jobs) write each document's
    # findings in it when the format can (factcheck.reporters.PER_DOCUMENT) and nothing
    # needs the findings themselves (as for ``stream``).
    output_format: str | None = None
    report_unused_suppressions: bool = False
    baseline: str | None = None  # a baseline file: the findings it records are left out
    write_baseline: str | None = None  # record every finding in this file (and leave them all out)
    config: str | None = None  # the configuration file read, which write_baseline must not overwrite
    # Called after each document is checked with it, its findings (a list; None when streamed) and the total.
    progress: Callable[[Document, list | None, int], None] | None = None


@dataclass(frozen=True)
class Judge:
    """What documents are checked against: the registry read, and a matcher over the claims in use."""

    registry: Registry
    matcher: Matcher
    claims_left_out: int = 0  # claims of the registry the matcher leaves out (--tags)


class UnknownTagError(ValueError):
    """A tag no claim of the registry carries."""


def judge_with(registry: Registry, index: CandidateIndex | None = None, *, threshold: float = DEFAULT_THRESHOLD,
               tags: Sequence[str] = ()) -> Judge:
    """Return the judge of ``registry``'s claims, only those carrying one of ``tags`` when any is given.

    ``index`` is the registry's matching index when it was read with it (from the cache);
    a selection of claims needs an index of its own. Raise UnknownTagError for a tag no
    claim carries.
    """
    wanted = {tag.strip() for tag in tags if tag.strip()}
    if not wanted:
        matcher = Matcher(registry.claims, threshold) if index is None else Matcher.from_index(index, threshold)
        return Judge(registry, matcher)
    known = {tag for claim in registry.claims for tag in claim.tags}
    unknown = sorted(wanted - known)
    if unknown:
        raise UnknownTagError(f"no claim in the registry has the tag {', '.join(map(repr, unknown))} "
                              f"(tags used: {', '.join(sorted(known)) or 'none'})")
    claims = tagged(registry.claims, wanted)
    return Judge(registry, Matcher(claims, threshold), len(registry.claims) - len(claims))


def check_documents(sources: Sequence[str] | Sequence[Document] | None, judge: Judge,
                    settings: CheckSettings = CheckSettings()) -> Report:
    """Return the report of checking the documents ``sources`` names against the judge's claims.

    ``sources`` are paths (files, folders, "-" for standard input), or documents already
    read; None is the command line without a path: standard input, or with
    ``changed_since`` the current folder. Raise InputError, SuppressionError (naming the
    document, line and column) or, when ``settings.write_baseline`` cannot be written,
    InputError; a file that cannot be read is not raised but listed in Report.skipped.
    """
    if sources is not None and all(isinstance(source, Document) for source in sources):
        documents, skipped = list(sources), []
        changed = changed_lines(settings.changed_since) if settings.changed_since is not None else None
    else:
        documents, skipped, changed = select_documents(tuple(sources or ()), settings)
    uses_baseline = bool(settings.baseline or settings.write_baseline)
    stream = settings.stream and changed is None and not settings.report_unused_suppressions and not uses_baseline
    results, suppressed, unused = _check_each(documents, judge.matcher, settings, changed, stream=stream)
    read = [file.path for file in judge.registry.files] + [settings.config or STDIN]
    results, baselined, recorded = _apply_baseline(results, settings, read)
    return Report(judge.registry.paths, results, registry_files=judge.registry.files, silenced=suppressed,
                  baselined=baselined, unused_suppressions=unused if settings.report_unused_suppressions else None,
                  skipped=tuple(skipped), claims_left_out=judge.claims_left_out, recorded=recorded)


def select_documents(paths: tuple[str, ...], settings: CheckSettings = CheckSettings()):
    """Return the documents to check, the files that could not be read as (path, reason),
    and the lines changed in each file when ``settings.changed_since`` is given.

    No path means standard input (the current folder with ``changed_since``). A file that
    cannot be read does not stop the others from being checked.
    """
    changed = None
    if settings.changed_since is not None:
        if STDIN in paths:
            raise InputError("--changed-since checks files in git, not standard input")
        changed = changed_lines(settings.changed_since)
        paths = paths or (".",)
    selected, skipped = [], []
    real_paths: dict[str, str] = {}  # (each file's real path is worked out once: speed)
    for path in paths or (STDIN,):
        try:
            selected.extend(find_documents((path,), include=settings.include, exclude=settings.exclude,
                                           root=settings.root, unreadable=skipped,
                                           force_exclude=settings.force_exclude, real_paths=real_paths))
        except InputError as error:
            skipped.append((path, str(error)))
    selected = list({real_paths[p]: p for p in reversed(selected)}.values())[::-1]
    if changed is not None:
        selected = [path for path in selected if real_paths[path] in changed]
    documents, unreadable = _read_each(selected)
    return documents, skipped + unreadable, changed


def syntax_of(document: Document, syntax: str) -> str:
    """Return the markup ``document`` is read as: ``syntax``, or with AUTO the one its path says."""
    return syntax_for(document.path) if syntax == AUTO else syntax


def _read_each(paths):
    """Return the documents that could be read, and (path, reason) for those that could not."""
    documents, unreadable = [], []
    for path in paths:
        try:
            documents.append(read_document(path))
        except InputError as error:
            unreadable.append((path, str(error)))
    return documents, unreadable


def _large(text: str) -> bool:
    """Return whether a document is checked a stretch at a time: long, or dense with figures.

    >>> _large("12, " * 100), _large("1,234, " * 20_000)
    (False, True)
    """
    if len(text) > STREAM_ABOVE:
        return True
    return len(text) > STREAM_DIGITS_ABOVE and sum(map(text.count, "0123456789")) > STREAM_DIGITS_ABOVE


def _check_each(documents, matcher, settings, changed, *, stream: bool):
    """Check each document as a draft; return the results, how many findings were suppressed, and unused suppressions.

    With ``stream``, a document longer than STREAM_ABOVE, or holding more than
    STREAM_DIGITS_ABOVE digits, gets a FindingStream, checked as
    it is read (see factcheck.drafts.stream_draft), which counts its own suppressed findings.
    """
    from factcheck.reporters import PER_DOCUMENT  # noqa: PLC0415

    options = {"tolerance": settings.tolerance, "explain_verdicts": settings.explain,
               "consistency": settings.consistency}
    streamed = [stream and _large(document.text) for document in documents]
    whole = [document for document, large in zip(documents, streamed) if not large]
    results, suppressed, unused = [], 0, []
    drafts = check_drafts(
        [(document.text, syntax_of(document, settings.syntax)) for document in whole],
        matcher, jobs=settings.jobs, paths=[document.path for document in whole],
        rendered_as=settings.output_format if stream and settings.output_format in PER_DOCUMENT else None, **options,
    )
    for document, large in zip(documents, streamed):
        try:
            if large:
                results.append((document, stream_draft(document.text, matcher,
                                                       syntax=syntax_of(document, settings.syntax), **options)))
                if settings.progress:
                    settings.progress(document, None, len(documents))
                continue
            draft = next(drafts)
        except SuppressionError as error:
            raise error.naming(document.path, document.text) from None
        if isinstance(draft, RenderedFindings):  # written by a worker; stream: nothing else needs the findings
            results.append((document, draft))
            continue
        findings, silent = list(draft.findings), list(draft.unused_suppressions)
        lines = changed.get(os.path.realpath(document.path)) if changed is not None else None
        if lines is not None:  # only the changed lines count; None: the whole file is new
            findings = on_lines(findings, document.text, lines)
            index = LineIndex(document.text)
            silent = [s for s in silent if index.locate(s.comment_start)[0] in lines]
        results.append((document, findings))
        if settings.progress:
            settings.progress(document, findings, len(documents))
        suppressed += len(draft.suppressed)
        unused.extend((document, s) for s in silent)
    return results, suppressed, unused


def _apply_baseline(results, settings: CheckSettings, read: Iterable[str] = ()):
    """Return the results less the findings a baseline knows, how many those were, and how many were recorded.

    ``write_baseline`` records the current findings first, so all of them are known; it
    never writes over a file in ``read`` (the registry, the configuration) nor a document checked.
    """
    if not (settings.baseline or settings.write_baseline):
        return results, 0, None
    # Imported here: a check without a baseline needs neither module.
    from factcheck.baseline import entry_for, format_baseline, split_known  # noqa: PLC0415
    from factcheck.writing import WriteError, write_atomically  # noqa: PLC0415

    entries = [[(f, entry_for(document.path, document.text, f)) for f in findings] for document, findings in results]
    recorded = None
    if settings.write_baseline:
        written = [entry for pairs in entries for _, entry in pairs]
        inputs = [*read, *(document.path for document, _ in results), settings.baseline or STDIN]
        try:
            write_atomically(settings.write_baseline, format_baseline(written), inputs=inputs)
        except WriteError as error:
            raise InputError(str(error)) from None
        recorded = sum(1 for entry in written if entry.verdict != Verdict.AGREE)
        known = Counter(written)
    else:
        known = read_baseline(settings.baseline)
    remaining, baselined = [], 0
    for (document, _), pairs in zip(results, entries):
        new, old = split_known(pairs, known)
        remaining.append((document, new))
        baselined += len(old)
    return remaining, baselined, recorded


def check_consistency(sources: Sequence[str] | Sequence[Document] | None,
                      settings: CheckSettings = CheckSettings()) -> Report:
    """Return the report of check_documents with no registry: only the inconsistent findings.

    The figures' own findings (all unmatched) are left out, and so not counted.
    """
    nothing = Registry((), ())
    settings = replace(settings, consistency=True, stream=False)
    report = check_documents(sources, Judge(nothing, Matcher(())), settings)
    results = [(document, [f for f in findings if f.verdict == Verdict.INCONSISTENT])
               for document, findings in report.results]
    return replace(report, results=results)
