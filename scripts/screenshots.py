"""Make the README's screenshots from real runs of the command line on the sample docs tree.

- docs/images/terminal-report.svg: the text report of `factcheck check docs/index.md
  docs/notes.txt --color`, run in tests/fixtures with a 100-column terminal, recorded
  with rich;
- docs/images/terminal-report.png: that recording as headless Chromium draws it;
- docs/images/html-report.png: the `--format html` report of the same files, in headless
  Chromium, with the conflicting "$600 million" opened.

    python scripts/screenshots.py              # into docs/images
    python scripts/screenshots.py --out DIR    # elsewhere (the tests do)

Needs rich, playwright (the Python package) and Chromium (/usr/bin/chromium, or the
path in FACTCHECK_CHROMIUM).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.text import Text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
IMAGES = ROOT / "docs" / "images"
COMMAND = ["factcheck", "check", "docs/index.md", "docs/notes.txt"]
COLUMNS = 100
CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def run_factcheck(*arguments: str, color: bool = False) -> subprocess.CompletedProcess:
    """Run this checkout's factcheck in tests/fixtures, as a user at a terminal would."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": str(COLUMNS), "TERM": "xterm-256color",
                   "FACTCHECK_NO_CACHE": "1"}
    environment.pop("NO_COLOR", None)
    return subprocess.run([sys.executable, "-m", "factcheck", *arguments, *(["--color"] if color else [])],
                          cwd=FIXTURES, env=environment, capture_output=True, text=True, check=False)


def terminal_svg(target: Path) -> int:
    """Write the coloured text report as an SVG terminal window; return factcheck's exit status."""
    run = run_factcheck(*COMMAND[1:], color=True)
    console = Console(record=True, width=COLUMNS, force_terminal=True, file=open(os.devnull, "w"))
    console.print(Text("$ " + " ".join(COMMAND), style="bold"))
    console.print(Text.from_ansi(run.stdout), soft_wrap=True)
    console.save_svg(str(target), title=" ".join(COMMAND))
    return run.returncode


def screenshots(svg: Path, terminal_png: Path, html_png: Path) -> None:
    """Draw the SVG, and the HTML report with a conflict opened, in headless Chromium; save both as PNG."""
    from playwright.sync_api import sync_playwright

    page_html = run_factcheck("check", "--format", "html", *COMMAND[2:]).stdout
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(Path(scratch) / "profile"), executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS,
            viewport={"width": 1280, "height": 800}, device_scale_factor=1)
        try:
            page = browser.new_page()
            page.goto(svg.resolve().as_uri())
            # The SVG draws the whole window; shoot exactly it, not the page around it.
            page.locator("svg").screenshot(path=str(terminal_png))
            report = Path(scratch) / "report.html"
            report.write_text(page_html, encoding="utf-8")
            page.goto(report.as_uri())
            page.locator("button.figure", has_text="$600 million").click()
            page.screenshot(path=str(html_png))
        finally:
            browser.close()


def main(argv: list[str]) -> None:
    folder = Path(argv[1]).resolve() if argv[:1] == ["--out"] and len(argv) == 2 else IMAGES
    folder.mkdir(parents=True, exist_ok=True)
    svg, terminal_png, html_png = (folder / name for name in (
        "terminal-report.svg", "terminal-report.png", "html-report.png"))
    status = terminal_svg(svg)
    screenshots(svg, terminal_png, html_png)
    for target in (svg, terminal_png, html_png):
        print(f"wrote {target}")
    print(f"(factcheck exited {status}, as it should with a conflict)")


if __name__ == "__main__":
    main(sys.argv[1:])
