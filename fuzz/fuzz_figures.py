"""Coverage-guided fuzzing of the extractor with atheris (optional: pip install '.[fuzz]').

    python fuzz/fuzz_figures.py -max_total_time=60

Any exception, or a figure whose span is not its text, is a crash atheris reports
with the input that caused it.
"""

import sys

import atheris

with atheris.instrument_imports():
    from factcheck.check import read_figures


def test_one_input(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    for figure, context in read_figures(text):
        if text[figure.start:figure.end] != figure.text:
            raise AssertionError(f"span {figure.start}:{figure.end} is not {figure.text!r}")
        if not context.sentence_start <= figure.start < figure.end <= context.sentence_end:
            raise AssertionError(f"sentence {context.sentence_start}:{context.sentence_end} misses the figure")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
