"""The `factcheck` command and `python -m factcheck`: the version answered before the command line loads."""

from __future__ import annotations

import gc
import sys

from factcheck import __version__

# Objects made between two collections of the youngest generation, when factcheck runs the process.
COLLECT_EVERY = 100_000


def main(argv: list[str] | None = None) -> int:
    """Run the command line on ``argv`` (default: the process's arguments) and return its exit status.

    ``--version`` alone is answered here, as click would answer it: importing click and the
    commands is most of the time it would otherwise take.
    """
    arguments = sys.argv[1:] if argv is None else argv
    if arguments in (["--version"], ["-V"]):
        print(f"factcheck, version {__version__}")
        return 0
    if argv is None:
        # Starting makes tens of thousands of objects that live as long as the process
        # (modules, classes, patterns, the command line), and at Python's default the
        # collector looks for cycles among the newest every 700 objects made: some 45
        # collections, 6% of a short check's time. factcheck makes few cycles.
        gc.set_threshold(COLLECT_EVERY, *gc.get_threshold()[1:])
    from factcheck.cli import main as run  # noqa: PLC0415  (lazy: see above)

    status = run(arguments)
    if argv is None:
        # The process ends now. Python's last garbage collection, as it exits, would walk
        # every object the run made (every module, class and pattern: about a tenth of a
        # short check's time) only for the exit to free them all; frozen, they are left be.
        gc.freeze()
    return status


if __name__ == "__main__":
    sys.exit(main())
