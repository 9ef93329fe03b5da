"""Our CSS and JS as the build serves them (scripts/assets.py, scripts/hooks/assets_hook.py): minified,
bundled, the theme's own files untouched, and a syntax error reported with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from support.site import run_mkdocs_build
from scripts import assets

def test_minify_shortens_local_names_and_keeps_strings():
    source = "(function () {\n  var answerCount = 0; // comment\n  window.x = 'Benar! ' + answerCount;\n})();\n"
    out = assets.minify(source, "js", "docs/x.js")
    assert "answerCount" not in out and "comment" not in out
    assert "'Benar! '" in out or '"Benar! "' in out
    assert len(out) < len(source) / 2


def test_syntax_error_names_file_and_line_in_indonesian():
    source = "(function () {\n  var a = 1;\n  function (b { return b; }\n})();\n"
    with pytest.raises(assets.AssetError) as raised:
        assets.minify(source, "js", "docs/assets/javascripts/rusak.js")
    message = str(raised.value)
    assert message.startswith("docs/assets/javascripts/rusak.js:3: JavaScript tidak bisa dibaca (")
    assert "Perbaiki sintaksnya di baris itu" in message


def test_bundle_keeps_each_script_a_statement():
    """Two IIFEs minified without trailing semicolons must not run together into a call."""
    out = assets.bundle([("a.js", "(function(){window.a=1})()"), ("b.js", "(function(){window.b=2})()")], "js")
    assert ")();\n(function" in out or "})();(function" in out.replace("\n", "")


def test_theme_files_are_served_as_the_theme_ships_them(built_site):
    import material

    theme = Path(material.__file__).parent / "templates"
    shipped = sorted((theme / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert shipped
    for original in shipped:
        served = built_site / "assets" / "javascripts" / original.name
        assert served.read_bytes() == original.read_bytes(), f"{original.name} diubah oleh build"


def test_pages_load_the_theme_as_it_ships_and_inline_at_most_one_small_script(built_site):
    """No loading tricks: the theme's scripts and stylesheets are linked as Material links them (no
    defer forced on its bundle, no media rewritten on its stylesheets), our CSS and JS come as one
    bundle of each kind, and the only script of ours inlined in <head> stays under 1 KB gzip."""
    import gzip

    for page in sorted(built_site.rglob("*.html")):
        name = page.relative_to(built_site).as_posix()
        tree = HTMLParser(page.read_text(encoding="utf-8"))
        theme = [s for s in tree.css("script[src]") if "/bundle." in s.attributes["src"]]
        if name.startswith("assets/"):
            continue
        assert len(theme) == 1 and "defer" not in theme[0].attributes, f"{name}: {[s.html for s in theme]}"
        sheets = [l.attributes["href"].rsplit("/", 1)[-1] for l in tree.css("link[rel=stylesheet]")]
        assert [s.split(".")[0] for s in sheets] == ["main", "palette", "kolaborasi"], f"{name}: {sheets}"
        assert all("media" not in l.attributes for l in tree.css("link[rel=stylesheet]")), name
        ours = tree.css("script#kolaborasi-head")
        assert len(ours) == 1, name
        size = len(gzip.compress(ours[0].text().encode("utf-8")))
        assert size <= 1024, f"{name}: skrip sisipan {size} B gzip, batas 1 KB"


def test_broken_script_stops_the_build_with_one_clear_message(project_copy, tmp_path):
    project = project_copy
    script = project / "docs" / "assets" / "javascripts" / "print.js"
    lines = script.read_text(encoding="utf-8").splitlines()
    lines.insert(5, "  var = 3;")
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    assert "docs/assets/javascripts/print.js:6: JavaScript tidak bisa dibaca" in output, output
    assert not (tmp_path / "site" / "index.html").exists(), "situs setengah jadi tertinggal"
