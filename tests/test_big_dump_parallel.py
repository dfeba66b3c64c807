"""Issue 12: one big page dump is tagged by every worker, not by one process.

The page is segmented once and its stories tagged in slices across the pool
(``analyse.split``); the site must be the one a single process builds, byte for byte.
The split threshold is lowered so a small page stands in for a 20 MB dump.
"""

from __future__ import annotations

import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from big_dump import make_dump
from cqnews_site.analyse import executors, split
from cqnews_site.build import build
from cqnews_site.config import Config
from cqnews_site.inputs import reader
from cqnews_site.inputs.resources import Resources

ROOT = Path(__file__).resolve().parents[1]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# A name the tagger takes for a person untitled only when the page prints it with a title
# somewhere: here 80 KB apart, so in different slices.
FIRST = "# 北碚区召开工作会议\n\n北碚区区长何平主持会议并讲话。会议研究了近期重点工作。\n\n"
LAST = "\n\n# 乡村振兴有新招\n\n近日，何平在澄江镇察看了产业发展情况，何平说要抓好落实。\n"


def _seeds(folder: Path) -> Path:
    """A dump of varied seed pages in one file, beside two ordinary seed pages."""
    make_dump(folder, 80_000, 80_000)
    dump = folder / "dump_000.txt"
    dump.write_text(FIRST + dump.read_text(encoding="utf-8") + LAST, encoding="utf-8")
    for path in reader.seed_files(ROOT / "seeds")[:2]:
        shutil.copy(path, folder / path.name)
    return folder


def test_a_page_above_the_split_threshold_builds_the_same_site_with_one_or_two_jobs(
        monkeypatch, tmp_path):
    monkeypatch.setattr(split, "SPLIT_CHARS", 20_000)
    monkeypatch.setattr(split, "SLICE_CHARS", 4_000)
    original = split.slices
    counts = tmp_path / "slices.txt"  # the split runs in a process the build forks

    def counting(stories, size):
        bounds = original(stories, size)
        with counts.open("a") as f:
            f.write(f"{len(bounds)}\n")
        return bounds

    monkeypatch.setattr(split, "slices", counting)
    seeds = _seeds(tmp_path / "seeds")
    sites = {}
    for jobs in (1, 2):
        config = Config(seeds=seeds, out=tmp_path / f"site{jobs}", cache=tmp_path / f"cache{jobs}",
                        entities=ROOT / "entities.yaml", jobs=jobs)
        result = build(config)
        sites[jobs] = _files(config.out)
    assert result.stories > 40
    slices_used = [int(n) for n in counts.read_text().split()] if counts.exists() else []
    assert slices_used and slices_used[0] >= 4  # the big page went through the split path once
    assert len(slices_used) == 1
    assert sites[1] == sites[2]


def test_the_split_page_is_the_page_one_process_makes(monkeypatch, tmp_path):
    monkeypatch.setattr(split, "SPLIT_CHARS", 20_000)
    monkeypatch.setattr(split, "SLICE_CHARS", 2_000)
    sources, _ = reader.read_tree(_seeds(tmp_path / "seeds"))
    resources = Resources.load(Config(cache=tmp_path / "cache"))
    assert [split.should_split(s) for s in sources].count(True) == 1
    alone = executors.run_local(sources, resources, jobs=1)
    pooled = executors.run_local(sources, resources, jobs=2)
    assert [p.source for p in pooled] == [s.path for s in sources]  # input order kept
    assert pooled == alone
    people = [m for p in pooled for s in p.stories for m in s.people]
    assert people and all(m.person_id for m in people)
    big = next(p for p in pooled if p.source == "dump_000.txt")
    assert [(m.name, m.district) for m in big.stories[-1].people] == [("何平", "北碚区")]


def test_slices_cover_every_story_once_in_order():
    stories = make_stories([300, 5, 5, 5, 900, 1, 1])
    bounds = split.slices(stories, 300)
    assert bounds == [(0, 1), (1, 5), (5, 7)]
    assert split.slices(stories, 10**9) == [(0, 7)]
    assert split.slices([], 10) == []


def make_stories(lengths):
    from cqnews_site.model.records import Story

    return [Story(id=f"s{n}", source="p.txt", position=n, line=n + 1, headline="题",
                  paragraphs=("字" * size,)) for n, size in enumerate(lengths)]


def test_a_big_page_of_one_story_is_tagged_without_starting_workers(monkeypatch, tmp_path):
    monkeypatch.setattr(split, "SPLIT_CHARS", 2_000)
    seeds = tmp_path / "seeds"
    make_dump(seeds, 20_000, 20_000, single_line=True)  # one line: one story
    sources, _ = reader.read_tree(seeds)
    resources = Resources.load(Config(cache=tmp_path / "cache"))
    submitted: list[object] = []

    class Recording(ProcessPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):  # workers start at the first task
            submitted.append(fn)
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(executors, "ProcessPoolExecutor", Recording)
    pooled = executors.run_local(sources, resources, jobs=2)
    assert len(pooled[0].stories) == 1 and split.should_split(sources[0])
    assert submitted == []
    assert pooled == executors.run_local(sources, resources, jobs=1)

