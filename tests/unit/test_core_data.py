"""The one YAML reader every data file goes through: one wording, the line to fix, every problem at once."""

from __future__ import annotations

import pytest
import yaml

from scripts.core.data import DataError, Problem, Reader, compose, read_text

HINT = "Periksa indentasi, titik dua, dan tanda kutip di baris ini."

# (name, text, line to fix, reason)
SYNTAX = [
    ("kutip tak ditutup sampai akhir", 'a: 1\nb: "halo\nc: 3\n', 2, "tanda kutip yang dibuka di baris ini tidak ditutup"),
    ("kutip tak ditutup, kutip berikutnya jauh di bawah",
     'daftar:\n  - id: a\n    teks: "alfa\n' + "  - id: b\n    teks: beta\n" * 50 + '  - id: c\n    teks: "gamma"\n',
     3, "tanda kutip yang dibuka di baris ini tampaknya tidak ditutup (kutipan terbaca sampai baris 105)"),
    ("kurung siku tak ditutup", "a: [1, 2\nb: 3\n", 1, "kurung siku [ yang dibuka di baris ini tidak ditutup"),
    ("kurung kurawal tak ditutup", "a: {b: 1\nc: 3\n", 1, "kurung kurawal { yang dibuka di baris ini tidak ditutup"),
    ("kurung siku tak ditutup sampai akhir berkas", "a: 1\nb: [\n", 2, "kurung siku [ yang dibuka di baris ini tidak ditutup"),
    ("kurung di dalam kurung, yang dalam ditutup", "a: {b: [1, 2], c: 3\n", 1,
     "kurung kurawal { yang dibuka di baris ini tidak ditutup"),
    ("titik dua di tengah nilai", "a: b: c\n", 1, "titik dua di tengah nilai; apit nilai itu dengan tanda kutip"),
    ("tab", "a:\n\t- b\n", 2, "ada karakter yang tidak boleh mengawali nilai (tab? pakai spasi untuk indentasi)"),
    ("indentasi", "a:\n  b: 1\n c: 2\n", 3, "indentasi tidak cocok dengan baris di atasnya"),
]


@pytest.mark.parametrize("name, text, line, reason", SYNTAX, ids=[case[0] for case in SYNTAX])
def test_a_syntax_error_names_the_line_to_fix_in_one_wording(name, text, line, reason):
    with pytest.raises(DataError) as caught:
        compose(text, "data/uji.yml")
    assert caught.value.problems == [Problem("data/uji.yml", line, f"YAML tidak sah: {reason}. {HINT}")]
    assert str(caught.value) == f"data/uji.yml:{line}: YAML tidak sah: {reason}. {HINT}"


def test_quoted_values_over_several_lines_are_not_mistaken_for_a_runaway_quote():
    node = compose('a: "satu\n  dua: tiga"\nb: [\n  1,\n  2]\n', "data/uji.yml")
    assert yaml.safe_load(yaml.serialize(node)) == {"a": "satu dua: tiga", "b": [1, 2]}


def test_marks_count_from_the_first_line_given():
    with pytest.raises(DataError) as caught:
        compose("judul: a\nwaktu: {x: 1\n", "docs/bab.md", first_line=2)
    assert caught.value.problems[0].line == 3


def test_empty_text_is_none():
    assert compose("# hanya komentar\n", "data/uji.yml") is None


def test_unreadable_files_name_the_file(tmp_path):
    latin = tmp_path / "latin.yml"
    latin.write_bytes("a: caf\xe9\n".encode("latin-1"))
    with pytest.raises(DataError, match=r"^data/latin.yml:1: berkas bukan teks UTF-8"):
        read_text(latin, "data/latin.yml")
    with pytest.raises(DataError, match=r"^data/tidak-ada.yml:1: berkas tidak dapat dibaca"):
        read_text(tmp_path / "tidak-ada.yml", "data/tidak-ada.yml")


def test_the_reader_collects_every_problem_before_failing():
    root = compose("judul:\nbutir: teks\nlain: 1\njudul2: x\n", "data/uji.yml")
    reader = Reader("data/uji.yml")
    fields = reader.mapping(root, "isi berkas", allowed=("judul", "butir", "lain"), required=("judul", "wajib"))
    reader.text(fields["judul"], '"judul"')
    reader.sequence(fields["butir"], '"butir"')
    with pytest.raises(DataError) as caught:
        reader.done()
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (4, 'kunci "judul2" tidak dikenal. Kunci yang boleh: judul, butir, lain.'),
        (1, 'isi berkas belum punya kunci "wajib".'),
        (1, '"judul" tidak boleh kosong.'),
        (2, '"butir" harus berupa daftar (baris diawali "- "), bukan teks.'),
    ]


def test_a_repeated_key_is_a_problem():
    reader = Reader("data/uji.yml")
    reader.mapping(compose("a: 1\na: 2\n", "data/uji.yml"), "isi berkas", allowed=("a",))
    assert reader.errors == ['data/uji.yml:2: kunci "a" ditulis dua kali.']
