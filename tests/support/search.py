"""Helpers for the search tests: a fixture copy of the project. The search box lives in benchmarks/search_box.py."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from support.site import ROOT, copy_project

FIXTURE_DOCS = ROOT / "tests" / "fixtures" / "search_site"
KEEP_HOOKS = ("site_hook.py", "search_hook.py", "assets_hook.py")


def fixture_project(dest: Path) -> Path:
    """A copy of the project whose pages are the small search fixture pages.

    The copy keeps the theme, assets (and their hook), the search plugin and the search hook; it drops every other
    page, the nav (pages are then listed automatically), other plugins (the git dates need a git
    history the copy lacks) and the hooks of other features (they may link to real pages).
    """
    copy_project(dest)
    docs = dest / "docs"
    for page in docs.rglob("*.md"):
        page.unlink()
    shutil.copytree(FIXTURE_DOCS, docs, dirs_exist_ok=True)
    config = dest / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^nav:\n(?:[ \t]+.*\n?|\n)*", "", text)

    def hooks(match):
        kept = [line for line in match.group(2).splitlines(True) if line.strip().endswith(KEEP_HOOKS)]
        return match.group(1) + "".join(kept)

    text = re.sub(r"(?m)^(hooks:\n)((?:[ \t]+-.*\n?)+)", hooks, text)
    text = re.sub(r"(?m)^plugins:\n(?:[ \t]+.*\n?|\n)*", "plugins:\n  - search\n\n", text)
    config.write_text(text, encoding="utf-8")
    return dest
