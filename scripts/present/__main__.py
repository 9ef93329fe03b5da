"""CLI: `python -m scripts.present check` checks that every slide page in mkdocs.yml's nav can get its QR code (a
public site_url); `write DIR` writes those QR files into DIR (for a build without MkDocs)."""

from __future__ import annotations

import sys
from pathlib import Path

from scripts import cli
from scripts.present.qr import qr_address, qr_asset_path, qr_svg
from scripts.present.slides import page_url, slide_section_pages

ROOT = Path(__file__).resolve().parents[2]


class PresentError(Exception):
    """Nothing to make the QR codes from; the message names the setting to fix."""


def main(argv: list[str]) -> int:
    def produce():
        from scripts.site_config import load_config

        config = load_config(ROOT)
        directory_urls = config.get("use_directory_urls", True)
        urls = [page_url(src, directory_urls) for src in slide_section_pages(config.get("nav") or [])]
        addresses = {url: qr_address(config.get("site_url"), url) for url in urls}
        if None in addresses.values():
            raise PresentError("mkdocs.yml: site_url kosong atau alamat contoh; kode QR butuh alamat publik situs. "
                               "Isi SITE_URL.")

        def files():
            return {qr_asset_path(url): qr_svg(address) for url, address in addresses.items()}
        return files, f"Salindia: {len(urls)} halaman, kode QR untuk {config.get('site_url')}."
    return cli.check_or_write(argv, "scripts.present", produce, PresentError)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
