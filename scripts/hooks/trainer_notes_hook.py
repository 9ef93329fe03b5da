"""Trainer notes (`??? catatan-pelatih "Catatan pelatih"`): closed by default, left out of search.

Thin layer over scripts/present/notes.py; styling in docs/assets/stylesheets/trainer-notes.css,
behaviour (open in trainer view) in docs/assets/javascripts/trainer-notes.js.
"""

from __future__ import annotations

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts import present  # noqa: E402


def on_page_markdown(markdown, page, config, files):
    return present.normalize_trainer_notes(markdown)


def on_page_content(html, page, config, files):
    # Runs before Material's search plugin reads page.content (on_page_context).
    return present.mark_trainer_notes(html)
