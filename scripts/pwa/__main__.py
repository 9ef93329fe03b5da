"""CLI: `python -m scripts.pwa check SITE` says what a built site offers for offline reading; `write SITE` adds
the web app manifest, icons, file list and service worker to it. The same as the hook after `mkdocs build`,
for a site built by another engine (the folder is both input and output, so it takes no other FOLDER)."""

from __future__ import annotations

import sys
from pathlib import Path

from scripts import pwa
from scripts.search_words import LANGS
from scripts.site_config import load_config

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str], root: Path = ROOT) -> int:
    if len(argv) != 2 or argv[0] not in ("check", "write"):
        print("Pemakaian: python -m scripts.pwa check | write FOLDER_SITUS", file=sys.stderr)
        return 2
    site = Path(argv[1])
    if not (site / "index.html").is_file():
        print(f"{site}/index.html tidak ada: bangun situsnya dulu (make build), lalu beri folder hasilnya.",
              file=sys.stderr)
        return 1
    if argv[0] == "check":
        entries = pwa.file_list(site, LANGS)
    else:
        config = load_config(root)
        name, description = config["site_name"], config.get("site_description") or config["site_name"]
        entries = pwa.write_all(site, name=name, short_name=name, description=description.strip(), search_langs=LANGS)
    megabytes = f"{sum(size for _, size in entries.values()) / 1048576:.1f}".replace(".", ",")
    if argv[0] == "check":
        print(f"Baca luring: {len(entries)} berkas ({megabytes} MB) dapat disimpan pembaca.")
    else:
        print(f"Baca luring: manifest, ikon, daftar {len(entries)} berkas ({megabytes} MB) dan sw.js ditulis ke {site}/.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
