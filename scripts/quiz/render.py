"""Quiz pages (templates/ beside this file): a quiz, the index of quizzes, "Kemajuan saya", and the link from a
chapter to its quiz."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from jinja2 import Environment

from scripts.core.pages import Resolver, front_matter, md_text, one_line
from scripts.core.templates import environment
from scripts.quiz.model import Quiz

TEMPLATES = Path(__file__).with_name("templates")


def letter(index: int) -> str:
    """The label readers see for the option at this position: A, B, C..."""
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


@lru_cache(maxsize=None)
def _environment() -> Environment:
    return environment(TEMPLATES, {"letter": letter}, keep_trailing_newline=False)


def render_quiz(quiz: Quiz, to_html: Callable[[str], str], resolve: Resolver) -> str:
    """The Markdown source of one quiz page (front matter + heading + quiz HTML)."""
    questions = []
    for q in quiz.questions:
        href, label = resolve(q.learn_more)
        questions.append({"q": q, "explanation": to_html(q.explanation), "href": href, "label": label})
    chapter = resolve(quiz.chapter) if quiz.chapter else None
    html = _environment().get_template("quiz.html").render(quiz=quiz, questions=questions, chapter=chapter,
                                                            progress_href=resolve("kuis/kemajuan.md")[0])
    meta = front_matter(title=quiz.title, description=quiz.description or quiz.title, kuis="quiz")
    return meta + f"# {md_text(quiz.title)}\n\n" + one_line(html) + "\n"


def _list(quizzes: list[Quiz], resolve: Resolver, summary: bool) -> str:
    """The quiz list with saved progress (templates/index.html), on one line."""
    rows = [{"quiz": q, "href": resolve(f"kuis/{q.id}.md")[0],
             "chapter": resolve(q.chapter) if q.chapter else None} for q in quizzes]
    return one_line(_environment().get_template("index.html").render(
        rows=rows, total=sum(len(q.questions) for q in quizzes), summary=summary,
        progress_href=resolve("kuis/kemajuan.md")[0]))


def render_index(quizzes: list[Quiz], resolve: Resolver) -> str:
    meta = front_matter(title="Kuis", description="Semua kuis situs Kolaborasi beserta kemajuan Anda.", kuis="index")
    return meta + "# Kuis\n\n" + _list(quizzes, resolve, summary=False) + "\n"


def render_progress(quizzes: list[Quiz], resolve: Resolver) -> str:
    meta = front_matter(title="Kemajuan saya", description="Kemajuan kuis Anda yang tersimpan di peramban ini.",
                         kuis="progress")
    return meta + "# Kemajuan saya\n\n" + _list(quizzes, resolve, summary=True) + "\n"


def chapter_link(quiz: Quiz, chapter_src: str) -> str:
    """Markdown appended to a chapter page: a relative link to its quiz."""
    import posixpath

    target = posixpath.relpath(f"kuis/{quiz.id}.md", posixpath.dirname(chapter_src) or ".")
    return (f"\n\n## Uji pemahaman Anda {{#uji-pemahaman}}\n\n"
            f"Sudah selesai membaca? Coba [{md_text(quiz.title)}]({target}).\n\n"
            # Only true where the quiz script runs: hidden without JavaScript and on paper.
            f"Jawaban Anda tersimpan di peramban ini, jadi Anda dapat melanjutkannya kapan saja.\n"
            f'{{: .kuis-tersimpan data-print="hide" }}\n')


def generated_sources(quiz_ids: Iterable[str]) -> list[str]:
    """The docs paths of the generated quiz pages; a quiz's id is its data file's name."""
    return ["kuis/index.md", "kuis/kemajuan.md", *(f"kuis/{quiz_id}.md" for quiz_id in quiz_ids)]


def all_pages(quizzes: list[Quiz], to_html: Callable[[str], str],
              resolver: Callable[[str], Resolver]) -> dict[str, str]:
    """{docs path: Markdown} of every generated page; resolver(page src) gives that page's link resolver."""
    pages = {"kuis/index.md": render_index(quizzes, resolver("kuis/index.md")),
             "kuis/kemajuan.md": render_progress(quizzes, resolver("kuis/kemajuan.md"))}
    for quiz in quizzes:
        src = f"kuis/{quiz.id}.md"
        pages[src] = render_quiz(quiz, to_html, resolver(src))
    return pages
