"""Segmenter: one decoded page becomes stories with items, captions and credits.

The page is read line by line. Each line is first classified on its own (heading,
byline, credit, caption, portrait name, label, body …); a small state machine then
groups the lines into stories and items. The rules are about the shapes of Chinese
newspaper typesetting, never about particular pages.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from enum import Enum, auto

from markdown_it import MarkdownIt

from cqnews_site.inputs.gazetteer import default as default_gazetteer
from cqnews_site.inputs.lexicon import looks_like_name, title_words
from cqnews_site.model.dates import find_date, infer_year
from cqnews_site.model.records import Diagnostic, Item, Page, SourceText, Story
from cqnews_site.model.text import is_han, normalize, squash

# --- line shapes ---------------------------------------------------------------------

HAN = r"\u4e00-\u9fff"
_NAME = rf"[{HAN}]{{2,4}}"
_NAMES = rf"{_NAME}(?:[ \u3000、]+{_NAME})*"
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# Sentence-final punctuation, possibly followed by closing quotes or brackets.
_CLOSED = re.compile(r"[。！？!?…；;:：][”’」』》)）\]】\"']*$")
_BULLETS = "□■◇◆●○▲△★☆▶►"
# A paragraph opening with one of these is a brief (简讯) of its own.
_BRIEF_BULLETS = "●■◆▲★▶►"
# "文/图 本报记者 张三": who wrote (and photographed) the story, before the byline proper.
_CREDIT_PREFIX = re.compile(
    r"^(?P<what>文/图|图/文|文图|文|图)(?:\s*[/／:：|｜]\s*|\s+(?=本报|记者|通讯员))"
)
# A deck printed on a line of its own: "——访区住房城乡建委主任陈晓峰".
_DECK_DASHES = re.compile(r"^\s*(?:——|--|－－|—|-)\s*")
# "□新重庆-重庆日报记者 何春阳", "本报记者 张三 李四", "重庆日报记者 杨毓紫 韩毅 …"
_BYLINE = re.compile(
    rf"^[{_BULLETS}]?\s*(?:[{HAN}A-Za-z0-9\-—·]{{0,16}}?)(?:记者|通讯员|特约撰稿人)\s*"
    rf"(?P<names>{_NAMES})$"
)
_AUTHOR_LINE = re.compile(
    rf"^[{_BULLETS}]?\s*(?:文|文/图|撰文)\s*[/／|｜:：]\s*(?P<names>{_NAMES})$"
)
# "记者 苏思 摄 视觉重庆", "本报记者 张三 摄", "张三 摄"
_PHOTO_CREDIT = re.compile(
    rf"(?:^|\s|[。，,])(?:(?:本报)?(?:首席)?记者|通讯员|特约摄影)?\s*(?P<names>{_NAMES})\s*摄"
    rf"(?:\s*[/／]?\s*(?P<desk>[{HAN}A-Za-z]{{2,8}}))?\s*$"
)
_PAREN_PHOTO = re.compile(
    rf"[(（]\s*(?:(?:本报)?(?:首席|摄影)?记者|通讯员)?\s*(?P<names>{_NAMES})\s*摄\s*[)）]\s*$"
)
_NAMES_ONLY = re.compile(rf"^(?P<names>{_NAMES})$")
_PHOTO_BY = re.compile(rf"^(?:图|摄影|图片)\s*[/／:：]\s*(?P<names>{_NAMES})$")
# Story-start markers at the head of a paragraph: 本报讯(记者 霍吕), 新华社北京3月5日电
_DATELINE = re.compile(
    rf"^(?:本报讯|本报[{HAN}]{{0,6}}电|新华社[{HAN}0-9]{{0,12}}电|[{HAN}]{{2,8}}网讯)"
    rf"\s*(?:[(（]\s*(?P<inner>[^()（）]{{0,40}})[)）])?\s*"
)
_PAREN_BYLINE = re.compile(rf"^[(（]\s*(?:本报)?(?:记者|通讯员)\s*(?P<names>{_NAMES})\s*[)）]\s*")
# A closing credit "（陈元洪 陈杨）" at the very end of a paragraph.
_END_CREDIT = re.compile(
    rf"[(（]\s*(?:(?:本报)?(?:记者|通讯员)\s*)?"
    rf"(?P<inner>[{HAN}]{{2,8}}(?:[ \u3000]+[{HAN}]{{2,4}})*)\s*[)）]\s*$"
)
_END_MARK = re.compile(r"[(（]\s*(?:完|全文完|待续|续完)\s*[)）]\s*$")
_LABELS = frozenset(
    "核心提示 编者按 编者的话 阅读提示 内容提要 导读 相关链接 延伸阅读 新闻链接 链接 "
    "背景 背景链接 小贴士 记者手记".split()
)
_KEYWORD_RUBRIC = re.compile(r"^关键词\s*[【\[［〔].+?[】\]］〕]$")
# Words that make a short line a column rubric (栏目) rather than a kicker or headline.
_RUBRIC_HINTS = re.compile(
    r"(?:·|【|】|^聚焦|专访$|访谈$|特稿$|观察$|综述$|时评$|评论$|短评$|一线$|纪实$|速览$|简讯$|"
    r"快讯$|短讯$|图片新闻$|图说$|进行时$|新闻眼$|特别报道$|专题$|^两会|两会$)"
)
_BANNER_HINTS = re.compile(r"^(?:热烈庆祝|热烈祝贺|庆祝|喜迎|祝贺|热烈欢迎)")
# Title words (the tagger's list) mark a profile lead line ("市人大代表、万州区区长李庆：").
_TITLE_WORDS = re.compile("|".join(map(re.escape, title_words())))
_AD_HINTS = re.compile(
    r"(?:广告|热线|电话[:：]|咨询电话|扫码|二维码|微信公众号|www\.|https?://|\.com|\.cn|"
    r"招商|优惠|限时|抢购)"
)
# Strings that end a credit token because it names an organisation, not a person.
_ORG_MARKS = re.compile(
    r"(?:重庆|民盟|民革|民进|民建|九三|致公|台盟|农工|社|报|台|网|委|局|办|部|院|厅|所|中心|"
    r"供图|供稿|提供|日报|晚报|视觉|新闻)"
)
# Words that cannot be a whole person's name although they look like one.
_NOT_NAMES = frozenset(
    "记者 通讯员 本报 编辑 责编 校对 美编 摄影 图片 视觉重庆".split()
)
# Roles printed between the names of a credit: "本报讯（首席记者 张三 通讯员 李四）".
_ROLES = re.compile(
    r"(?:本报|新重庆-重庆日报|重庆日报|首席|特约|见习|实习|摄影)?(?:记者|通讯员|实习生|撰稿人)"
)
# Page folios and jump lines: "2024年3月4日 星期一 编辑 张三", "（下转第2版）", "A3版".
_FOLIO = re.compile(
    r"(?:^[(（]?\s*(?:上接|下转|转)第?\s*[0-9A-Z一二三四五六七八九十]+\s*版\s*[)）]?$"
    r"|星期[一二三四五六日天]|(?:责任)?编辑[:：\s]|美编[:：\s]|校对[:：\s]|版式[:：\s]"
    r"|^第?\s*[0-9A-Z]{1,3}\s*版$)"
)
_RULE = re.compile(r"^[\s\-—_=*~·•.…#]+$")
_BOLD = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)$")


class Kind(Enum):
    """What a single line is, judged on its own."""

    HEADING = auto()  # a Markdown heading
    HEADLIKE = auto()  # a short plain line without closing punctuation
    BODY = auto()
    BYLINE = auto()  # a line naming the writers
    PHOTO_CREDIT = auto()  # a line naming the photographers and nothing else
    CAPTION = auto()  # a paragraph ending in a photo credit
    NAME = auto()  # a bare person's name: a portrait caption
    LABEL = auto()  # box labels such as 核心提示
    RUBRIC = auto()  # 关键词【…】: opens an item
    LEAD = auto()  # "title+name：" above a profile's heading: opens an item
    NOISE = auto()  # advertisements and other page furniture


@dataclass
class Line:
    """A non-blank line of the page with its classification."""

    number: int
    text: str  # as printed, Markdown heading marks removed, outer white space stripped
    level: int  # Markdown heading level, 0 for plain lines
    kind: Kind = Kind.BODY
    names: tuple[str, ...] = ()  # reporters or photographers this line credits
    with_photos: bool = False  # a "文/图" credit: the writers took the photos too


def _names(text: str) -> tuple[str, ...]:
    text = _ROLES.sub(" ", text)
    return tuple(n for n in re.split(r"[ \u3000、,，]+", text.strip()) if n and n not in _NOT_NAMES)


def is_closed(text: str) -> bool:
    """True when a line ends a sentence (so the next line starts a new paragraph)."""
    return bool(_CLOSED.search(text.rstrip()))


_LEADING_DATE = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上中下]午|晚|晚上|凌晨|早上)?[，,]\s*"
)
_LABELLED = re.compile(rf"^[{HAN}]{{2,6}}[:：]")
# A line ending in one of these reports an action: "王五主持" is a deck, not a portrait name.
_ACTION_ENDINGS = ("主持", "讲话", "出席", "发言", "参加", "会见", "调研", "视察", "致辞", "说",
                   "表示", "指出", "强调", "看望", "慰问", "考察")


def _headline_shape(text: str) -> bool:
    """Short, no closing punctuation, at most one comma: a headline, kicker or subhead."""
    norm = normalize(text)
    if _LABELLED.match(norm):
        return False  # "报告内容：…" is a labelled paragraph
    if is_closed(norm) or norm.endswith((",", "、", "“", "《", "(")):
        return False
    if "。" in norm or norm.count(",") > 1:
        return False
    if norm[:1] in "“‘「\"" and "," in norm:
        return False  # reported speech cut off by the page edge, not a headline
    parts = re.split(r"\s*(?:--|——|-{2,})\s*", norm)
    # Decks run long (up to ~50 characters); column fragments have more than one comma.
    return all(0 < len(p.replace(" ", "")) <= 50 for p in parts if p) and len(norm) >= 2


def _person_like(token: str) -> bool:
    return looks_like_name(token) and token not in _NOT_NAMES and not _ORG_MARKS.search(token)


def classify(number: int, raw: str) -> Line:
    """Classify one line on its own; context is applied later by the story builder."""
    stripped = raw.strip()
    heading = _MD_HEADING.match(stripped)
    if heading:
        return Line(number, heading[2].strip(), len(heading[1]), Kind.HEADING)
    for marker in ("> ", "- ", "* ", "+ "):
        if stripped.startswith(marker) and len(stripped) > len(marker):
            stripped = stripped[len(marker) :].strip()  # loose Markdown quotes and lists
    bold = _BOLD.match(stripped)
    text = bold[1].strip() if bold else stripped
    norm = normalize(text)
    line = Line(number, text, 0)
    if _RULE.match(norm) or (_FOLIO.search(norm) and len(norm) <= 40 and not is_closed(norm)):
        line.kind = Kind.NOISE
    elif norm in _LABELS or norm.rstrip(":") in _LABELS:
        line.kind = Kind.LABEL
    elif match := (_BYLINE.match(norm) or _AUTHOR_LINE.match(norm)):
        line.kind, line.names = Kind.BYLINE, _names(match["names"])
    elif (prefix := _CREDIT_PREFIX.match(norm)) and (
        match := _BYLINE.match(norm[prefix.end() :]) or _NAMES_ONLY.match(norm[prefix.end() :])
    ) and all(_person_like(n) for n in _names(match["names"])):
        line.kind, line.names = Kind.BYLINE, _names(match["names"])
        line.with_photos = "图" in prefix["what"]
    elif match := _PHOTO_BY.match(norm):
        line.kind, line.names = Kind.PHOTO_CREDIT, _names(match["names"])
    elif (match := _PAREN_PHOTO.search(norm) or _PHOTO_CREDIT.search(norm)) and all(
        _person_like(n) for n in _names(match["names"])
    ):
        before = norm[: match.start()].strip()
        line.names = _names(match["names"])
        line.kind = Kind.CAPTION if len(before) > 6 else Kind.PHOTO_CREDIT
    elif _KEYWORD_RUBRIC.match(norm):
        line.kind = Kind.RUBRIC
    elif len(norm) <= 12 and default_gazetteer().canonical(norm.replace(" ", "")):
        # A line that is only a place name (江北, 巴南区) heads that place's part of a roundup.
        line.kind = Kind.RUBRIC
    elif norm[:1] in _BRIEF_BULLETS and len(norm) <= 20 and _headline_shape(norm[1:].strip()):
        # "■ 江北区": a bulleted sub-head of a roundup opens an item.
        line.kind, line.text = Kind.RUBRIC, text[1:].strip()
    elif _is_lead(norm):
        line.kind = Kind.LEAD
    elif (
        len(norm) <= 5
        and _person_like(norm.replace(" ", ""))
        and not _RUBRIC_HINTS.search(norm)
        and not norm.endswith(_ACTION_ENDINGS)
    ):
        line.kind = Kind.NAME
    elif _headline_shape(text):
        line.kind = Kind.NOISE if _AD_HINTS.search(norm) else Kind.HEADLIKE
    elif len(norm) <= 30 and _AD_HINTS.search(norm) and not is_closed(norm):
        line.kind = Kind.NOISE
    return line


def _is_lead(norm: str) -> bool:
    """'市人大代表、万州区区长李庆：' — titles and a name, ending in a colon, on one line."""
    if not norm.endswith(":") or len(norm) > 60 or "。" in norm:
        return False
    head = norm[:-1]
    titles = list(_TITLE_WORDS.finditer(head))
    if not titles:
        return False
    # The name follows the last title word; allow "(兼)" style notes between them.
    last = titles[-1]
    tail = re.sub(r"^\s*[(（][^()（）]{1,4}[)）]", "", head[last.end() :])
    return 2 <= len(tail) <= 4 and all(is_han(c) for c in tail)


# --- building stories ------------------------------------------------------------------


@dataclass
class _Paragraph:
    text: str
    line: int
    subhead: bool = False


@dataclass
class _ItemDraft:
    heading: str
    line: int
    lead: str | None = None
    paragraphs: list[_Paragraph] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)


@dataclass
class _StoryDraft:
    line: int
    headline: str | None = None
    headline_line: int | None = None
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None
    level: int = 0  # Markdown level of the headline; 0 for plain text or headless
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    paragraphs: list[_Paragraph] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    items: list[_ItemDraft] = field(default_factory=list)
    container: bool = False  # its head was followed directly by sub-heads: a roundup
    item_level: int | None = None
    closed: bool = False  # a closing credit was printed: the next head starts a new story
    brief: bool = False  # a bulleted brief: no headline is printed, by design
    photo: bool = False  # photo news: its body is a credited caption

    @property
    def has_body(self) -> bool:
        return bool(self.paragraphs or self.items)

    def target(self) -> list[_Paragraph]:
        return self.items[-1].paragraphs if self.items else self.paragraphs


class _Builder:
    """The state machine that turns classified lines into story drafts."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.stories: list[_StoryDraft] = []
        self.banner: str | None = None
        self.noise: list[str] = []
        self.pending_captions: list[str] = []
        self.pending_photographers: list[str] = []

    @property
    def cur(self) -> _StoryDraft | None:
        return self.stories[-1] if self.stories else None

    def _start(self, draft: _StoryDraft) -> None:
        """Open a story; captions and portrait names printed before the first story are its,
        whichever line opens it (head, byline, item or paragraph)."""
        draft.captions[:0] = self.pending_captions
        _extend_unique(draft.photographers, self.pending_photographers)
        self.pending_captions, self.pending_photographers = [], []
        self.stories.append(draft)

    def run(self) -> None:
        i = 0
        lines = self.lines
        while i < len(lines):
            line = lines[i]
            kind = line.kind
            if kind in (Kind.HEADING, Kind.HEADLIKE):
                end = self._head_run_end(i)
                self._head_run(lines[i:end], lines[end] if end < len(lines) else None)
                i = end
                continue
            if kind is Kind.RUBRIC:
                heading = line.text
                if i + 1 < len(lines) and lines[i + 1].kind is Kind.HEADLIKE:
                    heading = f"{line.text} {lines[i + 1].text}"
                    i += 1
                self._open_item(heading, line.number, None)
            elif kind is Kind.LEAD:
                if i + 1 < len(lines) and lines[i + 1].kind in (Kind.HEADLIKE, Kind.HEADING):
                    self._open_item(lines[i + 1].text, lines[i + 1].number, line.text)
                    i += 1
                else:
                    self._paragraph(line)
            elif kind is Kind.BYLINE:
                self._byline(line, lines[i + 1] if i + 1 < len(lines) else None)
            elif kind is Kind.PHOTO_CREDIT:
                self._photographers(line.names)
            elif kind is Kind.CAPTION:
                self._caption(line)
            elif kind is Kind.NAME:
                self._caption_text(line.text)
            elif kind in (Kind.LABEL, Kind.NOISE):
                self.noise.append(line.text)
            else:
                self._paragraph(line)
            i += 1
        # A page of captions only: kept as page furniture, never silently dropped.
        self.noise.extend(self.pending_captions)
        self.pending_captions = []

    # -- heads --

    def _head_run_end(self, start: int) -> int:
        """A run of consecutive heading lines; a plain line after a Markdown heading (a
        subtitle) ends it, so the next Markdown heading opens a run of its own."""
        end = start + 1
        seen_md = self.lines[start].kind is Kind.HEADING
        while end < len(self.lines) and self.lines[end].kind in (Kind.HEADING, Kind.HEADLIKE):
            prev, nxt = self.lines[end - 1], self.lines[end]
            if seen_md and prev.level == 0 and nxt.level > 0:
                break
            if seen_md and nxt.level == 0 and "," in normalize(nxt.text):
                break  # a deck has no comma; this is the head of a broken paragraph
            seen_md = seen_md or nxt.level > 0
            end += 1
        return end

    def _head_run(self, run: list[Line], after: Line | None) -> None:
        cur = self.cur
        if after is None:
            # Heads with nothing after them: a headline printed below its story, else furniture.
            if cur is not None and cur.headline is None and cur.has_body:
                self._set_headline(cur, run[0])
                run = run[1:]
            self.noise.extend(line.text for line in run)
            return
        if (
            cur is not None
            and cur.headline is None
            and cur.has_body
            and len(run) >= 2
            and run[0].level > 0
            and run[1].level > 0
        ):
            # Two headings in a row after a headless story: the first belongs to the story
            # above it (printed after its body), the rest head the next story.
            self._set_headline(cur, run[0])
            run = run[1:]
        starts_story = self._starts_story(after)
        if cur is not None and len(run) == 1 and not starts_story:
            only = run[0]
            if only.level == 0 and cur.headline and not cur.has_body and not cur.closed and (
                "," in normalize(only.text)
            ):
                self._paragraph(only)  # the first line of the body, broken across columns
                return
            if cur.headline is None and only.level == 0 and _has_deck(only.text):
                # A headline with its deck printed inside the body (column layout).
                self._set_headline(cur, only)
                return
            if self._is_item_head(cur, only, after):
                self._open_item(only.text, only.number, None, level=only.level)
                return
            if only.level == 0 and cur.has_body and _RUBRIC_HINTS.search(normalize(only.text)):
                self._open_story(run, after)  # a column rubric (简讯, 图片新闻) heads new stories
                return
            if only.level == 0 and cur.has_body and not cur.closed and not _opens_report(after):
                if _subhead_shape(only.text):
                    cur.target().append(_Paragraph(only.text, only.number, subhead=True))
                else:
                    # The head of a paragraph broken across columns ("会议指出,…工作作").
                    self._paragraph(only)
                return
        self._open_story(run, after)

    def _starts_story(self, after: Line) -> bool:
        if after.kind is Kind.BYLINE:
            return True
        return after.kind is Kind.BODY and bool(
            _DATELINE.match(normalize(after.text)) or _PAREN_BYLINE.match(normalize(after.text))
        )

    def _is_item_head(self, cur: _StoryDraft, head: Line, after: Line) -> bool:
        if after.kind in (Kind.HEADING, Kind.HEADLIKE):
            return False
        if cur.container and head.level == (cur.item_level or head.level):
            return True
        return bool(cur.level and head.level > cur.level and not cur.closed)

    def _open_story(self, run: list[Line], after: Line | None) -> None:
        draft = _StoryDraft(line=run[0].number)
        md = [i for i, line in enumerate(run)
              if line.level > 0 and not _DECK_DASHES.match(normalize(line.text))]
        if md:
            h = md[-1]
        elif len(run) == 1:
            h = 0
        elif _RUBRIC_HINTS.search(normalize(run[0].text)) or len(run) >= 3:
            h = 1
        else:
            h = 0  # two plain lines: headline and deck is the common layout
        head = run[h]
        above, below = run[:h], run[h + 1 :]
        if len(run) == 1 and _RUBRIC_HINTS.search(normalize(head.text)) and not _has_deck(
            head.text
        ):
            draft.section = head.text  # a rubric alone: the headline comes later, if at all
        else:
            self._set_headline(draft, head)
        if below:
            draft.subtitle = " ".join(_DECK_DASHES.sub("", line.text) for line in below)
        if above:
            nearest = above[-1].text
            if _RUBRIC_HINTS.search(normalize(nearest)):
                draft.section = nearest
            else:
                draft.kicker = nearest
            for line in above[:-1]:
                if not self.stories and self.banner is None:
                    self.banner = line.text
                elif draft.section is None:
                    draft.section = line.text
                else:
                    self.noise.append(line.text)
        if (
            self.banner is None
            and not self.stories
            and draft.kicker
            and _BANNER_HINTS.search(draft.kicker)
        ):
            self.banner, draft.kicker = draft.kicker, None
        if after is not None and after.kind is Kind.HEADING:
            draft.container = True
        self._start(draft)

    def _set_headline(self, draft: _StoryDraft, line: Line) -> None:
        text = line.text
        deck = re.split(r"\s*(?:——|--|－－)\s*", text, maxsplit=1)
        if len(deck) == 2 and deck[0] and deck[1]:
            text, subtitle = deck[0].strip(), deck[1].strip()
            draft.subtitle = draft.subtitle or subtitle
        draft.headline = text
        draft.headline_line = line.number
        draft.level = line.level

    def _open_item(self, heading: str, number: int, lead: str | None, level: int = 0) -> None:
        cur = self.cur
        if cur is None:
            cur = _StoryDraft(line=number)
            self._start(cur)
        if cur.item_level is None:
            cur.item_level = level
        cur.items.append(_ItemDraft(heading=heading, line=number, lead=lead))

    # -- credits and captions --

    def _byline(self, line: Line, after: Line | None) -> None:
        cur = self.cur
        opening = cur is None or not cur.has_body
        if not opening and after is not None and after.kind is Kind.BODY:
            opening = normalize(line.text)[:1] in _BULLETS or "本报记者" in line.text
            if opening:
                self._start(_StoryDraft(line=line.number))
                cur = self.cur
        if cur is None:
            cur = _StoryDraft(line=line.number)
            self._start(cur)
        _extend_unique(cur.reporters, line.names)
        if line.with_photos:
            _extend_unique(cur.photographers, line.names)
        if not opening:
            cur.closed = True

    def _photographers(self, names: tuple[str, ...]) -> None:
        if self.cur is None:
            _extend_unique(self.pending_photographers, names)
        else:
            _extend_unique(self.cur.photographers, names)

    def _caption(self, line: Line) -> None:
        cur = self.cur
        if cur is not None and cur.photo and cur.headline is None:
            # Another untitled photo under the same rubric (图片新闻): a story of its own.
            cur = _StoryDraft(line=line.number, section=cur.section)
            self._start(cur)
        if cur is not None and not cur.has_body and (cur.headline or cur.section):
            # Photo news: under its own head, the caption is the story.
            self._photographers(line.names)
            self._paragraph(Line(line.number, _strip_photo_credit(line.text), 0))
            cur.closed = True  # the credit ends the photo story
            cur.photo = True
            cur.brief = cur.headline is None  # untitled by design, like a brief
            return
        self._caption_text(_strip_photo_credit(line.text))
        self._photographers(line.names)

    def _caption_text(self, text: str) -> None:
        if self.cur is None:
            self.pending_captions.append(text)
        else:
            self.cur.captions.append(text)

    # -- body --

    def _paragraph(self, line: Line) -> None:
        text = line.text
        norm = normalize(text)
        cur = self.cur
        reporters: tuple[str, ...] = ()
        marker = _DATELINE.match(norm) or _PAREN_BYLINE.match(norm)
        if marker:
            reporters = _credit_names(marker.groupdict().get("inner") or marker.groupdict().get(
                "names") or "")
            text = _cut_prefix(text, marker.end(), norm)
            if cur is None or cur.has_body:
                cur = _StoryDraft(line=line.number)
                self._start(cur)
        elif text[:1] in _BRIEF_BULLETS:
            text = text[1:].lstrip()
            if cur is None or cur.has_body:
                # Briefs under one rubric (简讯) share it.
                in_column = cur is not None and (cur.brief or not cur.headline)
                section = cur.section if in_column else None
                cur = _StoryDraft(line=line.number, section=section)
                self._start(cur)
            cur.brief = True
        elif cur is None:
            cur = _StoryDraft(line=line.number)
            self._start(cur)
        _extend_unique(cur.reporters, reporters)
        # A closing credit "（程卓）" signs the item or story it ends.
        end_credit = _END_CREDIT.search(text)
        if end_credit and not text[: end_credit.start()].rstrip().endswith(("、", "，", ",")):
            names = _credit_names(end_credit["inner"])
            if names or _ORG_MARKS.search(end_credit["inner"]):
                text = text[: end_credit.start()].rstrip()
                target = cur.items[-1].reporters if cur.items else cur.reporters
                _extend_unique(target, names)
                if not names:
                    self.noise.append(end_credit.group(0).strip())
                if not cur.items:
                    cur.closed = True
        elif end_mark := _END_MARK.search(text):
            text = text[: end_mark.start()].rstrip()
        if not text:
            return
        target = cur.target()
        if target and not target[-1].subhead and _continues(target[-1].text, text):
            target[-1].text = _join(target[-1].text, text)
        else:
            target.append(_Paragraph(text, line.number))


def _strip_photo_credit(text: str) -> str:
    """A caption without its trailing credit ("记者 苏思 摄 视觉重庆", "（记者 李四 摄）")."""
    paren = _PAREN_PHOTO.search(text)
    if paren:
        return text[: paren.start()].rstrip()
    match = _PHOTO_CREDIT.search(normalize(text))
    if not match:
        return text
    # Cut where the credit's names begin in the printed text (or its 记者 before them).
    first = match["names"].split()[0]
    cut = text.rfind("记者", 0, text.rfind(first) + 1)
    cut = cut if cut >= 0 else text.rfind(first)
    return text[:cut].rstrip()


_REPORT_OPENING = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
    r"|近日|日前|昨日|昨天|今天|今日|当天|连日来|近期)"
)


def _opens_report(line: Line) -> bool:
    """Does this paragraph open a news report (a dateline), as a story's first one does?"""
    return line.kind is Kind.BODY and bool(_REPORT_OPENING.match(normalize(line.text)))


def _subhead_shape(text: str) -> bool:
    """An in-text subhead: short and without commas (a column fragment usually has one)."""
    norm = normalize(text)
    return len(norm) <= 30 and "," not in norm and "、" not in norm


def _has_deck(text: str) -> bool:
    return bool(re.search(r"\S\s*(?:——|--)\s*\S", text))


def _credit_names(inner: str) -> tuple[str, ...]:
    names = _names(inner)
    if names and all(_person_like(n) for n in names):
        return names
    return ()


def _cut_prefix(text: str, norm_end: int, norm: str) -> str:
    """Remove the first ``norm_end`` characters of ``norm`` from the printed ``text``."""
    # NFKC keeps the character count of CJK text except for folded white space; find the
    # printed position whose normalised prefix equals the marker.
    for cut in range(len(text) + 1):
        if len(normalize(text[:cut])) >= len(norm[:norm_end].rstrip()):
            return text[cut:].lstrip()
    return ""


def _continues(previous: str, nxt: str) -> bool:
    """Does ``nxt`` continue ``previous`` across a column or line break?"""
    if is_closed(previous):
        return False
    # "报告内容：…" / "区县目标：…": a labelled line is its own paragraph.
    return not re.match(rf"^[{HAN}]{{2,6}}[:：]", nxt)


def _join(previous: str, nxt: str) -> str:
    if previous[-1:].isascii() and previous[-1:].isalnum() and nxt[:1].isascii():
        return f"{previous} {nxt}"
    return previous + nxt


def _extend_unique(target: list[str], names: tuple[str, ...] | list[str]) -> None:
    for name in names:
        if name not in target:
            target.append(name)


# --- public API --------------------------------------------------------------------------


def segment(source: SourceText) -> Page:
    """Split one decoded file into a ``Page`` of stories; a pure function of its input."""
    if source.is_article:
        return _article(source)
    lines = [
        classify(source.first_line + offset, raw)
        for offset, raw in enumerate(source.text.split("\n"))
        if raw.strip()
    ]
    builder = _Builder(lines)
    builder.run()
    meta = source.meta
    if meta.date:
        year, evidence = int(meta.date[:4]), "front matter date"
    else:
        year, evidence = infer_year(source.text)
    diagnostics: list[Diagnostic] = []
    stories: list[Story] = []
    for index, draft in enumerate(builder.stories):
        if not draft.has_body and not draft.captions:
            heads = [t for t in (draft.kicker, draft.headline, draft.subtitle) if t]
            if index == 0 and builder.banner is None and heads:
                # A masthead or page flag above everything else: the page's banner.
                builder.banner = heads.pop(0)
            builder.noise.extend(heads)
            if index == 0 and not heads:
                continue
            diagnostics.append(Diagnostic(
                source.path, draft.line, "warning",
                "heading without any story text; kept as page furniture (noise)",
                "check the page layout around this line",
            ))
            continue
        story, problems = _finish(draft, source, len(stories), year)
        stories.append(story)
        diagnostics.extend(problems)
    stories, diagnostics = _front_matter_title(stories, diagnostics, source)
    if not stories:
        diagnostics.append(Diagnostic(
            source.path, source.first_line, "error", "no recognisable story on this page",
            "check that the file holds newspaper text",
        ))
    return Page(
        source=source.path,
        digest=source.digest,
        year=year,
        year_evidence=evidence,
        banner=builder.banner,
        noise=tuple(builder.noise),
        stories=_with_ids(stories),
        meta=meta,
        diagnostics=tuple(diagnostics),
    )


def _front_matter_title(
    stories: list[Story], diagnostics: list[Diagnostic], source: SourceText
) -> tuple[list[Story], list[Diagnostic]]:
    """A page's ``title`` is the headline of its first story with none printed (the
    warning for a missing headline tells editors to set it); unused, it is reported."""
    title = source.meta.title
    if not title:
        return stories, diagnostics
    for index, story in enumerate(stories):
        if story.headline_inferred:
            stories = [*stories]
            stories[index] = dataclasses.replace(story, headline=title, headline_inferred=False)
            diagnostics = [d for d in diagnostics
                           if not (d.line == story.line and "no printed headline" in d.message)]
            return stories, diagnostics
    return stories, [*diagnostics, Diagnostic(
        source.path, None, "warning",
        "front matter 'title' unused: every story on this page has a printed headline",
        "remove 'title' from the front matter",
    )]


def relocate(page: Page, path: str) -> Page:
    """The same page read from another file name (a cache hit on identical bytes)."""
    if page.source == path:
        return page
    stories = [dataclasses.replace(s, source=path, id="") for s in page.stories]
    diagnostics = tuple(dataclasses.replace(d, source=path) for d in page.diagnostics)
    return dataclasses.replace(
        page, source=path, stories=_with_ids(stories), diagnostics=diagnostics
    )


def _finish(
    draft: _StoryDraft, source: SourceText, position: int, year: int | None
) -> tuple[Story, list[Diagnostic]]:
    meta = source.meta
    problems: list[Diagnostic] = []
    paragraphs = [p.text for p in draft.paragraphs]
    subheads = tuple(i for i, p in enumerate(draft.paragraphs) if p.subhead)
    headline = draft.headline
    inferred = False
    if headline is None:
        inferred = True
        if subheads:
            headline = paragraphs[subheads[0]]
        else:
            first = next(iter([*paragraphs, *(p.text for i in draft.items for p in i.paragraphs)]),
                         draft.captions[0] if draft.captions else "")
            sentence = re.split(r"[。！？!?；;]", first, maxsplit=1)[0]
            # "5月8日，区长调研…": the dateline clause says when, not what.
            headline = (_LEADING_DATE.sub("", sentence) or sentence)[:30]
        if not draft.brief:
            problems.append(Diagnostic(
                source.path, draft.line, "warning",
                f"story has no printed headline; showing '{headline}'",
                "add the headline to the page or set 'title' in front matter",
            ))
    items = tuple(_finish_item(i, year) for i in _unique_anchors(draft.items))
    # A roundup is signed by everyone who signed one of its items.
    reporters = list(draft.reporters)
    for item in items:
        _extend_unique(reporters, item.reporters)
    # The dateline is in the first paragraph, unless the story opens with a subhead.
    date = find_date(paragraphs[0], year) if paragraphs and subheads[:1] != (0,) else None
    story = Story(
        id="",
        source=source.path,
        position=position,
        line=draft.line,
        headline=headline,
        kicker=draft.kicker,
        subtitle=draft.subtitle,
        section=draft.section or meta.section,
        date=date or (meta.date if meta.date else None),
        reporters=tuple(reporters) or meta.reporters,
        photographers=tuple(draft.photographers),
        paragraphs=tuple(paragraphs),
        subheads=subheads,
        captions=tuple(draft.captions),
        items=items,
        paper=meta.paper,
        page=meta.page,
        headline_inferred=inferred,
    )
    return story, problems


def _unique_anchors(drafts: list[_ItemDraft]) -> list[tuple[_ItemDraft, str]]:
    seen: dict[str, int] = {}
    result = []
    for draft in drafts:
        base = anchor_for(draft.heading)
        seen[base] = seen.get(base, 0) + 1
        result.append((draft, base if seen[base] == 1 else f"{base}-{seen[base]}"))
    return result


def anchor_for(heading: str) -> str:
    """A readable fragment id for an item heading: its letters and digits, at most 24."""
    kept = "".join(c for c in normalize(heading) if c.isalnum())[:24]
    return kept or "item"


def _finish_item(pair: tuple[_ItemDraft, str], year: int | None) -> Item:
    draft, anchor = pair
    paragraphs = tuple(p.text for p in draft.paragraphs)
    return Item(
        heading=draft.heading,
        anchor=anchor,
        line=draft.line,
        paragraphs=paragraphs,
        lead=draft.lead,
        date=find_date(paragraphs[0], year) if paragraphs else None,
        reporters=tuple(draft.reporters),
    )


def _with_ids(stories: list[Story]) -> tuple[Story, ...]:
    """Give each story an id from its source, headline and opening text: stable across
    builds and independent of list order; twins on one page get a numbered suffix."""
    seen: dict[str, int] = {}
    result = []
    for story in stories:
        key = "\n".join((story.source, story.headline, story.full_text[:40]))
        base = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        seen[base] = seen.get(base, 0) + 1
        story_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        result.append(dataclasses.replace(story, id=story_id))
    return tuple(result)


# --- editors' Markdown articles -----------------------------------------------------------

_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


def _article(source: SourceText) -> Page:
    """A Markdown article with front matter: one story, its body rendered as HTML."""
    meta = source.meta
    body = source.text
    tokens = _MARKDOWN.parse(body)
    headline = meta.title
    # A leading "# title" is the headline, shown once: not again in the body.
    if len(tokens) >= 3 and tokens[0].type == "heading_open" and tokens[0].tag == "h1" and (
        headline is None or squash(tokens[1].content) == squash(headline)
    ):
        headline = tokens[1].content.strip()
        tokens = tokens[3:]
    paragraphs: list[str] = []
    for token in tokens:
        if token.type != "inline":
            continue
        text = "".join(child.content for child in token.children or [] if child.content)
        if text.strip():
            paragraphs.append(text.strip())
    diagnostics: list[Diagnostic] = []
    if headline is None:
        headline = paragraphs[0][:30] if paragraphs else source.path
        diagnostics.append(Diagnostic(
            source.path, 1, "warning", "article has no title",
            "add 'title: …' to its front matter",
        ))
    year = int(meta.date[:4]) if meta.date else None
    date = meta.date or (find_date(paragraphs[0], year) if paragraphs else None)
    story = Story(
        id="",
        source=source.path,
        position=0,
        line=source.first_line,
        headline=headline,
        section=meta.section,
        date=date,
        reporters=meta.reporters,
        paragraphs=tuple(paragraphs),
        paper=meta.paper,
        page=meta.page,
        html=_MARKDOWN.renderer.render(tokens, _MARKDOWN.options, {}),
    )
    return Page(
        source=source.path,
        digest=source.digest,
        year=year,
        year_evidence="front matter date" if year else None,
        banner=None,
        noise=(),
        stories=_with_ids([story]),
        meta=meta,
        diagnostics=tuple(diagnostics),
    )
