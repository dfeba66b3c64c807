"""``cqnews serve``: build, serve the site on 127.0.0.1, rebuild when an input changes.

The watcher polls modification times (no platform file-watching library): seeds,
templates, static files, the editors' files and the configuration file. A rebuild is an
ordinary ``build`` (per-file analysis is cached, so only what changed is analysed again).
Pages are served with a small script that reloads them after each rebuild; the built
files themselves are never changed, so ``build/`` stays what a deploy would publish.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cqnews_site.build import BuildResult, build
from cqnews_site.config import CONFIG_FILE, Config
from cqnews_site.output import folders
from cqnews_site.output.writer import WriteError
from cqnews_site.site.theme import RenderError

HOST = "127.0.0.1"  # loopback only: a preview is not a publication
RELOAD_SCRIPT = Path(__file__).parent / "site" / "dev" / "reload.js"
ENDPOINT = "/__cqnews__/"


def watched_files(config: Config, config_path: Path | None = None) -> dict[Path, float]:
    """Every input file a rebuild depends on, with its modification time."""
    roots: list[Path] = [config.seeds]
    roots += [f for f in (config.templates, config.static) if f is not None]
    files: list[Path] = [p for p in (config.entities, config.gazetteer,
                                     config_path or Path(CONFIG_FILE)) if p is not None]
    found: dict[Path, float] = {}
    for folder in roots:
        if folder.is_dir():
            for entry in folders.entries(folder):
                if entry.is_file and not entry.path.name.startswith("."):
                    found[entry.path] = entry.path.stat().st_mtime
    for path in files:
        if path.is_file():
            found[path] = path.stat().st_mtime
    return found


@dataclass
class Preview:
    """A built site served on the loopback interface, rebuilt when its inputs change."""

    config: Config
    port: int = 8000  # 0: any free port
    interval: float = 0.5  # seconds between two looks at the inputs
    config_path: Path | None = None
    report: Callable[[str], None] = print
    build_number: int = 0
    last: BuildResult | None = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _server: http.server.ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        """The address the site is served at."""
        assert self._server is not None, "call start() first"
        return f"http://{HOST}:{self._server.server_address[1]}/"

    def rebuild(self) -> None:
        """Build now; an error is reported and the last good site stays served."""
        try:
            self.last = build(self.config)
        except (RenderError, WriteError, OSError) as exc:
            self.report(f"error: {exc}; still serving the last good site")
            return
        for diagnostic in self.last.diagnostics:
            self.report(str(diagnostic))
        self.build_number += 1
        self.report(f"built {self.last.stories} stories ({len(self.last.errors)} errors, "
                    f"{len(self.last.warnings)} warnings)")

    def start(self) -> str:
        """Build, start serving and watching (in daemon threads); returns the URL."""
        self.rebuild()
        handler = functools.partial(_Handler, preview=self)
        self._server = http.server.ThreadingHTTPServer((HOST, self.port), handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        threading.Thread(target=self._watch, daemon=True).start()
        return self.url

    def stop(self) -> None:
        """Stop watching and serving."""
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _watch(self) -> None:
        seen = watched_files(self.config, self.config_path)
        while not self._stop.wait(self.interval):
            now = watched_files(self.config, self.config_path)
            if now != seen:
                changed = _changed(seen, now)
                self.report(f"changed: {', '.join(changed[:3])}"
                            + (f" and {len(changed) - 3} more" if len(changed) > 3 else ""))
                seen = now
                self.rebuild()


def _changed(before: dict[Path, float], after: dict[Path, float]) -> list[str]:
    names: Iterable[Path] = set(before) ^ set(after) | {
        p for p in set(before) & set(after) if before[p] != after[p]}
    return sorted(str(p) for p in names)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Files of the output folder; HTML pages get the reload script appended."""

    def __init__(self, *args, preview: Preview, **kwargs):
        self.preview = preview
        super().__init__(*args, directory=str(preview.config.out), **kwargs)

    def log_message(self, format, *args):  # one line per rebuild is enough output
        pass

    def do_GET(self):
        if self.path.startswith(ENDPOINT):
            name = self.path[len(ENDPOINT):].split("?")[0]
            if name == "build":
                return self._send(str(self.preview.build_number).encode(), "text/plain")
            if name == "reload.js":
                return self._send(RELOAD_SCRIPT.read_bytes(), "text/javascript")
            return self.send_error(404)
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            tag = f'<script src="{ENDPOINT}reload.js"></script>\n'.encode()
            body = path.read_bytes()
            body = body.replace(b"</body>", tag + b"</body>", 1) if b"</body>" in body \
                else body + tag
            return self._send(body, "text/html; charset=utf-8")
        return super().do_GET()

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)
