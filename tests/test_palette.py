"""The colour scheme toggle (overrides/partials/palette.html, docs/assets/javascripts/palette.js,
palette-head.js): auto → light → dark like Material's, remembered, without Material's palette
component (which re-styles the whole page while it starts) and without making light pages wait for the
dark stylesheet."""

from __future__ import annotations

import re

import pytest

from conftest import PHONE, goto_instant

CHAPTER = "apa-itu-kolaborasi/"
# The media the dark stylesheet applies with: its CSSOM media once loaded (palette-head.js switches it
# on there, leaving the attribute as built), else its attribute.
DARK_MEDIA = "(l => l.sheet ? l.sheet.media.mediaText : l.media)(document.querySelector('link[data-kol-dark]'))"
STATE = f"""() => [document.body.getAttribute('data-md-color-scheme'),
                   {DARK_MEDIA},
                   [...document.querySelectorAll('[data-kol-palette] label')].findIndex(l => !l.hidden)]"""


def test_pages_use_our_toggle_and_do_not_wait_for_the_dark_stylesheet(html_pages):
    for rel, path in html_pages.items():
        if rel.startswith(("assets/", "search/")):
            continue
        text = path.read_text(encoding="utf-8")
        assert 'data-md-component="palette"' not in text, rel
        assert "data-kol-palette" in text, rel
        sheets = re.findall(r'<link rel="stylesheet" href="[^"]*palette\.[0-9a-f]+\.min\.css"[^>]*>', text)
        assert len(sheets) == 1 and 'media="(prefers-color-scheme: dark)"' in sheets[0], (rel, sheets)


def _dark_colour(colour: str) -> bool:
    return sum(int(n) for n in re.findall(r"\d+", colour)[:3]) < 200


def _dark(page) -> bool:
    return _dark_colour(page.evaluate("getComputedStyle(document.body).backgroundColor"))


@pytest.mark.browser
def test_toggle_cycles_and_is_remembered(make_page, server):
    page = make_page(viewport=PHONE, color_scheme="light")
    goto_instant(page, server + CHAPTER)
    assert page.evaluate(STATE) == ["default", "(prefers-color-scheme: dark)", 0]
    toggle = page.locator("[data-kol-palette] label:not([hidden])")
    toggle.click()  # auto -> light
    assert page.evaluate(STATE) == ["default", "(prefers-color-scheme: dark)", 1]
    toggle.click()  # light -> dark, on a light device
    assert page.evaluate(STATE) == ["slate", "all", 2]
    page.wait_for_function("() => getComputedStyle(document.body).backgroundColor !== 'rgb(255, 255, 255)'")
    assert _dark(page)
    page.reload()
    assert page.evaluate(STATE) == ["slate", "all", 2]
    assert _dark(page)
    # The next page, reached by instant navigation, keeps it too.
    page.evaluate("window.__marker = 1")
    page.locator("a.md-footer__link--next").click()
    page.wait_for_function("() => !location.pathname.endsWith('/apa-itu-kolaborasi/')")
    assert page.evaluate("window.__marker") == 1, "halaman dimuat ulang penuh"
    assert page.evaluate(STATE)[:2] == ["slate", "all"]
    # Instant navigation puts back the next page's <head> as built; the dark styles must survive it.
    page.wait_for_function(f"() => {DARK_MEDIA} === 'all'")
    assert _dark(page)
    assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == "dark"
    page.locator("[data-kol-palette] label:not([hidden])").click()  # dark -> auto (light device)
    assert page.evaluate(STATE)[0] == "default"
    assert not _dark(page)


@pytest.mark.browser
def test_dark_device_gets_the_dark_scheme_without_a_choice(make_page, server):
    page = make_page(viewport=PHONE, color_scheme="dark")
    page.goto(server + CHAPTER)
    assert page.evaluate(STATE)[0] == "slate"
    assert _dark(page)
    assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == "dark"
    # Stored from the first visit, so Material's early script paints the next page dark at once.
    stored = page.evaluate("() => Object.keys(localStorage).filter(k => k.endsWith('.__palette'))")
    assert len(stored) == 1
    page.goto(server)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"


@pytest.mark.browser
def test_blocked_storage_leaves_the_toggle_working(make_page, server):
    page = make_page(color_scheme="light")
    page.add_init_script("Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }})")
    page.goto(server + CHAPTER)
    page.locator("[data-kol-palette] label:not([hidden])").click()
    page.locator("[data-kol-palette] label:not([hidden])").click()
    assert page.evaluate(STATE)[:2] == ["slate", "all"]


@pytest.mark.browser
def test_keyboard_enter_moves_to_the_next_scheme(make_page, server):
    page = make_page(color_scheme="light")
    page.goto(server + CHAPTER)
    page.locator("#__palette_0").focus()
    page.keyboard.press("Enter")
    assert page.evaluate(STATE)[2] == 1
    assert page.evaluate("document.activeElement.id") == "__palette_1"
    page.keyboard.press("Enter")
    assert page.evaluate(STATE)[:2] == ["slate", "all"]


@pytest.mark.browser
def test_dark_scheme_shows_no_light_frame_on_instant_navigation(make_page, server):
    """Instant navigation swaps <head> elements whose markup differs from the next page's; a dark
    stylesheet switched on in its markup would be swapped for a copy that applies frames later."""
    page = make_page(viewport=PHONE, color_scheme="light")
    goto_instant(page, server + CHAPTER)
    toggle = page.locator("[data-kol-palette] label:not([hidden])")
    toggle.click()
    toggle.click()  # dark, on a light device
    with page.expect_response(lambda response: response.url.endswith("/sitemap.xml")):
        page.reload()  # the dark stylesheet switched on before the first paint, then loaded
    page.evaluate("""() => {
        window.__frames = [];
        const record = () => {
            window.__frames.push(getComputedStyle(document.body).backgroundColor);
            requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
    }""")
    page.evaluate("window.__marker = 1")
    page.locator("a.md-footer__link--next").click()
    page.wait_for_function("() => !location.pathname.endsWith('/apa-itu-kolaborasi/')")
    page.locator("article h1").first.wait_for()
    page.wait_for_timeout(500)
    assert page.evaluate("window.__marker") == 1, "halaman dimuat ulang penuh"
    frames = page.evaluate("window.__frames")
    light = [colour for colour in frames if not _dark_colour(colour)]
    assert frames and not light, f"{len(light)} dari {len(frames)} bingkai terang"
    assert page.evaluate("[...document.querySelectorAll('meta[name=color-scheme]')].map(m => m.content)") == ["dark"]
