"""A reader's walk through the built site in headless Chromium (the system browser).

The site is served by ``http.server`` from a parent folder, so it runs under a sub-path
(``/site/``) as it would on any static host. Screenshots of every page kind at desktop
and phone width land in the session's temporary folder (``screenshots/``, its path is
printed with ``pytest -s``) for a person to look at; they are not compared. axe-core (the
pinned npm package scripts/test installs) checks every page kind at both widths.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from site_checks import BLOCKING, axe_violations, page_kinds, served

WIDTHS = {"desktop": 1280, "phone": 390}
SHOTS: Path = Path()  # set by the ``shots`` fixture: a folder of the session's temp area


@pytest.fixture(scope="session", autouse=True)
def shots(tmp_path_factory) -> Path:
    """The screenshot folder of this test session (never inside the project)."""
    global SHOTS
    SHOTS = tmp_path_factory.mktemp("screenshots")
    print(f"screenshots: {SHOTS}")
    return SHOTS


@pytest.fixture
def serve():
    """Serve a folder on 127.0.0.1; yields a function folder → base URL."""
    with contextlib.ExitStack() as servers:
        yield lambda folder: servers.enter_context(served(folder))


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


def test_chinese_text_is_drawn_with_a_cjk_font(browser, serve, seed_site):
    """The screenshots show characters, not empty boxes: the fonts Chromium drew the home
    page's heading and a story title with (DevTools' platform fonts) include a CJK one."""
    page = browser.new_page()
    page.goto(serve(seed_site.parent) + "site/index.html")
    devtools = page.context.new_cdp_session(page)
    devtools.send("DOM.enable")
    devtools.send("CSS.enable")
    root = devtools.send("DOM.getDocument")["root"]["nodeId"]
    for selector in ("h1", ".latest .story-list li a"):
        node = devtools.send("DOM.querySelector", {"nodeId": root, "selector": selector})
        fonts = devtools.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})
        drawn = {f["familyName"]: f["glyphCount"] for f in fonts["fonts"]}
        assert any("CJK" in name and count > 0 for name, count in drawn.items()), drawn
    page.close()


def test_script_in_story_text_shows_as_text(browser, serve, sample_site):
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(serve(sample_site.parent) + "site/stories/bb-001.html")
    assert "<script>alert(1)</script>" in page.locator(".story-body").inner_text()
    assert dialogs == []
    page.close()


@pytest.mark.parametrize("site_name", ["seed_site", "placed_site"])
def test_every_page_kind_passes_axe_at_both_widths(browser, serve, site_name, request):
    site = request.getfixturevalue(site_name)
    base = serve(site.parent) + "site/"
    kinds = page_kinds(site)
    if site_name == "placed_site":
        assert {"papers", "paper", "issue", "page", "story", "editors"} <= set(kinds)
    found = []
    for label, width in WIDTHS.items():
        page = browser.new_page(viewport={"width": width, "height": 900})
        for kind, path in kinds.items():
            page.goto(base + path)
            page.screenshot(path=SHOTS / f"{site_name}-{kind}-{label}.png", full_page=True)
            _fits(page, width)
            found += [f"{label} {kind} {path}: {v['id']} ({v['impact']}) {v['nodes'][:2]}"
                      for v in axe_violations(page) if v["impact"] in BLOCKING]
        page.close()
    assert found == []


def test_axe_finds_an_unlabelled_control(browser, serve, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "bad.html").write_text(
        '<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body><main>'
        '<p>文字<a href="#" style="color:#222;text-decoration:none">链接</a>文字</p>'
        '<input type="text"></main></body></html>', encoding="utf-8")
    page = browser.new_page()
    page.goto(serve(tmp_path) + "site/bad.html")
    rules = {v["id"] for v in axe_violations(page) if v["impact"] in BLOCKING}
    page.close()
    assert {"label", "link-in-text-block"} <= rules


def test_reader_browses_paper_issue_page_story(browser, serve, placed_site):
    base = serve(placed_site.parent) + "site/"
    for label, width in WIDTHS.items():
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(base + "index.html")
        page.get_by_role("navigation", name="栏目导航").get_by_role("link", name="报纸").click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == "报纸"
        page.get_by_role("link", name="《巫溪报》").first.click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == "《巫溪报》"
        page.get_by_role("link", name="2024年8月27日").first.click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text().startswith("《巫溪报》")
        page.get_by_role("link", name="第2版").first.click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == "《巫溪报》2024年8月27日 第2版"
        page.locator(".page-stories a.headline").first.click()
        page.wait_for_load_state()
        assert "/site/stories/" in page.url
        assert page.locator(".place a").inner_text() == "《巫溪报》2024年8月27日 第2版"
        copy = page.get_by_role("button", name="复制引文")
        if label == "desktop":  # the clipboard needs a secure context: 127.0.0.1 is one
            page.context.grant_permissions(["clipboard-read", "clipboard-write"])
            assert copy.is_visible()
            copy.click()
            page.locator(".copied", has_text="已复制").wait_for()
            copied = page.evaluate("navigator.clipboard.readText()")
            assert copied == page.locator("#cite-text").inner_text().strip()
            assert "[N]. 巫溪报, 2024-08-27(2)." in copied
        page.screenshot(path=SHOTS / f"browse-story-{label}.png", full_page=True)
        _fits(page, width)
        page.close()


def test_an_old_story_url_leads_to_the_story(browser, serve, tmp_path):
    from cqnews_site import build
    from cqnews_site.config import Config

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    page_file = seeds / "page.txt"
    page_file.write_text("## 大桥今日通车\n\n本报讯 8月27日，大桥通车。市民纷纷前往参观。\n",
                         encoding="utf-8")
    config = Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache",
                    entities=tmp_path / "none.yaml")
    build.build(config)
    data = config.out / "data" / "stories.json"
    (old,) = [s["id"] for s in json.loads(data.read_text(encoding="utf-8"))]
    page_file.write_text(page_file.read_text(encoding="utf-8").replace("今日", "正式"),
                         encoding="utf-8")
    build.build(config)
    page = browser.new_page()
    page.goto(serve(tmp_path) + f"site/stories/{old}.html")
    page.wait_for_url("**/stories/*.html")
    page.locator("article.story h1").wait_for()
    assert page.locator("article.story h1").inner_text() == "大桥正式通车"
    assert old not in page.url
    page.close()
