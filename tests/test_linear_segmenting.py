"""Issue 12: segmenting one big page dump costs time in proportion to its lines. Each
headline looked for the next line of text in a copy of the rest of the page, so a 60 MB
page spent 38 of its 74 seconds copying. Counted, not timed."""

from __future__ import annotations

from counting import slice_counter
from cqnews_site.analyse import layout, segmenter
from cqnews_site.inputs import reader

CountingLines = slice_counter(list)  # the builder's lines, counting how many lines its slices copy


def test_a_page_of_many_stories_is_placed_without_copying_the_rest_of_it_per_story(
        monkeypatch):
    monkeypatch.setattr(CountingLines, "copied", 0)
    original = segmenter.Builder

    class Counting(original):
        def __init__(self, lines):
            super().__init__(CountingLines(lines))

    monkeypatch.setattr(segmenter, "Builder", Counting)
    story = ("北碚区召开第{n}次乡村振兴工作推进会\n\n"
             "本报讯（记者 张三）3月5日，北碚区召开乡村振兴工作推进会，区委书记王小明出席。\n\n"
             "会议要求，各镇街要抓好春耕生产，推进农村人居环境整治。\n\n")
    text = "".join(story.format(n=n) for n in range(1, 1501))
    source, problems = reader.read_bytes(text.encode("utf-8"), "dump.txt")
    assert source is not None, problems
    page = segmenter.segment(source)
    assert len(page.stories) == 1500
    lines = text.count("\n\n")
    assert CountingLines.copied < 20 * lines  # a copy of the rest per headline: ~3.4 million


def test_cut_prefix_normalises_each_character_once_16k_spaces_after_benbaoxun(monkeypatch):
    # The dateline's printed prefix was found by normalising a growing prefix per
    # character: 16 k spaces after 本报讯 took 6.5 s. Counted, not timed.
    normalised = []
    original = layout.normalize

    def counting(text: str) -> str:
        normalised.append(len(text))
        return original(text)

    monkeypatch.setattr(layout, "normalize", counting)
    text = "## 标题\n\n本报讯" + " " * 16_000 + "（记者 张三）昨日，区委书记王小明主持召开会议。\n"
    source, problems = reader.read_bytes(text.encode("utf-8"), "spaces.txt")
    assert source is not None, problems
    (story,) = segmenter.segment(source).stories
    assert story.reporters == ("张三",) and story.paragraphs[0].startswith("昨日，")
    assert sum(normalised) < 4 * len(text)  # a growing prefix per character: ~128 million


def test_every_furniture_list_is_matched_anchored_at_the_start_where_it_is_anchored():
    # A pattern with a back-reference or an inline flag makes its whole list one alternation
    # searched at every position of every line (``lines._Found``): one such pattern slowed
    # segmenting the archive by 6 %. Write such a pattern another way, or on a list of its own.
    from cqnews_site.analyse import lines

    found = {key: value for key, value in lines.words().items() if key.endswith("_found")}
    assert found
    assert [key for key, value in found.items() if value._whole is not None] == []
