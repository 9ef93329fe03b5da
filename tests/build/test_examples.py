"""The "Contoh nyata" section: overview table, shared headings, sources and the seed's wrong program name."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urljoin, urlparse

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT
from scripts.site_config import load_config

OVERVIEW = "examples/index.md"
SOURCES_PAGE = "sumber.md"
# The shared outline (BRIEF.md): every example page has exactly these h2 ids, in this order.
EXAMPLE_H2_IDS = [
    "tujuan-belajar",
    "konteks",
    "siapa-dengan-siapa",
    "cara-bekerja",
    "hasil",
    "prinsip",
    "batas-dan-pertanyaan",
    "poin-kunci",
    "pertanyaan-diskusi",
    "sumber",
]
# Each example named in the seed article must have a page whose title names it.
SEED_ITEMS = ["YKP", "ICW", "IndonesiaLeaks", "Marketeers", "Detikcom", "Biteship"]
WRONG_PROGRAM_NAME = "kesehatan ibu dan anak madani"
# Words that mark a sentence as the seed's own wording (pages call the seed "artikel sumber" or "artikel asal").
SEED_MARKERS = ("artikel sumber", "artikel asal")
BLOCKS = "p, li, td, th, dt, dd, h1, h2, h3, h4, h5, h6, figcaption, summary"


# Helpers


def _nav_pages(entry) -> list[str]:
    """Markdown paths of a nav entry (a path, a {title: path} or {title: [..]})."""
    if isinstance(entry, str):
        return [entry]
    if isinstance(entry, dict):
        return [page for value in entry.values() for page in _nav_pages(value)]
    if isinstance(entry, list):
        return [page for item in entry for page in _nav_pages(item)]
    return []


def example_section() -> list[str]:
    """The pages of the nav section that starts with the overview page, in nav order."""
    for entry in load_config(ROOT)["nav"]:
        if isinstance(entry, dict):
            for children in entry.values():
                pages = _nav_pages(children)
                if isinstance(children, list) and pages and pages[0] == OVERVIEW:
                    return pages
    pytest.fail(f"mkdocs.yml: tidak ada bagian nav yang diawali {OVERVIEW}")


def md_to_html(md: str) -> str:
    """Built file of a page (use_directory_urls): a/b.md -> a/b/index.html, a/index.md -> a/index.html."""
    stem = md[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + "/index.html"


def html_to_url(rel: str) -> str:
    """Site-relative URL of a built file: a/b/index.html -> a/b/."""
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def content(html_pages, rel: str):
    """The article of a built page."""
    assert rel in html_pages, f"halaman {rel} tidak ada di hasil build"
    tree = HTMLParser(html_pages[rel].read_text(encoding="utf-8"))
    article = tree.css_first("article.md-content__inner")
    assert article is not None, f"{rel}: tidak ada <article class='md-content__inner'>"
    return article


def h2_ids(article) -> list[str]:
    return [node.attributes.get("id") for node in article.css("h2")]


def section_nodes(article, section_id: str) -> list:
    """Element nodes between <h2 id=section_id> and the next h2."""
    heading = article.css_first(f"h2#{section_id}")
    if heading is None:
        return []
    nodes, node = [], heading.next
    while node is not None and node.tag != "h2":
        if node.tag not in ("-text", "_text", "-comment", "_comment"):
            nodes.append(node)
        node = node.next
    return nodes


def external_links(nodes) -> list[str]:
    links = []
    for node in nodes:
        anchors = [node] if node.tag == "a" else []
        anchors += node.css("a[href]")
        for anchor in anchors:
            href = anchor.attributes.get("href") or ""
            if urlparse(href).scheme in ("http", "https"):
                links.append(href)
    return links


def normalized(text: str) -> str:
    return " ".join(text.split()).lower()


# Overview table


def test_overview_is_first_and_examples_follow():
    pages = example_section()
    assert pages[0] == OVERVIEW
    assert len(pages) >= 2, "bagian Contoh nyata tidak memuat halaman contoh"
    for page in pages:
        assert (ROOT / "docs" / page).is_file(), f"mkdocs.yml menyebut {page}, tetapi berkasnya tidak ada"


def test_overview_table_links_exactly_the_example_pages(html_pages):
    examples = example_section()[1:]
    overview_rel = md_to_html(OVERVIEW)
    article = content(html_pages, overview_rel)
    tables = [table for node in section_nodes(article, "perbandingan")
              for table in ([node] if node.tag == "table" else node.css("table"))]
    assert tables, f"{OVERVIEW}: tidak ada tabel di bawah ## Perbandingan {{#perbandingan}}"
    base = "/" + html_to_url(overview_rel)
    linked = set()
    for table in tables:
        for anchor in table.css("a[href]"):
            href = anchor.attributes["href"]
            if urlparse(href).scheme:
                continue
            target = posixpath.normpath(urljoin(base, href.split("#")[0])).lstrip("/")
            if target.startswith("glosarium"):
                continue  # term marks the glossary hook adds to every page
            linked.add(target.rstrip("/") + "/")
    expected = {html_to_url(md_to_html(md)) for md in examples}
    missing = sorted(expected - linked)
    extra = sorted(linked - expected)
    assert not missing, f"{OVERVIEW}: tabel perbandingan belum menautkan {missing}"
    assert not extra, f"{OVERVIEW}: tabel perbandingan menautkan halaman di luar bagian Contoh nyata: {extra}"


def test_overview_has_only_the_outline_heading(html_pages):
    # "uji-pemahaman" is the quiz link the quiz hook appends to every page that has a quiz.
    assert [i for i in h2_ids(content(html_pages, md_to_html(OVERVIEW))) if i != "uji-pemahaman"] == ["perbandingan"]


# Example pages


def test_every_example_page_has_the_shared_headings(html_pages):
    for md in example_section()[1:]:
        ids = h2_ids(content(html_pages, md_to_html(md)))
        assert ids == EXAMPLE_H2_IDS, f"{md}: judul h2 {ids}, seharusnya {EXAMPLE_H2_IDS}"


def test_every_seed_item_has_an_example_page(html_pages):
    titles = {md: content(html_pages, md_to_html(md)).css_first("h1").text() for md in example_section()[1:]}
    for item in SEED_ITEMS:
        assert any(item.lower() in title.lower() for title in titles.values()), (
            f"contoh '{item}' dari artikel sumber belum punya halaman di Contoh nyata (judul: {sorted(titles.values())})"
        )


# Sources


def test_sources_page_lists_every_cited_link(html_pages):
    sources_rel = md_to_html(SOURCES_PAGE)
    listed = set(external_links([content(html_pages, sources_rel)]))
    assert listed, f"{SOURCES_PAGE}: tidak ada tautan luar"
    checked = 0
    for rel in html_pages:
        # The glossary lists its own dictionary and legal sources in its own Sumber section.
        if rel == sources_rel or rel.startswith(("assets/", "search/", "glosarium/")):
            continue
        tree = HTMLParser(html_pages[rel].read_text(encoding="utf-8"))
        article = tree.css_first("article.md-content__inner")
        if article is None:
            continue
        for href in external_links(section_nodes(article, "sumber")):
            checked += 1
            assert href in listed, f"{rel}: sumber {href} belum tercantum di {SOURCES_PAGE}"
    for md in example_section()[1:]:
        links = external_links(section_nodes(content(html_pages, md_to_html(md)), "sumber"))
        assert links, f"{md}: bagian Sumber tidak memuat satu pun tautan"
    assert checked > 0


# The seed's wrong program name


def test_wrong_program_name_appears_only_as_the_seeds_wording(html_pages):
    """The seed calls MADANI "Kesehatan Ibu dan Anak MADANI"; the real name is USAID MADANI.

    Rule: the phrase may appear only inside a <blockquote>, or in a block (paragraph, list item,
    table cell, heading) that itself says "artikel sumber" or "artikel asal", so the reader sees it is
    the seed's wording. The innermost block holding the phrase is the one judged.
    """
    offenders = []
    for rel, path in html_pages.items():
        # Quizzes (and their printed worksheets) offer the seed's name as a wrong option on purpose.
        if rel.startswith(("assets/", "search/", "kuis/", "handout/")):
            continue
        tree = HTMLParser(path.read_text(encoding="utf-8"))
        article = tree.css_first("article.md-content__inner")
        if article is None:
            continue
        for quote in article.css("blockquote"):
            quote.decompose()
        for block in article.css(BLOCKS):
            text = normalized(block.text())
            if WRONG_PROGRAM_NAME not in text:
                continue
            inner_blocks = [inner for inner in block.css(BLOCKS) if inner.mem_id != block.mem_id]
            if any(WRONG_PROGRAM_NAME in normalized(inner.text()) for inner in inner_blocks):
                continue  # judge the innermost block that holds the phrase (css() includes the node itself)
            if not any(marker in text for marker in SEED_MARKERS):
                offenders.append(f"{rel}: \u201c{' '.join(block.text().split())[:120]}\u201d")
    assert not offenders, (
        "Nama program yang keliru muncul sebagai klaim. Tempatkan di dalam kutipan (>) atau tandai sebagai "
        "tulisan artikel sumber:\n" + "\n".join(offenders)
    )


def test_the_real_program_name_is_used(html_pages):
    text = normalized(content(html_pages, md_to_html("examples/ykp-madani.md")).text())
    assert "usaid madani" in text and "prakarsa dukungan masyarakat sipil" in text
    assert re.search(r"2019\s*[–-]\s*2024", text)
