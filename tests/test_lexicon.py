"""Every entry of the lexicon is read in at least one extraction example.

A hedge, currency, unit, scale or period added to factcheck/lexicon.py needs an example
here (or in the tables of test_figures.py) showing a figure that uses it, read as the
lexicon says. The examples are checked like those of test_figures.py.
"""

from __future__ import annotations

import re

import pytest

from factcheck import lexicon
from factcheck.figures import extract_figures

from .test_figures import FORMS, SEED_FIGURES, TRAPS, Example, M, N, P

USD, GBP = "USD", "GBP"

# Sentences of our own for the entries the tables of test_figures.py leave out.
EXAMPLES = [
    # hedges before a figure
    Example("Approximately 300 people came; approx. 40 stayed.",
            [N("Approximately 300", 300, 300, "about"), N("approx. 40", 40, 40, "about")]),
    Example("Roughly 80 boats and nearly 90 cars were seen.",
            [N("Roughly 80", 80, 80, "about"), N("nearly 90", 90, 90, "about")]),
    Example("Almost 70 stalls sold out; circa 120 opened.",
            [N("Almost 70", 70, 70, "about"), N("circa 120", 120, 120, "about")]),
    Example("The fire burned some 400 hectares, an estimated 25 homes and estimated 12 barns.",
            [N("some 400 hectares", 400, 400, "about", unit="hectare"), N("an estimated 25", 25, 25, "about"),
             N("estimated 12", 12, 12, "about")]),
    Example("Close to 600 fans and in the region of 700 visitors came.",
            [N("Close to 600", 600, 600, "about"), N("in the region of 700", 700, 700, "about")]),
    Example("No fewer than 30 clubs and no less than 40 schools took part.",
            [N("No fewer than 30", 30, None, "at_least"), N("no less than 40", 40, None, "at_least")]),
    Example("Not less than 15 staff and a minimum of 20 guards are needed.",
            [N("Not less than 15", 15, None, "at_least"), N("a minimum of 20", 20, None, "at_least")]),
    Example("It was above 90 firms and upwards of 110 shops, in excess of 130 in all.",
            [N("above 90", 90, None, "more_than"), N("upwards of 110", 110, None, "more_than"),
             N("in excess of 130", 130, None, "more_than")]),
    Example("Just over 50 bids and well over 60 offers came in.",
            [N("Just over 50", 50, None, "more_than"), N("well over 60", 60, None, "more_than")]),
    Example("Just above 70 stores and well above 80 outlets opened.",
            [N("Just above 70", 70, None, "more_than"), N("well above 80", 80, None, "more_than")]),
    Example("As many as 200 jobs and as much as £5m are at stake.",
            [N("As many as 200", None, 200, "at_most"), M("as much as £5m", None, 5_000_000, "at_most", GBP)]),
    Example("At most 12 seats and no more than 14 desks remain.",
            [N("At most 12", None, 12, "at_most"), N("no more than 14", None, 14, "at_most")]),
    Example("Not more than 16 pupils and a maximum of 18 staff may attend.",
            [N("Not more than 16", None, 16, "at_most"), N("a maximum of 18", None, 18, "at_most")]),
    Example("Fewer than 45 rooms, less than 48 desks and below 50 beds were free.",
            [N("Fewer than 45", None, 45, "less_than"), N("less than 48", None, 48, "less_than"),
             N("below 50", None, 50, "less_than")]),
    Example("Just under 75 homes and just below 85 flats were sold.",
            [N("Just under 75", None, 75, "less_than"), N("just below 85", None, 85, "less_than")]),
    Example("Well under 95 cases and well below 105 claims were filed.",
            [N("Well under 95", None, 95, "less_than"), N("well below 105", None, 105, "less_than")]),
    # verbs that pass a figure, and hedges after one
    Example("Sales topped 500 units, then passed 600 units and surpassed 700 units.",
            [N("500", 500, None, "more_than"), N("600", 600, None, "more_than"), N("700", 700, None, "more_than")]),
    Example("Crowds exceeded 900 on Friday, and bids tops 40 daily.",
            [N("900", 900, None, "more_than"), N("40 daily", 40, None, "more_than", per="day")]),
    Example("The cost, passing 300 units and surpassing 400 units, kept exceeding 500 units.",
            [N("300", 300, None, "more_than"), N("400", 400, None, "more_than"), N("500", 500, None, "more_than")]),
    Example("Entries exceeds 250 units this week.", [N("250", 250, None, "more_than")]),
    Example("Sales topping 350 units were welcome.", [N("350", 350, None, "more_than")]),
    Example("Players aged 21 or above, 65 or higher, and 30 or greater qualify.",
            [N("21", 21, None, "at_least"), N("65", 65, None, "at_least"), N("30", 30, None, "at_least")]),
    Example("Towns of 5,000 or less, 3,000 or fewer, 2,000 or under qualify.",
            [N("5,000", None, 5_000, "at_most"), N("3,000", None, 3_000, "at_most"),
             N("2,000", None, 2_000, "at_most")]),
    Example("Groups of 40 or below and 60 or lower are small; 25 or so came.",
            [N("40", None, 40, "at_most"), N("60", None, 60, "at_most"), N("25", 25, 25, "about")]),
    Example("It takes 10 or more, perhaps 12 or over.", [N("10", 10, None, "at_least"), N("12", 12, None, "at_least")]),
    Example("They hired 200+ staff and 1,000-odd volunteers.",
            [N("200+", 200, None, "at_least"), N("1,000-odd", 1_000, 1_000, "about")]),
    # currencies: symbols, codes and words
    Example("Fares are A$30, C$25, NZ$40, HK$50, S$20 and R$60.",
            [M("A$30", 30, currency="AUD"), M("C$25", 25, currency="CAD"), M("NZ$40", 40, currency="NZD"),
             M("HK$50", 50, currency="HKD"), M("S$20", 20, currency="SGD"), M("R$60", 60, currency="BRL")]),
    Example("Tickets cost US$15, €12, ¥900, ₹400, ₽700 and ₩9,000.",
            [M("US$15", 15), M("€12", 12, currency="EUR"), M("¥900", 900, currency="JPY"),
             M("₹400", 400, currency="INR"), M("₽700", 700, currency="RUB"), M("₩9,000", 9_000, currency="KRW")]),
    Example("Meals cost Rs 250 or Rs. 300.", [M("Rs 250", 250, currency="INR"), M("Rs. 300", 300, currency="INR")]),
    Example("Bonds of USD 500, EUR 400, GBP 300, JPY 2000 and INR 900 were sold.",
            [M("USD 500", 500), M("EUR 400", 400, currency="EUR"), M("GBP 300", 300, currency=GBP),
             M("JPY 2000", 2_000, currency="JPY"), M("INR 900", 900, currency="INR")]),
    Example("Deals of CNY 800, CHF 700, AUD 600, CAD 550 and RUB 450 were signed.",
            [M("CNY 800", 800, currency="CNY"), M("CHF 700", 700, currency="CHF"), M("AUD 600", 600, currency="AUD"),
             M("CAD 550", 550, currency="CAD"), M("RUB 450", 450, currency="RUB")]),
    Example("Grants of KRW 350, SEK 250, NOK 150, DKK 120 and HKD 110 were paid.",
            [M("KRW 350", 350, currency="KRW"), M("SEK 250", 250, currency="SEK"), M("NOK 150", 150, currency="NOK"),
             M("DKK 120", 120, currency="DKK"), M("HKD 110", 110, currency="HKD")]),
    Example("Fees of SGD 90, NZD 80, BRL 70, ZAR 65 and MXN 55 apply.",
            [M("SGD 90", 90, currency="SGD"), M("NZD 80", 80, currency="NZD"), M("BRL 70", 70, currency="BRL"),
             M("ZAR 65", 65, currency="ZAR"), M("MXN 55", 55, currency="MXN")]),
    Example("It cost one dollar, then 30 dollars, then 40 US dollars.",
            [M("one dollar", 1), M("30 dollars", 30), M("40 US dollars", 40)]),
    Example("Rents are 900 Hong Kong dollars, 500 Australian dollars and 450 Canadian dollars.",
            [M("900 Hong Kong dollars", 900, currency="HKD"), M("500 Australian dollars", 500, currency="AUD"),
             M("450 Canadian dollars", 450, currency="CAD")]),
    Example("Prizes were 300 New Zealand dollars and 200 Singapore dollars.",
            [M("300 New Zealand dollars", 300, currency="NZD"), M("200 Singapore dollars", 200, currency="SGD")]),
    Example("Each costs one euro, or 20 euros in a set.", [M("one euro", 1, currency="EUR"),
                                                      M("20 euros", 20, currency="EUR")]),
    Example("It was one pound, 50 pounds, 60 pounds sterling, or 70 sterling.",
            [M("one pound", 1, currency=GBP), M("50 pounds", 50, currency=GBP),
             M("60 pounds sterling", 60, currency=GBP), M("70 sterling", 70, currency=GBP)]),
    Example("Lunch is 800 yen, 30 yuan or 25 renminbi.",
            [M("800 yen", 800, currency="JPY"), M("30 yuan", 30, currency="CNY"),
             M("25 renminbi", 25, currency="CNY")]),
    Example("Tea is one rupee; a meal is 90 rupees.", [M("one rupee", 1, currency="INR"),
                                                     M("90 rupees", 90, currency="INR")]),
    Example("Bread is one rouble, or 40 roubles; milk one ruble, or 60 rubles.",
            [M("one rouble", 1, currency="RUB"), M("40 roubles", 40, currency="RUB"),
             M("one ruble", 1, currency="RUB"), M("60 rubles", 60, currency="RUB")]),
    Example("The budget is 10 billion won.", [M("10 billion won", 10_000_000_000, currency="KRW")]),
    Example("A coffee is one krona; lunch 95 kronor or 90 Swedish kronor.",
            [M("one krona", 1, currency="SEK"), M("95 kronor", 95, currency="SEK"),
             M("90 Swedish kronor", 90, currency="SEK")]),
    Example("Hotels charge 900 Norwegian kroner or 700 Danish kroner.",
            [M("900 Norwegian kroner", 900, currency="NOK"), M("700 Danish kroner", 700, currency="DKK")]),
    Example("Watches cost 400 Swiss francs, 350 rand or 300 reais.",
            [M("400 Swiss francs", 400, currency="CHF"), M("350 rand", 350, currency="ZAR"),
             M("300 reais", 300, currency="BRL")]),
    Example("Stamps cost one cent, 45 cents, 30 pence or 20p.",
            [M("one cent", 0.01), M("45 cents", 0.45), M("30 pence", 0.3, currency=GBP), M("20p", 0.2, currency=GBP)]),
    Example("Stamps in Rome cost one euro cent or 45 euro cents.",
            [M("one euro cent", 0.01, currency="EUR"), M("45 euro cents", 0.45, currency="EUR")]),
    # scales
    Example("They raised 4 lakh and 3 crore, then 2 trillion more.",
            [N("4 lakh", 400_000), N("3 crore", 30_000_000), N("2 trillion", 2_000_000_000_000)]),
    Example("Firms booked £40k, £2mn, £3mln, £4b, £5tn and £6trn.",
            [M("£40k", 40_000, currency=GBP), M("£2mn", 2_000_000, currency=GBP),
             M("£3mln", 3_000_000, currency=GBP), M("£4b", 4_000_000_000, currency=GBP),
             M("£5tn", 5_000_000_000_000, currency=GBP), M("£6trn", 6_000_000_000_000, currency=GBP)]),
    Example("The state spent ₹7cr on roads.", [M("₹7cr", 70_000_000, currency="INR")]),
    Example("Dozens of boats and trillions of cells were counted.",
            [N("Dozens", 24, 199, "about"), N("trillions", 2_000_000_000_000, 99_999_999_999_999, "about")]),
    # shares
    Example("A fifth of voters, two sixths of them, and one seventh of the rest agreed.",
            [P("A fifth", 20), P("two sixths", 33.33), P("one seventh", 14.29)]),
    Example("One eighth of staff, three eighths of managers and a ninth of owners left.",
            [P("One eighth", 12.5), P("three eighths", 37.5), P("a ninth", 11.11)]),
    Example("Two ninths of the land, a tenth of the sea and three tenths of the air were mapped.",
            [P("Two ninths", 22.22), P("a tenth", 10), P("three tenths", 30)]),
    Example("Two fifths of them, one sixth of those and two sevenths of the rest were kept.",
            [P("Two fifths", 40), P("one sixth", 16.67), P("two sevenths", 28.57)]),
    # units
    Example("The trail is 12 kms, or 12 kilometres, 12 kilometers, 1 kilometre or 1 kilometer.",
            [N("12 kms", 12, unit="km"), N("12 kilometres", 12, unit="km"), N("12 kilometers", 12, unit="km"),
             N("1 kilometre", 1, unit="km"), N("1 kilometer", 1, unit="km")]),
    Example("The wall is 30 metres long, 31 meters high, 1 metre wide and 1 meter deep.",
            [N("30 metres", 30, unit="m"), N("31 meters", 31, unit="m"), N("1 metre", 1, unit="m"),
             N("1 meter", 1, unit="m")]),
    Example("Cut it to 40 cm, 40 centimetres or 40 centimeters.",
            [N("40 cm", 40, unit="cm"), N("40 centimetres", 40, unit="cm"), N("40 centimeters", 40, unit="cm")]),
    Example("The gap is 9 mm, 9 millimetres or 9 millimeters.",
            [N("9 mm", 9, unit="mm"), N("9 millimetres", 9, unit="mm"), N("9 millimeters", 9, unit="mm")]),
    Example("They walked 1 mile, then 30 miles.", [N("1 mile", 1, unit="mile"), N("30 miles", 30, unit="mile")]),
    Example("The ship is 900 feet long; its mast is 1 foot wide and 80 ft tall.",
            [N("900 feet", 900, unit="ft"), N("1 foot", 1, unit="ft"), N("80 ft", 80, unit="ft")]),
    Example("It grew 1 inch, then 3 inches.", [N("1 inch", 1, unit="inch"), N("3 inches", 3, unit="inch")]),
    Example("The park covers 40 sq km, 40 square kilometres, 40 square kilometers, 40 km2 or 40 km².",
            [N("40 sq km", 40, unit="km2"), N("40 square kilometres", 40, unit="km2"),
             N("40 square kilometers", 40, unit="km2"), N("40 km2", 40, unit="km2"), N("40 km²", 40, unit="km2")]),
    Example("The lake covers 7 sq miles, 7 square miles, 1 sq mile or 1 square mile.",
            [N("7 sq miles", 7, unit="sq mile"), N("7 square miles", 7, unit="sq mile"),
             N("1 sq mile", 1, unit="sq mile"), N("1 square mile", 1, unit="sq mile")]),
    Example("The farm has 1 hectare, 60 hectares, 1 acre and 90 acres.",
            [N("1 hectare", 1, unit="hectare"), N("60 hectares", 60, unit="hectare"), N("1 acre", 1, unit="acre"),
             N("90 acres", 90, unit="acre")]),
    Example("The dog weighs 30 kg, 30 kilograms, 30 kilogrammes or 30 kilos.",
            [N("30 kg", 30, unit="kg"), N("30 kilograms", 30, unit="kg"), N("30 kilogrammes", 30, unit="kg"),
             N("30 kilos", 30, unit="kg")]),
    Example("They moved 1 tonne, 50 tonnes, 1 ton and 60 tons.",
            [N("1 tonne", 1, unit="tonne"), N("50 tonnes", 50, unit="tonne"), N("1 ton", 1, unit="tonne"),
             N("60 tons", 60, unit="tonne")]),
    Example("Tanks hold 50 litres, 50 liters, 1 litre or 1 liter.",
            [N("50 litres", 50, unit="litre"), N("50 liters", 50, unit="litre"), N("1 litre", 1, unit="litre"),
             N("1 liter", 1, unit="litre")]),
    Example("Wells pump 1 barrel, then 70 barrels.", [N("1 barrel", 1, unit="barrel"),
                                                    N("70 barrels", 70, unit="barrel")]),
    Example("Plants make 3 gigawatts, 1 gigawatt or 2 GW.",
            [N("3 gigawatts", 3, unit="gw"), N("1 gigawatt", 1, unit="gw"), N("2 GW", 2, unit="gw")]),
    Example("Farms make 30 megawatts, 1 megawatt or 20 MW.",
            [N("30 megawatts", 30, unit="mw"), N("1 megawatt", 1, unit="mw"), N("20 MW", 20, unit="mw")]),
    Example("Panels make 4 kilowatts, 1 kilowatt or 5 kW.",
            [N("4 kilowatts", 4, unit="kw"), N("1 kilowatt", 1, unit="kw"), N("5 kW", 5, unit="kw")]),
    Example("Homes use 9 kWh, 9 kilowatt hours or 9 kilowatt-hours.",
            [N("9 kWh", 9, unit="kwh"), N("9 kilowatt hours", 9, unit="kwh"), N("9 kilowatt-hours", 9, unit="kwh")]),
    Example("Nations use 300 TWh, 300 terawatt hours or 300 terawatt-hours.",
            [N("300 TWh", 300, unit="twh"), N("300 terawatt hours", 300, unit="twh"),
             N("300 terawatt-hours", 300, unit="twh")]),
    Example("Phones hold 32 GB, 64 gigabytes, 1 gigabyte, 700 megabytes, 1 megabyte or 5 MB.",
            [N("32 GB", 32, unit="gb"), N("64 gigabytes", 64, unit="gb"), N("1 gigabyte", 1, unit="gb"),
             N("700 megabytes", 700, unit="mb"),
             N("1 megabyte", 1, unit="mb"), N("5 MB", 5, unit="mb")]),
    Example("Drives hold 2 TB, 2 terabytes or 1 terabyte.",
            [N("2 TB", 2, unit="tb"), N("2 terabytes", 2, unit="tb"), N("1 terabyte", 1, unit="tb")]),
    Example("Lines reach 900 mbps or 900 megabits.", [N("900 mbps", 900, unit="mbps"),
                                                    N("900 megabits", 900, unit="mbps")]),
    Example("Cars drive at 70 mph, 110 km/h or 110 kph.",
            [N("70 mph", 70, unit="mph"), N("110 km/h", 110, unit="km/h"), N("110 kph", 110, unit="km/h")]),
    Example("It took 1 second, 40 seconds, 9 secs and 3 sec.",
            [N("1 second", 1, unit="second"), N("40 seconds", 40, unit="second"), N("9 secs", 9, unit="second"),
             N("3 sec", 3, unit="second")]),
    Example("The film ran 1 minute late, 95 minutes long, 20 mins and 5 min of ads.",
            [N("1 minute", 1, unit="minute"), N("95 minutes", 95, unit="minute"), N("20 mins", 20, unit="minute"),
             N("5 min", 5, unit="minute")]),
    Example("The flight took 1 hour, 9 hours, 2 hrs and 3 hr.",
            [N("1 hour", 1, unit="hour"), N("9 hours", 9, unit="hour"), N("2 hrs", 2, unit="hour"),
             N("3 hr", 3, unit="hour")]),
    Example("The strike lasted 1 day, then 12 days, 1 week and 3 weeks.",
            [N("1 day", 1, unit="day"), N("12 days", 12, unit="day"), N("1 week", 1, unit="week"),
             N("3 weeks", 3, unit="week")]),
    Example("Leases run 1 month or 18 months.", [N("1 month", 1, unit="month"), N("18 months", 18, unit="month")]),
    Example("Terms run 14 yrs, 1 decade or 2 decades.",
            [N("14 yrs", 14, unit="year"), N("1 decade", 1, unit="decade"), N("2 decades", 2, unit="decade")]),
    Example("The church stood 1 century, the abbey 8 centuries.",
            [N("1 century", 1, unit="century"), N("8 centuries", 8, unit="century")]),
    # periods of a rate
    Example("Pay is £300 per week, £1,200 a month, £15,000 per annum and £14,000 p.a.",
            [M("£300 per week", 300, currency=GBP, per="week"), M("£1,200 a month", 1_200, currency=GBP, per="month"),
             M("£15,000 per annum", 15_000, currency=GBP, per="year"),
             M("£14,000 p.a.", 14_000, currency=GBP, per="year")]),
    Example("Plants use 500 tonnes weekly, 2,000 tonnes monthly and 9,000 tonnes yearly.",
            [N("500 tonnes weekly", 500, unit="tonne", per="week"),
             N("2,000 tonnes monthly", 2_000, unit="tonne", per="month"),
             N("9,000 tonnes yearly", 9_000, unit="tonne", per="year")]),
    Example("Farms earn $40,000/yr and export 6,000 tonnes annually.",
            [M("$40,000/yr", 40_000, per="year"), N("6,000 tonnes annually", 6_000, unit="tonne", per="year")]),
    Example("Fares rose to 50 million soles and 22.9 dlrs, less than 8 bln dlrs.",
            [M("50 million soles", 50_000_000, currency="PEN"), M("22.9 dlrs", 22.9),
             M("less than 8 bln dlrs", None, 8_000_000_000, "less_than")]),
    Example("Wire copy put the crop at 2 bln.", [N("2 bln", 2_000_000_000)]),
    Example("The hall has 12,000 square feet, the shop 900 sq ft and the desk 8 square foot.",
            [N("12,000 square feet", 12_000, unit="ft2"), N("900 sq ft", 900, unit="ft2"),
             N("8 square foot", 8, unit="ft2")]),
    Example("Plots of 400 square metres, 500 square meters and 600 sq m were sold.",
            [N("400 square metres", 400, unit="m2"), N("500 square meters", 500, unit="m2"),
             N("600 sq m", 600, unit="m2")]),
]


def _key(words: str) -> str:
    return " ".join(words.lower().split())


def _figures_of(examples):
    """Yield (sentence, expected figure) for every figure of the examples."""
    for example in examples:
        for figure in example.figures:
            yield example.sentence, figure


ALL_FIGURES = list(_figures_of(SEED_FIGURES + FORMS + TRAPS + EXAMPLES))


def _has_word(text: str, word: str) -> bool:
    spelled = r"\s+".join(map(re.escape, word.split()))
    return re.search(rf"(?<![\w$]){spelled}(?!\w)", text, re.IGNORECASE) is not None


def _covered(entry: str, table: str) -> bool:
    """Return whether some example figure uses ``entry`` of the lexicon table ``table``, read as it says."""
    for sentence, figure in ALL_FIGURES:
        text = figure.text
        if table == "HEDGES":
            if _key(text).startswith(entry + " ") and figure.qualifier == lexicon.HEDGES[entry]:
                return True
        elif table == "TRAILING_HEDGES":
            if re.search(rf"{re.escape(text)}\s+or\s+{entry}\b", sentence, re.IGNORECASE) and (
                figure.qualifier == lexicon.TRAILING_HEDGES[entry]
            ):
                return True
        elif table == "SUFFIX_HEDGES":
            if text.endswith(("-" + entry, entry) if entry == "+" else ("-" + entry,)) and (
                figure.qualifier == lexicon.SUFFIX_HEDGES[entry]
            ):
                return True
        elif table == "PASSING_VERBS":
            if re.search(rf"\b{entry}\s+{re.escape(text)}", sentence) and figure.qualifier == "more_than":
                return True
        elif table == "CURRENCY_WORDS":
            if (_has_word(text, entry) if entry != "p" else re.search(r"\dp$", text)) and (
                figure.currency == lexicon.CURRENCY_WORDS[entry]
            ):
                return True
        elif table == "CURRENCY_SYMBOLS":
            if text.lower().lstrip("–-−").startswith(entry) and figure.currency == lexicon.CURRENCY_SYMBOLS[entry]:
                if entry != "$" or not re.match(r"[a-z]", text, re.IGNORECASE):
                    return True
        elif table == "CURRENCY_CODES":
            if text.startswith(entry) and figure.currency == entry:
                return True
        elif table == "UNITS":
            if _has_word(text, entry) and figure.unit == lexicon.UNITS[entry]:
                return True
        elif table == "SCALE_ABBREVIATIONS":
            if re.search(rf"\d\s?{entry}$", text, re.IGNORECASE):
                return True
        elif table == "PERIODS":
            period = re.escape(entry).rstrip(r"\.") if entry.endswith(".") else re.escape(entry)
            if re.search(rf"(?:\s|/){period}", text, re.IGNORECASE) and figure.per == lexicon.PERIODS[entry]:
                return True
        elif _has_word(text, entry):  # scale, vague and fraction words
            return True
    return False


# Entries that no example can show, with the reason; each is a candidate for removal.
NO_EXAMPLE = {
    ("FRACTION_WORDS", "halves"): "a share needs a numerator below its parts: one half is read, two halves are a whole",
}

TABLES = [
    "HEDGES", "TRAILING_HEDGES", "SUFFIX_HEDGES", "PASSING_VERBS", "CURRENCY_WORDS", "CURRENCY_SYMBOLS",
    "CURRENCY_CODES", "UNITS", "SCALE_WORDS", "SCALE_ABBREVIATIONS", "VAGUE_UNITS", "FRACTION_WORDS", "PERIODS",
]


@pytest.mark.parametrize(
    ("table", "entry"),
    [(table, entry) for table in TABLES for entry in getattr(lexicon, table)],
    ids=lambda value: str(value),
)
def test_every_lexicon_entry_has_an_extraction_example(table: str, entry: str) -> None:
    if (table, entry) in NO_EXAMPLE:
        pytest.skip(NO_EXAMPLE[table, entry])
    assert _covered(entry, table), f"add an example that reads {entry!r} of lexicon.{table} to tests/test_lexicon.py"


@pytest.mark.parametrize("example", [pytest.param(e, id=e.sentence[:50]) for e in EXAMPLES])
def test_extracts_the_lexicon_examples(example: Example) -> None:
    got = [(f.text, f.kind, f.low, f.high, f.qualifier, f.currency, f.per, f.unit)
           for f in extract_figures(example.sentence)]
    assert got == [(e.text, e.kind, e.low, e.high, e.qualifier, e.currency, e.per, e.unit) for e in example.figures]
