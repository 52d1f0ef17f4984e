"""Start-up: what a command imports, and the shortcuts that keep a short check quick
read exactly what the long way reads (bench/startup.py measures the time)."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys

import pytest
import yaml

from factcheck import __version__, markup, vocabulary
from factcheck.vocabulary import read_synonym_table

from .conftest import CORPUS, REPO

PARAGRAPH = ("The ministry said 1,200 homes were damaged in the storm, about 300 more than it counted "
             "in the floods of 2019.\n")
# Modules a plain check of a paragraph has no use for: other commands, other formats, Markdown
# blocks it does not hold, PyYAML with the registry cached, every Snowball language, rich
# for a report that goes to no terminal.
NOT_FOR_A_PLAIN_CHECK = (
    "factcheck.lsp", "factcheck.harvest", "factcheck.lint", "factcheck.compare", "factcheck.sources",
    "factcheck.distributed", "factcheck.baseline", "factcheck.writing", "factcheck.reporters.html",
    "factcheck.reporters.json", "factcheck.reporters.sarif", "markdown_it", "yaml", "snowballstemmer",
    "importlib.resources", "rich",
)


def _modules_after(arguments: list[str], folder) -> set[str]:
    """Return the modules loaded once `factcheck ARGUMENTS` has run, as the console script runs it."""
    script = (
        "import sys\n"
        "from factcheck.__main__ import main\n"
        "sys.argv = ['factcheck', *sys.argv[1:]]\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    print('\\n' + ' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *arguments], capture_output=True, text=True, cwd=folder,
                          check=False)
    assert done.returncode in (0, 1), done.stderr
    return set(done.stdout.splitlines()[-1].split())


@pytest.mark.parametrize("option", ["--version", "-V"])
def test_version_imports_neither_the_command_line_nor_the_pipeline(tmp_path, option):
    loaded = _modules_after([option], tmp_path)
    assert not {"click", "factcheck.cli", "factcheck.check", "factcheck.figures", "factcheck.documents",
                "factcheck.config", "factcheck.inputs", "pathlib", "dataclasses"} & loaded


def test_version_is_what_click_says_it_is():
    from click.testing import CliRunner

    from factcheck.__main__ import main
    from factcheck.commandline import cli

    said = CliRunner().invoke(cli, ["--version"])
    fast = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True, check=False)
    assert (fast.returncode, fast.stdout) == (said.exit_code, said.output) == (0, f"factcheck, version {__version__}\n")
    assert main(["-V"]) == 0


def test_a_plain_check_imports_nothing_it_does_not_need(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(PARAGRAPH, encoding="utf-8")
    _modules_after(["check", "--no-color", str(draft)], tmp_path)  # fills the registry cache
    loaded = _modules_after(["check", "--no-color", str(draft)], tmp_path)
    assert {"factcheck.check", "factcheck.consistency", "factcheck.markup"} <= loaded
    assert {module for module in loaded if module.startswith(NOT_FOR_A_PLAIN_CHECK)} == set()


# --- the English stemmer alone ----------------------------------------------------------


def test_the_english_stemmer_loaded_alone_stems_as_the_package_does():
    import snowballstemmer

    words = ["shipments", "shipment", "earnings", "earned", "troops", "generously", "injuries", "Russia's",
             "evacuated", "running", "flies", "dying", "news", "sky", "hopefully", "analysis", "analyses"]
    packaged = snowballstemmer.stemmer("english")
    assert [vocabulary.stem(word.lower()) for word in words] == [packaged.stemWord(word.lower()) for word in words]


def test_pystemmer_when_installed_stems_every_corpus_word_as_snowballstemmer_does():
    # The speed extra's PyStemmer is Snowball's C build: factcheck uses it when installed, so
    # its stems must be those of the pure-Python stemmer, or matching would depend on the extra.
    stemmer = pytest.importorskip("Stemmer", reason="PyStemmer (the speed extra) is not installed")
    from snowballstemmer import english_stemmer

    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[:400]) \
        if CORPUS.is_dir() else "shipments earnings troops generously injuries evacuated analyses"
    words = sorted({word.lower() for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text)})
    fast, pure = stemmer.Stemmer("english"), english_stemmer.EnglishStemmer()
    assert [fast.stemWord(word) for word in words] == [pure.stemWord(word) for word in words]


# --- the synonym table without PyYAML ----------------------------------------------------


def _by_yaml(text: str) -> dict:
    table = yaml.safe_load(text)
    return {section: [[str(entry) for entry in group] for group in groups]
            for section, groups in table.items() if section != "version"}


def test_the_shipped_synonym_table_is_read_without_yaml_as_yaml_reads_it():
    text = (REPO / "factcheck" / vocabulary.SYNONYMS_FILE).read_text(encoding="utf-8")
    assert vocabulary._plain_table(text) is not None  # the quick way applies
    assert read_synonym_table(text) == _by_yaml(text)


@pytest.mark.parametrize("text", [
    "version: 1\nevents:\n  - [killed, died]\n  - [sent, deployed]\nplaces:\n  - [north korea, pyongyang]\n",
    "# a comment\nversion: 1\n\nevents:\n  # another\n  - [killed , died]\n",
    "events:\n  - [on, off]\n",  # YAML reads these as booleans
    "events:\n  - [yes, no]\n  - [null, true]\n",
    "events:\n  - [killed, died]\nevents:\n  - [sent]\n",  # a key twice: YAML keeps the last
    "events:\n  - [killed, died]  # a comment after a group\n",
    "events:\n- [killed, died]\n",  # a list at the key's own indentation
    "events:\n  - [killed, died]\n    - [sent]\n",
    "events:\r\n  - [killed, died]\r\n",
    "events:\n  - ['killed', \"died\"]\n",
    "events:\n  - [1, 2.5]\n",
    "events:\n  - [killed, died]\nversion: 1\n",
])
def test_any_other_synonym_table_is_read_as_yaml_reads_it(text):
    def outcome(read):
        try:
            return read(text)
        except yaml.YAMLError as error:  # the same error, raised the same way
            return type(error), str(error)

    assert outcome(read_synonym_table) == outcome(_by_yaml)


def test_a_table_outside_the_plain_form_is_left_to_yaml():
    for text in ("events:\n  - [on, off]\n", "events:\n  - [killed]  # why\n", "events:\n", "version: 1\n"):
        assert vocabulary._plain_table(text) is None


# --- Markdown without markdown-it ---------------------------------------------------------


def _prose_both_ways(text: str):
    """Return the prose spans of the quick reading (None when it does not apply) and markdown-it's blocks and spans."""
    front = markup._FRONT_MATTER.match(text)
    body = front.end() if front else 0
    lines = [(line.start(), line.start() + len(line.group().rstrip("\r\n"))) for line in markup._LINE.finditer(text, body)]
    blocks: list = []
    return markup._plain_paragraphs(text, lines), (blocks, markup._commonmark_blocks(text, body, lines, blocks))


@pytest.mark.parametrize("text", [
    "One paragraph of 12 words.\n",
    "First 1,000.\nStill the first.\n\nSecond, 20%.",
    "A paragraph\n \t\nand another after a line of blanks\n\n\n",
    "---\ntitle: x\n---\nAfter front matter, 40 crates.\n",
    "Tabs\tinside and `code 12` inline, [a link](https://x.org/12).\n",
    "\ufeffA byte-order mark first, 3 ships.\n",
    "",
])
def test_a_draft_without_markdown_blocks_is_read_as_markdown_it_reads_it(text):
    quick, (blocks, spans) = _prose_both_ways(text)
    assert quick is not None
    assert (quick, []) == (spans, blocks)


@pytest.mark.parametrize("text", [
    "# A heading of 12\n", "> quoted 12\n", "- item 12\n", "* item\n", "+ item\n", "12. item\n", "3) item\n",
    "```\n12\n```\n", "~~~\n12\n", "<div>12</div>\n", "[ref]: https://x.org/12\n", "Title\n=====\n",
    "Title\n---\n", "***\n", "___\n", "    indented 12\n", "\tindented 12\n", "text\n  continued 12\n",
    "\x0cform feed\n",
])
def test_a_line_that_may_open_a_block_leaves_the_reading_to_markdown_it(text):
    assert _prose_both_ways(text)[0] is None


def test_random_drafts_read_the_quick_way_match_markdown_it():
    # Pieces chosen for what CommonMark makes of them at the start of a line.
    pieces = ["a", "B", "1", "12", ".", ")", " ", "\t", "\n", "\n", "\r\n", "\r", "#", ">", "-", "*", "+", "`", "~",
              "<", "[", "]", "=", "_", "\x0c", "\xa0", "\u2028", "\x00", "\ufeff", "(", "x y"]
    chosen = random.Random(19)
    quick_ones = 0
    for _ in range(20_000):
        text = "".join(chosen.choice(pieces) for _ in range(chosen.randint(0, 14)))
        quick, (blocks, spans) = _prose_both_ways(text)
        if quick is not None:
            quick_ones += 1
            assert (quick, []) == (spans, blocks), repr(text)
    assert quick_ones > 2_000


def test_the_corpus_articles_read_the_quick_way_match_markdown_it():
    if not CORPUS.is_dir():
        pytest.skip("the corpus (../shared/corpus/news) is absent")
    for path in sorted(CORPUS.glob("*.txt"))[:400]:
        text = path.read_text(encoding="utf-8")
        quick, (blocks, spans) = _prose_both_ways(text)
        if quick is not None:
            assert (quick, []) == (spans, blocks), path.name


# --- the default vocabulary and the registry's synonyms from the cache --------------------


def test_a_cached_registry_gives_back_its_synonyms_and_the_default_vocabulary(tmp_path):
    registry = tmp_path / "claims.yaml"
    registry.write_text(
        "version: 1\nsynonyms:\n  - [drones, quadcopters]\nclaims:\n  - id: drones\n    about: drones launched at Kyiv\n"
        "    sources:\n      - {name: Air Force, value: 120}\n", encoding="utf-8")
    script = (
        "import json, sys\n"
        "from factcheck import vocabulary\n"
        "from factcheck.inputs import read_indexed_registry\n"
        "from factcheck.matching import Matcher\n"
        "registry, index = read_indexed_registry((sys.argv[1],))\n"
        "default = vocabulary.Vocabulary.default()\n"
        "print(json.dumps([list(map(list, index.synonyms)), Matcher.from_index(index).keywords('quadcopters hit'),\n"
        "                  sorted(map(repr, default.synonyms.items())), sorted(default.sections.items()),\n"
        "                  sorted(default.names.items())]))\n"
    )
    runs = [json.loads(subprocess.run([sys.executable, "-c", script, str(registry)], capture_output=True, text=True,
                                      check=True).stdout) for _ in range(2)]  # parsed, then from the cache
    assert runs[0] == runs[1]
    assert runs[1][:2] == [[["drones", "quadcopters"]], ["drone", "hit"]]


# --- text reports without rich, where rich writes plain lines ------------------------------


class _NoTerminalSaid:
    """A stream that cannot say whether it is a terminal: the text reports then go through rich
    (which takes it for none), so the two ways can be compared on the same report."""

    def __init__(self) -> None:
        self.written = []

    def write(self, text: str) -> int:
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass


def test_a_text_report_without_rich_is_byte_for_byte_what_rich_writes(tmp_path):
    import io

    from factcheck.documents import CheckSettings, check_documents, judge_with
    from factcheck.inputs import read_indexed_registry
    from factcheck.reporters import console as consoles
    from factcheck.reporters import text

    drafts = {
        "plain.txt": PARAGRAPH + "\nA range from 4 to 9 million,\tthen 3,000 of the 11,000 troops, or 40%.\n",
        "odd\tname\x1b[2K.md": "North Korea sent about 12 million shells — 中文 wide, \u202e reversed — "
                               "and 11,000 troops.\x07\n\n<!-- factcheck: ignore -->\nIgnored 30 million.\n",
        "long.txt": " ".join(["Sales rose 5% to £300m, while 1,200 homes were damaged."] * 12) + "\n",
    }
    for name, body in drafts.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    registry, index = read_indexed_registry(())
    report = check_documents([str(tmp_path)], judge_with(registry, index),
                             CheckSettings(explain=True, report_unused_suppressions=True))
    assert report.results
    for options in ({}, {"detail": "verbose", "statistics": True}, {"detail": "quiet"}, {"show_unmatched": False}):
        plain = io.StringIO()
        text.write_findings(report, plain, color=None, **options)
        through_rich = _NoTerminalSaid()
        text.write_findings(report, through_rich, color=None, **options)
        assert plain.getvalue() == "".join(through_rich.written)
    assert isinstance(consoles.make_console(io.StringIO(), False), consoles.PlainConsole)
    assert not isinstance(consoles.make_console(io.StringIO(), True), consoles.PlainConsole)


@pytest.mark.parametrize("variable", ["FORCE_COLOR", "TTY_COMPATIBLE"])
def test_what_may_make_rich_see_a_terminal_leaves_the_report_to_rich(monkeypatch, variable):
    import io

    from factcheck.reporters import console as consoles

    monkeypatch.setenv(variable, "")
    assert not isinstance(consoles.make_console(io.StringIO(), None), consoles.PlainConsole)


# --- the exit -----------------------------------------------------------------------------


def test_the_process_collects_less_often_and_leaves_its_objects_to_the_exit_and_a_caller_keeps_its_collector(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(PARAGRAPH, encoding="utf-8")
    script = (
        "import gc, sys\n"
        "from factcheck.__main__ import main\n"
        "sys.argv = ['factcheck', 'check', '--no-color', sys.argv[1]]\n"
        "before = gc.get_threshold()\n"
        "called = main(sys.argv[1:])\n"
        "kept = (gc.get_freeze_count(), gc.get_threshold() == before)\n"
        "status = main()\n"
        "print(called, *kept, status, gc.get_freeze_count() > 0, gc.get_threshold()[0], gc.isenabled())\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(draft)], capture_output=True, text=True, cwd=tmp_path,
                          check=False)
    assert done.stdout.splitlines()[-1] == "0 0 True 0 True 100000 True", done.stderr
