"""Presentation mode and trainer notes: pure functions that know nothing of MkDocs.

    slides.py   which pages become slides (nav sections "Bab" and "Contoh nyata", or front matter `presentasi`)
    qr.py       a page's public address and its QR code as SVG, one small file per page, loaded on demand
    notes.py    trainer notes (`??? catatan-pelatih`): a closed details block the search leaves out
    __main__.py `python -m scripts.present check | write FOLDER`: the QR files of every slide page in the nav
"""

from scripts.present.notes import NOTE_CLASS, NOTE_TITLE, mark_trainer_notes, normalize_trainer_notes
from scripts.present.qr import PLACEHOLDER_SITE_URL, QR_DIR, QR_VERSION, public_url, qr_address, qr_asset_path, qr_svg
from scripts.present.slides import META_KEY, page_url, slide_section_pages, wants_slides

__all__ = ["META_KEY", "NOTE_CLASS", "NOTE_TITLE", "PLACEHOLDER_SITE_URL", "QR_DIR", "QR_VERSION", "mark_trainer_notes",
           "normalize_trainer_notes", "page_url", "public_url", "qr_address", "qr_asset_path", "qr_svg",
           "slide_section_pages", "wants_slides"]
