"""A throwaway copy of the project with richer pages, for glossary build and browser tests.

The real content pages are written elsewhere in parallel; these fixture pages pin down exactly
where terms appear, so the tests know what must be marked and what must not.
"""

from __future__ import annotations

from pathlib import Path

from support.site import copy_project, run_mkdocs_build

RICH_PAGE = """\
---
description: Halaman uji glosarium.
---

# Halaman uji istilah kolaborasi

## Pemangku kepentingan di judul {#judul}

Di judul di atas ada istilah, tetapi yang ditandai adalah pemakaian pertama di badan teks:
para Pemangku Kepentingan diajak merumuskan visi bersama. Kolaborasinya dimulai dari
pemangku kepentingan yang sama.

Tautan [tentang kerja sama](index.md) tidak ditandai, begitu pula `transparansi` di dalam kode.
Namun transparansi di luar kode ditandai.

!!! note "Akuntabilitas di judul catatan"

    Di dalam catatan, akuntabilitas ditandai sekali.

Program USAID MADANI bekerja dengan OMS lokal untuk menurunkan AKI dan AKB. Angka AKI dibahas lagi.

Kata berkolaborasilah memakai partikel. Kata kolaborasiku tidak ditandai.

```text
pentahelix di dalam blok kode tidak ditandai
```

<p data-glossary-skip>Paragraf ini memakai partisipasi tetapi dilewati.</p>

Tata kelola kolaboratif lebih panjang daripada kolaboratif saja.

Istilah uji zzhtml memakai data yang tampak seperti HTML.
"""

# An entry whose text looks like HTML: it must be shown as text, never run.
HTML_ENTRY = """\
  - id: uji-html
    term: zzhtml
    abbreviations:
      - abbr: ZZH
        expansion: '<img src=x onerror="window.__diserang=1">'
    definition: 'Teks <script>window.__diserang=2</script> dan <b onmouseover="window.__diserang=3">tebal</b>.'
"""

OTHER_PAGE = """\
# Halaman lain

Bab ini membahas pentahelix dan TJSL. Singkatan ZZH juga ada.

Dipakai lagi, ZZH mendapat kepanjangannya sebagai singkatan.
"""

QUIZ_PAGE = """\
# Kuis uji

<form>
<fieldset>
<legend>Apa itu kolaborasi?</legend>
<label><input type="radio" name="q"> pemangku kepentingan</label>
</fieldset>
</form>

Penjelasan kuis tentang pemberdayaan.
"""


def make_rich_project(base: Path) -> Path:
    """Copy the project into base/proyek with the fixture pages added to the nav."""
    copy = base / "proyek"
    copy_project(copy)
    docs = copy / "docs"
    (docs / "uji-istilah.md").write_text(RICH_PAGE, encoding="utf-8")
    (docs / "uji-lain.md").write_text(OTHER_PAGE, encoding="utf-8")
    (docs / "kuis").mkdir(exist_ok=True)
    (docs / "kuis" / "uji-kuis.md").write_text(QUIZ_PAGE, encoding="utf-8")
    data = copy / "data" / "glosarium.yml"
    data.write_text(data.read_text(encoding="utf-8").replace("\nentries:\n", "\nentries:\n" + HTML_ENTRY, 1),
                    encoding="utf-8")
    config = copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    marker = "\nnav:\n"
    assert marker in text, "mkdocs.yml tanpa nav"
    extra = "  - Uji istilah: uji-istilah.md\n  - Uji lain: uji-lain.md\n  - Uji kuis: kuis/uji-kuis.md\n"
    text = text.replace(marker, marker + extra, 1)
    config.write_text(text, encoding="utf-8")
    return copy


def build_rich_site(base: Path) -> Path:
    project = make_rich_project(base)
    site = base / "site"
    result = run_mkdocs_build(project, site)
    if result.returncode != 0:
        raise AssertionError(f"build gagal:\n{result.stdout}\n{result.stderr}")
    return site
