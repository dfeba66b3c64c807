"""The renderer and writer on hand-made archives: pages, URLs, data files, errors."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cqnews_site.config import Config
from cqnews_site.model.records import Archive, Story
from cqnews_site.output import writer
from cqnews_site.output.files import DuplicatePath, SiteFiles
from cqnews_site.site import render, theme, urls
from site_samples import XSS, sample_archive

PROJECT = Path(__file__).resolve().parents[1]
ATOM = "{http://www.w3.org/2005/Atom}"


def render_text(files: dict[str, bytes], path: str) -> str:
    return files[path].decode("utf-8")


@pytest.fixture
def files(sample_archive):
    return render.render_site(sample_archive, Config(base_url="https://example.org/archive"))


# -- data files ---------------------------------------------------------------------------


def test_stories_json_has_the_agreed_shape(files, sample_archive):
    raw = render_text(files, "data/stories.json")
    data = json.loads(raw)
    assert [s["id"] for s in data] == [s.id for s in sample_archive.stories]
    first = data[0]
    assert list(first) == sorted(first)
    assert set(first) == {
        "id", "source", "headline", "kicker", "subtitle", "section", "date", "date_evidence",
        "reporters", "photographers", "text", "captions", "notes", "people", "districts",
        "keywords", "items",
    }  # fmt: skip
    assert first["people"][1] == {
        "id": "p-huangzuying", "name": "黄祖英", "titles": ["区委副书记", "区长"],
        "district": "北碚区",
    }  # fmt: skip
    assert first["text"].split("\n")[1] == "会议要求"
    roundup = data[2]
    assert roundup["date"] == "--01-28"
    assert [i["anchor"] for i in roundup["items"]] == ["item-1", "item-2"]
    assert set(roundup["items"][0]) == {
        "heading", "anchor", "date", "reporters", "text", "people", "districts",
    }  # fmt: skip
    assert "黄祖英" in raw and "\\u" not in raw  # UTF-8, not ASCII-escaped


def test_people_and_districts_json_are_written(files):
    people = json.loads(files["data/people.json"])
    districts = json.loads(files["data/districts.json"])
    assert "王俊" in json.dumps(people, ensure_ascii=False)
    assert "石柱土家族自治县" in json.dumps(districts, ensure_ascii=False)


# -- pages ----------------------------------------------------------------------------------


def test_story_text_is_escaped(files):
    page = render_text(files, "stories/bb-001.html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert XSS not in page


def test_story_page_shows_headline_parts_people_and_neighbours(files):
    page = render_text(files, "stories/bb-001.html")
    assert '<p class="kicker">区委常委会召开会议</p>' in page
    assert "<h1>全面学习领会贯彻党的二十大精神</h1>" in page
    assert '<p class="subtitle">王俊主持并讲话</p>' in page
    assert '<h2 class="subhead">会议要求</h2>' in page  # paragraph 1 is an in-text subhead
    # People and districts named in the text link to their pages.
    assert '区委书记<a class="ent" href="../people/p-wangjun.html">王俊</a>' in page
    assert '<a class="ent" href="../districts/%E5%8C%97%E7%A2%9A%E5%8C%BA.html">北碚</a>' in page
    assert '<a href="../people/p-huoly.html">霍吕</a>' in page  # reporter linked
    assert 'href="../pages/a_beibei.html#s0"' in page
    assert 'rel="next" href="../stories/bb-002.html"' in page
    assert "王俊黄祖英会见客商" in page.split("相关报道")[1]  # shares two people


def test_story_items_have_anchors_people_and_districts(files):
    page = render_text(files, "stories/wz-001.html")
    assert '<section class="item" id="item-1">' in page
    lead = page.split('<p class="item-lead">')[1].split("</p>")[0]
    assert lead == (
        '市人大代表、<a class="ent" href="../districts/%E4%B8%87%E5%B7%9E%E5%8C%BA.html">'
        '万州区</a>区长<a class="ent" href="../people/p-liqing.html">李庆</a>：'
    )
    assert "李庆</a>（市人大代表、万州区区长）" in page


def test_item_byline_reads_well_with_and_without_a_date(sample_archive):
    roundup = sample_archive.stories[2]
    undated_item = dataclasses.replace(roundup.items[1], date=None)
    archive = dataclasses.replace(sample_archive, stories=(
        *sample_archive.stories[:2],
        dataclasses.replace(roundup, items=(roundup.items[0], undated_item)),
        *sample_archive.stories[3:]))
    dated = render_text(render.render_site(sample_archive, Config()), "stories/wz-001.html")
    undated = render_text(render.render_site(archive, Config()), "stories/wz-001.html")

    def byline(page: str) -> str:
        section = page.split('<section class="item" id="item-2">')[1]
        return re.sub(r"<[^>]+>", "", section.split('<p class="byline">')[1].split("</p>")[0])

    assert byline(dated) == "1月28日（年份不详） · 作者 霍吕"  # writers of any role
    assert byline(undated) == "作者 霍吕"  # no dot before the credit


def test_person_page_has_timeline_appearances_and_co_mentions(files):
    page = render_text(files, "people/p-wangjun.html")
    assert "职务时间线" in page and "区委书记" in page
    # The appearances section, whose list is grouped by month (the year-less item apart).
    appearances = page.split('id="h-appear"')[1].split("</section>")[0]
    # Newest first: 2023-02-20 before 2023-02-16; the year-less item comes last.
    assert (
        appearances.index("会见客商")
        < appearances.index("全面学习")
        < appearances.index("北碚篇章")
    )
    assert "../stories/wz-001.html#item-2" in appearances
    # Who appears together is said once: the network and the list beside it.
    assert "常一同出现的人物" not in page
    co = page.split('id="h-network"')[1].split("</section>")[0]
    assert "黄祖英" in co
    assert "李庆" not in co  # another item of the same roundup is not "together"
    timeline = page.split('<ol class="timeline">')[1].split("</ol>")[0]
    assert "2023年2月16日 至 2023年2月20日" in timeline  # year-less dates not mixed in


def test_reporter_page_lists_what_they_wrote(files):
    page = render_text(files, "people/p-huoly.html")
    assert "撰写的报道" in page
    assert "全面学习领会贯彻党的二十大精神" in page.split("撰写的报道")[1]
    photo = render_text(files, "people/p-susi.html")
    assert "拍摄的报道" in photo and "王俊黄祖英会见客商" in photo


def test_district_page_lists_officials_items_and_keywords(files):
    page = render_text(files, "districts/万州区.html")
    assert "<h1>万州区</h1>" in page
    officials = page.split("在此任职的人物")[1].split("</ul>")[0]
    assert "李庆" in officials and "万州区区长" in officials and "曾华" in officials
    assert "../stories/wz-001.html#item-1" in page
    assert "民生" in page.split("常见关键词")[1]


def test_long_lists_paginate(files):
    first = render_text(files, "keywords/民生.html")
    second = render_text(files, "keywords/民生/2.html")
    assert first.count('<a class="headline"') == render.PAGE_SIZE
    assert second.count('<a class="headline"') == 28 - render.PAGE_SIZE
    assert 'rel="next" href="../keywords/%E6%B0%91%E7%94%9F/2.html"' in first
    assert 'rel="prev" href="../../keywords/%E6%B0%91%E7%94%9F.html"' in second


def test_date_archive_goes_year_month_day(files):
    years = render_text(files, "dates/index.html")
    assert "2024年" in years and "2023年" in years and "日期或年份不详" in years
    month = render_text(files, "dates/2023/02/index.html")
    assert 'id="d16"' in month and 'id="d20"' in month
    assert month.index('id="d20"') < month.index('id="d16"')
    # An item with its own full date is filed under that day though its story has none.
    january = render_text(files, "dates/2024/01/index.html")
    assert 'href="../../../stories/wz-001.html#item-1"' in january.split('id="d27"')[1]
    undated = render_text(files, "dates/undated.html")
    assert "无日期的简讯" in undated and "各区县“一把手”话落实" in undated


def test_source_page_keeps_order_banner_and_noise_apart(files):
    page = render_text(files, "pages/a_beibei.html")
    assert page.index('id="s0"') < page.index('id="s1"')
    assert '<p class="banner">热烈庆祝大会开幕</p>' in page
    noise = page.split('<aside class="noise"')[1]
    assert "缙享北" in noise and "缙享北" not in page.split('<aside class="noise"')[0]


def test_a_clipped_pages_source_page_links_the_web_page_it_was_saved_from(sample_archive):
    address = "https://mp.weixin.qq.com/s/Kq7vR2mLx9TnP4wHcZ8eJA"
    first, *rest = sample_archive.pages
    clipped = dataclasses.replace(
        first, meta=dataclasses.replace(first.meta, clipped_from=address))
    files = render.render_site(dataclasses.replace(sample_archive, pages=(clipped, *rest)),
                               Config())
    def source_page(page) -> str:  # ('a/beibei.txt' → 'pages/a_beibei.html')
        name = Path(page.source).with_suffix("").as_posix().replace("/", "_")
        return render_text(files, f"pages/{name}.html")

    page = source_page(first)
    assert f'剪藏自网页：<a href="{address}" rel="nofollow noopener">' in page
    others = [source_page(p) for p in rest]
    assert others and not any("剪藏自网页" in other for other in others)


def test_people_index_groups_by_district_and_pinyin(files):
    page = render_text(files, "people/index.html")
    assert 'id="py-Z"' in page  # 曾华 reads Zēng as a surname
    z_group = page.split('id="py-Z"')[1].split("</section>")[0]
    assert "曾华" in z_group
    by_district = page.split('id="h-by-district"')[1].split('id="h-by-pinyin"')[0]
    assert by_district.index("万州区") < by_district.index("北碚区")  # gazetteer order
    assert "市级及以上" in by_district and "习近平" in by_district.split("市级及以上")[1]
    assert "作者与摄影" in page


def test_pinyin_initials_read_surnames():
    assert render.pinyin_initial("曾华") == "Z"
    assert render.pinyin_initial("单雄") == "S"
    assert render.pinyin_initial("王俊") == "W"
    assert render.pinyin_initial("欧阳修") == "O"


def test_home_page_has_latest_districts_officials_sections_and_data(files):
    page = render_text(files, "index.html")
    assert '<html lang="zh-CN">' in page
    latest = page.split("最新报道")[1].split("</ol>")[0]
    assert latest.index("民生简讯第25则") < latest.index("民生简讯第24则")
    assert "王俊" in page.split("常见人物")[1]
    assert "两会专访" in page.split('id="h-sections"')[1]
    for data in ("data/stories.json", "data/people.json", "data/districts.json"):
        assert f'href="{data}"' in page
    assert (
        'href="districts/%E7%9F%B3%E6%9F%B1%E5%9C%9F%E5%AE%B6%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8E%BF.html"'
        in page
    )


def test_base_url_only_in_feeds_sitemap_robots_404_and_the_page_identity(files):
    # Links between pages stay relative; only a page's own canonical URL (and its Open
    # Graph copy) and the citation files name the base URL.
    identity = re.compile(r'<link rel="canonical" href="[^"]*">|<meta property="og:url" content="[^"]*">')
    for path, data in files.items():
        if not path.endswith(".html") or path == "404.html":
            continue  # feeds and citations name it; the search index is compressed binary
        text = data.decode("utf-8")
        assert "example.org" not in identity.sub("", text), path
        if path.startswith("stories/"):
            assert f'<link rel="canonical" href="https://example.org/archive/{path}">' in text
    assert "https://example.org/archive/stories/bb-001.html" in render_text(files, "sitemap.xml")
    assert "Sitemap: https://example.org/archive/sitemap.xml" in render_text(files, "robots.txt")


def test_feeds_are_atom_with_absolute_links(files, monkeypatch):
    root = ET.fromstring(files["feed.xml"])
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == render.FEED_SIZE
    assert entries[0].find(f"{ATOM}title").text == "民生简讯第25则"
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == "https://example.org/archive/stories/f-024.html"
    assert root.find(f"{ATOM}updated").text == "2024-03-25T00:00:00+08:00"
    district = ET.fromstring(files["districts/北碚区.xml"])
    assert {e.find(f"{ATOM}title").text for e in district.findall(f"{ATOM}entry")} >= {
        "王俊黄祖英会见客商"
    }
    person = ET.fromstring(files["people/p-liqing.xml"])
    assert len(person.findall(f"{ATOM}entry")) == 1

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    again = render.render_site(sample_archive(), Config())
    assert ET.fromstring(again["feed.xml"]).find(f"{ATOM}updated").text == "2023-11-14T22:13:20Z"


def test_without_base_url_feeds_use_relative_links(sample_archive):
    files = render.render_site(sample_archive, Config())
    feed = ET.fromstring(files["people/p-wangjun.xml"])
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href").startswith("../stories/")
    assert entry.find(f"{ATOM}id").text.startswith("urn:cqnews:stories/")
    assert "Sitemap" not in files["robots.txt"].decode()


def test_rendering_is_deterministic(sample_archive):
    one = render.render_site(sample_archive, Config())
    two = (
        render.render_site(sample_archive(), Config())
        if False
        else render.render_site(sample_archive, Config())
    )
    assert one == two
    assert list(one) == sorted(one)


# -- URLs -----------------------------------------------------------------------------------


def _story(
    story_id: str, source: str = "x.txt", position: int = 0, headline: str = "标题"
) -> Story:
    return Story(id=story_id, source=source, position=position, line=1, headline=headline,
                 paragraphs=("正文。",))  # fmt: skip


def test_two_stories_wanting_one_url_get_distinct_ones():
    stories = (
        _story("a/b", position=0, headline="甲"),
        _story("a:b", position=1, headline="乙"),
        _story("AB", position=2, headline="丙"),
        _story("ab", position=3, headline="丁"),
    )
    archive = Archive(pages=(), stories=stories, people=(), districts=())
    files = render.render_site(archive, Config())
    story_pages = sorted(p for p in files if p.startswith("stories/") and p.count("/") == 1)
    story_pages.remove("stories/index.html")
    assert len(story_pages) == 4
    assert len({p.casefold() for p in story_pages}) == 4  # safe on case-insensitive disks
    headlines = set()
    for path in story_pages:
        text = files[path].decode()
        headlines.add(text.split("<h1>")[1].split("</h1>")[0])
    assert headlines == {"甲", "乙", "丙", "丁"}


def test_an_archive_with_a_repeated_story_id_is_refused_by_the_index():
    stories = (_story("ab", position=0), _story("ab", position=1))
    archive = Archive(pages=(), stories=stories, people=(), districts=())
    with pytest.raises(ValueError, match="unique"):
        render.render_site(archive, Config())


def test_slugs_keep_chinese_and_drop_unsafe_characters():
    assert urls.slug("石柱土家族自治县") == "石柱土家族自治县"
    assert urls.slug("“双圈”建设 / 2024?") == "“双圈”建设-2024"
    assert urls.slug("../..") == "_"
    ns = urls.Namespace("keywords", ["a b", "a/b", "a-b"], reserved=["index"])
    assert sorted(ns.path(k) for k in ["a b", "a/b", "a-b"]) == [
        "keywords/a-b-2.html", "keywords/a-b-3.html", "keywords/a-b.html",
    ]  # fmt: skip
    assert ns.path("a-b") == "keywords/a-b.html"  # sorted keys decide, not input order


def test_source_pages_from_different_folders_do_not_collide():
    stories = (_story("s1", source="a/x.txt"), _story("s2", source="a_x.txt"))
    files = render.render_site(Archive((), stories, (), ()), Config())
    assert {"pages/a_x.html", "pages/a_x-2.html"} <= set(files)


def test_one_path_twice_is_refused_naming_both_sources():
    out = SiteFiles()
    out.add("stories/x.html", b"1", "story 'x'")
    with pytest.raises(DuplicatePath, match=r"stories/X\.html: story 'x' and story 'X'"):
        out.add("stories/X.html", b"2", "story 'X'")


# -- templates ------------------------------------------------------------------------------


def test_user_templates_override_by_name(tmp_path, sample_archive):
    (tmp_path / "keyword.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>自定义：{{ keyword }}</h1>{% endblock %}',
        encoding="utf-8",
    )
    files = render.render_site(sample_archive, Config(templates=tmp_path))
    assert "<h1>自定义：民生</h1>" in files["keywords/民生.html"].decode()
    assert "全面学习" in files["stories/bb-001.html"].decode()  # others still built in


def test_template_syntax_error_names_template_and_line(tmp_path, sample_archive):
    (tmp_path / "story.html").write_text(
        '{% extends "base.html" %}\n{% block content %}\n{% if story.headline %}\n'
        "<h1>{{ story.headline }}</h1>\n{% endblock %}\n",
        encoding="utf-8",
    )
    with pytest.raises(render.RenderError, match=r"story\.html:5: template error"):
        render.render_site(sample_archive, Config(templates=tmp_path))


def test_template_runtime_error_names_template_and_line(tmp_path, sample_archive):
    (tmp_path / "person.html").write_text(
        '{% extends "base.html" %}\n{% block content %}\n<h1>{{ person.name }}</h1>\n'
        "<p>{{ person.no_such_field }}</p>\n{% endblock %}\n",
        encoding="utf-8",
    )
    with pytest.raises(render.RenderError) as info:
        render.render_site(sample_archive, Config(templates=tmp_path))
    message = str(info.value)
    assert f"{tmp_path / 'person.html'}:4:" in message
    assert "no_such_field" in message


def _render_kept(folder: Path, kept: Path, version: str = "v1") -> bytes:
    renderer = theme.Renderer((folder,), {}, compiled=theme.CompiledTemplates(kept, version))
    return renderer.render("page.html", "page.html", n=1)


def _no_compiling(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(theme._Environment, "compile", refuse)


def test_compiled_templates_are_kept_and_a_changed_source_is_compiled_again(tmp_path,
                                                                          monkeypatch):
    folder, kept = tmp_path / "templates", tmp_path / "compiled"
    folder.mkdir()
    (folder / "page.html").write_text("一{{ n }}", encoding="utf-8")
    assert _render_kept(folder, kept) == "一1".encode()
    assert len(list(kept.iterdir())) == 1
    with monkeypatch.context() as patched:
        _no_compiling(patched)
        assert _render_kept(folder, kept) == "一1".encode()  # a new renderer loads it
    (folder / "page.html").write_text("二{{ n }}", encoding="utf-8")
    assert _render_kept(folder, kept) == "二1".encode()
    # Other code (a new version of the package or other settings) compiles its own.
    assert _render_kept(folder, kept, "v2") == "二1".encode()
    assert len(list(kept.iterdir())) == 2


def test_a_folder_for_compiled_templates_that_cannot_be_written_costs_only_time(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "page.html").write_text("一{{ n }}", encoding="utf-8")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    assert _render_kept(folder, tmp_path / "a-file" / "compiled") == "一1".encode()


def test_a_kept_compiled_template_still_names_its_file_and_line_in_an_error(tmp_path,
                                                                           monkeypatch):
    folder, kept = tmp_path / "templates", tmp_path / "compiled"
    folder.mkdir()
    (folder / "page.html").write_text("一\n{{ n.no_such_field }}\n", encoding="utf-8")
    for compiled_before in (False, True):
        with monkeypatch.context() as patched:
            if compiled_before:
                _no_compiling(patched)
            with pytest.raises(render.RenderError) as info:
                _render_kept(folder, kept)
        assert f"{folder / 'page.html'}:2:" in str(info.value)
        assert "no_such_field" in str(info.value)


def _keyword_page_with_link_macro(folder, how: str) -> None:
    """A user's keyword page linking through a macro of links.html, imported ``how``."""
    (folder / "links.html").write_text(
        '{% macro link(k) %}<a href="{{ href(u.keyword(k)) }}">{{ k }}</a>{% endmacro %}',
        encoding="utf-8")
    (folder / "keyword.html").write_text(
        f'{{% extends "base.html" %}}{{% from "links.html" {how} %}}'
        "{% block content %}{{ link(keyword) }}{% endblock %}", encoding="utf-8")


def test_a_macro_imported_without_context_is_told_to_import_it_with_context(tmp_path,
                                                                          sample_archive):
    """Such a macro sees no page, so ``href`` cannot know how deep the link starts."""
    _keyword_page_with_link_macro(tmp_path, "import link")
    with pytest.raises(render.RenderError, match=r"links\.html:1: .*'with context'"):
        render.render_site(sample_archive, Config(templates=tmp_path))


def test_the_href_global_links_as_a_pages_own_href(tmp_path, sample_archive):
    _keyword_page_with_link_macro(tmp_path, "import link with context")
    page = render.render_site(sample_archive, Config(templates=tmp_path))["keywords/民生.html"]
    link = '<a href="../keywords/%E6%B0%91%E7%94%9F.html">民生</a>'
    assert link in page.decode()
    env = theme.make_environment([tmp_path])  # no page context: the global href is used
    assert env.from_string("{{ href(p) }}").render(root="../", p="keywords/民生.html") == \
        link.split('"')[1]


# -- writer ---------------------------------------------------------------------------------


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_writer_copies_static_and_files_and_builds_are_byte_identical(tmp_path, sample_archive):
    config = Config(out=tmp_path / "site")
    writer.write_site(render.render_site(sample_archive, config), config)
    first = tree(config.out)
    assert "static/style.css" in first and "index.html" in first
    writer.write_site(render.render_site(sample_archive, config), config)
    assert tree(config.out) == first
    # no temp folders left; the lock file stays (removing a lock file races)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.lock", "site"]


def test_a_static_file_equal_to_the_last_sites_stays_that_file_and_a_changed_one_is_new(
        tmp_path):
    # Unchanged output keeps its time, so a deploy that compares times sends only changes.
    user = tmp_path / "static"
    user.mkdir()
    (user / "logo.svg").write_text("<svg>旧</svg>", encoding="utf-8")
    config = Config(out=tmp_path / "site", static=user)
    writer.write_site({"index.html": b"a"}, config)
    before = {p: f.stat() for p, f in _files(config.out / "static").items()}
    (user / "logo.svg").write_text("<svg>新</svg>", encoding="utf-8")
    writer.write_site({"index.html": b"b"}, config)
    after = _files(config.out / "static")
    assert after.keys() == before.keys() and "style.css" in after
    changed = {p for p, f in after.items() if f.stat().st_ino != before[p].st_ino}
    assert changed == {"logo.svg"}
    assert after["logo.svg"].read_text(encoding="utf-8") == "<svg>新</svg>"
    assert after["style.css"].stat().st_mtime_ns == before["style.css"].st_mtime_ns


def _files(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}


def test_template_error_leaves_the_last_good_site(tmp_path, sample_archive):
    config = Config(out=tmp_path / "site")
    writer.write_site(render.render_site(sample_archive, config), config)
    before = tree(config.out)
    user = tmp_path / "tpl"
    user.mkdir()
    (user / "home.html").write_text("{% block content %}{{ nope( }}{% endblock %}", "utf-8")
    broken = dataclasses.replace(config, templates=user)
    with pytest.raises(render.RenderError, match=r"home\.html:1"):
        writer.write_site(render.render_site(sample_archive, broken), broken)
    assert tree(config.out) == before


def test_failed_write_keeps_old_site_and_removes_temp_folder(tmp_path, sample_archive):
    config = Config(out=tmp_path / "site")
    writer.write_site({"index.html": b"old"}, config)
    with pytest.raises(writer.WriteError, match="relative"):
        writer.write_site({"index.html": b"new", "../escape.html": b"x"}, config)
    assert (config.out / "index.html").read_bytes() == b"old"
    assert not (tmp_path / "escape.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.lock", "site"]


def test_writer_refuses_to_replace_a_folder_holding_the_seeds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("版面", encoding="utf-8")
    config = Config(seeds=seeds, out=tmp_path)
    with pytest.raises(writer.WriteError, match="would delete"):
        writer.write_site({"index.html": b"x"}, config)
    assert (seeds / "a.txt").read_text(encoding="utf-8") == "版面"


def test_generated_file_may_not_shadow_a_static_file(tmp_path):
    with pytest.raises(writer.WriteError, match=r"static/style\.css"):
        writer.write_site({"static/style.css": b"x"}, Config(out=tmp_path / "site"))


def test_editor_article_body_is_rendered_as_html_and_inferred_headline_noted():
    article = dataclasses.replace(
        _story("md-1", source="articles/a.md"),
        html="<p>编辑撰写的<strong>文章</strong>。</p>",
        headline_inferred=True,
    )
    files = render.render_site(Archive((), (article,), (), ()), Config())
    page = files["stories/md-1.html"].decode()
    assert "<p>编辑撰写的<strong>文章</strong>。</p>" in page
    assert "此标题据正文拟定" in page


def test_two_seed_builds_give_byte_identical_files(tmp_path):
    from cqnews_site import build

    project = Path(__file__).resolve().parents[1]
    trees = []
    for n in (1, 2):
        config = Config(
            seeds=project / "seeds",
            out=tmp_path / f"site{n}",
            cache=tmp_path / f"cache{n}",
            entities=project / "entities.yaml",
        )
        build.build(config)
        trees.append(tree(config.out))
    assert len(trees[0]) > 50
    assert trees[0] == trees[1]


def test_user_static_folder_adds_and_overrides_files(tmp_path):
    mine = tmp_path / "mine"
    (mine / "img").mkdir(parents=True)
    (mine / "style.css").write_text("body { color: red; }\n", encoding="utf-8")
    (mine / "img" / "logo.svg").write_text("<svg/>", encoding="utf-8")
    config = Config(out=tmp_path / "site", static=mine)
    writer.write_site({"index.html": b"x"}, config)
    assert (config.out / "static" / "style.css").read_text(encoding="utf-8").startswith("body")
    assert (config.out / "static" / "img" / "logo.svg").exists()


def test_posts_give_the_person_timeline_and_the_district_leaders(sample_archive):
    from cqnews_site.model.records import Post, Tenure

    posts = (
        Post("bb-sj", "北碚区委书记", "北碚区", "区委书记", True, "书记", (
            Tenure("p-wangjun", "王俊", "2023-02-16", "2023-02-20", ("bb-001", "bb-002")),
        )),
        Post("bb-qz", "北碚区区长", "北碚区", "区长", True, "行政首长", (
            Tenure("p-huangzuying", "黄祖英", "2023-02-16", "2023-02-20", ("bb-001",)),
        )),
    )  # fmt: skip
    files = render.render_site(dataclasses.replace(sample_archive, posts=posts), Config())
    person = render_text(files, "people/p-wangjun.html")
    timeline = person.split('id="h-posts"')[1].split("</ol>")[0]
    assert "北碚区委书记" in timeline and "2023年2月16日—2023年2月20日" in timeline
    assert "报道中的称谓" in person  # the titles as printed stay available
    district = render_text(files, "districts/北碚区.html")
    leaders = district.split('id="h-leaders"')[1].split("</table>")[0]
    assert leaders.index("北碚区委书记") < leaders.index("北碚区区长")  # secretary first
    assert '<a href="../people/p-huangzuying.html">黄祖英</a>' in leaders
    assert 'href="data/posts.json"' in render_text(files, "index.html")
    assert "data/posts.json" not in render_text(
        render.render_site(sample_archive, Config()), "index.html"
    )


def test_linkify_prefers_the_longest_name_links_once_and_escapes():
    targets = {
        "万州": "districts/万州区.html",
        "万州区": "districts/万州区.html",
        "李庆": "people/l.html",
    }
    used: set[str] = set()
    html = render.linkify("万州区区长李庆<b>说，万州、李庆", targets, "../", used)
    assert str(html) == (
        '<a class="ent" href="../districts/%E4%B8%87%E5%B7%9E%E5%8C%BA.html">万州区</a>'
        '区长<a class="ent" href="../people/l.html">李庆</a>&lt;b&gt;说，万州、李庆'
    )
    assert str(render.linkify("a<i>", {}, "", set())) == "a&lt;i&gt;"


def test_names_are_found_leftmost_then_longest_without_overlap():
    from cqnews_site.site.views import _name_matches

    names = ["张三", "张三丰", "三丰县", "丰县", "李庆"]
    # Leftmost first; at one place the longest; a match hides the names overlapping it.
    assert _name_matches("张三丰县长李庆和张三，丰县", names) == [
        (0, "张三丰"), (5, "李庆"), (8, "张三"), (11, "丰县")]
    assert _name_matches("三丰县张三丰", names) == [(0, "三丰县"), (3, "张三丰")]
    assert _name_matches("无人", names) == []


def test_no_sitemap_without_a_base_url(sample_archive):
    from cqnews_site.config import Config
    from cqnews_site.site import render

    files = render.render_site(sample_archive, Config())
    assert "sitemap.xml" not in files
    assert b"Sitemap:" not in files["robots.txt"]


def _on_disk(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_rendering_in_worker_processes_writes_the_same_files(sample_archive, tmp_path, jobs):
    from cqnews_site.index.lookups import index_archive

    config = Config(base_url="https://example.org/")
    index = index_archive(sample_archive)
    folder = tmp_path / "site"
    folder.mkdir()
    written = render.render_into(index, config, folder, None, jobs=jobs)
    assert _on_disk(folder) == render.render_site(index, config)
    assert written.linked == 0 and "sitemap.xml" in written.paths()


def test_an_unchanged_page_is_linked_from_the_last_site_and_keeps_its_time(sample_archive,
                                                                            tmp_path):
    from cqnews_site.index.lookups import index_archive

    config = Config()
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    index = index_archive(sample_archive)
    render.render_into(index, config, first, None)
    story = sample_archive.stories[0]
    page = urls.story_namespace(index.story).path(story.id)
    os.utime(first / page, (1_000_000_000, 1_000_000_000))
    changed = dataclasses.replace(sample_archive, stories=(
        dataclasses.replace(story, headline=story.headline + "（更正）"),
        *sample_archive.stories[1:]))
    written = render.render_into(index_archive(changed), config, second, first)
    assert written.linked > 0
    kept = second / "people" / "index.html"
    assert kept.stat().st_ino == (first / "people" / "index.html").stat().st_ino
    assert (second / page).read_bytes() != (first / page).read_bytes()
    assert (second / page).stat().st_mtime != 1_000_000_000
    assert _on_disk(second) == render.render_site(changed, config)


def test_related_stories_rank_shared_people_over_places_and_ignore_values_too_common():
    from types import SimpleNamespace

    from cqnews_site.index.lookups import index_archive
    from cqnews_site.site import views
    from cqnews_site.site.related import RELATED_SHARE_CEILING

    crowd = RELATED_SHARE_CEILING + 1

    def story(n: int, **fields) -> Story:
        return Story(id=f"s{n}", source="p.txt", position=n, line=1 + n, headline=f"标题{n}",
                     date="2024-05-01", **fields)

    stories = (
        story(0, keywords=("乡村振兴", "人工智能"), districts=("北碚区",)),
        story(1, keywords=("人工智能",)),  # one shared keyword (weight 1)
        story(2, districts=("北碚区",)),  # one shared district (weight 2)
        # A keyword every other story carries says nothing about which are related.
        *(story(n, keywords=("乡村振兴",)) for n in range(3, 3 + crowd)),
    )
    index = index_archive(Archive(pages=(), stories=stories, people=(), districts=()))
    related = views.related_stories(SimpleNamespace(index=index), index.story["s0"])
    assert [s.id for s in related] == ["s2", "s1"]


def test_tables_printed_in_a_story_are_shown_as_tables(tmp_path):
    """A held-out sports page's standings (columns set apart by spaces) and a made-up
    Markdown pipe table: each a <table> with its head row; the lone result row keeps its
    gaps; the text around stays paragraphs."""
    from cqnews_site import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(PROJECT / "tests" / "heldout" / "pages" / "h23.txt", seeds / "h23.txt")
    (seeds / "gdp.txt").write_text(
        "前三季度全区GDP同比增长6.2%\n\n10月28日，记者从区统计局获悉。\n\n"
        "| 指标 | 前三季度 | 同比增长 |\n|---|---|---|\n| 地区生产总值 | 486.3亿元 | 6.2% |\n"
        "| 社会消费品零售总额 | 213.5亿元 | 5.1% |\n\n工业是主引擎。\n", encoding="utf-8")
    config = Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache")
    result = build.build(config)
    assert not result.errors
    by_headline = {s.headline: s for s in result.archive.stories}

    def body(headline: str) -> str:
        html = (config.out / "stories" / f"{by_headline[headline].id}.html").read_text("utf-8")
        return html.split('<div class="story-body">')[1].split("</div>\n\n  <footer")[0]

    sport = body("铜梁队2:1力克永川队 主场三连胜")
    assert re.sub(r"\s+", "", sport.split("<thead>")[1].split("</thead>")[0]) == (
        '<tr><thscope="col">球队</th><thscope="col">场次</th><thscope="col">积分</th></tr>')
    assert "<tr><td>铜梁队</td><td>7</td><td>17</td></tr>" in sport
    assert sport.count("<tr>") == 5  # the head and the four teams
    assert "<p>积分榜（前四名）</p>" in sport  # the title line stays above its table
    assert '<p class="cells">本轮战果：' in sport  # one row alone: shown with its gaps
    assert sport.count("<p>") >= 4  # the report around the table
    gdp = body("前三季度全区GDP同比增长6.2%")
    assert "---" not in gdp  # the rule line marks the head; it is not shown
    assert re.sub(r"\s+", "", gdp.split("<thead>")[1].split("</thead>")[0]) == (
        '<tr><thscope="col">指标</th><thscope="col">前三季度</th><thscope="col">同比增长</th>'
        "</tr>")
    assert "<tr><td>地区生产总值</td><td>486.3亿元</td><td>6.2%</td></tr>" in gdp
    assert "<p>工业是主引擎。</p>" in gdp


def test_a_tables_rows_that_are_only_rule_lines_stay_paragraphs():
    """Two Markdown rule lines in a row are read as a table's rows; with no row of cells
    they make no table (and no error): they are shown as printed."""
    from cqnews_site.site.views import shaped_body

    story = Story(id="s", source="a.txt", position=0, line=1, headline="某区数据",
                  paragraphs=("10月28日，记者获悉。", "|---|---|", "|---|---|", "工业是主引擎。"),
                  rows=(1, 2))
    body = shaped_body(story, {}, "../")
    assert [block["kind"] for block in body["blocks"]] == ["p", "p", "p", "p"]
    assert list(body["texts"]) == list(story.paragraphs)


def test_a_poem_is_shown_in_its_lines_and_stanzas(tmp_path):
    """The held-out 副刊 page's poem: each stanza a block of its lines, not a paragraph a
    line; the essays around it stay paragraphs."""
    from cqnews_site import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(PROJECT / "tests" / "heldout" / "pages" / "h71.txt", seeds / "h71.txt")
    config = Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache")
    result = build.build(config)
    assert not result.errors
    poem = next(s for s in result.archive.stories if s.headline == "川河盖的秋")
    assert len(poem.verses) == 12 and len(poem.stanzas) == 3
    html = (config.out / "stories" / f"{poem.id}.html").read_text("utf-8")
    verse = html.split('<div class="verse">')[1].split("</div>")[0]
    stanzas = [stanza.split("<br>") for stanza in re.findall(r'<p class="stanza">(.*?)</p>', verse)]
    assert len(stanzas) == 3
    assert stanzas[0] == ["秋天是从山顶开始的", "一夜之间", "草甸换上了金黄的衣裳", "风一吹，就翻起浪来"]
    essay = next(s for s in result.archive.stories if s.headline == "外婆的油茶汤")
    assert not essay.verses
    essay_html = (config.out / "stories" / f"{essay.id}.html").read_text("utf-8")
    assert 'class="verse"' not in essay_html


def test_macros_imported_with_context_see_each_page_as_their_own(tmp_path):
    # A module of macros alone is made once for the values it reads of the page's context
    # (theme._Template.make_module); its macros must still write each page's own.
    (tmp_path / "m.html").write_text(
        '{% macro link(p) %}<a href="{{ href(p) }}">{{ title }}</a>{% endmacro %}\n')
    (tmp_path / "page.html").write_text(
        '{% from "m.html" import link with context %}{{ link("a.html") }}')
    (tmp_path / "set.html").write_text(
        '{% set n = title %}{% macro show() %}{{ n }}{% endmacro %}')
    renderer = theme.Renderer([tmp_path], {})
    pages = [("x/y.html", "一", '<a href="../a.html">一</a>'),
             ("z.html", "一", '<a href="a.html">一</a>'),
             ("x/w.html", "二", '<a href="../a.html">二</a>'),
             ("x/v.html", "一", '<a href="../a.html">一</a>')]
    for path, title, html in pages:
        assert renderer.render("page.html", path, title=title).decode() == html
    assert len(renderer.env.get_template("m.html")._modules) == 3
    # A template that does more than define macros is made anew for every import.
    assert theme._module_reads(renderer.env.get_template("set.html")) is None
