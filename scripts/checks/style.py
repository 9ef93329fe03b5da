"""Writing rules a machine can check (`make check`): the ones the style guide and PUEBI settle and a
fact-check found broken, so that they stay fixed. Runs on the prose a reader sees (scripts/checks/prose.py).
"""

from __future__ import annotations

import re

from scripts.checks import Finding

RULES = [
    (re.compile(r"\bRp\s+\d"), 'tulis "Rp" menempel pada angkanya, misalnya Rp200 juta (PUEBI).'),
    (re.compile(r"\bantar-(?=[a-z])"), 'bentuk terikat "antar" ditulis serangkai: antarpihak, antardesa '
                                      '(tanda hubung hanya sebelum huruf kapital, misalnya antar-Asia).'),
    (re.compile(r"\bbukan-(?=[a-z])"), 'tulis "non" serangkai (nonpemerintah) atau "bukan" terpisah, bukan "bukan-…".'),
    (re.compile(r"\bkerjasama\b", re.I), 'tulis "kerja sama", dua kata (KBBI).'),
    # Lower case, or capitalised at the start of a sentence ("Manado Kita" is the name of a news site).
    (re.compile(r"\bkita\b|(?:^[\s>*_-]*|[.!?:]\s+)Kita\b"),
     'situs ini menyapa pembaca dengan "Anda", bukan "kita" (panduan gaya).'),
]


def check_style(entries: list[tuple[str, int, str]]) -> list[Finding]:
    """Findings for (file, line, prose) entries that break a rule."""
    return [Finding(file, line, message) for file, line, text in entries
            for pattern, message in RULES if pattern.search(text)]
