"""Which pages become slides (chapters and examples: the nav sections "Bab" and "Contoh nyata", or any page whose
front matter says `presentasi: true`; `presentasi: false` opts a page out), and a page's URL."""

from __future__ import annotations

from scripts.core.nav import slide_pages

META_KEY = "presentasi"


def wants_slides(meta: dict, in_slide_section: bool) -> bool:
    """True if the page becomes slides: front matter `presentasi` wins, else its nav section decides."""
    value = meta.get(META_KEY)
    if isinstance(value, bool):
        return value
    return in_slide_section


# Which pages become slides: everything under the lesson sections of the nav (scripts/core/nav.py).
slide_section_pages = slide_pages


def page_url(src_path: str, use_directory_urls: bool = True) -> str:
    """MkDocs' URL of a Markdown file: 'examples/index.md' -> 'examples/', 'a.md' -> 'a/'."""
    stem = src_path[: -len(".md")] if src_path.endswith(".md") else src_path
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/" if use_directory_urls else f"{stem}.html"
