"""Fixtures: Debian's chromium (once per session) and pages on the served site."""

from __future__ import annotations

import os
import shutil

import pytest

from support.browser import CHROMIUM_FLAGS, page_factory


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


@pytest.fixture
def make_page(browser, server, request):
    """Factory: make_page(viewport=..., java_script_enabled=..., color_scheme=...) -> Page (see page_factory)."""
    with page_factory(browser, server, request) as factory:
        yield factory


@pytest.fixture
def page(make_page):
    """A page at projector size (1366x768)."""
    return make_page()
