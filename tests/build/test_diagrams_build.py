"""Diagrams in the built site: every marker became a figure with two accessible SVGs and a caption."""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT
from scripts import diagrams

# Where each diagram teaches: page -> (diagram, the h2 section it sits in).
PLACES = [
    ("apa-itu-kolaborasi/index.html", "siklus-bersama", "siklus-bersama"),
    ("apa-itu-kolaborasi/index.html", "pentahelix", "pentahelix"),
    ("kunci-keberhasilan/index.html", "kunci-keberhasilan", "tanpa-kunci-ini"),
    ("tujuan-kolaborasi/index.html", "tujuan-kolaborasi", None),
    ("examples/ykp-madani/index.html", "madani-pihak", "siapa-dengan-siapa"),
    ("examples/ykp-madani/index.html", "madani-linimasa", "hasil"),
    ("examples/icw-jurnalis/index.html", "icw-pihak", "siapa-dengan-siapa"),
    ("examples/icw-jurnalis/index.html", "icw-linimasa", "hasil"),
    ("examples/indonesialeaks/index.html", "indonesialeaks-pihak", "cara-bekerja"),
    ("examples/indonesialeaks/index.html", "indonesialeaks-linimasa", "hasil"),
]


def marker_pages() -> dict[str, list[str]]:
    """Markdown pages under docs/ that carry diagram markers -> diagram names."""
    found = {}
    for path in sorted((ROOT / "docs").rglob("*.md")):
        names = [name for _, name in diagrams.find_markers(path.read_text(encoding="utf-8"))]
        if names:
            found[path.relative_to(ROOT / "docs").as_posix()] = names
    return found


def built_of(md: str) -> str:
    stem = md[: -len(".md")]
    return stem + ".html" if stem == "index" or stem.endswith("/index") else stem + "/index.html"


def test_every_marker_became_a_figure(html_pages):
    pages = marker_pages()
    assert pages, "belum ada halaman dengan diagram"
    for md, names in pages.items():
        tree = HTMLParser(html_pages[built_of(md)].read_text(encoding="utf-8"))
        figures = [f.attributes["id"] for f in tree.css("figure.kd-diagram")]
        assert figures == [f"diagram-{name}" for name in names], md
        assert "diagram-svg:" not in tree.html and "<!-- diagram:" not in tree.html


@pytest.mark.parametrize("rel, name, section", PLACES)
def test_diagram_sits_in_its_section(html_pages, rel, name, section):
    html = html_pages[rel].read_text(encoding="utf-8")
    figure = html.index(f'id="diagram-{name}"')
    headings = [(m.start(), m.group(1)) for m in re.finditer(r'<h2 id="([^"]+)"', html)]
    before = [ident for start, ident in headings if start < figure]
    assert (before[-1] if before else None) == section


def test_every_svg_is_an_image_with_name_and_description(html_pages):
    count = 0
    for rel, path in html_pages.items():
        tree = HTMLParser(path.read_text(encoding="utf-8"))
        ids = [node.attributes["id"] for node in tree.css("[id]")]
        assert len(ids) == len(set(ids)), f"{rel}: id ganda"
        for figure in tree.css("figure.kd-diagram"):
            # One copy in the page (the narrow layout); the wide one is a file for presentation mode.
            svgs = figure.css("svg")
            assert [s.attributes["class"].split()[-1] for s in svgs] == ["kd-svg--sempit"], rel
            wide_file = (path.parent / figure.css_first("[data-kd-lebar]").attributes["data-kd-lebar"]).resolve()
            wide = HTMLParser(wide_file.read_text(encoding="utf-8")).css("svg")
            assert [s.attributes["class"].split()[-1] for s in wide] == ["kd-svg--lebar"], wide_file
            for svg in svgs + wide:
                count += 1
                assert svg.attributes["role"] == "img"
                title = svg.css_first(f'#{svg.attributes["aria-labelledby"]}')
                desc = svg.css_first(f'#{svg.attributes["aria-describedby"]}')
                assert title.tag == "title" and len(title.text().strip()) > 5, rel
                assert desc.tag == "desc" and len(desc.text().strip()) > 20, rel
                assert not svg.css("image, use, foreignObject, script, a"), f"{rel}: isi SVG dari luar atau skrip"
            caption = figure.css_first("figcaption")
            assert caption is not None and len(caption.text().strip()) > 20, rel
    assert count >= 8


def test_diagram_labels_stay_out_of_the_search_index(built_site):
    index = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "kd-svg" not in index and "Paling jangka panjang" not in index
