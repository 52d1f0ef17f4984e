"""The package's modules import each other in one direction: no import cycle anywhere.

The graph is read from the source, so a cycle is caught whether or not the modules
happen to be imported in an order that survives it. Every ``from factcheck... import``
counts: at the top of a module, under ``if TYPE_CHECKING:`` (a cycle a type checker
sees is still a cycle), and inside a function (a lazy import defers the cost of a
module, never the dependency).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Return the package's modules that the module at ``path`` imports, anywhere in it."""
    own = _module_name(path)
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and node.module.startswith("factcheck"):
            # "from factcheck import cache" imports a module; "from factcheck.check import x" one module.
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & modules
            found.update(submodules or {node.module})
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("factcheck"))
    # A module importing its own package's __init__ (for __version__) is no cycle: __init__ imports nothing eagerly.
    return {name for name in found if name in modules and name != own and name != "factcheck"}


def import_graph() -> dict[str, set[str]]:
    """Return each module of the package and the package's modules it imports."""
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {_module_name(path) for path in paths}
    return {_module_name(path): _imports(path, modules) for path in paths}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """Return one cycle of the graph as the modules along it (the first repeated last), or None."""
    state: dict[str, str] = {}  # "open" while on the current path, "done" once every path from it is known
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = "open"
        path.append(module)
        for imported in sorted(graph.get(module, ())):
            if state.get(imported) == "open":
                return path[path.index(imported):] + [imported]
            if imported not in state:
                cycle = visit(imported)
                if cycle:
                    return cycle
        path.pop()
        state[module] = "done"
        return None

    for module in sorted(graph):
        if module not in state:
            cycle = visit(module)
            if cycle:
                return cycle
    return None


def test_the_package_has_no_import_cycle():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_graph_is_read_from_every_kind_of_import():
    graph = import_graph()
    assert "factcheck.report" in graph["factcheck.check"]  # at the top
    assert "factcheck.suppressions" in graph["factcheck.report"]  # under TYPE_CHECKING
    assert "factcheck.cache" in graph["factcheck.inputs"]  # inside a function: "from factcheck import cache"


def test_the_value_types_do_not_pull_in_the_core():
    graph = import_graph()
    assert graph["factcheck.kinds"] == set()
    assert "factcheck.check" not in graph["factcheck.inputs"]


@pytest.mark.parametrize(("graph", "cycle"), [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
    ({"a": {"b", "c"}, "b": {"c"}, "c": {"b"}}, ["b", "c", "b"]),
])
def test_a_cycle_is_found_and_named(graph, cycle):
    assert find_cycle(graph) == cycle
