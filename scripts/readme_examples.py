"""Keep the README's examples and its table of contents true to the tool, as cog would.

An example is a marked block: the marker names the command (and, with "in DIR", the
folder it runs in, from the repository's root), and the fenced block after it holds
`$ COMMAND` and what this checkout's factcheck prints for it:

    <!-- example: factcheck check examples/draft.md -->
    ```text
    $ factcheck check examples/draft.md
    ...
    ```

    <!-- example in tests/fixtures: factcheck check --format plain docs/index.md -->

The table of contents is the list between `<!-- contents -->` and `<!-- /contents -->`:
every `##` and `###` heading after it, linked as GitHub links headings.

    python scripts/readme_examples.py           # rewrite README.md
    python scripts/readme_examples.py --check   # exit 1, naming what is stale, if it would change

Commands run without colour, cache or terminal, so their output is the same on every machine.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXAMPLE = re.compile(
    r"^<!-- example(?: in (?P<folder>\S+))?: (?P<command>.+?) -->\n```text\n(?P<shown>.*?)^```$",
    re.MULTILINE | re.DOTALL,
)
CONTENTS = re.compile(r"^<!-- contents -->\n(?P<shown>.*?)^<!-- /contents -->$", re.MULTILINE | re.DOTALL)
HEADING = re.compile(r"^(?P<level>#{2,3}) (?P<title>.+)$")


def run(command: str, folder: str | None) -> str:
    """Return what ``command`` (a factcheck command line) prints, run by this checkout in ``folder``."""
    words = shlex.split(command)
    if words[0] != "factcheck":
        raise SystemExit(f"readme_examples: {command!r}: an example runs factcheck, nothing else")
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("FORCE_COLOR", "CI", "GITHUB_ACTIONS", "XDG_CONFIG_HOME")}
    environment.update({"PYTHONPATH": str(ROOT), "NO_COLOR": "1", "FACTCHECK_NO_CACHE": "1", "COLUMNS": "100"})
    done = subprocess.run([sys.executable, "-m", "factcheck", *words[1:]], cwd=ROOT / (folder or "."),
                          env=environment, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"readme_examples: {command!r} failed (exit {done.returncode}): {done.stderr.strip()}")
    return done.stdout


def slug(title: str) -> str:
    """Return the anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", title.replace("`", "").lower()).replace(" ", "-")


def contents(text: str, after: int) -> str:
    """Return the table of contents of the headings after offset ``after`` (outside code fences)."""
    lines, fenced = [], False
    for line in text[after:].splitlines():
        if line.startswith("```"):
            fenced = not fenced
        heading = None if fenced else HEADING.match(line)
        if heading:
            indent = "  " * (len(heading.group("level")) - 2)
            lines.append(f"{indent}- [{heading.group('title')}](#{slug(heading.group('title'))})")
    return "\n".join(lines) + "\n"


def regenerate(text: str) -> tuple[str, list[str]]:
    """Return the README with every example and the contents made afresh, and what changed."""
    stale = []

    def example(found: re.Match) -> str:
        shown = f"$ {found.group('command')}\n{run(found.group('command'), found.group('folder')).rstrip()}\n"
        if shown != found.group("shown"):
            stale.append(f"the example of `{found.group('command')}`")
        return found.group(0).replace(found.group("shown"), shown, 1) if found.group("shown") else (
            found.group(0)[:found.group(0).index("```text\n") + 8] + shown + "```")

    text = EXAMPLE.sub(example, text)
    listed = CONTENTS.search(text)
    if listed:
        table = contents(text, listed.end())
        if table != listed.group("shown"):
            stale.append("the table of contents")
        text = text[:listed.start("shown")] + table + text[listed.end("shown"):]
    return text, stale


def main(argv: list[str]) -> int:
    check_only = argv == ["--check"]
    if argv and not check_only:
        print(__doc__, file=sys.stderr)
        return 2
    text = README.read_text(encoding="utf-8")
    new, stale = regenerate(text)
    if check_only:
        for what in stale:
            print(f"README.md: {what} is stale; run python scripts/readme_examples.py", file=sys.stderr)
        return 1 if stale else 0
    if new != text:
        README.write_text(new, encoding="utf-8")
    print(f"README.md: {len(stale)} block(s) rewritten" if stale else "README.md: up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
