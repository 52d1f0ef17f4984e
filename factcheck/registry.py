"""The claims registry: sourced figures, one entry per measured quantity (docs/spec.md §1).

The registry is read from YAML's node tree rather than from plain Python values so
that every problem can name its line, and all problems are reported at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from factcheck.dates import date_span
from factcheck.figures import Figure, parse_figure
from factcheck.figures.numbers import MAX_MAGNITUDE
from factcheck.regexes import compiled
from factcheck.yamlstream import compose_streaming

SUPPORTED_VERSION = 1
# The most of a bad value an error message quotes.
EXCERPT_CHARS = 40

# docs/spec.md §1 allows any run of a-z, 0-9 and hyphens; `registry lint` warns about ids
# that are not tidy slugs ("dprk--shells", "-shells").
_ID = compiled(r"[a-z0-9-]+")  # claim ids and tags
_REGISTRY_KEYS = {"version", "claims", "synonyms"}
_CLAIM_KEYS = {"id", "about", "aliases", "sources", "tags", "counts", "event", "excludes", "lint"}
_LINT_KEYS = {"ignore"}  # a claim's `lint:` (read by factcheck.lint): the warnings it silences
_SOURCE_KEYS = {"name", "value", "date", "url", "quote", "note"}
_CORE_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")}


@dataclass(frozen=True, slots=True)
class Source:
    """One source's figure for a claim, as the registry states it."""

    name: str
    value: str  # the figure as written in the registry: "about 12 million"
    figure: Figure
    date: str | None
    url: str | None
    quote: str | None
    note: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Claim:
    """A measured quantity and every source's figure for it."""

    id: str
    about: str
    aliases: tuple[str, ...]
    sources: tuple[Source, ...]
    path: str
    line: int
    tags: tuple[str, ...] = ()  # topics to restrict a check to: "russia-dprk", "casualties"
    # What the words of about and aliases cannot settle (see factcheck.frames): the noun
    # the claim counts, what happened to it, and words that rule a figure out.
    counts: tuple[str, ...] = ()
    event: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    # The synonym groups of the claim's registry file (its top-level `synonyms:`).
    synonyms: tuple[tuple[str, ...], ...] = ()

    @property
    def measure(self) -> tuple[str, str | None, str | None, str | None]:
        """Return the kind of quantity all sources of this claim measure."""
        return self.sources[0].figure.measure


@dataclass(frozen=True, slots=True)
class RegistryFile:
    """A registry file that was read, and the SHA-256 of its bytes, so a verdict can be reproduced."""

    path: str
    sha256: str
    bundled: bool = False  # the registry shipped inside the package


@dataclass(frozen=True, slots=True)
class Registry:
    """The claims of one or more registry files, merged."""

    claims: tuple[Claim, ...]
    paths: tuple[str, ...]
    files: tuple[RegistryFile, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a registry, at a line of a file."""

    path: str
    line: int
    message: str
    severity: str = "error"  # error: the registry is refused; warning: only `registry lint` reports it
    rule: str | None = None  # a warning's name, a stable slug a claim's `lint: {ignore: [...]}` can name

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class RegistryError(Exception):
    """A registry that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = tuple(problems)


def parse_registry(text: str, path: str) -> list[Claim]:
    """Return the claims of one registry file's text; raise RegistryError listing every problem."""
    claims, problems = load_claims(text, path)
    if problems:
        raise RegistryError(problems)
    return claims


def load_claims(text: str, path: str) -> tuple[list[Claim], list[Problem]]:
    """Return the claims of one registry file's text that are valid, and every problem found."""
    import yaml  # noqa: PLC0415  (imported here: start-up time matters for `factcheck extract`)

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    # Each claim is read as soon as its nodes are composed, and its nodes dropped: the
    # node tree of a whole registry takes over 20 times the file's size.
    claim_reader = _Reader(path)
    claims: list[Claim | None] = []
    try:
        _refuse_anchors_and_tags(text, path, loader)
        root = compose_streaming(text, loader, "claims", lambda node: claims.append(claim_reader.claim(node)))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else 1
        return [], [Problem(path, line, f"not valid YAML: {yaml_reason(error)}")]
    except RecursionError:  # "[[[[[[…": no registry nests deeper than a few levels
        return [], [Problem(path, 1, "nested too deeply to be a registry")]
    reader = _Reader(path)
    valid = reader.registry(root, [claim for claim in claims if claim is not None], claim_reader.problems)
    return valid, reader.problems


def quoted(value: str) -> str:
    """Return ``value`` quoted for an error message, cut to its first EXCERPT_CHARS characters.

    A registry path may name a file that is not a registry (a secret, by mistake or on
    purpose), and messages go to public CI logs: they quote an excerpt, never a line.

    >>> quoted("lots")
    "'lots'"
    >>> quoted("x" * 50)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'... (50 characters)"
    """
    if value is None or len(value) <= EXCERPT_CHARS:
        return repr(value)  # a claim whose id is missing or not a string is named None
    return f"{value[:EXCERPT_CHARS]!r}... ({len(value)} characters)"


def yaml_reason(error) -> str:
    """Return why PyYAML refused a text, without the excerpt of the offending line its message carries."""
    reason = getattr(error, "problem", None) or str(error).split("\n", 1)[0]
    return reason if len(reason) <= 2 * EXCERPT_CHARS else reason[:2 * EXCERPT_CHARS] + "..."


def tagged(claims: tuple[Claim, ...], tags: set[str]) -> tuple[Claim, ...]:
    """Return the claims that carry at least one of ``tags``."""
    return tuple(claim for claim in claims if tags.intersection(claim.tags))


def _refuse_anchors_and_tags(text: str, path: str, loader) -> None:
    """Raise RegistryError for YAML anchors, aliases and tags beyond YAML's core types."""
    problems = [Problem(path, line, message) for line, message in yaml_reference_problems(text, loader, "a registry")]
    if problems:
        raise RegistryError(problems)


def yaml_reference_problems(text: str, loader, where: str) -> list[tuple[int, str]]:
    """Return the line and a message for each YAML anchor, alias and tag beyond YAML's core types.

    Neither a registry nor a configuration has need of them; aliases nest into a
    memory bomb ("billion laughs") and tags ask for objects to be built. Checked on
    parser events, before any node tree is built. ``where`` ends each message:

    >>> import yaml
    >>> yaml_reference_problems("a: &x 1\\nb: *x\\n", yaml.SafeLoader, "a configuration")
    [(1, "YAML anchor '&x' is not allowed in a configuration"), (2, "YAML alias '*x' is not allowed in a configuration")]
    """
    if not any(mark in text for mark in "&*!"):
        return []  # none can occur: skip the extra pass
    import yaml  # noqa: PLC0415

    problems = []
    for event in yaml.parse(text, Loader=loader):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent):
            problems.append((line, f"YAML alias {quoted('*' + event.anchor)} is not allowed in {where}"))
        elif getattr(event, "anchor", None):
            problems.append((line, f"YAML anchor {quoted('&' + event.anchor)} is not allowed in {where}"))
        tag = getattr(event, "tag", None)
        if tag and tag not in _CORE_TAGS:
            problems.append((line, f"YAML tag {quoted(tag)} is not allowed in {where}"))
    return problems


def merge_registries(parts: list[tuple[str, list[Claim]]]) -> Registry:
    """Merge the claims of several files; raise RegistryError on an id used twice."""
    seen: dict[str, Claim] = {}
    problems = []
    for _, claims in parts:
        for claim in claims:
            if claim.id in seen:
                first = seen[claim.id]
                problems.append(Problem(claim.path, claim.line,
                                        f"claim id {quoted(claim.id)} is already defined at {first.path}:{first.line}"))
            else:
                seen[claim.id] = claim
    if problems:
        raise RegistryError(problems)
    return Registry(tuple(seen.values()), tuple(path for path, _ in parts))


class _Reader:
    """Walk a registry's YAML nodes, collecting claims and problems."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        # One string object for each value many sources repeat (names, dates, notes, tags):
        # YAML gives a new string for every occurrence, and a million claims hold them all.
        self._shared: dict[str, str] = {}

    def problem(self, node, message: str) -> None:
        self.problems.append(Problem(self.path, node.start_mark.line + 1, message))

    def registry(self, root, claims: list[Claim], claim_problems: list[Problem]) -> list[Claim]:
        """Return the claims of a registry whose list of claims was read as it was composed (see load_claims)."""
        if root is None:
            self.problems.append(Problem(self.path, 1, "the registry is empty: expected 'version' and 'claims'"))
            return []
        fields = self.mapping(root, "the registry", _REGISTRY_KEYS, required={"version", "claims"})
        if fields is None:
            return []
        version = fields.get("version")
        if version is not None and (version.tag.endswith(":int") is False or version.value != str(SUPPORTED_VERSION)):
            self.problem(version, f"unsupported registry version {quoted(version.value)}: expected {SUPPORTED_VERSION}")
        claims_node = fields.get("claims")
        if claims_node is None:
            return []
        if not self.is_sequence(claims_node):
            self.problem(claims_node, "'claims' must be a list of claims")
            return []
        self.problems.extend(claim_problems)
        self.check_unique_ids(claims)
        synonyms = self.synonym_groups(fields.get("synonyms"))
        return [replace(claim, synonyms=synonyms) for claim in claims] if synonyms else claims

    def synonym_groups(self, node) -> tuple[tuple[str, ...], ...]:
        """Return the registry's synonym groups: a list of lists of two or more words."""
        if node is None:
            return ()
        if not self.is_sequence(node):
            self.problem(node, "'synonyms' must be a list of groups, each a list of words: [[wounded, injured]]")
            return ()
        groups = []
        for group in node.value:
            words = self.strings({"a synonym group": group}, "a synonym group")
            if self.is_sequence(group) and len(words) < 2:
                self.problem(group, "a synonym group needs at least two words")
            elif len(words) >= 2:
                groups.append(tuple(words))
        return tuple(groups)

    def words(self, fields, key: str) -> list[str]:
        """Return a key that takes one word or phrase, or a list of them."""
        node = fields.get(key)
        if node is not None and not self.is_sequence(node):
            value = self.string(fields, key)
            return [value] if value is not None else []
        return self.strings(fields, key)

    def claim(self, node) -> Claim | None:
        fields = self.mapping(node, "a claim", _CLAIM_KEYS, required={"id", "about", "sources"})
        if fields is None:
            return None
        claim_id = self.string(fields, "id")
        if claim_id is not None and not _ID.fullmatch(claim_id):
            self.problem(fields["id"], f"claim id {quoted(claim_id)} must be made of a-z, 0-9 and hyphens only")
        about = self.string(fields, "about")
        aliases = self.strings(fields, "aliases")
        tags = [self.shared(tag) for tag in self.strings(fields, "tags")]
        for tag in tags:
            if not _ID.fullmatch(tag):
                self.problem(fields["tags"], f"tag {quoted(tag)} must be made of a-z, 0-9 and hyphens only")
        sources_node = fields.get("sources")
        line = node.start_mark.line + 1
        sources: list[Source] = []
        if sources_node is not None:
            if not self.is_sequence(sources_node) or not sources_node.value:
                self.problem(sources_node, f"claim {quoted(claim_id)}: 'sources' must be a non-empty list")
            else:
                sources = [s for s in (self.source(n, line) for n in sources_node.value) if s is not None]
        if claim_id is None or about is None or not sources or len(sources) != len(sources_node.value):
            return None
        self.check_one_measure(claim_id, sources)
        counts, event, excludes = (tuple(self.words(fields, key)) for key in ("counts", "event", "excludes"))
        if "lint" in fields:
            lint = self.mapping(fields["lint"], "a claim's lint", _LINT_KEYS, required=set())
            for rule in self.strings(lint, "ignore") if lint is not None else ():
                if not _ID.fullmatch(rule):
                    self.problem(lint["ignore"], f"lint rule {quoted(rule)} must be made of a-z, 0-9 and hyphens only")
        return Claim(claim_id, about, tuple(aliases), tuple(sources), self.path, line, tuple(tags),
                     counts, event, excludes)

    def source(self, node, claim_line: int) -> Source | None:
        fields = self.mapping(node, "a source", _SOURCE_KEYS, required={"name", "value"})
        if fields is None:
            return None
        name = self.string(fields, "name")
        value = self.string(fields, "value")
        figure = None
        if value is not None:
            figure = parse_figure(value)
            if figure is None:
                self.problem(fields["value"], f"value {quoted(value)} is not a figure (e.g. 'about 12 million', 'up to 50%')")
            elif any(bound is not None and abs(bound) > MAX_MAGNITUDE for bound in (figure.low, figure.high)):
                self.problem(fields["value"], f"value {quoted(value)} is too large to be a figure (over 10^18)")
                figure = None
        when = self.string(fields, "date")
        if when is not None and date_span(when) is None:
            self.problem(fields["date"], f"date {quoted(when)} is not a real date written YYYY, YYYY-MM or YYYY-MM-DD")
        url, quote, note = (self.string(fields, key) for key in ("url", "quote", "note"))
        if name is None or figure is None:
            return None
        line = node.start_mark.line + 1
        # A claim written on one line: one int object for both lines (a million claims held two).
        return Source(self.shared(name), value, _compact(figure), self.shared(when), url, quote, self.shared(note),
                      claim_line if line == claim_line else line)

    def shared(self, value: str | None) -> str | None:
        """Return the one string object this reader keeps for ``value``."""
        return value if value is None else self._shared.setdefault(value, value)

    def mapping(self, node, what: str, allowed: set[str], *, required: set[str]):
        """Return a mapping node's fields by key, reporting unknown, repeated and missing keys."""
        if not hasattr(node, "tag") or not node.tag.endswith(":map"):
            self.problem(node, f"{what} must be a mapping of keys to values")
            return None
        fields = {}
        for key_node, value_node in node.value:
            if not key_node.tag.endswith((":str", ":int", ":float", ":bool", ":null")):
                self.problem(key_node, f"a key in {what} must be a plain word, not a {_node_kind(key_node)}")
                continue
            key = key_node.value
            if key in fields:
                self.problem(key_node, f"key {quoted(key)} appears twice in {what} (first at line {fields[key][0]})")
            elif key not in allowed:
                self.problem(key_node, f"unknown key {quoted(key)} in {what} (expected: {', '.join(sorted(allowed))})")
            fields.setdefault(key, (key_node.start_mark.line + 1, value_node))
        for key in sorted(required - fields.keys()):
            self.problem(node, f"{what} is missing {key!r}")
        return {key: value for key, (_, value) in fields.items()}

    def string(self, fields, key: str) -> str | None:
        node = fields.get(key)
        if node is None:
            return None
        if not node.tag.endswith((":str", ":int", ":float", ":timestamp")):
            self.problem(node, f"{key!r} must be a single value, not a {_node_kind(node)}")
            return None
        if not node.value.strip():
            self.problem(node, f"{key!r} is empty")
            return None
        return node.value

    def strings(self, fields, key: str) -> list[str]:
        node = fields.get(key)
        if node is None:
            return []
        if not self.is_sequence(node):
            self.problem(node, f"{key!r} must be a list of strings")
            return []
        values = []
        for item in node.value:
            if not item.tag.endswith(":str") or not item.value.strip():
                self.problem(item, f"each of {key!r} must be a non-empty string")
            else:
                values.append(item.value)
        return values

    @staticmethod
    def is_sequence(node) -> bool:
        return node.tag.endswith(":seq")

    def check_unique_ids(self, claims: list[Claim]) -> None:
        first_line: dict[str, int] = {}
        for claim in claims:
            if claim.id in first_line:
                self.problems.append(Problem(self.path, claim.line,
                                             f"claim id {quoted(claim.id)} is already used at line {first_line[claim.id]}"))
            first_line.setdefault(claim.id, claim.line)

    def check_one_measure(self, claim_id: str, sources: list[Source]) -> None:
        first = sources[0]
        for other in sources[1:]:
            if other.figure.measure != first.figure.measure:
                self.problems.append(Problem(
                    self.path, other.line,
                    f"claim {quoted(claim_id)} mixes kinds: {quoted(other.value)} is {_describe_measure(other.figure)} "
                    f"but {quoted(first.value)} (line {first.line}) is {_describe_measure(first.figure)}",
                ))


def _compact(figure: Figure) -> Figure:
    """Return the figure with one number object for bounds (and precisions) that are the same
    number: a million claims' exact figures each held two."""
    same_bounds = _same_number(figure.low, figure.high)
    same_precision = _same_number(figure.low_precision, figure.high_precision)
    if not (same_bounds or same_precision):
        return figure
    return replace(figure, high=figure.low if same_bounds else figure.high,
                   high_precision=figure.low_precision if same_precision else figure.high_precision)


def _same_number(first, second) -> bool:
    """Return whether two distinct objects are the same number, written the same (not 0.0 and -0.0)."""
    return (first is not second and type(first) is type(second) and first == second
            and (type(first) is int or repr(first) == repr(second)))


def _node_kind(node) -> str:
    return {"seq": "list", "map": "mapping"}.get(node.tag.rsplit(":", 1)[-1], "value")


def _describe_measure(figure: Figure) -> str:
    kind, currency, per, unit = figure.measure
    words = [currency or kind]
    if unit:
        words.append(f"in {unit}s")
    if per:
        words.append(f"per {per}")
    return " ".join(words)
