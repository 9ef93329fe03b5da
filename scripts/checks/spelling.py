"""Spelling with Debian's hunspell (Indonesian, plus English for source titles) and a project word list."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from scripts.checks import Finding

DICTIONARIES = "id_ID,en_US"
INSTALL_HINT = (
    "hunspell atau kamusnya tidak ditemukan. Pasang dengan: "
    "sudo apt-get install hunspell hunspell-id hunspell-en-us"
)
WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:[-'’][A-Za-zÀ-ÿ]+)*")


class SpellingUnavailable(Exception):
    """hunspell or one of its dictionaries is missing."""


def load_wordlist(path: Path) -> list[str]:
    """Project words, one per line; `#` starts a comment (the reason a word is accepted)."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(word)
    return words


def check_lines(entries: list[tuple[str, int, str]], wordlist: list[str]) -> list[Finding]:
    """Findings for unknown words in (file, line, prose) entries; one hunspell run for all of them."""
    _require_dictionaries()
    with tempfile.NamedTemporaryFile("w", suffix=".dic", delete=False, encoding="utf-8") as personal:
        personal.write("\n".join(wordlist) + "\n")
    try:
        # Feed one word per line: a line's result block is then exactly that word's verdict.
        words = [(file, line, word) for file, line, text in entries for word in _words(text)]
        payload = "".join("^" + word + "\n" for _, _, word in words)
        result = subprocess.run(
            ["hunspell", "-d", DICTIONARIES, "-p", personal.name, "-a", "-i", "utf-8"],
            input=payload, capture_output=True, text=True, encoding="utf-8",
        )
    finally:
        Path(personal.name).unlink(missing_ok=True)
    if result.returncode != 0 or "Can't open affix or dictionary" in result.stderr:
        raise SpellingUnavailable(INSTALL_HINT)
    blocks = result.stdout.split("\n\n")
    findings = []
    for (file, line, word), block in zip(words, blocks[: len(words)]):
        verdicts = [row for row in block.splitlines() if row[:1] in "*+-&#"]
        for row in verdicts:
            if row.startswith(("&", "#")):
                suggestions = row.split(":", 1)[1].strip() if ":" in row else ""
                hint = f" Saran: {suggestions}." if suggestions else ""
                findings.append(Finding(file, line, (
                    f'kata "{word}" tidak dikenal.{hint} Jika kata ini benar (nama atau istilah), '
                    f"tambahkan ke data/kata-proyek.txt beserta alasannya."
                )))
    return findings


def _require_dictionaries() -> None:
    """hunspell silently drops a missing dictionary, so ask it which ones it has."""
    if shutil.which("hunspell") is None:
        raise SpellingUnavailable(INSTALL_HINT)
    listing = subprocess.run(["hunspell", "-D"], input="", capture_output=True, text=True)
    available = {Path(line.strip()).name for line in (listing.stdout + listing.stderr).splitlines()}
    if not set(DICTIONARIES.split(",")) <= available:
        raise SpellingUnavailable(INSTALL_HINT)


def _words(text: str) -> list[str]:
    found = []
    for match in WORD.finditer(text):
        word = match.group(0)
        if len(word) < 2 or any(ch.isdigit() for ch in word):
            continue
        for part in word.split("-") if "-" in word else [word]:
            # Indonesian reduplication (kata-kata) and hyphenated compounds: check each part.
            if len(part) > 1:
                found.append(part)
    return found
