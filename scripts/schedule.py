"""Schedule and session plans: pure functions that know nothing of MkDocs.

- Every chapter and example page (the nav sections "Bab" and "Contoh nyata", minus their overview
  pages) declares its suggested minutes in front matter: `waktu: {paparan: 15, kegiatan: 10}`
  (paparan = teaching, kegiatan = activity).
- data/sesi.yml holds the session plans of the facilitator guide. A step either takes its minutes
  from a page (`halaman` + `bagian`: paparan, kegiatan or semua) or states them (`menit`); each plan
  must add up to its `durasi`.
- render_schedule() is the Markdown of the generated page pelatih/jadwal.md; render_plan() is one
  plan's table, which the hook puts where a page says `<!-- rencana-sesi: ID -->`.

CLI: `python -m scripts.schedule check` validates; `python -m scripts.schedule write DIR` writes
pelatih/jadwal.md and the guide with its tables filled in under DIR (for a build without MkDocs).
"""

from __future__ import annotations

import posixpath
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import Environment
from markupsafe import escape

from scripts import cli
from scripts.core.data import DataError, Reader, compose, line_of as _line
from scripts.core.nav import LESSON_SECTIONS, lesson_pages, nav_pages
from scripts.core.templates import environment

# Data

META_KEY = "waktu"
TEACHING, ACTIVITY, BOTH = "paparan", "kegiatan", "semua"
MINUTE_KEYS = (TEACHING, ACTIVITY)
PARTS = (TEACHING, ACTIVITY, BOTH)
SCHEDULE_PAGE = "pelatih/jadwal.md"
GUIDE_PAGE = "pelatih/index.md"
PLANS_FILE = "data/sesi.yml"
EXAMPLE_META = "waktu: {paparan: 15, kegiatan: 10}"
MARKER = re.compile(r"^<!--\s*rencana-sesi:\s*(?P<id>[^\s>]*)\s*-->[ \t]*$", re.MULTILINE)
TEMPLATES = Path(__file__).resolve().parent / "templates"

_INT = "tag:yaml.org,2002:int"
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:\.{3}|-{3})[ \t]*(?:\n|\Z)", re.DOTALL)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PLAN_KEYS = {"id", "judul", "durasi", "langkah"}
STEP_KEYS = {"langkah", "tujuan", "kegiatan", "bahan", "halaman", "tayangan", "bagian", "menit"}


@dataclass(frozen=True)
class Minutes:
    teaching: int
    activity: int

    @property
    def total(self) -> int:
        return self.teaching + self.activity

    def part(self, name: str) -> int:
        return {TEACHING: self.teaching, ACTIVITY: self.activity, BOTH: self.total}[name]


@dataclass(frozen=True)
class Lesson:
    src: str  # path under docs/, e.g. "examples/ykp-madani.md"
    title: str  # nav title
    section: str  # nav section, e.g. "Bab"
    minutes: Minutes


@dataclass(frozen=True)
class Step:
    name: str
    goal: str
    activity: str
    materials: str
    page: str | None  # "apa-itu-kolaborasi.md#pentahelix" or None
    page_title: str | None
    shown: str  # what to project when there is no page ("" for nothing)
    part: str | None  # paparan / kegiatan / semua when the minutes come from the page
    minutes: int


@dataclass(frozen=True)
class Plan:
    id: str
    title: str
    length: int
    steps: tuple[Step, ...]

    @property
    def total(self) -> int:
        return sum(step.minutes for step in self.steps)


# Nav


# Front matter


def _front_matter(text: str, path: str) -> yaml.Node | None:
    """The front matter as a YAML node (marks count from the file's line 2), or None."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    source = match.group(1) or ""
    return compose(source, path, first_line=2)


def _minutes_value(node: yaml.Node, path: str, label: str, example: str) -> int:
    if not isinstance(node, yaml.ScalarNode) or node.tag != _INT:
        shown = node.value if isinstance(node, yaml.ScalarNode) else "(bukan angka tunggal)"
        raise DataError.at(
            path, _line(node), f'{label} "{shown}" bukan bilangan bulat. Tulis menitnya sebagai angka, misalnya {example}.'
        )
    value = int(yaml.safe_load(node.value)) if node.value else 0
    if value < 0:
        raise DataError.at(path, _line(node), f"{label} {value} tidak boleh negatif.")
    return value


def parse_minutes(text: str, path: str) -> Minutes:
    """The `waktu` of a page's front matter; DataError.at (file, line, fix) when missing or bad."""
    root = _front_matter(text, path)
    if root is None or not isinstance(root, yaml.MappingNode):
        raise DataError.at(
            path, 1, f"halaman ini belum menyebut waktunya. Tambahkan di front matter: {EXAMPLE_META} (menit)."
        )
    node = next((value for key, value in root.value if key.value == META_KEY), None)
    if node is None:
        raise DataError.at(
            path, _line(root), f'front matter belum punya "{META_KEY}". Tambahkan: {EXAMPLE_META} (menit).'
        )
    if not isinstance(node, yaml.MappingNode):
        raise DataError.at(
            path, _line(node), f'"{META_KEY}" harus berisi paparan dan kegiatan, misalnya {EXAMPLE_META}.'
        )
    values: dict[str, int] = {}
    for key, value in node.value:
        if key.value not in MINUTE_KEYS:
            raise DataError.at(
                path, _line(key), f'"{META_KEY}" punya kunci tak dikenal "{key.value}"; yang dikenal: paparan, kegiatan.'
            )
        values[key.value] = _minutes_value(value, path, f"{META_KEY}.{key.value}", f"{key.value}: 10")
    for name in MINUTE_KEYS:
        if name not in values:
            raise DataError.at(path, _line(node), f'"{META_KEY}" belum punya "{name}". Tambahkan, misalnya {name}: 10.')
    minutes = Minutes(values[TEACHING], values[ACTIVITY])
    if minutes.total == 0:
        raise DataError.at(path, _line(node), f'"{META_KEY}": paparan dan kegiatan keduanya 0; isi menit yang disarankan.')
    return minutes


def load_lessons(docs_dir: Path, nav: list, shown_docs: str = "docs") -> list[Lesson]:
    """Every chapter and example page with its minutes; errors name `shown_docs/<page>` and the line."""
    lessons = []
    for src, title, section in ((p.src, p.title, p.section) for p in lesson_pages(nav)):
        shown = f"{shown_docs}/{src}"
        path = docs_dir / src
        if not path.is_file():
            raise DataError.at(shown, 1, "halaman ini ada di nav mkdocs.yml tetapi berkasnya tidak ada.")
        lessons.append(Lesson(src, title, section, parse_minutes(path.read_text(encoding="utf-8"), shown)))
    return lessons


# Session plans


def _text(read: Reader, fields: dict, key: str, label: str) -> str | None:
    """A string value as written (stripped); None when the key is absent or after recording the problem."""
    return read.text(fields[key], f"{label}: {key}", strict=True, fold=False) if key in fields else None


def _minutes(read: Reader, node: yaml.Node, label: str, example: str) -> int | None:
    try:
        return _minutes_value(node, read.path, label, example)
    except DataError as error:
        read.problems += error.problems
        return None


def _step(read: Reader, node: yaml.Node, label: str, lessons: dict[str, Lesson], titles: dict[str, str]) -> Step | None:
    count = len(read.problems)
    fields = read.mapping(node, "langkah ini", sorted(STEP_KEYS), ("langkah", "tujuan", "kegiatan"), prefix=f"{label}: ")
    if fields is None:
        return None
    name = _text(read, fields, "langkah", label)
    label = f'{label} "{name}"' if name else label
    page, page_title, part, minutes = _text(read, fields, "halaman", label), None, None, None
    src = page.split("#", 1)[0] if page else None
    if src is not None and src not in titles:
        read.error(fields["halaman"], f'{label}: halaman "{src}" tidak ada di nav mkdocs.yml. Tulis jalurnya dari folder docs/, misalnya apa-itu-kolaborasi.md.')
    elif src is not None:
        page_title = titles[src]
    if "bagian" in fields and "menit" in fields:
        read.error(fields["menit"], f'{label}: pilih salah satu, "bagian" (waktu dari front matter halaman) atau "menit".')
    elif "bagian" in fields:
        part_node = fields["bagian"]
        part = part_node.value if isinstance(part_node, yaml.ScalarNode) else ""
        if part not in PARTS:
            read.error(part_node, f'{label}: bagian "{part}" tidak dikenal; pilih paparan, kegiatan, atau semua.')
        elif "halaman" not in fields or (page_title is not None and src not in lessons):
            read.error(part_node, f'{label}: "bagian" butuh "halaman" berupa bab atau contoh nyata yang punya waktu di front matter.')
        elif page_title is not None:
            minutes = lessons[src].minutes.part(part)
    elif "menit" in fields:
        minutes = _minutes(read, fields["menit"], f"{label}: menit", "menit: 10")
    else:
        read.error(node, f'{label}: waktunya belum ada. Tulis "menit", atau "halaman" dengan "bagian" (paparan, kegiatan, semua).')
    texts = {key: _text(read, fields, key, label) for key in ("tujuan", "kegiatan", "bahan", "tayangan")}
    if len(read.problems) > count:
        return None
    return Step(name=name, goal=texts["tujuan"], activity=texts["kegiatan"], materials=texts["bahan"] or "", page=page,
                page_title=page_title, shown=texts["tayangan"] or "", part=part, minutes=minutes)


def parse_plans(text: str, path: str, lessons: list[Lesson], titles: dict[str, str]) -> list[Plan]:
    """The plans of data/sesi.yml, with step minutes resolved; each must add up to its `durasi`. DataError
    lists every problem found."""
    root = compose(text, path)
    if root is None:
        raise DataError.at(path, 1, 'berkas kosong; tulis daftar rencana di bawah kunci "sesi".')
    read = Reader(path)
    top = read.mapping(root, "isi berkas", ("sesi",), ("sesi",)) or {}
    by_src = {lesson.src: lesson for lesson in lessons}
    plans: list[Plan] = []
    seen: set[str] = set()
    for index, plan_node in enumerate(read.sequence(top["sesi"], '"sesi"') if "sesi" in top else [], start=1):
        count = len(read.problems)
        fields = read.mapping(plan_node, "rencana ini", sorted(PLAN_KEYS), sorted(PLAN_KEYS), prefix=f"sesi ke-{index}: ")
        if fields is None:
            continue
        plan_id = _text(read, fields, "id", f"sesi ke-{index}")
        label = f'sesi "{plan_id}"' if plan_id else f"sesi ke-{index}"
        if plan_id is not None and not _ID.match(plan_id):
            read.error(fields["id"], f"{label}: id hanya boleh huruf kecil, angka, dan tanda hubung.")
        elif plan_id in seen:
            read.error(fields["id"], f"{label}: id ini sudah dipakai rencana lain.")
        seen.add(plan_id)
        title = _text(read, fields, "judul", label)
        length = _minutes(read, fields["durasi"], f"{label}: durasi", "durasi: 90") if "durasi" in fields else None
        steps = [_step(read, step, f"{label}, langkah ke-{n}", by_src, titles)
                 for n, step in enumerate(read.sequence(fields["langkah"], f"{label}: langkah") if "langkah" in fields else [], start=1)]
        if len(read.problems) > count:
            continue
        plan = Plan(id=plan_id, title=title, length=length, steps=tuple(steps))
        if plan.total != plan.length:
            parts = " + ".join(str(step.minutes) for step in plan.steps)
            read.error(fields["durasi"], f"{label}: langkahnya berjumlah {parts} = {plan.total} menit, padahal durasinya {plan.length} menit. "
                       "Sesuaikan durasi atau menit langkahnya (waktu bab dan contoh ada di front matter halamannya).")
        plans.append(plan)
    read.done()
    return plans


# Rendering


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


# Project


def load_project(root: Path, config: dict) -> tuple[list[Lesson], list[Plan]]:
    """Lessons and plans of the project at root, given mkdocs.yml as plain data."""
    docs_name = config.get("docs_dir", "docs")
    docs_dir = root / docs_name
    nav = config.get("nav") or []
    lessons = load_lessons(docs_dir, nav, shown_docs=docs_name)
    plans_path = root / PLANS_FILE
    if not plans_path.is_file():
        raise DataError.at(PLANS_FILE, 1, "berkas rencana sesi tidak ada. Buat berkas ini dengan kunci \"sesi\".")
    plans = parse_plans(plans_path.read_text(encoding="utf-8"), PLANS_FILE, lessons, {p.src: p.title for p in nav_pages(nav)})
    return lessons, plans


# CLI


def main(argv: list[str]) -> int:
    """`check` validates front matter and plans; `write DIR` writes the schedule page and the filled guide."""
    argv, options = cli.take_options(argv, {"--root": Path(__file__).resolve().parents[1]})

    def produce():
        from scripts.site_config import load_config

        root = Path(options["--root"])
        config = load_config(root)
        lessons, plans = load_project(root, config)
        docs_name = config.get("docs_dir", "docs")
        guide_path = root / docs_name / GUIDE_PAGE
        # The guide's markers are checked by `check` too; the schedule page is only rendered for `write`.
        guide = fill_markers(guide_path.read_text(encoding="utf-8"), plans, GUIDE_PAGE,
                             f"{docs_name}/{GUIDE_PAGE}") if guide_path.is_file() else None

        def files():
            return {SCHEDULE_PAGE: render_schedule(lessons, plans), **({GUIDE_PAGE: guide} if guide is not None else {})}
        total = sum(lesson.minutes.total for lesson in lessons)
        summary = [f"Jadwal: {len(lessons)} halaman, {total} menit ({clock(total)})."]
        summary += [f'Rencana "{plan.id}": {len(plan.steps)} langkah, {plan.total} menit.' for plan in plans]
        return files, "\n".join(summary)

    return cli.check_or_write(argv, "scripts.schedule", produce, DataError, options="[--root PROYEK] ")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
