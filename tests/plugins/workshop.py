"""A copy of the project with one extra slide page that has every hard case, built and served once.

The fixture page sits under the nav section "Bab" (so the hook must pick it up from the nav) and has a
short section with a trainer note, a section taller than any screen (with a long admonition and a
long table in it), a wide table, a wide image and a
`!!!` trainer note without a title. Import the fixtures into a test module to use them.
"""

from __future__ import annotations

import shutil

import pytest

from support.browser import page_factory
from support.site import ROOT, run_mkdocs_build, serve

FIXTURE_PAGE = "uji-presentasi.md"
FIXTURE_URL = "uji-presentasi/"
WORKSHOP_SITE_URL = "https://kolaborasi.test/"
NOTE_MARK = "PENANDAPELATIHSATU"
NOTE_MARK_2 = "PENANDAPELATIHDUA"
TALL_END = "AKHIRBAGIANPANJANG"

_TALL = "\n\n".join(
    f"Paragraf {n} di bagian panjang: kalimat ini sengaja diulang agar bagian ini lebih tinggi dari layar."
    for n in range(1, 31)
)

# A box and a table each taller than any slide: they split between blocks and between rows.
ADMONITION_TITLE = "Kotak panjang"
_LONG_ADMONITION = f"!!! example \"{ADMONITION_TITLE}\"\n" + "\n\n".join(
    [f"    Isi kotak {n}: kalimat ini sengaja panjang supaya kotak ini lebih tinggi dari satu layar penuh." for n in range(1, 8)]
    + ["\n".join(f"    - Butir kotak {n}, satu kalimat utuh." for n in range(1, 5))]
)
_LONG_TABLE = "| Kolom kiri | Kolom kanan |\n| --- | --- |\n" + "\n".join(
    f"| Baris tabel {n} | Isi baris {n} yang utuh |" for n in range(1, 25)
)

FIXTURE_MARKDOWN = f"""---
description: Halaman uji mode presentasi.
waktu: {{paparan: 20, kegiatan: 5}}
---

# Halaman uji presentasi

Paragraf pembuka pada salindia judul.

## Bagian pendek {{#pendek}}

Satu paragraf pendek untuk diukur ukuran hurufnya. Lihat juga [tabel lebar](#tabel).

??? catatan-pelatih
    {NOTE_MARK} tanyakan pengalaman peserta lebih dulu.

## Bagian panjang {{#panjang}}

{_TALL}

{_LONG_ADMONITION}

{_LONG_TABLE}

{TALL_END} adalah paragraf terakhir.

## Tabel lebar {{#tabel}}

| Pihak | Yang dibagikan | Peran dalam perencanaan | Peran dalam pelaksanaan | Peran dalam evaluasi |
| --- | --- | --- | --- | --- |
| Organisasi masyarakat sipil | pengetahuan lapangan dan jaringan warga | menyusun kebutuhan bersama warga | mendampingi kegiatan di lapangan | mengumpulkan masukan warga |
| Pemerintah daerah | anggaran dan kewenangan | menyelaraskan dengan rencana daerah | menyediakan izin dan sarana | menilai hasil terhadap target |

## Gambar lebar {{#gambar}}

![Gambar uji yang sangat lebar](gambar-lebar.svg)

## Catatan kedua {{#catatan}}

Teks biasa di bagian terakhir. Kembali ke [Beranda](index.md) atau lanjut ke [bab pertama](apa-itu-kolaborasi.md).

!!! catatan-pelatih
    {NOTE_MARK_2} catatan tanpa judul.
"""

WIDE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="600" viewBox="0 0 3000 600">'
    '<rect width="3000" height="600" fill="#0b5d55"/></svg>'
)


@pytest.fixture(scope="session")
def workshop_site(tmp_path_factory):
    """The project plus the fixture page, built with --strict."""
    copy = tmp_path_factory.mktemp("workshop") / "proyek"
    ignore = shutil.ignore_patterns(".venv", "site", ".git", "node_modules", "__pycache__", ".pytest_cache")
    shutil.copytree(ROOT, copy, ignore=ignore)
    (copy / "docs" / FIXTURE_PAGE).write_text(FIXTURE_MARKDOWN, encoding="utf-8")
    (copy / "docs" / "gambar-lebar.svg").write_text(WIDE_SVG, encoding="utf-8")
    config = copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    anchor = "      - Apa itu kolaborasi?: apa-itu-kolaborasi.md\n"
    assert anchor in text, "mkdocs.yml: bab 'Apa itu kolaborasi?' tidak ditemukan di nav"
    config.write_text(text.replace(anchor, anchor + f"      - Uji presentasi: {FIXTURE_PAGE}\n"), encoding="utf-8")
    site = copy / "site-uji"
    result = run_mkdocs_build(copy, site, {"SITE_URL": WORKSHOP_SITE_URL})  # a public address: QR codes
    if result.returncode != 0:
        pytest.fail(f"build halaman uji gagal:\n{result.stdout}\n{result.stderr}")
    return site


@pytest.fixture(scope="session")
def workshop_server(workshop_site):
    """The fixture build on 127.0.0.1 (instant navigation works, see conftest.serve)."""
    with serve(workshop_site, public_url=WORKSHOP_SITE_URL) as base:
        yield base


@pytest.fixture
def make_workshop_page(browser, workshop_server, request):
    """Like conftest's make_page, for the fixture build, at 1280x720."""
    with page_factory(browser, workshop_server, request, viewport={"width": 1280, "height": 720}) as factory:
        yield factory


# Trainer view on, as a trainer who switched it on earlier: trainer.js reads this before the first paint.
TRAINER_INIT = """
try { localStorage.setItem("kolaborasi:trainer", "1"); } catch (error) {}
"""
