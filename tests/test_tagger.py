"""The tagger on made-up sentences (general rules) and on the real pipeline against gold."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cqnews_site.analyse.tagger import Tagger
from cqnews_site.config import Config
from cqnews_site.inputs.resources import Resources
from cqnews_site.model.records import Item, Page, Story
from evaluate import load_gold
from evaluate_tags import evaluate

ROOT = Path(__file__).parent.parent
GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def tagger(tmp_path_factory) -> Tagger:
    return Tagger.load(Resources.load(Config(cache=tmp_path_factory.mktemp("cache"))))


def people(result: dict) -> dict[str, tuple[list[str], str | None]]:
    return {p["name"]: (p["titles"], p["district"]) for p in result["people"]}


def test_titles_before_a_name(tagger):
    r = tagger.tag_text("会上，县委副书记、县长赵明远作报告。市农业农村委副主任钱卫国表示，要抓好春耕。")
    assert people(r) == {
        "赵明远": (["县委副书记", "县长"], None),
        "钱卫国": (["市农业农村委副主任"], None),
    }


def test_page_district_for_bare_local_titles(tagger):
    r = tagger.tag_text("区委书记孙立平主持会议，副区长周晓、吴刚、郑凯参加。", district="江津")
    got = people(r)
    assert got["孙立平"] == (["区委书记"], "江津区")
    for name in ("周晓", "吴刚", "郑凯"):
        assert got[name] == (["副区长"], "江津区")


def test_county_title_not_given_a_district_default(tagger):
    r = tagger.tag_text("县委书记冯涛讲话。", district="北碚区")
    assert people(r)["冯涛"] == (["县委书记"], None)


def test_district_from_title_and_compound_surname(tagger):
    r = tagger.tag_text("市人大代表、合川区委书记欧阳明辉说，合川将加快发展。")
    assert people(r) == {"欧阳明辉": (["市人大代表", "合川区委书记"], "合川区")}
    assert r["districts"] == ["合川区"]


def test_leaders_and_bare_mentions(tagger):
    r = tagger.tag_text(
        "牢记习近平总书记殷殷嘱托。重庆理工学院教授韩冰表示，要加强研究。韩冰认为，人才是关键。"
        "深入学习习近平新时代中国特色社会主义思想。"
    )
    assert people(r) == {"习近平": (["总书记"], None), "韩冰": (["重庆理工学院教授"], None)}


def test_common_words_are_not_people(tagger):
    r = tagger.tag_text(
        "重点推进江北区长安三工厂建设。区领导班子成员参加。干部群众纷纷表示支持。"
        "总书记和党中央放心。代表委员们认为，巫溪康养产业前景广阔。"
    )
    assert r["people"] == []
    assert r["districts"] == ["江北区", "巫溪县"]


def test_given_name_that_is_a_word_counts_next_to_a_title(tagger):
    r = tagger.tag_text("4月29日，丰都县政协党组书记、主席向文明主持召开会议。")
    assert people(r) == {"向文明": (["丰都县政协党组书记", "主席"], "丰都县")}


def test_dictionary_name_after_a_title_is_kept_whole(tagger):
    # 李娜 is a frequent entry of jieba's dictionary, filed as a person's name (nr).
    r = tagger.tag_text("黔江区副区长李娜、綦江区文化旅游委主任张伟也参加。区委书记强调，要抓落实。")
    assert people(r) == {"李娜": (["黔江区副区长"], "黔江区"),
                         "张伟": (["綦江区文化旅游委主任"], "綦江区")}


def test_name_ending_decided_by_the_next_word(tagger):
    r = tagger.tag_text("全国人大代表，市经济信息委党组书记、主任蓝海涛围绕产业准备了多份建议。")
    assert list(people(r)) == ["蓝海涛"]


def test_keywords_skip_formulaic_phrases_and_keep_rubrics(tagger):
    text = (
        "关键词【民生改善】 养老服务\n深入学习贯彻重要讲话精神，推动高质量发展。"
        "社区养老服务中心建成，老年食堂、日间照料、助浴服务覆盖全区，养老服务床位新增300张。"
    )
    r = tagger.tag_text(text)
    assert r["keywords"][0] == "民生改善"
    assert "养老服务" in r["keywords"] or "养老" in r["keywords"]
    assert not {"重要讲话", "高质量发展", "精神"} & set(r["keywords"])


def test_a_text_asked_again_gets_the_answer_kept_for_its_arguments(tagger):
    # A story reprinted on another page is read once; what is excluded is part of what was
    # asked, so another story's names never leak into its keywords.
    text = "社区养老服务中心建成，养老服务床位新增300张。王建国说，养老服务要办好。"
    first = tagger.keywords(text, "养老服务提质", exclude={"王建国"})
    assert tagger.keywords(text, "养老服务提质", exclude={"王建国"}) == first
    assert "养老服务" in first
    assert "养老服务" not in tagger.keywords(text, "养老服务提质", exclude={"养老服务"})
    found = tagger.tag_text("区委书记王建国调研。")["people"]
    assert [p["name"] for p in tagger.tag_text("区委书记王建国调研。")["people"]] == \
        [p["name"] for p in found] == ["王建国"]


def test_the_tagger_memo_begins_again_when_full():
    from cqnews_site.analyse.tagger import _Memo

    memo, made = _Memo(size=2), []
    for text in ("甲", "乙", "甲", "丙", "甲"):
        memo.get(("people", text), lambda text=text: made.append(text) or text)
    # 甲 and 乙 kept, 甲 from the memo, 丙 empties it, 甲 made again
    assert made == ["甲", "乙", "丙", "甲"]
    # arguments that join to the same string are still different questions
    assert memo.get(("a", "bc"), lambda: 1) == 1
    assert memo.get(("ab", "c"), lambda: 2) == 2


def test_tag_page_fills_story_and_item_records(tagger):
    item = Item(heading="北碚", anchor="beibei", line=5,
                paragraphs=("5月6日，区政协主席林涛主持会议。林涛说，要抓落实。",))
    story = Story(id="s", source="x.txt", position=0, line=1, headline="各区县传达会议精神",
                  paragraphs=("市委书记袁明主持会议，部署春耕备耕和森林防火工作。",), items=(item,),
                  reporters=("记者甲",))
    page = Page(source="x.txt", digest="d", year=2024, year_evidence=None, banner=None,
                noise=(), stories=(story,))
    out = tagger.tag_page(page)
    s = out.stories[0]
    assert [(m.name, m.titles, m.district) for m in s.people] == [("袁明", ("市委书记",), None)]
    [m] = s.items[0].people
    assert (m.name, m.titles, m.district, m.person_id) == (
        "林涛", ("区政协主席",), "北碚区", "林涛-北碚区")
    assert s.items[0].districts == ("北碚区",) and s.districts == ("北碚区",)
    assert 1 <= len(s.keywords) <= 10 and "森林" in "".join(s.keywords)
    assert page.stories[0].people == ()  # the input page is untouched


def _paper_page(paper: str, date: str, *paragraphs: str) -> Page:
    story = Story(id="s", source="x.txt", position=0, line=3, headline="会议召开",
                  paragraphs=paragraphs)
    return Page(source="x.txt", digest="d", year=int(date[:4]), year_evidence=None,
                banner=None, noise=(paper,), stories=(story,), paper=paper, date=date)


def placed(tagger: Tagger, paper: str, date: str, *paragraphs: str) -> dict[str, str | None]:
    """Each person of a one-story page of ``paper`` on ``date``, with their district."""
    page = _paper_page(paper, date, *paragraphs)
    return {m.name: m.district for m in tagger.tag_page(page).stories[0].people}


def test_a_paper_named_after_its_district_places_the_page_on_its_own_day(tagger):
    # 长寿 and 南岸 are ordinary words too (longevity, a south bank): before 报 they name
    # the paper's district. The unit is the page's own: 梁平 was a county until 2016.
    assert tagger.page_district(_paper_page("长寿日报", "2025-09-04", "会议召开。")) == "长寿区"
    assert tagger.page_district(_paper_page("南岸报", "2025-09-10", "会议召开。")) == "南岸区"
    assert tagger.page_district(_paper_page("梁平报", "2004-03-16", "会议召开。")) == "梁平县"
    assert tagger.page_district(_paper_page("重庆日报", "2004-03-16", "会议召开。")) is None
    assert tagger.page_district(_paper_page("长寿日报", "1995-05-04", "会议召开。")) == "长寿县"


def test_a_county_papers_bare_county_titles_are_its_county(tagger):
    assert placed(tagger, "梁平报", "2004-03-16", "县委书记谭德明主持会议，县长孙光明讲话。") == {
        "谭德明": "梁平县", "孙光明": "梁平县"}


def test_a_local_companys_manager_serves_in_the_pages_district(tagger):
    # A company on a district paper's page is a local one; a professor is nobody's district.
    assert placed(tagger, "大足日报", "2024-11-14", "重庆锐锋刀具有限公司总经理黄光明说，订单排到了明年。"
                      "某某大学教授林一凡认为，前景广阔。") == {
        "黄光明": "大足区", "林一凡": None}


def test_a_traditional_title_of_the_city_is_city_level(tagger):
    # (a title is too short to count as a traditional text: its characters are read simplified)
    r = tagger.tag_text("重慶市副市長劉曉東出席論壇。江北區的企業也參加了。", date="2010-09-12")
    assert people(r) == {"劉曉東": (["重慶市副市長"], None)}


def test_a_lists_brackets_give_each_name_or_group_its_district(tagger):
    r = tagger.tag_text(
        "受表彰的乡村医生是：谭德贵、李春兰（女）、向明华（以上万州区）；周光明（北碚区）；"
        "马世华（土家族，石柱县）；邹家平、陈传喜（以上开县）。", date="2013-10-10")
    assert {name: district for name, (_, district) in people(r).items()} == {
        "谭德贵": "万州区", "李春兰": "万州区", "向明华": "万州区", "周光明": "北碚区",
        "马世华": "石柱土家族自治县", "邹家平": "开县", "陈传喜": "开县"}


def test_version_is_stable_and_a_hash(tagger, tmp_path):
    again = Tagger.load(Resources.load(Config(cache=tmp_path)))
    assert again.version == tagger.version and len(tagger.version) == 16


def test_jiebas_dictionary_is_kept_in_the_project_cache(tmp_path):
    Tagger.load(Resources.load(Config(cache=tmp_path / "c"))).tag_text("区长张三说")
    assert len(list((tmp_path / "c").glob("jieba-prefixes-*.pickle"))) == 1


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory):
    assert load_gold(GOLD), "gold answers are missing"
    config = Config(cache=tmp_path_factory.mktemp("evalcache"))
    return evaluate(ROOT / "seeds", GOLD, config)


@pytest.mark.parametrize(
    ("metric", "target"),
    [("names", 0.98), ("name_title", 0.98), ("person_district", 0.98), ("reporters", 0.98),
     ("districts", 0.98), ("item_districts", 0.98)],
)
def test_quality_targets_on_the_seed_pages(evaluation, metric, target):
    assert evaluation.overall.tagger[metric].f1 >= target


def test_beats_the_plain_jieba_baseline(evaluation):
    for metric in ("names", "name_title", "districts"):
        assert evaluation.overall.tagger[metric].f1 > evaluation.overall.baseline[metric].f1


def test_bare_title_after_a_named_one_shares_its_district(tagger):
    r = tagger.tag_text("据悉，酉阳县委书记付明、县长冯立在会上讲话。")
    assert people(r) == {
        "付明": (["酉阳县委书记"], "酉阳土家族苗族自治县"),
        "冯立": (["县长"], "酉阳土家族苗族自治县"),
    }


def test_untitled_speakers_need_a_full_name(tagger):
    r = tagger.tag_text("张建国说，今年收成很好。林业局表示，将加强管理。康养表示欢迎。成渝认为可行。")
    assert list(people(r)) == ["张建国"]


def test_reporters_are_not_story_people(tagger):
    story = Story(id="s", source="x.txt", position=0, line=1, headline="标题",
                  paragraphs=("区政协委员刘晓峰说，很好。",), reporters=("刘晓峰",))
    page = Page(source="x.txt", digest="d", year=2024, year_evidence=None, banner=None,
                noise=(), stories=(story,))
    assert tagger.tag_page(page).stories[0].people == ()


def test_bracketed_aside_in_a_title_and_plural_titles(tagger):
    r = tagger.tag_text("某某大学农村发展研究院(乡村学院)副院长潘立新等专家齐聚一堂。")
    assert people(r) == {"潘立新": (["某某大学农村发展研究院(乡村学院)副院长"], None)}


def test_comrade_names_a_person_but_not_a_doctrine(tagger):
    r = tagger.tag_text("深切缅怀周立波同志。学习贯彻习近平新时代中国特色社会主义思想。")
    assert list(people(r)) == ["周立波"]


def test_rows_for_the_benchmark(evaluation):
    from evaluate_tags import format_rows, rows

    table = rows(evaluation)
    overall = [r for r in table if r["page"] == "overall"]
    assert {r["metric"] for r in overall} >= {"names", "name_title", "reporters", "districts",
                                             "chars_per_second"}
    assert all(0.0 <= r["f1"] <= 1.0 for r in table if "f1" in r)
    assert "base F1" in format_rows(table)


def test_front_matter_district_applies_to_the_page_and_a_typo_is_reported(tagger):
    from cqnews_site.analyse import segmenter
    from cqnews_site.inputs import reader

    def tagged(district: str):
        text = f"---\ntitle: 走进缙云山\ndistrict: {district}\n---\n六月的缙云山满目青翠。\n"
        source, _ = reader.read_bytes(text.encode(), "a.md", is_markdown=True)
        return tagger.tag_page(segmenter.segment(source))

    assert tagged("北碚区").stories[0].districts == ("北碚区",)
    assert tagged("北碚").stories[0].districts == ("北碚区",)
    page = tagged("北培区")
    assert page.stories[0].districts == ()
    assert [d.severity for d in page.diagnostics] == ["warning"]
    assert "北培区" in page.diagnostics[0].message


def test_interview_deck_verb_is_not_part_of_the_title(tagger):
    r = tagger.tag_text("——访区住房城乡建委主任陈晓峰", district="渝北区")
    assert people(r) == {"陈晓峰": (["区住房城乡建委主任"], "渝北区")}


def test_street_level_titles_compound_surnames_and_academicians(tagger):
    r = tagger.tag_text(
        "青杠街道党工委书记孙立新参加调研。欧阳明高院士作专题报告。中国工程院院士张三说。"
        "王晓东教授和学生一起完成研究。他是一名大学教授。",
        district="九龙坡区",
    )
    assert people(r) == {
        "孙立新": (["青杠街道党工委书记"], "九龙坡区"),
        "欧阳明高": (["院士"], None),
        "张三": (["中国工程院院士"], None),
        "王晓东": (["教授"], None),
    }


def test_who_else_was_there_is_no_part_of_a_title(tagger):
    r = tagger.tag_text("在主席台就座的还有区领导何志强、林春燕等。", district="大足区")
    assert people(r) == {"何志强": (["区领导"], "大足区"), "林春燕": (["区领导"], "大足区")}


def test_an_age_beside_a_title_and_whom_one_invites_are_no_part_of_it(tagger):
    r = tagger.tag_text("张雨桐（21岁，大学生）：“回家更方便了。”今天，我们邀请到区发展改革委主任唐建平做客直播间。")
    assert people(r) == {"张雨桐": (["大学生"], None), "唐建平": (["区发展改革委主任"], None)}


def test_a_note_in_brackets_after_an_appointed_post_is_no_part_of_it(tagger):
    r = tagger.tag_text("经区政府研究，决定：任命吴晓丽为区商务委员会副主任（试用期一年）；"
                        "免去唐志新的区科学技术局局长职务。")
    assert people(r) == {"吴晓丽": (["区商务委员会副主任"], None),
                         "唐志新": (["区科学技术局局长"], None)}


def test_a_rolls_row_gives_its_last_cell_as_the_title_and_its_place_as_the_district(tagger):
    r = tagger.tag_text("【本文受访者】\n何素珍　　女　　83岁　　渝中区较场口　　　　　退休纺织工人\n",
                        date="2012-10-23")
    assert people(r) == {"何素珍": (["退休纺织工人"], "渝中区")}


def test_a_roll_of_padded_names_under_its_label_and_no_credit_is_a_roll(tagger):
    r = tagger.tag_text("常　委：（按姓氏笔画为序）\n王　涛　韦德军　邓　丽　周　敏\n副书记：石　磊　杨晓燕\n"
                        "作者：谭　伟　朱小琳\n白　菜　萝　卜　土　豆\n")
    got = people(r)
    assert {n: got[n] for n in ("王涛", "韦德军", "邓丽", "周敏", "石磊", "杨晓燕")} == {
        "王涛": (["常委"], None), "韦德军": (["常委"], None), "邓丽": (["常委"], None),
        "周敏": (["常委"], None), "石磊": (["副书记"], None), "杨晓燕": (["副书记"], None)}
    assert "谭伟" not in got and "白菜" not in got  # a credit's names, a row of words



def test_a_roll_under_a_counted_label_titles_every_line_of_it(tagger):
    # A label without a colon but with a count over the roll, a note line between them,
    # names a wide gap apart and a row broken into lines of one name: every name of the
    # block takes the label; a list's name (…名单) titles no one, and a blank line ends it.
    r = tagger.tag_text("理事会成员（7名）\n（按姓氏笔画为序）\n马文斌　　杜　强　　罗晓玲\n"
                        "汤　敏\n邓德昌\n胡红英　　董　亮\n\n蒋永生　　\n"
                        "获奖名单（3名）\n黄志远　　曾　静　　谢德海\n", date="2024-05-06")
    got = people(r)
    assert {n: got.get(n) for n in ("马文斌", "杜强", "罗晓玲", "汤敏", "邓德昌", "胡红英",
                                    "董亮")} == dict.fromkeys(
        ("马文斌", "杜强", "罗晓玲", "汤敏", "邓德昌", "胡红英", "董亮"), (["理事会成员"], None))
    assert {n: got.get(n) for n in ("黄志远", "曾静", "谢德海")} == dict.fromkeys(
        ("黄志远", "曾静", "谢德海"), ([], None))
    assert "蒋永生" not in got or got["蒋永生"][0] == []  # after the blank line: no roll


def test_a_post_alone_on_its_line_titles_the_names_elected_to_it(tagger):
    # Election results: each post on a line of its own, then the names (a note after a
    # name is no part of it); a prize or a placing as a roll's label titles no one.
    r = tagger.tag_text("补选结果如下：\n\n某县人民代表大会常务委员会副主任：\n邹晓峰\n\n"
                        "某县人民政府副县长：\n唐祖明　　冉　丽（女，土家族）\n\n"
                        "季军：陈思雨（重庆师范大学）　谭　明（重庆邮电大学）　刘　强\n",
                        date="2024-05-06")
    got = people(r)
    assert {n: got.get(n, ([], None))[0] for n in ("邹晓峰", "唐祖明", "冉丽")} == {
        "邹晓峰": ["某县人民代表大会常务委员会副主任"], "唐祖明": ["某县人民政府副县长"],
        "冉丽": ["某县人民政府副县长"]}
    assert [got.get(n, ([], None))[0] for n in ("陈思雨", "谭明", "刘强")] == [[], [], []]


def test_a_roll_label_may_carry_its_note_before_the_colon(tagger):
    r = tagger.tag_text("　　评审（按姓氏笔画为序）：汪　川　　廖　岚　　熊晓东　　程　梅\n",
                        date="2024-05-06")
    assert people(r) == dict.fromkeys(("汪川", "廖岚", "熊晓东", "程梅"), (["评审"], None))

def test_a_resident_of_the_city_is_placed_as_any_resident(tagger):
    # 市民 is a resident, not a title of the city (市民政局 is the city's bureau).
    assert placed(tagger, "荣昌日报", "2025-06-05", "家住昌元街道的市民王德华每天都到河边散步。"
                      "市民政局副局长赵文出席。") == {
        "王德华": "荣昌区", "赵文": None}


def test_a_county_level_citys_bare_city_titles_are_its_own(tagger):
    # 江津 was a county-level city from 1992 to 2006: its 市委书记 and 市长 are the city's.
    # Today a bare 市 title is Chongqing's, and a national one is nobody's district.
    text = "市委书记张明远主持会议，市长李德华讲话。全国人大代表、市委副书记刘勇出席。"
    assert placed(tagger, "江津报", "1998-05-04", text) == {"张明远": "江津市", "李德华": "江津市", "刘勇": None}
    assert placed(tagger, "江津日报", "2018-05-04", text) == {"张明远": None, "李德华": None, "刘勇": None}


def test_a_title_naming_an_area_places_its_holder_where_the_story_is(tagger):
    # 社区, 小区 and 景区 end in 区 but are no unit of government: no other district, and on
    # a county's page a 社区 title asks for no district of the level 区.
    assert placed(tagger, "垫江日报", "2024-05-04", "登云社区党委书记刘德明说，食堂每天供餐。滨湖社区居民谢明芳来吃饭。"
                      "牡丹园景区管理处主任周光辉介绍了情况。双桥经开区党工委副书记何涛出席。") == {
        "刘德明": "垫江县", "谢明芳": "垫江县", "周光辉": "垫江县", "何涛": None}


def test_a_local_title_beside_a_city_one_places_its_holder(tagger):
    assert placed(tagger, "璧山报", "2012-03-02", "市人大代表、县经信委主任黄光明说，企业贷款难。"
                      "市人大代表、市农委副主任刘勇说，要加大扶持。") == {
        "黄光明": "璧山县", "刘勇": None}


def test_a_place_elsewhere_counts_as_a_word_of_the_title_only(tagger):
    # 金佛山 (南川's mountain) holds 佛山 and 太原镇 is a town of 彭水: neither is elsewhere.
    assert placed(tagger, "南川日报", "2025-12-02", "金佛山景区管委会副主任蒲志刚介绍了冰雪季。太原镇林业站站长邓明军说。"
                      "广东佛山游客李华说，雪景很美。上海市副区长王强出席。") == {
        "蒲志刚": "南川区", "邓明军": "南川区", "李华": None, "王强": None}


def test_a_city_grade_held_locally_is_no_title_of_the_city(tagger):
    assert placed(tagger, "彭水日报", "2024-06-12", "市级非物质文化遗产代表性传承人任秀芝教唱苗歌。市级机关工委副书记陈光明出席。") == {
        "任秀芝": "彭水苗族土家族自治县", "陈光明": None}


def test_a_mastheads_parts_name_the_pages_district(tagger):
    # The paper's name among the masthead's parts (the segmenter took a scan's stray line
    # for the paper), and a district's news account (南岸发布) in an account's header.
    page = dataclasses.replace(_paper_page("6.l8", "1992-06-13", "会议召开。"),
                               noise=("6.l8 登", "长　寿　报　　　第二版　　　1992年6月13日"))
    assert tagger.page_district(page) == "长寿县"
    page = dataclasses.replace(_paper_page("", "2021-06-09", "会议召开。"), paper=None,
                               noise=("原创　南岸融媒　南岸发布　2021-06-09", "[图片]"))
    assert tagger.page_district(page) == "南岸区"
    page = dataclasses.replace(_paper_page("桃化报", "1992-11-20", "会议召开。"),
                               noise=("桃化报　　第二版　　安全·生产　　1992年11月20日",))
    assert tagger.page_district(page) is None


def test_a_countys_wards_before_1993_and_a_grade_are_no_other_unit(tagger):
    # Until 1992 a county's 区 (区公所) stood over its townships: 赶水区 is 綦江县's. 县级 and
    # 区级 grade what a person holds there.
    assert placed(tagger, "綦江报", "1991-04-13", "赶水区区长王德清带领干部下到田边。"
                      "区委书记刘光华说，物资要送到村头。") == {
        "王德清": "綦江县", "刘光华": "綦江县"}
    assert placed(tagger, "彭水日报", "2024-04-13", "郁江县级河长谭明亮带队巡河。"
                      "鞍子苗歌县级传承人罗小燕唱了一曲。") == {
        "谭明亮": "彭水苗族土家族自治县", "罗小燕": "彭水苗族土家族自治县"}


def test_a_court_cases_parties_are_not_placed_in_the_courts_district(tagger):
    assert placed(tagger, "开州日报", "2025-04-15",
                  "本院受理原告周海燕诉你公司劳动争议一案。审判长谭志强主持庭审。") == {
        "周海燕": None, "谭志强": "开州区"}


def test_a_unit_split_among_several_names_none_of_them_after_its_end(tagger):
    # 渝北区 went to 两江新区 and 北碚区 on 2025-11-06: which part a later story means, it says.
    text = "去年11月，茨竹镇由原渝北区划入北碚区，这个冬天镇里的冰雪季开幕了。"
    assert tagger.tag_text(text, date="2026-01-10")["districts"] == ["北碚区"]
    # 江北区 went to 两江新区 whole; before the change, 渝北区 is itself.
    assert tagger.tag_text("原江北区观音桥街道完成改造。", date="2026-01-10")["districts"] == ["两江新区"]
    assert tagger.tag_text("渝北区龙溪街道启动改造。", date="2024-01-10")["districts"] == ["渝北区"]
