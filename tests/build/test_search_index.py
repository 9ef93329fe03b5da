"""The built search index: Indonesian pipeline, weights by page kind, and the glossary's words on the sections
that teach them."""

from __future__ import annotations

import json

LANG_FILE = "assets/javascripts/lunr/min/lunr.id.min.js"


def test_search_index_is_configured_for_indonesian(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["id"]
    assert sorted(index["config"]["pipeline"]) == ["stemmer", "stopWordFilter", "trimmer"]
    assert (built_site / LANG_FILE).is_file()
    assert (built_site / "assets" / "javascripts" / "lunr" / "LICENSE.txt").is_file()


def test_quizzes_weigh_less_than_the_pages_that_teach(built_site):
    """A concept's chapter should outrank the quiz that asks about it (scripts/hooks/search_hook.py)."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    boosts = {}
    for doc in index["docs"]:
        boosts.setdefault(doc["location"].split("#")[0], set()).add(doc.get("boost", 1))
    quizzes = [page for page in boosts if page.startswith("kuis/")]
    assert quizzes and all(boosts[page] == {0.5} for page in quizzes), boosts
    # The glossary and the sources list repeat the chapters' words too: the page that teaches comes first.
    assert boosts["glosarium/"] == boosts["sumber/"] == {0.5}
    for chapter in ("apa-itu-kolaborasi/", "tujuan-kolaborasi/", "examples/ykp-madani/"):
        assert boosts[chapter] == {1}, chapter


def test_the_built_index_carries_the_expansions_and_pages_do_not_show_them(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["fields"]["tags"]["boost"] <= index["config"]["fields"]["title"]["boost"]
    tags = {doc["location"]: doc.get("tags", []) for doc in index["docs"]}
    assert "wartawan" in tags["examples/icw-jurnalis/"]
    assert "sumberdaya" in tags["apa-itu-kolaborasi/"]
    assert "kerjasama" in tags["apa-itu-kolaborasi/#kerja-sama"]
    assert "kemitraan" in tags["apa-itu-kolaborasi/#kerja-sama"]
    assert "LSM" in tags["apa-itu-kolaborasi/#pentahelix"]
    assert not any(loc.startswith(("glosarium/", "sumber/", "kuis/")) and t for loc, t in tags.items())
    assert "wartawan" not in (built_site / "examples" / "icw-jurnalis" / "index.html").read_text(encoding="utf-8")
