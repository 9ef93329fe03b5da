"""The glossary in the real site build: page, anchors, edit link, tooltips and abbreviation coverage."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from scripts import glossary as gl
from scripts.site_config import load_config

from support.site import ROOT


def _tree(path):
    return HTMLParser(path.read_text(encoding="utf-8"))


def _content_pages(html_pages):
    return {rel: path for rel, path in html_pages.items() if not rel.startswith(("assets/", "search/"))}


def test_glossary_page_has_every_entry_and_letter(html_pages):
    glossary = gl.load_glossary()
    tree = _tree(html_pages["glosarium/index.html"])
    assert tree.css_first("h1").text().startswith("Glosarium")
    anchors = {node.attributes["id"] for node in tree.css("article h3.glossary-entry")}
    assert anchors == {entry.id for entry in glossary.entries}
    headings = [node.text().rstrip("¶") for node in tree.css("article h3.glossary-entry")]
    assert headings == [entry.term for entry in glossary.entries]  # alphabetical, as the data sorts them
    assert [gl.sort_key(h) for h in headings] == sorted(gl.sort_key(h) for h in headings)
    ids = {node.attributes.get("id") for node in tree.css("[id]")}
    for link in tree.css("nav.glossary-az a"):
        assert link.attributes["href"].lstrip("#") in ids
    for link in tree.css("article p.glossary-related a, article p.glossary-pointer a"):
        assert link.attributes["href"].lstrip("#") in anchors


def test_glossary_is_in_the_nav_and_its_edit_link_opens_the_data_file(html_pages):
    repo = load_config(ROOT)["repo_url"].rstrip("/")
    tree = _tree(html_pages["glosarium/index.html"])
    edit = tree.css_first("a.md-content__button[rel~=edit]")
    assert edit.attributes["href"] == f"{repo}/edit/main/data/glosarium.yml"
    home = _tree(html_pages["index.html"])
    assert any(a.text().strip() == "Glosarium" and a.attributes["href"].rstrip("/").endswith("glosarium")
               for a in home.css("nav.md-nav a"))


def test_every_page_loads_the_glossary_script_and_style(html_pages, built_site):
    # They come inside the site's bundles (scripts/assets.py), one stylesheet and one script per page.
    glossary_js = (ROOT / "docs/assets/javascripts/glossary.js").read_text(encoding="utf-8")
    marker = "glossary-popover"
    assert marker in glossary_js
    for rel, path in _content_pages(html_pages).items():
        tree = _tree(path)
        bundles = [s.attributes.get("src", "") for s in tree.css("script[src*='kolaborasi.']")]
        bundles += [s.attributes.get("href", "") for s in tree.css("link[rel=stylesheet][href*='kolaborasi.']")]
        assert len(bundles) == 2, (rel, bundles)
        texts = [(path.parent / href).resolve().read_text(encoding="utf-8") for href in bundles]
        assert marker in texts[0], rel
        assert ".glossary-term" in texts[1], rel


def _visible_text(node) -> str:
    """Text a reader sees: not code, and not hidden parts (presentation-mode controls, popover sources)."""
    for hidden in node.css("code, pre, script, style, [hidden]"):
        hidden.decompose()
    return node.text(separator=" ")


def test_each_abbreviation_gets_its_tooltip_at_its_first_use_on_every_page(html_pages):
    """The first use of an abbreviation in a page is an <abbr> with the expansion from the data; later
    uses are plain text (scripts/glossary/marker.py first_abbreviations_only); none is used before it is expanded."""
    glossary = gl.load_glossary()
    abbreviations = glossary.abbreviations
    names = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w-])(⟦)?(" + names + r")(?![\w])")
    checked = 0
    for rel, path in _content_pages(html_pages).items():
        if rel.startswith(("handout/", "kuis/", "cek/")):
            continue  # worksheets (paper), quiz and self-check pages (left unmarked): the chapters carry tooltips
        article = _tree(path).css_first("article")
        seen = []
        for abbr in article.css("abbr"):
            word = abbr.text()
            assert word in abbreviations, (rel, word)
            assert abbr.attributes["title"] == " ".join(abbreviations[word][1].expansion.split()), (rel, word)
            seen.append(word)
        assert len(seen) == len(set(seen)), f"{rel}: singkatan ditandai lebih dari sekali: {sorted(seen)}"
        assert not article.css("h1 abbr"), f"{rel}: judul halaman memuat <abbr>"
        # Flag each abbr's word and each word inside a marked term (its popover explains it), then read the
        # text in order: the first use of a word must be a flagged one. Diagram SVGs are images with their
        # own title and description; their labels carry no abbr.
        # The page title is not where a word is explained: it carries no abbr, and the count starts below it.
        for node in article.css("svg, h1"):
            node.decompose()
        html = re.sub(r"<abbr [^>]*>([^<]*)</abbr>", r"⟦\1", article.html)
        html = re.sub(r'(<a class="glossary-term"[^>]*>)(.*?)</a>',
                      lambda m: m.group(1) + re.sub(r"(?<!⟦)\b(" + names + r")\b", r"⟦\1", m.group(2)) + "</a>", html)
        first = {}
        for marked, word in pattern.findall(_visible_text(HTMLParser(html))):
            first.setdefault(word, bool(marked))
        unexpanded = sorted(word for word, marked in first.items() if not marked)
        assert unexpanded == [], f"{rel}: singkatan dipakai sebelum diberi kepanjangan: {unexpanded}"
        checked += len(first)
    assert checked > 20


def _drop_citations(article):
    """Remove the "Sumber" section: publication names there (DDTC News, WRAL TechWire) are cited as written."""
    heading = article.css_first("h2#sumber")
    if heading is None:
        return
    node, doomed = heading, []
    while node is not None and not (node is not heading and node.tag == "h2"):
        doomed.append(node)
        node = node.next
    for item in doomed:
        item.decompose()


def test_every_capitalised_word_is_a_glossary_abbreviation_or_allowed(html_pages):
    """A word with two or more capitals (AKI, SDGs) must be in the glossary or in not_abbreviations.

    Not counted: joined-up names (IndonesiaLeaks), the "Sumber" section of a page, and the
    bibliography page sumber/ (publication names are cited as their publishers write them).
    """
    glossary = gl.load_glossary()
    problems = {}
    for rel, path in _content_pages(html_pages).items():
        if rel == "sumber/index.html":
            continue
        article = _tree(path).css_first("article")
        _drop_citations(article)
        missing = gl.uncovered_capital_words(_visible_text(article), glossary)
        if missing:
            problems[rel] = sorted(missing)
    assert problems == {}, (
        "Kata berhuruf kapital ganda tanpa entri glosarium. Tambahkan sebagai singkatan di data/glosarium.yml, "
        f"atau ke not_abbreviations beserta alasannya: {problems}"
    )


def test_allow_list_is_short_and_not_an_abbreviation():
    glossary = gl.load_glossary()
    assert len(glossary.not_abbreviations) <= 15
    for word, reason in glossary.not_abbreviations.items():
        assert word not in glossary.abbreviations, word
        assert len(reason) >= 10, word
