"""Rendering: the handout index, every worksheet and every answer key (Markdown, templates/ beside it)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path, PurePosixPath

from jinja2 import Environment

from scripts.core.templates import environment
from scripts.handout.model import FOLDER, Handout

TEMPLATES = Path(__file__).with_name("templates")
LINES_PER_QUESTION = 4


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
