"""Cek kolaborasi: a self-check a team fills in on phones and then discusses together.

data/cek.yml (statements grouped by the four keys of "Kunci keberhasilan", advice per key and level)
    -> cek/index.md                 the form, the result (docs/assets/javascripts/cek.js) and a scoring guide
    -> cek/tim.md                   the team view: how the answers of several result links spread
    -> handout/cek-kolaborasi.md    the printable checklist for Bahan cetak

Pure functions, no MkDocs: scripts/hooks/cek_hook.py adds the pages, `python -m scripts.cek check | write DIR`
runs the same code without a build. A result travels in a link's fragment (`#hasil=VERSION.ANSWERS`, see
result_fragment), so nothing leaves the reader's device unless they share the link.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from jinja2 import Environment

from scripts.core.data import DataError, Reader, compose, line_of, read_text
from scripts.core.pages import PageInfo, Resolver, front_matter, md_text, one_line
from scripts.core.templates import environment

DATA = Path("data") / "cek.yml"
TEMPLATES = Path(__file__).with_name("templates")
PAGE, TEAM, HANDOUT = "cek/index.md", "cek/tim.md", "handout/cek-kolaborasi.md"
SCALE_POINTS = 4
LEVELS = ("low", "middle", "high")
LEVEL_NAMES = {"low": "rendah", "middle": "sedang", "high": "tinggi"}
# A key's mean on the 1-4 scale: below LOW_BELOW is low, from HIGH_FROM on is high (cek.js uses the same).
LOW_BELOW, HIGH_FROM = 2.0, 3.0
STATEMENTS_MIN, STATEMENTS_MAX = 16, 24  # a team fills it in within ten minutes
PER_KEY_MIN = 3
DESCRIPTION_MAX = 200  # it is the page's meta description too
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TARGET = re.compile(r"^[A-Za-z0-9_./-]+\.md(?:#[A-Za-z0-9_-]+)?$")
MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")
TOP_KEYS = ("title", "description", "scale", "unknown", "keys")
KEY_KEYS = ("id", "title", "section", "advice", "statements")
STATEMENT_KEYS = ("id", "text", "section")


# Model


@dataclass
class Statement:
    id: str
    text: str
    section: str
    line: int


@dataclass
class Key:
    id: str
    title: str
    section: str
    advice: dict[str, str]  # level -> Markdown
    statements: list[Statement]
    line: int
    advice_lines: dict[str, int]


@dataclass
class Check:
    path: str
    title: str
    description: str
    scale: list[str]
    unknown: str
    keys: list[Key]

    @property
    def statements(self) -> list[Statement]:
        return [s for key in self.keys for s in key.statements]

    @property
    def version(self) -> str:
        """Six hex digits naming the statement list: a result link made for another list is refused."""
        return hashlib.sha256("\n".join(s.id for s in self.statements).encode()).hexdigest()[:6]


# Loading and validation


def load(file: Path, shown: str | None = None) -> Check:
    """Read and validate data/cek.yml; DataError lists every problem with its line."""
    shown = shown or file.as_posix()
    root = compose(read_text(file, shown), shown)
    if root is None:
        raise DataError.at(shown, 1, "berkas kosong. Isi dengan title, description, scale, unknown, dan keys "
                                     "(lihat data/cek-README.md).")
    reader = Reader(shown)
    fields = reader.mapping(root, "isi berkas", TOP_KEYS, required=TOP_KEYS) or {}
    title = reader.text(fields.get("title"), '"title"', root) if "title" in fields else ""
    description = reader.text(fields.get("description"), '"description"', root) if "description" in fields else ""
    unknown = reader.text(fields.get("unknown"), '"unknown" (label untuk "tidak tahu")', root) if "unknown" in fields else ""
    scale = []
    if "scale" in fields:
        items = reader.sequence(fields["scale"], '"scale"', root)
        scale = [reader.text(item, "setiap label skala") for item in items]
        if items and len(items) != SCALE_POINTS:
            reader.error(fields["scale"], f'"scale" harus berisi tepat {SCALE_POINTS} label, dari yang terendah '
                                          f"sampai tertinggi (sekarang {len(items)}).")
    keys: list[Key] = []
    seen: dict[str, int] = {}
    for node in reader.sequence(fields.get("keys"), '"keys"', root, minimum=2) if "keys" in fields else []:
        key = _load_key(reader, node, seen)
        if key is not None:
            keys.append(key)
    if description and len(description) > DESCRIPTION_MAX:
        reader.error(fields["description"], f'"description" {len(description)} karakter; paling banyak '
                                            f"{DESCRIPTION_MAX}, karena dipakai juga sebagai deskripsi halaman.")
    count = sum(len(k.statements) for k in keys)
    if keys and not STATEMENTS_MIN <= count <= STATEMENTS_MAX:
        reader.error(fields["keys"], f"cek berisi {count} pernyataan; buat {STATEMENTS_MIN} sampai {STATEMENTS_MAX} "
                                     "agar tim dapat mengisinya dalam sepuluh menit.")
    reader.done()
    return Check(shown, title, description, scale, unknown, keys)


def _load_key(reader: Reader, node, seen: dict[str, int]) -> Key | None:
    fields = reader.mapping(node, "setiap kunci", KEY_KEYS, required=KEY_KEYS)
    if fields is None:
        return None
    key_id = _id(reader, fields.get("id"), seen, node)
    prefix = f'kunci "{key_id}": ' if key_id else ""
    title = reader.text(fields.get("title"), f'{prefix}"title"', node)
    section = _target(reader, fields.get("section"), f'{prefix}"section"', node)
    advice, advice_lines = {}, {}
    if "advice" in fields:
        parts = reader.mapping(fields["advice"], f'{prefix}"advice"', LEVELS, required=LEVELS) or {}
        for level, value in parts.items():
            text = reader.text(value, f'{prefix}saran "{level}"')
            if text:
                advice[level], advice_lines[level] = text, line_of(value)
    statements = []
    items = reader.sequence(fields.get("statements"), f'{prefix}"statements"', node, minimum=PER_KEY_MIN) \
        if "statements" in fields else []
    for item in items:
        sfields = reader.mapping(item, f"{prefix}setiap pernyataan", STATEMENT_KEYS, required=STATEMENT_KEYS)
        if sfields is None:
            continue
        sid = _id(reader, sfields.get("id"), seen, item)
        text = reader.text(sfields.get("text"), f'{prefix}pernyataan "{sid}": "text"', item)
        target = _target(reader, sfields.get("section"), f'{prefix}pernyataan "{sid}": "section"', item)
        if sid and text and target:
            statements.append(Statement(sid, text, target, line_of(item)))
    if None in (key_id, title, section) or len(advice) != len(LEVELS):
        return None
    return Key(key_id, title, section, advice, statements, line_of(node), advice_lines)


def _id(reader: Reader, node, seen: dict[str, int], parent) -> str | None:
    value = reader.text(node, '"id"', parent)
    if value is None:
        return None
    if not ID.match(value):
        reader.error(node, f'id "{value}" tidak sah: pakai huruf kecil, angka, dan tanda hubung (misalnya peran-tugas).')
        return None
    if value in seen:
        reader.error(node, f'id "{value}" sudah dipakai di baris {seen[value]}; setiap id harus unik di berkas ini.')
        return None
    seen[value] = line_of(node)
    return value


def _target(reader: Reader, node, what: str, parent) -> str | None:
    value = reader.text(node, what, parent)
    if value is not None and not TARGET.match(value):
        reader.error(node, f'{what} harus berupa halaman di docs/ dengan jangkar, misalnya '
                           f'kunci-keberhasilan.md#peran-yang-jelas-dan-adil (sekarang "{value}").')
        return None
    return value


def validate_links(check: Check, pages: dict[str, PageInfo]) -> None:
    """Every `section` and every link in the advice must name an existing page and anchor."""
    problems = []

    def verify(target: str, line: int, what: str):
        page, _, anchor = target.partition("#")
        if page not in pages:
            problems.append((check.path, line, f'{what} "{target}" menuju halaman yang tidak ada di docs/.'))
        elif anchor and anchor not in pages[page].anchors:
            known = ", ".join(f"#{a}" for a in list(pages[page].anchors)[:12]) or "tidak ada"
            problems.append((check.path, line, f'{what} "{target}": jangkar #{anchor} tidak ada di {page}. '
                                               f"Jangkar yang ada: {known}."))

    for key in check.keys:
        verify(key.section, key.line, f'kunci "{key.id}": section')
        for statement in key.statements:
            verify(statement.section, statement.line, f'pernyataan "{statement.id}": section')
        for level, text in key.advice.items():
            targets = [t for t in MD_LINK.findall(text) if not t.startswith(("http://", "https://", "mailto:"))]
            for target in targets:
                verify(target, key.advice_lines[level], f'kunci "{key.id}": tautan di saran "{level}"')
            if not any(t.partition("#")[0] == key.section.partition("#")[0] for t in targets):
                problems.append((check.path, key.advice_lines[level],
                                 f'kunci "{key.id}": saran "{level}" perlu tautan ke bab yang mengajarkannya '
                                 f"({key.section})."))
    if problems:
        raise DataError(problems)


def level(mean: float) -> str:
    return "low" if mean < LOW_BELOW else "high" if mean >= HIGH_FROM else "middle"


def result_fragment(check: Check, answers: dict[str, int | None]) -> str:
    """The fragment of a result link: version, then one character per statement in data order:
    1-4 for the scale, 0 for "tidak tahu", "-" for no answer (cek.js writes and reads the same)."""
    marks = "".join("-" if answers.get(s.id) is None else str(answers[s.id]) for s in check.statements)
    return f"hasil={check.version}.{marks}"


# Rendering


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


@lru_cache(maxsize=None)
def _environment() -> Environment:
    return environment(TEMPLATES, {"decimal": _decimal}, keep_trailing_newline=False)


def _advice_html(check: Check, to_html: Callable[[str], str], resolve: Resolver) -> dict[tuple[str, str], str]:
    """(key id, level) -> HTML of the advice, its links resolved from the page it is shown on."""
    def relink(match: re.Match) -> str:
        target = match.group(1)
        return f'href="{resolve(target)[0]}"' if TARGET.match(target) else match.group(0)

    return {(key.id, lvl): re.sub(r'href="([^"]+)"', relink, to_html(text))
            for key in check.keys for lvl, text in key.advice.items()}


def _context(check: Check, to_html, resolve: Resolver) -> dict:
    return {
        "check": check, "advice": _advice_html(check, to_html, resolve), "resolve": resolve,
        "levels": LEVELS, "level_names": LEVEL_NAMES, "low_below": LOW_BELOW, "high_from": HIGH_FROM,
        "points": list(enumerate(check.scale, start=1)),
    }


def render_page(check: Check, to_html: Callable[[str], str], resolve: Resolver) -> str:
    env = _environment()
    context = _context(check, to_html, resolve)
    context.update(team_href=resolve(TEAM)[0], handout_href=resolve(HANDOUT)[0])
    parts = [front_matter(title=check.title, description=check.description, cek="form", presentasi=True),
             f"# {md_text(check.title)}\n\n", one_line(env.get_template("intro.html").render(**context)), "\n\n"]
    for number, key in enumerate(check.keys, start=1):
        parts.append(f"## {number}. {md_text(key.title)} {{#{key.id}}}\n\n")
        parts.append(one_line(env.get_template("key.html").render(key=key, first=sum(
            len(k.statements) for k in check.keys[:number - 1]), **context)) + "\n\n")
    parts.append("## Hasil {#hasil}\n\n" + one_line(env.get_template("result.html").render(**context)) + "\n\n")
    parts.append("## Panduan penilaian tanpa aplikasi {#panduan-penilaian}\n\n"
                 + one_line(env.get_template("guide.html").render(**context)) + "\n\n")
    parts.append("## Tentang cek ini {#tentang-cek}\n\n" + one_line(env.get_template("about.html").render(**context)) + "\n")
    return "".join(parts)


def render_team(check: Check, resolve: Resolver) -> str:
    env = _environment()
    context = _context(check, lambda text: "", resolve)
    context.update(form_href=resolve(PAGE)[0])
    return (front_matter(title=f"{check.title}: tampilan tim",
                         description="Sebaran jawaban beberapa anggota tim, dari tautan hasil mereka.",
                         cek="tim", presentasi=True)
            + f"# {md_text(check.title)}: tampilan tim\n\n"
            + one_line(env.get_template("team.html").render(**context)) + "\n\n"
            + "## Sebaran jawaban {#sebaran}\n\n"
            + one_line(env.get_template("spread.html").render(**context)) + "\n")


def render_handout(check: Check, to_html: Callable[[str], str], resolve: Resolver) -> str:
    env = _environment()
    context = _context(check, to_html, resolve)
    context.update(form_href=resolve(PAGE)[0])
    return (front_matter(title=f"{check.title}: daftar periksa", description=check.description)
            + f"# {md_text(check.title)}: daftar periksa\n\n"
            + one_line(env.get_template("handout.html").render(**context)) + "\n\n"
            + "## Panduan penilaian {#panduan-penilaian}\n\n"
            + one_line(env.get_template("guide.html").render(**context)) + "\n")


def all_pages(check: Check, to_html: Callable[[str], str], resolver: Callable[[str], Resolver]) -> dict[str, str]:
    """{docs path: Markdown} of the generated pages; resolver(page src) gives that page's link resolver."""
    return {PAGE: render_page(check, to_html, resolver(PAGE)), TEAM: render_team(check, resolver(TEAM)),
            HANDOUT: render_handout(check, to_html, resolver(HANDOUT))}
