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

import importlib.util
import os
import re
import sys
import types
from itertools import compress, count
from typing import Iterable, Sequence

from factcheck import lexicon
from factcheck.regexes import compiled

STOPWORDS = lexicon.STOPWORDS

SYNONYMS_FILE = "synonyms.yaml"

_WORD = compiled(r"[^\W_]+")
# Each Latin-1 character in lower case, and each that no word holds (those _WORD does not
# match) as a space: the words of a Latin-1 text are then its bytes translated and split,
# three times quicker than str.translate and a tenth of the time a corpus check takes
# (each Latin-1 letter lowers to one Latin-1 letter, so a word's letters are lowered one by one).
_LATIN1_WORDS = bytes(ord(c.lower()) if c.isalnum() else ord(" ") for c in map(chr, range(256)))
# The name snowballstemmer's English module is loaded under when it is loaded alone.
_SNOWBALL_ALONE = "factcheck._snowball"


def english_stemmer():
    """Return the Snowball English stemmer, without loading snowballstemmer's other languages.

    The package's ``__init__`` imports all of its thirty-odd languages, a twentieth of
    the time a one-paragraph check takes; its English module is loaded alone instead,
    as a module of a package of our own over the same folder. With PyStemmer installed (the
    speed extra) its C build of the same stemmer is taken directly, as the package would hand
    it out; when the package is already loaded, it is asked as before.
    """
    if "snowballstemmer" not in sys.modules:
        if importlib.util.find_spec("Stemmer") is not None:
            import Stemmer  # noqa: PLC0415

            return Stemmer.Stemmer("english")
        try:
            found = importlib.util.find_spec("snowballstemmer")
            if found is not None and found.submodule_search_locations:
                alone = sys.modules.get(_SNOWBALL_ALONE)
                if alone is None:
                    alone = types.ModuleType(_SNOWBALL_ALONE, "snowballstemmer's modules, without its __init__")
                    alone.__path__ = list(found.submodule_search_locations)
                    sys.modules[_SNOWBALL_ALONE] = alone
                return importlib.import_module(_SNOWBALL_ALONE + ".english_stemmer").EnglishStemmer()
        except (ImportError, AttributeError):
            pass  # another layout: the package's own way below
    from snowballstemmer import stemmer  # noqa: PLC0415

    return stemmer("english")


class _Stems(dict):
    """Each word's Snowball stem, worked out the first time the word is met."""

    _stemmer = english_stemmer()

    def __missing__(self, word: str) -> str:
        found = self[word] = self._stemmer.stemWord(word)
        return found


_STEMS = _Stems()


def stem(word: str) -> str:
    """Return the Snowball stem of a lower-case word: "shipments" -> "shipment", "earnings" -> "earn"."""
    return _STEMS[word]


# Abbreviations that lower-cased would be a stop word ("US" as "us"), read as a name.
_ABBREVIATIONS = compiled(
    r"(?<![\w.])(?:" + "|".join(re.escape(short) for short in sorted(lexicon.CAPITALISED_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w])"
)


def _spelled(text: str) -> str:
    """Return ``text`` with the abbreviations that lower-case to a stop word spelled out ("US" as "USA")."""
    if "US" not in text and "U." not in text:  # every one of them holds one (speed: most texts hold neither)
        return text
    return _ABBREVIATIONS.sub(lambda found: lexicon.CAPITALISED_ABBREVIATIONS[found.group()], text)


def words_of(text: str) -> list[str]:
    """Return the lower-case words of ``text``, stop words included."""
    text = _spelled(text)
    try:
        latin1 = text.encode("latin-1")
    except UnicodeEncodeError:
        return [word.lower() for word in _WORD.findall(text)]
    return latin1.translate(_LATIN1_WORDS).decode("latin-1").split()


# Texts up to this long have their keys kept (a paragraph's are read once and not kept),
# up to this many of them.
_SHORT_TEXT = 200
_SHORT_TEXTS_KEPT = 4096


class Vocabulary:
    """Stems and synonym groups: what makes two words the same word for matching."""

    __slots__ = ("synonyms", "sections", "names", "_single", "_openers", "_longest", "rates_of_rise", "intents",
                 "intent_words", "_word_keys", "_word_sections", "_place_keys", "_short_texts")

    def __init__(self, synonyms: dict[tuple[str, ...], str], sections: dict[str, str],
                 names: dict[str, str] | None = None) -> None:
        self.synonyms = synonyms  # a run of stems (one or more) -> the key its group is read as
        self.sections = sections  # a group's key -> its section of the table: "events", "counted", "places"
        self.names = names or {}  # a group's key -> its first entry as written, to show it
        # Most words are no synonym's first word: they are read by one lookup.
        self._single = {run[0]: key for run, key in synonyms.items() if len(run) == 1}
        self._openers = frozenset(run[0] for run in synonyms if len(run) > 1)
        self._longest = max(map(len, synonyms), default=1)
        # Each word met, read once (speed: a corpus repeats its words): see _WordKeys.
        self._word_keys = _WordKeys(self)
        self._word_sections: dict[str, str | None] = {}  # a word -> section_of(word)
        # The keys of the short texts read last (a figure's clause and what it counts are
        # read by matching, by its frame and by its keys): see keywords.
        self._short_texts: dict[str, tuple[str, ...]] = {}
        # The keys of places, and of the runs of stems they are read from: a text holding
        # none of them names no place.
        self._place_keys = frozenset(key for key, section in sections.items() if section == "places")
        # The keys of the words that name a rate of rise ("inflation"): a change, not a level.
        self.rates_of_rise = frozenset(key for word in lexicon.RATES_OF_RISE for key in self.keywords(word))
        # The event keys that say a figure was expected or planned, not that it happened.
        self.intent_words = frozenset(key for word in lexicon.INTENT_WORDS for key in self.keywords(word))
        self.intents = frozenset(key for key in self.intent_words if sections.get(key) == "events")

    @classmethod
    def default(cls) -> Vocabulary:
        """Return the vocabulary of the synonym table shipped with factcheck (read once, when first needed)."""
        return _default()

    @classmethod
    def plain(cls) -> Vocabulary:
        """Return a vocabulary of stems alone, with no synonyms."""
        return cls({}, {})

    def extended(self, groups: Iterable[Sequence[str]], section: str = "other") -> Vocabulary:
        """Return this vocabulary with more synonym groups (a registry's `synonyms:`)."""
        groups = list(groups)
        if not groups:
            return self
        synonyms, sections, names = dict(self.synonyms), dict(self.sections), dict(self.names)
        for group in groups:
            key = _add_group(synonyms, group)
            if key:
                sections.setdefault(key, section)
                names.setdefault(key, group[0])
        return Vocabulary(synonyms, sections, names)

    def name(self, key: str) -> str:
        """Return a key as a person reads it: its group's first entry ("supplied" for "suppli")."""
        return self.names.get(key, key)

    def section_of(self, word: str) -> str | None:
        """Return the section of the table a single word's group is in ("events"), or None."""
        try:
            return self._word_sections[word]
        except KeyError:
            found = self._word_sections[word] = self._section_of(word)
            return found

    def _section_of(self, word: str) -> str | None:
        lowered = word.lower()
        if lowered in STOPWORDS:
            return None
        key = self._single.get(stem(lowered))
        return self.sections.get(key) if key else None

    def keys_in(self, section: str, text: str) -> list[str]:
        """Return the keys of ``text`` whose group is in this section of the table, in order."""
        sections = self.sections
        return [key for key in self.keywords(text) if sections.get(key) == section]

    def is_event(self, word: str) -> bool:
        """Return whether a word says what happened to what a figure counts ("killed", "sent")."""
        return self.section_of(word) == "events"

    def first_place(self, text: str) -> str | None:
        """Return the first place ``text`` names, as written ("North Korean"), or None."""
        sections = self.sections
        if self._place_keys.isdisjoint(self.keywords(text)):
            return None  # (most texts name none: their words are not read again as written)
        for key, written in self.keys_as_written(text):
            if sections.get(key) == "places":
                return written
        return None

    def keywords(self, text: str) -> list[str]:
        """Return the content words of ``text`` as matching compares them, in order."""
        if len(text) > _SHORT_TEXT:
            return self._keywords(text)
        found = self._short_texts.get(text)
        if found is None:
            if len(self._short_texts) >= _SHORT_TEXTS_KEPT:
                self._short_texts.clear()
            found = self._short_texts[text] = tuple(self._keywords(text))
        return list(found)

    def _keywords(self, text: str) -> list[str]:
        words = words_of(text)
        word_keys = self._word_keys
        keys = list(map(word_keys.__getitem__, words))  # (the stop words as "")
        if word_keys.openers.isdisjoint(words):
            return list(filter(None, keys))
        # Some word may open a synonym of several words: the runs from those words are
        # looked up, and the keys between them kept as read.
        words = list(compress(words, keys))
        keys = list(filter(None, keys))
        joined, kept, synonyms, longest = [], 0, self.synonyms, self._longest
        for position in compress(count(), map(word_keys.openers.__contains__, words)):
            if position < kept:
                continue  # within the run of the opener before it
            for size in range(min(longest, len(words) - position), 1, -1):
                key = synonyms.get(tuple(_STEMS[word] for word in words[position:position + size]))
                if key is not None:
                    joined += keys[kept:position]
                    joined.append(key)
                    kept = position + size
                    break
        joined += keys[kept:]
        return joined

    def keys_as_written(self, text: str) -> list[tuple[str, str]]:
        """Return each content word of ``text`` (or run of words a synonym joins) with the words as written.

        >>> Vocabulary.default().keys_as_written("troops North Korea sent")
        [('troop', 'troops'), ('north_korea', 'North Korea'), ('sent', 'sent')]
        """
        written = [word for word in _WORD.findall(_spelled(text)) if word.lower() not in STOPWORDS]
        stems = [stem(word.lower()) for word in written]
        return [(key, " ".join(written[start:end])) for key, (start, end) in self._joined(stems)]

    def _joined(self, stems: list[str]) -> list[tuple[str, tuple[int, int]]]:
        """Return the keys of a run of stems, each with the stems it spans, longest synonym first."""
        synonyms, single, openers, keys, position = self.synonyms, self._single, self._openers, [], 0
        while position < len(stems):
            word = stems[position]
            if word in openers:
                for size in range(min(self._longest, len(stems) - position), 1, -1):
                    key = synonyms.get(tuple(stems[position:position + size]))
                    if key is not None:
                        keys.append((key, (position, position + size)))
                        position += size
                        break
                else:
                    keys.append((single.get(word, word), (position, position + 1)))
                    position += 1
            else:
                keys.append((single.get(word, word), (position, position + 1)))
                position += 1
        return keys


class _WordKeys(dict):
    """Each lower-case word's key as a word alone, read the first time the word is met
    ("" for a stop word); ``openers`` holds the words met whose stem may open a synonym
    of several words (their keys depend on the words after them)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        super().__init__()
        self._vocabulary = vocabulary
        self.openers: set[str] = set()

    def __missing__(self, word: str) -> str:
        if word in STOPWORDS:
            key = ""
        else:
            stemmed = _STEMS[word]
            key = self._vocabulary._single.get(stemmed, stemmed)
            if stemmed in self._vocabulary._openers:
                self.openers.add(word)
        self[word] = key
        return key


def _add_group(synonyms: dict[tuple[str, ...], str], group: Sequence[str]) -> str | None:
    """Add one group to ``synonyms``; return its key (None for a group of stop words only)."""
    runs = [tuple(stem(word) for word in words_of(entry) if word not in STOPWORDS) for entry in group]
    runs = [run for run in runs if run]
    if not runs:
        return None
    key = "_".join(runs[0])
    for run in runs:
        synonyms.setdefault(run, key)
    return key


def read_synonym_table(text: str) -> dict[str, list[list[str]]]:
    """Return the groups of a synonym table (the YAML of synonyms.yaml), by section."""
    plain = _plain_table(text)
    if plain is not None:
        return plain
    import yaml  # noqa: PLC0415  (lazy: the shipped table is read without it)

    table = yaml.safe_load(text)
    return {section: [[str(entry) for entry in group] for group in groups]
            for section, groups in table.items() if section != "version"}


# A table written as synonyms.yaml is (comments, "version: N", and sections of one-line
# lists of lower-case words) is read line by line: importing PyYAML and parsing the table
# with it took a tenth of a one-paragraph check. Anything else, and any word YAML reads
# as other than that string ("no", "on", "null"), is left to PyYAML.
_TABLE_LINE = compiled(
    r"[ ]*(?:#.*)?"  # a blank line or a comment
    r"|version:[ ]+[0-9]+[ ]*"
    r"|(?P<section>[a-z][a-z_]*):[ ]*"
    r"|(?P<indent>[ ]+)- \[(?P<group>[a-z -]+(?:,[a-z -]+)*)\][ ]*"
)
_TABLE_WORD = compiled(r"[a-z]+(?:[ -][a-z]+)*")
_YAML_NOT_STRINGS = frozenset({"yes", "no", "true", "false", "on", "off", "null"})


def _plain_table(text: str) -> dict[str, list[list[str]]] | None:
    """Return the groups of a synonym table in the plain form synonyms.yaml has, or None for any other."""
    table: dict[str, list[list[str]]] = {}
    groups, indent = None, None
    for line in text.split("\n"):
        found = _TABLE_LINE.fullmatch(line)
        if found is None:
            return None
        section, group = found["section"], found["group"]
        if section is not None:
            if section in table or section in _YAML_NOT_STRINGS or section == "version" or groups == []:
                return None
            groups = table[section] = []
        elif group is not None:
            words = [word.strip(" ") for word in group.split(",")]
            if (groups is None or indent not in (None, found["indent"])
                    or not all(_TABLE_WORD.fullmatch(word) and word not in _YAML_NOT_STRINGS for word in words)):
                return None
            indent = found["indent"]
            groups.append(words)
        elif line.strip(" ") and not line.lstrip(" ").startswith("#"):
            groups = None  # "version: N" ends a section: a group after it belongs to none
    if groups == [] or not table:
        return None  # a section with no group (YAML reads it as null), or no section at all
    return table


def _shipped_text(name: str) -> str:
    """Return the text of a file shipped in the package, read where the package's modules are.

    importlib.resources, which also reads a package from a zip file, imports zipfile and
    tempfile: a twentieth of a one-paragraph check. It is asked only when there is no such file.
    """
    path = os.path.join(os.path.dirname(__file__), name)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as file:
            return file.read()
    from importlib import resources  # noqa: PLC0415

    return resources.files("factcheck").joinpath(name).read_text(encoding="utf-8")


_made_default: list[Vocabulary] = []  # the default vocabulary, once made or adopted


def _default() -> Vocabulary:
    if not _made_default:
        _made_default.append(_read_default())
    return _made_default[0]


def adopt_default(vocabulary: Vocabulary) -> None:
    """Take ``vocabulary`` as the default one, unless it is made already.

    factcheck.cache stores the default vocabulary with each registry and gives it back
    here: stemming the shipped table's words took a tenth of a one-paragraph check.
    The cache's key covers factcheck's code and the table, so it is the very vocabulary
    the table would make.
    """
    if not _made_default:
        _made_default.append(vocabulary)


def _read_default() -> Vocabulary:
    text = _shipped_text(SYNONYMS_FILE)
    vocabulary = Vocabulary.plain()
    for section, groups in read_synonym_table(text).items():
        vocabulary = vocabulary.extended(groups, section)
    # A word already in a group keeps it: "cut" stays with the jobs cut (events).
    return vocabulary.extended([
        ["rise", *lexicon.RISE_NOUNS, *lexicon.RISE_VERBS, *lexicon.RISE_COMPARATIVES],
        ["fall", *lexicon.FALL_NOUNS, *lexicon.FALL_VERBS, *lexicon.FALL_COMPARATIVES],
    ], "changes")


# A name as a registry spells it: a capitalised word long enough that a shorter one it
# opens with is its short form ("Yugansk" of "Yuganskneftegas").
_NAME_WORD = re.compile(r"\b[A-Z][a-z]+[A-Za-z]*\b")
_SHORT_NAME_LETTERS = 6
_RESPELT_NAME_LETTERS = 8


def name_variants(phrases: Iterable[str], vocabulary: Vocabulary | None = None) -> tuple[tuple[str, ...], ...]:
    """Return the groups of names ``phrases`` spell in full and in short, or two ways: a name
    and another it opens ("Yugansk", "Yuganskneftegas"), and two long names of one length that
    differ only in their last letter ("Yuganskneftegas", "Yuganskneftegaz"). Places, regions and
    bodies of the table are left out: they have groups of their own ("Russia", "Russian").

    >>> name_variants(["sale of Yuganskneftegas", "Yugansk was sold", "Yuganskneftegaz sold to Rosneft"])
    (('yugansk', 'yuganskneftegas', 'yuganskneftegaz'),)
    """
    vocabulary = vocabulary or Vocabulary.default()
    names = sorted({word.lower() for phrase in phrases for word in _NAME_WORD.findall(phrase)
                    if len(word) >= _SHORT_NAME_LETTERS and word.lower() not in STOPWORDS
                    and vocabulary.section_of(word) not in ("places", "regions", "bodies")})
    parent = {name: name for name in names}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    for index, short in enumerate(names):
        for long in names[index + 1:]:
            if not long.startswith(short[:_SHORT_NAME_LETTERS]):
                break  # (sorted: no later name opens the same way)
            respelt = len(long) == len(short) >= _RESPELT_NAME_LETTERS and long[:-1] == short[:-1]
            if long.startswith(short) or respelt:
                parent[root(long)] = root(short)
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(root(name), []).append(name)
    return tuple(tuple(group) for group in groups.values() if len(group) > 1)
