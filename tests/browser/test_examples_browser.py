"""The "Contoh nyata" overview on a phone: the comparison table scrolls inside its container."""

from __future__ import annotations

import pytest

from support.browser import PHONE

pytestmark = pytest.mark.browser


def test_comparison_keeps_row_labels_in_view_on_a_phone(make_page, server):
    """On 390px the table scrolls inside its own container; the row labels stay visible while it does."""
    page = make_page(viewport=PHONE)
    page.goto(server + "examples/")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    wrap = page.locator("h2#perbandingan ~ .md-typeset__scrollwrap").first
    wrap.wait_for()
    assert wrap.evaluate("el => el.scrollWidth > el.clientWidth"), "tabel muat di 390px; uji ini tidak menguji apa-apa"
    wrap.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    label = wrap.locator("tbody tr:first-child td:first-child")
    wrap_left = wrap.evaluate("el => el.getBoundingClientRect().left")
    label_box = label.bounding_box()
    assert label_box["x"] >= wrap_left - 1, "label baris ikut tergeser keluar layar"
    assert label.evaluate("el => el.textContent.trim()") == "Seberapa kuat sumbernya"
