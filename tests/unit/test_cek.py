"""Cek kolaborasi without a browser: the data rules (file:line messages via the CLI), the pages it writes,
the result fragment, and the vendored QR encoder."""

from __future__ import annotations

import hashlib
import re

import pytest
import yaml
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT, mini_project
from scripts import cek
from scripts.cek.__main__ import main as cli

CHAPTER = """---
description: Bab uji.
---

# Kunci uji

## Satu {#satu}

Isi.

## Dua {#dua}

Isi.
"""
EXAMPLE = "# Contoh uji\n\n## Prinsip {#prinsip}\n\nIsi.\n"


def statement(sid: str, section: str = "bab.md#satu") -> str:
    return f"      - id: {sid}\n        text: Pernyataan {sid}.\n        section: {section}\n"


def key(kid: str, count: int = 4) -> str:
    advice = "        {0}: Saran {0} ([Satu](bab.md#satu)), lihat [contoh](contoh.md#prinsip).\n"
    return (f"  - id: {kid}\n    title: Kunci {kid}\n    section: bab.md#satu\n    advice:\n"
            + "".join(advice.format(level) for level in ("low", "middle", "high"))
            + "    statements:\n" + "".join(statement(f"{kid}-{n}") for n in range(1, count + 1)))


VALID = ("title: Cek uji\ndescription: Uji.\nscale: [Belum, Kadang, Sering, Selalu]\nunknown: Tidak tahu\nkeys:\n"
         + "".join(key(k) for k in ("a", "b", "c", "d")))


def make_project(tmp_path, text: str):
    return mini_project(tmp_path / "proyek", {"docs/bab.md": CHAPTER, "docs/contoh.md": EXAMPLE, "data/cek.yml": text})


def run(root, capsys, *args):
    code = cli(list(args) or ["check"], root)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_valid_data_passes(tmp_path, capsys):
    code, out, err = run(make_project(tmp_path, VALID), capsys)
    assert (code, err) == (0, "")
    assert out.strip() == "data/cek.yml: valid, 4 kunci, 16 pernyataan."


def line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


# (case, data, the line named, words of the message)
BAD = [
    ("YAML rusak", VALID.replace("title: Cek uji", 'title: "Cek uji'), 1, ["YAML tidak sah", "tanda kutip"]),
    ("kunci tak dikenal", VALID.replace("unknown: Tidak tahu", "unknown: Tidak tahu\nwarna: biru"), 5,
     ['kunci "warna" tidak dikenal']),
    ("skala tiga label", VALID.replace("[Belum, Kadang, Sering, Selalu]", "[Belum, Kadang, Selalu]"), 3,
     ['"scale" harus berisi tepat 4 label']),
    ("id ganda", VALID.replace("id: b-2", "id: a-1"), line_of(VALID, "id: b-2"),
     ['id "a-1" sudah dipakai di baris']),
    ("id tidak sah", VALID.replace("id: c-3", "id: C 3"), line_of(VALID, "id: c-3"), ['id "C 3" tidak sah']),
    ("saran kurang", VALID.replace("        high: Saran high", "        tinggi: Saran high", 1),
     line_of(VALID, "        high: Saran high"), ['kunci "tinggi" tidak dikenal']),
    ("terlalu sedikit", VALID.replace(statement("d-4"), "").replace(statement("c-4"), ""), 6,
     ["cek berisi 14 pernyataan; buat 16 sampai 24"]),
    ("kunci dengan dua pernyataan", VALID.replace(statement("a-3"), "").replace(statement("a-4"), ""),
     line_of(VALID, "    statements:") + 1, ["perlu sedikitnya 3 butir"]),
    ("section bukan halaman", VALID.replace(statement("a-1"), statement("a-1", "satu")),
     line_of(VALID, "        section: bab.md#satu"), ['harus berupa halaman di docs/ dengan jangkar']),
    ("jangkar tidak ada", VALID.replace(statement("b-1"), statement("b-1", "bab.md#tiga")),
     line_of(VALID, "      - id: b-1"), ["jangkar #tiga tidak ada di bab.md", "#satu, #dua"]),
    ("halaman tidak ada", VALID.replace(statement("b-1"), statement("b-1", "lain.md#satu")),
     line_of(VALID, "      - id: b-1"), ['"lain.md#satu" menuju halaman yang tidak ada di docs/']),
    ("saran tanpa tautan bab", VALID.replace("        low: Saran low ([Satu](bab.md#satu)),", "        low: Saran low,", 1),
     line_of(VALID, "        low: Saran low"), ['saran "low" perlu tautan ke bab yang mengajarkannya']),
    ("tautan saran rusak", VALID.replace("[contoh](contoh.md#prinsip)", "[contoh](contoh.md#tidak-ada)", 1),
     line_of(VALID, "        low: Saran low"), ["jangkar #tidak-ada tidak ada di contoh.md"]),
    ("deskripsi terlalu panjang", VALID.replace("description: Uji.", "description: " + "Uji panjang. " * 20), 2,
     ['"description" 259 karakter; paling banyak 200']),
    ("berkas kosong", "", 1, ["berkas kosong"]),
]


@pytest.mark.parametrize("case, text, line, words", BAD, ids=[case[0] for case in BAD])
def test_bad_data_fails_with_file_line_and_fix(tmp_path, capsys, case, text, line, words):
    code, out, err = run(make_project(tmp_path, text), capsys)
    assert code == 1 and "Traceback" not in err
    first = err.strip().splitlines()[0]
    assert first.startswith(f"data/cek.yml:{line}: "), err
    for word in words:
        assert word in err, f"{word!r} tidak ada di:\n{err}"


def test_every_problem_is_reported_at_once(tmp_path, capsys):
    text = VALID.replace("id: c-3", "id: C 3").replace("[Belum, Kadang, Sering, Selalu]", "[Belum]")
    code, _, err = run(make_project(tmp_path, text), capsys)
    assert code == 1
    assert "data/cek.yml:3: " in err and f"data/cek.yml:{line_of(VALID, 'id: c-3')}: " in err


def test_write_makes_the_form_the_team_view_and_the_checklist(tmp_path, capsys):
    root = make_project(tmp_path, VALID)
    code, out, err = run(root, capsys, "write", str(tmp_path / "keluar"))
    assert code == 0, err
    written = sorted(p.relative_to(tmp_path / "keluar").as_posix() for p in (tmp_path / "keluar").rglob("*.md"))
    assert written == ["cek/index.md", "cek/tim.md", "handout/cek-kolaborasi.md"]
    form = (tmp_path / "keluar" / "cek" / "index.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(form.split("---")[1])
    assert meta == {"title": "Cek uji", "description": "Uji.", "cek": "form", "presentasi": True}
    html = HTMLParser(form)
    statements = html.css("fieldset[data-cek-soal]")
    assert [s.attributes["data-cek-soal"] for s in statements] == [f"{k}-{n}" for k in "abcd" for n in range(1, 5)]
    values = [i.attributes["value"] for i in statements[0].css("input[type=radio]")]
    assert values == ["1", "2", "3", "4", "0"]  # the scale, then "tidak tahu"
    labels = [label.text(strip=True) for label in statements[0].css("label")]
    assert labels == ["Belum", "Kadang", "Sering", "Selalu", "Tidak tahu"]
    # Links from the generated page are rebased: the advice and the section links point back to docs/.
    assert 'href="../bab.md#satu"' in form and 'href="../contoh.md#prinsip"' in form
    assert len(html.css("[data-cek-saran]")) == 4 * 3
    assert html.css_first(".cek-intro").attributes["data-cek"] == cek.load(root / "data" / "cek.yml").version
    assert re.search(r"^## 1\. Kunci a \{#a\}$", form, re.M)
    checklist = (tmp_path / "keluar" / "handout" / "cek-kolaborasi.md").read_text(encoding="utf-8")
    assert checklist.count('<span class="cek-kotak"></span>') == 16 * 5
    assert "## Panduan penilaian" in checklist and "rata-rata" in checklist
    team = HTMLParser((tmp_path / "keluar" / "cek" / "tim.md").read_text(encoding="utf-8"))
    assert len(team.css("tr[data-cek-baris]")) == 16


def test_the_version_follows_the_statement_list_not_its_wording(tmp_path):
    base = cek.load(make_project(tmp_path / "1", VALID) / "data" / "cek.yml")
    reworded = cek.load(make_project(tmp_path / "2", VALID.replace("Pernyataan a-1.", "Kalimat lain.")) / "data" / "cek.yml")
    reordered = cek.load(make_project(tmp_path / "3", VALID.replace(statement("a-1") + statement("a-2"),
                                                                     statement("a-2") + statement("a-1"))) / "data" / "cek.yml")
    assert base.version == reworded.version != reordered.version
    assert re.fullmatch(r"[0-9a-f]{6}", base.version)


def test_result_fragment_has_one_mark_per_statement(tmp_path):
    check = cek.load(make_project(tmp_path, VALID) / "data" / "cek.yml")
    answers = {"a-1": 4, "a-2": 0, "b-1": 1}
    fragment = cek.result_fragment(check, answers)
    assert fragment == f"hasil={check.version}.40--1" + "-" * 11
    assert [cek.level(x) for x in (1.0, 1.9, 2.0, 2.9, 3.0, 4.0)] == ["low", "low", "middle", "middle", "high", "high"]


def test_the_real_data_has_a_statement_for_every_key_taught():
    check = cek.load(ROOT / "data" / "cek.yml", "data/cek.yml")
    assert cek.STATEMENTS_MIN <= len(check.statements) <= cek.STATEMENTS_MAX
    chapter = (ROOT / "docs" / "kunci-keberhasilan.md").read_text(encoding="utf-8")
    for k in check.keys:
        assert f"{{#{k.section.partition('#')[2]}}}" in chapter


def test_vendored_qr_encoder_matches_its_record():
    folder = ROOT / "vendor" / "qrcode-generator"
    record = (folder / "VENDOR.md").read_text(encoding="utf-8")
    digest = hashlib.sha256((folder / "qrcode.js").read_bytes()).hexdigest()
    assert f"SHA-256: `{digest}`" in record
    assert "versi **2.0.4**" in record and (folder / "LICENSE").read_text().startswith("MIT License")
