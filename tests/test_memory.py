"""What keeps the build's memory down: shared strings, pages the workers cache, no tagger
kept after a pooled analysis."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from cqnews_site.analyse import cache as page_cache
from cqnews_site.analyse import executors, nlp
from cqnews_site.config import Config
from cqnews_site.inputs import reader
from cqnews_site.inputs.resources import Resources
from cqnews_site.model import shared as shared_strings
from cqnews_site.model.records import Story

ROOT = Path(__file__).resolve().parents[1]


def _seed_pages(tmp_path: Path):
    resources = Resources.load(Config(cache=tmp_path / "cache"))
    sources, _ = reader.read_tree(ROOT / "seeds")
    return sources, resources, executors.run(sources, resources, jobs=1)


def test_shared_strings_leave_the_pages_equal_and_share_equal_names(tmp_path):
    _, _, pages = _seed_pages(tmp_path)
    # Each page loaded twice from bytes of its own, as the cache and the workers hand
    # them over.
    pool = shared_strings.StringPool()
    shared = [shared_strings.loads(shared_strings.dumps(p), pool) for p in [*pages, *pages]]
    assert shared == [*pages, *pages]
    # Without a pool the bytes still load as equal records, each with strings of its own.
    alone = [shared_strings.loads(shared_strings.dumps(p)) for p in pages]
    assert alone == pages
    assert alone[0].stories[0].headline is not shared[0].stories[0].headline
    half = len(pages)
    for first, second in zip(shared[:half], shared[half:], strict=True):
        for a, b in zip(first.stories, second.stories, strict=True):
            assert a.headline is b.headline
            assert a.paragraphs is b.paragraphs
            for m, n in zip(a.people, b.people, strict=True):
                assert m.name is n.name and m.titles is n.titles
    names = [m.name for p in shared for s in p.stories for m in s.people]
    by_value: dict[str, int] = {}
    for name in names:
        by_value.setdefault(name, id(name))
        assert id(name) == by_value[name]  # one object per name across all pages


def test_records_have_no_per_record_dict():
    story = Story(id="x", source="a.txt", position=0, line=1, headline="标题")
    assert not hasattr(story, "__dict__")
    assert pickle.loads(pickle.dumps(story)) == story


def test_a_pooled_run_caches_every_page_and_never_loads_the_tagger_here(monkeypatch,
                                                                         tmp_path):
    # The tagger (and the pool that shares it) lives in a process of its own: this one,
    # which forks the render workers next, never holds jieba's dictionaries.
    monkeypatch.setattr(executors, "_TAGGERS", {})
    monkeypatch.setattr(nlp, "_TOKENIZERS", {})
    monkeypatch.setattr(nlp, "_FAST", {})
    sources, _ = reader.read_tree(ROOT / "seeds")
    resources = Resources.load(Config(cache=tmp_path / "cache"))
    cache = page_cache.PageCache(tmp_path / "cache")
    many = [*sources] * (executors.PARALLEL_THRESHOLD // len(sources) + 1)
    pages = executors.run(many, resources, jobs=2, cache=cache)
    assert [p.source for p in pages] == [s.path for s in many]
    for source, page in zip(many, pages, strict=True):
        assert cache.get(source.digest, resources.version) == page
    assert not executors._TAGGERS and not nlp._TOKENIZERS and not nlp._FAST
    # Pages unpickled from the workers' bytes share equal strings.
    first = {}
    for page in pages:
        for story in page.stories:
            assert first.setdefault(story.source, story.source) is story.source
            for m in story.people:
                assert first.setdefault(m.name, m.name) is m.name
    # The pages equal those analysed in this process.
    assert pages[:len(sources)] == executors.run(sources, resources, jobs=1)


def _pooled_sources() -> tuple[list, Resources]:
    sources, _ = reader.read_tree(ROOT / "seeds")
    return [*sources] * (executors.PARALLEL_THRESHOLD // len(sources) + 1), Resources.load(
        Config())


def test_what_the_analysing_process_raises_is_raised_in_the_build(monkeypatch):
    many, resources = _pooled_sources()

    def failing(*args):
        yield page_cache.dumps(executors.analyse_anywhere(many[0], resources))
        raise ValueError("a bug in the segmenter")

    monkeypatch.setattr(executors, "_pool_pages", failing)
    with pytest.raises(ValueError, match="a bug in the segmenter"):
        executors.run(many, resources, jobs=2)


def test_an_analysing_process_that_dies_is_a_clear_error_not_a_hang(monkeypatch):
    many, resources = _pooled_sources()
    monkeypatch.setattr(executors, "_pool_pages", lambda *args: os._exit(3))
    with pytest.raises(executors.ExecutorError, match=r"ended without an answer \(exit code 3\)"):
        executors.run(many, resources, jobs=2)
