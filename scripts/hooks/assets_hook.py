"""MkDocs hook: our CSS and JS minified, and the ones in extra_css / extra_javascript bundled.

See scripts/assets.py. on_config swaps the two lists for the bundles (so Material's templates link
one file of each); on_files adds the bundles, drops the files they contain, and serves every other
own file minified under its usual name (quiz.js, present.js...); on_page_content lists the page's
own stylesheets (PAGE_CSS) for the template; on_env hands the template the
scripts that run inline in <head> before the first paint (trainer.js, palette-head.js) or before the
theme's bundle (search-defer.js, links-head.js); on_post_page defers the scripts at the end of
<body> and keeps Material's dark stylesheet from blocking the first paint of light pages.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from markupsafe import Markup
from mkdocs.structure.files import File

# MkDocs loads hooks by file path; make the `scripts` package importable.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts import assets  # noqa: E402

_bundles: dict[str, tuple[str, list[str]]] = {}  # bundle path -> (content, source paths)
# Stylesheets that only some pages need, and what in a page's HTML shows that it needs them. They are
# linked from the page's <head> (overrides/main.html); instant navigation adds and drops them there.
PAGE_CSS = {
    "assets/stylesheets/diagrams.css": ("kd-diagram",),
    # Marked terms and their popovers, and the glossary page itself; quizzes and handouts have neither.
    "assets/stylesheets/glossary.css": ('class="glossary-',),
    "assets/stylesheets/handout.css": ('class="lembar-',),
    "assets/stylesheets/schedule.css": ("jadwal-tabel", "rencana-tabel"),
    "assets/stylesheets/examples.css": ('id="perbandingan"',),
}
# Scripts that must run before the first paint go inline into <head> (no render-blocking request).
HEAD_SCRIPTS = ("assets/javascripts/js-head.js", "assets/javascripts/trainer.js", "assets/javascripts/palette-head.js",
                "assets/javascripts/search-defer.js", "assets/javascripts/links-head.js")


def _entry_path(entry) -> str:
    return entry if isinstance(entry, str) else getattr(entry, "path", None) or entry.get("path", "")


def _minify(path: str, text: str, kind: str) -> str:
    try:
        return assets.minify(text, kind, f"docs/{path}")
    except assets.AssetError as error:
        raise PluginError(str(error)) from None


def on_config(config):
    _bundles.clear()
    docs = Path(config.docs_dir)
    for option, kind in (("extra_css", "css"), ("extra_javascript", "js")):
        paths = [_entry_path(entry) for entry in config[option]]
        sources = []
        for path in paths:
            file = docs / path
            if not assets.is_own(path) or not file.is_file():
                raise PluginError(f"mkdocs.yml: {option} menyebut {path}, tetapi berkas docs/{path} tidak ada "
                                  f"(atau bukan CSS/JS langsung di docs/assets/stylesheets atau javascripts).")
            sources.append((path, file.read_text(encoding="utf-8")))
        if not sources:
            continue
        try:
            content = assets.bundle([(f"docs/{path}", text) for path, text in sources], kind)
        except assets.AssetError as error:
            raise PluginError(str(error)) from None
        name = assets.bundle_name(content, kind)
        _bundles[name] = (content, paths)
        config[option] = [name]
    return config


def on_files(files, config):
    bundled = {path for _, paths in _bundles.values() for path in paths}
    docs = Path(config.docs_dir).resolve()
    for file in list(files):
        # The theme's own files (Material's bundle, main.css...) share these folders; leave them alone.
        if not assets.is_own(file.src_uri) or not file.src_dir or Path(file.src_dir).resolve() != docs:
            continue
        files.remove(file)
        if file.src_uri in bundled or file.src_uri in HEAD_SCRIPTS:
            continue
        kind = assets.KINDS[Path(file.src_uri).suffix]
        files.append(File.generated(config, file.src_uri, content=_minify(file.src_uri, file.content_string, kind)))
    for name, (content, _) in _bundles.items():
        files.append(File.generated(config, name, content=content))
    return files


# Material's dark-scheme stylesheet: only a dark page needs it before the first paint. As a media query
# it stops blocking the paint of light pages (the browser still fetches it, at low priority);
# palette-head.js and palette.js switch it on when the reader chose the dark scheme on a light device.
DARK_SHEET = re.compile(r'(<link rel="stylesheet" href="[^"]*assets/stylesheets/palette\.[0-9a-f]+\.min\.css")>')


# A classic external script with no other attribute: the theme's bundle and ours (extra_javascript).
BLOCKING_SCRIPT = re.compile(r'<script src="([^"]+)"></script>')


def on_post_page(output, page, config):
    return _finish_html(output)


def on_post_template(output, template_name, config):
    # Static templates: 404.html is a whole page too (sitemap.xml and the rest are left alone).
    return _finish_html(output) if template_name.endswith(".html") else output


def _finish_html(output: str) -> str:
    # Deferred, the scripts at the end of <body> no longer stop the parser, and browsers fetch them at
    # low priority, after the stylesheets the first paint needs. They still run in page order, before
    # DOMContentLoaded, where Material starts; quiz.js and present-loader.js, which sit earlier in the
    # page (inside the content, for instant navigation), wait for it.
    output = BLOCKING_SCRIPT.sub(r'<script src="\1" defer></script>', output)
    return DARK_SHEET.sub(r'\1 media="(prefers-color-scheme: dark)" data-kol-dark>', output, count=1)


@event_priority(-100)  # after the other hooks have added their markup (glossary terms, diagrams...)
def on_page_content(html, page, config, files):
    page.meta["kolaborasi_css"] = [css for css, markers in PAGE_CSS.items() if any(m in html for m in markers)]
    return html


def on_env(env, config, files):
    # overrides/main.html prints this in <head>; "</" cannot occur in it (it would end the element).
    docs = Path(config.docs_dir)
    script = ";\n".join(_minify(path, (docs / path).read_text(encoding="utf-8"), "js") for path in HEAD_SCRIPTS)
    if "</" in script:
        raise PluginError(f"{', '.join(HEAD_SCRIPTS)}: teks \"</\" tidak boleh ada di skrip yang disisipkan ke <head>.")
    env.globals["kolaborasi_head_script"] = Markup(script)
    return env
