"""A rebuild's search index updates the last site's index files: the same bytes as a full
build, with the files no change reaches kept as they were."""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
from pathlib import Path

import pytest

from cqnews_site.model.records import Archive, Item, Story
from cqnews_site.site import search, search_numbers, search_update
from cqnews_site.site.search_parts import PartStore


def text(rng: random.Random, length: int) -> str:
    # 400 common characters: many keys, so the index is cut into many files.
    return "".join(chr(0x4E00 + rng.randrange(400)) for _ in range(length))


def make_story(rng: random.Random, n: int, items: int = 0) -> Story:
    return Story(
        id=f"s{n}", source="p.txt", position=n, line=1, headline=text(rng, 8),
        paragraphs=(text(rng, rng.randrange(50, 400)),),
        items=tuple(Item(heading=text(rng, 4), anchor=f"i{k}", line=k,
                         paragraphs=(text(rng, 60),)) for k in range(items)),
    )


def edited(archive: Archive, rng: random.Random, kind: str, serial: int) -> Archive:
    stories = list(archive.stories)
    at = rng.randrange(len(stories))
    if kind == "add":
        stories.insert(at, make_story(rng, 10_000 + serial, rng.choice((0, 0, 3))))
    elif kind == "remove":
        del stories[at]
    elif kind == "edit":
        old = stories[at]
        stories[at] = dataclasses.replace(
            old, paragraphs=(old.paragraphs[0][:30] + text(rng, 5) + old.paragraphs[0][30:],))
    elif kind == "typo":  # one character for another
        old = stories[at]
        body = old.paragraphs[0]
        stories[at] = dataclasses.replace(old, paragraphs=(body[:20] + "们" + body[21:],))
    elif kind == "headline":
        stories[at] = dataclasses.replace(stories[at], headline=text(rng, 9))
    return dataclasses.replace(archive, stories=tuple(stories))


def build(archive: Archive, cache: Path, site: Path | None) -> dict[str, bytes]:
    """A build given the record the last build in ``cache`` made (as a build keeps it in
    its outputs record); its files, those kept from ``site`` as ``LastBytes``."""
    record = cache / "text-record.json"
    last = json.loads(record.read_text()) if site is not None and record.exists() else {}
    files, made, _ = build_recorded(archive, cache, site, last)
    record.write_text(json.dumps(made))
    return files


def publish(files: dict[str, bytes], site: Path) -> None:
    shutil.rmtree(site, ignore_errors=True)
    for path, data in files.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(data)


def test_each_rebuild_after_an_edit_is_byte_for_byte_a_full_build(tmp_path, monkeypatch):
    rng = random.Random(11)
    archive = Archive(pages=(), stories=tuple(make_story(rng, n, rng.choice((0, 0, 0, 4)))
                                              for n in range(400)),
                      people=(), districts=())
    updates: list[int] = []  # index files made again, per update
    real = search_update.updated_packs

    def counted(*args, **kwargs):
        out = list(real(*args, **kwargs))
        updates.append(sum(not deflated for _, _, deflated in out))
        return iter(out)

    monkeypatch.setattr(search_update, "updated_packs", counted)
    cache, site = tmp_path / "cache", tmp_path / "site"
    publish(build(archive, cache, None), site)
    kinds = ["add", "edit", "remove", "headline", "typo", "add", "edit", "remove", "typo"]
    changed_texts = []  # text files not taken from the last site, per update
    for serial, kind in enumerate(kinds):
        archive = edited(archive, rng, kind, serial)
        if serial == 3:  # a damaged text file in the last site is made anew, not copied
            damaged = sorted(site.glob("search/text-*.bin"))[5]
            damaged.write_bytes(damaged.read_bytes()[:-4])
        files = build(archive, cache, site)
        assert files == search.build_search_files(archive), kind
        texts = [p for p in files if p.startswith("search/text-")]
        changed_texts.append(sum(not isinstance(files[p], search.LastBytes) for p in texts))
        publish(files, site)
    index_files = sum(p.startswith("search/index-") for p in files)
    assert index_files > 20
    # Every rebuild updated the last index, and made again only the files an edit reaches:
    # a story of a few hundred characters of 400 holds keys in most files, a typo's four
    # keys (two gone, two new) reach a few.
    assert len(updates) == len(kinds)
    assert all(0 < made <= index_files for made in updates), (updates, index_files)
    typos = [made for kind, made in zip(kinds, updates, strict=True) if kind == "typo"]
    assert all(made <= 8 for made in typos), (typos, index_files)
    # Text files are the last site's bytes but for the rows an edit changed: a typo's one
    # file, a story's run of one to five rows one or two (and a moved story's, now and
    # then); the damaged one was made again.
    assert len(texts) > 100
    assert all(0 < made <= 6 for made in changed_texts), changed_texts
    assert [made for kind, made in zip(kinds, changed_texts, strict=True)
            if kind == "typo"] == [1, 1], changed_texts
    assert changed_texts[3] >= 2, changed_texts  # the headline's file and the damaged one


def build_recorded(archive: Archive, cache: Path, site: Path | None, last: dict[str, str],
                   code: str = "code") -> tuple[dict[str, bytes], dict[str, str], int]:
    """A build given the record of the last (``TextDigests``): its files with each text
    file kept by the record as the last site's bytes (``LastBytes``), its own record and
    how many it kept."""
    digests = search.TextDigests(code, last)
    with PartStore(cache, "v") as store:
        made = dict(search.iter_search_files(archive, store=store, last_site=site,
                                             digests=digests))
    kept = {path for path, data in made.items() if isinstance(data, search.LastFile)}
    assert all(made[path] == b"" and path.startswith("search/text-") for path in kept)
    assert site is not None or not kept
    files = {path: search.LastBytes((site / path).read_bytes()) if path in kept  # type: ignore[operator]
             else data for path, data in made.items()}
    return files, digests.made, len(kept)


def test_text_files_the_record_finds_unchanged_are_not_read_again(tmp_path):
    rng = random.Random(5)
    archive = Archive(pages=(), stories=tuple(make_story(rng, n, rng.choice((0, 0, 4)))
                                              for n in range(300)),
                      people=(), districts=())
    cache, site = tmp_path / "cache", tmp_path / "site"
    files, record, kept = build_recorded(archive, cache, None, {})
    texts = sorted(p for p in files if p.startswith("search/text-"))
    assert len(texts) > 50 and set(record) == set(texts) and kept == 0
    publish(files, site)
    for serial, kind in enumerate(["typo", "edit", "add", "remove"]):
        archive = edited(archive, rng, kind, serial)
        if kind == "add":  # a text file shortened in the last site is made anew
            damaged = site / texts[7]
            damaged.write_bytes(damaged.read_bytes()[:-4])
        files, record, kept = build_recorded(archive, cache, site, record)
        # Kept files are read from the site here: a damaged one kept would differ.
        assert files == search.build_search_files(archive), kind
        assert kind != "add" or damaged.relative_to(site).as_posix() in files
        texts = sorted(p for p in files if p.startswith("search/text-"))
        # A story's rows are in one file or two; a story removed may take a file with it.
        assert len(texts) - 6 <= kept <= len(texts) - (kind != "remove"), (kind, kept)
        publish(files, site)
    # Another version of the code trusts no file of the record, nor does a damaged record.
    assert build_recorded(archive, cache, site, record, code="other")[2] == 0
    damaged = {path: 7 if n % 2 else f"{value} 12 x" for n, (path, value)
               in enumerate(record.items())}
    files, _, kept = build_recorded(archive, cache, site, damaged)
    assert kept == 0 and files == search.build_search_files(archive)


@pytest.mark.parametrize("damage", ["no site", "other version", "missing file", "damaged file",
                                    "forced"])
def test_an_index_that_cannot_be_updated_is_made_whole(tmp_path, monkeypatch, damage):
    rng = random.Random(3)
    archive = Archive(pages=(), stories=tuple(make_story(rng, n) for n in range(200)),
                      people=(), districts=())
    cache, site = tmp_path / "cache", tmp_path / "site"
    publish(build(archive, cache, None), site)
    archive = edited(archive, rng, "add", 1)
    if damage == "other version":
        boot = site / search.BOOT
        boot.write_bytes(boot.read_bytes().replace(b'"version":"', b'"version":"0'))
    elif damage == "missing file":
        next((site / "search").glob("index-*.bin")).unlink()
    elif damage == "damaged file":  # its last bytes (the checksum) overwritten
        damaged = sorted((site / "search").glob("index-*.bin"))[-1]
        damaged.write_bytes(damaged.read_bytes()[:-4] + b"\0\0\0\0")
    called = []
    monkeypatch.setattr(search_update, "updated_packs",
                        lambda *a, **k: called.append(1) or iter(()))
    files = build(archive, cache, None if damage in ("no site", "forced") else site)
    assert files == search.build_search_files(archive)
    assert called == []


def test_numbers_follow_page_paths_not_the_archive_order():
    rng = random.Random(4)
    paths = [f"stories/{rng.randrange(16**10):010x}.html" for _ in range(2000)]
    counts = [rng.choice((1, 1, 1, 2, 6)) for _ in paths]
    base = search_numbers.numbering(paths, counts)
    used = [n for first, count in zip(base.first, counts, strict=True)
            for n in range(first, first + count)]
    # A number for each document, a story's in one run, in a space about twice as large.
    assert len(set(used)) == len(used) == sum(counts)
    assert max(used) < base.space and base.space >= 2 * sum(counts)
    assert base.order == tuple(sorted(range(len(paths)), key=base.first.__getitem__))
    # The archive's order changes nothing.
    order = list(range(len(paths)))
    rng.shuffle(order)
    shuffled = search_numbers.numbering([paths[i] for i in order], [counts[i] for i in order])
    assert {paths[i]: shuffled.first[at] for at, i in enumerate(order)} \
        == dict(zip(paths, base.first, strict=True))
    # A story added moves few others: under two of 2,000 on average (numbered in archive
    # order, every story after it moved: a thousand on average).
    moved = []
    for _ in range(30):
        added = search_numbers.numbering([*paths, f"stories/{rng.randrange(16**10):010x}.html"],
                                         [*counts, rng.choice((1, 1, 2, 6))])
        assert added.space == base.space
        moved.append(sum(a != b for a, b in zip(base.first, added.first, strict=False)))
    assert sum(moved) <= 60 and max(moved) <= 20 and moved.count(0) >= 10, moved
