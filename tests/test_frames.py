"""A figure's frame (what it counts, what happened, whose, when, who says so), claims'
frames, and how frames tell sibling claims apart."""

from __future__ import annotations

import pytest

from factcheck.check import check_text, read_figures
from factcheck.frames import Frame, read_frame
from factcheck.periods import periods
from factcheck.matching import Matcher
from factcheck.registry import parse_registry
from factcheck.vocabulary import Vocabulary, name_variants


def _frame(sentence: str, figure_text: str) -> Frame:
    [(figure, context)] = [(f, c) for f, c in read_figures(sentence) if f.text == figure_text]
    return read_frame(sentence, figure, context)


@pytest.mark.parametrize(
    ("sentence", "figure", "counts", "event", "whose"),
    [
        ("More than 3,000 North Korean troops have been killed or wounded, Seoul says.", "More than 3,000",
         "North Korean troops", "killed or wounded", "North Korean"),
        # A partitive: the counted thing stands before the figure's clause.
        ("Of the 2,300 people evacuated, 140 were injured.", "140", "people", "injured", None),
        ("Of the 2,300 people evacuated, 140 were injured.", "2,300", "people", "evacuated", None),
        # ... and a copula after it names the part ("were iPods"), an event does not ("were injured");
        # what happened to the whole happened to the part
        ("Of the 25 million phones sold, 10 million were smartphones.", "10 million", "smartphones", "sold", None),
        # The subject of a change verb is what the change is of.
        ("Retail sales rose 0.6% on the month.", "0.6%", "Retail sales", "sales", None),
        # A passive or copular verb puts the figure after its subject.
        ("The death toll was put at 3,400 by the council.", "3,400", "death toll", "death", None),
        ("Sales totalled 1.2 million last year.", "1.2 million", "Sales", "Sales", None),
        # ... and its auxiliary or modal verb is no part of what it counts
        ("If the pace holds, fares would rise by 6% in the year.", "6%", "fares", "would", None),
        ("A further 900 nurses will be hired by 2027.", "900", "nurses", "will or hired", None),
        ("North Korea has sent about 11,000 soldiers to Russia.", "about 11,000", "soldiers", "sent", "North Korea"),
        ("Pyongyang has 1,500 factories making shells for Moscow.", "1,500", "factories", None, "Pyongyang"),
        ("The company sold 1.2 million cars, including 40,000 electric models.", "40,000", "electric models",
         None, None),
    ],
)
def test_a_figure_frame_reads_what_it_counts_what_happened_and_whose(sentence, figure, counts, event, whose):
    frame = _frame(sentence, figure)
    assert (frame.counts, frame.event, frame.whose) == (counts, event, whose)


def test_a_frame_carries_the_time_and_the_source():
    frame = _frame("North Korea sent 11,000 troops to Russia in November, according to Kyiv.", "11,000")
    assert (frame.when, frame.said_by) == ("in November", "Kyiv")


SIBLINGS = """\
version: 1
claims:
  - id: flood-evacuated
    about: people evacuated from the flooded valley
    sources: [{name: Council, value: "2,300"}]
  - id: flood-injured
    about: people injured in the valley floods
    aliases: [people hurt in the floods]
    sources: [{name: Council, value: "140"}]
  - id: nurses-hired
    about: nurses the health board has hired
    sources: [{name: Board, value: "1,200"}]
  - id: nurses-planned
    about: additional nurses the health board plans to hire by 2027
    sources: [{name: Board, value: "900"}]
  - id: troops-sent
    about: North Korean troops sent to Russia
    sources: [{name: Kyiv, value: "11,000"}]
  - id: shipments
    about: arms shipments from North Korea to Russia
    sources: [{name: Analysts, value: at least 64}]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(parse_registry(SIBLINGS, "claims.yaml"))


@pytest.mark.parametrize(
    ("sentence", "figure", "claim"),
    [
        ("Of the 2,300 people evacuated from the valley, 140 were injured.", "140", "flood-injured"),
        ("Of the 2,300 people evacuated from the valley, 140 were injured.", "2,300", "flood-evacuated"),
        ("The floods left 140 people wounded in the valley.", "140", "flood-injured"),  # a synonym
        ("A further 900 nurses will be hired by the health board by 2027.", "900", "nurses-planned"),
        ("The health board has hired 1,200 nurses.", "1,200", "nurses-hired"),
        ("Pyongyang has sent 11,000 soldiers to Moscow.", "11,000", "troops-sent"),  # capitals for governments
        # Hard negatives: a figure next to the subject that counts something else.
        ("More than 3,000 North Korean troops in Russia have been killed or wounded.", "More than 3,000", None),
        ("North Korea has 1,500 factories making arms for Russia.", "1,500", None),
    ],
)
def test_frames_tell_sibling_claims_apart(matcher, sentence, figure, claim):
    [finding] = [f for f in check_text(sentence, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


@pytest.mark.parametrize(
    ("sentence", "figure", "claim"),
    [
        # A count names what it counts right after its number: a claim whose words never
        # name it (its about opens with "arms shipments") is not the figure's.
        ("Pyongyang has shipped 3.2 million containers of goods to Russia since 2023.", "3.2 million", None),
        ("North Korea sent 40 railcars of arms to Russia.", "40", None),
        ("North Korea has made 64 arms shipments to Russia.", "64", "shipments"),
        ("Analysts counted 64 shipments of arms from North Korea to Russia.", "64", "shipments"),
        # ... a synonym names it too, and a generic noun ("people") contradicts no claim.
        ("North Korea has sent 11,000 servicemen to Russia.", "11,000", "troops-sent"),
        ("The floods left 140 people hurt in the valley.", "140", "flood-injured"),
    ],
)
def test_a_count_names_what_it_counts(matcher, sentence, figure, claim):
    [finding] = [f for f in check_text(sentence, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


def test_a_claim_can_exclude_words_and_name_its_counted_noun():
    registry = SIBLINGS.replace("    about: North Korean troops sent to Russia\n",
                                "    about: North Korean troops sent to Russia\n    excludes: [casualties]\n")
    matcher = Matcher(parse_registry(registry, "claims.yaml"))
    [finding] = check_text("North Korean troops sent to Russia suffered 4,000 casualties.", matcher)
    assert finding.claim is None


def test_an_unmatched_figure_close_to_a_claim_is_a_near_miss():
    registry = """\
version: 1
claims:
  - id: plant-hours
    about: hours a day the steel plant runs
    sources: [{name: Ministry, value: 24 hours a day}]
"""
    matcher = Matcher(parse_registry(registry, "claims.yaml"))
    [finding] = check_text("The plant works 20 hours a day.", matcher)
    assert finding.verdict == "unmatched"
    assert finding.near is not None and finding.near.claim.id == "plant-hours"


# A story of our own with sibling claims that differ by period, place, stage and change,
# for the rules that read a frame beyond the figure's own clause.
STORY = """\
version: 1
claims:
  - id: orders-may
    about: factory orders in May
    sources: [{name: Board, value: "9,300"}]
  - id: orders-june
    about: factory orders in June
    sources: [{name: Board, value: "8,800"}]
  - id: exports-q1
    about: growth of exports in the first quarter
    sources: [{name: Office, value: 1.4%}]
  - id: exports-q2
    about: growth of exports in the second quarter
    sources: [{name: Office, value: 2.1%}]
  - id: members-rise
    about: increase in the number of union members during 2006
    sources: [{name: Union, value: "2,500"}]
  - id: members-total
    about: number of union members at the end of 2006
    sources: [{name: Union, value: "61,000"}]
  - id: home-price-q3
    about: average price of a home in July-September 2006, Registry
    sources: [{name: Registry, value: "£187,000"}]
  - id: home-price-q4
    about: average price of a home in the last quarter of 2006, Registry
    sources: [{name: Registry, value: "£182,000"}]
  - id: rent-inflation-may
    about: annual rent inflation in the year to May
    sources: [{name: Agency, value: 6.2%}]
  - id: policy-rate
    about: interest rate held by the central bank
    sources: [{name: Central bank, value: 3.5%}]
  - id: germany-jobless
    about: number of Germans out of work in March
    sources: [{name: Agency, value: 4.1 million}]
  - id: uk-jobless
    about: unemployed people in the UK in March
    sources: [{name: Office, value: 1.6 million}]
  - id: new-jobs
    about: more people in employment in the UK in the spring
    sources: [{name: Office, value: "90,000"}]
  - id: retail-sales-rise
    about: rise in retail sales in March
    sources: [{name: Office, value: 1.5%}]
"""


@pytest.fixture(scope="module")
def story() -> Matcher:
    return Matcher(parse_registry(STORY, "claims.yaml"))


@pytest.mark.parametrize(
    ("sentence", "figure", "claim"),
    [
        # A period after another number is that number's; the figure's own is before it.
        ("Factory orders in June fell to 8,800 from 9,300 in May.", "8,800", "orders-june"),
        ("Factory orders in June fell to 8,800 from 9,300 in May.", "9,300", "orders-may"),
        # A figure naming no period of its own is not of the other number's period.
        ("Factory orders fell from 9,300 in May to 8,800.", "8,800", "orders-june"),
        # A comparing clause carries the words of the clause before it, and its own period.
        ("Exports grew 2.1% in the second quarter, compared with 1.4% in the previous quarter.", "1.4%",
         "exports-q1"),
        ("Exports grew 2.1% in the second quarter, compared with 1.4% in the previous quarter.", "2.1%",
         "exports-q2"),
        # The level a change reached is not the change, and the change is not the level.
        ("Union membership increased by 2,500 to 61,000 during 2006.", "61,000", "members-total"),
        ("Union membership increased by 2,500 to 61,000 during 2006.", "2,500", "members-rise"),
        # The end of a year is its last quarter; a clause comparing the figure with an
        # earlier one names the other figure's period.
        ("The average price of a home was £182,000 at the end of 2006.", "£182,000", "home-price-q4"),
        ("The average price of a home was £182,000, down from £187,000 in July-September.", "£182,000",
         "home-price-q4"),
        # A rate of rise (inflation) can be the size of a rise.
        ("Annual rent inflation was up 6.2% in the year to May.", "6.2%", "rent-inflation-may"),
        # A modal verb says how sure, not what happened.
        ("Interest rates will stay on hold at 3.5% at the central bank.", "3.5%", "policy-rate"),
        # "sat", "stayed" and "remained" are "held"
        ("Interest rates have sat at 3.5% since May.", "3.5%", "policy-rate"),
        ("Interest rates have remained at 3.5% for a year.", "3.5%", "policy-rate"),
        # "people ... out of work": a kind of people, in Germany.
        ("In Germany 4.1 million people were out of work in March.", "4.1 million", "germany-jobless"),
        # "more people" is a rise, and the claim counts one.
        ("In the spring 90,000 more people were in employment in the UK.", "90,000", "new-jobs"),
        # What was expected is not what happened; a possessive period is the figure's.
        ("Retail sales rose by 1.5% in March, more than the 1.2% expected.", "1.2%", None),
        ("Retail sales rose by 1.5% in March, up from February's 1.1%.", "1.1%", None),
        ("Retail sales rose by 1.5% in March, up from February's 1.1%.", "1.5%", "retail-sales-rise"),
        # A change verb a few words before "by" makes the figure a change, not a price.
        ("The consoles' prices have been cut by an average of $40.", "$40", None),
    ],
)
def test_frames_read_beyond_the_figures_clause(story, sentence, figure, claim):
    [finding] = [f for f in check_text(sentence, story) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


PLACES = """\
version: 1
claims:
  - id: uk-growth-forecast
    about: UK economic growth expected this year
    sources: [{name: Treasury, value: 2%}]
  - id: uk-inflation
    about: UK inflation rate
    sources: [{name: Office, value: 3.1%}]
  - id: us-rate
    about: US interest rate
    sources: [{name: Federal Reserve, value: 5.25%}]
  - id: us-console-price
    about: US price of the games console
    sources: [{name: Maker, value: $299}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        ("UK inflation was 3.1% last year.", "3.1%", "uk-inflation"),
        # "US" is a place, though "us" is a stop word.
        ("In the US, inflation was 3.1% last year.", "3.1%", None),
        ("Across the Atlantic, U.S. inflation was 3.1% last year.", "3.1%", None),
        # Another country named in the sentence before, when the figure's names none.
        ("In Germany, factories are busy. Growth is expected to reach 2% this year.", "2%", None),
        ("In Britain, factories are busy. Growth is expected to reach 2% this year.", "2%", "uk-growth-forecast"),
        # ... or in the paragraph before, when the figure's paragraph names none.
        ("Growth is expected to reach 2% this year.", "2%", "uk-growth-forecast"),
        ("The German economy is weak.\n\nGrowth is expected to reach 2% this year.", "2%", None),
        # A body or a currency stands for its country.
        ("The Federal Reserve raised its interest rate to 5.25%.", "5.25%", "us-rate"),
        ("In Britain the games console sells for £249; the US price of the console is $299.", "$299",
         "us-console-price"),
        # The place right after a figure is its own, not the first of its clause.
        ("The games console sells for £249 in the UK and $299 in the US.", "$299", "us-console-price"),
    ],
)
def test_a_figure_is_about_the_place_its_text_names(text, figure, claim):
    matcher = Matcher(parse_registry(PLACES, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("in the last quarter of 2004", {"quarter": {4}, "year": {"2004"}}),
        ("at the end of 2004", {"quarter": {4}, "year": {"2004"}}),
        ("by the close of the year", {"quarter": {4}}),
        ("at the start of 2005", {"quarter": {1}, "year": {"2005"}}),
        ("in the summer quarter", {"quarter": {3}}),
        ("in the last three months of 2004", {"quarter": {4}, "year": {"2004"}}),
        ("in the three months to 31 March", {"quarter": {1}}),
        ("in the three months to December", {"quarter": {4}}),
        ("in November", {"month": {11}}),
        ("at the end of the day", {}),
        # "last year" beside a month: a year before the story's
        ("in January last year", {"month": {1}, "year": {"the year before"}}),
        ("in the same quarter a year earlier", {}),
        ("last year", {}),
    ],
)
def test_periods_names_years_quarters_and_months(text, named):
    assert {kind: set(values) for kind, values in periods(text).items()} == named


def test_us_is_a_place_though_us_is_a_stop_word():
    vocabulary = Vocabulary.default()
    assert vocabulary.keywords("US rates") == vocabulary.keywords("American rates") == ["unit_state", "rate"]
    assert vocabulary.keywords("U.S. rates") == ["unit_state", "rate"]
    assert vocabulary.keywords("give us rates") == ["give", "rate"]
    assert vocabulary.keys_as_written("US rates") == [("unit_state", "USA"), ("rate", "rates")]


FIRMS = """\
version: 1
claims:
  - id: acme-tax-bill
    about: back taxes the French authorities say Acme owes
    aliases: [Acme tax bill]
    sources: [{name: French tax office, value: €2bn}]
  - id: acme-share-fall
    about: fall in Acme shares
    aliases: [Acme shares have fallen]
    sources: [{name: Paris bourse, value: 10%}]
  - id: borel-stake-in-acme
    about: stake in Acme held by Borel Holdings
    sources: [{name: Borel Holdings, value: 30%}]
  - id: dupont-stake-in-borel
    about: Jean Dupont's stake in Borel Holdings
    aliases: [Dupont's holding in Borel]
    sources: [{name: Borel Holdings, value: 40%}]
  - id: gadget-price-uk
    about: UK price of the Zephyr gadget
    sources: [{name: Orbit, value: £99}]
  - id: acme-output-share
    about: Acme's share of France's oil output today
    aliases: [Acme's output share]
    sources: [{name: Analysts, value: 25%}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # The firm a claim names stands for its country: other countries a story names
        # (a court abroad) do not rule it out.
        ("The case was heard by a court in the United States. Lawyers said the €2bn Acme tax bill was unfair.",
         "€2bn", "acme-tax-bill"),
        # Another firm's figure is not the claim's, nor another owner's stake.
        ("Zenith's shares have fallen 10% since March.", "10%", None),
        ("Acme's shares have fallen 10% since March.", "10%", "acme-share-fall"),
        # ... but who says so is no owner of what it counts.
        ("Zenith's chief analyst says Acme shares have fallen 10% since March.", "10%", "acme-share-fall"),
        ("Jean Dupont's 40% holding in Borel Holdings passed to his partner.", "40%", "dupont-stake-in-borel"),
        # A claim's source is one of its names: the maker owns the gadget it prices.
        ("Orbit's Zephyr gadget costs £99 in Britain.", "£99", "gadget-price-uk"),
        # Words a clause leaves implied name no owner.
        ("A member of the Board's panel - Jean Dupont - said his holding in Borel Holdings was 40%.", "40%",
         "dupont-stake-in-borel"),
        # A stake is in the firm it names: not a claim of a stake in another.
        ("Mr Dupont handed his entire 40% stake in holding firm Borel Holdings - which owns Acme - to a partner.",
         "40%", "dupont-stake-in-borel"),
        ("Borel Holdings keeps a 30% stake in Acme.", "30%", "borel-stake-in-acme"),
        # A price is set before it is paid: the price a maker expects is its price.
        ("Orbit expects the Zephyr gadget to sell for £99 in Britain.", "£99", "gadget-price-uk"),
        # Against the country of the sentence before, only a firm its own sentence names stands.
        ("German output will fall, analysts say. By 2030 output may be 20% of today's. Acme works with Borel.",
         "20%", None),
        ("German output will fall, analysts say. By 2030 Acme's output may be 20% of today's.", "20%",
         "acme-output-share"),
    ],
)
def test_a_figure_is_about_the_firm_its_text_names(text, figure, claim):
    matcher = Matcher(parse_registry(FIRMS, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


PROPOSALS = """\
version: 1
claims:
  - id: jobs-moving-abroad
    about: jobs at the bank that unions fear would move abroad
    sources: [{name: Union, value: 400}]
  - id: port-offer
    about: takeover offer for the port operator
    sources: [{name: Bidder, value: £2bn}]
  - id: airline-damages
    about: damages the airline seeks from the builder
    sources: [{name: Airline, value: $50m}]
  - id: nurses-hired
    about: nurses hired by the trust so far
    sources: [{name: Trust, value: 1200}]
  - id: port-offer-per-share
    about: price per share in the takeover offer for the port operator
    sources: [{name: Bidder, value: 250 pence}]
  - id: port-raised-offer
    about: raised offer the bidder may make for the port operator
    aliases: [takeover offer for the port will be raised]
    sources: [{name: Bidder, value: £2.5bn}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A claim's modal verb says how sure, not what happened.
        ("Up to 400 posts at the bank could be transferred abroad, unions fear.", "Up to 400", "jobs-moving-abroad"),
        # An offer, a bid or a sum sought is a proposal: what was planned or intended fits it.
        ("The board rejected the planned £2bn takeover offer for the port operator.", "£2bn", "port-offer"),
        ("The airline intends to seek $50m in damages from the builder.", "$50m", "airline-damages"),
        # ... but what is planned is still not what happened.
        ("The trust plans to hire 1,200 nurses.", "1,200", None),
        # A price per share is no claim of a whole offer, nor the whole offer one of a price per share.
        ("The board turned down the 250 pence-a-share offer for the port operator.", "250 pence", "port-offer-per-share"),
        ("The bidder offered 250p for each share of the port operator.", "250p", "port-offer-per-share"),
        ("The takeover offer of £2.1bn for the port operator is too low, investors say.", "£2.1bn", "port-offer"),
        ("Port operator shares rose 5% a day after the offer.", "5%", None),
        # What would have been is no claim of what is.
        ("The bidder's offer for the port operator would have reached £3bn had rivals joined.", "£3bn", None),
        # A claim of a changed thing ("raised offer") counts a level: the level the offer is raised to.
        ("Talks are due amid reports that the takeover offer for the port will be raised to £2.5bn.", "£2.5bn",
         "port-raised-offer"),
    ],
)
def test_intents_and_modal_verbs_in_claims(text, figure, claim):
    matcher = Matcher(parse_registry(PROPOSALS, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


@pytest.mark.parametrize(("word", "same_as"), [
    ("sat", "held"), ("stayed", "held"), ("remained", "held"), ("unchanged", "held"),
    ("pumped", "output"), ("pumps", "produced"),
    ("financing", "funding"), ("finance", "funds"),
    ("pay back", "repaid"), ("repayment", "repay"), ("paid", "pays"),
    ("trimmed", "cut"), ("slash", "axed"), ("red tape", "bureaucracy"),
    ("short", "shortfall"), ("levy", "taxes"), ("incomes", "earnings"),
])
def test_news_verbs_of_the_synonym_table(word, same_as):
    vocabulary = Vocabulary.default()
    assert vocabulary.keywords(word) == vocabulary.keywords(same_as)


LENDING = """\
version: 1
claims:
  - id: lending-jan
    about: gross mortgage lending in January 2006
    sources: [{name: Lenders, value: £17.9bn}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # The same month a year apart: the figure compared with last year's is this year's.
        ("Lenders said gross mortgage lending stood at £17.9bn, compared with £21.8bn in January last year.",
         "£17.9bn", "lending-jan"),
        ("Lenders said gross mortgage lending stood at £17.9bn, compared with £21.8bn in January last year.",
         "£21.8bn", None),
        # ... while a month named with no year is still the other number's.
        ("Gross mortgage lending fell from £21.8bn in January to £17.9bn.", "£17.9bn", None),
    ],
)
def test_a_month_last_year_is_not_the_claims(text, figure, claim):
    matcher = Matcher(parse_registry(LENDING, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


GROWTH = """\
version: 1
claims:
  - id: growth-forecast
    about: economic growth expected this year
    sources: [{name: Treasury, value: 2%}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A noun of the table as what a figure counts: a claim whose words never name it
        # (its about opens with "economic growth") is not the figure's.
        ("Economists expect house prices would rise by 6% this year.", "6%", None),
        ("Economists expect economic growth of 2.5% this year.", "2.5%", "growth-forecast"),
    ],
)
def test_a_claim_counts_what_its_about_opens_with(text, figure, claim):
    matcher = Matcher(parse_registry(GROWTH, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


@pytest.mark.parametrize(
    ("phrases", "groups"),
    [
        (["sale of Harbourlinkgas", "Harbourlink was sold", "Harbourlinkgaz sold to Acme"],
         (("harbourlink", "harbourlinkgas", "harbourlinkgaz"),)),
        # short names and places are no variants of others: "Acme", "Acmes"; "Russia", "Russian"
        (["Acme shares", "the Acmes", "Russian output", "output of Russia"], ()),
        (["Borel Holdings", "Borelli Group"], ()),  # a short form has six letters at least
    ],
)
def test_a_registry_spells_names_in_full_and_in_short(phrases, groups):
    assert name_variants(phrases) == groups


NAMES = """\
version: 1
claims:
  - id: ferry-sale-price
    about: price paid for Ferrylinkservices at the auction
    sources: [{name: Court, value: $2bn}]
  - id: harbour-deposit
    about: deposit Acme paid for Harbourlinkgas
    sources: [{name: Court, value: $1bn}]
  - id: harbour-sale-price
    about: price paid for the Harbourlink unit at the auction
    sources: [{name: Court, value: $9bn}]
"""


def test_a_name_in_full_meets_the_name_in_short():
    matcher = Matcher(parse_registry(NAMES, "claims.yaml"))
    assert matcher.keywords("Harbourlinkgas") == matcher.keywords("Harbourlink")
    assert matcher.keywords("Ferrylinkservices") != matcher.keywords("Harbourlink")
    [finding] = check_text("The price paid for Harbourlinkgas at the auction was $9bn.", matcher)
    assert finding.claim.id == "harbour-sale-price"


ENDS = """\
version: 1
claims:
  - id: levy-before
    about: the port's levy on cargo before the reform
    aliases: [the port's levy rose from]
    sources: [{name: Port, value: 2%}]
  - id: levy-after
    about: the port's levy on cargo after the reform
    aliases: [the port's levy rose to]
    sources: [{name: Port, value: 9%}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # Where a change started and where it ended are siblings told apart by "from" and "to".
        ("After the reform, the port's levy on cargo rose from 2% to 9%.", "2%", "levy-before"),
        ("After the reform, the port's levy on cargo rose from 2% to 9%.", "9%", "levy-after"),
        ("The port's levy on cargo rose to 9% after the reform.", "9%", "levy-after"),
    ],
)
def test_the_ends_of_a_change_are_told_apart(text, figure, claim):
    matcher = Matcher(parse_registry(ENDS, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


SOURCES = """\
version: 1
claims:
  - id: loans-rise-bank
    about: rise in mortgage lending in March, Bank of England
    sources: [{name: Bank of England, value: £5bn}]
  - id: phone-share
    about: Zephyr share of the phone market
    sources: [{name: Orbit chief Sam Jobs, value: 40%}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A claim that names its source is not another body's figure ...
        ("The BBA said mortgage lending rose by £4bn in March.", "£4bn", None),
        # ... but is its own, named in short, or by a title and a surname.
        ("The Bank said mortgage lending rose by £4bn in March.", "£4bn", "loans-rise-bank"),
        ("Mr Jobs told reporters that the Zephyr had a 35% share of the phone market.", "35%", "phone-share"),
        # A generic source, or a sentence's first word, names no other body.
        ("Analysts said mortgage lending rose by £4bn in March.", "£4bn", "loans-rise-bank"),
    ],
)
def test_a_claim_that_names_its_source_is_not_another_bodys_figure(text, figure, claim):
    matcher = Matcher(parse_registry(SOURCES, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


def test_whose_noun_is_says_what_a_figure_is():
    registry = """\
version: 1
claims:
  - id: acme-port-offer
    about: value of Acme's offer for the port operator
    aliases: [Acme has offered for the port operator]
    sources: [{name: Acme, value: £2bn}]
"""
    matcher = Matcher(parse_registry(registry, "claims.yaml"))
    [finding] = check_text("Acme - whose market capitalisation is more than £9bn - still hopes to buy the port operator.",
                           matcher)
    assert finding.claim is None
    assert finding.candidates[0].ruled_out == "it counts capitalis, the claim valu"
    [finding] = check_text("Acme's offer for the port operator is £2bn, the firm said.", matcher)
    assert finding.claim.id == "acme-port-offer"


SAVINGS = """\
version: 1
claims:
  - id: council-savings
    about: savings the county council says it will make in its spending
    aliases: [the council's savings]
    sources: [{name: County council, value: £5m}]
  - id: council-reserves
    about: money the county council holds in reserve
    sources: [{name: County council, value: £9m}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A claim of savings or cuts is the size of a decrease: a figure cut from something may be one.
        ("The county council would cut £5m from its spending on roads.", "£5m", "council-savings"),
        ("County council spending could be cut by £5m, its savings plan says.", "£5m", "council-savings"),
        # ... not of a rise, and a claim of a level is no decrease.
        ("The county council's spending would rise by £5m.", "£5m", None),
        ("The money the county council holds in reserve was cut by £9m.", "£9m", None),
    ],
)
def test_a_claim_of_savings_is_the_size_of_a_decrease(text, figure, claim):
    matcher = Matcher(parse_registry(SAVINGS, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


BUDGETS = """\
version: 1
claims:
  - id: city-spending-gap
    about: how much less the city would spend than the region by 2030
    sources: [{name: City hall, value: £40m}]
  - id: city-extra-funding
    about: extra money the region gives the city for buses
    sources: [{name: Region, value: £3m}]
  - id: city-bus-fares-rise
    about: rise in the city's bus fares
    sources: [{name: City hall, value: 4%}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A figure "more than" or "less than" another is a difference between two figures.
        ("Bus money is still £3m more than the mayor predicted.", "£3m", None),
        ("The region gives the city an extra £3m for buses.", "£3m", "city-extra-funding"),
        ("The city would spend £40m less than the region by 2030.", "£40m", "city-spending-gap"),
        # ... but "higher than a year earlier" is a change over time.
        ("The city's bus fares are 4% higher than a year earlier.", "4%", "city-bus-fares-rise"),
    ],
)
def test_a_difference_between_two_figures_is_no_claim_of_one(text, figure, claim):
    matcher = Matcher(parse_registry(BUDGETS, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


COUNCIL = """\
version: 1
claims:
  - id: greens-majority
    about: majority of the Greens on the city council after the May vote
    sources: [{name: Returning officer, value: "12"}]
  - id: greens-seats
    about: number of Green seats on the city council after the May vote
    aliases: [seats the Greens won on the council]
    sources: [{name: Returning officer, value: "40"}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # "a majority of 12 seats" is a majority: what the figure is an amount of comes before it.
        ("The May vote gives the Greens a majority of 12 seats on the city council.", "12", "greens-majority"),
        ("The Greens won 40 seats on the city council in the May vote.", "40", "greens-seats"),
    ],
)
def test_a_figure_is_an_amount_of_the_noun_before_it(text, figure, claim):
    matcher = Matcher(parse_registry(COUNCIL, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


CUTS = """\
version: 1
claims:
  - id: road-spending-cut
    about: fall in the council's road spending this year
    sources: [{name: Council, value: £2m}]
  - id: bus-fares-rise
    about: rise in the council's bus fares this year
    sources: [{name: Council, value: 4%}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A sum "of" something is an amount of it; a percentage "of" something is a share of it.
        ("The council made £2m of cuts to its road spending this year.", "£2m", "road-spending-cut"),
        ("About 4% of the council's bus fares this year were paid in cash.", "About 4%", None),
    ],
)
def test_a_sum_of_something_is_no_share_of_it(text, figure, claim):
    matcher = Matcher(parse_registry(CUTS, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


GADGETS = """\
version: 1
claims:
  - id: zephyr-total-sales
    about: total sales of the Zephyr gadget so far
    sources: [{name: Orbit, value: "80,000"}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A stage the sentence gives another number is not the figure's: the total is the 80,000.
        ("The Zephyr gadget sold 5,000 last week and a total of 80,000 so far.", "5,000", None),
        ("The Zephyr gadget sold 5,000 last week and a total of 80,000 so far.", "80,000", "zephyr-total-sales"),
        # ... unless the figure is given it too (and "total fell 100 to" is a total's change, no total of another).
        ("Zephyr gadget total sales so far fell 100 to 80,000 after returns.", "80,000", "zephyr-total-sales"),
    ],
)
def test_a_stage_of_another_number_is_not_the_figures(text, figure, claim):
    matcher = Matcher(parse_registry(GADGETS, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


def test_the_days_of_a_date_range_are_no_other_numbers():
    registry = """\
version: 1
claims:
  - id: fair-takings-may
    about: takings of the spring fair over its May weekend
    sources: [{name: Fair, value: £5m}]
"""
    matcher = Matcher(parse_registry(registry, "claims.yaml"))
    [finding] = [f for f in check_text("The spring fair took £5m between 3 and 5 May.", matcher)
                 if f.figure.text == "£5m"]
    assert finding.claim is not None and finding.claim.id == "fair-takings-may"


FAIRS = """\
version: 1
claims:
  - id: spring-fair-takings-2026
    about: takings of the spring fair in 2026
    sources: [{name: Fair, value: £5m, date: 2026-05}]
  - id: summer-show-takings-2025
    about: takings of the summer show in 2025
    sources: [{name: Show, value: £3m, date: 2026-01}]
"""


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # A figure of "last year" is not a claim of the year its sources stated it in...
        ("The spring fair took £5m, compared with £4m last year.", "£4m", None),
        ("The spring fair took £5m, compared with £4m last year.", "£5m", "spring-fair-takings-2026"),
        # ... but may be one of the year before.
        ("The summer show took £3m last year.", "£3m", "summer-show-takings-2025"),
    ],
)
def test_last_years_figure_is_no_claim_of_the_year_it_was_stated(text, figure, claim):
    matcher = Matcher(parse_registry(FAIRS, "claims.yaml"))
    [finding] = [f for f in check_text(text, matcher) if f.figure.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim
