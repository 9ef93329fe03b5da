"""Helpers for the search tests and benchmark: a fixture copy of the project, and the search box."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_DOCS = ROOT / "tests" / "fixtures" / "search_site"
KEEP_HOOKS = ("site_hook.py", "search_hook.py", "assets_hook.py")
IGNORE = shutil.ignore_patterns(".venv", "site", ".git", "node_modules", "__pycache__", ".pytest_cache", ".work")


def fixture_project(dest: Path) -> Path:
    """A copy of the project whose pages are the small search fixture pages.

    The copy keeps the theme, assets (and their hook), the search plugin and the search hook; it drops every other
    page, the nav (pages are then listed automatically), other plugins (the git dates need a git
    history the copy lacks) and the hooks of other features (they may link to real pages).
    """
    shutil.copytree(ROOT, dest, ignore=IGNORE)
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


def search(page, query: str, timeout: float = 15_000) -> list[str]:
    """Type query into Material's search box; return the page paths of the results, in order.

    Waits until the search worker is ready and the list has stopped changing for this query.
    """
    box = page.locator(".md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=5)
    page.wait_for_function(
        """(q) => {
            const meta = document.querySelector('.md-search-result__meta');
            const input = document.querySelector('.md-search__input');
            return meta && input && input.value === q && !/Mempersiapkan|Ketik untuk/.test(meta.textContent);
        }""",
        arg=query,
        timeout=timeout,
    )
    previous, waited = None, 0
    while waited < timeout:
        current = (meta_text(page), result_paths(page))
        if current == previous:
            return current[1]
        previous = current
        page.wait_for_timeout(200)
        waited += 200
    return previous[1]


def result_paths(page) -> list[str]:
    """Page path (no fragment/query, no leading slash) of each result group, in order."""
    hrefs = page.eval_on_selector_all(
        ".md-search-result__list > .md-search-result__item > a.md-search-result__link",
        "els => els.map(a => a.href)",
    )
    paths = []
    for href in hrefs:
        path = urlparse(href).path.lstrip("/")
        if path not in paths:
            paths.append(path)
    return paths


def meta_text(page) -> str:
    return page.locator(".md-search-result__meta").inner_text().strip()
