"""Search that knows the site's words (issue 23 §4): glossary variants, the teaching section, the index."""

from __future__ import annotations


import pytest

from scripts.core.data import DataError
from scripts.glossary import load_glossary, parse_glossary
from scripts import search_words
from scripts.search_words import enrich, teaching_section

ENTRY = """entries:
  - id: jurnalis
    term: jurnalis
    variants: {variants}
    definition: Orang yang pekerjaannya meliput berita.
"""


def test_variants_are_read_and_searched_but_not_marked():
    entry = parse_glossary(ENTRY.format(variants="[wartawan, pewarta]")).by_id["jurnalis"]
    assert entry.variants == ["wartawan", "pewarta"]
    assert entry.forms == ["jurnalis"]
    assert entry.search_words == ["jurnalis", "wartawan", "pewarta"]


@pytest.mark.parametrize("variants, line, message", [
    ("wartawan", 4, 'entri "jurnalis": variants harus berupa daftar, misalnya [wartawan].'),
    ("[jurnalis]", 4, 'entri "jurnalis": varian "jurnalis" sudah menjadi istilah entri ini (baris 2); '
                      "satu bentuk hanya boleh milik satu entri."),
    ("[12]", 4, 'isi entri "jurnalis": variants harus berupa teks; apit nilainya dengan tanda kutip, misalnya "12".'),
])
def test_bad_variants_are_reported_with_file_and_line(variants, line, message):
    with pytest.raises(DataError) as caught:
        parse_glossary(ENTRY.format(variants=variants))
    assert caught.value.problems[0] == ("data/glosarium.yml", line, message)


def _docs():
    return [
        {"location": "", "title": "Beranda", "text": "jurnalis dan kolaborasi"},
        {"location": "apa-itu-kolaborasi/", "title": "Apa itu kolaborasi?", "text": "pengantar"},
        {"location": "apa-itu-kolaborasi/#kolaborasi", "title": "Kolaborasi", "text": "kolaborasi ialah"},
        {"location": "examples/icw-jurnalis/", "title": "ICW dan jurnalis", "text": "para jurnalis"},
        {"location": "glosarium/#jurnalis", "title": "jurnalis", "text": "definisi"},
    ]


def test_the_teaching_section_is_a_heading_of_a_teaching_page():
    glossary = parse_glossary(ENTRY.format(variants="[wartawan]"))
    docs = _docs()
    assert teaching_section(glossary.by_id["jurnalis"], docs)["location"] == "examples/icw-jurnalis/"


def test_search_words_go_to_the_teaching_section_and_its_page():
    glossary = load_glossary()
    docs = _docs()
    added = enrich(docs, glossary)
    assert "wartawan" in added["examples/icw-jurnalis/"]
    assert {"kolaborasi", "berkolaborasi"} <= set(added["apa-itu-kolaborasi/#kolaborasi"])
    assert {"kolaborasi", "berkolaborasi"} <= set(added["apa-itu-kolaborasi/"])
    assert "glosarium/#jurnalis" not in added and "" not in added


def test_the_glossary_has_the_readers_words():
    glossary = load_glossary()
    words = {w.casefold(): e.id for e in glossary.entries for w in e.search_words}
    assert words["wartawan"] == "jurnalis"
    assert words["kerjasama"] == "kerja-sama"
    assert words["sumberdaya"] == "sumber-daya"
    assert words["kemitraan"] == "kerja-sama"  # KBBI: hubungan kerja sama sebagai mitra
    assert words["lsm"] in ("organisasi-masyarakat-sipil", "lembaga-swadaya-masyarakat")


@pytest.mark.parametrize("src, meta, expected", [
    ("kuis/definisi.md", {}, {"boost": 0.5}),
    ("handout/index.md", {"search": {"exclude": False}}, {"exclude": False, "boost": 0.5}),
    ("kuis/akhir.md", {"search": {"boost": 2}}, {"boost": 2}),  # the page's own front matter wins
    ("apa-itu-kolaborasi.md", {}, None),
])
def test_practice_and_print_pages_get_half_the_search_weight(src, meta, expected):
    assert search_words.search_meta(src, meta) == expected
