"""Page generators: one per family of pages, each yielding ``(path, bytes, origin)``.

Every generator has the same shape, ``generator(ctx) -> Iterator[Output]``; ``render.py``
runs them in order into one ``SiteFiles``, which refuses a path twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from cqnews_site.model.dates import is_full_date
from cqnews_site.output.files import Pieces
from cqnews_site.site import papers, tilemap, urls, views
from cqnews_site.site.context import SiteContext

Output = tuple[str, bytes | Pieces, str]  # site path, content, what made it (for messages)

PAGE_SIZE = 20  # entries per page of a long list
HOME_STORIES = 12
HOME_PEOPLE = 24


PAGER_AROUND = 2  # pages linked on each side of the current one (besides the first and last)


def page_window(number: int, count: int, around: int = PAGER_AROUND) -> list[int | None]:
    """The page numbers a pager links, ``None`` for a gap: the first, the last and
    ``around`` either side of ``number``. A gap of one page shows that page instead.

    >>> page_window(7, 20)
    [1, None, 5, 6, 7, 8, 9, None, 20]
    """
    shown = sorted({1, count, *range(max(1, number - around), min(count, number + around) + 1)})
    window: list[int | None] = []
    for n in shown:
        if window and n - window[-1] == 2:
            window.append(n - 1)
        elif window and n - window[-1] > 2:
            window.append(None)
        window.append(n)
    return window


@dataclass(frozen=True)
class Pager:
    """One page of a long list: its entries, its neighbours and the pages it links.

    A list of n pages links a few pages from each (``page_window``), not all n: the links
    of every page of a long list together would grow as n².
    """

    number: int
    count: int
    items: Sequence[Any]
    total: int
    prev: str | None  # path of the previous page, if any
    next: str | None  # path of the next page, if any
    window: tuple[tuple[int, str | None], ...]  # (number, path); path None for a gap


def paginate(path: str, items: Sequence[Any], size: int = PAGE_SIZE) -> list[tuple[str, Pager]]:
    """Split ``items`` into pages; the first is at ``path``, the others beside it."""
    count = max(1, -(-len(items) // size))
    paths = [urls.page_path(path, n) for n in range(1, count + 1)]
    return [
        (paths[n - 1], Pager(
            n, count, items[(n - 1) * size : n * size], len(items),
            prev=paths[n - 2] if n > 1 else None,
            next=paths[n] if n < count else None,
            window=tuple((k, paths[k - 1]) if k else (0, None) for k in page_window(n, count))))
        for n in range(1, count + 1)
    ]


def _page(ctx: SiteContext, template: str, path: str, origin: str, /, **context) -> Output:
    return path, ctx.render(template, path, **context), origin


def _listing(ctx: SiteContext, template: str, path: str, entries: Sequence[Any], origin: str,
             /, **context) -> Iterator[Output]:
    with ctx.shared():  # ``context`` is the same for every page: read it once
        for p, pager in paginate(path, entries):
            yield _page(ctx, template, p, f"{origin} (page {pager.number})", pager=pager,
                        **context)


def home(ctx: SiteContext) -> Iterator[Output]:
    """The home page and the full story list."""
    index, u = ctx.index, ctx.u
    for _ in ctx.shard.once():
        top_people = [
            {"person": index.people[pid], "url": u.person(pid), "count": n}
            for pid, n in index.mention_counts[:HOME_PEOPLE]
        ]
        yield _page(ctx, "home.html", u.home, "home page",
                    latest=index.newest[:HOME_STORIES], story_count=len(index.story),
                    districts=views.district_rows(ctx), top_people=top_people,
                    sections=views.section_rows(ctx), years=_date_tree(ctx),
                    has_posts=bool(index.posts), tilemap=tilemap.tilemap_view(ctx))  # fmt: skip
    for _ in ctx.shard.once():
        yield from _listing(ctx, "stories.html", u.stories_index, index.newest, "story list")


def stories(ctx: SiteContext) -> Iterator[Output]:
    """A page per story."""
    for story in ctx.shard.mine(ctx.index.archive.stories):
        path = ctx.story_path(story)
        origin = f"story {story.id!r} ({story.source}, story {story.position + 1})"
        yield _page(ctx, "story.html", path, origin,
                    **views.story_view(ctx, story, urls.relative_root(path)),
                    **papers.story_place(ctx, story))


def people(ctx: SiteContext) -> Iterator[Output]:
    """A page per person (their appearances paginated) and the people index."""
    for person in ctx.shard.mine(ctx.index.archive.people):
        view = views.person_view(ctx, person)
        yield from _listing(ctx, "person.html", ctx.u.person(person.id), view.pop("appearances"),
                            f"person {person.id!r}", feed_url=ctx.u.person_feed(person.id),
                            **view)  # fmt: skip
    for _ in ctx.shard.once():
        yield _page(ctx, "people_index.html", ctx.u.people_index, "people index",
                    **views.people_index(ctx))


def districts(ctx: SiteContext) -> Iterator[Output]:
    """A page per district (its stories paginated) and the districts index."""
    for name in ctx.shard.mine(sorted(ctx.index.district_names, key=ctx.u.district)):
        view = views.district_view(ctx, name)
        yield from _listing(ctx, "district.html", ctx.u.district(name), view.pop("stories"),
                            f"district {name!r}", **view)
    for _ in ctx.shard.once():
        yield _page(ctx, "districts_index.html", ctx.u.districts_index, "district index",
                    districts=views.district_rows(ctx), tilemap=tilemap.tilemap_view(ctx))


def posts(ctx: SiteContext) -> Iterator[Output]:
    """A page per post (an office and its holders) and the posts index."""
    for post in ctx.shard.mine(ctx.index.archive.posts):
        yield _page(ctx, "post.html", ctx.u.post(post.id), f"post {post.id!r}",
                    **views.post_view(ctx, post))
    for _ in ctx.shard.once():
        yield _page(ctx, "posts_index.html", ctx.u.posts_index, "post index",
                    **views.posts_index(ctx))


def keywords(ctx: SiteContext) -> Iterator[Output]:
    """A page per keyword and the keywords index."""
    for kw, found in ctx.shard.mine(sorted(ctx.index.keywords.items())):
        yield from _listing(ctx, "keyword.html", ctx.u.keyword(kw), found, f"keyword {kw!r}",
                            keyword=kw)
    for _ in ctx.shard.once():
        rows = sorted(
            ({"name": k, "url": ctx.u.keyword(k), "count": len(v)}
             for k, v in ctx.index.keywords.items()),
            key=lambda r: (-r["count"], views.pinyin_key(r["name"])),
        )
        yield _page(ctx, "keywords_index.html", ctx.u.keywords_index, "keyword index",
                    keywords=rows)


def sections(ctx: SiteContext) -> Iterator[Output]:
    """A page per section (栏目) and the sections index."""
    for section, found in ctx.shard.mine(sorted(ctx.index.sections.items())):
        yield from _listing(ctx, "section.html", ctx.u.section(section), found,
                            f"section {section!r}", section=section)
    for _ in ctx.shard.once():
        yield _page(ctx, "sections_index.html", ctx.u.sections_index, "section index",
                    sections=views.section_rows(ctx))


def _date_tree(ctx: SiteContext) -> list[dict[str, Any]]:
    """Years → months → days of every full date; a roundup's item is filed under its own
    date even when the story as a whole has no date (or another one)."""
    tree: dict[str, dict[str, dict[str, list[dict]]]] = defaultdict(lambda: defaultdict(dict))
    for story in reversed(ctx.index.newest):  # oldest first inside a day
        entries = [(story.date, None)] if is_full_date(story.date) else []
        entries += [(item.date, item) for item in story.items
                    if is_full_date(item.date) and item.date != story.date]
        for date, item in entries:
            y, m, d = date.split("-")
            url = ctx.story_path(story, item.anchor if item else None)
            tree[y][m].setdefault(d, []).append({"story": story, "item": item, "url": url})
    years = []
    for y in sorted(tree, reverse=True):
        months = []
        for m in sorted(tree[y], reverse=True):
            days = [{"day": d, "entries": tree[y][m][d]} for d in sorted(tree[y][m], reverse=True)]
            months.append({"month": m, "url": urls.SiteUrls.month(y, m), "days": days,
                           "count": _stories_in(d["entries"] for d in days)})
        # One unit everywhere: 篇 counts stories, each once, whatever its sections.
        years.append({"year": y, "url": urls.SiteUrls.year(y), "months": months,
                      "count": _stories_in(d["entries"] for m in months for d in m["days"])})
    return years


def _stories_in(entry_lists) -> int:
    return len({e["story"].id for entries in entry_lists for e in entries})


def dates(ctx: SiteContext) -> Iterator[Output]:
    """Year → month → day archive, plus the stories whose year or date is unknown."""
    for _ in ctx.shard.once():
        yield from _date_pages(ctx)


def _date_pages(ctx: SiteContext) -> Iterator[Output]:
    years = _date_tree(ctx)
    undated = [s for s in ctx.index.newest if not is_full_date(s.date)]
    yield _page(ctx, "dates_index.html", urls.SiteUrls.dates_index, "date index", years=years,
                undated_count=len(undated))
    for i, year in enumerate(years):
        newer = years[i - 1] if i > 0 else None
        older = years[i + 1] if i + 1 < len(years) else None
        with ctx.shared():  # the year is passed to each of its months unchanged
            yield _page(ctx, "year.html", year["url"], f"year {year['year']}", year=year,
                        newer=newer, older=older)
            for month in year["months"]:
                yield _page(ctx, "month.html", month["url"],
                            f"month {year['year']}-{month['month']}", year=year, month=month)
    yield _page(ctx, "undated.html", urls.SiteUrls.undated, "undated stories", stories=undated)


def sources(ctx: SiteContext) -> Iterator[Output]:
    """A page per source file (版面) with its stories in page order, and their index."""
    for source in ctx.shard.mine(ctx.index.sources):
        yield _page(ctx, "source.html", ctx.u.source(source), f"source page {source!r}",
                    source=source, record=ctx.index.pages.get(source),
                    stories=list(ctx.index.by_source.get(source, ())),
                    **papers.source_place(ctx, source))  # fmt: skip
    for _ in ctx.shard.once():
        yield _page(ctx, "pages_index.html", ctx.u.pages_index, "source page index",
                    sources=views.source_rows(ctx))


def fixed(ctx: SiteContext) -> Iterator[Output]:
    """The 404 page (links from the site root), the search page and robots.txt."""
    for _ in ctx.shard.once():
        yield _page(ctx, "404.html", "404.html", "404 page", root=ctx.base_url)
        if ctx.renderer.has("search.html"):
            yield _page(ctx, "search.html", ctx.u.search, "search page")
        robots = "User-agent: *\nAllow: /\n"
        if ctx.base_url:
            robots += f"Sitemap: {ctx.base_url}sitemap.xml\n"
        yield "robots.txt", robots.encode(), "robots.txt"


def sitemap(ctx: SiteContext, paths: Sequence[str]) -> Iterator[Output]:
    """``sitemap.xml`` of the HTML ``paths``; none without a base URL (it needs absolute URLs)."""
    if not ctx.base_url:
        return
    # Pages for people, not for search engines: the editors' page and old story addresses.
    skip = {"404.html", ctx.u.editors, *papers.redirect_paths(ctx).values()}
    html = sorted(p for p in paths if p.endswith(".html") and p not in skip)
    yield _page(ctx, "sitemap.xml", "sitemap.xml", "sitemap", paths=[urls.href(p) for p in html])
