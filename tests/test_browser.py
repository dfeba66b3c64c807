"""A reader's walk through the built site in headless Chromium (the system browser).

The site is served by ``http.server`` from a parent folder, so it runs under a sub-path
(``/site/``) as it would on any static host. Screenshots at desktop and phone width land
in a pytest temporary folder (its path is printed) for a person to look at; they are not
compared. Nothing is written into the project: ``build/`` is what a deploy publishes.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

WIDTHS = {"desktop": 1280, "phone": 390}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep the test output readable
        pass


@pytest.fixture
def serve():
    """Serve a folder on 127.0.0.1; yields a function folder → base URL."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """The folder the screenshots go to: a temporary one, printed so a person can look."""
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture
def browser(chromium):
    """The session's Chromium (see conftest.py)."""
    return chromium


def walk(browser, base: str, name: str, shots: Path) -> dict[str, str]:
    """Home → a person → home → a district, checking each page; returns what was seen."""
    seen: dict[str, str] = {}
    for label, width in WIDTHS.items():
        page = browser.new_page(viewport={"width": width, "height": 900})
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r, out=requests: out.append(r.url))
        page.on("pageerror", lambda e, out=errors: out.append(str(e)))

        page.goto(base + "site/index.html")
        assert page.locator("html").get_attribute("lang") == "zh-CN"
        assert page.locator("h1").first.inner_text() == "重庆新闻档案"
        assert page.locator(".latest .story-list li").count() > 0
        page.screenshot(path=shots / f"{name}-home-{label}.png", full_page=True)
        _fits(page, width)

        person = page.locator(".home-side .chips a").first
        person_name = person.inner_text()
        person.click()
        page.wait_for_load_state()
        assert "/site/people/" in page.url
        assert page.locator("h1").inner_text() == person_name
        assert page.get_by_role("heading", name="出现的报道").count() == 1
        assert page.locator(".appearances li").count() > 0
        page.screenshot(path=shots / f"{name}-person-{label}.png", full_page=True)
        _fits(page, width)

        # From the person's first story back to a district the home page lists.
        page.locator(".appearances a").first.click()
        page.wait_for_load_state()
        assert "/site/stories/" in page.url
        assert page.locator("article.story h1").count() == 1
        page.screenshot(path=shots / f"{name}-story-{label}.png", full_page=True)
        _fits(page, width)

        page.goto(base + "site/index.html")
        district = page.locator(".district-grid li:not(.empty) a").first
        short = district.inner_text()
        district.click()
        page.wait_for_load_state()
        assert "/site/districts/" in page.url
        heading = page.locator("h1").inner_text()
        assert heading.startswith(short)
        assert page.locator("#h-stories").count() == 1
        assert page.locator(".story-list li").count() > 0
        page.screenshot(path=shots / f"{name}-district-{label}.png", full_page=True)
        _fits(page, width)

        assert errors == []
        assert all(url.startswith(base) for url in requests), [
            u for u in requests if not u.startswith(base)
        ]
        seen.update(person=person_name, district=heading)
        page.close()
    return seen


def _fits(page, width: int) -> None:
    """Nothing forces sideways scrolling at this width."""
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"{page.url} is {scroll}px wide at {width}px"


def test_reader_walks_the_sample_site(browser, serve, sample_site, shots):
    seen = walk(browser, serve(sample_site.parent), "sample", shots)
    assert seen == {"person": "王俊", "district": "万州区"}


def test_reader_walks_the_seed_site(browser, serve, seed_site, shots):
    seen = walk(browser, serve(seed_site.parent), "seed", shots)
    assert seen["person"] and seen["district"]
    for label in WIDTHS:
        assert (shots / f"seed-home-{label}.png").stat().st_size > 10_000


def test_script_in_story_text_shows_as_text(browser, serve, sample_site):
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(serve(sample_site.parent) + "site/stories/bb-001.html")
    assert "<script>alert(1)</script>" in page.locator(".story-body").inner_text()
    assert dialogs == []
    page.close()
