"""Reading the minutes in the pages' front matter and the plans of data/sesi.yml (every problem with its line)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from scripts.core.data import DataError, Reader, compose, line_of as _line
from scripts.core.nav import lesson_pages, nav_pages
from scripts.schedule.model import (ACTIVITY, EXAMPLE_META, META_KEY, MINUTE_KEYS, PARTS, PLANS_FILE, TEACHING, Lesson,
                                    Minutes, Plan, Step)

_INT = "tag:yaml.org,2002:int"
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:\.{3}|-{3})[ \t]*(?:\n|\Z)", re.DOTALL)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PLAN_KEYS = {"id", "judul", "durasi", "langkah"}
STEP_KEYS = {"langkah", "tujuan", "kegiatan", "bahan", "halaman", "tayangan", "bagian", "menit"}


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
