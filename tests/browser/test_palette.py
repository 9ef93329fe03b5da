"""The colour scheme toggle is Material's own (mkdocs.yml theme.palette): light ⇄ dark in one tap,
starting from the device's scheme, remembered across pages, also after instant navigation."""

from __future__ import annotations

import re

import pytest

from support.browser import PHONE, goto_instant

CHAPTER = "apa-itu-kolaborasi/"
STATE = """() => [document.body.getAttribute('data-md-color-scheme'),
                  [...document.querySelectorAll('[data-md-component=palette] label')].findIndex(l => !l.hidden)]"""
TOGGLE = "[data-md-component=palette] label:not([hidden])"


def _dark_colour(colour: str) -> bool:
    return sum(int(n) for n in re.findall(r"\d+", colour)[:3]) < 200


def _dark(page) -> bool:
    return _dark_colour(page.evaluate("getComputedStyle(document.body).backgroundColor"))


@pytest.mark.browser
@pytest.mark.parametrize("device", ["light", "dark"])
def test_one_tap_reaches_the_other_scheme_and_it_is_remembered(make_page, server, device):
    """Whatever the device shows, the first tap changes the scheme (no "follow the device" step that
    looks like nothing happened), and the choice holds on reload and after instant navigation."""
    page = make_page(viewport=PHONE, color_scheme=device)
    goto_instant(page, server + CHAPTER)
    start, other = ("default", "slate") if device == "light" else ("slate", "default")
    assert page.evaluate(STATE)[0] == start
    page.locator(TOGGLE).click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{other}'")
    assert _dark(page) == (other == "slate")
    with page.expect_response(lambda response: response.url.endswith("/sitemap.xml")):
        page.reload()  # instant navigation takes over links once it has read the sitemap
    assert page.evaluate(STATE)[0] == other
    page.evaluate("window.__marker = 1")
    page.locator("a.md-footer__link--next").click()
    page.wait_for_function("() => !location.pathname.endsWith('/apa-itu-kolaborasi/')")
    page.locator("article h1").first.wait_for()
    assert page.evaluate("window.__marker") == 1, "halaman dimuat ulang penuh"
    assert page.evaluate(STATE)[0] == other and _dark(page) == (other == "slate")
    page.locator(TOGGLE).click()  # and back in one tap
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{start}'")


@pytest.mark.browser
def test_dark_device_gets_the_dark_scheme_without_a_choice(make_page, server):
    page = make_page(viewport=PHONE, color_scheme="dark")
    page.goto(server + CHAPTER)
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert _dark(page)
    page.goto(server)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"


@pytest.mark.browser
def test_keyboard_enter_moves_to_the_next_scheme(make_page, server):
    page = make_page(color_scheme="light")
    goto_instant(page, server + CHAPTER)
    page.locator("#__palette_0").focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"({STATE})()[1] === 1")
    assert page.evaluate(STATE) == ["slate", 1]
    page.keyboard.press("Enter")
    page.wait_for_function(f"({STATE})()[1] === 0")
    assert page.evaluate(STATE) == ["default", 0]
