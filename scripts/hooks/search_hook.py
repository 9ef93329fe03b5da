"""Search in Indonesian: Material's search worker loads assets/javascripts/lunr/min/lunr.id.min.js.

MkDocs' `search.lang` option rejects "id" and Material's Indonesian translation empties the
search pipeline. Runs before Material's search plugin reads its config (priority 100) and sets
both by item assignment, which the plugin honours.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

LANG = ["id"]
PIPELINE = ["stemmer", "stopWordFilter", "trimmer"]


@event_priority(100)
def on_config(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None:
            plugin.config["lang"] = list(LANG)
            plugin.config["pipeline"] = list(PIPELINE)
    return config
