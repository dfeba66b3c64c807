"""Where a page was printed: paper, issue date, 期号, 版次 and 版名.

Three sources, strongest first: the file's front matter (``paper``, ``date``, ``page``,
``page_name``, ``issue_number``), the folder convention ``<paper>/<YYYY-MM-DD>/<版次>.txt`` (also
``<版次>-<版名>.txt``), then what the segmenter read off the page's own masthead. Applied
once per page after the per-file cache, so a file moved into the convention is placed
without being analysed again. A story on a placed page gets an id from its place
(``model.ids.placed_story_id``), and a story without a date of its own takes the issue's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import posixpath
import re

from cqnews_site.model.dates import is_full_date
from cqnews_site.model.ids import placed_story_id
from cqnews_site.model.records import Page

# 版次 as a file stem: "1", "01", "A3", "第2版", optionally "-版名" or "_版名" after it.
_PAGE_STEM = re.compile(r"^第?(?P<number>[A-Za-z]{0,2}\d{1,3})版?(?:[-_ ](?P<name>.+))?$")


def page_number(printed: str | None) -> str | None:
    """A 版次 as a reader writes it: ``第02版`` → ``2``, ``A03`` → ``A3``; None if empty."""
    if not printed:
        return None
    text = printed.strip().removeprefix("第").removesuffix("版").strip()
    match = re.fullmatch(r"([A-Za-z]*)0*(\d+)", text)
    if match:
        return f"{match[1].upper()}{int(match[2])}"
    return text or None


def paper_name(printed: str | None) -> str | None:
    """A paper's name without book-title marks: ``《巫溪报》`` → ``巫溪报``."""
    if not printed:
        return None
    return printed.strip().strip("《》〈〉").strip() or None


def issue_number(printed: str | None) -> str | None:
    """A 期号 as the masthead reader keeps it: ``第3127期`` → ``3127``; None if empty."""
    if not printed:
        return None
    match = re.fullmatch(r"第?\s*0*(\d+)\s*期?", printed.strip())
    return match[1] if match else printed.strip() or None


def folder_facts(path: str) -> dict[str, str]:
    """Paper, date, 版次 (and 版名) from a seed path ``<paper>/<YYYY-MM-DD>/<版次>.txt``.

    Empty when the path does not follow the convention (any deeper folders are allowed
    above the paper's).
    """
    parts = path.split("/")
    if len(parts) < 3:
        return {}
    paper, date, name = parts[-3], parts[-2], posixpath.splitext(parts[-1])[0]
    stem = _PAGE_STEM.match(name)
    if not is_full_date(date) or not stem:
        return {}
    try:
        dt.date(*(int(g) for g in date.split("-")))
    except ValueError:
        return {}
    facts = {"paper": paper, "date": date, "page_number": page_number(stem["number"]) or ""}
    if stem["name"]:
        facts["page_name"] = stem["name"].strip()
    return facts


def place(page: Page) -> Page:
    """``page`` with its paper, date, 版次 and 版名 filled in, and its stories placed."""
    meta, folder = page.meta, folder_facts(page.source)
    paper = paper_name(meta.paper or folder.get("paper") or page.paper)
    date = meta.date or folder.get("date") or page.date
    number = page_number(meta.page or folder.get("page_number") or page.page_number)
    name = meta.page_name or folder.get("page_name") or page.page_name
    issue = issue_number(meta.issue_number) or page.issue_number
    if not (paper or date or number or name or issue):
        return page
    stories = []
    for story in page.stories:
        changes: dict = {"paper": paper or story.paper, "page": number or story.page}
        if date and not is_full_date(story.date):
            # A year-less dateline (--08-26) is completed from the issue; none at all
            # means the story is of the issue's day.
            changes["date"] = date[:4] + story.date[1:] if story.date else date
        if paper and date and number:
            changes["id"] = placed_story_id(paper, date, number, story.position)
        stories.append(dataclasses.replace(story, **changes))
    year = page.year
    if year is None and date:
        year = int(date[:4])
    return dataclasses.replace(
        page, paper=paper, date=date, page_number=number, page_name=name, issue_number=issue,
        stories=tuple(stories), year=year,
        year_evidence=page.year_evidence if page.year is not None or not date else "issue date",
    )
