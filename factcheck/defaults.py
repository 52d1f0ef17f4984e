"""Defaults that the command line shows in its help and the library uses, stated once.

Kept in a module that imports nothing, so that `factcheck --help` need not load the
core to show them, nor even factcheck.config. DEFAULTS holds the configurable ones.
"""

#: How far a hedged figure ("about", "around") may stray either side, as a share of its value.
DEFAULT_TOLERANCE = 0.10

#: Lowest match score (0-100) for a figure to be matched to a claim.
DEFAULT_THRESHOLD = 60.0

#: The largest registry file read, in MB (2**20 bytes): a larger one is refused before it is read.
DEFAULT_MAX_REGISTRY_MB = 200

#: Lowest score (0-100) for two documents' figures to be paired by `factcheck compare`.
# Two texts by different writers share fewer words around a figure than a text shares
# with a registry phrase written to match it, so pairs are accepted at a lower score
# than check's. On the seed articles the share of Russia's shells from North Korea
# ("around 40 percent" / "up to 50%") scores 29.6; across 200 random pairs of BBC
# articles, 11 of 896 same-kind figure pairs (1.2%) reach 25, and the median is 1.7.
COMPARE_THRESHOLD = 25.0

#: The levels --fail-on takes, the output formats, and the drafts a folder is searched for.
FAIL_ON_CHOICES = ("conflict", "inconsistent", "mixed", "unmatched", "never")
FORMATS = ("text", "json", "sarif", "github", "plain", "html")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")

# "auto" and factcheck.markup.SYNTAXES, not imported from there: markup is slow to import for --help.
SYNTAX_CHOICES = ("auto", "markdown", "html", "plain")

# Every key a configuration file may set (factcheck.config) and its default, as on the command line.
# The options of `check` that belong to one run, not to a project, are not keys: the
# paths given, --output, --write-baseline, --changed-since, --explain, --verbose/--quiet,
# --color (a terminal's, and NO_COLOR's), --max-registry-mb (a safety limit a configuration
# from a pull request must not raise), --config and --isolated.
DEFAULTS = {
    "registries": (),
    "fail-on": "inconsistent",
    "tolerance": DEFAULT_TOLERANCE,
    "threshold": DEFAULT_THRESHOLD,
    "include": DEFAULT_INCLUDE,
    "exclude": (),
    "format": "text",
    "paths": (),  # what `factcheck check` checks when given no path at a terminal (none: the current folder)
    "show-unmatched": None,  # None: only with fail-on unmatched
    "show-all": False,
    "statistics": False,
    "syntax": "auto",
    "consistency": True,
    "tags": (),
    "baseline": None,
    "force-exclude": False,
    "report-unused-suppressions": False,
    "strict": False,
    "jobs": None,  # None: one per usable CPU
    "cache": True,
}
