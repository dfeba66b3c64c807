"""Checks over a built site folder: internal links and anchors, the Nu HTML checker."""

from __future__ import annotations

import contextlib
import functools
import http.server
import posixpath
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

PROJECT = Path(__file__).resolve().parents[1]
VNU = PROJECT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep the test output readable
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that drops a connection while a file is sent (the page moved on before a
        # fetch ended) is no failure of the site: no traceback in the test output for it.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    """``folder`` served on 127.0.0.1 (scripts fetch over http, not file://); yields the
    base URL, ending in "/"."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = _QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _Page(HTMLParser):
    """Collects the ids and the outgoing links of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for attr in ("href", "src"):
            if attrs.get(attr) is not None and tag in ("a", "link", "script", "img", "form"):
                self.links.append(attrs[attr])
        if tag == "form" and attrs.get("action"):
            self.links.append(attrs["action"])


def parse(path: Path) -> _Page:
    """The ids and links of the HTML page at ``path``."""
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def html_files(root: Path) -> list[Path]:
    """Every HTML page of a built site, sorted."""
    return sorted(root.rglob("*.html"))


def broken_links(root: Path) -> list[str]:
    """``page: link (why)`` for every internal link or anchor that does not resolve."""
    pages = {p.relative_to(root).as_posix(): parse(p) for p in html_files(root)}
    problems: list[str] = []
    for rel, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue  # absolute URLs: feeds/base_url, never internal navigation
            path = unquote(parts.path)
            if path:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
                if target == ".." or target.startswith("../"):
                    problems.append(f"{rel}: {link} (leaves the site root)")
                    continue
                if path.endswith("/") or (root / target).is_dir():
                    target = posixpath.join(target, "index.html")
            else:
                target = rel
            if not (root / target).is_file():
                problems.append(f"{rel}: {link} (no file {target})")
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.endswith(".html"):
                ids = pages[target].ids if target in pages else parse(root / target).ids
                if fragment not in ids:
                    problems.append(f"{rel}: {link} (no id {fragment!r} in {target})")
    return problems


def vnu_errors(root: Path) -> list[str]:
    """Errors the Nu HTML checker reports for every HTML page under ``root``."""
    java = shutil.which("java")
    assert java, "java is needed for the Nu HTML checker (scripts/test installs it)"
    assert VNU.is_file(), f"{VNU} missing: run scripts/test, which installs vnu-jar"
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--skip-non-html", str(root)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = [line for line in (result.stderr + result.stdout).splitlines() if line.strip()]
    assert result.returncode == 0 or lines, f"vnu failed without a message ({result.returncode})"
    return lines


AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")

# One page of each kind: (kind, first path under the site matching the pattern).
PAGE_KINDS = (
    ("home", r"index\.html"),
    ("stories", r"stories/index\.html"),
    ("story", r"stories/(?!index)[^/]+\.html"),
    ("people", r"people/index\.html"),
    ("person", r"people/(?!index)[^/]+\.html"),
    ("districts", r"districts/index\.html"),
    ("district", r"districts/(?!index)[^/]+\.html"),
    ("posts", r"posts/index\.html"),
    ("post", r"posts/(?!index)[^/]+\.html"),
    ("keywords", r"keywords/index\.html"),
    ("keyword", r"keywords/(?!index)[^/]+\.html"),
    ("sections", r"sections/index\.html"),
    ("section", r"sections/(?!index)[^/]+\.html"),
    ("dates", r"dates/index\.html"),
    ("year", r"dates/\d{4}/index\.html"),
    ("month", r"dates/\d{4}/\d{2}/index\.html"),
    ("undated", r"dates/undated\.html"),
    ("onthisday", r"dates/onthisday\.html"),
    ("pages", r"pages/index\.html"),
    ("page", r"pages/(?!index)[^/]+\.html"),
    ("papers", r"papers/index\.html"),
    ("paper", r"papers/(?!index)[^/]+\.html"),
    ("issue", r"papers/[^/]+/[^/]+\.html"),
    ("search", r"search\.html"),
    ("editors", r"editors\.html"),
    ("404", r"404\.html"),
)


def page_kinds(root: Path) -> dict[str, str]:
    """One site path per page kind the site has (the first in sorted order)."""
    paths = [p.relative_to(root).as_posix() for p in html_files(root)]
    found = {}
    for kind, pattern in PAGE_KINDS:
        match = next((p for p in paths if re.fullmatch(pattern, p)), None)
        if match:
            found[kind] = match
    return found


def axe_violations(page) -> list[dict]:
    """axe-core's violations on the open Playwright page (axe from the pinned npm package)."""
    assert AXE.is_file(), f"{AXE} missing: run scripts/test, which installs axe-core"
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ["violations"]});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(" ") + " :: " + n.failureSummary)}));
        }"""
    )
