"""Printable handouts: a worksheet and an answer key per chapter, generated from the chapter's Markdown
(sections "Poin kunci" and "Pertanyaan diskusi") and its quiz (data/kuis/*.yml, read with scripts.quiz).

Pure functions, no MkDocs: the hook scripts/hooks/handout_hook.py turns the result into virtual pages.

    model.py    a handout, its sections and sheet questions; HandoutError
    load.py     the sections of a chapter, its quiz, the handouts in reading order
    render.py   the index, worksheets and answer keys (templates/ beside it), the files each is built from
    __main__.py `python -m scripts.handout check | write FOLDER`
"""

from scripts.handout.load import (build_handouts, chapter_sections, handout_slug, list_items, load_quizzes,
                                  pages_in_order, rebase_links, sheet_questions, split_sections, strip_trainer_notes)
from scripts.handout.model import FOLDER, SECTIONS, SOURCES, Handout, HandoutError, Section, SheetQuestion
from scripts.handout.render import LINES_PER_QUESTION, all_pages, page_sources, render_index, render_key, render_worksheet

__all__ = ["FOLDER", "LINES_PER_QUESTION", "SECTIONS", "SOURCES", "Handout", "HandoutError", "Section", "SheetQuestion",
           "all_pages", "build_handouts", "chapter_sections", "handout_slug", "list_items", "load_quizzes",
           "page_sources", "pages_in_order", "rebase_links", "render_index", "render_key", "render_worksheet",
           "sheet_questions", "split_sections", "strip_trainer_notes"]
