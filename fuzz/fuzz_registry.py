"""Coverage-guided fuzzing of the registry loader with atheris (optional: pip install '.[fuzz]').

    python fuzz/fuzz_registry.py -max_total_time=60

The loader may refuse any input, but only with RegistryError: anything else is a crash.
"""

import sys

import atheris

with atheris.instrument_imports():
    from factcheck.registry import RegistryError, parse_registry


def test_one_input(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    try:
        parse_registry(text, "fuzzed.yaml")
    except RegistryError:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
