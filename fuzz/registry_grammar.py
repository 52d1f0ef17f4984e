"""Registries built from fuzzer bytes by a grammar, so that fuzzing gets past YAML errors.

A byte-level mutator rarely writes YAML that parses, let alone a registry: nearly every
input stops in the YAML parser. Here the fuzzer's bytes choose among the shapes a
registry can take (keys, lists, values, figures, dates, ids), with a few bytes spent
on breaking one of them (a wrong type, a duplicate key, an odd character), so that the
loader's checks past the parser are reached.

    >>> text = registry_from(b"fuzz me")
    >>> text.startswith("version: ")
    True
"""

from __future__ import annotations

import json

FIGURES = (
    "about 12 million", "between 4.2 and 5.8 million", "up to 50%", "at least 64", "$20 billion", "11,000",
    "about 12 million", "between 4.2 and 5.8 million", "up to 50%", "at least 64", "$20 billion",
    "an estimated $630 million", "25,000 to 30,000", "10,000 a day", "thousands", "nearly 1,000",
    "£1.5bn", "a third", "0", "-5%", "3 percentage points", "24 hours a day", "1e400", "12,000,000,000,000,000,000",
    "not a figure", "", "🙂 5", "five and a half million", "NaN", "1/0",
)
DATES = ("2025", "2025-06", "2025-06-31", "2024-02-29", "1999-13", "yesterday", "")
WORDS = ("troops", "shells", "North Korea", "Russia", "sent", "killed", "prices", "rose", "Pyongyang", "the", "a day")
KEYS = ("id", "about", "aliases", "sources", "tags", "counts", "event", "excludes", "lint", "bogus")
SOURCE_KEYS = ("name", "value", "date", "url", "quote", "note", "bogus")


class _Bytes:
    """Fuzzer bytes read as small choices; past their end every choice is the first, and nothing breaks."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def byte(self) -> int:
        if self.at >= len(self.data):
            return 0
        self.at += 1
        return self.data[self.at - 1]

    def pick(self, options):
        return options[self.byte() % len(options)]

    def count(self, most: int) -> int:
        return self.byte() % (most + 1)

    def chance(self, in_256: int) -> bool:
        """Return True for ``in_256`` of the 256 values of the next byte; never past the end."""
        return self.at < len(self.data) and self.byte() < in_256


def _scalar(choice: _Bytes, options) -> str:
    value = choice.pick(options)
    if choice.chance(4):
        value += chr(choice.byte() * 131 % 0x2FFF)  # an odd character
    if choice.chance(2):
        return choice.pick(("[]", "{}", "null", "42", "true", "- x"))  # the wrong type
    return json.dumps(value, ensure_ascii=False)


def _words(choice: _Bytes) -> str:
    return " ".join(choice.pick(WORDS) for _ in range(1 + choice.count(5)))


def registry_from(data: bytes) -> str:
    """Return a registry's text (often valid, sometimes broken in one place) chosen by ``data``."""
    choice = _Bytes(data)
    lines = [f"version: {choice.pick(('1',) * 8 + ('2', 'one'))}"]
    if choice.chance(40):
        lines.append("synonyms:")
        for _ in range(choice.count(3)):
            lines.append(f"  - [{', '.join(_scalar(choice, WORDS) for _ in range(choice.count(3)))}]")
    lines.append("claims:")
    for number in range(choice.count(4)):
        claim_id = choice.pick((f"claim-{number}",) * 6 + ("claim-0", "Bad Id", "", f"c{number}"))
        lines.append(f"  - id: {json.dumps(claim_id)}")
        for _ in range(choice.count(4)):
            key = choice.pick(KEYS[:-1] * 4 + KEYS[-1:])
            if key in ("aliases", "tags", "excludes"):
                lines.append(f"    {key}: [{', '.join(_scalar(choice, WORDS) for _ in range(choice.count(3)))}]")
            elif key == "sources":
                continue
            else:
                lines.append(f"    {key}: {_scalar(choice, (_words(choice),))}")
        lines.append(f"    about: {_scalar(choice, (_words(choice),))}")
        lines.append("    sources:")
        for _ in range(choice.count(3)):
            fields = [("name", _scalar(choice, WORDS)), ("value", _scalar(choice, FIGURES))]
            for _ in range(choice.count(3)):
                key = choice.pick(SOURCE_KEYS[:-1] * 4 + SOURCE_KEYS[-1:])
                fields.append((key, _scalar(choice, DATES if key == "date" else WORDS)))
            lines.append("      - {" + ", ".join(f"{key}: {value}" for key, value in fields) + "}")
    if lines[-1] == "claims:":
        lines[-1] = "claims: []"
    if choice.chance(6):  # one line broken: a stray indent, a tab, a cut
        at = choice.count(len(lines) - 1)
        lines[at] = choice.pick(("\t", "   ", "")) + lines[at][: choice.count(len(lines[at]))]
    return "\n".join(lines) + "\n"
