"""A configuration from a stranger: found only where the project's own can be, never read from another user's file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.inputs import find_config

from .conftest import REPO

STRANGER = 65534  # nobody
SETTINGS = "fail-on: never\n"


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home" / "reporter"
    home.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home


def _config(folder: Path, owner: int | None = None, text: str = SETTINGS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".factcheck.yaml"
    path.write_text(text, encoding="utf-8")
    if owner is not None:
        os.chown(path, owner, -1)
    return path


def _run(*arguments: str, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "factcheck", *arguments], cwd=cwd, env=environment,
                          capture_output=True, text=True, check=False)


needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")


def test_the_search_stops_at_the_home_folder(tmp_path, home, monkeypatch):
    _config(tmp_path / "home")  # above the home folder, where a shared machine's others may write
    project = home / "articles"
    project.mkdir()
    monkeypatch.chdir(project)
    assert find_config(project) is None
    _config(home)
    assert find_config(project).path == "../.factcheck.yaml"


def test_the_search_stops_at_the_repository_root(tmp_path, home, monkeypatch):
    _config(home)
    project = home / "repo" / "drafts"
    project.mkdir(parents=True)
    (home / "repo" / ".git").mkdir()
    monkeypatch.chdir(project)
    assert find_config(project) is None


@needs_root
def test_a_configuration_owned_by_another_user_is_ignored_with_a_warning(tmp_path, home, monkeypatch, capsys):
    shared = tmp_path / "shared"
    _config(shared, owner=STRANGER)
    project = shared / "project"
    project.mkdir()
    monkeypatch.chdir(project)
    assert find_config(project) is None
    assert capsys.readouterr().err == (
        f"factcheck: warning: ../.factcheck.yaml: owned by another user (uid {STRANGER}), so not read; "
        "a configuration is read only from a file of your own\n"
    )


@needs_root
def test_the_cli_checks_with_the_defaults_when_the_only_configuration_is_a_strangers(tmp_path, home):
    shared = tmp_path / "shared"
    # Were it read, fail-on: never would let the conflict below pass with exit 0.
    _config(shared, owner=STRANGER)
    project = shared / "project"
    project.mkdir()
    (project / "claims.yaml").write_text(
        "version: 1\nclaims:\n  - id: troops\n    about: North Korean troops sent to Russia\n"
        "    sources: [{name: NIS, value: '11,000'}]\n", encoding="utf-8")
    (project / "draft.md").write_text("North Korea sent 30,000 troops to Russia.\n", encoding="utf-8")
    run = _run("check", "--format", "plain", "draft.md", cwd=project, home=home)
    assert run.returncode == 1, run.stderr
    assert run.stderr.startswith("factcheck: warning: ../.factcheck.yaml: owned by another user")
    assert "conflict" in run.stdout


SECRET = "hunter2-" + "7f3a9c2e" * 8  # a line of a file that is not a registry


@pytest.mark.parametrize("named", [
    "../../outside/secret.yaml", "{tmp}/outside/secret.yaml", "../link.yaml", "../folder-link/secret.yaml",
])
def test_a_configuration_names_no_registry_outside_its_repository(tmp_path, home, monkeypatch, capsys, named):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text(f"version: {SECRET}\n", encoding="utf-8")
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    (repository / "link.yaml").symlink_to(outside / "secret.yaml")
    (repository / "folder-link").symlink_to(outside)
    value = named.format(tmp=tmp_path)
    _config(repository / "docs", text=f"fail-on: mixed\nregistries: ['{value}']\n")
    monkeypatch.chdir(repository / "docs")
    run = _run("check", "--format", "plain", "-", cwd=repository / "docs", home=home)
    assert run.returncode == 2
    assert run.stderr == (f"Error: .factcheck.yaml:2: registries: '{value}' is outside the repository; "
                          "a configuration may only name files inside it (name others on the command line)\n")
    assert "hunter2" not in run.stdout + run.stderr


def test_a_configuration_may_name_a_registry_anywhere_in_its_repository(tmp_path, home, monkeypatch):
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    (repository / "claims").mkdir()
    (repository / "claims" / "world.yaml").write_text("version: 1\nclaims: []\n", encoding="utf-8")
    _config(repository / "docs", text="registries: [../claims/world.yaml]\n")
    monkeypatch.chdir(repository / "docs")
    assert find_config(repository / "docs").values["registries"] == (("../claims/world.yaml",), 1)


@pytest.mark.parametrize("registry", [
    f"version: {SECRET}\nclaims: []\n",
    f"version: 1\nclaims:\n  - id: {SECRET}\n    about: x\n    sources: [{{name: a, value: '{SECRET}'}}]\n",
    f"{SECRET}: 1\n",
    f"version: 1\nclaims: [\n{SECRET}\n  : [\n",
    f"version: 1\n\t{SECRET}\n",
    f"version: 1\nclaims: !{SECRET} []\n",
])
def test_registry_errors_quote_at_most_a_short_excerpt_of_a_value(tmp_path, home, registry):
    (tmp_path / "not-a-registry.yaml").write_text(registry, encoding="utf-8")
    run = _run("check", "--registry", "not-a-registry.yaml", "-", cwd=tmp_path, home=home)
    assert run.returncode == 2
    assert "not-a-registry.yaml:" in run.stderr
    assert SECRET[:41] not in run.stderr, run.stderr
    assert SECRET[:30] in run.stderr or "not valid YAML" in run.stderr, run.stderr
