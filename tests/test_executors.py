"""The per-file stage behind an executor: a Dask cluster gives the same site as the local pool."""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews_site.analyse import executors
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
