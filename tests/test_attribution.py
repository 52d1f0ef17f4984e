"""Who the text says stated a figure (factcheck/attribution.py), read through describe()."""

from __future__ import annotations

import pytest

from .test_context import _cases, _context_of

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


@pytest.mark.parametrize(("sentence", "figure", "source"), _cases(ATTRIBUTION))
def test_attribution_names_who_stated_the_figure(sentence, figure, source) -> None:
    assert _context_of(sentence, figure).attribution == source
