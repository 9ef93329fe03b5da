"""Share previews: og/twitter meta on every page, a 1200×630 picture per page, drawn once and cached."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT
from scripts import share
from scripts.site_config import site_url


def meta(tree, key: str):
    node = tree.css_first(f'meta[property="{key}"]') or tree.css_first(f'meta[name="{key}"]')
    return node.attributes.get("content") if node is not None else None


def test_every_page_carries_share_meta_with_an_existing_picture(built_site, html_pages):
    base = site_url(ROOT)
    pages = {rel: p for rel, p in html_pages.items() if not rel.startswith(("assets/", "search/"))}
    assert len(pages) >= 5
    for rel, path in pages.items():
        tree = HTMLParser(path.read_text(encoding="utf-8"))
        head = tree.css_first("head")
        title = meta(head, "og:title")
        assert title and title == tree.css_first("h1").text().strip().rstrip("¶").strip(), rel
        assert meta(head, "og:description"), rel
        assert meta(head, "og:locale") == "id_ID"
        assert meta(head, "og:type") in ("website", "article")
        assert meta(head, "twitter:card") == "summary_large_image"
        expected_url = base + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        assert meta(head, "og:url") == expected_url, rel
        image = meta(head, "og:image")
        assert image.startswith(base) and meta(head, "og:image:alt"), rel
        # X falls back to the Open Graph tags; a second copy of each would only weigh on every page.
        assert not head.css("meta[name='twitter:title'], meta[name='twitter:image']"), rel
        file = built_site / image[len(base):]
        assert file.is_file(), f"{rel}: {file} tidak ada"
        with Image.open(file) as picture:
            assert picture.format == "PNG" and picture.size == (1200, 630)


def test_description_comes_from_the_page_front_matter(html_pages):
    tree = HTMLParser(html_pages["kunci-keberhasilan/index.html"].read_text(encoding="utf-8"))
    source = (ROOT / "docs" / "kunci-keberhasilan.md").read_text(encoding="utf-8")
    description = meta(tree, "og:description")
    assert description.startswith("Empat kunci keberhasilan") and description in " ".join(source.split())


@pytest.mark.parametrize("url, path", [
    ("", "assets/images/share/beranda.png"),
    ("apa-itu-kolaborasi/", "assets/images/share/apa-itu-kolaborasi.png"),
    ("examples/ykp-madani/", "assets/images/share/examples-ykp-madani.png"),
    ("404.html", "assets/images/share/404.png"),
])
def test_image_path(url, path):
    assert share.image_path(url) == path


def test_picture_is_1200_by_630_png():
    data = share.render_png("Sebuah judul yang sangat panjang sekali " * 4, "Bab", "Kolaborasi", "contoh.org")
    with Image.open(io.BytesIO(data)) as picture:
        assert picture.size == (1200, 630) and picture.format == "PNG"


def test_cache_reuses_a_picture_until_its_inputs_change(tmp_path, monkeypatch):
    calls = []
    real = share.render_png

    def counting(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(share, "render_png", counting)
    first = share.cached_png("Judul", "Bab", "Kolaborasi", "contoh.org", tmp_path)
    again = share.cached_png("Judul", "Bab", "Kolaborasi", "contoh.org", tmp_path)
    assert first == again and len(calls) == 1
    share.cached_png("Judul lain", "Bab", "Kolaborasi", "contoh.org", tmp_path)
    assert len(calls) == 2
    monkeypatch.setattr(share, "RENDER_VERSION", "uji")
    share.cached_png("Judul", "Bab", "Kolaborasi", "contoh.org", tmp_path)
    assert len(calls) == 3
