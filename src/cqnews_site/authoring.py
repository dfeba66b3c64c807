"""``cqnews new``: a new editor's article, front matter filled in, ready to write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from cqnews_site.site.urls import slug

ARTICLES = "articles"  # folder under the seeds folder for editors' articles


class ArticleExists(Exception):
    """The article file is there already; nothing was written."""


def new_article(seeds: Path, title: str, date: str | None = None, section: str | None = None,
                paper: str | None = None, page: str | None = None,
                reporters: tuple[str, ...] = (), district: str | None = None,
                today: dt.date | None = None) -> Path:
    """Write ``<seeds>/articles/<date>-<title>.md`` with its front matter; returns the path.

    ``date`` is YYYY-MM-DD (default: today). The body holds the title as a heading and a
    line to replace with the text; an existing file is never overwritten.
    """
    day = dt.date.fromisoformat(date) if date else (today or dt.date.today())
    date = day.isoformat()
    meta = {"title": title, "date": date, "section": section, "paper": paper, "page": page,
            "reporters": list(reporters) or None, "district": district}
    front = yaml.safe_dump({k: v for k, v in meta.items() if v is not None},
                           allow_unicode=True, sort_keys=False, default_flow_style=False)
    path = seeds / ARTICLES / f"{date}-{slug(title)}.md"
    if path.exists():
        raise ArticleExists(f"{path} exists already; choose another title or edit that file")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n\n# {title}\n\n（在此撰写正文。）\n", encoding="utf-8")
    return path
