"""`factcheck lsp`: a Language Server Protocol server over stdio (needs the `lsp` extra: pygls).

Only factcheck.lsp.server imports pygls; factcheck.lsp.units is pure and has no dependency.
"""

from __future__ import annotations


def serve() -> None:
    """Serve the protocol on standard input and output until the client says exit."""
    from factcheck.lsp.server import build_server  # noqa: PLC0415  (pygls is optional)

    build_server().start_io()
