"""Printable handouts: a worksheet and an answer key per chapter, generated from the chapter's Markdown
(sections "Poin kunci" and "Pertanyaan diskusi") and its quiz (data/kuis/*.yml, read with scripts.quiz).

Pure functions, no MkDocs: the hook scripts/hooks/handout_hook.py turns the result into virtual pages.
CLI: `python -m scripts.handout check` and `python -m scripts.handout write DIR`.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable

from jinja2 import Environment

from scripts import cli
from scripts.core.data import DataError
from scripts.core.nav import in_nav_order
from scripts.core.pages import anchor_events, front_matter_title, markdown_from_config, page_anchors
from scripts.core.templates import environment

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = Path(__file__).with_name("templates") / "handout"
FOLDER = "handout"
SECTIONS = ("poin-kunci", "pertanyaan-diskusi")
SOURCES = "sumber"  # printed last, after the quiz: a sheet carries the sources of what it states
LINES_PER_QUESTION = 4


class HandoutError(Exception):
    """Bad input for a handout; the message names the file and line."""


# Data


@dataclass
class Section:
    id: str
    title: str
    body: str  # Markdown, links rebased for the handout folder
    items: list[str] = field(default_factory=list)  # top-level ordered-list items, when the body is a list


@dataclass
class SheetQuestion:
    number: int
    type: str
    text: str
    options: list[tuple[str, str, bool]]  # (label, text, correct)
    explanation_html: str


@dataclass
class Handout:
    slug: str
    title: str
    source: str | None  # chapter page (src path in docs/), None for a quiz on its own
    sections: list[Section]
    sources: Section | None = None
    quiz_title: str = ""
    quiz_src: str | None = None
    questions: list[SheetQuestion] = field(default_factory=list)

    @property
    def worksheet_src(self) -> str:
        return f"{FOLDER}/{self.slug}.md"

    @property
    def key_src(self) -> str:
        return f"{FOLDER}/{self.slug}-kunci.md"


# Markdown sections

_TRAINER = re.compile(r"^(\s*)(\?\?\?\+?|!!!)\s+catatan-pelatih\b")
_ITEM = re.compile(r"^\d+[.)]\s+(.*)$")


def split_sections(markdown: str) -> dict[str, tuple[str, str]]:
    """h2 id -> (title, body Markdown up to the next h1 or h2), ids as the site's headings get them."""
    _, body = front_matter_title(markdown)
    lines = body.splitlines()
    heads = [event[1:] for event in anchor_events(body) if event[0] == "heading" and event[2] <= 2]
    sections: dict[str, tuple[str, str]] = {}
    for number, (index, level, anchor, label) in enumerate(heads):
        end = heads[number + 1][0] if number + 1 < len(heads) else len(lines)
        if level == 2:
            sections[anchor] = (label, "\n".join(lines[index + 1:end]).strip("\n"))
    return sections


def strip_trainer_notes(markdown: str) -> str:
    """Drop `??? catatan-pelatih` / `!!! catatan-pelatih` blocks (a handout goes to students)."""
    out, skip_indent = [], None
    for line in markdown.splitlines():
        if skip_indent is not None:
            indent = len(line) - len(line.lstrip())
            if not line.strip() or indent > skip_indent:
                continue
            skip_indent = None
        match = _TRAINER.match(line)
        if match:
            skip_indent = len(match.group(1))
            continue
        out.append(line)
    return "\n".join(out).strip("\n")


_LINK = re.compile(r"(\]\()([^)\s]+)((?:\s+\"[^\"]*\")?\))")
_REF = re.compile(r"^(\s*\[[^\]]+\]:\s*)(\S+)", re.M)


def rebase_links(markdown: str, source: str, target_dir: str = FOLDER) -> str:
    """Rewrite relative links of a page at `source` so they work from a page in `target_dir`."""
    source_dir = PurePosixPath(source).parent
    up = PurePosixPath(*[".."] * len(PurePosixPath(target_dir).parts)) if target_dir else PurePosixPath()
    name = PurePosixPath(source).name

    def fix(url: str) -> str:
        if re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I) or url.startswith("/"):
            return url
        if url.startswith("#"):
            return (up / source_dir / name).as_posix() + url
        return (up / source_dir / url).as_posix()

    markdown = _LINK.sub(lambda m: m.group(1) + fix(m.group(2)) + m.group(3), markdown)
    return _REF.sub(lambda m: m.group(1) + fix(m.group(2)), markdown)


def list_items(markdown: str) -> list[str]:
    """Top-level items of a Markdown ordered list that makes up the whole body (else [])."""
    items: list[str] = []
    for line in markdown.splitlines():
        if not line.strip():
            continue
        match = _ITEM.match(line)
        if match:
            items.append(match.group(1).strip())
        elif items and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()
        else:
            return []
    return items


def chapter_sections(markdown: str, source: str, ids=SECTIONS) -> list[Section]:
    """The handout sections of a chapter (Poin kunci, Pertanyaan diskusi), in that order."""
    found = split_sections(markdown)
    sections = []
    for section_id in ids:
        if section_id not in found:
            continue
        title, body = found[section_id]
        body = rebase_links(strip_trainer_notes(body), source)
        items = list_items(body) if section_id == "pertanyaan-diskusi" else []
        sections.append(Section(section_id, title, body, items))
    return sections


# Quizzes


def _letter(index: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[index]


def sheet_questions(quiz, to_html: Callable[[str], str]) -> list[SheetQuestion]:
    """A quiz (scripts.quiz.Quiz) as numbered worksheet questions with labelled options."""
    questions = []
    for number, question in enumerate(quiz.questions, start=1):
        options = []
        for index, option in enumerate(question.options):
            label = "" if question.type == "truefalse" else f"{_letter(index)}."
            options.append((label, option.text, option.id in question.correct))
        questions.append(SheetQuestion(number, question.type, question.text, options,
                                       to_html(question.explanation)))
    return questions


def load_quizzes(root: Path = ROOT) -> list:
    """The site's quizzes through the quiz feature (scripts.quiz); [] while it does not exist."""
    directory = root / "data" / "kuis"
    try:
        from scripts import quiz as quizlib
    except ImportError:
        return []
    if not directory.is_dir():
        return []
    try:
        return quizlib.load_quizzes(directory, root)
    except DataError as error:
        raise HandoutError("Data kuis tidak valid:\n" + str(error)) from None


# Building


def handout_slug(source: str) -> str:
    """examples/index.md -> examples; examples/ykp-madani.md -> examples-ykp-madani."""
    path = source[:-3] if source.endswith(".md") else source
    if path.endswith("/index"):
        path = path[: -len("/index")]
    return path.replace("/", "-")


def build_handouts(pages: list[tuple[str, str]], quizzes: list,
                   to_html: Callable[[str], str]) -> list[Handout]:
    """One handout per page (src, Markdown) with handout sections or a quiz, then per chapterless quiz.

    `pages` come in reading order (the nav's order); the handouts keep it.
    """
    by_chapter = {quiz.chapter: quiz for quiz in quizzes if getattr(quiz, "chapter", None)}
    handouts = []
    for source, markdown in pages:
        if source.startswith(FOLDER + "/"):
            continue
        sections = chapter_sections(markdown, source)
        quiz = by_chapter.get(source)
        if not sections and quiz is None:
            continue
        title = page_anchors(markdown)[0] or source
        handout = Handout(handout_slug(source), title, source, sections)
        sources = chapter_sections(markdown, source, (SOURCES,))
        handout.sources = sources[0] if sources else None
        if quiz is not None:
            handout.quiz_title, handout.quiz_src = quiz.title, f"kuis/{quiz.id}.md"
            handout.questions = sheet_questions(quiz, to_html)
        handouts.append(handout)
    for quiz in quizzes:
        if getattr(quiz, "chapter", None):
            continue
        handout = Handout(f"kuis-{quiz.id}", quiz.title, None, [], quiz_title=quiz.title,
                          quiz_src=f"kuis/{quiz.id}.md", questions=sheet_questions(quiz, to_html))
        handouts.append(handout)
    slugs = [h.slug for h in handouts]
    for slug in slugs:
        if slugs.count(slug) > 1:
            raise HandoutError(f"Dua bahan cetak bernama {FOLDER}/{slug}.md: ganti nama salah satu halaman atau kuis.")
    return handouts


# Rendering


@lru_cache(maxsize=None)
def _environment() -> Environment:
    return environment(TEMPLATES, {"rel": lambda src: (PurePosixPath("..") / src).as_posix()})


def render_worksheet(handout: Handout) -> str:
    return _environment().get_template("worksheet.md.j2").render(h=handout, lines=LINES_PER_QUESTION)


def render_key(handout: Handout) -> str:
    return _environment().get_template("key.md.j2").render(h=handout)


def render_index(handouts: list[Handout]) -> str:
    return _environment().get_template("index.md.j2").render(handouts=handouts)


def all_pages(handouts: list[Handout]) -> dict[str, str]:
    """src path -> Markdown for the index, every worksheet and every answer key."""
    pages = {f"{FOLDER}/index.md": render_index(handouts)}
    for handout in handouts:
        pages[handout.worksheet_src] = render_worksheet(handout)
        if handout.questions:
            pages[handout.key_src] = render_key(handout)
    return pages


def page_sources(handouts: list[Handout], docs_dir: str = "docs", quiz_dir: str = "data/kuis") -> dict[str, list[str]]:
    """src path -> the project files each worksheet and key is built from (chapter page, quiz data)."""
    result: dict[str, list[str]] = {}
    for handout in handouts:
        files = [f"{docs_dir}/{handout.source}"] if handout.source else []
        if handout.quiz_src:
            files.append(f"{quiz_dir}/{PurePosixPath(handout.quiz_src).stem}.yml")
        result[handout.worksheet_src] = files
        if handout.questions:
            result[handout.key_src] = files
    result[f"{FOLDER}/index.md"] = sorted({name for files in result.values() for name in files})
    return result


# CLI helpers


def pages_in_order(docs_dir: Path, nav) -> list[tuple[str, str]]:
    """(src, Markdown) of every page in docs_dir: nav order first, then the rest by path."""
    sources = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
    return [(s, (docs_dir / s).read_text(encoding="utf-8")) for s in in_nav_order(sources, nav)]


def generate(root: Path = ROOT) -> dict[str, str]:
    """Every handout page of the project at root (as the build makes them)."""
    from scripts.site_config import load_config

    config = load_config(root)
    to_html = markdown_from_config(config, without=("pymdownx.snippets",))
    pages = pages_in_order(root / config.get("docs_dir", "docs"), config.get("nav"))
    return all_pages(build_handouts(pages, load_quizzes(root), to_html))


def main(argv: list[str]) -> int:
    def produce():
        pages = generate()
        return pages, f"Bahan cetak: {len(pages)} halaman, semuanya dapat dibuat."
    return cli.check_or_write(argv, "scripts.handout", produce, HandoutError)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
