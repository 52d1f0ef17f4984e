"""The project's configuration: a ``.factcheck.yaml`` or a ``[tool.factcheck]`` table in pyproject.toml.

Both hold the same keys, spelled as the command-line options are. Options given on
the command line win over the file, and the file over the defaults; each effective
value remembers where it came from, for ``factcheck config``.

>>> found = parse_config("fail-on: mixed\\nregistries: [claims.yaml]\\n", ".factcheck.yaml")
>>> settings = effective(found, {"tolerance": 0.2})
>>> settings["fail-on"], settings["tolerance"].source, settings["threshold"].source
(Setting(value='mixed', source='.factcheck.yaml:1'), 'command line', 'default')
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import PurePath

from factcheck.defaults import DEFAULTS, FAIL_ON_CHOICES, FORMATS, SYNTAX_CHOICES

YAML_NAME = ".factcheck.yaml"
PYPROJECT_NAME = "pyproject.toml"
TOML_TABLE = "tool.factcheck"

_PATH_LISTS = {"registries", "paths"}
_PATHS = {"baseline"}
_STRING_LISTS = {"include", "exclude", "tags"}
_CHOICES = {"fail-on": FAIL_ON_CHOICES, "format": FORMATS, "syntax": SYNTAX_CHOICES}
_RANGES = {"tolerance": (0.0, 1.0), "threshold": (0.0, 100.0)}
_BOOLEANS = {"show-unmatched", "show-all", "statistics", "consistency", "force-exclude",
             "report-unused-suppressions", "strict", "cache"}
_COUNTS = {"jobs"}


@dataclass(frozen=True, slots=True)
class Setting:
    """One effective value and where it came from: "command line", "default" or "FILE:LINE"."""

    value: object
    source: str


@dataclass(frozen=True, slots=True)
class FileConfig:
    """The values a configuration file sets, each with its line (0 when unknown)."""

    path: str
    values: dict[str, tuple[object, int]]

    @property
    def root(self) -> str:
        """Return the directory the file's relative paths and globs start from."""
        return os.path.dirname(self.path) or "."


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file, line and key."""


def parse_config(text: str, path: str, *, root: str | None = None) -> FileConfig | None:
    """Return what the configuration file at ``path`` sets.

    Return None for a pyproject.toml without a [tool.factcheck] table; raise
    ConfigError for anything wrong, naming the file, the line and the key. A registry
    it names must lie inside ``root`` (the repository; by default the file's folder)
    once symbolic links are followed: a configuration from a pull request must not
    read, and quote in its errors, a file such as /etc/shadow or a CI secret.
    """
    if PurePath(path).name == PYPROJECT_NAME:
        raw = _read_toml(text, path)
        if raw is None:
            return None
        lines = _toml_key_lines(text)
        where = f"[{TOML_TABLE}] "
    else:
        raw, lines = _read_yaml(text, path)
        where = ""
    values = {}
    for key, value in raw.items():
        line = lines.get(key, 0)
        located = f"{path}:{line}" if line else path
        if key not in DEFAULTS:
            raise ConfigError(f"{located}: {where}unknown key {key!r}{_did_you_mean(key)}; "
                              f"known keys: {', '.join(DEFAULTS)}")
        try:
            values[key] = (_validated(key, value, os.path.dirname(path), root), line)
        except ValueError as error:
            raise ConfigError(f"{located}: {where}{key}: {error}") from None
    return FileConfig(path, values)


def effective(found: FileConfig | None, command_line: dict[str, object]) -> dict[str, Setting]:
    """Return every setting with its value: from the command line, else the file, else the default."""
    settings = {}
    for key, default in DEFAULTS.items():
        if key in command_line:
            settings[key] = Setting(command_line[key], "command line")
        elif found is not None and key in found.values:
            value, line = found.values[key]
            settings[key] = Setting(value, f"{found.path}:{line}" if line else found.path)
        else:
            settings[key] = Setting(default, "default")
    return settings


def _validated(key: str, value: object, base: str, root: str | None) -> object:
    """Return the value a key holds, in the type the command line gives it; raise ValueError if wrong."""
    if key in _PATH_LISTS or key in _STRING_LISTS:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(item, str) and item for item in items):
            raise ValueError(f"expected a list of strings, got {_shown(value)}")
        if key in _PATH_LISTS:  # a registry or a path named in the file is found beside the file
            return tuple(_inside(item, base, root) for item in items)
        return tuple(items)
    if key in _PATHS:
        if not isinstance(value, str) or not value:
            raise ValueError(f"expected a file name, got {_shown(value)}")
        return _inside(value, base, root)
    if key in _BOOLEANS:
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false, got {_shown(value)}")
        return value
    if key in _COUNTS:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"expected a whole number from 1, got {_shown(value)}")
        return value
    if key in _CHOICES:
        if value not in _CHOICES[key]:
            raise ValueError(f"expected one of {', '.join(_CHOICES[key])}, got {_shown(value)}")
        return value
    low, high = _RANGES[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ValueError(f"expected a number from {low:g} to {high:g}, got {_shown(value)}")
    return float(value)


def _inside(item: str, base: str, root: str | None) -> str:
    """Return the path a file names, found beside it; raise ValueError if it lies outside its repository."""
    path = os.path.normpath(os.path.join(base, item))
    folder, where = (base, "the configuration's folder") if root is None else (root, "the repository")
    _refuse_outside(item, path, folder, where)
    return path


def _did_you_mean(key: object) -> str:
    import difflib  # noqa: PLC0415

    close = difflib.get_close_matches(str(key).replace("_", "-"), DEFAULTS, n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _refuse_outside(item: str, path: str, folder: str, where: str) -> None:
    inside = os.path.realpath(folder or ".")
    if os.path.commonpath([inside, os.path.realpath(path)]) != inside:
        raise ValueError(f"{_shown(item)} is outside {where}; a configuration may only name files inside it "
                         "(name others on the command line)")


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str) else f"{type(value).__name__} {value!r}" if value is not None else "nothing"


def _read_yaml(text: str, path: str) -> tuple[dict, dict[str, int]]:
    import yaml  # noqa: PLC0415  (lazy: start-up time matters in pre-commit hooks)

    from factcheck.registry import yaml_reason, yaml_reference_problems  # noqa: PLC0415

    try:
        # Refused as in a registry: an alias bomb must not be expanded.
        for line, message in yaml_reference_problems(text, yaml.SafeLoader, "a configuration")[:1]:
            raise ConfigError(f"{path}:{line}: {message}")
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        located = f"{path}:{mark.line + 1}" if mark else path
        raise ConfigError(f"{located}: not valid YAML: {yaml_reason(error)}") from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: expected a mapping of settings, like 'fail-on: conflict'")
    lines: dict[str, int] = {}
    for node, _ in root.value:
        if not isinstance(node.value, str):
            continue  # not a word: reported as an unknown key
        line = node.start_mark.line + 1
        if node.value in lines:
            raise ConfigError(f"{path}:{line}: key {node.value!r} appears twice (first at line {lines[node.value]})")
        lines[node.value] = line
    return data, lines


def _read_toml(text: str, path: str) -> dict | None:
    try:
        import tomllib  # noqa: PLC0415  (Python 3.11+)
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # noqa: PLC0415

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        raise ConfigError(f"{path}:{line.group(1) if line else 1}: not valid TOML: {error}") from None
    table = data.get("tool", {}).get("factcheck")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{TOML_TABLE}] must be a table")
    return table


def _toml_key_lines(text: str) -> dict[str, int]:
    """Return the line of each key in the [tool.factcheck] table (tomllib keeps no positions)."""
    lines, inside = {}, False
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[\s*([^\]]+?)\s*\]", line)
        if header:
            inside = header.group(1).replace('"', "").replace(" ", "") == TOML_TABLE
            continue
        key = re.match(r"""\s*["']?([A-Za-z0-9_-]+)["']?\s*=""", line)
        if inside and key:
            lines.setdefault(key.group(1), number)
    return lines
