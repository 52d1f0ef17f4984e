"""Registry entries as YAML (docs/spec.md §1), ready to review and paste: `factcheck harvest`."""

from __future__ import annotations

from typing import TextIO

from factcheck.harvest import Harvest, SourceInfo
from factcheck.registry import RegistryFile, Source
from factcheck.reporters.messages import one_line
from factcheck.reporters.text import describe_registry_files

_INDENT = "  "


def write_harvest(harvest: Harvest, path: str, info: SourceInfo, files: tuple[RegistryFile, ...],
                  stream: TextIO) -> None:
    """Write the drafted entries as one registry document, with comments saying what to review."""
    figures = harvest.figures
    stream.write(f"# factcheck harvest of {one_line(path)}: {figures} figure{'s' if figures != 1 else ''} "
                 f"stated by {info.name!r}, {info.date}.\n")
    entries = sum(len(claim.sources) for claim in harvest.new_claims) + len(harvest.new_sources) + len(
        harvest.already_recorded)
    if entries < figures:
        repeats = figures - entries
        stream.write(f"# {repeats} of them state{'s' if repeats == 1 else ''} again a quantity stated before: "
                     "one entry each, with the first sentence as its quote.\n")
    stream.write("# Drafts: review each entry, and rewrite each about the way articles name the quantity.\n")
    if files:
        stream.write(f"# Matched against {one_line(describe_registry_files(files))}: "
                     "entries with an existing id are new sources\n# to add under that claim's sources there.\n")
    for entry in harvest.already_recorded:
        stream.write(f"# Already recorded, left out: {entry.source.value!r} from {entry.source.name!r} "
                     f"in {entry.claim.id} ({one_line(entry.claim.path)}:{entry.claim.line}).\n")
    stream.write("version: 1\n")
    if not harvest.new_claims and not harvest.new_sources:
        stream.write("claims: []\n")
        return
    stream.write("claims:\n")
    by_claim: dict[str, list] = {}
    for entry in harvest.new_sources:
        by_claim.setdefault(entry.claim.id, []).append(entry)
    for entries in by_claim.values():
        claim = entries[0].claim
        for entry in entries:
            stream.write(f"{_INDENT}# New source for {claim.id} ({one_line(claim.path)}:{claim.line}): matched at "
                         f"{entry.score:g}, agrees with {entry.agreeing} of its {len(claim.sources)} "
                         f"source{'s' if len(claim.sources) != 1 else ''}.\n")
        _write_claim(stream, claim.id, claim.about, [entry.source for entry in entries])
    for claim in harvest.new_claims:
        _write_claim(stream, claim.id, claim.about, list(claim.sources))


def _write_claim(stream: TextIO, claim_id: str, about: str, sources: list[Source]) -> None:
    import yaml  # noqa: PLC0415  (lazy: only harvest writes YAML)

    entry = {"id": claim_id, "about": about, "sources": [_source_fields(source) for source in sources]}
    text = yaml.dump([entry], Dumper=_dumper(yaml), sort_keys=False, allow_unicode=True, width=10_000)
    stream.writelines(f"{_INDENT}{line}\n" for line in text.splitlines())


def _source_fields(source: Source) -> dict:
    fields = {"name": source.name, "value": source.value, "date": source.date, "url": source.url,
              "quote": source.quote, "note": source.note}
    return {key: value for key, value in fields.items() if value is not None}


def _dumper(yaml):
    class IndentedDumper(yaml.SafeDumper):
        """Indent lists inside mappings, as the registry is written by hand."""

        def increase_indent(self, flow: bool = False, indentless: bool = False):
            return super().increase_indent(flow, False)

    return IndentedDumper
