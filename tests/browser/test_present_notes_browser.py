"""Trainer notes in chromium: hidden for readers, open in trainer view, closed without JS, not printed."""

from __future__ import annotations

import pytest

from plugins.workshop import FIXTURE_URL, NOTE_MARK, TRAINER_INIT

pytestmark = pytest.mark.browser

NOTE = "details.catatan-pelatih"


def test_hidden_in_reader_view(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL)
    page.locator("h1").wait_for()
    assert page.locator(NOTE).count() == 2
    for note in page.locator(NOTE).all():
        assert note.is_hidden()
    assert page.get_by_text(NOTE_MARK).is_hidden()


def test_open_in_trainer_view(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.context.add_init_script(TRAINER_INIT)
    page.goto(workshop_server + FIXTURE_URL)
    page.wait_for_function("document.documentElement.dataset.trainer === 'on'")
    for note in page.locator(NOTE).all():
        assert note.is_visible()
        assert note.evaluate("el => el.open")
    assert page.get_by_text(NOTE_MARK).is_visible()
    assert page.locator(f"{NOTE} > summary").first.inner_text().strip() == "Catatan pelatih"


def test_trainer_event_opens_notes_without_reload(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.goto(workshop_server + FIXTURE_URL)
    page.locator("h1").wait_for()
    page.evaluate(
        """document.documentElement.dataset.trainer = "on";
        window.dispatchEvent(new CustomEvent("kolaborasi:trainer", {detail: {on: true}}));"""
    )
    assert page.get_by_text(NOTE_MARK).is_visible()


def test_closed_details_without_javascript(make_workshop_page, workshop_server):
    page = make_workshop_page(java_script_enabled=False)
    page.goto(workshop_server + FIXTURE_URL)
    for note in page.locator(NOTE).all():
        assert note.is_visible()
        assert not note.evaluate("el => el.open")
    assert page.locator(f"{NOTE} > summary").first.is_visible()
    assert page.get_by_text(NOTE_MARK).is_hidden()


def test_not_printed_even_in_trainer_view(make_workshop_page, workshop_server):
    page = make_workshop_page()
    page.context.add_init_script(TRAINER_INIT)
    page.goto(workshop_server + FIXTURE_URL)
    page.wait_for_function("document.documentElement.dataset.trainer === 'on'")
    assert page.get_by_text(NOTE_MARK).is_visible()
    page.emulate_media(media="print")
    for note in page.locator(NOTE).all():
        assert note.is_hidden()
    assert page.locator("h1").is_visible()


def test_never_on_the_projected_slides_not_even_in_trainer_view(make_workshop_page, workshop_server):
    """The projector shows the room no notes; the trainer reads them in the presenter view ("s")."""
    for trainer in (False, True):
        page = make_workshop_page()
        if trainer:
            page.context.add_init_script(TRAINER_INIT)
        page.goto(workshop_server + FIXTURE_URL + "?slide=2")
        page.wait_for_function("document.documentElement.dataset.kolSlides === 'ready'")
        if trainer:
            assert page.evaluate("document.documentElement.dataset.trainer") == "on"
        assert page.get_by_text(NOTE_MARK).is_hidden(), f"tampilan pelatih: {trainer}"
        page.keyboard.press("Escape")
        page.wait_for_function("!document.documentElement.classList.contains('kol-presenting')")
        assert page.get_by_text(NOTE_MARK).is_visible() is trainer  # on the page itself, the trainer view shows them
