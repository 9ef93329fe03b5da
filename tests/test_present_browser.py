"""Presentation mode in chromium: slides, keys, URL, reload, Escape, sizes, QR, instant navigation, axe."""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from conftest import PHONE
from scripts import present
from workshop_fixtures import (  # noqa: F401  (fixtures)
    FIXTURE_URL, TALL_END, make_workshop_page, workshop_server, workshop_site,
)

pytestmark = pytest.mark.browser

HD = {"width": 1280, "height": 720}
FULL_HD = {"width": 1920, "height": 1080}
FRAME = ".md-content__inner"


# Helpers


def h2_count(path) -> int:
    """h2 headings that start a slide: direct children of the article."""
    tree = HTMLParser(path.read_text(encoding="utf-8"))
    return len(tree.css(".md-content__inner > h2"))


def counter(page) -> str:
    return page.locator("[data-kol-counter]").inner_text().strip()


def slide_param(page):
    match = re.search(r"[?&]slide=(\d+)", page.url)
    return int(match.group(1)) if match else None


def presenting(page) -> bool:
    return page.evaluate("document.documentElement.classList.contains('kol-presenting')")


def press_p(page, presenting_after=True):
    """Press "p"; the first time, the slides load on demand, so wait for the result."""
    page.keyboard.press("p")
    expected = "true" if presenting_after else "false"
    page.wait_for_function(f"document.documentElement.classList.contains('kol-presenting') === {expected}")


def enter_with_button(page):
    page.locator(".md-header [data-kol-present-toggle]").click()
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")


def current_heading(page) -> str:
    return page.locator(f"{FRAME} > .kol-slide--current:is(h1, h2)").inner_text().strip()


def frame_metrics(page):
    return page.evaluate(
        """(sel) => { const f = document.querySelector(sel); const s = getComputedStyle(f);
        return {sh: f.scrollHeight, ch: f.clientHeight, sw: f.scrollWidth, cw: f.clientWidth,
                oy: s.overflowY, top: f.getBoundingClientRect().top, bottom: f.getBoundingClientRect().bottom}; }""",
        FRAME,
    )


def slide_pages(html_pages):
    rels = [present.page_url(src) + "index.html" for src in present.slide_section_pages(_nav())]
    return {rel: html_pages[rel] for rel in rels}


def _nav():
    from conftest import ROOT
    from scripts.site_config import load_config

    return load_config(ROOT)["nav"]


# Every slide page of the real site


def test_every_slide_page_has_one_slide_per_h2_and_nothing_clipped(make_page, server, html_pages):
    page = make_page(viewport=HD)
    pages = slide_pages(html_pages)
    assert pages
    for rel, path in pages.items():
        total = 1 + h2_count(path)
        page.goto(server + rel[: -len("index.html")])
        enter_with_button(page)
        assert counter(page) == f"1 / {total}", rel
        for number in range(1, total + 1):
            assert counter(page) == f"{number} / {total}", rel
            metrics = frame_metrics(page)
            # The slide fits, or it scrolls inside its frame; never wider than the screen.
            assert metrics["sh"] <= metrics["ch"] or metrics["oy"] == "auto", (rel, number)
            assert metrics["sw"] <= metrics["cw"], (rel, number, "melebar")
            assert page.locator(f"{FRAME} > .kol-slide--current:is(h1, h2)").is_visible(), (rel, number)
            page.keyboard.press("ArrowRight")
        assert counter(page) == f"{total} / {total}", "berhenti di salindia terakhir"
        page.keyboard.press("Escape")


def test_slides_hide_navigation_toc_search_and_footer(make_page, server):
    page = make_page(viewport=HD)
    page.goto(server + "apa-itu-kolaborasi/")
    for selector in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        assert page.locator(selector).first.is_visible(), selector
    enter_with_button(page)
    for selector in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search"):
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator(f"{FRAME} h1").is_visible()


# Keys, counter, URL


def test_keys_move_between_slides_and_the_url_follows(make_workshop_page, workshop_server, workshop_site):
    total = 1 + h2_count(workshop_site / FIXTURE_URL / "index.html")
    assert total == 6
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL)
    enter_with_button(page)
    assert page.locator(".md-header [data-kol-present-toggle]").get_attribute("aria-pressed") == "true"
    steps = [
        ("ArrowRight", 2), ("PageDown", 3), (" ", 4), ("ArrowLeft", 3), ("PageUp", 2),
        ("Shift+ ", 1), ("End", total), ("ArrowRight", total), ("Home", 1), ("ArrowLeft", 1),
    ]
    for key, expected in steps:
        page.keyboard.press(key)
        assert counter(page) == f"{expected} / {total}", key
        assert slide_param(page) == expected, key
    page.keyboard.press("End")
    assert current_heading(page) == "Catatan kedua"
    assert "#" not in page.url, "hash tetap milik judul bagian"


def test_slide_parameter_survives_reload_and_shared_link(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL + "?slide=3")
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
    assert counter(page) == "3 / 6"
    assert current_heading(page).startswith("Bagian panjang")
    page.keyboard.press("ArrowRight")
    page.reload()
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
    assert counter(page) == "4 / 6" and slide_param(page) == 4
    # Out of range is clamped, garbage ignored.
    page.goto(workshop_server + FIXTURE_URL + "?slide=99")
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
    assert counter(page) == "6 / 6"
    page.goto(workshop_server + FIXTURE_URL + "?slide=abc")
    page.locator(".md-header [data-kol-present-toggle]").wait_for()
    assert not presenting(page)


def test_escape_restores_the_page(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL + "#tabel")
    press_p(page)
    assert presenting(page) and counter(page) == "1 / 6"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Escape")
    assert not presenting(page)
    assert slide_param(page) is None and page.url.endswith("#tabel")
    assert page.locator(".md-header").is_visible() and page.locator(".md-sidebar--primary").is_visible()
    assert page.locator(".md-header [data-kol-present-toggle]").get_attribute("aria-pressed") == "false"
    for heading in page.locator(f"{FRAME} > h2").all():
        assert heading.is_visible()
    assert page.locator(".kol-present__bar").is_hidden()
    # Back at the section that was on screen.
    top = page.evaluate("document.getElementById('panjang').getBoundingClientRect().top")
    header = page.locator(".md-header").bounding_box()["height"]
    assert header <= top < 200, "judul bagian tertutup kepala halaman atau jauh dari layar"
    assert page.evaluate("document.querySelectorAll('.kol-slide--current').length") == 0


def test_p_shortcut_ignored_while_typing_and_beats_materials_previous_page(make_page, server):
    page = make_page(viewport=HD)
    page.goto(server + "apa-itu-kolaborasi/")
    page.locator(".md-search__input").click()
    page.keyboard.type("p")
    assert not presenting(page)
    assert page.locator(".md-search__input").input_value() == "p"
    page.keyboard.press("Escape")
    page.locator(f"{FRAME} h1").click()
    press_p(page)
    assert presenting(page)
    assert page.url.startswith(server + "apa-itu-kolaborasi/"), "Material's 'p' pindah ke halaman sebelumnya"
    page.keyboard.press("p")
    assert not presenting(page)


# Legibility and fitting


def _paragraph_px(page) -> float:
    return page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('#pendek').nextElementSibling).fontSize)"
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_body_text_is_large_on_a_projector(make_workshop_page, workshop_server, scheme):
    sizes = {}
    for name, viewport in (("hd", HD), ("full_hd", FULL_HD)):
        page = make_workshop_page(viewport=viewport, color_scheme=scheme)
        page.goto(workshop_server + FIXTURE_URL + "?slide=2")
        page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
        sizes[name] = _paragraph_px(page)
    assert sizes["hd"] >= 28, sizes
    assert sizes["full_hd"] > sizes["hd"] * 1.3, sizes


def test_reader_view_text_is_unchanged(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL)
    assert _paragraph_px(page) < 24


def test_tall_section_scrolls_inside_its_slide(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL + "?slide=3")
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
    metrics = frame_metrics(page)
    assert metrics["sh"] > metrics["ch"] and metrics["oy"] == "auto", metrics
    assert metrics["top"] >= 0 and metrics["bottom"] <= HD["height"]
    last = page.locator(f"{FRAME} p", has_text=TALL_END)
    assert not last.is_visible() or last.bounding_box()["y"] > HD["height"]
    page.mouse.move(640, 300)
    page.mouse.wheel(0, 20000)
    page.wait_for_function(
        f"(() => {{ const f = document.querySelector('{FRAME}'); return f.scrollTop + f.clientHeight >= f.scrollHeight - 1; }})()"
    )
    box = last.bounding_box()
    bar_top = page.locator(".kol-present__bar").bounding_box()["y"]
    assert box["y"] + box["height"] <= bar_top, "paragraf terakhir tertutup"
    # A new slide starts at its top.
    page.keyboard.press("ArrowRight")
    assert page.evaluate(f"document.querySelector('{FRAME}').scrollTop") == 0


def test_wide_table_and_image_fit_the_slide(make_workshop_page, workshop_server):
    page = make_workshop_page()
    for slide, selector in ((4, f"{FRAME} table"), (5, f"{FRAME} img[alt^='Gambar uji']")):
        page.goto(workshop_server + FIXTURE_URL + f"?slide={slide}")
        page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
        frame = page.locator(FRAME).bounding_box()
        box = page.locator(selector).bounding_box()
        assert box["x"] >= frame["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"], selector
        assert box["y"] + box["height"] <= HD["height"], selector
        metrics = frame_metrics(page)
        assert metrics["sw"] <= metrics["cw"]


# QR code


def test_qr_on_first_slide_and_on_demand(make_workshop_page, workshop_server):
    page = make_workshop_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(workshop_server + FIXTURE_URL)
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested if "/assets/qr/" in url], "pembaca ikut mengunduh kode QR"
    # Nor the slides themselves: present.js and present.css load when presenting starts.
    assert not [url for url in requested if url.endswith(("/present.js", "/present.css"))], requested
    page.keyboard.press("p")
    qr = page.locator("figure[data-kol-qr]")
    image = qr.locator("img")
    qr.wait_for(state="visible")
    page.wait_for_function("document.querySelector('figure[data-kol-qr] img')?.naturalWidth > 0")
    assert image.get_attribute("alt")
    assert qr.locator(".kol-present__url").inner_text().strip().endswith("/" + FIXTURE_URL)
    page.keyboard.press("ArrowRight")
    assert qr.is_hidden()
    toggle = page.locator("[data-kol-qr-toggle]")
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert qr.is_visible() and toggle.get_attribute("aria-expanded") == "true"
    assert image.bounding_box()["width"] > 300
    page.keyboard.press("Escape")
    assert qr.is_hidden() and presenting(page), "Esc menutup kode QR dulu"
    page.keyboard.press("Escape")
    assert not presenting(page)


# Instant navigation


def test_works_after_instant_navigation_with_one_handler(make_page, server):
    page = make_page(viewport=HD)
    page.goto(server)
    page.evaluate("window.__marker = 'masih-di-sini'")
    chapter = ".md-content a[href*='apa-itu-kolaborasi']"
    for _ in range(3):
        page.locator(chapter).first.click()
        page.wait_for_url("**/apa-itu-kolaborasi/")
        page.locator(f"{FRAME} h1", has_text="Apa itu kolaborasi?").wait_for()
        page.go_back()
        page.wait_for_url(server)
        page.locator(".md-header [data-kol-present-toggle]").wait_for(state="detached")
    page.locator(chapter).first.click()
    page.wait_for_url("**/apa-itu-kolaborasi/")
    page.locator(f"{FRAME} h1", has_text="Apa itu kolaborasi?").wait_for()
    assert page.evaluate("window.__marker") == "masih-di-sini", "halaman dimuat ulang penuh"
    assert page.locator(".md-header [data-kol-present-toggle]").count() == 1
    enter_with_button(page)
    page.keyboard.press("ArrowRight")
    assert counter(page).startswith("2 / "), "satu tekanan tombol, satu langkah"
    page.keyboard.press("Escape")
    assert not presenting(page)


# Accessibility


@pytest.mark.parametrize(
    "viewport, scheme, slide",
    [(HD, "light", 1), (HD, "dark", 1), (HD, "light", 4), (HD, "dark", 3), (PHONE, "light", 1), (PHONE, "dark", 4)],
)
def test_axe_finds_nothing_in_presentation_mode(make_workshop_page, workshop_server, viewport, scheme, slide):
    from axe_playwright_python.sync_playwright import Axe

    page = make_workshop_page(viewport=viewport, color_scheme=scheme)
    page.goto(workshop_server + FIXTURE_URL + f"?slide={slide}")
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
    page.wait_for_timeout(300)  # the slide's fade-in
    result = Axe().run(page)
    assert result.violations_count == 0, result.generate_report()


@pytest.mark.parametrize("motion, animated", [("reduce", False), ("no-preference", True)])
def test_slide_change_respects_reduced_motion(make_workshop_page, workshop_server, motion, animated):
    page = make_workshop_page(reduced_motion=motion)
    page.goto(workshop_server + FIXTURE_URL + "?slide=2")
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
    name = page.evaluate("getComputedStyle(document.getElementById('pendek')).animationName")
    assert (name != "none") is animated, name


def test_link_to_a_heading_opens_its_slide(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL + "?slide=2")
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
    page.locator(f"{FRAME} a", has_text="tabel lebar").click()
    page.wait_for_function("document.querySelector('[data-kol-counter]')?.textContent.trim() === '4 / 6'")
    assert current_heading(page) == "Tabel lebar" and slide_param(page) == 4
    page.evaluate("location.hash = 'gambar'")
    page.wait_for_function("document.querySelector('[data-kol-counter]')?.textContent.trim() === '5 / 6'")
    assert current_heading(page) == "Gambar lebar" and slide_param(page) == 5


def test_leaving_for_a_page_without_slides_ends_presentation(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL)
    page.evaluate("window.__marker = 1")
    enter_with_button(page)
    page.keyboard.press("End")
    page.locator(f"{FRAME} > .kol-slide--current a", has_text="Beranda").click()
    page.wait_for_url(workshop_server)
    page.locator(f"{FRAME} h1").wait_for()
    assert page.evaluate("window.__marker") == 1, "halaman dimuat ulang penuh"
    assert not presenting(page)
    assert page.locator(".md-header").is_visible()
    assert page.locator("[data-kol-present-toggle]").count() == 0


def test_following_a_link_to_another_chapter_keeps_presenting(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL + "?slide=6")
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
    page.evaluate("window.__marker = 1")
    page.locator(f"{FRAME} > .kol-slide--current a", has_text="bab pertama").click()
    page.wait_for_url("**/apa-itu-kolaborasi/?slide=1")
    assert page.evaluate("window.__marker") == 1, "halaman dimuat ulang penuh"
    assert presenting(page) and counter(page).startswith("1 / ")
    assert current_heading(page) == "Apa itu kolaborasi?"
    assert page.locator(".md-header [data-kol-present-toggle]").count() == 1
    page.keyboard.press("ArrowRight")
    assert counter(page).startswith("2 / ")


def test_printing_while_presenting_prints_every_section(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL + "?slide=2")
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
    page.emulate_media(media="print")
    for heading in page.locator(f"{FRAME} > h2").all():
        assert heading.is_visible()
    assert page.locator(".kol-present__bar").is_hidden()
    assert page.locator("figure[data-kol-qr]").is_hidden()
