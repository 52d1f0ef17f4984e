"""How long `factcheck lsp` takes to publish diagnostics for a 5,000-word draft after the debounce.

Starts `python -m factcheck lsp` as an editor would, opens a Markdown draft of about 5,000 words
(the seed articles of ../shared/seeds, repeated, checked against the repo's claims.yaml), then
sends a change and times until its diagnostics arrive, less the server's debounce. The first
check (reading the registry) is reported apart. Needs the lsp extra.

    python bench/lsp.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
WORDS = 5000


def draft_text() -> str:
    """Return a draft of about WORDS words made of the seed articles, in paragraphs."""
    articles = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    if not articles:
        sys.exit(f"bench/lsp.py: no seed articles in {SEEDS}")
    text, words = [], 0
    while words < WORDS:
        for article in articles:
            text.append(article)
            words += len(article.split())
    return "\n\n".join(text)


async def measure(rounds: int) -> None:
    from factcheck.lsp.server import DEBOUNCE_SECONDS  # noqa: PLC0415

    folder = Path(tempfile.mkdtemp(prefix="factcheck-bench-lsp-"))
    (folder / "claims.yaml").write_bytes((REPO / "claims.yaml").read_bytes())
    draft = folder / "draft.md"
    text = draft_text()
    client = LanguageClient("bench", "1")
    arrived: asyncio.Queue = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params):
        arrived.put_nowait((time.perf_counter(), params))

    @client.feature(types.WINDOW_LOG_MESSAGE)
    def on_log(params):
        pass

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def on_register(params):
        return None

    env = {**os.environ, "PYTHONPATH": str(REPO), "FACTCHECK_NO_CACHE": "1"}
    await client.start_io(sys.executable, "-m", "factcheck", "lsp", cwd=str(folder), env=env)
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    uri = from_fs_path(str(draft))
    sent = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    done, params = await arrived.get()
    print(f"draft: {len(text.split())} words, {len(params.diagnostics)} diagnostics")
    print(f"first check (registry read, no cache): {1000 * (done - sent):.0f} ms")
    times = []
    for version in range(2, rounds + 2):
        text += f"\n\nEdit {version}: the Harbour Bridge cost $6{version}0 million."
        sent = time.perf_counter()
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
        done, _ = await arrived.get()
        times.append(1000 * (done - sent - DEBOUNCE_SECONDS))
    print(f"after the {DEBOUNCE_SECONDS * 1000:.0f} ms debounce, {rounds} changes: "
          f"median {statistics.median(times):.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms")
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    asyncio.run(measure(parser.parse_args().rounds))


if __name__ == "__main__":
    main()
