"""Presentation mode: mark the slide pages, give the template their public address and QR file.

Thin layer over scripts/present/. A page becomes slides when it sits under the nav sections
"Bab" or "Contoh nyata" (or says `presentasi: true` in its front matter). The template
(overrides/partials/present.html) reads the `presentasi` context variable.
"""

from __future__ import annotations

from pathlib import Path

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts import present  # noqa: E402

# src_uri of pages under the slide sections, and QR files to write: rebuilt on every build.
_slide_section_pages: set[str] = set()
_qr_files: dict[str, str] = {}


def on_nav(nav, config, files):
    _slide_section_pages.clear()
    _qr_files.clear()
    _slide_section_pages.update(present.slide_section_pages(config.nav))
    return nav


def on_page_context(context, page, config, nav):
    if not present.wants_slides(page.meta, page.file.src_uri in _slide_section_pages):
        return context
    # No QR for the placeholder site_url (no SITE_URL): the QR state shows the page's address instead.
    address = present.qr_address(config.get("site_url"), page.url)
    qr = None
    if address:
        qr = present.qr_asset_path(page.url)
        _qr_files[qr] = present.qr_svg(address)
    context["presentasi"] = {"url": address, "qr": qr}
    return context


def on_post_build(config):
    # Written after the build so only slide pages get one; fetched by the script on demand only.
    site = Path(config["site_dir"])
    for rel, svg in _qr_files.items():
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(svg, encoding="utf-8")
