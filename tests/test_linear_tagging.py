"""Issue 12: tagging one long story costs time in proportion to its length. Each candidate
name was checked against every earlier span, and later bare mentions of a known name copied
the rest of the text at each match (2 MB took minutes). Counted, not timed."""

from __future__ import annotations

import pytest

from counting import slice_counter
from cqnews_site.analyse import people
from cqnews_site.analyse.tagger import Tagger
from cqnews_site.config import Config
from cqnews_site.inputs.resources import Resources

CountingText = slice_counter(str)  # a story's text, counting how many characters its slices copy


@pytest.fixture(scope="module")
def tagger(tmp_path_factory) -> Tagger:
    return Tagger.load(Resources.load(Config(cache=tmp_path_factory.mktemp("cache"))))


def test_bare_mentions_do_not_copy_the_rest_of_the_text_per_match(tagger, monkeypatch):
    monkeypatch.setattr(CountingText, "copied", 0)
    text = "区长王俊说，要抓落实。" + "王俊指出，要抓落实。" * 8000
    first = tagger.people.find(text[:11])
    spans = tagger.people.later_mentions(CountingText(text), first, ["王俊"])
    assert len([s for s in spans if s.name == "王俊"]) == 8001
    assert CountingText.copied < 4 * len(text)  # a copy of the rest per match: ~320 million


def test_find_people_does_not_check_each_candidate_against_every_earlier_span(tagger,
                                                                            monkeypatch):
    reads = 0

    class CountingSpan(people.Span):
        """A span counting how often its bounds are read."""

        def __getattribute__(self, name):
            nonlocal reads
            if name in ("start", "end"):
                reads += 1
            return super().__getattribute__(name)

    monkeypatch.setattr(people, "Span", CountingSpan)
    text = "区委书记王小明主持会议，区长李建国出席，副区长张三丰讲话。" * 2000
    spans = tagger.people.find(text)
    assert len(spans) == 6000 and {s.name for s in spans} == {"王小明", "李建国", "张三丰"}
    assert reads < 50 * len(spans)  # against every earlier span: ~60 million
