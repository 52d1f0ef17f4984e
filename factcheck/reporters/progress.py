"""A progress bar on stderr for a check that takes a while: only for a person at a terminal.

Shown once a check has run for a second (a quick check never flickers), on stderr and
only when stderr is a terminal and no CI is running (CI or GITHUB_ACTIONS set), so that
pipes and CI logs never get it; it is removed once the check is done.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Mapping

from factcheck.kinds import Verdict

#: A check shorter than this shows no bar.
DELAY_SECONDS = 1.0


def wanted(stream=None, environ: Mapping[str, str] = os.environ) -> bool:
    """Return whether a progress bar may be shown: stderr a terminal, and not in CI."""
    stream = stream or sys.stderr  # read when called: a caller may have replaced it
    return stream.isatty() and not environ.get("CI") and not environ.get("GITHUB_ACTIONS")


class ProgressBar:
    """Counts files done, figures and problems; draws the bar once DELAY_SECONDS have passed."""

    def __init__(self, stream=None, delay: float = DELAY_SECONDS) -> None:
        self.stream, self.delay = stream or sys.stderr, delay
        self.started = time.monotonic()
        self.done = self.figures = self.problems = 0
        self.bar = self.task = None

    def __call__(self, document, findings, total: int) -> None:
        self.done += 1
        if findings is not None:
            self.figures += len(findings)
            self.problems += sum(f.verdict not in (Verdict.AGREE, Verdict.UNMATCHED) for f in findings)
        if self.bar is None and time.monotonic() - self.started >= self.delay and self.done < total:
            from rich.console import Console  # noqa: PLC0415
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn  # noqa: PLC0415

            console = Console(file=self.stream, markup=False, highlight=False)
            self.bar = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("files · {task.fields[figures]} figures · {task.fields[problems]} problems"),
                                console=console, transient=True)
            self.task = self.bar.add_task("check", total=total, figures=0, problems=0)
            self.bar.start()
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done, figures=self.figures, problems=self.problems)

    def close(self) -> None:
        """Remove the bar, if one was drawn."""
        if self.bar is not None:
            self.bar.stop()
