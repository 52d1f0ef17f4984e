"""Generate a large, valid claims registry (SPEC §1) for the benchmark.

    python3 bench/make_registry.py 100000 /tmp/claims-100k.yaml
    python3 bench/make_registry.py --one-line 1000000 /tmp/claims-1m.yaml

With --one-line, each claim is one line of flow YAML with an about and one source's
count and nothing else (some 120 bytes a claim): the registry that costs the most
memory a byte, each claim's objects being much the same size whatever its length.

Claims read like a newsroom's: what is counted, by whom or where, and since when,
drawn from a few thousand words that overlap everyday news vocabulary, so that a
news article shares words with many claims, as it would with a real registry.
Measures are mixed as in news (counts, percentages, money in three currencies,
rates and units), every value is written the way an article writes it, and the
same seed always gives the same file.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

NOUNS = """
jobs workers employees staff teachers nurses doctors patients students pupils graduates
troops soldiers sailors officers police refugees migrants asylum seekers visitors tourists
passengers travellers fans viewers listeners readers subscribers customers users voters
members players athletes homes houses flats properties schools hospitals beds clinics
cars vehicles lorries buses trains flights aircraft ships boats bikes phones handsets
computers laptops servers websites downloads songs albums films tickets books games
shells munitions missiles drones rockets rifles tanks weapons mines bombs warheads
barrels shares bonds loans mortgages debts pensions benefits claims fines taxes
arrests convictions prisoners crimes burglaries thefts deaths injuries casualties births
cases infections vaccines doses tests operations appointments prescriptions
farms cattle sheep crops trees species licences permits applications complaints
strikes protests lawsuits patents contracts deals factories plants mines wells stores
shops branches offices outlets restaurants pubs hotels rooms cinemas screens stations
""".split()
MODIFIERS = """
new foreign local rural urban private public military civilian electric digital online
mobile broadband illegal unemployed elderly young disabled domestic international
overseas temporary permanent skilled unskilled part-time full-time armed wounded missing
displaced imported exported unsold second-hand affordable social council state federal
""".split()
ACTORS = """
Britain England Scotland Wales Ireland France Germany Italy Spain Portugal Poland Ukraine
Russia Turkey Greece Sweden Norway Denmark Finland Austria Belgium Netherlands Switzerland
China Japan India Pakistan Korea Vietnam Thailand Indonesia Australia Canada Mexico Brazil
Argentina Chile Nigeria Kenya Egypt Israel Iran Iraq Syria Afghanistan Africa Europe Asia
London Paris Berlin Moscow Beijing Tokyo Washington Brussels Manchester Glasgow Cardiff
Microsoft Google Apple Sony Nokia Vodafone Tesco Boeing Airbus Toyota Ford Shell BP
Yukos Gazprom Reuters Yahoo Amazon eBay Intel Samsung Nintendo Disney Warner Universal
""".split()
BODIES = """
the government|the Treasury|the Home Office|the Ministry of Defence|the NHS|the BBC|the
Bank of England|the Federal Reserve|the European Commission|the European Union|the UN|Nato|the
IMF|the World Bank|the Red Cross|Unicef|the World Health Organization|the Office for National
Statistics|the police|the army|the navy|the industry|the union|the council|the regulator|the
airline|the carrier|the retailer|the club|the league|the studio|the network
""".replace("\n", " ").split("|")
PATTERNS = (
    "{mod} {noun} in {actor} {when}",
    "{noun} {actor} has sent to {other} {when}",
    "{noun} lost by {actor} {when}",
    "{mod} {noun} employed by {body} in {actor}",
    "{noun} sold in {actor} {when}",
    "{noun} {body} plans to cut in {actor}",
    "{mod} {noun} recorded by {body} {when}",
    "{noun} bought by {actor} from {other} {when}",
    "{noun} {actor} expects to add by {year}",
    "{mod} {noun} waiting for treatment in {actor}",
    "{noun} closed in {actor} {when}",
    "{noun} {body} reported in {actor} {when}",
)
ALIAS_PATTERNS = (
    "{actor}'s {mod} {noun}",
    "{noun} in {actor}",
    "{mod} {noun} counted by {body}",
    "{noun} {actor} reported {when}",
)
WHEN = ("since {year}", "in {year}", "last year", "this year", "over the past decade",
        "between {year} and {next}", "by the end of {year}", "in the first half of {year}")
SOURCE_NAMES = """
Reuters|the Associated Press|AFP|the BBC|the Financial Times|Bloomberg|the Economist|the
Office for National Statistics|Eurostat|the IMF|the World Bank|the OECD|the UN|Unicef|the Red
Cross|Amnesty International|Human Rights Watch|the Institute for Fiscal Studies|the Resolution
Foundation|the King's Fund|the Nuffield Trust|Ofcom|Ofgem|the Met Office|the Home Office|the
Ministry of Defence|the Pentagon|SIPRI|the International Institute for Strategic Studies|Jane's|the
CBI|the TUC|the British Retail Consortium|the Halifax|Nationwide|the RAC|the AA|Gartner|IDC|Forrester
""".replace("\n", " ").split("|")
NOTES = ("a projection", "provisional figures", "excludes Northern Ireland", "estimate, not a count",
         "revised in the following year", "survey of members", "calendar year", "financial year",
         "as reported to parliament", "rounded by the source")

# Measures in the proportions news quotes them: mostly counts, then percentages and money.
MEASURES = (("number", 60), ("percent", 18), ("GBP", 7), ("USD", 6), ("EUR", 3),
            ("rate", 4), ("tonne", 1), ("km", 1))
_SYMBOL = {"GBP": "£", "USD": "$", "EUR": "€"}
_SCALES = (("", 1), (" thousand", 10**3), (" million", 10**6), ("bn", 10**9))


def main(argv: list[str]) -> int:
    """Write a registry of the requested number of claims to the given file."""
    one_line = argv[:1] == ["--one-line"]
    argv = argv[1:] if one_line else argv
    if len(argv) not in (2, 3) or not argv[0].isdigit():
        print("usage: python3 bench/make_registry.py [--one-line] COUNT OUT.yaml [SEED]", file=sys.stderr)
        return 2
    count, out = int(argv[0]), Path(argv[1])
    seed = int(argv[2]) if len(argv) == 3 else (7 if one_line else 6)
    size = write_one_line_registry(out, count, seed) if one_line else write_registry(out, count, seed)
    print(f"{out}: {count:,} claims, {size / 1e6:.1f} MB")
    return 0


def write_registry(path: Path, count: int, seed: int = 6) -> int:
    """Write ``count`` generated claims to ``path`` and return the file's size in bytes."""
    rng = random.Random(seed)
    kinds, weights = zip(*MEASURES)
    with path.open("w", encoding="utf-8") as out:
        out.write("version: 1\nclaims:\n")
        for number in range(count):
            out.write(_claim(rng, number, rng.choices(kinds, weights)[0]))
    return path.stat().st_size


def write_one_line_registry(path: Path, count: int, seed: int = 7) -> int:
    """Write ``count`` generated claims of one line each to ``path`` and return the file's size in bytes."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write("version: 1\nclaims:\n")
        for number in range(count):
            words = _words(rng)
            about = rng.choice(PATTERNS).format(**words).replace('"', "")
            value = f"{rng.randint(2, 999)},{rng.randint(0, 999):03d}"
            out.write(f'  - {{id: c-{number}, about: "{about}", sources: [{{name: Reuters, value: "{value}"}}]}}\n')
    return path.stat().st_size


def _claim(rng: random.Random, number: int, measure: str) -> str:
    words = _words(rng)
    about = rng.choice(PATTERNS).format(**words)
    aliases = [rng.choice(ALIAS_PATTERNS).format(**words) for _ in range(rng.choice((0, 1, 1, 2)))]
    slug = "-".join(w.lower() for w in (words["noun"], words["actor"]) if w.isascii() and w.isalpha())
    lines = [f"  - id: {slug or 'claim'}-{number}\n", f"    about: {_quoted(about)}\n"]
    if aliases:
        lines.append("    aliases:\n")
        lines.extend(f"      - {_quoted(alias)}\n" for alias in aliases)
    lines.append("    sources:\n")
    base = _magnitude(rng, measure)
    # One period for every source: all sources of a claim measure the same quantity.
    period = rng.choice(("day", "week", "year")) if measure == "rate" or rng.random() < 0.2 else None
    for index in range(rng.choice((1, 2, 2, 3))):
        year = rng.randint(2004, 2025)
        lines.append(f"      - name: {_quoted(rng.choice(SOURCE_NAMES))}\n")
        lines.append(f"        value: {_quoted(_value(rng, measure, base, period))}\n")
        lines.append(f"        date: \"{year}-{rng.randint(1, 12):02d}\"\n")
        lines.append(f"        url: https://example.org/{year}/{number}/{index}\n")
        if rng.random() < 0.5:
            lines.append(f"        note: {_quoted(rng.choice(NOTES))}\n")
    return "".join(lines)


def _words(rng: random.Random) -> dict[str, str]:
    year = rng.randint(1995, 2024)
    return {
        "noun": rng.choice(NOUNS),
        "mod": rng.choice(MODIFIERS),
        "actor": rng.choice(ACTORS),
        "other": rng.choice(ACTORS),
        "body": rng.choice(BODIES).strip(),
        "year": str(year),
        "when": rng.choice(WHEN).format(year=year, next=year + rng.randint(1, 10)),
    }


def _magnitude(rng: random.Random, measure: str) -> float:
    if measure == "percent":
        return rng.uniform(1, 95)
    return 10 ** rng.uniform(1.5, 10)


def _value(rng: random.Random, measure: str, base: float, period: str | None) -> str:
    """Return a figure near ``base`` as an article would write it, a rate when ``period`` is given."""
    value = base * rng.uniform(0.8, 1.25)
    if measure == "percent":
        return rng.choice(("{v:.0f}%", "about {v:.0f}%", "up to {v:.0f}%", "{v:.1f} percent",
                           "nearly {v:.0f} per cent")).format(v=min(value, 99))
    amount = _amount(value)
    if measure in _SYMBOL:
        symbol = _SYMBOL[measure]
        if period:
            return rng.choice(("{s}{a} a {p}", "about {s}{a} a {p}")).format(s=symbol, a=amount, p=period)
        return rng.choice(("{s}{a}", "about {s}{a}", "more than {s}{a}")).format(s=symbol, a=amount)
    if measure == "rate":
        return rng.choice(("{a} a {p}", "about {a} a {p}", "up to {a} a {p}")).format(a=amount, p=period)
    if measure in ("tonne", "km"):
        return f"{amount} {'tonnes' if measure == 'tonne' else 'km'}"
    high = _amount(value * rng.uniform(1.1, 1.5))
    forms = ("{a}", "about {a}", "at least {a}", "more than {a}", "up to {a}", "an estimated {a}")
    if high != amount:
        forms += ("between {a} and {h}",)
    return rng.choice(forms).format(a=amount, h=high)


def _amount(value: float) -> str:
    """Write a positive amount with a scale word and at most two significant decimals."""
    scale, factor = next(((s, f) for s, f in reversed(_SCALES) if value >= f))
    scaled = value / factor
    if factor == 1:
        return f"{round(scaled):,}"
    return f"{scaled:.1f}".rstrip("0").rstrip(".") + scale


def _quoted(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar, so no value can break the file.
    return json.dumps(text, ensure_ascii=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
