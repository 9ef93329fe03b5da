"""Presentation mode and trainer notes: pure functions that know nothing of MkDocs.

- Which pages become slides (chapters and examples: the nav sections "Bab" and "Contoh nyata",
  or any page whose front matter says `presentasi: true`; `presentasi: false` opts a page out).
- The page's public address and its QR code as SVG (segno), written as one small file per page
  so phone readers never download it: the presentation script loads it on demand.
- Trainer notes (`??? catatan-pelatih "Catatan pelatih"`): normalised to a closed details block
  and marked `data-search-exclude` so Material's search leaves them out.

CLI: `python -m scripts.present write DIR` writes the QR SVG of every slide page in mkdocs.yml's nav
into DIR (for a build without MkDocs).
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import segno

from scripts.core.cache import CACHE, cached
from scripts.core.nav import slide_pages

# Data

META_KEY = "presentasi"
NOTE_CLASS = "catatan-pelatih"
NOTE_TITLE = "Catatan pelatih"
QR_DIR = "assets/qr"
QR_VERSION = "1"  # bump when _draw_qr draws differently
# mkdocs.yml's site_url when SITE_URL is not set: no one can open it, so it gets no QR code.
PLACEHOLDER_SITE_URL = "https://kolaborasi.example.org/"


# Slide pages


def wants_slides(meta: dict, in_slide_section: bool) -> bool:
    """True if the page becomes slides: front matter `presentasi` wins, else its nav section decides."""
    value = meta.get(META_KEY)
    if isinstance(value, bool):
        return value
    return in_slide_section


def public_url(site_url: str | None, page_url: str) -> str | None:
    """The address a phone opens: site_url + the page's URL (None without a site_url)."""
    if not site_url:
        return None
    base = site_url if site_url.endswith("/") else site_url + "/"
    return base + page_url.lstrip("/")


def qr_address(site_url: str | None, page_url: str) -> str | None:
    """The address a QR code encodes: the public one, None for no site_url or the placeholder."""
    if not site_url or site_url.rstrip("/") == PLACEHOLDER_SITE_URL.rstrip("/"):
        return None
    return public_url(site_url, page_url)


def qr_asset_path(page_url: str) -> str:
    """Site-relative path of a page's QR file, e.g. 'examples/ykp-madani/' -> 'assets/qr/examples--ykp-madani.svg'."""
    slug = page_url.strip("/")
    if slug.endswith(".html"):
        slug = slug[: -len(".html")]
    slug = slug.replace("/", "--") or "index"
    return f"{QR_DIR}/{slug}.svg"


def qr_svg(url: str) -> str:
    """The QR code of url as a standalone SVG: black on white (scannable in dark mode too), scales to its box.
    Reused from .cache/qr/ while the address, segno's version and QR_VERSION stay the same."""
    return cached(CACHE / "qr", [QR_VERSION, segno.__version__, url], ".svg",
                  lambda: _draw_qr(url).encode("utf-8")).decode("utf-8")


def _draw_qr(url: str) -> str:
    qr = segno.make_qr(url, error="m")
    buffer = io.BytesIO()
    qr.save(
        buffer,
        kind="svg",
        xmldecl=False,
        omitsize=True,
        border=4,
        dark="#000",
        light="#fff",
        title=f"Kode QR: {url}",
    )
    return buffer.getvalue().decode("utf-8")


# Trainer notes

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
# `??? catatan-pelatih`, `???+ catatan-pelatih "Judul"`, `!!! catatan-pelatih` (optionally more classes)
_NOTE_START = re.compile(
    r"^(?P<indent>\s*)(?:\?\?\?\+?|!!!)[ \t]+(?P<classes>[^\"\n]*(?<![\w-])" + NOTE_CLASS + r"(?![\w-])[^\"\n]*?)"
    r"[ \t]*(?P<title>\"[^\"\n]*\")?[ \t]*$"
)


def normalize_trainer_notes(markdown: str) -> str:
    """Every trainer note becomes a closed details block (`???`) with a title; fenced code is left alone.

    Why: without JavaScript the note must stay closed, so `!!!` and `???+` are turned into `???`.
    """
    lines = markdown.split("\n")
    fence = None
    for number, line in enumerate(lines):
        match = _FENCE.match(line)
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
            continue
        if fence is not None:
            continue
        note = _NOTE_START.match(line)
        if note:
            title = note.group("title") or f'"{NOTE_TITLE}"'
            lines[number] = f"{note.group('indent')}??? {note.group('classes').strip()} {title}"
    return "\n".join(lines)


_NOTE_TAG = re.compile(r"<(details|div)(\s[^>]*?\bclass=\"(?:[^\"]*\s)?" + NOTE_CLASS + r"(?:\s[^\"]*)?\"[^>]*)>")


def mark_trainer_notes(html: str) -> str:
    """Add data-search-exclude to every trainer note element, so the search index skips it."""

    def add(match: re.Match) -> str:
        attrs = match.group(2)
        if "data-search-exclude" in attrs:
            return match.group(0)
        return f"<{match.group(1)}{attrs} data-search-exclude>"

    return _NOTE_TAG.sub(add, html)


# Nav


# Which pages become slides: everything under the lesson sections of the nav (scripts/core/nav.py).
slide_section_pages = slide_pages


def page_url(src_path: str, use_directory_urls: bool = True) -> str:
    """MkDocs' URL of a Markdown file: 'examples/index.md' -> 'examples/', 'a.md' -> 'a/'."""
    stem = src_path[: -len(".md")] if src_path.endswith(".md") else src_path
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/" if use_directory_urls else f"{stem}.html"


# CLI


def main(argv: list[str]) -> int:
    """`write DIR`: the QR files of every slide page in the nav, for a build without MkDocs."""
    if len(argv) != 2 or argv[0] != "write":
        print("Pemakaian: python -m scripts.present write DIR")
        return 1
    from scripts.site_config import load_config

    root = Path(__file__).resolve().parents[1]
    config = load_config(root)
    directory_urls = config.get("use_directory_urls", True)
    target = Path(argv[1])
    for src in slide_section_pages(config.get("nav") or []):
        url = page_url(src, directory_urls)
        address = qr_address(config.get("site_url"), url)
        if address is None:
            print("mkdocs.yml: site_url kosong atau alamat contoh; kode QR butuh alamat publik situs. Isi SITE_URL.")
            return 1
        path = target / qr_asset_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(qr_svg(address), encoding="utf-8")
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
