"""Quality gates over the built HTML: alt text, heading order, meta descriptions, rel="noopener" on
external links. Each check is also shown to catch a small bad example."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT
from support.quality import heading_problems, images_without_alt, links_without_noopener, meta_description
from scripts.page_quality import add_noopener, describe
from scripts.site_config import load_config, site_url


@pytest.fixture(scope="session")
def every_html(built_site):
    """Every HTML file of the build (404.html too), parsed once."""
    return {p.relative_to(built_site).as_posix(): HTMLParser(p.read_text(encoding="utf-8"))
            for p in sorted(built_site.rglob("*.html"))}


# Gates over the whole site


def test_every_image_has_alt_text(every_html):
    problems = {rel: missing for rel, tree in every_html.items() if (missing := images_without_alt(tree))}
    assert not problems, f"Gambar tanpa teks alternatif (tulis ![keterangan](gambar.png)): {problems}"


def test_heading_levels_never_skip(every_html):
    problems = {rel: found for rel, tree in every_html.items() if (found := heading_problems(tree))}
    assert not problems, f"Tingkat judul melompat: {problems}"


def test_every_page_has_its_own_meta_description(every_html):
    fallback = " ".join(load_config(ROOT)["site_description"].split())
    problems = []
    for rel, tree in every_html.items():
        text = meta_description(tree)
        if not text:
            problems.append(f"{rel}: tidak ada meta description")
        elif len(text) > 200:
            problems.append(f"{rel}: meta description {len(text)} karakter (maks. 200)")
        elif rel not in ("index.html", "404.html") and " ".join(text.split()) == fallback:
            problems.append(f"{rel}: hanya deskripsi situs; tambahkan paragraf pembuka atau `description:` di front matter")
    assert not problems, "\n".join(problems)


def test_external_links_carry_noopener(every_html):
    base = site_url(ROOT)
    problems = {rel: missing for rel, tree in every_html.items() if (missing := links_without_noopener(tree, base))}
    assert not problems, f"Tautan keluar tanpa rel=\"noopener\": {problems}"
    # The repository link is on every page, so the hook is exercised even before content links exist.
    assert any(tree.css('a.md-source[rel~="noopener"]') for tree in every_html.values())


# The checks catch bad examples


def test_checks_catch_bad_markup():
    bad = HTMLParser(
        '<html><head><meta name="description" content=""></head><body>'
        '<h2>Mulai di h2</h2><h4>Lompat</h4><img src="a.png"><img src="b.png" alt=" ">'
        '<img src="c.png" alt="" aria-hidden="true"><a href="https://luar.test/">luar</a>'
        '<a href="https://kolaborasi.example.org/x/">dalam</a></body></html>'
    )
    assert images_without_alt(bad) == ["a.png", "b.png"]
    assert heading_problems(bad) == ["judul pertama adalah h2 ('Mulai di h2'), seharusnya h1",
                                     "h2 langsung ke h4 ('Lompat')"]
    assert links_without_noopener(bad, "https://kolaborasi.example.org/") == ["https://luar.test/"]
    assert meta_description(bad) == ""
    good = HTMLParser('<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2><img src="x" alt="Bagan">')
    assert heading_problems(good) == [] and images_without_alt(good) == []


# Pure functions of the hook


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<h1>Judul</h1><p>Kalimat <strong>pertama</strong>\n di sini.</p><p>Kedua.</p>", "Kalimat pertama di sini."),
        ('<div class="admonition"><p>Catatan</p></div><p>Isi &amp; makna.</p>', "Isi & makna."),
        ('<form><fieldset><p>Pertanyaan 1</p></fieldset></form>', "Pertanyaan 1"),
        ("<p> </p><p>Setelah paragraf kosong.</p>", "Setelah paragraf kosong."),
        ("<h1>Hanya judul</h1><ul><li>butir</li></ul>", ""),
    ],
)
def test_describe_takes_the_first_paragraph(html, expected):
    assert describe(html) == expected


def test_describe_cuts_long_text_at_a_word():
    text = describe("<p>" + "kolaborasi masyarakat " * 20 + "</p>", limit=50)
    assert text == "kolaborasi masyarakat kolaborasi masyarakat…"
    assert len(text) <= 50


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="https://luar.test/x">a</a>', '<a href="https://luar.test/x" rel="noopener">a</a>'),
        ('<a href="https://luar.test/" rel="nofollow">a</a>', '<a href="https://luar.test/" rel="nofollow noopener">a</a>'),
        ("<a href='http://luar.test/' REL='noopener'>a</a>", "<a href='http://luar.test/' REL='noopener'>a</a>"),
        ('<a class="x" href="https://kolaborasi.example.org/bab/">a</a>', '<a class="x" href="https://kolaborasi.example.org/bab/">a</a>'),
        ('<a href="../bab/#pengertian">a</a>', '<a href="../bab/#pengertian">a</a>'),
        ('<a href="mailto:tim@luar.test">a</a>', '<a href="mailto:tim@luar.test">a</a>'),
        ('<abbr title="x">OMS</abbr><a\nhref="//luar.test/">a</a>', '<abbr title="x">OMS</abbr><a\nhref="//luar.test/" rel="noopener">a</a>'),
    ],
)
def test_add_noopener(html, expected):
    assert add_noopener(html, "https://kolaborasi.example.org/") == expected
