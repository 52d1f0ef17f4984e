"""The input layer: which files a folder yields, which configuration applies, which lines changed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from factcheck.config import ConfigError
from factcheck.inputs import InputError, changed_lines, find_config, find_documents

TREE = [
    "b.md", "a.txt", "c.html", "d.htm", "e.markdown", "notes.rst", "image.png",
    "sub/z.md", "sub/a.md", "archive/old.md", "sub/archive/older.md",
    ".hidden/x.md", "node_modules/pkg/README.md",
]


@pytest.fixture()
def tree(tmp_path, monkeypatch):
    for name in TREE:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("paths", "options", "expected"), [
    pytest.param((".",), {}, ["a.txt", "archive/old.md", "b.md", "c.html", "d.htm", "e.markdown",
                              "sub/a.md", "sub/archive/older.md", "sub/z.md"], id="defaults, sorted by path"),
    pytest.param(("sub",), {}, ["sub/a.md", "sub/archive/older.md", "sub/z.md"], id="a subfolder"),
    pytest.param((".",), {"exclude": ("archive",)}, ["a.txt", "b.md", "c.html", "d.htm", "e.markdown", "sub/a.md", "sub/z.md"],
                 id="exclude a folder name anywhere"),
    pytest.param((".",), {"exclude": ("archive/*",)}, ["a.txt", "b.md", "c.html", "d.htm", "e.markdown",
                                                     "sub/a.md", "sub/archive/older.md", "sub/z.md"], id="exclude a path"),
    pytest.param((".",), {"include": ("*.md",), "exclude": ("sub",)}, ["archive/old.md", "b.md"], id="include replaces defaults"),
    pytest.param(("sub/z.md", "notes.rst", "b.md", "./b.md", "."), {"include": ("*.txt",)},
                 ["sub/z.md", "notes.rst", "b.md", "a.txt"], id="named files first, each once, whatever include says"),
    pytest.param(("archive/old.md", "b.md"), {"exclude": ("archive",)}, ["b.md"], id="exclude wins over a named file"),
    pytest.param((".hidden/x.md", "-"), {}, [".hidden/x.md", "-"], id="a hidden file named explicitly, and stdin"),
])
def test_find_documents(tree, paths, options, expected):
    assert find_documents(paths, **options) == expected


def test_globs_start_from_the_root(tree, monkeypatch):
    monkeypatch.chdir(tree / "sub")
    assert find_documents((".",), exclude=("sub/archive/*",), root="..") == ["a.md", "z.md"]


def test_a_missing_path_is_named(tree):
    with pytest.raises(InputError, match=r"^drafts: no such file or folder$"):
        find_documents(("drafts",))


def test_config_found_walking_up_yaml_first_pyproject_without_table_skipped(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "mixed"\n')
    (tmp_path / "docs" / "2024").mkdir(parents=True)
    (tmp_path / "docs" / "pyproject.toml").write_text('[project]\nname = "docs"\n')
    monkeypatch.chdir(tmp_path / "docs" / "2024")
    found = find_config(Path.cwd())
    assert (found.path, found.values, found.root) == ("../../pyproject.toml", {"fail-on": ("mixed", 2)}, "../..")

    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "mixed"\n')
    (tmp_path / ".factcheck.yaml").write_text("fail-on: unmatched\n")
    assert find_config(Path.cwd()).values == {"fail-on": ("unmatched", 1)}


def test_config_search_stops_at_the_repository_top(tmp_path, monkeypatch):
    (tmp_path / ".factcheck.yaml").write_text("fail-on: mixed\n")
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "repo")
    assert find_config(Path.cwd()) is None


def test_a_bad_config_is_an_error_naming_it(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".factcheck.yaml").write_text("format: xml\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match=r"^\.factcheck\.yaml:1: format: "):
        find_config(Path.cwd())


def git(*arguments, cwd):
    subprocess.run(["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org", *arguments],
                   cwd=cwd, check=True, capture_output=True)


def test_changed_lines_from_git(tmp_path, monkeypatch):
    git("init", "-q", cwd=tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("one\ntwo\nthree\nfour\n")
    (tmp_path / "docs" / "same.md").write_text("unchanged\n")
    (tmp_path / "gone.md").write_text("deleted\n")
    git("add", ".", cwd=tmp_path)
    git("commit", "-qm", "drafts", cwd=tmp_path)
    (tmp_path / "docs" / "a.md").write_text("one\n++ added: looks like a diff header\nthree\nfour\nfive\nsix\n")
    (tmp_path / "gone.md").unlink()
    (tmp_path / "docs" / "new.md").write_text("untracked\n")
    monkeypatch.chdir(tmp_path / "docs")
    root = tmp_path.resolve()
    assert changed_lines("HEAD") == {
        str(root / "docs" / "a.md"): frozenset({2, 5, 6}),
        str(root / "docs" / "new.md"): None,
    }


def test_changed_lines_outside_a_repository_is_an_input_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    with pytest.raises(InputError, match=r"^git diff: "):
        changed_lines("HEAD")
