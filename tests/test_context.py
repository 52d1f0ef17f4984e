"""Table-driven tests for the words around a figure: what it counts, who stated it,
the time it covers and whether it is a change. The sentences are our own."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.check import read_figures
from factcheck.context import describe
from factcheck.report import Document
from factcheck.reporters.json import write_figures


def _context_of(sentence: str, figure_text: str):
    start = sentence.index(figure_text)
    figures = {text: context for text, context in ((f.text, c) for f, c in read_figures(sentence))}
    assert figure_text in figures, f"{figure_text!r} is not read as a figure in {sentence!r}"
    return describe(sentence, start, start + len(figure_text))


def _cases(rows):
    return [pytest.param(*row, id=row[0][:60]) for row in rows]


COUNTED = [
    ("Seoul says Pyongyang shipped about 12 million munitions to Moscow.", "about 12 million", "munitions"),
    ("Around 40 percent of shells fired by the Russian army came from the North.", "Around 40 percent",
     "of shells fired by the Russian army"),
    ("The North sent 11,000 North Korean soldiers in November.", "11,000", "North Korean soldiers"),
    ("Investigators found at least 64 arms shipments between 2023 and 2025.", "at least 64", "arms shipments"),
    ("Millions of artillery shells were sent east.", "Millions", "artillery shells"),
    ("Plants hired hundreds of thousands of new workers last year.", "hundreds of thousands", "new workers"),
    ("The guns fire around 10,000 shells a day.", "around 10,000", "shells"),
    ("The draft took 160,000 recruits last spring.", "160,000", "recruits"),
    ("Exports fell by 3.2 million tonnes in 2004.", "3.2 million tonnes", ""),
]

SCOPE = [
    ("About 12 million shells were sent since February 2022.", "About 12 million", "since February 2022"),
    ("It has shipped 12 million shells since the start of the war in February 2022.", "12 million",
     "since the start of the war in February 2022"),
    ("At least 64 shipments were tracked between August 2023 and March 2025.", "At least 64",
     "between August 2023 and March 2025"),
    ("Pyongyang sent 11,000 soldiers in November 2024.", "11,000", "in November 2024"),
    ("Russian guns fired around 10,000 a day.", "around 10,000 a day", "a day"),
    ("The guns fire around 10,000 shells a day.", "around 10,000", "a day"),
    ("Lending fell by 3.2% last year.", "3.2%", "last year"),
    ("Profits rose to £3.24bn in 2004, up from £2.89bn in 2003.", "£3.24bn", "in 2004"),
    ("Profits rose to £3.24bn in 2004, up from £2.89bn in 2003.", "£2.89bn", "in 2003"),
    ("Sales rose 11% to £3.24bn ($6.13bn) in 2004.", "11%", "in 2004"),
    ("In the third quarter of 2004, mobile sales passed 167 million.", "167 million", "In the third quarter of 2004"),
    ("The draft took 160,000 recruits.", "160,000", None),
    ("Cargo trackers found at least 64 shipments — carrying 5 million shells — between August 2023 and March 2025.",
     "at least 64", "between August 2023 and March 2025"),
    ("Pyongyang will send 25,000 more troops, adding to the 11,000 it sent in November 2024.", "25,000", None),
    ("Pyongyang will send 25,000 more troops, adding to the 11,000 it sent in November 2024.", "11,000",
     "in November 2024"),
]

CHANGE = [
    # every form of a change verb: "climbing", "drops"
    ("Shares in the port were climbing 5% by noon.", "5%", "increase"),
    ("Port traffic drops 2% in the winter.", "2%", "decrease"),
    ("Sales rose 5% in March.", "5%", "increase"),
    ("Output fell by 3.2 million tonnes.", "3.2 million tonnes", "decrease"),
    ("A 12% drop in sales followed.", "12%", "decrease"),
    ("The firm reported an increase of 4% in profit.", "4%", "increase"),
    ("Shares were up 3% by noon and down 2% by the close.", "3%", "increase"),
    ("Shares were up 3% by noon and down 2% by the close.", "2%", "decrease"),
    ("The number of films rose to 310 in 2004.", "310", None),
    ("Some 5% of staff left.", "Some 5%", None),
    # a change verb a few words before "by"
    ("The strike pushed up the waiting list by 4,000 in May.", "4,000", "increase"),
    ("Fares have been cut by an average of £12.", "£12", "decrease"),
    ("The list grew by 4,000 to 61,000.", "61,000", None),
    # the "up" or "down" of a phrasal verb is no change
    ("The council has lined up £40m for the new bridge.", "£40m", None),
    ("The lender wrote down $2bn of bad loans.", "$2bn", None),
    ("Bus fares ended up 4% on the year.", "4%", "increase"),
]

# The words a figure's clause leaves implied, carried from the clause before it.
ELIDED = [
    # a clause comparing the figure with an earlier one: without the earlier one's numbers and times
    ("Exports grew 2.1% in the second quarter, compared with 1.4% in the previous quarter.", "1.4%",
     "Exports grew in the"),
    ("Orders fell to 8,800 in June, down from 9,300 in May.", "9,300", "Orders fell to in"),
    # a dash or a bracket that sets the figure beside what it counts
    ("One in five adults - 9 million people - owns a bicycle.", "9 million", "One in five adults"),
    # the subject an aside stands between the figure's clause and
    ("The services sector, which employs most workers, grew 1.2% in the quarter.", "1.2%",
     "The services sector"),
    ("Farming, having lost 4,000 jobs, now employs 90,000 people.", "90,000", "Farming"),
    # a relative clause holding the figure is about the words before its comma
    ("Harbour Trust, which owns 12% of the port, wants a sale.", "12%", "Harbour Trust"),
    ("The old mill, which employed 300 people in 1900, is now flats.", "300", "The old mill"),
    # "it" or "the company" opening a sentence: the names of the sentence before, less times and places
    ("Harbour Trust put its ferry arm up for sale in May. It was bought for £30m by a rival.", "£30m",
     "Harbour Trust"),
    ("In Wales, Harbour Trust sold its Ferrylink arm. The unit fetched £30m.", "£30m", "Harbour Trust Ferrylink"),
    ("Harbour Trust sold its ferry arm. A rival paid £30m for it.", "£30m", ""),
    # a participle opening a clause says what the subject of the clause before did
    ("Harbour Trust won the auction, agreeing to pay £30m for the depot.", "£30m", "Harbour Trust won the auction"),
    ("Sales rose, including 40,000 cars.", "40,000", ""),
    # a clause of its own implies nothing
    ("Orders fell to 8,800 in June, the lowest since 2001.", "8,800", ""),
    ("Exports grew 2.1% in the second quarter, while imports grew 1.4%.", "1.4%", ""),
]

# A bracket that restates a figure in another currency ends no clause: the figure reads
# on past it, and the figures in it read the clause of the figure they restate.
CONVERSIONS = [
    ("The council sold the depot for $42m (£33m) in cash last spring.", "$42m", "The council sold the depot for",
     "in cash last spring"),
    ("The council sold the depot for $42m (£33m) in cash last spring.", "£33m", "The council sold the depot for",
     "in cash last spring"),
    ("The club agreed to pay 90m euros (£62m; about $75m) for the striker.", "about $75m",
     "The club agreed to pay euros", "for the striker"),
    ("The museum's grant of £2m (a fifth of its budget) ran out.", "£2m", "The museum's grant of", ""),
]


# A word or two in quotes within a clause ends no clause; a quoted sentence does.
SCARE_QUOTES = [
    ("The mayor would cut £3m in \"wasteful\" spending on parks.", "£3m", "The mayor would cut",
     "in wasteful spending on parks"),
    ("The mayor would cut £3m in “red tape” costs this year.", "£3m", "The mayor would cut",
     "in red tape costs this year"),
    ('She said: "We will cut £3m." The council agreed.', "£3m", "We will cut", ""),
]


@pytest.mark.parametrize(("sentence", "figure", "lead", "after"), _cases(SCARE_QUOTES))
def test_scare_quotes_end_no_clause(sentence, figure, lead, after) -> None:
    context = _context_of(sentence, figure)
    assert (context.lead, f"{context.counted} {context.trail}".strip()) == (lead, after)


# An aside that restates the figure before it reads the predicate after it.
ASIDE_PREDICATES = [
    ("One in 5 adults - 9 million people - own a bicycle.", "9 million", "people", "own a bicycle"),
    ("A fifth of adults (9 million people) own a bicycle.", "9 million", "people", "own a bicycle"),
    ("One in 5 adults - equivalent to 9 million people - own a bicycle.", "9 million", "people", "own a bicycle"),
    # ... not an aside of its own
    ("The club (4,000 members) said fees rose.", "4,000", "members", ""),
    ("The club - whose fees are £40 - said members left.", "£40", "", ""),
]


@pytest.mark.parametrize(("sentence", "figure", "counted", "trail"), _cases(ASIDE_PREDICATES))
def test_an_aside_restating_a_figure_reads_the_predicate_after_it(sentence, figure, counted, trail) -> None:
    context = _context_of(sentence, figure)
    assert (context.counted, context.trail) == (counted, trail)


# The words before a figure in its clause: the last eight, or the whole clause when the
# words past them hold a single content word (its subject).
LEADS = [
    ("Output for 2006 as a whole came in at 3.1%.", "3.1%", "Output for 2006 as a whole came in at"),
    ("In 2006, the number of people in work went up by 2,000 to 61,000.", "61,000",
     "the number of people in work went up by 2,000 to"),
    ("The big old shipyard's order book for the coming five years shows 40 ships.", "40",
     "order book for the coming five years shows"),
]


@pytest.mark.parametrize(("sentence", "figure", "lead"), _cases(LEADS))
def test_a_long_clause_keeps_its_subject(sentence, figure, lead) -> None:
    assert _context_of(sentence, figure).lead == lead


@pytest.mark.parametrize(("sentence", "figure", "lead", "after"), _cases(CONVERSIONS))
def test_a_conversion_bracket_ends_no_clause(sentence, figure, lead, after) -> None:
    context = _context_of(sentence, figure)
    assert (context.lead, " ".join(part for part in (context.counted, context.trail) if part)) == (lead, after)


@pytest.mark.parametrize(("sentence", "figure", "counted"), _cases(COUNTED))
def test_counted_says_what_the_figure_counts(sentence, figure, counted) -> None:
    assert _context_of(sentence, figure).counted == counted


@pytest.mark.parametrize(("sentence", "figure", "scope"), _cases(SCOPE))
def test_scope_is_the_time_the_sentence_gives(sentence, figure, scope) -> None:
    assert _context_of(sentence, figure).scope == scope


@pytest.mark.parametrize(("sentence", "figure", "change"), _cases(CHANGE))
def test_change_says_which_way_a_figure_moved(sentence, figure, change) -> None:
    assert _context_of(sentence, figure).change == change


@pytest.mark.parametrize(("sentence", "figure", "elided"), _cases(ELIDED))
def test_elided_carries_what_the_clause_leaves_implied(sentence, figure, elided) -> None:
    assert _context_of(sentence, figure).elided == elided


def test_extract_json_carries_scope_and_change() -> None:
    text = "Exports fell by 3.2 million tonnes between August 2023 and March 2025."
    stream = io.StringIO()
    write_figures([(Document("-", text), read_figures(text))], stream)
    [figure] = json.loads(stream.getvalue())["claims"]
    assert (figure["text"], figure["unit"], figure["scope"], figure["change"]) == (
        "3.2 million tonnes", "tonne", "between August 2023 and March 2025", "decrease")


def test_extract_text_report_shows_scope_and_points() -> None:
    from factcheck.reporters.text import write_figures as write_text

    text = "Support rose 3 percentage points between August 2023 and March 2025."
    stream = io.StringIO()
    write_text([(Document("-", text), read_figures(text))], stream, color=False)
    assert stream.getvalue().splitlines()[0] == (
        "-:1:14  3 percentage points  percent 3 percentage points (exact)  · between August 2023 and March 2025"
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=' -.,;:!?()[]"“”—–xA1\n\t', max_size=40))
def test_clause_breaks_are_those_the_clause_pattern_finds(text: str) -> None:
    from factcheck.context import _SCARE_QUOTES, _clause_breaks
    from factcheck.positions import CLAUSE_BREAK

    def inside_a_number(start: int, end: int) -> bool:  # "296,000", "28.52": no break
        return text[start] in ",." and text[start - 1:start].isdigit() and text[end:end + 1].isdigit()

    quoted = {mark for found in _SCARE_QUOTES.finditer(text) for mark in (found.start(), found.end() - 1)}
    spans = [found.span() for found in CLAUSE_BREAK.finditer(text)
             if not inside_a_number(*found.span()) and found.start() not in quoted]
    assert _clause_breaks(text) == ([start for start, _ in spans], [end for _, end in spans])
