"""The Indonesian lunr stemmer in the browser equals Python's snowballstemmer, word for word."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
import snowballstemmer
from selectolax.lexbor import LexborHTMLParser

from support.site import ROOT

pytestmark = pytest.mark.browser

LANG_FILE = "assets/javascripts/lunr/min/lunr.id.min.js"
# The characters lunr.id.trimmer keeps at the ends of a word.
WORD = "0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
TRIM = re.compile(f"^[^{WORD}]+|[^{WORD}]+$")


def site_words(site: Path) -> set[str]:
    """Every distinct word of the search index, split and trimmed as the search worker does."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])
    words = set()
    for doc in index["docs"]:
        for field in ("title", "text"):
            text = LexborHTMLParser(f"<p>{doc.get(field) or ''}</p>").text()
            for word in separator.split(text.lower()):
                word = TRIM.sub("", word)
                if word:
                    words.add(word)
    return words


def affixed_words() -> set[str]:
    """Words of the source article plus every prefix/suffix combination over a few roots."""
    words = set((ROOT / "tests" / "fixtures" / "search_words.txt").read_text(encoding="utf-8").split())
    roots = ["kolaborasi", "daya", "sejahtera", "bangun", "kerja", "ajar", "sapu", "pakai", "tani", "lihat",
             "yakin", "nyanyi", "beri", "rasa", "ajak", "mitra", "kembang", "ubah", "damai", "isi", "sama",
             "atur", "olah", "laksana", "nilai", "uji", "urus", "erat", "lajar", "karya", "tulis"]
    prefixes = ["", "di", "ke", "me", "mem", "men", "meng", "meny", "pe", "pem", "pen", "peng", "peny", "per",
                "ber", "be", "bel", "pel", "ter", "diper", "memper", "keber", "pember", "se"]
    suffixes = ["", "i", "an", "kan", "nya", "ku", "mu", "lah", "kah", "pun", "annya", "kannya", "sikan"]
    words.update(p + r + s for r, p, s in itertools.product(roots, prefixes, suffixes))
    return words


def in_site_worker(make_page, server, site: Path, function: str, words: list[str]) -> list:
    """Map a JS function over words inside a worker that loads the site's lunr and lunr.id.min.js.

    The blob worker imports the same scripts, in the same order, as Material's search worker
    (whose bundle carries lunr), so the stems are the ones the real search computes.
    """
    worker = next((site / "assets" / "javascripts" / "workers").glob("search.*.min.js")).name
    scripts = [f"assets/javascripts/workers/{worker}", "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
               LANG_FILE]
    page = make_page()
    page.goto(server)
    return page.evaluate(
        """async ([scripts, words, fn]) => {
            const base = new URL(".", document.baseURI).href;
            const code = `importScripts(${scripts.map(s => JSON.stringify(base + s)).join(",")});
                postMessage(${JSON.stringify(words)}.map(${fn}));`;
            const url = URL.createObjectURL(new Blob([code], {type: "text/javascript"}));
            const worker = new Worker(url);
            return await new Promise((resolve, reject) => {
                worker.onmessage = (event) => { worker.terminate(); resolve(event.data); };
                worker.onerror = (event) => reject(new Error(event.message));
            });
        }""",
        [scripts, words, function],
    )


STEM = "w => lunr.id.stemmer(new lunr.Token(w, {})).toString()"


def mismatches(words, stems):
    python = snowballstemmer.stemmer("indonesian")
    return [(w, js, python.stemWord(w)) for w, js in zip(words, stems) if js != python.stemWord(w)]


def test_browser_stems_equal_snowball_on_every_site_word(make_page, server, built_site):
    words = sorted(site_words(built_site))
    assert len(words) > 30 and "kolaborasi" in words
    stems = in_site_worker(make_page, server, built_site, STEM, words)
    assert len(stems) == len(words)
    assert mismatches(words, stems) == []


def test_browser_stems_equal_snowball_on_affixed_forms(make_page, server, built_site):
    words = sorted(affixed_words())
    stems = in_site_worker(make_page, server, built_site, STEM, words)
    assert mismatches(words, stems) == []
    stemmed = dict(zip(words, stems))
    assert stemmed["berkolaborasi"] == "kolaborasi"
    assert stemmed["pemberdayaan"] == "daya"
    assert stemmed["kesejahteraan"] == "sejahtera"


def test_ambiguous_prefixes_also_search_the_other_reading(make_page, server, built_site):
    """Snowball reads mem-/pem- + vowel as a dropped p and per- as a prefix; the query adds the m- and
    r-root readings (and t-/n- for men-/pen-), only when the stemmer removed such a prefix."""
    words = ["memandirikan", "pemandirian", "perencanaannya", "memasak", "menulis", "peran", "perkuat",
             "berkolaborasi", "pemberdayaan", "kemitraan"]
    alternatives = in_site_worker(make_page, server, built_site,
                                  "w => lunr.id.alternatives(w, lunr.id.stemWord(w))", words)
    assert dict(zip(words, alternatives)) == {
        "memandirikan": ["mandiri"], "pemandirian": ["mandiri"], "perencanaannya": ["rencana"],
        "memasak": ["masak"], "menulis": ["tulis", "nulis"], "peran": [], "perkuat": [],
        "berkolaborasi": [], "pemberdayaan": [], "kemitraan": [],
    }


def test_typed_word_becomes_optional_clauses_for_each_reading(make_page, server, built_site):
    """What the search box sends: Material appends "*" to each typed word; a required word (quoted
    phrase) keeps one reading, since two required clauses would demand both."""
    words = ["memandirikan*", "mengapa*", "berkolaborasi*", "+memandirikan*"]
    clauses = in_site_worker(make_page, server, built_site, """w => {
        const q = new lunr.Query(["text"]);
        const required = w.startsWith("+");
        q.clause(required ? {term: w.slice(1), presence: lunr.Query.presence.REQUIRED} : {term: w});
        return q.clauses.map(c => [c.term, c.wildcard, c.presence]);
    }""", words)
    trailing, optional, required = 2, 1, 2
    assert dict(zip(words, clauses)) == {
        "memandirikan*": [["pandiri*", trailing, optional], ["mandiri*", trailing, optional]],
        "mengapa*": [["", 0, optional]],
        "berkolaborasi*": [["kolaborasi*", trailing, optional]],
        "+memandirikan*": [["pandiri*", trailing, required]],
    }


def test_stop_word_filter_keeps_kerja_sama(make_page, server, built_site):
    words = ["kerja", "sama", "bekerja", "bersama", "yang", "dan", "adalah"]
    kept = in_site_worker(make_page, server, built_site, "w => !!lunr.id.stopWordFilter(new lunr.Token(w, {}))", words)
    assert dict(zip(words, kept)) == {
        "kerja": True, "sama": True, "bekerja": True, "bersama": True, "yang": False, "dan": False, "adalah": False,
    }
