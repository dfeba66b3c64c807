"""Pages of posts over time: a page per post, career lines, district leaders and chains.

Hand-made records (in the style of ``site_samples``) pin down what each page shows; the
seed site checks the real build against the gold answers.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml

from cqnews_site.config import Config
from cqnews_site.index import posts
from cqnews_site.inputs import gazetteer
from cqnews_site.model.records import Conflict, District, PlaceNote, Post, Story, Tenure
from cqnews_site.output import writer
from cqnews_site.site import render
from site_checks import broken_links, vnu_errors
from site_samples import XSS, sample_archive

GOLD = Path(__file__).resolve().parent / "gold"

# 北碚区委书记: an earlier holder not in the people list (no page), then 王俊.
OLD = Tenure("p-nobody", "李甲", "2020-01-05", "2021-05-01", ("f-000",))
WANG = Tenure("p-wangjun", "王俊", "2023-02-16", "2023-02-20", ("bb-001", "bb-002"))
HUANG = Tenure("p-huangzuying", "黄祖英", "2023-02-16", "2023-02-20", ("bb-001",))
ZENG = Tenure("p-zenghua", "曾华", "2023-02-18", "2023-03-01", ("bb-002",))
LI = Tenure("p-liqing", "李庆", None, None, ("wz-001",))
XI = Tenure("p-xijinping", "习近平", "2023-02-16", "2023-02-16", ("bb-001",))

SECRETARY = Post("bb-sj", "北碚区委书记", "北碚区", "区委书记", True, "书记", (OLD, WANG))
HEAD = Post("bb-qz", "北碚区区长", "北碚区", "区长", True, "行政首长", (HUANG, ZENG))
WANZHOU = Post("wz-qz", "万州区区长", "万州区", "区长", True, "行政首长", (LI,))
DEPUTY = Post("wz-fqz", "万州区副区长", "万州区", "副区长", False, None, (
    Tenure("p-zenghua", "曾华", "2022-01-01", "2022-06-30", ("wz-001",)),
))  # fmt: skip
CITY = Post("zsj", "总书记", None, "总书记", True, None, (XI,))
# Two ids that want the same file name: the URL scheme must keep them apart.
ODD_A = Post("x:y", "测试职务甲", None, "测试职务甲", False, None, (LI,))
ODD_B = Post("x-y", "测试职务乙", None, "测试职务乙", False, None, (LI,))
CONFLICT = Conflict("bb-qz", "北碚区区长", (HUANG, ZENG))


def _archive():
    """The sample archive with posts, a conflict, a place note and a historical unit."""
    base = sample_archive()
    stories = list(base.stories)
    stories[0] = dataclasses.replace(
        stories[0],
        place_notes=(PlaceNote("江北", "两江新区", f"江北区已于2025年11月6日撤销{XSS}"),),
    )
    old = Story(
        id="kx-001", source="d/kaixian.txt", position=0, line=1, headline="开县新闻",
        date="2015-05-01", paragraphs=("开县召开会议。",), districts=("开县",),
    )  # fmt: skip
    districts = (
        *base.districts,
        District("开州区", "开州", "区", since="2016-06-08", predecessors=("开县", "某旧乡")),
        District("开县", "开县", "县", ("kx-001",), until="2016-06-08", successors=("开州区",)),
        District("两江新区", "两江", "功能区", since="2010-06-18",
                 level_changes=(("2025-11-06", "区"),)),
    )  # fmt: skip
    return dataclasses.replace(
        base,
        stories=(*stories, old),
        districts=districts,
        posts=tuple(sorted((SECRETARY, HEAD, WANZHOU, DEPUTY, CITY, ODD_A, ODD_B), key=lambda p: p.id)),
        conflicts=(CONFLICT,),
    )


@pytest.fixture(scope="module")
def files():
    return render.render_site(_archive(), Config(base_url="https://example.org/"))


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory, files):
    config = Config(out=tmp_path_factory.mktemp("posts") / "site")
    writer.write_site(files, config)
    return config.out


def text(files, path: str) -> str:
    return files[path].decode("utf-8")


def section(page: str, heading_id: str, end: str = "</section>") -> str:
    return page.split(f'id="{heading_id}"')[1].split(end)[0]


# -- the post page ------------------------------------------------------------------------


def test_post_page_lists_holders_in_date_order_with_dates_and_stories(files):
    page = text(files, "posts/bb-sj.html")
    assert "<h1>北碚区委书记</h1>" in page
    assert '<a href="../districts/%E5%8C%97%E7%A2%9A%E5%8C%BA.html">北碚区</a>' in page
    holders = section(page, "h-holders")
    assert holders.index("李甲") < holders.index("王俊")
    assert "2020年1月5日—2021年5月1日" in holders
    assert "2023年2月16日—2023年2月20日" in holders
    assert '<a href="../people/p-wangjun.html">王俊</a>' in holders
    assert "p-nobody" not in holders  # no page for him: his name is not a link
    # The stories that show 王俊 in the post, linked, after his name.
    after = holders.split("王俊")[1]
    assert 'href="../stories/bb-001.html"' in after and 'href="../stories/bb-002.html"' in after
    assert 'href="../stories/f-000.html"' in holders.split("王俊")[0]
    assert "待核实" not in page


def test_undated_holder_says_the_date_is_unknown(files):
    holders = section(text(files, "posts/wz-qz.html"), "h-holders")
    assert "李庆" in holders and "日期不详" in holders


def test_conflicting_single_holder_post_shows_a_notice(files):
    page = text(files, "posts/bb-qz.html")
    notice = section(page, "h-conflicts")
    assert "待核实" in notice
    assert "黄祖英" in notice and "曾华" in notice
    assert "2023年2月18日—2023年3月1日" in notice
    assert page.index('id="h-conflicts"') < page.index('id="h-holders"')  # seen first


def test_post_paths_never_collide(files):
    post_pages = sorted(p for p in files if p.startswith("posts/") and p != "posts/index.html")
    assert len(post_pages) == 7
    titles = [re.search(r"<h1>(.*?)</h1>", text(files, p))[1] for p in post_pages]
    assert sorted(titles) == sorted(p.title for p in _archive().posts)


def test_posts_index_groups_by_district_with_city_last(files):
    page = text(files, "posts/index.html")
    groups = re.findall(r"<h2 id=\"[^\"]+\">(?:<a [^>]*>)?(.*?)(?:</a>)?</h2>", page)
    assert groups == ["万州区", "北碚区", "市级及其他"]
    beibei = page.split("北碚区</a></h2>")[1].split("</section>")[0]
    assert beibei.index("北碚区委书记") < beibei.index("北碚区区长")  # secretary first
    assert "待核实" in beibei  # the conflict is flagged in the list too
    assert 'href="../posts/index.html"' in text(files, "people/p-wangjun.html")  # nav
    assert 'href="posts/index.html"' in text(files, "index.html")


def test_post_pages_are_in_the_sitemap(files):
    sitemap = text(files, "sitemap.xml")
    assert "https://example.org/posts/bb-sj.html" in sitemap
    assert "https://example.org/posts/index.html" in sitemap


# -- person and district pages ------------------------------------------------------------


def test_person_career_line_links_each_post(files):
    career = section(text(files, "people/p-huangzuying.html"), "h-posts", "</ol>")
    assert 'href="../posts/bb-qz.html">北碚区区长</a>' in career
    assert "2023年2月16日—2023年2月20日" in career
    # A career line in date order: 万州区副区长 (2022) before 北碚区区长 (2023).
    zeng = section(text(files, "people/p-zenghua.html"), "h-posts", "</ol>")
    assert zeng.index('href="../posts/wz-fqz.html">万州区副区长') < zeng.index(
        'href="../posts/bb-qz.html">北碚区区长'
    )
    assert "2022年1月1日—2022年6月30日" in zeng
    li = section(text(files, "people/p-liqing.html"), "h-posts", "</ol>")
    assert len(re.findall(r'href="\.\./posts/[^"]+\.html"', li)) == 3  # each post links
    assert "日期不详" in li


def test_district_page_shows_current_and_past_leaders(files):
    page = text(files, "districts/北碚区.html")
    table = section(page, "h-leaders", "</table>")
    rows = table.split("<tr>")[2:]  # after the header row
    secretary, head = rows[0], rows[1]
    assert "党委书记" in secretary and 'href="../posts/bb-sj.html"' in secretary
    assert '<th scope="row">区长<br>' in head  # the head of a 区 is its 区长
    current, past = secretary.split("<td>")[1], secretary.split("<td>")[2]
    assert '<a href="../people/p-wangjun.html">王俊</a>' in current and "李甲" not in current
    assert "李甲" in past and "2020年1月5日—2021年5月1日" in past
    # 曾华 was seen last (2023-03-01), so he is the current head and 黄祖英 past.
    assert "曾华" in head.split("<td>")[1] and "黄祖英" in head.split("<td>")[2]
    assert "现任" in table
    assert 'href="../posts/index.html#d-' in page


def test_historical_unit_page_says_it_is_gone_and_links_the_chain(files):
    old = text(files, "districts/开县.html")
    notice = old.split('class="notice historical"')[1].split("</p>")[0]
    assert "已不存在" in notice and "2016年6月8日撤销" in notice
    assert '<a href="../districts/%E5%BC%80%E5%B7%9E%E5%8C%BA.html">开州区</a>' in notice
    assert "后继" in section(old, "h-chain")
    new = text(files, "districts/开州区.html")
    chain = section(new, "h-chain")
    assert "2016年6月8日" in chain and "前身" in chain
    assert '<a href="../districts/%E5%BC%80%E5%8E%BF.html">开县</a>' in chain
    assert "某旧乡" in chain and "某旧乡</a>" not in chain  # no page: named plainly
    assert "已不存在" not in new


def test_level_changes_are_listed_and_the_current_level_shown(files):
    page = text(files, "districts/两江新区.html")
    assert "功能区（2010年6月18日起） → 区（2025年11月6日起）" in section(page, "h-chain")
    assert '<p class="lede">区 ·' in page


def test_districts_index_lists_historical_units_apart(files):
    page = text(files, "districts/index.html")
    current, former = page.split('id="h-former"')
    current = current.split('<table class="table">')[1]  # the tile map above shows 开县 in 2015
    assert "开县" not in current and "开州区" in current
    row = former.split("开县")[1].split("</tr>")[0]
    assert "2016年6月8日" in row and "开州区</a>" in row
    grid = text(files, "index.html").split('class="district-grid"')[1].split("</ul>")[0]
    assert "开州" in grid and ">开县<" not in grid


def test_place_note_is_shown_by_the_districts_linked_and_escaped(files):
    page = text(files, "stories/bb-001.html")
    districts = section(page, "h-districts")
    assert (
        '地名说明：文中「江北」指<a href="../districts/%E4%B8%A4%E6%B1%9F%E6%96%B0%E5%8C%BA.html">'
        "两江新区</a>（江北区已于2025年11月6日撤销&lt;script&gt;"
    ) in districts
    assert XSS not in page


def test_every_link_of_the_posts_site_resolves(site_dir):
    assert broken_links(site_dir) == []


def test_posts_site_is_valid_html(site_dir):
    assert vnu_errors(site_dir) == []


# -- the seed site ------------------------------------------------------------------------


def _post_page(seed_site: Path, title: str) -> str:
    index = (seed_site / "posts" / "index.html").read_text(encoding="utf-8")
    found = re.findall(rf'<a class="post-title" href="([^"]+)">{re.escape(title)}</a>', index)
    assert len(found) == 1, title
    return (seed_site / "posts" / unquote(found[0])).read_text(encoding="utf-8")


@pytest.mark.parametrize("title, name", [("北碚区委书记", "王俊"), ("北碚区区长", "黄祖英")])
def test_seed_post_pages_show_their_holders(seed_site, title, name):
    holders = section(_post_page(seed_site, title), "h-holders")
    assert re.search(rf'<a href="\.\./people/[^"]+\.html">{name}</a>', holders)
    assert 'href="../stories/' in holders


def _gold_people():
    """(date, person) for every person of every gold story and item that has a district."""
    for path in sorted(GOLD.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        for story in gold["stories"]:
            date = story.get("date")
            full = date if date and not date.startswith("--") else None
            people = list(story["people"]) + [p for it in story["items"] for p in it["people"]]
            for person in people:
                if person.get("district"):
                    yield full, person


def test_seed_district_pages_list_the_gold_officials(seed_site):
    gaz = gazetteer.default()
    checked = leading = 0
    for date, person in _gold_people():
        name, district = person["name"], person["district"]
        page = (seed_site / "districts" / f"{district}.html").read_text(encoding="utf-8")
        assert name in section(page, "h-officials"), (district, name)
        checked += 1
        previous = None
        for title in person["titles"]:
            _, unit, role = posts.normalise_title(title, district, previous, gaz, date)
            previous = title
            if unit == district and posts.leading_kind(role):
                # A leading office of this district: in the leaders table too.
                assert name in section(page, "h-leaders", "</table>"), (district, name, title)
                leading += 1
    assert checked >= 30 and leading >= 10  # the gold really has officials to check
