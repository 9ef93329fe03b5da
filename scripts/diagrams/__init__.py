"""Diagrams: small YAML files in data/diagram/ -> inline SVG (a wide and a narrow layout) + caption.

Pure functions that know nothing of MkDocs:
- load_diagram(path) -> dict          validate one data file (errors name file and line, in Indonesian)
- layout_<kind>(data, wide) -> Scene   place boxes, text lines and arrows in SVG user units
- figure_markdown(data) -> str        the <figure> a page marker becomes (caption stays Markdown)
- insert_canvases(html, diagrams)      put both SVGs where the figure left its placeholder
- find_markers(markdown) -> [(line, name)]          `<!-- diagram: NAME -->` lines in a page

Text stays real SVG <text>; lines are wrapped with the committed DejaVu Sans metrics, which run wider
than the system fonts the site uses, so a line measured here always fits its box in the browser.

CLI (__main__.py): `python -m scripts.diagrams check` validates every data file; `write DIR` writes each figure
as DIR/NAME.html (caption Markdown left unrendered) for a build without MkDocs.

    load.py     reading data/diagram/*.yml (every problem of a file with its line) and the page markers
    layout.py   text measuring and the three layouts (siklus, kartu, lini-masa) as scenes
    render.py   scenes to SVG, figures and canvases (templates/ beside it)
"""

from scripts.diagrams.layout import FONT_SMALL, LAYOUTS, Scene, text_width, wrap
from scripts.diagrams.load import DATA_DIR, KINDS, MARKER, SVG_PLACEHOLDER, find_markers, load_all, load_diagram
from scripts.diagrams.render import WIDE_FOLDER, figure_markdown, insert_canvases, render_canvas, render_svg, wide_file

__all__ = ["DATA_DIR", "FONT_SMALL", "KINDS", "LAYOUTS", "MARKER", "SVG_PLACEHOLDER", "Scene", "WIDE_FOLDER",
           "figure_markdown", "find_markers", "insert_canvases", "load_all", "load_diagram", "render_canvas",
           "render_svg", "text_width", "wide_file", "wrap"]
