"""The previous site in the output folder, read as an input: the story ids it published,
and its search index files.

A story whose id changed (a corrected headline on an unplaced page, a better segmentation)
keeps its old URL working: the index matches each old id to a story of this build and the
site writes a small redirect page for it, listed in ``data/redirects.json``.
"""

from __future__ import annotations

import dataclasses
import json
import marshal
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STORIES = "data/stories.json"
PAGES = "data/pages.json"
REDIRECTS = "data/redirects.json"
SUMMARY_VERSION = 1  # of ``summary``'s bytes


@dataclass(frozen=True)
class OldStory:
    """What the previous site said about one story: enough to find it again."""

    id: str
    source: str | None
    position: int | None
    headline: str | None
    opening: str | None  # first 40 characters of its own text
    paper: str | None = None
    issue_date: str | None = None
    page_number: str | None = None


@dataclass(frozen=True)
class PreviousSite:
    """Story ids and redirects of the site last written to the output folder."""

    stories: tuple[OldStory, ...] = ()
    redirects: Mapping[str, str] = field(default_factory=dict)


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        # No previous site, or one this version cannot read: nothing to keep working.
        return None


def load(out: Path, record: Path | None = None) -> PreviousSite:
    """The previous site in ``out`` (empty when there is none); its stories from
    ``record`` when that is the summary the build that wrote the site kept of them
    (``summary``), else from ``data/stories.json``."""
    stories = _summarised(out, record) if record is not None else None
    if stories is None:
        entries = _json(out / STORIES)
        pages = _json(out / PAGES)
        stories = old_stories(
            (e for e in (entries if isinstance(entries, list) else ())
             if isinstance(e, dict) and isinstance(e.get("id"), str)),
            (p for p in (pages if isinstance(pages, list) else ())
             if isinstance(p, dict) and isinstance(p.get("source"), str)))
    return PreviousSite(stories, _redirects(out))


def _redirects(out: Path) -> dict[str, str]:
    redirects = _json(out / REDIRECTS)
    if not isinstance(redirects, dict):
        return {}
    return {k: v for k, v in redirects.items() if isinstance(k, str) and isinstance(v, str)}


def old_stories(entries: Iterable[Mapping[str, Any]],
                pages: Iterable[Mapping[str, Any]]) -> tuple[OldStory, ...]:
    """Each story of ``entries`` (``data/stories.json``'s, in its order) as an
    ``OldStory``, placed by ``pages`` (``data/pages.json``'s entries)."""
    places = {page["source"]: page for page in pages}
    stories: list[OldStory] = []
    per_source: dict[str | None, int] = {}
    for entry in entries:
        source = entry.get("source")
        # The file lists the stories of each source in page order.
        position = per_source.get(source, 0)
        per_source[source] = position + 1
        text = entry.get("text")
        place = places.get(source) or {}
        stories.append(OldStory(
            id=entry["id"], source=source, position=position, headline=entry.get("headline"),
            opening=text[:40] if isinstance(text, str) and text else None,
            paper=place.get("paper"), issue_date=place.get("date"),
            page_number=place.get("page_number"),
        ))
    return tuple(stories)


def summary(out: Path, stories: Iterable[OldStory]) -> bytes:
    """What ``load`` needs of the site just written to ``out``, whose
    ``data/stories.json`` lists ``stories``: kept beside the build's other records, it
    spares the next build reading that file (100 MB at 10,000 stories, 1.5–2.6 s of CPU).
    The file's size and time are in it: a site changed since is read again."""
    return marshal.dumps((SUMMARY_VERSION, _stat(out),
                          tuple(dataclasses.astuple(story) for story in stories)))


def _stat(out: Path) -> tuple[int, int] | None:
    try:
        stat = (Path(out) / STORIES).stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _summarised(out: Path, record: Path) -> tuple[OldStory, ...] | None:
    """The stories of ``record`` (see ``summary``), or None when it is missing, damaged
    or describes another ``data/stories.json`` than the one in ``out``."""
    try:
        version, stat, rows = marshal.loads(Path(record).read_bytes())
        if version != SUMMARY_VERSION or stat is None or tuple(stat) != _stat(out):
            return None
        return tuple(OldStory(*row) for row in rows)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def load_apart(out: Path, record: Path | None = None) -> Callable[[], PreviousSite]:
    """``load(out, record)``, begun now in a forked process when ``record`` cannot stand
    for ``data/stories.json``; call the result for it.

    That file holds every story's text (100 MB at 10,000 stories, 1.4 s to read): a build
    reads it while it analyses its files, on the core that is free when only a few files
    changed.
    """
    if not (Path(out) / STORIES).is_file():
        return PreviousSite  # no site there: nothing to read
    if record is not None and (stories := _summarised(out, record)) is not None:
        site = PreviousSite(stories, _redirects(out))  # a few milliseconds: read here
        return lambda: site
    from cqnews_site.forked import Forked

    forked = Forked(load, Path(out))

    def result() -> PreviousSite:
        try:
            return forked.result()
        except ChildProcessError:  # the process was killed: read it here after all
            return load(Path(out))

    return result


@dataclass(frozen=True)
class SearchFiles:
    """The last site's search index: its bootstrap, and the bytes of the index file of
    each first key the bootstrap lists, in that order."""

    boot: Mapping[str, Any]
    files: tuple[bytes, ...]


def search_index(site: Path, version: str, path_of: Callable[[str], str],
                 boot_path: str = "search/boot.json") -> SearchFiles | None:
    """The search index of ``site`` when its bootstrap has ``version``, with each index
    file at ``path_of(first key)``; None when any of it cannot be read."""
    try:
        boot = json.loads((Path(site) / boot_path).read_bytes())
        if not isinstance(boot, dict) or boot.get("version") != version:
            return None
        keys = boot["keys"]
        files = tuple((Path(site) / path_of(key)).read_bytes() for key in keys)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return SearchFiles(boot, files)
