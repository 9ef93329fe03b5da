"""Reading data/glosarium.yml: every problem with its line, then the model; and the abbreviation coverage
of a text (capital-heavy words the glossary does not know)."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import yaml

from scripts.core.data import STR_TAG, DataError, Reader, compose, read_text, shown_path, line_of as _line
from scripts.glossary.model import DATA_PATH, ROOT, Abbreviation, Entry, Glossary, Source

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ENTRY_KEYS = {"id", "term", "abbreviations", "definition", "aliases", "variants", "related", "basis", "source"}
BASES = ("umum", "kamus", "hukum")
# A definition that quotes a dictionary or a law needs a source even when `basis` is left out.
CITES_RULE = re.compile(r"\b(?:menurut\s+(?:KBBI|kamus|UU|undang-undang|peraturan)|Pasal\s+\d)", re.I)
SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$")
MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")


class _Checker(Reader):
    """The glossary's reading rules: values must be real text (a bare number or date is a mistake here)."""

    def text(self, node, what: str, at=1, strict: bool = True, fold: bool = True) -> str | None:
        return super().text(node, what, at, strict, fold)

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
    shown = display_path or shown_path(path, ROOT)
    return parse_glossary(read_text(Path(path), shown), shown)


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
