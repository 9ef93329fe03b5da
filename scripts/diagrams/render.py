"""Scenes to SVG (templates/diagram.svg.j2), the <figure> a page marker becomes, and the canvases put in built
pages (the narrow layout inline, the wide one as a content-hashed file for presentation mode)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from scripts.core.templates import environment
from scripts.diagrams.layout import LAYOUTS
from scripts.diagrams.load import SVG_PLACEHOLDER

TEMPLATES = Path(__file__).resolve().parent / "templates"
WIDE_FOLDER = "assets/diagrams"  # the wide layouts, one file each (wide_file)


@lru_cache(maxsize=1)
def _env() -> Environment:
    return environment(TEMPLATES, keep_trailing_newline=False)


def render_svg(data: dict, wide: bool) -> str:
    scene = LAYOUTS[data["jenis"]](data, wide)
    suffix = "lebar" if wide else "sempit"
    ident = f"diagram-{data['name']}-{suffix}"
    margin = 4
    return _env().get_template("diagram.svg.j2").render(
        id=ident, scene=scene, layout=suffix, title=data["judul"], desc=data["deskripsi"],
        view=f"{-margin} {-margin} {scene.width + 2 * margin:.0f} {scene.height + 2 * margin:.0f}",
        max_width=round((scene.width + 2 * margin) * (1.12 if wide else 1.3)),
    )


def figure_markdown(data: dict) -> str:
    """What a page marker becomes: a <figure> whose caption goes through the page's own Markdown
    (so links are checked and rewritten like any other), with a placeholder for the SVGs."""
    return _env().get_template("figure.md.j2").render(name=data["name"], caption=Markup(data["keterangan"]))


def wide_file(data: dict) -> tuple[str, str]:
    """The wide layout as a file of its own (site path named after a hash of its content, so a host may
    cache it for good, and the SVG). Pages carry only the narrow layout; presentation mode fetches this
    one for the projector (present.js), so a page holds one copy of each diagram."""
    svg = render_svg(data, True)
    digest = hashlib.sha256(svg.encode("utf-8")).hexdigest()[:10]
    return f"{WIDE_FOLDER}/{data['name']}.{digest}.svg", svg + "\n"


def render_canvas(data: dict, wide_url: str = "") -> str:
    """The narrow layout of one diagram, which reads at any width; wide_url, when given, is where
    presentation mode finds the wide one."""
    return _env().get_template("canvas.html.j2").render(narrow=Markup(render_svg(data, False)), wide_url=wide_url)


def insert_canvases(html: str, diagrams: dict[str, dict], cache: dict[tuple[str, str], str] | None = None,
                    wide_url=lambda name: "") -> str:
    """Replace each `<!-- diagram-svg: NAME -->` placeholder in built HTML with the narrow SVG.

    `cache` ((name, wide file address) -> canvas), when given, keeps each diagram's drawing for the next page that shows it;
    `wide_url(name)` gives the page-relative address of the wide layout's file."""
    cache = {} if cache is None else cache

    def canvas(match: re.Match) -> str:
        name = match.group(1)
        if name not in diagrams:
            return match.group(0)
        url = wide_url(name)
        if (name, url) not in cache:
            cache[(name, url)] = render_canvas(diagrams[name], url)
        return cache[(name, url)]
    return SVG_PLACEHOLDER.sub(canvas, html)

