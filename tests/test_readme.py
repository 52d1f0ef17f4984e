"""The README: its order, its contents, its examples true to the tool, and the contracts it and the
code cite found inside the repository (docs/spec.md)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
SPEC = (REPO / "docs" / "spec.md").read_text(encoding="utf-8")


def _script():
    spec = importlib.util.spec_from_file_location("readme_examples", REPO / "scripts" / "readme_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_sections_come_in_the_order_a_newcomer_needs_them():
    sections = re.findall(r"^## (.+)$", README, re.MULTILINE)
    assert sections == ["Quick start", "Contents", "Checking a draft", "Writing a registry", "How verdicts are reached",
                        "CI and editors", "Reference", "Performance", "Limits", "Development"]
    reference = README[README.index("## Reference\n"):README.index("## Performance\n")]
    assert re.findall(r"^### (.+)$", reference, re.MULTILINE)[:4] == [
        "Options of `factcheck check`", "Configuration", "Output formats", "Exit codes"]


def test_the_quick_start_keeps_its_two_commands_for_a_fresh_machine():
    quick_start = README[README.index("## Quick start\n"):README.index("## Contents\n")]
    assert re.findall(r"```sh\n(.*?)\n```", quick_start, re.DOTALL) == [
        "python3 -m venv .venv && . .venv/bin/activate && pip install . && factcheck check examples/draft.md",
        "python3 -m venv .venv && . .venv/bin/activate && pip install -c .ci/constraints.txt "
        "'.[test,distributed,lsp,speed]' && pytest",
    ]


def test_examples_and_contents_are_up_to_date():
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "readme_examples.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stderr) == (0, "")


def test_a_stale_example_and_a_stale_contents_are_found_and_rewritten():
    script = _script()
    text = ("## Contents\n\n<!-- contents -->\n- [Old](#old)\n<!-- /contents -->\n\n## Reading notes\n\n"
            "### Figures: `extract`\n\n<!-- example: factcheck extract examples/notes.txt -->\n```text\n"
            "$ factcheck extract examples/notes.txt\n5 figures, once\n```\n")
    rewritten, stale = script.regenerate(text)
    assert stale == ["the example of `factcheck extract examples/notes.txt`", "the table of contents"]
    assert "- [Reading notes](#reading-notes)\n  - [Figures: `extract`](#figures-extract)\n" in rewritten
    assert "examples/notes.txt:2:57  one in five  percent 20% (exact)  · adults\n5 figures\n```" in rewritten
    assert script.regenerate(rewritten) == (rewritten, [])


def test_the_contents_link_every_section():
    listed = README[README.index("<!-- contents -->"):README.index("<!-- /contents -->")]
    headings = re.findall(r"^#{2,3} (.+)$", README[README.index("<!-- /contents -->"):], re.MULTILINE)
    assert re.findall(r"- \[(.+?)\]\(#", listed) == headings


def test_the_readme_shows_the_screenshots_it_links():
    for image in re.findall(r"!\[[^\]]*\]\((docs/images/[^)]+)\)", README):
        assert (REPO / image).is_file(), image
    assert "](docs/images/terminal-report.png)" in README and "](docs/images/html-report.png)" in README


def test_every_contract_cited_is_a_section_of_docs_spec():
    sections = set(re.findall(r"^## §(\d+) ", SPEC, re.MULTILINE))
    assert sections == {"1", "2", "3", "4", "5"}
    cited = []
    for path in [*(REPO / "factcheck").rglob("*.py"), REPO / "README.md", *(REPO / "docs").glob("*.md")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?<!docs/spec\.md )\bSPEC §", text), f"{path}: cites a SPEC outside the repository"
        cited += re.findall(r"docs/spec\.md §(\d+)", text)
    assert cited and set(cited) <= sections
    for anchor in re.findall(r"\(docs/spec\.md#([\w-]+)\)", README):
        assert anchor in {re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")
                          for title in re.findall(r"^## (.+)$", SPEC, re.MULTILINE)}, anchor


def test_help_cites_the_json_contract_in_the_repository():
    done = subprocess.run([sys.executable, "-m", "factcheck", "check", "--help"], capture_output=True, text=True,
                          env={"PYTHONPATH": str(REPO), "COLUMNS": "200", "PATH": ""}, check=False)
    assert done.returncode == 0 and "json for scripts (docs/spec.md §3)" in " ".join(done.stdout.split())
