"""Fixtures: the site built once per session, its pages, a local server, and a throwaway project copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.site import ROOT, copy_project, run_mkdocs_build, serve


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


@pytest.fixture(scope="session")
def server(built_site) -> str:
    """The whole site, served on 127.0.0.1 (see `serve`)."""
    with serve(built_site) as base:
        yield base


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A throwaway copy of the project (see support.site.copy_project), changed freely by the test."""
    return copy_project(tmp_path / "projek")
