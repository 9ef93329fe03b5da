"""Our CSS and JS as the build serves them (scripts/assets.py, scripts/hooks/assets_hook.py): minified,
bundled, the theme's own files untouched, and a syntax error reported with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from conftest import ROOT, run_mkdocs_build
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


def test_no_page_has_a_script_that_stops_the_parser(built_site):
    """The theme's bundle and ours are deferred (assets_hook.on_post_page): browsers fetch them after
    the stylesheets the first paint needs, and the parser never waits for them."""
    deferred = set()
    for page in sorted(built_site.rglob("*.html")):
        tree = HTMLParser(page.read_text(encoding="utf-8"))
        for script in tree.css("script[src]"):
            name = page.relative_to(built_site).as_posix()
            assert "defer" in script.attributes or "async" in script.attributes, f"{name}: {script.html}"
            deferred.add(script.attributes["src"].rsplit("/", 1)[-1].split(".")[0])
    assert {"bundle", "kolaborasi"} <= deferred, deferred


def test_broken_script_stops_the_build_with_one_clear_message(tmp_path):
    project = tmp_path / "proyek"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
        ".git", ".venv", "site", "node_modules", "__pycache__", ".pytest_cache", ".work", "tests", "dist"))
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
