"""The HTML report: its golden file on the sample docs tree, and hostile drafts, registries and names.

What the page does in a browser is tested in test_html_browser.py; here, what it is:
every tag and attribute the page holds is one the reporter wrote, whatever the inputs.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.check import check_text
from factcheck.cli import main
from factcheck.matching import Matcher
from factcheck.registry import parse_registry
from factcheck.report import Document, FindingStream, Report
from factcheck.reporters import STREAMING
from factcheck.reporters.html import write_findings

FIXTURES = Path(__file__).parent / "fixtures"

# Only what the reporter itself writes; a draft's or a registry's markup must never add to it.
REPORTER_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "div",
                 "fieldset", "legend", "label", "input", "span", "button", "kbd", "ul", "ol", "li", "main", "section",
                 "aside", "code", "strong", "br", "a", "script"}

ATTACK_REGISTRY = """\
version: 1
claims:
  - id: harbour-bridge-cost
    about: cost of the new Harbour Bridge
    sources:
      - name: '<img src=x onerror="window.pwned = 3">'
        value: $420 million
        url: 'javascript:window.pwned = 4'
        note: '</script><script>window.pwned = 5</script>'
      - name: Audit Office
        value: $455 million
        url: 'https://example.org/audit?year=2024&page=2'
      - name: Harbour Trust
        value: $460 million
        url: ' JaVaScript:window.pwned = 7'
"""
ATTACK_DRAFT = (
    'The Harbour Bridge cost $600 million. <script>document.title = "pwned"; window.pwned = 1;</script>\n\n'
    '"><img src=x onerror="window.pwned = 2"> The new Harbour Bridge cost $420 million in the end.\n'
)
ATTACK_NAME = '<svg onload="window.pwned = 6">.md'


class Markup(HTMLParser):
    """Every start tag with its attributes, and the text the page shows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parsed(page: str) -> Markup:
    markup = Markup()
    markup.feed(page)
    markup.close()
    return markup


def attack_page(tmp_path, capsys) -> str:
    (tmp_path / "attack.yaml").write_text(ATTACK_REGISTRY, encoding="utf-8")
    (tmp_path / ATTACK_NAME).write_text(ATTACK_DRAFT, encoding="utf-8")
    status = main(["check", "--registry", str(tmp_path / "attack.yaml"), "--format", "html", "--", str(tmp_path / ATTACK_NAME)])
    assert status == 1
    return capsys.readouterr().out


def test_the_docs_tree_matches_its_golden_file(capsys, monkeypatch):
    monkeypatch.chdir(FIXTURES)
    status = main(["check", "docs", "--report-unused-suppressions", "--no-color", "--format", "html"])
    assert capsys.readouterr().out == (FIXTURES / "golden" / "docs.html").read_text(encoding="utf-8")
    assert status == 1


def test_the_page_explains_every_source_and_is_written_whole(capsys, monkeypatch):
    monkeypatch.chdir(FIXTURES)
    main(["check", "docs/index.md", "--format", "html"])
    page = capsys.readouterr().out
    # Explained without --explain: each source of $600 million says why it conflicts.
    assert ("Why: $600 million stands for 570,000,000 USD to 630,000,000 USD; the source&#x27;s $420 million "
            "for 415,000,000 USD to 425,000,000 USD; they do not overlap: conflict") in page
    assert "html" not in STREAMING
    markup = parsed(page)
    figures = [(attrs["data-verdict"], attrs["id"]) for tag, attrs in markup.tags if tag == "button" and "data-verdict" in attrs]
    assert figures == [("mixed", "figure-1"), ("conflict", "figure-2"), ("unmatched", "figure-3"),
                       ("unmatched", "figure-4"), ("agree", "figure-5"), ("conflict", "figure-6")]
    # The document reads as it was written: the page's text holds it whole, line breaks and all.
    assert "the price of the Harbour Bridge was \u2717$600 million (conflict).\n\nRun the cost model" in "".join(markup.text)


def test_an_attack_in_a_draft_a_registry_or_a_file_name_is_shown_as_text(tmp_path, capsys):
    page = attack_page(tmp_path, capsys)
    markup = parsed(page)
    assert {tag for tag, _ in markup.tags} <= REPORTER_TAGS
    assert [tag for tag, _ in markup.tags].count("script") == 1
    assert not [name for _, attrs in markup.tags for name in attrs if name.startswith("on")]
    assert [attrs["href"] for tag, attrs in markup.tags if tag == "a"] == ["https://example.org/audit?year=2024&page=2"] * 2
    assert all(attrs["rel"] == "noopener noreferrer" for tag, attrs in markup.tags if tag == "a")
    text = "".join(markup.text)
    for shown in ('<script>document.title = "pwned"; window.pwned = 1;</script>', '"><img src=x onerror="window.pwned = 2">',
                  '<img src=x onerror="window.pwned = 3">', "Link (not http or https, so not linked): javascript:window.pwned = 4",
                  "</script><script>window.pwned = 5</script>", ATTACK_NAME, "JaVaScript:window.pwned = 7"):
        assert shown in text
    assert "&lt;svg onload=&quot;window.pwned = 6&quot;&gt;.md</title>" in page


def test_only_the_pages_own_style_and_script_may_run(tmp_path, capsys):
    page = attack_page(tmp_path, capsys)
    markup = parsed(page)
    policy = next(attrs["content"] for tag, attrs in markup.tags if attrs.get("http-equiv") == "Content-Security-Policy")
    directives = dict(directive.strip().split(" ", 1) for directive in policy.split(";"))

    def digest(source: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"

    assert directives["default-src"] == "'none'"
    # The page holds one script and one style element (see the test above): these are their texts.
    assert directives["script-src"] == digest(re.search(r"<script>(.*?)</script>", page, re.DOTALL).group(1))
    assert directives["style-src"] == digest(re.search(r"<style>(.*?)</style>", page, re.DOTALL).group(1))
    assert page.isascii()


def test_controls_bidi_and_undecodable_names_are_shown_not_acted_on():
    page = io.StringIO()
    write_findings(Report(("claims.yaml",), [(Document("caf\udce9.md", "Left \u202eright\x1b[2K\r\nnext\x00"), [])]), page)
    assert "<h2 id=\"document-1\">caf\\xe9.md</h2>" in page.getvalue()
    assert "Left \\u202eright\\x1b[2K\r\nnext\\x00</div>" in page.getvalue()


def test_a_verdict_without_a_style_yet_is_still_marked(capsys):
    claims = parse_registry((FIXTURES / "claims.yaml").read_text(encoding="utf-8"), "claims.yaml")
    text = "The floods damaged 800 homes."
    finding = check_text(text, Matcher(claims))[0]
    page = io.StringIO()
    novel = type(finding)(finding.figure, finding.context, "contested", finding.claim, finding.sources)
    write_findings(Report(("claims.yaml",), [(Document("a.md", text), [novel])]), page)
    assert re.search(r'<button type="button" class="figure v-other" id="figure-1" data-verdict="contested" data-problem', page.getvalue())


def test_streamed_findings_are_read_once_and_counted():
    claims = parse_registry((FIXTURES / "claims.yaml").read_text(encoding="utf-8"), "claims.yaml")
    text = "The floods damaged 800 homes, and 31% of commuters take the tram."
    stream = FindingStream(iter(check_text(text, Matcher(claims))))
    page = io.StringIO()
    write_findings(Report(("claims.yaml",), [(Document("a.md", text), stream)]), page)
    assert "1 document checked against claims.yaml: 1 conflict, 0 inconsistent, 0 mixed, 0 unmatched, 1 agree." in (
        page.getvalue())


@pytest.mark.parametrize("url, linked", [
    ("https://example.org/a?b=1&c=2", True), ("HTTP://example.org", True), ("javascript:alert(1)", False),
    ("java\tscript:alert(1)", False), ("https://example.org/\"onmouseover=x", False), ("data:text/html,x", False),
    ("//example.org", False), ("https://", False),
])
def test_only_plain_web_addresses_become_links(url, linked):
    from factcheck.reporters.html import _link

    assert _link(url).startswith("<a href=") is linked


def test_an_inconsistency_marks_every_figure_it_involves(tmp_path, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text("He sent 3,000 of the 11,000 troops, or 40%, to the front.\n\n"
                     "Some 12,000 North Korean troops were sent to Russia last year.\n\n"
                     "The 15,000 North Korean troops sent to Russia last year are in Kursk.\n", encoding="utf-8")
    status = main(["consistency", "--format", "html", str(draft)])
    page = capsys.readouterr().out
    assert status == 1
    marked = re.findall(r'<mark class="involved v-inconsistent" data-finding="(finding-\d+)"[^>]*>([^<]*)</mark>', page)
    buttons = re.findall(r'id="(figure-\d+)" data-verdict="inconsistent"[^>]*><span[^>]*>[^<]*</span>([^<]*)<', page)
    assert [text for _, text in buttons] == ["40%", "15,000"]
    assert marked == [("finding-1", "3,000"), ("finding-1", "11,000"), ("finding-2", "Some 12,000")]
    assert "<li>&#8220;Some 12,000&#8221;, line 3</li>" in page
