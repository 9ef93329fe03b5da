"""Schedule on the built site: the generated page, its totals, the guide's plans, and build errors."""

from __future__ import annotations

import re

import pytest
import yaml
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import ROOT, run_mkdocs_build
from scripts.site_config import load_config
from scripts.core.nav import lesson_pages as nav_lessons

SCHEDULE_HTML = "pelatih/jadwal/index.html"
GUIDE_HTML = "pelatih/index.html"


# Helpers (read front matter and data independently of scripts/schedule/)


def front_matter(src: str) -> dict:
    text = (ROOT / "docs" / src).read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?\n)---\n", text, re.DOTALL)
    return yaml.safe_load(match.group(1)) if match else {}


def minutes_of(src: str) -> tuple[int, int]:
    waktu = front_matter(src)["waktu"]
    return waktu["paparan"], waktu["kegiatan"]


def menit(text: str) -> int:
    match = re.fullmatch(r"\**(\d+)( menit)?\**", text.strip())
    assert match, f"'{text}' bukan 'N menit'"
    return int(match.group(1))


def href_src(href: str, base: str) -> str:
    """A built href relative to a page folder -> the docs path of its Markdown page."""
    parts = base.rstrip("/").split("/") if base else []
    for piece in href.split("#", 1)[0].rstrip("/").split("/"):
        if piece == "..":
            parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    path = "/".join(parts)
    return "index.md" if path == "" else (path + ".md" if not path.endswith("examples") else path + "/index.md")


def tree(html_pages, rel):
    return HTMLParser(html_pages[rel].read_text(encoding="utf-8"))


# Every lesson page declares its minutes


def test_every_chapter_and_example_declares_whole_minutes():
    pages = [page.src for page in nav_lessons(load_config(ROOT)["nav"])]
    assert len(pages) >= 3
    for src in pages:
        paparan, kegiatan = minutes_of(src)
        assert type(paparan) is int and type(kegiatan) is int and paparan + kegiatan > 0, src


# The schedule page


def test_schedule_page_is_built_in_the_trainer_section_without_edit_link(html_pages):
    page = tree(html_pages, SCHEDULE_HTML)
    assert page.css_first("h1").text(strip=True).rstrip("¶") == "Jadwal sesi"
    assert page.css_first("a.md-content__button") is None, "halaman terbangkitkan tidak punya tautan sunting"
    assert page.css_first('meta[name="description"]') is not None
    nav_links = {a.text(strip=True): a.attributes.get("href") for a in page.css(".md-nav a")}
    assert "Jadwal sesi" in nav_links and "Untuk pelatih" in {
        label.text(strip=True) for label in page.css(".md-nav label, .md-nav a")
    }
    guide = tree(html_pages, GUIDE_HTML)
    assert guide.css_first("a.md-content__button") is not None, "panduan tetap punya tautan sunting"


def test_schedule_totals_match_front_matter(html_pages):
    page = tree(html_pages, SCHEDULE_HTML)
    listed, grand = [], [0, 0]
    for table in page.css("article table"):
        rows = table.css("tbody tr")
        section = [0, 0]
        for row in rows[:-1]:
            cells = [" ".join(td.text().split()) for td in row.css("td")]
            src = href_src(row.css_first("a").attributes["href"], "pelatih/jadwal")
            expected = minutes_of(src)
            assert (menit(cells[1]), menit(cells[2])) == expected, src
            assert menit(cells[3]) == sum(expected), src
            listed.append(src)
            section = [section[0] + expected[0], section[1] + expected[1]]
        total = [td.text(strip=True) for td in rows[-1].css("td")]
        assert total[0] == "Jumlah"
        assert [menit(total[1]), menit(total[2]), menit(total[3])] == [*section, sum(section)]
        grand = [grand[0] + section[0], grand[1] + section[1]]
    assert listed == [page.src for page in nav_lessons(load_config(ROOT)["nav"])], "jadwal memuat semua bab dan contoh, urut nav"
    summary = page.css_first("h2#jumlah").next
    while summary.tag != "p":
        summary = summary.next
    text = summary.text()
    assert f"{sum(grand)} menit" in text and f"{grand[0]} menit paparan" in text and f"{grand[1]} menit kegiatan" in text


# The facilitator guide's plans


def _section_table(page, section_id):
    node = page.css_first(f"h2#{section_id}").next
    while node is not None and node.tag != "h2":
        found = node.css_first("table") if node.tag != "table" else node
        if found is not None:
            return found
        node = node.next
    raise AssertionError(f"{section_id}: tidak ada tabel")


PLANS = yaml.safe_load((ROOT / "data" / "sesi.yml").read_text(encoding="utf-8"))["sesi"]


@pytest.mark.parametrize("plan", PLANS, ids=[plan["id"] for plan in PLANS])
def test_guide_plan_times_come_from_front_matter_and_add_up(html_pages, plan):
    table = _section_table(tree(html_pages, GUIDE_HTML), plan["id"])
    rows = table.css("tbody tr")
    steps, total = rows[:-1], rows[-1]
    assert len(steps) == len(plan["langkah"])
    shown = []
    for row, step in zip(steps, plan["langkah"]):
        cells = [" ".join(td.text().split()) for td in row.css("td")]
        assert cells[1] == step["langkah"]
        if "bagian" in step:
            paparan, kegiatan = minutes_of(step["halaman"].split("#")[0])
            expected = {"paparan": paparan, "kegiatan": kegiatan, "semua": paparan + kegiatan}[step["bagian"]]
        else:
            expected = step["menit"]
        assert menit(cells[0]) == expected, step["langkah"]
        shown.append(expected)
    total_cells = [" ".join(td.text().split()) for td in total.css("td")]
    assert total_cells[1].startswith("Jumlah")
    assert menit(total_cells[0]) == sum(shown) == plan["durasi"]


def test_plans_have_the_lengths_the_guide_promises():
    lengths = {plan["id"]: plan["durasi"] for plan in PLANS}
    assert lengths["sesi-90-menit"] == 90
    assert 180 <= lengths["sesi-setengah-hari"] <= 240, "setengah hari: 3 sampai 4 jam"


def test_guide_links_are_real_links(html_pages):
    page = tree(html_pages, GUIDE_HTML)
    text = page.css_first("article").text()
    assert "rencana-sesi" not in html_pages[GUIDE_HTML].read_text(encoding="utf-8")
    for name in ("kunci-keberhasilan.md", "tujuan-kolaborasi.md", "examples/"):
        assert name not in text, f"rujukan teks polos '{name}' di panduan"
    hrefs = {a.attributes.get("href") for a in page.css("article a")}
    for target in ("../apa-itu-kolaborasi/", "../kunci-keberhasilan/", "../tujuan-kolaborasi/", "jadwal/"):
        assert target in hrefs, target


# Bad input stops the build with one clear message


BUILD_BAD = [
    # (file, replace, with, expected message)
    (
        "docs/tujuan-kolaborasi.md",
        "waktu: {paparan: 15, kegiatan: 10}",
        "waktu: {paparan: 15, kegiatan: sepuluh}",
        'docs/tujuan-kolaborasi.md:3: waktu.kegiatan "sepuluh" bukan bilangan bulat.',
    ),
    (
        "docs/pelatih/index.md",
        "<!-- rencana-sesi: sesi-setengah-hari -->",
        "<!-- rencana-sesi: sesi-sehari -->",
        'docs/pelatih/index.md:{line}: penanda rencana sesi "sesi-sehari" tidak ada di data/sesi.yml',
    ),
]


@pytest.mark.parametrize("rel, old, new, expected", BUILD_BAD, ids=["front-matter", "penanda"])
def test_bad_input_fails_the_build_with_file_and_line(project_copy, tmp_path, rel, old, new, expected):
    project = project_copy
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert expected.format(line=line) in output, output
    assert "Traceback" not in output
