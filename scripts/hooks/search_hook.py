"""Search in Indonesian: Material's search worker loads assets/javascripts/lunr/min/lunr.id.min.js.

MkDocs' `search.lang` option rejects "id" and Material's Indonesian translation empties the
search pipeline. Runs before Material's search plugin reads its config (priority 100) and sets
both by item assignment, which the plugin honours.

Ranking: a student who searches a concept wants the page that explains it first. Practice and print
pages (quizzes, worksheets) repeat the chapters' words, so they get half the weight (Material's
per-page `search.boost`) unless their front matter says otherwise.

Words from the glossary (scripts/search_words.py): each entry's term, aliases, abbreviations and
variants (wartawan, kerjasama, LSM...) become the `tags` of the one section that teaches the entry, so
a reader's own word finds that section and the plain term finds it first. The site has no tags plugin,
so pages never show these tags; only search/search_index.json changes. Material weighs tags 1e6 by
default, which would let one shared word outweigh every title and page; TAGS_BOOST weighs
them as a heading (title), so the teaching section wins over pages that only use the word.
"""

from __future__ import annotations

from pathlib import Path

import _bootstrap  # noqa: F401  (makes `scripts` importable)

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from scripts.core.data import DataError
from scripts.glossary import load_glossary
from scripts.search_words import LANGS, enrich, search_meta

PIPELINE = ["stemmer", "stopWordFilter", "trimmer"]
TAGS_BOOST = 1000.0


@event_priority(100)
def on_config(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None:
            plugin.config["lang"] = list(LANGS)
            plugin.config["pipeline"] = list(PIPELINE)
            fields = dict(plugin.config.get("fields") or {})
            fields.setdefault("tags", {"boost": TAGS_BOOST})
            plugin.config["fields"] = fields
    return config


def on_page_markdown(markdown, page, config, files):
    search = search_meta(page.file.src_uri, page.meta)
    if search is not None:
        page.meta["search"] = search
    return markdown


@event_priority(100)
def on_post_build(config):
    """Before Material's search plugin writes search/search_index.json (priority 0)."""
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    index = getattr(plugin, "search_index", None)
    if index is None or not getattr(index, "entries", None):
        return
    path = Path(config.config_file_path).parent / "data" / "glosarium.yml"
    try:
        glossary = load_glossary(path)
    except DataError as error:
        raise PluginError(f"Kata pencarian dari glosarium tidak dapat dibaca:\n{error}") from None
    enrich(index.entries, glossary)
