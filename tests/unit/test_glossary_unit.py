"""Glossary pure functions on small inline data: parsing, rendering, marking terms."""

from __future__ import annotations

import textwrap

import markdown
import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from scripts import glossary as gl

DATA = textwrap.dedent("""\
    entries:
      - id: kolaborasi
        term: kolaborasi
        aliases: [berkolaborasi, kolaboratif]
        definition: Bekerja bersama menuju tujuan yang *disepakati*.
        related: [organisasi-masyarakat-sipil]
      - id: organisasi-masyarakat-sipil
        term: organisasi masyarakat sipil
        abbreviations:
          - abbr: OMS
            expansion: Organisasi Masyarakat Sipil
          - abbr: CSO
            expansion: Civil Society Organization
        definition: Organisasi warga di luar pemerintah.
      - id: tata-kelola-kolaboratif
        term: tata kelola kolaboratif
        definition: Pemerintah mengajak pihak lain memutuskan bersama.
      - id: madani
        term: MADANI
        definition: Nama program.
      - id: aman
        term: zzz aman
        definition: 'Teks <script>alert(1)</script> dan <img src=x onerror=alert(2)> tampil sebagai teks.'
        source:
          title: 'Judul <b>tebal</b> [tautan](javascript:x)'
          url: https://contoh.test/a?b=c
    not_abbreviations:
      MADANI: nama program
    """)


@pytest.fixture
def glossary():
    return gl.parse_glossary(DATA, "data/uji.yml")


def md(text: str) -> str:
    return markdown.Markdown(extensions=["attr_list", "abbr", "toc", "md_in_html"]).convert(text)


# Parsing


def test_entries_are_sorted_and_indexed(glossary):
    assert [e.id for e in glossary.entries] == [
        "kolaborasi", "madani", "organisasi-masyarakat-sipil", "tata-kelola-kolaboratif", "aman",
    ]
    assert glossary.by_id["organisasi-masyarakat-sipil"].abbreviations[1].abbr == "CSO"
    assert glossary.by_id["kolaborasi"].line == 2
    assert glossary.not_abbreviations == {"MADANI": "nama program"}


def test_real_data_is_valid_and_large_enough():
    glossary = gl.load_glossary()
    assert len(glossary.entries) >= 30
    for abbr in ["AKI", "AKB", "KIA", "LSM", "OMS", "Ormas", "ICW", "YKP", "USAID", "FHI 360", "CSR", "TJSL",
                 "SDGs", "TPB", "Musrenbang", "LKPP", "KJI", "ABCGM", "KBBI", "PKL", "KPK", "AJI", "LBH",
                 "BUMDes", "UU", "PP", "Perpres", "UT", "Puskesmas", "Posyandu"]:
        assert abbr in glossary.abbreviations, abbr
    for entry_id in ["kolaborasi", "kerja-sama", "partisipasi", "pemberdayaan", "pemangku-kepentingan",
                     "organisasi-masyarakat-sipil", "pentahelix", "tata-kelola-kolaboratif", "transparansi",
                     "akuntabilitas", "kapasitas", "keberlanjutan", "pendampingan", "mitra-utama",
                     "tanggung-jawab-sosial-dan-lingkungan", "musrenbang", "tujuan-pembangunan-berkelanjutan"]:
        assert entry_id in glossary.by_id, entry_id
    # Dictionary and legal definitions carry their source.
    for entry in glossary.entries:
        if entry.basis in ("kamus", "hukum"):
            assert entry.source is not None, entry.id


# Rendering


def test_glossary_page_markdown_has_anchors_letters_and_links(glossary):
    page = gl.render_glossary(glossary, {"kolaborasi": [("Apa itu kolaborasi?", "apa-itu-kolaborasi.md")]})
    html = HTMLParser(md(page))
    ids = {node.attributes["id"] for node in html.css("h3[id]")}
    assert ids == {e.id for e in glossary.entries}
    assert [n.text() for n in html.css("h2")] == ["C", "K", "M", "O", "T", "Z", "Sumber"]
    letters = [a.text() for a in html.css("nav.glossary-az a")]
    assert letters == ["C", "K", "M", "O", "T", "Z"]
    empty = [s.text() for s in html.css("nav.glossary-az .glossary-az__empty")]
    assert "A" in empty and "K" not in empty
    # "CSR"-style pointer: CSO is filed under C and points to its entry.
    pointer = html.css_first("p.glossary-pointer")
    assert "CSO" in pointer.text() and pointer.css_first("a").attributes["href"] == "#organisasi-masyarakat-sipil"
    entry = html.css_first("#kolaborasi")
    related = html.css_first("#kolaborasi ~ p.glossary-related")
    assert [a.attributes["href"] for a in related.css("a")] == ["#organisasi-masyarakat-sipil"]
    appears = html.css_first("#kolaborasi ~ p.glossary-appears")
    assert appears.css_first("a").attributes["href"] == "apa-itu-kolaborasi.md"
    assert appears.css_first("a").text() == "Apa itu kolaborasi?"
    assert entry.text().startswith("kolaborasi")
    abbr_line = html.css_first("#organisasi-masyarakat-sipil ~ p.glossary-abbr").text()
    # The expansion is shown only where it adds something to the term.
    assert abbr_line == "Singkatan: OMS, CSO (Civil Society Organization)"
    none_yet = html.css_first("#madani ~ p.glossary-appears").text()
    assert none_yet == "Belum muncul di halaman lain."


def test_html_in_data_is_shown_as_text(glossary):
    html = md(gl.render_glossary(glossary))
    tree = HTMLParser(html)
    assert tree.css("script") == [] and tree.css("img") == [] and tree.css("b") == []
    assert "<script>alert(1)</script>" in tree.body.text()
    assert "onerror=alert(2)" in tree.body.text()
    source = tree.css_first("p.glossary-source")
    assert "Judul <b>tebal</b> [tautan](javascript:x)" in source.text()
    assert [a.attributes["href"] for a in source.css("a")] == ["https://contoh.test/a?b=c"]


def test_definitions_for_popovers_escape_html(glossary):
    marker = gl.TermMarker(glossary)
    defs = HTMLParser(marker.definitions(["aman", "kolaborasi"], "../glosarium/", md))
    assert defs.css("script") == [] and defs.css("img") == []
    # One element per definition, plain text: the emphasis of the data is gone, its words stay.
    definition = defs.css_first("#glosarium-def-kolaborasi")
    assert definition.css("*")[1:] == [] and "disepakati" in definition.text()
    assert "<script>" in defs.css_first("#glosarium-def-aman").text()  # as text, escaped in the HTML
    assert defs.css_first("#glosarium-def-aman").attributes["data-glossary-href"] == "../glosarium/#aman"
    assert "hidden" in defs.css_first("div.glossary-defs").attributes


def test_definition_heading_is_counted_as_javascript_counts(glossary):
    """The popover sets the first data-glossary-heading characters in bold: the term and abbreviations."""
    marker = gl.TermMarker(glossary)
    defs = HTMLParser(marker.definitions(["kolaborasi", "organisasi-masyarakat-sipil", "aman"], "../g/", md))
    headings = {}
    for definition in defs.css(".glossary-def"):
        units = definition.text().encode("utf-16-le")
        headings[definition.id] = units[: 2 * int(definition.attributes["data-glossary-heading"])].decode("utf-16-le")
    assert headings == {"glosarium-def-kolaborasi": "kolaborasi",
                        "glosarium-def-organisasi-masyarakat-sipil":
                            "organisasi masyarakat sipil (OMS; CSO: Civil Society Organization)",
                        "glosarium-def-aman": "zzz aman"}
    # Outside the Basic Multilingual Plane one character is two units in JavaScript.
    wide = gl.parse_glossary(DATA.replace("term: zzz aman", "term: zzz 𝔞man"), "data/uji.yml")
    definition = HTMLParser(gl.TermMarker(wide).definitions(["aman"], "../g/", md)).css_first(".glossary-def")
    assert definition.attributes["data-glossary-heading"] == str(len("zzz 𝔞man") + 1)


def test_abbreviation_markdown(glossary):
    assert gl.abbreviation_markdown(glossary) == (
        "*[CSO]: Civil Society Organization\n*[OMS]: Organisasi Masyarakat Sipil\n"
    )


# Marking


def _marks(result):
    tree = HTMLParser(result.html)
    return [(a.attributes["data-glossary-id"], a.text()) for a in tree.css("a.glossary-term")]


def test_first_use_is_marked_once_with_particles(glossary):
    html = ("<p>Kolaborasinya kuat. Kolaborasi lagi, berkolaborasi juga.</p>"
            "<p>Tata kelola kolaboratif berbeda dari kolaboratif.</p>")
    result = gl.TermMarker(glossary).mark(html, "../glosarium/")
    assert _marks(result) == [("kolaborasi", "Kolaborasinya"), ("tata-kelola-kolaboratif", "Tata kelola kolaboratif")]
    link = HTMLParser(result.html).css_first("a.glossary-term")
    assert link.attributes["href"] == "../glosarium/#kolaborasi"
    assert link.attributes["aria-describedby"] == "glosarium-def-kolaborasi"


@pytest.mark.parametrize("word", ["kolaborasilah", "kolaborasikah", "KOLABORASI", "kolaborasi-nya"])
def test_particles_and_case(glossary, word):
    result = gl.TermMarker(glossary).mark(f"<p>Ini {word}.</p>", "")
    assert _marks(result) == [("kolaborasi", word)]


@pytest.mark.parametrize("text", ["kolaborasiku", "nonkolaborasi", "kolaborasi_x", "masyarakat madani"])
def test_whole_words_only(glossary, text):
    assert _marks(gl.TermMarker(glossary).mark(f"<p>{text}</p>", "")) == []


@pytest.mark.parametrize("html", [
    "<h2>Kolaborasi</h2>",
    "<h3 id='x'>Tentang <em>kolaborasi</em></h3>",
    "<p><a href='x'>kolaborasi</a></p>",
    "<p><code>kolaborasi</code></p>",
    "<pre><code>kolaborasi</code></pre>",
    "<div class='admonition note'><p class='admonition-title'>Kolaborasi</p></div>",
    "<form><fieldset><legend>Apa itu kolaborasi?</legend><label>kolaborasi</label></fieldset></form>",
    "<p data-glossary-skip>kolaborasi</p>",
    "<details><summary>Kolaborasi</summary></details>",
])
def test_not_marked_inside_headings_links_code_titles_or_quiz_forms(glossary, html):
    result = gl.TermMarker(glossary).mark(html, "")
    assert _marks(result) == []
    assert result.html == html


def test_marked_after_skipped_context_closes(glossary):
    html = "<h2>Kolaborasi</h2><p>Isi: <code>x</code> kolaborasi.</p>"
    result = gl.TermMarker(glossary).mark(html, "")
    assert _marks(result) == [("kolaborasi", "kolaborasi")]
    assert result.mentioned == ["kolaborasi"]


def test_first_abbreviation_becomes_the_mark_and_later_ones_stay_tooltips(glossary):
    html = md("OMS dan OMS lagi, juga CSO.\n\n*[OMS]: Organisasi Masyarakat Sipil\n*[CSO]: Civil Society Organization")
    result = gl.TermMarker(glossary).mark(html, "g/")
    tree = HTMLParser(result.html)
    assert _marks(result) == [("organisasi-masyarakat-sipil", "OMS")]
    assert [a.text() for a in tree.css("abbr")] == ["OMS", "CSO"]
    assert tree.css_first("abbr").attributes["title"] == "Organisasi Masyarakat Sipil"


def test_all_caps_names_keep_their_case(glossary):
    result = gl.TermMarker(glossary).mark("<p>Masyarakat madani dan program MADANI.</p>", "")
    assert _marks(result) == [("madani", "MADANI")]


def test_mentions_count_headings_but_not_code(glossary):
    result = gl.TermMarker(glossary).mark("<h2>Kolaborasi</h2><pre>organisasi masyarakat sipil</pre>", "", mark=False)
    assert result.mentioned == ["kolaborasi"]
    assert result.marked == []


def test_capital_word_coverage(glossary):
    text = ("OMS, CSO dan MADANI bekerja dengan SDGs; Kolaborasi tidak dihitung, BUMDes dihitung, "
            "nama gabungan IndonesiaLeaks dan JavaScript tidak, ICTlogy dihitung.")
    assert gl.uncovered_capital_words(text, glossary) == {"SDGs", "BUMDes", "ICTlogy"}


def test_quotes_in_data_survive_markdown(glossary):
    entry = gl.Entry(id="q", term='istilah "kutip"', definition="D.", source=gl.Source('Situs, "Judul" (2024)', "https://contoh.test/"))
    page = HTMLParser(md(gl.render_glossary(gl.Glossary([entry]))))
    assert page.css_first("h3#q").text() == 'istilah "kutip"'
    assert page.css_first("p.glossary-source a").text() == 'Situs, "Judul" (2024)'
    # The page's own Sumber section lists every entry source once.
    assert [a.text() for a in page.css("h2#sumber ~ .glossary-sources a")] == ['Situs, "Judul" (2024)']


def test_definitions_go_at_the_end_of_the_article_only():
    page = '<main><div class="md-content__inner"><article><p>isi</p></article></div></main><footer>…</footer>'
    assert gl.insert_definitions(page, "<div hidden>def</div>") == page.replace(
        "</article>", '<div hidden>def</div></article>')
    assert gl.insert_definitions(page, "") == page
    assert gl.insert_definitions("<p>tanpa artikel</p>", "<div>def</div>") == "<p>tanpa artikel</p>"


def test_the_page_title_gets_no_abbreviation_and_the_first_use_below_it_does():
    abbr = '<abbr title="Perusahaan Listrik Negara">PLN</abbr>'
    html = f'<h1 id="t">{abbr} dan warga</h1><p>Unit {abbr} di Jepara.</p><p>Lagi {abbr}.</p>'
    assert gl.first_abbreviations_only(html) == f'<h1 id="t">PLN dan warga</h1><p>Unit {abbr} di Jepara.</p><p>Lagi PLN.</p>'
    # Without a title, the first use anywhere keeps it.
    assert gl.first_abbreviations_only(f"<p>{abbr} {abbr}</p>") == f"<p>{abbr} PLN</p>"
