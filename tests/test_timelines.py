"""Timelines (issue 15): the bars of every chart against data/timelines.json, each bar's
link against the stories it leads to, and 历史上的今天's data against the stories' dates."""

from __future__ import annotations

import dataclasses
import itertools
import json
import posixpath
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from cqnews_site.config import Config
from cqnews_site.model.records import Page, Story
from cqnews_site.site import render
from site_samples import sample_archive

FAMILIES = {"people": "people", "districts": "districts", "keywords": "keywords",
            "posts": "posts"}  # data/timelines.json family → site folder


class _Chart(HTMLParser):
    """The bars of a page's timeline chart and its month-grouped lists."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bars: list[tuple[str, str]] = []  # (href, aria-label)
        self.numbers: list[str] = []  # every coordinate in the chart
        self.groups: list[dict] = []  # {"id", "text", "links"}
        self._svg = self._link = None
        self._heading = self._list = self._title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "svg" and "tl-svg" in (a.get("class") or ""):
            self._svg = True
        if self._svg:
            self.numbers += [a[k] for k in ("x", "y", "width", "height", "x1", "x2", "y1", "y2")
                             if k in a]
            if tag == "a":
                self._link = [a["href"], ""]
            if tag == "title" and self._link:
                self._title = True
            if tag == "rect" and a.get("class") == "tl-bar":
                self.bars.append(tuple(self._link))
        if tag in ("h2", "h3", "h4") and a.get("class") == "tl-group":
            self.groups.append({"id": a.get("id"), "text": "", "links": []})
            self._heading = True
        if tag == "ol" and self.groups and not self.groups[-1]["links"]:
            self._list = True
        if tag == "a" and self._list and (a.get("class") or "") in ("headline", "tl-story"):
            self.groups[-1]["links"].append(a["href"])

    def handle_endtag(self, tag):
        if tag == "svg":
            self._svg = None
        if tag == "title":
            self._title = False
        if tag == "a":
            self._link = None
        if tag in ("h2", "h3", "h4"):
            self._heading = False
        if tag == "ol":
            self._list = False

    def handle_data(self, data):
        if self._title:
            self._link[1] += data
        if self._heading:
            self.groups[-1]["text"] += data


def chart_of(html: str) -> _Chart:
    parsed = _Chart()
    parsed.feed(html)
    return parsed


def _resolve(page: str, link: str) -> tuple[str, str]:
    parts = urlsplit(link)
    if not parts.path:  # a bar leading to the page it is on: ``#m-2024-08``
        return page, unquote(parts.fragment)
    return (posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path))),
            unquote(parts.fragment))


def group_links(read, page: str, anchor: str) -> list[str]:
    """The entries listed under group ``anchor`` of ``page``, following it onto the next
    pages of the list while they continue it (``…（续）``); links resolved to site paths."""
    chart = chart_of(read(page))
    at = [g for g in chart.groups if g["id"] == anchor]
    assert len(at) == 1, f"{page} has no group #{anchor}"
    found = [_resolve(page, link)[0] for link in at[0]["links"]]
    following = chart.groups[chart.groups.index(at[0]) + 1:]
    later = re.fullmatch(r"(.+)/(\d+)\.html", page) if page.count("/") >= 2 else None
    folder, number = (later[1], int(later[2]) + 1) if later else (page[:-5], 2)
    while not following:  # the group ends its page: it may continue on the next one
        nxt = f"{folder}/{number}.html"
        try:
            groups = chart_of(read(nxt)).groups
        except KeyError:
            break
        if not groups or groups[0]["text"] != at[0]["text"] + "（续）":
            break
        found += [_resolve(nxt, link)[0] for link in groups[0]["links"]]
        following, number = groups[1:], number + 1
    return found


def _label_count(label: str) -> int:
    return int(re.search(r"：(\d+)[篇处]$", label)[1])


def check_entity_pages(read, data: dict) -> int:
    """Every entity page's bars against the data file and against the groups they link to;
    returns how many bars were checked."""
    checked = 0
    for family, folder in FAMILIES.items():
        for page in sorted(p for p in read.paths if re.fullmatch(rf"{folder}/[^/]+\.html", p)
                           and not p.endswith("index.html")):
            chart = chart_of(read(page))
            key = _key_of(read, page, family, data)
            bars = [b for b in data[family].get(key, {"bars": []})["bars"] if b[1]]
            assert [(_label_count(label)) for _, label in chart.bars] == [n for _, n in bars], page
            for (href, _), (bucket, n) in zip(chart.bars, bars, strict=True):
                target, anchor = _resolve(page, href)
                assert anchor == (f"m-{bucket}" if len(bucket) == 7 else f"y-{bucket}")
                assert len(group_links(read, target, anchor)) == n, (page, href)
                checked += 1
    return checked


def _key_of(read, page: str, family: str, data: dict) -> str:
    """The data file's key of an entity page: found by the page's canonical name."""
    name = unquote(page.split("/", 1)[1].removesuffix(".html"))
    if name in data[family]:
        return name
    title = re.search(r"<h1>([^<]+)</h1>", read(page))[1]
    return title if title in data[family] else name


class _Read:
    """A built site's text files by site path (a folder or an in-memory render)."""

    def __init__(self, files: dict[str, bytes]):
        self.files = files
        self.paths = sorted(files)

    def __call__(self, path: str) -> str:
        return self.files[path].decode("utf-8")


def _folder(root: Path) -> _Read:
    return _Read({p.relative_to(root).as_posix(): p.read_bytes()
                  for p in root.rglob("*") if p.is_file() and p.suffix in (".html", ".json")})


def filed_month(story: dict) -> str | None:
    """The month a story is listed under: its full date, else its newest dated section's."""
    full = re.compile(r"\d{4}-\d{2}-\d{2}$")
    if story["date"] and full.match(story["date"]):
        return story["date"][:7]
    items = [i["date"] for i in story["items"] if i["date"] and full.match(i["date"])]
    return max(items)[:7] if items else None


# -- the seeds ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(seed_site):
    return _folder(seed_site)


def test_seed_bars_agree_with_the_data_and_lead_to_their_stories(seed):
    data = json.loads(seed("data/timelines.json"))
    assert all(data[f] for f in FAMILIES), "every family has charts on the seeds"
    assert check_entity_pages(seed, data) >= 100


def test_seed_keyword_bars_lead_to_exactly_that_months_stories(seed):
    stories = json.loads(seed("data/stories.json"))
    for page in (p for p in seed.paths if re.fullmatch(r"keywords/[^/]+\.html", p)
                 and p != "keywords/index.html"):
        keyword = re.search(r"<h1>([^<]+)</h1>", seed(page))[1]
        for href, label in chart_of(seed(page)).bars:
            target, anchor = _resolve(page, href)
            month = anchor[2:]
            expected = {s["id"] for s in stories
                        if keyword in s["keywords"] and filed_month(s) == month}
            listed = {posixpath.basename(p).removesuffix(".html")
                      for p in group_links(seed, target, anchor)}
            assert listed == expected, (page, label)


def test_seed_home_chart_shows_every_month_and_leads_to_month_pages(seed):
    data = json.loads(seed("data/timelines.json"))["archive"]
    chart = chart_of(seed("index.html"))
    months = [k for k, _ in data["bars"]]
    assert data["unit"] == "month" and len(months) > 2
    # Every month from the first to the last is a bucket: a gap is a zero, not a jump.
    for a, b in itertools.pairwise(months):
        ya, ma = int(a[:4]), int(a[5:])
        assert b == (f"{ya + 1}-01" if ma == 12 else f"{ya}-{ma + 1:02d}")
    assert any(n == 0 for _, n in data["bars"]), "the seeds have gaps"
    assert len(chart.bars) == sum(1 for _, n in data["bars"] if n)
    stories = {s["id"]: s for s in json.loads(seed("data/stories.json"))}
    for (href, label), (month, n) in zip(chart.bars, [b for b in data["bars"] if b[1]],
                                         strict=True):
        assert href == f"dates/{month[:4]}/{month[5:]}/index.html"
        assert _label_count(label) == n
        page = seed(href)
        assert f"共 {n} 篇报道" in page
        linked = {urlsplit(x).path.removesuffix(".html")
                  for x in re.findall(r'href="\.\./\.\./\.\./stories/([^"]+)"', page)}
        linked.discard("index")  # the site menu
        for sid in linked:  # each listed story is dated in the month, or one of its sections
            s = stories[sid]
            dates = [s["date"] or ""] + [i["date"] or "" for i in s["items"]]
            assert any(d.startswith(month) for d in dates), (month, sid)
        assert len(linked) == n


def test_seed_on_this_day_files_agree_with_the_story_dates(seed):
    stories = json.loads(seed("data/stories.json"))
    expected: Counter = Counter()
    for s in stories:
        dates = {s["date"]} | {i["date"] for i in s["items"]}
        for d in dates:
            if d and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                expected[(d, s["headline"])] += 1
    found: Counter = Counter()
    days = [p for p in seed.paths if p.startswith("data/onthisday/")]
    assert days
    for path in days:
        key = path.rsplit("/", 1)[1].removesuffix(".json")
        for e in json.loads(seed(path)):
            assert e["date"][5:] == key
            assert e["url"].startswith("stories/")
            found[(e["date"], e["headline"])] += 1
    assert set(found) == set(expected)
    home = seed("index.html")
    listed = re.search(r'data-otd-days="([^"]*)"', home)[1].split()
    assert listed == sorted(p.rsplit("/", 1)[1][:-5] for p in days)
    page = seed("dates/onthisday.html")
    for key in listed:
        assert f'id="d-{key}"' in page


# -- made-up archives: pagination, long spans, dates without a year ------------------------


def _extra(source: str, dates: list[str | None], keyword: str) -> tuple[Page, tuple[Story, ...]]:
    stories = tuple(
        Story(id=f"{source[:1]}-{n:03d}", source=source, position=n, line=n + 1,
              headline=f"{keyword}第{n + 1}篇", date=d, paragraphs=(f"{keyword}正文{n}。",),
              keywords=(keyword,))
        for n, d in enumerate(dates)
    )
    return Page(source, f"x{source}", None, None, None, (), stories), stories


@pytest.fixture(scope="module")
def made_up():
    base = sample_archive(filler=45)
    long_page, long = _extra("long.txt", ["2019-05-04", "2021-01-09", "2024-02-01",
                                          "2024-02-03", "--06-01", None], "长跨度")
    archive = dataclasses.replace(base, pages=(*base.pages, long_page),
                                  stories=(*base.stories, *long))
    return _Read(render.render_site(archive, Config()))


def test_a_month_split_over_pages_is_linked_where_it_starts_and_continued(made_up):
    data = json.loads(made_up("data/timelines.json"))
    # 民生: 45 briefs of 2024-03, the roundup filed under its 2024-01-27 section, one story
    # of 2023-02 and one undated: 20 a page, newest first.
    assert dict(data["keywords"]["民生"]["bars"])["2024-03"] == 45
    bars = {label.split("：")[0]: unquote(href)
            for href, label in chart_of(made_up("keywords/民生.html")).bars}
    assert bars == {"2023年2月": "../keywords/民生/3.html#m-2023-02",
                    "2024年1月": "../keywords/民生/3.html#m-2024-01",
                    "2024年3月": "#m-2024-03"}  # on the page itself
    page2 = chart_of(made_up("keywords/民生/2.html")).groups
    assert [(g["id"], g["text"]) for g in page2] == [(None, "2024年3月（续）")]
    page3 = chart_of(made_up("keywords/民生/3.html")).groups
    assert [g["text"] for g in page3] == ["2024年3月（续）", "2024年1月", "2023年2月", "年月不详"]
    assert len(group_links(made_up, "keywords/民生.html", "m-2024-03")) == 45
    assert check_entity_pages(made_up, data) > 0


def test_a_span_longer_than_three_years_is_drawn_per_year(made_up):
    data = json.loads(made_up("data/timelines.json"))["keywords"]["长跨度"]
    # An entity's bars are its non-empty buckets; the axis runs from 2019 to 2024 by year.
    assert data == {"unit": "year", "bars": [["2019", 1], ["2021", 1], ["2024", 2]]}
    page = made_up("keywords/长跨度.html")
    chart = chart_of(page)
    assert [label for _, label in chart.bars] == ["2019年：1篇", "2021年：1篇", "2024年：2篇"]
    assert [href.split("#")[1] for href, _ in chart.bars] == ["y-2019", "y-2021", "y-2024"]
    # The year-less and the undated story are listed, under no bar.
    assert [g["text"] for g in chart.groups] == ["2024年", "2021年", "2019年", "年月不详"]
    assert len(chart.groups[-1]["links"]) == 2


def test_chart_coordinates_are_short_and_the_same_every_time(made_up, sample_archive):
    for path in ("index.html", "keywords/民生.html", "people/p-wangjun.html"):
        numbers = chart_of(made_up(path)).numbers
        assert numbers and all(re.fullmatch(r"\d+(\.\d)?", n) for n in numbers), path
    again = render.render_site(sample_archive, Config())
    first = render.render_site(sample_archive, Config())
    assert again["people/p-wangjun.html"] == first["people/p-wangjun.html"]


def test_a_person_chart_draws_their_posts_on_the_same_axis(seed):
    posts = json.loads(seed("data/posts.json"))
    held = Counter(h["person_id"] for p in posts for h in p["holders"] if h["first"])
    person, n = held.most_common(1)[0]
    page = seed(f"people/{person}.html")
    assert page.count('class="tl-tenure') == n
    assert "报道与任职时间线" in page
    assert re.search(r"<desc [^>]*>[^<]*下方横条为见报任职时间", page)


def test_a_post_with_more_stories_than_a_list_page_links_its_bars_on_its_one_page():
    from cqnews_site.index.posts import derive_posts
    from cqnews_site.inputs import gazetteer
    from cqnews_site.model.records import Person, Sighting

    base = sample_archive(filler=45)
    fillers = [s for s in base.stories if s.id.startswith("f-")]
    mayor = Person("p-mayor", "张立新", "万州区", tuple(
        Sighting(s.id, None, s.date, ("万州区区长",), "万州区") for s in fillers))
    archive = derive_posts(dataclasses.replace(base, people=(*base.people, mayor)),
                           gazetteer.default())
    read = _Read(render.render_site(archive, Config()))
    data = json.loads(read("data/timelines.json"))
    post = next(p for p in archive.posts if any(h.person_id == "p-mayor" for h in p.holders))
    assert dict(data["posts"][post.id]["bars"])["2024-03"] == 45
    [path] = [p for p in read.paths if p.startswith("posts/") and post.id in unquote(p)]
    bars = [href for href, _ in chart_of(read(path)).bars]
    assert bars and all(href.startswith("#m-") for href in bars), bars
    assert check_entity_pages(read, data) > 0
