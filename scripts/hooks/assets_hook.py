"""MkDocs hook: our CSS and JS minified, and the ones in extra_css / extra_javascript bundled.

See scripts/assets.py. on_config swaps the two lists for the bundles (so Material's templates link
one file of each); on_files adds the bundles, drops the files they contain, and serves every other
own file minified under its usual name (quiz.js, present.js...); on_env hands the template the one
script that runs inline in <head> before the first paint (trainer.js: html.kol-js and the trainer
view, which would otherwise flash).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from markupsafe import Markup
from mkdocs.structure.files import File

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts import assets  # noqa: E402

_bundles: dict[str, tuple[str, list[str]]] = {}  # bundle path -> (content, source paths)
# What must run before the first paint goes inline into <head> (no render-blocking request). Keep it
# to what prevents a visible flash: at most 1 KB gzip (make bench reports it).
HEAD_SCRIPTS = ("assets/javascripts/trainer.js",)


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


def on_env(env, config, files):
    # overrides/main.html prints this in <head>; "</" cannot occur in it (it would end the element).
    docs = Path(config.docs_dir)
    script = ";\n".join(_minify(path, (docs / path).read_text(encoding="utf-8"), "js") for path in HEAD_SCRIPTS)
    if "</" in script:
        raise PluginError(f"{', '.join(HEAD_SCRIPTS)}: teks \"</\" tidak boleh ada di skrip yang disisipkan ke <head>.")
    env.globals["kolaborasi_head_script"] = Markup(script)
    return env
