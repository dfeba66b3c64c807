"""Issue 12, honest rebuilds: the fingerprint covers rejected files and the facts a build
depended on; nothing on a page is silently dropped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cqnews_site import build
from cqnews_site.analyse import segmenter
from cqnews_site.config import Config
from cqnews_site.inputs import reader
from cqnews_site.model import dates

PROJECT = Path(__file__).resolve().parents[1]
STORY = "本报讯（记者 张三）昨日，区委书记王小明主持召开会议，研究部署下一阶段工作。会议要求各部门抓好落实。\n"


@pytest.fixture
def config(tmp_path) -> Config:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(PROJECT / "seeds" / "004_c473d4d3c41d478a.txt", seeds)
    return Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache",
                  entities=PROJECT / "entities.yaml", jobs=1)


def _messages(result) -> list[str]:
    return [str(d) for d in result.diagnostics]


def test_rejected_files_are_in_the_fingerprint(config):
    broken = config.seeds / "broken.txt"
    broken.write_bytes(b"")
    first = build.build(config)
    assert any("broken.txt: error: file is empty" in m for m in _messages(first))
    broken.unlink()  # deleting the broken file is a change: its error must not repeat
    second = build.build(config)
    assert not second.skipped and not any("broken.txt" in m for m in _messages(second))
    (config.seeds / "new.md").write_text("---\ndate: 2024-02-30\n---\n正文。\n", encoding="utf-8")
    third = build.build(config)  # a new broken file is reported without --force
    assert not third.skipped and any("new.md:2: error" in m for m in _messages(third))


def test_date_used_to_infer_missing_years_is_in_the_fingerprint(config, monkeypatch):
    assert not build.build(config).skipped
    assert build.build(config).skipped
    monkeypatch.setattr(dates, "reference_year", lambda: 2099)
    assert not build.build(config).skipped  # another year may infer other years


def _page(text: str):
    source, problems = reader.read_bytes(text.encode("utf-8"), "p.txt")
    assert source is not None, problems
    return segmenter.segment(source)


def test_portrait_name_before_the_first_line_is_kept():
    page = _page("王小明\n" + STORY)
    assert page.stories[0].captions == ("王小明",)


def test_caption_before_the_first_line_is_kept():
    page = _page("区长李大为在现场调研。记者 苏思 摄\n" + STORY)
    (story,) = page.stories
    assert story.captions == ("区长李大为在现场调研。",) and "苏思" in story.photographers


def test_captions_alone_on_a_page_are_kept_as_furniture():
    page = _page("王小明\n")
    assert "王小明" in page.noise


def test_title_in_a_txt_pages_front_matter_is_honoured():
    page = _page("---\ntitle: 区委召开工作会议\n---\n" + STORY.replace("本报讯（记者 张三）", ""))
    (story,) = page.stories
    assert story.headline == "区委召开工作会议" and not story.headline_inferred
    assert not any("no printed headline" in d.message for d in page.diagnostics)


def test_unused_title_in_a_txt_pages_front_matter_is_reported():
    page = _page("---\ntitle: 另一个标题\n---\n## 印好的标题\n\n" + STORY)
    assert page.stories[0].headline == "印好的标题"
    assert any("'title' unused" in d.message for d in page.diagnostics)


def test_kicker_and_deck_in_a_txt_pages_front_matter_go_with_its_title():
    bare = STORY.replace("本报讯（记者 张三）", "")
    page = _page("---\ntitle: 区委召开工作会议\nkicker: 聚焦发展\nsubtitle: 部署全年工作\n---\n" + bare)
    assert [(s.kicker, s.headline, s.subtitle) for s in page.stories] == [
        ("聚焦发展", "区委召开工作会议", "部署全年工作")]
    # Without a title to go with, on a page whose stories print their heads: reported.
    page = _page("---\nkicker: 聚焦发展\n---\n## 印好的标题\n\n" + STORY)
    assert page.stories[0].kicker is None
    assert any("'kicker' unused" in d.message for d in page.diagnostics)
