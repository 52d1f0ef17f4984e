"""The language server: diagnostics, hover and code actions for drafts, over pygls.

Each document is checked as `factcheck check` checks a file (factcheck.documents.check_documents,
with the configuration found from the document's folder and the same CheckSettings); the
registry is read once per configuration and read again when a registry or configuration
file changes. Nothing is written to stdout but the protocol; problems go to window/logMessage.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from factcheck import __version__
from factcheck.lsp.units import PositionIndex

#: Seconds after the last change before a document is checked.
DEBOUNCE_SECONDS = 0.2
#: The levels findings are shown at, by verdict; initializationOptions {"severity": {...}} changes them.
DEFAULT_LEVELS = {"conflict": "error", "mixed": "warning", "near": "hint", "unmatched": "off", "agree": "off"}
_SEVERITIES = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
               "information": types.DiagnosticSeverity.Information, "hint": types.DiagnosticSeverity.Hint}
_CONFIG_NAMES = (".factcheck.yaml", "pyproject.toml")
_LANGUAGES = ("markdown", "plaintext", "html")


@dataclass
class Checked:
    """The last check of one document: its text, the positions in it and its findings."""

    text: str
    index: PositionIndex
    findings: list = field(default_factory=list)


class FactcheckServer(LanguageServer):
    """The server's state: the judges read per configuration, the last check of each document."""

    def __init__(self) -> None:
        super().__init__("factcheck", __version__)
        self.levels = dict(DEFAULT_LEVELS)
        self.judges: dict = {}  # (config path, registries) -> (Judge, registry paths) or RegistryError
        self.checked: dict[str, Checked] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.broken_registries: set[str] = set()  # uris holding a diagnostic for a broken registry

    def log(self, message: str, kind=types.MessageType.Log) -> None:
        self.window_log_message(types.LogMessageParams(type=kind, message=message))


def build_server() -> FactcheckServer:
    """Return the server with every feature registered."""
    server = FactcheckServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: FactcheckServer, params: types.InitializeParams) -> None:
        options = params.initialization_options or {}
        levels = options.get("severity", {}) if isinstance(options, dict) else {}
        for verdict, level in (levels.items() if isinstance(levels, dict) else ()):
            if verdict in ls.levels and (level in _SEVERITIES or level == "off"):
                ls.levels[verdict] = level

    @server.feature(types.INITIALIZED)
    def initialized(ls: FactcheckServer, _params) -> None:
        watching = types.DidChangeWatchedFilesRegistrationOptions(watchers=[
            types.FileSystemWatcher(glob_pattern="**/*.{yaml,yml,toml}")])
        try:
            ls.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
                id="factcheck-watch", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=watching)]))
        except Exception as error:  # noqa: BLE001 - a client that cannot watch files still gets didSave
            ls.log(f"factcheck: cannot watch registry files: {error}")

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: FactcheckServer, params: types.DidOpenTextDocumentParams) -> None:
        if not _is_settings_file(ls, params.text_document.uri):  # a registry is not a draft
            _schedule(ls, params.text_document.uri, delay=0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: FactcheckServer, params: types.DidChangeTextDocumentParams) -> None:
        if not _is_settings_file(ls, params.text_document.uri):
            _schedule(ls, params.text_document.uri, delay=DEBOUNCE_SECONDS)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: FactcheckServer, params: types.DidSaveTextDocumentParams) -> None:
        if _is_settings_file(ls, params.text_document.uri):
            _recheck_all(ls)
        else:
            _schedule(ls, params.text_document.uri, delay=0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task:
            task.cancel()
        ls.checked.pop(uri, None)
        if uri not in ls.broken_registries:
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched(ls: FactcheckServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(_is_settings_file(ls, change.uri) for change in params.changes):
            _recheck_all(ls)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckServer, params: types.HoverParams) -> types.Hover | None:
        from factcheck.lsp.views import hover_markdown  # noqa: PLC0415

        found = _finding_at(ls, params.text_document.uri, params.position)
        if found is None:
            return None
        checked, finding = found
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                        value=hover_markdown(finding)),
                           range=_range(checked.index, finding.figure.start, finding.figure.end))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION)
    def code_action(ls: FactcheckServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        from factcheck.lsp.views import fixes  # noqa: PLC0415

        uri = params.text_document.uri
        checked = ls.checked.get(uri)
        if checked is None:
            return []
        start = checked.index.offset(params.range.start.line, params.range.start.character)
        end = checked.index.offset(params.range.end.line, params.range.end.character)
        actions = []
        for finding in checked.findings:
            if finding.figure.start <= end and start <= finding.figure.end:
                for title, (edit_start, edit_end, new_text) in fixes(finding, checked.text):
                    edit = types.TextEdit(range=_range(checked.index, edit_start, edit_end), new_text=new_text)
                    actions.append(types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix,
                                                    edit=types.WorkspaceEdit(changes={uri: [edit]})))
        return actions

    return server


def _schedule(ls: FactcheckServer, uri: str, *, delay: float) -> None:
    """Check a document after ``delay`` seconds, cancelling the check of an older version."""
    task = ls.pending.pop(uri, None)
    if task is not None:
        task.cancel()
    ls.pending[uri] = asyncio.ensure_future(_check_later(ls, uri, delay))


async def _check_later(ls: FactcheckServer, uri: str, delay: float) -> None:
    try:
        if delay:
            await asyncio.sleep(delay)
        _publish(ls, uri)
    except asyncio.CancelledError:
        raise
    except Exception as error:  # noqa: BLE001 - a bug in one check must not stop the server
        ls.log(f"factcheck: could not check {uri}: {type(error).__name__}: {error}", types.MessageType.Error)
    finally:
        if ls.pending.get(uri) is asyncio.current_task():
            del ls.pending[uri]


def _recheck_all(ls: FactcheckServer) -> None:
    """Forget every registry read and check every open document again."""
    ls.judges.clear()
    for uri in list(ls.workspace.text_documents):
        if not _is_settings_file(ls, uri):
            _schedule(ls, uri, delay=0)


def _is_settings_file(ls: FactcheckServer, uri: str) -> bool:
    """Whether ``uri`` is a configuration file or a registry file in use."""
    path = to_fs_path(uri) or ""
    if os.path.basename(path) in _CONFIG_NAMES or os.path.basename(path) == "claims.yaml":
        return True
    real = os.path.realpath(path)
    for judged in ls.judges.values():
        if isinstance(judged, tuple) and real in judged[1]:
            return True
    return uri in ls.broken_registries


def _publish(ls: FactcheckServer, uri: str) -> None:
    """Check the document at ``uri`` and publish its diagnostics."""
    from factcheck.lsp.checking import check_text  # noqa: PLC0415

    document = ls.workspace.get_text_document(uri)
    path = to_fs_path(uri) or uri
    encoding = str(ls.workspace.position_encoding or "utf-16")
    text = document.source
    outcome = check_text(path, text, ls.judges)
    for broken_uri in ls.broken_registries - {from_fs_path(p) for p, _l, _m in outcome.registry_problems}:
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=broken_uri, diagnostics=[]))
    ls.broken_registries.clear()
    if outcome.registry_problems:
        _publish_registry_problems(ls, outcome.registry_problems)
    index = PositionIndex(text, encoding)
    checked = Checked(text, index, outcome.findings)
    ls.checked[uri] = checked
    diagnostics = []
    if outcome.error is not None:
        line, message = outcome.error
        diagnostics.append(types.Diagnostic(range=types.Range(types.Position(line, 0), types.Position(line, 0)),
                                            message=message, source="factcheck",
                                            severity=types.DiagnosticSeverity.Error))
        ls.log(f"factcheck: {message}", types.MessageType.Warning)
    for finding in outcome.findings:
        diagnostic = _diagnostic(ls, index, finding)
        if diagnostic is not None:
            diagnostics.append(diagnostic)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
        uri=uri, diagnostics=diagnostics, version=document.version))


def _publish_registry_problems(ls: FactcheckServer, problems) -> None:
    by_file: dict[str, list] = {}
    for path, line, message in problems:
        by_file.setdefault(path, []).append(types.Diagnostic(
            range=types.Range(types.Position(max(line - 1, 0), 0), types.Position(max(line - 1, 0), 1000)),
            message=message, severity=types.DiagnosticSeverity.Error, source="factcheck"))
    for path, diagnostics in by_file.items():
        uri = from_fs_path(path)
        ls.broken_registries.add(uri)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))


def _level_of(ls: FactcheckServer, finding) -> str:
    verdict = str(finding.verdict.value if hasattr(finding.verdict, "value") else finding.verdict)
    if verdict == "unmatched" and finding.near is not None:
        return ls.levels["near"]
    return ls.levels.get(verdict, "off")


def _diagnostic(ls: FactcheckServer, index: PositionIndex, finding) -> types.Diagnostic | None:
    from factcheck.lsp.views import message  # noqa: PLC0415

    level = _level_of(ls, finding)
    if level == "off":
        return None
    claim = finding.claim or (finding.near.claim if finding.near is not None else None)
    related = None
    if claim is not None:
        line = max(claim.line - 1, 0)
        related = [types.DiagnosticRelatedInformation(
            location=types.Location(uri=from_fs_path(claim.path),
                                    range=types.Range(types.Position(line, 0), types.Position(line, 0))),
            message=f"claim {claim.id}: {claim.about}")]
    return types.Diagnostic(range=_range(index, finding.figure.start, finding.figure.end),
                            message=message(finding), severity=_SEVERITIES[level], source="factcheck",
                            code=claim.id if claim is not None else None, related_information=related)


def _range(index: PositionIndex, start: int, end: int) -> types.Range:
    return types.Range(types.Position(*index.position(start)), types.Position(*index.position(end)))


def _finding_at(ls: FactcheckServer, uri: str, position: types.Position):
    checked = ls.checked.get(uri)
    if checked is None:
        return None
    offset = checked.index.offset(position.line, position.character)
    for finding in checked.findings:
        if finding.figure.start <= offset <= finding.figure.end and (
                finding.claim is not None or finding.near is not None):
            return checked, finding
    return None


def workspace_root(path: str) -> Path:
    """Return the folder a document's configuration is looked for from."""
    return Path(path).parent
