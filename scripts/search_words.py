"""Search that knows the site's words: the glossary's forms lead search to the section that teaches them.

Readers type *wartawan* for *jurnalis*, *kerjasama* or *sumberdaya* run together, *LSM* for OMS. Every
glossary entry lists the forms a reader may type (term, aliases, abbreviations and `variants`); this
module finds, in the built search index, the one section that teaches the entry and gives it those
forms as its `tags` (and its page's), a field Material's search indexes (boost set by the search hook) and that the
page HTML never shows. A query for any form then finds the teaching section, and the plain term finds
it before the pages that only use the word.

The teaching section is the first section, in site order, whose heading is a form of the entry;
else whose heading contains a form; else whose text contains one. Pages that only repeat the chapters
(glossary, sources, about page, quizzes, handouts, trainer material, self-check) never teach.
Pure functions: the hook (scripts/hooks/search_hook.py) applies them to Material's index entries.
"""

from __future__ import annotations

import re
from functools import cached_property

from scripts.glossary import Entry, Glossary

NOT_TEACHING = ("glosarium/", "sumber/", "tentang/", "kuis/", "handout/", "pelatih/", "cek/", "singkatan/")
# The languages of the site's search (lunr.id): set by the search hook, saved for offline reading by scripts.pwa.
LANGS = ["id"]

# Practice and print pages repeat the chapters' words: half the search weight, unless their front matter
# says otherwise (Material's per-page `search.boost`).
SECONDARY = {"kuis/": 0.5, "handout/": 0.5, "glosarium.md": 0.5, "sumber.md": 0.5}  # src prefix -> boost
_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return " ".join(_TAG.sub(" ", text or "").casefold().split())


def _word(form: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(form.casefold())}(?!\w)")


class Sections:
    """The index entries that may teach, with their title and text in plain lower case, worked out once
    for all the glossary's entries (the site ×10 has thousands of sections)."""

    def __init__(self, docs: list[dict]):
        self.docs = [d for d in docs if not d["location"].startswith(NOT_TEACHING)]
        self.titles = [_plain(d.get("title", "")) for d in self.docs]

    @cached_property
    def texts(self) -> list[str]:
        """Worked out only when an entry is taught by no heading."""
        return [_plain(d.get("text", "")) for d in self.docs]


def teaching_section(entry: Entry, docs: list[dict] | Sections) -> dict | None:
    """The index entry (section) that teaches `entry`, or None when no page teaches it."""
    sections = docs if isinstance(docs, Sections) else Sections(docs)
    forms = [f for f in entry.search_words if f not in entry.variants]  # variants are not written on pages
    exact = {form.casefold() for form in forms}
    for title, doc in zip(sections.titles, sections.docs):
        if title in exact:
            return doc
    words = [_word(form) for form in forms]
    for title, doc in zip(sections.titles, sections.docs):
        if any(word.search(title) for word in words):
            return doc
    for text, doc in zip(sections.texts, sections.docs):
        if any(word.search(text) for word in words):
            return doc
    return None


def enrich(docs: list[dict], glossary: Glossary) -> dict[str, list[str]]:
    """Add each entry's search words to the `tags` of its teaching section and of that section's page
    (the page's first index entry, which Material shows as the head of the page's results, so that it
    matches too and its link carries the words to highlight); return location -> words added."""
    pages = {doc["location"]: doc for doc in docs if "#" not in doc["location"]}
    sections = Sections(docs)
    added: dict[str, list[str]] = {}
    for entry in glossary.entries:
        section = teaching_section(entry, sections)
        if section is None:
            continue
        page = pages.get(section["location"].split("#", 1)[0])
        for doc in [section] if page is None or page is section else [section, page]:
            tags = doc.setdefault("tags", [])
            for word in entry.search_words:
                if word not in tags:
                    tags.append(word)
                    added.setdefault(doc["location"], []).append(word)
    return added


def search_meta(src: str, meta: dict) -> dict | None:
    """The page's `search` front matter with the boost its kind of page gets, or None to leave it."""
    boost = next((value for prefix, value in SECONDARY.items() if src.startswith(prefix)), None)
    if boost is None:
        return None
    search = dict(meta.get("search")) if isinstance(meta.get("search"), dict) else {}
    search.setdefault("boost", boost)
    return search
