"""Presentation mode and trainer notes in the built HTML: which pages, the QR files, search exclusion."""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT, run_mkdocs_build
from scripts import present
from scripts.site_config import load_config, site_url
from plugins.workshop import FIXTURE_URL, NOTE_MARK, NOTE_MARK_2, WORKSHOP_SITE_URL


def _tree(path):
    return HTMLParser(path.read_text(encoding="utf-8"))


def _parts(tree):
    """The presenting controls and QR code: inert markup in a <template> that present.js puts in place."""
    template = tree.css_first("[data-kol-present] > template[data-kol-present-parts]")
    assert template is not None, "kendali presentasi tidak dalam <template>"
    return HTMLParser(re.sub(r"^<template[^>]*>|</template>$", "", template.html))


def _slide_rels():
    """Built file of every page the nav puts under "Bab" and "Contoh nyata", and of the pages that ask for
    slides in their front matter (`presentasi: true`: the self-check and its team view, made by scripts/cek)."""
    from scripts import cek

    sources = [*present.slide_section_pages(load_config(ROOT)["nav"]), cek.PAGE, cek.TEAM]
    return [present.page_url(src) + "index.html" for src in sources]


def test_slide_pages_and_only_they_get_the_controls(html_pages):
    slide_rels = set(_slide_rels())
    assert slide_rels, "tidak ada halaman bab di nav"
    for rel, path in html_pages.items():
        if rel.startswith(("assets/", "search/")):
            continue
        panel = _tree(path).css_first(".md-content__inner > [data-kol-present]")
        assert (panel is not None) == (rel in slide_rels), rel
    home = _tree(html_pages["index.html"])
    assert home.css_first("[data-kol-present]") is None
    assert _tree(html_pages["pelatih/index.html"]).css_first("[data-kol-present]") is None


def test_controls_are_hidden_without_javascript_and_labelled(html_pages):
    for rel in _slide_rels():
        tree = _tree(html_pages[rel])
        panel = tree.css_first("[data-kol-present]")
        assert "hidden" in panel.attributes, rel
        toggle = panel.css_first("button[data-kol-present-toggle]")
        assert toggle.attributes.get("aria-pressed") == "false"
        assert "Mode presentasi" in toggle.text()
        parts = _parts(tree)
        assert parts.css_first("[data-kol-qr-toggle]").text(strip=True) == "Kode QR"
        assert parts.css_first("[aria-live=polite] [data-kol-counter]") is not None
        # Inert until presenting: none of it is an element of the page readers get.
        assert tree.css_first("[data-kol-counter]") is None and tree.css_first("figure[data-kol-qr]") is None


def test_qr_file_encodes_the_public_address_of_its_page(workshop_site):
    for rel in _slide_rels():
        url = rel[: -len("index.html")]
        expected = WORKSHOP_SITE_URL + url
        figure = _parts(_tree(workshop_site / rel)).css_first("figure[data-kol-qr]")
        image = figure.css_first("img")
        assert image.attributes.get("alt"), rel
        qr_file = (workshop_site / rel).parent / image.attributes["src"]
        assert qr_file.resolve() == (workshop_site / present.qr_asset_path(url)).resolve()
        assert qr_file.read_text(encoding="utf-8") == present.qr_svg(expected), rel
        assert figure.css_first(".kol-present__url").text(strip=True) == expected


def test_without_site_url_no_qr_code_encodes_the_placeholder(built_site, html_pages):
    # The default build (no SITE_URL): no QR file; the QR state shows the address the browser has.
    assert site_url(ROOT) == present.PLACEHOLDER_SITE_URL
    assert not (built_site / present.QR_DIR).exists()
    for rel in _slide_rels():
        figure = _parts(_tree(html_pages[rel])).css_first("figure[data-kol-qr]")
        assert figure.css_first("img") is None and figure.css_first("[data-kol-alamat]") is not None, rel
        assert "dibangun dengan SITE_URL" in figure.text(), rel


def test_no_qr_is_inlined_in_any_page(html_pages):
    for rel, path in html_pages.items():
        assert 'class="segno"' not in path.read_text(encoding="utf-8"), rel


def test_qr_follows_site_url_from_environment(tmp_path):
    result = run_mkdocs_build(ROOT, tmp_path / "site", {"SITE_URL": "https://contoh.test/kolaborasi/"})
    assert result.returncode == 0, result.stderr
    rel = _slide_rels()[0]
    url = rel[: -len("index.html")]
    svg = (tmp_path / "site" / present.qr_asset_path(url)).read_text(encoding="utf-8")
    assert svg == present.qr_svg("https://contoh.test/kolaborasi/" + url)


def test_fixture_page_from_nav_gets_slides_and_qr(workshop_site):
    tree = _tree(workshop_site / FIXTURE_URL / "index.html")
    assert tree.css_first("[data-kol-present]") is not None
    assert (workshop_site / present.qr_asset_path(FIXTURE_URL)).exists()


def test_trainer_notes_are_closed_details_left_out_of_search(workshop_site):
    tree = _tree(workshop_site / FIXTURE_URL / "index.html")
    notes = tree.css(".md-content__inner details.catatan-pelatih")
    assert len(notes) == 2, "kedua catatan (??? dan !!!) menjadi details"
    for note in notes:
        assert "open" not in note.attributes
        assert "data-search-exclude" in note.attributes
        assert note.css_first("summary").text(strip=True) == "Catatan pelatih"
    assert tree.css_first(".admonition.catatan-pelatih") is None
    index = json.loads((workshop_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = json.dumps(index, ensure_ascii=False)
    assert NOTE_MARK not in text and NOTE_MARK_2 not in text
    # The rest of the page is still indexed.
    assert any("Satu paragraf pendek" in doc["text"] for doc in index["docs"])


def test_facilitator_guide_notes_are_excluded_from_search(built_site, html_pages):
    tree = _tree(html_pages["pelatih/index.html"])
    notes = tree.css("details.catatan-pelatih[data-search-exclude]")
    assert notes, "panduan fasilitator tanpa catatan pelatih"
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    indexed = " ".join(doc["text"] for doc in index["docs"])
    for note in notes:
        body = note.css_first("p").text(strip=True)
        assert body[:40] not in indexed
