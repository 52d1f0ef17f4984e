"""`factcheck lsp`: a Language Server Protocol server over stdio (needs the `lsp` extra: pygls).

Only factcheck.lsp.server imports pygls; factcheck.lsp.units is pure and has no dependency.
"""

from __future__ import annotations


def serve() -> None:
    """Serve the protocol on standard input and output until the client says exit."""
    import sys  # noqa: PLC0415

    from factcheck.lsp.server import build_server  # noqa: PLC0415  (pygls is optional)

    # stdout carries the protocol alone: a stray print anywhere goes to stderr instead.
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    build_server().start_io(stdin, stdout)
