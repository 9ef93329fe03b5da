"""Links between pages: every relative Markdown link must reach a page of the site.

`mkdocs build --strict` also stops on a broken link, but in English and without a line; this check
says where, in Indonesian, in a second. Anchors (#bagian) are left to the build.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from urllib.parse import unquote

from scripts.checks import Finding
from scripts.checks.markdown_rules import _body_lines

# [text](target "title") and ![alt](target); reference definitions: [id]: target
INLINE_LINK = re.compile(r"!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
CODE_SPAN = re.compile(r"`[^`]*`")
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def link_targets(text: str):
    """(line, target) of every link and image in a page's Markdown, outside code."""
    for number, line in _body_lines(text):
        line = CODE_SPAN.sub("", line)
        for match in INLINE_LINK.finditer(line):
            yield number, match.group(1)
        reference = REFERENCE.match(line)
        if reference:
            yield number, reference.group(1)


def resolve(page: str, target: str) -> str | None:
    """The docs path a relative link points at, or None for external links and bare anchors."""
    path = unquote(target.split("#", 1)[0].split("?", 1)[0])
    if not path or EXTERNAL.match(target):
        return None
    if path.startswith("/"):
        return posixpath.normpath(path.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), path))


def check_links(shown_path: str, page: str, text: str, exists: Callable[[str], bool]) -> list[Finding]:
    """Broken relative links of one page. `page` is its path in docs/; `exists(docs path)` knows the site."""
    findings = []
    for number, target in link_targets(text):
        resolved = resolve(page, target)
        if resolved is None or exists(resolved):
            continue
        hint = ""
        if resolved.startswith(".."):
            hint = " Tautan keluar dari folder docs/; tulis jalurnya relatif terhadap halaman ini."
        elif not posixpath.splitext(resolved)[1]:
            hint = " Tautan antarhalaman menunjuk berkas .md, misalnya kunci-keberhasilan.md."
        findings.append(Finding(shown_path, number, (
            f'tautan "{target}" tidak menemukan halaman atau berkas (dicari: docs/{resolved}). '
            f"Periksa ejaan nama berkasnya.{hint}"
        )))
    return findings
