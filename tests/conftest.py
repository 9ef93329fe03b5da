"""Shared fixtures: one strict build per session, a local server, and Debian's chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


# Build


def run_mkdocs_build(config_dir: Path, site_dir: Path, extra_env: dict | None = None):
    """Run a strict build of the project in config_dir; return the CompletedProcess.

    A copy of the project outside git gets a one-commit repository first, so its pages carry a
    commit date (scripts/git_dates.py) as they would in a clone, not the build date.
    """
    if not (Path(config_dir) / ".git").exists():
        git = ["git", "-c", "user.name=Uji", "-c", "user.email=uji@contoh.test", "-c", "commit.gpgsign=false"]
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "salinan uji"]):
            subprocess.run(git + args, cwd=config_dir, check=True, capture_output=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=config_dir,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The whole site, built once per session with --strict."""
    site = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(ROOT, site)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict gagal:\n{result.stdout}\n{result.stderr}")
    return site


@pytest.fixture(scope="session")
def html_pages(built_site) -> dict[str, Path]:
    """Every content page of the build, keyed by its path relative to the site root."""
    pages = {}
    for path in sorted(built_site.rglob("*.html")):
        rel = path.relative_to(built_site).as_posix()
        if rel == "404.html":
            continue
        pages[rel] = path
    return pages


def site_url_path(rel: str) -> str:
    """The served URL path of a built file (index.html -> its folder)."""
    return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


# Server


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that closes a connection mid-response (navigation, test teardown) is not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(site: Path, public_url: str | None = None):
    """Serve a copy of a built site on 127.0.0.1 and yield its base URL.

    The copy's sitemap.xml names this server instead of the public address (`public_url`, by
    default the project's site_url): Material's instant navigation only intercepts links listed in
    the sitemap with the same host and path, so without the rewrite every click would be a full load.
    """
    from scripts.site_config import site_url

    with tempfile.TemporaryDirectory(prefix="kolaborasi-served-") as tmp:
        root = Path(tmp) / "site"
        shutil.copytree(site, root)
        httpd = _QuietServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
        base = f"http://127.0.0.1:{httpd.server_address[1]}/"
        sitemap = root / "sitemap.xml"
        if sitemap.exists():
            text = sitemap.read_text(encoding="utf-8")
            sitemap.write_text(text.replace(public_url or site_url(ROOT), base), encoding="utf-8")
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        try:
            yield base
        finally:
            httpd.shutdown()
            httpd.server_close()


@pytest.fixture(scope="session")
def server(built_site) -> str:
    """The whole site, served on 127.0.0.1 (see `serve`)."""
    with serve(built_site) as base:
        yield base


# Browser


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium through Playwright; skipped (or failed with REQUIRE_BROWSER=1) when absent."""
    executable = shutil.which("chromium")
    if executable is None:
        message = "chromium tidak ditemukan. Pasang dengan: sudo apt-get install chromium"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message + " (REQUIRE_BROWSER=1 mewajibkan uji peramban)")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


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


@pytest.fixture
def make_page(browser, server, request):
    """Factory: make_page(viewport=..., java_script_enabled=..., color_scheme=...) -> Page (see page_factory)."""
    with page_factory(browser, server, request) as factory:
        yield factory


@pytest.fixture
def page(make_page):
    """A page at projector size (1366x768)."""
    return make_page()


def goto_instant(page, url: str):
    """Open url and wait until instant navigation can take over links: Material intercepts a click
    only once it has read sitemap.xml; a click before that is an ordinary full page load."""
    with page.expect_response(lambda response: response.url.endswith("/sitemap.xml")):
        page.goto(url)
