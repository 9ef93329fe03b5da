"""Offline copy: switch on Material's offline plugin for mkdocs.offline.yml and ship the vendored shim.

mkdocs.yml lists the `offline` plugin switched off; the overlay mkdocs.offline.yml only merges dicts and
scalars (INHERIT replaces lists), so it sets `extra.offline_copy: true` and this hook turns the plugin on.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts import offline  # noqa: E402
from scripts.offline import SHIM_SOURCE, SHIM_URI, offline_requested  # noqa: E402


# Before every plugin (the offline plugin reads its `enabled` flag in its own on_config).
@event_priority(100)
def on_config(config):
    if not offline_requested(config.extra):
        return config
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    if plugin is None:
        from mkdocs.exceptions import PluginError

        raise PluginError("mkdocs.yml: plugin `offline` harus terdaftar (dengan enabled: false) "
                          "agar mkdocs.offline.yml dapat menyalakannya.")
    plugin.config.enabled = True
    # Material's instant loading fetches pages, which file:// forbids; with it on, Material's document$
    # never emits under file:// and every feature started from it stays dead. Material's docs list it
    # among the settings to disable for offline builds.
    config.theme["features"] = offline.offline_features(config.theme.get("features") or [])
    return config


def on_files(files, config):
    if offline_requested(config.extra):
        files.append(File.generated(config, SHIM_URI, abs_src_path=str(SHIM_SOURCE),
                                    inclusion=InclusionLevel.NOT_IN_NAV))
    return files
