"""The newspaper as readers browse it: paper → issue (date) → 版面 → story.

Views (plain dicts) and generators for the papers index, a page per paper (its issues on
a calendar by year and month), a page per issue (its 版面 in order with their stories),
the place of a story (``《巫溪报》2024年8月27日 第1版``), its citation files, and the
redirect pages that keep old story URLs working. Every lookup comes from ``ctx.index``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from cqnews_site.index.lookups import Issue
from cqnews_site.inputs.placement import page_number
from cqnews_site.model.dates import cn_date, is_full_date
from cqnews_site.model.records import Page, Story
from cqnews_site.site import cite, urls
from cqnews_site.site.context import SiteContext
from cqnews_site.site.dependencies import UNCHANGED

Output = tuple[str, bytes, str]  # as in pages.py (which imports this module)

# Labels for what the archive does not know: never a file name in their place.
NO_PAPER = "未注明报纸"
NO_DATE = "日期不详"
NO_PAGE = "未注明版面"
WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")


def page_number_label(page: Page | None) -> str:
    """``第1版``, or ``未注明版面``."""
    number = (page.page_number or page_number(page.meta.page)) if page else None
    return f"第{number}版" if number else NO_PAGE


def place_label(page: Page | None, story: Story | None = None) -> str:
    """Where a story or 版面 was printed: ``《巫溪报》2024年8月27日 第1版``; what is not
    known is said so (``未注明报纸``), never replaced by the seed file's name."""
    paper = (page.paper or page.meta.paper if page else None) or (story.paper if story else None)
    date = page.date if page else None
    if not date:
        date = (f"{page.year}年" if page and page.year else None)
    when = cn_date(date) if date and is_full_date(date) else (date or NO_DATE)
    # 《巫溪报》2024年8月27日: the title marks separate; a plain label needs a space.
    head = f"《{paper}》{when}" if paper else f"{NO_PAPER} {when}"
    return f"{head} {page_number_label(page)}"


def page_title(page: Page | None) -> str:
    """Title of a 版面 page: its place and, when printed, its name (``第1版 要闻``)."""
    label = place_label(page)
    return f"{label} {page.page_name}" if page and page.page_name else label


def _page(ctx: SiteContext, template: str, path: str, origin: str, /, **context) -> Output:
    return path, ctx.render(template, path, **context), origin


def _issue_link(ctx: SiteContext, issue: Issue) -> dict[str, Any]:
    return {"paper": issue.paper, "date": issue.date, "number": issue.number,
            "url": ctx.u.issue(issue.paper, issue.date), "pages": len(issue.pages)}


def _page_link(ctx: SiteContext, page: Page) -> dict[str, Any]:
    return {"label": page_number_label(page), "name": page.page_name,
            "url": ctx.u.source(page.source), "source": page.source,
            "count": len(ctx.index.by_source.get(page.source, ()))}


def issue_of(ctx: SiteContext, page: Page | None) -> Issue | None:
    """The issue a 版面 belongs to, None when its paper or date is unknown."""
    if page is None or not page.paper or not page.date:
        return None
    return ctx.index.issues.get((page.paper, page.date))


def same_day(ctx: SiteContext, issue: Issue) -> list[dict[str, Any]]:
    """同日其他报纸: the other papers' issues of the same date."""
    return [_issue_link(ctx, ctx.index.issues[(paper, issue.date)])
            for paper in ctx.index.day_papers.get(issue.date, ()) if paper != issue.paper]


def source_place(ctx: SiteContext, source: str) -> dict[str, Any]:
    """A 版面's place for its page: label, paper and issue links, the issue's other 版面."""
    page = ctx.index.pages.get(source)
    issue = issue_of(ctx, page)
    pages = [_page_link(ctx, p) for p in issue.pages] if issue else []
    at = next((i for i, p in enumerate(pages) if p["source"] == source), None)
    return {
        "label": page_title(page),
        "page": page,
        "paper_url": ctx.u.paper(page.paper) if page and page.paper in ctx.u.papers else None,
        "issue": _issue_link(ctx, issue) if issue else None,
        "issue_pages": pages,
        "prev_page": pages[at - 1] if at else None,
        "next_page": pages[at + 1] if at is not None and at + 1 < len(pages) else None,
        "same_day": same_day(ctx, issue) if issue else [],
    }


def reference(ctx: SiteContext, story: Story) -> cite.Reference:
    """The citation data of a story: its issue's date and 版次 when known."""
    page = ctx.index.pages.get(story.source)
    date = page.date if page and page.date else (story.date if is_full_date(story.date)
                                                 else None)
    url = ctx.base_url + urls.href(ctx.story_path(story)) if ctx.base_url else None
    return cite.Reference(
        key=story.id, title=story.headline, authors=story.reporters,
        paper=(page.paper if page else None) or story.paper, date=date,
        page=(page.page_number if page else None) or story.page, url=url,
    )


def _part(ctx: SiteContext, story_id: str | None) -> dict[str, Any] | None:
    if story_id is None:
        return None
    story = ctx.index.story[story_id]
    page = ctx.index.pages.get(story.source)
    return {"story": story, "url": ctx.story_path(story), "page": page_number_label(page)}


def story_place(ctx: SiteContext, story: Story) -> dict[str, Any]:
    """What a story page shows of where it was printed, how to cite it and its other parts."""
    place = source_place(ctx, story.source)
    ref = reference(ctx, story)
    came_from, goes_to = ctx.index.continued.get(story.id, (None, None))
    # The whole story on one page: the first part shows every following part.
    rest, seen, nxt = [], {story.id}, goes_to
    if came_from is None:
        while nxt and nxt not in seen:
            seen.add(nxt)
            rest.append(_part(ctx, nxt))
            nxt = ctx.index.continued.get(nxt, (None, None))[1]
    return {
        **place,
        "place": place_label(ctx.index.pages.get(story.source), story),
        "cite": {
            "text": cite.gbt7714(ref),
            "files": [{"label": label, "url": ctx.u.story_cite(story.id, ext), "ext": ext}
                      for label, ext in (("CSL-JSON", "json"), ("BibTeX", "bib"),
                                         ("RIS", "ris"))],
        },
        "continued_from": _part(ctx, came_from),
        "continued_to": _part(ctx, goes_to),
        "continuation": rest,
    }


def _calendar(ctx: SiteContext, issues: tuple[Issue, ...]) -> list[dict[str, Any]]:
    """Years (newest first) → months → weeks of days, each day linked when an issue exists."""
    by_month: dict[str, dict[str, dict[int, Issue]]] = defaultdict(lambda: defaultdict(dict))
    for issue in issues:
        y, m, d = issue.date.split("-")
        by_month[y][m][int(d)] = issue
    years = []
    for y in sorted(by_month, reverse=True):
        months = []
        for m in sorted(by_month[y], reverse=True):
            weeks = []
            for week in calendar.Calendar(firstweekday=0).monthdayscalendar(int(y), int(m)):
                days = []
                for day in week:
                    issue = by_month[y][m].get(day)
                    days.append({"day": day or None,
                                 "url": ctx.u.issue(issue.paper, issue.date) if issue else None,
                                 "date": f"{y}-{m}-{day:02d}" if day else None})
                weeks.append(days)
            months.append({"month": int(m), "weeks": weeks, "count": len(by_month[y][m]),
                           "id": f"m{y}{m}"})
        years.append({"year": y, "months": months,
                      "count": sum(x["count"] for x in months)})
    return years


def papers(ctx: SiteContext) -> Iterator[Output]:
    """The papers index, a page per paper and a page per issue."""
    for _ in ctx.shard.once():
        yield from _papers(ctx)


def _papers(ctx: SiteContext) -> Iterator[Output]:
    index = ctx.index
    rows = []
    for paper, issues in index.papers.items():
        stories = sum(len(index.by_source.get(p.source, ())) for i in issues for p in i.pages)
        rows.append({"name": paper, "url": ctx.u.paper(paper), "issues": len(issues),
                     "first": issues[0].date, "last": issues[-1].date, "stories": stories})
    unplaced = [{"title": page_title(p), "url": ctx.u.source(p.source)}
                for p in sorted(index.pages.values(), key=lambda p: p.source)
                if issue_of(ctx, p) is None]
    yield _page(ctx, "papers_index.html", ctx.u.papers_index, "papers index",
                papers=rows, unplaced=unplaced)
    for paper, issues in index.papers.items():
        yield _page(ctx, "paper.html", ctx.u.paper(paper), f"paper {paper!r}", paper=paper,
                    years=_calendar(ctx, issues), weekdays=WEEKDAYS,
                    latest=_issue_link(ctx, issues[-1]), count=len(issues))
        for i, issue in enumerate(issues):
            pages = []
            for page in issue.pages:
                pages.append({**_page_link(ctx, page), "banner": page.banner,
                              "stories": list(index.by_source.get(page.source, ()))})
            yield _page(ctx, "issue.html", ctx.u.issue(paper, issue.date),
                        f"issue {paper!r} {issue.date}", issue=_issue_link(ctx, issue),
                        paper_url=ctx.u.paper(paper), pages=pages,
                        weekday=WEEKDAYS[dt.date.fromisoformat(issue.date).weekday()],
                        older=_issue_link(ctx, issues[i - 1]) if i else None,
                        newer=_issue_link(ctx, issues[i + 1]) if i + 1 < len(issues) else None,
                        same_day=same_day(ctx, issue))  # fmt: skip


def citations(ctx: SiteContext) -> Iterator[Output]:
    """CSL-JSON, BibTeX and RIS files of every story (``cite/``)."""
    for story in ctx.shard.mine(ctx.index.archive.stories):
        ref = reference(ctx, story)
        paths = {ext: ctx.u.story_cite(story.id, ext) for ext in cite.FORMATS}
        # Each file is the code's function of the reference alone: kept while it is equal.
        kept = [ctx.unchanged(path, ref) for path in paths.values()]
        made = cite.files(ref) if not all(kept) else {}
        for (ext, path), same in zip(paths.items(), kept, strict=True):
            yield (path, UNCHANGED if same else made[ext], f"citation of story {story.id!r}")


def redirect_paths(ctx: SiteContext) -> dict[str, str]:
    """Old story id → the path of its redirect page (none where a current page took it)."""
    taken = {name.casefold() for name in (*ctx.u.stories.names(), "index")}
    found = {}
    for old in ctx.index.redirects:
        name = urls.slug(old)
        if name.casefold() not in taken:
            found[old] = f"{urls.STORIES}/{name}.html"
    return found


def redirects(ctx: SiteContext) -> Iterator[Output]:
    """A small page at each old story URL that sends the reader to where the story is now."""
    for old, path in ctx.shard.mine(sorted(redirect_paths(ctx).items())):
        new = ctx.index.redirects[old]
        story = ctx.index.story[new]
        yield _page(ctx, "redirect.html", path, f"redirect {old!r} → {new!r}", story=story,
                    target=ctx.story_path(story))
