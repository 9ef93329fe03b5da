"""Handouts: pure functions (sections, links, trainer notes, worksheet without answers, key with them), CLI."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass

import pytest

from support.site import ROOT
from scripts import handout
from scripts.core.pages import page_anchors

CHAPTER = """---
description: Contoh.
---

# Judul bab

## Tujuan belajar {#tujuan-belajar}

Teks.

```markdown
## Bukan judul {#palsu}
```

## Poin kunci {#poin-kunci}

- Satu, lihat [pengertian](#pengertian) dan [bab lain](kunci.md#a).
- Dua, [luar](https://contoh.test/x).

??? catatan-pelatih "Catatan pelatih"
    Rahasia pelatih.

## Pertanyaan diskusi {#pertanyaan-diskusi}

1. Pertanyaan pertama
   berlanjut di baris kedua?
2. Pertanyaan kedua dengan [tautan](examples/index.md)?

## Sumber {#sumber}

- Sumber.
"""


@dataclass
class FakeOption:
    id: str
    text: str


@dataclass
class FakeQuestion:
    id: str
    type: str
    text: str
    options: list
    correct: list
    explanation: str


@dataclass
class FakeQuiz:
    id: str
    title: str
    questions: list
    chapter: str | None = None
    order: int = 1
    description: str = ""


def fake_quiz(chapter="bab.md", quiz_id="bab"):
    return FakeQuiz(quiz_id, "Kuis: Judul bab", [
        FakeQuestion("q1", "single", "Soal <satu>?",
                     [FakeOption("a", "Pengecoh"), FakeOption("b", "JAWABAN-BENAR-SATU")], ["b"], "Karena **b**."),
        FakeQuestion("q2", "multiple", "Soal dua?",
                     [FakeOption("a", "BENAR-A"), FakeOption("b", "Salah pilih"), FakeOption("c", "BENAR-C")],
                     ["a", "c"], "Penjelasan dua."),
        FakeQuestion("q3", "truefalse", "Soal tiga.",
                     [FakeOption("benar", "Benar"), FakeOption("salah", "Salah")], ["salah"], "Penjelasan tiga."),
    ], chapter=chapter)


def to_html(text):
    return "<p>" + text.replace("**b**", "<strong>b</strong>") + "</p>"


# Sections


def test_split_sections_reads_ids_and_skips_code_fences():
    sections = handout.split_sections(CHAPTER)
    assert list(sections) == ["tujuan-belajar", "poin-kunci", "pertanyaan-diskusi", "sumber"]
    assert sections["poin-kunci"][0] == "Poin kunci"
    assert "## Bukan judul" in sections["tujuan-belajar"][1]


def test_a_handout_takes_its_title_from_the_pages_h1():
    # The title comes from the shared page model (scripts/core/pages.py), front matter and fences skipped.
    assert page_anchors(CHAPTER)[0] == "Judul bab"


def test_trainer_notes_are_removed():
    text = handout.strip_trainer_notes(handout.split_sections(CHAPTER)["poin-kunci"][1])
    assert "Rahasia" not in text and "catatan-pelatih" not in text
    assert "- Dua" in text


@pytest.mark.parametrize("source, link, expected", [
    ("bab.md", "[a](#pengertian)", "[a](../bab.md#pengertian)"),
    ("bab.md", "[a](kunci.md#a)", "[a](../kunci.md#a)"),
    ("examples/index.md", "[a](ykp.md)", "[a](../examples/ykp.md)"),
    ("examples/ykp.md", "[a](../bab.md)", "[a](../examples/../bab.md)"),
    ("bab.md", "[a](https://contoh.test/x)", "[a](https://contoh.test/x)"),
    ("bab.md", '[a](kunci.md "Judul")', '[a](../kunci.md "Judul")'),
    ("bab.md", "[a]: kunci.md", "[a]: ../kunci.md"),
])
def test_links_are_rebased_for_the_handout_folder(source, link, expected):
    assert handout.rebase_links(link, source) == expected


def test_discussion_questions_become_items_with_continuations():
    body = handout.split_sections(CHAPTER)["pertanyaan-diskusi"][1]
    assert handout.list_items(body) == [
        "Pertanyaan pertama berlanjut di baris kedua?",
        "Pertanyaan kedua dengan [tautan](examples/index.md)?",
    ]
    assert handout.list_items("Paragraf biasa.\n\n1. Soal") == []


@pytest.mark.parametrize("source, slug", [
    ("apa-itu-kolaborasi.md", "apa-itu-kolaborasi"),
    ("examples/index.md", "examples"),
    ("examples/ykp-madani.md", "examples-ykp-madani"),
])
def test_slugs(source, slug):
    assert handout.handout_slug(source) == slug


# Worksheet and key


@pytest.fixture
def pages():
    handouts = handout.build_handouts(
        [("index.md", "# Beranda\n\nTanpa bagian."), ("bab.md", CHAPTER)],
        [fake_quiz(), fake_quiz(chapter=None, quiz_id="akhir")], to_html)
    return handouts, handout.all_pages(handouts)


def test_one_handout_per_chapter_and_per_chapterless_quiz(pages):
    handouts, rendered = pages
    assert [h.slug for h in handouts] == ["bab", "kuis-akhir"]
    assert sorted(rendered) == ["handout/bab-kunci.md", "handout/bab.md", "handout/index.md",
                                "handout/kuis-akhir-kunci.md", "handout/kuis-akhir.md"]


def test_worksheet_has_questions_but_no_answers(pages):
    sheet = pages[1]["handout/bab.md"]
    assert "Soal &lt;satu&gt;?" in sheet  # data text is escaped
    assert sheet.count('class="lembar-kotak"') == 2 + 3 + 2
    assert "JAWABAN-BENAR-SATU" in sheet  # as an option, unmarked
    assert "Jawaban:" not in sheet and "Karena" not in sheet and "Penjelasan" not in sheet
    assert "data-benar" not in sheet and "correct" not in sheet
    assert sheet.count('class="lembar-garis"') == 2 * handout.LINES_PER_QUESTION
    assert "Rahasia" not in sheet
    assert "[tautan](../examples/index.md)" in sheet
    assert "search:\n  exclude: true" in sheet
    # Sources close the sheet, after the quiz.
    assert sheet.index("## Sumber {#sumber}") > sheet.index('class="lembar-kuis"')
    assert sheet.rstrip().endswith("- Sumber.")


def test_key_has_every_answer_and_explanation(pages):
    key = pages[1]["handout/bab-kunci.md"]
    answers = re.findall(r"<strong>Jawaban:</strong> (.*)</p>", key)
    assert answers == ["b. JAWABAN-BENAR-SATU", "a. BENAR-A; c. BENAR-C", "Salah"]
    assert "Karena <strong>b</strong>." in key


def test_index_lists_worksheets_and_keys(pages):
    index = pages[1]["handout/index.md"]
    assert "| [Judul bab](../bab.md) | [Lembar kerja](bab.md) | [Kunci jawaban](bab-kunci.md) |" in index
    assert "| Kuis: Judul bab | [Lembar kerja](kuis-akhir.md) | [Kunci jawaban](kuis-akhir-kunci.md) |" in index


def test_chapter_without_quiz_gets_a_worksheet_without_key():
    handouts = handout.build_handouts([("bab.md", CHAPTER)], [], to_html)
    rendered = handout.all_pages(handouts)
    assert "handout/bab.md" in rendered and "handout/bab-kunci.md" not in rendered
    assert "| [Judul bab](../bab.md) | [Lembar kerja](bab.md) | — |" in rendered["handout/index.md"]


def test_duplicate_slug_is_an_error():
    with pytest.raises(handout.HandoutError, match="handout/kuis-x.md"):
        handout.build_handouts([("kuis-x.md", CHAPTER)], [fake_quiz(chapter=None, quiz_id="x")], to_html)


# CLI


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "scripts.handout", *args], cwd=ROOT,
                          capture_output=True, text=True)


def test_cli_check_and_write(tmp_path):
    check = run_cli("check")
    assert check.returncode == 0, check.stderr
    written = run_cli("write", str(tmp_path))
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "handout" / "index.md").is_file()
    assert (tmp_path / "handout" / "apa-itu-kolaborasi.md").is_file()


@pytest.mark.parametrize("args", [(), ("write",), ("hapus",), ("check", "x")])
def test_cli_usage_errors_exit_2(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert "Pemakaian" in result.stderr
