"""The search page in headless Chromium: made-up sites for behaviour, the seed site for recall."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import search_bench
from cqnews_site.config import Config
from cqnews_site.site import render, search
from test_search import small_archive, story

ROOT = Path(__file__).resolve().parents[1]


bench = search_bench


def search_errors(errors: list[str]) -> list[str]:
    """Script errors, and failed requests for the search page's own files."""
    return [e for e in errors if not e.startswith("HTTP") or "/search" in e]


def browser_archive():
    """The small archive plus hostile markup and enough hits for more than one page."""
    archive = small_archive()
    hostile = story(
        10, "<b>加粗</b>标题", '<img src=x onerror="window.__pwned=1">图片说明在此',
        id="hostile",
    )
    many = tuple(
        story(20 + n, f"例行会议第{n}次", f"本次例行会议讨论第{n}项议题。") for n in range(45)
    )
    return dataclasses.replace(archive, stories=(*archive.stories, hostile, *many))


def write_site(archive, out: Path) -> Path:
    """Render the site's pages and the search files of ``archive`` into ``out``."""
    config = Config(out=out)
    files = render.render_site(archive, config)
    files.update(search.build_search_files(archive, config))
    # Copying static/ is the writer's job; do it here as it would.
    for path in sorted(render.STATIC.rglob("*")):
        if path.is_file():
            files.setdefault(path.relative_to(render.STATIC.parent).as_posix(), path.read_bytes())
    for path, data in files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return out


@pytest.fixture(scope="module")
def browser(chromium):
    """One page of the session's Chromium for this module, with its error list."""
    with bench.browser_page(chromium) as (page, errors):
        yield page, errors


@pytest.fixture(scope="module")
def ui(browser, tmp_path_factory):
    site = write_site(browser_archive(), tmp_path_factory.mktemp("made-up-site"))
    page, errors = browser
    with bench.serve(site) as url:
        yield bench.SearchPage(page, url), errors


def test_a_name_finds_its_item_with_the_hit_marked(ui):
    page_ui, errors = ui
    links, _ = page_ui.query("李庆")
    # The story once, with its matching section under it.
    assert links == ["stories/s0.html", "stories/s0.html#i1"]
    page = page_ui.page
    assert page.eval_on_selector_all("#search-results mark", "ms => ms.map(m => m.textContent)") \
        == ["李庆"]
    # The link resolves below the sub-path the site is served from.
    absolute = page.eval_on_selector(".search-sections a", "a => a.href")
    assert absolute == page_ui.site_url + "stories/s0.html#i1"
    assert "2024年1月26日" in page.inner_text("#search-results")
    assert search_errors(errors) == []


def test_a_query_with_markup_is_shown_as_text(ui):
    page_ui, errors = ui
    query = '<script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">'
    links, _ = page_ui.query(query)
    page = page_ui.page
    assert links == []
    assert query in page.inner_text("#search-status")
    assert page.query_selector("#search-app script, #search-app img") is None
    assert page.evaluate("window.__pwned") is None
    assert search_errors(errors) == []


def test_markup_in_the_data_is_shown_as_text(ui):
    page_ui, _ = ui
    links, _ = page_ui.query("图片说明")
    page = page_ui.page
    assert links == ["stories/hostile.html"]
    assert page.inner_text("#search-results a") == "<b>加粗</b>标题"
    assert '<img src=x onerror="window.__pwned=1">' in page.inner_text(".search-snippet")
    assert page.query_selector("#search-results b, #search-results img") is None
    assert page.evaluate("window.__pwned") is None


def test_query_and_filters_live_in_the_url(ui):
    page_ui, _ = ui
    page = page_ui.page
    links, _ = page_ui.query("市人大代表", district="万州区")
    assert links == ["stories/s0.html", "stories/s0.html#i1"]
    params = parse_qs(urlsplit(page.url).query)
    assert params == {"q": ["市人大代表"], "district": ["万州区"]}
    # The same address, opened afresh, restores the form and the results.
    assert page_ui.open_url(q="市人大代表", district="万州区") == \
        ["stories/s0.html", "stories/s0.html#i1"]
    assert page.input_value("#search-q") == "市人大代表"
    assert page.input_value("#filter-district") == "万州区"
    # The site-wide search box sends readers to the same page with ?q=.
    page.fill(".searchbox input[name=q]", "王俊")
    page.press(".searchbox input[name=q]", "Enter")
    page.wait_for_url("**/search.html?q=*")
    page.wait_for_function("document.getElementById('search-app').dataset.searches")
    assert page_ui.all_links() == ["stories/s1.html"]
    page_ui.query("", district="")  # leave the page as the next test expects it


def test_filters_alone_and_person_filter(ui):
    page_ui, _ = ui
    page = page_ui.page
    # People are typed, not picked from a list of every name: a first character fetches
    # the matching labels as suggestions.
    assert page.eval_on_selector_all("#filter-person-list option", "os => os.length") == 0
    page.fill("#filter-person", "李")
    page.wait_for_function(
        "() => document.querySelectorAll('#filter-person-list option').length > 0")
    labels = page.eval_on_selector_all("#filter-person-list option", "os => os.map(o => o.value)")
    assert labels == ["李庆（万州区）"]
    page.fill("#filter-person", "")
    page.dispatch_event("#filter-person", "change")
    links, _ = page_ui.query("区委书记", person="王俊（北碚区）")
    assert links == ["stories/s1.html"]
    assert parse_qs(urlsplit(page.url).query)["person"] == ["p-wangjun"]
    links, _ = page_ui.query("", year="2023")
    assert links == ["stories/s1.html"]
    page_ui.query("", person="", year="")
    # The start of one label is enough; it is completed in the box.
    links, _ = page_ui.query("区委书记", person="王俊")
    assert links == ["stories/s1.html"]
    assert page.input_value("#filter-person") == "王俊（北碚区）"
    # A name the index does not know is said so, and not applied.
    before = page.eval_on_selector("#search-app", "e => e.dataset.searches")
    page.fill("#filter-person", "无此人")
    page.dispatch_event("#filter-person", "change")
    page.wait_for_function(
        "b => document.getElementById('search-app').dataset.searches !== b", arg=before
    )
    assert "没有找到“无此人”" in page.inner_text("#search-status")
    assert page.input_value("#filter-person") == ""
    assert "person" not in parse_qs(urlsplit(page.url).query)
    assert sorted(page_ui.all_links()) == \
        ["stories/s0.html", "stories/s0.html#i2", "stories/s1.html"]
    page_ui.query("", person="", year="")


def test_opening_the_page_fetches_only_the_bootstrap(chromium, tmp_path):
    site = write_site(browser_archive(), tmp_path)
    fetched: list[str] = []

    def seen(response):
        if "/search/" in response.url:
            fetched.append(urlsplit(response.url).path.rsplit("/", 1)[-1])

    with bench.browser_page(chromium) as (page, errors), bench.serve(site) as url:
        page.on("response", seen)
        page_ui = bench.SearchPage(page, url)
        assert fetched == ["boot.json"]
        page_ui.query("李庆")
        # The index and the text of the results; the names files (is the query a
        # person's or a district's name?) and, as it is, that person's documents.
        assert all(f.startswith(("index-", "text-", "person-", "district-names-"))
                   for f in fetched[1:]), fetched
        assert "person-docs-0000.bin" in fetched, fetched
        del fetched[:]
        page_ui.query("", district="涪陵区")
        assert any(f.startswith("district-") for f in fetched), fetched
        assert not any(f.startswith("index-") for f in fetched), fetched
        assert search_errors(errors) == []


def test_long_result_lists_come_in_pages(ui):
    page_ui, _ = ui
    page = page_ui.page
    page.fill("#search-q", "例行会议")
    before = page.eval_on_selector("#search-app", "e => e.dataset.searches")
    page.press("#search-q", "Enter")
    page.wait_for_function(
        "b => document.getElementById('search-app').dataset.searches !== b", arg=before
    )
    assert len(page.query_selector_all("#search-results li")) == 20
    assert page.is_visible("#search-more")
    assert "找到 45 篇报道" in page.inner_text("#search-status")
    assert len(page_ui.all_links()) == 45


@pytest.fixture(scope="module")
def seed_report(browser, tmp_path_factory):
    from cqnews_site import build

    tmp = tmp_path_factory.mktemp("seed-site")
    config = Config(
        seeds=ROOT / "seeds", out=tmp / "site", cache=tmp / "cache",
        entities=ROOT / "entities.yaml",
    )
    result = build.build(config)
    _, errors = browser
    del errors[:]  # only what this site's pages report
    return bench.measure(config.out, result.archive, browser)


def test_seed_site_recall_and_precision(seed_report):
    cats = seed_report.categories
    report = "\n".join(seed_report.lines())
    assert cats["person"].queries > 0 and cats["district"].queries > 0, report
    assert cats["person"].recall == 1.0, report
    assert cats["district"].recall == 1.0, report
    assert cats["keyword"].recall >= 0.98, report
    assert cats["word"].recall >= 0.98, report
    assert cats["word"].queries == bench.SAMPLE_WORDS, report
    for name, cat in cats.items():
        assert cat.precision >= 0.95, (name, report)
    assert seed_report.errors == [], report
