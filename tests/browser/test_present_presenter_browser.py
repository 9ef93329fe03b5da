"""Presenter view in chromium: second window, notes only there, both windows in step, timer; heading
names without the permalink's ¶; the closed search results box is no invisible tab stop."""

from __future__ import annotations

import pytest

from plugins.workshop import FIXTURE_URL, NOTE_MARK, TRAINER_INIT

pytestmark = pytest.mark.browser

VIEW = ".kol-penyaji"


def counter_is(page, number):
    page.wait_for_function(f"document.querySelector('[data-kol-counter]')?.textContent.trim().startsWith('{number} /')")


def presenter_at(page, number):
    page.wait_for_function(f"document.querySelector('{VIEW}')?.dataset.kolPenyajiSalindia === '{number}'")


def open_presenter(make_page, base, slide=2, url=FIXTURE_URL, trainer=True, **options):
    """The projector at `url`?slide=N (trainer view on unless told) and the presenter window it opened with "s"."""
    projector = make_page(**options)
    if trainer:
        projector.context.add_init_script(TRAINER_INIT)
    projector.goto(base + url + f"?slide={slide}")
    projector.wait_for_function("document.documentElement.dataset.kolSlides === 'ready'")
    with projector.context.expect_page() as info:
        projector.keyboard.press("s")
    presenter = info.value
    presenter.wait_for_function(f"document.querySelector('{VIEW}')?.dataset.kolTerhubung === 'ya'")
    return projector, presenter


def test_presenter_view_shows_notes_and_timer_never_notes_on_projector(make_workshop_page, workshop_server):
    projector, presenter = open_presenter(make_workshop_page, workshop_server)
    assert "penyaji=1" in presenter.url
    presenter_at(presenter, 2)
    notes = presenter.locator(f"{VIEW} [data-catatan]")
    assert NOTE_MARK in notes.inner_text()
    assert presenter.locator("[data-kol-timer]").is_visible()
    assert "35:00" in presenter.locator("[data-kol-timer]").inner_text() or ":" in presenter.locator("[data-kol-timer]").inner_text()
    assert "menit" in presenter.locator("[data-rencana]").inner_text()
    # The previews never carry the notes, and the projector never shows them (present.css).
    assert NOTE_MARK not in presenter.locator("[data-layar-sekarang]").inner_text()
    assert projector.get_by_text(NOTE_MARK).is_hidden()
    assert presenter.get_by_role("button", name="Sebelumnya").is_visible()


def test_both_windows_follow_each_other(make_workshop_page, workshop_server):
    projector, presenter = open_presenter(make_workshop_page, workshop_server)
    presenter.keyboard.press("ArrowRight")
    counter_is(projector, 3)
    projector.keyboard.press("ArrowRight")
    presenter_at(presenter, 4)
    presenter.get_by_role("button", name="Sebelumnya").click()
    counter_is(projector, 3)
    projector.locator("[data-kol-prev]").click()
    presenter_at(presenter, 2)
    assert NOTE_MARK in presenter.locator("[data-catatan]").inner_text()
    assert presenter.locator("[data-judul-berikutnya]").inner_text().strip()


def test_presenter_button_has_label(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL + "?slide=1")
    page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
    button = page.get_by_role("button", name="Penyaji")
    assert button.get_attribute("aria-keyshortcuts") == "s"
    qr = page.locator("[data-kol-qr-toggle]")
    assert "Q" in qr.get_attribute("title") and qr.get_attribute("aria-keyshortcuts") == "q"


def test_heading_names_have_no_pilcrow(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + "apa-itu-kolaborasi/")
    heading = page.get_by_role("heading", name="Tujuan belajar", exact=True)
    assert heading.count() == 1
    assert "¶" not in page.locator("article").aria_snapshot()


def test_closed_search_results_box_is_no_tab_stop(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + "apa-itu-kolaborasi/")
    page.locator("h1").wait_for()
    wrap = page.locator(".md-search__scrollwrap")
    assert wrap.evaluate("el => getComputedStyle(el).visibility") == "hidden"
    # Tab through the header: focus never lands on the closed (0 px tall) results box.
    for _ in range(15):
        page.keyboard.press("Tab")
        assert not page.evaluate("document.activeElement.classList.contains('md-search__scrollwrap')")


def test_presenter_previews_a_split_box_and_table_as_the_projector_shows_them(make_workshop_page, workshop_server):
    projector, presenter = open_presenter(make_workshop_page, workshop_server, slide=3)
    shown = {"box": False, "table": False}
    total = int(projector.locator("[data-kol-counter]").inner_text().split("/")[1])
    for _ in range(3, total):
        projector.keyboard.press("ArrowRight")
        number = int(projector.locator("[data-kol-counter]").inner_text().split("/")[0])
        presenter_at(presenter, number)
        preview = presenter.locator("[data-layar-sekarang]")
        # Every box shows its title once, in both windows (a whole box too, not only a continued one).
        titles = [t for t in projector.locator(".md-content__inner :is(.admonition-title, summary)").all() if t.is_visible()]
        assert preview.locator(":is(.admonition-title, summary)").count() == len(titles), number
        title = projector.locator(".md-content__inner > .admonition .admonition-title", has_text="Kotak panjang")
        if title.is_visible() and "(lanjutan)" in title.inner_text():
            # The same box, titled as on the projector, with the same blocks.
            assert preview.locator(".admonition .admonition-title").inner_text() == title.inner_text()
            blocks = ".admonition > p:not(.admonition-title), .admonition li"
            visible = [p.inner_text() for p in projector.locator(f".md-content__inner :is({blocks})").all() if p.is_visible()]
            assert preview.locator(f":is({blocks})").all_inner_texts() == visible
            shown["box"] = True
        rows = [r.inner_text() for r in projector.locator(".md-content__inner tbody tr", has_text="Baris tabel").all() if r.is_visible()]
        if rows and not rows[0].startswith("Baris tabel 1\t"):
            # A later part of the table: its header row again, then the same rows.
            assert preview.locator("thead th").all_inner_texts() == ["Kolom kiri", "Kolom kanan"]
            assert preview.locator("tbody tr").all_inner_texts() == rows
            shown["table"] = True
    assert shown == {"box": True, "table": True}


def test_presenter_previews_a_table_in_column_groups_as_the_projector_shows_it(make_page, server):
    # The comparison table of the examples page is too wide for a slide: the projector shows it in column
    # groups, and the presenter window (which splits it alike, from the projector's message) previews the same cells.
    projector, presenter = open_presenter(make_page, server, slide=3, url="examples/",
                                          viewport={"width": 1280, "height": 720})
    table = ".md-content__inner #perbandingan ~ .md-typeset__scrollwrap table"
    headers = set()
    number = 3
    while projector.locator(table).is_visible():
        presenter_at(presenter, number)
        preview = presenter.locator("[data-layar-sekarang]")
        header = [th.inner_text() for th in projector.locator(f"{table} thead th").all() if th.is_visible()]
        cells = [[td.inner_text() for td in row.locator("td").all() if td.is_visible()]
                 for row in projector.locator(f"{table} tbody tr").all() if row.is_visible()]
        assert preview.locator("thead th").all_inner_texts() == header, number
        assert [row.locator("td").all_inner_texts() for row in preview.locator("tbody tr").all()] == cells, number
        headers.add(tuple(header))
        projector.keyboard.press("ArrowRight")
        number += 1
        counter_is(projector, number)
    assert len(headers) >= 2, "lebih dari satu kelompok kolom"


def test_presenter_times_each_section_against_its_share_of_the_plan(make_workshop_page, workshop_server):
    _, presenter = open_presenter(make_workshop_page, workshop_server, slide=2)
    # The fixture plans 20 minutes of teaching over six sections (the title section too).
    shares = [float(m) for m in presenter.locator(VIEW).get_attribute("data-kol-menit-bagian").split()]
    assert len(shares) == 6 and min(shares) >= 1 and all(m * 2 == int(m * 2) for m in shares)
    assert abs(sum(shares) - 20) <= 0.5
    assert "panjang teks" in presenter.locator("[data-rencana]").inner_text()
    line = presenter.locator(".kol-penyaji__bagian")
    timer = presenter.locator("[data-bagian]")

    def planned(minutes):
        return f"dari sekitar {minutes:g} menit".replace(".", ",")

    assert line.text_content().startswith("Bagian ini") and planned(shares[1]) in timer.inner_text()
    presenter.wait_for_function("document.querySelector('[data-bagian]').textContent.startsWith('00:01')")
    presenter.keyboard.press("ArrowRight")  # slide 3 opens the next section, "Bagian panjang"
    presenter_at(presenter, 3)
    assert timer.inner_text() == "00:00 " + planned(shares[2])
    presenter.keyboard.press("ArrowLeft")  # back: the short section's time resumes
    presenter_at(presenter, 2)
    assert not timer.inner_text().startswith("00:00") and planned(shares[1]) in timer.inner_text()


def test_presenter_previews_a_diagram_as_the_projector_shows_it(make_workshop_page, workshop_server):
    _, presenter = open_presenter(make_workshop_page, workshop_server, slide=1, url="apa-itu-kolaborasi/",
                                  trainer=False, viewport={"width": 1366, "height": 768})
    upcoming = presenter.locator("[data-layar-berikutnya]")
    for number in range(2, 20):
        if upcoming.locator(".kd-diagram").count():
            break
        presenter.keyboard.press("ArrowRight")
        presenter_at(presenter, number)
    # The wide layout, as on the projector (not the phone's tall one), whole inside the miniature.
    presenter.wait_for_function("document.querySelector('[data-layar-berikutnya] .kd-svg--lebar')?.getClientRects().length > 0")
    assert upcoming.locator(".kd-svg--sempit").is_hidden()
    box, drawing = upcoming.bounding_box(), upcoming.locator(".kd-svg--lebar").bounding_box()
    assert drawing["y"] + drawing["height"] <= box["y"] + box["height"]
    assert drawing["width"] > drawing["height"]
