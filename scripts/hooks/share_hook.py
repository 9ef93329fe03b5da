"""Share previews: og:* / twitter:* data for every page and its 1200×630 picture.

Thin layer over scripts/share.py. on_page_context hands the template a `share` dict
(overrides/partials/share-meta.html prints it); on_post_build writes the pictures, drawn once and then
reused from .cache/share/ (git-ignored) while their inputs stay the same.
"""

from __future__ import annotations

from pathlib import Path

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts import share  # noqa: E402

_jobs: dict[str, tuple[str, str]] = {}


def on_pre_build(config):
    _jobs.clear()


def _title(page) -> str:
    """The page's own heading (h1), else its navigation title."""
    for item in page.toc or []:
        if item.level == 1:
            return item.title
    return page.title or ""


def on_page_context(context, page, config, nav):
    title = page.meta.get("title") or _title(page) or config["site_name"]
    description = page.meta.get("description") or config.get("site_description") or ""
    site_url = config.get("site_url") or ""
    section = page.parent.title if page.parent is not None else ""
    context["share"] = share.share_meta(title, description, site_url, page.url, config["site_name"])
    _jobs[share.image_path(page.url)] = (title, section)
    return context


def on_post_build(config):
    site = Path(config["site_dir"])
    host = share.host_of(config.get("site_url") or "")
    for rel, (title, section) in _jobs.items():
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(share.cached_png(title, section, config["site_name"], host))
