"""Table-driven tests for the extractor: real sentences, each with its expected figures.

The sentences are our own, carrying every figure of the two seed articles and their
traps; tests at the end read the seed articles themselves when ../shared is present.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from factcheck.figures import extract_figures, parse_figure

from .conftest import SEEDS


@dataclass(frozen=True)
class Expected:
    """One expected figure: its exact text and reading; its span is where the text occurs."""

    text: str
    kind: str
    low: float | None
    high: float | None
    qualifier: str = "exact"
    currency: str | None = None
    per: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Example:
    sentence: str
    figures: list[Expected] = field(default_factory=list)


def N(text, low, high=..., qualifier="exact", **extra):  # noqa: N802 - a table reads better short
    return Expected(text, "number", low, low if high is ... else high, qualifier, **extra)


def P(text, low, high=..., qualifier="exact"):  # noqa: N802
    return Expected(text, "percent", low, low if high is ... else high, qualifier)


def M(text, low, high=..., qualifier="exact", currency="USD", per=None):  # noqa: N802
    return Expected(text, "money", low, low if high is ... else high, qualifier, currency, per)


SEED_FIGURES = [
    Example("Investigators tracing cargo found at least 64 arms shipments over two years.",
            [N("at least 64", 64, None, "at_least")]),
    Example("Those loads carried between 4.2 and 5.8 million munitions in all.",
            [N("between 4.2 and 5.8 million", 4_200_000, 5_800_000, "range")]),
    Example("Seoul's spies put the total at about 12 million munitions since the invasion began.",
            [N("about 12 million", 12_000_000, 12_000_000, "about")]),
    Example("Pyongyang may have earned an estimated $20 billion from the trade.",
            [M("an estimated $20 billion", 20_000_000_000, qualifier="about")]),
    Example("Of that, an estimated $630 million came as technology transfers.",
            [M("an estimated $630 million", 630_000_000, qualifier="about")]),
    Example("Russian guns were firing around 10,000 a day at the height of the fighting.",
            [N("around 10,000 a day", 10_000, 10_000, "about", per="day")]),
    Example("Analysts in Kyiv think around 40 percent of the shells came from the North.",
            [P("around 40 percent", 40, 40, "about")]),
    Example("Factories were told to run 24 hours a day.",
            [N("24 hours a day", 24, 24, per="day", unit="hour")]),
    Example("Officials expect another 25,000 to 30,000 soldiers to follow.",
            [N("25,000 to 30,000", 25_000, 30_000, "range")]),
    Example("That would add to the 11,000 sent last autumn.", [N("11,000", 11_000)]),
    Example("The spring draft called up 160,000 recruits, the most in 14 years.",
            [N("160,000", 160_000), N("14 years", 14, unit="year")]),
    Example("Estimates of foreign volunteers range from around 1,500 to 15,000.",
            [N("from around 1,500 to 15,000", 1_500, 15_000, "range")]),
    Example("The shells covered up to 50% of the army's needs.", [P("up to 50%", None, 50, "at_most")]),
]

FORMS = [
    # digits, separators, decimals, scale words and abbreviations
    Example("The fund held 1,234,567 shares.", [N("1,234,567", 1_234_567)]),
    Example("Turnout rose to 67.5 percent.", [P("67.5 percent", 67.5, 67.5)]),
    Example("The deal is worth $1.5bn to the firm.", [M("$1.5bn", 1_500_000_000)]),
    Example("Profits were £3.2m last year.", [M("£3.2m", 3_200_000, currency="GBP")]),
    Example("They paid €40k for it.", [M("€40k", 40_000, currency="EUR")]),
    Example("Debt reached US$2 trillion.", [M("US$2 trillion", 2_000_000_000_000)]),
    Example("The club has 40k members.", [N("40k", 40_000)]),
    Example("Output hit 3 tn units.", [N("3 tn", 3_000_000_000_000)]),
    # number words
    Example("Some eleven thousand people marched.", [N("Some eleven thousand", 11_000, 11_000, "about")]),
    Example("They recruited twenty-five volunteers.", [N("twenty-five", 25)]),
    Example("A dozen ships waited offshore.", [N("A dozen", 12)]),
    Example("The city has half a million residents.", [N("half a million", 500_000)]),
    Example("Two countries signed, and two million people watched.", [N("two million", 2_000_000)]),
    # ranges, with the scale or unit shared
    Example("Casualties are put at 4.2-5.8 million.", [N("4.2-5.8 million", 4_200_000, 5_800_000, "range")]),
    Example("Prices rose 40 to 50 percent.", [P("40 to 50 percent", 40, 50, "range")]),
    Example("The bill will be $5–10 billion.", [M("$5–10 billion", 5_000_000_000, 10_000_000_000, "range")]),
    Example("Between 300 and 400 troops stayed.", [N("Between 300 and 400", 300, 400, "range")]),
    # hedges
    Example("It cost approximately $2 million.", [M("approximately $2 million", 2_000_000, qualifier="about")]),
    Example("Roughly 300 people attended.", [N("Roughly 300", 300, 300, "about")]),
    Example("Nearly 5,000 flights were cancelled.", [N("Nearly 5,000", 5_000, 5_000, "about")]),
    Example("More than 2,000 homes lost power.", [N("More than 2,000", 2_000, None, "more_than")]),
    Example("Over 90 percent agreed.", [P("Over 90 percent", 90, None, "more_than")]),
    Example("As many as 600 jobs could go.", [N("As many as 600", None, 600, "at_most")]),
    Example("Fewer than 30 remain.", [N("Fewer than 30", None, 30, "less_than")]),
    Example("Under 10 per cent voted.", [P("Under 10 per cent", None, 10, "less_than")]),
    # money after the number, rates
    Example("They asked for 20 billion dollars.", [M("20 billion dollars", 20_000_000_000)]),
    Example("The grant was 5 million euros.", [M("5 million euros", 5_000_000, currency="EUR")]),
    Example("It pays $630 million a year.", [M("$630 million a year", 630_000_000, per="year")]),
    Example("Sales grew by 300 per week.", [N("300 per week", 300, per="week")]),
    Example("Fees of £400 annually apply.", [M("£400 annually", 400, currency="GBP", per="year")]),
    Example("The 11,000 a year ago were fewer.", [N("11,000", 11_000)]),
]

TRAPS = [
    Example("The treaty was signed in 2024 and ratified since 2022 by both."),
    Example("On July 13 the minister arrived; on June 4 he left."),
    Example("She met him on 13 July at 10:30 and again at 3pm."),
    Example("Hwasong-11 missiles, F-16 jets, COVID-19 and the G7 are names."),
    Example("The 47th brigade held; the 2nd army fell back."),
    Example("Ties dormant since the late 1990s were revived for 2022-2024."),
    Example("The report at https://example.org/report/2024/12 has it."),
    Example("Run `factcheck --tolerance 0.2` to loosen it."),
    Example("Version 1.2.3 of the tool shipped."),
    Example("The two countries and their three allies met."),
    Example("The score was 3-1 at half time."),
    Example("Write to desk42@example.org for copies."),
    Example("Military expert Robert Farley wrote in 19FortyFive."),
]


def _cases(examples):
    return [pytest.param(e, id=e.sentence[:50]) for e in examples]


@pytest.mark.parametrize("example", _cases(SEED_FIGURES + FORMS + TRAPS))
def test_extracts_exactly_the_expected_figures(example: Example) -> None:
    figures = extract_figures(example.sentence)
    got = [
        (f.text, f.start, f.end, f.kind, f.low, f.high, f.qualifier, f.currency, f.per, f.unit)
        for f in figures
    ]
    expected = []
    for e in example.figures:
        start = example.sentence.index(e.text)
        expected.append((e.text, start, start + len(e.text), e.kind, e.low, e.high, e.qualifier,
                         e.currency, e.per, e.unit))
    assert got == expected


@pytest.mark.parametrize("example", _cases(SEED_FIGURES + FORMS))
def test_every_span_is_the_figure_text(example: Example) -> None:
    for figure in extract_figures(example.sentence):
        assert example.sentence[figure.start:figure.end] == figure.text


@pytest.mark.parametrize(
    ("written", "low", "high", "low_precision"),
    [
        ("12 million", 12_000_000, 12_000_000, 500_000),  # stands for 11.5-12.5 million
        ("11,000", 11_000, 11_000, 500),  # stands for 10,500-11,500
        ("4.2 million", 4_200_000, 4_200_000, 50_000),
        ("64", 64, 64, 0.5),
        ("10,000", 10_000, 10_000, 500),  # a round number is capped at 5% of its value
    ],
)
def test_precision_follows_the_last_stated_digit(written, low, high, low_precision) -> None:
    figure = parse_figure(written)
    assert (figure.low, figure.high, figure.low_precision) == (low, high, low_precision)


@pytest.mark.parametrize(
    ("value", "kind", "low", "high", "qualifier"),
    [
        ("about 12 million", "number", 12_000_000, 12_000_000, "about"),
        ("between 4.2 and 5.8 million", "number", 4_200_000, 5_800_000, "range"),
        ("up to 50%", "percent", None, 50, "at_most"),
        ("$630 million", "money", 630_000_000, 630_000_000, "exact"),
        ("at least 64", "number", 64, None, "at_least"),
        ("25,000 to 30,000", "number", 25_000, 30_000, "range"),
        ("10,000 a day", "number", 10_000, 10_000, "exact"),
        ("2024", "number", 2024, 2024, "exact"),  # a registry value is a number, never a year
        ("12000000", "number", 12_000_000, 12_000_000, "exact"),
    ],
)
def test_parse_figure_reads_registry_values(value, kind, low, high, qualifier) -> None:
    figure = parse_figure(value)
    assert (figure.kind, figure.low, figure.high, figure.qualifier) == (kind, low, high, qualifier)


@pytest.mark.parametrize("value", ["", "twelve-ish", "about 12 million munitions", "12 and 13", "lots"])
def test_parse_figure_refuses_what_is_not_one_figure(value) -> None:
    assert parse_figure(value) is None


# The seed articles themselves, read from ../shared when it is present.
SEED_EXPECTED = {
    "000_e0376091e6ffc7b9.txt": [
        "at least 64", "between 4.2 and 5.8 million", "about 12 million", "an estimated $20 billion",
        "an estimated $630 million", "around 10,000 a day", "around 40 percent", "24 hours a day",
        "25,000 to 30,000", "11,000", "160,000", "14 years", "from around 1,500 to 15,000",
    ],
    "002_fe833d012095a12d.txt": ["up to 50%"],
}


@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_article_figures(name: str) -> None:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip("../shared/seeds is not present")
    text = path.read_text(encoding="utf-8")
    figures = extract_figures(text)
    assert [f.text for f in figures] == SEED_EXPECTED[name]
    assert all(text[f.start:f.end] == f.text for f in figures)
