"""Glossary: load and validate data/glosarium.yml, render the glossary page, mark terms in HTML.

Pure functions only: nothing here knows MkDocs. The hook (scripts/hooks/glossary_hook.py) and the
CLI (`python -m scripts.glossary check|write DIR`) are thin layers on top.
"""

from __future__ import annotations

import difflib
import html as html_lib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from scripts.core.pages import make_markdown, markdown_config
from scripts.core.data import STR_TAG, DataError, Reader, compose, read_text, line_of as _line

ROOT = Path(__file__).resolve().parents[1]
DATA_PATH = ROOT / "data" / "glosarium.yml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
GLOSSARY_SRC = "glosarium.md"

# Data


@dataclass(frozen=True)
class Abbreviation:
    abbr: str
    expansion: str
    line: int = 0


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None = None


@dataclass
class Entry:
    id: str
    term: str
    definition: str
    abbreviations: list[Abbreviation] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    basis: str = "umum"
    source: Source | None = None
    line: int = 0

    @property
    def forms(self) -> list[str]:
        """Term and aliases: matched case-insensitively in page text."""
        return [self.term, *self.aliases]

    @property
    def search_words(self) -> list[str]:
        """Every form a reader may type for this entry: term, aliases, abbreviations and variants.

        Variants (other spellings and synonyms, e.g. wartawan for jurnalis) are not marked in pages;
        they only lead search to the page that teaches the entry."""
        words = [*self.forms, *(a.abbr for a in self.abbreviations), *self.variants]
        return list(dict.fromkeys(words))


@dataclass
class Glossary:
    entries: list[Entry]
    not_abbreviations: dict[str, str] = field(default_factory=dict)
    path: str = "data/glosarium.yml"

    def __post_init__(self):
        self.entries = sorted(self.entries, key=lambda e: sort_key(e.term))
        self.by_id = {entry.id: entry for entry in self.entries}

    @property
    def abbreviations(self) -> dict[str, tuple[Entry, Abbreviation]]:
        return {a.abbr: (entry, a) for entry in self.entries for a in entry.abbreviations}


# Validation

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ENTRY_KEYS = {"id", "term", "abbreviations", "definition", "aliases", "variants", "related", "basis", "source"}
BASES = ("umum", "kamus", "hukum")
# A definition that quotes a dictionary or a law needs a source even when `basis` is left out.
CITES_RULE = re.compile(r"\b(?:menurut\s+(?:KBBI|kamus|UU|undang-undang|peraturan)|Pasal\s+\d)", re.I)
SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$")
MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")


class _Checker(Reader):
    """The glossary's reading rules: values must be real text (a bare number or date is a mistake here)."""

    def text(self, node, what: str) -> str | None:
        """A non-empty string scalar, or None after recording why not."""
        if not isinstance(node, yaml.ScalarNode):
            kind = "daftar" if isinstance(node, yaml.SequenceNode) else "pemetaan (kunci: nilai)"
            self.error(node, f"{what} harus berupa teks, bukan {kind}.")
            return None
        if node.tag == "tag:yaml.org,2002:null":
            self.error(node, f"{what} tidak boleh kosong.")
            return None
        if node.tag != STR_TAG:
            self.error(node, f"{what} harus berupa teks; apit nilainya dengan tanda kutip, misalnya \"{node.value}\".")
            return None
        value = " ".join(node.value.split())
        if not value:
            self.error(node, f"{what} tidak boleh kosong.")
            return None
        return value if what != "definisi" else node.value.strip()

    def text_list(self, node, what: str) -> list[tuple[str, yaml.Node]]:
        if isinstance(node, yaml.ScalarNode) and node.tag == STR_TAG:
            self.error(node, f"{what} harus berupa daftar, misalnya [{node.value}].")
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"{what} harus berupa daftar.")
            return []
        items = []
        for item in node.value:
            value = self.text(item, f"isi {what}")
            if value is not None:
                items.append((value, item))
        return items

    def pairs(self, node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"{what} harus berupa pemetaan (kunci: nilai).")
            return None
        result = {}
        for key, value in node.value:
            result[str(key.value)] = (key, value)
        return result


def parse_glossary(text: str, path: str = "data/glosarium.yml") -> Glossary:
    """Validate YAML text; return a Glossary or raise DataError listing every problem."""
    check = _Checker(path)
    root = compose(text, path)
    if root is None:
        raise DataError([(path, 1, "berkas kosong. Tulis daftar istilah di bawah kunci `entries:`.")])
    if not isinstance(root, yaml.MappingNode):
        raise DataError([(path, _line(root), "isi berkas harus diawali kunci `entries:` yang berisi daftar istilah.")])
    top = check.pairs(root, "isi berkas")
    for key, (key_node, _) in top.items():
        if key not in ("entries", "not_abbreviations"):
            check.error(key_node, f"kunci \"{key}\" tidak dikenal; yang boleh: entries, not_abbreviations.")
    if "entries" not in top:
        raise DataError(sorted(check.problems + [(path, 1, "kunci `entries:` (daftar istilah) tidak ada.")]))
    entries_node = top["entries"][1]
    if not isinstance(entries_node, yaml.SequenceNode) or not entries_node.value:
        check.error(entries_node, "`entries` harus berupa daftar berisi minimal satu istilah.")
        raise DataError(sorted(check.problems))

    entries = [entry for node in entries_node.value if (entry := _entry(check, node)) is not None]
    _check_unique(check, entries)
    not_abbreviations = _not_abbreviations(check, top.get("not_abbreviations"))
    if check.problems:
        raise DataError(sorted(check.problems))
    return Glossary(entries, not_abbreviations, path)


def _entry(check: _Checker, node) -> Entry | None:
    fields = check.pairs(node, "setiap entri")
    if fields is None:
        return None
    id_node = fields.get("id", (None, None))[1]
    entry_id = check.text(id_node, "id") if id_node is not None else None
    label = f"entri \"{entry_id}\"" if entry_id else "entri"
    if id_node is None:
        check.error(node, "entri tanpa `id`. Tambahkan id berupa huruf kecil dan tanda hubung, misalnya `id: pemangku-kepentingan`.")
    elif entry_id and not ID_RE.match(entry_id):
        check.error(id_node, f"id \"{entry_id}\" tidak sah: pakai huruf kecil, angka, dan tanda hubung saja (misalnya pemangku-kepentingan).")
        entry_id = None
    for key, (key_node, _) in fields.items():
        if key not in ENTRY_KEYS:
            check.error(key_node, f"{label}: kunci \"{key}\" tidak dikenal; yang boleh: {', '.join(sorted(ENTRY_KEYS))}.")

    def required(key: str, what: str) -> str | None:
        if key not in fields:
            check.error(node, f"{label}: `{key}` ({what}) wajib diisi.")
            return None
        return check.text(fields[key][1], f"{label}: {what}")

    term = required("term", "istilah")
    definition = required("definition", "definisi")
    if definition is not None:
        _check_links(check, fields["definition"][1], label, definition)

    abbreviations = []
    if "abbreviations" in fields:
        abbr_node = fields["abbreviations"][1]
        if not isinstance(abbr_node, yaml.SequenceNode):
            check.error(abbr_node, f"{label}: `abbreviations` harus berupa daftar, tiap butir berisi `abbr` dan `expansion`.")
        else:
            for item in abbr_node.value:
                parts = check.pairs(item, f"{label}: setiap singkatan")
                if parts is None:
                    continue
                for key, (key_node, _) in parts.items():
                    if key not in ("abbr", "expansion"):
                        check.error(key_node, f"{label}: kunci singkatan \"{key}\" tidak dikenal; yang boleh: abbr, expansion.")
                if "abbr" not in parts or "expansion" not in parts:
                    check.error(item, f"{label}: setiap singkatan perlu `abbr` (singkatan) dan `expansion` (kepanjangan).")
                    continue
                abbr = check.text(parts["abbr"][1], f"{label}: singkatan")
                expansion = check.text(parts["expansion"][1], f"{label}: kepanjangan singkatan")
                if abbr and expansion:
                    abbreviations.append(Abbreviation(abbr, expansion, _line(parts["abbr"][1])))

    aliases = [(v, n) for v, n in check.text_list(fields["aliases"][1], f"{label}: aliases")] if "aliases" in fields else []
    variants = check.text_list(fields["variants"][1], f"{label}: variants") if "variants" in fields else []
    related = [(v, n) for v, n in check.text_list(fields["related"][1], f"{label}: related")] if "related" in fields else []

    basis = "umum"
    if "basis" in fields:
        value = check.text(fields["basis"][1], f"{label}: basis")
        if value is not None and value not in BASES:
            check.error(fields["basis"][1], f"{label}: basis \"{value}\" tidak dikenal; pilih salah satu: {', '.join(BASES)}.")
        elif value is not None:
            basis = value

    source = None
    if "source" in fields:
        parts = check.pairs(fields["source"][1], f"{label}: source")
        if parts is not None:
            for key, (key_node, _) in parts.items():
                if key not in ("title", "url"):
                    check.error(key_node, f"{label}: kunci sumber \"{key}\" tidak dikenal; yang boleh: title, url.")
            if "title" not in parts:
                check.error(fields["source"][1], f"{label}: sumber perlu `title` (judul sumber).")
            else:
                title = check.text(parts["title"][1], f"{label}: judul sumber")
                url = check.text(parts["url"][1], f"{label}: alamat sumber") if "url" in parts else None
                if url and not SAFE_URL.match(url):
                    check.error(parts["url"][1], f"{label}: alamat sumber harus diawali http:// atau https:// "
                                                 "dan tanpa spasi, tanda kutip, atau < >.")
                    url = None
                if title:
                    source = Source(title, url)
    elif basis in ("kamus", "hukum") or (definition and CITES_RULE.search(definition)):
        why = f"basis \"{basis}\"" if basis != "umum" else "definisinya mengutip kamus atau peraturan"
        check.error(node, f"{label}: {why}, jadi `source` (sumber: title, dan url bila ada) wajib diisi.")

    for value, item in related:
        if value == entry_id:
            check.error(item, f"{label}: related tidak boleh menunjuk entri itu sendiri.")

    if not (entry_id and term and definition):
        return None
    entry = Entry(
        id=entry_id, term=term, definition=definition, abbreviations=abbreviations,
        aliases=[v for v, _ in aliases], variants=[v for v, _ in variants], related=[v for v, _ in related if v != entry_id],
        basis=basis, source=source, line=_line(node),
    )
    entry._nodes = {"id": id_node, "term": fields["term"][1], "aliases": aliases, "variants": variants,
                    "related": related}
    return entry


def _check_links(check: _Checker, node, label: str, definition: str):
    """Links in a definition appear on every page: only full web addresses are safe everywhere."""
    for target in MD_LINK.findall(definition):
        if not re.match(r"^https?://", target):
            check.error(node, f"{label}: tautan \"{target}\" di definisi tidak diizinkan; pakai alamat lengkap "
                              "(https://…), dan untuk entri lain pakai `related`.")


def _check_unique(check: _Checker, entries: list[Entry]):
    ids: dict[str, Entry] = {}
    forms: dict[str, tuple[Entry, str]] = {}   # casefolded term/alias -> owner
    abbrs: dict[str, Entry] = {}
    for entry in entries:
        nodes = entry._nodes
        if entry.id in ids:
            check.error(nodes["id"], f"id \"{entry.id}\" sudah dipakai entri di baris {ids[entry.id].line}; setiap id harus unik.")
        else:
            ids[entry.id] = entry
        for value, node, kind in ([(entry.term, nodes["term"], "istilah")] + [(v, n, "alias") for v, n in nodes["aliases"]]
                                  + [(v, n, "varian") for v, n in nodes["variants"]]):
            key = value.casefold()
            if key in forms:
                owner, owner_kind = forms[key]
                where = "entri ini" if owner is entry else f"entri \"{owner.id}\""
                check.error(node, f"entri \"{entry.id}\": {kind} \"{value}\" sudah menjadi {owner_kind} {where} "
                                  f"(baris {owner.line}); satu bentuk hanya boleh milik satu entri.")
            else:
                forms[key] = (entry, kind)
        for abbr in entry.abbreviations:
            if abbr.abbr in abbrs:
                owner = abbrs[abbr.abbr]
                where = "entri ini" if owner is entry else f"entri \"{owner.id}\" (baris {owner.line})"
                check.error(abbr.line, f"entri \"{entry.id}\": singkatan \"{abbr.abbr}\" sudah ada di {where}; setiap singkatan harus unik.")
            else:
                abbrs[abbr.abbr] = entry
    for entry in entries:
        for value, node in entry._nodes["related"]:
            if value not in ids:
                close = difflib.get_close_matches(value, list(ids), n=1)
                hint = f" Maksud Anda \"{close[0]}\"?" if close else " Pakai id entri yang ada."
                check.error(node, f"entri \"{entry.id}\": related \"{value}\" tidak ada.{hint}")


def _not_abbreviations(check: _Checker, pair) -> dict[str, str]:
    if pair is None:
        return {}
    parts = check.pairs(pair[1], "not_abbreviations")
    if parts is None:
        return {}
    result = {}
    for word, (key_node, value_node) in parts.items():
        reason = check.text(value_node, f"not_abbreviations: alasan untuk \"{word}\"")
        if reason:
            result[word] = reason
    return result


def load_glossary(path: Path = DATA_PATH, display_path: str | None = None) -> Glossary:
    """Read and validate the data file."""
    shown = display_path or _display(path)
    return parse_glossary(read_text(Path(path), shown), shown)


def _display(path: Path) -> str:
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


# Rendering

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def sort_key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z ]", "", plain.casefold())


def letter_of(entry: Entry) -> str:
    key = sort_key(entry.term)
    return key[:1].upper() if key[:1].isalpha() else "#"


def md_text(value) -> Markup:
    """Plain data text for a Markdown page: HTML-escaped and with Markdown syntax neutralised."""
    # Quotes need no escaping in text, and their entities (&#34;) would be broken by escaping "#".
    text = html_lib.escape(str(value), quote=False)
    return Markup(_MD_SPECIAL.sub(r"\\\1", text))


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_text
    return env


_ENV = _environment()


def render_glossary(glossary: Glossary, appearances: dict[str, list[tuple[str, str]]] | None = None,
                    placeholders: bool = False) -> str:
    """The glossary page as Markdown.

    appearances maps an entry id to (page title, Markdown link target relative to glosarium.md).
    With placeholders, each entry's "Muncul di" line is an HTML comment that `fill_appearances`
    replaces once every page has been read (the MkDocs hook renders the page only once).
    """
    appearances = appearances or {}
    groups: dict[str, list] = {}
    for entry in glossary.entries:
        groups.setdefault(letter_of(entry), []).append(("entry", entry))
    # Abbreviations filed under another letter get a pointer, so "CSR" is found under C.
    for entry in glossary.entries:
        for abbr in entry.abbreviations:
            letter = sort_key(abbr.abbr)[:1].upper()
            if letter and letter != letter_of(entry):
                groups.setdefault(letter, []).append(("pointer", (abbr, entry)))
    for letter, items in groups.items():
        items.sort(key=lambda item: sort_key(item[1].term if item[0] == "entry" else item[1][0].abbr))
    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    return _ENV.get_template("glosarium.md.j2").render(
        glossary=glossary,
        letters=letters,
        groups=dict(sorted(groups.items())),
        appearances=appearances,
        placeholders=placeholders,
        shown_expansion=_shown_expansion,
        sources=_unique_sources(glossary),
    )


APPEARS_PLACEHOLDER = re.compile(r"<!-- glossary-appears: ([a-z0-9-]+) -->")


def fill_appearances(html: str, appearances: dict[str, list[tuple[str, str]]], glossary: Glossary) -> str:
    """Replace the placeholders of render_glossary(placeholders=True) in the rendered page.

    appearances maps an entry id to (page title, URL relative to the glossary page). Abbreviations in
    the titles get their tooltip, as everywhere else on the site."""
    known = sorted(glossary.abbreviations, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, known)) + r")\b") if known else None

    def title_html(title: str) -> str:
        text = html_lib.escape(title, quote=False)
        if pattern is None:
            return text
        return pattern.sub(lambda m: '<abbr title="{}">{}</abbr>'.format(
            html_lib.escape(" ".join(glossary.abbreviations[m.group(1)][1].expansion.split())), m.group(1)), text)

    def line(match: re.Match) -> str:
        pages = appearances.get(match.group(1), [])
        if not pages:
            return '<p class="glossary-appears">Belum muncul di halaman lain.</p>'
        links = ", ".join(f'<a href="{html_lib.escape(url)}">{title_html(title)}</a>' for title, url in pages)
        return f'<p class="glossary-appears">Muncul di: {links}</p>'
    return APPEARS_PLACEHOLDER.sub(line, html)


def _unique_sources(glossary: Glossary) -> list[Source]:
    seen: dict[tuple, Source] = {}
    for entry in glossary.entries:
        if entry.source is not None:
            seen.setdefault((entry.source.title, entry.source.url), entry.source)
    return sorted(seen.values(), key=lambda s: sort_key(s.title))


def _shown_expansion(entry: Entry, abbr: Abbreviation) -> str | None:
    """The expansion, unless it only repeats the term."""
    return None if abbr.expansion.casefold() == entry.term.casefold() else abbr.expansion


def abbreviation_glossary(glossary: Glossary) -> dict[str, str]:
    """Abbreviation -> expansion, for the abbr extension's `glossary` option (the same definitions as
    abbreviation_markdown, without parsing them again on every page)."""
    return {abbr: " ".join(item.expansion.split()) for abbr, (entry, item) in sorted(glossary.abbreviations.items())}


def abbreviation_markdown(glossary: Glossary) -> str:
    """Markdown abbreviation definitions (`*[AKI]: Angka Kematian Ibu`) for the abbr extension."""
    lines = []
    for abbr, (entry, item) in sorted(glossary.abbreviations.items()):
        expansion = " ".join(item.expansion.split())
        lines.append(f"*[{abbr}]: {expansion}")
    return "\n".join(lines) + "\n"


def definition_markdown(entry: Entry) -> str:
    """The definition as safe Markdown: any HTML in the data is shown as text, never run."""
    return str(escape(entry.definition))


# Marking terms in rendered HTML

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
        entries = [self.glossary.by_id[i] for i in entry_ids]
        bodies = {e.id: _plain_text(md(definition_markdown(e))) for e in entries}
        return str(self.snippets.definitions(entries=entries, bodies=bodies, glossary_url=glossary_url,
                                             shown_expansion=_shown_expansion))


def _plain_text(html: str) -> str:
    """The text of rendered HTML, unescaped (the template escapes it again), paragraphs run together."""
    return html_lib.unescape(" ".join(re.sub(r"<[^>]+>", "", html).split()))


ABBR_ELEMENT = re.compile(r'<abbr title="[^"]*">([^<]*)</abbr>')


def first_abbreviations_only(html: str) -> str:
    """Keep <abbr> on the first use of each abbreviation in a page and leave later uses as plain text:
    the expansion is given where a reader first meets the word (WCAG technique H28), and a page of
    dotted underlines is harder to read and heavier to lay out (a chapter used 35 of them, an example 83)."""
    seen: set[str] = set()

    def keep_first(match: re.Match) -> str:
        if match.group(1) in seen:
            return match.group(1)
        seen.add(match.group(1))
        return match.group(0)
    return ABBR_ELEMENT.sub(keep_first, html)


# CLI helpers (pages outside MkDocs)


def collect_appearances(docs_dir: Path, glossary: Glossary, md_factory: Callable[[], Callable[[str], str]],
                        skip: Callable[[str], bool] = lambda src: False) -> dict[str, list[tuple[str, str]]]:
    """Entry id -> [(page title, src path)] by rendering every Markdown page under docs_dir."""
    marker = TermMarker(glossary)
    abbreviations = abbreviation_markdown(glossary)
    appearances: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        if src == GLOSSARY_SRC or skip(src):
            continue
        text = path.read_text(encoding="utf-8")
        meta, body = split_front_matter(text)
        title = meta.get("title") or _first_h1(body) or src
        html = md_factory()(body + "\n\n" + abbreviations)
        for entry_id in marker.mark(html, "", mark=False).mentioned:
            appearances.setdefault(entry_id, []).append((title, src))
    return appearances


def split_front_matter(text: str) -> tuple[dict, str]:
    match = re.match(r"^---\s*\n(.*?)\n---\s*\n", text, re.S)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError:
        meta = {}
    return (meta if isinstance(meta, dict) else {}), text[match.end():]


def _first_h1(markdown_text: str) -> str | None:
    match = re.search(r"^#\s+(.+?)\s*(?:\{[^}]*\})?\s*#*\s*$", markdown_text, re.M)
    return match.group(1) if match else None


# CLI


def site_markdown(root: Path = ROOT) -> Callable[[], Callable[[str], str]]:
    """A factory of Markdown converters configured like the site (mkdocs.yml markdown_extensions)."""
    from scripts.site_config import load_config

    names, configs = markdown_config(load_config(root))
    return lambda: make_markdown(names, configs, raw_html=True)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys
    import time

    parser = argparse.ArgumentParser(
        prog="python -m scripts.glossary",
        description="Periksa data glosarium atau tulis halaman glosarium sebagai berkas Markdown.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check_cmd = sub.add_parser("check", help="periksa data/glosarium.yml")
    check_cmd.add_argument("--data", type=Path, default=DATA_PATH, help="berkas data (bawaan: data/glosarium.yml)")
    write_cmd = sub.add_parser("write", help="tulis glosarium.md dan singkatan.md ke folder DIR")
    write_cmd.add_argument("dir", type=Path)
    write_cmd.add_argument("--data", type=Path, default=DATA_PATH, help="berkas data (bawaan: data/glosarium.yml)")
    write_cmd.add_argument("--docs", type=Path, default=ROOT / "docs", help="folder halaman untuk daftar \"Muncul di\"")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    try:
        glossary = load_glossary(args.data)
    except DataError as error:
        print(error, file=sys.stderr)
        print(f"Glosarium tidak valid: {len(error.problems)} masalah.", file=sys.stderr)
        return 1
    if args.command == "check":
        abbreviations = len(glossary.abbreviations)
        print(f"{glossary.path}: {len(glossary.entries)} entri, {abbreviations} singkatan, tidak ada masalah "
              f"({time.perf_counter() - started:.2f} detik).")
        return 0
    appearances = collect_appearances(args.docs, glossary, site_markdown(), skip=lambda src: src.startswith("kuis/"))
    args.dir.mkdir(parents=True, exist_ok=True)
    (args.dir / GLOSSARY_SRC).write_text(render_glossary(glossary, appearances), encoding="utf-8")
    (args.dir / "singkatan.md").write_text(abbreviation_markdown(glossary), encoding="utf-8")
    print(f"Ditulis: {args.dir / GLOSSARY_SRC}, {args.dir / 'singkatan.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


# Abbreviation coverage

CAPITAL_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# Capitalised words run together (IndonesiaLeaks, SuaraBanyuurip, JavaScript) are names, not abbreviations.
JOINED_NAME = re.compile(r"^(?:[A-Z][a-z0-9]+){2,}$")


def capital_words(text: str) -> set[str]:
    """Abbreviation-like words: two or more capitals (AKI, SDGs, BUMDes), not joined-up names."""
    return {word for word in CAPITAL_WORD.findall(text)
            if sum(c.isupper() for c in word) >= 2 and not JOINED_NAME.match(word)}


def uncovered_capital_words(text: str, glossary: Glossary) -> set[str]:
    """Capital-heavy words that are neither a glossary abbreviation nor in not_abbreviations."""
    known = set(glossary.not_abbreviations)
    for abbr in glossary.abbreviations:
        known |= set(CAPITAL_WORD.findall(abbr))
    return capital_words(text) - known
