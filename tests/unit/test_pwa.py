"""Reading offline, without a browser: which files the worker knows, the web app manifest, the icons, and
where the worker is switched off (the offline zip, `mkdocs serve`)."""

from __future__ import annotations

import gzip
import io
import json

from PIL import Image

from support.site import ROOT
from scripts import pwa


def test_only_hosted_builds_get_a_worker():
    assert pwa.enabled("build", {}) and pwa.enabled(None, {}) and pwa.enabled("gh-deploy", {})
    assert not pwa.enabled("serve", {})  # live reload must never be answered from a cache
    assert not pwa.enabled("build", {"offline_copy": True})  # the zip opens from file://


def test_the_hook_switches_it_off_for_live_preview(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts" / "hooks"))
    import pwa_hook

    class Config(dict):
        extra: dict

    for command, offline_copy, expected in (("serve", False, False), ("build", False, True), ("build", True, False)):
        config = Config()
        config.extra = {"offline_copy": offline_copy}
        pwa_hook.on_startup(command, dirty=False)
        assert pwa_hook.on_config(config).extra["kolaborasi_pwa"] is expected


def test_file_list_names_pages_by_their_url_and_skips_what_offline_reading_does_not_need(tmp_path):
    files = {
        "index.html": "<h1>Beranda</h1>", "bab/index.html": "<h1>Bab</h1>", "404.html": "x",
        "assets/stylesheets/kolaborasi.0123456789.min.css": "a{}", "assets/javascripts/bundle.ab12cd34.min.js.map": "{}",
        "assets/images/share/bab.png": "png", "assets/qr/bab.svg": "<svg/>", "sitemap.xml.gz": "gz",
        "assets/javascripts/lunr/min/lunr.id.min.js": "id", "assets/javascripts/lunr/min/lunr.ja.min.js": "ja",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js": "s", "assets/javascripts/lunr/tinyseg.js": "t",
        "search/search_index.json": "{}", "sw.js": "old", "offline-manifest.json": "{}",
    }
    site, sizes = tmp_path / "site", tmp_path / "sizes.json"
    for rel, text in files.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(text, encoding="utf-8")
    entries = pwa.file_list(site, ["id"], sizes)
    assert sorted(entries) == ["", "404.html", "assets/javascripts/lunr/min/lunr.id.min.js",
                               "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
                               "assets/stylesheets/kolaborasi.0123456789.min.css", "bab/", "search/search_index.json"]
    revision, size = entries["bab/"]
    assert len(revision) == 12 and size > 0
    before = pwa.version(entries)
    (site / "bab" / "index.html").write_text("<h1>Bab baru</h1>", encoding="utf-8")
    changed = pwa.file_list(site, ["id"], sizes)
    assert changed["bab/"][0] != revision and changed[""] == entries[""]  # only the changed file's revision moves
    assert pwa.version(changed) != before


def test_sizes_on_the_wire_are_gzip_sizes_kept_by_content(tmp_path, monkeypatch):
    site, sizes = tmp_path / "site", tmp_path / "sizes.json"
    site.mkdir()
    page = "<p>" + "kolaborasi antara masyarakat dan organisasi " * 50 + "</p>"
    (site / "index.html").write_text(page, encoding="utf-8")
    (site / "ikon.png").write_bytes(b"\x89PNG" + bytes(100))
    expected = len(gzip.compress(page.encode(), compresslevel=6, mtime=0))
    entries = pwa.file_list(site, [], sizes)
    assert entries[""][1] == expected and entries["ikon.png"][1] == 104  # pictures are sent as they are
    assert list(json.loads(sizes.read_text()).values()) == [expected]
    compressed = []
    monkeypatch.setattr(pwa.gzip, "compress", lambda *a, **k: compressed.append(a) or b"")
    assert pwa.file_list(site, [], sizes) == entries and compressed == []  # the next build reads them
    (site / "index.html").write_text("<p>baru</p>", encoding="utf-8")
    pwa.file_list(site, [], sizes)
    assert len(compressed) == 1 and len(json.loads(sizes.read_text())) == 1  # the old page's entry is gone
    sizes.write_text("{rusak", encoding="utf-8")
    assert pwa.file_list(site, [], sizes)[""][1] == 0  # an unreadable cache is made again (here by the stub)


def test_worker_carries_the_version_of_its_file_list():
    entries = {"": ["aaaaaaaaaaaa", 10]}
    script = pwa.worker_script(entries, lambda text: text)
    assert f'"{pwa.version(entries)}"' in script and "__VERSION__" not in script


def test_manifest_works_under_a_sub_path_and_names_every_icon():
    manifest = pwa.web_manifest("Kolaborasi", "Kolaborasi", "Belajar kolaborasi.")
    assert manifest["lang"] == "id" and manifest["start_url"] == "./" and manifest["scope"] == "./"
    assert manifest["display"] == "standalone" and manifest["theme_color"] == pwa.THEME
    sizes = {(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}
    assert sizes == {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}
    assert all(not icon["src"].startswith("/") for icon in manifest["icons"])  # relative to the manifest
    json.dumps(manifest)


def test_icons_are_drawn_from_the_one_svg():
    for size, maskable in ((192, False), (512, True)):
        image = Image.open(io.BytesIO(pwa.icon_png(size, maskable)))
        assert image.size == (size, size)
        corner = image.convert("RGBA").getpixel((0, 0))
        if maskable:  # full bleed: the safe zone's background reaches the corners
            assert corner[:3] == (0x0B, 0x5D, 0x55) and corner[3] == 255
        else:  # the rounded square leaves the corners clear
            assert corner[3] == 0


def test_icons_come_from_the_cache_until_an_input_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(pwa, "CACHE", tmp_path)
    drawn = []
    real = pwa._draw_icon
    monkeypatch.setattr(pwa, "_draw_icon", lambda *args: drawn.append(args) or real(*args))
    first = pwa.icon_png(192, False)
    assert pwa.icon_png(192, False) == first and len(drawn) == 1  # the second build reads the cache
    assert first == real(*drawn[0])  # what the cache holds is what drawing gives
    pwa.icon_png(192, True)
    monkeypatch.setattr(pwa, "ICON_VERSION", "uji")
    pwa.icon_png(192, False)
    assert len(drawn) == 3  # another kind of icon, or a new drawing version, is drawn again
