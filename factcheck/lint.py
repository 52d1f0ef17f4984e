"""Lint registry files: every problem the loader refuses, and what an editor should look at.

Errors are what factcheck.registry refuses (the registry cannot be used); warnings
are for people: claims so alike that a figure could match either, sources without
a date or url, a figure of another kind than its claim's wording says, dates after
today, ids that are not tidy slugs.

Each warning has a rule, a stable slug shown with it (``RULES``). A claim silences
the rules it names in its optional ``lint: {ignore: [no-url, near-duplicate]}``: a
near-duplicate or same-frame warning is silenced by either claim of the pair.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Iterable

import yaml

from factcheck.dates import is_future
from factcheck.lexicon import FALL_NOUNS, FALL_VERBS, MONTHS, PERCENT_WORDS, RISE_NOUNS, RISE_VERBS
from factcheck.matching import Matcher
from factcheck.regexes import compiled
from factcheck.registry import Claim, Problem, RegistryError, load_claims, merge_registries

WARNING = "warning"
_PERCENT_FITS = compiled(
    rf"\b(?:{'|'.join((*RISE_VERBS, *FALL_VERBS, *RISE_NOUNS, *FALL_NOUNS, *PERCENT_WORDS))})\b", re.IGNORECASE)
#: Every warning's rule, and what it finds.
RULES = {
    "untidy-id": "a claim id that is not words of a-z and 0-9 joined by single hyphens",
    "no-date": "a source without a date",
    "future-date": "a source dated after today",
    "no-url": "a source without a url",
    "kind-mismatch": "a source's figure of another kind than the claim's wording asks for",
    "near-duplicate": "two claims whose wording a text could not tell apart",
    "same-frame": "two claims whose frames (counts, event, excludes) cannot be told apart",
}
# Words that name the time a figure covers: two claims worded alike but for these (a
# month's figure and the next month's) are a series, told apart by what the text says.
_PERIOD_WORD = compiled(
    rf"\b(?:(?:19|20)\d\d|q[1-4]|{'|'.join(MONTHS)}|first|second|third|fourth|last|half|quarter|year|month)\b",
    re.IGNORECASE)
# A phrase of one claim scoring this much against another claim's phrase (as if a
# text said it, scored by factcheck.matching) makes the two near-duplicates: a text
# matching one would match the other about as well.
NEAR_DUPLICATE_SCORE = 90.0
# The tidy form of a slug: words of a-z and 0-9 joined by single hyphens.
_SLUG = compiled(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Words in a claim's about or aliases that say what kind of figure it needs, and how
# to tell whether a source's figure is of that kind. A percent fits money or a period
# too when the wording speaks of a change or a rate: "house prices rose 0.4%", "monthly
# change", "interest rate" (see _PERCENT_FITS).
_KIND_WORDS = (
    (compiled(r"\b(?:share|proportion|percentage|per ?cent|fraction)\b", re.IGNORECASE),
     "a share", lambda figure: figure.kind == "percent"),
    (compiled(r"\b(?:cost|costs|price|prices|spending|budget|revenues?|earnings|income|profits?|funding|"
                r"dollars|euros|pounds)\b", re.IGNORECASE),
     "an amount of money", lambda figure: figure.kind == "money"),
    (compiled(r"\b(?:per day|a day|each day|daily)\b", re.IGNORECASE),
     "a rate per day", lambda figure: figure.per == "day"),
    (compiled(r"\b(?:per week|a week|each week|weekly)\b", re.IGNORECASE),
     "a rate per week", lambda figure: figure.per == "week"),
    (compiled(r"\b(?:per month|a month|each month|monthly)\b", re.IGNORECASE),
     "a rate per month", lambda figure: figure.per == "month"),
    (compiled(r"\b(?:per year|a year|each year|yearly|annual|annually)\b", re.IGNORECASE),
     "a rate per year", lambda figure: figure.per == "year"),
)


def lint_registry(files: list[tuple[str, str]], today: date) -> list[Problem]:
    """Return the problems of registry files given as (path, text), in file and line order."""
    parts, problems, claims, ignored = [], [], [], {}
    for path, text in files:
        file_claims, file_problems = load_claims(text, path)
        problems.extend(file_problems)  # an id used twice in one file is among them
        claims.extend(file_claims)
        if not file_problems:
            ignored.update(((path, claim_id), rules) for claim_id, rules in _ignored_rules(text).items())
        first_of_each_id: dict[str, Claim] = {}
        for claim in file_claims:
            first_of_each_id.setdefault(claim.id, claim)
        parts.append((path, list(first_of_each_id.values())))
    try:
        merge_registries(parts)  # for ids used in two files
    except RegistryError as error:
        problems.extend(error.problems)
    problems.extend(warning for warning, silencing in _warnings(claims, today)
                    if not any(warning.rule in ignored.get((claim.path, claim.id), ()) for claim in silencing))
    order = {path: index for index, (path, _) in enumerate(files)}
    return sorted(problems, key=lambda p: (order.get(p.path, len(order)), p.line))


def _ignored_rules(text: str) -> dict[str, frozenset[str]]:
    """Return the rules each claim of a valid registry file's text silences, by claim id."""
    claims = (yaml.safe_load(text) or {}).get("claims") or []
    return {claim["id"]: frozenset(claim["lint"].get("ignore") or ()) for claim in claims if claim.get("lint")}


def _warning(claim: Claim, line: int, message: str, rule: str) -> Problem:
    return Problem(claim.path, line, message, WARNING, rule)


def _warnings(claims: list[Claim], today: date) -> Iterable[tuple[Problem, tuple[Claim, ...]]]:
    """Yield each warning with the claims whose `lint: ignore` can silence it."""
    for claim in claims:
        if not _SLUG.fullmatch(claim.id):
            yield _warning(claim, claim.line, f"claim id {claim.id!r} is not a tidy slug: words of a-z and 0-9 "
                                              "joined by single hyphens", "untidy-id"), (claim,)
        yield from ((warning, (claim,)) for warning in _source_warnings(claim, today))
    yield from _near_duplicates(claims)
    yield from _same_frames(claims)


def _source_warnings(claim: Claim, today: date) -> Iterable[Problem]:
    wording = " ".join((claim.about, *claim.aliases))
    needs = [(what, fits) for pattern, what, fits in _KIND_WORDS if pattern.search(wording)]
    if _PERCENT_FITS.search(wording):  # a change of prices, a monthly change, a rate: a percent fits
        needs = [(what, lambda figure, fits=fits: fits(figure) or figure.kind == "percent") for what, fits in needs]
    for source in claim.sources:
        where = f"source {source.name!r} of {claim.id!r}"
        if not source.date:
            yield _warning(claim, source.line, f"{where} has no date: it cannot be weighed against newer figures",
                           "no-date")
        elif is_future(source.date, today):
            yield _warning(claim, source.line, f"{where} is dated {source.date}, after today ({today})", "future-date")
        if not source.url:
            yield _warning(claim, source.line, f"{where} has no url: an editor cannot check it", "no-url")
        for what, fits in needs:
            if not fits(source.figure):
                yield _warning(claim, source.line,
                               f"{where} states {source.value!r}, but the claim's wording asks for {what}",
                               "kind-mismatch")


def _near_duplicates(claims: list[Claim]) -> Iterable[Problem]:
    """Yield one warning per pair of claims whose phrases a text could not tell apart,
    at the later of the two."""
    matcher = Matcher(claims)
    position = {id(claim): index for index, claim in enumerate(claims)}
    best: dict[tuple[int, int], tuple[float, Claim, str, Claim, str]] = {}
    for claim in claims:
        for phrase in (claim.about, *claim.aliases):
            for candidate in matcher.rank(claim.measure, phrase, "", frozenset(matcher.keywords(phrase))):
                other = candidate.claim
                if candidate.score < NEAR_DUPLICATE_SCORE or other.id == claim.id or _other_periods(claim, other):
                    continue
                pair = tuple(sorted((position[id(claim)], position[id(other)])))
                if pair not in best or candidate.score > best[pair][0]:
                    best[pair] = (candidate.score, claim, phrase, other, candidate.phrase)
    for (first, second), (score, claim, phrase, other, other_phrase) in sorted(best.items()):
        earlier, later = claims[first], claims[second]
        yield _warning(later, later.line,
                       f"claims {earlier.id!r} ({earlier.path}:{earlier.line}) and {later.id!r} are near-duplicates: "
                       f"a text saying {phrase!r} scores {score:g} against {other.id!r} ({other_phrase!r})",
                       "near-duplicate"), (earlier, later)


def _other_periods(claim: Claim, other: Claim) -> bool:
    """Return whether two claims are worded for different periods ("in December 2004", "in November 2004")."""
    periods = [{word.lower() for phrase in (c.about, *c.aliases) for word in _PERIOD_WORD.findall(phrase)}
               for c in (claim, other)]
    return all(periods) and periods[0] != periods[1]


def _same_frames(claims: list[Claim]) -> Iterable[Problem]:
    """Yield a warning for each pair of claims of one measure whose frames cannot be told
    apart: the same counted noun, event, stage and places, and the words of one all among
    the other's, so that only their wording, not what a figure's sentence says, decides."""
    matcher = Matcher(claims)
    frames = [(claim, matcher.claim_frame(claim)) for claim in claims]
    for index, (later, frame) in enumerate(frames):
        for earlier, other in frames[:index]:
            if earlier.measure != later.measure or earlier.id == later.id:
                continue
            same = (frame.counts, frame.events, frame.stages, frame.places, frame.excludes) == (
                other.counts, other.events, other.stages, other.places, other.excludes)
            if same and (frame.words <= other.words or other.words <= frame.words):
                yield _warning(later, later.line,
                               f"claims {earlier.id!r} ({earlier.path}:{earlier.line}) and {later.id!r} have frames "
                               "that cannot be told apart: give one of them `counts:`, `event:` or `excludes:`",
                               "same-frame"), (earlier, later)
