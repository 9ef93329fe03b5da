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

from scripts.glossary import Entry, Glossary

NOT_TEACHING = ("glosarium/", "sumber/", "tentang/", "kuis/", "handout/", "pelatih/", "cek/", "singkatan/")
_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return " ".join(_TAG.sub(" ", text or "").casefold().split())


def _contains(text: str, form: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(form.casefold())}(?!\w)", text) is not None


def teaching_section(entry: Entry, docs: list[dict]) -> dict | None:
    """The index entry (section) that teaches `entry`, or None when no page teaches it."""
    forms = [f for f in entry.search_words if f not in entry.variants]  # variants are not written on pages
    candidates = [d for d in docs if not d["location"].startswith(NOT_TEACHING)]
    titles = [(_plain(d.get("title", "")), d) for d in candidates]
    for test in (lambda title, form: title == form.casefold(), _contains):
        for title, doc in titles:
            if any(test(title, form) for form in forms):
                return doc
    for doc in candidates:
        text = _plain(doc.get("text", ""))
        if any(_contains(text, form) for form in forms):
            return doc
    return None


def enrich(docs: list[dict], glossary: Glossary) -> dict[str, list[str]]:
    """Add each entry's search words to the `tags` of its teaching section and of that section's page
    (the page's first index entry, which Material shows as the head of the page's results, so that it
    matches too and its link carries the words to highlight); return location -> words added."""
    pages = {doc["location"]: doc for doc in docs if "#" not in doc["location"]}
    added: dict[str, list[str]] = {}
    for entry in glossary.entries:
        section = teaching_section(entry, docs)
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
