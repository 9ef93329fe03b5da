"""Marking glossary terms in rendered HTML: the first use of each term on a page links to its definition."""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from typing import Callable, Iterable

from markupsafe import Markup

from scripts.glossary.model import Glossary
from scripts.glossary.render import _ENV, _shown_expansion, definition_markdown

VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SKIP_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd", "samp", "script", "style",
             "textarea", "button", "label", "select", "option", "fieldset", "legend", "summary", "svg",
             "math", "abbr", "dt", "figcaption", "noscript", "template"}
SKIP_CLASSES = {"admonition-title", "glossary-skip", "headerlink", "glossary-defs", "tabbed-labels"}
# Text never scanned at all, not even to count a mention.
OPAQUE_TAGS = {"code", "pre", "kbd", "samp", "script", "style", "textarea", "svg", "math", "noscript", "template"}
TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<(/?)([a-zA-Z][\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
    r"|[^<]+|<",
    re.S,
)
CLASS_ATTR = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
ABBR_BODY = re.compile(r"([^<]*)</abbr\s*>", re.I)
PARTICLES = r"(?:-?(?:nya|lah|kah))?"


@dataclass
class MarkResult:
    html: str
    marked: list[str]        # entry ids marked, in page order
    mentioned: list[str]     # entry ids used anywhere in the text (headings and links too), in page order


class TermMarker:
    """Finds glossary terms in HTML and marks the first use of each entry per page."""

    def __init__(self, glossary: Glossary):
        self.glossary = glossary
        forms: list[tuple[str, str, bool]] = []    # (text, entry id, case-sensitive)
        for entry in glossary.entries:
            # All-caps names (MADANI) keep their case: "masyarakat madani" is not the program.
            forms += [(form, entry.id, form.isupper()) for form in entry.forms]
            forms += [(a.abbr, entry.id, True) for a in entry.abbreviations]
        forms.sort(key=lambda f: -len(f[0]))
        self.group_to_id = {}
        # Forms grouped by first letter, each group behind a lookahead for that letter: Python's regex
        # engine otherwise tries every form at every word start. Only forms sharing a first letter can
        # match at one place, and within a group the longest-first order is kept: the same matches.
        groups: dict[str, list[str]] = {}
        for number, (text, entry_id, case_sensitive) in enumerate(forms):
            body = r"\s+".join(re.escape(word) for word in text.split())
            name = f"f{number}"
            self.group_to_id[name] = entry_id
            groups.setdefault(text[0].lower(), []).append(
                f"(?P<{name}>{body})" if case_sensitive else f"(?P<{name}>(?i:{body}))")
        firsts = "".join(re.escape(letter) for letter in groups)
        alternatives = "|".join(f"(?=(?i:{re.escape(letter)}))(?:{'|'.join(parts)})" for letter, parts in groups.items())
        self.pattern = re.compile(r"(?<![\w-])(?=(?i:[" + firsts + r"]))(?:" + alternatives + r")" + PARTICLES
                                  + r"(?![\w-])")
        self.abbreviations = glossary.abbreviations
        self.snippets = _ENV.get_template("glossary_snippets.html").module

    def find(self, text: str) -> Iterable[tuple[re.Match, str]]:
        for match in self.pattern.finditer(text):
            yield match, self.group_to_id[match.lastgroup]

    def mark(self, html: str, glossary_url: str, mark: bool = True) -> MarkResult:
        """Mark the first use of each entry outside headings, links, code, labels and quiz forms."""
        out: list[str] = []
        stack: list[tuple[str, bool, bool]] = []   # (tag, skip marking, opaque)
        marked: list[str] = []
        mentioned: list[str] = []
        seen: set[str] = set()                     # mentioned, for a quick membership test
        skips = opaques = 0                        # how many open elements skip marking / are opaque
        position = 0
        match_token, find, append = TOKEN.match, self.find, out.append

        def mention(entry_id: str):
            if entry_id not in seen:
                seen.add(entry_id)
                mentioned.append(entry_id)

        while position < len(html):
            token = match_token(html, position)
            text = token.group(0)
            position = token.end()
            tag = token.group(2)
            if tag is None:
                if text == "<" or text.startswith("<!--") or opaques:
                    append(text)
                    continue
                pieces, last = [], 0
                for match, entry_id in find(text):
                    mention(entry_id)
                    if mark and not skips and entry_id not in marked:
                        marked.append(entry_id)
                        pieces.append(text[last:match.start()])
                        pieces.append(self._mark(entry_id, match.group(0), glossary_url))
                        last = match.end()
                if last:
                    pieces.append(text[last:])
                    append("".join(pieces))
                else:
                    append(text)
                continue
            tag = tag.lower()
            if token.group(1):
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == tag:
                        for _, skip, dark in stack[depth:]:
                            skips -= skip
                            opaques -= dark
                        del stack[depth:]
                        break
                append(text)
                continue
            attrs = token.group(3)
            if tag == "abbr" and not opaques:
                body = ABBR_BODY.match(html, position)
                word = body.group(1).strip() if body else ""
                if word in self.abbreviations:
                    entry_id = self.abbreviations[word][0].id
                    mention(entry_id)
                    if mark and not skips and entry_id not in marked:
                        marked.append(entry_id)
                        append(self._mark(entry_id, body.group(1), glossary_url))
                        position = body.end()
                        continue
            classes = set()
            class_match = CLASS_ATTR.search(attrs)
            if class_match:
                classes = set(next(g for g in class_match.groups() if g is not None).split())
            self_closing = attrs.rstrip().endswith("/")
            if tag not in VOID_TAGS and not self_closing:
                skip = tag in SKIP_TAGS or bool(classes & SKIP_CLASSES) or "data-glossary-skip" in attrs
                dark = tag in OPAQUE_TAGS or "glossary-defs" in classes
                stack.append((tag, skip, dark))
                skips += skip
                opaques += dark
            append(text)
        return MarkResult("".join(out), marked, mentioned)

    def _mark(self, entry_id: str, shown: str, glossary_url: str) -> str:
        # `shown` is a slice of the page's own HTML text, so it is already escaped.
        return str(self.snippets.mark(entry_id=entry_id, shown=Markup(shown), href=f"{glossary_url}#{entry_id}"))

    def definitions(self, entry_ids: list[str], glossary_url: str, md: Callable[[str], str]) -> str:
        """The hidden definitions that marks point to with aria-describedby (the popover reads them)."""
        items = []
        for entry in (self.glossary.by_id[i] for i in entry_ids):
            heading = definition_heading(entry)
            # The popover counts in JavaScript's string units (UTF-16), not code points.
            items.append((entry, heading, len(heading.encode("utf-16-le")) // 2,
                          _plain_text(md(definition_markdown(entry)))))
        return str(self.snippets.definitions(items=items, glossary_url=glossary_url))


def definition_heading(entry) -> str:
    """What a definition opens with: the term, and its abbreviations with their expansions."""
    if not entry.abbreviations:
        return entry.term
    parts = []
    for abbr in entry.abbreviations:
        expansion = _shown_expansion(entry, abbr)
        parts.append(f"{abbr.abbr}: {expansion}" if expansion else abbr.abbr)
    return f"{entry.term} ({'; '.join(parts)})"


def _plain_text(html: str) -> str:
    """The text of rendered HTML, unescaped (the template escapes it again), paragraphs run together."""
    return html_lib.unescape(" ".join(re.sub(r"<[^>]+>", "", html).split()))


ABBR_ELEMENT = re.compile(r'<abbr title="[^"]*">([^<]*)</abbr>')


def first_abbreviations_only(html: str) -> str:
    """Keep <abbr> on the first use of each abbreviation in a page and leave later uses as plain text:
    the expansion is given where a reader first meets the word (WCAG technique H28), and a page of
    dotted underlines is harder to read and heavier to lay out (a chapter used 35 of them, an example 83).
    The page title (h1) keeps none: a title is not where a word is explained, and underlines there look busy
    (also on the title slide); the first use below it gets the <abbr>."""
    seen: set[str] = set()

    def keep_first(match: re.Match) -> str:
        if match.group(1) in seen:
            return match.group(1)
        seen.add(match.group(1))
        return match.group(0)
    start, end = html.find("<h1"), html.find("</h1>")
    title = html[start:end] if 0 <= start < end else ""
    plain_title = ABBR_ELEMENT.sub(lambda match: match.group(1), title)
    return html[:max(start, 0)] + plain_title + ABBR_ELEMENT.sub(keep_first, html[max(start, 0) + len(title):])


def insert_definitions(page_html: str, definitions: str) -> str:
    """The page with the hidden definitions at the end of its article (inside it, so instant navigation
    swaps them with the content); unchanged when it has no Material article."""
    start = page_html.find("md-content__inner")
    end = page_html.find("</article>", start)
    if not definitions or start < 0 or end < 0:
        return page_html
    return page_html[:end] + definitions + page_html[end:]
