"""Search in Indonesian: Material's search worker loads assets/javascripts/lunr/min/lunr.id.min.js.

MkDocs' `search.lang` option rejects "id" and Material's Indonesian translation empties the
search pipeline. Runs before Material's search plugin reads its config (priority 100) and sets
both by item assignment, which the plugin honours.

Ranking: a student who searches a concept wants the page that explains it first. Practice and print
pages (quizzes, worksheets) repeat the chapters' words, so they get half the weight (Material's
per-page `search.boost`) unless their front matter says otherwise.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

LANG = ["id"]
PIPELINE = ["stemmer", "stopWordFilter", "trimmer"]
SECONDARY = {"kuis/": 0.5, "handout/": 0.5}  # src prefix -> search boost


@event_priority(100)
def on_config(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None:
            plugin.config["lang"] = list(LANG)
            plugin.config["pipeline"] = list(PIPELINE)
    return config


def on_page_markdown(markdown, page, config, files):
    for prefix, boost in SECONDARY.items():
        if page.file.src_uri.startswith(prefix):
            search = page.meta.get("search")
            search = dict(search) if isinstance(search, dict) else {}
            search.setdefault("boost", boost)
            page.meta["search"] = search
    return markdown
