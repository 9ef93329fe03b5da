"""Quizzes: load and validate data/kuis/*.yml, render quiz pages. Knows nothing of MkDocs.

    model.py    quizzes, questions, options; the order of the options
    load.py     reading the data (every problem with its line) and checking links and goals against pages
    render.py   the quiz pages (templates/ beside it)
    lint.py     the quality report of the question bank (`python -m scripts.quiz.lint check`)
    __main__.py `python -m scripts.quiz check | write FOLDER`
"""

from scripts.quiz.load import load_quiz, load_quizzes, validate_links
from scripts.quiz.model import TYPES, Option, Question, Quiz, arrange_options
from scripts.quiz.render import all_pages, chapter_link, generated_sources, letter, render_index, render_progress, render_quiz

__all__ = ["TYPES", "Option", "Question", "Quiz", "all_pages", "arrange_options", "chapter_link", "generated_sources",
           "letter", "load_quiz", "load_quizzes", "render_index", "render_progress", "render_quiz", "validate_links"]
