"""Paper → issue → 版面 → story: placement, labels, continued stories, citations, redirects."""

from __future__ import annotations

import dataclasses
import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote

import bibtexparser
import jsonschema
import pytest
import rispy

from cqnews_site import build
from cqnews_site.config import Config
from cqnews_site.index.lookups import index_archive, page_order
from cqnews_site.inputs import placement
from cqnews_site.inputs.previous import PreviousSite, load
from cqnews_site.model.records import Archive, FrontMatter, Page, Story
from cqnews_site.site import cite, render
from site_checks import vnu_errors

PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT / "seeds"
CSL_SCHEMA = json.loads((PROJECT / "tests" / "fixtures" / "csl-data.schema.json").read_text())


# -- placement ------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "facts"), [
    ("巫溪报/2024-08-27/1.txt", {"paper": "巫溪报", "date": "2024-08-27", "page_number": "1"}),
    ("巫溪报/2024-08-27/01-要闻.txt",
     {"paper": "巫溪报", "date": "2024-08-27", "page_number": "1", "page_name": "要闻"}),
    ("archive/重庆日报/2024-01-21/A03.md",
     {"paper": "重庆日报", "date": "2024-01-21", "page_number": "A3"}),
    ("巫溪报/2024-02-30/1.txt", {}),  # no such day
    ("巫溪报/1.txt", {}),
    ("004_c473d4d3c41d478a.txt", {}),
    ("巫溪报/2024-08-27/说明.txt", {}),  # a stem that is not a 版次
])
def test_folder_convention(path, facts):
    assert placement.folder_facts(path) == facts


def test_page_numbers_are_written_as_readers_write_them():
    assert [placement.page_number(p) for p in ("第02版", "A03", "3", "b2", None)] == [
        "2", "A3", "3", "B2", None]
    assert sorted(["A10", "B1", "A2", None, "A1"], key=page_order) == ["A1", "A2", "A10", "B1", None]


def _page(source: str, meta: FrontMatter | None = None, **facts) -> Page:
    story = Story(id="c1", source=source, position=0, line=1, headline="标题",
                  paragraphs=("正文。",), date="--08-26")
    return Page(source, "d", None, None, None, (), (story,), meta or FrontMatter(), **facts)


def test_front_matter_beats_folder_beats_masthead():
    page = placement.place(_page("巫溪报/2024-08-27/1.txt", FrontMatter(page="第3版"),
                                 paper="《城口报》", page_name="要闻"))
    assert (page.paper, page.date, page.page_number, page.page_name) == (
        "巫溪报", "2024-08-27", "3", "要闻")
    assert page.year == 2024
    story = page.stories[0]
    # A year-less dateline takes the issue's year; the id comes from the story's place.
    assert story.date == "2024-08-26"
    assert story.id.startswith("p") and story.id != "c1"
    moved = placement.place(_page("elsewhere/巫溪报/2024-08-27/03.txt"))
    assert moved.stories[0].id == story.id  # the same place, another folder: the same id


def test_an_unplaced_page_keeps_its_content_id():
    page = placement.place(_page("loose.txt"))
    assert page.stories[0].id == "c1" and page.paper is None


# -- the browse path on a real build --------------------------------------------------------


def _html(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def _h1(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html.split("<h1>")[1].split("</h1>")[0])


_HALF_WIDTH_COMMA = re.compile(r"[\u4e00-\u9fff],|,[\u4e00-\u9fff]")
_LISTED = re.compile(r'<a class="headline" href="(?P<href>[^"]+)">(?:(?!</li>).)*?'
                     r'<p class="summary">(?P<summary>[^<]*)</p>', re.DOTALL)


def _shown_text(html: str) -> str:
    return "".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def test_list_summaries_are_punctuated_as_the_story_page_shows_the_text(placed_site):
    """OCR printed half-width commas between Chinese characters (seed 000: '3月3日,在渝'): the
    story page shows them full-width, and so does the story's summary on every list."""
    assert _HALF_WIDTH_COMMA.search((SEEDS / "000_97ca95571c8f5fbc.txt").read_text("utf-8"))
    checked = 0
    for page in sorted(placed_site.rglob("*.html")):
        if page.parent.name == "stories":
            continue
        for m in _LISTED.finditer(page.read_text(encoding="utf-8")):
            summary = unescape(m["summary"]).removesuffix("……")
            assert not _HALF_WIDTH_COMMA.search(summary), (page, summary)
            story = (page.parent / unquote(m["href"].split("#")[0])).resolve()
            shown = _shown_text(story.read_text("utf-8"))
            for piece in summary.split():  # paragraphs (a roundup's item: heading, lead, text)
                assert piece in shown, (page, story, piece)
            checked += "，" in summary
    assert checked >= 10


def test_papers_index_lists_each_paper_and_the_unplaced_pages(placed_site):
    html = _html(placed_site, "papers/index.html")
    assert "《巫溪报》" in html and "《北碚报》" in html
    assert "<td>2 期</td>" in html  # 巫溪报: 2024-08-27 and 2024-09-03
    unplaced = html.split('id="h-unplaced"')[1]
    assert "未注明报纸 日期不详 未注明版面" in unplaced or "未注明报纸 2024年 未注明版面" in unplaced
    assert "unplaced.txt" not in unplaced  # a label is never a file name


def test_paper_page_puts_issues_on_a_calendar(placed_site):
    html = _html(placed_site, "papers/巫溪报.html")
    assert _h1(html) == "《巫溪报》"
    assert "<caption id=\"m202409\">9月" in html and "<caption id=\"m202408\">8月" in html
    assert 'href="../papers/%E5%B7%AB%E6%BA%AA%E6%8A%A5/2024-08-27.html"' in html
    # 2024-08-01 was a Thursday: three empty cells open the month's first week.
    august = html.split('id="m202408"')[1].split("</table>")[0]
    first_week = august.split("<tbody>")[1].split("</tr>")[0]
    assert first_week.count("<td></td>") == 3


def test_issue_page_lists_its_pages_in_order_with_their_stories(placed_site):
    html = _html(placed_site, "papers/巫溪报/2024-08-27.html")
    assert _h1(html) == "《巫溪报》2024年8月27日"
    assert html.index("第1版 要闻") < html.index("第2版")
    assert "同日其他报纸" in html and "《北碚报》" in html
    beibei = _html(placed_site, "papers/北碚报/2024-08-27.html")
    # One 版面 filed by folder, one by front matter, in 版次 order.
    assert beibei.index("第A1版") < beibei.index("第A2版 综合")
    assert "下一期" in html and "2024年9月3日" in html


def test_page_and_story_say_where_they_were_printed(placed_site):
    pages = {p["source"]: p for p in json.loads(_html(placed_site, "data/pages.json"))}
    page = pages["巫溪报/2024-08-27/2.txt"]
    html = _html(placed_site, "pages/巫溪报_2024-08-27_2.html")
    assert _h1(html) == "《巫溪报》2024年8月27日 第2版"
    assert "上一版" in html and "第1版 要闻" in html
    story = _html(placed_site, f"stories/{page['stories'][0]}.html")
    assert "刊于 <a href=\"../pages/" in story
    assert "《巫溪报》2024年8月27日 第2版</a>" in story
    assert "本期版面" in story and "同日其他报纸" in story
    unplaced = pages["unplaced.txt"]
    html = _html(placed_site, "pages/unplaced.html")
    assert "未注明版面" in _h1(html) and "unplaced" not in _h1(html)
    assert unplaced["paper"] is None


def test_story_page_has_a_citation_and_its_files_parse(placed_site):
    page = json.loads(_html(placed_site, "data/pages.json"))
    sid = next(p for p in page if p["source"] == "巫溪报/2024-08-27/2.txt")["stories"][0]
    stories = {s["id"]: s for s in json.loads(_html(placed_site, "data/stories.json"))}
    story = stories[sid]
    html = _html(placed_site, f"stories/{sid}.html")
    text = html.split('id="cite-text">')[1].split("</p>")[0]
    reporters = story["reporters"]
    names = ", ".join(reporters[:3]) + (", 等" if len(reporters) > 3 else "")
    expected = f"{story['headline']}[N]. 巫溪报, 2024-08-27(2)."
    if reporters:
        expected = f"{names}. {expected}"
    assert text.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&") == expected
    assert 'src="../static/cite.js"' in html and (placed_site / "static" / "cite.js").exists()

    csl = json.loads(_html(placed_site, f"cite/{sid}.json"))
    jsonschema.validate(csl, CSL_SCHEMA)
    assert csl[0]["type"] == "article-newspaper" and csl[0]["container-title"] == "巫溪报"
    assert csl[0]["issued"] == {"date-parts": [[2024, 8, 27]]}
    assert csl[0]["URL"] == f"https://example.org/a/stories/{sid}.html"

    library = bibtexparser.parse_string(_html(placed_site, f"cite/{sid}.bib"))
    assert library.failed_blocks == [] and len(library.entries) == 1
    fields = library.entries[0].fields_dict
    assert fields["journal"].value == "巫溪报" and fields["pages"].value == "2"
    assert fields["year"].value == "2024"

    (ris,) = rispy.loads(_html(placed_site, f"cite/{sid}.ris"))
    assert ris["type_of_reference"] == "NEWS" and ris["secondary_title"] == "巫溪报"
    assert ris["date"] == "2024/08/27" and ris["start_page"] == "2"
    assert ris.get("authors", []) == story["reporters"]


def test_citation_forms_of_a_made_up_reference():
    ref = cite.Reference("x1", "标题{含}括号 50%", ("甲", "乙", "丙", "丁"), "巫溪报",
                         "2024-08-27", "A3", None)
    assert cite.gbt7714(ref) == "甲, 乙, 丙, 等. 标题{含}括号 50%[N]. 巫溪报, 2024-08-27(A3)."
    bare = cite.Reference("x2", "无名", (), None, None, None, None)
    assert cite.gbt7714(bare) == "无名[N]."
    jsonschema.validate(cite.csl_json(bare), CSL_SCHEMA)
    entry = bibtexparser.parse_string(cite.bibtex(ref)).entries[0]
    assert entry.fields_dict["author"].value == "甲 and 乙 and 丙 and 丁"
    assert rispy.loads(cite.ris(ref))[0]["authors"] == ["甲", "乙", "丙", "丁"]
    with pytest.raises(jsonschema.ValidationError):  # the schema does catch a wrong item
        jsonschema.validate([{"id": "x", "type": "newspaper-story"}], CSL_SCHEMA)


def test_head_has_description_canonical_open_graph_and_favicon(placed_site):
    index = json.loads(_html(placed_site, "data/stories.json"))
    sid = index[0]["id"]
    html = _html(placed_site, f"stories/{sid}.html")
    head = html.split("</head>")[0]
    assert re.search(r'<meta name="description" content="[^"]{20,}">', head)
    assert f'<link rel="canonical" href="https://example.org/a/stories/{sid}.html">' in head
    assert '<meta property="og:type" content="article">' in head
    assert f'<meta property="og:title" content="{index[0]["headline"]}' in head
    assert 'rel="icon" href="../static/favicon.svg"' in head
    assert (placed_site / "static" / "favicon.svg").read_text().startswith("<svg")


def test_editors_page_lists_what_needs_a_correction(placed_site):
    html = _html(placed_site, "editors.html")
    assert "编辑工作页" in _h1(html)
    unplaced = html.split('id="h-unplaced"')[1].split("</section>")[0]
    assert "<code>unplaced.txt</code>" in unplaced and "缺报纸、日期、版次" in unplaced
    assert 'href="editors.html"' in _html(placed_site, "index.html")  # linked from the footer
    assert 'href="editors.html"' not in _html(placed_site, "index.html").split("</nav>")[0]


# -- continued stories ----------------------------------------------------------------------


def _issue_archive() -> Archive:
    first = Story(id="a", source="p1.txt", position=0, line=1, headline="大桥通车",
                  paragraphs=("第一部分。",), continued_to="第2版")
    other = Story(id="b", source="p1.txt", position=1, line=9, headline="另一篇",
                  paragraphs=("无关。",))
    rest = Story(id="c", source="p2.txt", position=0, line=1, headline="大桥通车",
                 paragraphs=("第二部分。",), continued_from="1")
    pages = (
        Page("p1.txt", "d1", 2024, None, None, (), (first, other), paper="巫溪报",
             date="2024-08-27", page_number="1"),
        Page("p2.txt", "d2", 2024, None, None, (), (rest,), paper="巫溪报",
             date="2024-08-27", page_number="2"),
    )
    return Archive(pages=pages, stories=(first, other, rest), people=(), districts=())


def test_continued_parts_are_linked_both_ways_and_shown_whole():
    index = index_archive(_issue_archive())
    assert index.continued == {"a": (None, "c"), "c": ("a", None)}
    files = render.render_site(index, Config())
    first = files["stories/a.html"].decode()
    assert first.index("第一部分。") < first.index("第二部分。")
    assert "下转第2版" in first and 'href="../stories/c.html"' in first
    second = files["stories/c.html"].decode()
    assert "上接第1版" in second and 'href="../stories/a.html"' in second
    assert "第一部分。" not in second


def test_a_jump_line_without_its_other_part_links_nothing():
    archive = _issue_archive()
    lonely = dataclasses.replace(archive, pages=archive.pages[:1], stories=archive.stories[:2])
    assert index_archive(lonely).continued == {}


# -- permalinks -----------------------------------------------------------------------------


def test_old_ids_are_matched_rule_by_rule(tmp_path):
    archive = _issue_archive()
    data = tmp_path / "data"
    data.mkdir()
    old = [
        {"id": "old-headline", "source": "p1.txt", "headline": "大桥通车", "text": "旧的第一部分"},
        {"id": "old-text", "source": "p1.txt", "headline": "旧标题", "text": "无关。"},
        {"id": "a", "source": "p1.txt", "headline": "大桥通车", "text": "第一部分。"},
        {"id": "gone", "source": "x.txt", "headline": "不再存在", "text": "……"},
    ]
    (data / "stories.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    (data / "redirects.json").write_text(json.dumps({"older": "old-text", "lost": "gone"}))
    previous = load(tmp_path)
    assert load(tmp_path / "missing") == PreviousSite()
    redirects = index_archive(archive, previous).redirects
    # "file and headline" for the first, "file and opening" for the second; an id still in
    # use is no redirect; a story that is gone has none; an older redirect is followed on.
    assert redirects == {"old-headline": "a", "old-text": "b", "older": "b"}


def test_a_corrected_headline_keeps_its_old_url_working(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    page = seeds / "page.txt"
    page.write_text("## 大桥今日通车\n\n本报讯 8月27日，大桥通车。市民纷纷前往参观。\n",
                    encoding="utf-8")
    config = Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache",
                    entities=tmp_path / "none.yaml")
    build.build(config)
    (old_id,) = [s["id"] for s in json.loads((config.out / "data/stories.json").read_text())]
    page.write_text(page.read_text(encoding="utf-8").replace("今日", "正式"), encoding="utf-8")
    build.build(config)
    (new_id,) = [s["id"] for s in json.loads((config.out / "data/stories.json").read_text())]
    assert new_id != old_id
    assert json.loads((config.out / "data/redirects.json").read_text()) == {old_id: new_id}
    redirect = (config.out / "stories" / f"{old_id}.html").read_text(encoding="utf-8")
    assert f'<meta http-equiv="refresh" content="0; url=../stories/{new_id}.html">' in redirect
    assert vnu_errors(config.out / "stories") == []
    # A third build still knows the first id (read from the previous redirects.json).
    page.write_text(page.read_text(encoding="utf-8").replace("正式", "顺利"), encoding="utf-8")
    build.build(config)
    (third,) = [s["id"] for s in json.loads((config.out / "data/stories.json").read_text())]
    assert json.loads((config.out / "data/redirects.json").read_text()) == {
        old_id: third, new_id: third}


# -- consistency ----------------------------------------------------------------------------


def test_ocr_punctuation_is_shown_full_width_but_numbers_keep_theirs():
    from cqnews_site.model.text import CJK_PUNCTUATION_RULES, cjk_punctuation

    assert cjk_punctuation("2月16日,区委常委会召开会议,") == "2月16日，区委常委会召开会议，"
    assert cjk_punctuation("(记者 程卓)表示:要发展;推动?好!") == "（记者 程卓）表示：要发展；推动？好！"
    assert cjk_punctuation("投资1,000万元,10:30开会 http://a.cn") == "投资1,000万元，10:30开会 http://a.cn"
    for name, _pattern, _replacement, example in CJK_PUNCTUATION_RULES:
        printed, shown = example.split(" → ")
        assert cjk_punctuation(printed) == shown, name


def test_an_excerpt_reads_only_a_head_of_the_text_and_is_the_whole_texts_first_part(
        sample_archive):
    import random

    from cqnews_site.model.text import cjk_punctuation, excerpt

    def whole(text: str, limit: int) -> str:  # the definition: the whole text, then cut
        flat = cjk_punctuation(" ".join(text.split()))
        return flat if len(flat) <= limit else flat[:limit].rstrip() + "……"

    texts = [s.full_text for s in sample_archive.stories]
    rng = random.Random(5)
    pieces = ["区委", "书记", ",", ":", "//", "(", ")", " ", "\n", " " * 300, "1", "，", "记者"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 400)))
              for _ in range(3000)]
    # A bracket opened before the cut and closed far after it; a colon at the cut.
    texts += ["发展" * 40 + "(记者" + "采" * 5000 + ")", "发展" * 44 + "表示:" + "//" + "要" * 99,
              "(" + " " * 20_000 + "区委)" + "会" * 100]
    for text in texts:
        for limit in (10, 90, 160):
            assert excerpt(text, limit) == whole(text, limit), (text[:60], limit)
    # A story of one 12 MB line is not read whole for its excerpt.
    huge = "区委书记,在会上讲话。" * 1_200_000
    assert excerpt(huge) == whole(huge[:1000], 90)


def test_counts_use_one_unit_and_agree(seed_site):
    home = (seed_site / "index.html").read_text(encoding="utf-8")
    dates = (seed_site / "dates" / "index.html").read_text(encoding="utf-8")
    years = re.findall(r'>(\d{4})年</a><span class="count">(\d+) 篇</span>', home)
    assert years
    for year, count in years:
        assert f'{year}年</a> <span class="count">{count} 篇</span>' in dates


def test_a_roundup_lists_everyone_by_section_and_each_place_note_once(sample_archive):
    import dataclasses as dc

    from cqnews_site.model.records import PlaceNote

    note = "江北区已于2025年11月6日撤销，此处指两江新区江北片区"
    stories = list(sample_archive.stories)
    stories[2] = dc.replace(stories[2], place_notes=(
        PlaceNote("江北", "两江新区", note), PlaceNote("江北区", "两江新区", note)))
    archive = dc.replace(sample_archive, stories=tuple(stories))
    page = render.render_site(archive, Config())["stories/wz-001.html"].decode()
    people = page.split('id="h-people"')[1].split("</section>")[0]
    for name in ("李庆", "曾华", "王俊"):
        assert name in people
    assert people.index("在全市发展大局中实现新作为") < people.index("李庆")
    assert page.count("地名说明") == 1 and "「江北」「江北区」" in page


def test_a_story_without_a_date_is_as_new_as_its_newest_section():
    from cqnews_site.index.lookups import newest_first, story_date
    from cqnews_site.model.records import Item

    roundup = Story(id="r", source="a", position=0, line=1, headline="综述",
                    items=(Item("甲", "a", 2, date="2024-01-27"), Item("乙", "b", 3, date="2024-01-28")))
    old = Story(id="o", source="a", position=1, line=9, headline="旧闻", date="2024-01-01")
    assert story_date(roundup) == "2024-01-28"
    assert [s.id for s in newest_first([old, roundup])] == ["r", "o"]


def test_front_matter_of_an_unplaced_record_still_labels_it(sample_archive):
    files = render.render_site(sample_archive, Config(base_url="https://example.org/"))
    html = files["pages/a_beibei.html"].decode()
    assert _h1(html) == "《北碚报》2023年 第1版"  # paper and 版次 known, no full date
    assert _h1(files["pages/b_roundup.html"].decode()) == "未注明报纸 日期不详 未注明版面"
    sitemap = files["sitemap.xml"].decode()
    assert "editors.html" not in sitemap and "stories/bb-001.html" in sitemap


# -- front matter 期号 and corrections that name an old story id ---------------------------

def test_issue_number_from_front_matter(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    front = ("---\npaper: 北碚报\ndate: 2024-08-27\npage: A1\nissue_number: 第5127期\n"
             "---\n")
    text = (SEEDS / "004_c473d4d3c41d478a.txt").read_text(encoding="utf-8")
    (seeds / "beibei.txt").write_text(front + text, encoding="utf-8")
    config = Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache",
                    entities=tmp_path / "none.yaml")
    result = build.build(config)
    (page,) = json.loads((config.out / "data/pages.json").read_text())
    assert page["issue_number"] == "5127"
    assert not [d for d in result.diagnostics if "issue_number" in d.message]
    issue = next(config.out.glob("papers/*/2024-08-27.html"), None) or next(
        p for p in config.out.rglob("*.html") if "2024-08-27" in p.name)
    assert "第5127期" in issue.read_text(encoding="utf-8")
    assert placement.issue_number("3127") == placement.issue_number("第 3127 期") == "3127"
    assert placement.issue_number("增刊") == "增刊"


def test_a_correction_naming_an_old_story_id_follows_it_when_its_page_is_placed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    seed = (SEEDS / "000_97ca95571c8f5fbc.txt").read_bytes()
    (seeds / "wuxi.txt").write_bytes(seed)
    entities_file = tmp_path / "entities.yaml"
    entities_file.write_text("", encoding="utf-8")
    config = Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache",
                    entities=entities_file)
    build.build(config)
    stories = json.loads((config.out / "data/stories.json").read_text())
    old = next(s for s in stories if any(p["name"] == "余国东" for p in s["people"]))
    # The editor blocks a name in that story, by the id the site showed; then the page is
    # filed by the folder convention, which gives its stories new ids.
    entities_file.write_text(f"block:\n  - name: 余国东\n    story: {old['id']}\n",
                             encoding="utf-8")
    (seeds / "巫溪报" / "2024-08-27").mkdir(parents=True)
    (seeds / "wuxi.txt").rename(seeds / "巫溪报" / "2024-08-27" / "1.txt")
    result = build.build(config)
    new_id = json.loads((config.out / "data/redirects.json").read_text())[old["id"]]
    assert new_id != old["id"]
    (story,) = [s for s in json.loads((config.out / "data/stories.json").read_text())
                if s["id"] == new_id]
    assert "余国东" not in [p["name"] for p in story["people"]]
    (note,) = [d for d in result.diagnostics if old["id"] in d.message]
    assert (note.line, note.severity) == (2, "warning") and note.source.endswith("entities.yaml")
    assert new_id in note.message and f"story: {new_id}" in note.hint
    # Other stories that print the name keep it: the block stays scoped to one story.
    others = [s for s in json.loads((config.out / "data/stories.json").read_text())
              if s["id"] != new_id and "余国东" in s["text"]]
    assert all("余国东" in [p["name"] for p in s["people"]] for s in others)


def test_an_undated_roundup_shows_the_dates_of_its_sections(seed_site):
    stories = json.loads((seed_site / "data/stories.json").read_text())
    roundups = [s for s in stories if not s["date"]
                and any(i.get("date") for i in s["items"])]
    assert roundups, "the seeds hold an undated roundup with dated sections"
    for story in roundups:
        dates = sorted(i["date"] for i in story["items"] if i.get("date"))
        (y1, m1, d1), (y2, m2, d2) = ([int(x) for x in d.split("-")] for d in (dates[0], dates[-1]))
        shown = f"{y1}年{m1}月{d1}日—{m2}月{d2}日" if y1 == y2 else \
            f"{y1}年{m1}月{d1}日—{y2}年{m2}月{d2}日"
        page = (seed_site / "stories" / f"{story['id']}.html").read_text(encoding="utf-8")
        head = page.split('<header class="story-head">', 1)[1].split("</header>", 1)[0]
        text = re.sub(r"<[^>]+>", "", head)
        assert shown in text and "日期不详" not in text, text[:300]
        assert f'<time datetime="{dates[0]}">' in head and f'<time datetime="{dates[-1]}">' in head
        # Lists show it the same way: the home page's latest stories and the story's 版面.
        for listing in ("index.html", f"pages/{Path(story['source']).stem}.html"):
            path = seed_site / listing
            text = re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8"))
            entry = text.split(story["headline"], 1)[1][:80]
            assert shown in entry and "日期不详" not in entry, (listing, entry)
