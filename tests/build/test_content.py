"""Content rules from STYLE.md, checked on the built HTML.

- Every lesson page (nav sections "Bab" and "Contoh nyata", minus section overview pages) carries the h2s
  Tujuan belajar, Poin kunci, Pertanyaan diskusi and Sumber, with their fixed ids, and its own description.
- Every page that states a figure cites at least one outside source in its Sumber section.
- "kerjasama" (one word) never appears; the standard spelling is "kerja sama".
- Each seed topic has its page in the navigation.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT
from scripts.core.nav import lesson_pages, nav_pages
from scripts.site_config import load_config

# Data

REQUIRED_SECTIONS = {
    "tujuan-belajar": "Tujuan belajar",
    "poin-kunci": "Poin kunci",
    "pertanyaan-diskusi": "Pertanyaan diskusi",
    "sumber": "Sumber",
}
# Topics of the seed article -> (nav section, page). Example pages join this table when they land.
SEED_TOPICS = {
    "pengertian kolaborasi": ("Bab", "apa-itu-kolaborasi.md"),
    "kunci keberhasilan": ("Bab", "kunci-keberhasilan.md"),
    "tujuan kolaborasi": ("Bab", "tujuan-kolaborasi.md"),
    "YKP dan USAID MADANI": ("Contoh nyata", "examples/ykp-madani.md"),
    "ICW dan jurnalis": ("Contoh nyata", "examples/icw-jurnalis.md"),
    "Marketeers, Detikcom, Biteship": ("Contoh nyata", "examples/pandangan-media.md"),
}


# Navigation


def built_path(md_path: str, use_directory_urls: bool = True) -> str:
    """Where MkDocs writes a page: a/b.md -> a/b/index.html, a/index.md -> a/index.html."""
    stem = md_path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + ("/index.html" if use_directory_urls else ".html")


CONFIG = load_config(ROOT)
LESSONS = [page.src for page in lesson_pages(CONFIG.get("nav"))]


def _built(md_path: str) -> str:
    return built_path(md_path, CONFIG.get("use_directory_urls", True))


# Pure checks


def _article(tree):
    return tree.css_first("article") or tree.body


def _heading_text(node) -> str:
    """Heading text without Material's permalink mark."""
    return re.sub(r"\s+", " ", node.text(deep=True)).replace("¶", "").strip()


def h2_sections(html: str) -> dict[str, str]:
    """id -> text of every h2 in the page's article."""
    article = _article(HTMLParser(html))
    return {h2.attributes.get("id") or "": _heading_text(h2) for h2 in article.css("h2")}


def missing_sections(html: str) -> list[str]:
    """Required sections absent from the page, as "id (Teks)"; wrong text or id counts as absent."""
    found = h2_sections(html)
    return [f"{key} ({text})" for key, text in REQUIRED_SECTIONS.items() if found.get(key) != text]


def description(html: str) -> str:
    node = HTMLParser(html).css_first('meta[name="description"]')
    return (node.attributes.get("content") or "").strip() if node else ""


def _is_external(href: str | None) -> bool:
    parsed = urlparse(href or "")
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def _sumber_nodes(article):
    """The nodes after h2#sumber up to the next h2."""
    heading = article.css_first("h2#sumber")
    nodes = []
    node = heading.next if heading else None
    while node is not None and node.tag != "h2":
        nodes.append(node)
        node = node.next
    return nodes


def sumber_links(html: str) -> list[str]:
    """External links in the page's Sumber section."""
    links = []
    for node in _sumber_nodes(_article(HTMLParser(html))):
        if node.tag == "a" and _is_external(node.attributes.get("href")):
            links.append(node.attributes["href"])
        if node.tag != "-text":
            links += [a.attributes["href"] for a in node.css("a[href]") if _is_external(a.attributes.get("href"))]
    return links


# A figure: a percentage, an amount in rupiah, a thousands-grouped number, or any number of 10 or more
# (which covers years). Small counts ("tiga bab", "4.0") are not figures.
_NUMBER = re.compile(r"(?<![\w])(Rp\s?)?(\d+(?:[.,]\d+)*)(\s?%|\s?persen\b)?", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_BLOCKS = ("p", "li", "td", "th", "dd", "dt", "figcaption", "blockquote")


def figures(text: str) -> list[str]:
    found = []
    for match in _NUMBER.finditer(text):
        rupiah, number, percent = match.groups()
        whole = int(re.split(r"[.,]", number)[0])
        if rupiah or percent or _THOUSANDS.fullmatch(number) or whole >= 10:
            found.append(match.group(0).strip())
    return found


def unsourced_figures(html: str) -> list[str]:
    """Figures in the main text that need the Sumber section.

    Headings, code, the Sumber section itself and page furniture don't count, and neither does a figure
    whose own paragraph, list item or table cell carries an outside link (it is sourced on the spot).
    """
    article = _article(HTMLParser(html))
    for node in _sumber_nodes(article):
        node.decompose()
    for link in article.css("a[href]"):
        if not _is_external(link.attributes.get("href")):
            continue
        block = link.parent
        while block is not None and block.tag not in _BLOCKS and block is not article:
            block = block.parent
        if block is not None and block is not article and block.parent is not None:
            block.decompose()
    # .glossary-defs: the hidden glossary definitions behind marked terms; the glossary page cites them.
    for node in article.css("h1, h2, h3, h4, h5, h6, pre, code, script, style, .md-source-file, .headerlink, "
                            ".glossary-defs"):
        node.decompose()
    return figures(article.text(separator=" "))


def page_text(html: str) -> str:
    tree = HTMLParser(html)
    for node in tree.css("script, style"):
        node.decompose()
    return tree.body.text(separator=" ") if tree.body else ""


# Unit tests of the checks

PAGE = """<html><head><meta name="description" content="Halaman uji."></head><body><article>
<h1>Judul 2024</h1>
<h2 id="tujuan-belajar">Tujuan belajar<a class="headerlink" href="#tujuan-belajar">¶</a></h2><p>Tiga hal.</p>
<h2 id="poin-kunci">Poin kunci<a class="headerlink" href="#poin-kunci">¶</a></h2><ul><li>Satu.</li></ul>
<h2 id="pertanyaan-diskusi">Pertanyaan diskusi</h2><ol><li>Apa?</li></ol>
<h2 id="sumber">Sumber</h2><ul><li><a href="https://contoh.test/a">Artikel</a>, 2023.</li></ul>
</article></body></html>"""


def test_complete_page_passes_every_check():
    assert missing_sections(PAGE) == []
    assert description(PAGE) == "Halaman uji."
    assert sumber_links(PAGE) == ["https://contoh.test/a"]
    assert unsourced_figures(PAGE) == []  # 2024 sits in a heading, 2023 in Sumber


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ('<h2 id="poin-kunci">Poin kunci<a class="headerlink" href="#poin-kunci">¶</a></h2>', "", ["poin-kunci (Poin kunci)"]),
        ('<h2 id="sumber">Sumber</h2>', '<h2 id="bacaan">Sumber</h2>', ["sumber (Sumber)"]),
        ('<h2 id="pertanyaan-diskusi">Pertanyaan diskusi</h2>', '<h3 id="pertanyaan-diskusi">Pertanyaan diskusi</h3>',
         ["pertanyaan-diskusi (Pertanyaan diskusi)"]),
        ("Tujuan belajar<a", "Tujuan<a", ["tujuan-belajar (Tujuan belajar)"]),
    ],
)
def test_missing_or_renamed_section_is_reported(old, new, expected):
    assert old in PAGE
    assert missing_sections(PAGE.replace(old, new)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tiga bab dan 4 contoh, lisensi CC BY 4.0.", []),
        ("Diluncurkan pada 2017 oleh 10 media.", ["2017", "10"]),
        ("Anggaran Rp 6,5 miliar dan Rp200 juta.", ["Rp 6,5", "Rp200"]),
        ("Naik 5% atau 2 persen.", ["5%", "2 persen"]),
        ("Per 1.000 kelahiran hidup.", ["1.000"]),
        ("Kata H2O dan kode A1B2 bukan angka.", []),
    ],
)
def test_figures(text, expected):
    assert figures(text) == expected


def test_figure_needs_a_source_unless_its_own_block_links_one():
    body = '<p>Ada 32 mitra utama.</p><p>Pada 2019 <a href="https://contoh.test/x">menurut ICW</a>.</p>'
    page = f"<html><body><article><h1>Uji</h1>{body}</article></body></html>"
    assert unsourced_figures(page) == ["32"]
    local = page.replace("https://contoh.test/x", "../lain/")
    assert unsourced_figures(local) == ["32", "2019"]
    assert sumber_links(page) == []


def test_sumber_links_stop_at_next_section():
    page = PAGE.replace("</article>", '<h2 id="lain">Lain</h2><p><a href="https://lain.test/">x</a></p></article>')
    assert sumber_links(page) == ["https://contoh.test/a"]
    without = PAGE.replace('<a href="https://contoh.test/a">Artikel</a>', "Artikel")
    assert sumber_links(without) == []


def test_nav_helpers():
    config = {
        "nav": [
            {"Beranda": "index.md"},
            {"Bab": [{"A": "a.md"}, "b.md"]},
            {"Contoh nyata": ["examples/index.md", {"X": "examples/x.md"}, {"Lagi": [{"Y": "examples/y.md"}]}]},
            {"Tentang": "tentang.md"},
        ]
    }
    assert [page.src for page in lesson_pages(config["nav"])] == ["a.md", "b.md", "examples/x.md", "examples/y.md"]
    assert built_path("a.md") == "a/index.html"
    assert built_path("examples/index.md") == "examples/index.html"
    assert built_path("index.md") == "index.html"


# The real site


def test_seed_topics_have_their_pages(html_pages):
    sections = {page.src: page.section for page in nav_pages(CONFIG.get("nav"))}
    for topic, (section, page) in SEED_TOPICS.items():
        assert sections.get(page) == section, f"topik “{topic}”: {page} tidak ada di bagian nav “{section}”"
        assert _built(page) in html_pages, f"topik “{topic}”: {page} tidak terbangun"


def test_there_are_lessons_to_check():
    assert len(LESSONS) >= len(SEED_TOPICS), LESSONS


@pytest.mark.parametrize("md_path", LESSONS)
def test_lesson_has_required_sections(md_path, html_pages):
    html = html_pages[_built(md_path)].read_text(encoding="utf-8")
    assert missing_sections(html) == [], f"{md_path}: bagian wajib tidak ada"


@pytest.mark.parametrize("md_path", LESSONS)
def test_lesson_has_its_own_description(md_path, html_pages):
    html = html_pages[_built(md_path)].read_text(encoding="utf-8")
    text = description(html)
    site_description = " ".join((CONFIG.get("site_description") or "").split())
    assert text and " ".join(text.split()) != site_description, (
        f"{md_path}: tambahkan `description:` di front matter (dipakai sebagai meta description)"
    )


def test_removing_a_heading_from_a_built_chapter_is_caught(html_pages):
    """The check works on real Material markup, not only on the hand-written sample above."""
    html = html_pages[_built(LESSONS[0])].read_text(encoding="utf-8")
    tree = HTMLParser(html)
    tree.css_first("h2#pertanyaan-diskusi").decompose()
    assert missing_sections(tree.html) == ["pertanyaan-diskusi (Pertanyaan diskusi)"]


# Pages whose numbers are not factual claims, each with its reason.
FIGURES_EXEMPT = {
    "pelatih/index.html": "durasi sesi dan ukuran layar adalah saran praktis, bukan klaim fakta",
    "sumber/index.html": "halaman ini adalah daftar sumber itu sendiri; setiap entri membawa tautannya",
    "examples/index.html": (
        "tabel perbandingan merangkum halaman contoh; setiap halaman contoh membawa sumbernya "
        "(dijaga test_examples.py)"
    ),
    "kuis/index.html": "jumlah pertanyaan kuis, bukan klaim fakta",
    "kuis/kemajuan/index.html": "jumlah pertanyaan kuis, bukan klaim fakta",
    **{f"kuis/{quiz}/index.html": "angka di kuis diulang dari bab; setiap pertanyaan menautkan bagian bab yang "
       "memuat sumbernya (diuji di test_quiz_build)" for quiz in ("definisi", "kunci-keberhasilan", "tujuan",
                                                                 "contoh", "akhir")},
    "cek/index.html": "nomor pernyataan, skala 1 sampai 4, dan batas penilaian sebuah alat diskusi, bukan klaim fakta",
    "cek/tim/index.html": "nomor dan hitungan jawaban tim, bukan klaim fakta",
    "pelatih/jadwal/index.html": "menit yang disarankan per halaman (front matter `waktu`), bukan klaim fakta",
    "pelatih/kartu-peran/index.html": "nomor kartu dan menit membaca adalah petunjuk kegiatan, bukan klaim fakta",
    "pelatih/lembar-lokakarya/index.html": "nomor soal dan bagian lembar kerja, bukan klaim fakta; soal cek diambil "
    "dari bank kuis yang menautkan sumbernya",
}


# Generated handouts repeat chapter text and quiz questions whose sources stand on those pages.
FIGURES_EXEMPT_PREFIXES = ("handout/",)


def test_pages_with_figures_cite_a_source(html_pages):
    problems = []
    for rel, path in html_pages.items():
        if rel in FIGURES_EXEMPT or rel.startswith(FIGURES_EXEMPT_PREFIXES):
            continue
        html = path.read_text(encoding="utf-8")
        found = unsourced_figures(html)
        if found and not sumber_links(html):
            problems.append(f"{rel}: angka {found[:5]} tanpa tautan sumber di bagian “Sumber”")
    assert not problems, "\n".join(problems)


def test_real_chapter_figures_are_detected(html_pages):
    """Guards the figure check against silently finding nothing on real pages."""
    html = html_pages[_built("tujuan-kolaborasi.md")].read_text(encoding="utf-8")
    assert "17" in unsourced_figures(html) and sumber_links(html)


def test_kerja_sama_is_two_words(html_pages):
    offenders = [rel for rel, path in html_pages.items()
                 if "kerjasama" in page_text(path.read_text(encoding="utf-8")).lower()]
    assert not offenders, f"Tulis “kerja sama” (dua kata): {offenders}"
