"""Diagram generator (scripts/diagrams/): data validation with file:line messages, layout, SVG, hook."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT
from scripts import diagrams
from scripts.core.data import DataError

GOOD = """jenis: kartu
judul: Contoh
deskripsi: Dua kartu.
keterangan: Dua kartu contoh.
kartu:
  - judul: Satu
    teks: teks pertama yang cukup panjang untuk dipotong menjadi beberapa baris di kotak sempit
    label: [A, B]
  - Dua
"""

# (file content, expected line, expected message fragment)
BAD = [
    ("jenis: kartu\njudul: [a\n", 2, "YAML tidak sah: kurung siku [ yang dibuka di baris ini tidak ditutup"),
    ("- a\n- b\n", 1, "pasangan kunci: nilai"),
    ("judul: X\ndeskripsi: Y\nketerangan: Z\n", 1, "kunci `jenis` belum ada"),
    ("jenis: pie\njudul: X\ndeskripsi: Y\nketerangan: Z\n", 1, 'jenis "pie" tidak dikenal'),
    ("jenis: kartu\njudul: X\ndeskripsi: Y\nketerangan: Z\nkartu: []\n", 5, "`kartu` perlu 1 sampai 6 butir (sekarang 0)."),
    ("jenis: kartu\njudul: X\ndeskripsi: Y\nketerangan: Z\nkartu: [a, b, c, d, e, f, g]\n", 5,
     "`kartu` perlu 1 sampai 6 butir (sekarang 7)."),
    ("jenis: kartu\njudul: X\nketerangan: Z\nkartu: [a]\n", 1, 'berkas belum punya kunci "deskripsi"'),
    ("jenis: kartu\njudul: X\ndeskripsi: Y\nketerangan: Z\nwarna: merah\nkartu: [a]\n", 5,
     'kunci "warna" tidak dikenal'),
    ("jenis: kartu\njudul: X\ndeskripsi: Y\nketerangan: Z\nkartu:\n  - judul: a\n    teks: ''\n", 7,
     "`teks` kartu tidak boleh kosong"),
    ("jenis: siklus\njudul: X\ndeskripsi: Y\nketerangan: Z\nlangkah: [a, b]\n", 5, "`langkah` perlu 3 sampai 5 butir (sekarang 2)."),
    ("jenis: lini-masa\njudul: X\ndeskripsi: Y\nketerangan: Z\nperistiwa:\n  - waktu: 2019\n", 6,
     'peristiwa belum punya kunci "teks"'),
    ("jenis: kartu\njudul: X\ndeskripsi: Y\nketerangan: Z\nkolom: dua\nkartu: [a]\n", 5, "`kolom` harus berupa angka"),
]


def write(tmp_path: Path, text: str, name: str = "contoh.yml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, line, message", BAD)
def test_bad_data_names_file_line_and_problem(tmp_path, text, line, message):
    path = write(tmp_path, text)
    with pytest.raises(DataError) as error:
        diagrams.load_diagram(path)
    assert str(error.value).startswith(f"{path}:{line}: "), str(error.value)
    assert message in str(error.value)


def test_every_problem_of_a_file_is_reported_at_once(tmp_path):
    path = write(tmp_path, "jenis: kartu\njudul: X\nketerangan: Z\nwarna: merah\nkolom: dua\nkartu: [a]\n")
    with pytest.raises(DataError) as error:
        diagrams.load_diagram(path)
    assert [(p.line, p.message.split(" ")[0]) for p in error.value.problems] == [(4, "kunci"), (1, "berkas"), (5, "`kolom`")]


def test_every_committed_diagram_is_valid():
    loaded = diagrams.load_all()
    assert {"siklus-bersama", "pentahelix", "kunci-keberhasilan", "tujuan-kolaborasi"} <= set(loaded)


def test_cli_check_exits_1_with_the_message(tmp_path):
    bad = tmp_path / "data" / "diagram"
    bad.mkdir(parents=True)
    write(bad, "jenis: pie\njudul: X\ndeskripsi: Y\nketerangan: Z\n", "rusak.yml")
    code = (
        "import sys; from pathlib import Path; from scripts.diagrams import load; from scripts.diagrams.__main__ import main;"
        f"load.DATA_DIR = Path({str(bad)!r}); sys.exit(main(['check']))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert 'rusak.yml:1: jenis "pie" tidak dikenal' in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_check_passes_on_the_repository():
    result = subprocess.run([sys.executable, "-m", "scripts.diagrams", "check"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr


def test_wrap_keeps_every_line_within_the_width():
    text = "tiap pihak menjalankan bagiannya dan saling memberi kabar kepada semua anggota"
    lines = diagrams.wrap(text, 120, 15)
    assert len(lines) > 1
    assert " ".join(lines) == text
    assert all(diagrams.text_width(line, 15) <= 120 for line in lines)


def test_find_markers_reports_lines():
    markdown = "# Judul\n\n<!-- diagram: siklus -->\n\nTeks <!-- diagram: bukan -->\n  <!-- diagram:  x-y -->\n"
    assert diagrams.find_markers(markdown) == [(3, "siklus"), (6, "x-y")]


@pytest.mark.parametrize("wide", [True, False])
def test_svg_is_an_image_with_name_and_description(tmp_path, wide):
    data = diagrams.load_diagram(write(tmp_path, GOOD))
    svg = HTMLParser(diagrams.render_svg(data, wide)).css_first("svg")
    assert svg.attributes["role"] == "img"
    title = svg.css_first("title")
    desc = svg.css_first("desc")
    assert svg.attributes["aria-labelledby"] == title.attributes["id"] and title.text() == "Contoh"
    assert svg.attributes["aria-describedby"] == desc.attributes["id"] and desc.text() == "Dua kartu."
    assert [t.text() for t in svg.css("text")][:1] == ["Satu"]


@pytest.mark.parametrize("name", sorted(diagrams.load_all()))
@pytest.mark.parametrize("wide", [True, False])
def test_text_stays_inside_the_drawing(name, wide):
    """Measured with the (wide) DejaVu metrics, no text line runs past the drawing's edges."""
    data = diagrams.load_all()[name]
    scene = diagrams.LAYOUTS[data["jenis"]](data, wide)
    for shape in scene.shapes:
        if shape["t"] != "text":
            continue
        width = diagrams.text_width(shape["s"], shape["size"], shape["bold"])
        left = {"start": 0, "middle": width / 2, "end": width}[shape["anchor"]]
        assert shape["x"] - left >= -1 and shape["x"] - left + width <= scene.width + 1, (name, shape["s"])
        assert shape["size"] >= diagrams.FONT_SMALL


def test_text_is_escaped(tmp_path):
    data = diagrams.load_diagram(write(tmp_path, GOOD.replace("judul: Contoh", "judul: 'A <b> & C'")))
    svg = diagrams.render_svg(data, True)
    assert "A &lt;b&gt; &amp; C" in svg and "<b>" not in svg


# Hook


def _hook():
    sys.path.insert(0, str(ROOT / "scripts" / "hooks"))
    import diagrams_hook

    return diagrams_hook


def test_hook_rejects_an_unknown_diagram_with_page_and_line():
    from mkdocs.exceptions import PluginError

    hook = _hook()
    hook.on_pre_build(None)
    page = SimpleNamespace(file=SimpleNamespace(src_uri="bab.md"))
    with pytest.raises(PluginError) as error:
        hook.on_page_markdown("# Bab\n\nTeks.\n\n<!-- diagram: tidak-ada -->\n", page, None, None)
    assert str(error.value).startswith('docs/bab.md:5: diagram "tidak-ada" tidak ada di data/diagram/.')


def test_hook_turns_a_marker_into_a_figure_and_then_svg(tmp_path):
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    hook = _hook()
    hook.on_pre_build(None)
    config = MkDocsConfig()
    config.load_dict({"site_name": "Uji", "docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site")})
    (tmp_path / "docs").mkdir()
    assert not config.validate()[0]
    config.plugins._current_plugin = None  # set by MkDocs while it runs events; File.generated reads it
    files = hook.on_files(Files([]), config)
    wide = {f.src_uri: f.content_string for f in files if f.src_uri.startswith("assets/diagrams/siklus-bersama.")}
    assert len(wide) == 1 and next(iter(wide.values())).startswith('<svg class="kd-svg kd-svg--lebar"')
    page = SimpleNamespace(file=SimpleNamespace(src_uri="bab.md", url="bab/"))
    markdown = hook.on_page_markdown("Teks.\n\n<!-- diagram: siklus-bersama -->\n", page, None, None)
    assert '<figure class="kd-diagram" id="diagram-siklus-bersama" markdown="block">' in markdown
    html = hook.on_post_page("<p>x</p><!-- diagram-svg: siklus-bersama -->", page, None)
    # One copy in the page, the narrow layout; the wide one is the file, addressed from the page.
    assert html.count("<svg") == 1 and "kd-svg--sempit" in html and "diagram-svg" not in html
    assert f'data-kd-lebar="../{next(iter(wide))}"' in html


@pytest.mark.parametrize("name", sorted(diagrams.load_all()))
@pytest.mark.parametrize("wide", [True, False])
def test_text_stays_inside_every_box_it_starts_in(name, wide):
    """A label that starts inside a card or chip ends inside it too (checked with the wide DejaVu metrics)."""
    data = diagrams.load_all()[name]
    scene = diagrams.LAYOUTS[data["jenis"]](data, wide)
    rects = [s for s in scene.shapes if s["t"] == "rect"]
    for shape in scene.shapes:
        if shape["t"] != "text":
            continue
        width = diagrams.text_width(shape["s"], shape["size"], shape["bold"])
        start = shape["x"] - {"start": 0, "middle": width / 2, "end": width}[shape["anchor"]]
        for rect in rects:
            if rect["x"] <= shape["x"] <= rect["x"] + rect["w"] and rect["y"] <= shape["y"] <= rect["y"] + rect["h"]:
                assert rect["x"] <= start and start + width <= rect["x"] + rect["w"] + 0.5, (name, shape["s"])
    for chip in (r for r in rects if r["cls"] == "kd-chip"):
        boxes = [r for r in rects if r["cls"].startswith("kd-box")
                 and r["x"] <= chip["x"] <= r["x"] + r["w"] and r["y"] <= chip["y"] <= r["y"] + r["h"]]
        assert boxes, (name, "label di luar kartu")
        assert all(chip["x"] + chip["w"] <= box["x"] + box["w"] for box in boxes), (name, "label melewati kartu")
