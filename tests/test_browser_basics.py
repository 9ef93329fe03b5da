"""The site in a real browser: renders, instant navigation, no outside requests, phone width."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from conftest import PHONE, goto_instant

pytestmark = pytest.mark.browser


def test_home_renders_in_indonesian(page, server):
    page.goto(server)
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator("h1").first.is_visible()
    assert page.locator(".md-search__input").get_attribute("placeholder") == "Cari"


def test_instant_navigation_keeps_the_page_alive(page, server):
    goto_instant(page, server)
    page.evaluate("window.__marker = 'masih-di-sini'")
    page.locator(".md-content a[href*='apa-itu-kolaborasi']").first.click()
    page.wait_for_url("**/apa-itu-kolaborasi/")
    page.locator("h1", has_text="Apa itu kolaborasi?").wait_for()
    assert page.evaluate("window.__marker") == "masih-di-sini", "halaman dimuat ulang penuh"
    page.go_back()
    page.wait_for_url(server)
    assert page.evaluate("window.__marker") == "masih-di-sini"


# Records every change of a <link>'s href, and whether the body existed yet when it happened.
RECORD_LINK_REWRITES = """
window.__linkRewrites = [];
new MutationObserver(function (records) {
  records.forEach(function (r) {
    if (r.target.localName !== "link") return;
    window.__linkRewrites.push({ href: r.target.getAttribute("href"), body: !!document.body });
  });
}).observe(document, { subtree: true, attributes: true, attributeFilter: ["href"] });
"""


def test_stylesheet_addresses_are_made_absolute_before_the_body_exists(page, server):
    """Instant navigation makes every relative address absolute when the theme's bundle starts; for a
    stylesheet that means processing it again and restyling the whole page. links-head.js does it in
    <head>, before there is a body to restyle, and each stylesheet is fetched once."""
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.add_init_script(RECORD_LINK_REWRITES)
    page.goto(server + "apa-itu-kolaborasi/")
    page.wait_for_load_state("load")
    rewrites = page.evaluate("window.__linkRewrites")
    sheets = page.evaluate("[...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.getAttribute('href'))")
    assert len(sheets) >= 4, sheets  # theme, dark scheme, our bundle, the page's own (diagrams, glossary)
    for href in sheets:
        assert href.startswith(server), f"alamat stylesheet masih relatif: {href}"
        assert fetched.count(href) == 1, f"{href} diambil {fetched.count(href)} kali"
    late = [r["href"] for r in rewrites if r["body"]]
    assert rewrites and not late, f"alamat diubah sesudah <body> ada (gaya seluruh halaman dihitung ulang): {late}"


def test_page_stylesheets_follow_instant_navigation(page, server):
    """Styles some pages need sit in <head>; instant navigation adds the next page's and drops the rest."""
    def sheets():
        return page.evaluate("[...document.querySelectorAll('head link[rel=stylesheet]')]"
                             ".map(l => l.href.split('/').pop())")

    goto_instant(page, server + "apa-itu-kolaborasi/")
    page.evaluate("window.__marker = 'masih-di-sini'")
    assert {"diagrams.css", "glossary.css"} <= set(sheets()) and "quiz.css" not in sheets()
    assert page.evaluate("getComputedStyle(document.querySelector('.kd-diagram')).containerType") == "inline-size"
    page.locator(".md-content a[href$='kuis/definisi/']").first.click()
    page.wait_for_url("**/kuis/definisi/")
    page.locator(".kuis-soal").first.wait_for()
    assert page.evaluate("window.__marker") == "masih-di-sini", "halaman dimuat ulang penuh"
    assert "quiz.css" in sheets() and not {"diagrams.css", "glossary.css"} & set(sheets()), sheets()
    page.wait_for_function("getComputedStyle(document.querySelector('.kuis-soal')).borderTopStyle === 'solid'")
    page.go_back()
    page.wait_for_url("**/apa-itu-kolaborasi/")
    page.locator(".kd-diagram").first.wait_for()
    assert page.evaluate("window.__marker") == "masih-di-sini"
    assert "quiz.css" not in sheets() and {"diagrams.css", "glossary.css"} <= set(sheets()), sheets()
    page.wait_for_function("getComputedStyle(document.querySelector('.kd-diagram')).containerType === 'inline-size'")


def test_pages_fit_a_phone_without_horizontal_scroll(make_page, server, html_pages):
    from conftest import site_url_path

    page = make_page(viewport=PHONE)
    for rel in html_pages:
        if rel.startswith(("assets/", "search/")):
            continue
        page.goto(server.rstrip("/") + site_url_path(rel))
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{rel} melebar {overflow}px di layar 390px"


# Restyling every element is the costliest thing a page can do once it is parsed: on long pages it is a
# long task of its own on a phone. (A whole-page restyle counts about 85% of the page's elements, hidden
# ones and SVG innards aside; the restyles left count at most 30%, the links Material rewrites.) What caused it here: Material's class swap on <html> (done early by
# js-head.js now) and writing meta color-scheme unchanged (palette-head.js writes only changes).
FULL_RESTYLE_PAGES = ["apa-itu-kolaborasi/", "glosarium/"]


@pytest.mark.parametrize("path", FULL_RESTYLE_PAGES)
def test_no_whole_page_restyle_once_the_scripts_run(page, server, path):
    browser = page.context.browser
    with tempfile.TemporaryDirectory() as tmp:
        trace = Path(tmp) / "trace.json"
        browser.start_tracing(page=page, path=str(trace), categories=["devtools.timeline", "disabled-by-default-devtools.timeline"])
        goto_instant(page, server + path)
        page.wait_for_timeout(500)
        elements = page.evaluate("document.getElementsByTagName('*').length")
        browser.stop_tracing()
        events = json.loads(trace.read_text(encoding="utf-8"))["traceEvents"]
    starts = [e["ts"] for e in events if e.get("name") == "EvaluateScript"
              and "/bundle." in e.get("args", {}).get("data", {}).get("url", "")]
    assert starts, "bundle Material tidak terlihat berjalan di jejak"
    restyles = [e["args"]["elementCount"] for e in events if e.get("name") == "UpdateLayoutTree"
                and e["ts"] >= starts[0] and e.get("args", {}).get("elementCount", 0) >= 0.7 * elements]
    assert not restyles, f"{len(restyles)} kali seluruh halaman ({elements} elemen) ditata ulang: {restyles}"


def test_html_classes_for_scripts_are_set_before_the_body(make_page, server):
    page = make_page()
    page.add_init_script("""
        window.__changes = [];
        new MutationObserver(records => records.forEach(r => {
            if (r.target !== document.documentElement) return;
            const now = r.target.className;
            if (r.oldValue !== now) window.__changes.push([document.body ? 'body' : 'head', r.oldValue, now]);
        })).observe(document, {subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true});
    """)
    goto_instant(page, server)
    classes = page.evaluate("document.documentElement.className").split()
    assert {"js", "kol-js", "js-focus-visible"} <= set(classes) and "no-js" not in classes, classes
    late = [change for change in page.evaluate("window.__changes") if change[0] == "body"]
    assert not late, f"kelas <html> berubah setelah <body> ada: {late}"


@pytest.mark.allow_console_errors  # the blocked bundle is logged as a failed load
def test_without_the_theme_bundle_the_page_falls_back_to_no_js(make_page, server):
    page = make_page(viewport=PHONE)
    page.route("**/assets/javascripts/bundle.*.min.js", lambda route: route.abort())
    page.goto(server)
    assert "no-js" in page.evaluate("document.documentElement.className").split()
    # Material hides what cannot work without its bundle, such as the search button.
    assert not page.locator(".md-header__button[for=__search]").is_visible()


def test_requests_leave_from_a_task_of_their_own(page, server):
    """search-defer.js sends asynchronous XMLHttpRequests from their own task (send() is slow and the
    theme calls it inside its long start-up task). Aborted before that task, nothing goes out;
    synchronous requests still answer at once."""
    goto_instant(page, server)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    result = page.evaluate("""async () => {
        const later = new XMLHttpRequest();
        later.open("GET", "sitemap.xml?batal");
        later.send();
        const stateRightAfter = later.readyState;
        later.abort();
        const now = new XMLHttpRequest();
        now.open("GET", "sitemap.xml?langsung", false);
        now.send();
        const kept = new XMLHttpRequest();
        const loaded = new Promise(resolve => { kept.onload = () => resolve(kept.status); });
        kept.open("GET", "sitemap.xml?tetap");
        kept.send();
        return [stateRightAfter, now.status, await loaded];
    }""")
    assert result == [1, 200, 200], result
    assert not [url for url in requested if url.endswith("?batal")], requested
    assert [url for url in requested if url.endswith("?tetap")], requested
