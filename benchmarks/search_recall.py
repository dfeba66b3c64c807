"""Search recall, precision, index size and query time, measured through the real search page.

Builds the seed site into a temporary folder (or takes a built one with ``--site``),
serves it from a sub-path on 127.0.0.1 with ``http.server`` and drives the system
Chromium through Playwright: each query is typed into the search page's box, submitted,
and every result (following "显示更多结果") is read back. The truth for a query is the
set of stories whose text contains it. Queries: every person name, every district short
name, every keyword the tagger found, and 30 two-character words sampled with a fixed seed.

    python benchmarks/search_recall.py [--seeds seeds] [--site BUILT_SITE]

Other code (tests/test_search_browser.py) imports :func:`measure` and the helpers.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import random
import re
import statistics
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SAMPLE_SEED = 20240126
SAMPLE_WORDS = 30
# The site is served below a sub-path to prove that nothing assumes the server root.
SUB_PATH = "archive/cq"
_STORY_RE = re.compile(r"stories/([^/#?]+)\.html")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]{2}")
_TAG_RE = re.compile(r"<[^>]+>")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serve(site: Path, sub_path: str = SUB_PATH) -> Iterator[str]:
    """Serve ``site`` at ``http://127.0.0.1:PORT/<sub_path>/``; yields that URL."""
    with tempfile.TemporaryDirectory() as tmp:
        mount = Path(tmp, sub_path)
        mount.parent.mkdir(parents=True, exist_ok=True)
        mount.symlink_to(site.resolve(), target_is_directory=True)
        handler = functools.partial(_QuietHandler, directory=tmp)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/{sub_path}/"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()


@contextlib.contextmanager
def browser_page() -> Iterator[tuple[object, list[str]]]:
    """A Playwright page of the system Chromium (headless) and the list its JS errors go to."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on(
                "console", lambda msg: errors.append(msg.text) if msg.type == "error" else None
            )
            yield page, errors
        finally:
            browser.close()


class SearchPage:
    """The site's search page, used as a reader would: type, press Enter, read results."""

    def __init__(self, page, site_url: str) -> None:
        self.page = page
        self.site_url = site_url
        page.goto(site_url + "search.html")
        page.wait_for_function("document.getElementById('search-app').dataset.searches")

    def _done(self, before: str | None) -> None:
        self.page.wait_for_function(
            "b => document.getElementById('search-app').dataset.searches !== b", arg=before
        )

    def query(self, text: str, **filters: str) -> tuple[list[str], float]:
        """Search for ``text``; returns every result link (all pages) and seconds to first page."""
        page = self.page
        for name in ("district", "person", "section", "year"):
            want = filters.get(name, "")
            if page.input_value(f"#filter-{name}") != want:
                # Changing a filter runs a search of its own; wait for it before typing.
                before = page.eval_on_selector("#search-app", "e => e.dataset.searches")
                page.select_option(f"#filter-{name}", want)
                self._done(before)
        before = page.eval_on_selector("#search-app", "e => e.dataset.searches")
        page.fill("#search-q", text)
        start = time.perf_counter()
        page.press("#search-q", "Enter")
        self._done(before)
        elapsed = time.perf_counter() - start
        return self.all_links(), elapsed

    def all_links(self) -> list[str]:
        """Click "显示更多结果" until every result is listed, then read their links."""
        page = self.page
        while page.is_visible("#search-more"):
            shown = page.eval_on_selector("#search-app", "e => e.dataset.shown")
            page.click("#search-more")
            page.wait_for_function(
                "s => document.getElementById('search-app').dataset.shown !== s", arg=shown
            )
        return page.eval_on_selector_all(
            "#search-results li a", "els => els.map(e => e.getAttribute('href'))"
        )

    def open_url(self, **params: str) -> list[str]:
        """Load the page with the query in its URL, as a shared link would."""
        self.page.goto(self.site_url + "search.html?" + urlencode(params))
        self.page.wait_for_function("document.getElementById('search-app').dataset.searches")
        return self.all_links()


def fold(text: str) -> str:
    """NFKC and lower case, so full- and half-width forms compare equal."""
    return unicodedata.normalize("NFKC", text).lower()


def story_texts(archive) -> dict[str, str]:
    """Each story's text as a reader sees it on its page: titles, byline, body, items, captions."""
    out = {}
    for s in archive.stories:
        body = s.full_text or (_TAG_RE.sub("", s.html) if s.html else "")
        parts = [s.kicker, s.headline, s.subtitle, *s.reporters, *s.photographers, body,
                 *s.captions]
        out[s.id] = fold("\n".join(p for p in parts if p))
    return out


def query_sets(archive) -> dict[str, list[str]]:
    """The benchmark's queries per category, sorted and deduplicated."""
    texts = story_texts(archive)
    bigrams = sorted({m for t in texts.values() for m in _HAN_RE.findall(t)})
    # Overlapping two-character words: findall steps by two, so add the odd offsets too.
    bigrams = sorted(set(bigrams) | {m for t in texts.values() for m in _HAN_RE.findall(t[1:])})
    rng = random.Random(SAMPLE_SEED)
    sampled = rng.sample(bigrams, min(SAMPLE_WORDS, len(bigrams)))
    return {
        "person": sorted({p.name for p in archive.people if p.name}),
        "district": sorted({d.short for d in archive.districts if d.short}),
        "keyword": sorted({k for s in archive.stories for k in s.keywords if k.strip()}),
        "word": sorted(sampled),
    }


@dataclass
class Category:
    """Counts for one category of queries."""

    queries: int = 0
    relevant: int = 0  # sum over queries of stories that contain the query
    returned: int = 0  # sum over queries of distinct stories returned
    correct: int = 0  # returned and relevant
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Found relevant stories over all relevant stories (1.0 when none were relevant)."""
        return self.correct / self.relevant if self.relevant else 1.0

    @property
    def precision(self) -> float:
        """Relevant returned stories over all returned stories (1.0 when none were returned)."""
        return self.correct / self.returned if self.returned else 1.0


@dataclass
class Report:
    """What :func:`measure` found."""

    categories: dict[str, Category]
    index_bytes: int
    index_files: int
    query_seconds: list[float]
    errors: list[str]

    @property
    def median_ms(self) -> float:
        """Median time from pressing Enter to the first page of results, in milliseconds."""
        return statistics.median(self.query_seconds) * 1000 if self.query_seconds else 0.0

    def lines(self) -> list[str]:
        """The report as printed."""
        out = [f"{'category':<10}{'queries':>8}{'recall':>9}{'precision':>11}"]
        for name, c in self.categories.items():
            out.append(f"{name:<10}{c.queries:>8}{c.recall:>9.3f}{c.precision:>11.3f}")
            if c.misses:
                out.append(f"  missed: {', '.join(c.misses[:10])}")
            if c.false_hits:
                out.append(f"  false hits: {', '.join(c.false_hits[:10])}")
        out.append(f"index: {self.index_bytes:,} bytes in {self.index_files} files")
        timed = len(self.query_seconds)
        out.append(f"median query time: {self.median_ms:.1f} ms ({timed} queries)")
        if self.errors:
            out.append(f"browser errors: {self.errors[:5]}")
        return out


def measure(site: Path, archive) -> Report:
    """Run every benchmark query through the search page of the built ``site``."""
    texts = story_texts(archive)
    files = [p for p in (site / "search").rglob("*") if p.is_file()]
    categories: dict[str, Category] = {}
    seconds: list[float] = []
    with serve(site) as url, browser_page() as (page, js_errors):
        ui = SearchPage(page, url)
        for name, queries in query_sets(archive).items():
            cat = categories[name] = Category()
            for q in queries:
                links, elapsed = ui.query(q)
                seconds.append(elapsed)
                got = {m[1] for link in links if (m := _STORY_RE.search(link))}
                truth = {sid for sid, text in texts.items() if fold(q) in text}
                cat.queries += 1
                cat.relevant += len(truth)
                cat.returned += len(got)
                cat.correct += len(got & truth)
                if truth - got:
                    cat.misses.append(f"{q}({len(truth - got)})")
                if got - truth:
                    cat.false_hits.append(f"{q}({len(got - truth)})")
        errors = list(js_errors)
    return Report(categories, sum(p.stat().st_size for p in files), len(files), seconds, errors)


def main(argv: list[str] | None = None) -> int:
    """Build (or take) the seed site and print the report."""
    from cqnews_site import build
    from cqnews_site.config import Config

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--site", type=Path, help="an already built site of these seeds")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        config = Config(seeds=args.seeds, out=Path(tmp, "site"), cache=Path(tmp, "cache"))
        if args.site:
            archive, site = build.analyse(config), args.site
        else:
            result = build.build(config)
            archive, site = result.archive, config.out
        report = measure(site, archive)
    print("\n".join(report.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
