"""The site as the generators see it: pages, their titles, anchors and learning goals, links between them,
and the Markdown renderer configured like the site's. Pure functions; no MkDocs objects.
"""

from __future__ import annotations

import functools
import html
import json
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ATTR_ID = re.compile(r"\{:?\s*[^}]*?#([A-Za-z0-9_:.-]+)[^}]*\}")
_HTML_ID = re.compile(r"""\sid=["']([^"']+)["']""")


def front_matter_title(markdown: str) -> tuple[str | None, str]:
    """(title from the front matter or None, the page without its front matter)."""
    meta = re.match(r"^---\s*\n(.*?)\n---\s*\n", markdown, re.S)
    if not meta:
        return None, markdown
    found = re.search(r"^title:\s*(.+)$", meta.group(1), re.M)
    return (found.group(1).strip().strip("\"'") if found else None), markdown[meta.end():]


def anchor_events(body: str):
    """In page order: ("heading", line index, level, anchor, label) for each heading, the way toc +
    attr_list name it, and ("id", line index, anchor) for ids set elsewhere; fenced code is skipped."""
    from markdown.extensions.toc import slugify, unique

    used, in_fence = set(), False
    for index, line in enumerate(body.splitlines()):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        heading = _HEADING.match(line)
        if heading:
            text = heading.group(2)
            explicit = _ATTR_ID.search(text)
            label = _ATTR_ID.sub("", text).strip()
            anchor = explicit.group(1) if explicit else unique(slugify(re.sub(r"[*_`\[\]]", "", label), "-"), used)
            used.add(anchor)
            yield "heading", index, len(heading.group(1)), anchor, label
            continue
        for found in (*_ATTR_ID.findall(line), *_HTML_ID.findall(line)):
            yield "id", index, found


def page_anchors(markdown: str) -> tuple[str | None, dict[str, str]]:
    """(page title, {anchor id: heading text}) of a Markdown page, the way toc + attr_list make them."""
    title, body = front_matter_title(markdown)
    anchors: dict[str, str] = {}
    for event in anchor_events(body):
        if event[0] == "heading":
            _, _, level, anchor, label = event
            anchors[anchor] = label
            if level == 1 and title is None:
                title = label
        else:
            anchors.setdefault(event[2], "")
    return title, anchors


def section_markdown(markdown: str, anchor: str) -> str:
    """The Markdown of the section whose heading carries `anchor`, up to the next heading of the same or
    a higher level; the whole page when no heading carries it (an id set on a paragraph, say)."""
    _, body = front_matter_title(markdown)
    lines = body.splitlines()
    headings = [event[1:4] for event in anchor_events(body) if event[0] == "heading"]  # (index, level, anchor)
    for number, (start, level, name) in enumerate(headings):
        if name == anchor:
            end = next((index for index, other, _ in headings[number + 1:] if other <= level), len(lines))
            return "\n".join(lines[start:end])
    return markdown


GOALS_HEADING = "tujuan-belajar"


def page_goals(markdown: str) -> list[tuple[int, str]]:
    """(line, text) of each bullet under the page's "Tujuan belajar" heading ({#tujuan-belajar}), in order;
    an indented line continues the bullet above it."""
    goals: list[tuple[int, str]] = []
    inside = False
    for number, line in enumerate(markdown.splitlines(), start=1):
        heading = _HEADING.match(line)
        if heading:
            inside = GOALS_HEADING in line or heading.group(2).strip().lower() == "tujuan belajar"
            continue
        if not inside:
            continue
        if line.startswith(("- ", "* ")):
            goals.append((number, line[2:].strip()))
        elif line.startswith((" ", "\t")) and line.strip() and goals:
            goals[-1] = (goals[-1][0], goals[-1][1] + " " + line.strip())
    return goals


@dataclass
class PageInfo:
    title: str
    anchors: dict[str, str]
    goals: list[tuple[int, str]] = field(default_factory=list)  # (line, text) of "Tujuan belajar" items
    markdown: str = ""


@functools.lru_cache(maxsize=4096)
def page_info(markdown: str, fallback_title: str) -> PageInfo:
    """What the quizzes need to know of a page: title, anchors, learning goals, and its Markdown.
    Cached by content: the quiz and self-check hooks both ask for every page (treat it as read-only)."""
    title, anchors = page_anchors(markdown)
    return PageInfo(title or fallback_title, anchors, page_goals(markdown), markdown)


def pages_from_docs(docs_dir: Path) -> dict[str, PageInfo]:
    """PageInfo of every Markdown file under docs_dir (for the CLI)."""
    return {file.relative_to(docs_dir).as_posix(): page_info(file.read_text(encoding="utf-8"), file.stem)
            for file in sorted(docs_dir.rglob("*.md"))}


def markdown_from_config(config: dict, without: tuple[str, ...] = (), raw_html: bool = False) -> Callable[[str], str]:
    """make_markdown with the extensions (less `without`) of a mkdocs.yml read as plain data, for the CLIs;
    a build passes MkDocs' own config.markdown_extensions and config.mdx_configs to make_markdown."""
    names, configs = [], {}
    for item in config.get("markdown_extensions") or []:
        for name, options in (item.items() if isinstance(item, dict) else [(item, None)]):
            if name in without:
                continue
            names.append(name)
            if options is not None:
                configs[name] = {k: v for k, v in (options or {}).items() if v is not None}
    return make_markdown(names, configs, raw_html)


def relative_href(from_src: str, page: str) -> str:
    """A link between two docs paths as plain Markdown paths (the CLIs' `write`; a build uses MkDocs' URLs)."""
    return posixpath.relpath(page, posixpath.dirname(from_src))


def make_markdown(extensions: list, configs: dict, raw_html: bool = False) -> Callable[[str], str]:
    """Markdown -> HTML with the site's extensions. Data texts (quizzes, the self-check) get raw HTML shown
    as text; pages (raw_html=True: the glossary's "Muncul di" pass) keep theirs, as MkDocs does."""
    import markdown

    md = markdown.Markdown(extensions=extensions, extension_configs=configs)
    if not raw_html:
        if "html_block" in md.preprocessors:
            md.preprocessors.deregister("html_block")
        if "html" in md.inlinePatterns:
            md.inlinePatterns.deregister("html")

    def convert(text: str) -> str:
        md.reset()
        return md.convert(text)

    return convert


# resolve(target) -> (href, label): target is e.g. "apa-itu-kolaborasi.md#yang-dibagi", or "kuis/definisi.md"
Resolver = Callable[[str], tuple[str, str]]


def link_resolver(pages: dict, href: Callable[[str, str], str]) -> Callable[[str], Resolver]:
    """resolver(from_src) -> resolve(target "page.md#anchor") -> (href, label "Page › Section").

    `href(from_src, page)` turns a docs path into a link from the page at from_src (MkDocs' own URLs
    in the build, plain relative paths for `write`)."""
    def resolver(from_src: str) -> Resolver:
        def resolve(target: str) -> tuple[str, str]:
            page, _, anchor = target.partition("#")
            info = pages.get(page)
            label = info.title if info else page
            if anchor and info and info.anchors.get(anchor):
                label = f"{label} › {info.anchors[anchor]}"
            return href(from_src, page) + (f"#{anchor}" if anchor else ""), label
        return resolve
    return resolver


def front_matter(**values) -> str:
    # Material prints meta.title unescaped in the header: escape it here.
    return "---\n" + "".join(
        f"{key}: {json.dumps(html.escape(value, quote=False) if isinstance(value, str) else value, ensure_ascii=False)}\n"
        for key, value in values.items()) + "---\n\n"


def one_line(html: str) -> str:
    """Raw HTML inside Markdown must not contain blank lines or deep indentation."""
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())


def md_text(text: str) -> str:
    """Plain text safe inside Markdown (headings, link text)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return re.sub(r"([\\`*_\[\]#])", r"\\\1", text)
