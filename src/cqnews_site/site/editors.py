"""The editors' page: what in the inputs needs a correction (linked from the footer only)."""

from __future__ import annotations

from collections.abc import Iterator

from cqnews_site.model.dates import is_full_date
from cqnews_site.site.context import SiteContext
from cqnews_site.site.papers import Output, page_title


def editors(ctx: SiteContext) -> Iterator[Output]:
    """``editors.html``: undated stories, unplaced pages, post conflicts, build warnings."""
    for _ in ctx.shard.once():
        yield _editors_page(ctx)


def _editors_page(ctx: SiteContext) -> Output:
    index = ctx.index
    undated = [
        {"story": s, "url": ctx.story_path(s), "where": f"{s.source}:{s.line}",
         "date": s.date}
        for s in index.archive.stories if not is_full_date(s.date)
    ]
    unplaced = [
        {"title": page_title(p), "url": ctx.u.source(p.source), "source": p.source,
         "missing": [label for label, value in (("报纸", p.paper), ("日期", p.date),
                                                ("版次", p.page_number)) if not value]}
        for p in sorted(index.pages.values(), key=lambda p: p.source)
        if not (p.paper and p.date and p.page_number)
    ]
    conflicts = [
        {"title": c.title, "url": ctx.u.post(c.post_id), "holders": c.holders}
        for c in index.archive.conflicts if c.post_id in index.posts
    ]
    diagnostics = sorted(index.archive.diagnostics,
                         key=lambda d: (d.source, d.line or 0, d.severity, d.message))
    path = ctx.u.editors
    return path, ctx.render("editors.html", path, undated=undated, unplaced=unplaced,
                           conflicts=conflicts, diagnostics=diagnostics), "editors' page"
