"""Check that large files read a stretch at a time give what reading them whole gives.

    python3 bench/streamed_equals_whole.py /tmp/shapes/oneline.txt [FILE ...]

For each file, compares `factcheck.drafts.stream_draft_figures` with `read_draft_figures`
(what `factcheck extract` writes) and `stream_draft` with `check_draft` (what `factcheck
check` reports), against the registry in ./claims.yaml or the bundled one, and prints
whether each is identical. Reading whole holds every finding: some 10 MB of prose a run.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.drafts import check_draft, read_draft_figures, stream_draft, stream_draft_figures  # noqa: E402
from factcheck.inputs import bundled_registry_path  # noqa: E402
from factcheck.matching import Matcher  # noqa: E402
from factcheck.registry import parse_registry  # noqa: E402


def main(paths: list[str]) -> int:
    """Print, for each file, whether its streamed figures and findings are those of the whole; 1 if any differ."""
    registry = Path("claims.yaml") if Path("claims.yaml").is_file() else bundled_registry_path()
    matcher = Matcher(parse_registry(registry.read_text(encoding="utf-8"), str(registry)))
    differ = False
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        started = time.process_time()
        figures = list(stream_draft_figures(text)) == read_draft_figures(text)
        whole = list(check_draft(text, matcher).findings)
        findings = list(stream_draft(text, matcher)) == whole
        differ = differ or not (figures and findings)
        print(f"{path}: figures identical: {figures}; findings identical: {findings} ({len(whole):,} findings, "
              f"{time.process_time() - started:.0f} s of CPU)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
