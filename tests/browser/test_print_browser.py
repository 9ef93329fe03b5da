"""Print in chromium: emulated print media on a chapter and a handout, and real PDFs from page.pdf()."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

A4 = {"width": 794, "height": 1123}
CHAPTER = "apa-itu-kolaborasi/"


def visible(page, selector) -> list[bool]:
    """Whether each element matching selector takes up space on the (print-emulated) page."""
    return page.eval_on_selector_all(
        selector, "els => els.map(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 "
                  "&& e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true}); })")


def print_page(make_page, server, path):
    page = make_page(viewport=A4)
    page.goto(server + path)
    page.emulate_media(media="print")
    return page


def pdf_pages(pdf: bytes) -> int:
    """Pages of a PDF, counted from its page objects (no PDF library needed)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_chapter_print_hides_site_chrome(make_page, server):
    page = print_page(make_page, server, CHAPTER)
    for selector in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search",
                     ".md-footer", ".md-source"):
        assert not any(visible(page, selector)), selector
    assert all(visible(page, ".md-content h1"))
    body = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset')).fontSize)")
    assert body >= 14  # 11pt


def test_print_shows_outside_addresses_only(make_page, server):
    page = print_page(make_page, server, CHAPTER)
    after = page.eval_on_selector_all(
        ".md-content .md-typeset a[href]",
        "els => els.map(a => [a.getAttribute('href'), a.href, getComputedStyle(a, '::after').content])")
    outside = [item for item in after if not item[1].startswith(server)]
    inside = [item for item in after if item[1].startswith(server)]
    assert outside and inside
    for href, _, content in outside:
        assert content == '" (" attr(href) ")"' or href in content, (href, content)
    for href, _, content in inside:
        assert content in ("none", "normal") or "(" not in content, (href, content)


def test_details_print_open_and_trainer_notes_stay_out(make_page, server, html_pages):
    # The facilitator guide holds trainer notes; chapters may hold explanatory details.
    page = print_page(make_page, server, "pelatih/")
    notes = page.locator(".catatan-pelatih")
    assert notes.count() > 0
    assert not any(visible(page, ".catatan-pelatih"))
    page.evaluate("""() => { const d = document.createElement('details');
        d.innerHTML = '<summary>Penjelasan</summary><p id="isi-details">Isi yang harus tercetak.</p>';
        document.querySelector('.md-typeset').appendChild(d); }""")
    assert visible(page, "#isi-details") == [True]
    page.emulate_media(media="screen")
    assert visible(page, "#isi-details") == [False]


def test_data_print_hide_contract(make_page, server):
    page = print_page(make_page, server, CHAPTER)
    page.evaluate("""() => { for (const [id, attrs] of [['a', 'data-print="hide"'], ['b', 'class="kuis-jawaban"']]) {
        document.querySelector('.md-typeset').insertAdjacentHTML('beforeend', `<p id="${id}" ${attrs}>x</p>`); } }""")
    assert visible(page, "#a") == [False] and visible(page, "#b") == [False]


def test_worksheet_print_has_no_answers_and_key_has_them(make_page, server, html_pages):
    sheet = print_page(make_page, server, "handout/apa-itu-kolaborasi/")
    assert not any(visible(sheet, ".md-header, .md-sidebar, .lembar-layar"))
    text = sheet.locator(".md-content").inner_text()
    assert "Poin kunci" in text and "Pertanyaan diskusi" in text
    assert all(visible(sheet, ".lembar-garis"))
    boxes = sheet.locator(".lembar-kotak").count()
    if "handout/apa-itu-kolaborasi-kunci/index.html" not in html_pages:
        assert boxes == 0  # no quiz for this chapter
        return
    assert boxes > 0
    assert "Jawaban:" not in text
    key = print_page(make_page, server, "handout/apa-itu-kolaborasi-kunci/")
    key_text = key.locator(".md-content").inner_text()
    questions = sheet.locator(".lembar-kuis > li").count()
    assert key.locator(".lembar-kunci > li").count() == questions
    assert key_text.count("Jawaban:") == questions
    # Every explanation in the key is absent from the worksheet.
    for explanation in key.locator(".lembar-kunci__penjelasan").all_inner_texts():
        assert explanation.strip() and explanation.strip() not in text


def test_handout_pdf_page_count(make_page, server, html_pages):
    page = make_page(viewport=A4)
    page.goto(server + "handout/apa-itu-kolaborasi/")
    count = pdf_pages(page.pdf(format="A4"))
    if "handout/apa-itu-kolaborasi-kunci/index.html" not in html_pages:
        # No quiz yet: key points, discussion questions with lines to write on, sources.
        assert 1 <= count <= 3, count
        return
    # With a quiz of some 8-10 questions: 2 to 5 sheets; its key on 1 to 4 sheets of its own.
    assert 2 <= count <= 5, count
    key = make_page(viewport=A4)
    key.goto(server + "handout/apa-itu-kolaborasi-kunci/")
    assert 1 <= pdf_pages(key.pdf(format="A4")) <= 4


def test_pdf_page_counter_counts_pages():
    fake = b"<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page/Parent 1 0 R >>"
    assert pdf_pages(fake) == 2


def test_handout_index_is_in_the_nav(html_pages):
    home = html_pages["index.html"].read_text(encoding="utf-8")
    assert 'href="handout/"' in home and "Bahan cetak" in home


def test_role_cards_print_whole_with_a_line_to_cut_along(make_page, server):
    page = print_page(make_page, server, "pelatih/kartu-peran/")
    cards = page.locator(".kartu-peran")
    assert cards.count() == 6
    styles = cards.evaluate_all("cs => cs.map(c => [getComputedStyle(c).breakInside, getComputedStyle(c).borderTopStyle, "
                                "c.querySelector('h2').id])")
    assert all(style[:2] == ["avoid", "dashed"] for style in styles), styles
    assert [style[2] for style in styles][:2] == ["kartu-akademisi", "kartu-dunia-usaha"]  # anchors still work
