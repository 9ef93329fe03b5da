"""The facilitator guide: in the nav, names every chapter. Its session plans: tests/test_schedule_build.py."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from conftest import ROOT
from scripts.site_config import load_config
from test_content import nav_sections


def test_guide_is_in_nav_and_names_every_chapter(html_pages):
    guide = HTMLParser(html_pages["pelatih/index.html"].read_text(encoding="utf-8"))
    hrefs = {a.attributes.get("href") for a in guide.css("article a")}
    expected = ["../apa-itu-kolaborasi/", "../kunci-keberhasilan/", "../tujuan-kolaborasi/"]
    if "Contoh nyata" in nav_sections(load_config(ROOT)):  # the overview of the examples, once they exist
        expected.append("../examples/")
    for target in expected:
        assert target in hrefs, target
    home = HTMLParser(html_pages["index.html"].read_text(encoding="utf-8"))
    # A nav section is a label (link or section title) once it holds more than the guide.
    assert any(node.text(strip=True) == "Untuk pelatih" for node in home.css(".md-nav a, .md-nav label"))
