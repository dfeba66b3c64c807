"""Timelines and 历史上的今天 in Chromium: the reader's date picks the day, the page without
script keeps its link, the charts fit a phone and a desktop, a bar leads to its month."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from site_checks import served

WIDTHS = {"desktop": 1280, "phone": 390}


@pytest.fixture(scope="module")
def base(seed_site):
    """The seed site served on 127.0.0.1 (fetch needs http, not file://)."""
    with served(seed_site) as url:
        yield url


@pytest.fixture
def browser(chromium):
    return chromium


def _days(site) -> dict[str, list[dict]]:
    folder = site / "data" / "onthisday"
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.iterdir())}


def _fits(page, width: int) -> None:
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"{page.url} is {scroll}px wide at {width}px"


def test_on_this_day_shows_the_readers_day_from_earlier_years(browser, base, seed_site):
    days = _days(seed_site)
    key, entries = max(days.items(), key=lambda kv: (len(kv[1]), kv[0]))
    year = max(int(e["date"][:4]) for e in entries)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.clock.set_fixed_time(f"{year + 1}-{key}T09:00:00+08:00")
    page.goto(base + "index.html")
    items = page.locator(".onthisday .otd-list li")
    items.first.wait_for()
    assert page.locator(".otd-today").inner_text() == f"（{int(key[:2])}月{int(key[3:])}日）"
    shown = [items.nth(i).locator("a").get_attribute("href") for i in range(items.count())]
    assert shown == [e["url"] for e in entries][:10]
    assert page.locator(".onthisday .otd-none").is_hidden()
    # The same day in the year of its newest stories: only earlier years count.
    page.clock.set_fixed_time(f"{year}-{key}T09:00:00+08:00")
    page.goto(base + "index.html")
    earlier = [e for e in entries if int(e["date"][:4]) < year]
    if earlier:
        page.locator(".onthisday .otd-list li").first.wait_for()
        assert page.locator(".onthisday .otd-list li").count() == min(10, len(earlier))
    else:
        page.locator(".onthisday .otd-none").wait_for()
        assert page.locator(".onthisday .otd-list").is_hidden()
    page.close()


def test_a_day_without_stories_says_so(browser, base, seed_site):
    missing = next(f"{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 29)
                   if f"{m:02d}-{d:02d}" not in _days(seed_site))
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.clock.set_fixed_time(f"2030-{missing}T09:00:00+08:00")
    page.goto(base + "index.html")
    page.locator(".onthisday .otd-none").wait_for()
    assert not any("onthisday/" in u for u in requests)  # no request for a file not built
    page.close()


def test_without_script_the_box_links_to_the_page_of_every_day(browser, base, seed_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "index.html")
    assert page.locator(".onthisday .otd-list").is_hidden()
    link = page.locator(".onthisday a", has_text="历史上的今天")
    assert link.is_visible()
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith("dates/onthisday.html")
    days = _days(seed_site)
    assert page.locator(".otd-days li").count() == len(days)
    for key, entries in days.items():
        row = page.locator(f"#d-{key}")
        years = Counter(e["date"][:4] for e in entries)
        assert row.locator("a").count() == len(years)
    context.close()


@pytest.mark.parametrize("label", WIDTHS)
def test_charts_fit_and_a_bar_leads_to_its_month(browser, base, seed_site, tmp_path, label):
    width = WIDTHS[label]
    posts = json.loads((seed_site / "data" / "posts.json").read_text(encoding="utf-8"))
    held = Counter(h["person_id"] for p in posts for h in p["holders"] if h["first"])
    person = held.most_common(1)[0][0]
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(base + "index.html")
    chart = page.locator("svg.tl-svg")
    box = chart.bounding_box()
    assert box and 300 <= box["width"] <= width
    page.screenshot(path=tmp_path / f"home-{label}.png", full_page=True)
    chart.screenshot(path=tmp_path / f"home-chart-{label}.png")
    _fits(page, width)

    page.goto(base + f"people/{person}.html")
    assert page.locator("svg.tl-svg .tl-tenure").count() == held[person]
    # Chinese labels drawn with a CJK font: a post title is as wide as its characters.
    title = page.locator("svg.tl-svg .tl-post").first
    text = title.inner_html()
    assert title.bounding_box()["width"] >= len(re.sub(r"[（）待核实]", "", text)) * 8 * (
        box["width"] / 360)
    page.screenshot(path=tmp_path / f"person-{label}.png", full_page=True)
    page.locator("section.tl").screenshot(path=tmp_path / f"person-chart-{label}.png")
    _fits(page, width)
    bar = page.locator("svg.tl-svg a:has(rect.tl-bar)").last
    month = bar.locator("title").text_content().split("：")[0]
    bar.click()
    page.wait_for_load_state()
    anchor = page.url.rsplit("#", 1)[1]
    assert page.locator(f"#{anchor}").inner_text() == month
    assert page.locator(f"#{anchor}").is_visible()
    page.close()
