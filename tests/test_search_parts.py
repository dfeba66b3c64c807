"""The search index's kept story parts (site/search_parts.py): a rebuild reads again only
the stories that changed, and its index is byte for byte the index made from nothing."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from cqnews_site import build
from cqnews_site.config import Config
from cqnews_site.model.records import Archive
from cqnews_site.site import search
from cqnews_site.site.search_parts import FILE_NAME, PartStore

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Archive:
    """The seed pages and the dev pages, analysed."""
    root = tmp_path_factory.mktemp("parts")
    seeds = root / "seeds"
    shutil.copytree(PROJECT / "seeds", seeds)
    for page in (PROJECT / "tests" / "dev" / "pages").iterdir():
        shutil.copy(page, seeds)
    return build.analyse(Config(seeds=seeds, out=root / "site", cache=root / "cache"))


def _index(archive: Archive, store: PartStore | None = None) -> dict[str, bytes]:
    if store is None:
        return dict(search.iter_search_files(archive))
    with store:
        return dict(search.iter_search_files(archive, store=store))


def _edited(archive: Archive, at: int, old: str, new: str) -> Archive:
    story = archive.stories[at]
    paragraphs = tuple(p.replace(old, new) for p in story.paragraphs)
    assert paragraphs != story.paragraphs
    stories = list(archive.stories)
    stories[at] = dataclasses.replace(story, paragraphs=paragraphs)
    return dataclasses.replace(archive, stories=tuple(stories))


def test_kept_parts_give_the_same_index_and_only_a_changed_story_is_read_again(
        archive, tmp_path):
    first = PartStore(tmp_path, "v1")
    assert _index(archive, first) == _index(archive)
    assert first.reused == 0 and (tmp_path / FILE_NAME).is_file()
    at = len(archive.stories) // 2
    edited = _edited(archive, at, "。", "；")
    again = PartStore(tmp_path, "v1")
    index = _index(edited, again)
    assert index == _index(edited) != _index(archive)
    assert again.reused == len(archive.stories) - 1
    # The edited story's new part is kept for the next build, the old one is not.
    last = PartStore(tmp_path, "v1")
    assert _index(edited, last) == index and last.reused == len(archive.stories)


def test_an_added_story_renumbers_the_documents_after_it_and_reuses_their_parts(
        archive, tmp_path):
    _index(archive, PartStore(tmp_path, "v1"))
    copy = dataclasses.replace(archive.stories[0], id=archive.stories[0].id + "x")
    added = dataclasses.replace(archive, stories=(copy, *archive.stories))
    store = PartStore(tmp_path, "v1")
    assert _index(added, store) == _index(added)
    # Its copy has another page path, so its part is its own; every other story's is kept.
    assert store.reused == len(archive.stories)


def test_a_store_of_other_code_or_a_damaged_one_is_not_read(archive, tmp_path):
    _index(archive, PartStore(tmp_path, "v1"))
    other = PartStore(tmp_path, "v2")
    assert _index(archive, other) == _index(archive) and other.reused == 0
    path = tmp_path / FILE_NAME
    for damage in (b"", b"not a store", path.read_bytes()[:1000]):
        path.write_bytes(damage)
        store = PartStore(tmp_path, "v2")
        assert _index(archive, store) == _index(archive) and store.reused == 0


def test_an_unfinished_index_leaves_the_last_store_and_no_partial_file(archive, tmp_path):
    _index(archive, PartStore(tmp_path, "v1"))
    kept = (tmp_path / FILE_NAME).read_bytes()
    store = PartStore(tmp_path, "v1")
    with pytest.raises(RuntimeError), store:
        files = search.iter_search_files(archive, store=store)
        next(files)
        raise RuntimeError("a page failed to render")
    assert (tmp_path / FILE_NAME).read_bytes() == kept
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]


def test_a_story_with_characters_beyond_two_bytes_is_indexed_alike_and_not_kept(
        archive, tmp_path):
    wide = _edited(archive, 0, "。", "𠀀。")
    first = PartStore(tmp_path, "v1")
    assert _index(wide, first) == _index(wide)
    store = PartStore(tmp_path, "v1")
    assert _index(wide, store) == _index(wide)
    assert store.reused == len(archive.stories) - 1


def test_no_folder_keeps_nothing(archive):
    store = PartStore(None, "v1")
    assert _index(archive, store) == _index(archive) and store.reused == 0


def test_a_damaged_table_is_not_read(archive, tmp_path):
    import pickle

    _index(archive, PartStore(tmp_path, "v1"))
    path = tmp_path / FILE_NAME
    data = path.read_bytes()
    at = int.from_bytes(data[len(b"cqnews search parts 2\n"):][:8], "little")
    version, table, index = pickle.loads(data[at:])
    for broken in ({key: "not an entry" for key in table}, ["not", "a", "table"]):
        path.write_bytes(data[:at] + pickle.dumps((version, broken, index)))
        store = PartStore(tmp_path, "v1")
        assert _index(archive, store) == _index(archive) and store.reused == 0


def test_the_partial_file_of_a_killed_build_is_removed(archive, tmp_path):
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    abandoned = tmp_path / f"{FILE_NAME}.{gone}.partial"
    abandoned.write_bytes(b"half a store")
    _index(archive, PartStore(tmp_path, "v1"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]
