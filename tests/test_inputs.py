"""The input layer: registries (files, directories, hashes), the files a folder yields, configuration, changed lines."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest

from factcheck.config import ConfigError
from factcheck.inputs import InputError, changed_lines, find_config, find_documents, read_registry, read_registry_texts
from factcheck.registry import RegistryError

SHELLS = """\
version: 1
claims:
  - id: shells
    about: artillery shells North Korea sent to Russia
    sources: [{name: Agency, value: about 12 million, date: 2025-06}]
"""
TROOPS = """\
version: 1
claims:
  - id: troops
    about: North Korean soldiers sent to Russia
    sources: [{name: Officials, value: "11,000", date: 2024-11}]
"""


def test_a_directory_is_its_yaml_files_in_name_order(tmp_path):
    (tmp_path / "b-troops.yml").write_text(TROOPS, encoding="utf-8")
    (tmp_path / "a-shells.yaml").write_text(SHELLS, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a registry", encoding="utf-8")
    (tmp_path / "drafts.yaml").mkdir()
    registry = read_registry((str(tmp_path),))
    assert [claim.id for claim in registry.claims] == ["shells", "troops"]
    assert registry.paths == (str(tmp_path / "a-shells.yaml"), str(tmp_path / "b-troops.yml"))


def test_files_and_directories_mix(tmp_path):
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "troops.yaml").write_text(TROOPS, encoding="utf-8")
    (tmp_path / "shells.yaml").write_text(SHELLS, encoding="utf-8")
    registry = read_registry((str(tmp_path / "shells.yaml"), str(tmp_path / "more")))
    assert [claim.id for claim in registry.claims] == ["shells", "troops"]


def test_every_file_read_is_named_with_the_sha256_of_its_bytes(tmp_path):
    data = ("\ufeff" + SHELLS).encode("utf-8")
    (tmp_path / "shells.yaml").write_bytes(data)
    registry = read_registry((str(tmp_path / "shells.yaml"),))
    [file] = registry.files
    assert (file.path, file.sha256) == (str(tmp_path / "shells.yaml"), hashlib.sha256(data).hexdigest())


def test_the_problems_of_every_file_are_raised_together(tmp_path):
    (tmp_path / "a.yaml").write_text(SHELLS.replace("about 12 million", "lots"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(TROOPS.replace("2024-11", "2024-13"), encoding="utf-8")
    with pytest.raises(RegistryError) as raised:
        read_registry((str(tmp_path),))
    assert [(p.path, p.line) for p in raised.value.problems] == [(str(tmp_path / "a.yaml"), 5), (str(tmp_path / "b.yaml"), 5)]


def test_an_id_defined_in_two_files_is_refused_naming_both(tmp_path):
    (tmp_path / "a.yaml").write_text(SHELLS, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(SHELLS, encoding="utf-8")
    with pytest.raises(RegistryError) as raised:
        read_registry((str(tmp_path),))
    assert [str(p) for p in raised.value.problems] == [
        f"{tmp_path / 'b.yaml'}:3: claim id 'shells' is already defined at {tmp_path / 'a.yaml'}:3"
    ]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: None, "{d}: a registry directory, but it holds no .yaml or .yml file"),
        (lambda d: (d / "claims.yaml").write_bytes(b"version: 1\nabout: \xff\n"), "{d}/claims.yaml: not UTF-8 text (byte 18)"),
    ],
    ids=["empty-directory", "not-utf-8"],
)
def test_unreadable_registries_name_the_path(tmp_path, setup, message):
    setup(tmp_path)
    with pytest.raises(InputError) as raised:
        read_registry_texts((str(tmp_path),))
    assert str(raised.value) == message.format(d=tmp_path)


def test_without_paths_a_local_claims_yaml_wins(tmp_path, monkeypatch):
    (tmp_path / "claims.yaml").write_text(TROOPS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [claim.id for claim in read_registry(()).claims] == ["troops"]


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


def test_a_folder_outside_the_root_is_matched_by_its_path_from_the_root(tree, monkeypatch):
    monkeypatch.chdir(tree / "sub")
    assert find_documents(("../archive", "a.md"), root="../sub/archive") == ["../archive/old.md", "a.md"]
    assert find_documents(("../archive",), include=("../../archive/*",), root="../sub/archive") == ["../archive/old.md"]
    assert find_documents(("../archive",), exclude=("../*",), root="../sub/archive") == []
    assert find_documents((".",), exclude=("../*.md",), root="archive") == ["archive/older.md"]


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
    with pytest.raises(InputError, match=r"^git rev-parse: fatal: not a git repository"):
        changed_lines("HEAD")


def test_the_real_paths_a_walk_knows_are_those_realpath_gives(tmp_path, monkeypatch):
    # A walk tells each file's real path from its folder's (speed): it must be what
    # os.path.realpath says, through linked folders, "." and "..", and for a linked file.
    (tmp_path / "real" / "sub").mkdir(parents=True)
    (tmp_path / "real" / "a.md").write_text("a", encoding="utf-8")
    (tmp_path / "real" / "sub" / "b.md").write_text("b", encoding="utf-8")
    (tmp_path / "real" / "linked.md").symlink_to(tmp_path / "real" / "sub" / "b.md")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "c.md").write_text("c", encoding="utf-8")
    (tmp_path / "real" / "link").symlink_to(tmp_path / "elsewhere")  # a linked folder, not followed
    (tmp_path / "door").symlink_to(tmp_path / "real" / "sub")
    monkeypatch.chdir(tmp_path)
    for folder in ("real", "./real", "real/", "door/..", "door/../sub", "real/../real", str(tmp_path / "door"),
                   "door", "door/./", "."):
        told: dict[str, str] = {}
        found = find_documents((folder,), real_paths=told)
        assert found and set(found) <= set(told)  # (and the files left out as the same file as another)
        assert told == {path: os.path.realpath(path) for path in told}, folder
