"""The glossary and quiz hooks driven directly with real MkDocs objects (config, files, nav, pages), in this
process: what each event hands back, without a whole build in a subprocess."""

from __future__ import annotations

import os

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import get_files
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from support.site import ROOT

GLOSSARY = "scripts/hooks/glossary_hook.py"
QUIZ = "scripts/hooks/quiz_hook.py"
TEXT = "<p>Model pentahelix melibatkan lima pihak.</p>"


def start(config_file=ROOT / "mkdocs.yml"):
    """A loaded config after MkDocs' startup and config events, as `mkdocs build` has it."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(config_file))
    config.plugins.on_startup(command="build", dirty=False)
    return config.plugins.on_config(config)


@pytest.fixture(scope="module")
def site():
    """Config, files and nav after every hook's on_files and on_nav."""
    config = start()
    files = config.plugins.on_files(get_files(config), config=config)
    nav = config.plugins.on_nav(get_navigation(files, config), config=config, files=files)
    return config, files, nav


def page(site, src):
    config, files, _ = site
    return Page(None, files.get_file_from_path(src), config)


def test_glossary_page_is_generated_from_its_data_file(site):
    _, files, _ = site
    glossary = files.get_file_from_path("glosarium.md")
    assert glossary is not None and glossary.generated_by == GLOSSARY
    assert "pentahelix" in glossary.content_string.lower()


def test_terms_are_marked_on_a_chapter_and_linked_to_the_glossary(site):
    config, files, _ = site
    hook = config.plugins[GLOSSARY]
    html = hook.on_page_content(TEXT, page=page(site, "apa-itu-kolaborasi.md"), config=config, files=files)
    assert '<a class="glossary-term" href="../glosarium/#pentahelix"' in html
    assert 'aria-describedby="glosarium-def-pentahelix"' in html


def test_quiz_pages_are_generated_and_leave_their_terms_unmarked(site):
    config, files, _ = site
    quiz = files.get_file_from_path("kuis/definisi.md")
    assert quiz is not None and quiz.generated_by == QUIZ
    assert 'class="kuis-soal"' in quiz.content_string
    html = config.plugins[GLOSSARY].on_page_content(TEXT, page=page(site, "kuis/definisi.md"), config=config, files=files)
    assert html == TEXT


def test_a_chapter_gets_a_link_to_its_quiz(site):
    config, files, _ = site
    markdown = config.plugins[QUIZ].on_page_markdown("# Bab", page=page(site, "apa-itu-kolaborasi.md"),
                                                     config=config, files=files)
    assert markdown.startswith("# Bab\n") and "[Kuis: Apa itu kolaborasi?](kuis/definisi.md)" in markdown


def test_bad_glossary_data_stops_on_files_with_file_and_line(tmp_path):
    config = start()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "glosarium.yml").write_text("entries:\n  - id: a\n    term: 'tidak ditutup\n", encoding="utf-8")
    config.config_file_path = str(tmp_path / "mkdocs.yml")  # the hook reads data/ beside the config file
    with pytest.raises(PluginError) as caught:
        config.plugins[GLOSSARY].on_files(get_files(config), config=config)
    assert "glosarium.yml:3:" in str(caught.value)


def test_bad_quiz_data_stops_on_files_with_file_and_line(tmp_path, monkeypatch):
    config = start()
    hook = config.plugins[QUIZ]
    data = tmp_path / "data" / "kuis"
    data.mkdir(parents=True)
    (data / "rusak.yml").write_text("title: Kuis rusak\nquestions: [\n", encoding="utf-8")
    monkeypatch.setattr(hook, "ROOT", tmp_path)  # the hook reads data/kuis/ of its project
    monkeypatch.setattr(hook, "DATA", data)
    with pytest.raises(PluginError) as caught:
        hook.on_files(get_files(config), config=config)
    assert "Data kuis tidak valid" in str(caught.value) and "data/kuis/rusak.yml:2:" in str(caught.value)
