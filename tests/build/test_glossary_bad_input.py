"""Bad glossary data: one clear Indonesian message with file and line; CLI exit 1; the build fails."""

from __future__ import annotations

import subprocess
import sys

import pytest

from support.site import ROOT, run_mkdocs_build
from scripts import glossary as gl
from scripts.glossary.__main__ import main as glossary_cli
from scripts.core.data import DataError

OK = "  - id: a\n    term: alfa\n    definition: Definisi alfa.\n"

# (name, YAML text, line, message)
CASES = [
    ("sintaks YAML", "entries:\n  - id: a\n    term: alfa: beta\n    definition: x\n",
     3, "YAML tidak sah: titik dua di tengah nilai; apit nilai itu dengan tanda kutip. Periksa indentasi, titik dua, dan tanda kutip di baris ini."),
    ("tanda kutip tidak ditutup", 'entries:\n  - id: a\n    term: "alfa\n    definition: x\n',
     3, "YAML tidak sah: tanda kutip yang dibuka di baris ini tidak ditutup. Periksa indentasi, titik dua, dan tanda kutip di baris ini."),
    ("tanda kutip tidak ditutup, kutipan berikutnya jauh di bawah",
     'entries:\n  - id: a\n    term: "alfa\n    definition: x\n' + "  - id: b\n    term: beta\n    definition: y\n" * 20
     + '  - id: c\n    term: "gamma"\n    definition: z\n',
     3, "YAML tidak sah: tanda kutip yang dibuka di baris ini tampaknya tidak ditutup (kutipan terbaca sampai baris 66). "
        "Periksa indentasi, titik dua, dan tanda kutip di baris ini."),
    ("berkas kosong", "", 1, "berkas kosong. Tulis daftar istilah di bawah kunci `entries:`."),
    ("hanya komentar", "# belum ada isi\n", 1, "berkas kosong. Tulis daftar istilah di bawah kunci `entries:`."),
    ("bukan pemetaan", "- id: a\n  term: alfa\n", 1, "isi berkas harus diawali kunci `entries:` yang berisi daftar istilah."),
    ("tanpa istilah", "entries:\n" + OK + "  - id: b\n    definition: Definisi beta.\n",
     5, 'entri "b": `term` (istilah) wajib diisi.'),
    ("tanpa definisi", "entries:\n" + OK + "  - id: b\n    term: beta\n",
     5, 'entri "b": `definition` (definisi) wajib diisi.'),
    ("id ganda", "entries:\n" + OK + "  - id: a\n    term: beta\n    definition: B.\n",
     5, 'id "a" sudah dipakai entri di baris 2; setiap id harus unik.'),
    ("istilah ganda", "entries:\n" + OK + "  - id: b\n    term: Alfa\n    definition: B.\n",
     6, 'entri "b": istilah "Alfa" sudah menjadi istilah entri "a" (baris 2); satu bentuk hanya boleh milik satu entri.'),
    ("singkatan ganda",
     "entries:\n  - id: a\n    term: alfa\n    abbreviations:\n      - abbr: AL\n        expansion: Alfa\n    definition: A.\n"
     "  - id: b\n    term: beta\n    abbreviations:\n      - abbr: AL\n        expansion: Beta\n    definition: B.\n",
     11, 'entri "b": singkatan "AL" sudah ada di entri "a" (baris 2); setiap singkatan harus unik.'),
    ("alias ganda", "entries:\n  - id: a\n    term: alfa\n    aliases: [alfaku, alfaku]\n    definition: A.\n",
     4, 'entri "a": alias "alfaku" sudah menjadi alias entri ini (baris 2); satu bentuk hanya boleh milik satu entri.'),
    ("alias milik dua entri",
     "entries:\n  - id: a\n    term: alfa\n    aliases: [bersama]\n    definition: A.\n"
     "  - id: b\n    term: beta\n    aliases: [bersama]\n    definition: B.\n",
     8, 'entri "b": alias "bersama" sudah menjadi alias entri "a" (baris 2); satu bentuk hanya boleh milik satu entri.'),
    ("alias sama dengan istilah entri lain", "entries:\n" + OK + "  - id: b\n    term: beta\n    aliases: [alfa]\n    definition: B.\n",
     7, 'entri "b": alias "alfa" sudah menjadi istilah entri "a" (baris 2); satu bentuk hanya boleh milik satu entri.'),
    ("related tidak ada", "entries:\n" + OK + "  - id: b\n    term: beta\n    definition: B.\n    related: [a, alfaa]\n",
     8, 'entri "b": related "alfaa" tidak ada. Pakai id entri yang ada.'),
    ("related salah ketik", "entries:\n  - id: kerja-sama\n    term: kerja sama\n    definition: K.\n    related: [kerja-samaa]\n",
     5, 'entri "kerja-sama": related "kerja-samaa" tidak ada. Maksud Anda "kerja-sama"?'),
    ("sumber kamus tidak ada", "entries:\n" + OK + "  - id: b\n    term: beta\n    basis: kamus\n    definition: B.\n",
     5, 'entri "b": basis "kamus", jadi `source` (sumber: title, dan url bila ada) wajib diisi.'),
    ("sumber hukum tidak ada", "entries:\n" + OK + "  - id: b\n    term: beta\n    basis: hukum\n    definition: B.\n",
     5, 'entri "b": basis "hukum", jadi `source` (sumber: title, dan url bila ada) wajib diisi.'),
    ("mengutip KBBI tanpa sumber", "entries:\n" + OK + "  - id: b\n    term: beta\n    definition: Menurut KBBI, beta adalah huruf.\n",
     5, 'entri "b": definisinya mengutip kamus atau peraturan, jadi `source` (sumber: title, dan url bila ada) wajib diisi.'),
    ("daftar di tempat teks", "entries:\n" + OK + "  - id: b\n    term: [beta, gamma]\n    definition: B.\n",
     6, 'entri "b": istilah harus berupa teks, bukan daftar.'),
    ("angka di tempat teks", "entries:\n" + OK + "  - id: b\n    term: 360\n    definition: B.\n",
     6, 'entri "b": istilah harus berupa teks; apit nilainya dengan tanda kutip, misalnya "360".'),
    ("teks di tempat daftar", "entries:\n  - id: a\n    term: alfa\n    aliases: alfaku\n    definition: A.\n",
     4, 'entri "a": aliases harus berupa daftar, misalnya [alfaku].'),
    ("kunci salah ketik", "entries:\n  - id: a\n    term: alfa\n    definition: A.\n    relatd: [b]\n",
     5, 'entri "a": kunci "relatd" tidak dikenal; yang boleh: abbreviations, aliases, basis, definition, id, related, source, term, variants.'),
    ("id tidak sah", "entries:\n  - id: Alfa Beta\n    term: alfa\n    definition: A.\n",
     2, 'id "Alfa Beta" tidak sah: pakai huruf kecil, angka, dan tanda hubung saja (misalnya pemangku-kepentingan).'),
    ("tautan javascript di definisi", "entries:\n  - id: a\n    term: alfa\n    definition: Lihat [ini](javascript:alert(1)).\n",
     4, 'entri "a": tautan "javascript:alert(1" di definisi tidak diizinkan; pakai alamat lengkap (https://…), dan untuk entri lain pakai `related`.'),
    ("alamat sumber tidak sah", "entries:\n" + OK + "    source:\n      title: T\n      url: 'javascript:alert(1)'\n",
     7, 'entri "a": alamat sumber harus diawali http:// atau https:// dan tanpa spasi, tanda kutip, atau < >.'),
    ("alasan bukan-singkatan kosong", "entries:\n" + OK + "not_abbreviations:\n  MADANI:\n",
     6, 'not_abbreviations: alasan untuk "MADANI" tidak boleh kosong.'),
]


@pytest.mark.parametrize("name, text, line, message", CASES, ids=[c[0] for c in CASES])
def test_parse_reports_file_line_and_message(name, text, line, message):
    with pytest.raises(DataError) as caught:
        gl.parse_glossary(text, "data/glosarium.yml")
    assert caught.value.problems[0] == ("data/glosarium.yml", line, message)


@pytest.mark.parametrize("name, text, line, message", CASES, ids=[c[0] for c in CASES])
def test_cli_check_exits_1_with_the_message(name, text, line, message, tmp_path, capsys):
    data = tmp_path / "glosarium.yml"
    data.write_text(text, encoding="utf-8")
    assert glossary_cli(["check", "--data", str(data)]) == 1
    err = capsys.readouterr().err
    assert f"{data}:{line}: {message}" in err


def test_cli_check_passes_on_the_real_data():
    result = subprocess.run([sys.executable, "-m", "scripts.glossary", "check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("data/glosarium.yml: ") and "tidak ada masalah" in result.stdout


def test_cli_as_a_process_prints_no_traceback(tmp_path):
    data = tmp_path / "glosarium.yml"
    data.write_text("entries:\n  - id: a\n    term: [x]\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "scripts.glossary", "check", "--data", str(data)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{data}:3: entri \"a\": istilah harus berupa teks, bukan daftar." in result.stderr
    assert f"{data}:2: entri \"a\": `definition` (definisi) wajib diisi." in result.stderr


# A few representative cases through a real build (each build costs a second or two).
BUILD_CASES = [CASES[0], CASES[7], CASES[13]]


@pytest.mark.parametrize("name, text, line, message", BUILD_CASES, ids=[c[0] for c in BUILD_CASES])
def test_build_fails_with_the_message_and_no_site(name, text, line, message, project_copy, tmp_path):
    (project_copy / "data" / "glosarium.yml").write_text(text, encoding="utf-8")
    site = tmp_path / "out"
    result = run_mkdocs_build(project_copy, site)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert f"data/glosarium.yml:{line}: {message}" in output
    assert "Traceback" not in output
    assert not (site / "index.html").exists(), "situs setengah jadi tertulis"


def test_committed_glosarium_md_is_rejected(project_copy, tmp_path):
    (project_copy / "docs" / "glosarium.md").write_text("# Glosarium lama\n", encoding="utf-8")
    result = run_mkdocs_build(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/glosarium.md dibuat otomatis dari data/glosarium.yml" in result.stderr
