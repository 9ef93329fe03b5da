"""Quality hook: meta descriptions, rel="noopener" on external links, and dates taken from git so
that two builds of the same commit are byte-identical (sitemap <lastmod> and the gzip header of
sitemap.xml.gz otherwise carry the day of the build)."""

from __future__ import annotations

from pathlib import Path

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts.page_quality import add_noopener, describe, git_dates, head_date  # noqa: E402

_dates: dict[str, str] = {}
_fallback_date: str | None = None


def on_pre_build(config):
    global _dates, _fallback_date
    docs_dir = Path(config.docs_dir)
    config_dir = Path(config.config_file_path).parent
    try:
        folder = docs_dir.relative_to(config_dir).as_posix()
    except ValueError:
        folder = docs_dir.as_posix()
    _dates = git_dates(config_dir, folder)
    _fallback_date = head_date(config_dir)


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


def on_page_markdown(markdown, page, config, files):
    # Generated pages and uncommitted files take the date of the commit being built.
    date = _dates.get(page.file.src_uri) or _fallback_date
    if date:
        page.update_date = date
    return markdown


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
