"""Output paths of the site: readable, stable and collision-free.

Every page path is computed here once, from a record's identity (story id, person id,
canonical district name, source path), never from a transliterated slug. Chinese stays
Chinese in file names; only characters that file systems or URLs cannot carry are
replaced. Two records that would want the same file name get distinct ones: the first in
sorted order of their keys keeps the plain name, the others get ``-2``, ``-3``… so the
assignment does not depend on the order the archive happens to list them in.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from urllib.parse import quote

from cqnews_site.model.records import Story

# Characters that are unsafe in a file name on some system, or meaningful in a URL path.
_UNSAFE = re.compile(r"[\x00-\x20\x7f/\\:*?\"<>|#%&+;=\[\]{}^`'!$,@~]+")
_MAX_NAME = 80  # characters; file systems limit names to 255 bytes and CJK is 3 bytes each

STORIES = "stories"
PEOPLE = "people"
DISTRICTS = "districts"
KEYWORDS = "keywords"
SECTIONS = "sections"
DATES = "dates"
PAGES = "pages"
POSTS = "posts"
PAPERS = "papers"
CITE = "cite"


def slug(text: str) -> str:
    """A file-name-safe form of ``text`` that keeps CJK and other letters readable."""
    text = unicodedata.normalize("NFC", text).strip()
    text = _UNSAFE.sub("-", text).strip("-.")
    if len(text) > _MAX_NAME:
        text = text[:_MAX_NAME].rstrip("-.")
    return text or "_"


@lru_cache(maxsize=1 << 16)
def href(path: str) -> str:
    """Percent-encode a site path for use in an ``href`` (the file on disk keeps Chinese)."""
    return quote(path, safe="/#-._~")


def relative_root(path: str) -> str:
    """The prefix that leads from the page at ``path`` back to the site root ("", "../", …)."""
    depth = path.count("/")
    return "../" * depth


def page_path(path: str, number: int) -> str:
    """Path of page ``number`` (1-based) of a paginated list whose first page is ``path``.

    ``keywords/教育.html`` continues at ``keywords/教育/2.html`` and ``stories/index.html``
    at ``stories/page/2.html``: a folder never collides with a ``.html`` file name.
    """
    if number <= 1:
        return path
    folder, name = posixpath.split(path)
    if name == "index.html":
        return posixpath.join(folder, "page", f"{number}.html")
    return posixpath.join(folder, name.removesuffix(".html"), f"{number}.html")


class Namespace:
    """File names within one folder, assigned to keys without collisions.

    Names are compared case-insensitively so the site also unpacks on case-insensitive
    file systems (macOS, Windows).
    """

    def __init__(
        self,
        folder: str,
        keys: Iterable[str],
        reserved: Iterable[str] = (),
        wanted: Callable[[str], str] = lambda key: key,
    ):
        self.folder = folder
        self._wanted = wanted
        self._names: dict[str, str] = {}
        taken = {name.casefold() for name in reserved}
        # A key whose name needs no change keeps it, whatever else arrives later; the
        # others follow in sorted order, so the result never depends on input order.
        keys = sorted(set(keys), key=lambda k: (slug(wanted(k)) != wanted(k), k))
        for key in keys:
            base = slug(wanted(key))
            name, n = base, 1
            while name.casefold() in taken:
                n += 1
                name = f"{base}-{n}"
            taken.add(name.casefold())
            self._names[key] = name

    def __contains__(self, key: str) -> bool:
        return key in self._names

    def names(self) -> list[str]:
        """Every file stem assigned."""
        return list(self._names.values())

    def assigned(self) -> dict[str, str]:
        """Every key with its file stem."""
        return dict(self._names)

    def irregular(self) -> dict[str, str]:
        """The keys whose stem is not simply their slug (a collision, a reserved name):
        with these, ``name`` of any key is known."""
        return {k: v for k, v in self._names.items() if v != slug(self._wanted(k))}

    def name(self, key: str) -> str:
        """The unique file stem assigned to ``key``."""
        return self._names[key]

    def path(self, key: str) -> str:
        """The page path of ``key``: ``<folder>/<name>.html``."""
        return f"{self.folder}/{self._names[key]}.html"


def story_namespace(story_ids: Iterable[str]) -> Namespace:
    """File names of the story pages (the search index names them too)."""
    return Namespace(STORIES, story_ids, reserved=["index"])


class SiteUrls:
    """Every page path of one archive. Templates reach it as ``u``."""

    def __init__(
        self,
        story_ids: Iterable[str],
        person_ids: Iterable[str],
        districts: Iterable[str],
        keywords: Iterable[str],
        sections: Iterable[str],
        sources: Iterable[str],
        post_ids: Iterable[str] = (),
        papers: Iterable[str] = (),
    ):
        # "index" is reserved in every folder that has an index page.
        self.stories = story_namespace(story_ids)
        self.people = Namespace(PEOPLE, person_ids, reserved=["index"])
        self.districts = Namespace(DISTRICTS, districts, reserved=["index"])
        self.keywords = Namespace(KEYWORDS, keywords, reserved=["index"])
        self.sections = Namespace(SECTIONS, sections, reserved=["index"])
        self.pages = Namespace(PAGES, sources, reserved=["index"], wanted=_source_stem)
        self.posts = Namespace(POSTS, post_ids, reserved=["index"])
        self.papers = Namespace(PAPERS, papers, reserved=["index"])

    def story(self, story: str | Story, anchor: str | None = None) -> str:
        """Path of a story page (from its id or record), with ``#anchor`` for one of its items."""
        path = self.stories.path(story if isinstance(story, str) else story.id)
        return f"{path}#{anchor}" if anchor else path

    def story_cite(self, story_id: str, ext: str) -> str:
        """Path of a story's citation file (``json`` CSL-JSON, ``bib`` BibTeX, ``ris``)."""
        return f"{CITE}/{self.stories.name(story_id)}.{ext}"

    def paper(self, paper: str) -> str:
        """Path of a paper's page (its issues on a calendar)."""
        return self.papers.path(paper)

    def issue(self, paper: str, date: str) -> str:
        """Path of one issue of a paper (its 版面 in order)."""
        return f"{PAPERS}/{self.papers.name(paper)}/{date}.html"

    def person(self, person_id: str) -> str:
        """Path of a person's page."""
        return self.people.path(person_id)

    def person_feed(self, person_id: str) -> str:
        """Path of a person's Atom feed."""
        return f"{PEOPLE}/{self.people.name(person_id)}.xml"

    def district(self, name: str) -> str:
        """Path of a district's page (canonical name kept in Chinese)."""
        return self.districts.path(name)

    def district_feed(self, name: str) -> str:
        """Path of a district's Atom feed."""
        return f"{DISTRICTS}/{self.districts.name(name)}.xml"

    def post(self, post_id: str) -> str:
        """Path of a post's page (北碚区委书记 and its holders), from the post's id."""
        return self.posts.path(post_id)

    def keyword(self, keyword: str) -> str:
        """Path of a keyword's page."""
        return self.keywords.path(keyword)

    def section(self, section: str) -> str:
        """Path of a section's (栏目) page."""
        return self.sections.path(section)

    def source(self, source: str) -> str:
        """Path of a source page (版面) from its seed path."""
        return self.pages.path(source)

    @staticmethod
    def year(year: str | int) -> str:
        """Path of a year's archive page."""
        return f"{DATES}/{year}/index.html"

    @staticmethod
    def month(year: str | int, month: str | int) -> str:
        """Path of a month's archive page."""
        return f"{DATES}/{year}/{int(month):02d}/index.html"

    @staticmethod
    def day(date: str) -> str:
        """Path (with the day's anchor) of a full date ``YYYY-MM-DD``."""
        year, month, day = date.split("-")
        return f"{DATES}/{year}/{month}/index.html#d{day}"

    home = "index.html"
    stories_index = f"{STORIES}/index.html"
    people_index = f"{PEOPLE}/index.html"
    districts_index = f"{DISTRICTS}/index.html"
    keywords_index = f"{KEYWORDS}/index.html"
    sections_index = f"{SECTIONS}/index.html"
    dates_index = f"{DATES}/index.html"
    undated = f"{DATES}/undated.html"
    pages_index = f"{PAGES}/index.html"
    posts_index = f"{POSTS}/index.html"
    papers_index = f"{PAPERS}/index.html"
    editors = "editors.html"
    favicon = "static/favicon.svg"
    feed = "feed.xml"
    search = "search.html"
    stylesheet = "static/style.css"


def _source_stem(source: str) -> str:
    """A seed path without its extension, folders joined: ``2024/a.txt`` → ``2024_a``."""
    return posixpath.splitext(source)[0].replace("/", "_")
