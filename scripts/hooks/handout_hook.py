"""MkDocs hook for printable handouts: virtual pages handout/*.md built by scripts.handout."""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel

from _bootstrap import ROOT  # noqa: E402  (makes `scripts` importable)

from scripts import generated_pages, handout  # noqa: E402
from scripts.core.nav import in_nav_order  # noqa: E402
from scripts.core.pages import make_markdown  # noqa: E402


def on_files(files, config):
    pages = {f.src_uri: f for f in files.documentation_pages()}
    try:
        handouts = handout.build_handouts(
            [(src, pages[src].content_string) for src in in_nav_order(sorted(pages), config.nav)],
            handout.load_quizzes(ROOT),
            make_markdown(config.markdown_extensions, config.mdx_configs),
        )
        generated = handout.all_pages(handouts)
        sources = handout.page_sources(handouts)
    except handout.HandoutError as error:
        raise PluginError(str(error)) from None
    for src, content in generated.items():
        if files.get_file_from_path(src) is not None:
            raise PluginError(f"docs/{src} sudah ada, padahal halaman ini dibuat otomatis. Hapus berkasnya.")
        # The index is in the nav ("Bahan cetak"); worksheets and keys are reached from it.
        inclusion = InclusionLevel.UNDEFINED if src.endswith("/index.md") else InclusionLevel.NOT_IN_NAV
        generated_pages.add_page(files, config, src, content, sources=sources[src],
                                 inclusion=inclusion)
    return files
