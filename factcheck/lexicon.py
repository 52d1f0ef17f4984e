r"""Every word and sign factcheck reads: a new hedge, currency or unit is added here only.

The tables are shared by the patterns that find figures, the code that reads them and
the reading of the words around them, so that a word a pattern accepts always has a value.

>>> alternation(["a", "about", "at least"])
'a(?:t\\s+least|bout|)'
"""

from __future__ import annotations

import re

# --- number words -------------------------------------------------------------------

SMALL_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS_WORDS = {
    word: 20 + 10 * i for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
# Scale words multiply what comes before them; "lakh" and "crore" are the Indian ones.
SCALE_WORDS = {
    "hundred": 100,
    "thousand": 10**3,
    "lakh": 10**5,
    "million": 10**6,
    "crore": 10**7,
    "billion": 10**9,
    "trillion": 10**12,
    "quadrillion": 10**15,
}
# A scale word another may follow, to multiply it: "£3 thousand million" is £3bn, "5
# lakh crore" 5 * 10^12.
SCALE_WORDS_FOLLOWED = {
    "hundred": ("thousand", "million", "billion", "crore"),
    "thousand": ("million", "billion", "crore"),
    "lakh": ("crore",),
}
DOZEN = 12
# Fractions written as one sign: "2½ million", "3¾%"; (numerator, denominator).
VULGAR_FRACTIONS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4)}
# Invisible characters that cut a number short where they stand inside it ("12\u200b000"),
# and their names for a warning.
INVISIBLE_CHARACTERS = {
    "\u200b": "zero-width space",
    "\u00ad": "soft hyphen",
    "\u2060": "word joiner",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\ufeff": "byte-order mark",
}
# Bidirectional controls: beside or within the reach of one, the digits a reader sees may
# be in another order than those read. Those that open a reach, and those that close one.
BIDI_OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
BIDI_CLOSERS = "\u202c\u2069"
BIDI_MARKS = "\u200e\u200f\u061c"
SCALE_ABBREVIATIONS = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    "cr": 10**7,
    "bln": 10**9,  # wire copy: "1.03 bln dlrs"
}
# Abbreviations that mean a scale only beside a currency: "£3.2m" but "400m" (metres).
CURRENCY_ONLY_ABBREVIATIONS = frozenset({"m", "b"})

# A vague magnitude on its own spans what writers use it for: "thousands of troops" for
# 12,000 is fair, so "thousands" runs up to 99,999, as "tens of thousands" does.
VAGUE_SPANS = {
    "dozens": (24, 199),
    "thousands": (2 * 10**3, 10**5 - 1),
    "millions": (2 * 10**6, 10**8 - 1),
    "billions": (2 * 10**9, 10**11 - 1),
    "trillions": (2 * 10**12, 10**14 - 1),
}
# "tens of thousands": a vague magnitude with a unit stands for two to under ten of its unit.
VAGUE_UNITS = {
    "dozens": DOZEN,
    "tens": 10,
    "hundreds": 100,
    "thousands": 10**3,
    "millions": 10**6,
    "billions": 10**9,
    "trillions": 10**12,
}

# "a third", "three quarters": shares of a whole, as percentages.
FRACTION_WORDS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}

# --- currencies -----------------------------------------------------------------------

CURRENCY_SYMBOLS = {
    "us$": "USD",
    "$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "rs": "INR",
    "rs.": "INR",
}
# Dollar signs led by a country: "US$3", "A$ 5m". Those of two letters may stand apart
# from the sign ("US $3"); "A $5m" is an article.
DOLLAR_PREFIXES = ("US", "A", "C", "NZ", "HK", "S", "R")
DOLLAR_PREFIXES_APART = ("US", "NZ", "HK")
CURRENCY_CODES = (
    "USD EUR GBP JPY INR CNY CHF AUD CAD RUB KRW SEK NOK DKK HKD SGD NZD BRL ZAR MXN"
).split()
# Currency words after the number, to their ISO 4217 code; the value of a minor unit
# ("cents", "pence") is a hundredth of its currency.
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "hong kong dollars": "HKD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "won": "KRW",
    "krona": "SEK",
    "kronor": "SEK",
    "swedish kronor": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "swiss francs": "CHF",
    "rand": "ZAR",
    "kroner": "NOK",  # Norway's, as in most English copy; Denmark's is written "Danish kroner"
    "soles": "PEN",
    "dlrs": "USD",  # wire copy
    "reais": "BRL",
    "cent": "USD",
    "cents": "USD",
    "euro cent": "EUR",
    "euro cents": "EUR",
    "pence": "GBP",
    "p": "GBP",
}
MINOR_UNITS = frozenset({"cent", "cents", "euro cent", "euro cents", "pence", "p"})
# Currency words that are also common English words: money only after a scale
# ("10 billion won"), never in "Halo 2 won the award".
CURRENCY_WORDS_AFTER_SCALE_ONLY = frozenset({"won"})

# --- units and periods --------------------------------------------------------------

# Units of measure, by every surface form (lower case), to their normalised name.
UNITS = {
    **dict.fromkeys(("km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"), "km"),
    **dict.fromkeys(("metres", "meters", "metre", "meter"), "m"),
    **dict.fromkeys(("cm", "centimetres", "centimeters"), "cm"),
    **dict.fromkeys(("mm", "millimetres", "millimeters"), "mm"),
    **dict.fromkeys(("miles", "mile"), "mile"),
    **dict.fromkeys(("feet", "foot", "ft"), "ft"),
    **dict.fromkeys(("inches", "inch"), "inch"),
    **dict.fromkeys(("sq km", "square kilometres", "square kilometers", "km2", "km²"), "km2"),
    **dict.fromkeys(("sq miles", "square miles", "sq mile", "square mile"), "sq mile"),
    **dict.fromkeys(("square feet", "sq ft", "square foot"), "ft2"),
    **dict.fromkeys(("square metres", "square meters", "sq m"), "m2"),
    **dict.fromkeys(("hectares", "hectare"), "hectare"),
    **dict.fromkeys(("acres", "acre"), "acre"),
    **dict.fromkeys(("kg", "kilograms", "kilogrammes", "kilos"), "kg"),
    **dict.fromkeys(("tonnes", "tonne", "tons", "ton"), "tonne"),
    **dict.fromkeys(("litres", "liters", "litre", "liter"), "litre"),
    **dict.fromkeys(("barrels", "barrel"), "barrel"),
    **dict.fromkeys(("gigawatts", "gigawatt", "gw"), "gw"),
    **dict.fromkeys(("megawatts", "megawatt", "mw"), "mw"),
    **dict.fromkeys(("kilowatts", "kilowatt", "kw"), "kw"),
    **dict.fromkeys(("kwh", "kilowatt hours", "kilowatt-hours"), "kwh"),
    **dict.fromkeys(("twh", "terawatt hours", "terawatt-hours"), "twh"),
    **dict.fromkeys(("gb", "gigabytes", "gigabyte"), "gb"),
    **dict.fromkeys(("mb", "megabytes", "megabyte"), "mb"),
    **dict.fromkeys(("tb", "terabytes", "terabyte"), "tb"),
    **dict.fromkeys(("mbps", "megabits"), "mbps"),
    **dict.fromkeys(("mph",), "mph"),
    **dict.fromkeys(("km/h", "kph"), "km/h"),
    **dict.fromkeys(("seconds", "second", "secs", "sec"), "second"),
    **dict.fromkeys(("minutes", "minute", "mins", "min"), "minute"),
    **dict.fromkeys(("hours", "hour", "hrs", "hr"), "hour"),
    **dict.fromkeys(("days", "day"), "day"),
    **dict.fromkeys(("weeks", "week"), "week"),
    **dict.fromkeys(("months", "month"), "month"),
    **dict.fromkeys(("years", "year", "yrs"), "year"),
    **dict.fromkeys(("decades", "decade"), "decade"),
    **dict.fromkeys(("centuries", "century"), "century"),
}
PERCENTAGE_POINT = "percentage_point"

PERIODS = {
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "annum": "year",
    "yr": "year",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "yearly": "year",
    "p.a.": "year",
}

# --- hedges -------------------------------------------------------------------------

# Hedges that lean to one side of the figure: "nearly 12 million" is at most 12 million.
LEANING_HEDGES = {
    "nearly": "below",
    "almost": "below",
    "just under": "below",
    "just below": "below",
    "just over": "above",
    "just above": "above",
}
# Words before a figure that say how it is hedged; docs/spec.md §3 names the qualifiers.
HEDGES = {
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "about",
    "circa": "about",
    "in the region of": "about",
    "at least": "at_least",
    "no fewer than": "at_least",
    # "as few as 3,000": only that many, perhaps more (the mirror of "as many as").
    "as few as": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "greater than": "more_than",
    "just over": "more_than",
    "well over": "more_than",
    "just above": "more_than",
    "well above": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "up to": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "a maximum of": "at_most",
    "fewer than": "less_than",
    "less than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "just under": "less_than",
    "just below": "less_than",
    "well under": "less_than",
    "well below": "less_than",
}
# Verbs before a figure that make it a lower bound without being part of it:
# "donations topping £250,000", "sales passed 167 million".
PASSING_VERBS = "topping topped tops passed passing surpassed surpassing exceeded exceeding exceeds".split()
# Words before "the" that make a figure at a mark a bound: "topped the 40,000 mark",
# "below the EUR 1 billion mark" (only when "mark", "barrier" or the like follows).
THRESHOLD_WORDS = {
    **dict.fromkeys(PASSING_VERBS + "crossed crossing broke breaking broken above over beyond".split(), "more_than"),
    **dict.fromkeys(("broke through", "breaking through", "broken through", "breaks through"), "more_than"),
    **dict.fromkeys("below under beneath".split(), "less_than"),
}
# Words after a figure that hedge it without being part of it: "aged 18 or over".
TRAILING_HEDGES = {
    "more": "at_least",
    "over": "at_least",
    "above": "at_least",
    "higher": "at_least",
    "greater": "at_least",
    "less": "at_most",
    "fewer": "at_most",
    "under": "at_most",
    "below": "at_most",
    "lower": "at_most",
    "so": "about",
}
SUFFIX_HEDGES = {"plus": "at_least", "+": "at_least", "odd": "about"}

# --- dates ---------------------------------------------------------------------------

# Written before or after a number, they make it a day of a date: "12 May", "Tuesday 3".
MONTH_NAMES = "january february march april may june july august september october november december".split()
MONTHS = [*MONTH_NAMES, *"jan feb mar apr jun jul aug sep sept oct nov dec".split()]
WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
).split()


# --- rates -----------------------------------------------------------------------------

# "Average weekly earnings were £712": pay whose period an adjective before it states.
PERIODIC_PAY = "earnings pay wages wage income incomes salary salaries rent rents".split()
PERIOD_ADJECTIVES = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year"}
# "10,000 a day", "per year", "daily": the words that make a figure a rate, and the periods.
RATE_WORDS = ("a", "an", "per", "each", "every")
PERIOD_NOUNS = ("day", "week", "month", "year", "annum")
PERIOD_ADVERBS = ("daily", "weekly", "monthly", "annually", "yearly")

# --- changes ---------------------------------------------------------------------------

# Words before or after a figure that make it the size of a change: "rose 5%", "a 12% drop".
RISE_VERBS = (
    "rose risen rise rises rising increased increase increases up grew grown grow jumped jump climbed gained "
    "soared surged added improved raised climbing climbs climb jumping jumps gaining gains soaring soars surging surges"
).split()
FALL_VERBS = (
    "fell fallen fall falls falling decreased decrease decreases down dropped drop declined decline cut lost "
    "slipped shrank shrunk plunged tumbled slumped reduced lowered slid dropping drops declining declines slipping "
    "slips plunging plunges tumbling tumbles slumping slumps"
).split()
# Comparatives that say a rise or a fall to matching ("prices were 6% dearer than a year
# earlier" is a claim of how much higher they were); not change verbs: "higher" opens no change.
RISE_COMPARATIVES = ("higher", "dearer")
FALL_COMPARATIVES = ("lower", "cheaper")
RISE_NOUNS = "rise increase jump gain growth hike surge".split()
FALL_NOUNS = "fall drop decline cut decrease reduction loss slump slide".split()
# What a claim counts when its noun is the size of a decrease in something else ("savings in
# government spending", "cuts to services"): a figure cut from something ("would cut £35bn
# from services") may be one, though the claim names no change of its own.
DECREASE_NOUNS = "cut cuts savings saving".split()
# Words in a claim's wording that make a percent the right kind of figure for money or a
# period ("house prices rose 2%", "monthly change", "interest rate"), beside the words above.
PERCENT_WORDS = ("change", "changes", "rate", "rates", "inflation", "interest", "borrowing", "yield", "yields")
# Verbs before "from" that make two figures a change, not a range: "rose from 5% to 10%".
CHANGE_VERBS_BEFORE_FROM = (
    "up down rose risen rise rises rising fell fallen fall falls falling increased increase increasing decreased "
    "decrease grew grown grow dropped drop cut climbed jumped slipped slid declined decline shrank shrunk raised "
    "lowered reduced improved changed change moved went gone soared plunged plummeted surged tumbled doubled halved"
).split()
# Verbs before "up to" that make it "rose to", not a bound: "pushed their earnings up to $43.1m".
RAISING_VERBS_BEFORE_UP_TO = (
    "add adds added adding push pushes pushed pushing bring brings brought bringing drive drove driven "
    "lift lifts lifted boost boosted raise raised rose risen rise rises climb climbed jump jumped move moved "
    "went gone going goes revise revised step stepped ramp ramped scale scaled bump bumped "
    "edge edges edged edging inch inched creep crept tick ticked nudge nudged"
).split()

# Words in a figure's sentence that make it one state of a quantity that moves, or one
# foreseen or compared, rather than the quantity itself: two such figures of one text
# may both be right ("rose to 13 million", "now", "expected to reach", "a year earlier").
# factcheck.consistency.restated pairs no figure of such a sentence with another.
RESTATEMENT_BARRIERS = (
    *CHANGE_VERBS_BEFORE_FROM, *RISE_NOUNS, *FALL_NOUNS,
    *"""reach reached reaching hit topped passed exceeded now latest new revised revision updated update
    previous previously earlier originally initially before after ago then once still so far
    expected expect expects forecast forecasts predicted predicts projected projection target targets
    aim aims plan plans planned could would will may might should if
    compared against versus vs average averages typical median each
    instead rather another further extra additional more fewer less""".split(),
)

# --- sources ---------------------------------------------------------------------------

# Verbs that say who stated a figure: "Ukrainian analysts estimate", '..." says Griffiths'.
REPORTING_VERBS = (
    "said says say estimate estimates estimated projected projects project reported reports "
    "believes believe claims claim found finds noted notes stresses stressed writes wrote "
    "concludes concluded adds added told tells calculated calculates puts put predicts predicted "
    "forecasts forecast warned warns suggests suggested"
).split()
# Verbs that make the name before them a speaker, not what a sentence is about (factcheck.subjects):
# "Jo Lee claimed a 65% share for the iPod".
SPEAKING_VERBS = (*REPORTING_VERBS, "claimed", "argued", "argues", "insisted", "insists", "admitted", "admits")
# Verbs whose subject found or counted a figure rather than owning what it counts:
# "Reuters counted at least 64 shipments", "an analysis identified".
COUNTING_VERBS = "counted counts count identified identifies tallied tracked recorded logged documented".split()
# Drafting an `about` from the words before a figure (factcheck.harvest): the words a
# noun phrase does not start with ("while", "which has a") or end with ("averaging", "to just").
ABOUT_OPENERS = frozenset(
    "with while and but including which who that has have had is was are were a an the on to adding as so "
    "when after before since also its their his her at in for by from it they he she we there".split())
ABOUT_CLOSERS = frozenset(
    "at of to for in on by from was is are were be been reach reached reaches just about around nearly almost "
    "some over under than averaging totalling stood stands put hit the a an its their".split())
# The prepositions that can open what a figure counts without being part of it: "earned $20
# billion in economic benefits"; and those after which the words count nothing ("rose 4% by noon").
COUNTED_PREPOSITIONS = ("in", "from", "for", "on", "with")
NOT_COUNTED_AFTER = ("by", "at", "to", "than", "as")
# What a source publishes: "an analysis by X", "KIDA's estimate".
WORKS_BY = (
    "analysis analyses report study survey estimate estimates assessment investigation data figures research "
    "census poll"
).split()
FINDINGS = (
    "analysis analyses estimate estimates report study survey assessment figures data research calculation "
    "calculations count tally projection forecast"
).split()


def alternation(words, *, first_letter_either_case: bool = False) -> str:
    """Return a regex alternation of ``words``, longest first so none is cut short.

    Spaces match any run of whitespace. With ``first_letter_either_case``, a word may
    also start with a capital ("Million" as well as "million"). Words are grouped by
    their first letter ("m(?:illion|m)"), which changes no match; `re` tries a group
    once per letter (speed).
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda word: (-len(word), word)):  # one order whatever the hash seed
        first = word[0].lower() if first_letter_either_case else word[0]
        groups.setdefault(first, []).append(re.escape(word[1:]).replace(r"\ ", r"\s+"))
    parts = []
    for first, rests in groups.items():
        if first_letter_either_case and first.isalpha() and first.lower() != first.upper():
            lead = f"[{first}{first.upper()}]"
        else:
            lead = re.escape(first)
        parts.append(lead + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]))
    return "|".join(parts)


# --- counts: what makes a number a count rather than a year, a calibre or a word ------

# Nouns after a number that make it a count, though it looks like a year: "1200 workers".
COUNTED_NOUNS = frozenset(
    """people persons workers troops soldiers staff employees residents children adults pupils students patients
    visitors tourists deaths casualties victims cases homes houses households families members civilians refugees
    migrants users customers fans drivers passengers voters jobs firms companies shells rounds vehicles cars
    doctors nurses teachers officers men women""".split()
)
# Words after a month or a quarter that put it a year before the story's: "in January last
# year", "in the same quarter a year earlier" (the figure beside it is of that month this year).
YEAR_AGO_PHRASES = ("last year", "a year earlier", "a year ago", "a year before", "the previous year",
                    "the year before", "the same month of last year")
# What opens an aside that only restates the figure before it: "One in 10 adults - equivalent
# to 22 million people - own a player".
RESTATING_OPENERS = frozenset(["equivalent to", "or", "that is", "or about", "or around", "or some", "some"])
# Who says so without a name: "Analysts said", "Figures from the BBA showed" (the BBA names it).
GENERIC_SOURCES = frozenset("""analysts economists experts officials sources reports report observers critics traders
    investors commentators figures data statistics survey surveys researchers research estimates study studies
    ministers government authorities newspapers newspaper press media agency spokesman spokeswoman chief""".split())
# Titles before a person's name: "Mr Jobs said" is Steve Jobs.
HONORIFICS = frozenset("mr mrs ms miss dr sir lord lady dame prof professor".split())
# Days and seasons of the year written with capitals, as whole names: they name a time, not
# a film, a firm or a party ("takings on Christmas Day", "over the Thanksgiving weekend").
HOLIDAYS = frozenset([
    "christmas", "christmas day", "christmas eve", "boxing day", "new year", "new year's day", "new year's eve",
    "easter", "easter sunday", "easter monday", "good friday", "thanksgiving", "halloween", "hanukkah", "diwali",
    "ramadan", "eid", "passover", "valentine's day", "independence day", "labor day", "labour day", "memorial day",
    "bank holiday", "super bowl", "st patrick's day", "mother's day", "father's day", "lent", "advent",
])
# Nouns that count people or things of any kind: "5.5 million people were out of work" may
# be a claim about the unemployed, so they contradict no claim's counted noun.
GENERIC_COUNTED_NOUNS = frozenset("people persons individuals adults men women households families units items".split())
# Plurals without an "s" that a small number word may count: "three children", "seven people".
IRREGULAR_PLURALS = frozenset("people children men women police staff personnel cattle sheep fish aircraft".split())
# What a small number word counts in the writer's own argument, not a quoted figure: "two
# primary reasons", "three ways", "two sides".
DISCOURSE_NOUNS = frozenset(
    "reasons ways things questions issues factors options aspects examples kinds types sorts sides words ideas".split()
)
# Words between a number word and what it counts that are no modifier of it ("two of them").
NOT_MODIFIERS = frozenset(
    """of and or the a an to in on at by for from with as than that this is was are were be has have had its it
    his hers ours yours theirs us thus plus less unless across always perhaps whereas does""".split()
)
# Words just before a small number word that make it a pronoun or a name, not a count:
# "the two leaders", "their three allies".
# "the first three months of 2005" is a period.
DETERMINERS_BEFORE_WORD = frozenset(
    "the these those its their his her our my your all both whose this that first".split()
)
# Nouns after a calibre or a size that make it no count: "152mm shells", "300mm wafers".
CALIBRE_NOUNS = (
    "shells shell rounds round guns gun howitzers howitzer artillery ammunition mortars mortar cannons cannon "
    "calibre caliber rifles rifle rockets rocket missiles missile wafers wafer chips chip process node"
).split()
# Capitalised words after a number that make it a station's name: "6 Music", "5 Live".
STATION_WORDS_AFTER = ("Music", "Live", "Extra")
# Nouns after a number that make it a model's name: "the 6230 handset".
MODEL_NOUNS = "handset handsets phone phones mobile mobiles model models series camera cameras laptop laptops".split()

# --- frames: what a figure counts, and when ----------------------------------------------

# Verbs that put a figure after what it counts: "the toll was put at 3,400", "the
# evacuees number 2,300", "sales totalled 1.2 million".
PASSIVE_AUXILIARIES = ("was", "were", "is", "are", "has been", "have been", "had been")
PASSIVE_AT_VERBS = ("put", "estimated", "set", "given", "reported", "counted", "calculated", "valued", "pegged",
                    "recorded")
COPULAR_COUNT_VERBS = (
    "number", "numbers", "numbered", "totalled", "totaled", "total", "totals", "stood at", "stands at", "came to",
    "come to", "comes to", "reached", "amounted to", "rose to", "fell to", "climbed to", "dropped to", "hit",
)
# "Of the 2,300 people evacuated, 140 ...": the words after "of" that open a partitive.
PARTITIVE_DETERMINERS = ("the", "these", "those", "its", "their", "some", "about", "around", "nearly", "more than")
# What a figure counts starts after these words and ends before these.
COUNTED_FILLERS = ("of", "the", "a", "an", "his", "her", "its", "their", "our")
COUNTED_ENDS = ("by", "in", "at", "on", "for", "from", "to", "with", "since", "during", "over", "under", "who",
                "which", "that", "following", "after", "before", "than", "despite", "amid", "against", "now",
                "within")
# "were destroyed", "had returned": the auxiliaries before a participle that says what happened.
AUXILIARIES = ("has", "have", "had", "was", "were", "is", "are", "been", "being", "be")
# "Nasdaq's bid valuing the LSE at £2.7 billion": a figure that is what a thing is worth.
VALUING_VERBS = ("valuing", "valued", "values", "valuation of")
# Words of saying after a name in a claim's phrase: the name is who states the figure
# ("the Conservatives say", "Halifax forecasts", "a Populus poll").
ATTRIBUTING_WORDS = ("say", "says", "said", "forecast", "forecasts", "estimate", "estimates", "expect", "expects",
                     "predict", "predicts", "index", "figures", "data", "survey", "poll")
# Conjunctions that open a clause of its own, with its own subject, even without a comma:
# "the PSP sells for 19,800 yen while the DS sells for $150" (the DS is not the yen's).
CLAUSE_CONJUNCTIONS = ("while", "whereas", "although", "though")
# Words that open a clause comparing its figure with one the sentence gave before, and
# leave implied what it counts: "GDP rose 0.7%, compared with 0.5% in the third quarter".
ELLIPSIS_OPENERS = ("compared with", "compared to", "against", "after", "up from", "down from", "from", "than",
                    "versus", "vs", "less than", "more than", "higher than", "lower than", "greater than",
                    "ahead of", "short of", "down on", "up on", "below", "above")
# The country a currency stands for, as the synonym table names it: a price in dollars
# is a US price. (The euro is many countries', and stands for none.)
CURRENCY_PLACES = {"USD": "united states", "GBP": "united kingdom", "JPY": "japan", "CNY": "china", "INR": "india",
                   "RUB": "russia", "KRW": "south korea", "AUD": "australia", "CAD": "canada", "BRL": "brazil"}
# Words that name a rise without a change word: "house price inflation", "additional
# people in work" are changes, so "up 13.8%" and "90,000 more" can be them.
RATES_OF_RISE = ("inflation", "additional")
# Words that say a figure was expected or planned, not that it happened: "the £1.4bn expected".
INTENT_WORDS = ("expected", "planned", "forecast", "predicted", "projected",
                # an offer, a bid or a sum sought is a proposal: "its planned £1.3bn offer" is the offer
                "offer", "bid", "proposed", "proposal", "seeks")
# Abbreviations that, lower-cased, would be a stop word ("US" as "us"): read as written in full.
CAPITALISED_ABBREVIATIONS = {"US": "USA", "U.S.": "USA", "U.S": "USA"}
# Words that open an aside between a subject and its verb: "the services sector, which
# accounts for three-quarters of the economy, grew 1.0%".
ASIDE_OPENERS = ("which", "who", "having", "whose", "despite", "after", "like", "as well as", "including")
# Verbs that say how sure a statement is, not what happened: "rates will stay on hold".
MODAL_VERBS = ("may", "might", "could", "will", "would", "can", "should", "must", "shall")
# "90,000 more people", "48,000 fewer mortgages": the figure is a difference.
COMPARATIVES = {"more": "increase", "extra": "increase", "fewer": "decrease", "less": "decrease"}
# "£2bn more than Mr Brown predicted", "£33.5bn less than Labour": a figure that is the
# difference between two others, when what follows "than" is no time ("higher than a year
# earlier" is a change).
DIFFERENCE_COMPARATIVES = ("more", "less", "fewer", "higher", "lower", "greater", "smaller", "bigger", "above",
                           "below")
TIME_WORDS_AFTER_THAN = ("year", "years", "month", "months", "quarter", "week", "weeks", "day", "ago", "earlier",
                         "before", "previous", "last", "previously")
# "the final quarter", "July-September": the quarter a phrase names.
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
# "at the end of 2004": the quarter an edge of a year falls in.
YEAR_EDGE_QUARTERS = {"end": 4, "close": 4, "start": 1, "beginning": 1}
# "the summer quarter": the quarter of the calendar year each season's quarter is (as the
# northern hemisphere's statistics name them).
SEASON_QUARTERS = {"winter": 1, "spring": 2, "summer": 3, "autumn": 4}
QUARTER_FIRST_MONTHS = {"january": 1, "april": 2, "july": 3, "october": 4}


# --- matching ------------------------------------------------------------------------

# Words matching passes over: they say nothing of what a figure is about.
STOPWORDS = frozenset(
    """a an the of in on at by to for from with into onto over under as and or but nor
    its it is are was were be been being has have had that this these those which who whom
    their there than then so such per each every any all some about around since also has
    he she they we you i our your his her them him us do does did not no s""".split()
)
# Words a bracket that only restates a figure in another currency or scale may hold
# besides the figures: "$27.5bn (£14.5bn; about 26bn euros)".
CONVERSION_WORDS = ("or", "and", "about", "around", "roughly", "some", "nearly", "almost", "approximately",
                    "at", "current", "exchange", "rates", "rate")
# Words in -ing that open a clause after a comma without saying what the clause before's
# subject did ("..., including 40 ...", "..., according to ..."): no participle clause.
NOT_PARTICIPLES = ("including", "according", "excluding", "following", "during", "regarding", "concerning")
# Pronouns that open a relative clause about the words just before its comma: "Atticus, which owns 2%".
RELATIVE_PRONOUNS = ("which", "who", "whose")
# Verbs whose "up" or "down" makes a phrasal verb, not a change: "had lined up $10bn",
# "set up a £5m fund", "snapped up for $9bn", "wrote down $2bn".
PHRASAL_VERBS_OF_UP_AND_DOWN = (
    "line lined lines lining set sets setting put puts putting take takes took taken taking make makes made making "
    "pick picks picked picking snap snaps snapped snapping build builds built building draw draws drew drawn "
    "drawing stump stumped cough coughed sign signed signs sum summed round rounded tie tied lock locked "
    "free freed write wrote written writes writing mark marked marks note noted shut"
).split()
# A sentence that opens with one of these is about what the sentence before it named:
# "It was bought for $9.4bn", "The unit was sold for $9.4bn".
ANAPHORS = ("it", "its", "they", "their", "the unit", "the company", "the firm", "the group", "the business",
            "the subsidiary", "the division", "the operator", "the lender", "the bank", "the exchange",
            "the carrier", "the retailer", "the club", "the deal", "the bid", "the offer")
