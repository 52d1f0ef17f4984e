"""Make docs/images/terminal-report.svg: the text report of the sample docs tree as a terminal shows it.

Runs the real command line (`factcheck check docs/index.md docs/notes.txt --color`) in
tests/fixtures with a 100-column terminal, and records its coloured output with rich.

    python scripts/terminal_screenshot.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from rich.text import Text

ROOT = Path(__file__).resolve().parent.parent
COMMAND = ["factcheck", "check", "docs/index.md", "docs/notes.txt"]


def main() -> None:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100", "TERM": "xterm-256color"}
    environment.pop("NO_COLOR", None)
    run = subprocess.run([sys.executable, "-m", *COMMAND, "--color"], cwd=ROOT / "tests" / "fixtures",
                         env=environment, capture_output=True, text=True, check=False)
    console = Console(record=True, width=100, force_terminal=True, file=open(os.devnull, "w"))
    console.print(Text("$ " + " ".join(COMMAND), style="bold"))
    console.print(Text.from_ansi(run.stdout), soft_wrap=True)
    target = ROOT / "docs" / "images" / "terminal-report.svg"
    console.save_svg(str(target), title=" ".join(COMMAND))
    print(f"wrote {target.relative_to(ROOT)} (factcheck exited {run.returncode})")


if __name__ == "__main__":
    main()
