"""How the render phase uses its processes and memory: the search index in a process of its
own, this process making a part itself, large files made a piece at a time."""

from __future__ import annotations

import gc
import json
import os
import time
from pathlib import Path

import pytest

from cqnews_site import build
from cqnews_site.config import Config
from cqnews_site.index.lookups import index_archive
from cqnews_site.output import progress
from cqnews_site.output.files import FolderFiles, Pieces, SiteFiles, json_bytes, json_list_file
from cqnews_site.site import data, render, search

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seed_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("seed-archive")
    return build.analyse(Config(seeds=PROJECT / "seeds", cache=root / "cache",
                                entities=PROJECT / "entities.yaml"))


def test_the_search_index_runs_in_a_process_of_its_own(seed_archive, tmp_path, monkeypatch):
    log = tmp_path / "log"
    made = render.make_context

    def logged(index, config, template_dirs=None, shard=None, inputs=None, site=None):
        with open(log, "a") as f:  # from every process: appends of one short line
            f.write(f"context {os.getpid()} {shard.part if shard else 0} "
                    f"{shard.parts if shard else 1}\n")
        return made(index, config, template_dirs, shard, inputs, site)

    def search_files(*args, **kwargs):
        with open(log, "a") as f:
            f.write(f"search {os.getpid()}\n")
        return real_search(*args, **kwargs)

    real_search = search.iter_search_files
    monkeypatch.setattr(render, "make_context", logged)
    monkeypatch.setattr(search, "iter_search_files", search_files)
    folder = tmp_path / "site"
    folder.mkdir()
    render.render_into(index_archive(seed_archive), Config(), folder, None, jobs=2)
    lines = [line.split() for line in log.read_text().splitlines()]
    searched = {int(line[1]) for line in lines if line[0] == "search"}
    parts = {(int(pid), int(part), int(n)) for kind, pid, *rest in lines if kind == "context"
             for part, n in [rest]}
    assert len(searched) == 1
    alone = searched.pop()
    # The search process made a context for itself alone; part 0 was made here, part 1
    # in a third process.
    assert (alone, 0, 1) in parts
    assert (os.getpid(), 0, 2) in parts
    assert len({pid for pid, part, n in parts if n == 2} - {os.getpid(), alone}) == 1
    assert (folder / search.BOOT).is_file()


def _logged_pid(log: Path) -> int | None:
    """The pid the search process wrote, or None before it has (the file may exist, opened
    for appending, and still be empty)."""
    text = log.read_text().strip() if log.exists() else ""
    return int(text.split()[0]) if text else None


def test_the_search_process_exits_when_its_part_is_made(seed_archive, tmp_path, monkeypatch):
    # Its memory goes back to the system while the pages are still being made: part 0 (this
    # process) waits until the search process is gone before it makes its first page.
    log = tmp_path / "log"
    real_search, real_home = search.iter_search_files, render.pages.home

    def search_files(*args, **kwargs):
        with open(log, "a") as f:
            f.write(f"{os.getpid()}\n")
        return real_search(*args, **kwargs)

    def home(ctx):
        if os.getpid() == here and ctx.shard.parts == 2:
            deadline = time.monotonic() + 120
            pid = _logged_pid(log)
            while pid is None or (Path(f"/proc/{pid}").exists() and not _zombie(pid)):
                assert time.monotonic() < deadline, "the search process is still running"
                time.sleep(0.05)
                pid = _logged_pid(log)
        return real_home(ctx)

    here = os.getpid()
    monkeypatch.setattr(search, "iter_search_files", search_files)
    monkeypatch.setattr(render.pages, "home", home)
    monkeypatch.setattr(render, "GENERATORS", tuple(home if g is real_home else g
                                                    for g in render.GENERATORS))
    folder = tmp_path / "site"
    folder.mkdir()
    render.render_into(index_archive(seed_archive), Config(), folder, None, jobs=2)
    assert (folder / search.BOOT).is_file() and (folder / "index.html").is_file()


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_an_error_in_the_search_process_fails_the_render(seed_archive, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise render.RenderError("search/boot.json: the index cannot be made")

    monkeypatch.setattr(search, "iter_search_files", broken)
    folder = tmp_path / "site"
    folder.mkdir()
    with pytest.raises(render.RenderError, match="the index cannot be made"):
        render.render_into(index_archive(seed_archive), Config(), folder, None, jobs=2)


def test_search_files_streamed_one_at_a_time_are_the_index_built_whole(seed_archive):
    streamed = list(search.iter_search_files(seed_archive))
    whole = search.build_search_files(seed_archive)
    assert dict(streamed) == whole
    assert len(streamed) == len(whole)  # no path twice
    assert streamed[-1][0] == search.BOOT  # the bootstrap, which digests the rest, last


def test_a_data_file_made_element_by_element_is_the_list_written_whole(seed_archive):
    stories = [data.story_json(s) for s in seed_archive.stories]
    assert stories
    assert json_list_file(iter(stories)).joined() == json_bytes(stories)
    assert json_list_file(data.iter_people_json(seed_archive)).joined() == json_bytes(
        data.people_json(seed_archive))
    odd = [[], {}, "字", None, [{"b": float("nan"), "a": [1, 2.5]}], {"k": (1, "二")}]
    for values in (odd, [], [[]]):
        assert json_list_file(iter(values)).joined() == json_bytes(values)
    assert json.loads(json_list_file(iter(stories)).joined()) == stories


def test_a_file_made_in_pieces_is_written_as_they_come_and_linked_when_unchanged(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    piece = bytes(range(256)) * 5_000
    (old / "same.json").write_bytes(piece * 3)
    (old / "longer.json").write_bytes(piece * 3)
    on_disk: list[int] = []

    def pieces(name: str, last: bytes = b""):
        for _ in range(3):
            yield piece
            # Asked for the next piece, the last one is on disk: nothing holds the whole.
            on_disk.append((new / name).stat().st_size)
        yield last

    files = FolderFiles(new, old)
    files.add("same.json", Pieces(pieces("same.json")), "test")
    assert on_disk == [len(piece), 2 * len(piece), 3 * len(piece)]
    files.add("longer.json", Pieces(pieces("longer.json", b"!")), "test")
    files.add("fresh.json", Pieces(pieces("fresh.json")), "test")
    assert files.linked == 1
    assert (new / "same.json").stat().st_ino == (old / "same.json").stat().st_ino
    assert (new / "longer.json").read_bytes() == piece * 3 + b"!"
    assert (new / "fresh.json").read_bytes() == piece * 3
    assert not list(new.glob("*.link"))
    memory = SiteFiles()
    memory.add("same.json", Pieces([piece, piece, piece]), "test")
    assert memory.data["same.json"] == piece * 3


def test_a_large_file_equal_to_the_last_sites_is_linked_not_written(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    big = bytes(range(256)) * 20_000  # several pieces of the comparison
    (old / "big.json").write_bytes(big)
    (old / "changed.json").write_bytes(big)
    files = FolderFiles(new, old)
    files.add("big.json", big, "test")
    files.add("changed.json", big[:-1] + b"!", "test")
    assert files.linked == 1
    assert (new / "big.json").stat().st_ino == (old / "big.json").stat().st_ino
    assert (new / "changed.json").read_bytes() == big[:-1] + b"!"


def test_files_a_part_makes_count_in_the_stage_it_is_part_of():
    with progress.recording(), progress.stage("pages written", parts=("search index",)) as st:
        progress.advance()
        with progress.stage("search index") as inner:
            progress.advance(3)
        assert st.done_count() == 4 and inner.done_count() == 0


def test_nested_frozen_blocks_unfreeze_only_when_the_outermost_ends():
    from cqnews_site import collector

    assert gc.get_freeze_count() == 0
    with collector.frozen():
        first = gc.get_freeze_count()
        assert first > 0
        kept = [[] for _ in range(100)]  # made since: the inner block freezes them too
        with collector.frozen(collect=False):
            assert gc.get_freeze_count() >= first + 100
        assert gc.get_freeze_count() >= first + 100  # the inner block unfroze nothing
    assert gc.get_freeze_count() == 0 and kept


def test_a_build_renders_with_its_archive_frozen_and_leaves_nothing_frozen(
        tmp_path, monkeypatch):
    # Frozen, the archive and index are not walked by each pass of the collector after
    # the index stage; a build in a long-lived process (the preview) must free them again.
    seen: list[tuple[int, bool]] = []
    real = render.render_into

    def watched(index, *args, **kwargs):
        stories = index.archive.stories  # a tuple of records: tracked by the collector
        seen.append((gc.get_freeze_count(),
                     any(o is stories for o in gc.get_objects())))  # frozen: not listed
        return real(index, *args, **kwargs)

    monkeypatch.setattr(render, "render_into", watched)
    result = build.build(Config(seeds=PROJECT / "seeds", out=tmp_path / "site",
                                cache=tmp_path / "cache",
                                entities=PROJECT / "entities.yaml", jobs=2))
    assert result.stories > 0 and not result.errors
    [(frozen, walked)] = seen
    assert frozen > 100_000 and not walked
    assert gc.get_freeze_count() == 0
