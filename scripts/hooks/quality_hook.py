"""Quality hook: meta descriptions, rel="noopener" on external links, and Jinja's bytecode cache.
(The sitemap's dates come from git with the visible ones, in site_hook.py.)"""

from __future__ import annotations

from pathlib import Path

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts.page_quality import add_noopener, describe  # noqa: E402


def on_env(env, config, files):
    # Material's templates and icons are Jinja templates compiled afresh on every build; that fixed cost
    # was most of our build time. Jinja's bytecode cache checks each template's source checksum, so a
    # changed template is recompiled; the output is the same with or without the cache.
    import jinja2

    cache = Path(config.config_file_path).parent / ".cache" / "jinja"
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        return env
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(cache))
    return env


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
