"""The glossary's data: entries with their abbreviations, aliases, variants and source."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_PATH = ROOT / "data" / "glosarium.yml"
GLOSSARY_SRC = "glosarium.md"


def sort_key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z ]", "", plain.casefold())


@dataclass(frozen=True)
class Abbreviation:
    abbr: str
    expansion: str
    line: int = 0


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None = None


@dataclass
class Entry:
    id: str
    term: str
    definition: str
    abbreviations: list[Abbreviation] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    basis: str = "umum"
    source: Source | None = None
    line: int = 0

    @property
    def forms(self) -> list[str]:
        """Term and aliases: matched case-insensitively in page text."""
        return [self.term, *self.aliases]

    @property
    def search_words(self) -> list[str]:
        """Every form a reader may type for this entry: term, aliases, abbreviations and variants.

        Variants (other spellings and synonyms, e.g. wartawan for jurnalis) are not marked in pages;
        they only lead search to the page that teaches the entry."""
        words = [*self.forms, *(a.abbr for a in self.abbreviations), *self.variants]
        return list(dict.fromkeys(words))


@dataclass
class Glossary:
    entries: list[Entry]
    not_abbreviations: dict[str, str] = field(default_factory=dict)
    path: str = "data/glosarium.yml"

    def __post_init__(self):
        self.entries = sorted(self.entries, key=lambda e: sort_key(e.term))
        self.by_id = {entry.id: entry for entry in self.entries}

    @property
    def abbreviations(self) -> dict[str, tuple[Entry, Abbreviation]]:
        return {a.abbr: (entry, a) for entry in self.entries for a in entry.abbreviations}
