"""Indonesian search in the real search box, on a fixture copy of the site with small pages.

The fixture pages (tests/fixtures/search_site) stand in for the real chapters: the words a student
types (berkolaborasi, kemitraan, pembangunan, transparan) appear there only in other forms, so a
search without the Indonesian stemmer would miss them. The named queries against the real pages
live in benchmarks/search_queries.yml (make bench).
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from support.browser import PHONE, follow_instantly, goto_instant
from support.site import run_mkdocs_build, serve
from benchmarks.search_box import meta_text, result_paths, search
from support.search import fixture_project

pytestmark = pytest.mark.browser

PUBLIC_URL = "https://kolaborasi.example.org/"


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("search-fixture")
    project = fixture_project(tmp / "proyek")
    site = tmp / "site"
    result = run_mkdocs_build(project, site, {"SITE_URL": PUBLIC_URL})
    if result.returncode != 0:
        pytest.fail(f"build situs uji pencarian gagal:\n{result.stdout}\n{result.stderr}")
    return site


@pytest.fixture(scope="module")
def server(fixture_site):
    """Overrides conftest's server for this module: the fixture site."""
    with serve(fixture_site, public_url=PUBLIC_URL) as base:
        yield base


@pytest.mark.parametrize(
    "query, expected",
    [
        ("berkolaborasi", "apa-itu-kolaborasi/"),  # ber- + kolaborasi
        ("kemitraan", "examples/ykp-madani/"),  # ke-...-an; the page says "bermitra", "mitra"
        ("pembangunan", "tujuan-kolaborasi/"),  # peN-...-an; the page says "membangun"
        ("transparan", "kunci-keberhasilan/"),  # the page says "transparansi"
        ("kerja sama", "apa-itu-kolaborasi/"),
        ("bekerja sama", "apa-itu-kolaborasi/"),
        ("Berkolaborasi", "apa-itu-kolaborasi/"),
        ("memandirikan", "tujuan-kolaborasi/"),  # meN- + m-root (mandiri), which Snowball reads as a dropped p
    ],
)
def test_affixed_forms_find_the_page(page, server, query, expected):
    page.goto(server)
    paths = search(page, query)
    assert expected in paths[:5], f"{query!r}: {paths}"
    first = page.locator(".md-search-result__list > .md-search-result__item").nth(paths.index(expected))
    assert first.locator("mark").count() > 0, "kata yang cocok tidak disorot"


def test_stemmed_query_is_not_reported_missing(page, server):
    """Material strikes out query words it could not match; a stemmed word did match."""
    page.goto(server)
    search(page, "berkolaborasi")
    assert page.locator(".md-search-result__item").first.is_visible()
    assert page.locator(".md-search-result del, .md-search-result s").count() == 0


def test_result_link_highlights_the_stem_on_the_page(page, server):
    page.goto(server)
    search(page, "berkolaborasi")
    page.locator(".md-search-result__list > .md-search-result__item > a").first.click()
    page.wait_for_url("**/apa-itu-kolaborasi/**")
    marks = page.locator(".md-content mark")
    marks.first.wait_for()
    assert "kolaborasi" in [text.lower() for text in marks.all_inner_texts()]


def test_suggestion_completes_a_started_word(page, server):
    page.goto(server)
    search(page, "kolab")
    suggest = page.locator(".md-search__suggest")
    page.wait_for_function("() => document.querySelector('.md-search__suggest')?.textContent.length > 5")
    assert suggest.inner_text().strip() == "kolaborasi"


def test_stop_words_alone_find_nothing_and_do_not_break_search(page, server):
    page.goto(server)
    assert search(page, "yang dan") == []
    assert meta_text(page) == "Tidak ada dokumen yang sesuai"
    assert "apa-itu-kolaborasi/" in search(page, "yang berkolaborasi")


def test_unknown_word_shows_indonesian_no_results(page, server):
    page.goto(server)
    box = page.locator(".md-search__input")
    assert box.get_attribute("placeholder") == "Cari"
    box.click()
    # Said in Indonesian while the index loads and once it is ready (the line is blank while the dialog
    # fades in, so wait for words first).
    page.wait_for_function("() => /\\S/.test(document.querySelector('.md-search-result__meta')?.innerText || '')")
    assert meta_text(page) in ("Ketik untuk mulai pencarian", "Mempersiapkan pencarian")
    assert search(page, "zzqxw") == []
    assert meta_text(page) == "Tidak ada dokumen yang sesuai"


def test_search_works_after_instant_navigation(make_page, server):
    page = make_page(viewport=PHONE)
    goto_instant(page, server)
    follow_instantly(page, "kunci-keberhasilan", "Kunci keberhasilan")
    page.locator("label.md-header__button[for='__search']").click()  # the phone's search button
    assert "tujuan-kolaborasi/" in search(page, "pembangunan")
    assert page.evaluate("window.__marker") == "masih-di-sini"


def test_results_change_with_the_query(page, server):
    page.goto(server)
    assert search(page, "transparan") == ["kunci-keberhasilan/"]
    assert "kunci-keberhasilan/" not in search(page, "kemitraan")
    # The page that uses the word, and the section that teaches kerja sama (glossary variant "kemitraan").
    assert sorted(result_paths(page)) == ["apa-itu-kolaborasi/", "examples/ykp-madani/"]


def _index_requests(page) -> list[str]:
    requests = []
    page.on("request", lambda request: requests.append(request.url) if "search_index" in request.url else None)
    return requests


@pytest.mark.parametrize("key", ["/", "s"])
def test_search_shortcut_key_opens_search_and_the_index_is_fetched_once(page, server, key):
    requests = _index_requests(page)
    page.goto(server, wait_until="load")
    page.keyboard.press(key)
    page.wait_for_function("() => document.activeElement?.classList.contains('md-search__input')")
    page.keyboard.type("transparan", delay=5)
    page.wait_for_function(
        "() => /kunci-keberhasilan/.test(document.querySelector('.md-search-result__list')?.innerHTML || '')")
    assert len(requests) == 1


def test_result_opened_in_a_new_tab_still_highlights(page, server):
    """A result link carries ?h=; on a fresh page load the highlighter needs the index's settings."""
    page.goto(server + "apa-itu-kolaborasi/?h=kolaborasi")
    marks = page.locator(".md-content mark")
    marks.first.wait_for()
    assert "kolaborasi" in [text.lower() for text in marks.all_inner_texts()]


@pytest.mark.parametrize("query, teaching", [
    ("wartawan", "examples/icw-jurnalis/"),       # glossary variant of jurnalis
    ("LSM", "examples/icw-jurnalis/"),            # variant of OMS, which only this fixture page explains
    ("berkolaborasi", "apa-itu-kolaborasi/"),     # glossary alias: the definition chapter comes first
])
def test_readers_words_find_the_page_that_teaches_them_first(page, server, query, teaching):
    page.goto(server)
    assert search(page, query)[:1] == [teaching]


def test_result_links_never_carry_an_empty_highlight(page, server):
    page.goto(server)
    assert "kunci-keberhasilan/" in search(page, "peran")
    # search-highlight.js fixes the links from a MutationObserver: its callback runs in the same task as
    # Material's rendering of the list, before anything else can read it.
    hrefs = page.eval_on_selector_all("a.md-search-result__link", "els => els.map(a => a.href)")
    assert hrefs
    for href in hrefs:
        query = urlparse(href).query
        assert "h=" not in query or parse_qs(query).get("h", [""])[0], href
    assert any("h=peran" in href for href in hrefs)
