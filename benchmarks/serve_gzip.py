"""A small static server on 127.0.0.1 that compresses like a real host (gzip for text), answers
conditional requests, and counts what it sends, so benchmarks can measure bytes on the wire.

    python -m benchmarks.serve_gzip DIR [PORT]
"""

from __future__ import annotations

import email.utils
import gzip
import http.server
import mimetypes
import os
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlparse

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map", ".webmanifest")
GZIP_LEVEL = 6  # what common hosts use; page_weight measures our own assets with the same level


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "kolaborasi-bench"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def flush_headers(self):
        if getattr(self, "_headers_buffer", None):
            self.server.count(sum(len(chunk) for chunk in self._headers_buffer))
        super().flush_headers()

    def do_HEAD(self):
        self._respond(body=False)

    def do_GET(self):
        self._respond(body=True)

    def _respond(self, body: bool):
        self.server.count(0, request=True)
        root: Path = self.server.root
        path = unquote(urlparse(self.path).path)
        target = (root / path.lstrip("/")).resolve()
        if root not in target.parents and target != root:
            return self._send(404, root / "404.html", body)
        if target.is_dir():
            if not path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            target = target / "index.html"
        if not target.is_file():
            return self._send(404, root / "404.html", body)
        self._send(200, target, body)

    def _send(self, status: int, file: Path, body: bool):
        if not file.is_file():
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        stat = file.stat()
        last_modified = email.utils.formatdate(int(stat.st_mtime), usegmt=True)
        since = self.headers.get("If-Modified-Since")
        if status == 200 and since:
            try:
                if int(stat.st_mtime) <= email.utils.parsedate_to_datetime(since).timestamp():
                    self.send_response(304)
                    self.send_header("Last-Modified", last_modified)
                    self.end_headers()
                    return
            except (TypeError, ValueError):
                pass
        data, encoded = self.server.content(file, "gzip" in self.headers.get("Accept-Encoding", ""))
        self.send_response(status)
        self.send_header("Content-Type", mimetypes.guess_type(file.name)[0] or "application/octet-stream")
        if encoded:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Last-Modified", last_modified)
        rel = file.relative_to(self.server.root).as_posix()
        self.send_header("Cache-Control", "max-age=3600" if rel.startswith("assets/") else "no-cache")
        self.end_headers()
        if body:
            self.wfile.write(data)
            self.server.count(len(data))


class GzipServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that drops a connection (Lighthouse closing a tab) is not an error worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def __init__(self, root: Path, port: int = 0):
        super().__init__(("127.0.0.1", port), _Handler)
        self.root = Path(root).resolve()
        self._lock = threading.Lock()
        self._cache: dict[tuple[Path, bool], bytes] = {}
        self.reset()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def content(self, file: Path, accept_gzip: bool) -> tuple[bytes, bool]:
        encoded = accept_gzip and file.suffix in COMPRESSIBLE
        key = (file, encoded)
        with self._lock:
            if key not in self._cache:
                raw = file.read_bytes()
                self._cache[key] = gzip_bytes(raw) if encoded else raw
            return self._cache[key], encoded

    def count(self, size: int, request: bool = False):
        with self._lock:
            self.bytes_sent += size
            self.requests += int(request)

    def reset(self):
        with self._lock:
            self.bytes_sent = 0
            self.requests = 0

    def snapshot(self) -> tuple[int, int]:
        with self._lock:
            return self.bytes_sent, self.requests

    def start(self) -> "GzipServer":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("pemakaian: python -m benchmarks.serve_gzip FOLDER [PORT]")
    server = GzipServer(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 8000)
    print(f"Menyajikan {server.root} (gzip) di {server.base}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    os._exit(0)
