"""Every page says where to fix it and when it last changed (issue: contributor workflow)."""

from __future__ import annotations

import subprocess
from datetime import datetime, timezone

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT

EDIT_PREFIX = "/edit/main/"
# Built from several files at once: no single file to edit.
NO_SINGLE_SOURCE = {"kuis/index.html", "kuis/kemajuan/index.html", "pelatih/jadwal/index.html",
                    "handout/index.html"}
DATE = ".md-source-file .kol-diperbarui time"


def markdown_source(rel: str) -> str | None:
    """docs/ file a built page comes from, if one exists (index.html -> page.md or page/index.md)."""
    folder = rel[: -len("index.html")].rstrip("/")
    candidates = [f"docs/{folder}/index.md" if folder else "docs/index.md"]
    if folder:
        candidates.insert(0, f"docs/{folder}.md")
    return next((c for c in candidates if (ROOT / c).is_file()), None)


def edit_target(tree) -> str | None:
    button = tree.css_first("a.md-content__button[rel~=edit]") or tree.css_first("a.md-content__button")
    if button is None:
        return None
    href = button.attributes["href"]
    assert EDIT_PREFIX in href, href
    return href.split(EDIT_PREFIX, 1)[1]


def git_time(path: str) -> datetime:
    out = subprocess.run(["git", "log", "-1", "--format=%ct", "--", path], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.strip()
    return datetime.fromtimestamp(int(out), tz=timezone.utc)


def test_each_page_edits_its_one_source_or_shows_no_edit_link(html_pages):
    seen_generated = 0
    for rel, path in html_pages.items():
        target = edit_target(HTMLParser(path.read_text(encoding="utf-8")))
        source = markdown_source(rel)
        if source is not None:
            assert target == source, f"{rel}: tombol sunting menuju {target}, seharusnya {source}"
        elif rel in NO_SINGLE_SOURCE:
            assert target is None, f"{rel}: dibuat dari banyak berkas, tetapi punya tombol sunting ke {target}"
        elif rel.startswith("handout/"):
            # A worksheet built from its page alone edits that page; one with a quiz too has no single source.
            assert target is None or (ROOT / target).is_file(), f"{rel}: {target} tidak ada"
        else:
            seen_generated += 1
            assert target is not None, f"{rel}: halaman hasil generator tanpa tombol sunting"
            assert target.startswith("data/") and (ROOT / target).is_file(), f"{rel}: {target} tidak ada"
    assert seen_generated >= 6, "halaman glosarium dan kuis seharusnya menyunting berkas datanya"


def test_generated_pages_show_their_data_files_git_date(html_pages):
    pairs = {"index.html": ["docs/index.md"],
             "glosarium/index.html": ["data/glosarium.yml"],
             "kuis/definisi/index.html": ["data/kuis/definisi.yml"],
             "kuis/index.html": [str(p.relative_to(ROOT)) for p in sorted((ROOT / "data/kuis").glob("*.yml"))]}
    for rel, sources in pairs.items():
        time = HTMLParser(html_pages[rel].read_text(encoding="utf-8")).css_first(DATE)
        assert time is not None, f"{rel}: tanggal pembaruan tidak tampil"
        expected = max(git_time(s) for s in sources)
        assert time.attributes["datetime"] == f"{expected:%Y-%m-%dT%H:%M:%SZ}", (rel, sources)
        months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                  "Oktober", "November", "Desember"]
        assert time.text() == f"{expected.day} {months[expected.month - 1]} {expected.year}"
        assert time.parent.text().startswith("Diperbarui ")
