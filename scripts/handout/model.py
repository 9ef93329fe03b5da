"""The handouts' model: a handout (worksheet and answer key) with its sections and quiz questions."""

from __future__ import annotations

from dataclasses import dataclass, field

FOLDER = "handout"
SECTIONS = ("poin-kunci", "pertanyaan-diskusi")
SOURCES = "sumber"  # printed last, after the quiz: a sheet carries the sources of what it states


class HandoutError(Exception):
    """Bad input for a handout; the message names the file and line."""


# Data


@dataclass
class Section:
    id: str
    title: str
    body: str  # Markdown, links rebased for the handout folder
    items: list[str] = field(default_factory=list)  # top-level ordered-list items, when the body is a list


@dataclass
class SheetQuestion:
    number: int
    type: str
    text: str
    options: list[tuple[str, str, bool]]  # (label, text, correct)
    explanation_html: str


@dataclass
class Handout:
    slug: str
    title: str
    source: str | None  # chapter page (src path in docs/), None for a quiz on its own
    sections: list[Section]
    sources: Section | None = None
    quiz_title: str = ""
    quiz_src: str | None = None
    questions: list[SheetQuestion] = field(default_factory=list)

    @property
    def worksheet_src(self) -> str:
        return f"{FOLDER}/{self.slug}.md"

    @property
    def key_src(self) -> str:
        return f"{FOLDER}/{self.slug}-kunci.md"
