"""Table-driven tests for the extractor: real sentences, each with its expected figures.

The sentences are our own, carrying every figure of the two seed articles and their
traps; tests at the end read the seed articles themselves when ../shared is present.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.figures import QUALIFIERS, extract_figures, parse_figure
from factcheck.figures.unreadable import unreadable_numbers

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


def P(text, low, high=..., qualifier="exact", unit=None):  # noqa: N802
    return Expected(text, "percent", low, low if high is ... else high, qualifier, unit=unit)


def M(text, low, high=..., qualifier="exact", currency="USD", per=None):  # noqa: N802
    return Expected(text, "money", low, low if high is ... else high, qualifier, currency, per)


SEED_FIGURES = [
    Example("Investigators tracing cargo found at least 64 arms shipments over two years.",
            [N("at least 64", 64, None, "at_least"), N("two years", 2, unit="year")]),
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
    Example("Pyongyang has shipped millions of shells and rockets.",
            [N("millions", 2_000_000, 99_999_999, "about")]),
    Example("It has also sent thousands of soldiers to the front.",
            [N("thousands", 2_000, 99_999, "about")]),
    Example("Arms plants took on hundreds of thousands of new staff.",
            [N("hundreds of thousands", 200_000, 999_999, "about")]),
]

FORMS = [
    # digits, separators, decimals, scale words and abbreviations
    Example("The fund held 1,234,567 shares.", [N("1,234,567", 1_234_567)]),
    Example("Turnout rose to 67.5 percent.", [P("67.5 percent", 67.5, 67.5)]),
    Example("The club has 40k members.", [N("40k", 40_000)]),
    Example("Output hit 3 tn units.", [N("3 tn", 3_000_000_000_000)]),
    Example("A bid of 0.75 was made.", [N("0.75", 0.75)]),
    # currency with abbreviations, codes and words after the number
    Example("The deal is worth $1.5bn to the firm.", [M("$1.5bn", 1_500_000_000)]),
    Example("Profits were £3.2m last year.", [M("£3.2m", 3_200_000, currency="GBP")]),
    Example("They paid €40k for it.", [M("€40k", 40_000, currency="EUR")]),
    Example("Debt reached US$2 trillion.", [M("US$2 trillion", 2_000_000_000_000)]),
    Example("The airport cost HK$50bn to build.", [M("HK$50bn", 50_000_000_000, currency="HKD")]),
    Example("Shares fell to USD 12.40 on Monday.", [M("USD 12.40", 12.4)]),
    Example("The stake was sold for CHF 300m.", [M("CHF 300m", 300_000_000, currency="CHF")]),
    Example("They asked for 20 billion dollars.", [M("20 billion dollars", 20_000_000_000)]),
    Example("The grant was 5 million euros.", [M("5 million euros", 5_000_000, currency="EUR")]),
    Example("Exports were worth 9.5bn kronor.", [M("9.5bn kronor", 9_500_000_000, currency="SEK")]),
    Example("Trade reached 22,201bn yen in the year.", [M("22,201bn yen", 22_201_000_000_000, currency="JPY")]),
    Example("The project got 7.5m euro in aid.", [M("7.5m euro", 7_500_000, currency="EUR")]),
    Example("Each share earned 33 cents.", [M("33 cents", 0.33)]),
    Example("A stamp now costs 50p.", [M("50p", 0.5, currency="GBP")]),
    Example("Samsung earned 10 billion won.", [M("10 billion won", 10_000_000_000, currency="KRW")]),
    Example("The plan costs 300 million Hong Kong dollars.",
            [M("300 million Hong Kong dollars", 300_000_000, currency="HKD")]),
    # rupees, lakh and crore
    Example("The film earned Rs 5 crore in a week.", [M("Rs 5 crore", 50_000_000, currency="INR")]),
    Example("The scheme will cost ₹2.5 lakh crore.", [M("₹2.5 lakh crore", 2_500_000_000_000, currency="INR")]),
    Example("A flat there sells for Rs. 40 lakh.", [M("Rs. 40 lakh", 4_000_000, currency="INR")]),
    Example("Farmers owe 12,000 crore rupees.", [M("12,000 crore rupees", 120_000_000_000, currency="INR")]),
    # number words
    Example("Some eleven thousand people marched.", [N("Some eleven thousand", 11_000, 11_000, "about")]),
    Example("They recruited twenty-five volunteers.", [N("twenty-five", 25)]),
    Example("A dozen ships waited offshore.", [N("A dozen", 12)]),
    Example("The city has half a million residents.", [N("half a million", 500_000)]),
    Example("Two countries signed, and two million people watched.", [N("Two", 2), N("two million", 2_000_000)]),
    Example("Nearly three hundred and fifty thousand tickets sold.",
            [N("Nearly three hundred and fifty thousand", 350_000, 350_000, "about")]),
    Example("Between ten and twenty boats sank.", [N("Between ten and twenty", 10, 20, "range")]),
    Example("The top ten films took most of it.", [N("ten", 10)]),
    Example("Two to three million people fled.", [N("Two to three million", 2_000_000, 3_000_000, "range")]),
    # vague magnitudes: the bounds the phrase implies, hedged
    Example("Dozens of people were hurt.", [N("Dozens", 24, 199, "about")]),
    Example("The storm damaged hundreds of homes.", [N("hundreds", 200, 999, "about")]),
    Example("Thousands marched through the capital.", [N("Thousands", 2_000, 99_999, "about")]),
    Example("The rally drew tens of thousands of supporters.", [N("tens of thousands", 20_000, 99_999, "about")]),
    Example("It will cost tens of millions.", [N("tens of millions", 20_000_000, 99_999_999, "about")]),
    Example("Hundreds of millions of people use it.", [N("Hundreds of millions", 200_000_000, 999_999_999, "about")]),
    Example("The banks hold billions of dollars of bad loans.",
            [M("billions", 2_000_000_000, 99_999_999_999, "about")]),
    Example("They spent millions of pounds on it.", [M("millions", 2_000_000, 99_999_999, "about", currency="GBP")]),
    Example("Several hundred soldiers stayed behind.", [N("Several hundred", 200, 999, "about")]),
    Example("Only a few thousand tickets remain.", [N("a few thousand", 2_000, 9_999, "about")]),
    Example("More than thousands of fans came.", [N("More than thousands", 2_000, None, "more_than")]),
    # fractions and shares, as percentages
    Example("Half of those asked agreed.", [P("Half", 50)]),
    Example("Nearly half the surplus went abroad.", [P("Nearly half", 50, 50, "about")]),
    Example("Just over half backed the plan.", [P("Just over half", 50, None, "more_than")]),
    Example("A third of the staff left.", [P("A third", 33.33)]),
    Example("Pensions were important for a third, and tax for a fifth.", [P("a third", 33.33), P("a fifth", 20)]),
    Example("Two-thirds of voters backed it.", [P("Two-thirds", 66.67)]),
    Example("It happens in a third of cases and in half the towns.", [P("a third", 33.33), P("half", 50)]),
    Example("Three quarters of members voted.", [P("Three quarters", 75)]),
    Example("Three-quarters said he was right.", [P("Three-quarters", 75)]),
    Example("The show drew a quarter of the audience.", [P("a quarter", 25)]),
    Example("Almost a quarter (21%) of those polled agreed.", [P("Almost a quarter", 25, 25, "about"), P("21%", 21)]),
    Example("More than a third of new phones will be sold there.", [P("More than a third", 33.33, None, "more_than")]),
    Example("One in five adults owns one.", [P("One in five", 20)]),
    Example("One in 10 adults owns one.", [P("One in 10", 10)]),
    Example("Almost one in five citizens agree.", [P("Almost one in five", 20, 20, "about")]),
    Example("Nine out of 10 doctors agree.", [P("Nine out of 10", 90)]),
    Example("Only 3 in 4 trains ran on time.", [P("3 in 4", 75)]),
    Example("Two in three homes have broadband.", [P("Two in three", 66.67)]),
    Example("One in a hundred visitors complained.", [P("One in a hundred", 1)]),
    Example("The side scored 5 in 10 minutes.", [N("5", 5), N("10 minutes", 10, unit="minute")]),
    Example("Releases rose to 310 in 2004.", [N("310", 310)]),
    # percentage points, kept apart from percent
    Example("Support rose 3 percentage points to 45%.",
            [P("3 percentage points", 3, unit="percentage_point"), P("45%", 45)]),
    Example("Growth slowed by about 2 percentage points.",
            [P("about 2 percentage points", 2, 2, "about", unit="percentage_point")]),
    Example("The lead is 0.5 percentage point.", [P("0.5 percentage point", 0.5, unit="percentage_point")]),
    # signs and changes: a minus is part of the value, a change word is not
    Example("The index moved -5% on the day.", [P("-5%", -5)]),
    Example("Overnight it was minus 5 outside.", [N("minus 5", -5)]),
    Example("Growth came in at −0.3% in the quarter.", [P("−0.3%", -0.3)]),
    Example("A 12% drop in sales followed.", [P("12%", 12)]),
    Example("Output fell by 3.2 million tonnes.", [N("3.2 million tonnes", 3_200_000, unit="tonne")]),
    Example("Sales rose 5.9% to 20.7 kronor a share.", [P("5.9%", 5.9), M("20.7 kronor", 20.7, currency="SEK")]),
    Example("Revenue climbed 4.7% to $51.2bn.", [P("4.7%", 4.7), M("$51.2bn", 51_200_000_000)]),
    Example("Its share fell from 11.2% to 9.6% last month.", [P("11.2%", 11.2), P("9.6%", 9.6)]),
    Example("Prices rose from $5 to $7 within a year.", [M("$5", 5), M("$7", 7)]),
    Example("Labour lead by 39% to 34%.", [P("39%", 39), P("34%", 34)]),
    Example("Costs rose by 5% to 10% more than planned.", [P("5%", 5), P("10%", 10)]),
    Example("Computers will double by 2010 to 1.3 billion.", [N("1.3 billion", 1_300_000_000)]),
    # measured quantities: a number with a unit never meets a plain count
    Example("The road is 1,000 km long.", [N("1,000 km", 1_000, unit="km")]),
    Example("Each truck carries 5 tonnes.", [N("5 tonnes", 5, unit="tonne")]),
    Example("The pipeline runs 300 miles north.", [N("300 miles", 300, unit="mile")]),
    Example("The reserve covers 40 sq km of forest.", [N("40 sq km", 40, unit="km2")]),
    Example("The new plant will make 10 gigawatts.", [N("10 gigawatts", 10, unit="gw")]),
    Example("The player stores 160GB of music.", [N("160GB", 160, unit="gb")]),
    Example("She ran the 400m in 44.93 seconds.", [N("400m", 400, unit="m"), N("44.93 seconds", 44.93, unit="second")]),
    Example("He won the indoor 60m in 6.63secs.", [N("60m", 60, unit="m"), N("6.63secs", 6.63, unit="second")]),
    Example("She stormed to the 1,000m title at the Grand Prix.", [N("1,000m", 1_000, unit="m")]),
    Example("The show was seen by 14m people.", [N("14m", 14_000_000)]),
    Example("Shares closed at 12.30 pence, up from 11.95.", [M("12.30 pence", 0.123, currency="GBP"), N("11.95", 11.95)]),
    Example("The field produces 5 million barrels a day.",
            [N("5 million barrels a day", 5_000_000, per="day", unit="barrel")]),
    Example("An 18-year-old won.", [N("18-year", 18, unit="year")]),
    Example("The battery lasts up to 80 hours.", [N("up to 80 hours", None, 80, "at_most", unit="hour")]),
    # "edged up to": a rise to a level, not a bound
    Example("The jobless rate edged up to 5.1% in May.", [P("5.1%", 5.1)]),
    Example("A 13-month delay followed.", [N("13-month", 13, unit="month")]),
    # spelled and mixed forms
    Example("The army is 1.2 million-strong.", [N("1.2 million", 1_200_000)]),
    Example("A quarter of a million people came.", [N("A quarter of a million", 250_000)]),
    Example("One million people came.", [N("One million", 1_000_000)]),
    Example("The festival had 100,000-plus visitors.", [N("100,000-plus", 100_000, None, "at_least")]),
    Example("Some 10,000-odd locals joined.", [N("Some 10,000-odd", 10_000, 10_000, "about")]),
    Example("The site has 5,000+ pages.", [N("5,000+", 5_000, None, "at_least")]),
    Example("Nearly 5,000,000 votes were cast.", [N("Nearly 5,000,000", 5_000_000, 5_000_000, "about")]),
    # ranges, with the scale or unit shared
    Example("Casualties are put at 4.2-5.8 million.", [N("4.2-5.8 million", 4_200_000, 5_800_000, "range")]),
    Example("Prices rose 40 to 50 percent.", [P("40 to 50 percent", 40, 50, "range")]),
    # a change verb, then a change and the level it reached: two figures, not a range
    Example("Membership grew 2,500 to 61,000 last year.", [N("2,500", 2_500), N("61,000", 61_000)]),
    Example("The waiting list fell 900 to 1.2 million.", [N("900", 900), N("1.2 million", 1_200_000)]),
    Example("The bill will be $5–10 billion.", [M("$5–10 billion", 5_000_000_000, 10_000_000_000, "range")]),
    Example("Between 300 and 400 troops stayed.", [N("Between 300 and 400", 300, 400, "range")]),
    Example("Profit will be $4.2bn to $4.35bn.", [M("$4.2bn to $4.35bn", 4_200_000_000, 4_350_000_000, "range")]),
    Example("Those aged 30-39 were keenest.", [N("30-39", 30, 39, "range")]),
    Example("The trip takes 3-5 days.", [N("3-5 days", 3, 5, "range", unit="day")]),
    Example("Around 1,500 to 15,000 may have come.", [N("Around 1,500 to 15,000", 1_500, 15_000, "range")]),
    # hedges before and after, and a hedge outside the figure's words
    Example("It cost approximately $2 million.", [M("approximately $2 million", 2_000_000, qualifier="about")]),
    Example("Roughly 300 people attended.", [N("Roughly 300", 300, 300, "about")]),
    Example("Nearly 5,000 flights were cancelled.", [N("Nearly 5,000", 5_000, 5_000, "about")]),
    Example("More than 2,000 homes lost power.", [N("More than 2,000", 2_000, None, "more_than")]),
    Example("Over 90 percent agreed.", [P("Over 90 percent", 90, None, "more_than")]),
    Example("As many as 600 jobs could go.", [N("As many as 600", None, 600, "at_most")]),
    Example("Fewer than 30 remain.", [N("Fewer than 30", None, 30, "less_than")]),
    Example("Under 10 per cent voted.", [P("Under 10 per cent", None, 10, "less_than")]),
    Example("Its share fell below 90%.", [P("below 90%", None, 90, "less_than")]),
    Example("The fund is in excess of £2m.", [M("in excess of £2m", 2_000_000, None, "more_than", currency="GBP")]),
    Example("Adults aged 18 or over were asked.", [N("18", 18, None, "at_least")]),
    Example("Those earning $75,000 (£39,000) or above were asked.",
            [M("$75,000", 75_000, None, "at_least"), M("£39,000", 39_000, None, "at_least", currency="GBP")]),
    Example("The boss said about \"27% of people\" could use it.", [P("27%", 27, 27, "about")]),
    Example("Donations topping £250,000 came in.", [M("£250,000", 250_000, None, "more_than", currency="GBP")]),
    Example("Sales passed 167 million in the quarter.", [N("167 million", 167_000_000, None, "more_than")]),
    Example("Its share stayed at around the 95% mark.", [P("95%", 95, 95, "about")]),
    Example("It will pay £960m over 15 years.",
            [M("£960m", 960_000_000, currency="GBP"), N("15 years", 15, unit="year")]),
    Example("He has lived there for over 15 years.", [N("over 15 years", 15, None, "more_than", unit="year")]),
    Example("Tours pushed their earnings up to $43.1m.", [M("$43.1m", 43_100_000)]),
    # money after the number, rates
    Example("It pays $630 million a year.", [M("$630 million a year", 630_000_000, per="year")]),
    Example("Sales grew by 300 per week.", [N("300 per week", 300, per="week")]),
    Example("Fees of £400 annually apply.", [M("£400 annually", 400, currency="GBP", per="year")]),
    Example("The fee is $10 billion per annum.", [M("$10 billion per annum", 10_000_000_000, per="year")]),
    Example("The 11,000 a year ago were fewer.", [N("11,000", 11_000)]),
    Example("The guns fire around 10,000 shells a day.", [N("around 10,000", 10_000, 10_000, "about", per="day")]),
    Example("Every day 78 million messages are sent.", [N("78 million", 78_000_000, per="day")]),
    # a conversion in brackets shares the hedge and rate of what it converts
    Example("The tour took almost $42.7m (£23m).",
            [M("almost $42.7m", 42_700_000, qualifier="about"),
             M("£23m", 23_000_000, qualifier="about", currency="GBP")]),
    Example("At least $10 billion per annum (£5.5bn) is needed.",
            [M("At least $10 billion per annum", 10_000_000_000, None, "at_least", per="year"),
             M("£5.5bn", 5_500_000_000, None, "at_least", currency="GBP", per="year")]),
    Example("Trade totalled 22,201bn yen ($214.6bn;£114.5bn).",
            [M("22,201bn yen", 22_201_000_000_000, currency="JPY"), M("$214.6bn", 214_600_000_000),
             M("£114.5bn", 114_500_000_000, currency="GBP")]),
    # issue 16: forms other house styles print
    # (1) number words never run across a line break; a run that is no number is split
    Example("The vote was seventy\n\nfifty-two members stayed away.",
            [N("seventy", 70), N("fifty-two", 52)]),
    Example("Twenty\nThirty of them left.", [N("Twenty", 20), N("Thirty", 30)]),
    # (3) currency codes and words after the amount, and codes before it with a space
    Example("Sales reached 500 million EUR, and a coffee costs 4 CNY.",
            [M("500 million EUR", 500_000_000, currency="EUR"), M("4 CNY", 4, currency="CNY")]),
    Example("Tickets cost less than 9 EUR.", [M("less than 9 EUR", None, 9, "less_than", currency="EUR")]),
    Example("It paid 30 billion yen and 2.5 million rupees.",
            [M("30 billion yen", 30_000_000_000, currency="JPY"), M("2.5 million rupees", 2_500_000, currency="INR")]),
    Example("EUR 500 million was raised (EUR 20 million more).",
            [M("EUR 500 million", 500_000_000, currency="EUR"), M("EUR 20 million", 20_000_000, currency="EUR")]),
    Example("The mill exported 1.03 bln dlrs of pulp and earned 950 million kroner.",
            [M("1.03 bln dlrs", 1_030_000_000), M("950 million kroner", 950_000_000, currency="NOK")]),
    # (4) hedges and bounds before and after the number
    Example("Greater than 20% of farms and as few as 3,000 firms replied.",
            [P("Greater than 20%", 20, None, "more_than"), N("as few as 3,000", 3_000, None, "at_least")]),
    Example("We saw 200 or so boats, 10 or fewer yachts and 40 or more canoes.",
            [N("200", 200, 200, "about"), N("10", None, 10, "at_most"), N("40", 40, None, "at_least")]),
    # (5) halves with scale words; "one and a half times" is a multiplier
    Example("About five and a half million people and one and a half million cars.",
            [N("About five and a half million", 5_500_000, 5_500_000, "about"),
             N("one and a half million", 1_500_000)]),
    Example("It cost two and a half billion dollars, or a million and a half each.",
            [M("two and a half billion dollars", 2_500_000_000), N("a million and a half", 1_500_000)]),
    # (7) hyphenated scales; "-strong" stays outside
    Example("Council Approves $3.5-Million Plan for a 23-million-dollar fund and a 19-million population.",
            [M("$3.5-Million", 3_500_000), M("23-million-dollar", 23_000_000), N("19-million", 19_000_000)]),
    Example("A 10,000-strong force signed a $5-billion deal.",
            [N("10,000", 10_000), M("$5-billion", 5_000_000_000)]),
    # grouping and percent signs of other styles (issue 14, item 7)
    Example("There were 38 000 births, 12\u202f000 deaths and 9\u00a0500 marriages.",
            [N("38 000", 38_000), N("12\u202f000", 12_000), N("9\u00a0500", 9_500)]),
    Example("It sold for Rs 12,34,567 and CHF 1'200'000, about EUR 37 900.",
            [M("Rs 12,34,567", 1_234_567, currency="INR"), M("CHF 1'200'000", 1_200_000, currency="CHF"),
             M("about EUR 37 900", 37_900, qualifier="about", currency="EUR")]),
    Example("Turnout hit 50％ in one town and 61٪ in another.", [P("50％", 50), P("61٪", 61)]),
    Example("There were 150 000 voters and 12\u2009000 observers.", [N("150 000", 150_000), N("12\u2009000", 12_000)]),
    # issue 14, item 7: forms once read as another value
    Example("The deal was worth .5 billion dollars, and shares fell .25%.",
            [M(".5 billion dollars", 500_000_000), P(".25%", 0.25)]),
    Example("½ million stayed home, some 2½ million people voted and 1¼ million were away.",
            [N("½ million", 500_000), N("some 2½ million", 2_500_000, 2_500_000, "about"), N("1¼ million", 1_250_000)]),
    Example("Mortgage rates rose to 3¾% this year.", [P("3¾%", 3.75)]),
    Example("The war cost £3 thousand million, or three thousand million pounds.",
            [M("£3 thousand million", 3_000_000_000, currency="GBP"),
             M("three thousand million pounds", 3_000_000_000, currency="GBP")]),
    Example("It raised US$ 3 million, US $4 million, A$ 5m and C$ 2 billion.",
            [M("US$ 3 million", 3_000_000), M("US $4 million", 4_000_000), M("A$ 5m", 5_000_000, currency="AUD"),
             M("C$ 2 billion", 2_000_000_000, currency="CAD")]),
    Example("A dividend of 70 euro cents, then 55 Euro cents, against 60 cents.",
            [M("70 euro cents", 0.7, currency="EUR"), M("55 Euro cents", 0.55, currency="EUR"), M("60 cents", 0.6)]),
    Example("Derivatives were worth 3 quadrillion dollars, or two quadrillion pounds.",
            [M("3 quadrillion dollars", 3 * 10**15), M("two quadrillion pounds", 2 * 10**15, currency="GBP")]),
    Example("They sent 12 000\u200b troops and 40\u00ad tanks.", [N("12 000", 12_000), N("40", 40)]),
    # issue 16, second round
    # comma-less thousands: a count when a counted noun or a rate follows; years stay years
    Example("1000-5000 people marched, and 1200 to 4000 workers struck.",
            [N("1000-5000", 1_000, 5_000, "range"), N("1200 to 4000", 1_200, 4_000, "range")]),
    Example("Between 1000 and 5000 people came; between 1600 and 1900 a year died.",
            [N("Between 1000 and 5000", 1_000, 5_000, "range"),
             N("between 1600 and 1900 a year", 1_600, 1_900, "range", per="year")]),
    Example("There were 1000-1500 child casualties a month", [N("1000-1500", 1_000, 1_500, "range", per="month")]),
    Example("1200 workers were laid off.", [N("1200", 1_200)]),
    Example("Hires:\n1200 to 4000 workers\nCrater: about 5m deep.",
            [N("1200 to 4000", 1_200, 4_000, "range"), N("about 5m", 5, 5, "about", unit="m")]),
    # ranges: "through", a shared thousands ("40-60,000"), "or", points after a percentage
    Example("Classes had 30 through 200 members (from 2004 through 2006).", [N("30 through 200", 30, 200, "range")]),
    Example("They expect 40-60,000 troops, or 40 to 60,000 in all, from 5 to 10,000 firms.",
            [N("40-60,000", 40_000, 60_000, "range"), N("40 to 60,000", 40_000, 60_000, "range"),
             N("from 5 to 10,000", 5_000, 10_000, "range")]),
    Example("Lunch costs (two or three pounds a month), and two or three hundred came.",
            [M("two or three pounds a month", 2, 3, "range", currency="GBP", per="month"),
             N("two or three hundred", 200, 300, "range")]),
    Example("Rates rose by 3.2%; others fell by between 1.5 and 3 points.",
            [P("3.2%", 3.2), P("between 1.5 and 3 points", 1.5, 3, "range", unit="percentage_point")]),
    Example("Those earning £30,000 are 2 to 3 percentage points behind.",
            [M("£30,000", 30_000, currency="GBP"), P("2 to 3 percentage points", 2, 3, "range", unit="percentage_point")]),
    # thresholds: a bound where a mark or barrier follows
    Example("The Dow topped the 40,000 mark, sales passed the 1,000 mark and support broke through the 50% barrier.",
            [N("40,000", 40_000, None, "more_than"), N("1,000", 1_000, None, "more_than"),
             P("50%", 50, None, "more_than")]),
    Example("Debt fell below the EUR 1 billion mark; shares topped the $5 trillion mark.",
            [M("EUR 1 billion", None, 1_000_000_000, "less_than", currency="EUR"),
             M("$5 trillion", 5_000_000_000_000, None, "more_than")]),
    Example("He passed the 300 people queueing outside.", [N("300", 300)]),
    # metres by a dimension after; millions beside a currency or a counted noun
    Example("The crater is about 5m deep, the tower about 250m high and the bridge 30m long.",
            [N("about 5m", 5, 5, "about", unit="m"), N("about 250m", 250, 250, "about", unit="m"),
             N("30m", 30, unit="m")]),
    Example("She won a 400m race; £250m was spent and 120m people watched.",
            [N("400m", 400, unit="m"), M("£250m", 250_000_000, currency="GBP"), N("120m", 120_000_000)]),
    # counts beside calibres
    Example("Ukraine received 1,000 152mm shells.", [N("1,000", 1_000)]),
    Example("A single 155mm shell costs $3,000, and 2,500 300mm wafers a week are made.",
            [M("$3,000", 3_000), N("2,500", 2_500, per="week")]),
    # periods stated before the figure
    Example("Every day, Russian forces fire 10,000 shells.", [N("10,000", 10_000, per="day")]),
    Example("Each year, about 4 million tonnes of grain leave.",
            [N("about 4 million tonnes", 4_000_000, 4_000_000, "about", per="year", unit="tonne")]),
    Example("More than 40,000 visitors a day came.", [N("More than 40,000", 40_000, None, "more_than", per="day")]),
    Example("Average weekly earnings were £712, and annual pay of staff came to EUR 37 900.",
            [M("£712", 712, currency="GBP", per="week"), M("EUR 37 900", 37_900, currency="EUR", per="year")]),
    Example("The annual report says 300 jobs go.", [N("300", 300)]),
    # small number words that count something
    Example("Three people were killed and seven arms shipments were seized.", [N("Three", 3), N("seven", 7)]),
    Example("The strike killed 14, including three children.", [N("14", 14), N("three", 3)]),
    Example("“Three people died,” he said.", [N("Three", 3)]),
    Example("Investors see no more than two rate cuts, and four or more.",
            [N("no more than two", None, 2, "at_most"), N("four", 4, None, "at_least")]),
    Example("The firm will close two smaller sites over the next two years.",
            [N("two", 2), N("two years", 2, unit="year")]),
    # a run of number words that makes no one number holds several
    Example("The vote was twenty thirty.", [N("twenty", 20), N("thirty", 30)]),
    Example("one two three people", [N("three", 3)]),
    # forms that already read right, kept so
    Example("The toll stood at 340 and sales totalled 1.2 million.", [N("340", 340), N("1.2 million", 1_200_000)]),
    Example("No fewer than 40 came, in excess of 50 left, upwards of 60 stayed, 200 or so waited, 70 or more.",
            [N("No fewer than 40", 40, None, "at_least"), N("in excess of 50", 50, None, "more_than"),
             N("upwards of 60", 60, None, "more_than"), N("200", 200, 200, "about"), N("70", 70, None, "at_least")]),
    Example("A 23-million population, a $5-billion deal and a 10,000-strong force.",
            [N("23-million", 23_000_000), M("$5-billion", 5_000_000_000), N("10,000", 10_000)]),
    # wire and market shorthand: pct, percentage and basis points
    Example("Output rose 1.1 pct; yields fell 40 bp, then 4 basis points, a swing of 0.3 pp.",
            [P("1.1 pct", 1.1), P("40 bp", 0.4, unit="percentage_point"),
             P("4 basis points", 0.04, unit="percentage_point"), P("0.3 pp", 0.3, unit="percentage_point")]),
]

# What an editor would never check as a quoted figure.
TRAPS = [
    # years, year ranges and decades
    Example("The treaty was signed in 2024 and ratified since 2022 by both."),
    Example("Ties dormant since the late 1990s were revived for 2022-2024."),
    Example("The 2004-05 season and the budget for 2007-13 were agreed."),
    Example("Music of the '90s and the 80s returned."),
    Example("Analysts expect more for the 2005 year."),
    Example("Between 1990 and 2000 the town grew."),
    Example("Under 2004 rules it was allowed."),
    Example("Buyers must wait until at least 2006, or by about 2010."),
    # dates in every common style
    Example("On July 13 the minister arrived; on June 4 he left."),
    Example("She met him on 13 July and on the 13th of July."),
    Example("It happened on 13/07/2024 and again on 2024-07-13."),
    Example("The deadline was 13.07.2024, moved from July 13, 2024."),
    Example("The summit runs 16-18 December in Brussels."),
    Example("The game is on Saturday 20 November."),
    Example("It was due by Jan. 5 at the latest."),
    # times
    Example("She met him at 10:30 and again at 3pm."),
    Example("Kick-off is at 1300 GMT, moved from 2115 GMT."),
    Example("The train leaves at 3 p.m. sharp."),
    Example("If it's 12.30 on a Saturday morning, the pub is shut; we met at 9.45."),
    Example("Viewers tuned in between 2000 and 2100 GMT."),
    # ordinals and numbers in names
    Example("The 47th brigade held; the 2nd army fell back."),
    Example("The festival is now in its twenty-first year."),
    Example("Hwasong-11 missiles, F-16 jets, COVID-19 and the G7 are names."),
    Example("A Su-35 escorted a Boeing 737 past an Airbus A380 to the G20 summit."),
    Example("Channel 4, BBC2, Halo 2 and Service Pack 2 were mentioned."),
    Example("Firefox 1.0 and Windows 95 ran on the Xbox 360."),
    Example("The FTSE 100 index rose sharply."),
    Example("Ocean's Twelve and Million Dollar Baby led the chart."),
    Example("The rapper 50 Cent came top."),
    Example("Burnout 3 won three awards and Halo 2 won another.", [N("three", 3)]),
    Example("He told the TV show 60 Minutes about 28 Days Later."),
    Example("The album went in at number 19, then number 11 and 12."),
    Example("Military expert Robert Farley wrote in 19FortyFive."),
    # sections, pages and list numbering
    Example("See section 3, page 12 and chapter 11."),
    Example("Paragraph 4 of article 5 and clause 28 apply."),
    Example("1. Buy milk\n2) Sell shares\n(3) Repeat"),
    Example("The claim was disputed.[12] So was another^3."),
    # phone numbers and version numbers
    Example("Call 020 7946 0018 for tickets."),
    Example("Call +44 20 7946 0018 or (202) 555-0143."),
    Example("Dial 555-1234 after hours."),
    Example("The ledger ran 138,582 868,821 783,064 to the end."),
    # a currency, a scale or a percent keeps an amount among digit groups a figure
    Example("Stalls charged $5 6 7 days a week.", [M("$5", 5)]),
    Example("They shipped 5 6m 7 units.", [N("6m", 6_000_000), N("7", 7)]),
    Example("Version 1.2.3 of the tool shipped."),
    Example("Opera is due to release its version 7.60 soon."),
    # URLs, e-mail addresses, inline code and code blocks
    Example("The report at https://example.org/report/2024/12 has it."),
    Example("See www.example.com/page/7?id=5 for more."),
    Example("Write to desk42@example.org or 12@example.org for copies."),
    Example("Run `factcheck --tolerance 0.2` to loosen it."),
    # backticks further apart than inline code runs are stray quote marks, on one line too
    Example("They called it `the long road' at first. " + "The road went on and on. " * 25
            + "It closed 4,000 shops, a `disaster'.", [N("4,000", 4000)]),
    Example("Set it like this:\n```\nlimit = 500\nretries = 42\n```\nand run it."),
    # scores
    Example("The score was 3-1 at half time."),
    Example("He won 6-3 6-4 7-6 (7-5) in the final."),
    Example("Ireland beat them 83-3, but lost 9-13 a week later."),
    # multipliers are never counts; words below ten are words
    Example("Output doubled, then tripled, and there are three times as many now."),
    Example("Prices are 10 times higher and rose tenfold, or 10-fold."),
    Example("The two countries and their three allies met."),
    Example("They played the second half and the first quarter was weak."),
    Example("The film topped the chart for a third week."),
    Example("Half-Life and half-time are not shares; nor is cutting it in half."),
    # issue 16 traps beside its forms
    Example("The vote was one and a half times larger."),
    Example("Call 0800 123 456 or 020 7946 0018 today."),
    Example("In 2004, 300 people came.", [N("300", 300)]),
    Example("The codes 12 3456 and 123 45 are no numbers."),
    # issue 14, item 7 traps beside its forms: a fraction sign alone is a measure, "A $5m"
    # an article, and a number that would be read as another value is left out whole
    Example("Add ½ cup of milk and ¼ teaspoon of salt."),
    Example("A $5m grant and NZ $7m were paid.", [M("$5m", 5_000_000), M("NZ $7m", 7_000_000, currency="NZD")]),
    Example("Prices rose 7,7% and 3,25 million left, but 7,700 stayed.", [N("7,700", 7_700)]),
    Example("The list 1,5,6 stays as it was.", [N("6", 6)]),  # as before: no decimal comma in it
    Example("He lost 1-6,4-6 in the final."),
    Example("They sent 12\u200b000 troops and 40 tanks.", [N("40", 40)]),
    Example("They sent 12\u00ad000 troops, 13\u2060000 guards and 40 tanks.", [N("40", 40)]),
    Example("They sent 12\u200c000 troops, 13\u200d000 guards, 14\ufeff000 cooks and 40 tanks.", [N("40", 40)]),
    Example("They sent \u202e0001\u202c troops, \u200e12% more, 7\u202b5\u202c guards and 40 tanks.", [N("40", 40)]),
    Example("The \u2067Hamas\u2069 fired 40 rockets.", [N("40", 40)]),
    # issue 16, second round
    Example("It fell steeply in 1990-2000 and again in 2004."),
    Example("Sales fell from 36,185 in 2003 to 28,041 in 2004.", [N("36,185", 36_185), N("28,041", 28_041)]),
    Example("Rs 250 or Rs. 300 were asked.", [M("Rs 250", 250, currency="INR"), M("Rs. 300", 300, currency="INR")]),
    Example("The index fell 50 points.", [N("50", 50)]),
    Example("The S&P 500 rose and the 10-year note fell."),
    Example("She lives on the 300 block of Cedar Avenue, at 1420 Elm St."),
    Example("There were 2.4 deaths per 100,000 population.", [N("2.4", 2.4)]),
    Example("I bought the 6230 handset and the 3310."),
    Example("Channel 4, Radio 1, 6 Music, 5 Live and Formula 1 were on."),
    Example("It rose to 150th in the world rankings; he was ranked 150 in the world."),
    Example("Its 5-nanometer chips and 155mm shells are small."),
    Example("One of them left one day; the two leaders met a couple of times."),
    Example("The first three months were slow, and there are two primary reasons."),
    Example("one two three"),
    Example("Every year it rains. Then 300 came.", [N("300", 300)]),
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
        ("2½ million", 2_500_000, 2_500_000, 125_000),  # stated to the half million, capped at 5%
        ("2½", 2.5, 2.5, 0.125),  # stated to the half: 2.25-2.75, capped at 5%
        ("4.2 million", 4_200_000, 4_200_000, 50_000),
        ("64", 64, 64, 0.5),
        ("10,000", 10_000, 10_000, 500),  # a round number is capped at 5% of its value
        ("a third", 33.33, 33.33, 1.6665),  # a share is a round figure: 5% of its value
        ("thousands", 2_000, 99_999, 0),  # a vague magnitude states its bounds outright
        ("33 cents", 0.33, 0.33, 0.005),
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
        ("thousands", "number", 2_000, 99_999, "about"),
        ("tens of thousands", "number", 20_000, 99_999, "about"),
        ("a third", "percent", 33.33, 33.33, "exact"),
        ("one in five", "percent", 20, 20, "exact"),
        ("-5%", "percent", -5, -5, "exact"),
        ("₹2.5 lakh crore", "money", 2_500_000_000_000, 2_500_000_000_000, "exact"),
        ("100,000-plus", "number", 100_000, None, "at_least"),
        ("$.5bn", "money", 500_000_000, 500_000_000, "exact"),
        ("½", "number", 0.5, 0.5, "exact"),  # alone, a registry value, not a recipe's measure
        ("£3 thousand million", "money", 3_000_000_000, 3_000_000_000, "exact"),
    ],
)
def test_parse_figure_reads_registry_values(value, kind, low, high, qualifier) -> None:
    figure = parse_figure(value)
    assert (figure.kind, figure.low, figure.high, figure.qualifier) == (kind, low, high, qualifier)


@pytest.mark.parametrize(
    ("value", "unit"),
    [("3 percentage points", "percentage_point"), ("1,000 km", "km"), ("40 sq km", "km2"), ("160GB", "gb")],
)
def test_parse_figure_reads_units(value, unit) -> None:
    assert parse_figure(value).unit == unit


@pytest.mark.parametrize(
    "value",
    ["", "twelve-ish", "about 12 million munitions", "12 and 13", "lots", "million", "7,7%", "12\u200b000",
     "\u202e0001"],
)
def test_parse_figure_refuses_what_is_not_one_figure(value) -> None:
    assert parse_figure(value) is None


# Numbers left out rather than read as another value (issue 14, item 7): what
# unreadable_numbers finds, its span ending at the number's last digit or sign.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation hit 7,7% in May.", [("7,7%", "number with a decimal comma")]),
        ("Some 3,25 million and 0,5 % left.",
         [("3,25", "number with a decimal comma"), ("0,5 %", "number with a decimal comma")]),
        ("It sold for $110,00 (about £59,000).", [("$110,00", "number with a decimal comma")]),
        ("They sent 12\u200b000 troops.", [("12\u200b000", "number with a zero-width space (U+200B)")]),
        ("They sent 12,\u00ad000 troops.", [("12,\u00ad000", "number with a soft hyphen (U+00AD)")]),
        ("Only 5\u2060% and £\ufeff40 came.",
         [("5\u2060%", "number with a word joiner (U+2060)"), ("£\ufeff40", "number with a byte-order mark (U+FEFF)")]),
        ("They sent \u202e0001\u202c troops.",
         [("\u202e0001\u202c", "number beside a bidirectional control (U+202E)")]),
        ("Up \u200f12%, then 40.", [("\u200f12%", "number beside a bidirectional control (U+200F)")]),
        ("\u2066They say 40 came\u2069 and 50 left.",
         [("40", "number within the reach of a bidirectional control (U+2066)")]),
        ("\u202bThey say 40 came\nand 50 left.", [("40", "number within the reach of a bidirectional control (U+202B)")]),
        # none: grouping, a list of digits, a score, a character beside a number, not in it
        ("They counted 7,700 and 12,34,567 and 1,5,6 and lost 1-6,4-6.", []),
        ("They sent 12 000\u200b troops, \u200b40 tanks and 5\u00ad guns.", []),
        ("The \u2067Hamas\u2069 fired 40 rockets.", []),
        ("See https://example.org/?a=1,5 and `x = 2,5`.", []),
    ],
)
def test_unreadable_numbers_are_found_whole(text: str, expected: list[tuple[str, str]]) -> None:
    numbers = unreadable_numbers(text)
    assert [(n.text, n.reason) for n in numbers] == expected
    assert all(text[n.start:n.end] == n.text for n in numbers)


# The seed articles themselves, read from ../shared when it is present.
SEED_EXPECTED = {
    "000_e0376091e6ffc7b9.txt": [
        "at least 64", "between 4.2 and 5.8 million", "about 12 million", "an estimated $20 billion",
        "an estimated $630 million", "around 10,000 a day", "around 40 percent", "24 hours a day",
        "25,000 to 30,000", "11,000", "160,000", "14 years", "from around 1,500 to 15,000",
    ],
    "002_fe833d012095a12d.txt": ["up to 50%", "millions", "thousands", "hundreds of thousands"],
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


# Properties that hold for any text at all, however odd.
_PIECES = [
    "about ", "between ", " and ", " to ", "-", "–", "£", "$", "US$", "€", "Rs ", "₹", "1,234", "4.2", "12", "0",
    "2024", "07", " million", "bn", "m", "k", " crore", " lakh", "%", " percent", " per cent", " percentage points",
    "half", "a third", "one in ", " out of ", "two-thirds", "thousands", "tens of ", "dozens", "several ",
    " a day", " per year", " km", " years", "-year", "-plus", "+", "-odd", " or more", " (", ")", "[", "]", "`",
    "```", "\n", ". ", ", ", "July ", "Channel ", "https://x.org/", "@", "minus ", "up to ", "over ", "twenty",
    "-five", " thousand", "a ", "the ", "GMT", ":30", "th", "'s", " times", "fold", "“", "\"", "x",
    "½", "¾", ".5", ",7", " thousand million", "US $", "A$ ", "\u200b", "\u00ad", "\u202e", "\u202c", "\u2066",
]
_TEXTS = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join), st.text(max_size=60))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_figures_of_any_text_are_well_formed(text: str) -> None:
    figures = extract_figures(text)
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start:figure.end] == figure.text
        assert figure.kind in ("number", "percent", "money")
        assert figure.qualifier in QUALIFIERS
        if figure.low is not None and figure.high is not None:
            assert figure.low <= figure.high
    for before, after in zip(figures, figures[1:]):
        assert before.end <= after.start
    for number in unreadable_numbers(text):  # left out whole: no figure is a part of one
        assert text[number.start:number.end] == number.text
        assert not any(f.start < number.end and number.start < f.end for f in figures)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_parse_figure_never_raises(text: str) -> None:
    figure = parse_figure(text)
    assert figure is None or figure.text == text.strip()


# --- runaway numbers: garbage, and bounded so that reading them stays linear ---------


@pytest.mark.parametrize(
    "text",
    [
        "1" * 31,  # more digits than any figure: an ID or garbage
        "1" * 20_000,
        "we paid 5000000000000000000000 dollars",  # above 10^18 (figures.numbers.MAX_MAGNITUDE)
        "one hundred and " * 2_000,  # more number words than any figure
        "million " * 2_000,
    ],
    ids=["31 digits", "20,000 digits", "above 10^18", "runaway words", "scale words"],
)
def test_runaway_numbers_are_not_figures(text: str) -> None:
    assert extract_figures(text) == []


def test_a_runaway_word_number_is_skipped_whole() -> None:
    text = "one hundred and " * 30 + "ten. They sent twenty-two thousand troops."
    assert [f.text for f in extract_figures(text)] == ["twenty-two thousand"]


def test_the_caps_leave_the_longest_real_numbers() -> None:
    assert extract_figures("1,000,000,000,000,000,000 dollars")[0].low == 10**18
    assert parse_figure("1" * 30) is not None and parse_figure("1" * 31) is None
    seventeen_words = (
        "nine hundred and ninety-nine million nine hundred and ninety-nine thousand nine hundred and ninety-nine"
    )
    assert parse_figure(seventeen_words).low == 999_999_999
    assert parse_figure("one hundred and " * 7 + "one hundred") is not None  # 23 words: garbage, but under the cap
    assert parse_figure("one hundred and " * 8 + "one hundred") is None  # 26 words


def test_parse_figure_keeps_a_value_above_the_magnitude_cap_for_the_registry_to_refuse() -> None:
    assert parse_figure("5000000000000000000000").low == 5 * 10**21


@pytest.mark.parametrize("mark", [chr(code) for code in range(128)], ids=lambda mark: f"{ord(mark):#04x}")
def test_a_text_in_ascii_reads_as_one_that_is_not(mark: str) -> None:
    # A mark outside Latin-1 elsewhere in the text changes no figure.
    text = f"Sales of{mark}five million{mark}rose{mark}5{mark}12% to{mark}$3m{mark}"
    in_ascii = [(f.text, f.low, f.high, f.kind) for f in extract_figures(text)]
    assert in_ascii == [(f.text, f.low, f.high, f.kind) for f in extract_figures("é\n\n" + text)]


_LEAD_WORDS = [
    "about", "up to", "at least", "more than", "over", "between", "from", "minus", "-", "−", "every day,", "each week",
    "topping", "around the", "close to", '"', "“", "the", "costs", "12", "4.2", "£5", "(", ")", "x", "and", "or",
]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_LEAD_WORDS), max_size=10).map(" ".join))
def test_a_number_ruled_out_of_a_lead_has_none(text: str) -> None:
    # The quick test before the search for a lead leaves out no lead the search reads
    # between words written apart.
    from factcheck.figures import leads

    skipped = [i for i in range(len(text) + 1) if not leads._may_have_lead(text, i)]
    quick = [leads.read_lead(text, i) for i in skipped]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(leads, "_may_have_lead", lambda text, number_start: True)
        assert [leads.read_lead(text, i) for i in skipped] == quick
