"""Every page carries Material's own colour scheme toggle and its stylesheet as shipped."""

from __future__ import annotations

import re


def test_pages_use_materials_toggle_and_its_stylesheets_as_shipped(html_pages):
    for rel, path in html_pages.items():
        if rel.startswith(("assets/", "search/")):
            continue
        text = path.read_text(encoding="utf-8")
        assert 'data-md-component="palette"' in text, rel
        sheets = re.findall(r'<link rel="stylesheet" href="[^"]*palette\.[0-9a-f]+\.min\.css"[^>]*>', text)
        assert len(sheets) == 1 and "media=" not in sheets[0], (rel, sheets)
