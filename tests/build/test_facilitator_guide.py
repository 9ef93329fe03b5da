"""The facilitator guide: in the nav, names every chapter. Its session plans: tests/build/test_schedule_build.py."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT
from scripts.site_config import load_config
from scripts.core.nav import nav_pages


def test_guide_is_in_nav_and_names_every_chapter(html_pages):
    guide = HTMLParser(html_pages["pelatih/index.html"].read_text(encoding="utf-8"))
    hrefs = {a.attributes.get("href") for a in guide.css("article a")}
    expected = ["../apa-itu-kolaborasi/", "../kunci-keberhasilan/", "../tujuan-kolaborasi/"]
    if any(page.section == "Contoh nyata" for page in nav_pages(load_config(ROOT).get("nav"))):  # the overview of the examples, once they exist
        expected.append("../examples/")
    for target in expected:
        assert target in hrefs, target
    home = HTMLParser(html_pages["index.html"].read_text(encoding="utf-8"))
    # A nav section is a label (link or section title) once it holds more than the guide.
    assert any(node.text(strip=True) == "Untuk pelatih" for node in home.css(".md-nav a, .md-nav label"))
