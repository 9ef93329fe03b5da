"""The facilitator guide: session tables add up to the length each plan states."""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser


def _section(tree, section_id):
    """The nodes between the h2 with section_id and the next h2."""
    heading = tree.css_first(f"h2#{section_id}")
    assert heading is not None, section_id
    nodes, node = [], heading.next
    while node is not None and node.tag != "h2":
        nodes.append(node)
        node = node.next
    return nodes


@pytest.mark.parametrize("section_id", ["sesi-90-menit", "sesi-setengah-hari"])
def test_session_steps_add_up_to_the_stated_length(html_pages, section_id):
    tree = HTMLParser(html_pages["pelatih/index.html"].read_text(encoding="utf-8"))
    nodes = _section(tree, section_id)
    intro = next(node.text() for node in nodes if node.tag == "p")
    stated = int(re.search(r"Sesi (\d+) menit", intro).group(1))
    table = next(node.css_first("table") for node in nodes if node.css_first("table") is not None)
    minutes = []
    for row in table.css("tbody tr"):
        first = row.css_first("td").text(strip=True)
        match = re.fullmatch(r"(\d+) menit", first)
        assert match, f"{section_id}: kolom waktu '{first}' bukan 'N menit'"
        minutes.append(int(match.group(1)))
    assert sum(minutes) == stated, (section_id, minutes)


def test_guide_is_in_nav_and_names_every_chapter(html_pages):
    text = html_pages["pelatih/index.html"].read_text(encoding="utf-8")
    for chapter in ("apa-itu-kolaborasi", "kunci-keberhasilan", "tujuan-kolaborasi", "examples/"):
        assert chapter in text, chapter
    home = HTMLParser(html_pages["index.html"].read_text(encoding="utf-8"))
    assert any(link.text(strip=True) == "Untuk pelatih" for link in home.css(".md-nav a"))
