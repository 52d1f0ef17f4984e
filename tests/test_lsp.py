"""`factcheck lsp` driven as an editor drives it: a subprocess spoken to in JSON-RPC by pygls's client."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
from lsprotocol import types  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402
from pygls.uris import from_fs_path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
REGISTRY = """\
version: 1
claims:
  - id: bridge-cost
    about: cost of the new Harbour Bridge
    sources:
      - {name: City Treasury, value: $420 million, date: 2024-03, url: "https://example.org/t", note: final audit}
      - {name: Port Authority, value: about $430 million, date: 2024-04}
"""
# A figure after an emoji (two UTF-16 units) and a CJK character (one): the range must still be exact.
DRAFT = "\U0001F600\u4e2d The Harbour Bridge cost $600 million.\n"


class Session:
    """A running server, the diagnostics it published by uri, and helpers to wait for them."""

    def __init__(self, folder: Path, options=None, encodings=None) -> None:
        self.folder = folder
        self.options = options
        self.encodings = encodings
        self.client = LanguageClient("test", "1")
        self.diagnostics: dict[str, list] = {}
        self.published = asyncio.Event()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.diagnostics[params.uri] = params.diagnostics
            self.published.set()

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def on_log(params) -> None:
            pass

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def on_register(params) -> None:
            return None

    async def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO), "FACTCHECK_NO_CACHE": "1"}
        await self.client.start_io(sys.executable, "-m", "factcheck", "lsp", cwd=str(self.folder), env=env)
        await self.client.initialize_async(types.InitializeParams(
            capabilities=types.ClientCapabilities(general=types.GeneralClientCapabilities(
                position_encodings=self.encodings)), root_uri=from_fs_path(str(self.folder)),
            initialization_options=self.options))
        self.client.initialized(types.InitializedParams())

    async def next_diagnostics(self, uri: str, timeout: float = 20) -> list:
        self.published.clear()
        await asyncio.wait_for(self._wait(uri), timeout)
        return list(self.diagnostics[uri])

    async def _wait(self, uri: str) -> None:
        while True:
            await self.published.wait()
            self.published.clear()
            if uri in self.diagnostics:
                return

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


def run(folder: Path, scenario, options=None, encodings=None):
    async def main():
        session = Session(folder, options, encodings)
        await session.start()
        try:
            return await scenario(session)
        finally:
            await session.stop()
    return asyncio.run(main())


@pytest.fixture
def project(tmp_path):
    (tmp_path / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    return tmp_path, draft


def open_document(session: Session, path: Path, text: str, language: str = "markdown") -> str:
    uri = from_fs_path(str(path))
    session.client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
    return uri


def test_diagnostics_equal_the_cli_findings_with_utf16_ranges(project):
    folder, draft = project

    async def scenario(session):
        uri = open_document(session, draft, DRAFT)
        return await session.next_diagnostics(uri)

    diagnostics = run(folder, scenario)
    cli = subprocess.run([sys.executable, "-m", "factcheck", "check", "--format", "json", draft.name], cwd=folder,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    findings = json.loads(cli.stdout)["findings"]
    assert [(d.code, d.message.split('"')[1]) for d in diagnostics] == [(f["claim_id"], f["text"]) for f in findings]
    [diagnostic] = diagnostics
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    # "$600 million" starts after the emoji (2 units), the CJK character (1) and " The Harbour Bridge cost ".
    start = 3 + len(" The Harbour Bridge cost ")
    assert (diagnostic.range.start.line, diagnostic.range.start.character) == (0, start)
    assert diagnostic.range.end.character == start + len("$600 million")
    assert "City Treasury" in diagnostic.message and "Port Authority" in diagnostic.message
    [related] = diagnostic.related_information
    assert related.location.uri == from_fs_path(str(folder / "claims.yaml"))
    assert related.location.range.start.line == REGISTRY.splitlines().index("  - id: bridge-cost")


def test_change_hover_code_actions_and_a_registry_edit(project):
    folder, draft = project
    registry = folder / "claims.yaml"

    async def scenario(session):
        uri = open_document(session, draft, "Nothing here.\n")
        assert await session.next_diagnostics(uri) == []
        for version, text in enumerate(["The Harbour", "The Harbour Bridge cost $6", DRAFT], start=2):
            session.client.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
        [diagnostic] = await session.next_diagnostics(uri)
        hover = await session.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=diagnostic.range.start))
        actions = await session.client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic])))
        # The registry now agrees with the draft: the conflict goes at once.
        registry.write_text(REGISTRY.replace("$420 million", "$600 million").replace("about $430", "about $590"),
                            encoding="utf-8")
        session.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=from_fs_path(str(registry)), type=types.FileChangeType.Changed)]))
        after = await session.next_diagnostics(uri)
        # A broken registry: one diagnostic on its file, with its line, and the server lives on.
        registry.write_text("version: 1\nclaims:\n  - id: [\n", encoding="utf-8")
        session.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=from_fs_path(str(registry)), type=types.FileChangeType.Changed)]))
        broken = await session.next_diagnostics(from_fs_path(str(registry)))
        return diagnostic, hover, actions, after, broken

    diagnostic, hover, actions, after, broken = run(folder, scenario)
    assert diagnostic.code == "bridge-cost"
    text = hover.contents.value
    for expected in ("bridge-cost", "City Treasury", "$420 million", "2024-03", "final audit",
                     "https://example.org/t", "Port Authority", "they do not overlap: conflict"):
        assert expected in text
    titles = [action.title for action in actions]
    assert titles[:2] == ["Use the City Treasury's $420 million", "Use the Port Authority's about $430 million"]
    assert "Ignore bridge-cost here (factcheck: ignore bridge-cost)" in titles
    [edit] = actions[0].edit.changes[from_fs_path(str(folder / "draft.md"))]
    assert (edit.new_text, edit.range) == ("$420 million", diagnostic.range)
    assert after == []
    assert len(broken) == 1 and broken[0].severity == types.DiagnosticSeverity.Error


def test_suppression_and_configured_levels(project):
    folder, draft = project
    suppressed = DRAFT.rstrip("\n") + " <!-- factcheck: ignore bridge-cost -->\n"

    async def scenario(session):
        first = await session.next_diagnostics(open_document(session, draft, suppressed))
        other = folder / "other.md"
        second = await session.next_diagnostics(open_document(session, other, DRAFT))
        return first, second

    first, second = run(folder, scenario, options={"severity": {"conflict": "warning"}})
    assert first == []
    assert [d.severity for d in second] == [types.DiagnosticSeverity.Warning]


def test_utf8_positions_when_the_client_offers_only_utf8(project):
    folder, draft = project

    async def scenario(session):
        return await session.next_diagnostics(open_document(session, draft, DRAFT))

    [diagnostic] = run(folder, scenario, encodings=[types.PositionEncodingKind.Utf8])
    start = 4 + 3 + len(" The Harbour Bridge cost ")  # the emoji is 4 bytes, the CJK character 3
    assert (diagnostic.range.start.character, diagnostic.range.end.character) == (start, start + 12)


def test_bad_requests_and_a_huge_paste_leave_the_server_answering(project):
    folder, draft = project
    registry = folder / "claims.yaml"

    async def scenario(session):
        unopened = from_fs_path(str(folder / "never-opened.md"))
        far = types.Position(line=10**6, character=10**6)
        nothing = await session.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=unopened), position=far))
        uri = open_document(session, draft, "A half-typed line: the bridge cost $")
        assert await session.next_diagnostics(uri) == []
        huge = ("Filler words about the weather and the sea. " * 2000 + "\n\n") * 5 + DRAFT
        session.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=huge)]))
        [flagged] = await session.next_diagnostics(uri)
        beyond = await session.client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=types.Range(far, far),
            context=types.CodeActionContext(diagnostics=[])))
        # The registry opened and saved in the editor: its edit re-checks the draft.
        registry.write_text(REGISTRY.replace("$420 million", "$600 million").replace("about $430", "about $590"),
                            encoding="utf-8")
        registry_uri = open_document(session, registry, registry.read_text(encoding="utf-8"), "yaml")
        session.client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=registry_uri)))
        after = await session.next_diagnostics(uri)
        return nothing, flagged, beyond, after, registry_uri in session.diagnostics

    nothing, flagged, beyond, after, registry_checked = run(folder, scenario)
    assert nothing is None and list(beyond) == []
    assert flagged.code == "bridge-cost" and flagged.range.start.line == 10
    assert after == [] and not registry_checked


def test_version_does_not_import_pygls():
    code = "import sys; from factcheck.cli import main; main(['--version']); print('pygls' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert out.stdout.splitlines()[-1] == "False"


def test_a_near_miss_is_a_hint(tmp_path):
    # "20 hours a day" of "the plant" comes within 20 of the threshold of the steel plant's
    # "24 hours a day" without matching it: a hint, not a problem.
    (tmp_path / "claims.yaml").write_text(
        "version: 1\nclaims:\n  - id: plant-hours\n    about: hours a day the steel plant runs\n"
        "    sources: [{name: Ministry, value: 24 hours a day}]\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    text = "The plant works 20 hours a day.\n"
    draft.write_text(text, encoding="utf-8")

    async def scenario(session):
        return await session.next_diagnostics(open_document(session, draft, text))

    [diagnostic] = run(tmp_path, scenario)
    assert diagnostic.severity == types.DiagnosticSeverity.Hint
    assert diagnostic.code == "plant-hours"
    assert (diagnostic.range.start.character, diagnostic.range.end.character) == (16, 16 + len("20 hours a day"))


def test_the_configuration_s_consistency_and_tags_apply_in_the_editor_too(tmp_path):
    from factcheck.lsp.checking import check_text

    (tmp_path / ".git").mkdir()  # the top of the configuration search
    (tmp_path / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    draft = tmp_path / "draft.md"
    text = "He sent 3,000 of the 11,000 troops, or 40%.\n"
    assert [f.verdict.value for f in check_text(str(draft), text, {}).findings].count("inconsistent") == 1
    (tmp_path / ".factcheck.yaml").write_text("consistency: false\n", encoding="utf-8")
    assert "inconsistent" not in [f.verdict.value for f in check_text(str(draft), text, {}).findings]
    (tmp_path / ".factcheck.yaml").write_text("tags: [no-such-tag]\n", encoding="utf-8")
    outcome = check_text(str(draft), text, {})
    assert outcome.error[1] == "the registry has 1 problem(s); nothing was checked"
    assert "no-such-tag" in outcome.registry_problems[0][2]
