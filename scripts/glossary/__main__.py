"""`python -m scripts.glossary check | write FOLDER`: check data/glosarium.yml, or write the glossary page
and the abbreviation list as Markdown files, without MkDocs."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable


from scripts import cli
from scripts.core.pages import front_matter_title, markdown_from_config, page_anchors
from scripts.core.data import DataError
from scripts.glossary.load import load_glossary
from scripts.glossary.marker import TermMarker
from scripts.glossary.model import DATA_PATH, GLOSSARY_SRC, ROOT, Glossary
from scripts.glossary.render import abbreviation_markdown, render_glossary


def collect_appearances(docs_dir: Path, glossary: Glossary, md_factory: Callable[[], Callable[[str], str]],
                        skip: Callable[[str], bool] = lambda src: False) -> dict[str, list[tuple[str, str]]]:
    """Entry id -> [(page title, src path)] by rendering every Markdown page under docs_dir."""
    marker = TermMarker(glossary)
    abbreviations = abbreviation_markdown(glossary)
    appearances: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        if src == GLOSSARY_SRC or skip(src):
            continue
        text = path.read_text(encoding="utf-8")
        _, body = front_matter_title(text)
        title = page_anchors(text)[0] or src
        html = md_factory()(body + "\n\n" + abbreviations)
        for entry_id in marker.mark(html, "", mark=False).mentioned:
            appearances.setdefault(entry_id, []).append((title, src))
    return appearances


def site_markdown(root: Path = ROOT) -> Callable[[], Callable[[str], str]]:
    """A factory of Markdown converters configured like the site (mkdocs.yml markdown_extensions)."""
    from scripts.site_config import load_config

    config = load_config(root)
    return lambda: markdown_from_config(config, raw_html=True)


def main(argv: list[str]) -> int:
    argv, options = cli.take_options(argv, {"--data": DATA_PATH, "--docs": ROOT / "docs"})

    def produce():
        started = time.perf_counter()
        glossary = load_glossary(Path(options["--data"]))

        def files():
            appearances = collect_appearances(Path(options["--docs"]), glossary, site_markdown(),
                                              skip=lambda src: src.startswith("kuis/"))
            return {GLOSSARY_SRC: render_glossary(glossary, appearances), "singkatan.md": abbreviation_markdown(glossary)}

        return files, (f"{glossary.path}: {len(glossary.entries)} entri, {len(glossary.abbreviations)} singkatan, "
                       f"tidak ada masalah ({time.perf_counter() - started:.2f} detik).")

    return cli.check_or_write(argv, "scripts.glossary", produce, DataError, options="[--data BERKAS] [--docs FOLDER] ")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
