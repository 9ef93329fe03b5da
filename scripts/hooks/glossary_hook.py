"""MkDocs hook for the glossary: the virtual glosarium.md, abbreviation tooltips, marked terms.

The work is done by pure functions in scripts/glossary/; this file only wires them to MkDocs events.

Order matters for "Muncul di": MkDocs 1.6 converts every page (on_page_markdown, on_page_content)
before on_env, and writes pages only after it. So on_page_content records which entries each page
uses, and on_env fills the glossary page's placeholders with the complete lists (no second render).
"""

from __future__ import annotations

from pathlib import Path

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from mkdocs.exceptions import PluginError  # noqa: E402

from scripts import generated_pages  # noqa: E402
from scripts import glossary as gl  # noqa: E402
from scripts.core import pages as site  # noqa: E402
from scripts.core.nav import in_nav_order  # noqa: E402
from scripts.core.data import DataError  # noqa: E402

# Pages whose terms are not marked and that do not count for "Muncul di": quiz pages and the self-check
# (their questions, statements and choices must stay unmarked: a tap chooses, it opens no popover) and
# printable handouts (copies of the chapters' key points and of the quizzes, read on paper).
UNMARKED_PREFIXES = ("kuis/", "handout/", "cek/")

_state: dict = {}


def _reset():
    _state.clear()
    _state.update(mentions={}, definitions={})


# Events


def on_config(config):
    _reset()
    return config


def on_files(files, config):
    data_path = Path(config.config_file_path).parent / "data" / "glosarium.yml"
    try:
        glossary = gl.load_glossary(data_path)
    except DataError as error:
        raise PluginError(f"Glosarium tidak dapat dibangun:\n{error}") from None
    to_html = site.make_markdown(config.markdown_extensions, config.mdx_configs, raw_html=True)
    converted: dict[str, str] = {}

    def convert(text: str) -> str:
        # Definitions repeat on every page that marks the entry: convert each text once per build.
        if text not in converted:
            converted[text] = to_html(text)
        return converted[text]

    _state.update(glossary=glossary, marker=gl.TermMarker(glossary), convert=convert,
                  abbreviations=gl.abbreviation_glossary(glossary))
    existing = files.get_file_from_path(gl.GLOSSARY_SRC)
    if existing is not None:
        raise PluginError(f"docs/{gl.GLOSSARY_SRC} dibuat otomatis dari data/glosarium.yml; hapus berkas docs/{gl.GLOSSARY_SRC}.")
    generated_pages.add_page(files, config, gl.GLOSSARY_SRC, gl.render_glossary(glossary, placeholders=True),
                             sources=["data/glosarium.yml"])
    return files


def on_nav(nav, config, files):
    # Abbreviation definitions for the abbr extension (<abbr title>: the browser's tooltip), from the data,
    # for every page MkDocs renders from here on. Given as the extension's `glossary` option: appended to
    # each page as `*[AKI]: ...` lines they cost ~8 ms of block parsing per page. Set after on_files, so
    # the quiz, handout and definition renderers made there stay without them, as before.
    options = dict(config.mdx_configs.get("abbr") or {})
    options["glossary"] = {**(options.get("glossary") or {}), **_state["abbreviations"]}
    config.mdx_configs = {**config.mdx_configs, "abbr": options}
    return nav


def on_page_content(html, page, config, files):
    # Each abbreviation keeps its <abbr> only where it is first met, after marking: a marked term is
    # explained by its popover, so the next use gets the tooltip.
    return gl.first_abbreviations_only(_mark_terms(html, page, files))


def _mark_terms(html, page, files):
    src = page.file.src_uri
    if src == gl.GLOSSARY_SRC or src.startswith(UNMARKED_PREFIXES):
        return html
    glossary_url = files.get_file_from_path(gl.GLOSSARY_SRC).url_relative_to(page.file)
    result = _state["marker"].mark(html, glossary_url)
    _state["mentions"][src] = result.mentioned
    if result.marked:
        _state["definitions"][src] = _state["marker"].definitions(result.marked, glossary_url, _state["convert"])
    return result.html


def on_env(env, config, files):
    glossary_file = files.get_file_from_path(gl.GLOSSARY_SRC)
    page = glossary_file.page
    appearances: dict[str, list[tuple[str, str]]] = {}
    for other in _pages_in_order(files, config.nav):
        for entry_id in _state["mentions"].get(other.file.src_uri, []):
            appearances.setdefault(entry_id, []).append(
                (other.title or other.file.src_uri, other.file.url_relative_to(glossary_file)))
    page.content = gl.first_abbreviations_only(gl.fill_appearances(page.content, appearances, _state["glossary"]))
    return env


def on_post_page(output, page, config):
    # Definitions go in after search indexing (on_page_context), so the index does not repeat them.
    return gl.insert_definitions(output, _state["definitions"].get(page.file.src_uri, ""))


# Helpers


def _pages_in_order(files, nav):
    """Documentation pages in nav order, then the pages outside the nav."""
    pages = {file.src_uri: file.page for file in files.documentation_pages() if file.page is not None}
    return [pages[src] for src in in_nav_order(pages, nav) if src != gl.GLOSSARY_SRC]
