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
    """Findings for unknown words in (file, line, prose) entries.

    A word hunspell rejects is still accepted when stripping regular Indonesian affixes leaves a known
    word: hunspell-id lacks many affixed forms (menganggarkan, dipercepat, kendalanya), while a typo
    rarely reduces to a real word.
    """
    _require_dictionaries()
    words = [(file, line, word) for file, line, text in entries for word in _words(text)]
    with tempfile.NamedTemporaryFile("w", suffix=".dic", delete=False, encoding="utf-8") as personal:
        personal.write("\n".join(wordlist) + "\n")
    try:
        verdicts = _hunspell(sorted({word for _, _, word in words}), personal.name)
        rejected = [word for word, (known, _) in verdicts.items() if not known]
        parts = {word: _parts(word) for word in rejected}
        candidates = {part: [part, *affix_candidates(part)] for group in parts.values() for part in group}
        pool = sorted({c for group in candidates.values() for c in group})
        candidate_verdicts = _hunspell(pool, personal.name, "id_ID")  # roots are Indonesian
    finally:
        Path(personal.name).unlink(missing_ok=True)
    # Accepted: every part of the word (one part unless hyphenated) is known or reduces to a known root.
    accepted = {
        word for word, group in parts.items()
        if all(any(candidate_verdicts[c][0] for c in candidates[part]) for part in group)
    }
    findings = []
    for file, line, word in words:
        known, suggestions = verdicts[word]
        if known or word in accepted:
            continue
        hint = f" Saran: {suggestions}." if suggestions else ""
        findings.append(Finding(file, line, (
            f'kata "{word}" tidak dikenal.{hint} Jika kata ini benar (nama atau istilah), '
            f"tambahkan ke data/kata-proyek.txt beserta alasannya."
        )))
    return findings


SUFFIXES = ("nya", "lah", "kah", "pun", "ku", "mu", "kan", "an", "i")
PREFIXES = (
    "meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "pe", "ber", "be", "ter", "per",
    "di", "ke", "se", "antar", "non",
)
# A nasal prefix replaces the first consonant of the root: menyusun <- susun, memakai <- pakai.
NASAL_RESTORE = {"meny": "s", "peny": "s", "mem": "p", "pem": "p", "men": "t", "pen": "t", "meng": "k", "peng": "k"}


def _parts(word: str) -> list[str]:
    """The parts of a hyphenated word to check, without lone particles (pentahelix-nya)."""
    return [part for part in word.split("-") if part and part.lower() not in SUFFIXES] or [word]


def affix_candidates(word: str) -> list[str]:
    """Roots a word could reduce to by stripping up to two suffixes and two prefixes."""
    lower = word.lower()
    stems = {lower}
    for _ in range(2):
        stems |= {s[: -len(x)] for s in stems for x in SUFFIXES if s.endswith(x) and len(s) - len(x) >= 3}
    roots = set(stems)
    for _ in range(2):
        found = set()
        for stem in roots:
            for prefix in PREFIXES:
                if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
                    rest = stem[len(prefix):]
                    found.add(rest)
                    if prefix in NASAL_RESTORE:
                        found.add(NASAL_RESTORE[prefix] + rest)
        roots |= found
    return sorted(roots - {lower})


def _hunspell(words: list[str], personal: str, dictionaries: str = DICTIONARIES) -> dict[str, tuple[bool, str]]:
    """{word: (known, suggestions)} from one hunspell run, one word per line."""
    if not words:
        return {}
    payload = "".join("^" + word + "\n" for word in words)
    result = subprocess.run(
        ["hunspell", "-d", dictionaries, "-p", personal, "-a", "-i", "utf-8"],
        input=payload, capture_output=True, text=True, encoding="utf-8",
    )
    if result.returncode != 0:
        raise SpellingUnavailable(INSTALL_HINT)
    # The first line is hunspell's banner; then each input line's verdict ends with a blank line.
    blocks = result.stdout.split("\n", 1)[1].split("\n\n")
    verdicts = {}
    for word, block in zip(words, blocks):
        row = next((r for r in block.splitlines() if r[:1] in "*+-&#"), "*")
        suggestions = row.split(":", 1)[1].strip() if row.startswith("&") and ":" in row else ""
        verdicts[word] = (row[:1] in "*+-", suggestions)
    return verdicts


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
        if sum(ch.isupper() for ch in word) >= 2:
            continue  # abbreviations: the glossary's coverage test owns them
        found.append(word)  # hyphenated words whole first (masing-masing); parts are the fallback
    return found
