"""Quizzes in chromium: checking, score, saved progress, instant navigation, no JS, broken storage,
trainer view, keyboard only, accessibility."""

from __future__ import annotations


import pytest

from support.browser import PHONE, PROJECTOR

pytestmark = pytest.mark.browser

QUIZ = "kuis/definisi/"
THROWING_STORAGE = """
for (const name of ["getItem", "setItem", "removeItem", "clear", "key"]) {
  Storage.prototype[name] = function () { throw new DOMException("diblokir", "SecurityError"); };
}
"""


def open_quiz(page, server, path=QUIZ):
    page.goto(server + path)
    page.locator("[data-kuis-panel]").wait_for(state="visible")
    return page


def answer(page, qid, *values, quiz="definisi"):
    for value in values:
        page.locator(f"#{quiz}-{qid}-{value}").check()
    page.locator(f"#soal-{qid} [data-periksa]").click()


def switch_trainer_view(page):
    """The header switch; on a phone it is hidden while the view is off (the guide has a labelled one)."""
    page.evaluate("document.querySelector('.md-header .kolaborasi-trainer').click()")


def score(page):
    return page.locator("[data-kuis-skor]").inner_text()


def total(page) -> int:
    return int(page.locator(".kuis[data-kuis-jumlah]").get_attribute("data-kuis-jumlah"))


def test_right_and_wrong_answers_get_feedback_and_score(page, server):
    open_quiz(page, server)
    question = page.locator("#soal-pengertian-inti")
    assert question.locator("[data-jawaban]").is_hidden()  # answers wait for "Periksa" when JS runs
    answer(page, "pengertian-inti", "b")
    assert question.locator("[data-hasil]").inner_text().startswith("Belum tepat.")
    right = question.locator("li[data-opsi=a] [data-tanda]").inner_text()
    wrong = question.locator("li[data-opsi=b] [data-tanda]").inner_text()
    assert right.startswith("✓ Jawaban benar") and wrong.startswith("✗ Pilihan Anda kurang tepat")
    assert question.locator("li[data-opsi=b]").get_attribute("data-umpan") in wrong  # the option's own feedback
    details = question.locator("[data-jawaban]")
    assert details.is_visible() and details.get_attribute("open") is not None
    assert details.locator(".kuis-jawaban__pelajari a").is_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-hasil')")  # focus moves to the result
    answer(page, "yang-dibagi", *page.locator("#soal-yang-dibagi").get_attribute("data-benar").split())
    assert page.locator("#soal-yang-dibagi [data-hasil]").inner_text().startswith("Benar!")
    assert score(page) == f"Skor: 1 benar dari 2 dijawab ({total(page)} pertanyaan)."
    page.wait_for_function("document.querySelector('[data-kuis-status]')?.textContent.includes('Skor: 1 benar')")
    # "Ulangi" resets one question, "Ulangi semua" the whole quiz.
    question.locator("[data-ulangi]").click()
    assert question.locator("input:checked").count() == 0 and question.locator("[data-hasil]").is_hidden()
    assert page.evaluate("document.activeElement.id") == "definisi-pengertian-inti-a"
    assert score(page) == f"Skor: 1 benar dari 1 dijawab ({total(page)} pertanyaan)."
    page.locator("[data-kuis-ulangi-semua]").click()
    assert score(page) == f"Skor: 0 benar dari 0 dijawab ({total(page)} pertanyaan)."
    assert page.locator(".kuis input:checked").count() == 0


LAYOUT_SHIFTS = """
window.__shifts = [];
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) {
    if (!e.hadRecentInput) window.__shifts.push([e.value, e.sources.map(function (s) {
      return s.node ? s.node.nodeName + "." + s.node.className : "?"; }).join(" ")]);
  });
}).observe({ type: "layout-shift", buffered: true });
"""


@pytest.mark.parametrize("trainer", [False, True])
def test_quiz_page_does_not_move_when_its_script_runs(make_page, server, trainer):
    """The panel and buttons quiz.js shows, and the answers it folds away, are laid out from the first
    paint (html.kol-js from the inline <head> script): the page does not jump while a student starts reading."""
    page = make_page(viewport=PHONE)
    page.add_init_script(LAYOUT_SHIFTS)
    if trainer:
        page.add_init_script("localStorage.setItem('kolaborasi:trainer', '1')")
    page.goto(server + QUIZ)
    page.locator(".kuis-soal__aksi:not([hidden])").first.wait_for(state="attached")  # quiz.js has run
    page.wait_for_load_state("load")
    # Shifts are reported to the observer after the frame that made them: once the fonts are in and two more
    # frames and a task have passed, every shift of loading and of quiz.js has been delivered.
    page.evaluate("""() => document.fonts.ready.then(() => new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))))""")
    shifts = page.evaluate("window.__shifts")
    quiz_shifts = [s for s in shifts if "kuis" in s[1]]
    assert not quiz_shifts, f"kuis bergeser saat skripnya berjalan: {quiz_shifts}"
    assert sum(s[0] for s in shifts) < 0.01, shifts


def test_check_without_choice_asks_for_one(page, server):
    open_quiz(page, server)
    page.locator("#soal-lintas-organisasi [data-periksa]").click()
    page.wait_for_function("document.querySelector('[data-kuis-status]')?.textContent === 'Pilih jawaban terlebih dahulu.'")
    assert page.evaluate("document.activeElement.id") == "definisi-lintas-organisasi-benar"
    assert score(page).startswith("Skor: 0 benar dari 0")


def test_reload_keeps_answers_and_stale_answers_are_ignored(page, server):
    open_quiz(page, server)
    answer(page, "pengertian-inti", "a")
    answer(page, "tanggung-jawab-dibagi", "benar")  # the statement is false
    page.reload()
    page.locator("[data-kuis-panel]").wait_for(state="visible")
    assert page.locator("#definisi-pengertian-inti-a").is_checked()
    assert page.locator("#soal-tanggung-jawab-dibagi [data-hasil]").inner_text().startswith("Belum tepat.")
    assert score(page) == f"Skor: 1 benar dari 2 dijawab ({total(page)} pertanyaan)."
    # An answer saved for an older version of a question (other hash) is not shown.
    page.evaluate("""() => {
      const data = JSON.parse(localStorage.getItem('kolaborasi:kuis:definisi'));
      data.q['pengertian-inti'].h = 'versi-lama';
      localStorage.setItem('kolaborasi:kuis:definisi', JSON.stringify(data));
    }""")
    page.reload()
    page.locator("[data-kuis-panel]").wait_for(state="visible")
    assert not page.locator("#definisi-pengertian-inti-a").is_checked()
    assert score(page) == f"Skor: 0 benar dari 1 dijawab ({total(page)} pertanyaan)."


def test_instant_navigation_keeps_progress_and_binds_once(page, server):
    with page.expect_response(lambda response: response.url.endswith("/sitemap.xml")):
        open_quiz(page, server)  # links are taken by instant navigation once it has read the sitemap
    page.evaluate("window.__marker = 'masih-di-sini'")
    answer(page, "pengertian-inti", "a")
    page.locator(".md-content a[href$='apa-itu-kolaborasi/']").first.click()
    page.wait_for_url("**/apa-itu-kolaborasi/")
    page.locator("#uji-pemahaman").wait_for()
    page.locator("#uji-pemahaman ~ p a[href*='kuis/definisi']").click()
    page.wait_for_url("**/" + QUIZ)
    page.locator("#definisi-pengertian-inti-a:checked").wait_for(state="attached")
    assert page.evaluate("window.__marker") == "masih-di-sini", "halaman dimuat ulang penuh"
    assert page.evaluate("window.__kolaborasiQuiz.inits") == 2  # one per visit, never twice per page
    before = page.evaluate("window.__kolaborasiQuiz.checks")
    answer(page, "lintas-organisasi", "benar")
    assert page.evaluate("window.__kolaborasiQuiz.checks") == before + 1
    assert score(page) == f"Skor: 2 benar dari 2 dijawab ({total(page)} pertanyaan)."
    # Index and progress pages, also reached by instant navigation, show the saved progress.
    count = total(page)
    page.locator(".md-nav a[href$='kuis/kemajuan/']").first.click()
    page.wait_for_url("**/kuis/kemajuan/")
    cell = page.locator("[data-kemajuan=definisi]")
    # The URL changes before instant navigation swaps the content: the element may not exist yet.
    page.wait_for_function("document.querySelector('[data-kemajuan=definisi]')?.textContent.includes('dijawab')")
    assert cell.inner_text() == f"2/{count} dijawab, 2 benar"
    assert page.evaluate("window.__marker") == "masih-di-sini"
    page.locator("[data-kemajuan-hapus]").click()
    assert cell.inner_text() == "Belum dikerjakan"
    assert page.locator("[data-kemajuan-total]").inner_text().startswith("0/")
    assert page.evaluate("localStorage.getItem('kolaborasi:kuis:definisi')") is None


def test_without_javascript_the_answer_blocks_work(make_page, server):
    page = make_page(java_script_enabled=False, viewport=PHONE)
    page.goto(server + QUIZ)
    question = page.locator("#soal-pengertian-inti")
    assert question.locator("[data-periksa]").is_hidden()
    assert page.locator("[data-kuis-skor]").is_hidden()
    summary = question.locator("summary")
    assert summary.inner_text() == "Lihat jawaban"
    assert question.locator(".kuis-jawaban__penjelasan").is_hidden()
    summary.click()
    assert question.locator(".kuis-jawaban__penjelasan").is_visible()
    assert page.locator("details.kuis-jawaban").count() == page.locator("fieldset.kuis-soal").count() == total(page)


# With storage blocked, Material's own helper (__md_get, in its inline palette script) throws and the
# browser logs it; we do not patch Material's helpers. Our quiz must work all the same.
@pytest.mark.parametrize("storage", [pytest.param("throws", marks=pytest.mark.allow_console_errors), "garbage"])
def test_broken_storage_still_lets_a_quiz_be_done(make_page, server, storage):
    page = make_page()
    if storage == "throws":
        page.add_init_script(THROWING_STORAGE)
    else:
        page.add_init_script("""
          localStorage.setItem('kolaborasi:kuis:definisi', '{tidak json');
          localStorage.setItem('kolaborasi:kuis:tujuan', '{"q": [1, 2]}');
          localStorage.setItem('kolaborasi:kuis:contoh', '{"q": {"madani-nama": "x", "icw-dua-tim": {"h": 1}}}');
          localStorage.setItem('kolaborasi:trainer', 'barangkali');
        """)
    open_quiz(page, server)
    answer(page, "pengertian-inti", "a")
    answer(page, "yang-dibagi", "a")
    assert score(page) == f"Skor: 1 benar dari 2 dijawab ({total(page)} pertanyaan)."
    # Works in memory across instant navigation too.
    count = total(page)
    page.locator(".md-nav a[href$='kuis/']").first.click()
    page.wait_for_url("**/kuis/")
    # The URL changes before instant navigation swaps the content: the element may not exist yet.
    page.wait_for_function("document.querySelector('[data-kemajuan=definisi]')?.textContent.includes('dijawab')")
    assert page.locator("[data-kemajuan=definisi]").inner_text() == f"2/{count} dijawab, 1 benar"
    assert page.locator("[data-kemajuan=contoh]").inner_text() == "Belum dikerjakan"
    page.locator(".kolaborasi-trainer").click()  # the toggle works without storage as well
    assert page.evaluate("document.documentElement.dataset.trainer") == "on"


def test_trainer_view_reveals_everything_and_hides_the_score(page, server):
    open_quiz(page, server)
    answer(page, "pengertian-inti", "b")
    page.evaluate("window.__events = []; addEventListener('kolaborasi:trainer', e => __events.push(e.detail.on))")
    toggle = page.locator(".kolaborasi-trainer")
    assert toggle.get_attribute("aria-pressed") == "false"
    assert toggle.inner_text().strip() == "Tampilan pelatih"
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert page.evaluate("document.documentElement.dataset.trainer") == "on"
    assert page.evaluate("localStorage.getItem('kolaborasi:trainer')") == "1"
    assert page.evaluate("__events") == [True]
    details = page.locator("details.kuis-jawaban")
    for i in range(details.count()):
        assert details.nth(i).is_visible() and details.nth(i).get_attribute("open") is not None
        assert details.nth(i).locator(".kuis-jawaban__penjelasan").is_visible()
    assert page.locator("[data-kuis-panel]").is_hidden()
    assert page.locator(".kuis__pelatih").is_visible()
    # It survives a reload (set before first paint, from the head) and switches back off.
    page.reload()
    assert page.evaluate("document.documentElement.dataset.trainer") == "on"
    page.locator("[data-kuis-panel]").wait_for(state="attached")
    assert page.locator("#soal-lintas-organisasi details").is_visible()
    page.locator(".kolaborasi-trainer").click()
    assert page.evaluate("document.documentElement.dataset.trainer") is None
    assert page.locator("#soal-lintas-organisasi details").is_hidden()
    assert page.locator("#soal-pengertian-inti details").is_visible()  # answered: stays revealed
    assert page.locator("[data-kuis-panel]").is_visible()


def _tab_to(page, selector, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab tidak pernah sampai ke {selector}")


def test_keyboard_alone_completes_a_quiz(page, server):
    page.goto(server + "kuis/akhir/")
    page.locator("[data-kuis-panel]").wait_for(state="visible")
    fieldsets = page.locator("fieldset.kuis-soal")
    for i in range(fieldsets.count()):
        fs = fieldsets.nth(i)
        qid, kind = fs.get_attribute("data-soal"), fs.get_attribute("data-tipe")
        correct = fs.get_attribute("data-benar").split()
        if kind == "multiple":
            # In page order: the build arranges the options, so the right ones need not come in id order.
            order = fs.evaluate("f => [...f.querySelectorAll('input')].map(i => i.value)")
            for value in [v for v in order if v in correct]:
                _tab_to(page, f"#akhir-{qid}-{value}")
                page.keyboard.press("Space")
        else:
            _tab_to(page, f"#soal-{qid} input")
            page.keyboard.press("Space")  # selects the focused (first) radio
            while page.evaluate("document.activeElement.value") != correct[0]:
                page.keyboard.press("ArrowDown")
        _tab_to(page, f"#soal-{qid} [data-periksa]")
        page.keyboard.press("Enter")
        assert fs.locator("[data-hasil]").inner_text().startswith("Benar!"), qid
    assert score(page) == f"Skor: {fieldsets.count()} benar dari {fieldsets.count()} dijawab ({fieldsets.count()} pertanyaan)."


@pytest.mark.parametrize("viewport", [PHONE, PROJECTOR], ids=["ponsel", "proyektor"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_quiz_pages(make_page, server, viewport, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    # The page content and the trainer toggle: what this feature renders. Material's own chrome (search
    # dialog name, progress bar, section-index nav labels) is checked site-wide by the quality gates.
    mine = {"include": [[".md-content"], [".kolaborasi-trainer"]]}
    page = make_page(viewport=viewport, color_scheme=scheme)
    for path in (QUIZ, "kuis/", "kuis/kemajuan/"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
        if path == QUIZ:
            answer(page, "pengertian-inti", "b")
            answer(page, "yang-dibagi", "a", "b")
            results = axe.run(page, context=mine)
            assert results.violations_count == 0, results.generate_report()
            switch_trainer_view(page)
        results = axe.run(page, context=mine)
        assert results.violations_count == 0, f"{path}\n" + results.generate_report()


def test_quiz_fits_a_phone(make_page, server):
    page = make_page(viewport=PHONE)
    open_quiz(page, server)
    answer(page, "pengertian-inti", "b")
    switch_trainer_view(page)
    assert page.locator(".kolaborasi-trainer").is_visible()  # on a phone, shown while the view is on
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    box = page.locator(".kolaborasi-trainer").bounding_box()
    assert box and box["x"] + box["width"] <= PHONE["width"]


# Marks after Periksa, the end summary, room mode (issue 22): written against whatever the quiz data
# holds, by reading which options the page marks as right.

PICK = """([qid, right]) => {
    const f = document.getElementById('soal-' + qid);
    const items = [...f.querySelectorAll('li[data-opsi]')];
    const chosen = right ? items.filter(li => li.hasAttribute('data-benar')) : [items.find(li => !li.hasAttribute('data-benar'))];
    chosen.forEach(li => li.querySelector('input').click());
    f.querySelector('[data-periksa]').click();
}"""


def _question_ids(page):
    return page.evaluate("[...document.querySelectorAll('.kuis-soal')].map(f => f.getAttribute('data-soal'))")


def test_an_empty_check_says_so_and_a_wrong_pick_is_marked(make_page, server):
    page = make_page(reduced_motion="reduce")  # no colour transition to wait for
    open_quiz(page, server)
    first = page.locator(".kuis-soal[data-tipe=single]").first
    qid = first.get_attribute("data-soal")
    first.locator("[data-periksa]").click()
    assert first.locator("[data-hasil]").inner_text().startswith("Pilih jawaban terlebih dahulu")
    assert first.locator(".is-salah, .is-benar").count() == 0
    page.evaluate(PICK, [qid, False])
    wrong, other = first.locator("li.is-salah"), first.locator("li:not(.is-salah):not(.is-benar)").first
    assert wrong.count() == 1
    style = "(el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).borderTopColor]"
    assert wrong.evaluate(style)[0] == "dashed" and wrong.evaluate(style)[1] != other.evaluate(style)[1]
    assert first.locator("li.is-benar").evaluate(style)[0] == "solid"


def test_the_end_of_a_quiz_gives_the_score_and_what_to_read_again(page, server):
    open_quiz(page, server)
    ids = _question_ids(page)
    summary = page.locator("[data-kuis-ringkasan]")
    for n, qid in enumerate(ids):
        assert summary.is_hidden()
        page.evaluate(PICK, [qid, n != 0])
    assert summary.inner_text().startswith(f"Selesai: {len(ids) - 1} dari {len(ids)} benar.")
    reread = summary.locator("[data-ringkasan-daftar] a")
    expected = page.locator(f"#soal-{ids[0]} .kuis-jawaban__pelajari a").get_attribute("href")
    assert reread.count() == 1 and reread.get_attribute("href") == expected
    assert summary.locator("a", has_text="Kemajuan saya").is_visible()


def test_room_mode_shows_one_question_per_screen_and_no_saved_answer(make_page, server):
    page = make_page(viewport=PROJECTOR)
    open_quiz(page, server)
    ids = _question_ids(page)
    page.evaluate(PICK, [ids[0], False])  # the trainer's own saved answer must not reach the projector
    assert page.locator("[data-kuis-ruang]").is_hidden()  # a trainer tool: only in the trainer view
    page.evaluate("localStorage.setItem('kolaborasi:trainer', '1')")
    page.reload()
    page.locator("[data-kuis-ruang]").click()
    room = page.locator(".kuis-ruang")
    assert room.is_visible()
    first_text = page.locator(f"#soal-{ids[0]} .kuis-soal__teks").inner_text()
    assert room.locator(".kuis-ruang__teks").inner_text() == first_text
    assert room.locator(".kuis-ruang__nomor").inner_text() == f"Pertanyaan 1 dari {len(ids)}"
    assert room.locator(".is-benar, .is-salah, input").count() == 0 and "Pilihan Anda" not in room.inner_text()
    letters = room.locator(".kuis-ruang__huruf").all_inner_texts()
    assert letters == list("ABCD")[:len(letters)] and len(letters) >= 2
    box = room.locator(".kuis-ruang__isi").evaluate("el => [el.scrollHeight, el.clientHeight]")
    assert box[0] <= box[1], f"pertanyaan 1 tidak muat di layar proyektor: {box}"
    page.keyboard.press("ArrowRight")
    assert room.locator(".kuis-ruang__nomor").inner_text() == f"Pertanyaan 2 dari {len(ids)}"
    page.keyboard.press(" ")
    right = page.locator(f"#soal-{ids[1]} li[data-benar]").count()
    assert room.locator(".kuis-ruang__pilihan > .is-benar").count() == right
    assert room.locator(".kuis-ruang__jawaban").is_visible()
    multiple = page.evaluate("[...document.querySelectorAll('.kuis-soal')].findIndex(f => f.dataset.tipe === 'multiple')")
    if multiple >= 0:
        steps = multiple - 1  # from question 2 (index 1)
        for _ in range(abs(steps)):
            page.keyboard.press("ArrowRight" if steps > 0 else "ArrowLeft")
        assert "angkat tangan" in room.locator(".kuis-ruang__cara").inner_text()
    page.keyboard.press("Escape")
    assert room.count() == 0
    assert page.evaluate("document.activeElement.hasAttribute('data-kuis-ruang')")
