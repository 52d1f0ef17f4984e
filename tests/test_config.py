"""Configuration files: what they set, on which line, and the one-line error for each mistake."""

from __future__ import annotations

import pytest

from factcheck.config import DEFAULTS, ConfigError, effective, parse_config
from factcheck.matching import DEFAULT_THRESHOLD
from factcheck.verdicts import DEFAULT_TOLERANCE

KNOWN_KEYS = ("registries, fail-on, tolerance, threshold, include, exclude, format, paths, show-unmatched, show-all, "
              "statistics, syntax, consistency, tags, baseline, force-exclude, report-unused-suppressions, strict, "
              "jobs, cache")
PYPROJECT = """\
[project]
name = "newsroom"

[tool.factcheck]
registries = ["claims/world.yaml", "claims/local.yaml"]
fail-on = "mixed"
tolerance = 0.2
exclude = ["archive"]

[tool.other]
fail-on = "never"
"""


def test_yaml_values_lines_and_registries_beside_the_file():
    found = parse_config("# ours\nregistries: claims.yaml\nthreshold: 70\ninclude: ['*.md']\n", "docs/.factcheck.yaml")
    assert found.values == {
        "registries": (("docs/claims.yaml",), 2),
        "threshold": (70.0, 3),
        "include": (("*.md",), 4),
    }
    assert found.root == "docs"


def test_pyproject_table_values_and_lines():
    found = parse_config(PYPROJECT, "pyproject.toml")
    assert found.values == {
        "registries": (("claims/world.yaml", "claims/local.yaml"), 5),
        "fail-on": ("mixed", 6),
        "tolerance": (0.2, 7),
        "exclude": (("archive",), 8),
    }
    assert found.root == "."


def test_every_key_a_project_sets_once_and_its_value():
    found = parse_config(
        "show-unmatched: true\nshow-all: true\nstatistics: true\nsyntax: markdown\nconsistency: false\n"
        "tags: [war, economy]\nbaseline: .factcheck-baseline.json\nforce-exclude: true\n"
        "report-unused-suppressions: true\nstrict: true\njobs: 3\ncache: false\n", "docs/.factcheck.yaml")
    assert {key: value for key, (value, _) in found.values.items()} == {
        "show-unmatched": True, "show-all": True, "statistics": True, "syntax": "markdown", "consistency": False,
        "tags": ("war", "economy"), "baseline": "docs/.factcheck-baseline.json", "force-exclude": True,
        "report-unused-suppressions": True, "strict": True, "jobs": 3, "cache": False,
    }
    assert [line for _, line in found.values.values()] == list(range(1, 13))


def test_every_key_is_an_option_of_check_and_config():
    from factcheck.cli import check, config_command
    from factcheck.commandline import CONFIGURABLE

    assert list(CONFIGURABLE) == [key for key in DEFAULTS if key != "paths"]  # paths: given as arguments
    for command in (check, config_command):
        assert set(CONFIGURABLE.values()) <= {parameter.name for parameter in command.params}


def test_the_readme_names_every_key_in_its_table():
    import re

    from .conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n### Configuration\n", 1)[1].split("\n### ", 1)[0]
    assert re.findall(r"^\| `([a-z-]+)` \|", section, re.MULTILINE) == list(DEFAULTS)


def test_pyproject_without_our_table_is_not_a_configuration():
    assert parse_config('[project]\nname = "x"\n', "pyproject.toml") is None


def test_an_empty_yaml_file_sets_nothing():
    assert parse_config("", ".factcheck.yaml").values == {}


@pytest.mark.parametrize(("name", "content", "message"), [
    (".factcheck.yaml", "fail-on: mixed\nfail_on: never\n",
     ".factcheck.yaml:2: unknown key 'fail_on' (did you mean 'fail-on'?); known keys: " + KNOWN_KEYS),
    (".factcheck.yaml", "format: xml\n", ".factcheck.yaml:1: format: expected one of text, json, sarif, github, plain, html, got 'xml'"),
    (".factcheck.yaml", "\ntolerance: 5\n", ".factcheck.yaml:2: tolerance: expected a number from 0 to 1, got int 5"),
    (".factcheck.yaml", "threshold: high\n", ".factcheck.yaml:1: threshold: expected a number from 0 to 100, got 'high'"),
    (".factcheck.yaml", "tolerance: true\n", ".factcheck.yaml:1: tolerance: expected a number from 0 to 1, got bool True"),
    (".factcheck.yaml", "exclude: [archive, 3]\n", ".factcheck.yaml:1: exclude: expected a list of strings, got list ['archive', 3]"),
    (".factcheck.yaml", "registries:\n", ".factcheck.yaml:1: registries: expected a list of strings, got nothing"),
    (".factcheck.yaml", "- fail-on\n", ".factcheck.yaml:1: expected a mapping of settings, like 'fail-on: conflict'"),
    (".factcheck.yaml", "fail-on: [\n", ".factcheck.yaml:2: not valid YAML: expected the node content, but found '<stream end>'"),
    (".factcheck.yaml", "fail-on: mixed\ntolerance: 0.2\nfail-on: never\n",
     ".factcheck.yaml:3: key 'fail-on' appears twice (first at line 1)"),
    (".factcheck.yaml", "exclude: &drafts [drafts]\ninclude: *drafts\n",
     ".factcheck.yaml:1: YAML anchor '&drafts' is not allowed in a configuration"),
    (".factcheck.yaml", "format: !!python/name:os.system text\n",
     ".factcheck.yaml:1: YAML tag 'tag:yaml.org,2002:python/name:os.system' is not allowed in a configuration"),
    ("pyproject.toml", '[tool.factcheck]\n\nfail-on = "always"\n',
     "pyproject.toml:3: [tool.factcheck] fail-on: expected one of conflict, inconsistent, mixed, unmatched, never, got 'always'"),
    ("pyproject.toml", "[tool.factcheck]\ncolour = true\n",
     "pyproject.toml:2: [tool.factcheck] unknown key 'colour'; known keys: " + KNOWN_KEYS),
    (".factcheck.yaml", "output: report.html\n", ".factcheck.yaml:1: unknown key 'output'; known keys: " + KNOWN_KEYS),
    (".factcheck.yaml", "strict: yes please\n", ".factcheck.yaml:1: strict: expected true or false, got 'yes please'"),
    (".factcheck.yaml", "show-unmatched: 1\n", ".factcheck.yaml:1: show-unmatched: expected true or false, got int 1"),
    (".factcheck.yaml", "jobs: 0\n", ".factcheck.yaml:1: jobs: expected a whole number from 1, got int 0"),
    (".factcheck.yaml", "jobs: 2.5\n", ".factcheck.yaml:1: jobs: expected a whole number from 1, got float 2.5"),
    (".factcheck.yaml", "syntax: rst\n", ".factcheck.yaml:1: syntax: expected one of auto, markdown, html, plain, got 'rst'"),
    (".factcheck.yaml", "baseline: [a, b]\n", ".factcheck.yaml:1: baseline: expected a file name, got list ['a', 'b']"),
    (".factcheck.yaml", "baseline: ../../elsewhere.json\n",
     ".factcheck.yaml:1: baseline: '../../elsewhere.json' is outside the configuration's folder; "
     "a configuration may only name files inside it (name others on the command line)"),
    (".factcheck.yaml", "tags: [war, '']\n", ".factcheck.yaml:1: tags: expected a list of strings, got list ['war', '']"),
])
def test_errors_name_the_file_line_and_key(name, content, message):
    with pytest.raises(ConfigError) as raised:
        parse_config(content, name)
    assert str(raised.value) == message


def test_an_alias_bomb_in_a_configuration_is_refused_before_it_is_expanded():
    # Nine levels of nine aliases: 387,420,489 strings if expanded.
    lines = ["a0: &a0 [lol]"] + [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    with pytest.raises(ConfigError) as raised:
        parse_config("\n".join(lines) + "\n", ".factcheck.yaml")
    assert str(raised.value) == ".factcheck.yaml:1: YAML anchor '&a0' is not allowed in a configuration"


def test_invalid_toml_names_its_line():
    # The parser's own words differ between tomllib and tomli (Python 3.10): only the start is ours.
    with pytest.raises(ConfigError, match=r"^pyproject\.toml:2: not valid TOML: "):
        parse_config("[tool.factcheck]\nfail-on = \n", "pyproject.toml")


def test_command_line_wins_over_the_file_and_the_file_over_defaults():
    found = parse_config("fail-on: mixed\nformat: plain\n", ".factcheck.yaml")
    settings = effective(found, {"format": "sarif"})
    assert {key: (s.value, s.source) for key, s in settings.items() if key in ("fail-on", "format", "tolerance")} == {
        "fail-on": ("mixed", ".factcheck.yaml:1"),
        "format": ("sarif", "command line"),
        "tolerance": (0.10, "default"),
    }


def test_defaults_are_the_cores_defaults():
    assert (DEFAULTS["threshold"], DEFAULTS["tolerance"]) == (DEFAULT_THRESHOLD, DEFAULT_TOLERANCE)


def test_the_readme_configuration_examples_are_valid():
    import re

    from .conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n### Configuration\n", 1)[1].split("\n### ", 1)[0]
    yaml_example, toml_example = re.findall(r"```(?:yaml|toml)\n(.*?)```", section, re.DOTALL)[:2]
    assert parse_config(yaml_example, ".factcheck.yaml").values["fail-on"] == ("mixed", 2)
    assert parse_config(toml_example, "pyproject.toml").values["exclude"] == (("archive",), 4)
