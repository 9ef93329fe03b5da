"""`make check`: each contributor mistake gets one Indonesian message with its file and line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from support.site import ROOT
from scripts import check
from scripts.checks.markdown_rules import check_page
from scripts.checks.prose import markdown_prose, yaml_prose
from scripts.checks.spelling import check_lines

# CI (REQUIRE_BROWSER=1) installs hunspell, so there a missing one fails instead of skipping.
needs_hunspell = pytest.mark.skipif(
    shutil.which("hunspell") is None and os.environ.get("REQUIRE_BROWSER") != "1", reason="hunspell tidak ada: sudo apt-get install hunspell hunspell-id hunspell-en-us"
)

CHAPTER = textwrap.dedent("""\
    ---
    description: Halaman contoh.
    ---

    # Judul halaman

    ## Tujuan belajar

    Anda dapat menjelaskan kolaborasi.

    ## Poin kunci

    - Kolaborasi berarti bekerja bersama.

    ## Pertanyaan diskusi

    1. Apa contohnya?

    ## Sumber

    - [Sumber](https://contoh.id/)
    """)


@pytest.mark.parametrize(
    "text, line, fragment",
    [
        (CHAPTER.replace("## Poin kunci", "## Poin kunci\n\n#### Rinci"), 13, "melompat dari tingkat 2 ke 4"),
        (CHAPTER + "\n![](gambar.svg)\n", 23, "tanpa teks alternatif"),
        (CHAPTER + '\n<img src="a.png" alt="">\n', 23, 'alt="deskripsi singkat"'),
        (CHAPTER + "\nLihat https://contoh.id/halaman untuk rinciannya.\n", 23, "ditulis telanjang"),
        (CHAPTER.replace("## Pertanyaan diskusi", "## Diskusi"), 1, '"## Pertanyaan diskusi" tidak ada'),
        (CHAPTER.replace("# Judul halaman", "## Judul halaman"), 5, "judul pertama halaman harus tingkat 1"),
    ],
)
def test_markdown_rule_reports_line(text, line, fragment):
    findings = check_page("docs/bab.md", text, needs_chapter_headings=True)
    assert len(findings) == 1, findings
    assert findings[0].file == "docs/bab.md" and findings[0].line == line
    assert fragment in findings[0].message


def test_clean_chapter_passes_rules():
    assert check_page("docs/bab.md", CHAPTER, needs_chapter_headings=True) == []


def test_urls_in_links_and_code_are_not_bare():
    text = "# J\n\n[Tempo](https://tempo.co/) dan <https://contoh.id/>\n\n```\nhttps://kode.id\n```\n"
    assert check_page("docs/x.md", text, needs_chapter_headings=False) == []


def test_prose_skips_code_urls_keys_and_ids():
    text = textwrap.dedent("""\
        ---
        description: Kalimat deskripsi.
        ---
        # Judul {#judul-khusus}
        Teks `kodeaneh` dan [Judul Karya Oranglain](https://situs.id/jalurr) serta <span class="kelasaneh">isi</span>.
        Lihat [bab berikut](bab-dua.md#bagiann).
        ```
        tidakdiperiksa
        ```
        *[AKI]: Angka Kematian Ibu
        """)
    prose = "\n".join(t for _, t in markdown_prose(text))
    for hidden in ("description", "judul-khusus", "kodeaneh", "Oranglain", "jalurr", "kelasaneh", "bagiann",
                   "tidakdiperiksa", "Angka"):
        assert hidden not in prose
    for shown in ("Kalimat deskripsi", "Judul", "Teks", "isi", "bab berikut"):
        assert shown in prose


def test_yaml_prose_keeps_lines_and_skips_ids():
    text = "- id: kerja-sama\n  term: Kerja sama\n  definition: >\n    Baris satu\n    baris dua.\n"
    assert yaml_prose(text) == [(2, "Kerja sama"), (4, "Baris satu baris dua.")]


@pytest.fixture
def project(tmp_path):
    """A tiny project: mkdocs.yml with a chapter in the nav, a page and a word list."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Uji\nnav:\n  - Bab:\n      - Satu: bab.md\n", encoding="utf-8")
    (tmp_path / "docs" / "bab.md").write_text(CHAPTER, encoding="utf-8")
    (tmp_path / "data" / "kata-proyek.txt").write_text("pentahelix  # istilah\n", encoding="utf-8")
    return tmp_path


@needs_hunspell
def test_misspelling_named_with_file_line_and_suggestion(project, capsys):
    page = project / "docs" / "bab.md"
    page.write_text(CHAPTER.replace("Anda dapat menjelaskan", "Anda dapat menjelaskn kerjasama dan pentahelix"), encoding="utf-8")
    assert check.main([], root=project) == 1
    out = capsys.readouterr().out
    assert 'docs/bab.md:9: kata "menjelaskn" tidak dikenal. Saran: menjelaskan' in out
    assert 'docs/bab.md:9: kata "kerjasama" tidak dikenal. Saran: kerja sama' in out
    assert "pentahelix" not in out  # in the project word list


@needs_hunspell
def test_clean_project_passes(project, capsys):
    assert check.main([], root=project) == 0
    assert "Semua pemeriksaan lolos." in capsys.readouterr().out


@needs_hunspell
@pytest.mark.parametrize("word", ["menganggarkan", "dipercepat", "kendalanya", "masing-masing", "pentahelix-nya"])
def test_affixed_forms_of_known_words_pass(word):
    assert check_lines([("docs/x.md", 3, word)], ["pentahelix"]) == []


@needs_hunspell
@pytest.mark.parametrize("word", ["menjelaskn", "kolaborsi", "kerjasama", "pemberdayan", "transparasi"])
def test_typos_are_not_rescued_by_affix_stripping(word):
    findings = check_lines([("docs/x.md", 3, f"Kalimat dengan {word} di tengah.")], [])
    assert [(f.line, f.message.split('"')[1]) for f in findings] == [(3, word)]


@needs_hunspell
def test_abbreviations_are_left_to_the_glossary():
    assert check_lines([("docs/x.md", 1, "AKI, SDGs, dan BUMDes")], []) == []


def test_missing_hunspell_says_how_to_install(project, capsys, monkeypatch):
    monkeypatch.setattr("scripts.checks.spelling.shutil.which", lambda name: None)
    assert check.main([], root=project) == 1
    assert "sudo apt-get install hunspell hunspell-id hunspell-en-us" in capsys.readouterr().out


@needs_hunspell
def test_repository_passes_make_check():
    """The site's own pages and data are clean: a typo on main fails CI."""
    result = subprocess.run([sys.executable, "-m", "scripts.check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "link, broken",
    [
        ("[bab](bab.md#tujuan-belajar)", False),
        ("[glosarium](glosarium.md)", False),  # generated at build time
        ("[jadwal](pelatih/jadwal.md)", False),
        ("[luar](https://contoh.id/halaman)", False),
        ("[bagian](#poin-kunci)", False),
        ("`[kode](tidak-ada.md)`", False),
        ("[salah ketik](bab2.md)", True),
        ("![Gambar](gambar/tidak-ada.svg)", True),
        ("[keluar](../README.md)", True),
    ],
)
def test_broken_relative_links_are_named_with_line(project, capsys, link, broken):
    (project / "docs" / "bab.md").write_text(CHAPTER + f"\nLihat {link}.\n", encoding="utf-8")
    assert check.main(["--tanpa-ejaan"], root=project) == (1 if broken else 0)
    out = capsys.readouterr().out
    target = link.split("](")[1].rstrip(")")
    if broken:
        assert out.splitlines()[0].startswith(f'docs/bab.md:23: tautan "{target}" tidak menemukan halaman'), out
    else:
        assert "tautan" not in out


# Writing rules a fact-check found broken (scripts/checks/style.py)

STYLE = [
    ("Rp dengan spasi", "Anggarannya Rp 200 juta.", '"Rp" menempel pada angkanya'),
    ("antar- bertanda hubung", "Forum antar-pihak bertemu.", '"antar" ditulis serangkai'),
    ("bukan- bertanda hubung", "Aktor bukan-pemerintah ikut.", 'tulis "non" serangkai'),
    ("kerjasama serangkai", "Kerjasama itu berjalan.", '"kerja sama", dua kata'),
    ("kita di tengah kalimat", "Lalu kita membaca sumbernya.", '"Anda", bukan "kita"'),
    ("Kita di awal kalimat", "Kita membaca sumbernya.", '"Anda", bukan "kita"'),
]


@pytest.mark.parametrize("case, prose, fragment", STYLE, ids=[s[0] for s in STYLE])
def test_style_rule_names_file_line_and_fix(case, prose, fragment):
    from scripts.checks.style import check_style

    findings = check_style([("docs/bab.md", 7, prose)])
    assert len(findings) == 1 and str(findings[0]).startswith("docs/bab.md:7: ") and fragment in str(findings[0])


def test_style_rules_leave_correct_writing_and_names_alone():
    from scripts.checks.style import check_style

    good = "Manado Kita menulis: Rp200 juta untuk kerja sama antarpihak, nonpemerintah, antar-Asia, dan Anda."
    assert check_style([("docs/bab.md", 1, good)]) == []
