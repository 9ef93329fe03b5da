"""Quality hook: a meta description for every page, rel="noopener" on external links (scripts/page_quality.py).
(The sitemap's dates come from git with the visible ones, and the template cache, in site_hook.py.)"""

from __future__ import annotations

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts.page_quality import add_noopener, describe  # noqa: E402


def on_page_content(html, page, config, files):
    if not (page.meta or {}).get("description"):
        text = describe(html)
        if text:
            # Material writes page.meta.description into an attribute without escaping it, while
            # other templates escape it: keep plain text that is safe either way.
            page.meta["description"] = text.replace('"', "'").replace("<", "‹").replace(">", "›")
    return html


def on_post_page(output, page, config):
    return add_noopener(output, config.site_url)


def on_post_template(output_content, template_name, config):
    return add_noopener(output_content, config.site_url)
