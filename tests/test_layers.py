"""The seams between the layers: one writer table for every format, every default stated once."""

from __future__ import annotations

import inspect

import pytest

from factcheck import cli, commandline, commands, documents, inputs, markup, matching, verdicts
from factcheck.config import DEFAULTS, FORMATS
from factcheck.reporters import WRITERS, writer


def _parameters(function) -> list[str]:
    return list(inspect.signature(function).parameters)


def test_every_format_of_check_has_a_writer_of_findings_with_the_same_arguments():
    assert set(WRITERS) == set(FORMATS)
    expected = ["report", "stream", "color", "show_unmatched"]
    assert {fmt: _parameters(writer(fmt, "findings"))[:4] for fmt in FORMATS} == dict.fromkeys(FORMATS, expected)
    # What only one format has a use for comes after, keyword-only with a default, given only to that format.
    extras = {fmt: list(inspect.signature(writer(fmt, "findings")).parameters.values())[4:] for fmt in FORMATS}
    assert all(p.kind == p.KEYWORD_ONLY and p.default is not p.empty for params in extras.values() for p in params)
    assert {fmt: [p.name for p in params] for fmt, params in extras.items() if params} == {
        "text": ["detail", "statistics"], "plain": ["fail_on", "show_all"]}


@pytest.mark.parametrize("what", ["figures", "sources", "comparisons", "problems"])
def test_text_and_json_writers_take_the_same_arguments(what):
    assert _parameters(writer("text", what)) == _parameters(writer("json", what))


def _option(command, name):
    return next(param for param in command.params if param.name == name)


def test_the_command_line_defaults_are_the_library_defaults():
    assert _option(cli.check, "tolerance").default == DEFAULTS["tolerance"] == verdicts.DEFAULT_TOLERANCE
    assert DEFAULTS["threshold"] == matching.DEFAULT_THRESHOLD
    assert _option(cli.check, "max_registry_mb").default * 2**20 == inputs.DEFAULT_MAX_REGISTRY_BYTES
    assert commandline.SYNTAX_CHOICES == (documents.AUTO, *markup.SYNTAXES)
    assert _option(commands.extract, "syntax").default == documents.CheckSettings().syntax == documents.AUTO
