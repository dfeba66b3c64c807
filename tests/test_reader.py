"""The reader: encodings, front matter and unusable files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from cqnews_site.analyse import segmenter
from cqnews_site.inputs import reader

SEEDS = Path(__file__).parents[1] / "seeds"
PAGE = (SEEDS / "004_c473d4d3c41d478a.txt").read_text(encoding="utf-8")


def test_reads_every_seed_in_sorted_order_without_complaint():
    sources, diagnostics = reader.read_tree(SEEDS)
    assert diagnostics == []
    assert [s.path for s in sources] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(s.encoding == "utf-8" and s.first_line == 1 for s in sources)


@pytest.mark.parametrize(
    "data, encoding",
    [
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
)
def test_every_supported_encoding_gives_the_same_text(data, encoding):
    source, diagnostics = reader.read_bytes(data, "page.txt")
    assert diagnostics == []
    assert source.encoding == encoding
    assert source.text == PAGE


def _error(data: bytes, name: str = "bad.txt"):
    source, diagnostics = reader.read_bytes(data, name)
    assert source is None
    assert len(diagnostics) == 1 and diagnostics[0].severity == "error"
    return diagnostics[0]


def test_binary_file_is_reported_with_its_line():
    error = _error(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.txt")
    assert error.source == "photo.txt" and error.line == 3  # two \n before the first NUL
    assert "binary" in error.message and error.hint


def test_undecodable_bytes_are_reported_not_guessed():
    error = _error("第一行\n第二行 caf".encode() + b"\xe9\n")
    assert error.line == 2
    assert "undecodable" in error.message and "UTF-8" in error.hint


def test_latin1_byte_soup_is_not_accepted_as_gb18030():
    # Valid GB18030 byte pairs that decode to rare characters, not Chinese prose.
    error = _error("Ça été très difficile à résumer, déjà vu".encode("latin-1"))
    assert "undecodable" in error.message


def test_empty_and_blank_files_are_errors():
    assert "empty" in _error(b"").message
    assert "empty" in _error(b" \n\t\n").message


def test_front_matter_overrides_and_line_numbers():
    text = "---\ntitle: 标题\ndate: 2024-03-03\nreporters: [张三, 李四]\ndistrict: 北碚区\n---\n正文。\n"
    source, diagnostics = reader.read_bytes(text.encode(), "a.md", is_markdown=True)
    assert diagnostics == []
    assert source.is_article
    assert source.meta.title == "标题" and source.meta.date == "2024-03-03"
    assert source.meta.reporters == ("张三", "李四") and source.meta.district == "北碚区"
    assert source.text == "正文。\n" and source.first_line == 7


@pytest.mark.parametrize(("stamp", "day"), [
    ("2016-09-14 02:16:45+00:00", "2016-09-14"),  # 10:16 in Chongqing
    ("2016-09-14 20:16:45 +0000", "2016-09-15"),  # 04:16 the next morning there
    ("2016-09-14T02:16:45Z", "2016-09-14"),
    ("2016-09-14 10:00", "2016-09-14"),  # no zone: the day as written
])
def test_a_site_generators_time_stamp_dates_the_article_in_chongqing(stamp, day):
    text = f"---\ntitle: 标题\ndate: {stamp}\n---\n正文。\n"
    source, diagnostics = reader.read_bytes(text.encode(), "a.md", is_markdown=True)
    assert diagnostics == [] and source.meta.date == day


def test_front_matter_on_a_text_page_is_metadata_not_an_article():
    source, _ = reader.read_bytes("---\npaper: 北碚报\npage: A2\n---\n正文。".encode(), "p.txt")
    assert not source.is_article and source.meta.paper == "北碚报" and source.meta.page == "A2"


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("---\ntitle: [unclosed\n---\n正文", 2, "broken front matter"),
        ("---\ntitle: 标题\n正文", 1, "never closed"),
        ("---\ntitle: 标题\ndate: 三月\n---\n正文", 3, "not a date"),
        ("---\n- a\n- b\n---\n正文", 2, "key: value"),
    ],
)
def test_broken_front_matter_names_the_line(text, line, words):
    error = _error(text.encode(), "a.md")
    assert error.line == line and words in error.message
    assert str(error).startswith(f"a.md:{line}: error:")


def test_unknown_front_matter_key_is_a_warning_and_the_file_is_read():
    source, diagnostics = reader.read_bytes("---\nwriter: 张三\n---\n正文。".encode(), "a.txt")
    assert source is not None
    assert [(d.severity, d.line) for d in diagnostics] == [("warning", 2)]
    assert "writer" in diagnostics[0].message


def test_a_site_generators_author_keys_a_subtitle_and_photographers_are_read():
    text = ("---\ntitle: 稻田里的新收成\nsubtitle: 全区稻渔综合种养面积突破3万亩\n"
            "author: 记者 周静怡 通讯员 龙海\nauthors: [周静怡, 龙海]\nphotographers: 龙 海\n"
            "date: 2019-07-12\n---\n7月11日清晨，宝顶镇化龙村的稻田还笼着一层薄雾。\n")
    source, diagnostics = reader.read_bytes(text.encode(), "a.md", is_markdown=True)
    assert diagnostics == []
    (story,) = segmenter.segment(source).stories
    assert (story.subtitle, story.reporters, story.photographers) == (
        "全区稻渔综合种养面积突破3万亩", ("周静怡", "龙海"), ("龙海",))
    # A migrated blog's author is its login, no one's name: none of the story's writers.
    source, _ = reader.read_bytes("---\ntitle: 标题\nauthor: yyxww_bj02\n---\n正文。\n".encode(),
                                  "b.md", is_markdown=True)
    assert segmenter.segment(source).stories[0].reporters == ()


def test_front_matter_keys_in_chinese_and_a_content_systems_column_name_the_same_fields():
    text = ("---\n标题: 稻田里的新收成\n栏目: 乡村振兴\n日期: 2019-07-12\n作者: 记者 周静怡\n"
            "摄影: 龙 海\nreporter: 通讯员 龙海\ncolumn: 产业观察\n---\n7月11日清晨，宝顶镇化龙村的稻田还笼着一层薄雾。\n")
    source, diagnostics = reader.read_bytes(text.encode(), "a.md", is_markdown=True)
    page = segmenter.segment(source)
    (story,) = page.stories
    assert (story.headline, story.section, story.reporters, story.photographers) == (
        "稻田里的新收成", "乡村振兴", ("周静怡", "龙海"), ("龙海",))
    # 日期 dates the posting; the report opens with the day before, its own day
    assert (page.date, story.date) == ("2019-07-12", "2019-07-11")
    # The section given twice: the first kept, the second named in a warning on its line.
    assert [(d.line, d.severity) for d in diagnostics] == [(8, "warning")]
    assert "'column'" in diagnostics[0].message and "'栏目'" in diagnostics[0].message
    error = _error("---\n摄影: {a: 1}\n---\n正文".encode(), "b.md")
    assert error.line == 2 and "'摄影' must be names" in error.message


def test_read_tree_is_recursive_sorted_and_skips_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("正文。", encoding="utf-8")
    (tmp_path / "a.md").write_text("正文。", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "notes.docx").write_bytes(b"PK\x00")
    (tmp_path / ".hidden.txt").write_text("正文。", encoding="utf-8")
    sources, diagnostics = reader.read_tree(tmp_path)
    assert [s.path for s in sources] == ["a.md", "b/z.txt"]
    # A hidden seed file is not published, but said so (issue 12: no silent drops).
    assert [(d.source, d.severity) for d in diagnostics] == [
        (".hidden.txt", "warning"), ("c.txt", "error")]


def test_missing_seeds_folder_is_one_clear_error(tmp_path):
    sources, diagnostics = reader.read_tree(tmp_path / "nope")
    assert sources == [] and "not found" in diagnostics[0].message


def test_loosely_written_front_matter_is_read_a_field_a_line_with_a_warning():
    text = ("---\ntitle: 废弃矿坑里长出“生态果园”\nsubtitle:——白涛街道矿山生态修复见闻\n"
            "date: 2022.4.19\nsection：乡村振兴\npaper: 《涪陵日报》\npage: 第3版\n"
            "author: 本报记者  冉晓雯　通讯员 邱 林\n# 配图3张另传\n---\n"
            "　　4月15日，雨后初晴。站在石龙村的半山腰往下看，梯地顺着山势铺开。\n")
    source, diagnostics = reader.read_bytes(text.encode(), "a.md", is_markdown=True)
    assert source is not None
    assert [(d.severity, d.line) for d in diagnostics] == [("warning", 3)]
    assert "not valid YAML" in diagnostics[0].message
    meta = source.meta
    assert (meta.subtitle, meta.date, meta.section, meta.paper, meta.page) == (
        "——白涛街道矿山生态修复见闻", "2022-04-19", "乡村振兴", "涪陵日报", "3")
    (story,) = segmenter.segment(source).stories
    assert story.headline == "废弃矿坑里长出“生态果园”" and story.reporters == ("冉晓雯", "邱林")
    # Lines that are no fields keep the error: nothing is guessed.
    error = _error("---\ntitle: 标题\n这一行不是字段\n---\n正文".encode(), "b.md")
    assert "broken front matter" in error.message
