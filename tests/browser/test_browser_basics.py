"""The site in a real browser: renders, instant navigation, no outside requests, phone width."""

from __future__ import annotations


import pytest

from support.browser import PHONE, follow_instantly, goto_instant

pytestmark = pytest.mark.browser


def test_home_renders_in_indonesian(page, server):
    page.goto(server)
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator("h1").first.is_visible()
    assert page.locator(".md-search__input").get_attribute("placeholder") == "Cari"


def test_instant_navigation_keeps_the_page_alive(page, server):
    goto_instant(page, server)
    follow_instantly(page, "apa-itu-kolaborasi", "Apa itu kolaborasi?")
    page.go_back()
    page.wait_for_url(server)
    assert page.evaluate("window.__marker") == "masih-di-sini"


def test_styles_of_each_kind_of_page_apply_after_instant_navigation(page, server):
    """Every page's styles are in the one cached stylesheet: a quiz reached from a chapter by instant
    navigation is styled at once, and so are the chapter's diagrams on the way back."""
    goto_instant(page, server + "apa-itu-kolaborasi/")
    page.evaluate("window.__marker = 'masih-di-sini'")
    assert page.evaluate("getComputedStyle(document.querySelector('.kd-svg')).display") == "block"
    page.locator(".md-content a[href$='kuis/definisi/']").first.click()
    page.wait_for_url("**/kuis/definisi/")
    page.locator(".kuis-soal").first.wait_for()
    assert page.evaluate("window.__marker") == "masih-di-sini", "halaman dimuat ulang penuh"
    assert page.evaluate("getComputedStyle(document.querySelector('.kuis-soal')).borderTopStyle") == "solid"
    page.go_back()
    page.wait_for_url("**/apa-itu-kolaborasi/")
    page.locator(".kd-diagram").first.wait_for()
    assert page.evaluate("window.__marker") == "masih-di-sini"
    assert page.evaluate("getComputedStyle(document.querySelector('.kd-svg')).display") == "block"


@pytest.mark.allow_console_errors  # the blocked bundle is logged as a failed load
def test_without_the_theme_bundle_the_page_falls_back_to_no_js(make_page, server):
    page = make_page(viewport=PHONE)
    page.route("**/assets/javascripts/bundle.*.min.js", lambda route: route.abort())
    page.goto(server)
    assert "no-js" in page.evaluate("document.documentElement.className").split()
    # Material hides what cannot work without its bundle, such as the search button.
    assert not page.locator(".md-header__button[for=__search]").is_visible()


# Touch targets and the trainer switch on a phone (issue 24, "phone header for students").

TARGETS = """(selector) => [...document.querySelectorAll(selector)]
    .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
    .map(el => { const r = el.getBoundingClientRect();
                 return [el.className || el.tagName, Math.round(r.width), Math.round(r.height)]; })"""


def _small(page, selector):
    return [t for t in page.evaluate(TARGETS, selector) if t[1] < 44 or t[2] < 44]


def test_phone_tap_targets_are_at_least_44_px(make_page, server):
    page = make_page(viewport=PHONE)
    goto_instant(page, server + "kuis/definisi/")
    header = ".md-header__button, .md-header__option label"
    assert len(page.evaluate(TARGETS, header)) >= 3
    assert not _small(page, header)
    assert not _small(page, ".kuis .md-button")
    page.keyboard.press("Tab")  # the skip link shows when it has the focus
    assert page.evaluate("document.activeElement.classList.contains('md-skip')")
    assert not _small(page, ".md-skip")
    # Quiz choices: the whole row is the label, 44 px tall; a tap on its empty right end picks the option.
    assert len(page.evaluate(TARGETS, ".kuis-pilihan__item")) >= 4
    assert not _small(page, ".kuis-pilihan__item")
    row = page.locator(".kuis-pilihan__item").first
    box = row.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 4, box["y"] + box["height"] / 2)
    assert row.locator("input").is_checked()
    assert page.evaluate("""() => { const r = document.querySelector('.kuis-pilihan__item').getBoundingClientRect();
        return document.elementFromPoint(r.right - 4, r.bottom - 4).tagName; }""") == "LABEL"
    # The "Ubah halaman ini" icon in the content header.
    assert page.evaluate(TARGETS, ".md-content__button") and not _small(page, ".md-content__button")
    page.goto(server + "cek/")  # the self-check's choices are labels too
    assert len(page.evaluate(TARGETS, ".cek-skala__pilihan")) >= 5
    assert not _small(page, ".cek-skala__pilihan")
    page.goto(server + "apa-itu-kolaborasi/")
    page.wait_for_function("window.__kolaborasiGlossary === true")  # glossary.js listens
    # Keyboard focus opens the popover (a mouse click may land after hovering opened it, and a second
    # click on an open term follows its link by design).
    page.locator("article a.glossary-term").first.focus()
    page.locator(".glossary-popover__more").wait_for()
    assert not _small(page, ".glossary-popover__more")


def test_on_a_phone_the_trainer_view_is_switched_on_in_the_guide_not_by_a_header_icon(make_page, server):
    page = make_page(viewport=PHONE)
    goto_instant(page, server + "pelatih/")
    header_switch = page.locator(".md-header .kolaborasi-trainer")
    header_switch.wait_for(state="attached")
    assert header_switch.is_hidden()
    switch = page.locator("[data-kolaborasi-trainer]")
    assert switch.inner_text() == "Nyalakan tampilan pelatih"
    switch.click()
    assert page.evaluate("document.documentElement.dataset.trainer") == "on"
    assert switch.inner_text() == "Matikan tampilan pelatih"
    # While it is on, the header switch shows on every page, so it can be switched off anywhere.
    assert header_switch.is_visible() and header_switch.get_attribute("aria-pressed") == "true"
    header_switch.click()
    assert page.evaluate("document.documentElement.dataset.trainer") is None
    assert header_switch.is_hidden() and switch.inner_text() == "Nyalakan tampilan pelatih"
