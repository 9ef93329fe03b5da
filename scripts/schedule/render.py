"""Rendering: the schedule page and one plan's step table (Markdown, templates/ beside it); the plan markers."""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment
from markupsafe import escape

from scripts.core.data import DataError
from scripts.core.nav import LESSON_SECTIONS
from scripts.core.templates import environment
from scripts.schedule.model import GUIDE_PAGE, MARKER, PLANS_FILE, SCHEDULE_PAGE, Lesson, Minutes, Plan

TEMPLATES = Path(__file__).resolve().parent / "templates"


def clock(minutes: int) -> str:
    """90 -> '1 jam 30 menit', 45 -> '45 menit', 120 -> '2 jam'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} menit"
    return f"{hours} jam" + (f" {rest} menit" if rest else "")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def cell(text: str) -> str:
    """Data text for a Markdown table cell: HTML escaped, pipes escaped, on one line."""
    return str(escape(" ".join(str(text).split()))).replace("|", "\\|")


def link_text(text: str) -> str:
    return cell(text).replace("[", "\\[").replace("]", "\\]")


def relative(src: str, from_page: str) -> str:
    """Link from the page from_page (a docs path) to src (a docs path, optionally with #anchor)."""
    path, _, anchor = src.partition("#")
    target = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return target + (f"#{anchor}" if anchor else "")


@lru_cache(maxsize=None)
def _environment() -> Environment:
    # Markdown out: every data string goes through `cell` or `link_text`. `{#id}` is Markdown's attribute list
    # here, not a Jinja comment.
    return environment(TEMPLATES, {"cell": cell, "link_text": link_text, "clock": clock}, autoescape=False,
                       comment_start_string="{##", comment_end_string="##}")


def render_plan(plan: Plan, from_page: str) -> str:
    """One plan's step table (Markdown), links relative to from_page."""
    return _environment().get_template("rencana-sesi.md.j2").render(
        plan=plan, link=lambda src: relative(src, from_page), schedule_link=relative(SCHEDULE_PAGE, from_page)
    )


def render_schedule(lessons: list[Lesson], plans: list[Plan], from_page: str = SCHEDULE_PAGE) -> str:
    """The Markdown of the schedule page: minutes per page, per nav section, in all; the plans' totals."""
    sections = []
    for name in LESSON_SECTIONS:
        members = [lesson for lesson in lessons if lesson.section == name]
        if members:
            sections.append(
                {
                    "title": name,
                    "id": slug(name),
                    "lessons": members,
                    "minutes": Minutes(sum(m.minutes.teaching for m in members), sum(m.minutes.activity for m in members)),
                }
            )
    total = Minutes(sum(m.minutes.teaching for m in lessons), sum(m.minutes.activity for m in lessons))
    return _environment().get_template("jadwal.md.j2").render(
        sections=sections,
        total=total,
        plans=plans,
        link=lambda src: relative(src, from_page),
        guide=relative(GUIDE_PAGE, from_page),
        plans_file=PLANS_FILE,
    )


def fill_markers(markdown: str, plans: list[Plan], page: str, shown_path: str, source: str | None = None) -> str:
    """Replace every `<!-- rencana-sesi: ID -->` line by that plan's table; unknown id -> DataError.at.

    source is the whole file (with front matter, which MkDocs strips first), for the line in the message.
    """
    by_id = {plan.id: plan for plan in plans}

    def replace(match: re.Match) -> str:
        plan = by_id.get(match.group("id"))
        if plan is None:
            text, at = markdown, match.start()
            if source is not None and match.group(0) in source:
                text, at = source, source.index(match.group(0))
            line = text.count("\n", 0, at) + 1
            known = ", ".join(by_id) or "(belum ada)"
            raise DataError.at(
                shown_path, line, f'penanda rencana sesi "{match.group("id")}" tidak ada di {PLANS_FILE} (yang ada: {known}).'
            )
        return render_plan(plan, page).rstrip("\n")

    return MARKER.sub(replace, markdown)
