"""Whole-site build checks: language, no outside resources, strict link validation."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT, run_mkdocs_build


def test_every_page_is_indonesian(html_pages):
    assert "index.html" in html_pages
    for rel, path in html_pages.items():
        tree = HTMLParser(path.read_text(encoding="utf-8"))
        assert tree.css_first("html").attributes.get("lang") == "id", rel


def _resource_urls(tree):
    """src/href of scripts, stylesheets, fonts, icons, images and media."""
    for node in tree.css("script[src], img[src], source[src], video[src], audio[src], iframe[src]"):
        yield node.attributes["src"]
    for node in tree.css("link[href]"):
        rel = (node.attributes.get("rel") or "").lower()
        if any(kind in rel for kind in ("stylesheet", "icon", "preload", "preconnect", "prefetch", "manifest")):
            yield node.attributes["href"]


def test_no_resource_from_another_host(html_pages):
    for rel, path in html_pages.items():
        tree = HTMLParser(path.read_text(encoding="utf-8"))
        for url in _resource_urls(tree):
            parsed = urlparse(url)
            assert not parsed.netloc and parsed.scheme in ("", "data"), f"{rel}: {url}"


def test_stylesheets_load_no_remote_fonts(built_site):
    for css in built_site.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, css


def test_repository_widget_fetches_nothing(html_pages):
    """Material fetches repository facts from api.github.com for data-md-component=source."""
    for rel, path in html_pages.items():
        tree = HTMLParser(path.read_text(encoding="utf-8"))
        assert tree.css_first(".md-source") is not None, rel
        assert tree.css_first('[data-md-component="source"]') is None, rel


def test_site_and_repo_url_come_from_environment(tmp_path):
    result = run_mkdocs_build(
        ROOT, tmp_path / "site",
        {"SITE_URL": "https://contoh.test/kolaborasi/", "REPO_URL": "https://git.contoh.test/tim/situs"},
    )
    assert result.returncode == 0, result.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://contoh.test/kolaborasi/"' in home  # canonical
    assert 'href="https://git.contoh.test/tim/situs"' in home


@pytest.mark.parametrize("page, link, named", [
    ("apa-itu-kolaborasi.md", "halaman-yang-tidak-ada.md", "halaman-yang-tidak-ada.md"),  # no such page
    ("index.md", "apa-itu-kolaborasi.md#tidak-ada", "#tidak-ada"),  # no such anchor
], ids=["halaman", "jangkar"])
def test_broken_link_fails_build_naming_the_file_and_the_link(project_copy, tmp_path, page, link, named):
    path = project_copy / "docs" / page
    path.write_text(path.read_text(encoding="utf-8") + f"\n[rusak]({link})\n", encoding="utf-8")
    result = run_mkdocs_build(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert page in result.stderr and named in result.stderr
