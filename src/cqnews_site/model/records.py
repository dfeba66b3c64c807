"""Plain records passed between the pipeline stages.

Every record is a frozen dataclass holding tuples, so a stage can never change
what an earlier stage produced; a later stage makes new records with
``dataclasses.replace``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


def showable(name: str) -> bool:
    """True when ``name`` prints as itself on one line (no control characters, valid UTF-8)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return name.isprintable()


def quote(name: str) -> str:
    """``name`` for a message: as is when showable, else quoted with escapes (idempotent)."""
    return name if showable(name) else ascii(name)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in an input file, worded for the editor who must fix it."""

    source: str
    line: int | None
    severity: Severity
    message: str
    hint: str = ""

    def __str__(self) -> str:
        source = quote(self.source)  # a file name with a newline must not forge a line
        where = f"{source}:{self.line}" if self.line else source
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Editor-supplied metadata from a YAML front matter block; None means 'not given'."""

    title: str | None = None
    kicker: str | None = None  # the line over the headline (引题)
    subtitle: str | None = None  # the deck (副题)
    date: str | None = None  # "YYYY-MM-DD"
    section: str | None = None
    paper: str | None = None
    page: str | None = None  # 版次, kept as printed ("A3", "第2版")
    page_name: str | None = None  # 版名 ("要闻")
    issue_number: str | None = None  # 期号, as printed ("3127", "第3127期")
    reporters: tuple[str, ...] = ()  # as written: names, maybe with roles (记者 周静怡)
    photographers: tuple[str, ...] = ()
    district: str | None = None
    # The web address a note app's or a browser's clipper saved the page from: the file
    # is a web page (read as a page dump), not an editor's article.
    clipped_from: str | None = None


@dataclass(frozen=True, slots=True)
class SourceText:
    """A decoded input file: the reader's output and the segmenter's input."""

    path: str  # relative to the seeds folder, POSIX separators
    digest: str  # sha256 of the file's bytes: the cache key of every per-file stage
    encoding: str
    text: str  # body as printed, newlines normalised to "\n", front matter removed
    first_line: int  # 1-based line number of ``text``'s first line in the file
    meta: FrontMatter = field(default_factory=FrontMatter)
    is_article: bool = False  # a Markdown article written by an editor (front matter + body)


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named in a story or item, with the titles printed next to them there."""

    name: str
    titles: tuple[str, ...] = ()
    district: str | None = None  # canonical district name, None for city/national level
    person_id: str = ""  # stable id of the Person this mention resolves to


@dataclass(frozen=True, slots=True)
class PlaceNote:
    """A place name whose unit changed over time, as resolved for one story's date."""

    surface: str  # as printed: 江北, 开县
    district: str  # the unit it stands for on the story's date: 两江新区, 开县
    note: str  # for readers, in Chinese: 江北区已于2025年11月6日撤销，此处指两江新区江北片区


@dataclass(frozen=True, slots=True)
class Item:
    """A sub-headed part of a roundup or profile page: one district, one official."""

    heading: str
    anchor: str  # unique within its story, stable across builds
    line: int  # line of the heading in the source file
    paragraphs: tuple[str, ...] = ()
    lead: str | None = None  # a line naming who the item is about ("市人大代表、万州区区长李庆：")
    date: str | None = None  # "YYYY-MM-DD", "--MM-DD" or None
    reporters: tuple[str, ...] = ()
    people: tuple[Mention, ...] = ()
    districts: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Paragraphs joined by newlines, as printed."""
        return "\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Story:
    """One story of a page (or one editor's article), with its items."""

    id: str
    source: str  # seed file path relative to the seeds folder
    position: int  # 0-based order on its source page
    line: int  # first line of the story in the source file
    headline: str
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None
    date: str | None = None
    reporters: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()  # the story's own text, before any item
    subheads: tuple[int, ...] = ()  # indexes into paragraphs that are in-text subheads
    rows: tuple[int, ...] = ()  # indexes into paragraphs that are a table's rows
    verses: tuple[int, ...] = ()  # indexes into paragraphs that are lines of a poem
    stanzas: tuple[int, ...] = ()  # of ``verses``, those that open a stanza
    captions: tuple[str, ...] = ()
    # Lines printed under the story's text that belong to it but are none of it: a pupil's
    # piece closed by the teacher who guided it ('（指导老师：陈　敏）').
    notes: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()
    paper: str | None = None
    page: str | None = None
    html: str | None = None  # rendered body of an editor's Markdown article
    headline_inferred: bool = False  # no headline was printed; one was derived from the text
    date_evidence: str | None = None  # what gave the date's year: printed, page date, front matter
    continued_from: str | None = None  # 版次 of the page the story starts on (上接第1版)
    continued_to: str | None = None  # 版次 of the page the story goes on to (下转第2版)
    people: tuple[Mention, ...] = ()
    districts: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    place_notes: tuple[PlaceNote, ...] = ()  # names resolved across a change of the map

    @property
    def text(self) -> str:
        """The story's own paragraphs joined by newlines, as printed."""
        return "\n".join(self.paragraphs)

    @property
    def full_text(self) -> str:
        """Story text followed by every item's heading and text: what search and tagging see."""
        parts = list(self.paragraphs)
        for item in self.items:
            if item.lead:
                parts.append(item.lead)
            parts.append(item.heading)
            parts.extend(item.paragraphs)
        return "\n".join(parts)


@dataclass(frozen=True, slots=True)
class Page:
    """The segmenter's result for one source file."""

    source: str
    digest: str
    year: int | None  # publication year, from front matter or inferred from the text
    year_evidence: str | None
    banner: str | None
    noise: tuple[str, ...]
    stories: tuple[Story, ...]
    meta: FrontMatter = field(default_factory=FrontMatter)
    diagnostics: tuple[Diagnostic, ...] = ()
    # What the page prints about itself (masthead, folio or a web page's header lines).
    paper: str | None = None  # 今日巫溪, 重庆日报, a website's name
    date: str | None = None  # "YYYY-MM-DD": the issue's date
    issue_number: str | None = None  # 期号, as printed ("3127")
    page_number: str | None = None  # 版次, as printed ("4", "A5")
    page_name: str | None = None  # 版名 (要闻, 区县新闻)


@dataclass(frozen=True, slots=True)
class Sighting:
    """One appearance of a person: the titles they held in one story or item."""

    story_id: str
    anchor: str | None  # item anchor, None when named in the story's own text
    date: str | None
    titles: tuple[str, ...]
    district: str | None


@dataclass(frozen=True, slots=True)
class Person:
    """Everyone the archive names, officials and reporters alike, under a stable id."""

    id: str
    name: str
    district: str | None  # where they serve (the identity scope); None for city/national level
    sightings: tuple[Sighting, ...] = ()
    reported: tuple[str, ...] = ()  # ids of stories they wrote
    photographed: tuple[str, ...] = ()  # ids of stories they took photos for

    @property
    def is_reporter(self) -> bool:
        """True when the person appears in a byline or a photo credit."""
        return bool(self.reported or self.photographed)


@dataclass(frozen=True, slots=True)
class District:
    """A district, county or functional zone of Chongqing, with what the archive says of it."""

    name: str  # canonical, e.g. "石柱土家族自治县"
    short: str  # e.g. "石柱"
    level: str  # 区 / 县 / 自治县 / 功能区 (the level it has now, or had when it ended)
    story_ids: tuple[str, ...] = ()
    person_ids: tuple[str, ...] = ()
    since: str | None = None  # ISO date the unit came into being, if after 1997
    until: str | None = None  # ISO date it was abolished or renamed; None while in force
    predecessors: tuple[str, ...] = ()  # units it was made from (开州区 ← 开县)
    successors: tuple[str, ...] = ()  # units it went into (江北区 → 两江新区)
    level_changes: tuple[tuple[str, str], ...] = ()  # (since, level): 两江新区 功能区 → 区


@dataclass(frozen=True, slots=True)
class Archive:
    """Everything the renderer needs: tagged pages, their stories, people and districts."""

    pages: tuple[Page, ...]
    stories: tuple[Story, ...]  # in (source, position) order
    people: tuple[Person, ...]  # sorted by id
    districts: tuple[District, ...]  # in gazetteer order
    diagnostics: tuple[Diagnostic, ...] = ()
    posts: tuple[Post, ...] = ()  # filled by the posts stage, sorted by id
    conflicts: tuple[Conflict, ...] = ()


@dataclass(frozen=True, slots=True)
class Tenure:
    """One person in one post, as far as the archive shows it."""

    person_id: str
    name: str
    first: str | None  # earliest full date (YYYY-MM-DD) the archive shows them in the post
    last: str | None
    story_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Post:
    """An office tied to its unit (北碚区委书记, 万州区区长), with its holders in date order."""

    id: str
    title: str  # normalised: district or organisation included
    district: str | None
    role: str  # the office without its unit (区委书记, 区长, 政协主席 …)
    single: bool  # one holder at a time: two overlapping holders are a conflict
    leading: str | None  # 书记 / 行政首长 / 人大 / 政协 for a district's leading posts, else None
    holders: tuple[Tenure, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """A single-holder post whose holders overlap in time: every holder that overlaps another."""

    post_id: str
    title: str
    holders: tuple[Tenure, ...]  # two or more, in the post's holder order
