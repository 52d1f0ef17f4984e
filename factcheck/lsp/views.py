"""What the editor shows for a finding: the diagnostic's message, the hover, the quick fixes."""

from __future__ import annotations

from factcheck.kinds import Verdict
from factcheck.regexes import compiled
from factcheck.reporters.messages import describe, one_line

_LINE_END = compiled(r"\r\n|\r|\n|\Z")


def message(finding) -> str:
    """Return the diagnostic's message: describe()'s line, or the near miss's claim."""
    if finding.claim is None and finding.near is not None:
        return one_line(f'"{finding.figure.text}" nearly matches {finding.near.claim.id} '
                        f"({finding.near.claim.about}); check what it counts")
    return describe(finding)


def hover_markdown(finding) -> str:
    """Return the hover for a finding: the claim, each source and the rule in words."""
    claim = finding.claim or finding.near.claim
    lines = [f"**{claim.id}**: {one_line(claim.about)}", ""]
    if finding.claim is None:
        lines += ["_a near miss: the figure nearly matches this claim_", ""]
    else:
        lines += [f"Verdict: **{finding.verdict}**", ""]
    rules = finding.explanation.rules if finding.explanation is not None else ()
    for number, source in enumerate(claim.sources):
        said = f"- {one_line(source.value)}: {one_line(source.name)}"
        if source.date:
            said += f" ({one_line(source.date)})"
        if source.url:
            said += f" [link]({source.url})"
        lines.append(said)
        if source.note:
            lines.append(f"  - {one_line(source.note)}")
        if number < len(rules):
            lines.append(f"  - {one_line(rules[number])}")
    return "\n".join(lines)


def fixes(finding, text: str) -> list[tuple[str, tuple[int, int, str]]]:
    """Return the quick fixes for a finding, each (title, (start, end, new text))."""
    claim = finding.claim
    actions = []
    if claim is not None and finding.verdict in (Verdict.CONFLICT, Verdict.MIXED):
        agreeing = {judged.source.name for judged in finding.sources if judged.verdict == Verdict.AGREE}
        for source in claim.sources:
            if source.name not in agreeing:
                actions.append((f"Use the {one_line(source.name)}'s {one_line(source.value)}",
                                (finding.figure.start, finding.figure.end, source.value)))
    line_end = _LINE_END.search(text, finding.figure.end).start()
    actions.append(("Ignore this figure (factcheck: ignore)", (line_end, line_end, " <!-- factcheck: ignore -->")))
    if claim is not None:
        actions.append((f"Ignore {claim.id} here (factcheck: ignore {claim.id})",
                        (line_end, line_end, f" <!-- factcheck: ignore {claim.id} -->")))
    return actions
