"""Two columns set side by side and read across by the OCR are read down again."""

from __future__ import annotations

from pathlib import Path

import yaml

from cqnews_site.analyse.columns import side_by_side
from cqnews_site.analyse.segmenter import segment
from cqnews_site.inputs import reader

# Two briefs side by side, a rule between them; the right one runs on below the left.
RULED = [
    "　　　保家镇千亩春茶开采　　　　│　　　　县人民医院送医进山村",
    "　　本报讯　4月12日清晨，保家镇　│　　本报讯　4月13日，县人民医院组",
    "楠木村的千亩生态茶园里，200多名　│　织医务人员来到桑柘镇开展“送医送",
    "采茶工身背竹篓穿行在茶垄间，采下　│　药下乡”义诊活动，为当地群众免费",
    "今年第一批明前春茶。全镇茶园面积　│　测血压、测血糖，并现场答疑解惑。",
    "已发展到3200亩。（通讯员　冉勇）│　当天共接诊群众460余人次，发放健",
    "　　　　　　　　　　　　　　　　│　康宣传资料1200余份。（记者　田静）",
]


HELDOUT = Path(__file__).parent / "heldout"


def test_two_ruled_columns_are_read_left_then_right():
    rows = side_by_side(RULED)
    assert rows[0].strip() == "保家镇千亩春茶开采"
    # the left column (blank on the last row), a blank line, then the right column
    assert rows[len(RULED) - 2].endswith("（通讯员　冉勇）") and rows[len(RULED)] == ""
    assert rows[len(RULED) + 1] == "县人民医院送医进山村"
    assert rows[-1] == "康宣传资料1200余份。（记者　田静）"


def test_columns_set_a_wide_gap_apart_are_read_down_too():
    rows = side_by_side([row.replace("│", "　　") for row in RULED])
    assert rows[rows.index("") + 1] == "县人民医院送医进山村"
    assert rows[-1] == "康宣传资料1200余份。（记者　田静）"


def test_the_stories_of_pages_set_in_two_columns_are_found_whole():
    # A county paper's page with three briefs in two columns, a rule between them, the
    # second brief running from the foot of the left column to the top of the right (h260);
    # a report beside a notice in a ruled box (h389).
    set_in_columns = {"h260": ("保家镇千亩春茶开采", "县人民医院送医进山村", "润溪乡开展森林防火演练"),
                      "h389": ("健龙乡冬修水利早动手", "璧山县邮电局通告")}
    for name, headlines in set_in_columns.items():
        source, problems = reader.read_bytes((HELDOUT / "pages" / f"{name}.txt").read_bytes(),
                                             f"{name}.txt")
        assert source is not None, problems
        gold = {s["headline"]: s for s in yaml.safe_load(
            (HELDOUT / "gold" / f"{name}.yaml").read_text(encoding="utf-8"))["stories"]}
        found = {s.headline: "".join(s.paragraphs) for s in segment(source).stories}
        for headline in headlines:
            assert headline in found, (name, headline)
            assert gold[headline]["begins"] in found[headline], (name, headline)


def test_a_right_columns_paragraphs_set_in_from_its_margin_open_where_no_rule_marks_them():
    # (pdftotext -layout: the columns a wide gap apart, an indent two wide cells of spaces)
    left = "县城新建停车位一千二百个，缓解停车难"
    right = ["              江津男篮87比79力克涪陵", "        本报记者　汪　洋",
             "          前晚，区县男子篮球赛在江津区", "      体育馆进行，东道主江津队以87比",
             "      79战胜涪陵队，提前一轮锁定小组第", "      一，取得了两连胜的好成绩。",
             "          上半场，涪陵队外线手感火热，", "      半场结束时以45比38领先。易边再",
             "      战，江津队加强防守，反超比分。"]
    rows = side_by_side([left + part for part in right])
    assert rows[len(right):] == [
        "江津男篮87比79力克涪陵", "本报记者　汪　洋", "　　前晚，区县男子篮球赛在江津区",
        "体育馆进行，东道主江津队以87比", "79战胜涪陵队，提前一轮锁定小组第", "一，取得了两连胜的好成绩。",
        "　　上半场，涪陵队外线手感火热，", "半场结束时以45比38领先。易边再", "战，江津队加强防守，反超比分。"]


def test_columns_that_run_on_across_blank_rows_are_read_down_as_one_pair():
    # (pdftotext -layout: a blank row is blank in both columns; each column's gaps fall
    # elsewhere, where the other goes on)
    left = ["9月26日上午，第十届金佛山方竹笋节在头渡镇方", "竹笋产业园开幕。来自市内外的客商、游客和笋农",
            "代表3000余人齐聚金佛山下，共享丰收喜悦。", "", "▲9月26日，游客在笋节展销区选购方竹笋。",
            "本报记者 韦 娜 摄", "", "现场举行了方竹笋产业项目集中签约，8个精深加", "工、冷链物流和农旅融合项目签约落地，协议总金",
            "额12.3亿元。"]
    right = ["从2015年首届笋节在头渡镇开", "幕，到如今成为全市知名的农", "旅节会，金佛山方竹笋节已走", "",
             "■2015年　首届“开山”", "首届方竹笋节在头渡镇举办，", "", "笋农第一次把鲜笋摆上展销台，",
             "3天卖出鲜笋26吨。", "（本报记者 陈 曦 整理）"]
    rows = []
    for a, b in zip(left, right, strict=True):
        if not a and not b:
            rows.append("")
        else:
            rows.append("  " + a + " " * (50 - 2 * len(a)) + b if a else " " * 52 + b)
    read = [row.strip() for row in side_by_side(rows)]
    assert read.index("额12.3亿元。") < read.index("从2015年首届笋节在头渡镇开") < read.index(
        "3天卖出鲜笋26吨。")
    assert read.index("9月26日上午，第十届金佛山方竹笋节在头渡镇方") < read.index("本报记者 韦 娜 摄")
