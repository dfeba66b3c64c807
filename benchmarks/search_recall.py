"""Search recall, precision, index size and query time, measured through the real search page.

Builds the seed site into a temporary folder (or takes a built one with ``--site``),
serves it from a sub-path on 127.0.0.1 with ``http.server`` and drives the system
Chromium through Playwright: each query is typed into the search page's box, submitted,
and every result (following "显示更多结果") is read back. The truth for a query is the
set of stories whose text contains it. Queries: every person name, every district short
name, every keyword the tagger found, and 30 two-character words sampled with a fixed seed.

    python benchmarks/search_recall.py [--seeds seeds] [--site BUILT_SITE]
        [--scale 10000]            # also: cold queries on N synthetic stories
        [--pagefind /path/python]  # also: Pagefind's answers (pagefind[extended] there)

Other code (tests/test_search_browser.py) imports :func:`measure` and the helpers.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import random
import re
import shutil
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


def _console(msg, errors: list[str]) -> None:
    # Failed requests are reported with their address by _response.
    if msg.type == "error" and not msg.text.startswith("Failed to load resource"):
        errors.append(msg.text)


def _response(response, errors: list[str]) -> None:
    # Browsers ask for /favicon.ico on their own; the site need not have one.
    if response.status >= 400 and not response.url.endswith("/favicon.ico"):
        errors.append(f"HTTP {response.status}: {response.url}")


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """The system Chromium, headless, driven by Playwright (which never downloads a browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def browser_page(browser=None) -> Iterator[tuple[object, list[str]]]:
    """A page of ``browser`` (or of a Chromium started for it) and the list its errors go to."""
    if browser is None:
        with chromium() as own, browser_page(own) as result:
            yield result
        return
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: _console(msg, errors))
    page.on("response", lambda r: _response(r, errors))
    try:
        yield page, errors
    finally:
        page.close()


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
        elapsed = self.submit(text, **filters)
        return self.all_links(), elapsed

    def submit(self, text: str, **filters: str) -> float:
        """Set the filters, type ``text``, press Enter; seconds until the first page is shown.

        A select filter (section, year) takes an option's value; a type-ahead filter
        (district, person) takes what a reader types: a label, or the start of one label.
        """
        page = self.page
        for name in ("district", "person", "section", "year"):
            want = filters.get(name, "")
            selector = f"#filter-{name}"
            if page.input_value(selector) != want:
                # Changing a filter runs a search of its own; wait for it before typing.
                before = page.eval_on_selector("#search-app", "e => e.dataset.searches")
                if page.eval_on_selector(selector, "e => e.tagName") == "SELECT":
                    page.select_option(selector, want)
                else:
                    page.fill(selector, want)
                    page.dispatch_event(selector, "change")
                self._done(before)
        before = page.eval_on_selector("#search-app", "e => e.dataset.searches")
        page.fill("#search-q", text)
        start = time.perf_counter()
        page.press("#search-q", "Enter")
        self._done(before)
        return time.perf_counter() - start

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


def story_texts(archive) -> list[str]:
    """Each story's text as a reader sees it on its page: titles, byline, body, items, captions."""
    out = []
    for s in archive.stories:
        body = s.full_text or (_TAG_RE.sub("", s.html) if s.html else "")
        parts = [s.kicker, s.headline, s.subtitle, *s.reporters, *s.photographers, body,
                 *s.captions]
        out.append(fold("\n".join(p for p in parts if p)))
    return out


def story_pages(archive) -> dict[str, int]:
    """Link (as written in a page at the site root) of each story page → story number."""
    from cqnews_site.site import urls
    from cqnews_site.site.search import story_urls

    return {urls.href(path): n for n, path in enumerate(story_urls(archive))}


def query_sets(archive) -> dict[str, list[str]]:
    """The benchmark's queries per category, sorted and deduplicated."""
    texts = story_texts(archive)
    # Every two-character run of Chinese characters; findall steps by two, so both offsets.
    bigrams = sorted({m for t in texts for k in (0, 1) for m in _HAN_RE.findall(t[k:])})
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


def measure(site: Path, archive, browser: tuple[object, list[str]] | None = None) -> Report:
    """Run every benchmark query through the search page of the built ``site``.

    ``browser`` is a (page, errors) pair from :func:`browser_page` to reuse; by default
    one is started (Playwright's sync API allows one at a time per thread).
    """
    texts = story_texts(archive)
    pages = story_pages(archive)
    files = [p for p in (site / "search").rglob("*") if p.is_file()]
    categories: dict[str, Category] = {}
    seconds: list[float] = []
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(serve(site))
        page, js_errors = browser or stack.enter_context(browser_page())
        ui = SearchPage(page, url)
        for name, queries in query_sets(archive).items():
            cat = categories[name] = Category()
            for q in queries:
                links, elapsed = ui.query(q)
                seconds.append(elapsed)
                # A link to anything but a story page counts as a wrong result.
                got = {pages.get(link.split("#")[0], link) for link in links}
                truth = {n for n, text in enumerate(texts) if fold(q) in text}
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


def synthetic_archive(archive, count: int, seed: int = 7):
    """``count`` stories of about 1,500 characters made of the archive's own sentences."""
    from cqnews_site.model.records import Archive, Story

    sentences = sorted(
        {s for t in story_texts(archive) for s in re.split(r"(?<=[。！？])", t)
         if len(s.strip()) > 5}
    )
    rng = random.Random(seed)
    stories = tuple(
        Story(
            id=f"x{n}", source="synthetic.txt", position=n, line=1,
            headline=rng.choice(sentences).strip()[:24],
            paragraphs=tuple(
                "".join(rng.choice(sentences).strip() for _ in range(6)) for _ in range(3)
            ),
            date=f"{2020 + n % 5}-{1 + n % 12:02d}-{1 + n % 28:02d}",
        )
        for n in range(count)
    )
    return Archive(pages=(), stories=stories, people=(), districts=())


def measure_scale(site: Path, archive, count: int) -> list[str]:
    """Cold query cost on a copy of ``site`` whose index holds ``count`` synthetic stories."""
    from cqnews_site.config import Config
    from cqnews_site.site import search

    big = synthetic_archive(archive, count)
    started = time.perf_counter()
    files = search.build_search_files(big, Config())
    build_seconds = time.perf_counter() - started
    queries = [*query_sets(archive)["word"][:10], *query_sets(archive)["person"][:10], "的"]
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp, "site")
        shutil.copytree(site, copy, ignore=shutil.ignore_patterns("search"))
        for path, data in files.items():
            (copy / path).parent.mkdir(parents=True, exist_ok=True)
            (copy / path).write_bytes(data)
        chars = sum(len(s.full_text) for s in big.stories)
        index_bytes = sum(len(d) for p, d in files.items() if "/index-" in p)
        total = sum(len(d) for d in files.values())
        lines.append(
            f"scale: {count} stories, {chars:,} characters; index built in {build_seconds:.1f} s; "
            f"{total:,} bytes in {len(files)} files ({index_bytes:,} of them postings)"
        )
        fetched: list[int] = []
        seconds: list[float] = []
        with serve(copy) as url, browser_page() as (page, errors):
            for q in queries:
                sizes: list[int] = []
                page.context.clear_cookies()
                handler = functools.partial(_count_search_bytes, sizes=sizes)
                page.on("response", handler)
                ui = SearchPage(page, url)  # a fresh page load: nothing cached in the script
                elapsed = ui.submit(q)  # the first page of results, as a reader sees it
                page.remove_listener("response", handler)
                fetched.append(sum(sizes))
                seconds.append(elapsed)
            lines.append(
                f"cold queries ({len(queries)}): median {statistics.median(seconds) * 1000:.0f} ms,"
                f" max {max(seconds) * 1000:.0f} ms; search bytes fetched per query:"
                f" median {statistics.median(fetched):,.0f}, max {max(fetched):,}"
            )
            if errors:
                lines.append(f"browser errors: {errors[:5]}")
    return lines


def _count_search_bytes(response, sizes: list[int]) -> None:
    # The header, not the body: a body is gone once the page has navigated away.
    if "/search/" in response.url and response.ok:
        sizes.append(int(response.headers.get("content-length", "0")))


_PAGEFIND_QUERY = """async q => {
  if (!window.__pf) {
    window.__pf = await import(new URL("pagefind/pagefind.js", document.baseURI).href);
    await window.__pf.init();
  }
  const found = await window.__pf.search(q);
  const data = await Promise.all(found.results.map(r => r.data()));
  return data.map(d => d.url);
}"""


def measure_pagefind(site: Path, archive, python: str) -> list[str]:
    """The same queries and truth, answered by Pagefind's own index of the story pages.

    ``python`` is an interpreter with ``pagefind[extended]`` installed (not a project
    dependency). Only links to story pages count; Pagefind indexes each page's <main>.
    """
    import subprocess
    from urllib.parse import unquote

    texts = story_texts(archive)
    pages = {unquote(k): v for k, v in story_pages(archive).items()}
    version = subprocess.run(
        [python, "-m", "pagefind", "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    lines = [f"pagefind ({version}), story pages only:"]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp, "site")
        shutil.copytree(site, copy)
        subprocess.run(
            [python, "-m", "pagefind", "--site", str(copy), "--root-selector", "main",
             "--glob", "stories/*.html", "--silent"],
            check=True,
        )
        with serve(copy) as url, browser_page() as (page, _errors):
            page.goto(url + "search.html")
            for name, queries in query_sets(archive).items():
                cat = Category()
                for q in queries:
                    links = page.evaluate(_PAGEFIND_QUERY, q)
                    got = set()
                    for link in links:
                        path = unquote(link.split("#")[0]).split(f"/{SUB_PATH}/", 1)[-1]
                        if path.lstrip("/") in pages:
                            got.add(pages[path.lstrip("/")])
                    truth = {n for n, text in enumerate(texts) if fold(q) in text}
                    cat.queries += 1
                    cat.relevant += len(truth)
                    cat.returned += len(got)
                    cat.correct += len(got & truth)
                lines.append(
                    f"{name:<10}{cat.queries:>8}{cat.recall:>9.3f}{cat.precision:>11.3f}"
                )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Build (or take) the seed site and print the report."""
    from cqnews_site import build
    from cqnews_site.config import Config

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--site", type=Path, help="an already built site of these seeds")
    parser.add_argument(
        "--scale", type=int, default=0, metavar="N",
        help="also time cold queries against an index of N synthetic stories",
    )
    parser.add_argument(
        "--pagefind", metavar="PYTHON",
        help="also measure Pagefind, run by this interpreter (with pagefind[extended])",
    )
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
        if args.pagefind:
            print("\n".join(measure_pagefind(site, archive, args.pagefind)))
        if args.scale:
            print("\n".join(measure_scale(site, archive, args.scale)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
