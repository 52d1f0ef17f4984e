"""The README's layout section names every module of the package, and nothing else."""

from __future__ import annotations

import re

from .conftest import REPO


def _section() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return readme.split("### Layout", 1)[1].split("\n### ", 1)[0]


def test_the_layout_names_every_module_and_package() -> None:
    package = REPO / "factcheck"
    modules = {path.stem for path in package.glob("*.py") if path.stem != "__init__"}
    packages = {f"{path.name}/" for path in package.iterdir() if (path / "__init__.py").exists()}
    data = {path.name for path in package.glob("*.yaml")}
    named = set(re.findall(r"`([\w/.]+)`", _section()))
    assert modules | packages | data <= named
    for sub in packages:
        inner = {path.stem for path in (package / sub).glob("*.py") if path.stem != "__init__"}
        assert inner <= named, f"the layout's row for {sub} misses {sorted(inner - named)}"
