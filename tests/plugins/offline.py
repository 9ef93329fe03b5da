"""Fixtures for the offline copy: one `mkdocs.offline.yml` build and zip per session, unpacked."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from support.browser import page_factory
from support.site import ROOT

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


@pytest.fixture
def file_page(browser, offline_root, request):
    """Factory: file_page(**context options) -> Page for the unpacked copy; every network request is
    blocked, and a blocked request or a console error fails the test at teardown (conftest.page_factory:
    file:// URLs have no host, so any http(s) request counts as another host)."""
    with page_factory(browser, offline_root.as_uri(), request) as factory:
        yield factory
