"""Building the handouts: the sections of a chapter's Markdown ("Poin kunci", "Pertanyaan diskusi", "Sumber"),
its quiz (data/kuis/*.yml, read with scripts.quiz), the pages in reading order."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Callable

from scripts.core.data import DataError
from scripts.core.nav import in_nav_order
from scripts.core.pages import anchor_events, front_matter_title, page_anchors
from scripts.handout.model import FOLDER, SECTIONS, SOURCES, Handout, HandoutError, Section, SheetQuestion

ROOT = Path(__file__).resolve().parents[2]


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


def pages_in_order(docs_dir: Path, nav) -> list[tuple[str, str]]:
    """(src, Markdown) of every page in docs_dir: nav order first, then the rest by path."""
    sources = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
    return [(s, (docs_dir / s).read_text(encoding="utf-8")) for s in in_nav_order(sources, nav)]
