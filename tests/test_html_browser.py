"""The HTML report in a real browser: headless Chromium (Debian's) driven by Playwright.

Skipped, saying why, when the playwright package or /usr/bin/chromium is missing
(.ci/run installs Chromium where it can). One browser serves the whole module.
scripts/screenshots.py makes the README's screenshots the same way (tested here too).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO
from .test_html_report import ATTACK_DRAFT, ATTACK_NAME, ATTACK_REGISTRY

FIXTURES = Path(__file__).parent / "fixtures"
CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install playwright)")
if not CHROMIUM.is_file():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def html_report(cwd: Path, *arguments: str) -> str:
    """Return the page `factcheck check --format html` writes, run as a user would."""
    done = subprocess.run([sys.executable, "-m", "factcheck", "check", "--format", "html", *arguments],
                          cwd=cwd, capture_output=True, env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert done.returncode == 1, done.stderr
    return done.stdout.decode("ascii")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=LAUNCH_ARGS, viewport={"width": 1280, "height": 800})
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The docs tree's page and the attack's page, written to files as `> report.html` would."""
    folder = tmp_path_factory.mktemp("pages")
    (folder / "attack.yaml").write_text(ATTACK_REGISTRY, encoding="utf-8")
    (folder / ATTACK_NAME).write_text(ATTACK_DRAFT, encoding="utf-8")
    written = {
        "docs": html_report(FIXTURES, "docs"),
        "index": html_report(FIXTURES, "docs/index.md", "docs/notes.txt"),
        "attack": html_report(folder, "--registry", "attack.yaml", "--", ATTACK_NAME),
    }
    for name, page in written.items():
        (folder / f"{name}.html").write_text(page, encoding="ascii")
    return folder


@pytest.fixture
def open_page(browser, pages):
    opened = []

    def open_page(name: str):
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.goto((pages / f"{name}.html").as_uri())
        page.errors = errors
        opened.append(page)
        return page

    yield open_page
    for page in opened:
        page.close()


def test_clicking_a_conflicting_figure_shows_its_sources(open_page):
    page = open_page("docs")
    figure = page.locator("button.figure", has_text="$600 million")
    details = page.locator("#" + figure.get_attribute("aria-controls"))
    assert not details.is_visible()
    figure.click()
    assert details.is_visible()
    assert figure.get_attribute("aria-expanded") == "true"
    sources = details.locator("li.source")
    assert sources.all_inner_texts() == [
        "\u2717 conflict: $420 million per City Treasury (2024-03)\nWhy: $600 million stands for 570,000,000 USD to "
        "630,000,000 USD; the source's $420 million for 415,000,000 USD to 425,000,000 USD; they do not overlap: conflict",
        "\u2717 conflict: $455 million per Audit Office (2024-09)\nNote: includes the approach roads\nWhy: $600 million "
        "stands for 570,000,000 USD to 630,000,000 USD; the source's $455 million for 454,500,000 USD to 455,500,000 USD; "
        "they do not overlap: conflict",
    ]
    figure.click()  # a second press closes it
    assert not details.is_visible()
    assert page.errors == []


def test_a_script_in_a_draft_or_a_registry_does_not_run(open_page):
    page = open_page("attack")
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.title().startswith("factcheck report: ")
    assert page.locator("script").count() == 1
    assert page.locator("img, svg").count() == 0
    assert page.locator("a").evaluate_all("links => links.map(a => a.protocol)") == ["https:", "https:"]
    page.locator("button.figure").first.click()  # the panel holding the registry's attack is shown, and inert
    assert page.locator("#finding-1").inner_text().count("javascript:window.pwned = 4") == 1
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.errors == []  # nothing the policy had to refuse


def test_the_keyboard_moves_from_problem_to_problem(open_page):
    page = open_page("docs")

    def focused() -> tuple[str, str]:
        return tuple(page.evaluate("[document.activeElement.id, document.activeElement.getAttribute('data-verdict')]"))

    page.keyboard.press("n")
    assert focused() == ("figure-1", "conflict")
    assert page.locator("#finding-1").is_visible()
    page.keyboard.press("j")
    assert focused() == ("figure-2", "conflict")
    assert not page.locator("#finding-1").is_visible()
    page.keyboard.press("p")
    assert focused() == ("figure-1", "conflict")
    page.keyboard.press("k")  # round the start to the last problem: unmatched figures are filtered out at first
    assert focused() == ("figure-12", "mixed")
    page.keyboard.press("Escape")
    assert not page.locator("#finding-12").is_visible()
    # Leave conflicts out: the next problem after the first mixed figure is the next mixed one, past two conflicts.
    page.locator("input[data-verdict=conflict]").uncheck()
    page.locator("#figure-4").focus()
    page.keyboard.press("n")
    assert focused() == ("figure-10", "mixed")
    # Tab reaches figures as buttons, and Enter opens one; a filtered figure is skipped.
    page.locator("#figure-3").focus()
    page.keyboard.press("Tab")
    assert focused() == ("figure-4", "mixed")
    page.keyboard.press("Enter")
    assert page.locator("#finding-4").is_visible()
    assert page.errors == []


def test_a_screenshot_of_a_conflict_open(open_page, tmp_path):
    page = open_page("index")
    page.locator("button.figure", has_text="$600 million").click()
    target = tmp_path / "html-report.png"
    page.screenshot(path=str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_screenshot_script_draws_the_terminal_and_the_html_report(tmp_path):
    import struct

    done = subprocess.run([sys.executable, str(REPO / "scripts" / "screenshots.py"), "--out", str(tmp_path)],
                          capture_output=True, text=True, env={**os.environ, "FACTCHECK_CHROMIUM": str(CHROMIUM)},
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "CONFLICT" in (tmp_path / "terminal-report.svg").read_text(encoding="utf-8").replace("&#160;", " ")
    for name in ("terminal-report.png", "html-report.png"):
        header = (tmp_path / name).read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", header[16:24])
        assert width > 800 and height > 400
    # The README shows the committed ones.
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "](docs/images/terminal-report.png)" in readme and "](docs/images/html-report.png)" in readme
