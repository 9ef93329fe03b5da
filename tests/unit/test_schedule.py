"""Schedule: `waktu` in front matter and data/sesi.yml, validated with file, line and fix (pure functions, CLI)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.site import ROOT
from scripts import schedule
from scripts.core.data import DataError

# Front matter


GOOD = "---\ndescription: Bab uji.\nwaktu: {paparan: 15, kegiatan: 10}\n---\n\n# Bab\n"


def test_minutes_are_read_from_front_matter():
    assert schedule.parse_minutes(GOOD, "docs/bab.md") == schedule.Minutes(15, 10)
    block = "---\nwaktu:\n  kegiatan: 0\n  paparan: 20\n---\n"
    assert schedule.parse_minutes(block, "docs/bab.md").total == 20


BAD_FRONT_MATTER = [
    # (front matter text, line, message)
    (
        "# Bab tanpa front matter\n",
        1,
        "halaman ini belum menyebut waktunya. Tambahkan di front matter: waktu: {paparan: 15, kegiatan: 10} (menit).",
    ),
    (
        "---\ndescription: Bab uji.\n---\n",
        2,
        'front matter belum punya "waktu". Tambahkan: waktu: {paparan: 15, kegiatan: 10} (menit).',
    ),
    (
        "---\ndescription: Bab uji.\nwaktu: 25\n---\n",
        3,
        '"waktu" harus berisi paparan dan kegiatan, misalnya waktu: {paparan: 15, kegiatan: 10}.',
    ),
    (
        "---\ndescription: Bab uji.\nwaktu:\n  paparan: 15\n---\n",
        4,
        '"waktu" belum punya "kegiatan". Tambahkan, misalnya kegiatan: 10.',
    ),
    (
        "---\nwaktu:\n  paparan: 15 menit\n  kegiatan: 10\n---\n",
        3,
        'waktu.paparan "15 menit" bukan bilangan bulat. Tulis menitnya sebagai angka, misalnya paparan: 10.',
    ),
    (
        "---\nwaktu:\n  paparan: 15\n  kegiatan: 7.5\n---\n",
        4,
        'waktu.kegiatan "7.5" bukan bilangan bulat. Tulis menitnya sebagai angka, misalnya kegiatan: 10.',
    ),
    (
        "---\nwaktu: {paparan: yes, kegiatan: 10}\n---\n",
        2,
        'waktu.paparan "yes" bukan bilangan bulat. Tulis menitnya sebagai angka, misalnya paparan: 10.',
    ),
    (
        "---\nwaktu: {paparan: -5, kegiatan: 10}\n---\n",
        2,
        "waktu.paparan -5 tidak boleh negatif.",
    ),
    (
        "---\nwaktu: {paparan: 0, kegiatan: 0}\n---\n",
        2,
        '"waktu": paparan dan kegiatan keduanya 0; isi menit yang disarankan.',
    ),
    (
        "---\nwaktu:\n  paparan: 15\n  kegiatan: 10\n  diskusi: 5\n---\n",
        5,
        '"waktu" punya kunci tak dikenal "diskusi"; yang dikenal: paparan, kegiatan.',
    ),
    (
        "---\ndescription: Bab uji.\nwaktu: {paparan: 15, kegiatan: 10\n---\n",
        3,
        "YAML tidak sah: kurung kurawal { yang dibuka di baris ini tidak ditutup. "
        "Periksa indentasi, titik dua, dan tanda kutip di baris ini.",
    ),
]


@pytest.mark.parametrize("text, line, message", BAD_FRONT_MATTER)
def test_bad_front_matter_names_file_line_and_fix(text, line, message):
    with pytest.raises(DataError) as caught:
        schedule.parse_minutes(text, "docs/bab.md")
    assert tuple(caught.value.problems[0][1:]) == (line, message)
    assert str(caught.value) == f"docs/bab.md:{line}: {message}"


# Plans


LESSONS = [
    schedule.Lesson("bab.md", "Bab uji", "Bab", schedule.Minutes(20, 15)),
    schedule.Lesson("examples/kasus.md", "Kasus uji", "Contoh nyata", schedule.Minutes(10, 15)),
]
TITLES = {"index.md": "Beranda", "bab.md": "Bab uji", "examples/kasus.md": "Kasus uji"}
PLAN = """\
sesi:
  - id: sesi-uji
    judul: Sesi uji
    durasi: 60
    langkah:
      - langkah: Pembuka
        menit: 10
        tujuan: Membuka
        kegiatan: Perkenalan
        halaman: index.md
      - langkah: Bab
        halaman: bab.md
        bagian: semua
        tujuan: Memahami
        kegiatan: Paparan
      - langkah: Kasus
        halaman: examples/kasus.md#hasil
        bagian: kegiatan
        tujuan: Menerapkan
        kegiatan: Analisis
"""


def test_plan_takes_minutes_from_front_matter_and_adds_up():
    (plan,) = schedule.parse_plans(PLAN, "data/sesi.yml", LESSONS, TITLES)
    assert [step.minutes for step in plan.steps] == [10, 35, 15]
    assert plan.total == plan.length == 60
    table = schedule.render_plan(plan, "pelatih/index.md")
    assert "| 35 menit | Bab | Memahami | Paparan | — | [Bab uji](../bab.md) |" in table
    assert "[Kasus uji](../examples/kasus.md#hasil)" in table
    assert "| **60 menit** | **Jumlah** (1 jam) |" in table


BAD_PLANS = [
    # (replace this, with this, line, message)
    ("durasi: 60", "durasi: 90", 4, 'sesi "sesi-uji": langkahnya berjumlah 10 + 35 + 15 = 60 menit, padahal durasinya 90 menit. Sesuaikan durasi atau menit langkahnya (waktu bab dan contoh ada di front matter halamannya).'),
    ("        bagian: semua\n", "        bagian: semua\n        menit: 35\n", 14, 'sesi "sesi-uji", langkah ke-2 "Bab": pilih salah satu, "bagian" (waktu dari front matter halaman) atau "menit".'),
    ("        bagian: semua\n", "", 11, 'sesi "sesi-uji", langkah ke-2 "Bab": waktunya belum ada. Tulis "menit", atau "halaman" dengan "bagian" (paparan, kegiatan, semua).'),
    ("bagian: semua", "bagian: diskusi", 13, 'sesi "sesi-uji", langkah ke-2 "Bab": bagian "diskusi" tidak dikenal; pilih paparan, kegiatan, atau semua.'),
    ("halaman: bab.md", "halaman: bab-lain.md", 12, 'sesi "sesi-uji", langkah ke-2 "Bab": halaman "bab-lain.md" tidak ada di nav mkdocs.yml. Tulis jalurnya dari folder docs/, misalnya apa-itu-kolaborasi.md.'),
    ("halaman: bab.md", "halaman: index.md", 13, 'sesi "sesi-uji", langkah ke-2 "Bab": "bagian" butuh "halaman" berupa bab atau contoh nyata yang punya waktu di front matter.'),
    ("menit: 10", "menit: sepuluh", 7, 'sesi "sesi-uji", langkah ke-1 "Pembuka": menit "sepuluh" bukan bilangan bulat. Tulis menitnya sebagai angka, misalnya menit: 10.'),
    ("        tujuan: Membuka\n", "        tujuan: Membuka\n        catatan: x\n", 9, 'sesi "sesi-uji", langkah ke-1: kunci "catatan" tidak dikenal. Kunci yang boleh: bagian, bahan, halaman, kegiatan, langkah, menit, tayangan, tujuan.'),
    ("        tujuan: Memahami\n", "", 11, 'sesi "sesi-uji", langkah ke-2: langkah ini belum punya kunci "tujuan".'),
    ("id: sesi-uji", "id: Sesi Uji", 2, 'sesi "Sesi Uji": id hanya boleh huruf kecil, angka, dan tanda hubung.'),
    ("sesi:\n", "rencana:\n", 1, 'kunci "rencana" tidak dikenal. Kunci yang boleh: sesi.'),
]


@pytest.mark.parametrize("old, new, line, message", BAD_PLANS)
def test_bad_plan_names_file_line_and_fix(old, new, line, message):
    assert old in PLAN
    with pytest.raises(DataError) as caught:
        schedule.parse_plans(PLAN.replace(old, new, 1), "data/sesi.yml", LESSONS, TITLES)
    assert tuple(caught.value.problems[0][1:]) == (line, message)


def test_every_problem_of_the_plans_is_reported():
    bad = PLAN.replace("judul: Sesi uji", "judul: 2024-01-01").replace("tujuan: Membuka", "tujuan: [a]")
    with pytest.raises(DataError) as caught:
        schedule.parse_plans(bad.replace("bagian: semua", "bagian: diskusi"), "data/sesi.yml", LESSONS, TITLES)
    assert [tuple(problem[1:]) for problem in caught.value.problems] == [
        (3, 'sesi "sesi-uji": judul harus berupa teks; apit nilainya dengan tanda kutip, misalnya "2024-01-01".'),
        (8, 'sesi "sesi-uji", langkah ke-1 "Pembuka": tujuan harus berupa teks, bukan daftar.'),
        (13, 'sesi "sesi-uji", langkah ke-2 "Bab": bagian "diskusi" tidak dikenal; pilih paparan, kegiatan, atau semua.'),
    ]


def test_duplicate_plan_id_is_refused():
    second = PLAN.split("sesi:\n", 1)[1]
    with pytest.raises(DataError) as caught:
        schedule.parse_plans(PLAN + second, "data/sesi.yml", LESSONS, TITLES)
    assert caught.value.problems[0].line == PLAN.count("\n") + 1  # the second "- id:" line
    assert caught.value.problems[0].message == 'sesi "sesi-uji": id ini sudah dipakai rencana lain.'


def test_data_text_is_escaped_in_tables():
    plan = PLAN.replace("kegiatan: Perkenalan", 'kegiatan: "<script>x</script> | a"')
    (parsed,) = schedule.parse_plans(plan, "data/sesi.yml", LESSONS, TITLES)
    table = schedule.render_plan(parsed, "pelatih/index.md")
    assert "<script>" not in table
    assert "&lt;script&gt;x&lt;/script&gt; \\| a" in table


def test_unknown_marker_names_page_and_line():
    (plan,) = schedule.parse_plans(PLAN, "data/sesi.yml", LESSONS, TITLES)
    markdown = "# Panduan\n\n<!-- rencana-sesi: sesi-uji -->\n\nTeks.\n\n<!-- rencana-sesi: sesi-lain -->\n"
    with pytest.raises(DataError) as caught:
        schedule.fill_markers(markdown, [plan], "pelatih/index.md", "docs/pelatih/index.md", source="---\nx: 1\n---\n" + markdown)
    assert str(caught.value) == (
        'docs/pelatih/index.md:10: penanda rencana sesi "sesi-lain" tidak ada di data/sesi.yml (yang ada: sesi-uji).'
    )
    filled = schedule.fill_markers(markdown.split("Teks.")[0], [plan], "pelatih/index.md", "x")
    assert "| **60 menit** | **Jumlah**" in filled and "rencana-sesi" not in filled


@pytest.mark.parametrize("minutes, text", [(45, "45 menit"), (60, "1 jam"), (90, "1 jam 30 menit"), (210, "3 jam 30 menit")])
def test_clock(minutes, text):
    assert schedule.clock(minutes) == text


# CLI


def _project(tmp_path: Path) -> Path:
    copy = tmp_path / "proyek"
    copy.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", copy / "docs")
    shutil.copytree(ROOT / "data", copy / "data")
    return copy


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "scripts.schedule", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_cli_check_passes_on_the_project():
    result = _cli("check")
    assert result.returncode == 0, result.stderr
    assert 'Rencana "sesi-90-menit"' in result.stdout


def test_cli_write_emits_schedule_and_filled_guide(tmp_path):
    result = _cli("write", str(tmp_path))
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "pelatih" / "jadwal.md").read_text(encoding="utf-8")
    assert page.startswith("---\n") and "# Jadwal sesi" in page
    guide = (tmp_path / "pelatih" / "index.md").read_text(encoding="utf-8")
    assert "rencana-sesi" not in guide and "| **90 menit** | **Jumlah**" in guide


CLI_BAD = [
    # (file under the project, replace, with, expected stderr line)
    (
        "docs/kunci-keberhasilan.md",
        "waktu: {paparan: 15, kegiatan: 10}",
        "waktu: {paparan: lima belas, kegiatan: 10}",
        'docs/kunci-keberhasilan.md:3: waktu.paparan "lima belas" bukan bilangan bulat.',
    ),
    (
        "docs/apa-itu-kolaborasi.md",
        "waktu: {paparan: 20, kegiatan: 15}\n",
        "",
        'docs/apa-itu-kolaborasi.md:2: front matter belum punya "waktu".',
    ),
    (
        "data/sesi.yml",
        "durasi: 90",
        "durasi: 95",
        'data/sesi.yml:13: sesi "sesi-90-menit": langkahnya berjumlah',
    ),
]


@pytest.mark.parametrize("rel, old, new, expected", CLI_BAD)
def test_cli_check_fails_with_message_and_exit_1(tmp_path, rel, old, new, expected):
    project = _project(tmp_path)
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = _cli("--root", str(project), "check")
    assert result.returncode == 1
    assert result.stderr.startswith(expected), result.stderr
    assert "Traceback" not in result.stderr
