"""The Indonesian stop words of lunr.id.min.js spare the words of "kerja sama"."""

from __future__ import annotations

import re


from support.site import ROOT

LANG_FILE = "assets/javascripts/lunr/min/lunr.id.min.js"


def stop_words() -> set[str]:
    source = (ROOT / "docs" / LANG_FILE).read_text(encoding="utf-8")
    block = re.search(r"generateStopWordFilter\(\((.*?)\)\.split", source, re.S).group(1)
    return set(" ".join(re.findall(r'"([^"]*)"', block)).split())


def test_stop_words_spare_the_words_of_kerja_sama():
    words = stop_words()
    assert {"yang", "dan", "di"} <= words
    assert not words & {"sama", "bersama", "kerja", "bekerja", "kolaborasi", "mitra", "tanpa"}
