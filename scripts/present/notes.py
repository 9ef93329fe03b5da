"""Trainer notes (`??? catatan-pelatih "Catatan pelatih"`): normalised to a closed details block and marked
`data-search-exclude` so Material's search leaves them out."""

from __future__ import annotations

import re

NOTE_CLASS = "catatan-pelatih"
NOTE_TITLE = "Catatan pelatih"

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
