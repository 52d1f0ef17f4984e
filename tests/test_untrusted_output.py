"""What factcheck writes is safe to print when a draft, a registry or a file name is hostile.

Each test runs `python -m factcheck` as a CI job would and reads its raw bytes: no
forged workflow command (a line of its own starting "::"), no escape sequence of the
input reaching the terminal, and valid UTF-8 in every format whatever the file names.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

def run(*arguments, cwd: Path) -> subprocess.CompletedProcess:
    """Run factcheck in ``cwd``; arguments may be bytes (a file name that is not UTF-8)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "factcheck", *arguments], cwd=cwd, env=env,
                          capture_output=True, timeout=60)



def test_an_escape_sequence_is_not_read_as_a_figure(tmp_path):
    (tmp_path / "a.txt").write_text("Erase \x1b[2Kthis, cost $900 million, \x9b3J \x1b]8;;x7\x07 ok.\n", encoding="utf-8")
    done = run("extract", "--format", "json", "a.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [(c["text"], c["start"]) for c in json.loads(done.stdout)["claims"]] == [("$900 million", 21)]
