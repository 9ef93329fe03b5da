"""Fixtures for the offline copy: one `mkdocs.offline.yml` build and zip per session, unpacked."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import CHROMIUM_FLAGS, PROJECTOR, ROOT  # noqa: F401

from scripts import offline


@pytest.fixture(scope="session")
def offline_zip(tmp_path_factory) -> Path:
    """dist-like zip of the offline copy, built once per session."""
    work = tmp_path_factory.mktemp("offline")
    site = work / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", "mkdocs.offline.yml",
         "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail(f"build luring gagal:\n{result.stdout}\n{result.stderr}")
    out = work / "kolaborasi-offline.zip"
    offline.pack(site, out)
    return out


@pytest.fixture(scope="session")
def offline_root(offline_zip, tmp_path_factory) -> Path:
    """The zip unpacked as a trainer would: the folder holding index.html."""
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(offline_zip) as archive:
        archive.extractall(target)
    return target / offline.TOP_FOLDER


class FileWatch:
    """Blocks and records every request that is not file:// (or data:/blob:)."""

    def __init__(self):
        self.blocked: list[str] = []
        self.errors: list[str] = []

    def route(self, route):
        url = route.request.url
        if url.startswith(("file://", "data:", "blob:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@pytest.fixture
def file_page(browser):
    """Factory: file_page(**context options) -> Page with every network request blocked.

    Fails at teardown on any blocked request or console error.
    """
    made = []

    def factory(**options):
        options.setdefault("viewport", PROJECTOR)
        context = browser.new_context(**options)
        watch = FileWatch()
        context.route("**/*", watch.route)
        page = context.new_page()
        page.on("console", lambda msg: watch.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda error: watch.errors.append(str(error)))
        page.watch = watch
        made.append((context, watch))
        return page

    yield factory
    for context, _ in made:
        context.close()
    for _, watch in made:
        assert not watch.blocked, f"Permintaan jaringan dari salinan luring: {watch.blocked}"
        assert not watch.errors, f"Galat konsol: {watch.errors}"
