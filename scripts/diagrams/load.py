"""Reading data/diagram/*.yml with the shared reader (scripts/core/data.py): every problem of a file, each with
its line, before failing; and the `<!-- diagram: NAME -->` markers in a page."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from scripts.core.data import DataError, Reader, compose, line_of, read_text, shown_path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data" / "diagram"
MARKER = re.compile(r"^[ \t]*<!--\s*diagram:\s*([A-Za-z0-9_-]*)\s*-->[ \t]*$", re.M)
SVG_PLACEHOLDER = re.compile(r"<!-- diagram-svg: ([A-Za-z0-9_-]+) -->")
KINDS = ("siklus", "kartu", "lini-masa")
COMMON = ("jenis", "judul", "deskripsi", "keterangan")
KIND_KEYS = {
    "siklus": (("langkah", "tengah"), ("langkah",)),
    "kartu": (("kartu", "atap", "arah", "kolom", "sambung"), ("kartu",)),
    "lini-masa": (("peristiwa",), ("peristiwa",)),
}
CARD_KEYS = ("judul", "teks", "catatan", "label")


def load_diagram(path: Path) -> dict:
    """Validate one data file and return plain data (see CONTRIBUTING.md, "Diagram")."""
    shown = shown_path(path, ROOT)
    root = compose(read_text(path, shown), shown)
    if not isinstance(root, yaml.MappingNode):
        raise DataError.at(shown, 1, "isi berkas harus berupa pasangan kunci: nilai (misalnya `jenis: kartu`).")
    kind_node = next((value for key, value in root.value if key.value == "jenis"), None)
    if kind_node is None:
        raise DataError.at(shown, 1, f"kunci `jenis` belum ada. Isi salah satu: {', '.join(KINDS)}.")
    if not isinstance(kind_node, yaml.ScalarNode) or kind_node.value not in KINDS:
        shown_kind = kind_node.value if isinstance(kind_node, yaml.ScalarNode) else "?"
        raise DataError.at(shown, line_of(kind_node),
                           f"jenis \"{shown_kind}\" tidak dikenal. Pilih salah satu: {', '.join(KINDS)}.")
    kind = kind_node.value
    read = Reader(shown)
    allowed, required = KIND_KEYS[kind]
    fields = read.mapping(root, "berkas", sorted({*COMMON, *allowed}), ["judul", "deskripsi", "keterangan", *required])
    data = {"jenis": kind, "name": path.stem}
    for key in ("judul", "deskripsi", "keterangan"):
        data[key] = read.text(fields.get(key), f"`{key}`", at=root) if key in fields else None
    if kind == "siklus":
        _siklus(read, fields, data)
    elif kind == "kartu":
        _kartu(read, fields, data)
    else:
        _linimasa(read, fields, data)
    read.done()
    return data


def _siklus(read: Reader, fields: dict, data: dict) -> None:
    if "langkah" in fields:
        steps = read.sequence(fields["langkah"], "`langkah`", minimum=3, maximum=5)
        data["langkah"] = [_card(read, item, "langkah") for item in steps]
    if "tengah" in fields:
        data["tengah"] = _card(read, fields["tengah"], "`tengah`")


def _kartu(read: Reader, fields: dict, data: dict) -> None:
    cards = read.sequence(fields["kartu"], "`kartu`", maximum=6) if "kartu" in fields else []
    data["kartu"] = [_card(read, item, "kartu") for item in cards]
    if "atap" in fields:
        data["atap"] = read.text(fields["atap"], "`atap`")
    if "arah" in fields:
        arah = read.mapping(fields["arah"], "`arah`", ("dari", "ke"), ("dari", "ke")) or {}
        data["arah"] = {k: read.text(arah[k], f"`arah.{k}`") for k in ("dari", "ke") if k in arah}
    data["kolom"] = len(data["kartu"])
    if "kolom" in fields:
        node = fields["kolom"]
        if not str(node.value).isdigit() or not 1 <= int(node.value) <= 6:
            read.error(node, "`kolom` harus berupa angka 1 sampai 6.")
        else:
            data["kolom"] = int(node.value)
    data["sambung"] = ""
    if "sambung" in fields:
        node = fields["sambung"]
        data["sambung"] = read.text(node, "`sambung`")
        if data["sambung"] not in ("rantai", "cabang", None):
            read.error(node, "`sambung` harus `rantai` (panah dari kartu ke kartu berikutnya) atau `cabang` "
                             "(panah dari kartu pertama ke setiap kartu lain).")
        elif data["sambung"] == "cabang" and len(data["kartu"]) < 2:
            read.error(node, "`sambung: cabang` perlu sedikitnya dua kartu.")


def _linimasa(read: Reader, fields: dict, data: dict) -> None:
    data["peristiwa"] = []
    events = fields.get("peristiwa")
    if events is None:
        return
    for item in read.sequence(events, "`peristiwa`"):
        entry = read.mapping(item, "peristiwa", ("waktu", "teks"), ("waktu", "teks")) or {}
        data["peristiwa"].append({k: read.text(entry[k], f"`{k}`") for k in ("waktu", "teks") if k in entry})


def _card(read: Reader, node, what: str) -> dict:
    """A card or step: a bare title, or judul + optional teks, catatan, label (chips)."""
    card = {"judul": None, "teks": "", "catatan": "", "label": []}
    if isinstance(node, yaml.ScalarNode):
        card["judul"] = read.text(node, what)
        return card
    fields = read.mapping(node, what, CARD_KEYS, ("judul",)) or {}
    if "judul" in fields:
        card["judul"] = read.text(fields["judul"], f"`judul` {what}")
    for key in ("teks", "catatan"):
        if key in fields:
            card[key] = read.text(fields[key], f"`{key}` {what}")
    if "label" in fields:
        card["label"] = [read.text(item, "butir `label`") for item in read.sequence(fields["label"], "`label`")]
    return card


def load_all(data_dir: Path | None = None) -> dict[str, dict]:
    """Every diagram in data_dir (default data/diagram/), keyed by file stem; the problems of every file at once."""
    data_dir = DATA_DIR if data_dir is None else data_dir
    found, problems = {}, []
    for path in sorted(data_dir.glob("*.yml")):
        try:
            found[path.stem] = load_diagram(path)
        except DataError as error:
            problems += error.problems
    if problems:
        raise DataError(problems)
    return found


def find_markers(markdown: str) -> list[tuple[int, str]]:
    """(line, name) of every `<!-- diagram: NAME -->` line."""
    return [(markdown.count("\n", 0, m.start()) + 1, m.group(1)) for m in MARKER.finditer(markdown)]
