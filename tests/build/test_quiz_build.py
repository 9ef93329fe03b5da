"""Quiz pages in the whole-site build: counts, no-JS answers, coverage, links, assets, failing data."""

from __future__ import annotations

import posixpath

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT, run_mkdocs_build
from scripts import quiz as quizlib

QUIZ_IDS = ["definisi", "kunci-keberhasilan", "tujuan", "contoh", "akhir"]

# Every item the issue lists, with the page (and section) a question about it must link to.
REQUIRED_TOPICS = {
    "berbagi": "apa-itu-kolaborasi.md#yang-dibagi",
    "siklus-bersama": "apa-itu-kolaborasi.md#siklus-bersama",
    "visi-bersama": "apa-itu-kolaborasi.md#visi-bersama",
    "transparansi-komunikasi": "kunci-keberhasilan.md#transparansi-dan-komunikasi",
    "komitmen": "kunci-keberhasilan.md#kerja-sama-dan-komitmen",
    "peran-jelas-adil": "kunci-keberhasilan.md#peran-yang-jelas-dan-adil",
    "kerangka-kerja": "kunci-keberhasilan.md#kerangka-kerja-yang-kokoh",
    "tujuan-bersama": "tujuan-kolaborasi.md#tujuan-bersama",
    "memperkuat-masyarakat": "tujuan-kolaborasi.md#memperkuat-masyarakat",
    "pembangunan-berkelanjutan": "tujuan-kolaborasi.md#pembangunan-berkelanjutan",
    "kapasitas-kemandirian": "tujuan-kolaborasi.md#kapasitas-dan-kemandirian",
    "contoh-ykp-madani": "examples/ykp-madani.md",
    "contoh-icw-jurnalis": "examples/icw-jurnalis.md",
    "contoh-indonesialeaks": "examples/indonesialeaks.md",
    "contoh-pandangan-media": "examples/pandangan-media.md",
}


@pytest.fixture(scope="module")
def quizzes():
    return {q.id: q for q in quizlib.load_quizzes(ROOT / "data" / "kuis", ROOT)}


def tree_of(html_pages, rel):
    return HTMLParser(html_pages[rel].read_text(encoding="utf-8"))


def test_every_quiz_has_a_page_with_all_its_questions(html_pages, quizzes):
    assert sorted(quizzes) == sorted(QUIZ_IDS)
    assert sum(len(q.questions) for q in quizzes.values()) >= 40
    for quiz_id, quiz in quizzes.items():
        tree = tree_of(html_pages, f"kuis/{quiz_id}/index.html")
        fieldsets = tree.css("fieldset.kuis-soal")
        assert [f.attributes["data-soal"] for f in fieldsets] == [q.id for q in quiz.questions]
        assert [f.attributes["data-hash"] for f in fieldsets] == [q.hash for q in quiz.questions]


def test_every_question_has_a_closed_no_js_answer_block(html_pages, built_site, quizzes):
    for quiz_id in quizzes:
        rel = f"kuis/{quiz_id}/index.html"
        for fieldset in tree_of(html_pages, rel).css("fieldset.kuis-soal"):
            assert fieldset.css_first("legend") is not None
            for box in fieldset.css("input"):
                assert fieldset.css_first(f'label[for="{box.attributes["id"]}"]') is not None
            details = fieldset.css_first("details.kuis-jawaban")
            assert details is not None and "open" not in details.attributes and "hidden" not in details.attributes
            assert details.css_first("summary").text().strip() == "Lihat jawaban"
            assert "Jawaban benar:" in details.text()
            assert details.css_first(".kuis-jawaban__penjelasan").text().strip()
            # The learn-more link leads to a built page that has the anchor.
            href = details.css_first(".kuis-jawaban__pelajari a").attributes["href"]
            path, _, anchor = href.partition("#")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path)) + "/index.html"
            target_tree = HTMLParser((built_site / target).read_text(encoding="utf-8"))
            assert not anchor or target_tree.css_first(f'[id="{anchor}"]') is not None, (rel, href)


def test_every_listed_topic_is_asked_and_links_to_its_section(quizzes):
    for topic, target in REQUIRED_TOPICS.items():
        asked = [q for quiz in quizzes.values() for q in quiz.questions
                 if topic in q.topics and q.learn_more.startswith(target)]
        assert asked, f"tidak ada pertanyaan untuk {topic} yang menaut ke {target}"


def test_index_lists_every_quiz_with_counts(html_pages, quizzes):
    tree = tree_of(html_pages, "kuis/index.html")
    rows = tree.css("tbody tr")
    assert len(rows) == len(quizzes)
    for row in rows:
        quiz = quizzes[row.css_first("[data-kemajuan]").attributes["data-kemajuan"]]
        assert row.css_first("th a").text() == quiz.title
        assert row.css("td")[0].text().strip() == str(len(quiz.questions))
    progress = tree_of(html_pages, "kuis/kemajuan/index.html")
    assert progress.css_first("[data-kemajuan-hapus]").text().strip() == "Hapus kemajuan saya"
    assert len(progress.css("tbody [data-kemajuan]")) == len(quizzes)


def test_each_chapter_page_links_to_its_quiz(html_pages, quizzes):
    for quiz in quizzes.values():
        if not quiz.chapter:
            continue
        rel = quiz.chapter[: -len(".md")]
        rel = (rel[: -len("index")] if rel.endswith("index") else rel + "/") + "index.html"
        tree = tree_of(html_pages, rel)
        section = tree.css_first("#uji-pemahaman")
        assert section is not None, rel
        links = [a.attributes["href"] for a in tree.css(".md-content a")]
        expected = posixpath.relpath(f"kuis/{quiz.id}/", posixpath.dirname(rel)) + "/"
        assert expected in links, (rel, expected)


def test_quiz_script_only_on_quiz_pages_trainer_everywhere(html_pages):
    for rel, path in html_pages.items():
        tree = HTMLParser(path.read_text(encoding="utf-8"))
        scripts = [s.attributes.get("src", "") for s in tree.css("script[src]")]
        is_quiz = rel.startswith("kuis/")
        assert any(s.endswith("quiz.js") for s in scripts) == is_quiz, rel
        # The trainer view script runs inline in <head>, before the first paint.
        assert any("kolaborasi:trainer" in (x.text() or "") for x in tree.css("head script:not([src])")), rel
        # The script sits inside the container, which instant navigation swaps and whose scripts it
        # runs; the quiz styles are part of the site's one stylesheet.
        if is_quiz:
            assert tree.css_first('[data-md-component="container"] script[src$="quiz.js"]') is not None


def test_edit_links_point_at_the_data_file(html_pages):
    for quiz_id in QUIZ_IDS:
        button = tree_of(html_pages, f"kuis/{quiz_id}/index.html").css_first("a.md-content__button")
        assert button.attributes["href"].endswith(f"/edit/main/data/kuis/{quiz_id}.yml")
    for rel in ("kuis/index.html", "kuis/kemajuan/index.html"):
        assert tree_of(html_pages, rel).css_first("a.md-content__button") is None, rel


def test_bad_quiz_data_fails_the_build_without_traceback(project_copy, tmp_path):
    copy = project_copy
    data = copy / "data" / "kuis" / "tujuan.yml"
    text = data.read_text(encoding="utf-8")
    line = text.splitlines().index("    learn_more: tujuan-kolaborasi.md#memperkuat-masyarakat") + 1
    data.write_text(text.replace("#memperkuat-masyarakat", "#tidak-ada", 1), encoding="utf-8")
    result = run_mkdocs_build(copy, tmp_path / "out")
    assert result.returncode != 0
    assert f"data/kuis/tujuan.yml:{line}:" in result.stderr
    assert "jangkar #tidak-ada yang tidak ada di tujuan-kolaborasi.md" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "out" / "kuis").exists()
