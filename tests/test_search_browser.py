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
def seed_build(tmp_path_factory):
    """The seed site built end to end: (output folder, archive)."""
    from cqnews_site import build

    tmp = tmp_path_factory.mktemp("seed-site")
    config = Config(
        seeds=ROOT / "seeds", out=tmp / "site", cache=tmp / "cache",
        entities=ROOT / "entities.yaml",
    )
    result = build.build(config)
    return config.out, result.archive


@pytest.fixture(scope="module")
def seed_report(browser, seed_build):
    out, archive = seed_build
    _, errors = browser
    del errors[:]  # only what this site's pages report
    return bench.measure(out, archive, browser)


@pytest.fixture(scope="module")
def seed_ui(browser, seed_build):
    """The seed site's search page, and its archive for the expected answers."""
    out, archive = seed_build
    page, errors = browser
    with bench.serve(out) as url:
        yield bench.SearchPage(page, url), archive, errors


def story_results(page) -> list[str]:
    """Links of the stories listed (one per result), in order."""
    return page.eval_on_selector_all(
        "#search-results > li > .search-heading a", "els => els.map(e => e.getAttribute('href'))")


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


def _story_of(archive):
    """Story page link (as the results write it) → story record."""
    return {link: archive.stories[n] for link, n in bench.story_pages(archive).items()}


def _texts(story) -> list[str]:
    """A story's own text and each item's text, as a reader sees them."""
    own = "\n".join(filter(None, [story.kicker, story.headline, story.subtitle,
                                  *story.paragraphs, *story.captions]))
    return [own, *("\n".join(filter(None, [i.heading, i.lead, *i.paragraphs]))
                   for i in story.items)]


def test_a_roundup_is_one_result_with_its_matching_sections(seed_ui):
    ui, archive, errors = seed_ui
    ui.submit("习近平")
    page = ui.page
    stories = story_results(page)
    # Every story that names him, each once: a roundup no longer fills the page.
    expected = {link for link, s in _story_of(archive).items()
                if any("习近平" in t for t in _texts(s))}
    assert len(stories) == len(set(stories)) and set(stories) == expected
    roundups = [link for link in stories if len(_story_of(archive)[link].items) > 5]
    assert roundups, stories
    result = page.locator("#search-results > li").nth(stories.index(roundups[0]))
    sections = result.locator(".search-sections > li .search-heading a")
    assert 1 <= sections.count() <= 3
    assert all(h.startswith(roundups[0] + "#") for h in
               sections.evaluate_all("els => els.map(e => e.getAttribute('href'))"))
    matching = sum("习近平" in t for t in _texts(_story_of(archive)[roundups[0]])[1:])
    assert f"另有 {matching - sections.count()} 个小节匹配" in result.inner_text()
    assert search_errors(errors) == []


def test_a_headline_hit_outranks_body_hits(seed_ui):
    ui, archive, _ = seed_ui
    ui.submit("北碚")
    stories = story_results(ui.page)
    by_link = _story_of(archive)
    first = by_link[stories[0]]
    assert "北碚" in first.headline
    # Stories listed below it use the word more often in their text.
    body_hits = {link: sum(t.count("北碚") for t in _texts(s)) for link, s in by_link.items()}
    assert any(body_hits[link] > body_hits[stories[0]] for link in stories[1:]), body_hits


def test_sort_by_date_and_a_date_range(seed_ui):
    from cqnews_site.index.lookups import story_date

    ui, archive, _ = seed_ui
    page = ui.page
    by_link = _story_of(archive)
    ui.submit("习近平")
    relevance = story_results(page)
    before = page.eval_on_selector("#search-app", "e => e.dataset.searches")
    page.select_option("#search-sort", "date")
    ui._done(before)
    by_date = story_results(page)
    assert sorted(by_date) == sorted(relevance) and by_date != relevance
    dates = [story_date(by_link[link]) or "" for link in by_date]
    assert dates == sorted(dates, reverse=True), dates
    assert parse_qs(urlsplit(page.url).query)["sort"] == ["date"]
    # A date range keeps the stories with a matching part dated within it.
    for end, day in (("from", "2024-04-01"), ("to", "2024-04-30")):
        before = page.eval_on_selector("#search-app", "e => e.dataset.searches")
        page.fill(f"#filter-{end}", day)
        page.dispatch_event(f"#filter-{end}", "change")
        ui._done(before)
    ranged = story_results(page)

    def in_range(story) -> bool:
        parts = [(story_date(story), _texts(story)[0])]
        parts += [(i.date or story.date, t)
                  for i, t in zip(story.items, _texts(story)[1:], strict=True)]
        return any(d and "2024-04-01" <= d <= "2024-04-30" and "习近平" in t for d, t in parts)

    assert 0 < len(ranged) < len(by_date)
    assert set(ranged) == {link for link in by_date if in_range(by_link[link])}
    params = parse_qs(urlsplit(page.url).query)
    assert params["from"] == ["2024-04-01"] and params["to"] == ["2024-04-30"]
    # The same address opened afresh gives the same list.
    assert [link for link in ui.open_url(**{k: v[0] for k, v in params.items()})
            if "#" not in link] == ranged
    # Without words, the range alone lists every story with a part dated within it.
    ui.submit("")
    dated = {link for link, s in by_link.items()
             if any(d and "2024-04-01" <= d <= "2024-04-30"
                    for d in [story_date(s), *(i.date or s.date for i in s.items)])}
    assert set(story_results(page)) == dated and set(ranged) <= dated
    ui.open_url(q="")  # leave the page as the next test expects it


def test_a_known_name_links_its_page(seed_ui):
    ui, _, errors = seed_ui
    page = ui.page
    ui.submit("北碚")
    assert page.inner_text("#search-known") == "区县：北碚区 →"
    ui.submit("习近平")
    assert page.inner_text("#search-known") == "人物：习近平 →"
    page.click("#search-known a")
    page.wait_for_load_state()
    assert "/people/" in page.url
    assert "习近平" in page.inner_text("h1")
    page.go_back()
    page.wait_for_function("document.getElementById('search-app').dataset.searches")
    # A word that is nobody's name links nothing.
    ui.submit("会议")
    assert page.is_hidden("#search-known")
    assert search_errors(errors) == []


def test_a_rubric_is_shown_apart_from_its_heading(seed_ui):
    ui, _, _ = seed_ui
    page = ui.page
    ui.submit("城乡建设")
    headings = page.eval_on_selector_all(".search-heading a", "els => els.map(e => e.textContent)")
    kickers = page.eval_on_selector_all(".search-kicker", "els => els.map(e => e.textContent)")
    assert headings and not any("【" in h for h in headings), headings
    assert any(k.endswith("【城乡建设】") for k in kickers), kickers


def test_search_results_at_both_widths(seed_ui, tmp_path):
    from site_checks import BLOCKING, axe_violations

    ui, _, _ = seed_ui
    page = ui.page
    ui.submit("习近平")
    found = []
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 1000})
        page.screenshot(path=tmp_path / f"search-{width}.png", full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        found += [f"{width}: {v['id']} {v['nodes'][:2]}" for v in axe_violations(page)
                  if v["impact"] in BLOCKING]
    page.set_viewport_size({"width": 1280, "height": 720})
    print(f"search screenshots: {tmp_path}")
    assert found == []
