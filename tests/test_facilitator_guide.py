"""The facilitator guide: in the nav, names every chapter. Its session plans: tests/test_schedule_build.py."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser


def test_guide_is_in_nav_and_names_every_chapter(html_pages):
    text = html_pages["pelatih/index.html"].read_text(encoding="utf-8")
    for chapter in ("apa-itu-kolaborasi", "kunci-keberhasilan", "tujuan-kolaborasi", "examples/"):
        assert chapter in text, chapter
    home = HTMLParser(html_pages["index.html"].read_text(encoding="utf-8"))
    assert any(link.text(strip=True) == "Untuk pelatih" for link in home.css(".md-nav a"))
