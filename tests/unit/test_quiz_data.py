"""Quiz generator, pure functions: bad input (table-driven, via the CLI), rendering, anchors, hashes."""

from __future__ import annotations

import textwrap

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT, mini_project
from scripts import quiz as quizlib
from scripts.core import pages as site
from scripts.quiz.__main__ import main as cli

PAGE = """---
description: Halaman uji.
---

# Bab uji

## Tujuan belajar {#tujuan-belajar}

- menyebutkan apa yang dibagi;
- menjelaskan bab uji dengan kata-kata
  sendiri.

## Yang dibagi {#yang-dibagi}

Isi.

## Tanpa id eksplisit

Isi.
"""

VALID = """\
title: "Kuis: uji"
chapter: bab.md
questions:
  - id: q1
    type: single
    text: Pertanyaan satu?
    options:
      - id: a
        text: Pilihan A
      - id: b
        text: Pilihan B
    correct: a
    explanation: Karena A.
    learn_more: bab.md#yang-dibagi
    goal: bab.md#1
"""


def make_project(tmp_path, files: dict[str, str]):
    """A minimal project: the real mkdocs.yml, one docs page, and the given data files."""
    data = {f"data/kuis/{name}": textwrap.dedent(text) for name, text in files.items()}
    return mini_project(tmp_path / "proyek", {"docs/bab.md": PAGE, **data})


def run_cli(root, capsys, *args):
    code = cli(list(args) or ["check"], root)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_valid_data_passes(tmp_path, capsys):
    code, out, err = run_cli(make_project(tmp_path, {"uji.yml": VALID}), capsys)
    assert code == 0, err
    assert "1 kuis, 1 pertanyaan" in out


# (case, files, expected "file:line", expected words in the message)
BAD = [
    ("jenis tidak dikenal", {"uji.yml": VALID.replace("type: single", "type: essay")},
     "data/kuis/uji.yml:5", ['jenis "essay" tidak dikenal', "single, multiple, atau truefalse"]),
    ("tanpa jawaban benar", {"uji.yml": VALID.replace("    correct: a\n", "")},
     "data/kuis/uji.yml:4", ['pertanyaan "q1"', "tidak ada jawaban benar"]),
    ("jawaban benar kosong", {"uji.yml": VALID.replace("correct: a", "correct: []")},
     "data/kuis/uji.yml:12", ["tidak ada jawaban benar"]),
    ("jawaban benar bukan pilihan", {"uji.yml": VALID.replace("correct: a", "correct: d")},
     "data/kuis/uji.yml:12", ['jawaban benar "d" tidak ada di pilihan (a, b)']),
    ("beberapa jawaban pada single", {"uji.yml": VALID.replace("correct: a", "correct: [a, b]")},
     "data/kuis/uji.yml:12", ["hanya boleh punya satu jawaban benar", "type: multiple"]),
    ("id pertanyaan ganda", {"uji.yml": VALID + VALID.split("questions:\n")[1]},
     "data/kuis/uji.yml:16", ['pertanyaan "q1"', "sudah dipakai pertanyaan di baris 4"]),
    ("id kuis ganda", {"uji.yml": VALID, "uji.yaml": VALID},
     "data/kuis/uji.yml:1", ['id kuis "uji" sudah dipakai oleh data/kuis/uji.yaml']),
    ("kurang dari dua pilihan", {"uji.yml": VALID.replace("      - id: b\n        text: Pilihan B\n", "")},
     "data/kuis/uji.yml:8", ["hanya ada 1 pilihan", "minimal dua pilihan"]),
    ("penjelasan tidak ada", {"uji.yml": VALID.replace("    explanation: Karena A.\n", "")},
     "data/kuis/uji.yml:4", ['"explanation" tidak ada', "mengapa jawaban itu benar"]),
    ("penjelasan kosong", {"uji.yml": VALID.replace("explanation: Karena A.", 'explanation: ""')},
     "data/kuis/uji.yml:13", ['"explanation" kosong']),
    ("tautan ke halaman yang tidak ada", {"uji.yml": VALID.replace("bab.md#yang-dibagi", "tidak-ada.md#x")},
     "data/kuis/uji.yml:14", ["tidak-ada.md yang tidak ada di docs/"]),
    ("tautan ke jangkar yang tidak ada", {"uji.yml": VALID.replace("#yang-dibagi", "#tidak-ada")},
     "data/kuis/uji.yml:14", ["jangkar #tidak-ada yang tidak ada di bab.md", "#yang-dibagi", "#tanpa-id-eksplisit"]),
    ("bab yang tidak ada", {"uji.yml": VALID.replace("chapter: bab.md", "chapter: hilang.md")},
     "data/kuis/uji.yml:2", ['bab (chapter) "hilang.md" tidak ada di docs/']),
    ("teks di tempat daftar", {"uji.yml": VALID.split("questions:")[0] + "questions: tulis pertanyaan di sini\n"},
     "data/kuis/uji.yml:3", ['"questions" harus berupa daftar', "bukan teks"]),
    ("pilihan berupa teks", {"uji.yml": VALID.replace(
        "    options:\n      - id: a\n        text: Pilihan A\n      - id: b\n        text: Pilihan B\n",
        "    options: a, b\n")},
     "data/kuis/uji.yml:7", ['"options" harus berupa daftar']),
    ("berkas kosong", {"uji.yml": "\n"}, "data/kuis/uji.yml:1", ["berkas kosong"]),
    ("truefalse dengan jawaban lain", {"uji.yml": VALID.replace("type: single", "type: truefalse").replace(
        "    options:\n      - id: a\n        text: Pilihan A\n      - id: b\n        text: Pilihan B\n", "")},
     "data/kuis/uji.yml:7", ['jawaban benar "a" tidak dikenal', '"benar" atau "salah"']),
    ("kunci tidak dikenal", {"uji.yml": VALID.replace("    text: Pertanyaan satu?", "    txt: Pertanyaan satu?")},
     "data/kuis/uji.yml:6", ['kunci "txt" tidak dikenal']),
    ("YAML rusak", {"uji.yml": VALID.replace("title: \"Kuis: uji\"", "title: \"Kuis: uji")},
     "data/kuis/uji.yml:1:", ["YAML tidak sah", "tanda kutip yang dibuka di baris ini"]),
]


@pytest.mark.parametrize("case, files, where, words", BAD, ids=[case[0] for case in BAD])
def test_bad_input_fails_with_file_line_and_fix(tmp_path, capsys, case, files, where, words):
    code, out, err = run_cli(make_project(tmp_path, files), capsys)
    assert code == 1
    assert "Traceback" not in err
    first = err.strip().splitlines()[0]
    assert first.startswith(where), err
    for word in words:
        assert word in err, f"{word!r} tidak ada di:\n{err}"


def test_write_emits_every_page(tmp_path, capsys):
    root = make_project(tmp_path, {"uji.yml": VALID})
    code, out, err = run_cli(root, capsys, "write", str(tmp_path / "keluar"))
    assert code == 0, err
    written = sorted(p.relative_to(tmp_path / "keluar").as_posix() for p in (tmp_path / "keluar").rglob("*.md"))
    assert written == ["kuis/index.md", "kuis/kemajuan.md", "kuis/uji.md"]
    page = (tmp_path / "keluar" / "kuis" / "uji.md").read_text(encoding="utf-8")
    assert 'href="../bab.md#yang-dibagi"' in page


# Rendering


def _quiz(tmp_path, text):
    path = tmp_path / "uji.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return quizlib.load_quiz(path, "data/kuis/uji.yml")


def _render(quiz):
    to_html = site.make_markdown(["attr_list", "tables"], {})
    markdown = quizlib.render_quiz(quiz, to_html, lambda target: ("../" + target, "Bab uji › Yang dibagi"))
    return markdown, HTMLParser(markdown.split("---\n", 2)[2])


def test_render_semantic_quiz(tmp_path):
    quiz = _quiz(tmp_path, VALID.replace("correct: a", "correct: [a, b]").replace("type: single", "type: multiple"))
    markdown, tree = _render(quiz)
    assert markdown.startswith('---\ntitle: "Kuis: uji"\n')
    assert "kuis: \"quiz\"" in markdown
    fieldset = tree.css_first("fieldset.kuis-soal")
    assert fieldset.attributes["data-hash"] == quiz.questions[0].hash
    assert "Pertanyaan satu?" in fieldset.css_first("legend").text()
    boxes = fieldset.css("input[type=checkbox]")
    order = [o.id for o in quiz.questions[0].options]  # arranged at load time (arrange_options)
    assert [b.attributes["value"] for b in boxes] == order and sorted(order) == ["a", "b"]
    for box in boxes:  # every input has its own label
        assert tree.css_first(f'label[for="{box.attributes["id"]}"]') is not None
    details = fieldset.css_first("details.kuis-jawaban")
    assert "open" not in details.attributes
    assert details.css_first("summary").text() == "Lihat jawaban"
    shown = "; ".join(f"{'AB'[i]}. Pilihan {oid.upper()}" for i, oid in enumerate(order))
    assert f"Jawaban benar: {shown}" in " ".join(details.text().split())
    assert details.css_first(".kuis-jawaban__penjelasan p").text() == "Karena A."
    assert details.css_first("a").attributes["href"] == "../bab.md#yang-dibagi"


def test_truefalse_renders_radio_benar_salah(tmp_path):
    quiz = _quiz(tmp_path, VALID.replace("type: single", "type: truefalse").replace("correct: a", "correct: salah").replace(
        "    options:\n      - id: a\n        text: Pilihan A\n      - id: b\n        text: Pilihan B\n", ""))
    _, tree = _render(quiz)
    radios = tree.css("input[type=radio]")
    assert [r.attributes["value"] for r in radios] == ["benar", "salah"]
    assert "Jawaban benar: Salah" in " ".join(tree.css_first("details").text().split())


def test_text_that_looks_like_html_is_shown_as_text(tmp_path):
    quiz = _quiz(tmp_path, VALID.replace("Pertanyaan satu?", '"<script>alert(1)</script> <b>tebal</b>?"')
                 .replace("Pilihan A", '"<img src=x onerror=alert(1)>"')
                 .replace("Karena A.", '"Karena <em>A</em> & `<i>`."'))
    markdown, tree = _render(quiz)
    assert tree.css("script") == [] and tree.css("img") == [] and tree.css("b") == [] and tree.css("em") == []
    assert "<script>alert(1)</script> <b>tebal</b>?" in tree.css_first("legend").text()
    assert "<img src=x onerror=alert(1)>" in tree.css_first("label").text()
    explanation = tree.css_first(".kuis-jawaban__penjelasan")
    assert "Karena <em>A</em> & <i>." in explanation.text()
    assert explanation.css_first("code").text() == "<i>"


def test_hash_changes_with_text_options_or_answer(tmp_path):
    base = _quiz(tmp_path, VALID).questions[0].hash
    assert _quiz(tmp_path, VALID).questions[0].hash == base
    assert _quiz(tmp_path, VALID.replace("Pertanyaan satu?", "Pertanyaan dua?")).questions[0].hash != base
    assert _quiz(tmp_path, VALID.replace("Pilihan B", "Pilihan C")).questions[0].hash != base
    assert _quiz(tmp_path, VALID.replace("correct: a", "correct: b")).questions[0].hash != base
    # The explanation does not invalidate saved answers.
    assert _quiz(tmp_path, VALID.replace("Karena A.", "Karena A, jelas.")).questions[0].hash == base


def test_page_anchors_follow_toc_and_attr_list():
    title, anchors = site.page_anchors(
        "---\ntitle: Judul meta\n---\n# Judul\n\n## Satu {#satu}\n\n## Dua kata\n\n## Dua kata\n\n"
        "```\n## bukan judul\n```\n\nTeks {: #di-paragraf }\n")
    assert title == "Judul meta"
    assert list(anchors) == ["judul", "satu", "dua-kata", "dua-kata_1", "di-paragraf"]
    assert anchors["satu"] == "Satu"


def test_chapter_link_is_relative_markdown():
    quiz = quizlib.Quiz(id="contoh", path="x", title="Kuis: Contoh nyata", questions=[], chapter="examples/index.md")
    assert "(../kuis/contoh.md)" in quizlib.chapter_link(quiz, "examples/index.md")
    assert "(kuis/contoh.md)" in quizlib.chapter_link(quiz, "bab.md")


def test_real_data_is_valid():
    assert cli(["check"]) == 0


# Goals, option order, lint


BAD_GOALS = [
    ("goal tanpa nomor", "goal: bab.md#1", "goal: bab.md", "data/kuis/uji.yml:15",
     ['goal "bab.md" tidak berbentuk halaman.md#nomor', "goal: apa-itu-kolaborasi.md#2"]),
    ("goal di luar daftar", "goal: bab.md#1", "goal: bab.md#3", "data/kuis/uji.yml:15",
     ['goal "bab.md#3"', 'bab.md hanya punya 2 butir di "Tujuan belajar"', "nomor 1 sampai 2"]),
    ("goal ke halaman yang tidak ada", "goal: bab.md#1", "goal: hilang.md#1", "data/kuis/uji.yml:15",
     ["menuju halaman hilang.md yang tidak ada di docs/"]),
    ("goal tidak ada", "    goal: bab.md#1\n", "", "data/kuis/uji.yml:4", ['"goal" tidak ada', "misalnya goal:"]),
]


@pytest.mark.parametrize("case, old, new, where, words", BAD_GOALS, ids=[c[0] for c in BAD_GOALS])
def test_bad_goal_fails_with_file_line_and_fix(tmp_path, capsys, case, old, new, where, words):
    code, out, err = run_cli(make_project(tmp_path, {"uji.yml": VALID.replace(old, new)}), capsys)
    assert code == 1 and "Traceback" not in err
    assert err.strip().splitlines()[0].startswith(where), err
    for word in words:
        assert word in err, f"{word!r} tidak ada di:\n{err}"


def _question(qid: str, correct: str, ids: str = "abcd", qtype: str = "single") -> quizlib.Question:
    options = [quizlib.Option(i, f"Pilihan {i}", "" if i in correct else "Salah paham.") for i in ids]
    return quizlib.Question(qid, qtype, "Teks?", options, list(correct), "Karena.", "bab.md#yang-dibagi", "bab.md#1")


def test_option_order_is_balanced_reproducible_and_free_of_the_authors_order():
    questions = [_question(f"q{n}", "a") for n in range(12)]
    quizlib.arrange_options("uji", questions)
    positions = [[o.id for o in q.options].index("a") for q in questions]
    assert sorted(positions) == [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3], positions  # every letter equally often
    again = [_question(f"q{n}", "a", ids="dcba") for n in range(12)]  # written in another order
    quizlib.arrange_options("uji", again)
    assert [[o.id for o in q.options] for q in again] == [[o.id for o in q.options] for q in questions]
    other = [_question(f"q{n}", "a") for n in range(12)]
    quizlib.arrange_options("lain", other)
    assert [[o.id for o in q.options] for q in other] != [[o.id for o in q.options] for q in questions]
    statement = _question("tf", "b", ids="ab", qtype="truefalse")
    quizlib.arrange_options("uji", [statement])
    assert [o.id for o in statement.options] == ["a", "b"]


def test_saved_progress_survives_a_new_option_order():
    first, second = _question("q", "a"), _question("q", "a", ids="cadb")
    assert first.hash == second.hash


def _lint_project(tmp_path, questions: str, goals: int = 2):
    from scripts.quiz import lint
    from scripts.quiz.__main__ import load

    root = make_project(tmp_path, {"uji.yml": VALID.split("questions:")[0] + "questions:\n" + questions})
    config, quizzes, pages = load(root)
    return lint.lint(quizzes, pages)


LINT_QUESTION = """\
  - id: {qid}
    type: {qtype}
    text: Apa yang dibagi dalam kolaborasi?
    options:
      - id: a
        text: {a}
      - id: b
        text: {b}
        feedback: {fb}
      - id: c
        text: Tanggung jawab
        feedback: Salah paham c.
    correct: {correct}
    explanation: Karena.
    learn_more: {learn}
    goal: bab.md#{goal}
"""


def _item(qid="q1", qtype="single", a="Pengetahuan", b="Uang", fb="Salah paham b.", correct="a",
          learn="bab.md#yang-dibagi", goal=1):
    return LINT_QUESTION.format(qid=qid, qtype=qtype, a=a, b=b, fb=fb, correct=correct, learn=learn, goal=goal)


def test_lint_names_each_problem_with_file_and_line(tmp_path):
    items = (_item("semua", qtype="multiple", correct="[a, b, c]") + _item("tanpa-umpan", fb='""')
             + _item("serba", b="Semua jawaban di atas benar") + _item("salah-bagian", learn="bab.md#tanpa-id-eksplisit"))
    problems = _lint_project(tmp_path, items)
    text = "\n".join(problems)
    assert 'data/kuis/uji.yml:4: pertanyaan "semua": pertanyaan "pilih semua" perlu minimal dua pilihan benar dan satu salah' in text
    assert 'data/kuis/uji.yml:20: pertanyaan "tanpa-umpan": pilihan "b" salah tetapi tanpa feedback' in text
    assert 'pertanyaan "serba": pilihan "b" berbunyi "Semua jawaban di atas benar"' in text
    assert 'pertanyaan "salah-bagian": bagian bab.md#tanpa-id-eksplisit tidak memuat satu pun kata kunci' in text
    assert "data/kuis/uji.yml:1: kuis ini baru punya 4 pertanyaan; minimal 8." in text
    # Goal 2 of the page is tested by no question: named at its line in the page.
    assert 'docs/bab.md:10: tujuan belajar 2 ("menjelaskan bab uji dengan kata-kata sendiri.") belum diuji' in text
    assert not [p for p in problems if "tujuan belajar 1" in p]


def test_lint_catches_answers_that_sit_at_one_position_or_are_the_longest(tmp_path):
    from scripts.quiz import lint

    long = [_question(f"q{n}", "a") for n in range(8)]
    for q in long:
        q.options[0].text = "Pilihan yang jauh lebih panjang dan rinci daripada yang lain"
    quiz = quizlib.Quiz("uji", "data/kuis/uji.yml", "Uji", long)
    problems = lint._quiz_problems(quiz, {})
    assert any("jawaban benar adalah pilihan terpanjang (batas: peluang menebak, 25%)" in p for p in problems)
    assert any("jawaban benar di posisi A pada 8 dari 8" in p for p in problems)
    quizlib.arrange_options("uji", long)
    assert not any("posisi" in p for p in lint._quiz_problems(quiz, {}))


def test_real_quizzes_pass_the_lint_and_reward_no_test_taking_habit():
    """make check's quiz lint is clean, and a reader who always picks the first option, or always the
    longest, scores no better than a blind guess would on average."""
    from scripts.quiz import lint
    from scripts.quiz.__main__ import load

    assert lint.main(["check"]) == 0
    config, quizzes, pages = load(ROOT)
    assert lint.lint(quizzes, pages) == []
    questions = [q for quiz in quizzes for q in quiz.questions if q.type in ("single", "truefalse")]
    first = sum(q.options[0].id in q.correct for q in questions)
    longest = sum(max(q.options, key=lambda o: len(o.text)).id in q.correct for q in questions if q.type == "single")
    singles = [q for q in questions if q.type == "single"]
    assert first <= sum(1 / len(q.options) for q in questions) + 1, (first, len(questions))
    assert longest <= sum(1 / len(q.options) for q in singles), (longest, len(singles))
