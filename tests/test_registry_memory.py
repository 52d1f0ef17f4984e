"""A large registry is read claim by claim: memory stays a small multiple of the file."""

from __future__ import annotations

import tracemalloc

from factcheck.registry import load_claims

# Claims and their figures take 5 to 8 times the YAML; the node tree of a whole
# registry, when it was built at once, took 20 to 30 times more on top.
MOST_BYTES_PER_BYTE_OF_YAML = 10
MOST_PASSING_BYTES_PER_BYTE_OF_YAML = 2


def _registry(claims: int) -> str:
    lines = ["version: 1", "claims:"]
    for n in range(claims):
        lines += [
            f"  - id: shells-{n}",
            f"    about: artillery shells North Korea shipped to Russia in batch {n}",
            f"    aliases: [shells sent from Pyongyang in shipment {n}, munitions of consignment {n}]",
            "    tags: [russia-dprk]",
            "    sources:",
            f"      - {{name: Defence Intelligence Agency, value: about {n + 1} million, date: 2025-06}}",
            f"      - name: Open Source Centre\n        value: between {n + 1} and {n + 3} million\n"
            f"        date: 2025-03\n        note: counted from tracked shipments {n}",
        ]
    return "\n".join(lines) + "\n"


def test_reading_a_registry_takes_under_10_times_its_size_and_holds_no_node_tree():
    load_claims(_registry(20), "warm-up.yaml")  # the figure reader's caches, made once a process
    text = _registry(400)
    size = len(text.encode("utf-8"))
    tracemalloc.start()
    try:
        claims, problems = load_claims(text, "claims.yaml")
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (len(claims), problems) == (400, [])
    assert claims[399].sources[1].line == 2 + 10 * 399 + 7  # lines exact, as from a whole node tree
    assert peak < MOST_BYTES_PER_BYTE_OF_YAML * size, f"{peak / size:.1f} bytes a byte of YAML"
    assert peak - kept < MOST_PASSING_BYTES_PER_BYTE_OF_YAML * size, f"{(peak - kept) / size:.1f} bytes a byte passing"


def test_the_matching_index_makes_a_phrase_s_word_set_only_when_it_is_read():
    # Every phrase's frozenset of words, made at once, took 5.8 bytes a byte of YAML
    # here (0.67 KB a claim of a million one-line claims); made when matching reads it, 1.9.
    from factcheck.index import index_claims  # noqa: PLC0415
    from factcheck.vocabulary import Vocabulary  # noqa: PLC0415

    index_claims(load_claims(_registry(20), "warm-up.yaml")[0])
    text = _registry(400)
    claims, _ = load_claims(text, "claims.yaml")
    tracemalloc.start()
    try:
        index = index_claims(claims)
        kept, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kept < 3 * len(text.encode("utf-8")), f"{kept / len(text.encode('utf-8')):.1f} bytes a byte of YAML"
    (bucket,) = index.buckets.values()
    assert len(bucket.words) == 0  # none made yet
    vocabulary = Vocabulary.default()
    assert bucket.words[1199] == frozenset(vocabulary.keywords(bucket.texts[1199])) and len(bucket.words) == 1
