"""Diagrams: `<!-- diagram: NAME -->` lines in pages become figures drawn from data/diagram/NAME.yml.

Thin layer over scripts/diagrams/. The marker becomes a <figure> in on_page_markdown (so its caption is
rendered, link-checked and indexed like the page's own text); the SVGs replace a placeholder only in
on_post_page, after the search plugin has indexed the page, so diagram labels don't fill the search index.
A page carries the narrow layout only; the wide one is a file of its own (on_files) that presentation
mode fetches for the projector.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts import diagrams  # noqa: E402
from scripts.core.data import DataError  # noqa: E402

_diagrams: dict[str, dict] = {}
_canvases: dict[tuple[str, str], str] = {}  # (name, wide file address) -> canvas, drawn once per build
_wide: dict[str, str] = {}  # name -> site path of the wide layout's file


def on_pre_build(config):
    _diagrams.clear()
    _canvases.clear()
    _wide.clear()
    try:
        _diagrams.update(diagrams.load_all())
    except DataError as error:
        raise PluginError(str(error)) from None


def on_files(files, config):
    for name, data in _diagrams.items():
        path, svg = diagrams.wide_file(data)
        _wide[name] = path
        files.append(File.generated(config, path, content=svg))
    return files


def on_page_markdown(markdown, page, config, files):
    markers = diagrams.find_markers(markdown)
    if not markers:
        return markdown
    for line, name in markers:
        if name not in _diagrams:
            known = ", ".join(sorted(_diagrams)) or "(belum ada)"
            raise PluginError(
                f"docs/{page.file.src_uri}:{line}: diagram \"{name}\" tidak ada di data/diagram/. "
                f"Buat data/diagram/{name}.yml atau pakai salah satu: {known}."
            )
    return diagrams.MARKER.sub(lambda m: diagrams.figure_markdown(_diagrams[m.group(1)]), markdown)


def on_post_page(output, page, config):
    return diagrams.insert_canvases(output, _diagrams, _canvases,
                                    lambda name: get_relative_url(_wide[name], page.file.url) if name in _wide else "")
