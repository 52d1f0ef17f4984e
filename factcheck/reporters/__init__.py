"""The reporters: one module per output format, a layer on top of the core.

Every format's module has the writers of what it can show (write_findings,
write_figures, write_sources, write_comparisons, write_problems), each taking the
same arguments in every format; an option a format has no use for (colour in JSON)
is taken and left unused, so a command picks its writer by format alone. A few
options only one format has a use for (text's ``detail``, plain's ``fail_on``) come
after those, keyword-only with a default, and are given to that format alone.
"""

from __future__ import annotations

from importlib import import_module
from typing import Callable

#: Each output format and the module that writes it.
WRITERS = {
    "text": "factcheck.reporters.text",
    "json": "factcheck.reporters.json",
    "sarif": "factcheck.reporters.sarif",
    "github": "factcheck.reporters.github",
    "plain": "factcheck.reporters.plain",
    "html": "factcheck.reporters.html",
}
#: The formats that write a document's findings as they are made, so a large one is never held whole.
STREAMING = frozenset({"text", "json"})
#: The formats that show why each verdict was reached, so a check for them always explains (as --explain).
EXPLAINED = frozenset({"html"})
#: The formats whose module has render_document(document, findings) -> str: a worker process
#: (`--jobs`) then sends back the text of a document's findings rather than the findings.
PER_DOCUMENT = frozenset({"json"})


def writer(output_format: str, what: str) -> Callable:
    """Return the function writing ``what`` ("findings", "figures", ...) in ``output_format``.

    Its module is imported only now: rich, for one, is slow to import.

    >>> writer("plain", "findings").__module__
    'factcheck.reporters.plain'
    """
    return getattr(import_module(WRITERS[output_format]), f"write_{what}")
