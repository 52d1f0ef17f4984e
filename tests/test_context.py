"""Table-driven tests for the words around a figure: what it counts, who stated it,
the time it covers and whether it is a change. The sentences are our own."""

from __future__ import annotations

import io
import json

import pytest

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

ATTRIBUTION = [
    ("According to the defence ministry, about 12 million shells were sent.", "about 12 million",
     "the defence ministry"),
    # A source across a contrast is another view's, not this figure's.
    ("Some 9 million shells went east, according to Seoul's spy agency, while Kyiv puts the share at 60%.",
     "Some 9 million", "Seoul's spy agency"),
    ("Some 9 million shells went east, according to Seoul's spy agency, while Kyiv puts the share at 60%.",
     "60%", "Kyiv"),
    ("The ministry counts 400 tanks; Rebel commanders say they have 900.", "900", "Rebel commanders"),
    ("The ministry counts 400 tanks, and 900 more are on order, according to the budget office.", "400",
     "the budget office"),
    ("About 12 million shells were sent, according to South Korea's spy agency.", "About 12 million",
     "South Korea's spy agency"),
    ("The ministry said about 12 million shells were sent.", "about 12 million", "The ministry"),
    ("The ministry says about 12 million shells were sent.", "about 12 million", "The ministry"),
    ("Ukrainian analysts estimate that 40 percent of shells came from the North.", "40 percent",
     "Ukrainian analysts"),
    ("The agency projected that the North has shipped about 12 million shells.", "about 12 million", "The agency"),
    ("Seoul's spy agency projected that the North has shipped 12 million shells.", "12 million",
     "Seoul's spy agency"),
    ("Reuters reported that at least 64 shipments left the port.", "at least 64", "Reuters"),
    ("The Institute's analysis puts the benefit at $20 billion.", "$20 billion", "The Institute"),
    ("KIDA's estimate of $20 billion includes technology.", "$20 billion", "KIDA"),
    ("An analysis by the Open Source Center and Reuters found at least 64 shipments.", "at least 64",
     "the Open Source Center and Reuters"),
    ("A senior official told Reuters that 11,000 troops were sent.", "11,000", "A senior official"),
    ("\"We sent 11,000 soldiers,\" says Kim.", "11,000", "Kim"),
    ("\"We sent 11,000 soldiers,\" Kim says.", "11,000", "Kim"),
    ("The North sent 11,000 soldiers, Ukrainian officials said.", "11,000", "Ukrainian officials"),
    ("The army fires around 10,000 shells a day, the Pentagon estimates.", "around 10,000", "the Pentagon"),
    ("Data from the Bank of England show lending fell by 3.2%.", "3.2%", "the Bank of England"),
    ("Prices rose 5% last year.", "5%", None),
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
    ("Sales rose 5% in March.", "5%", "increase"),
    ("Output fell by 3.2 million tonnes.", "3.2 million tonnes", "decrease"),
    ("A 12% drop in sales followed.", "12%", "decrease"),
    ("The firm reported an increase of 4% in profit.", "4%", "increase"),
    ("Shares were up 3% by noon and down 2% by the close.", "3%", "increase"),
    ("Shares were up 3% by noon and down 2% by the close.", "2%", "decrease"),
    ("The number of films rose to 310 in 2004.", "310", None),
    ("Some 5% of staff left.", "Some 5%", None),
]


@pytest.mark.parametrize(("sentence", "figure", "counted"), _cases(COUNTED))
def test_counted_says_what_the_figure_counts(sentence, figure, counted) -> None:
    assert _context_of(sentence, figure).counted == counted


@pytest.mark.parametrize(("sentence", "figure", "source"), _cases(ATTRIBUTION))
def test_attribution_names_who_stated_the_figure(sentence, figure, source) -> None:
    assert _context_of(sentence, figure).attribution == source


@pytest.mark.parametrize(("sentence", "figure", "scope"), _cases(SCOPE))
def test_scope_is_the_time_the_sentence_gives(sentence, figure, scope) -> None:
    assert _context_of(sentence, figure).scope == scope


@pytest.mark.parametrize(("sentence", "figure", "change"), _cases(CHANGE))
def test_change_says_which_way_a_figure_moved(sentence, figure, change) -> None:
    assert _context_of(sentence, figure).change == change


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
