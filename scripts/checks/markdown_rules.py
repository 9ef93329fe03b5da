"""Markdown rules for pages: required headings, image alt text, no bare URLs, headings in order."""

from __future__ import annotations

import re

from scripts.checks import Finding

REQUIRED_HEADINGS = ("Tujuan belajar", "Poin kunci", "Pertanyaan diskusi", "Sumber")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{[^}]*\})?\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
IMAGE_MD = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
IMAGE_HTML = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ALT_ATTR = re.compile(r"\balt\s*=\s*(\"[^\"]*\"|'[^']*')", re.IGNORECASE)
BARE_URL = re.compile(r"(?<![(<\"'=])\bhttps?://[^\s)>\]]+")


def _body_lines(text: str):
    """(line number, line) outside front matter and fenced code."""
    lines = text.splitlines()
    in_front = bool(lines) and lines[0].strip() == "---"
    in_fence = False
    for number, line in enumerate(lines, start=1):
        if in_front:
            if number > 1 and line.strip() == "---":
                in_front = False
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield number, line


def check_page(path: str, text: str, needs_chapter_headings: bool) -> list[Finding]:
    """Every rule a page breaks, with its line."""
    findings: list[Finding] = []
    previous_level = 0
    seen_h2: set[str] = set()
    for number, line in _body_lines(text):
        heading = HEADING.match(line)
        if heading:
            level, title = len(heading.group(1)), heading.group(2).strip()
            if previous_level and level > previous_level + 1:
                findings.append(Finding(path, number, (
                    f'judul "{title}" melompat dari tingkat {previous_level} ke {level}. '
                    f"Pakai {'#' * (previous_level + 1)} agar urutan judul tidak melompat."
                )))
            if previous_level == 0 and level != 1:
                findings.append(Finding(path, number, "judul pertama halaman harus tingkat 1 (# Judul)."))
            previous_level = level
            if level == 2:
                seen_h2.add(title)
        for match in IMAGE_MD.finditer(line):
            if not match.group(1).strip():
                findings.append(Finding(path, number, (
                    f"gambar {match.group(2)} tanpa teks alternatif. Tulis deskripsi singkat di dalam [ ], "
                    "misalnya ![Diagram siklus kolaborasi](siklus.svg)."
                )))
        for tag in IMAGE_HTML.findall(line):
            alt = ALT_ATTR.search(tag)
            if alt is None or not alt.group(1).strip("\"' "):
                findings.append(Finding(path, number, (
                    'gambar <img> tanpa teks alternatif. Tambahkan alt="deskripsi singkat".'
                )))
        for match in BARE_URL.finditer(line):
            findings.append(Finding(path, number, (
                f"alamat {match.group(0)} ditulis telanjang. Jadikan tautan dengan teks yang bermakna: "
                "[Judul sumber](alamat)."
            )))
    if needs_chapter_headings:
        for title in REQUIRED_HEADINGS:
            if title not in seen_h2:
                findings.append(Finding(path, 1, (
                    f'bagian wajib "## {title}" tidak ada. Halaman bab dan contoh memuat '
                    + ", ".join(REQUIRED_HEADINGS) + " (lihat CONTRIBUTING.md)."
                )))
    return findings
