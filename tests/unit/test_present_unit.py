"""Presentation mode and trainer notes: the pure functions in scripts/present/."""

from __future__ import annotations

import io

import pytest
import segno

from scripts import present
from scripts.present.__main__ import main as cli


@pytest.mark.parametrize(
    "site_url, page_url, expected",
    [
        ("https://kolaborasi.example.org/", "apa-itu-kolaborasi/", "https://kolaborasi.example.org/apa-itu-kolaborasi/"),
        ("https://contoh.test/kolaborasi", "examples/ykp-madani/", "https://contoh.test/kolaborasi/examples/ykp-madani/"),
        ("https://contoh.test/", "", "https://contoh.test/"),
        (None, "apa-itu-kolaborasi/", None),
        ("", "apa-itu-kolaborasi/", None),
    ],
)
def test_public_url(site_url, page_url, expected):
    assert present.public_url(site_url, page_url) == expected


def test_no_qr_address_for_the_placeholder_site_url():
    assert present.qr_address(present.PLACEHOLDER_SITE_URL, "apa-itu-kolaborasi/") is None
    assert present.qr_address("https://kolaborasi.example.org", "apa-itu-kolaborasi/") is None
    assert present.qr_address(None, "apa-itu-kolaborasi/") is None
    assert present.qr_address("https://contoh.test/", "bab/") == "https://contoh.test/bab/"


@pytest.mark.parametrize(
    "page_url, expected",
    [
        ("apa-itu-kolaborasi/", "assets/qr/apa-itu-kolaborasi.svg"),
        ("examples/ykp-madani/", "assets/qr/examples--ykp-madani.svg"),
        ("examples/", "assets/qr/examples.svg"),
        ("", "assets/qr/index.svg"),
        ("tujuan-kolaborasi.html", "assets/qr/tujuan-kolaborasi.svg"),
    ],
)
def test_qr_asset_path(page_url, expected):
    assert present.qr_asset_path(page_url) == expected


@pytest.mark.parametrize(
    "meta, in_section, expected",
    [
        ({}, True, True),
        ({}, False, False),
        ({"presentasi": False}, True, False),
        ({"presentasi": True}, False, True),
        ({"presentasi": "ya"}, False, False),  # not a boolean: the nav decides
    ],
)
def test_wants_slides(meta, in_section, expected):
    assert present.wants_slides(meta, in_section) is expected


def test_qr_svg_is_segno_output_for_the_url():
    url = "https://kolaborasi.example.org/examples/pandangan-media/"
    svg = present.qr_svg(url)
    expected = io.BytesIO()
    segno.make_qr(url, error="m").save(
        expected, kind="svg", xmldecl=False, omitsize=True, border=4, dark="#000", light="#fff",
        title=f"Kode QR: {url}",
    )
    assert svg == expected.getvalue().decode("utf-8")
    assert svg.startswith("<svg") and "viewBox" in svg and 'fill="#fff"' in svg
    assert present.qr_svg(url + "x") != svg


@pytest.mark.parametrize(
    "source, expected",
    [
        ('??? catatan-pelatih "Catatan pelatih"\n    Isi.', '??? catatan-pelatih "Catatan pelatih"\n    Isi.'),
        ("??? catatan-pelatih\n    Isi.", '??? catatan-pelatih "Catatan pelatih"\n    Isi.'),
        ('!!! catatan-pelatih "Untuk sesi 1"\n    Isi.', '??? catatan-pelatih "Untuk sesi 1"\n    Isi.'),
        ("???+ catatan-pelatih\n    Isi.", '??? catatan-pelatih "Catatan pelatih"\n    Isi.'),
        ("- butir\n\n    !!! catatan-pelatih\n        Isi.", '- butir\n\n    ??? catatan-pelatih "Catatan pelatih"\n        Isi.'),
        ("!!! note\n    Isi.", "!!! note\n    Isi."),
        ("```markdown\n!!! catatan-pelatih\n```", "```markdown\n!!! catatan-pelatih\n```"),
        ("~~~~\n```\n!!! catatan-pelatih\n~~~~\n!!! catatan-pelatih", '~~~~\n```\n!!! catatan-pelatih\n~~~~\n??? catatan-pelatih "Catatan pelatih"'),
    ],
)
def test_normalize_trainer_notes(source, expected):
    assert present.normalize_trainer_notes(source) == expected


@pytest.mark.parametrize(
    "html, expected",
    [
        ('<details class="catatan-pelatih">', '<details class="catatan-pelatih" data-search-exclude>'),
        ('<details class="catatan-pelatih inline end">', '<details class="catatan-pelatih inline end" data-search-exclude>'),
        ('<div class="admonition catatan-pelatih">', '<div class="admonition catatan-pelatih" data-search-exclude>'),
        ('<details class="note">', '<details class="note">'),
        ('<details class="catatan-pelatih-lain">', '<details class="catatan-pelatih-lain">'),
        ('<details class="catatan-pelatih" data-search-exclude>', '<details class="catatan-pelatih" data-search-exclude>'),
        ('<p class="catatan-pelatih">', '<p class="catatan-pelatih">'),
    ],
)
def test_mark_trainer_notes(html, expected):
    assert present.mark_trainer_notes(html) == expected


def test_slide_section_pages_takes_only_bab_and_contoh_nyata():
    nav = [
        {"Beranda": "index.md"},
        {"Bab": [{"Apa itu kolaborasi?": "apa-itu-kolaborasi.md"}, "kunci-keberhasilan.md"]},
        {"Contoh nyata": ["examples/index.md", {"Sub": [{"YKP": "examples/ykp-madani.md"}]}]},
        {"Glosarium": "glosarium.md"},
        {"Untuk pelatih": "pelatih/index.md"},
    ]
    assert present.slide_section_pages(nav) == [
        "apa-itu-kolaborasi.md", "kunci-keberhasilan.md", "examples/index.md", "examples/ykp-madani.md",
    ]


@pytest.mark.parametrize(
    "src, directory_urls, expected",
    [
        ("index.md", True, ""),
        ("examples/index.md", True, "examples/"),
        ("apa-itu-kolaborasi.md", True, "apa-itu-kolaborasi/"),
        ("apa-itu-kolaborasi.md", False, "apa-itu-kolaborasi.html"),
    ],
)
def test_page_url(src, directory_urls, expected):
    assert present.page_url(src, directory_urls) == expected


def test_cli_writes_the_qr_of_every_slide_page(tmp_path, capsys, monkeypatch):
    from support.site import ROOT
    from scripts.site_config import load_config

    monkeypatch.setenv("SITE_URL", "https://contoh.test/kolaborasi/")
    assert cli(["write", str(tmp_path)]) == 0
    pages = present.slide_section_pages(load_config(ROOT)["nav"])
    assert pages, "nav tanpa bab"
    for src in pages:
        url = present.page_url(src)
        written = tmp_path / present.qr_asset_path(url)
        assert written.read_text(encoding="utf-8") == present.qr_svg("https://contoh.test/kolaborasi/" + url)


def test_cli_writes_no_qr_for_the_placeholder_address(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    assert cli(["write", str(tmp_path)]) == 1
    assert "SITE_URL" in capsys.readouterr().err and not list(tmp_path.iterdir())
    assert cli(["check"]) == 1
    assert "SITE_URL" in capsys.readouterr().err


def test_cli_check_counts_the_slide_pages(capsys, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://contoh.test/kolaborasi/")
    assert cli(["check"]) == 0
    assert capsys.readouterr().out.startswith("Salindia: ")


def test_cli_without_command_exits_2(capsys):
    assert cli([]) == 2
    assert "Pemakaian" in capsys.readouterr().err


def test_normalize_leaves_similar_class_names_alone():
    assert present.normalize_trainer_notes("!!! catatan-pelatih-lain\n    Isi.") == "!!! catatan-pelatih-lain\n    Isi."


def test_heading_permalinks_are_decoration_and_the_page_title_has_none():
    import markdown

    from scripts.headerlink import HeaderlinkExtension

    html = markdown.markdown("# Judul halaman\n\n## Bagian\n", extensions=[
        "toc", HeaderlinkExtension()], extension_configs={"toc": {"permalink": True}})
    assert html.startswith('<h1 id="judul-halaman">Judul halaman</h1>')
    assert '<a aria-hidden="true" class="headerlink" href="#bagian" tabindex="-1"' in html
