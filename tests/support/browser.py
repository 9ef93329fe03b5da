"""Browser pages for the tests: Debian's chromium, pages that fail their test on an outside request or a
console error, phone and projector sizes."""

from __future__ import annotations

import contextlib
from urllib.parse import urlparse

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
PROJECTOR = {"width": 1366, "height": 768}


class PageWatch:
    """Records what a page did that a test should never allow: outside requests and errors."""

    def __init__(self, base: str):
        self.base_host = urlparse(base).netloc
        self.external_requests: list[str] = []
        self.console_errors: list[str] = []

    def route(self, route):
        url = route.request.url
        parsed = urlparse(url)
        if parsed.scheme in ("data", "blob") or parsed.netloc == self.base_host:
            route.continue_()
        else:
            self.external_requests.append(url)
            route.abort()

    def on_console(self, msg):
        if msg.type == "error":
            self.console_errors.append(msg.text)

    def on_page_error(self, error):
        self.console_errors.append(str(error))


def open_context(browser, server, **options):
    """A new browser context that blocks and records every request to another host."""
    context = browser.new_context(**options)
    watch = PageWatch(server)
    context.route("**/*", watch.route)
    return context, watch


@contextlib.contextmanager
def page_factory(browser, base: str, request, viewport=PROJECTOR):
    """Yield factory(**context options) -> Page for the site at `base`.

    Every page made fails its test at teardown if it requested another host or logged a console
    error (mark a test `allow_console_errors` to opt out of the second check).
    """
    made = []

    def factory(**options):
        options.setdefault("viewport", viewport)
        # The site's service worker (reading offline) would answer every request of every test from its
        # cache; only the tests of that feature (test_pwa_browser.py) let it run.
        options.setdefault("service_workers", "block")
        context, watch = open_context(browser, base, **options)
        page = context.new_page()
        page.on("console", watch.on_console)
        page.on("pageerror", watch.on_page_error)
        page.watch = watch
        made.append((context, watch))
        return page

    yield factory
    for context, _ in made:
        context.close()
    for _, watch in made:
        assert not watch.external_requests, f"Permintaan ke host lain: {watch.external_requests}"
        if request.node.get_closest_marker("allow_console_errors") is None:
            assert not watch.console_errors, f"Galat konsol: {watch.console_errors}"


def follow_instantly(page, href_part: str, heading: str):
    """Click the first content link whose address contains href_part and wait for the new page's heading;
    fail if the page was loaded anew instead of by instant navigation (a marker on window would be gone)."""
    page.evaluate("window.__marker = 'masih-di-sini'")
    page.locator(f".md-content a[href*='{href_part}']:not(.md-content__button)").first.click()  # not the edit button
    page.wait_for_url(f"**/{href_part}/")
    page.locator("h1", has_text=heading).wait_for()
    assert page.evaluate("window.__marker") == "masih-di-sini", "halaman dimuat ulang penuh"


def goto_instant(page, url: str):
    """Open url and wait until instant navigation can take over links: Material intercepts a click
    only once it has read sitemap.xml; a click before that is an ordinary full page load."""
    with page.expect_response(lambda response: response.url.endswith("/sitemap.xml")):
        page.goto(url)
