"""The per-file stage behind an executor: a Dask cluster gives the same site as the local pool."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from cqnews_site.analyse import executors
from cqnews_site.analyse.cache import PageCache
from cqnews_site.build import build
from cqnews_site.config import Config
from cqnews_site.inputs import reader
from cqnews_site.inputs.resources import Resources

ROOT = Path(__file__).resolve().parents[1]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_dask_cluster_builds_the_same_site_as_the_local_pool(tmp_path):
    distributed = pytest.importorskip("distributed")  # in the test extra: never skipped in CI
    local = Config(seeds=ROOT / "seeds", out=tmp_path / "local" / "site",
                   cache=tmp_path / "local" / "cache", entities=ROOT / "entities.yaml", jobs=1)
    build(local)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        remote = Config(seeds=ROOT / "seeds", out=tmp_path / "dask" / "site",
                        cache=tmp_path / "dask" / "cache", entities=ROOT / "entities.yaml",
                        jobs=1, executor="dask", scheduler=cluster.scheduler_address)
        result = build(remote)
    assert result.stories > 5
    assert _files(local.out) == _files(remote.out)


def test_the_executor_keeps_the_input_order(tmp_path):
    resources = Resources.load(Config(cache=tmp_path / "cache"))
    sources, _ = reader.read_tree(ROOT / "seeds")
    pages = executors.run(sources, resources, jobs=1)
    assert [p.source for p in pages] == [s.path for s in sources]


def test_dask_without_a_scheduler_is_one_clear_error(tmp_path):
    resources = Resources.load(Config(cache=tmp_path / "cache"))
    sources, _ = reader.read_tree(ROOT / "seeds")
    with pytest.raises(executors.ExecutorError, match="scheduler"):
        executors.run(sources, resources, executor="dask")


@pytest.mark.parametrize("count", [0, 1, 5, 16, 2233])
def test_guided_chunks_cover_every_item_once_in_order_and_shrink(count):
    items = list(range(count))
    chunks = executors.guided_chunks(items, 2)
    assert [i for chunk in chunks for i in chunk] == items
    sizes = [len(chunk) for chunk in chunks]
    assert sizes == sorted(sizes, reverse=True) and all(sizes)
    if count >= 16:
        # Single items at the end for the last core; a quarter at first (half of a worker's
        # share).
        assert sizes[-3:] == [1, 1, 1] and sizes[0] == count // 4
    if count >= 1000:
        assert len(chunks) < 40  # few messages, not one per file


def _site_config(tmp_path: Path, seeds: Path, jobs: int) -> Config:
    return Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache",
                  entities=ROOT / "entities.yaml", jobs=jobs)


def test_a_changed_file_is_analysed_apart_while_the_cached_pages_load(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for page in sorted((ROOT / "seeds").iterdir()):
        (seeds / page.name).write_bytes(page.read_bytes())
    config = _site_config(tmp_path, seeds, jobs=2)
    build(config)
    edited = sorted(seeds.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n本报讯 追加的一段文字。\n",
                      encoding="utf-8")
    # The build process must not load the tagger: the one changed file is analysed in a
    # forked process (which raises this back if it ever runs here).
    parent = os.getpid()
    real = executors._tagger

    def tagger_elsewhere(resources):
        assert os.getpid() != parent, "the build process loaded the tagger"
        return real(resources)

    monkeypatch.setattr(executors, "_tagger", tagger_elsewhere)
    again = build(config)
    monkeypatch.undo()
    cold = build(_site_config(tmp_path / "cold", seeds, jobs=1))
    assert again.archive == cold.archive
    assert _files(config.out) == _files(tmp_path / "cold" / "site")


def test_an_unreadable_cache_entry_is_analysed_again(tmp_path):
    config = _site_config(tmp_path, ROOT / "seeds", jobs=2)
    first = build(config)
    entries = sorted((tmp_path / "cache" / "pages").rglob("*.pickle"))
    entries[0].write_bytes(b"not a pickle")
    again = build(config, force=True)
    assert again.archive == first.archive
    assert entries[0].read_bytes() != b"not a pickle"  # stored anew


def test_only_the_pages_of_the_versions_used_last_are_kept(tmp_path):
    cache = PageCache(tmp_path)
    for number, version in enumerate(("v1", "v2", "v3", "v4")):
        cache.put_pickled("d", version, b"page")
        # v1 used longest ago, v3 last before v4
        os.utime(cache._version_folder(version), ns=(number * 10**9, number * 10**9))
    stray = tmp_path / "pages" / "ab"  # the layout before version folders
    stray.mkdir()
    (stray / "old.pickle").write_bytes(b"old")
    cache.prune("v4")
    assert [cache.has("d", v) for v in ("v1", "v2", "v3", "v4")] == [False, True, True, True]
    assert not stray.exists()
    cache.prune("v1", keep=1)  # v1 used again, alone kept: its folder comes back empty
    assert [cache.has("d", v) for v in ("v2", "v3", "v4")] == [False, False, False]
    assert [p.name for p in (tmp_path / "pages").iterdir()] == [
        cache._version_folder("v1").name]


def test_a_build_keeps_the_pages_of_its_version_and_two_before(tmp_path):
    config = _site_config(tmp_path, ROOT / "seeds", jobs=1)
    build(config)
    pages = tmp_path / "cache" / "pages"
    (current,) = pages.iterdir()  # one version folder, named by the version
    for old in ("0" * 16, "1" * 16, "2" * 16):  # three older versions' pages
        (pages / old / "ab").mkdir(parents=True)
        os.utime(pages / old, ns=(int(old[0]) * 10**9,) * 2)
    again = build(config, force=True)
    assert again.stories > 5
    assert sorted(p.name for p in pages.iterdir()) == sorted([current.name, "1" * 16, "2" * 16])
    assert any(current.rglob("*.pickle"))


def test_pages_started_apart_and_not_wanted_end_their_process(tmp_path):
    resources = Resources.load(Config(cache=tmp_path / "cache"))
    sources, _ = reader.read_tree(ROOT / "seeds")
    started = executors.start(sources[:2], resources, jobs=2, alongside=True)
    processes = multiprocessing.active_children()
    assert processes, "no process was started apart"
    started.cancel()
    assert not any(p.is_alive() for p in processes)


def test_a_warm_process_makes_the_pages_it_is_sent_with_its_own_tagger(tmp_path, monkeypatch):
    monkeypatch.setattr(executors, "_TAGGERS", {})
    resources = Resources.load(Config(cache=tmp_path / "cache"))
    sources, _ = reader.read_tree(ROOT / "seeds")
    warm = executors.warm(resources, 2, "local", None)
    assert warm is not None
    pages = executors.start(sources[:2], resources, jobs=2, warm=warm)()
    assert not executors._TAGGERS  # loaded over there, while this process went on
    assert not multiprocessing.active_children()
    assert pages == executors.run(sources[:2], resources, jobs=1)


def test_a_warm_process_given_no_work_ends(tmp_path):
    resources = Resources.load(Config(cache=tmp_path / "cache"))
    warm = executors.warm(resources, 2, "local", None)
    assert warm is not None and multiprocessing.active_children()
    assert executors.start([], resources, jobs=2, warm=warm)() == []
    assert not multiprocessing.active_children()
    warm.cancel()  # again: nothing to do
    # Where analysing would not fork, nothing is forked ahead of it either.
    assert executors.warm(resources, 1, "local", None) is None
    assert executors.warm(resources, 2, "dask", None) is None


def test_a_tagger_that_fails_to_load_in_the_warm_process_fails_the_analysis(tmp_path,
                                                                          monkeypatch):
    from cqnews_site.analyse.tagger import Tagger

    def broken(resources):
        raise ValueError("a broken word list")

    monkeypatch.setattr(executors, "_TAGGERS", {})
    monkeypatch.setattr(Tagger, "load", broken)
    resources = Resources.load(Config(cache=tmp_path / "cache"))
    sources, _ = reader.read_tree(ROOT / "seeds")
    warm = executors.warm(resources, 2, "local", None)
    with pytest.raises(ValueError, match="a broken word list"):
        executors.start(sources[:1], resources, jobs=2, warm=warm)()
    assert not multiprocessing.active_children()


def test_a_build_forks_the_tagger_ahead_only_when_the_cache_lacks_a_file(tmp_path,
                                                                       monkeypatch):
    forked = []
    real = executors.warm

    def counted(*args):
        forked.append(real(*args))
        return forked[-1]

    monkeypatch.setattr(executors, "warm", counted)
    monkeypatch.setattr(executors, "_TAGGERS", {})
    config = _site_config(tmp_path, ROOT / "seeds", jobs=2)
    first = build(config)
    # Nothing was cached: the five files were analysed in the process forked ahead, and
    # this one never loaded the tagger.
    assert len(forked) == 1 and forked[0] is not None
    assert not executors._TAGGERS
    again = build(config, force=True)  # every file cached: nothing forked for them
    assert len(forked) == 1
    assert again.archive == first.archive
    single = build(_site_config(tmp_path / "one", ROOT / "seeds", jobs=1))
    assert len(forked) == 2 and forked[1] is None  # one job: analysed here
    assert single.archive == first.archive
    assert not multiprocessing.active_children()
