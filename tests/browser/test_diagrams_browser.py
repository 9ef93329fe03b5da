"""Diagrams in chromium: the page's narrow layout reads at every width (text >= 12 px, no horizontal
scroll), presentation mode swaps in the wide one, axe clean."""

from __future__ import annotations

import pytest

from support.browser import PHONE, PROJECTOR

pytestmark = pytest.mark.browser

PAGES = ["apa-itu-kolaborasi/", "kunci-keberhasilan/", "tujuan-kolaborasi/", "examples/ykp-madani/",
         "examples/icw-jurnalis/", "examples/indonesialeaks/"]

# For each visible diagram: its layout, the smallest rendered text size, and any text outside the SVG box.
MEASURE = """() => [...document.querySelectorAll('figure.kd-diagram svg')]
  .filter(svg => getComputedStyle(svg).display !== 'none')
  .map(svg => {
    const box = svg.getBoundingClientRect();
    const scale = svg.getScreenCTM().a;
    const texts = [...svg.querySelectorAll('text')];
    const sizes = texts.map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
    const outside = texts.filter(t => {
      const r = t.getBoundingClientRect();
      return r.left < box.left - 1 || r.right > box.right + 1;
    }).map(t => t.textContent);
    return {layout: svg.classList.contains('kd-svg--lebar') ? 'lebar' : 'sempit',
            min: Math.min(...sizes), outside, right: box.right};
  })"""


@pytest.mark.parametrize("viewport, presenting", [(PHONE, False), (PROJECTOR, False), (PROJECTOR, True)],
                         ids=["ponsel", "proyektor", "presentasi"])
@pytest.mark.parametrize("path", PAGES)
def test_diagram_fits_and_text_stays_readable(make_page, server, path, viewport, presenting):
    page = make_page(viewport=viewport)
    page.goto(server + path)
    layout = "sempit"
    if presenting:
        page.keyboard.press("p")
        page.wait_for_function("document.documentElement.classList.contains('kol-presenting')")
        # present.js fetches the wide layouts and swaps them in; show every slide's content at once.
        page.wait_for_function("[...document.querySelectorAll('.kd-diagram__canvas')]"
                               ".every(c => c.hasAttribute('data-kd-lebar-siap'))")
        page.add_style_tag(content="html.kol-presenting .md-content__inner > * { display: block !important; }")
        layout = "lebar"
    shown = page.evaluate(MEASURE)
    assert shown, "tidak ada diagram yang tampak"
    for item in shown:
        assert item["layout"] == layout
        assert item["min"] >= 12, f"teks terkecil {item['min']:.1f}px"
        assert not item["outside"], item["outside"]
        assert item["right"] <= viewport["width"]
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


def test_print_shows_a_diagram_in_black_on_white(make_page, server):
    page = make_page(viewport=PROJECTOR, color_scheme="dark")
    page.goto(server + PAGES[0])
    page.emulate_media(media="print")
    style = "(sel) => getComputedStyle(document.querySelector(sel)).fill"
    assert page.evaluate(style, ".kd-svg--sempit .kd-text") == "rgb(0, 0, 0)"
    assert page.evaluate(style, ".kd-svg--sempit .kd-centre") == "rgb(255, 255, 255)"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, PROJECTOR], ids=["ponsel", "proyektor"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_on_diagram_pages(make_page, server, path, viewport, scheme):
    from axe_playwright_python.sync_playwright import Axe

    page = make_page(viewport=viewport, color_scheme=scheme)
    page.goto(server + path)
    result = Axe().run(page, context="figure.kd-diagram")
    assert result.violations_count == 0, result.generate_report()


# Text colour over the shape behind it; axe does not measure SVG text, so measure it here.
PAIRS = [("kd-text", "kd-box"), ("kd-text", "kd-step"), ("kd-text", "kd-centre"), ("kd-text kd-muted", "kd-box"),
         ("kd-chip-text", "kd-chip"), ("kd-roof-text", "kd-roof"), ("kd-text kd-muted", None)]
CONTRAST = """(pairs) => {
  const svg = document.querySelector('.kd-svg');
  const probe = (cls, tag) => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    el.setAttribute('class', cls); svg.appendChild(el);
    const value = getComputedStyle(el).fill; el.remove(); return value;
  };
  const parse = c => { const m = c.match(/[\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
  const lum = ([r, g, b]) => {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const page = parse(getComputedStyle(document.body).backgroundColor);
  return pairs.map(([text, shape]) => {
    const back = shape ? parse(probe(shape, 'rect')) : page;
    const fore = parse(probe(text, 'text'));
    const mix = fore.slice(0, 3).map((v, i) => v * fore[3] + back[i] * (1 - fore[3]));
    const [a, b] = [lum(mix), lum(back)].sort((x, y) => y - x);
    return [text, shape, (a + 0.05) / (b + 0.05)];
  });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_diagram_text_contrast_is_at_least_4_5(make_page, server, scheme):
    page = make_page(viewport=PHONE, color_scheme=scheme)
    page.goto(server + PAGES[0])
    for text, shape, ratio in page.evaluate(CONTRAST, PAIRS):
        assert ratio >= 4.5, f"{text} di atas {shape or 'halaman'}: {ratio:.2f}:1"
