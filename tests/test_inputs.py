"""Reading registries: files, directories of YAML files, content hashes."""

from __future__ import annotations

import hashlib

import pytest

from factcheck.inputs import InputError, read_registry, read_registry_texts
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
