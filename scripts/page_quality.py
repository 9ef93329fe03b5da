"""Page polish that every page gets: a meta description and rel="noopener" on external links.
Pure functions; scripts/hooks/quality_hook.py applies them in the build."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import urlparse

DESCRIPTION_LIMIT = 160


# Meta description


class _FirstParagraph(HTMLParser):
    """Collects the text of the first non-empty <p>; with top_only, only a top-level one (not inside an
    admonition, list, table, form...)."""

    def __init__(self, top_only: bool):
        super().__init__(convert_charrefs=True)
        self.top_only = top_only
        self.start_depth = 0
        self.depth = 0
        self.inside = False
        self.done = False
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        if tag == "p" and not self.inside and (self.depth == 0 or not self.top_only):
            self.inside = True
            self.start_depth = self.depth
        if tag not in _VOID:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.done or tag in _VOID:
            return
        self.depth = max(self.depth - 1, 0)
        if tag == "p" and self.inside and self.depth == self.start_depth:
            self.inside = False
            if " ".join(self.parts).strip():
                self.done = True
            else:
                self.parts = []

    def handle_data(self, data):
        if self.inside and not self.done:
            self.parts.append(data)


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def describe(content_html: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """A meta description from the first top-level paragraph of a page's rendered content.

    Whitespace is collapsed; text longer than `limit` is cut at a word boundary and ends in "…".
    Prefers a top-level paragraph (not an admonition's); returns "" when the page has no paragraph.
    """
    text = ""
    for top_only in (True, False):
        parser = _FirstParagraph(top_only)
        parser.feed(content_html)
        parser.close()
        text = re.sub(r"\s+", " ", "".join(parser.parts)).strip() if parser.done else ""
        if text:
            break
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–—") + "…"


# External links

_A_TAG = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")


def _is_external(href: str, site_host: str) -> bool:
    parsed = urlparse(html.unescape(href).strip())
    if parsed.scheme not in ("http", "https", "") or not parsed.netloc:
        return False
    return parsed.netloc.lower() != site_host.lower()


def _add_noopener(tag: str, site_host: str) -> str:
    attrs = {name.lower(): (value or "") for name, value in _ATTR.findall(tag)}
    href = attrs.get("href", "").strip("\"'")
    if not href or not _is_external(href, site_host):
        return tag
    if "rel" not in attrs:
        end = -2 if tag.endswith("/>") else -1
        return tag[:end] + ' rel="noopener"' + tag[end:]
    values = attrs["rel"].strip("\"'").split()
    if "noopener" in (v.lower() for v in values):
        return tag
    new_rel = '"' + " ".join([*values, "noopener"]) + '"'
    return re.sub(r"""(\srel\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)""", lambda m: m.group(1) + new_rel, tag, count=1,
                  flags=re.IGNORECASE)


def add_noopener(page_html: str, site_url: str) -> str:
    """Add rel="noopener" to every <a href> that points to a host other than site_url's."""
    site_host = urlparse(site_url or "").netloc

    def one(match: re.Match) -> str:
        tag = match.group(0)
        # A link to another host has "//" in its href (or hides it in a character reference): the
        # site's own relative links, most of every page, need no parsing.
        if "//" not in tag and "&" not in tag:
            return tag
        return _add_noopener(tag, site_host)
    return _A_TAG.sub(one, page_html)
