"""The project on disk: its root, a strict build, a throwaway copy, and a local server for a built site."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

def run_mkdocs_build(config_dir: Path, site_dir: Path, extra_env: dict | None = None):
    """Run a strict build of the project in config_dir; return the CompletedProcess.

    A copy of the project outside git gets a one-commit repository first, so its pages carry a
    commit date (scripts/git_dates.py) as they would in a clone, not the build date.
    """
    if not (Path(config_dir) / ".git").exists():
        git = ["git", "-c", "user.name=Uji", "-c", "user.email=uji@contoh.test", "-c", "commit.gpgsign=false"]
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "salinan uji"]):
            subprocess.run(git + args, cwd=config_dir, check=True, capture_output=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=config_dir,
        env=env,
        capture_output=True,
        text=True,
    )


# Files a copy of the project never needs (and must not carry: a venv, a built site, node_modules, git).
PROJECT_IGNORE = shutil.ignore_patterns(
    ".venv", "site", "dist", ".git", "node_modules", "__pycache__", ".pytest_cache", ".work", "wt-*",
)


def copy_project(dest: Path) -> Path:
    """A throwaway copy of the project (sources, data, docs, config) at dest, for tests that change files."""
    shutil.copytree(ROOT, dest, ignore=PROJECT_IGNORE)
    return dest


def mini_project(dest: Path, files: dict[str, str]) -> Path:
    """A tiny project for a feature's checks: the real mkdocs.yml plus the given files (path -> text)."""
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    for rel, text in files.items():
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_text(text, encoding="utf-8")
    return dest


def site_url_path(rel: str) -> str:
    """The served URL path of a built file (index.html -> its folder)."""
    return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that closes a connection mid-response (navigation, test teardown) is not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(site: Path, public_url: str | None = None):
    """Serve a copy of a built site on 127.0.0.1 and yield its base URL.

    The copy's sitemap.xml names this server instead of the public address (`public_url`, by
    default the project's site_url): Material's instant navigation only intercepts links listed in
    the sitemap with the same host and path, so without the rewrite every click would be a full load.
    """
    from scripts.site_config import site_url

    with tempfile.TemporaryDirectory(prefix="kolaborasi-served-") as tmp:
        root = Path(tmp) / "site"
        shutil.copytree(site, root)
        httpd = _QuietServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
        base = f"http://127.0.0.1:{httpd.server_address[1]}/"
        sitemap = root / "sitemap.xml"
        if sitemap.exists():
            text = sitemap.read_text(encoding="utf-8")
            sitemap.write_text(text.replace(public_url or site_url(ROOT), base), encoding="utf-8")
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        try:
            yield base
        finally:
            httpd.shutdown()
            httpd.server_close()
