"""Coverage-guided fuzzing of the registry loader with atheris (optional: pip install '.[fuzz]').

    python fuzz/fuzz_registry.py -max_total_time=60            # registries built by a grammar
    python fuzz/fuzz_registry.py --raw -max_total_time=60      # the bytes as text, as before

Raw bytes rarely make YAML that parses, so by default the fuzzer's bytes choose a
registry's shape through fuzz/registry_grammar.py and reach the loader's checks past the
parser. The loader may refuse any input, but only with RegistryError: anything else is
a crash.
"""

import sys

import atheris

with atheris.instrument_imports():
    from factcheck.registry import RegistryError, parse_registry

from registry_grammar import registry_from  # noqa: E402  (beside this file)

RAW = "--raw" in sys.argv


def registry_text(data: bytes) -> str:
    """Return the text the loader is given for one input."""
    if RAW:
        return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    return registry_from(data)


def test_one_input(data: bytes) -> None:
    try:
        parse_registry(registry_text(data), "fuzzed.yaml")
    except RegistryError:
        pass


if __name__ == "__main__":
    atheris.Setup([arg for arg in sys.argv if arg != "--raw"], test_one_input)
    atheris.Fuzz()
