"""The site's structure as mkdocs.yml's `nav` (plain data) gives it: every page in order with its nav title and
top-level section, the lesson pages (chapters and examples) and the slide pages. Every feature reads the nav
through here, so a renamed section is renamed in one place."""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass

LESSON_SECTIONS = ("Bab", "Contoh nyata")  # chapters and examples: timed, presented, handed out


@dataclass(frozen=True)
class NavPage:
    src: str  # docs path, e.g. "examples/ykp-madani.md"
    title: str  # nav title; a bare section index page takes its section's title, another bare page its path
    section: str | None  # the top-level section it sits under, None at the top level

    @property
    def is_overview(self) -> bool:
        return posixpath.basename(self.src) == "index.md"


def nav_pages(nav: list | None) -> list[NavPage]:
    """Every Markdown page of the nav, in order, each once (its first place)."""
    found: dict[str, NavPage] = {}

    def walk(items, top: str | None, section: str | None):
        for item in items or []:
            if isinstance(item, str):
                if item.endswith(".md"):
                    title = section if section and posixpath.basename(item) == "index.md" else item
                    found.setdefault(item, NavPage(item, title, top))
            elif isinstance(item, dict):
                for title, value in item.items():
                    if isinstance(value, str) and value.endswith(".md"):
                        found.setdefault(value, NavPage(value, str(title), top))
                    elif isinstance(value, list):
                        walk(value, top if top is not None else str(title), str(title))

    walk(nav, None, None)
    return list(found.values())


def lesson_pages(nav: list | None) -> list[NavPage]:
    """Chapter and example pages in nav order, without the sections' overview pages."""
    return [page for page in nav_pages(nav) if page.section in LESSON_SECTIONS and not page.is_overview]


def slide_pages(nav: list | None) -> list[str]:
    """Docs paths that become slides: everything under the lesson sections, overview pages included."""
    return [page.src for page in nav_pages(nav) if page.section in LESSON_SECTIONS]


def in_nav_order(sources: Iterable[str], nav: list | None) -> list[str]:
    """Docs paths in nav order, then those outside the nav in the order given."""
    sources = list(sources)
    ordered = [page.src for page in nav_pages(nav) if page.src in sources]
    return ordered + [src for src in sources if src not in ordered]
