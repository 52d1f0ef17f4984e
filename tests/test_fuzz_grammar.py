"""The registry fuzzer's grammar: it writes registries the loader reads past YAML, and
the loader refuses what it refuses only with RegistryError (a few hundred inputs here;
fuzz/fuzz_registry.py runs it under atheris for as long as it is given)."""

from __future__ import annotations

import random
import sys

import pytest

from factcheck.registry import RegistryError, parse_registry

from .conftest import REPO

sys.path.insert(0, str(REPO / "fuzz"))
from registry_grammar import registry_from  # noqa: E402


def test_the_loader_refuses_grammar_registries_only_with_registry_errors() -> None:
    rng = random.Random(7)
    loaded = past_yaml = 0
    for _ in range(400):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 160)))
        try:
            parse_registry(registry_from(data), "fuzzed.yaml")
            loaded += 1
        except RegistryError as error:
            past_yaml += not any("not valid YAML" in problem.message for problem in error.problems)
    assert loaded + past_yaml > 200  # most inputs reach the loader's own checks


def test_no_bytes_make_a_valid_registry_of_no_claims() -> None:
    assert parse_registry(registry_from(b""), "fuzzed.yaml") == []


@pytest.mark.parametrize("data", [b"\x00" * 64, b"\xff" * 64, bytes(range(256))])
def test_extreme_inputs_are_read_or_refused(data: bytes) -> None:
    try:
        parse_registry(registry_from(data), "fuzzed.yaml")
    except RegistryError:
        pass
