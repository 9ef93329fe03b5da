"""A newcomer's first pull request, done the way CONTRIBUTING.md describes it, in a temporary copy.

First the happy path: an example page copied from the template, a glossary term and a quiz question;
`make check` passes and the built site has all three. Then four typical mistakes, each of which must
come back as exactly one message naming the file and the line.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import PROJECT_IGNORE, copy_project, run_mkdocs_build

PAGE = "docs/examples/bank-sampah.md"
TERM = """
  - id: bank-sampah
    term: bank sampah
    definition: >-
      Tempat warga menabung sampah yang sudah dipilah; sampah itu dicatat dan dapat ditukar dengan uang.
"""
# One question per learning goal of the new page (the template has two): the quiz lint in make check
# wants every goal tested.
QUESTION = """
  - id: bank-sampah-peran
    type: truefalse
    goal: examples/bank-sampah.md#1
    topics: [contoh-bank-sampah]
    text: Halaman contoh yang baik menyebut sumber untuk setiap angka yang ditulisnya.
    correct: benar
    explanation: >-
      Aturan isi situs ini meminta setiap angka disertai sumber dan tahunnya.
    learn_more: examples/bank-sampah.md#hasil
  - id: bank-sampah-pihak
    type: truefalse
    goal: examples/bank-sampah.md#2
    topics: [contoh-bank-sampah]
    text: Bagian "Siapa bekerja dengan siapa" cukup menyebut nama program tanpa peran tiap pihak.
    correct: salah
    explanation: >-
      Bagian itu menjelaskan siapa saja yang terlibat dan apa peran masing-masing pihak.
    learn_more: examples/bank-sampah.md#siapa-dengan-siapa
"""


def make_check(project):
    return subprocess.run([sys.executable, "-m", "scripts.check"], cwd=project, capture_output=True, text=True)


def line_of(path, fragment: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if fragment in line)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The project after the contributor's three additions (CONTRIBUTING.md, sections 4 to 6)."""
    copy = copy_project(tmp_path_factory.mktemp("kontributor") / "proyek")
    # Section 4: copy the template, fill in the title, register the page in the nav.
    page = (copy / "templat" / "contoh.md").read_text(encoding="utf-8")
    (copy / PAGE).write_text(page.replace("# Judul contoh", "# Bank sampah warga", 1), encoding="utf-8")
    mkdocs_yml = copy / "mkdocs.yml"
    nav_line = "      - Pandangan Marketeers, Detikcom, dan Biteship: examples/pandangan-media.md\n"
    text = mkdocs_yml.read_text(encoding="utf-8")
    assert nav_line in text, "baris nav contoh berubah; sesuaikan uji ini dan CONTRIBUTING.md"
    mkdocs_yml.write_text(text.replace(nav_line, nav_line + "      - Bank sampah warga: examples/bank-sampah.md\n"),
                          encoding="utf-8")
    # Section 5: one glossary entry at the end of `entries`.
    glossary = copy / "data" / "glosarium.yml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text.replace("\nnot_abbreviations:", TERM + "\nnot_abbreviations:", 1), encoding="utf-8")
    # Section 6: one question at the end of the examples quiz.
    quiz = copy / "data" / "kuis" / "contoh.yml"
    quiz.write_text(quiz.read_text(encoding="utf-8").rstrip("\n") + "\n" + QUESTION, encoding="utf-8")
    return copy


def test_the_additions_pass_make_check_and_appear_on_the_site(project, tmp_path):
    checked = make_check(project)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Semua pemeriksaan lolos." in checked.stdout
    site = tmp_path / "site"
    built = run_mkdocs_build(project, site)
    assert built.returncode == 0, built.stderr
    page = HTMLParser((site / "examples" / "bank-sampah" / "index.html").read_text(encoding="utf-8"))
    assert page.css_first("h1").text().strip().rstrip("¶") == "Bank sampah warga"
    nav = [a.text().strip() for a in page.css("nav.md-nav--primary a")]
    assert "Bank sampah warga" in nav
    glossary = HTMLParser((site / "glosarium" / "index.html").read_text(encoding="utf-8"))
    entry = glossary.css_first("#bank-sampah")
    assert entry is not None and "bank sampah" in entry.text().lower()
    quiz = HTMLParser((site / "kuis" / "contoh" / "index.html").read_text(encoding="utf-8"))
    legends = " ".join(node.text() for node in quiz.css("fieldset legend"))
    assert "menyebut sumber untuk setiap angka" in legends


def test_each_mistake_gets_one_message_with_file_and_line(project, tmp_path):
    copy = tmp_path / "proyek"
    shutil.copytree(project, copy, ignore=PROJECT_IGNORE)
    page = copy / PAGE
    text = page.read_text(encoding="utf-8")
    text = text.replace("- Masalah atau peluang yang dihadapi",
                        "- Masalh atau peluang yang dihadapi", 1)  # misspelling
    text = text.replace("- Pembagian peran, sumber daya yang dibagi, cara berkomunikasi.",
                        "- Pembagian peran dijelaskan di [bab kunci](../kunci-keberhasil.md).\n\n"
                        "![](../assets/bank-sampah.svg)", 1)  # broken link, image without alt
    page.write_text(text, encoding="utf-8")
    (copy / "docs" / "assets" / "bank-sampah.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', encoding="utf-8")
    quiz = copy / "data" / "kuis" / "contoh.yml"
    head, _, tail = quiz.read_text(encoding="utf-8").rpartition("    correct: benar\n")  # the new first question
    quiz.write_text(head + "    correct: mungkin\n" + tail, encoding="utf-8")

    checked = make_check(copy)
    assert checked.returncode != 0
    messages = [line for line in checked.stdout.splitlines() if line.strip()]
    expected = {
        "ejaan": (PAGE, line_of(page, "Masalh"), "Masalh"),
        "tautan": (PAGE, line_of(page, "kunci-keberhasil.md"), "kunci-keberhasil.md"),
        "gambar": (PAGE, line_of(page, "![](../assets"), "teks alternatif"),
        "kuis": ("data/kuis/contoh.yml", line_of(quiz, "correct: mungkin"), "mungkin"),
    }
    for name, (path, line, fragment) in expected.items():
        found = [m for m in messages if m.startswith(f"{path}:{line}:") and fragment in m]
        assert len(found) == 1, f"{name}: diharapkan satu pesan {path}:{line} berisi {fragment!r}, didapat:\n" + \
            "\n".join(messages)
    assert len(messages) == len(expected), "pesan tambahan yang tidak diharapkan:\n" + "\n".join(messages)
    assert all(re.search(r"[a-z]", m) and "Traceback" not in m for m in messages)
    assert "Traceback" not in checked.stderr
