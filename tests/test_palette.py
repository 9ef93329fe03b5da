"""The colour scheme toggle is Material's own (mkdocs.yml theme.palette): auto → light → dark,
remembered across pages, also after instant navigation."""

from __future__ import annotations

import re

import pytest

from conftest import PHONE, goto_instant

CHAPTER = "apa-itu-kolaborasi/"
STATE = """() => [document.body.getAttribute('data-md-color-scheme'),
                  [...document.querySelectorAll('[data-md-component=palette] label')].findIndex(l => !l.hidden)]"""
TOGGLE = "[data-md-component=palette] label:not([hidden])"


def test_pages_use_materials_toggle_and_its_stylesheets_as_shipped(html_pages):
    for rel, path in html_pages.items():
        if rel.startswith(("assets/", "search/")):
            continue
        text = path.read_text(encoding="utf-8")
        assert 'data-md-component="palette"' in text, rel
        sheets = re.findall(r'<link rel="stylesheet" href="[^"]*palette\.[0-9a-f]+\.min\.css"[^>]*>', text)
        assert len(sheets) == 1 and "media=" not in sheets[0], (rel, sheets)


def _dark_colour(colour: str) -> bool:
    return sum(int(n) for n in re.findall(r"\d+", colour)[:3]) < 200


def _dark(page) -> bool:
    return _dark_colour(page.evaluate("getComputedStyle(document.body).backgroundColor"))


@pytest.mark.browser
def test_toggle_cycles_and_is_remembered(make_page, server):
    page = make_page(viewport=PHONE, color_scheme="light")
    goto_instant(page, server + CHAPTER)
    assert page.evaluate(STATE) == ["default", 0]
    toggle = page.locator(TOGGLE)
    toggle.click()  # auto -> light
    page.wait_for_function(f"({STATE})()[1] === 1")
    toggle = page.locator(TOGGLE)
    toggle.click()  # light -> dark, on a light device
    page.wait_for_function(f"({STATE})()[1] === 2")
    assert page.evaluate(STATE) == ["slate", 2]
    assert _dark(page)
    page.reload()
    assert page.evaluate(STATE)[0] == "slate"
    assert _dark(page)
    # The next page, reached by instant navigation, keeps it too.
    page.evaluate("window.__marker = 1")
    page.locator("a.md-footer__link--next").click()
    page.wait_for_function("() => !location.pathname.endsWith('/apa-itu-kolaborasi/')")
    page.locator("article h1").first.wait_for()
    assert page.evaluate("window.__marker") == 1, "halaman dimuat ulang penuh"
    assert page.evaluate(STATE)[0] == "slate"
    assert _dark(page)
    page.locator(TOGGLE).click()  # dark -> auto (light device)
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    assert not _dark(page)


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
    page.keyboard.press("Enter")
    page.wait_for_function(f"({STATE})()[1] === 2")
    assert page.evaluate(STATE) == ["slate", 2]
