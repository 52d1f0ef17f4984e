"""factcheck: check the figures quoted in a text against a registry of sourced claims.

The core is importable without the command line::

    from factcheck.figures import extract_figures
    from factcheck.registry import parse_registry
    from factcheck.check import check_text
"""

__version__ = "0.1.0"
