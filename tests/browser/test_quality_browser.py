"""Quality gates in the browser: one walk over every page per (scheme, width) that runs axe-core and
records any request to another host or console error (and, on a phone, any page wider than the screen), plus the
open search dialog."""

from __future__ import annotations

import pytest

from support.browser import PHONE, PROJECTOR, open_context
from support.site import site_url_path
from support.quality import axe_violations

pytestmark = pytest.mark.browser

SCHEMES = {"terang": ("light", "default"), "gelap": ("dark", "slate")}
WIDTHS = {"ponsel": PHONE, "desktop": PROJECTOR}


# Every page is walked in the light scheme on a phone and in the dark scheme on a desktop, so each page
# meets each scheme and each width once; the two other pairs walk one page of every kind (CI time: each
# full walk over 40-odd pages costs about a minute).
FULL_WALKS = {("terang", "ponsel"), ("gelap", "desktop")}
ONE_OF_EACH_KIND = {"index.html", "apa-itu-kolaborasi/index.html", "examples/index.html",
                    "examples/ykp-madani/index.html", "glosarium/index.html", "kuis/index.html",
                    "kuis/definisi/index.html", "kuis/kemajuan/index.html", "pelatih/index.html",
                    "pelatih/jadwal/index.html", "handout/index.html", "handout/apa-itu-kolaborasi/index.html",
                    "handout/apa-itu-kolaborasi-kunci/index.html", "sumber/index.html", "404.html",
                    "cek/index.html", "cek/tim/index.html", "handout/cek-kolaborasi/index.html"}


def _page_paths(html_pages, scheme: str, width: str):
    paths = [*html_pages, "404.html"]
    if (scheme, width) in FULL_WALKS:
        return paths
    sample = [rel for rel in paths if rel in ONE_OF_EACH_KIND]
    assert len(sample) == len(ONE_OF_EACH_KIND), sorted(ONE_OF_EACH_KIND - set(sample))  # pages renamed?
    return sample


# A full walk is cut into parts (every other page each) so that the two test workers share it evenly.
PARTS = 2
WALKS = [(scheme, width, part) for scheme in SCHEMES for width in WIDTHS
         for part in (range(PARTS) if (scheme, width) in FULL_WALKS else [None])]


@pytest.mark.parametrize("scheme, width, part", WALKS,
                         ids=[f"{s}-{w}" + ("" if p is None else f"-{p + 1}") for s, w, p in WALKS])
def test_every_page_accessible_and_local(make_page, server, html_pages, scheme, width, part):
    media, palette = SCHEMES[scheme]
    page = make_page(viewport=WIDTHS[width], color_scheme=media)
    page.set_default_timeout(10_000)
    watch = page.watch
    problems = []
    paths = _page_paths(html_pages, scheme, width)
    for rel in paths if part is None else paths[part::PARTS]:
        requests_before, errors_before = len(watch.external_requests), len(watch.console_errors)
        page.goto(server.rstrip("/") + site_url_path(rel), wait_until="load")
        shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert shown == palette, f"{rel}: skema {shown}, diharapkan {palette}"
        problems += [f"{rel}: {line}" for line in axe_violations(page)]
        if width == "ponsel":  # nothing wider than the phone: no sideways scrolling of the page
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            problems += [f"{rel}: melebar {overflow}px di layar 390px"] if overflow > 0 else []
        problems += [f"{rel}: permintaan ke host lain {url}" for url in watch.external_requests[requests_before:]]
        problems += [f"{rel}: galat konsol {text}" for text in watch.console_errors[errors_before:]]

    assert not problems, f"{len(problems)} masalah ({scheme}, {width}):\n" + "\n".join(problems)
    if part not in (None, 0):
        return
    # The search dialog, open with results, is part of every page too.
    page.goto(server)
    opener = page.locator('label.md-header__button[for="__search"]')
    if opener.is_visible():  # phone: the search field hides behind a header button
        opener.click()
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("kolaborasi")
    page.locator(".md-search-result__item").first.wait_for()
    problems += [f"dialog pencarian: {line}" for line in axe_violations(page)]
    assert not problems, f"{len(problems)} masalah ({scheme}, {width}):\n" + "\n".join(problems)


# The walk's checks catch bad pages


def test_axe_finds_missing_alt_and_low_contrast(make_page):
    page = make_page(viewport=PHONE)
    page.set_content(
        '<!doctype html><html lang="id"><head><title>Uji</title></head><body><main><h1>Uji</h1>'
        '<p style="color:#aaaaaa;background:#ffffff">Teks pucat</p>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">'
        "</main></body></html>"
    )
    found = {line.split(" ", 1)[0] for line in axe_violations(page)}
    assert {"color-contrast", "image-alt"} <= found


def test_outside_request_is_blocked_and_recorded(browser, server):
    context, watch = open_context(browser, server)
    try:
        page = context.new_page()
        page.goto(server)
        page.evaluate("""() => new Promise(done => {
            const script = document.createElement('script');
            script.src = 'https://cdn.contoh.test/pustaka.js';
            script.onerror = script.onload = () => done();
            document.head.append(script);
        })""")
        assert watch.external_requests == ["https://cdn.contoh.test/pustaka.js"]
    finally:
        context.close()
