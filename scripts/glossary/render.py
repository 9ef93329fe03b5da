"""The glossary page (Markdown from templates/glosarium.md.j2), its "Muncul di" lists and the abbreviation
definitions for the abbr extension."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup, escape

from scripts.core.templates import environment
from scripts.glossary.model import Abbreviation, Entry, Glossary, Source, sort_key

TEMPLATES = Path(__file__).resolve().parent / "templates"

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def letter_of(entry: Entry) -> str:
    key = sort_key(entry.term)
    return key[:1].upper() if key[:1].isalpha() else "#"


def md_text(value) -> Markup:
    """Plain data text for a Markdown page: HTML-escaped and with Markdown syntax neutralised."""
    # Quotes need no escaping in text, and their entities (&#34;) would be broken by escaping "#".
    text = html_lib.escape(str(value), quote=False)
    return Markup(_MD_SPECIAL.sub(r"\\\1", text))


def _environment() -> Environment:
    return environment(TEMPLATES, {"md": md_text})


_ENV = _environment()


def render_glossary(glossary: Glossary, appearances: dict[str, list[tuple[str, str]]] | None = None,
                    placeholders: bool = False) -> str:
    """The glossary page as Markdown.

    appearances maps an entry id to (page title, Markdown link target relative to glosarium.md).
    With placeholders, each entry's "Muncul di" line is an HTML comment that `fill_appearances`
    replaces once every page has been read (the MkDocs hook renders the page only once).
    """
    appearances = appearances or {}
    groups: dict[str, list] = {}
    for entry in glossary.entries:
        groups.setdefault(letter_of(entry), []).append(("entry", entry))
    # Abbreviations filed under another letter get a pointer, so "CSR" is found under C.
    for entry in glossary.entries:
        for abbr in entry.abbreviations:
            letter = sort_key(abbr.abbr)[:1].upper()
            if letter and letter != letter_of(entry):
                groups.setdefault(letter, []).append(("pointer", (abbr, entry)))
    for letter, items in groups.items():
        items.sort(key=lambda item: sort_key(item[1].term if item[0] == "entry" else item[1][0].abbr))
    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    return _ENV.get_template("glosarium.md.j2").render(
        glossary=glossary,
        letters=letters,
        groups=dict(sorted(groups.items())),
        appearances=appearances,
        placeholders=placeholders,
        shown_expansion=_shown_expansion,
        sources=_unique_sources(glossary),
    )


APPEARS_PLACEHOLDER = re.compile(r"<!-- glossary-appears: ([a-z0-9-]+) -->")


def fill_appearances(html: str, appearances: dict[str, list[tuple[str, str]]], glossary: Glossary) -> str:
    """Replace the placeholders of render_glossary(placeholders=True) in the rendered page.

    appearances maps an entry id to (page title, URL relative to the glossary page). Abbreviations in
    the titles get their tooltip, as everywhere else on the site."""
    known = sorted(glossary.abbreviations, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, known)) + r")\b") if known else None

    def title_html(title: str) -> str:
        text = html_lib.escape(title, quote=False)
        if pattern is None:
            return text
        return pattern.sub(lambda m: '<abbr title="{}">{}</abbr>'.format(
            html_lib.escape(" ".join(glossary.abbreviations[m.group(1)][1].expansion.split())), m.group(1)), text)

    def line(match: re.Match) -> str:
        pages = appearances.get(match.group(1), [])
        if not pages:
            return '<p class="glossary-appears">Belum muncul di halaman lain.</p>'
        links = ", ".join(f'<a href="{html_lib.escape(url)}">{title_html(title)}</a>' for title, url in pages)
        return f'<p class="glossary-appears">Muncul di: {links}</p>'
    return APPEARS_PLACEHOLDER.sub(line, html)


def _unique_sources(glossary: Glossary) -> list[Source]:
    seen: dict[tuple, Source] = {}
    for entry in glossary.entries:
        if entry.source is not None:
            seen.setdefault((entry.source.title, entry.source.url), entry.source)
    return sorted(seen.values(), key=lambda s: sort_key(s.title))


def _shown_expansion(entry: Entry, abbr: Abbreviation) -> str | None:
    """The expansion, unless it only repeats the term."""
    return None if abbr.expansion.casefold() == entry.term.casefold() else abbr.expansion


def abbreviation_glossary(glossary: Glossary) -> dict[str, str]:
    """Abbreviation -> expansion, for the abbr extension's `glossary` option (the same definitions as
    abbreviation_markdown, without parsing them again on every page)."""
    return {abbr: " ".join(item.expansion.split()) for abbr, (entry, item) in sorted(glossary.abbreviations.items())}


def abbreviation_markdown(glossary: Glossary) -> str:
    """Markdown abbreviation definitions (`*[AKI]: Angka Kematian Ibu`) for the abbr extension."""
    lines = []
    for abbr, (entry, item) in sorted(glossary.abbreviations.items()):
        expansion = " ".join(item.expansion.split())
        lines.append(f"*[{abbr}]: {expansion}")
    return "\n".join(lines) + "\n"


def definition_markdown(entry: Entry) -> str:
    """The definition as safe Markdown: any HTML in the data is shown as text, never run."""
    return str(escape(entry.definition))
