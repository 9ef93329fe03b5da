"""CLI: `python -m scripts.cek check` validates data/cek.yml; `write DIR` writes its pages as Markdown."""

from __future__ import annotations

import sys
from pathlib import Path

from scripts import cek, cli
from scripts.core import pages as site
from scripts.core.data import DataError
from scripts.site_config import load_config

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str], root: Path | None = None) -> int:
    root = cli.project(argv, root, ROOT, cek.DATA, f"Tidak ada {cek.DATA.as_posix()} untuk diperiksa.")
    if root is None:
        return 0

    def produce():
        config = load_config(root)
        check = cek.load(root / cek.DATA, cek.DATA.as_posix())
        pages = site.pages_from_docs(root / config.get("docs_dir", "docs"))
        cek.validate_links(check, pages)
        to_html = site.markdown_from_config(config, without=("pymdownx.snippets",))
        written = cek.all_pages(check, to_html, site.link_resolver(pages, site.relative_href))
        return written, (f"{cek.DATA.as_posix()}: valid, {len(check.keys)} kunci, "
                         f"{len(check.statements)} pernyataan.")
    return cli.check_or_write(argv, "scripts.cek", produce, DataError)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
