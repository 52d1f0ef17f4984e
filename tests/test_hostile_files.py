"""Files a stranger can plant: FIFOs, devices, symlinks, huge or deep trees, deep or
mistyped baselines, and a baseline written over an input. Real files in tmp dirs,
real subprocesses of `python -m factcheck`, each with a timeout so nothing can hang."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

FIXTURES = Path(__file__).parent / "fixtures"
CONFLICT = "The Harbour Bridge cost $600 million.\n"
MATCHED_AND_UNMATCHED = "The Harbour Bridge cost $600 million. The mayor shook 4,000 hands.\n"


@pytest.fixture()
def desk(tmp_path) -> Path:
    """A repository top holding the sample registry."""
    (tmp_path / ".git").mkdir()
    shutil.copy(FIXTURES / "claims.yaml", tmp_path / "claims.yaml")
    return tmp_path


def factcheck(*arguments, cwd, stdin=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *arguments], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=30, stdin=stdin, check=False)


def needs(feature: str):
    return pytest.mark.skipif(not hasattr(os, feature), reason=f"this platform has no os.{feature}")


# -- --write-baseline ---------------------------------------------------------------------

def test_write_baseline_records_a_file_with_matched_and_unmatched_figures(desk):
    (desk / "a.md").write_text(MATCHED_AND_UNMATCHED)
    checked = factcheck("check", "a.md", "--write-baseline", "baseline.json", "--fail-on", "unmatched", cwd=desk)
    assert (checked.returncode, checked.stderr) == (0, "factcheck: recorded 2 finding(s) in baseline.json\n")
    recorded = json.loads((desk / "baseline.json").read_text())["findings"]
    assert [(f["claim_id"], f["verdict"], f["text"]) for f in recorded] == [
        (None, "unmatched", "4,000"), ("harbour-bridge-cost", "conflict", "$600 million")]


@needs("symlink")
def test_write_baseline_refuses_a_symbolic_link(desk):
    (desk / "a.md").write_text(CONFLICT)
    (desk / "precious.txt").write_text("Keep me.\n")
    os.symlink("precious.txt", desk / "baseline.json")
    checked = factcheck("check", "a.md", "--write-baseline", "baseline.json", cwd=desk)
    assert (checked.returncode, checked.stderr) == (
        2, "Error: baseline.json: a symbolic link; not written (name the file itself)\n")
    assert (desk / "precious.txt").read_text() == "Keep me.\n"


@pytest.mark.parametrize("target", ["a.md", "./docs/../a.md", "claims.yaml", "hard-link.md"])
def test_write_baseline_refuses_a_file_the_check_read(desk, target):
    (desk / "docs").mkdir()
    (desk / "a.md").write_text(CONFLICT)
    os.link(desk / "a.md", desk / "hard-link.md")
    before = {name: (desk / name).read_bytes() for name in ("a.md", "claims.yaml")}
    checked = factcheck("check", "a.md", "--write-baseline", target, cwd=desk)
    assert (checked.returncode, checked.stderr) == (
        2, f"Error: {target}: one of the files this check read; not overwritten\n")
    assert {name: (desk / name).read_bytes() for name in before} == before


def test_write_baseline_replaces_the_old_file_whole_keeping_its_mode(desk):
    (desk / "a.md").write_text(CONFLICT)
    (desk / "baseline.json").write_text('{"version": 1, "findings": []}\n')
    (desk / "baseline.json").chmod(0o640)
    os.link(desk / "baseline.json", desk / "old-baseline.json")  # still the old file if the new one is renamed in
    checked = factcheck("check", "a.md", "--write-baseline", "baseline.json", cwd=desk)
    assert checked.returncode == 0, checked.stderr
    assert json.loads((desk / "baseline.json").read_text())["findings"][0]["verdict"] == "conflict"
    assert (desk / "old-baseline.json").read_text() == '{"version": 1, "findings": []}\n'
    assert (desk / "baseline.json").stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in desk.iterdir()) == [".git", "a.md", "baseline.json", "claims.yaml", "old-baseline.json"]


# -- baselines nested too deeply or of the wrong shape --------------------------------------

ENTRY = {"path": "a.md", "claim_id": "harbour-bridge-cost", "verdict": "conflict", "text": "$600 million",
         "before": "the harbour bridge cost", "after": ""}


@pytest.mark.parametrize(("content", "reason"), [
    ('{"version": 1, "findings": [' * 1 + "[" * 10_000 + "]" * 10_000 + "]}", "not a baseline: nested too deeply"),
    (json.dumps({"version": 1, "findings": [{**ENTRY, "path": ["a.md"]}]}),
     "finding 1 of the baseline: path should be a string, not list"),
    (json.dumps({"version": 1, "findings": [{**ENTRY, "claim_id": 7}]}),
     "finding 1 of the baseline: claim_id should be a string or null, not int"),
], ids=["10,000 deep", "path a list", "claim a number"])
def test_a_baseline_nested_too_deeply_or_mistyped_is_one_error_naming_it(desk, content, reason):
    (desk / "a.md").write_text(CONFLICT)
    (desk / "baseline.json").write_text(content)
    checked = factcheck("check", "a.md", "--baseline", "baseline.json", cwd=desk)
    assert (checked.returncode, checked.stderr) == (2, f"Error: baseline.json: {reason}\n")


# -- anything but a regular file is skipped, and size limits count the bytes read ---------

def skipped_line(name: str, kind: str) -> str:
    return f"factcheck: {name}: not a regular file but {kind}; not checked\n"


@needs("mkfifo")
def test_a_fifo_named_or_met_in_a_walk_is_skipped_without_blocking(desk):
    (desk / "docs").mkdir()
    (desk / "docs" / "a.md").write_text(CONFLICT)
    os.mkfifo(desk / "docs" / "pipe.md")
    os.mkfifo(desk / "named.md")
    checked = factcheck("check", "named.md", "docs", "--format", "plain", cwd=desk)
    assert checked.returncode == 2
    assert checked.stdout.startswith("docs/a.md:1:25: conflict")
    assert checked.stderr == skipped_line("named.md", "a FIFO") + skipped_line("docs/pipe.md", "a FIFO")


@needs("mkfifo")
def test_a_fifo_as_registry_is_refused_without_blocking(desk):
    (desk / "a.md").write_text(CONFLICT)
    os.mkfifo(desk / "pipe.yaml")
    checked = factcheck("check", "a.md", "--registry", "pipe.yaml", cwd=desk)
    assert (checked.returncode, checked.stderr) == (2, "Error: pipe.yaml: not a regular file but a FIFO\n")


@needs("symlink")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_link_to_a_device_is_skipped_as_draft_and_refused_as_registry(desk, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    (desk / "a.md").write_text(CONFLICT)
    os.symlink(device, desk / "device.md")
    os.symlink(device, desk / "device.yaml")
    checked = factcheck("check", "device.md", "a.md", "--format", "plain", cwd=desk)
    assert (checked.returncode, checked.stderr) == (2, skipped_line("device.md", "a character device"))
    assert checked.stdout.startswith("a.md:1:25: conflict")
    refused = factcheck("check", "a.md", "--registry", "device.yaml", "--max-registry-mb", "1", cwd=desk)
    assert (refused.returncode, refused.stderr) == (
        2, "Error: device.yaml: not a regular file but a character device\n")


@needs("symlink")
def test_a_link_out_of_the_folder_walked_is_not_followed(desk, tmp_path_factory):
    secret = tmp_path_factory.mktemp("home") / "secret.md"
    secret.write_text("The Harbour Bridge cost $600 million, says the private key file.\n")
    drafts = desk / "drafts"
    drafts.mkdir()
    (drafts / "a.md").write_text(CONFLICT)
    (drafts / "inside.md").symlink_to("a.md")
    (drafts / "leak.md").symlink_to(secret)
    checked = factcheck("check", "drafts", "--format", "plain", cwd=desk)
    assert (checked.returncode, checked.stderr) == (
        2, "factcheck: drafts/leak.md: a symbolic link to a file outside drafts; not checked\n")
    assert [line.split(": ")[:2] for line in checked.stdout.splitlines()] == [["drafts/a.md:1:25", "conflict"]]
    named = factcheck("check", "drafts/leak.md", "--format", "plain", cwd=desk)
    assert named.returncode == 1 and "private key" not in named.stderr  # named on the command line: followed


def test_a_registry_on_standard_input_is_refused_past_the_size_limit(desk):
    (desk / "a.md").write_text(CONFLICT)
    endless = "# a comment line, repeated past the limit\n" * 60_000  # 2.5 MB
    checked = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "a.md", "--registry", "-", "--max-registry-mb", "1"],
        cwd=desk, input=endless, capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    assert (checked.returncode, checked.stderr) == (
        2, "Error: <stdin>: over the registry size limit of 1 MB (raise it with --max-registry-mb)\n")


@pytest.mark.skipif(sys.platform != "linux", reason="sparse files and address-space limits as on Linux")
def test_a_2_gb_sparse_file_is_refused_without_being_read(desk):
    import resource  # noqa: PLC0415  (POSIX only)

    (desk / "a.md").write_text(CONFLICT)
    with open(desk / "sparse.md", "wb") as sparse:
        sparse.truncate(2 * 2**30)
    os.link(desk / "sparse.md", desk / "sparse.yaml")
    one_gb = 2**30  # reading the file whole would need two

    def limited():
        resource.setrlimit(resource.RLIMIT_AS, (one_gb, one_gb))

    def run(*arguments):
        return subprocess.run([sys.executable, "-m", "factcheck", *arguments], cwd=desk, capture_output=True,
                              text=True, timeout=60, check=False, preexec_fn=limited,
                              env={**os.environ, "PYTHONPATH": str(REPO), "FACTCHECK_NO_CACHE": "1"})

    draft = run("check", "sparse.md", "a.md", "--format", "plain")
    assert (draft.returncode, draft.stderr) == (
        2, "factcheck: sparse.md: not text (binary data: a NUL byte at byte 0); not checked\n")
    assert draft.stdout.startswith("a.md:1:25: conflict")
    registry = run("check", "a.md", "--registry", "sparse.yaml")
    assert (registry.returncode, registry.stderr) == (
        2, "Error: sparse.yaml: 2048 MB is over the registry size limit of 200 MB (raise it with --max-registry-mb)\n")


# -- trees too deep, configs nested too deeply: one error, every other file still checked ---

def test_a_folder_1500_levels_deep_is_walked_and_the_draft_at_its_bottom_checked(desk):
    levels = [str(desk) + "/d" * depth for depth in range(1, 1501)]
    try:
        for folder in levels:  # os.makedirs and pathlib recurse once a level
            os.mkdir(folder)
        Path(levels[-1], "bottom.md").write_text(CONFLICT)
        (desk / "top.md").write_text(CONFLICT)
        checked = factcheck("check", ".", "--format", "plain", cwd=desk)
        assert (checked.returncode, checked.stderr) == (1, "")
        assert [line.split(":")[0] for line in checked.stdout.splitlines()] == ["d/" * 1500 + "bottom.md", "top.md"]
    finally:  # so does shutil.rmtree, which pytest's cleanup of old temporary folders uses
        subprocess.run(["rm", "-rf", levels[0]], check=False, timeout=60)


@pytest.mark.skipif(not hasattr(os, "O_DIRECTORY") or sys.platform != "linux", reason="PATH_MAX as on Linux")
def test_a_folder_deeper_than_a_path_can_name_is_one_error_and_the_rest_is_checked(desk):
    name = "n" * 200
    folder = os.open(desk, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(30):  # 6,000 characters: past PATH_MAX (4,096)
            os.mkdir(name, dir_fd=folder)
            inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=folder)
            os.close(folder)
            folder = inner
    finally:
        os.close(folder)
    (desk / "top.md").write_text(CONFLICT)
    checked = factcheck("check", ".", "--format", "plain", cwd=desk)
    assert checked.returncode == 2
    assert checked.stdout.splitlines() == [line for line in checked.stdout.splitlines() if line.startswith("top.md:")]
    assert checked.stdout.startswith("top.md:1:25: conflict")
    (problem,) = checked.stderr.splitlines()
    assert problem.startswith(f"factcheck: {name}/") and problem.endswith(
        ": folder cannot be read (File name too long); not checked")
    shutil.rmtree(desk / name, ignore_errors=True)


@pytest.mark.parametrize("value", ["[" * 10_000 + "]" * 10_000, "{a: " * 10_000 + "1" + "}" * 10_000])
def test_a_config_nested_too_deeply_is_one_error_naming_it(desk, value):
    (desk / "a.md").write_text(CONFLICT)
    (desk / ".factcheck.yaml").write_text(f"fail-on: {value}\n")
    checked = factcheck("check", "a.md", cwd=desk)
    assert (checked.returncode, checked.stderr) == (2, "Error: .factcheck.yaml: nested too deeply\n")
