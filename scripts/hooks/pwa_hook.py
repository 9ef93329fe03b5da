"""Reading offline: after a build, write the web app manifest, its icons, the file list and the service worker.

Thin layer over scripts/pwa/. Off for `mkdocs serve` and for the offline zip (mkdocs.offline.yml): the template
links the manifest only when `config.extra.kolaborasi_pwa` is true, and luring.js registers nothing without it.
"""

from __future__ import annotations

from pathlib import Path

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts import pwa  # noqa: E402

_command: dict[str, str | None] = {"name": None}


def on_startup(command, dirty):
    _command["name"] = command


def on_config(config):
    config.extra["kolaborasi_pwa"] = pwa.enabled(_command["name"], config.extra)
    return config


def on_post_build(config):
    if not config.extra.get("kolaborasi_pwa"):
        return
    langs = []
    for plugin in ("search", "material/search"):
        if plugin in config.plugins:
            langs = list(config.plugins[plugin].config.get("lang") or [])
            break
    pwa.write_all(Path(config.site_dir), name=config.site_name, short_name=config.site_name,
                  description=config.site_description or config.site_name, search_langs=langs)
