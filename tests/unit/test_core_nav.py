"""The site's structure from mkdocs.yml's nav, read in one place (scripts/core/nav.py)."""

from __future__ import annotations

from scripts.core.nav import NavPage, in_nav_order, lesson_pages, nav_pages, slide_pages

NAV = [
    {"Beranda": "index.md"},
    {"Bab": [{"Satu": "satu.md"}, "dua.md"]},
    {"Contoh nyata": ["examples/index.md", {"Kasus": "examples/kasus.md"}, {"Lagi": [{"Y": "examples/y.md"}]}]},
    {"Untuk pelatih": [{"Panduan": "pelatih/index.md"}]},
    {"Luar": "https://contoh.test/"},
    {"Lagi beranda": "index.md"},
]


def test_every_page_once_in_order_with_its_title_and_section():
    assert nav_pages(NAV) == [
        NavPage("index.md", "Beranda", None),
        NavPage("satu.md", "Satu", "Bab"),
        NavPage("dua.md", "dua.md", "Bab"),  # a bare page keeps its path
        NavPage("examples/index.md", "Contoh nyata", "Contoh nyata"),  # a bare overview takes its section's title
        NavPage("examples/kasus.md", "Kasus", "Contoh nyata"),
        NavPage("examples/y.md", "Y", "Contoh nyata"),  # nested: still under its top-level section
        NavPage("pelatih/index.md", "Panduan", "Untuk pelatih"),
    ]


def test_lessons_leave_out_overviews_and_slides_keep_them():
    assert [page.src for page in lesson_pages(NAV)] == ["satu.md", "dua.md", "examples/kasus.md", "examples/y.md"]
    assert slide_pages(NAV) == ["satu.md", "dua.md", "examples/index.md", "examples/kasus.md", "examples/y.md"]


def test_no_nav_means_no_pages():
    assert nav_pages(None) == [] and lesson_pages([]) == [] and slide_pages(None) == []


def test_in_nav_order_puts_nav_pages_first_and_keeps_the_rest_as_given():
    assert in_nav_order(["z.md", "satu.md", "a.md", "index.md"], NAV) == ["index.md", "satu.md", "z.md", "a.md"]
    assert in_nav_order(["b.md", "a.md"], None) == ["b.md", "a.md"]
