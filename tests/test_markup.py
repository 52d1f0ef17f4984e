"""Markup regions: one row per construct, each with the exact regions it must yield."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import extract_figures
from factcheck.markup import HTML, MARKDOWN, PLAIN, blank, excluded_regions, syntax_for


@dataclass(frozen=True)
class Case:
    id: str
    syntax: str
    text: str
    regions: list[tuple[str, str]]  # (kind, exact text) in order


CASES = [
    Case("yaml front matter", MARKDOWN, "---\ntitle: 12 months\n---\nBody.\n",
         [("front-matter", "---\ntitle: 12 months\n---\n")]),
    Case("toml front matter", MARKDOWN, "+++\nweight = 20\n+++\nBody.",
         [("front-matter", "+++\nweight = 20\n+++\n")]),
    Case("a rule later on is not front matter", MARKDOWN, "Intro\n---\nx: 12\n---\n", []),
    Case("backtick fence", MARKDOWN, "Text\n\n```py\nx = 12\n```\nAfter",
         [("code", "```py\nx = 12\n```")]),
    Case("tilde fence, indented", MARKDOWN, "  ~~~~\n  12\n  ~~~~\n", [("code", "  ~~~~\n  12\n  ~~~~")]),
    Case("a shorter fence does not close", MARKDOWN, "````\n```\n12\n```\n````\n13",
         [("code", "````\n```\n12\n```\n````")]),
    Case("unclosed fence runs to the end", MARKDOWN, "```\n12 million\n", [("code", "```\n12 million\n")]),
    Case("indented code after a blank line", MARKDOWN, "Para\n\n    x = 950\n    y = 960\n",
         [("code", "x = 950"), ("code", "y = 960")]),
    Case("indented line continuing a paragraph", MARKDOWN, "Para\n    with 950 more\n", []),
    Case("indented continuation of a list item", MARKDOWN, "- item\n\n    more 700\n", []),
    Case("inline code", MARKDOWN, "It prints `$800 million` today.", [("code", "`$800 million`")]),
    Case("double-backtick code holding a backtick", MARKDOWN, "See ``a ` 13`` here.", [("code", "``a ` 13``")]),
    Case("inline code does not cross a blank line", MARKDOWN, "A ` 12\n\nB ` 13", []),
    Case("link target and title", MARKDOWN, 'The [report, page 12](https://x.org/2024?p=12 "900 pages").',
         [("link-target", '(https://x.org/2024?p=12 "900 pages")')]),
    Case("image source", MARKDOWN, "![1,000 payments](img/chart-1000.png)", [("link-target", "(img/chart-1000.png)")]),
    Case("link target with parentheses", MARKDOWN, "[a](https://x.org/a_(12)) b", [("link-target", "(https://x.org/a_(12))")]),
    Case("reference label and definition", MARKDOWN, "The [note][31].\n\n[31]: https://x.org/31 'Note 31'\n",
         [("link-target", "[31]"), ("link-target", "[31]: https://x.org/31 'Note 31'")]),
    Case("footnote mark", MARKDOWN, "Claimed[^12].\n\n[^12]: Said 4,000 soldiers.\n",
         [("link-target", "[^12]"), ("link-target", "[^12]")]),
    Case("autolink", MARKDOWN, "Mail <https://x.org/12> or <desk12@x.org>.",
         [("link-target", "<https://x.org/12>"), ("link-target", "<desk12@x.org>")]),
    Case("ordered list markers", MARKDOWN, "10. Ten\n11) Eleven\n- 12 items", [("list-marker", "10."), ("list-marker", "11)")]),
    Case("html comment and tags in markdown", MARKDOWN, '<!-- 2,000 -->\nA <span data-n="3">12</span> b',
         [("comment", "<!-- 2,000 -->"), ("tag", '<span data-n="3">'), ("tag", "</span>")]),
    Case("a comparison is not a tag", MARKDOWN, "x < 5 and 7 > 3", []),
    Case("code wins over a link inside it", MARKDOWN, "`[a](b12)` c", [("code", "`[a](b12)`")]),
    # CommonMark's blocks (markdown-it-py): what a fence holds, and where it ends.
    Case("a fence opened in a block quote ends with the quote", MARKDOWN,
         "> ```\n> x = 12\n\nThe city spent $40 million.\n", [("code", "```\n> x = 12")]),
    Case("a fence opened in a list item ends with the item", MARKDOWN,
         "- Run:\n  ```\n  make 12\n- The city spent $40 million.\n", [("code", "  ```\n  make 12")]),
    Case("a fence in an ordered item, its blank lines left out", MARKDOWN,
         "1. Step:\n\n   ```\n   x = 12\n\n2. The city spent $40 million.\n",
         [("list-marker", "1."), ("code", "   ```\n   x = 12"), ("list-marker", "2.")]),
    Case("an escaped fence is prose, and opens no code span", MARKDOWN,
         "\\```js\nThe city spent $40 million, and ```13```.\n", [("code", "```13```")]),
    Case("a backtick fence whose info string holds a backtick is prose", MARKDOWN,
         "```js`\nThe city spent $40 million.\n> ```\n", [("code", "```\n")]),
    Case("a tilde fence in a block quote is code", MARKDOWN, "> ~~~\n> x = 12\n> ~~~\nAfter.", [("code", "~~~\n> x = 12\n> ~~~")]),
    Case("a code span never leaves its paragraph", MARKDOWN, "Cost ``$40 million.\n# Title ``12``\n",
         [("code", "``12``")]),
    Case("html tags with attributes", HTML, '<p class="n12" data-count=3000>1,300 homes</p>',
         [("tag", '<p class="n12" data-count=3000>'), ("tag", "</p>")]),
    Case("html comment across lines", HTML, "<!-- first\n2,000 -->ok", [("comment", "<!-- first\n2,000 -->")]),
    Case("html script, style, pre", HTML, "<script>a=6000</script><style>p{width:640px}</style><pre>4000</pre>",
         [("code", "<script>a=6000</script>"), ("code", "<style>p{width:640px}</style>"), ("code", "<pre>4000</pre>")]),
    Case("html doctype", HTML, "<!DOCTYPE html>\n<p>x</p>", [("tag", "<!DOCTYPE html>"), ("tag", "<p>"), ("tag", "</p>")]),
    Case("plain text has no markup", PLAIN, "`12` <b>13</b> [a](14)", []),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_regions(case):
    regions = excluded_regions(case.text, case.syntax)
    assert [(r.kind, case.text[r.start:r.end]) for r in regions] == case.regions


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_blanking_keeps_offsets_and_lines(case):
    masked = blank(case.text, excluded_regions(case.text, case.syntax))
    assert len(masked) == len(case.text)
    assert [i for i, c in enumerate(masked) if c in "\r\n"] == [i for i, c in enumerate(case.text) if c in "\r\n"]
    for region in excluded_regions(case.text, case.syntax):
        assert not masked[region.start:region.end].strip()


def test_figures_in_markup_are_not_read_and_the_rest_keep_their_offsets():
    text = "It cost `$800 million`, see [page 12](https://x.org/900), not $455 million.\n"
    masked = blank(text, excluded_regions(text, MARKDOWN))
    assert [(f.text, f.start) for f in extract_figures(masked)] == [("12", 34), ("$455 million", 62)]
    assert text[62:74] == "$455 million"


def test_a_fence_in_a_list_item_leaves_the_rest_of_the_file_checked():
    text = "- Run:\n  ```\n  make 12\n- The city spent $40 million.\n\nLater, 13 more.\n"
    masked = blank(text, excluded_regions(text, MARKDOWN))
    assert [(f.text, f.start) for f in extract_figures(masked)] == [("$40 million", 40), ("13", 61)]


def test_windows_line_endings():
    text = "Intro\r\n\r\n```\r\n12\r\n```\r\nAfter 13\r\n"
    masked = blank(text, excluded_regions(text, MARKDOWN))
    assert masked == "Intro\r\n\r\n   \r\n  \r\n   \r\nAfter 13\r\n"


@pytest.mark.parametrize(("path", "syntax"), [
    ("a.md", MARKDOWN), ("A.MARKDOWN", MARKDOWN), ("x/page.html", HTML), ("p.htm", HTML),
    ("notes.txt", PLAIN), ("-", PLAIN), ("README", PLAIN),
])
def test_syntax_for(path, syntax):
    assert syntax_for(path) == syntax


@given(st.text(alphabet="`~-+#<>!/[]()\"'=*: \n\r\tab12.^", max_size=80), st.sampled_from([MARKDOWN, HTML]))
def test_regions_are_ordered_and_disjoint_for_any_text(text, syntax):
    regions = excluded_regions(text, syntax)
    assert all(0 <= r.start <= r.end <= len(text) for r in regions)
    assert all(a.end <= b.start for a, b in zip(regions, regions[1:]))
    assert len(blank(text, regions)) == len(text)
