"""The `factcheck` command and `python -m factcheck`: the version answered before the command line loads."""

from __future__ import annotations

import gc
import sys

from factcheck import __version__


def main(argv: list[str] | None = None) -> int:
    """Run the command line on ``argv`` (default: the process's arguments) and return its exit status.

    ``--version`` alone is answered here, as click would answer it: importing click and the
    commands is most of the time it would otherwise take.
    """
    arguments = sys.argv[1:] if argv is None else argv
    if arguments in (["--version"], ["-V"]):
        print(f"factcheck, version {__version__}")
        return 0
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
