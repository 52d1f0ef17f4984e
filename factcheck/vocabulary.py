"""The words matching compares: content words, stemmed, with synonyms joined.

A word is lowered and stemmed with the Snowball English stemmer ("shipments" and
"shipment" meet, and "earnings" meets "earned"); stop words are dropped; then each
word, or run of words, listed in a synonym group is read as the group's first entry
("wounded" as "injured", "Pyongyang" as "north korea"). Groups join words, never claims.

>>> vocabulary = Vocabulary.default()
>>> vocabulary.keywords("The wounded soldiers were evacuated from Pyongyang")
['injur', 'troop', 'evacu', 'north_korea']
>>> vocabulary.keywords("North Korean troops") == vocabulary.keywords("Pyongyang's soldiers")
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Sequence

import yaml
from snowballstemmer import stemmer

STOPWORDS = frozenset(
    """a an the of in on at by to for from with into onto over under as and or but nor
    its it is are was were be been being has have had that this these those which who whom
    their there than then so such per each every any all some about around since also has
    he she they we you i our your his her them him us do does did not no s""".split()
)

SYNONYMS_FILE = "synonyms.yaml"
#: How many words the longest synonym spans ("north atlantic treaty organization").
MAX_SYNONYM_WORDS = 4

_WORD = re.compile(r"[^\W_]+")
# Each ASCII character no word holds, as a space: the words of an ASCII text are then
# split by str.split, which is quicker than _WORD.findall.
_ASCII_NON_WORD = dict.fromkeys((c for c in range(128) if not chr(c).isalnum()), " ")
_STEMMER = stemmer("english")
_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """Return the Snowball stem of a lower-case word (kept once worked out)."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS[word] = _STEMMER.stemWord(word)
    return found


def words_of(text: str) -> list[str]:
    """Return the lower-case words of ``text``, stop words included."""
    if text.isascii():
        return text.lower().translate(_ASCII_NON_WORD).split()
    return [word.lower() for word in _WORD.findall(text)]


@dataclass(frozen=True)
class Vocabulary:
    """Stems and synonym groups: what makes two words the same word for matching."""

    # A run of stems (one or more) -> the key its group is read as.
    synonyms: dict[tuple[str, ...], str]
    longest: int  # the most words any synonym spans
    sections: dict[str, str]  # a group's key -> its section of the table: "events", "counted", "places"

    @classmethod
    def default(cls) -> Vocabulary:
        """Return the vocabulary of the synonym table shipped with factcheck (read once, when first needed)."""
        return _default()

    @classmethod
    def plain(cls) -> Vocabulary:
        """Return a vocabulary of stems alone, with no synonyms."""
        return cls({}, 1, {})

    def extended(self, groups: Iterable[Sequence[str]], section: str = "other") -> Vocabulary:
        """Return this vocabulary with more synonym groups (a registry's `synonyms:`)."""
        synonyms, sections = dict(self.synonyms), dict(self.sections)
        longest = self.longest
        for group in groups:
            key, spans = _add_group(synonyms, group)
            if key:
                sections.setdefault(key, section)
                longest = max(longest, spans)
        return Vocabulary(synonyms, longest, sections)

    def keys_in(self, section: str, text: str) -> list[str]:
        """Return the keys of ``text`` whose group is in this section of the table, in order."""
        return [key for key in self.keywords(text) if self.sections.get(key) == section]

    def is_event(self, word: str) -> bool:
        """Return whether a word says what happened to what a figure counts ("killed", "sent")."""
        return bool(self.keys_in("events", word))

    def first_place(self, text: str) -> str | None:
        """Return the first place ``text`` names, as written ("North Korean"), or None."""
        words = re.findall(r"[^\W\d_]+", text)
        for size in range(self.longest, 0, -1):
            for start in range(len(words) - size + 1):
                run = words[start:start + size]
                if any(word.lower() in STOPWORDS for word in run):
                    continue
                if self.keys_in("places", " ".join(run)) and len(self.keywords(" ".join(run))) == 1:
                    return " ".join(run)
        return None

    def keywords(self, text: str) -> list[str]:
        """Return the content words of ``text`` as matching compares them, in order."""
        stems = [stem(word) for word in words_of(text) if word not in STOPWORDS]
        if not self.synonyms:
            return stems
        return [key for key, _ in self._joined(stems)]

    def keys_as_written(self, text: str) -> list[tuple[str, str]]:
        """Return each content word of ``text`` (or run of words a synonym joins) with the words as written.

        >>> Vocabulary.default().keys_as_written("troops North Korea sent")
        [('troop', 'troops'), ('north_korea', 'North Korea'), ('sent', 'sent')]
        """
        written = [word for word in _WORD.findall(text) if word.lower() not in STOPWORDS]
        stems = [stem(word.lower()) for word in written]
        return [(key, " ".join(written[start:end])) for key, (start, end) in self._joined(stems)]

    def _joined(self, stems: list[str]) -> list[tuple[str, tuple[int, int]]]:
        """Return the keys of a run of stems, each with the stems it spans."""
        synonyms, keys, position = self.synonyms, [], 0
        while position < len(stems):
            for size in range(min(self.longest, len(stems) - position), 0, -1):
                key = synonyms.get(tuple(stems[position:position + size]))
                if key is not None:
                    keys.append((key, (position, position + size)))
                    position += size
                    break
            else:
                keys.append((stems[position], (position, position + 1)))
                position += 1
        return keys


def _add_group(synonyms: dict[tuple[str, ...], str], group: Sequence[str]) -> tuple[str | None, int]:
    """Add one group to ``synonyms``; return its key and how many words its longest entry spans."""
    runs = [tuple(stem(word) for word in words_of(entry) if word not in STOPWORDS) for entry in group]
    runs = [run for run in runs if run]
    if not runs:
        return None, 0
    key = "_".join(runs[0])
    for run in runs:
        synonyms.setdefault(run, key)
    return key, max(map(len, runs))


def read_synonym_table(text: str) -> dict[str, list[list[str]]]:
    """Return the groups of a synonym table (the YAML of synonyms.yaml), by section."""
    table = yaml.safe_load(text)
    return {section: [[str(entry) for entry in group] for group in groups]
            for section, groups in table.items() if section != "version"}


@functools.cache
def _default() -> Vocabulary:
    text = resources.files("factcheck").joinpath(SYNONYMS_FILE).read_text(encoding="utf-8")
    vocabulary = Vocabulary({}, 1, {})
    for section, groups in read_synonym_table(text).items():
        vocabulary = vocabulary.extended(groups, section)
    return vocabulary
