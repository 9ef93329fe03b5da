"""Offline copy as files: zip layout, vendored shim instead of unpkg, .html links; normal build unaffected."""

from __future__ import annotations

import hashlib
import re
import zipfile

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT

from scripts import offline

SHIM = "assets/vendor/iframe-worker/shim.js"


def test_zip_holds_readme_and_site(offline_zip):
    with zipfile.ZipFile(offline_zip) as archive:
        names = archive.namelist()
        readme = archive.read("BACA-SAYA.txt").decode("utf-8")
    assert names[0] == "BACA-SAYA.txt"
    assert "kolaborasi/index.html" in names
    assert all(n == "BACA-SAYA.txt" or n.startswith("kolaborasi/") for n in names)
    assert "index.html" in readme


def test_every_page_loads_the_vendored_shim_and_nothing_from_unpkg(offline_root):
    pages = sorted(offline_root.rglob("*.html"))
    assert len(pages) > 3
    for path in pages:
        text = path.read_text(encoding="utf-8")
        assert "unpkg" not in text, path
        if path.name == "404.html":
            continue  # served by web servers only, with absolute addresses; never opened from file://
        tree = HTMLParser(text)
        scripts = [s.attributes.get("src") or "" for s in tree.css("script[src]")]
        shims = [s for s in scripts if s.endswith(SHIM)]
        assert len(shims) == 1, (path, scripts)
        # The relative address resolves to the shipped file from every folder depth.
        assert (path.parent / shims[0]).resolve() == (offline_root / SHIM).resolve()
        for src in scripts:
            assert not re.match(r"^[a-z]+://", src), (path, src)
    assert (offline_root / SHIM).read_bytes() == (ROOT / "vendor/iframe-worker/shim.js").read_bytes()


def test_links_point_at_html_files_and_search_index_is_a_script(offline_root):
    home = HTMLParser((offline_root / "index.html").read_text(encoding="utf-8"))
    nav = [a.attributes["href"] for a in home.css(".md-nav__link[href]")]
    assert "apa-itu-kolaborasi.html" in nav
    assert "handout/index.html" in nav
    assert (offline_root / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = ")


def test_normal_build_is_unaffected(built_site, html_pages):
    assert not (built_site / "search" / "search_index.js").exists()
    assert not (built_site / SHIM).exists()
    for rel, path in html_pages.items():
        text = path.read_text(encoding="utf-8")
        assert "iframe-worker" not in text and "unpkg" not in text, rel
    home = HTMLParser(html_pages["index.html"].read_text(encoding="utf-8"))
    nav = [a.attributes["href"] for a in home.css(".md-nav__link[href]")]
    assert "apa-itu-kolaborasi/" in nav and "apa-itu-kolaborasi.html" not in nav


def test_vendored_shim_matches_its_record():
    record = (ROOT / "vendor/iframe-worker/VENDOR.md").read_text(encoding="utf-8")
    digest = hashlib.sha256((ROOT / "vendor/iframe-worker/shim.js").read_bytes()).hexdigest()
    assert f"SHA-256: `{digest}`" in record
    assert "1.0.4" in record
    assert "MIT" in (ROOT / "vendor/iframe-worker/LICENSE").read_text(encoding="utf-8")


def test_offline_copy_has_no_instant_loading(offline_root, built_site):
    """Instant loading fetches pages; under file:// it would keep Material's document$ from ever emitting."""
    import json

    def features(path):
        tree = HTMLParser(path.read_text(encoding="utf-8"))
        return json.loads(tree.css_first("#__config").text())["features"]

    assert "navigation.instant" in features(built_site / "index.html")
    offline_features = features(offline_root / "index.html")
    assert offline_features and not any(f.startswith("navigation.instant") for f in offline_features)
    assert offline.offline_features(["a", "navigation.instant", "navigation.instant.progress"]) == ["a"]


def test_offline_flag():
    assert offline.offline_requested({"offline_copy": True})
    assert not offline.offline_requested({})
    assert not offline.offline_requested(None)


def test_pack_without_a_site_fails_clearly(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "scripts.offline", "zip", str(tmp_path), str(tmp_path / "x.zip")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "make offline" in result.stderr
    assert not (tmp_path / "x.zip").exists()
