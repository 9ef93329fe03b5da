"""Site-wide MkDocs hook: small adjustments that belong to no single feature (page dates from git, heading
permalinks, Jinja's template cache, the table of contents of pages outside the nav)."""

from __future__ import annotations

from pathlib import Path

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts import generated_pages, git_dates  # noqa: E402
from scripts.headerlink import HeaderlinkExtension  # noqa: E402

_dates: dict = {}


def on_config(config):
    # Once per build (also on every `mkdocs serve` rebuild): the last commit of every file.
    root = generated_pages.project_root(config)
    _dates.update(root=root, changes=git_dates.last_changes(root), fallback=git_dates.build_time())
    # Heading permalinks (toc) out of the headings' accessible names: scripts/headerlink.py.
    if not any(isinstance(ext, HeaderlinkExtension) for ext in config.markdown_extensions):
        config.markdown_extensions.append(HeaderlinkExtension())
    return config


def on_page_markdown(markdown, page, config, files):
    # "Diperbarui <date>" at the end of the page (Material shows page.meta.revision_date), and the same
    # date as the sitemap's <lastmod> (page.update_date): one git pass, one date per page.
    sources = generated_pages.sources_of(page)
    if sources is None and page.file.abs_src_path:
        sources = [Path(page.file.abs_src_path).resolve().relative_to(_dates["root"]).as_posix()]
    stamp = git_dates.page_stamp(list(sources or []), _dates["changes"], _dates["fallback"])
    page.meta["revision_date"] = git_dates.revision_html(stamp)
    page.update_date = git_dates.iso_date(stamp)
    return markdown


def on_page_content(html, page, config, files):
    # Material draws a table-of-contents title as <label for="__toc">, but renders the
    # checkbox it points at only for pages that appear in the navigation. Pages left
    # out of the navigation (worksheets, answer keys) would carry a label for a control
    # that does not exist, which is invalid HTML. Keep their title entry (Material's
    # "skip to content" link points at it) and drop the section list.
    if not page.file.inclusion.is_in_nav() and page.toc:
        first = page.toc.items[0]
        if first.level == 1:
            first.children = []
            page.toc.items = [first]
        else:
            page.toc.items = []
    return html


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
