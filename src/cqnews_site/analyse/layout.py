"""Grouping: classified lines become story drafts with items, captions and credits.

The decisions a run of heading lines can lead to are an ordered table of named
conditions and actions (``HEAD_DECISIONS``); the other line kinds have one action
each (``Builder.run``). Every decision is logged with the line it was taken on, so
``cqnews explain`` shows why a page was grouped as it was.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from cqnews_site.analyse.lines import (
    BOLD_RUN_IN,
    BRIEF_BULLETS,
    BULLETS,
    CLAUSE_MARK,
    CREDIT_AFTER_CAPTION,
    DECK_DASHES,
    IMAGE_MARK,
    LETTER_SALUTATION,
    NAME_CHARS_MAX,
    PHOTOGRAPHER_LAST,
    SAME_PAGE,
    SYMBOL_FONT,
    TEAM_PHOTO_CREDIT,
    Kind,
    Line,
    bare_label,
    classify,
    column_spaced,
    credit_names,
    credit_text,
    dateline,
    dateline_writers,
    enumerated,
    headline_shape,
    image_caption,
    info_line,
    is_closed,
    is_rubric,
    join_spaced_names,
    letter_spaced,
    org_marks,
    people_in_credit,
    person_like,
    report_kind,
    run_in_jump,
    run_on,
    voice_line,
    words,
)
from cqnews_site.analyse.list_passes import LIST_TITLE, NUMBERED_ENTRY
from cqnews_site.analyse.passes import (
    CLAUSE_MARKS,
    COLUMN_SLACK,
    INDENTED_PAGE_MIN,
    OPENING_LINE_RULES,
    ROMANIZATION,
    WHOLE_LINE_RULES,
    box_title,
    column_width,
)
from cqnews_site.analyse.web_passes import VIDEO_MARKS, signs
from cqnews_site.model.dates import chinese_number
from cqnews_site.model.text import CELL_GAP, cells, is_han, normalize

HAN = r"\u4e00-\u9fff"


@dataclass
class Paragraph:
    """A paragraph of a draft; a subhead is a paragraph flagged as such.

    Lines broken across columns are collected in ``parts`` and joined once, when ``text`` is
    read: joining at every line would copy a growing paragraph again and again.
    """

    first: str
    line: int
    subhead: bool = False
    parts: list[str] = field(default_factory=list)
    whole: bool = False  # a table row or a line of verse: never continued by the next line
    row: bool = False  # a table's row (its cells as printed, ``model.text.row_cells``)
    verse: bool = False  # a line of a poem
    stanza: bool = False  # a line of a poem that opens a stanza

    @property
    def text(self) -> str:
        """The paragraph's whole text."""
        if self.parts:
            self.first = "".join([self.first, *self.parts])
            self.parts.clear()
        return self.first

    @property
    def tail(self) -> str:
        """The paragraph's last characters (enough to see how it ends)."""
        recent = "".join(self.parts[-8:])
        return recent[-64:] if len(recent) >= 64 else (self.first[-64:] + recent)[-64:]

    def extend(self, text: str) -> None:
        """Continue the paragraph with the next line of a broken paragraph; a word broken
        with a hyphen at the line's end ('新-' / '能源') is joined without it."""
        tail = self.tail
        if len(tail) >= 2 and tail[-1] in "-－" and is_han(tail[-2]) and is_han(text[:1]):
            whole = self.text
            self.first = whole[:-1]
            self.parts.append(text)
            return
        self.parts.append(_separator(tail, text) + text)


@dataclass
class ItemDraft:
    """An item being built."""

    heading: str
    line: int
    lead: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    voice: bool = False  # headed by its speaker: a quotation, which no reporter signs


@dataclass
class StoryDraft:
    """A story being built."""

    line: int
    headline: str | None = None
    headline_line: int | None = None
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None
    level: int = 0  # Markdown level of the headline; 0 for plain text or headless
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # see ``Story.notes``
    items: list[ItemDraft] = field(default_factory=list)
    container: bool = False  # its head was followed directly by sub-heads: a roundup
    item_level: int | None = None
    closed: bool = False  # a closing credit was printed: the next head starts a new story
    ended: bool = False  # a jump line or signature ended its text: more text is a new story
    brief: bool = False  # a bulleted brief: no headline is printed, by design
    photo: bool = False  # photo news: its body is a credited caption
    signed: str | None = None  # a signature date line at its end
    reprinted: str | None = None  # where and when it was first printed: （原载…）
    # the day its record says it was printed, in a table of records from several issues
    printed_day: str | None = None
    dateline: str | None = None  # the dateline marker as printed: 新华社北京5月5日电（记者 陈二）
    continued_from: str | None = None  # 上接第1版
    continued_to: str | None = None  # 下转第2版
    titled_brief: bool = False  # a brief headed by a bulleted title under a briefs rubric
    column: bool = False  # its section is a column's name printed alone above it
    sourced: bool = False  # closed by a source's or an office's credit, no writer's
    listing: bool = False  # a paragraph ending in a colon listed the bulleted points under it
    article: bool = False  # a web page's information line under its title named its writer
    briefs: bool = False  # a briefs column (简讯) holding untitled briefs: the rubric heads it

    @property
    def has_body(self) -> bool:
        return bool(self.paragraphs or self.items)

    def rubric_heads_roundup(self) -> None:
        """Items begin under a rubric and no headline: the rubric, the roundup's only head,
        is its headline ('体育快讯' over '▶title：…' briefs, '乡镇动态' over towns' briefs)."""
        if self.headline is None and self.section:
            # ('地　区　简　讯': a column's name set letter-spaced)
            self.headline, self.section, self.container = (joined_letters(self.section), None,
                                                           True)

    def target(self) -> list[Paragraph]:
        return self.items[-1].paragraphs if self.items else self.paragraphs


@dataclass
class Decision:
    """A grouping decision for a run of heading lines: when ``condition``, do ``action``.

    ``action`` returns the lines of the run still to place, or None when it placed them all.
    ``example`` is a small page, its lines separated by " / ", on which the decision is taken.
    """

    name: str
    example: str
    condition: Callable[[Builder, list[Line], Line | None], bool]
    action: Callable[[Builder, list[Line], Line | None], list[Line] | None]


_SIGNED_END = re.compile(r"[。！？”]\s*\([^()]{2,24}\)$")  # '…。（县农业农村委　何　平）'
# A head given again in other letters under it, between the heads of a run: its pinyin, or
# its English on a bilingual page ('双方签署…备忘录' / 'The Two Sides Sign an MOU…').
_ENGLISH_WORDS = re.compile(r"^[A-Z][A-Za-z'’]*(?: [A-Za-z'’,:&-]+){2,}$")


def _head_rendering(line: Line) -> bool:
    """Is ``line`` the head above it given again in other letters (``_ENGLISH_WORDS``)?"""
    return line.rule == ROMANIZATION or (
        line.rule == "latin-chrome" and _ENGLISH_WORDS.match(line.text.strip()) is not None)


_PIECE_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}、\s*(?=\S{4})")
_PICTURE_FLAG = re.compile(r"\s*[(（【\[](?:组?图|組?圖|视频|視頻)[)）】\]]$")
BOX_PARTS_MIN = 2  # titled parts of a box under a column's name
# A card's mark as an advertisement, with its advertiser: '广告　上游房产'.
_AD_CARD = re.compile(r"^(?:广告|廣告|推广|推廣)\s+\S{2,12}$")
AD_CARD_PARAGRAPHS = 2  # paragraphs of an advertisement's card, at most
# A channel card's meta line: its medium, maybe its writer, when it was posted, its comments.
_CARD_META = re.compile(
    r"^\S{2,12}(?:\s+(?P<credit>(?:记者|通讯员)(?:\s+\S){2,4}|(?:记者|通讯员)\s*\S{2,4}))?\s+"
    r"(?:\d{1,2}(?:小时|分钟)前|(?:昨天|前天)\s*\d{1,2}:\d{2}|\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})"
    r"\s+评论\s*\d+$")
# A meeting's headline ('县政府召开第二十七次常务会议') and what the meeting took up, its deck
# ('研究部署抗旱救灾和有序用电工作').
_MEETING_HEAD = re.compile(r"(?:召开|举行|舉行)\S{0,14}(?:会议|會議|全会|全會|会|會)$")
_AGENDA = re.compile(r"^(?:研究|部署|传达|傳達|听取|聽取|审议|審議|学习|學習)")
# A deck's own mark: a run of dashes (not one, which a list item may start with) before
# words; a cut line ('－－－－✂－－－沿此线剪下－－－－') has dashes at both ends.
_DECK_OVER = re.compile(r"^\s*(?:——|－－|--)\s*[^\s\-－—✂].*(?<![\-－—])$")
# A site's fields printed with an entry (its source, its count of reads, its writer).
_BARE_DAY = re.compile(r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}$")
_COMMENTS_TAIL = re.compile(r"\s*\[?\s*(?:评论|評論)\s*\d+\s*\]?$")
_INFO_FIELDS = re.compile(r"(?:来源|來源|点击|點擊|浏览|瀏覽|撰稿|信息员|信息員)\s*:")
# An entry's day before its fields, on the line under its text ('2023-05-15　来源：…').
_DATED_FIELDS = re.compile(r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?\s+\S")


def _starts_story(after: Line | None) -> bool:
    if after is None:
        return False
    if after.kind is Kind.BYLINE:
        return True
    return after.kind is Kind.BODY and bool(dateline(after.normal[:120]))


def _opens_report(line: Line | None) -> bool:
    """Does this paragraph open a news report (a dateline), as a story's first one does?"""
    return (line is not None and line.kind is Kind.BODY
            and bool(words()["report_opening_re"].match(line.normal[:40])))


_SAME_DAY = ("当天", "当日", "同日", "同一天")


def _day_named_before(line: Line) -> bool:
    """'当天，…': a paragraph dated by a day named before it goes on a story, never opens
    one (a report's opening names its day: '10月25日，…', '昨日，…')."""
    return line.normal.startswith(_SAME_DAY)


def _actor_head(line: Line, after: Line | None) -> bool:
    """'九三学社重庆市委' above '4月30日，九三学社重庆市委召开…': a body's name alone over a
    paragraph that opens with it (after its date) heads a roundup's section, not a story:
    a story's headline says what happened."""
    if line.level or line.kind is not Kind.HEADLIKE or after is None or after.kind is not Kind.BODY:
        return False
    name = line.normal.replace(" ", "")
    if not 2 <= len(name) <= 16 or not words()["actor_suffix_re"].search(name):
        return False
    opening = words()["opening_time_re"].sub("", after.normal, count=1)
    return opening.startswith(name) and len(opening) > len(name)


FLAGGED_STORIES_MIN = 2  # '##' heads under one '#' that make it the page's flag
_PLAYER_CHROME = re.compile(r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|^(?:播放|暂停|暫停)\s")
_PLACE_HEAD = re.compile(r"^(?P<place>[^\s:：，,。]{2,6})\s*[:：]\s*\S")


def _intro_names_place(cur: StoryDraft | None, line: Line) -> bool:
    """'黔江：“猕猴桃擂台”比出好果子' under a story whose opening paragraph names the places its
    parts report from ('当天，渝东南的黔江、酉阳、秀山、彭水四区县分别…'): the head of a part
    (the story is a roundup), not a story of its own."""
    head = _PLACE_HEAD.match(line.normal) if not line.level else None
    if (head is None or cur is None or cur.ended or cur.headline is None
            or not cur.paragraphs or (cur.reporters and not cur.items)):
        return False
    place = re.escape(head["place"])
    # (named in a list: '黔江、酉阳', '、彭水四区县'; not a place the text merely mentions)
    listed = re.compile(rf"、\s*{place}|{place}[区县市區縣]?\s*、")
    return (bool(cur.items) or not cur.closed) and any(
        listed.search(paragraph.text) for paragraph in cur.paragraphs)


# A part's number in Chinese before its head ('一、2026年春运…'), and an opening paragraph
# that announces the parts under it ('现将近期工作动态编发如下。', '…摘登如下：').
_CHINESE_NUMBERED = re.compile(r"^(?P<n>[一二三四五六七八九十]{1,3})、\S")
_LISTED_BELOW = re.compile(r"如下[。:：]$")
ANNOUNCED_PARTS_MAX = 10  # parts of a bulletin read as its items, at most ('一、' … '十、')


def _announced_part(b: Builder, line: Line) -> bool:
    """'一、…' under a bulletin's opening that announces its parts ('现将近期工作动态编发如
    下。'), the part signed at its end by who sent it and another part after it, or the
    next number after the last such part ('二、…' after '一、…'): a part of the bulletin,
    each its own item, however its credit closed the part before. (The sections of a
    report, unsigned, are its subheads.)"""
    cur = b.cur
    numbered = _CHINESE_NUMBERED.match(line.normal) if not line.level else None
    if numbered is None or cur is None or cur.headline is None or not cur.paragraphs:
        return False
    number = chinese_number(numbered["n"])
    if not cur.items:
        return (number == 1 and len(cur.paragraphs) == 1
                and _LISTED_BELOW.search(cur.paragraphs[0].text) is not None
                and b.signed_numbered_part(line, 2))
    last = _CHINESE_NUMBERED.match(normalize(cur.items[-1].heading))
    before = chinese_number(last["n"]) if last is not None else None
    return before is not None and number == before + 1 <= ANNOUNCED_PARTS_MAX


GROUP_PART_BULLETS = "◎●◆■"  # the marks a group report sets before each part's head


def _group_report(cur: StoryDraft) -> bool:
    """Is the story a group report ('时报关注·组合报道' over its head: parts under bullets)?"""
    return any(heading and normalize(heading).endswith(tuple(words()["group_report_rubrics"]))
               for heading in (cur.section, cur.kicker))


def _group_part(b: Builder, line: Line) -> None:
    """A group report's part: an item of the story (and its later bulleted parts too)."""
    assert b.cur is not None
    b.cur.container = True
    b.open_item(line.text.strip().lstrip(GROUP_PART_BULLETS), line.number, None)


def _prize_rank(line: Line) -> bool:
    """'一等奖', '优秀奖' alone on a line: a rank of a contest's results, over its winners."""
    return not line.level and line.normal.replace(" ", "") in words()["prize_ranks_set"]


def _salutation(line: Line | None) -> bool:
    """'编辑同志：' alone on its line: a letter to the paper begins."""
    return (line is not None and line.kind is Kind.BODY
            and bool(LETTER_SALUTATION.match(line.normal)))


def _actor_items(b: Builder, run: list[Line], after: Line | None) -> None:
    """Heads above the first section open the roundup; the section's name opens its item."""
    if len(run) > 1:
        b.open_story(run[:-1], run[-1])
    b.open_item(run[-1].text, run[-1].number, None)


def _subhead_shape(text: str) -> bool:
    """An in-text subhead: short and without commas (a column fragment usually has one)."""
    norm = normalize(text)
    quoted = norm[:1] == "“" and norm[-1:] == "”"  # a quotation heads a part, commas and all
    return len(norm) <= 30 and (quoted or ("," not in norm and "、" not in norm))


_HEAD_DASH = re.compile(r"\s*(?:——|--|－－)\s*")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》|\"[^\"]*\"")


def split_deck(text: str) -> tuple[str, str | None]:
    """'守住堤坝 ——我区全力应对' → ('守住堤坝', '我区全力应对'): a headline and the deck
    printed after a dash on its line. A dash inside quotation marks or a title's brackets
    is the name's own ('“巴风渝韵——巴蜀青铜文化特展”本周六开展')."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    for m in _HEAD_DASH.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue
        head, deck = text[:m.start()].strip(), text[m.end():].strip()
        if head and deck:
            return head, deck
    return text, None


def has_deck(text: str) -> bool:
    """'守住堤坝 ——我区全力应对': a headline with its deck after a dash."""
    return split_deck(text)[1] is not None


# A turn's speaker alone on a line over what was said ('主持人　罗斌：', '唐建平：').
_SPEAKER_LABEL = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff \u3000·]{1,15}[:：]$")


def _single(b: Builder, run: list[Line], after: Line | None) -> bool:
    """One plain line between body text: the common ground of the in-story decisions."""
    return b.cur is not None and len(run) == 1 and after is not None and not _starts_story(after)


def _figure_line(line: Line) -> bool:
    """'1.2万户  新增市场主体': a figure, then what it counts, two spaces or more apart (or
    what it counts first: '今年拟办重点民生实事　　15件')."""
    parts = cells(line.text)
    return (line.kind in (Kind.HEADLIKE, Kind.BODY) and not line.level and len(parts) == 2
            and (parts[0][:1].isdigit() or _FIGURE.fullmatch(parts[1]) is not None)
            and len(line.text) <= 40)


_FIGURE = re.compile(r"[\d.]+\s*(?:万|亿)?\s*[\u4e00-\u9fff%‰]{0,3}")


LINK_TEASER_MAX = 120  # characters of a related card's teaser, cut with '……'


LIST_DOTS = "·•"  # the marks a site's list of links sets before each title


def _link_title(line: Line) -> bool:
    """A line of a related-links list: a plain head, furniture, or a short one-sentence title
    ('沙坪坝这所学校上榜全国名单！'), never a dateline or a paragraph."""
    if line.level or not (line.kind in (Kind.HEADLIKE, Kind.NOISE, Kind.BODY)
                          or line.rule == "bulleted-subhead"):  # ('▶ 注意！解放碑…')
        return False
    if line.rule == "rule-line":
        return False  # ('---': a rule ends the list; what is below it is the page's)
    norm = line.normal
    return line.kind is not Kind.BODY or (
        len(norm) <= 40 and "。" not in norm and not dateline(norm)
    ) or (norm.endswith("...") and len(norm) <= LINK_TEASER_MAX)  # a card's cut teaser


def _briefs_rubric(name: str) -> bool:
    """Does ``name`` name a briefs column ('简讯', '科技快讯'; '简　讯' set letter-spaced,
    '【简讯】' in brackets, '■教育简讯■' between bullets)?"""
    return bool(words()["brief_rubrics_re"].search(
        normalize(name).replace(" ", "").strip("[]【】" + BULLETS)))


def briefs_headline(text: str) -> bool:
    """Is ``text`` a briefs column's name as its headline ('简　讯', '简讯四则')?"""
    counted = _PIECES.search(normalize(text))
    return _briefs_rubric(text) or (counted is not None
                                    and _briefs_rubric(normalize(text)[:counted.start()]))


def _brief_column(cur: StoryDraft) -> bool:
    """Is ``cur`` a briefs column (简讯) still taking briefs: its rubric, or a titled brief?"""
    if cur.section is None or not _briefs_rubric(cur.section):
        return False
    return cur.titled_brief or (cur.headline is None and cur.kicker is None)


def _briefs_go_on(cur: StoryDraft) -> bool:
    """Does ``cur``, a column of untitled briefs (its only head a briefs rubric: '简讯',
    '科技快讯'), take the next brief that opens with a dateline?"""
    if cur.ended or cur.items or cur.titled_brief or cur.kicker is not None:
        return False
    if cur.headline is None:
        return _brief_column(cur)
    return cur.subtitle is None and _briefs_rubric(cur.headline)


# A label set whole in square brackets ('【数读北碚】'): a box's or a column's name.
_BRACKETED_LABEL = re.compile(r"^\s*[【\[][^】\]]{2,12}[】\]]\s*$")


def bracketed_label(text: str) -> bool:
    """Is ``text`` a short label set whole in square brackets ('【数读北碚】')?"""
    return bool(_BRACKETED_LABEL.match(text))


PHOTO_STORY_PARAGRAPHS = 2  # paragraphs of a photo story told whole, at least (a lead: one)


def _rubric(text: str) -> bool:
    # ('【开州新闻】2021年5月12日': a programme's title with its day names no column)
    return (is_rubric(text) and _bracketed_headline(text) is None
            and not _DAY_ENDS.search(normalize(text)))


# A serial's part in brackets at its headline's end: '仙女山的传说（连载九）'.
_SERIAL_PART = re.compile(r"[(（](?:连载|連載)[0-9一二三四五六七八九十百]{1,4}[)）]$")


def _serial_part(line: Line) -> bool:
    """A serial's instalment ('武隆故事' / '仙女山的传说（连载九）'): the line over it is the
    column the serial runs in, never a kicker."""
    return bool(_SERIAL_PART.search(line.text.strip()))


def _box_label(text: str) -> bool:
    """A box's short label ('健康提醒', '消费提示') over a head of its own: the box's name. (A
    label alone over text is the box's only head: no column's name, see h62's gold.)"""
    norm = normalize(text)
    bare = norm.replace(" ", "").strip("【】[]")  # ('【游客说】': in brackets too)
    # Two characters set apart ('诗　林', '点　评', '【嘉　宾】') name a box or a column alike
    # (and up to eight set evenly apart: '振 兴 路 上 带 头 人').
    return ((len(bare) <= BOX_LABEL_MAX and bare.endswith(tuple(words()["box_label_endings"])))
            or column_spaced(text.strip().strip("【】[]"), 2))


BOX_LABEL_MAX = 6
HEAD_RUN_BELOW_BOX = 3  # head lines (headline, deck) a box's name may stand over
GROUP_LABELS_MIN = 2  # bulleted labels over headlines before they group a page's stories


# A line opening with words in brackets: a column's name before its headline
# ('【以案说法】网购减肥糖吃出病'), or a headline printed wholly in them, as a website's list
# prints its titles ('【武隆区召开2024年防汛抗旱工作推进会议】'). A column's name is short;
# the headline after it is at least a short headline's length, so that '【江津】' alone or
# with two characters after it stays a rubric.
_IN_BRACKETS = re.compile(r"^[【\[〔](?P<inner>[^】\]〔〕\[]{2,60})[】\]〕]\s*(?P<rest>.*)$")
# ('（新春走基层）重庆彭水：…': a series' tag in round brackets before its headline)
_TAGGED_HEADLINE = re.compile(r"^\((?P<inner>[^()\s]{2,10})\)\s*(?P<rest>\S.*)$")
# A portal's label of the form a piece takes, before a colon ('组图：秀山花灯闹元宵'): its column.
_FORM_LABEL = re.compile(
    r"^(?P<inner>(?:高清)?(?:组图|組圖)|图集|圖集|视频|視頻|图解|圖解|长图|長圖)\s*[:：]\s*(?P<rest>\S.*)$")
RUBRIC_IN_BRACKETS = (2, 10)  # characters of a column's name
HEADLINE_IN_BRACKETS = (9, 60)  # characters of a headline printed wholly in brackets
HEADLINE_AFTER_RUBRIC_MIN = 5


def _bracketed_headline(text: str) -> str | None:
    """The headline inside the brackets of a line printed wholly in them, as printed."""
    match = _IN_BRACKETS.match(normalize(text).strip())
    low, high = HEADLINE_IN_BRACKETS
    if (match is None or match["rest"] or not low <= len(match["inner"]) <= high
            or not headline_shape(match["inner"])):
        return None
    return text.strip()[1:-1].strip()


# A post's title: a column's name, a bar, the headline ('今日綦江丨綦江6个重大项目集中开工').
_BARRED_RUBRIC = re.compile(r"^(?P<inner>[^丨|\s]{2,8})\s*[丨|]\s*(?P<rest>[^丨|]+)$")
# ... or a slash, as Taiwan's papers set a series' name ('台商在山城／滷肉飯賣進重慶…'): words
# only before it (a figure's slash is a fraction: '1/3的居民…').
_SLASHED_RUBRIC = re.compile(r"^(?P<inner>[\u4e00-\u9fff]{2,6})\s*/\s*(?P<rest>[^/]+)$")


def _rubric_headline(norm: str) -> re.Match[str] | None:
    """'【以案说法】网购减肥糖吃出病 商家被判十倍赔偿', '今日綦江丨…': the match of a column's name
    in brackets or before a bar and the headline after it (groups ``inner``, ``rest``), else
    None."""
    match = (_IN_BRACKETS.match(norm) or _BARRED_RUBRIC.match(norm) or _SLASHED_RUBRIC.match(norm)
             or _TAGGED_HEADLINE.match(norm) or _FORM_LABEL.match(norm)
             # ('一等奖　《梯田新绿》': a contest's prize before the work's title)
             or words()["graded_title_re"].match(norm))
    low, high = RUBRIC_IN_BRACKETS
    if (match is None or not low <= len(match["inner"]) <= high
            or len(match["rest"]) < HEADLINE_AFTER_RUBRIC_MIN
            or not headline_shape(match["rest"])
            # ('【开州新闻】2021年5月12日': a programme and its day, one title)
            or _DAY_ONLY.match(match["rest"])):
        return None
    return match


_DAY_ENDS = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")
_DAY_ONLY = re.compile(r"^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$")


# A quotation set under a headline with its source ('“乌江水绿石板青。”——当地民谣'): an
# epigraph, which a writer's line below does not sign.
_EPIGRAPH = re.compile(r"^[“\"「『].+[”\"」』]\s*(?:——|--)\s*\S{1,16}$")


def _unbroken(run: list[Line]) -> int:
    """How many lines from the top of ``run`` are printed one under another, with no blank
    line between."""
    count = 1
    for above, below in pairwise(run):
        if below.number != above.number + 1:
            break
        count += 1
    return count


def _heads_apart_below(run: list[Line], after: Line | None) -> int:
    """The unbroken top of ``run`` when space sets it apart from what follows, else 0."""
    top = _unbroken(run)
    below = run[top] if top < len(run) else after
    if below is None or below.number == run[top - 1].number + 1:
        return 0
    # (a signature's office and name over its telephone number are no heads: '023-…')
    return top if all(any(is_han(c) for c in line.normal) for line in run[:top]) else 0


def _heads_under_text(b: Builder, run: list[Line], after: Line | None) -> list[Line]:
    return _top_heads_story_above(b, run, after, _heads_apart_below(run, after))


def _top_heads_story_above(b: Builder, run: list[Line], after: Line | None,
                           top: int) -> list[Line]:
    """The run's first ``top`` heads title the story above; the rest of the run is placed on."""
    b.head_story_above(run[:top], run[top] if top < len(run) else after)
    return run[top:]


def _late_heads(b: Builder, run: list[Line], after: Line | None) -> list[Line] | None:
    cur = b.cur
    if cur is not None and cur.headline is None and cur.has_body:
        if len(run) > 1 and _over_desk_credit(b, run):
            # (the heads over the desk's credit closing the page: all of them the story's)
            b.head_story_above(run, after)
            return None
        b.set_headline(cur, run[0])
        run = run[1:]
    b.noise.extend(line.text for line in run)
    return None


def _photo_news_headline(b: Builder, run: list[Line], after: Line | None) -> list[Line]:
    """The first head titles the photo's news above it: its paragraph and photographers
    leave the story they were read into for a story of their own."""
    assert b.photo_credit is not None and b.cur is not None
    cur, (_, added, _) = b.cur, b.photo_credit
    news = StoryDraft(line=cur.paragraphs[-1].line, paragraphs=[cur.paragraphs.pop()],
                      photographers=list(added), closed=True)
    cur.photographers[:] = [n for n in cur.photographers if n not in added]
    b.set_headline(news, run[0])
    b._start(news)
    b.photo_credit = None
    return run[1:]


PHOTO_STORY_TEXT_MAX = 1  # paragraphs of a photo story's text over its captions, at most
PHOTO_STORY_CAPTIONS = 2  # ... and its captions, at least
TRAILING_HEAD_MIN = 8  # characters of a head read after its report's text, at least
REPORT_AFTER_MIN = 2  # paragraphs of the story above that stay its own, at least


def _rule_below(b: Builder, line: Line) -> bool:
    """Is the line right under ``line`` a rule (``***``, ``———``)?"""
    below = b.line_after(line)
    return below is not None and below.rule == "rule-line"


def _heads_below(b: Builder, line: Line) -> bool:
    """Is the line right under ``line`` another head?"""
    below = b.line_after(line)
    return below is not None and below.kind in (Kind.HEADLIKE, Kind.HEADING)


def _last_report_start(draft: StoryDraft) -> int | None:
    """The last of ``draft``'s paragraphs, past its first, that opens a report by its day
    ('11月17日，在庙宇镇…'), or None."""
    for k in range(len(draft.paragraphs) - 1, REPORT_AFTER_MIN - 1, -1):
        paragraph = draft.paragraphs[k]
        if (not paragraph.subhead and not paragraph.whole
                and words()["report_opening_re"].match(normalize(paragraph.text[:40]))):
            return k
    return None


def _title_last_report(b: Builder, run: list[Line], after: Line | None) -> None:
    assert b.cur is not None
    above = b.cur
    at = _last_report_start(above)
    assert at is not None
    story = StoryDraft(line=above.paragraphs[at].line)
    story.paragraphs, above.paragraphs = above.paragraphs[at:], above.paragraphs[:at]
    above.ended = above.closed = True
    b._start(story)
    b.set_headline(story, run[0])
    if len(run) > 1:
        story.subtitle = DECK_DASHES.sub("", run[1].text).strip()


HEAD_PAIRS_MIN = 4  # pairs of Han characters in a head, at least, to weigh what it names
NAMED_SHARE_MIN = 0.5  # of a head's pairs, the share the text it titles holds, at least
NAMED_SHARE_MIN_TRAILING = 0.3  # ... on a page whose heads came after their text before
NAMED_MARGIN = 2.0  # ... that many times the share the text on its other side holds
WEIGHED_TEXT = 1500  # characters of each text weighed


def _han_pairs(text: str) -> set[str]:
    """The pairs of Han characters side by side in ``text``."""
    return {a + b for a, b in pairwise(text) if is_han(a) and is_han(b)}


TRAILING_HEADS_DECISION = "heads-naming-headless-text-above-title-it"


def _heads_name_text_above(b: Builder, run: list[Line], after: Line | None) -> bool:
    """Do the run's first heads, over a report's opening or other heads, name what the story
    above tells (half their pairs of characters and more in its text), and not what the text
    under them tells (half as many or fewer)?"""
    assert b.cur is not None
    top = _unbroken(run)
    trailing = b.heads_after_text()
    # (what comes under them opens a report, or is other heads: a column's text read on past
    # its head, '…出口增长41' / heads / '.2%，一批…', is the story above going on)
    # (on a page that sets its heads after their text, so may what is under them: a report
    # opened by its day alone, a picture's news, or the page's foot, its editors' line)
    if top == len(run) and not (_starts_story(after) or (trailing and (
            _opens_report(after) or (after is not None and after.kind is Kind.CAPTION)
            or (foot := b.line_after(run[-1])) is None or foot.kind is Kind.NOISE))):
        return False
    pairs = _han_pairs("".join(line.normal for line in run[:top]))
    if len(pairs) < HEAD_PAIRS_MIN:
        return False
    above = _han_pairs("".join(p.text for p in b.cur.paragraphs)[-WEIGHED_TEXT:])
    below_lines: list[str] = []
    line = run[top] if top < len(run) else after
    while line is not None and sum(map(len, below_lines)) < WEIGHED_TEXT:
        if line.kind is Kind.BODY and not line.level:
            below_lines.append(line.normal)
        elif below_lines:
            break
        line = b.line_after(line)
    named_above = len(pairs & above) / len(pairs)
    named_below = len(pairs & _han_pairs("".join(below_lines))) / len(pairs)
    # (on a page that set its heads after their text twice already, less of the heads need
    # be in the text: a kicker's figure of speech, '小积分　大文明', names nothing printed)
    least = NAMED_SHARE_MIN_TRAILING if trailing else NAMED_SHARE_MIN
    return named_above >= least and named_above >= NAMED_MARGIN * named_below


def _first_block_heads_story_above(b: Builder, run: list[Line],
                                   after: Line | None) -> list[Line]:
    """The run's first heads (those set one under another) title the story above; all of
    them when the desk's credit closes the story right under them (a scraper's Markdown
    sets a blank line under each head: '**温泉镇5000亩脆李上市**' / '**预计产值…**' /
    '责任编辑：周　萍')."""
    if _over_desk_credit(b, run):
        return _top_heads_story_above(b, run, after, len(run))
    return _top_heads_story_above(b, run, after, _unbroken(run))


HEADS_ABOVE_CREDIT_MAX = 3  # kicker, headline and deck


def _over_desk_credit(b: Builder, run: list[Line]) -> bool:
    """Is ``run`` a story's heads (HEADS_ABOVE_CREDIT_MAX at most) right over the desk's
    credit ('责任编辑：周　萍') that closes it?"""
    below = b.line_after(run[-1])
    return len(run) <= HEADS_ABOVE_CREDIT_MAX and below is not None and below.rule == "editors"


def _first_heads_story_above(b: Builder, run: list[Line], after: Line | None) -> list[Line]:
    b.set_headline(b.cur, run[0])
    # A headline printed after its story ends it: the heads below begin another.
    b.cur.ended = b.cur.closed = True
    return run[1:]


def _page_header(b: Builder, run: list[Line], after: Line | None) -> None:
    b.noise.extend(line.text for line in run)
    b.header.extend(line.text for line in run)


def _as_paragraph(b: Builder, run: list[Line], after: Line | None) -> None:
    b.paragraph(run[0])


# Characters of a column's name printed as an article's first line, under its information
# line ('记者手记', '人物速写').
COLUMN_LABEL_MAX = 6


def _as_section(b: Builder, run: list[Line], after: Line | None) -> None:
    b.cur.section = run[0].text.strip()


def _deck_in_body(b: Builder, run: list[Line], after: Line | None) -> None:
    b.set_headline(b.cur, run[0])


def _item_head(b: Builder, run: list[Line], after: Line | None) -> None:
    b.open_item(run[0].text, run[0].number, None, level=run[0].level)


# An interview's deck naming whom it visits: '——访潼南区委书记邓国梁'.
_INTERVIEW_DECK = re.compile(r"^(?:——|－－|--)\s*(?:访|專訪|专访)\S")


# A profile's heading: the person's name, a colon and what the profile tells ('郑晓燕：焊缝里
# 焊出“毫米级”精度').
_PROFILE_HEAD = re.compile(rf"^[{HAN}]{{2,4}}\s?:\s?\S")


def _is_profile_part(b: Builder, run: list[Line], after: Line | None) -> bool:
    """'# 他们，用汗水书写“綦江答卷”' / its writers / '# 郑晓燕：焊缝里焊出“毫米级”精度' / text /
    '# 付德兵：…': headings of profiles at the rank of a head signed over no text of its own are
    its parts (a profile page's people), as are the next ones while each names its person."""
    cur, head = b.cur, run[0]
    if (cur is None or len(run) != 1 or not head.level or head.level != cur.level
            or cur.ended or after is None or after.kind is not Kind.BODY
            or not _PROFILE_HEAD.match(head.normal)):
        return False
    if cur.items:
        return cur.item_level == head.level and all(
            _PROFILE_HEAD.match(normalize(item.heading)) for item in cur.items)
    return (not cur.paragraphs and not cur.captions and bool(cur.reporters)
            and (before := b.line_before(head)) is not None and before.kind is Kind.BYLINE)


def _is_interview_part(b: Builder, run: list[Line], after: Line | None) -> bool:
    """'### 潼南：当好川渝合作“桥头堡”' / '——访潼南区委书记邓国梁' under a headline whose
    story has begun (its summary), a rank below it: one of the interviews the story gathers."""
    cur = b.cur
    if (cur is None or len(run) != 2 or after is None or after.kind is not Kind.BODY
            or not _INTERVIEW_DECK.match(run[1].normal) or run[1].level):
        return False
    head = run[0]
    if cur.items:
        return bool(cur.item_level and head.level == cur.item_level)
    return bool(head.level > cur.level >= 1 and cur.has_body and not cur.closed)


# A profile's deck naming whom it is about: '——记区人大代表、界石镇桂花村党支部书记刘　芸'.
_PROFILE_DECK = re.compile(r"^(?:——|－－|--|—)\s*记\S")


def _is_profiled_part(b: Builder, run: list[Line], after: Line | None) -> bool:
    """'“村里每条路，我都要走一遍”' / '——记区人大代表、…刘　芸' under a story whose lead has begun
    and that no credit has closed, the first of two or more so set (or the next one): the
    profiles the story gathers, which the credit after the last signs together."""
    cur = b.cur
    if (cur is None or len(run) != 2 or after is None or after.kind is not Kind.BODY
            or run[0].level or run[1].level or not _PROFILE_DECK.match(run[1].normal)
            or cur.closed or cur.ended):
        return False
    if cur.items:
        return all((item.lead or "").startswith("记") for item in cur.items)
    if not cur.paragraphs:
        return False
    return any(_PROFILE_DECK.match(line.normal) for line in b.lines_after(run[1]))


def _interview_part(b: Builder, run: list[Line], after: Line | None) -> None:
    b.open_item(run[0].text, run[0].number, DECK_DASHES.sub("", run[1].text).strip(),
                level=run[0].level)


def _subhead(b: Builder, run: list[Line], after: Line | None) -> None:
    only = run[0]
    if _subhead_shape(only.text):
        b.cur.target().append(Paragraph(only.text, only.number, subhead=True))
    else:
        b.paragraph(only)  # the head of a paragraph broken across columns ("会议指出,…工作作")


def _numbered_subhead(b: Builder, run: list[Line], after: Line | None) -> None:
    """'## 一、…' under a '#' headline: a numbered section of the one text, as '一、任命' is."""
    b.cur.target().append(Paragraph(run[0].text, run[0].number, subhead=True))


def _article_section(b: Builder, run: list[Line], after: Line | None) -> bool:
    """A heading one level under a story's title that a byline signs ('#' / '##', '##' /
    '###', or '#' / '###' on a page that uses no '##'), over text that opens no report: a
    section of the article, not a roundup's item (unless a rule sets it apart: '---' / '###
    年前便民服务进社区' heads a box of its own)."""
    cur = b.cur
    # (a heading set between like ornaments, '### ◇ 背篓里的“流动卫生室” ◇', is a feature's
    # section whether or not the writers are named above it)
    ornamented = _single(b, run, after) and _ORNAMENTED.match(run[0].normal) is not None
    return (_single(b, run, after) and cur.level >= 1
            and run[0].level == b.level_under(cur.level)
            and (bool(cur.reporters) or ornamented)
            and not b.ruled_above(run[0])
            and cur.has_body and not cur.container and not cur.items and not cur.closed
            and after.kind is Kind.BODY
            and (not _opens_report(after) or _short_subhead(run[0].normal) or ornamented))


# A site's name alone (华龙网, 上游新闻客户端).
_SITE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:网|網|客户端|客戶端)$")
# A heading set between two like ornaments: '◇ … ◇', '◆…◆', '■ … ■', '— … —'.
_ORNAMENTED = re.compile(r"^(?P<mark>[◇◆■□●○★☆◎—-])\s*\S.*\S\s*(?P=mark)$")
SUBHEAD_SHORT_MAX = 4  # characters of a heading too short to be a report's headline


def _short_subhead(norm: str) -> bool:
    """'看什么' / '怎么去': a phrase of a few characters naming no one titles a part of one
    text, even over a day it announces; a brief's headline says what happened."""
    bare = norm.strip(" “”\"")
    return len(bare) <= SUBHEAD_SHORT_MAX and not person_like(bare)


def _section_heading(b: Builder, run: list[Line], after: Line | None) -> None:
    b.cur.target().append(Paragraph(run[0].text, run[0].number, subhead=True))


def _picture_title_in_story(b: Builder, run: list[Line], after: Line | None) -> bool:
    cur = b.cur
    if (len(run) != 1 or run[0].level or after is None or after.kind is not Kind.PHOTO_CREDIT
            or cur is None or not cur.has_body or cur.closed or cur.ended or cur.items
            or CLAUSE_MARK.search(run[0].normal) or b.line_after(run[0]) is not after):
        return False
    text, above = b.line_after(after), b.line_before(run[0])
    # (set no further from the text above than the text below is from its credit: a photo
    # news set apart between two stories has its own title)
    return (text is not None and text.kind is Kind.BODY and not dateline(text.normal[:120])
            and above is not None and run[0].number - above.number <= text.number - after.number)


def _reply_label_under_letter(b: Builder, line: Line) -> bool:
    cur = b.cur
    return (cur is not None and cur.closed and not cur.ended and bool(cur.reporters)
            and not line.level and len(line.normal) <= REPLY_LABEL_MAX
            and line.normal.lstrip(BULLETS + " ").strip("[]【】〔〕 ").endswith(
                tuple(words()["reply_endings"])))


REPLY_LABEL_MAX = 10  # characters of an answer's label under a letter ('【部门回复】')


def _video_card(line: Line | None) -> bool:
    """A feed's video card's place with the video's length ('[视频]　01:32')."""
    return (line is not None and line.text.startswith(VIDEO_MARKS)
            and _VIDEO_LENGTH.search(line.text) is not None)


_VIDEO_LENGTH = re.compile(r"\s\d{1,2}:\d{2}(?::\d{2})?$")


def _is_item_head(b: Builder, run: list[Line], after: Line | None) -> bool:
    cur, head = b.cur, run[0]
    # ('## 汛期安全不放松…' / its lead / '**大路街道**　6月13日，…' / '#### 河边镇：…' /
    # '本报讯（通讯员　罗　军）…': a heading ranked under an open roundup's heads its next part,
    # the part's own dateline under it)
    dated_part = (cur is not None and len(run) == 1 and after is not None and bool(cur.items)
                  and head.level > cur.level >= 1 and not cur.closed
                  and after.kind is Kind.BODY and bool(dateline(after.normal[:120])))
    # (a column's name set over it, '## 焦点新闻　更多>>', heads a story of that column)
    if (b.pending_section is not None or not (_single(b, run, after) or dated_part)
            # (a voice's person line under it, '### “…”' / '市人大代表，…董事长　邵文龙', goes
            # with the part)
            or (after.kind in (Kind.HEADING, Kind.HEADLIKE) and not voice_line(after.normal))
            # (a rule under a title whose contents box lists the head parts no box from it:
            # '# 南川速递…' / '今日导读' / … / '---' / '### 🔸…' heads the post's first part)
            or (head.level > cur.level >= 1 and b.ruled_above(head)
                and (cur.has_body or not b.listed_in_contents(head)))):
        return False
    if head.level and cur.level and head.level < cur.level:
        return False  # ('### 头条…' / … / '# 杨建新到…': a heading above the story's rank)
    if cur.container and head.level == (cur.item_level or head.level):
        # (a plain head set apart under a roundup whose parts its places' tags head ('【双江镇】'
        # …) heads a piece of its own: the column's call for copy)
        return not (head.level == 0 and b.apart_from_tagged_items(head, cur))
    if (cur.items and cur.item_level and head.level == cur.item_level > cur.level >= 1
            # (not under a rule or a box's label: '* * *' / '#### 数读' / '### 三区…成绩单')
            and not b.ruled_above(head)
            and (before := b.line_before(head)) is not None and before.kind is not Kind.LABEL):
        # ('## 民革重庆市委' / text / '（通讯员　袁　宁）' / '## 民盟重庆市委': a part signed on its
        # own closes that part; its sibling, a head of the parts' rank, opens the next)
        return True
    return bool(cur.level and head.level > cur.level and not cur.closed)


# A document's number: 九龙坡府办发〔2025〕12号 · 沙府人〔2024〕27号 (NFKC reads 〔〕 as they are).
_DOCUMENT_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,12}[〔\[(（]\s*(?:19|20)\d{2}\s*[〕\])）]\s*\d{1,4}\s*号$")


# When and by whom a document was adopted, in brackets under its title:
# （2023年6月29日某区第十八届人民代表大会常务委员会第十一次会议通过）.
_ADOPTION_NOTE = re.compile(r"^[(（][^()（）]{4,80}(?:通过|批准|審議通過|审议通过)[)）]$")


def _deck_under_title(b: Builder, run: list[Line], after: Line | None,
                      shape: re.Pattern[str]) -> bool:
    """One plain line of ``shape`` under a title that has no text and no deck yet."""
    return (_single(b, run, after) and run[0].level == 0 and b.cur.headline is not None
            and not b.cur.has_body and b.cur.subtitle is None
            and bool(shape.match(run[0].normal)))


def _document_number(b: Builder, run: list[Line], after: Line | None) -> None:
    """A document's number or its adoption note under its title (a site's information line
    between): its deck."""
    b.cur.subtitle = run[0].text


# characters of a head ending in a notice's type read as a notice ('停水通知', '征稿启事',
# '关于…临时交通管制的通告'; a name defined twice had made it 40 where 10 was written, and
# the pages read since were read with 40)
NOTICE_TITLE_MAX = 40


ISSUER_NOTICE_MAX = 30  # characters of an issuer's name and its notice's type


def _notice_title(line: Line) -> bool:
    """A short head ending in a notice's type ('停水通知'), or an issuer's name and the type
    ('重庆市开州区人民法院公告'): a notice of its own."""
    bare = line.normal.replace(" ", "")
    kind = next((t for t in words()["notice_types"] if bare.endswith(t)), None)
    if kind is None:
        return False
    return len(bare) <= NOTICE_TITLE_MAX or (
        len(bare) <= ISSUER_NOTICE_MAX
        and bare[:-len(kind)].endswith(tuple(words()["issuer_endings"])))


# An article page's buttons to print or close it, under its text (or over it, under the
# information line, where no text has come yet).
_PRINT_BUTTONS = re.compile(r"[【\[](?:我要)?(?:打印|列印)(?:本页|本頁|此页|此頁)?[】\]]"
                            r"|[【\[](?:关闭|關閉)(?:窗口|本页|本頁)?[】\]]")


def _head_inside_story(b: Builder, run: list[Line], after: Line | None) -> bool:
    """One plain head between paragraphs of a story that goes on (not signed off, not
    ended): a subhead, unless a decision reads it as the head of a story of its own (a
    reference book's entry title always heads its entry)."""
    return (_single(b, run, after) and run[0].level == 0 and b.cur.has_body
            and run[0].rule != "entry-title"
            and not b.cur.closed and not b.cur.ended
            # (in a Markdown article a picture and its caption may stand under a part's head)
            and (after.kind is Kind.BODY or (after.kind is Kind.CAPTION and b.cur.level >= 1))
            # (set apart under a roundup of tagged parts: a piece of its own)
            and not b.apart_from_tagged_items(run[0], b.cur)
            # (a document under a roundup's signed last part: '向道德模范学习倡议书' /
            # '全县广大干部群众：' heads a piece of its own, no part of the roundup)
            and not (b.cur.items and b.cur.items[-1].reporters and _document_head(run[0]))
            # (under a column's name and its editor's note alone: the column's first piece)
            and not (b.cur.headline is None
                     and all(words()["note_re"].match(p.text) for p in b.cur.paragraphs)))


def _signature(b: Builder, run: list[Line], after: Line | None) -> None:
    b.cur.target().append(Paragraph("".join(line.text for line in run), run[0].number))


ISSUER_LINE_MAX = 20  # characters of each line of an issuer wrapped over two
PHOTO_NEWS_LINES = 8  # lines of a photo news' caption text, at most (a narrow column's)
PICTURE_POINTERS = "←→↑↓▲△▼▽◄►"  # marks a caption points at its picture with


def _issuer_wrapped(run: list[Line], after: Line) -> bool:
    """'巫溪县第十八届人民代表大会' / '第五次会议主席团' / '2025年1月10日': an issuer set over
    two short lines right above its date."""
    if len(run) == 2 and run[0].number + 1 == run[1].number == after.number - 1:
        return all(len(line.normal) <= ISSUER_LINE_MAX for line in run)
    # ('中共重庆市涪陵区委' / '重庆市涪陵区人民政府' / '2023年9月5日': two issuers signing
    # together, a blank line between the lines of a Markdown copy)
    return (len(run) == 2 and all(b.number - a.number <= 2 for a, b in pairwise([*run, after]))
            and all(len(line.normal) <= ISSUER_LINE_MAX and line.normal.replace(" ", "").endswith(
                tuple(words()["issuer_endings"])) for line in run))


# A part's number before its title, as printed: '①　海棠香国公园', '二、', '3.' (not a
# figure: '14.8亿元').
_NUMBERED_PART = re.compile(r"^(?:[①-⑳]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))\s*\S")


# A headline that counts the pieces under it: '新民歌二首', '诗三首', '小小说两则'.
_PIECES = re.compile(r"(?P<count>[二两三四五六七八九])[首则則篇]$")


def _pieces_left(story: StoryDraft) -> bool:
    """Does ``story``'s headline count more pieces than it has signed so far (each piece a
    subhead of its own after the first)?"""
    counted = _PIECES.search(normalize(story.headline or ""))
    if counted is None:
        return False
    pieces = 1 + sum(1 for p in story.paragraphs if p.subhead)
    return pieces < (chinese_number(counted["count"]) or 0)


def _next_piece(b: Builder, run: list[Line], after: Line | None) -> None:
    """The next piece's title under a headline that counts them: the signed piece above
    did not end the story."""
    b.cur.closed = False
    b.cur.paragraphs.append(Paragraph(run[0].text, run[0].number, subhead=True))


def _heading_over_items(b: Builder, run: list[Line]) -> None:
    """The heading opens the story; the head under it, its first item."""
    b.open_story(run[:1], run[1])
    b.open_item(run[1].text, run[1].number, None)


def _subheads(b: Builder, run: list[Line], after: Line | None) -> None:
    for line in run:
        _subhead(b, [line], after)


def _open(b: Builder, run: list[Line], after: Line | None) -> None:
    b.open_story(run, after)


# The ordered table of decisions for a run of heading lines; the first that holds decides.
HEAD_DECISIONS: tuple[Decision, ...] = (
    Decision(
        "page-header",
        "今日某县 / JINRI MOUXIAN / 大足区党政代表团来我县考察 / 本报讯 5月12日，代表团来考察。",
        lambda b, run, after: b.cur is None and b.next_is_header(run[-1])
        # (a paper's or site's name is short, and names no day: '【开州新闻】2021年5月12日'
        # is a programme's title over its video's chrome)
        and all(len(line.normal) <= 16 and not _DAY_ENDS.search(line.normal) for line in run),
        _page_header,
    ),
    Decision(
        "folio-at-page-top",
        "重庆晚报　2012年4月21日　星期六 / 22　读书周刊　　　　　　悦读　悦生活 / "
        "解放碑书城办起“通宵读书夜” / 本报讯（记者 张三）昨晚8点，书城开门。",
        lambda b, run, after: b.cur is None and run[0].number <= PAGE_TOP_LINES
        and bool(_FOLIO_LINE.match(run[0].normal)),
        lambda b, run, after: b.furniture(run),
    ),
    Decision(
        # A site's list of news, each entry's title printed with the day it was posted and
        # its text under it: every entry is a story of its own, never a roundup's part.
        "posted-entry-opens-story",
        "阿蓬江镇：桑园套种增收　　[2021-11-17] / 11月15日，村民在桑园播种。 / [详细] / "
        "濯水镇：古镇开展消防演练　　[2021-11-15] / 11月12日下午，镇里开展演练。",
        lambda b, run, after: len(run) == 1 and run[0].posted,
        _open,
    ),
    Decision(
        "trailing-heads", "## 标题 / 3月1日，开幕。 / 智慧生活",
        lambda b, run, after: after is None, _late_heads,
    ),
    Decision(
        "group-report-part-opens-item",
        "时报关注·组合报道 / 消防通道被占，救火车怎么进？ / 私家车横在通道口。 / "
        "◎南岸区南坪：私家车堵住通道 / 时报记者　李　想 / 11月5日晚，小区起火。 / "
        "◎沙坪坝区小龙坎：楼道堆满杂物 / 时报记者　王　雯 / 6日上午，记者来到小区。",
        lambda b, run, after: len(run) == 1 and run[0].text.strip()[:1] in GROUP_PART_BULLETS
        and b.cur is not None and b.cur.has_body and not b.cur.ended
        and _group_report(b.cur),
        lambda b, run, after: _group_part(b, run[0]),
    ),
    Decision(
        "prize-rank-opens-item",
        "征联获奖作品选登 / 活动评出一等奖1名、二等奖2名。 / 一等奖 / 上联：一洞通幽 / "
        "（作者：酉阳　李四） / 二等奖 / 上联：桃红十里 / （作者：綦江　王五）",
        lambda b, run, after: len(run) == 1 and _prize_rank(run[0]) and b.cur is not None
        and b.cur.has_body and not b.cur.ended,
        lambda b, run, after: b.open_item(run[0].text, run[0].number, None),
    ),
    Decision(
        "markdown-headline-after-body",
        "本报讯(记者 张三)3月2日,双方会见。 / ## 会见企业代表 / ## 区政府召开常务会议 / "
        "本报讯(记者 李四)3月1日,会议召开。",
        lambda b, run, after: b.cur is not None and b.cur.headline is None and b.cur.has_body
        and len(run) >= 2 and run[0].level > 0 and run[1].level > 0,
        _first_heads_story_above,
    ),
    Decision(
        "headline-under-photo-news",
        "甲地项目开工 / 本报记者 张三 / 5月6日，项目开工。 / 工地上一派繁忙。 / "
        "5月7日，乙村稻田里收割正忙。 / （记者 李四 摄） / 乙村稻谷香 / 丙区开办托管班 / "
        "本报讯（记者 王五）5月7日，托管班开班。",
        lambda b, run, after: len(run) >= 2 and run[0].level == 0 and _starts_story(after)
        and b.photo_news_above(),
        _photo_news_headline,
    ),
    Decision(
        # Heads printed on the line right under a headless story's text, with space below
        # them, are its own (an evening paper's PDF sets some blocks' heads after their text);
        # the next story's heads stand apart from the text above them.
        "heads-right-under-headless-text",
        "本报讯（记者 张三）昨日，楼上漏水。 / 物管派人查看。\n热线追踪\n楼上漏水三个月\n"
        "物管：本周内修好 / \n本报讯（记者 李四）昨日，大桥封闭。",
        lambda b, run, after: b.cur is not None and b.cur.headline is None and b.cur.has_body
        and not b.cur.ended and not b.cur.items
        and all(line.level == 0 for line in run) and b.right_under_text(run[0])
        and ((top := _heads_apart_below(run, after)) >= 2
             # (one head alone: under a report its dateline opened, whose text ends a
             # sentence, and reading as a title: no clause in it)
             or (top == 1 and b.cur.dateline is not None and b.text_above_closed(run[0])
                 and not CLAUSE_MARKS.search(run[0].normal))),
        _heads_under_text,
    ),
    Decision(
        # A heading under a dated story with no head, over a plain headline that carries its
        # own dashed deck: the heading is the story's above, printed after its text
        # ('本报讯(记者　龙　妍)…' / '## 中山路街道老旧小区改造…' / '凯达精机智能化改造提速' /
        # '——年产值有望突破5亿元' / its byline).
        "heading-over-headline-and-deck-titles-story-above",
        "本报讯（记者 甲）11月21日，老楼加装电梯。 / 居民很高兴。 / ## 老旧小区改造惠及3200余户 / "
        "凯达精机智能化改造提速 / ——年产值有望突破5亿元 / 本报记者　谭　雪 / 走进凯达精机车间。",
        lambda b, run, after: len(run) == 3 and run[0].level > 0 and run[1].level == 0
        and run[2].level == 0 and bool(DECK_DASHES.match(run[2].normal))
        and b.cur is not None and b.cur.headline is None and b.cur.has_body
        and b.cur.dateline is not None and not b.cur.ended and not b.cur.items,
        _first_heads_story_above,
    ),
    Decision(
        # A head set right over a rule, under a story with no head: the rule closes the story
        # the head was printed after ('本报讯（记者　冉　茜）…' / '**大足石刻五处景区…免费开放**'
        # / '***' / the next story).
        "head-over-rule-titles-headless-story-above",
        "本报讯（记者 甲）5月16日，记者获悉此事。 / 当天还将举办专题展。 / 景区免费开放 / *** / "
        "刘崇远督查汛前准备工作 / 本报讯（记者 乙）5月15日，副区长检查。",
        lambda b, run, after: len(run) == 1 and b.cur is not None
        and b.cur.headline is None and b.cur.has_body and not b.cur.ended and not b.cur.items
        and _rule_below(b, run[0]),
        _first_heads_story_above,
    ),
    Decision(
        # A story's head and byline an OCR read after its text, right over the next story's
        # heads: they title the last report run into the story above (its text opened by a
        # day, after that story's own).
        "heads-and-byline-under-text-title-last-report",
        "本报讯（记者 甲）11月18日，红叶进入观赏期。 / 游客很多。 / 11月17日，在青坪村的李园里，"
        "技术员正给李树修枝。 / 冬管正当时　脆李园里学修剪 / 记者　周　涛 / 全县贫困对象建档立卡"
        "基本完成 / 本报讯（记者 乙）11月19日，记者获悉此事。",
        lambda b, run, after: len(run) <= 2 and all(line.level == 0 for line in run)
        # (a column's name over its writer's line heads the piece below: '周五影话' / '本期主笔
        # 陈　朗' / …)
        and not _rubric(run[0].text) and len(run[0].normal) >= TRAILING_HEAD_MIN
        and after is not None and after.kind is Kind.BYLINE and bool(after.names)
        and b.cur is not None and not b.cur.items and not b.cur.ended
        and _heads_below(b, after) and _last_report_start(b.cur) is not None,
        _title_last_report,
    ),
    Decision(
        # Heads between a dated story with no head and the text below them, naming what the
        # text above tells and not what the text below does, are its own: a PDF's text layer
        # gives some blocks' heads after their text ('本报讯（记者 甲）…新增学位5400个…' /
        # '新增学位5400个　我区6所新建学校秋季投用' / '本报讯（通讯员 乙）…积分超市…').
        TRAILING_HEADS_DECISION,
        "本报讯（记者 甲）9月23日，我区6所新建学校秋季投用，新增学位5400个。 / 新增学位5400个\n"
        "我区6所新建学校秋季投用 / 本报讯（通讯员 乙）9月21日，渠口镇的积分超市开张。",
        lambda b, run, after: b.cur is not None and b.cur.headline is None and b.cur.has_body
        and (b.cur.dateline is not None or b.heads_after_text())
        and not b.cur.ended and not b.cur.items
        and all(line.level == 0 for line in run) and _heads_name_text_above(b, run, after),
        _first_block_heads_story_above,
    ),
    Decision(
        "plain-headline-after-body",
        "初夏时节，走进老街。（记者 王五） / 百年老街 又见烟火人间 / 高山草场迎来避暑游高峰 / "
        "游客在草场露营。",
        lambda b, run, after: b.cur is not None and b.cur.headline is None and b.cur.has_body
        and not b.cur.ended and len(run) >= 2 and run[0].level == 0
        and not _rubric(run[0].text)  # ('读者来信' / a headline: a column's name over the next)
        # ('城　建' / '天生街道12个老旧小区改造完工': a category set letter-spaced over the next)
        and not (letter_spaced(run[0].normal, 2) and len(run[0].normal.replace(" ", "")) <= 4)
        # (a box opened by its bracketed label and closed by its credit: '【数读北碚】' / its
        # facts / '（记者　顾　然　整理）' / the next story's heads; the label is its head)
        and not (b.cur.column and b.cur.closed and bracketed_label(b.cur.section or ""))
        # closed by its credit, or signed in its dateline with the heads set apart below it
        and (b.cur.closed or (bool(b.cur.reporters) and run[1].number > run[0].number + 1))
        # (a dashed deck goes with the head over it: '一句话新闻' / briefs / '（本栏由本报记者
        # 邹　平　辑）' / '背篼里装着…' / '——记…')
        and not DECK_DASHES.match(run[1].normal),
        _first_heads_story_above,
    ),
    Decision(
        "document-number-under-title",
        "重庆市某区人民政府办公室关于推进充电设施建设的通知 / 发布日期：2025-04-09 / "
        "某府办发〔2025〕12号 / 各镇人民政府：",
        lambda b, run, after: _deck_under_title(b, run, after, _DOCUMENT_NUMBER),
        _document_number,
    ),
    Decision(
        "adoption-note-under-title",
        "某区人民代表大会常务委员会任免名单 / 发布时间：2023-06-30 16:05 / "
        "（2023年6月29日某区人大常委会第十一次会议通过） / 决定任命：",
        lambda b, run, after: _deck_under_title(b, run, after, _ADOPTION_NOTE),
        _document_number,
    ),
    Decision(
        "signature",
        "## 干部任前公示 / 现将有关情况公示如下。 / 中共某某县委组织部 / 2024年5月6日",
        lambda b, run, after: b.cur is not None and b.cur.has_body and after is not None
        and after.kind is Kind.DATE and all(line.level == 0 for line in run)
        and (len(run) == 1 or _issuer_wrapped(run, after)),
        _signature,
    ),
    Decision(
        "broken-paragraph-head",
        "## 标题在这里 / 会议强调,要把各项任务落实落细、抓 / 出实效。",
        lambda b, run, after: _single(b, run, after) and run[0].level == 0
        and b.cur.headline is not None and not b.cur.has_body and not b.cur.closed
        and "," in run[0].normal,
        _as_paragraph,
    ),
    Decision(
        "column-label-under-article-title",
        "山里的灯 / 2022-09-26　　来源：某某日报　　作者：王　言 / 记者手记 / "
        "采访结束时，天已经黑了，只有村小的灯还亮着。",
        lambda b, run, after: _single(b, run, after) and run[0].level == 0 and b.cur.article
        and b.cur.headline is not None and not b.cur.has_body and b.cur.section is None
        and len(run[0].normal.replace(" ", "")) <= COLUMN_LABEL_MAX
        and not CLAUSE_MARK.search(run[0].normal) and after.kind is Kind.BODY,
        _as_section,
    ),
    Decision(
        "deck-in-body", "□本报记者 张三 / “报告实在。”他说，一年来全市发展取 / "
        "一份成绩单 一张路线图 ——专家解读报告 / 得了新进展。",
        lambda b, run, after: _single(b, run, after) and b.cur.headline is None
        and run[0].level == 0 and has_deck(run[0].text),
        _deck_in_body,
    ),
    Decision(
        "headline-in-body",
        "图片新闻 / 市民在公园里游玩，孩子们放风筝。 / # 春日公园游人多 / 公园里花开正好。",
        lambda b, run, after: _single(b, run, after) and run[0].level > 0
        and b.cur.headline is None and b.cur.section is not None and b.cur.has_body
        and not b.cur.closed and not b.cur.ended and after.kind is Kind.BODY
        and not _opens_report(after),
        _deck_in_body,
    ),
    Decision(
        "numbered-heading-is-subhead",
        "# 某区民生实事进展 / 今年以来，进展顺利。 / ## 一、新建学校5所 / 新校区已完工。",
        lambda b, run, after: _single(b, run, after) and run[0].level > 0
        and b.cur.level > 0 and run[0].level > b.cur.level and b.cur.has_body
        and not b.cur.container and enumerated(run[0].text),
        _numbered_subhead,
    ),
    Decision(
        # A web article saved as Markdown: its one title a '#', its sections '##', its writer
        # under the title; the sections go on with the report (no dateline, none signed).
        "section-heading-in-article",
        "# 大巴山里的守山人 / 文｜记者 向 琳 / 清晨，护林员出发了。 / ## 一双脚，丈量林海 / "
        "林区有3万多亩。",
        _article_section,
        _section_heading,
    ),
    Decision(
        # A picture set inside a story's column, its title over its credit, the story's text
        # going on under it (no dateline: no report of its own).
        "picture-title-in-story",
        "## 巴县赶种冬菜 / （本报讯）菜农赶种冬菜。 / 南泉乡菜农在给莴笋追肥 / 本报记者　张三摄 / "
        "供销社订立了合同。 / （通讯员　李四）",
        _picture_title_in_story,
        lambda b, run, after: b.image_caption(run),
    ),
    Decision(
        "head-under-image-is-caption",
        "## 招聘会开幕 / 5月16日，招聘会开幕。 / [图片] / 招聘会现场 / "
        "当天一早，广场上排起了长队。",
        # (over a subhead of the text, short as the caption: '求职者在展位前咨询岗位信息' /
        # '主城企业来“抢人”' / …)
        lambda b, run, after: (len(run) <= 2 and b.image and b.cur is not None and b.cur.has_body
                               and not b.cur.closed and not b.cur.ended
                               and all(not line.level and len(line.normal) <= IMAGE_CAPTION_MAX
                                       for line in run)
                               and not CLAUSE_MARK.search(run[0].normal)
                               and run[0].rule not in ("result-title", "timed-bracketed-title")
                               and after is not None and after.kind is Kind.BODY),
        lambda b, run, after: b.image_caption(run),
    ),
    Decision(
        "search-result-opens-story",
        "红叶节今日开幕 / 11月18日上午，巫山国际红叶节在神女景区开幕，其间将举办10余项活动... / "
        "巫山发布　　2017-11-18 / 红叶进入最佳观赏期 / 记者从巫山县旅游局获悉，目前小三峡一带的"
        "红叶已进入最佳观赏期... / 重庆晨报　　3天前 / 游船加密班次 / 红叶节期间，奉节港至巫山港的"
        "三峡旅游客船每天将加开2个班次... / 奉节发布　　2017-11-16",
        lambda b, run, after: len(run) == 1 and run[0].rule == "result-title",
        _open,
    ),
    Decision("interview-part-opens-item",
             "# 唱好“双城记” / 核心提示 / 各区县如何发力？ / ### 潼南：当好“桥头堡” / "
             "——访潼南区委书记邓国梁 / 2月16日，潼南高新区内企业调试生产线。",
             _is_interview_part, _interview_part),
    Decision(
        # A voice's claim ranked under a story's heading over the person line that says who
        # said it ('### “…成本降下来”' / '市人大代表　某公司董事长　邵文龙' / the remarks).
        "voice-head-over-person-line-opens-item",
        "## 新起点上　干字当头 / 1月22日，代表们继续审议。 / ### “把优势变成胜势” / "
        "市人大代表　重庆某公司董事长　邵文龙 / “去年我们企业感受最深。”",
        lambda b, run, after: len(run) == 2 and run[0].level > 0 and run[1].level == 0
        and voice_line(run[1].normal) and _is_item_head(b, run[:1], run[1]),
        lambda b, run, after: _item_head(b, run, after) or run[1:],
    ),
    Decision("profiled-head-and-deck-under-lead-open-item",
             "履职在田间　代言为乡亲 / 我区三位基层代表的履职故事。 / “村里每条路，我都要走一遍” / "
             "——记区人大代表刘　芸 / 8月12日一早，刘芸就出门了。 / “厂里的事，就是工友的事” / "
             "——记区人大代表谢长江 / 谢长江在车间干了二十年。",
             _is_profiled_part, _interview_part),
    Decision("profile-heading-under-signed-head-opens-item",
             "# 他们，用汗水书写答卷 / 融媒体记者　王　静 / # 郑晓燕：焊缝里焊出精度 / "
             "4月28日，车间里焊花飞溅。 / # 付德兵：让山货走出大山 / 红岩村地处山区。",
             _is_profile_part, _item_head),
    Decision("item-head", "## 总标题 / 导语一段。 / ### 甲 / 甲的内容。", _is_item_head,
             _item_head),
    Decision(
        # a roundup of towns' news under its headline and lead, each part headed by its town's
        # name, a space and its title, signed by its own correspondent: the parts are items
        "placed-parts-open-items",
        "镇街发展“成绩单”亮眼 / 一年来，各镇街交出了一份份“成绩单”。 / 濯水镇 古镇“夜经济”火起来 / "
        "入夜，濯水古镇华灯初上，游人漫步街头。 / 小南海镇 “一根丝”牵出增收路 / "
        "在新建村蚕桑基地，桑树已经剪枝越冬。 / 金溪镇 “积分超市”兑出文明新风 / "
        "12月20日，村民排队兑换积分。",
        lambda b, run, after: _head_inside_story(b, run, after) and not b.cur.items
        and b.cur.headline is not None and b.placed_parts(run[0]),
        lambda b, run, after: b.open_roundup_item(run[0]),
    ),
    Decision(
        # '沙坪坝区　读者　邬家明' / '【回复】' / the department's answer: the letter's story goes
        # on under the answer's label, set as a head (as '■部门回复', a subhead, does).
        "reply-label-under-a-signed-letter",
        "## 公交车为啥不进站 / 编辑同志： / 最近公交车不进站停靠。 / 沙坪坝区　读者　邬家明 / "
        "【回复】 / 集团已派出稽查人员整改。",
        lambda b, run, after: len(run) == 1 and _reply_label_under_letter(b, run[0]),
        lambda b, run, after: b.subhead_line(run),
    ),
    Decision(
        "rubric-opens-stories",
        "## 标题 / 正文。 / 图片新闻 / 5月8日，市民在公园游玩。记者 孙七 摄",
        lambda b, run, after: _single(b, run, after) and run[0].level == 0 and b.cur.has_body
        # ('【游客说】' over the voices a report quotes: a box's label, its part; '办事指南' over
        # '服务时间：…' fields: the story's own box of facts)
        and _rubric(run[0].text) and not _box_label(run[0].text)
        and not (after is not None and after.rule in ("labelled-paragraph", "form-field"))
        # ('【文字实录】' over '主持人　罗斌：': a transcript's first turn, the story's own text)
        and not (after is not None and after.kind is Kind.BODY
                 and _SPEAKER_LABEL.match(after.normal) is not None),
        _open,
    ),
    Decision(
        "announced-part-opens-item",
        "区交通运输委工作动态 / 现将近期工作动态编发如下。 / 一、春运保障工作启动 / "
        "1月15日，召开部署会。 / （区交通运输委运输管理科） / 二、连接道完成验收 / "
        "1月13日，工程通过验收。 / （区交通运输委建设管理科）",
        lambda b, run, after: len(run) == 1 and _announced_part(b, run[0]),
        lambda b, run, after: b.open_announced_part(run[0]),
    ),
    Decision(
        "named-place-head-opens-item",
        "渝东南四区县欢庆丰收节 / 9月23日，黔江、酉阳两区县分别举办活动。 / "
        "黔江：猕猴桃擂台比出好果子 / 9月23日上午，擂台赛举行。（记者 李四） / "
        "酉阳：稻田里晒秋 / 当天，梯田迎来开镰。（记者 王五）",
        lambda b, run, after: len(run) == 1 and _intro_names_place(b.cur, run[0]),
        lambda b, run, after: b.open_item(run[0].text, run[0].number, None),
    ),
    Decision(
        "actor-head-opens-item",
        "各民主党派传达学习会议精神 / 民盟重庆市委 / 4月30日，民盟重庆市委召开常委会。（李四） / "
        "市工商联 / 4月29日，市工商联召开传达学习会。（王五）",
        lambda b, run, after: _actor_head(run[-1], after) and (
            len(run) > 1 or (b.cur is not None and not b.cur.ended
                             and (b.cur.headline is not None or bool(b.cur.items)))),
        _actor_items,
    ),
    Decision(
        # Blocks set apart by more space than the page's paragraphs are stories: a
        # supplement's unsigned features follow one another with no byline between them.
        "head-after-wide-gap-opens-story",
        "钓鱼城：古战场焕发新活力 / 登上钓鱼城。 / 近年来，景区改造。 / 今年暑期推出夜游。 / "
        "\n合川桃片：百年手艺 / 合川桃片始创于清代。",
        lambda b, run, after: _head_inside_story(b, run, after) and b.wide_gap_before(run[0]),
        _open,
    ),
    Decision(
        "head-over-a-report-signed-apart-opens-story",
        "本报讯（记者 向宇）11月17日，电梯投用。 / 三合街道：消防排查不留死角 / "
        "入冬以来，街道开展排查。 / 截至目前，已排查隐患23处。（通讯员 谭小琴）",
        lambda b, run, after: _head_inside_story(b, run, after) and b.signed_apart(run[0]),
        _open,
    ),
    Decision(
        "head-over-photo-news-opens-story",
        "本报讯（记者 宋琦）长假第三天，景区迎来客流高峰。 / 市旅游局提醒游客错峰出行。 / "
        "解放碑：人潮涌动\n长假第三天，解放碑步行街人流如织。\n商报记者　张　远　摄",
        lambda b, run, after: _head_inside_story(b, run, after) and b.photo_news_under(run[0]),
        _open,
    ),
    Decision(
        "head-under-box-label-signed-opens-story",
        "本报讯（记者 甲）收购启动。 / 让油菜籽颗粒归仓。 / 相关新闻 / "
        "全市油菜籽收购均价每斤2.55元 / 据市农委监测，收购均价为每斤2.55元。 / （邓晓岚）",
        lambda b, run, after: _head_inside_story(b, run, after)
        and b.signed_under_label(run[0]),
        _open,
    ),
    Decision(
        "head-over-photo-story-opens-story",
        "本报讯（通讯员 秦川）登山赛将于23日举行。 / 请游客合理安排出行。 / 霜葉紅於二月花 / "
        "11月以来，巫山红叶进入最佳观赏期。 / ▲秋日的巫峡两岸层林尽染。　记者　王　磊　摄 / "
        "▲游客乘船穿行在小三峡。　通讯员　秦　川　摄",
        lambda b, run, after: _head_inside_story(b, run, after) and b.photo_story_under(run[0]),
        _open,
    ),
    Decision(
        "head-over-a-letters-salutation-opens-story",
        "读者来信 / 菜价问题 / 编辑同志： / 我想反映菜价。 / 在外也想看家乡报 / 编辑同志： / "
        "我在外打工。",
        lambda b, run, after: _head_inside_story(b, run, after) and _salutation(after),
        _open,
    ),
    Decision(
        "heading-over-field-blocks-heads-roundup",
        "## 本周招聘会 / 大学生暑期专场招聘会 / 时间：6月20日9:00 / 地点：大学城 / "
        "渝北区民营企业招聘会 / 时间：6月21日9:00 / 地点：两路人才交流中心",
        lambda b, run, after: len(run) == 2 and run[0].level > 0 and run[1].level == 0
        and b.field_blocks(run[1]) >= FIELD_BLOCKS_MIN,
        lambda b, run, after: _heading_over_items(b, run),
    ),
    Decision(
        "head-over-fields-opens-item",
        "## 本周招聘会 / 大学生暑期专场招聘会 / 时间：6月20日9:00 / 地点：大学城 / "
        "渝北区民营企业招聘会 / 时间：6月21日9:00 / 地点：两路人才交流中心",
        lambda b, run, after: len(run) == 1 and run[0].level == 0 and b.cur is not None
        and bool(b.cur.items) and not b.cur.closed and not b.cur.ended
        and after is not None and _field_line(after),
        lambda b, run, after: b.open_item(run[0].text, run[0].number, None),
    ),
    Decision(
        "title-of-a-set-piece-goes-on",
        "新民歌二首 / 挑　谷 / 一根扁担两头翘， / （几江镇　王德福） / 晒　坝 / "
        "晒坝大来晒坝宽， / （油溪乡　张秀英）",
        lambda b, run, after: len(run) == 1 and run[0].level == 0 and b.cur is not None
        and b.cur.closed and not b.cur.ended and not b.cur.items and after is not None
        and after.kind is Kind.BODY and _pieces_left(b.cur),
        lambda b, run, after: _next_piece(b, run, after),
    ),
    Decision(
        "box-label-over-speakers-stays-in-story",
        "乡村旅游如何走向“长久” / 今年暑期，渝东南不少乡村民宿一房难求。 / 【嘉　宾】 / "
        "谭启明　武隆区文化和旅游发展委员会主任 / 7月12日，本报邀请三个区县文旅部门负责人。",
        lambda b, run, after: _single(b, run, after) and run[0].level == 0 and b.cur.has_body
        and not b.cur.closed and not b.cur.ended and after.rule == "speaker-line"
        and run[0].normal[:1] in "【[" and _box_label(run[0].text),
        _subhead,
    ),
    Decision(
        "record-title-opens-story",
        "信件选登 / 今年的信件选登如下。 / 南湖路公交站能否加装候车雨棚？ / "
        "信件编号：NA2026011502　　来信人：王**　　来信时间：2026-01-15",
        lambda b, run, after: len(run) == 1 and run[0].rule == "record-title",
        _open,
    ),
    Decision(
        "post-title-opens-story",
        "长寿融媒 / 1-16 16:08　来自 微博网页版 / 【年货大集开市】1月16日，年货大集开市。 / "
        "长寿融媒 / 1-15 12:20　来自 微博网页版 / 【寒潮蓝色预警】预计1月16日起降温。",
        # (a microblog post's title in 【】, split from its text: ``microblog_posts``)
        lambda b, run, after: len(run) == 1 and run[0].rule == "post-title",
        _open,
    ),
    Decision(
        "biography-name-opens-story",
        "第一章　人物传 / 本章收录已故人物。 / 向　子　乔 / 向子乔（1868～1931），城口县人。 / "
        "王　承　兴 / 王承兴（1913～1934），城口县人。",
        # (a gazetteer's biography under its subject's name: ``passes._biography_names``)
        lambda b, run, after: len(run) == 1 and run[0].rule == "biography-name",
        _open,
    ),
    Decision(
        "note-label-opens-note",
        "青石巷的最后一个秋天 / 9月9日傍晚，刘福顺取下了招牌。 / 编后 / 每一次蓄水，都有街巷消失。",
        # (over a headline of its own, '记者手记' / '守山，也是守心', the label is the note's
        # column: the run is two lines and opens a story the usual way)
        lambda b, run, after: len(run) == 1 and b.cur is not None and b.cur.has_body
        and run[0].normal.replace(" ", "").lstrip(BULLETS) in words()["note_boxes"]
        and after is not None and after.kind is Kind.BODY,
        lambda b, run, after: b.open_note(run[0]),
    ),
    Decision(
        "head-over-sourced-table-opens-story",
        "## 甲 / 正文。 / 今日外汇牌价（3月11日）\n单位：元\n币种　　现汇买入价　　卖出价\n"
        "美元　　611.03　　613.49\n欧元　　846.57　　852.51\n（数据来源：中国银行重庆市分行）",
        # (a table printed on its own, with the source it was supplied by, after a report
        # that ends unsigned: its title heads it, no subhead of the report above)
        lambda b, run, after: len(run) == 1 and _head_inside_story(b, run, after)
        and after.rule in ("table-title", "table-row") and b.sourced_table_under(run[0]),
        _open,
    ),
    Decision(
        # A broadcast script's item header ('[01]　…会议召开　　口播+VCR　2′20″', its form and
        # time taken off): each item is a report of its own, whatever the anchor said before.
        "rundown-title-opens-story",
        "主持人：各位观众，晚上好！ / [01]　全区防汛工作会议召开　　　　口播+VCR　2′20″ / "
        "主持人：5月19日上午，会议召开。",
        lambda b, run, after: run[0].rule == "rundown-title",
        _open,
    ),
    Decision(
        "subhead", "## 标题 / 第一段。 / 产业升级再提速 / 第二段。",
        lambda b, run, after: _head_inside_story(b, run, after)
        # ('[视频]　01:32' / '奉节：伦晚脐橙进入采摘季…' / its caption: a feed's next video card,
        # the video's length shown on it)
        and not (b.image and _video_card(b.line_before(run[0])))
        # ('【办理时间表】' / '6月14日9:20　陈女士来电…': a box's label over dated entries)
        and (not _opens_report(after) or _day_named_before(after)
             or (run[0].normal[:1] in "【[" and _box_label(run[0].text))
             # ('**民宿老板忙得脚不沾地**' / '7月21日傍晚，…' in an article page: its section,
             # the page's one article signed by the information line under its title)
             or (b.cur.article and not dateline(after.normal[:120])))
        # '避暑地民宿…' / '（上接第1版）记者从…': the repeated head of a story continued here
        and not words()["jump_from_re"].match(after.normal)
        # 贺信, 通知, 关于…的公告, 停水通知: the title of a document of its own; 简讯四则:
        # a title counting its pieces; …获奖名单: a list's
        and run[0].rule != "document-type" and not words()["doc_title_re"].match(run[0].normal)
        and not _notice_title(run[0]) and not _PIECES.search(run[0].normal)
        and not LIST_TITLE.fullmatch(run[-1].normal.replace(" ", ""))
        # ('重庆油菜花进入盛花期…' / '重庆商报　2013年03月12日 06:50': a result's or an
        # article's title over its information line; the same title over the line again is
        # the article's next page)
        and not (b.over_info_line(run[-1]) and run[-1].text.strip() != b.cur.headline),
        _subhead,
    ),
    Decision(
        "subhead-over-numbered-part",
        "荣昌城区这座新公园叫啥名？ / 公园即将和大家见面。 / 候选名称有哪些？一起来看看 / "
        "①　海棠香国公园 / 公园内种植海棠3000余株。",
        lambda b, run, after: len(run) == 2 and _head_inside_story(b, run[:1], after)
        and bool(_NUMBERED_PART.match(run[1].text.strip()))
        and not _NUMBERED_PART.match(run[0].text.strip()) and not _opens_report(after),
        lambda b, run, after: _subheads(b, run, after),
    ),
    Decision("open-story", "大足区党政代表团来我县考察 / 本报讯(记者 张三)5月12日,来我县考察。",
             lambda b, run, after: True, _open),
)


# Leads that head one part of a page each, and the decision that opens its item:
# '秦德明：高山茶园里的“老支书”' (the part of a profile page about one person) ·
# '跳磴镇党委书记　彭　丽' (what one of the officials interviewed in turn says).
# '二、第九届二圣梨花节开幕' (an event of a ranked list: 2016年巴南区十大新闻).
_PART_LEADS = {"named-part": "named-part-opens-item", "post-and-name": "post-and-name-opens-item",
               "ranked-part": "ranked-part-opens-item"}


@dataclass(frozen=True)
class LineDecision:
    """A grouping decision taken on one line of a given kind (not a head run)."""

    name: str
    example: str  # a small page, lines separated by " / ", on which the decision is taken
    doc: str


# What the other line kinds lead to; ``Builder`` logs these names where it takes them.
LINE_DECISIONS: tuple[LineDecision, ...] = (
    LineDecision(
        "dateline-opens-story",
        "## 甲 / 甲的内容。 / 本报讯(记者 张三)3月5日,会议召开。",
        "a dateline after a story's text opens a new (headless) story",
    ),
    LineDecision(
        "dateline-opens-item-text",
        "金秋时节　山乡传喜讯 / 城口　腊肉有了“身份证” / "
        "本报讯（通讯员 向婷）10月13日，标签发放。 / 酉阳　贡米开镰收割 / 10月15日，村民割稻。 / "
        "潼南　柠檬项目落户崇龛 / 日前，项目签约。",
        "a dateline right under a roundup's item head opens that item's text, not a story",
    ),
    LineDecision(
        "paired-head-titles-next-report",
        "忠县柑桔丰收不愁销　　　　　　巫溪首座村办电站发电\n"
        "　　本报讯（通讯员　秦志平）连日来，柑桔成熟。 / 　　本报讯　10月18日，村办水电站发电。",
        "the right one of two headlines read across as one line titles the next report that"
        " opens with no head of its own",
    ),
    LineDecision(
        "unclaimed-paired-head-is-headline",
        "落实责任　严阵以待　　　　全县召开防汛抗旱工作会议\n"
        "　　本报讯（记者　冉　丽）6月14日，会议召开。 / 南宾街道检查食堂 / 6月13日，检查开始。",
        "a right-hand headline that no headless report takes is the headline of the story its"
        " shorter left-hand part opened, that part its kicker",
    ),
    LineDecision(
        "second-report-goes-on",
        "## 甲 / 本报讯（记者 张三）9月9日，检查开始。 / 又讯（通讯员 李四）9月11日，检查继续。",
        "a second report run on under the first (又讯) is the same story's text, its writers too",
    ),
    LineDecision(
        "byline-opens-story",
        "## 甲 / 甲的内容。 / □本报记者 李四 / 正文。",
        "a bulleted or 本报记者 byline before text opens a new story",
    ),
    LineDecision(
        "byline-signs-story-above",
        "热议报告 / 1月21日，会议开幕。 / 重庆日报记者 王五",
        "a byline after a story's text signs and closes it",
    ),
    LineDecision(
        "byline-under-item-head-signs-item",
        "时报关注·组合报道 / 消防通道被占，救火车怎么进？ / 私家车横在通道口。 / "
        "◎南岸区南坪：私家车堵住通道 / 时报记者　李　想 / 11月5日晚，小区起火。",
        "a byline right under an item's head, before its text, signs that item",
    ),
    LineDecision(
        "dashed-deck-over-headline",
        "——总投资86亿元，涵盖先进制造等领域 / 我区20个重大项目集中开工 / "
        "本报讯（记者 张三）4月9日，项目集中开工。",
        "a dashed deck printed over its headline is the story's subtitle, not its kicker",
    ),
    LineDecision(
        "writer-over-headline-signs-story",
        "冉启明　区作家协会副主席，本报特约专栏作者 / “榨菜之乡”的年轻人去哪儿了 / "
        "春节一过，老家院子里又安静下来了。",
        "a writer's line over a headline, no text between: the writer of that story",
    ),
    LineDecision(
        "post-credits-sign-post",
        "## 文创产品上市 / 8月9日，首批文创产品上市。 / —— 延伸阅读 —— / 龙水湖夜游开放 / "
        "记者8月8日从管委会获悉，夜游接待游客2万人次。（记者 李四） / 记者：王五",
        "a post's credits after a related story signed on its own sign the post",
    ),
    LineDecision(
        "portrait-under-notes-label-signs-next",
        "## 山里的医生 / 正文。 / 记者手记 / [图片] / 谭　洋 / 山路的尽头是牵挂 / 跟着他走了一天。",
        "under a reporter's-notes label, the name under the writer's portrait signs the notes "
        "whose head follows",
    ),
    LineDecision(
        "name-under-headline-signs-story",
        "## 为社区食堂点赞 / 杜 若 / 3月5日，社区食堂开门。",
        "a person's name alone between a headline and its text is its writer",
    ),
    LineDecision(
        "name-set-right-signs-story",
        "## 让先锋岗亮起来 / 党员要带头。 / \u3000\u3000\u3000\u3000\u3000\u3000马　宁",
        "a name alone set far right under a story's text, unsigned, signs it (a commentary)",
    ),
    LineDecision(
        "closing-credit-signs-and-closes",
        "## 甲 / 正文。 / （本报记者 张小明 实习生 李晓雨）",
        "a closing credit on its own line signs the story (or its last item)",
    ),
    LineDecision(
        "jump-line-ends-story",
        "## 甲 / 正文。 / （下转第2版）",
        "下转第N版 ends the story's text on this page",
    ),
    LineDecision(
        "run-in-jump-ends-story",
        "## 甲 / 正文。 / 去年，他共出栏麻鸭2.1万只，加上卖（转下栏）",
        "a jump closing a paragraph's last line ends the story's text on this page",
    ),
    LineDecision(
        "jump-line-continues-story",
        "## 甲 / 上接第一版 / 正文。",
        "上接第N版 under a headline: the story continues one from page N",
    ),
    LineDecision(
        "jump-line-continues-next-story",
        "## 甲 / 正文。 / （上接1版） / 会议还研究了其他事项。",
        "上接第N版 after a story's text: the text below is another story, continued",
    ),
    LineDecision(
        "jump-marker-continues-story",
        "# 一片茶叶的新路 / （上接第1版）茶园里，茶农正忙。",
        "（上接第N版） at a paragraph's head is cut off and recorded",
    ),
    LineDecision(
        "text-opens-headless-story",
        "## 甲 / 正文。 / （下转第2版） / 初夏时节，走进老街。",
        "text after a jump line is a new story whose headline comes later, if at all",
    ),
    LineDecision(
        "note-under-signature-goes-on",
        "菜价问题 / 编辑同志：我想反映菜价。 / 读者　李明 / 2009年2月26日 / "
        "编者：本报已将此信转交有关部门。",
        "the editors' answer under a letter's signature, or the writer's postscript under "
        "the piece's date, is the piece's",
    ),
    LineDecision(
        "bullet-lists-points",
        "## 流感进入高发期 / 区疾控中心提醒市民： / ●老年人尽早接种。 / ●勤洗手。",
        "bulleted paragraphs under a paragraph ending in a colon are the points it lists",
    ),
    LineDecision(
        "bullet-goes-on-briefs-column",
        "简讯 / ●5月8日，区长调研。（记者 甲） / ●5月9日，副区长检查。（记者 乙）",
        "untitled bulleted briefs under a briefs rubric are one story, the rubric its headline",
    ),
    LineDecision(
        "dateline-goes-on-briefs-column",
        "科技快讯 / 本报讯（记者 甲）6月9日，航线开通。 / 本报讯（记者 乙）近日，平台上线。",
        "an untitled brief that opens with its dateline under a briefs rubric goes on its "
        "column's story",
    ),
    LineDecision(
        "bullet-opens-brief",
        "区里开展安全检查 / 5月7日，检查开展。（记者 甲） / ●5月8日，区长调研。",
        "a bulleted paragraph after a story is a brief of its own",
    ),
    LineDecision(
        "bulleted-part-opens-item",
        "两会·微镜头 / ■磨毛了边的笔记本 / 6日的会上，代表翻开笔记本。 / ■后排的代表 / "
        "发言环节，代表举手。",
        "bulleted titles under a column's name and no headline are the items of its box",
    ),
    LineDecision(
        "bracketed-title-opens-item",
        "警方快讯 / 【老人走失　民警助其回家】11月24日，民警送老人回家。 / "
        "【冒充客服骗退款　警方紧急止付】11月21日，警方止付。",
        "briefs titled in brackets run into their text under a briefs rubric are items",
    ),
    LineDecision(
        "titled-bullet-opens-item",
        "体育快讯 / ▶巫溪山地车赛开赛：10月19日，邀请赛开赛。 / "
        "▶大足游泳赛落幕：10月20日，比赛落幕。",
        "bulleted briefs titled before a colon under a briefs rubric are one roundup's items",
    ),
    LineDecision(
        "bracketed-place-heads-story",
        "【万州】新田港二期码头投用 / 本报驻万州记者　谭　江 / 10月14日上午，码头投用。",
        "a 【place】 headline over a byline or a dateline, under no roundup's head, opens a story",
    ),
    LineDecision(
        "place-title-after-photo-story-heads-story",
        "三十万盆鲜花扮靓山城\n记者　刘　洋　摄\n9月27日，工人在解放碑摆放盆花。\n"
        "解放碑中心的主花坛以“和谐”为主题。\n南岸　中秋夜万人登南山赏月\n"
        "9月25日晚，市民在南山赏月。\n北碚　缙云山来了护林队\n9月26日，护林员在黛湖边巡查。\n"
        "巴南　二圣镇的梨子熟了\n9月23日，果农在采摘晚熟梨。",
        "under a photo story told whole, a place's title (and each after it) heads a story",
    ),
    LineDecision(
        "rubric-opens-item",
        "## 区县快讯 / 【忠县】项目集中开工 / 4月2日，开工。",
        "a 【place】 head, a keyword rubric or a bare place name opens an item",
    ),
    LineDecision(
        "place-over-headline-is-section",
        "■ 大足 / 宝顶山下民宿一房难求 / 本报记者 何 静 / 4月5日，民宿客满。",
        "a bulleted place right above a headline with its byline or text is the story's section",
    ),
    LineDecision(
        "bulleted-question-in-story-is-subhead",
        "留抵退税问题有了答案 / 今年4月1日起，国家实施留抵退税政策。记者采访了有关负责人。 / "
        "■哪些企业能享受？ / 政策优先支持小微企业。 / ■退税款多久能到账？ / 一般3个工作日内到账。",
        "a bulleted question in a story's text is the subhead over its answer, no brief",
    ),
    LineDecision(
        "lead-over-report-heads-story",
        "全国劳动模范刘某华： / 带着姐妹们“织”出好日子 / 本报讯（记者　冯　涛）在荣昌县…",
        "a profile lead over a head whose text opens with a dateline or byline is the kicker "
        "of a new story's headline, not a roundup's item",
    ),
    LineDecision(
        "lead-opens-item",
        "## 代表心声 / 李建国 县人大代表、养殖大户 / ## 让路更宽 / “好。”他说。",
        "a speaker or profile lead above a head opens an item headed by that head",
    ),
    LineDecision(
        "box-label-over-sourced-table-opens-story",
        "## 甲 / 正文。 / ■商报数据\n主城部分区二手房挂牌均价（3月13日—19日）\n"
        "区域　　　　挂牌均价　　　　环比\n渝中区　　　12260元/㎡　　↑1.8%\n"
        "江北区　　　11870元/㎡　　↑2.3%\n（数据来源：中介机构　制表：商报记者　范　蕾）",
        "a bulleted box label over a table's title, its rows and their source is a story",
    ),
    LineDecision(
        "name-card-leads-item",
        "代表建议 / 让群众的心愿变成实事 / 会上，代表们纷纷建言献策。 / 把小院经济做成大产业\n"
        "市人大代表　邓光明\n璧山区大路街道天星村党委书记 / 天星村有农家小院230多个。 / "
        "给山区孩子配齐音体美老师\n市人大代表　谭秀芳 / “我们学校有12个班。”",
        "a deputy's name card under the title of an item is the item's lead",
    ),
    LineDecision(
        "speaker-opens-voice",
        "## 嘉宾致辞摘要 / 陈立新 某集团董事长 / “我们在渝西扎根15年。”",
        "a speaker's line above a quotation opens an item headed by the speaker's line",
    ),
    LineDecision(
        "named-part-opens-item",
        "## 山乡两只“领头雁” / 正文。 / 秦德明：高山茶园里的“老支书” / 清晨，他上山。 / "
        "刘小燕：返乡带着乡亲“触网” / 走进服务站。",
        "heads of a profile's parts, each a different person's name and a colon, open items",
    ),
    LineDecision(
        "ranked-part-opens-item",
        "## 2016年巴南区十大新闻 / 评出年度十大新闻。 / 一、首趟东盟公路班车从南彭发车 / "
        "1月18日，班车发车。 / 二、第九届二圣梨花节开幕 / 3月19日，节会开幕。 / "
        "三、区人民医院新院区投入使用 / 5月9日，新院区投用。",
        "the numbered heads under a ranked list's headline open its items, one event each",
    ),
    LineDecision(
        "post-and-name-opens-item",
        "## 听听“一把手”们怎么说 / 正文。 / 区教委主任　王　强 / 今年，我们将…。 / "
        "某镇党委书记　李小燕 / 今年，我们将…。",
        "heads of the parts where officials speak in turn, each posts and a name, open items",
    ),
    LineDecision(
        "bulleted-title-opens-brief",
        "快讯 / ★区妇联举办培训班 / 本月3日，培训班开班。 / ★全区开展消防检查 / 6月4日起，检查。",
        "under a briefs rubric (简讯, 快讯), a bulleted title heads a brief story of its own",
    ),
    LineDecision(
        "boxed-column-over-headline",
        "## 甲 / 正文。 / ■追踪 / 占道多年的废品站搬走了 / 本报7月5日报道了此事。",
        "a column's name after a bullet, over a headline and its text, is the section of the "
        "story it opens",
    ),
    LineDecision(
        "group-label-over-headlines",
        "■主城都市区 / 璧山银杏进入观赏期 / 记者　罗　兰 / 连日来，银杏叶变黄。 / "
        "■渝东北 / 奉节脐橙开园 / 记者　李　静 / 11月5日，脐橙开园。",
        "bulleted labels, two or more, each over a headline with its byline or dateline, group "
        "the page's stories: each is the section of the stories under it, up to the next",
    ),
    LineDecision(
        "subhead-in-story",
        "## 甲 / 正文。 / ■从“种得好”到“卖得好” / 正文二。",
        "a bulleted or enumerated subhead stays in its story, not an item",
    ),
    LineDecision(
        "broadcast-cue-closes-story",
        "## 甲 / 男：今天是4月8日，欢迎收听。 / 【间奏】 / 【稿件一】 / 乙 / "
        "女：4月7日，会议召开。",
        "a broadcast script's production cue between items ends the item above",
    ),
    LineDecision(
        "editor-line-closes-story",
        "## 甲 / 正文。 / （责任编辑：邹 航） / 端午未到，龙舟队为何提前下水？ / 正文二。",
        "the editor's line under an article's text closes it: what follows is another's",
    ),
    LineDecision(
        "author-note-above-text",
        "## 甲 / □ 陈立新 / （作者单位：某区委党校） / 正文。",
        "a note on the writer under the byline, before the text, notes; it closes nothing",
    ),
    LineDecision(
        "signature-date-ends-story",
        "## 公告 / 特此公告。 / 2023年3月28日",
        "a date alone after a notice's text signs and ends it",
    ),
    LineDecision(
        "bulleted-title-over-sourced-table-opens-story",
        "## 甲 / 正文。 / ■区县防治非典快报\n（截至5月19日12时）\n区　县　　留观人数　　解除观察\n"
        "万州区　　412　　187\n涪陵区　　203　　96\n（市防治非典型肺炎指挥部办公室提供）",
        "a table under its bulleted title with its supplier under it is a story of its own",
    ),
    LineDecision(
        "titled-sourced-table-opens-story",
        "## 甲 / 正文。 / 淘汰赛赛果\n轮次　　日期　　　主队　　　　比分　　　　客队\n"
        "半决赛　7月15日　安富队　0:0　　大昌队\n半决赛　7月16日　黄水队　2:1　　钱塘队\n"
        "（制表：何　川）",
        "a table set apart under its own title, its compiler's credit under it, is a story",
    ),
    LineDecision(
        "desk-signs-notice",
        "## 更正 / 本报昨日第2版的报道中，“1.2万亩”应为“2.1万亩”。特此更正。 / 本报编辑部",
        "the paper's desk under a notice's text signs it: a paragraph of the notice, no byline",
    ),
    LineDecision(
        "addressed-notice-goes-on",
        "## 法院公告 / 谭小军：本院受理原告诉你合同纠纷一案，现依法向你公告送达。 / 2024年6月7日 / "
        "黄丽萍：本院受理原告诉你离婚纠纷一案，现依法向你公告送达。",
        "the next notice under a notice's head, addressed as the first, goes on its story",
    ),
    LineDecision(
        "signature-goes-on",
        "## 民事判决书 / 本判决为终审判决。 / 审　判　长　　唐　敏 / 二〇一九年六月二十八日 / "
        "书　记　员　　任小雪",
        "a judgment's clerk signing under its date goes on with the signature, no new story",
    ),
    LineDecision(
        "photo-news",
        "## 高山草场迎来避暑游高峰 / 游客在草场上露营。记者 张三 摄",
        "a credited caption right under a head is the story (photo news)",
    ),
    LineDecision(
        "photo-news-before-its-heads",
        "本报讯（通讯员 冉茜）6月15日，郁山镇非遗工坊开门迎客。\n郁山镇非遗工坊开门迎客\n"
        "本报讯（通讯员 龚娟）6月16日，鞍子镇苗绣订单排到8月。\n鞍子镇苗绣订单排到8月\n"
        "本报讯（通讯员 何平）6月17日，桑柘镇烤烟进入大田管护期。\n桑柘镇烤烟进入大田管护期\n"
        "6月16日，三江村村民采收高山四季豆，全镇高山蔬菜上市。（通讯员 吴涛 摄）\n高山蔬菜上市忙",
        "on a page that sets its heads after their text, a dated caption under a story its heads "
        "ended, over a head, is a picture's news of its own",
    ),
    LineDecision(
        "signature-date-ends-item",
        "## 一周要闻 / 1. 甲镇开会 / 会议召开。 / 2. 乙路段交通管制 / 特此通告。 / 某镇人民政府 / "
        "2025年11月13日 / 3. 丙村开院坝会 / 村民议事。",
        "a notice among a digest's items, signed and dated, ends its item, not the digest",
    ),
    LineDecision(
        "caption-over-heads",
        "金秋某区·丰收节特别报道 / ▲9月23日，村民在稻田里背稻捆。记者 张三 摄\n农民当主角 / "
        "我区庆祝丰收节活动举行 / 本报讯 9月23日，活动举行。",
        "a caption right above the heads of a page flag's first story is that story's",
    ),
    LineDecision(
        "caption-over-next-heads",
        "## 甲 / 正文。 / 分享到：微信 / [图片] / 市民在樱花大道赏花。记者 张三 摄\n"
        "樱花进入盛花期 / 3月17日，樱花盛开。",
        "a web page's picture and caption right above the next story's heads are that story's",
    ),
    LineDecision(
        "caption-of-story",
        "## 甲 / 正文。 / 游客在草场上露营。记者 张三 摄 / 正文二。",
        "a credited caption inside a story is its caption; the credit names photographers",
    ),
    LineDecision(
        "caption-in-image-mark",
        "## 甲 / [图片：5月6日，座谈会现场。区融媒体中心供图] / 5月6日，座谈会召开。",
        "a picture's marker that holds a sentence and its credit holds the picture's caption",
    ),
    LineDecision(
        "caption-under-image",
        "## 甲 / [图片] / 座谈会现场。 / 5月6日，座谈会召开。",
        "an uncredited line under an image placeholder is its caption",
    ),
    LineDecision(
        "web-author-signs-story",
        "## 区里举办技能大赛 / 来源：区融媒体中心  作者：孙 七  发布时间：2024-06-08 / "
        "6月7日，大赛举行。",
        "the author named in a web page's article-information line is the story's writer",
    ),
    LineDecision(
        "comment-list",
        "## 甲 / 正文。 / 热门评论 / 山城小雨  20分钟前 / 我们学校也有这个！ / 赞 36",
        "a comments label and the comments under it, up to a wide gap, are chrome",
    ),
    LineDecision(
        "label-over-story",
        "## 曾庆华的出诊包 / 他走遍了全村。 / 相关新闻 / 我区为乡村医生办理保险 / "
        "本报讯（通讯员 罗 琼）8月18日，保险办妥。",
        "a related-news label over a headline and its report: the story's section",
    ),
    LineDecision(
        "label-over-box-title",
        "## 万州烤鱼产业年产值突破50亿元 / 全区共有烤鱼餐饮企业2100余家。（记者 邓凯） / 链接 / "
        "万州烤鱼的由来 / 万州烤鱼起源于上世纪八九十年代的万州码头，后来逐渐走上街头。",
        "a box's label over a title of its own and its text: the box is a story, under the "
        "label as its section",
    ),
    LineDecision(
        "reply-under-a-signed-letter",
        "读者来信 / 老伴腰疼总说忍忍就好，这样对吗？ / 我老伴今年70岁，一直喊腰疼。 / "
        "读者 钱淑芬 / ■医生回复 / 钱女士：您好！老年人的慢性疼痛不能一忍了之。",
        "a reply's subhead under a signed letter: the answer is part of the letter's story",
    ),
    LineDecision(
        "credit-line-ends-paragraph",
        "图片新闻 / 青菜头丰收　菜农晾晒忙 / "
        "　　3月5日，江北街道二渡村，菜农将收砍的青菜头穿串上架，\n"
        "进行风脱水。今年全区青菜头种植面积70余万亩。　本报记者　冉　鹏　摄",
        "a caption's line right under an open line of text ends that paragraph: the text "
        "and its credit, wrapped (a photo's news)",
    ),
    LineDecision(
        "note-box-opens-story",
        "一颗柠檬的“出海”路 / 上游新闻记者 杨 柳 / 8月29日，柠檬装箱出口。 / ■记者手记 / "
        "一颗柠檬能走多远？ / （杨 柳）",
        "a reporter's or editor's note under its label after a story's text: a story of its "
        "own, headed by the label",
    ),
    LineDecision(
        "link-list",
        "## 甲 / 正文。 / 相关链接 / · 我县开展安全大检查",
        "a related-links label and the titles under it are web chrome",
    ),
)


ISSUED_TITLE_MAX = 40  # characters of a notice's title under its issuer's line


def _join_document_title(run: list[Line]) -> list[Line]:
    """'某某区人民代表大会常务委员会' / '任免名单', '某区人民政府' / '关于…的通告': an issuer and
    a document's type or title are one headline; so are a party committee and the session
    that issued a document ('中国共产党某县' / '第十五届委员会第九次全体会议决议')."""
    merged: list[Line] = []
    title = words()["doc_title_re"]
    for line in _typed_and_numbered(run):
        if (merged and line.level == merged[-1].level == 0
                and merged[-1].normal.startswith(("关于", "關於"))
                and not title.match(merged[-1].normal.replace(" ", ""))
                and title.match((merged[-1].normal + line.normal).replace(" ", ""))):
            # '关于接受刘继光辞去荣昌县人民政' / '府副县长职务的决定': a title wrapped by its column
            prev = merged.pop()
            line = Line(prev.number, prev.text.rstrip() + line.text.strip(), 0, Kind.HEADLIKE,
                        rule=line.rule)
        spaced = line.normal.replace(" ", "")  # ('任　免　名　单': a type set letter-spaced)
        if (
            merged
            and line.level == 0
            and merged[-1].level == 0
            and (words()["doc_types_re"].match(spaced) or title.match(spaced)
                 # '…规划和自然资源局' / '国有建设用地使用权挂牌出让公告': a notice's title
                 or (len(line.normal) <= ISSUED_TITLE_MAX
                     and line.normal.endswith(tuple(words()["notice_types"]))))
            and words()["issuer_re"].match(merged[-1].normal.replace(" ", ""))
        ) or (
            merged and line.level == 0 and merged[-1].level == 0
            # '中国共产党某县' / '第十五届委员会第九次全体会议决议'
            and words()["session_title_re"].match(line.normal.replace(" ", ""))
            and words()["party_committee_re"].match(merged[-1].normal.replace(" ", ""))
        ):
            prev = merged.pop()
            typed = line.text if spaced == line.normal else re.sub(r"[ \u3000]+", "", line.text)
            merged.append(Line(prev.number, prev.text + typed, 0, Kind.HEADLIKE,
                               rule="issuer-and-document-type"))
        else:
            merged.append(line)
    return merged


_QUOTE_PAIRS = ("“”", "《》", "()")


def _left_open(norm: str) -> str | None:
    """The pair of marks (quotation, title, bracket) ``norm`` opens and leaves open, or None."""
    return next((pair for pair in _QUOTE_PAIRS if norm.count(pair[0]) > norm.count(pair[1])),
                None)


def _join_quotation_wraps(run: list[Line]) -> list[Line]:
    """'黔江开通3条乡村客运“公' / '交化”线路': a title wrapped inside a quotation (a picture's
    width, a narrow column) is one head; no deck opens by closing its headline's quotation."""
    def closes_quotation(prev: Line, line: Line) -> bool:
        pair = _left_open(prev.normal)
        return (pair is not None and line.level == prev.level == 0
                and line.normal.count(pair[1]) > line.normal.count(pair[0]))

    return _joined_while(run, closes_quotation)


def _joined_while(run: list[Line], goes_on: Callable[[Line, Line], bool]) -> list[Line]:
    """``run`` with each line that ``goes_on(the line above, it)`` run on after that one."""
    merged: list[Line] = []
    for line in run:
        if merged and goes_on(merged[-1], line):
            merged[-1] = run_on(merged[-1], line)
        else:
            merged.append(line)
    return merged


# A head line that goes on the one above it: it opens with 暨 ('…任前集体谈话' / '暨宪法宣誓
# 仪式'), or with a short note in brackets that the line above was cut before ('中共綦江县委七届
# 六次全体' / '（扩大）会议召开').
_GOES_ON_ABOVE = re.compile(r"^(?:暨|[(（][\u4e00-\u9fff]{1,4}[)）](?=\S))")  # (not '（2013）…号')


# ... or the last of a list the line above runs ('致全县军烈属、革命残废军人、复员退伍军人' /
# '和驻县人民解放军指战员的慰问信'): a conjunction first (not a word it opens: 和谐, 与时俱进).
_LIST_GOES_ON = re.compile(r"^(?:和|及|以及|与|與)(?!谐|諧|平|美|睦|时|時)")


def _join_going_on(run: list[Line]) -> list[Line]:
    """A head run with each plain line that goes on the one above joined to it."""
    return _joined_while(run, lambda prev, line: (
        not line.level and not prev.level and line.number == prev.number + 1
        and (bool(_GOES_ON_ABOVE.match(line.normal))
             or ("、" in prev.normal and bool(_LIST_GOES_ON.match(line.normal))))
        and not is_closed(prev.normal)))


WRAP_TAIL_MAX = 4  # characters of a headline's end wrapped onto a line of its own
WRAPPED_HEAD_MIN = 8  # characters of the line it was wrapped from, at least
TWO_PART_TAIL_MAX = 6  # characters of a two-part headline's second part on a line of its own
TWO_PART_HEAD_MAX = 14  # characters of both parts together, at most
TWO_PART_HEAD_MIN = 10  # ... and at least
TWO_PART_HAN_MIN = 3  # Han characters of each part, at least


PAIRED_HEADING_MAX = 8  # characters of each half of a headline set as two equal headings
# ... and at least (a genre's name over a title is shorter: '# 小小说' / '# 一筐橘子')
PAIRED_HEADING_MIN = 4


def _join_paired_headings(run: list[Line]) -> list[Line]:
    """'## 稳住基本盘' / '## 跑出加速度': two headings of the run's top rank, one under the
    other, each a short phrase of the same length as the other, are one headline set in two
    lines (its halves joined by a wide space, as a paper prints them)."""
    levels = [line.level for line in run if line.level]
    if len(levels) < 2:
        return run
    top = min(levels)
    for at in range(len(run) - 1):
        upper, lower = run[at], run[at + 1]
        a, b = upper.normal.replace(" ", ""), lower.normal.replace(" ", "")
        if (upper.level == lower.level == top and levels.count(top) == 2
                and lower.number - upper.number <= 2
                and PAIRED_HEADING_MIN <= len(a) <= PAIRED_HEADING_MAX and abs(len(a) - len(b)) <= 1
                and not is_closed(a) and not is_closed(b)
                and not _rubric(upper.text) and not DECK_DASHES.match(lower.text)):
            joined = replace(upper, text=f"{upper.text.strip()}\u3000{lower.text.strip()}",
                             norm=f"{upper.normal.strip()} {lower.normal.strip()}")
            return [*run[:at], joined, *run[at + 2:]]
    return run


def _join_short_wrap(run: list[Line]) -> list[Line]:
    """'县政府召开秋冬季安全生产' / '工作会议': two plain heads, the second a few characters that
    end the first (a narrow column's wrap), are one headline; no deck or headline is so
    short under a long line. So are two short parts of a headline set one a line."""
    if len(run) != 2 or any(line.level for line in run):
        return run
    first, tail = run
    short = tail.normal.replace(" ", "")
    whole = first.normal.replace(" ", "")
    if (" " in tail.normal.strip() or " " in first.normal.strip() or is_closed(first.normal)
            or DECK_DASHES.match(tail.text) or _rubric(first.text)
            or tail.number != first.number + 1):
        return run
    if len(short) <= WRAP_TAIL_MAX and len(whole) >= WRAPPED_HEAD_MIN:
        return [run_on(first, tail)]
    if (len(short) <= TWO_PART_TAIL_MAX
            # (two parts shorter together are a column's name over a title: '影像记忆' / '北门今昔')
            and TWO_PART_HEAD_MIN <= len(whole) + len(short) <= TWO_PART_HEAD_MAX
            # ('背篓校长' / '编文：冉启明': a field under a title is no part of it; nor a
            # figure, a table's cell, under a name: '1981.11' / '在职大学'; nor is a box's label
            # over its subject: '小檔案' / '兩江新區')
            and ":" not in first.normal + tail.normal
            and all(sum(map(is_han, part)) >= TWO_PART_HAN_MIN for part in (whole, short))
            and not _box_label(first.text)):
        # '大足区300名返乡农民工' / '领到创业贷款', '抗战胜利纪念章' / '送到老兵手中': a short
        # headline set in two parts, one a line (a deck is longer than six characters, and
        # no kicker and headline are both so short); the parts keep the space between them
        return [replace(first, text=first.text.rstrip() + "\u3000" + tail.text.strip(),
                        norm=first.normal.rstrip() + " " + tail.normal.strip())]
    return run


# A court's case number: '（2013）渝北法民初字第05218号'.
_CASE_NUMBER = re.compile(r"^\(\s*(?:19|20)\d{2}\s*\)\S{2,24}号$")


def _typed_and_numbered(run: list[Line]) -> list[Line]:
    """The run with a line that holds a document's type and its case number across a wide
    gap ('公　　告　　　　（2013）渝北法民初字第05218号') made two: the type, then the number
    (its deck)."""
    out: list[Line] = []
    for line in run:
        text = line.text.strip()
        gaps = list(CELL_GAP.finditer(text))  # (the type may be letter-spaced: '公　　告')
        cells = [text[:gaps[-1].start()], text[gaps[-1].end():]] if gaps else [text]
        if (line.level == 0 and len(cells) == 2 and _CASE_NUMBER.match(normalize(cells[1]))
                and words()["doc_types_re"].match(normalize(cells[0]).replace(" ", ""))):
            out.append(Line(line.number, cells[0].replace(" ", "").replace("\u3000", ""), 0,
                            Kind.HEADLIKE, rule="document-type"))
            out.append(Line(line.number, cells[1], 0, Kind.HEADLIKE, rule="document-number"))
        else:
            out.append(line)
    return out


def _above_dashed_deck(run: list[Line], plain: list[int]) -> list[int]:
    """The plain lines above a '——' deck, a leading rubric left out: kicker / headline /
    ——deck prints the headline right above the dashed line."""
    dashed = next((i for i, line in enumerate(run) if i and DECK_DASHES.match(line.normal)),
                  None)
    if dashed is None:
        return []
    return [i for i in plain if i < dashed and not (i == 0 and _rubric(run[0].text))]


OCCASION_KICKER_MAX = 12  # characters of a kicker naming the time of the news
THEME_KICKER_MAX = 4  # characters of a theme phrase set as a kicker
THEME_HEAD_MIN = 12  # characters of the headline under it


BANNER_GAP = 2  # line numbers between a page's flag and the head under it, more than
UNIT_KICKER_MAX = 12  # characters of a unit's or a place's name over its news
# (a unit: 农业社, 合作社, 车队; a place the news is of: 步行街, 景区, a line's 东北环段)
_UNIT_ENDINGS = ("社", "厂", "廠", "队", "隊", "场", "場", "村", "校",
                 "步行街", "景区", "景區", "段")
CAMPAIGN_KICKER_MAX = 14  # characters of a campaign's name over a headline
DISPLAY_SPACED_MIN = 6  # letters of a headline set apart, each alone (a column's name is shorter)


def _display_spaced(norm: str) -> bool:
    """'一 条 山 谷 红 透 了': a line of six Han letters or more, each set apart."""
    parts = norm.split()
    return len(parts) >= DISPLAY_SPACED_MIN and all(len(p) == 1 and is_han(p) for p in parts)


# A town's, a township's or a street's name alone ('钱塘镇', '云门街道'): a brief's place
# (perhaps after a bullet a PDF gave in a symbol font's private-use code points).
_TOWN_NAME = re.compile(rf"^[{SYMBOL_FONT}]?[\u4e00-\u9fff]{{1,4}}(?:镇|鎮|乡|鄉|街道)$")


# A follow-up's kicker recalls the paper's earlier report ('本报报道环卫工捡到3万元苦等失主'),
# or names it and follows it ('《下雨天黄柏路成“河”》追踪', '《…》后续').
_RECALLED_REPORT = re.compile(r"^本[报報](?:曾|此前|日前|前日|昨日|上周|近日)?[报報]道"
                              r"|^《[^《》]{2,30}》\s*(?:追踪|追蹤|跟踪|跟蹤|后续|後續|续报|續報)$")


# A chapter's or a lesson's number over its title ('第十七章　雨夜出山'): the serial's part.
_CHAPTER_OPENING = re.compile(r"^第[一二三四五六七八九十百\d]+[章节節课課讲講回集]")


def _column_over_head(upper: Line, lower: Line) -> bool:
    """'新春走基层' / '海拔1800米的“守电人”': a short name with no figure, comma or clause
    over a longer plain head is the column the headline runs in (not a bracketed note or a
    chapter's number under a title: '当选名单' / '（2022年1月6日…选举）')."""
    name = upper.normal.replace(" ", "")
    return (2 <= len(name) <= COLUMN_NAME_MAX and not upper.level and not lower.level
            and not _COLUMN_NAME_MARKS.search(name)
            # ('观点摘编' / '县域发展要在“特”字上做文章': a collection's name heads it)
            and not name.endswith(tuple(words()["collection_endings"]))
            and len(lower.normal.replace(" ", "")) > len(name)
            and lower.normal[:1] not in "(（[【〔□○◇" and not _CHAPTER_OPENING.match(lower.normal)
            # (nor a credit or a field under a title: '背篓校长' / '编文：冉启明', '来源：…'; nor
            # a comment's place and day under its writer's name: '山城小酉' / '重庆　6月9日')
            and not _LABELLED_NAME.match(lower.normal.replace(" ", ""))
            and not _FIELD_OR_DAY.search(lower.normal))


_FIELD_OR_DAY = re.compile(r"^(?:来源|來源|作者|编辑|編輯|记者|記者|摄影|攝影)\s*:"
                           r"|\d{1,2}月\d{1,2}日$")
_LABELLED_NAME = re.compile(r"^[\u4e00-\u9fff]{1,4}[:：/][\u4e00-\u9fff]{2,4}$")
_COLUMN_NAME_MARKS = re.compile(r"[\d,，:：!?！？、.。;；]")


def _headline_of_two(upper: Line, lower: Line) -> int:
    """Of two heads one over the other, which is the headline: 0 for the upper (over its
    deck, the common layout), 1 for the lower (under its kicker)."""
    return _placed_by_shapes(upper, lower) or 0


def _placed_by_shapes(upper: Line, lower: Line) -> int | None:
    """``_headline_of_two`` by the shapes of kickers and decks; None when none of them
    decides (then the upper heads, unless it is a column's name: ``_column_over_head``)."""
    if lower.rule == "entry-title":
        return 1  # a yearbook's chapter over its first entry's title: the entry heads
    if upper.listed != lower.listed:
        return int(lower.listed)  # the one the page's contents box names is the headline
    if upper.rule == "romanized-title" or lower.rule == "romanized-title":
        return int(lower.rule == "romanized-title")  # the head printed with its pinyin
    if words()["speech_settings_re"].search(upper.normal):
        return 1  # '…在…调研…时强调' over the words said: the setting is the kicker
    if upper.normal.endswith(":") and not lower.normal.endswith(":"):
        return 1  # '全国劳动模范刘某华：' / '带着姐妹们“织”出好日子': who speaks, over the words
    if has_deck(lower.text) and not has_deck(upper.text) and not DECK_DASHES.match(lower.text):
        # '区县委书记谈全会精神' / '北碚：…“科教之城”——访北碚区委书记柯文骏': the line that
        # carries its own deck heads; the one over it is its series
        return 1
    if words()["procedure_kickers_re"].match(upper.normal) and not _deck_shape(lower):
        return 1  # '经国务院批准' over the news it brought about
    if _RECALLED_REPORT.match(upper.normal) and not _deck_shape(lower):
        return 1  # '本报报道环卫工捡到3万元苦等失主' / '失主找到了': a follow-up's kicker
    if _parallel(upper) and not _parallel(lower) and not _deck_shape(lower):
        return 1  # two parallel phrases above a plain headline: a kicker (引题)
    if (upper.normal.endswith(tuple(words()["occasion_endings"])) and " " not in upper.normal
            and len(upper.normal) <= OCCASION_KICKER_MAX and not _deck_shape(lower)
            and not lower.normal.endswith(tuple(words()["occasion_endings"]))):
        return 1  # '中秋国庆“双节”假期' / '轨道交通6条线路延长运营': the time of the news
    if (not _parallel(upper) and " " not in upper.normal and not _deck_shape(lower)
            and len(upper.normal) <= UNIT_KICKER_MAX and upper.normal.endswith(_UNIT_ENDINGS)
            # ('梁山灯戏“搬”进景区': a clause with its quoted word states news of its own;
            # '渝中队3∶1力克沙坪坝队': a score is a result, no unit's name)
            and "“" not in upper.normal and not _SCORE_OR_FIGURE.search(upper.normal)):
        # '澄江乡勝利農業社' / '养猪多　积肥多', '城关镇蔬菜大队' / '多种早菜支援市场': the
        # unit the news is of, over its news
        return 1
    if (_display_spaced(lower.normal) and not _display_spaced(upper.normal)
            and not _deck_shape(lower)):
        # '深秋，去城口亢谷看红叶' / '一 条 山 谷 红 透 了': the line set letter by letter is the
        # display headline, read by an OCR with its wide type's gaps; the plain line its kicker
        return 1
    if _TOWN_NAME.match(upper.normal) and not _deck_shape(lower):
        return 1  # '钱塘镇' / '稻虾共养基地迎来首批收获': the town a brief is from, over its title
    if (lower.place_first and not upper.place_first and not _deck_shape(lower)
            and not ("," in lower.normal and "," not in upper.normal)
            # ('前5月区县工业增速“排位赛”揭晓 / 双桥区以38.6%领跑': the figure under a head
            # that announces the result is its deck)
            and not ("%" in lower.normal and "%" not in upper.normal
                     and len(lower.normal) < len(upper.normal))):
        # '长江禁渔期内多次非法电鱼 / 江津一男子获刑': the line that states the news from its
        # place or subject heads; the one above sets the scene (引题). (A figure statement
        # with a comma under a short title is its deck: '一颗柠檬的“出海”路 / 潼南柠檬前8月
        # 出口1.86万吨，同比增长三成'.)
        return 1
    if (upper.normal.startswith(tuple(words()["slogan_openings"])) and not _deck_shape(lower)
            and not lower.normal.startswith(tuple(words()["slogan_openings"]))
            # ('…“同频共振”' / '区人大代表、…总工程师　唐明轩': who wrote it, no headline)
            and not _signed_by_name(lower)):
        # '严厉打击“两抢一盗”犯罪 / 市法院公开宣判11名罪犯': a campaign's call over the news
        return 1
    if (upper.normal.endswith("”") and "“" in upper.normal and " " not in upper.normal
            and len(upper.normal) <= CAMPAIGN_KICKER_MAX and not _deck_shape(lower)
            and len(parts := lower.normal.split()) == 2 and all(len(p) >= 4 for p in parts)):
        # '岁末年初执行“攻坚月”' / '凌晨蹲守4小时　法官为62名农民工追回工资38万元': a campaign's
        # quoted name over a headline of two parts is its kicker
        return 1
    short = upper.normal.replace(" ", "")
    if (len(short) <= THEME_KICKER_MAX and short.isalpha() and len(lower.normal) >= THEME_HEAD_MIN
            and not _deck_shape(lower)
            and not short.endswith(tuple(words()["collection_endings"]))):
        # '区域协同 / “巴南造”新能源汽车零部件首批运抵两江新区': a theme of four characters
        # over the news is its kicker
        return 1
    if (named := _NAMED_HEAD.match(lower.normal)) and person_like(named["name"]) and (
            ":" not in upper.normal) and not _deck_shape(lower):
        # '生态卫士 / 冉小军：山林里的“数字巡护员”': a profile's headline opens with its name
        return 1
    if ("," in upper.normal and "," not in lower.normal and ":" not in upper.normal
            and not _deck_shape(lower)
            and len(lower.normal) * SUMMARY_KICKER_RATIO <= len(upper.normal)):
        # '大巴山深处，一位乡村女教师七年照看23名留守孩子' / '山坳里的“周末妈妈”': a feature's
        # summary in two clauses over a short catchy line is its kicker (a deck runs under)
        return 1
    return None


SUMMARY_KICKER_RATIO = 2  # a summary kicker is at least twice the length of its headline
_SCORE_OR_FIGURE = re.compile(r"[0-9]")  # a figure: a score, a count
SPEAKER_LABEL_MAX = 20  # characters of a speaker's label alone on its line ('■江北读者　刘先生：')
QUESTION_SUBHEAD_MAX = 30  # characters of a bulleted question over its answer ('■哪些企业能享受？')


# A credit of the one who compiled the text: '（上游新闻·重庆晨报记者　韩　旭　整理）'.
LABELLED_POINT_LINES = 3  # lines of a bulleted point, at most
# A bulleted point under its short label: '●水稻：中稻陆续进入黄熟期，…'.
# (its label may quote a word: '●防“倒春寒”：…')
_LABELLED_POINT = re.compile(r"^[●■◆◇▲★▶►]\s*(?=[^:：]*[\u4e00-\u9fff])"
                             r"[\u4e00-\u9fff“”‘’\"「」]{1,6}[:：]\s*\S")
ANSWER_LINES_MAX = 6  # paragraphs back to an answer's label
_QUESTION = re.compile(r"^\s*(?:【(?:问|問)】|问\s*[:：])")
_ANSWER = re.compile(r"^\s*(?:【(?:答|答复|專家答|专家答)】|答\s*[:：])")  # an answer in a Q&A
PAGE_TOP_LINES = 3  # lines of a page's top, where its folio and name may stand
# '22　读书周刊　　　　　　悦读　悦生活': the page's number and name (and its motto) on a line.
_FOLIO_LINE = re.compile(r"^(?:第\s*)?[A-Z]?\d{1,3}\s*版?\s+[^\s\d]\S{1,7}(?:\s+\S{1,8}){0,3}$")
# A blog's marks on a post's title ('[转载]安居古镇…').
_POST_MARKS = frozenset({"转载", "轉載", "原创", "原創", "置顶", "置頂"})
PICTURE_LINES_MAX = 6  # lines of captions and credits between a caption and a report
COLUMN_NAME_MAX = 6  # characters of a column's name over a writer's line and a headline
IMAGE_CAPTION_MAX = 20  # characters of a short title under an image read as its caption
# An app's prompt set over a picture: '打开网易新闻 查看精彩图片'.
_OVER_PICTURE = re.compile(r"查看精彩图片$|查看大图\)?$|看高清大图")
_COMPILED = re.compile(r"(?:整理|辑)\s*[)）]?$")
# (a quoted word for who the person is may come first: '“90后”刘思远：把脐橙卖到东南亚')
_NAMED_HEAD = re.compile(r"^(?:“[^“”]{1,6}”)?(?P<name>[\u4e00-\u9fff]{2,4})\s*:")


PROFILE_PARTS_MIN = 3  # parts of a profile page, each under its person's name
PLACED_PARTS_MIN = 3  # parts of a roundup, each under its town's name
# A roundup's part headed by its town's name (or its village's after it), a space or a colon
# and its title: '濯水镇 古镇“夜经济”火起来', '清溪场镇大寨村：稻田里“养”出鸭经济'.
_PLACED_PART = re.compile(r"^[\u4e00-\u9fff]{1,5}(?:镇|鎮|乡|鄉|街道)"
                          r"(?:[\u4e00-\u9fff]{1,5}(?:村|社区|社區))?(?:\s+|\s*[:：]\s*)\S.{3,}$")
# ... a district's or a county's, letter-spaced or not, before a gap ('万盛区　把黑山谷的名气…',
# '开　县　移民安稳致富…'; not '全县', '我区')
_DISTRICT_PART = re.compile(r"^(?![全本我该該此各城郊市])(?:[\u4e00-\u9fff]\s?){1,4}(?:区|區|县|縣)"
                            r"\s+\S.{3,}$")


def _named_part(line: Line) -> bool:
    """A title that opens with a person's name and a colon ('■蒋　红：社区里的…'; a
    two-character name padded to three cells)."""
    head = line.normal.lstrip(BULLETS + " ")
    colon = re.search(r"[:：]", head[:10])
    if colon is None or not head[colon.end():].strip():
        return False
    name = re.sub(r"\s", "", head[:colon.start()])
    # ('■邹丽华代表：推动轨道交通…', '罗兰委员：…': a deputy or a member named with the body's
    # word for them)
    name = name.removesuffix("代表").removesuffix("委员").removesuffix("委員")
    return 2 <= len(name) <= NAME_CHARS_MAX and person_like(name)


def _unspaced(text: str) -> str:
    """'熱　烈　慶　祝　香　港　回　歸': a line set letter-spaced, its letters joined."""
    parts = text.split()
    return "".join(parts) if len(parts) >= 3 and all(len(p) == 1 for p in parts) else text


SPACED_RUN_MIN = 3  # letters set apart inside a headline, at least, to be joined


def joined_letters(text: str) -> str:
    """A headline set letter-spaced, wholly ('更　正') or where a scan spaced it ('邮 亭 检 测
    点：24小时守好“西大门”'), with those letters joined; words set apart stay apart
    ('秋光正好　游人如织')."""
    parts = re.split(r"([ \u3000]+)", text.strip())
    letters, gaps = parts[::2], parts[1::2]
    single = [len(w) == 1 and is_han(w) for w in letters]
    if len(letters) >= 2 and all(single):
        return "".join(letters)
    joined = [False] * len(gaps)  # gap k stands between letters[k] and letters[k + 1]
    at = 0
    while at < len(letters):
        end = at
        while end < len(letters) and single[end]:
            end += 1
        if end - at >= SPACED_RUN_MIN:  # the gap after the run's last letter goes too
            joined[at:min(end, len(gaps))] = [True] * (min(end, len(gaps)) - at)
        at = max(end, at + 1)
    out = [letters[0]]
    for k, gap in enumerate(gaps):
        out += ["" if joined[k] else gap, letters[k + 1]]
    return "".join(out)


def _parallel(line: Line) -> bool:
    """'深化区域协作 共谋绿色发展': two or three short phrases of like length, no punctuation."""
    parts = line.normal.split(" ")
    if not 2 <= len(parts) <= 3 or not all(
        3 <= len(p) <= 10 and all("\u4e00" <= c <= "\u9fff" for c in p) for p in parts
    ):
        return False
    return max(map(len, parts)) - min(map(len, parts)) <= 2


def _signed_by_name(line: Line) -> bool:
    """'区人大代表、某公司总工程师　唐明轩': a line ending in a name set apart after a space."""
    *before, last = line.normal.split(" ")
    return bool(before) and 2 <= len(last) <= 3 and person_like(last)


def _deck_shape(line: Line) -> bool:
    """A deck: after a dash, in brackets, reporting who attended ('张三李四陪同'), or an
    office's advice under the news ('区消委会提醒：签合同时写明品牌型号')."""
    bare = line.normal.replace(" ", "")
    return _is_deck_line(line) or bool(_ADVICE_DECK.match(bare)) or (
        bare.endswith(tuple(words()["action_endings"]))
        and any(person_like(bare[:n]) for n in (2, 3))
    ) or bool(_VOICES_DECK.match(line.normal))


_ADVICE_DECK = re.compile(r"^\S{2,12}(?:提醒|提示|建议|建議|呼吁|呼籲)[:：]\S")
# Two or three sides, each named before its words and set apart ('车主：谁来赔？　物管：正在
# 协商'): the voices under the news, its deck.
_VOICES_DECK = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}:\S+ ){1,2}[\u4e00-\u9fff]{1,6}:\S+$")


def _is_deck_line(line: Line) -> bool:
    """Lines that can only be a deck: '——访…', '（2023年第3号）', a document's number under its
    title ('南川规资挂告〔2025〕7号')."""
    norm = line.normal
    return (bool(DECK_DASHES.match(norm)) or (norm[:1] == "(" and norm.endswith(")"))
            or bool(_DOCUMENT_NUMBER.match(norm)))


# A page sets its paragraphs apart by one blank count when at least this share of the gaps
# before its paragraphs (after a paragraph or a head) have it, over at least
# REGULAR_GAPS_MIN gaps; only then does more space than that mean something (OCR and
# pasted pages space lines at random).
REGULAR_GAPS_SHARE = 0.9
REGULAR_GAPS_MIN = 3


_SENTENCE_END = "。！？!?…”」"


def wide_gap(lines: Sequence[Line]) -> int | None:
    """The number of blank lines that is more than the page's paragraphs are set apart by,
    or None when the page does not space its paragraphs regularly."""
    counts: dict[int, int] = {}
    between: dict[int, int] = {}  # of those, the spaces between two paragraphs
    width = column_width(lines)
    for before, line in pairwise(lines):
        if line.kind is Kind.BODY and before.kind is not Kind.NOISE:  # a paragraph's space
            gap = line.number - before.number - 1
            # (an indented first line under text opens a paragraph, whatever the line above)
            opens = line.rule == "indented-paragraph" and before.kind is Kind.BODY
            if not gap and not opens and (
                    before.kind is not Kind.BODY or before.normal[-1:] not in _SENTENCE_END
                    or (width is not None and len(before.normal) >= width - COLUMN_SLACK)):
                # A paragraph cut at the column's width goes on (a sentence may end at its
                # edge), a title stands over its text: no paragraph's space either.
                continue
            counts[gap] = counts.get(gap, 0) + 1
            if before.kind is Kind.BODY:
                between[gap] = between.get(gap, 0) + 1
    total = sum(counts.values())
    if total < REGULAR_GAPS_MIN:
        return None
    usual, n = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
    # On a page with no blank line between paragraphs, one blank line is the only space
    # there is, and a web page's subheads get it too: only more space than a blank line
    # between paragraphs sets blocks apart.
    if usual >= 1 and n >= REGULAR_GAPS_SHARE * total:
        return usual + 1
    # A paper's page with its paragraphs close together, a blank line under each head and
    # two between its stories: two blank lines set blocks apart.
    paragraphs = sum(between.values())
    if paragraphs >= REGULAR_GAPS_MIN and between.get(0, 0) >= REGULAR_GAPS_SHARE * paragraphs:
        return 2
    return None


SIGNATURE_INDENT = 12  # half-width columns before a name set far right as a signature
BRIEF_PARAGRAPHS_MAX = 3  # paragraphs of a brief in a column


def _short_plain(draft: StoryDraft) -> bool:
    """A brief's shape: one title line, no deck, no parts, a few paragraphs."""
    return (draft.headline is not None and draft.kicker is None and draft.subtitle is None
            and not draft.items and len(draft.paragraphs) <= BRIEF_PARAGRAPHS_MAX)


def _poem(draft: StoryDraft) -> bool:
    """A poem: a title and verse lines only."""
    return (draft.headline is not None and not draft.items and bool(draft.paragraphs)
            and all(p.verse or p.subhead for p in draft.paragraphs))


def _column_briefs(drafts: list[StoryDraft]) -> None:
    """Briefs printed one after another under a briefs column's name ('一线传真' over four
    titled briefs) are all the column's, not only the first: each brief takes the section
    of the brief above it while both have a brief's shape. So do titled photos under a
    photo column's name ('图片新闻'), each credited to its photographer."""
    for above, draft in pairwise(drafts):
        if above.column and draft.section is None and _poem(above) and _poem(draft):
            draft.section, draft.column = above.section, True  # '诗　林' over two poems
            continue
        if not (above.column and draft.section is None and _short_plain(above)
                and _short_plain(draft)
                # (briefs of one column are set at one rank: a '##' heading after '###'
                # briefs heads a story of the page, not the column's next brief)
                and above.level == draft.level):
            continue
        name = normalize(above.section or "").replace(" ", "")
        if words()["brief_rubrics_re"].search(name) or (
                words()["photo_rubrics_re"].search(name)
                and above.photographers and draft.photographers and not draft.reporters):
            draft.section, draft.column = above.section, True


GROUP_LABEL_MAX = 8  # characters of a group's label over parts (a place's, a body's name)


def _group_labels(drafts: list[StoryDraft]) -> list[str]:
    """A roundup's part with no text, a place's name over the parts after it ('## 黔江' over
    its towns' briefs, each a part of its own): the group's label, no part; so are parts
    that are all labels. The labels taken out are given back (the page's furniture)."""
    labels: list[str] = []
    for draft in drafts:
        kept = [item for at, item in enumerate(draft.items)
                if not (at + 1 < len(draft.items) and _label_only(item))]
        if kept and all(_label_only(item) for item in kept):
            kept = []  # (labels and nothing under them: a chart's, '两江新区' / '沙坪坝区' / …)
        labels.extend(item.heading for item in draft.items if item not in kept)
        draft.items[:] = kept
    return labels


def _label_only(item: ItemDraft) -> bool:
    """A part with a label's head and nothing under it."""
    return (not item.paragraphs and not item.lead and not item.reporters
            and len(normalize(item.heading).replace(" ", "")) <= GROUP_LABEL_MAX
            and not CLAUSE_MARK.search(item.heading))


def _untitled_briefs(drafts: list[StoryDraft]) -> None:
    """Untitled briefs under a briefs rubric ('环球速览' / '【东京】日本气象厅14日说，…' / …,
    '簡　　訊' / '江北區觀音橋…'): the rubric is their story's headline, the only one printed."""
    # (briefs read as stories of their own, each signed by its writer, share the rubric as
    # their section: '简讯' / '●5月8日，…（记者 王五）' / '●5月9日，…（记者 赵六）')
    count: Counter[str | None] = Counter(draft.section for draft in drafts)
    unsigned = {draft.section for draft in drafts if not draft.reporters}
    for draft in drafts:
        if (draft.headline is None and draft.section and not draft.items
                and (count[draft.section] == 1 or draft.section in unsigned)
                and words()["brief_rubrics_re"].search(normalize(draft.section).replace(" ", ""))):
            draft.headline, draft.section = _unspaced(draft.section), None


def _unsigned_briefs(drafts: list[StoryDraft]) -> list[StoryDraft]:
    """Titled briefs under one briefs column, none signed by a writer of its own but each
    credited to its source (wire briefs, '（据新华社）'), or all signed by one credit after the
    last (tidbits): the items of one roundup, the column's name its headline. Briefs each
    signed by its writer ('（通讯员 A）'), or not at all, stay stories of their own."""
    out: list[StoryDraft] = []
    at = 0
    while at < len(drafts):
        run = [drafts[at]]
        while (run[0].titled_brief and run[0].section and at + len(run) < len(drafts)
               and (nxt := drafts[at + len(run)]).titled_brief
               and nxt.section == run[0].section and not nxt.column):
            run.append(nxt)
        at += len(run)
        if (len(run) < UNSIGNED_BRIEFS_MIN or any(d.reporters for d in run[:-1])
                or any(d.items or d.headline is None for d in run)
                # (the last brief's writer in its own dateline signs that brief alone)
                or not ((run[-1].reporters and run[-1].dateline is None)
                        or all(d.sourced for d in run))):
            out += run
            continue
        roundup = StoryDraft(line=run[0].line, headline=run[0].section, container=True,
                             reporters=list(run[-1].reporters))
        for draft in run:
            roundup.items.append(ItemDraft(heading=draft.headline or "", line=draft.line,
                                           paragraphs=list(draft.paragraphs)))
            roundup.captions += draft.captions
            _extend_unique(roundup.photographers, draft.photographers)
        out.append(roundup)
    return out


UNSIGNED_BRIEFS_MIN = 2  # titled briefs that make a roundup when none is signed


class Builder:
    """The state machine that turns classified lines into story drafts."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.stories: list[StoryDraft] = []
        self.resumed = False  # a story went on after a box that interrupted it
        self.box_lines = {line.number for line in lines if line.rule == "box-line"}
        self.banner: str | None = None
        self.noise: list[str] = []
        self.header: list[str] = []  # page-header lines (masthead, site name), for metadata
        self.pending_captions: list[str] = []
        self.pending_photographers: list[str] = []
        self.pending_writers: list[str] = []  # under a writer's portrait, for the next head
        self.pending_from: str | None = None
        self.pending_section: str | None = None  # '■ 大足' above the next story's headline
        self.box_label_line: int | None = None  # where a box's label set ``pending_section``
        # the right one of two columns' headlines read as one line: the next headless report's
        self.pending_headline: Line | None = None
        self.paired_from: StoryDraft | None = None  # the story the pending one's left part opened
        self._tag_gaps: dict[int, int] | None = None  # see ``apart_from_tagged_items``
        self._levels: list[int] | None = None  # the page's Markdown heading levels, in order
        self.group_section: str | None = None  # '■主城都市区' above the stories it groups
        self.place_stories = False  # a place's title headed a photo story: its siblings do
        self.image = False  # an image placeholder ([图片]) was just printed
        # The last photo credit placed: (its index, the photographers it added to the story,
        # the story's paragraphs then); see ``photo_news_above``.
        self.photo_credit: tuple[int, tuple[str, ...], int] | None = None
        self.decisions: list[tuple[int, str]] = []  # (line number, decision name)
        # A plain head printed above more than one story is a column rubric (区县谈落实).
        seen: dict[str, int] = {}
        for line in lines:
            if line.kind is Kind.HEADLIKE:
                seen[line.normal] = seen.get(line.normal, 0) + 1
        self.repeated = frozenset(text for text, count in seen.items() if count > 1)
        self._index = 0
        self._wide_gap = wide_gap(lines)

    @property
    def cur(self) -> StoryDraft | None:
        return self.stories[-1] if self.stories else None

    def log(self, number: int, name: str) -> None:
        self.decisions.append((number, name))

    def heads_after_text(self) -> bool:
        """Has the page set its heads after their text more than once already (a PDF's text
        layer in the order its blocks were drawn)? Then a report under heads opened by its
        day alone ('6月17日上午，…') begins the next story, as one under a dateline does."""
        return sum(name == TRAILING_HEADS_DECISION for _, name in self.decisions) >= 2

    def field_blocks(self, line: Line) -> int:
        """How many blocks follow from ``line`` on, each a plain head over labelled fields
        ('大学生暑期专场招聘会' / '时间：…' / '地点：…'), one after the other."""
        blocks, i = 0, self.lines.index(line, self._index)
        while (i + 1 < len(self.lines) and self.lines[i].kind is Kind.HEADLIKE
               and not self.lines[i].level and _field_line(self.lines[i + 1])):
            blocks += 1
            i += 1
            while i < len(self.lines) and _field_line(self.lines[i]):
                i += 1
        return blocks

    def _placed_above(self, line: Line) -> Line | None:
        """The line above ``line`` when ``line`` is the one being placed; else None."""
        i = self._index
        return self.lines[i - 1] if i > 0 and self.lines[i] is line else None

    def wide_gap_before(self, line: Line) -> bool:
        """Are there more blank lines before ``line`` (the line being placed) than between
        the page's paragraphs?"""
        above = self._placed_above(line)
        if self._wide_gap is None or above is None:
            return False
        return line.number - above.number - 1 >= self._wide_gap

    def apart_from_tagged_items(self, line: Line, draft: StoryDraft) -> bool:
        """Are ``draft``'s items all headed by tags (a place's name, '【双江镇】'), not heads,
        and is ``line`` (the line being placed) set further apart from the text above it than
        any of them?"""
        above = self._placed_above(line)
        if not draft.items or above is None:
            return False
        if self._tag_gaps is None:  # the blank lines above each tag, measured once a page
            self._tag_gaps = {below.number: below.number - above.number - 1
                              for above, below in pairwise(self.lines)
                              if below.kind is Kind.RUBRIC}
        gaps = self._tag_gaps
        if not all(item.line in gaps for item in draft.items):
            return False
        return line.number - above.number - 1 > max(gaps[item.line] for item in draft.items)

    def listed_in_contents(self, line: Line) -> bool:
        """Does a contents box on the page list ``line``'s text
        (``list_passes.digest_contents``)?"""
        return any(entry.rule == "contents-entry" and entry.normal == line.normal
                   for entry in self.lines)

    def level_under(self, level: int) -> int:
        """The Markdown heading level the page uses next under ``level`` (``level`` + 1 when it
        uses none)."""
        if self._levels is None:
            self._levels = sorted({line.level for line in self.lines
                                   if line.kind is Kind.HEADING and line.level})
        return next((found for found in self._levels if found > level), level + 1)

    def right_under_text(self, line: Line) -> bool:
        """Is ``line`` (the line being placed) printed right under a line of text, with no
        blank line between?"""
        above = self._placed_above(line)
        return above is not None and above.kind is Kind.BODY and line.number == above.number + 1

    def text_above_closed(self, line: Line) -> bool:
        """Does the line above ``line`` (the line being placed) end a sentence or a credit?"""
        above = self._placed_above(line)
        return above is not None and is_closed(above.normal)

    def ruled_above(self, line: Line) -> bool:
        """Is ``line`` right under a rule ('---', '————'), which sets articles apart?"""
        i = self.lines.index(line, self._index)
        return i > 0 and self.lines[i - 1].rule == "rule-line"

    def signed_apart(self, line: Line) -> bool:
        """Is the text under ``line`` (up to the next head) closed by a credit naming other
        writers than the story being read, which was signed at its top? Then ``line``
        heads a report of its own, not a part of that story ('三合街道：…' / … /
        '（通讯员 谭小琴）' under a report by '本报讯（记者 向宇）')."""
        cur = self.cur
        if cur is None or not cur.reporters:
            return False
        for nxt in self.lines[self.lines.index(line, self._index) + 1:]:
            if nxt.kind in (Kind.HEADING, Kind.HEADLIKE, Kind.LABEL, Kind.RUBRIC, Kind.BYLINE):
                return False
            if nxt.kind is Kind.CREDIT:
                names = nxt.names
            elif nxt.kind is Kind.BODY and (m := words()["end_credit"].search(nxt.normal)):
                names = people_in_credit(m["inner"])
            else:
                continue
            if names:
                return not set(names) <= set(cur.reporters)
        return False

    def signed_under_label(self, line: Line) -> bool:
        """Is ``line`` the title right under a box's label ('相关新闻') over text that a credit
        closes ('（邓晓岚）') before any other head? Then the box holds a related report of
        its own (a box of background, unsigned, is the story's own: its subhead and text)."""
        if self.box_label_line is None or line.number - self.box_label_line > 2:
            return False
        for nxt in self.lines_after(line):
            if nxt.kind in (Kind.HEADING, Kind.HEADLIKE, Kind.LABEL, Kind.RUBRIC, Kind.SUBHEAD):
                return False
            if nxt.kind is Kind.CREDIT:
                return bool(nxt.names)
        return False

    def photo_news_under(self, line: Line) -> bool:
        """Is ``line`` over a photo news: a short text (its caption, a paragraph or two, set
        close) closed by the picture's credit alone on its line, and nothing more before a
        blank line ('解放碑：人潮涌动' / '长假第三天，…合影留念。' / '商报记者　张　远　摄')?"""
        if line.normal[:1] in PICTURE_POINTERS:
            return False  # '←黄德明（右二）在…察看移民安' / '置房建设情况。': a caption's start
        index = self.lines.index(line, self._index)
        below = self.lines[index + 1:index + 2 + PHOTO_NEWS_LINES]
        last = line
        for at, nxt in enumerate(below):
            if nxt.number != last.number + 1:
                return False
            if nxt.kind is Kind.PHOTO_CREDIT:
                after = self.lines[index + 2 + at] if index + 2 + at < len(self.lines) else None
                return at > 0 and (after is None or after.number > nxt.number + 1)
            if nxt.kind is not Kind.BODY:
                return False
            last = nxt
        return False

    def photo_story_under(self, line: Line) -> bool:
        """Is ``line`` over a photo story: a paragraph, then the pictures' captions, two or
        more, each credited, and nothing else before the next head or the page's end ('霜葉紅
        於二月花' / '11月以来，…' / '▲秋日的巫峡…　融媒体记者　王　磊　摄' / '▲…')?"""
        paragraphs = captions = 0
        last = line
        for nxt in self.lines_after(line):
            if nxt.kind is Kind.BODY and not captions:
                # (a paragraph: lines set close, its first indented or after a blank line)
                paragraphs += (nxt.number > last.number + 1 or last is line
                               or nxt.rule == "indented-paragraph")
                last = nxt
                if paragraphs > PHOTO_STORY_TEXT_MAX:
                    return False
            elif nxt.kind is Kind.CAPTION:
                captions += 1
            elif nxt.kind in (Kind.HEADLIKE, Kind.HEADING):
                break
            elif nxt.kind not in (Kind.PHOTO_CREDIT, Kind.NOISE):
                return False
        return paragraphs >= 1 and captions >= PHOTO_STORY_CAPTIONS

    def sourced_table_under(self, line: Line) -> bool:
        """Is ``line`` over a table of its own: its rows right under it (a unit or date line
        first, perhaps), then, after a paragraph at most, the table's own source or supplier
        ('（数据来源：中国银行重庆市分行）', '（市防治非典型肺炎指挥部办公室提供）')?"""
        at, rows = self._table_under(self.lines.index(line, self._index))
        if rows < SOURCED_TABLE_ROWS:
            return False
        # (the source set in the table's columns reads as its last row)
        return any(_TABLE_SUPPLIER.match(nxt.normal)
                   for nxt in self.lines[at - 1:at + SOURCED_TABLE_GAP + 1])

    def _table_under(self, i: int) -> tuple[int, int]:
        """(the index after the table's lines right under ``i``, how many of them are rows)."""
        at, rows = i + 1, 0
        while at < len(self.lines) and self.lines[at].rule in ("table-title", "table-row"):
            rows += self.lines[at].rule == "table-row"
            at += 1
        return at, rows

    def _compiled_table(self, i: int) -> bool:
        """Is the table titled at ``i`` signed, under its rows, by who compiled it?"""
        at, _ = self._table_under(i)
        return any(_TABLE_COMPILER.search(line.normal)
                   for line in self.lines[at - 1:at + SOURCED_TABLE_GAP + 1])

    def over_info_line(self, line: Line) -> bool:
        """Is the line right under ``line`` a web article's information line?"""
        index = self.lines.index(line, self._index)
        return index + 1 < len(self.lines) and info_line(self.lines[index + 1])

    def next_is_header(self, line: Line) -> bool:
        """Is the line after ``line`` a masthead or site-menu line?"""
        index = self.lines.index(line, self._index)
        nxt = self.lines[index + 1] if index + 1 < len(self.lines) else None
        return (
            line.level == 0
            and nxt is not None
            and nxt.rule in ("masthead", "web-chrome", "editors")
            and not words()["article_info_re"].search(nxt.normal)
            and nxt.rule != "image"
            # ('兩江新區首季引資逾300億' / '2012-05-17': an article's day under its title)
            and not _BARE_DAY.match(nxt.normal)
        )

    def run(self) -> None:
        """Place every line; each kind has its handler (``HANDLERS``), which returns the index
        of the next line to place."""
        i = 0
        while i < len(self.lines):
            self._index = i
            line = self.lines[i]
            nxt = getattr(self, HANDLERS[line.kind])(i)
            # (a player's time and buttons under a video's place: '[视频]' / '00:00 / 02:36' /
            # '播放　音量　全屏' / '▲9月23日，…（视频：…）' — the caption is still the picture's)
            player = line.rule == "web-chrome" and _PLAYER_CHROME.search(line.normal) is not None
            # (or an app's prompt over it: '[图片]' / '打开网易新闻 查看精彩图片' / '招聘会现场';
            # a marker that holds its own caption leaves the line under it to the text)
            self.image = (line.rule == "image" and image_caption(line.text) is None) or (
                self.image and (
                    player or (line.rule == "web-chrome"
                               and _OVER_PICTURE.search(line.normal))))
            i = nxt
        # A page of captions only: kept as page furniture, never silently dropped.
        self._drop_pending_headline()
        self.noise.extend(self.pending_captions)
        self.pending_captions = []
        self._same_page_jumps()
        self._page_credits()
        _column_briefs(self.stories)
        _untitled_briefs(self.stories)
        self.noise.extend(_group_labels(self.stories))
        self.stories[:] = _unsigned_briefs(self.stories)
        if self.resumed:  # the stories in the order they began on the page
            self.stories.sort(key=lambda draft: draft.line)

    def _interrupted(self, line: Line) -> StoryDraft | None:
        """The story a box broke off mid-sentence, when ``line`` (unindented, right after the
        box's closing credit) goes on with it; else None."""
        cur = self.cur
        if (cur is None or not cur.has_body or cur.items or len(self.stories) < 2
                or line.rule in OPENING_LINE_RULES or line.rule in WHOLE_LINE_RULES):
            return None
        before = self.stories[-2]
        target = before.target()
        if before.closed or before.items or not target or target[-1].subhead:
            return None
        if cur.closed:
            # (only a sentence broken at a comma is certain to go on)
            return before if target[-1].tail[-1:] in "，,、" else None
        # '…开展拉网' / a boxed story set into the column, no credit, its text ended / '式检
        # 查，查处…' flush left after a space on a page that indents its paragraphs: the
        # story broken off mid-word goes on after the box.
        if line.indent or cur.headline is None or not self._indented_page:
            return None
        above = self._placed_above(line)
        mine = cur.target()
        if (above is not None
                and line.number - above.number > 1 and mine and not mine[-1].subhead
                and mine[-1].tail[-1:] in "。！？”" and is_han(target[-1].tail[-1:])
                and is_han(line.normal[:1])):
            return before
        return None

    @functools.cached_property
    def _indented_page(self) -> bool:
        """Does the page open its paragraphs indented (three or more)?"""
        return sum(line.rule == "indented-paragraph" for line in self.lines) >= INDENTED_PAGE_MIN

    def _next(self, i: int) -> Line | None:
        return self.lines[i + 1] if i + 1 < len(self.lines) else None

    def _on_heads(self, i: int) -> int:
        end = self._head_run_end(i)
        run = [line for line in self.lines[i:end] if not _head_rendering(line)]
        cur = self.cur
        if (all(line.rule == "head-inside-report" for line in run) and cur is not None
                and cur.headline is None and cur.has_body and not cur.items):
            # '…将于5月28日' / '中山古镇端午龙舟赛下周四开桨' / '——全区二十支…' / '在笋溪河上
            # 举行，…': the headless report's heads, read into its first sentence, which goes
            # on under them
            self.log(run[0].number, "head-inside-report-heads-it")
            self.set_headline(cur, run[0])
            if len(run) > 1:
                cur.subtitle = " ".join(DECK_DASHES.sub("", line.text) for line in run[1:])
            return end
        self.noise.extend(line.text for line in self.lines[i:end] if _head_rendering(line))
        self._head_run(run, self._after_noise(end))
        return end

    def _on_rubric(self, i: int) -> int:
        line, nxt = self.lines[i], self._next(i)
        heading = line.text
        if line.rule == "numbered-entry":  # '1．年产30万套…项目': the entry's title
            heading = NUMBERED_ENTRY.sub(lambda m: m["title"] or m["named"], heading.strip())
        elif line.rule == "labelled-entry":  # '【建议】在乡镇卫生院设夜间值班诊室': its title
            heading = heading.strip().split("】", 1)[1].strip()
        if (nxt is not None and line.rule == "keyword-rubric"
                and (nxt.kind is Kind.HEADLIKE or (nxt.kind is Kind.HEADING
                                                   and nxt.level >= line.level))):
            # 关键词【乡村振兴】 / 加快建设和美乡村 (or '#### 加快建设…', set as a heading under
            # it; one a rank above it is a head of its own)
            heading = f"{line.text} {nxt.text}"
            i += 1
        cur = self.cur
        # ('｜綦江' / '农民版画走进城市社区' / its deck and text, under no roundup's head: the
        # district's name over each story of a page of districts' news)
        bare_place = line.rule == "place-line" and (
            cur is None or (cur.has_body and not cur.container and not cur.items))
        if (line.rule in ("bulleted-place", "place-tag", "bracketed-place-line",
                          "column-over-stories") or bare_place) and self._over_headline(i):
            # '■ 大足' / '宝顶山下民宿“一房难求”' / '本报记者 何 静': the district's box over
            # a story's headline is its section, not a part of the story above.
            self.log(line.number, "place-over-headline-is-section")
            self.pending_section = (line.text.strip().lstrip(BULLETS + "|｜ \u3000")
                                    if bare_place else line.text)
            if line.rule == "column-over-stories":  # ('01' / '健康资讯': the stories under it)
                self.group_section = line.text.strip()
            return i + 1
        if line.rule == "bracketed-place-line" and (cur is None or (cur.has_body
                                                                   and not cur.items)):
            # '【江津】' alone under a story's text, no roundup's head above: the tag of the
            # story under it, as a column's name alone is
            self.log(line.number, "rubric-opens-stories")
            self._start(StoryDraft(line=line.number, section=line.text, column=True))
            return i + 1
        if (line.rule == "bracket-place" and not line.level
                and (cur is None or (cur.has_body and not cur.container and not cur.items))
                and (run := self._bracketed_headline_run(i))):
            # '【万州】新田港二期码头投用…' over a byline or a dateline, or over its dashed deck
            # ('【大足】万亩油菜花田里…' / '——今年全区…'), under no roundup's head: a story of
            # its own, its district's name the section (as '【以案说法】…').
            self.log(line.number, "bracketed-place-heads-story")
            line.kind = Kind.HEADLIKE  # read as the head it is (the builder's own line)
            self._head_run(run, self._after_noise(i + len(run)))
            return i + len(run)
        if (line.rule == "bulleted-place" and ":" in line.normal and cur is not None
                and _brief_column(cur)):
            # '党建动态' / '▲龙岗街道：“红色物业”破解小区治理难题': a place and its brief's title
            # under a briefs rubric head a brief of its own, as a bulleted title does.
            self._open_brief(line)
            return i + 1
        if (line.rule == "place-bar-title" and cur is not None and not cur.items
                and (self.place_stories or (cur.photographers
                                            and len(cur.paragraphs) >= PHOTO_STORY_PARAGRAPHS))):
            # '三十万盆鲜花扮靓山城' / its credit / its text / '南岸　中秋夜万人登南山赏月': under a
            # photo story told whole (no roundup's short lead), a place's title heads the next,
            # and so do the place titles after it
            self.log(line.number, "place-title-after-photo-story-heads-story")
            self.place_stories = True
            line.kind = Kind.HEADLIKE  # read as the head it is (the builder's own line)
            self._head_run([line], self._after_noise(i + 1))
            return i + 1
        if (line.rule in ("place-bar-title", "name-bar-title", "profile-name",
                          "bracketed-place-line", "listed-event", "book-title")
                and cur is not None
                and not cur.ended and not cur.items
                # (an editor's note over the list is no text of its own: '编者按：…')
                and all(words()["note_re"].match(p.text) for p in cur.paragraphs)):
            # '区县传真' / '万州｜…', '本期寻亲信息' / '寻找…': the rubric heads the roundup
            cur.rubric_heads_roundup()
        self.log(line.number, "rubric-opens-item")
        self.open_item(heading, line.number, None, voice=line.rule == "bold-speaker")
        return i + 1

    def _bracketed_headline_run(self, i: int) -> list[Line]:
        """The heads a district's bracketed tag at ``i`` opens: itself and its dashed deck,
        or itself over a byline or a dateline; [] when it heads no story."""
        line = self.lines[i]
        deck = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if (deck is not None and deck.kind is Kind.HEADLIKE and not deck.level
                and DECK_DASHES.match(deck.normal) and deck.normal[:1] in "—-"):
            return [line, deck]
        after = self._after_noise(i + 1)
        return [line] if _starts_story(after) or _opens_report(after) else []

    def _after_noise(self, j: int) -> Line | None:
        """The first line from ``j`` on that is no furniture."""
        # By index, not a slice: a copy of the rest of the page per headline would make a
        # 100 MB single-page dump quadratic (38 s of a 60 MB page's 74).
        lines = self.lines
        return next((lines[k] for k in range(j, len(lines)) if lines[k].kind is not Kind.NOISE),
                    None)

    def _on_lead(self, i: int) -> int:
        line, nxt = self.lines[i], self._next(i)
        if (nxt is not None and nxt.kind in (Kind.HEADLIKE, Kind.HEADING)
                and line.rule == "profile-lead" and nxt is self.lines[i + 1]):
            end = self._head_run_end(i + 1)
            after = self._after_noise(end)
            if _starts_story(after):
                self.log(line.number, "lead-over-report-heads-story")
                self._head_run([line, *self.lines[i + 1:end]], after)
                return end
        if nxt is not None and nxt.kind in (Kind.HEADLIKE, Kind.HEADING):
            self.log(line.number, "lead-opens-item")
            self.open_item(nxt.text, nxt.number, line.text)
            return i + 2
        if (line.rule == "speaker-line" and nxt is not None and nxt.kind is Kind.BODY
                and nxt.normal[:1] in "“\"「" and self.cur is not None):
            # '陈立新　某集团董事长' / '“我们集团在渝西扎根…”': a voice, headed by its speaker.
            self.log(line.number, "speaker-opens-voice")
            self.open_item(line.text.lstrip(BULLETS + " \u3000"), line.number, None, voice=True)
            return i + 1
        if (line.rule in ("name-card", "profile-post") and self.cur is not None and self.cur.items
                and not self.cur.items[-1].paragraphs and self.cur.items[-1].lead is None):
            # '给山区孩子配齐音体美老师' / '市人大代表　谭秀芳　…校长': whom the item is about
            self.log(line.number, "name-card-leads-item")
            self.cur.items[-1].lead = line.text
            return i + 1
        if line.rule in _PART_LEADS and self.cur is not None:
            self.log(line.number, _PART_LEADS[line.rule])
            self.open_item(line.text, line.number, None)
            return i + 1
        self.paragraph(line)
        return i + 1

    def _on_byline(self, i: int) -> int:
        if not self.lines[i].names:
            # '中共长寿县龙河公社委员会' under a headline: a body signs it, no person; the line
            # is the story's furniture (kept), and it still opens the story below it
            self.noise.append(self.lines[i].text)
        self._byline(self.lines[i], self._next(i))
        return i + 1

    def _on_credit(self, i: int) -> int:
        self._closing_credit(self.lines[i])
        return i + 1

    def _on_photo_credit(self, i: int) -> int:
        cur, names = self.cur, self.lines[i].names
        line, prev = self.lines[i], self.lines[i - 1] if i else None
        if (cur is not None and cur.paragraphs and prev is not None
                and prev.kind is Kind.BODY and prev.number == line.number - 1
                and (before := strip_photo_credit(line.text)) != line.text and before):
            # '…吸引不少市民前' / '来观赏。（通讯员 刘 辉 摄）': the paragraph's last words
            # are printed before its credit.
            cur.target()[-1].extend(before)
        added = tuple(n for n in names if cur is not None and n not in cur.photographers)
        self.photo_credit = (i, added, len(cur.paragraphs)) if cur is not None else None
        self._photographers(names)
        return i + 1

    def photo_news_above(self) -> bool:
        """Does the run of heads being placed follow right after a photo credit that signed
        the last paragraph of a story headed above, a paragraph opening with its date (a
        photo's news printed inside a story's column, its title under its credit)?"""
        cur = self.cur
        if self.photo_credit is None or cur is None or cur.items or cur.headline is None:
            return False
        at, added, count = self.photo_credit
        j = self._index - 1
        while j > at and self.lines[j].kind is Kind.NOISE:
            j -= 1
        return (j == at and bool(added) and count == len(cur.paragraphs) >= 2
                and bool(words()["report_opening_re"].match(cur.paragraphs[-1].text[:40])))

    def _on_caption(self, i: int) -> int:
        line, prev, cur = self.lines[i], self.lines[i - 1] if i else None, self.cur
        if (cur is not None and cur.paragraphs and not cur.items and prev is not None
                and prev.kind is Kind.BODY and prev.number == line.number - 1
                and not is_closed(prev.normal) and line.names):
            # '　　3月5日，…菜农将收砍的青菜头穿串上架，' / '进行风脱水。…　本报记者　冉　鹏　摄':
            # a paragraph wrapped onto its credit's line goes on there (a photo's news).
            self.log(line.number, "credit-line-ends-paragraph")
            cur.paragraphs[-1].extend(strip_photo_credit(line.text))
            self._photographers(line.names)
            if len(cur.paragraphs) == 1 and (cur.headline or cur.section):
                cur.closed = cur.photo = True
            return i + 1
        # (what follows the caption past the page's furniture: '[图]…' / '(点击查看大图)' /
        # '商报讯 (记者 …)…')
        after = self._after_noise(i + 1)
        if (cur is not None and cur.ended and cur.headline is not None and self.heads_after_text()
                and after is not None and after.kind is Kind.HEADLIKE
                and words()["report_opening_re"].match(line.normal[:40])):
            # '润溪乡开展防汛应急演练' (heads after their report) / '6月16日，长生镇三江村村民在采收
            # 高山四季豆。…' / '高山蔬菜上市忙': on a page that sets its heads after their text, a
            # picture's news under a story its heads ended is a story of its own, its heads next
            self.log(line.number, "photo-news-before-its-heads")
            news = StoryDraft(line=line.number, photo=True)
            self._start(news)
            self._photographers(line.names)
            self.paragraph(Line(line.number, strip_photo_credit(line.text), 0))
            return i + 1
        # '…分享到：微信' / '[图片]' / '3月17日，市民在…赏花。记者 A 摄' / '【樱花盛开…】': a web
        # page's picture set right above the next story's head, after the story above ended in
        # the page's furniture (its share row, a rule), is that story's. (The lines next to
        # it: a Markdown copy sets blank lines between.)
        over_next_heads = (cur is not None and cur.has_body and prev is not None
                           and prev.rule == "image" and i >= 2
                           and self.lines[i - 2].kind is Kind.NOISE
                           and self.lines[i - 2].rule != "image"
                           and after is not None and after is self._next(i)
                           and after.kind in (Kind.HEADLIKE, Kind.HEADING))
        self._caption(line, after, self._after_pictures(i + 1), over_next_heads)
        return i + 1

    def _after_pictures(self, j: int) -> Line | None:
        """The first line from ``j`` on, within a few, that is no furniture, caption or credit."""
        lines = self.lines
        return next((lines[k] for k in range(j, min(j + PICTURE_LINES_MAX, len(lines)))
                     if lines[k].kind not in (Kind.NOISE, Kind.CAPTION, Kind.PHOTO_CREDIT)),
                    None)

    def _on_name(self, i: int) -> int:
        line, nxt, cur = self.lines[i], self._next(i), self.cur
        prev = self.lines[i - 1] if i else None
        if (cur is not None and cur.headline is not None and not cur.has_body
                and not cur.reporters and nxt is not None and nxt.kind is Kind.BODY
                and prev is not None and prev.kind in (Kind.HEADING, Kind.HEADLIKE)):
            # A name alone between a headline and its text is the writer's line (黎 阳).
            self.log(line.number, "name-under-headline-signs-story")
            _extend_unique(cur.reporters, credit_names(line.text))
            return i + 1
        if (cur is not None and cur.has_body and not cur.reporters and not cur.items
                and line.indent >= SIGNATURE_INDENT and prev is not None
                and prev.kind is Kind.BODY):
            # '　　　…　马　宁' set far right under the last paragraph: the writer's signature.
            self.log(line.number, "name-set-right-signs-story")
            _extend_unique(cur.reporters, credit_names(line.text))
            cur.closed = True
            return i + 1
        above = self.lines[i - 2] if i >= 2 else None
        if (prev is not None and prev.rule == "image" and above is not None
                and above.kind in (Kind.HEADLIKE, Kind.LABEL)
                and above.normal.replace(" ", "").lstrip(BULLETS) in words()["note_boxes"]
                and nxt is not None and nxt.kind is Kind.HEADLIKE):
            # '记者手记' / '[图片]' / '谭　洋' / '山路的尽头是牵挂': the reporter's portrait and
            # name over the notes they wrote
            self.log(line.number, "portrait-under-notes-label-signs-next")
            _extend_unique(self.pending_writers, credit_names(line.text))
            return i + 1
        self._caption_text(line.text)  # a portrait's name
        return i + 1

    def _on_jump(self, i: int) -> int:
        self._jump(self.lines[i])
        return i + 1

    def _over_headline(self, i: int) -> bool:
        """Is the line after ``i`` a plain headline with its byline or text under it? A
        box's name at ``i`` then heads the story below ('■ 大足', '■追踪')."""
        nxt, box = self._next(i), self.lines[i]
        if nxt is None or not (
                (nxt.kind is Kind.HEADLIKE and not nxt.level)
                # (a Markdown copy's column heading over its entries' deeper headings:
                # '## 焦点新闻' / '### 油菜花节开幕…')
                or (nxt.kind is Kind.HEADING and box.level and nxt.level > box.level)):
            return False
        if nxt.kind is Kind.HEADING:  # (its information line between: chrome)
            after = self._after_noise(i + 2)
            return after is not None and after.kind in (Kind.BYLINE, Kind.BODY)
        # (the headline's deck may follow it: '一季秋蚕“吐”出1.3亿元' / '黔江区秋茧收购…')
        for j in range(i + 2, i + 2 + HEAD_RUN_BELOW_BOX):
            after = self._next(j - 1)
            if after is not None and after.rule == "web-chrome":
                # (a web article's information line under its title: '两江晚报 >' / title /
                # 'source　2026-01-20 19:30　浏览 1.6万' / text)
                after = self._after_noise(j)
            if after is None or after.kind is not Kind.HEADLIKE or after.level:
                return after is not None and after.kind in (Kind.BYLINE, Kind.BODY)
        return False

    @functools.cached_property
    def _group_labels(self) -> frozenset[int]:
        """Indexes of the bulleted labels that group the page's stories: two or more, each
        right over a headline with its byline or dateline (``group-label-over-headlines``)."""
        found = frozenset(i for i, line in enumerate(self.lines)
                          if line.rule == "bulleted-subhead" and i + 1 < len(self.lines)
                          and self._story_title(i + 1))
        return found if len(found) >= GROUP_LABELS_MIN else frozenset()

    def _on_subhead(self, i: int) -> int:
        line = self.lines[i]
        name = line.text.strip().lstrip(BULLETS + " \u3000")
        cur = self.cur
        # (or under a briefs column's name, its only head: '法治快讯' / '【区检察院】' / text)
        headed = cur is not None and (cur.headline is not None or (
            cur.section is not None and bool(words()["brief_rubrics_re"].search(
                normalize(cur.section).replace(" ", "")))))
        if line.rule == "part-label" and cur is not None and headed and (
                (cur.container and cur.items)
                or (not cur.has_body and not cur.closed and not cur.ended
                    and self._signed_part(line))):
            # '特色效益农业' / '【概况】' / text / '【粮油】' / text（…　何　平）: a yearbook's or a
            # digest's entries under their bracketed titles, right under the head with no text
            # of its own, are the parts of one roundup, each signed at its end
            self.log(line.number, "part-labels-under-a-head-open-items")
            cur.rubric_heads_roundup()
            cur.closed = cur.ended = False
            self.open_roundup_item(line)
            return i + 1
        if _announced_part(self, line):
            # '二、界石至南彭连接道完成交工验收' after the bulletin's part '一、…': the next part
            self.log(line.number, "announced-part-opens-item")
            self.open_announced_part(line)
            return i + 1
        if (i in self._group_labels and (self.cur is None or self.cur.has_body)
                and not _rubric(name) and name not in words()["link_labels"]):
            # '■主城都市区' / a headline / its byline and text / … / '■渝东北三峡库区城镇群':
            # the page's stories in groups, each label the section of those under it.
            self.log(line.number, "group-label-over-headlines")
            if self.cur is not None:
                self.cur.closed = True
            self.group_section = self.pending_section = name
            return i + 1
        if (line.rule == "bulleted-subhead" and self._over_headline(i)
                and self.cur is not None and self.cur.has_body and (
                    _rubric(name)
                    # ('■数读' / '552米主跨刷新世界纪录' under a story its credit closed: a
                    # box's label over the box's own title)
                    or (self.cur.closed and name in words()["labels_set"])
                    # ('■赛后对话' / a headline / its byline: the story below is signed
                    # apart from the one above)
                    or (i + 1 < len(self.lines) and self._story_title(i + 1)
                        and (below := self._after_noise(i + 2)) is not None
                        and below.kind is Kind.BYLINE))):
            # '■追踪' / '占道多年的废品站搬走了' / '本报7月5日以…': a column's name in its box
            # over a headline heads the story below, not a part of the story above.
            self.log(line.number, "boxed-column-over-headline")
            self.cur.closed = True
            self.pending_section = name
            return i + 1
        if (name in words()["link_labels"] and i + 1 < len(self.lines)
                and self._story_title(i + 1)):
            # '■相关新闻' / a headline / '本报讯（…）…': a related story printed whole, under
            # the box's name as its section (a box of text under it stays the story's part).
            self.log(line.number, "label-over-story")
            self.noise.append(line.text)
            self.pending_section = name
            return i + 1
        if self.image and self.cur is not None and line.pointer and len(line.normal) <= 60:
            # '[图片]' / '▲游客在宝顶山游客中心选购文创产品': a triangle under an image
            # points at it; the line is its caption, not a part's head.
            self.log(line.number, "caption-under-image")
            self._caption_text(line.text)
            return i + 1
        if (line.rule == "bulleted-subhead" and self.cur is not None and self.cur.has_body
                and not self.cur.items and self.sourced_table_under(line)):
            # '■区县防治非典快报' / '（截至5月19日12时）' / rows / '（…办公室提供）' after a
            # report: a table printed on its own under its bulleted title, a story of its own
            self.log(line.number, "bulleted-title-over-sourced-table-opens-story")
            self._open_table(line, line)
            return i + 1
        if (line.rule == "bulleted-subhead" and self.cur is not None and self.cur.has_body
                and not self.cur.items and (nxt := self._next(i)) is not None
                and nxt.kind is Kind.HEADLIKE and not nxt.level and self.sourced_table_under(nxt)):
            # '■商报数据' / '主城部分区二手房挂牌均价（3月13日—19日）' / rows / '（数据来源：…）'
            # after a report: a box of figures under its label and its title, a story of its
            # own, the box's label its section
            self.log(line.number, "box-label-over-sourced-table-opens-story")
            self._open_table(line, nxt, section=line.text.strip().lstrip(BULLETS + " \u3000"))
            return i + 2
        self._subhead_line(line)
        return i + 1

    def _open_table(self, first: Line, head: Line, section: str | None = None) -> None:
        """A table printed on its own after a report, from ``first`` on: the report ends, the
        table is a story headed by ``head`` (under its box's label, ``section``)."""
        assert self.cur is not None
        self.cur.closed = self.cur.ended = True
        table = StoryDraft(line=first.number, section=section)
        self._start(table)
        self.set_headline(table, head)

    def _on_date(self, i: int) -> int:
        self._date_line(self.lines[i])
        return i + 1

    def _on_label(self, i: int) -> int:
        line, lines = self.lines[i], self.lines
        self.noise.append(line.text)
        label = bare_label(line.normal)
        if label in words()["comment_labels"]:
            # Readers' comments under an article: chrome, up to the next article's title or
            # a wide gap (each comment is its author, its text and its likes).
            self.log(line.number, "comment-list")
            i = self._noise_while(i, lambda j: (
                not self._article_title(j)
                # (a nickname may read as a speaker's or a person's name: '彭水发布　作者')
                and lines[j].kind in (Kind.HEADLIKE, Kind.NOISE, Kind.BODY, Kind.LEAD, Kind.NAME)
                and lines[j].number - lines[j - 1].number <= 2
                # (the link to the rest of them ends them: '查看全部评论 >')
                and not _COMMENTS_END.match(lines[j - 1].normal)))
        elif label in words()["link_labels"] and i + 1 < len(lines) and (
                self._story_title(i + 1) or self._titled_text(i + 1)):
            # '相关新闻' / a headline / '本报讯（…）…': a related story printed whole, under
            # the box's name as its section.
            self.log(line.number, "label-over-story")
            self.noise.pop()
            self.pending_section, self.box_label_line = line.text, line.number
        elif (i + 2 < len(lines) and box_title(lines[i + 1], lines[i + 2])
              and (self.cur is None or self.cur.closed or self.cur.ended)):
            # '链接' / '万州烤鱼的由来' / its text: a box with a title of its own, after the
            # story above ended, is a story (inside an open story it is one of its parts).
            self.log(line.number, "label-over-box-title")
            self.noise.pop()
            self.pending_section = line.text
        elif label in words()["link_labels"]:
            # A related-links box: the title lines under it are web chrome, set as close as
            # the first is to the label (more space ends the list).
            self.log(line.number, "link-list")
            spacing = lines[i + 1].number - line.number if i + 1 < len(lines) else 1
            # (a list whose first title has its dot, '·…', ends at the first line without one
            # that no dotted title follows: '图片新闻' / [IMG] / '寒风中畅游嘉陵江' under it are
            # the page's; '区县热点:' over more dotted titles is the next list's label)
            dotted = i + 1 < len(lines) and lines[i + 1].text[:1] in LIST_DOTS
            i = self._noise_while(i, lambda j: _link_title(lines[j]) and not self._article_title(j)
                                  and lines[j].number - lines[j - 1].number <= spacing
                                  and (not dotted or lines[j].text[:1] in LIST_DOTS
                                       or (j + 1 < len(lines)
                                           and lines[j + 1].text[:1] in LIST_DOTS)))
        elif i + 1 < len(lines) and _figure_line(lines[i + 1]):
            # A box of figures ('数读' / '1.2万户  新增市场主体' / …) beside the stories.
            self.log(line.number, "figure-box")
            i = self._noise_while(i, lambda j: _figure_line(lines[j]))
        return i + 1

    def _noise_while(self, i: int, belongs: Callable[[int], bool]) -> int:
        """Take the lines after ``i`` as furniture while ``belongs(index)``; the last taken."""
        while i + 1 < len(self.lines) and belongs(i + 1):
            i += 1
            self.noise.append(self.lines[i].text)
        return i

    def _story_title(self, i: int) -> bool:
        """A head over its byline, or over a paragraph that opens with a dateline."""
        below = self._after_noise(i + 1)
        return (self.lines[i].kind is Kind.HEADLIKE and not self.lines[i].level
                and _starts_story(below))

    def _resume(self, story: StoryDraft) -> None:
        """Make an earlier ``story`` the current one again (the stories are put back in the
        order they began on the page at the end: ``resumed``)."""
        self.stories.remove(story)
        self.stories.append(story)
        self.resumed = True

    def _post_signed_below(self) -> StoryDraft | None:
        """The page's first story, unsigned, when the current one is a related story (under a
        link label) already closed by its own credit: credits now are the first story's."""
        cur, first = self.cur, self.stories[0] if self.stories else None
        if (cur is None or first is None or first is cur or first.reporters or not cur.closed
                or not cur.reporters or cur.section is None
                or bare_label(normalize(cur.section)) not in words()["link_labels"]):
            return None
        return first

    def _titled_text(self, i: int) -> bool:
        """A head over a paragraph of its own ('龙水湖夏季夜游…' / '记者8月8日从…获悉，…'):
        a story printed whole, not a link (a list of links has titles under titles)."""
        below, head = self._after_noise(i + 1), self.lines[i]
        # (or a Markdown copy's heading: '**延伸阅读**' / '### 渝北：首家社区…' / its text)
        return (((head.kind is Kind.HEADLIKE and not head.level) or head.kind is Kind.HEADING)
                and head.text[:1] not in LIST_DOTS and below is not None and below.kind is Kind.BODY
                and (not _link_title(below) or self._runs_on(below)))

    def _runs_on(self, line: Line) -> bool:
        """Does a line of text go on, cut at the column's width, on the line under it ('记者从
        市民政局获悉，今年以来，' / '我市在各区县…'): a paragraph's first line, no link's title?"""
        below = self.line_after(line)
        return (below is not None and below.number == line.number + 1
                and below.rule in ("wrapped-line", "cut-first-line", "cut-last-line"))

    def _article_title(self, i: int) -> bool:
        """A web article's title: a head with the article's information line under it
        ('来源：…  作者：…  时间：…'), however like a related link it reads."""
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        return self.lines[i].kind is Kind.HEADLIKE and below is not None and info_line(below)

    def _on_noise(self, i: int) -> int:
        line, cur = self.lines[i], self.cur
        if line.rule == "image" and (caption := image_caption(line.text)) is not None:
            # '[图片：12月4日清晨，…披上一层白雪。巫溪县融媒体中心供图]': the marker holds the
            # picture's caption and its credit
            self.log(line.number, "caption-in-image-mark")
            self._caption_text(caption)
            # (a photographer's credit in it names them: '…现场。　记者　张　三　摄')
            if (told := classify(line.number, caption)).kind is Kind.CAPTION:
                self._photographers(told.names)
            return i + 1
        self.noise.append(line.text)
        if line.rule == "reprint-note" and cur is not None and cur.reprinted is None:
            # '我县首个农民工返乡创业园开园' / '（原载2009年11月13日《綦江报》第1版）' / text:
            # the piece's days are read against the day it was first printed
            cur.reprinted = line.text
        # ('【字号　大　中　小】　　【打印本页】' under an article's text: the page's foot)
        # ('【间奏】', '【稿件二】' between a broadcast script's items: the item above ends)
        # ('└────┘' under a box's last line: the box, and the story in it, end)
        closes = (line.rule in ("editors", "broadcast-cue")
                  or (line.rule == "web-chrome" and _PRINT_BUTTONS.search(line.normal) is not None)
                  or (line.rule == "rule-line" and line.normal[:1] in "└┗╚L")
                  ) and cur is not None and cur.has_body
        # ('信息来源：大观镇人民政府　　信息员：韦　琳　　点击：132' under an entry's text, or
        # '（撰稿：蒋　玲　　审核：吴　波）': a site's fields name the writer after the text.)
        signed_below = (cur is not None and cur.has_body and not cur.reporters
                        and not cur.closed and line.rule in ("web-chrome", "editors")
                        and _INFO_FIELDS.search(line.normal) is not None)
        fields = line.normal.strip("()[]") if signed_below else line.normal
        # ('来源：大足日报　　作者：邓　华　　　[评论 3]': the entry's count of comments after it)
        fields = _COMMENTS_TAIL.sub("", fields)
        if ((signed_below or (line.rule == "web-chrome" and cur is not None
                              and not cur.has_body)) and (
            (author := words()["web_author_re"].search(fields))
            or (credit := words()["web_credit_re"].search(fields))
        )):
            # "来源：…  作者：李 梅  发布时间：…" under a web page's headline names its writer.
            # '作者：马丽 谭鑫' / '作者：李雪梅　向　阳': names a space apart, padded ones joined.
            names = (list(credit_names(author["names"])) if author
                     else list(people_in_credit(credit["credit"])))
            names = [n for n in names if person_like(n)]
            if names:
                self.log(line.number, "web-author-signs-story")
                _extend_unique(cur.reporters, names)
                cur.article = cur.article or not cur.has_body
                # (the fields under an entry's text sign it and end it, as a credit does)
                cur.closed = cur.closed or signed_below
        if (line.rule == "advert" and _AD_CARD.match(line.normal) and cur is not None
                and cur.has_body and cur.headline is not None and not cur.reporters
                and not cur.items and len(cur.paragraphs) <= AD_CARD_PARAGRAPHS):
            # '金秋购房季…' / '首付低至10%…' / '广告　上游房产': a list's card marked as an
            # advertisement is the page's furniture, no story
            self.log(line.number, "ad-card-is-furniture")
            self.stories.remove(cur)
            self.noise[-1:-1] = [cur.headline, *(p.text for p in cur.paragraphs),
                                 *cur.captions]
            return i + 1
        if signed_below and _DATED_FIELDS.match(line.normal):
            # ('2023-05-15　　来源：云阳县融媒体中心　　浏览：702' under an entry of a site's
            # list of pictures: its day and fields end the entry, named writer or none)
            self.log(line.number, "entry-fields-close-entry")
            cur.closed = True
        if (cur is not None and cur.has_body and not cur.closed
                and (card := _CARD_META.search(line.normal)) is not None):
            # '上游新闻　记者　刘　洋　　2小时前　　评论 12': a channel card's meta line names
            # its writer and ends the card
            self.log(line.number, "card-meta-ends-story")
            _extend_unique(cur.reporters,
                           [n for n in people_in_credit(card["credit"] or "") if person_like(n)])
            closes = True
        if closes:
            # '（责任编辑：邹 航）' under an article's text: the article ends there.
            if line.rule == "editors":
                self.log(line.number, "editor-line-closes-story")
            elif line.rule == "broadcast-cue" and not cur.closed:
                self.log(line.number, "broadcast-cue-closes-story")
            cur.closed = True
        return i + 1

    def _on_body(self, i: int) -> int:
        line = self.lines[i]
        if (line.rule == "table-title" and self.cur is not None and self.cur.has_body
                and not self.cur.items and i and line.number > self.lines[i - 1].number + 1
                and self.sourced_table_under(line)
                and (self._compiled_table(i)
                     or _PRINT_BUTTONS.search(self.lines[i - 1].normal) is not None)):
            # (a blank line) / '“渝乡超”淘汰赛赛果' / rows / '（制表：何　川）' after a report: a
            # table printed on its own under its title, signed by who compiled it (a box of
            # figures with its source only may be the report's: '数说潼南十年' / rows /
            # '（数据来源：…）'; not when the article above ended at its page's print buttons)
            self.log(line.number, "titled-sourced-table-opens-story")
            self._open_table(line, line)
            return i + 1
        # A form's field ('联系电话：…') under a photo's place is the form's, not a caption.
        if (self.image and self.cur is not None and line.rule == "gallery-caption") or (
                self.image and self.cur is not None and len(line.normal) <= 60
                and line.rule not in ("labelled-paragraph", "form-field", "poster-line")
                and not dateline(line.normal[:120])
                # ('…一起来看——' / '…一起来看↓↓↓' leads into the text below: no caption)
                and not line.normal.endswith(("——", "—", ":", "↓"))):
            self.log(line.number, "caption-under-image")
            self._caption_text(line.text.lstrip("▲△ \u3000"))  # (the mark points at it)
        else:
            self.paragraph(line)
        return i + 1

    # -- heads --

    def _head_run_end(self, start: int) -> int:
        """A run of consecutive heading lines; a plain line after a Markdown heading (a
        subtitle) ends it, so the next Markdown heading opens a run of its own."""
        end = start + 1
        seen_md = self.lines[start].kind is Kind.HEADING
        while end < len(self.lines) and (
                self.lines[end].kind in (Kind.HEADING, Kind.HEADLIKE)
                # (a headline's pinyin under it, a head of the run below it)
                or (_head_rendering(self.lines[end]) and end + 1 < len(self.lines)
                    and self.lines[end + 1].kind in (Kind.HEADING, Kind.HEADLIKE))):
            if _head_rendering(self.lines[end]):
                end += 1
                continue
            prev, nxt = self.lines[end - 1], self.lines[end]
            if seen_md and prev.level == 0 and nxt.level > 0:
                break
            if (seen_md and nxt.level == 0 and "," in nxt.normal
                    # (over a report's dateline or byline, a line with a comma is its deck)
                    and not _starts_story(self.lines[end + 1] if end + 1 < len(self.lines)
                                          else None)):
                break  # a deck has no comma; this is the head of a broken paragraph
            seen_md = seen_md or nxt.level > 0
            end += 1
        return end

    def _head_run(self, run: list[Line], after: Line | None) -> None:
        remaining: list[Line] | None = run
        for decision in HEAD_DECISIONS:
            if not remaining:
                return
            if decision.condition(self, remaining, after):
                self.log(remaining[0].number, decision.name)
                remaining = decision.action(self, remaining, after)
        if remaining:
            raise AssertionError("open-story places every run")

    def open_story(self, run: list[Line], after: Line | None) -> None:
        """A new story headed by ``run``: kicker, headline and deck chosen by their shapes."""
        self._drop_pending_headline()
        draft = StoryDraft(line=run[0].number)
        if right := [line for line in run if line.rule == "paired-head-right"]:
            self.pending_headline, self.paired_from = right[0], draft
            run = [line for line in run if line.rule != "paired-head-right"]
        run = _join_paired_headings(
            _join_short_wrap(_join_document_title(_join_quotation_wraps(_join_going_on(run)))))
        if (not self.stories and self.banner is None and len(run) >= 2 and run[0].level == 1
                and run[1].level == 2 and self._one_flag_over_stories()):
            # '# 3·15特别报道　诚信消费　你我同行' / '## 商报维权热线…': the page's one top heading
            # over the stories' headlines, each a '##', is its flag
            self.banner, run = run[0].text, run[1:]
        column_name = False  # the upper of two plain heads names the column (see below)
        md = [i for i, line in enumerate(run)
              if line.level > 0 and not DECK_DASHES.match(line.normal)]
        plain = [i for i, line in enumerate(run) if not _is_deck_line(line)]
        md = [i for i in md if not _rubric(run[i].text)] or (
            # ('### 卫健快讯' / '**区妇幼保健院启动…**': a column's name as a heading over a
            # plain headline)
            [] if (len(md) == 1 and md[0] + 1 in plain and run[md[0] + 1].level == 0
                   and len(run[md[0]].normal.replace(" ", "")) <= COLUMN_NAME_MAX) else md)
        if len(plain) >= 2 and words()["banner_shapes_re"].search(
                run[plain[0]].normal.replace(" ", "")):
            plain = plain[1:]  # "热烈庆祝…" above a headline is a page flag, not the headline
        if labelled := [i for i, line in enumerate(run) if line.rule == "labelled-headline"]:
            h = labelled[0]  # an assistant's transcript names the headline ('**主标题**：…')
        elif (md and len(md) == len(run) == len(plain) == 3
              and len({line.level for line in run}) == 1):
            # ('# 龙年舞龙迎新春 / # 2024铜梁龙舞大赛落幕 / # 巴川街道龙舞队摘得桂冠': a converter
            # that marks every head alike, three of them, no page flag: a kicker, the headline,
            # a deck)
            h = 1
        elif (md and len(md) == len(run) == len(plain) == 2
              and len({line.level for line in run}) == 1
              and _MEETING_HEAD.search(run[0].normal) and _AGENDA.match(run[1].normal)):
            # ('## 县委常委会召开会议 / ## 研究部署抗旱救灾…工作': two heads marked alike, as a
            # converter marks every head; the meeting heads, what it took up is its deck)
            h = 0
        elif (md == [0] and len(run) == 2 and run[1].level == 0 and not _is_deck_line(run[1])
              and words()["speech_settings_re"].search(run[0].normal)):
            # ('#### 韩立新走访民营企业时强调' / '当好服务企业“店小二”…': the setting of the words
            # said, set as a heading, is the kicker of the plain headline under it)
            h = 1
        elif md:
            # The highest-ranked Markdown heading ('#' before '##'), the last of equals, is the
            # headline: a lower-ranked one below it is its deck.
            top = min(run[i].level for i in md)
            h = [i for i in md if run[i].level == top][-1]
        elif len(run) == 1:
            h = 0
        elif above_dash := _above_dashed_deck(run, plain):
            h = above_dash[-1]  # the deck's slot is taken: the line right above it heads
        elif ((_rubric(run[0].text) or _box_label(run[0].text)
               or (len(run) == 2 and _serial_part(run[1])))
              and len(run) >= 2 and not _is_deck_line(run[1])):
            # A column's name first: its headline is the next line, or of the two under it
            # the one the shapes of two heads choose ('乡村振兴进行时 / 稻花鱼肥迎丰收 /
            # 太和镇1.2万亩稻渔田…': the catchy line is the kicker).
            # ('聚焦2024全市两会 / 代表委员声音 / …': two columns' names, the headline third.)
            if len(run) == 4 and not any(_rubric(line.text) or _box_label(line.text)
                                         or line.level for line in run[1:]) \
                    and not CLAUSE_MARKS.search(run[2].normal):
                # ('聚焦2016潼南两会 / 协商议政聚共识　凝心聚力谋发展 / 区政协十四届五次会议开幕 /
                # 罗德全作…报告': a column's name over a kicker, a headline and a deck; the
                # kicker and the deck may have their commas, '昨日，又有5个区县选出…' / '5位新区县长
                # 的履新“第一课”' / '本报记者连线新当选的区县长，听他们谈…')
                h = 2
            elif len(run) != 3:
                h = 1
            elif _rubric(run[1].text) or _box_label(run[1].text):
                h = 2
            else:
                h = 1 + _headline_of_two(run[1], run[2])
        elif len(plain) >= 4 and len(run) == len(plain):
            # ('德润巫溪　善行天下 / 崇德向善　见贤思齐 / 我县表彰第八届道德模范 / 5人获评…'):
            # a kicker, a headline and a deck are three lines at most, so the first of four
            # is a flag or a column's name over them
            h = plain[2]
        elif len(plain) >= 3:
            # ('2019全国两会·重庆声音 / 代表们审议政府工作报告时表示 / 把“施工图”变成“实景图”':
            # the setting of the words said is the kicker over them)
            h = plain[1 + _headline_of_two(run[plain[1]], run[plain[2]])
                      if words()["speech_settings_re"].search(run[plain[1]].normal) else 1]
        elif len(plain) == 2:
            upper, lower = run[plain[0]], run[plain[1]]
            placed = _placed_by_shapes(upper, lower)
            # ('新春走基层' / '海拔1800米的“守电人”': a column's name over the headline; under a
            # column already named, a short head over another is no column's name)
            column_name = (placed is None and _column_over_head(upper, lower)
                           and self.group_section is None and self.pending_section is None)
            h = plain[placed if placed is not None else int(column_name)]
        else:
            h = plain[0] if plain else 0
        head = run[h]
        above, below = run[:h], run[h + 1 :]
        # An export's labelled heads take the roles their labels name wherever they are
        # printed ('①　标题' / '肩题：政策加力…' / '副题：…' / '栏目：商报快评').
        columns = [line.text for line in run if line.rule == "labelled-column"]
        if labelled:
            above = [*(line for line in above if line.rule != "labelled-column"),
                     *(line for line in below if line.rule == "labelled-kicker")]
            below = [line for line in below
                     if line.rule not in ("labelled-kicker", "labelled-column")]
        rubric_head = _rubric_headline(head.normal)
        if rubric_head:
            # '【以案说法】网购减肥糖吃出病 商家被判十倍赔偿': the column's name, then the headline
            # ('[转载]安居古镇…': a blog's mark on a repost, no column)
            inner = rubric_head["inner"].strip()
            draft.section = None if inner in _POST_MARKS else inner
            self.set_headline(draft, replace(
                head, text=cut_prefix(head.text, rubric_head.start("rest"), head.normal)))
        elif (len(run) == 1 and _rubric(head.text) and not has_deck(head.text)
              # ('向　子　乔' over '向子乔（1868～1931），…': letter-spaced as a column's name
              # may be, a biography's name heads it)
              and head.rule != "biography-name"
              # ('# 仙女山避暑三日记': a title that ends as a column's name does is a title)
              and not (head.level and len(head.normal.replace(" ", "")) > COLUMN_NAME_MAX)
              # ('十年·三个关键词' / '关键词一：菜': over numbered parts, it heads them; '开庭预告'
              # / '4月19日　9:30　江北区法院…': over a table's rows, it heads the table)
              and not (after is not None
                       and after.rule in ("numbered-part", "named-part", "table-row"))):
            draft.section = head.text  # a rubric alone: the headline comes later, if at all
            draft.column = True
        else:
            self.set_headline(draft, head)
        # ('减负要减到实处' / '（短评）': the piece's genre under its headline is no deck; nor
        # is the site's name where a reader view puts the byline: '# …' / '华龙网')
        genre = [line for line in below if words()["genre_tag_re"].fullmatch(line.normal)
                 or (head.level and _SITE_NAME.match(line.normal))]
        self.noise.extend(line.text for line in genre)
        below = [line for line in below if line not in genre]
        if below:
            draft.subtitle = " ".join(DECK_DASHES.sub("", line.text) for line in below)
        if (len(above) == 1 and not self.stories and self.banner is None
                and words()["banner_shapes_re"].search(above[0].normal.replace(" ", ""))
                and head.number - above[0].number > BANNER_GAP):
            # ('晚报寻亲·第37期', set apart over the page's lead: the column the whole page is,
            # its flag; right over a headline, '区县圆桌会·第23期' is that story's series)
            self.banner, above = _unspaced(above[0].text), []
        if (above and draft.subtitle is None and _DECK_OVER.match(above[-1].text)
                and DECK_DASHES.sub("", above[-1].text).strip()):
            # ('——总投资86.4亿元，涵盖…' over '我区20个重大项目集中开工': the dash marks a deck
            # wherever the export set it; above the headline it is still no kicker)
            self.log(above[-1].number, "dashed-deck-over-headline")
            draft.subtitle = DECK_DASHES.sub("", above.pop().text)
        if above and above[-1].normal in self.repeated and words()["source_names_re"].search(
                above[-1].normal):
            # ('重庆市开州区人民政府' over each article copied from its site: the source's name)
            self.noise.append(above.pop().text)
        if above:
            nearest = above[-1].text.lstrip(SYMBOL_FONT) or above[-1].text
            if (_rubric(nearest) or _box_label(nearest) or above[-1].normal in self.repeated
                    or head.rule == "entry-title"  # a yearbook's chapter over an entry
                    or (len(above) == 1 and _serial_part(head))
                    # ('橙乡新农人' / blank / '“90后”刘思远：…': a short name set apart over a
                    # headline that names its subject before a colon is the column it runs in)
                    or (head.number - above[-1].number > 1 and ":" in head.normal
                        and len(above[-1].normal.replace(" ", "")) <= COLUMN_NAME_MAX)
                    or (column_name and len(run) == 2)):
                draft.section, draft.column = nearest, len(above) == 1
            else:
                draft.kicker = nearest
            for line in above[:-1]:
                if draft.section is None and _rubric(line.text):
                    draft.section = line.text  # a column's name above a kicker
                elif not self.stories and self.banner is None:
                    self.banner = _unspaced(line.text)
                elif draft.section is None:
                    draft.section = line.text
                else:
                    self.noise.append(line.text)
        if labelled and columns and draft.section is None:
            draft.section = columns[0]
        if (
            self.banner is None
            and not self.stories
            and draft.kicker
            and words()["banner_shapes_re"].search(normalize(draft.kicker).replace(" ", ""))
        ):
            self.banner, draft.kicker = _unspaced(draft.kicker), None
        if after is not None and after.kind is Kind.HEADING:
            draft.container = True
        draft.continued_from = self.pending_from or draft.continued_from
        self.pending_from = None
        # (a box's label names the story right under it only: one read into the story above,
        # '相关链接' / its title as a subhead / its text, names no story further down)
        if (draft.section is None and self.pending_section is not None
                and (self.box_label_line is None or draft.line - self.box_label_line <= 2)):
            draft.section = self.pending_section
        self.pending_section = self.box_label_line = None
        if draft.section is None and self.group_section is not None:
            draft.section = self.group_section
        cur = self.cur
        # (under a column's name: '三峡论坛' / '□　张　帆' / '乡村振兴要守住“乡愁”这条根' / text)
        column = (cur is not None and cur.headline is not None and draft.section is None
                  and cur.kicker is None and cur.subtitle is None and not cur.items
                  and len(normalize(cur.headline)) <= COLUMN_NAME_MAX)
        if (cur is not None and (cur.headline is None or column) and cur.section is None
                and not cur.has_body and cur.reporters and not cur.closed):
            # '冉启明　区作家协会副主席，…' / '“榨菜之乡”的年轻人去哪儿了' / text: the writer
            # named over the headline signs the story the headline opens
            self.log(run[0].number, "writer-over-headline-signs-story")
            if column:
                draft.section = cur.headline
            self.stories.remove(cur)
            draft.reporters[:0] = cur.reporters
            _extend_unique(draft.photographers, cur.photographers)
            draft.captions[:0] = cur.captions
        self._start(draft)

    def head_story_above(self, run: list[Line], after: Line | None) -> None:
        """``run`` heads the story above, printed after its text: kicker, headline, deck and
        column chosen as ``open_story`` chooses them; the story ends under them."""
        cur = self.cur
        assert cur is not None
        self.open_story(run, after)
        heads = self.stories.pop()
        cur.headline, cur.headline_line, cur.level = heads.headline, heads.headline_line, 0
        cur.kicker, cur.subtitle = heads.kicker, heads.subtitle
        cur.section = cur.section or heads.section
        cur.continued_from = cur.continued_from or heads.continued_from
        # (what waited for the next story to open went to the heads' draft: it is this one's)
        cur.captions.extend(heads.captions)
        _extend_unique(cur.photographers, heads.photographers)
        _extend_unique(cur.reporters, heads.reporters)
        cur.ended = cur.closed = True

    def _drop_pending_headline(self) -> None:
        """A right-hand headline no headless report took: the headline of the story its
        left-hand part opened, that part its kicker, when it is the longer of the two; else
        kept as the page's furniture."""
        right, left, self.paired_from = self.pending_headline, self.paired_from, None
        if right is None:
            return
        self.pending_headline = None
        if (left is not None and left.headline is not None and left.kicker is None
                and left.subtitle is None and len(normalize(left.headline)) < len(right.normal)):
            # '落实责任　严阵以待　　　　全县召开防汛抗旱工作会议' over its one report: a kicker
            # and its headline set on one line
            self.log(right.number, "unclaimed-paired-head-is-headline")
            kicker = left.headline
            self.set_headline(left, right)
            left.kicker = kicker
            return
        self.noise.append(right.text)

    def _one_flag_over_stories(self) -> bool:
        """Does the page hold one '#' heading and several '##' ones (the stories' heads)?"""
        levels = Counter(line.level for line in self.lines if line.kind is Kind.HEADING)
        return levels[1] == 1 and levels[2] >= FLAGGED_STORIES_MIN

    def open_record(self, draft: StoryDraft) -> None:
        """Open a story read from a table's row (``records``), its heads as the row gives them."""
        self._start(draft)

    def _start(self, draft: StoryDraft) -> None:
        """Open a story; captions and portrait names printed before the first story are its,
        whichever line opens it (head, byline, item or paragraph)."""
        draft.captions[:0] = self.pending_captions
        _extend_unique(draft.photographers, self.pending_photographers)
        _extend_unique(draft.reporters, self.pending_writers)
        self.pending_captions, self.pending_photographers, self.pending_writers = [], [], []
        last = self.stories[-1] if self.stories else None
        if (last is not None and last.headline is None and last.section and not last.items
                and not last.captions and last.paragraphs
                and all(words()["note_re"].match(p.text) for p in last.paragraphs)):
            # '百姓来信' / '编者按：本期选登三封…' / the first letter's title: the column's
            # standfirst about all its pieces is furniture, its name the section of the next
            self.stories.pop()
            self.noise.extend(p.text for p in last.paragraphs)
            draft.section = draft.section or last.section
        self.stories.append(draft)

    def open_note(self, label: Line) -> None:
        """A reporter's or editor's note under the story above: a story of its own, headed by
        its label ('■记者手记', '编后')."""
        assert self.cur is not None
        self.cur.ended = self.cur.closed = True
        note = StoryDraft(line=label.number)
        self._start(note)
        self.set_headline(note, replace(label, text=label.text.lstrip(BULLETS + " \u3000")))

    def set_headline(self, draft: StoryDraft, line: Line) -> None:
        text = _bracketed_headline(line.text) or line.text
        # '…专项检查（图）': a site's flag that a picture goes with the story, no part of it;
        # '“背篓银行”进山来（特写）': the piece's genre, none either
        text = _PICTURE_FLAG.sub("", text) or text
        text = words()["genre_tag_re"].sub("", text) or text
        # '◎“书香巫溪”全民阅读季启动': a brief's bullet is no part of its title, nor is a
        # bulletin's number of its piece ('一、赶水镇：草蔸萝卜“拔”出群众增收新路子').
        text = text.lstrip(BULLETS + SYMBOL_FONT + " \u3000") or text
        text = _PIECE_NUMBER.sub("", text) or text
        if (glued := _GLUED_JUMP_FROM.search(text)) is not None and glued.start():
            # '璧山高新区：…“加速度”（上接1版）': the jump it goes on from, set on its title
            jump = words()["jump_from_re"].match(normalize(glued.group()))
            if jump is not None:
                draft.continued_from = draft.continued_from or jump["page"] or SAME_PAGE
                self.noise.append(glued.group().strip())
                text = text[:glued.start()].rstrip()
        text, subtitle = split_deck(text)
        if subtitle is not None:
            draft.subtitle = draft.subtitle or subtitle
        draft.headline = joined_letters(text)
        draft.headline_line = line.number
        draft.level = line.level

    def open_announced_part(self, line: Line) -> None:
        """An announced part (``_announced_part``): an item of the current story, which goes
        on though the part before's credit closed it."""
        assert self.cur is not None
        self.cur.ended = self.cur.closed = False
        self.open_item(line.text, line.number, None)

    def open_item(self, heading: str, number: int, lead: str | None, level: int = 0,
                  voice: bool = False) -> None:
        cur = self.cur
        if cur is None or cur.ended or (cur.closed and not cur.items and cur.headline is None):
            # A story that ended, or a headless one that was signed (a photo's credit), takes
            # no more items: a new roundup begins. A signed story under a headline takes the
            # sections that follow: a roundup whose first section has no label of its own.
            cur = StoryDraft(line=number)
            self._start(cur)
        if cur.item_level is None:
            cur.item_level = level
        cur.items.append(ItemDraft(heading=heading, line=number, lead=lead, voice=voice))

    # -- credits, captions, jumps --

    def _byline(self, line: Line, after: Line | None) -> None:
        if (post := self._post_signed_below()) is not None:
            # '—— 延伸阅读 ——' / a related story closed by its own credit / '记者：陈　瑶' /
            # '图片：…' / '编辑：…': a post's closing credits sign the post, not the story
            # printed whole under its link label.
            self.log(line.number, "post-credits-sign-post")
            self._resume(post)
        cur = self.cur
        if cur is not None and cur.items and not cur.items[-1].paragraphs and not cur.ended:
            # '◎南岸区南坪：私家车堵住通道…' / '时报记者　李　想' / text: a byline right under
            # an item's head signs that item
            self.log(line.number, "byline-under-item-head-signs-item")
            _extend_unique(cur.items[-1].reporters, line.names)
            _extend_unique(cur.photographers, line.photographers)
            return
        # An editor's note (编者按：…) above the byline is not the story's text yet; nor is a
        # box under the headline ('受访专家' / its experts' lines).
        notes_only = cur is not None and not cur.items and all(
            words()["note_re"].match(p.text) or _EPIGRAPH.match(p.text)
            or p.line in self.box_lines for p in cur.paragraphs
        )
        # '撰稿：刘晓岚' under a release's signature, only its contacts and captions after it:
        # the drafter of the release above, no story's opening.
        following = self._after_noise(self._index + 1)
        signed_off = (cur is not None and cur.signed is not None and cur.has_body
                      and (following is None or following.kind is not Kind.BODY))
        opening = (cur is None or not cur.has_body or (cur.ended and not signed_off) or notes_only
                   or line.rule == "meta-author")  # (an e-paper's header over its article)
        if not opening and after is not None and after.kind is Kind.BODY:
            opening = line.normal[:1] in BULLETS or bool(words()["own_staff_re"].match(
                line.normal.replace(" ", "")))
        if (not opening and cur is not None and line.rule == "staff-commentator"
                and not cur.items and _notice_headed(cur)):
            # '更正' / '…特此更正，并向读者致歉。' / '本报编辑部' (a date perhaps under it): the
            # desk that issues a notice signs it, its text's last words, and writes no story
            self.log(line.number, "desk-signs-notice")
            cur.paragraphs.append(Paragraph(line.text, line.number, whole=True))
            cur.closed = True
            return
        if opening and (cur is None or (cur.has_body and not notes_only)):
            self.log(line.number, "byline-opens-story")
            self._start(StoryDraft(line=line.number))
            cur = self.cur
        # Under the text of a roundup's item, a byline signs that item when another item
        # follows or an earlier one was signed on its own ('记者：杨 帆' after a digest's first
        # news); a byline after the last item of a roundup whose items are unsigned signs it.
        signs_item = not opening and bool(cur.items) and (
            any(item.reporters for item in cur.items[:-1])
            or ((following := self._after_noise(self._index + 1)) is not None
                and following.kind is Kind.RUBRIC))
        _extend_unique(cur.items[-1].reporters if signs_item else cur.reporters, line.names)
        if line.with_photos:
            _extend_unique(cur.photographers, line.names)
        _extend_unique(cur.photographers, line.photographers)
        if not opening:
            self.log(line.number, "byline-signs-story-above")
            cur.closed = True

    def _closing_credit(self, line: Line) -> None:
        cur = self.cur
        if cur is None:
            self.noise.append(line.text)
            return
        if line.rule == "author-note" and not cur.has_body and not cur.items:
            self.log(line.number, "author-note-above-text")
            self.noise.append(line.text)
            return
        # '（本栏稿件由本报记者 罗 敏 整理）' or '（…记者　韩　旭　整理）' under briefs signs the
        # whole column they were compiled into, not its last brief; a
        # credit under speakers' voices, none of the others signed, signs the story that
        # gathered them, not the last speaker's words.
        whole = (line.normal.lstrip("( ").startswith(words()["group_credits"])
                 or (len(cur.items) > 1 and _COMPILED.search(line.normal) is not None)
                 or (len(cur.items) > 1 and cur.items[-1].voice
                     and not any(item.reporters for item in cur.items[:-1])))
        target = cur.items[-1].reporters if cur.items and not whole else cur.reporters
        _extend_unique(target, line.names)
        if line.with_photos:
            _extend_unique(cur.photographers, line.names)
        _extend_unique(cur.photographers, line.photographers)
        if line.rule in NOTE_CREDITS:
            cur.notes.append(line.text)  # the story's own line, shown and tagged with it
        elif not line.names:
            self.noise.append(line.text)
        self.log(line.number, "closing-credit-signs-and-closes")
        cur.closed = True

    def _jump(self, line: Line) -> None:
        if line.rule == "jump-to" and self.cur is not None:
            self.cur.continued_to = line.page
            self.cur.ended = self.cur.closed = True
            self.log(line.number, "jump-line-ends-story")
        elif self.cur is not None and not self.cur.has_body:
            self.cur.continued_from = line.page
            self.log(line.number, "jump-line-continues-story")
        else:
            # After a story's text: what follows is another story, continued from page N.
            self.pending_from = line.page
            if self.cur is not None:
                self.cur.ended = self.cur.closed = True
            self.log(line.number, "jump-line-continues-next-story")
        self.noise.append(line.text)

    def _page_credits(self) -> None:
        """The page's own credit line ('本版文字：…　本版摄影：…', '本版图片　…摄') signs the
        stories that name no writer, and the photos of those that name no photographer."""
        for line in self.lines:
            if line.rule != "page-credit":
                continue
            for story in self.stories:
                if line.names and not story.reporters and not any(
                        item.reporters for item in story.items):
                    story.reporters.extend(line.names)
                if line.photographers and story.captions and not story.photographers:
                    story.photographers.extend(line.photographers)

    def _same_page_jumps(self) -> None:
        """A story jumping to another place on its own page ('（下转本版右下）' … the headline
        again, '（上接本版左上）', the rest): one story; the repeated head is furniture."""
        for story in list(self.stories):
            if story.continued_to != SAME_PAGE:
                continue
            rest = next((later for later in self.stories
                         if later.line > story.line and later.continued_from == SAME_PAGE
                         and later.headline in (None, story.headline)), None)
            if rest is None:
                continue
            if rest.headline is not None:
                self.noise.append(rest.headline)
            paragraphs = list(rest.paragraphs)
            if (paragraphs and story.paragraphs and not story.paragraphs[-1].subhead
                    and not paragraphs[0].subhead and not is_closed(story.paragraphs[-1].tail)):
                # (a sentence the jump broke goes on after it)
                story.paragraphs[-1].extend(paragraphs.pop(0).text)
            story.paragraphs += paragraphs
            story.captions += rest.captions
            story.items += rest.items
            _extend_unique(story.reporters, rest.reporters)
            _extend_unique(story.photographers, rest.photographers)
            story.continued_to, story.closed = rest.continued_to, rest.closed
            self.stories.remove(rest)

    def _open_brief(self, line: Line) -> None:
        """Under a briefs rubric (简讯), a bulleted title heads a brief of its own."""
        cur = self.cur
        self.log(line.number, "bulleted-title-opens-brief")
        if cur.headline is not None or cur.has_body:
            cur = StoryDraft(line=line.number, section=cur.section)
            self._start(cur)
        self.set_headline(cur, line)
        cur.titled_brief = True

    def placed_parts(self, line: Line) -> bool:
        """Are ``line`` and the heads below it, up to the first of another shape, each a
        town's name, a space and a title ('小南海镇 “一根丝”牵出增收路'), PLACED_PARTS_MIN at
        least?"""
        at = self.lines.index(line, self._index)
        placed = 0
        for below in self.lines[at:]:
            if below.kind in (Kind.HEADLIKE, Kind.HEADING, Kind.SUBHEAD, Kind.LABEL):
                if not _PLACED_PART.match(below.normal):
                    break
                placed += 1
        return placed >= PLACED_PARTS_MIN

    def open_roundup_item(self, line: Line) -> None:
        """The first of a roundup's parts under the roundup's headline and lead."""
        self.cur.container = True
        self.open_item(line.text, line.number, None)

    def signed_numbered_part(self, line: Line, following: int) -> bool:
        """Does the part under ``line`` end signed ('（区交通运输委运输管理科）') before the
        part numbered ``following`` ('二、…' for 2), with no other head between?"""
        signed = False
        for below in self.lines_after(line):
            numbered = _CHINESE_NUMBERED.match(below.normal) if not below.level else None
            if numbered is not None and below.kind in (Kind.HEADLIKE, Kind.SUBHEAD):
                return signed and chinese_number(numbered["n"]) == following
            if below.kind in (Kind.HEADLIKE, Kind.HEADING, Kind.SUBHEAD):
                return False
            signed = below.kind is Kind.CREDIT or (signed and below.kind is Kind.NOISE)
        return False

    def _signed_part(self, line: Line) -> bool:
        """Does the part under the label ``line`` end signed, its source or writer in brackets
        after its last sentence ('…。（县农业农村委　何　平）'), and another label follow it
        (the parts of a roundup, two at least), before any head?"""
        signed = False
        for below in self.lines_after(line):
            if below.rule == "part-label":
                return signed
            if below.kind in (Kind.HEADLIKE, Kind.HEADING):
                return False
            signed = signed or below.kind is Kind.CREDIT or bool(_SIGNED_END.search(below.normal))
        return False

    def _bulleted_parts(self, line: Line, part: Callable[[Line], bool], least: int) -> bool:
        """Are ``line`` and the bulleted titles below it, up to the next head, each a ``part``,
        and ``least`` of them at least?"""
        found = 0
        for below in [line, *self.lines_after(line)]:
            if below.rule == "bulleted-subhead":
                if not part(below):
                    return False
                found += 1
            elif below.kind in (Kind.HEADLIKE, Kind.HEADING, Kind.SUBHEAD, Kind.LABEL):
                break
        return found >= least

    def _named_parts(self, line: Line) -> bool:
        """Are ``line`` and the bulleted titles below it, up to the next head, all a person's
        name then a colon ('■蒋　红：社区里的“金牌调解员”'), and PROFILE_PARTS_MIN at least?"""
        return self._bulleted_parts(line, _named_part, PROFILE_PARTS_MIN)

    def _district_parts(self, line: Line) -> bool:
        """Are ``line`` and the bulleted titles below it, up to the next head, all a district's
        name, a gap and a claim ('■万盛区　把黑山谷的名气变成全区的人气' / … / '■开　县　…'), and
        PLACED_PARTS_MIN at least?"""
        return self._bulleted_parts(
            line, lambda below: _DISTRICT_PART.match(below.normal) is not None, PLACED_PARTS_MIN)

    def _parts_signed(self, line: Line) -> bool:
        """Is a part under a bulleted title, before the last, signed on its own ('◆…' / text /
        '（记者　况丽娜）' / '◆…': stories under a section's label)? One credit after the last
        part signs a box of titled parts ('■…' / text / '■…' / text / '（特派记者　A　B）')."""
        at = self.lines.index(line, self._index)
        signed, titles = False, 1
        for below in self.lines[at + 1:]:
            if below.rule == "bulleted-subhead":
                if signed:
                    return True
                titles += 1
                continue
            if below.kind in (Kind.HEADLIKE, Kind.HEADING, Kind.SUBHEAD, Kind.LABEL):
                break
            signed = signed or signs(below)
        return titles < BOX_PARTS_MIN  # (one title under a label heads a story of its own)

    def subhead_line(self, run: list[Line]) -> list[Line]:
        """The run's first line read as a subhead of the story (see ``_subhead_line``); the
        rest of the run is for the decisions after."""
        self._subhead_line(run[0])
        return run[1:]

    def _subhead_line(self, line: Line) -> None:
        cur = self.cur
        if line.rule == "bulleted-subhead" and cur is not None and _brief_column(cur):
            self._open_brief(line)
            return
        if (cur is not None and cur.closed and not cur.ended and cur.reporters
                and line.normal.lstrip(BULLETS + " ").strip("[]【】〔〕 ").endswith(
                    tuple(words()["reply_endings"]))):
            # '读者 钱某芬' / '■医生回复' / the answer: the letter's story goes on.
            self.log(line.number, "reply-under-a-signed-letter")
            cur.closed = False
        elif (cur is not None and cur.has_body
              and line.normal.lstrip(BULLETS + " ") in words()["note_boxes"]):
            # '■记者手记' under a story's last paragraph: the note is a story of its own.
            self.log(line.number, "note-box-opens-story")
            self.open_note(line)
            return
        elif (line.rule == "bulleted-subhead" and cur is not None and not cur.ended
              and not cur.closed
              and ((cur.container and cur.items)
                   or (cur.headline is None and cur.section is not None
                       and not cur.has_body and not self._parts_signed(line)))):
            # '两会·微镜头' / '■磨毛了边的笔记本' / text / '■…': a box of titled parts under a
            # column's name and no headline: the name heads it, the parts are its items.
            self.log(line.number, "bulleted-part-opens-item")
            cur.rubric_heads_roundup()
            self.open_item(line.text, line.number, None)
            return
        elif (line.rule == "bulleted-subhead" and cur is not None and not cur.ended
              and not cur.closed and not cur.items and cur.headline is not None
              and cur.has_body and (self._named_parts(line) or self._district_parts(line))):
            # '他们是我们身边的“最美劳动者”' / text / '■黄永平：轨道上的“夜行者”' / text /
            # '■刘淑芬：…': a profile page's parts, each under its person's name, are items; so
            # are a roundup's parts each under a district's name ('■万盛区　把黑山谷…').
            self.log(line.number, "named-parts-open-items")
            self.open_roundup_item(line)
            return
        elif cur is None or cur.ended or cur.closed:
            cur = StoryDraft(line=line.number)
            self._start(cur)
        self.log(line.number, "subhead-in-story")
        cur.target().append(Paragraph(line.text, line.number, subhead=True))

    def _date_line(self, line: Line) -> None:
        cur = self.cur
        if cur is not None and cur.items and cur.items[-1].paragraphs:
            # a notice among a digest's items, signed and dated: the item ends, not the digest
            self.log(line.number, "signature-date-ends-item")
            cur.target().append(Paragraph(line.text, line.number, whole=True))
        elif cur is not None and cur.has_body:
            self.log(line.number, "signature-date-ends-story")
            # (whole: what goes on under a date is never its line's tail, '编者：…')
            cur.paragraphs.append(Paragraph(line.text, line.number, whole=True))
            # (the piece's own date stays when a postscript under it has one: '（4月22日补记）')
            cur.signed = cur.signed or line.text
            cur.closed = cur.ended = True
        else:
            self.paragraph(line)

    def _photographers(self, names: tuple[str, ...]) -> None:
        if self.cur is None:
            _extend_unique(self.pending_photographers, names)
        else:
            _extend_unique(self.cur.photographers, names)

    def _caption(self, line: Line, after: Line | None, past: Line | None = None,
                 over_next_heads: bool = False) -> None:
        cur = self.cur
        # "▲ 图为…": the bullet points at the photo; it is no part of the caption.
        text = strip_photo_credit(line.text).lstrip(BULLETS + " \u3000")
        if over_next_heads:
            self._hold_caption(line, text, "caption-over-next-heads")
            return
        # A report follows the caption: it opens with a dateline, or its writers signed
        # the story above the picture (a web article's byline, [图片], caption, text).
        # (or its reporter tells what was seen: '记者昨日走访主城多家药店发现，…')
        opens_report = (after is not None and ((after.kind is Kind.BODY and (
            bool(dateline(after.normal[:120])) or bool(cur is not None and cur.reporters)
            or bool(_REPORTER_OPENING.match(after.normal))))
            # (or a signed report's summary box: '本报记者　A' / [图片] / caption / '核心阅读';
            # or the report's byline under the picture: caption / '记者　冯　林' / text)
            or (after.kind is Kind.LABEL and bool(cur is not None and cur.reporters))
            or (after.kind is Kind.BYLINE and self._text_under(after))
            # (or two paragraphs and more follow it: the story's text, the picture its own;
            # or a paragraph and a part's title: '▍从“边角地”到“会客厅”')
            or (after.rule in ("body", "indented-paragraph")
                and (below := self.line_after(after)) is not None
                and ((below.kind is Kind.BODY and below.rule in ("body", "indented-paragraph"))
                     or below.kind is Kind.SUBHEAD)))) or (
            # (or past the other pictures' captions and their credits: '左图：…' / '右图：…' /
            # '左图　记者　A　摄　　右图　B　摄' / '本报讯　9月20日晚，…')
            past is not None and past.kind is Kind.BODY and (
                bool(dateline(past.normal[:120]))
                # (or under the next picture's caption, or the last of them: '图①　…' /
                # '图②　…' / the text)
                or (past.rule in ("body", "indented-paragraph") and after is not None
                    and (after.kind is Kind.CAPTION
                         or (after is past and cur is not None and bool(cur.captions))))))
        if cur is not None and cur.photo and cur.headline is None:
            # Another untitled photo under the same rubric (图片新闻): a story of its own.
            cur = StoryDraft(line=line.number, section=cur.section)
            self._start(cur)
        if (cur is not None and not cur.has_body and cur.headline is None and cur.section
                and not cur.captions and after is not None and after.kind is Kind.HEADLIKE
                and after.number == line.number + 1):
            # '金秋大足·…特别报道' / '▲9月23日，…　记者　A　摄' / '农民当主角' / '我区庆祝…':
            # a picture set right above the heads of a flag's first story is that story's.
            self._hold_caption(line, text, "caption-over-heads")
            return
        # (a gallery's numbered pictures, '1/3　…' / '2/3　…', over its article's text: the
        # article's, each a caption of it)
        gallery = _GALLERY_COUNT.match(text)
        if gallery is not None and int(gallery["of"]) >= 2:
            opens_report = True
            text = text[gallery.end():]  # (the count is the gallery's, no word of the caption)
        if cur is not None and not cur.has_body and (cur.headline or cur.section) and (
            not opens_report
        ) and (line.names or len(normalize(text)) > PICTURE_LABEL_MAX or is_closed(text)):
            # Photo news: under its own head, the caption is the story. (A picture's label,
            # short, open and uncredited, names it only: '周文彬同志遗像' under an obituary's
            # head.)
            self.log(line.number, "photo-news")
            self._photographers(line.names)
            self.paragraph(Line(line.number, text, 0))
            cur.closed = True  # the credit ends the photo story
            cur.photo = True
            cur.brief = cur.headline is None  # untitled by design, like a brief
            return
        if (cur is not None and cur.has_body and cur.closed and opens_report
                and self._desk_credit_above(line)):
            # '责任编辑：周　萍' / '* *' / [image] / '7月5日，温泉镇果农…' / '本报讯（…）…': a
            # picture after a story its end closed, over a report's opening, is the report's
            self._hold_caption(line, text, "caption-over-next-report")
            return
        self.log(line.number, "caption-of-story")
        self._caption_text(text)
        self._photographers(line.names)

    def _desk_credit_above(self, line: Line) -> bool:
        """Is the line above ``line``, past the page's furniture (a rule, a picture's place),
        the desk's credit that closed a story ('责任编辑：周　萍')?"""
        at = self.lines.index(line, self._index)
        for above in reversed(self.lines[:at]):
            if above.rule == "editors":
                return True
            if above.kind is not Kind.NOISE:
                return False
        return False

    def _hold_caption(self, line: Line, text: str, decision: str) -> None:
        """Keep the caption ``text`` (and its credit's photographers) for the story the next
        heads open."""
        self.log(line.number, decision)
        _extend_unique(self.pending_photographers, line.names)
        self.pending_captions.append(text)

    def furniture(self, run: list[Line]) -> list[Line]:
        """The run's first line is the page's furniture (its folio and name); the rest of the
        run is for the decisions after."""
        self.noise.append(run[0].text)
        return run[1:]

    def line_before(self, line: Line) -> Line | None:
        """The line right before ``line`` (the one being placed or a line below it), if any."""
        at = self.lines.index(line, self._index)
        return self.lines[at - 1] if at else None

    def image_caption(self, run: list[Line]) -> list[Line]:
        """A short line under an image's place, over the text that goes on (or a picture's
        title over its credit inside the text): its caption; the rest of the run is for the
        decisions after."""
        self._caption_text(run[0].text)
        return run[1:]

    def _follows_labelled_point(self, line: Line) -> bool:
        """Is ``line`` a bulleted point under its label right under another of the same
        bullet, the lines between that one's own ('●水稻：…' / '后及时晾晒…' / '●玉米：…')?"""
        if _LABELLED_POINT.match(line.normal) is None:
            return False
        at = self.lines.index(line, self._index)
        for k in range(at - 1, max(at - 1 - LABELLED_POINT_LINES, -1), -1):
            prev = self.lines[k]
            if prev.kind is not Kind.BODY or prev.number != self.lines[k + 1].number - 1:
                return False
            if _LABELLED_POINT.match(prev.normal):
                return prev.normal[:1] == line.normal[:1]
        return False

    def _in_answer(self, text: str) -> bool:
        """Is ``text`` an expert's answer in a Q&A, or the rest of one cut at the column?"""
        if _ANSWER.match(text):
            return True
        cur = self.cur
        # (the answer's paragraphs run back to its label, the lines of each joined or not)
        for paragraph in reversed((cur.target() if cur is not None else [])[-ANSWER_LINES_MAX:]):
            if _ANSWER.match(paragraph.text):
                return True
            if paragraph.subhead or _QUESTION.match(paragraph.text):
                return False
        return False

    def lines_after(self, line: Line) -> list[Line]:
        """The lines after ``line`` (the one being placed or a line below it)."""
        return self.lines[self.lines.index(line, self._index) + 1:]

    def line_after(self, line: Line) -> Line | None:
        """The line right after ``line`` (the one being placed or a line below it), if any."""
        at = self.lines.index(line, self._index)
        return self.lines[at + 1] if at + 1 < len(self.lines) else None

    def _text_under(self, line: Line) -> bool:
        """Is the line right after ``line`` (a line below the one being placed) text?"""
        below = self.line_after(line)
        return below is not None and below.kind is Kind.BODY

    def _caption_text(self, text: str) -> None:
        text = IMAGE_MARK.sub("", text)  # '[图]仙女山草场上…': the caption, not its marker
        if self.cur is None:
            self.pending_captions.append(text)
        else:
            self.cur.captions.append(text)

    # -- body --

    def paragraph(self, line: Line) -> None:
        """Add a body line: a new story at a dateline, else the current story's text; a jump
        at its end ('…加上卖（转下栏）') ends the story's text here."""
        jump = run_in_jump(line.text)
        if jump is None:
            self._paragraph(line, line.text)
            return
        text, page = jump
        self._paragraph(line, text)
        if self.cur is not None:
            self.cur.continued_to = page
            self.noise.append(line.text[len(text):].strip())
            self.log(line.number, "run-in-jump-ends-story")
            # (its text goes on elsewhere: a head under it opens the next story, no subhead)
            self.cur.closed = True
            if page == SAME_PAGE:
                # (the text it goes on with is further down: what comes between is not its)
                self.cur.ended = True

    def _paragraph(self, line: Line, text: str) -> None:
        if line.heading is not None:
            # '**郁山镇**　3月12日，…': a brief run in under its place opens an item; the rubric
            # above the first, the roundup's only head, is its headline (as for titled briefs).
            self.log(line.number, "run-in-place-opens-item")
            cur = self.cur
            if cur is not None and not cur.ended and not cur.has_body:
                cur.rubric_heads_roundup()
            self.open_item(line.heading, line.number, None)
        norm = line.normal[:120]  # markers are at the head of a paragraph
        cur = self.cur
        reporters: tuple[str, ...] = ()
        marker = dateline(norm)
        jump = words()["jump_from_re"].match(norm)
        if jump:
            text = cut_prefix(text, jump.end(), norm)
            if cur is None or cur.has_body:
                cur = StoryDraft(line=line.number)
                self._start(cur)
            cur.continued_from = jump["page"] or SAME_PAGE
            self.log(line.number, "jump-marker-continues-story")
        elif marker:
            reporters = dateline_writers(marker)
            text = cut_prefix(text, marker.end(), norm)
            if cur is not None and cur.has_body and not cur.ended and norm[:1] == "又":
                self.log(line.number, "second-report-goes-on")  # '又讯（通讯员　邓　敏）…'
            elif cur is not None and cur.has_body and _briefs_go_on(cur):
                # '科技快讯' / '本报讯（记者 甲）6月9日，…' / '本报讯（乙）近日，…': the next
                # untitled brief of the column
                self.log(line.number, "dateline-goes-on-briefs-column")
                cur.closed, cur.briefs = False, True
            elif (cur is not None and not cur.ended and cur.items
                  and not cur.items[-1].paragraphs):
                # '城口　高山腊肉有了“身份证”' / '本报讯（通讯员　向　婷）10月13日，…': the report
                # under a roundup's item head is that item's text, its writers the item's
                self.log(line.number, "dateline-opens-item-text")
                _extend_unique(cur.items[-1].reporters, reporters)
            elif cur is None or cur.has_body or cur.ended:
                self.log(line.number, "dateline-opens-story")
                cur = StoryDraft(line=line.number)
                self._start(cur)
                if self.pending_headline is not None:
                    # ('忠县…不愁销　　巫溪…發电' / the left one's text / '本报讯　10月18曰，…')
                    self.log(line.number, "paired-head-titles-next-report")
                    self.set_headline(cur, self.pending_headline)
                    self.pending_headline = self.paired_from = None
            cur.dateline = cur.dateline or norm[: marker.end()]
        elif (text[:1] in BRIEF_BULLETS and cur is not None and not cur.ended
              and cur.target() and (cur.listing or cur.target()[-1].tail[-1:] in ":："
                                    or (cur.target()[-1].subhead
                                        and _box_label(cur.target()[-1].text))
                                    # ('●水稻：…' / '●玉米：…': a box's labelled points)
                                    or self._follows_labelled_point(line)
                                    # ('●1.…' / '●2.…': a box's numbered points)
                                    or _numbered_point_goes_on(cur, text))):
            # '区疾控中心提醒市民：' / '●60岁以上老年人…' / '●勤洗手…': the points it lists (or
            # a box's points under its label: '游玩贴士' / '●双桂堂：…').
            cur.listing = True
            self.log(line.number, "bullet-lists-points")
        elif (cur is not None and not cur.ended
              and ((cur.container and cur.items) or (_brief_column(cur) and not cur.has_body))
              and (titled := _run_in_title(text) or _labelled_brief(text)
                   or _coded_entry(text))):
            # '▶巫溪山地车赛开赛：10月19日，…', '【老人赶集走失　民警助其回家】11月24日，…' under
            # a briefs rubric: the briefs titled in their first line are the items of one
            # roundup, as '◆铜梁：…' briefs are; the rubric, its only head, is its headline.
            if not cur.items:
                cur.rubric_heads_roundup()
            self.log(line.number, "bracketed-title-opens-item" if text[:1] in "【["
                     else "titled-bullet-opens-item")
            self.open_item(titled[0], line.number, None)
            text = titled[1]
        elif (text[:1] in BRIEF_BULLETS and cur is not None and cur.has_body and not cur.ended
              and not cur.closed and not cur.brief and not cur.items
              and norm.endswith("?") and len(norm) <= QUESTION_SUBHEAD_MAX):
            # '■哪些企业能享受？' under an explainer's opening: the question it answers next,
            # a subhead of the story, no brief
            self.log(line.number, "bulleted-question-in-story-is-subhead")
            self._subhead_line(line)
            return
        elif (text[:1] in BRIEF_BULLETS and line.rule not in _DATA_LINE_RULES
              # ('■沙坪坝读者　王婆婆：' over her question: a speaker's label in a Q&A)
              and not (norm.endswith(":") and len(norm) <= SPEAKER_LABEL_MAX)):
            # ('▲600893　渝州精工　14.26　+10.02%': a table's row marked up, no brief)
            text = text[1:].lstrip()
            # ('简讯四则' / '●5月28日，…' / '●6月5日，…': the briefs its title counts)
            # (or under the briefs rubric as its headline: '县领导活动' / '●6月12日，…' /
            # '●6月13日，…（政协办　谭　云）' / '●6月15曰，…')
            if cur is not None and cur.has_body and _briefs_go_on(cur):
                # '【简讯】' / '◆近日，…（甲）' / '◆6月4日，…（乙）': untitled briefs under a
                # briefs rubric are one story, the rubric its headline, each brief's writer
                # its writer
                self.log(line.number, "bullet-goes-on-briefs-column")
                cur.closed, cur.briefs = False, True
            elif cur is None or (cur.has_body and not (
                    not cur.ended and _PIECES.search(normalize(cur.headline or "")))):
                # Briefs under one rubric (简讯) share it.
                in_column = cur is not None and (cur.brief or not cur.headline)
                section = cur.section if in_column else None
                self.log(line.number, "bullet-opens-brief")
                cur = StoryDraft(line=line.number, section=section)
                self._start(cur)
            cur.brief = True
        elif (resumed := self._interrupted(line)) is not None:
            # '…这块表是她' / a boxed book note closed by its credit / '老伴走后，…': the text
            # a box interrupted goes on, unindented, after the box.
            self.log(line.number, "text-resumes-story-a-box-interrupted")
            self._resume(resumed)
            cur = resumed
        elif (cur is not None and cur.ended and cur.has_body and not cur.items
              and _NOTE_UNDER_SIGNATURE.match(norm)):
            # '…黄德明' / '2009年2月26日' / '编者：本报已将此信转交…': the editors' answer
            # under a letter's signature is the letter's, and what follows it too; so is
            # the writer's postscript under the piece's date ('（4月15日）' / '补记：…')
            self.log(line.number, "note-under-signature-goes-on")
            cur.ended = cur.closed = False
        elif (cur is not None and cur.ended and cur.has_body and not cur.items
              and _next_addressed_notice(cur, norm)):
            # '法院公告' / '谭小军：本院受理…' / '特此公告。' / the court / its date /
            # '黄丽萍：本院受理…': the next notice the same head holds, addressed as the first
            # one is, goes on its story
            self.log(line.number, "addressed-notice-goes-on")
            cur.ended = cur.closed = False
        elif cur is not None and cur.signed is not None and line.rule == "court-signer":
            # '二〇一九年六月二十八日' / '书　记　员　　任小雪': the clerk signs under the
            # judgment's date; the signature goes on
            self.log(line.number, "signature-goes-on")
        elif cur is None or (cur.ended and cur.has_body):
            self.log(line.number, "text-opens-headless-story")
            cur = StoryDraft(line=line.number, continued_from=self.pending_from)
            self.pending_from = None
            self._start(cur)
        _extend_unique(cur.reporters, reporters)
        if (said := _REPORTER_SAYS.match(norm)) is not None:
            # '总台记者　李　想：我现在所在的…': a broadcast's reporter speaking on camera
            _extend_unique(cur.items[-1].reporters if cur.items else cur.reporters,
                           people_in_credit(said["credit"]))
        # A closing credit "（王五）" signs the item or story it ends.
        # A closing credit "（张三 李四）" at the very end of a paragraph.
        # A table's last cell or a form's value is data, never a credit: '彭　勇（区供销合作社）'.
        # (nor is the answerer's name closing an answer: '【答】…有把握的学校。（周　宁）')
        # ... nor the last of a row of cells set wide apart ('冉　军（温泉镇）' after others)
        # (each of the three closes in a bracket: a paragraph ending otherwise is not searched)
        if line.rule == "table-row" and (compiler := _TABLE_COMPILER.search(text)):
            # the table's compiler is among the writers of what it is printed in
            _extend_unique(cur.items[-1].reporters if cur.items else cur.reporters,
                           people_in_credit(compiler["credit"]))
        closes = text.rstrip()[-1:] in _CLOSING_BRACKETS
        end_credit = (words()["end_credit"].search(text)
                      if closes and line.rule not in _DATA_LINE_RULES
                      and not self._in_answer(text)
                      and len(CELL_GAP.split(text.strip())) < ROW_CELLS_MIN else None)
        if closes and (both := _RUN_IN_WORDS_WITH_PICTURES.search(text)) and (
                writers := people_in_credit(both["credit"] or both["named"])):
            # '…增收。（阿蓬江镇　文/图　冉　杰）': the writers took the pictures too
            text = text[: both.start()].rstrip()
            _signs(cur, writers)
            _extend_unique(cur.photographers, writers)
        elif end_credit and not text[: end_credit.start()].rstrip().endswith(("、", "，", ",")):
            inner = end_credit["inner"]
            names = people_in_credit(inner)
            unsigned = normalize(inner).replace(" ", "") in words()["unsigned_set"]
            if names or unsigned or _org_credit(inner):
                text = text[: end_credit.start()].rstrip()
                _signs(cur, names)
                if (kind := report_kind(f"({credit_text(normalize(inner))})")) and kind[1]:
                    # '…等地。（通讯员　刘　洋　摄影报道）': run in, as on a line of its own, the
                    # writers took the pictures too
                    _extend_unique(cur.photographers, names)
                if not names:
                    self.noise.append(end_credit.group(0).strip())
                    cur.sourced = True  # '（据新华社）': credited to a source, not a writer
        elif closes and (halves := _RUN_IN_WORDS_AND_PICTURES.search(text)) and (
                writers := people_in_credit(halves["words"])):
            # '…获得。（文/学生记者　向　阳　图/学生记者　陈　浩）': who wrote, who took pictures
            text = text[: halves.start()].rstrip()
            _signs(cur, writers)
            _extend_unique(cur.photographers, people_in_credit(halves["pictures"]))
        elif closes and (end_mark := words()["end_mark_re"].search(text)):
            text = text[: end_mark.start()].rstrip()
        if not text:
            return
        target = cur.target()
        whole = line.rule in WHOLE_LINE_RULES
        if (target and not target[-1].subhead and not target[-1].whole and not whole
                and line.rule not in OPENING_LINE_RULES and _continues(target[-1].tail, text)):
            target[-1].extend(text)
        else:
            cur.listing = cur.listing and text[:1] in BRIEF_BULLETS  # a new paragraph: no point
            target.append(Paragraph(text, line.number, whole=whole,
                                    row=line.rule == "table-row",
                                    verse=line.rule == "verse-line", stanza=line.stanza))


# A report's first words naming its reporter at work: '记者昨日走访…', '本报记者近日从…'.
_REPORTER_OPENING = re.compile(r"^(?:本[报報])?(?:记者|記者)[^，,。]{0,12}"
                               r"(?:走访|走訪|来到|來到|看到|获悉|獲悉|了解到|采访|採訪|从|從|在)")
_FIELD = re.compile(rf"^[{HAN}]{{2,4}}\s*:\s*\S")


def _field_line(line: Line) -> bool:
    """A labelled field's line ('时间：6月20日9:00'), a paragraph or a list's point."""
    return line.rule == "labelled-paragraph" or (
        line.rule == "list-item" and bool(_FIELD.match(line.normal)))


FIELD_BLOCKS_MIN = 2  # heads over labelled fields that make a listing's entries its items
# A transcript's turn by the report's own reporter: '总台记者　李　想：…', '本台记者 王 平：…'.
# (or reports: '本台记者唐亮报道：昨天，…')
_REPORTER_SAYS = re.compile(
    rf"^(?P<credit>[{HAN}]{{0,6}}(?:记者|記者)\s*[{HAN}](?: ?[{HAN}]){{1,2}}?)"
    r"\s*(?:报道|報道)?\s*:")
ROW_CELLS_MIN = 3  # cells of a row of names: its last bracket is data, no credit
_DATA_LINE_RULES = frozenset({"table-row", "table-title", "form-field", "posted-note", "list-entry",
                              "signature-line", "list-row", "box-line"})
# The editors' answer printed under a reader's letter ('编者：…', '编者注：…', '【回复】…'),
# or the writer's postscript under the piece's date ('补记：…', '附记：…').
_NOTE_UNDER_SIGNATURE = re.compile(
    r"^(?:编者|編者|编者注|編者註|本报编者|本報編者|补记|補記|附记|附記|又及)\s*[:：]"
    r"|^【(?:回复|回覆|答复|答覆)】")


# The link under readers' comments to the rest of them ('查看全部评论 >', '展开更多回复'): the
# comments end there.
_COMMENTS_END = re.compile(
    r"^(?:查看|展开|展開|加载|加載)(?:全部|更多)(?:\d+条)?(?:评论|評論|回复|回覆|留言)\s*[>＞›»]?$")


def _document_head(line: Line) -> bool:
    """Does ``line`` name a document printed whole ('…倡议书', '…公告', '…感谢信')?"""
    return line.normal.replace(" ", "").endswith(
        (*words()["notice_types"], *words()["document_types"]))


def _notice_headed(draft: StoryDraft) -> bool:
    """Is ``draft`` headed as a notice or a document of the paper's ('更正', '本报启事')?"""
    head = normalize(draft.headline or "")
    return bool(head) and head.endswith((*words()["notice_types"], *words()["document_types"]))


SOURCED_TABLE_ROWS = 2  # rows of a table printed on its own, at least
PICTURE_LABEL_MAX = 12  # characters of a picture's label that names what it shows
# A gallery's count before a picture's caption: the picture's place among them ('1/3　…').
_GALLERY_COUNT = re.compile(r"^(?P<at>\d{1,2})\s*/\s*(?P<of>\d{1,2})\s+")
SOURCED_TABLE_GAP = 1  # paragraphs between its rows and its source line, at most
# A table's source or supplier under it, in brackets.
_TABLE_SUPPLIER = re.compile(
    r"^[(（]\s*(?:(?:数据|資料|资料|數據)?(?:来源|來源)\s*[:：]|(?:制表|製表)\s*[:：]"
    r"|[^()（）]{2,30}提供\s*[)）]$)")
# Who compiled a table, under its rows: '（制表：何　川）', '数据来源：Wind　　制表：韩　旭'.
_TABLE_COMPILER = re.compile(r"(?:制表|製表)\s*[:：]\s*(?P<credit>[^()（）:：]+?)\s*[)）]?$")


# A notice's addressee opening its text ('谭小军：本院受理…', '重庆某公司、谢国强：…').
_ADDRESSEE = re.compile(r"^[^:：,，。;；“”《》]{2,30}[:：](?=\S)")


def _next_addressed_notice(cur: StoryDraft, norm: str) -> bool:
    """Is ``norm`` the next notice under ``cur``'s head: a notice type's head (法院公告),
    signed, its text and ``norm`` both opening with an addressee?"""
    return (cur.signed is not None and cur.headline is not None
            and normalize(cur.headline).endswith(tuple(words()["notice_types"]))
            and bool(_ADDRESSEE.match(norm))
            and bool(cur.paragraphs) and bool(_ADDRESSEE.match(normalize(cur.paragraphs[0].text))))


_TITLED_BRIEF = re.compile(r"^(?P<title>[^:：,，。;；]{2,20}?)\s*[:：]\s*(?P<text>\S.*)$")


_BRACKETED_BRIEF = re.compile(r"^[【\[]\s*(?P<title>[^】\]]{6,30}?)\s*[】\]]\s*(?P<text>\S.*)$")


# A point numbered, after its bullet or alone ('●2.以“刷单返利”为名…'; the first point's
# bullet is off its text when it opened the text: '1.“客服”称…').
_NUMBERED_POINT = re.compile(r"^[●■◆◇▲★▶►•]?\s*(?P<n>\d{1,2})\s*[.、．]\s*\S")


def _numbered_point_goes_on(cur: StoryDraft, text: str) -> bool:
    """Is ``text`` (a bulleted line) the next numbered point after the one ``cur``'s text
    ends with ('●1.…' / '●2.…')?"""
    point = _NUMBERED_POINT.match(text)
    if point is None or not cur.target():
        return False
    last = _NUMBERED_POINT.match(cur.target()[-1].text)
    return last is not None and int(last["n"]) + 1 == int(point["n"])


_GLUED_JUMP_FROM = re.compile(
    r"\s*[(（]\s*(?:上接|接)第?\s*[0-9A-Z一二三四五六七八九十]{1,3}\s*版[)）]\s*$")


def _run_in_title(text: str) -> tuple[str, str] | None:
    """(title, text) of a brief whose title runs into its text, in brackets or after a
    bullet; None for any other paragraph."""
    if text[:1] in "【[":
        return _bracketed_brief(text)
    if text[:1] in BRIEF_BULLETS:
        return _titled_brief(text[1:].lstrip())
    if (text.startswith("**") and (bold := BOLD_RUN_IN.match(text))
            and headline_shape(bold["title"])):
        return bold["title"].strip(), bold["text"]  # '**主城猪肉价格连续三周回落**　记者昨日…'
    return None


# A listed company's entry under an announcements column: its code and short name, then its
# text ('600781　江州建材　公司董事会决定…').
_CODED_ENTRY = re.compile(
    r"^(?P<title>\d{6}\u3000+[\u4e00-\u9fff*＊ST]{2,8})\u3000+(?P<text>\S.{11,})$")


def _coded_entry(text: str) -> tuple[str, str] | None:
    """(code and name, text) of a company's entry under an announcements column, or None."""
    match = _CODED_ENTRY.match(text.strip())
    return (match["title"], match["text"]) if match else None


def _labelled_brief(text: str) -> tuple[str, str] | None:
    """(label, text) of a notice under a briefs column whose short label in brackets runs
    into it ('【停水】因供水管网改造，8月10日…' under '便民信息'); None for any other paragraph."""
    match = _LABELLED_BRIEF.match(text)
    if match is None or _WIRE_DAY.match(match["text"]):
        # ('【东京】日本气象厅14日说，…': a wire brief's place and day, no label)
        return None
    return match["label"], match["text"]


# The day a wire brief's first clause names without its month: '日本气象厅14日说，…'.
_WIRE_DAY = re.compile(r"^[^，,。]{0,16}?(?<![月\d])\d{1,2}日")


_LABELLED_BRIEF = re.compile(r"^[【\[]\s*(?P<label>[^】\]\s]{2,5})\s*[】\]]\s*(?P<text>\S.{11,})$")


def _bracketed_brief(text: str) -> tuple[str, str] | None:
    """(title, text) of a brief whose title is printed in brackets before its text; None
    when the bracket holds no headline (a label: '【案情回顾】', a place: '【宁厂镇】', both
    shorter than a headline)."""
    match = _BRACKETED_BRIEF.match(text)
    if match is None or not headline_shape(match["title"]):
        return None
    return match["title"].strip(), match["text"]


# ... or at a wide space before the report's opening day ('“金秋惠购”消费季启动　9月20日，…').
_SPACED_TITLE = re.compile(r"^(?P<title>\S[^，。：:,;；]{3,28}?)(?:\u3000+|\s{2,})(?P<text>\S.*)$")


_NAMED_ENTRY = re.compile(r"^(?P<title>[\u4e00-\u9fff·]{2,8})\u3000+(?P<text>[^\s\d].{15,})$")


# A brief's text that opens with the time since which something has gone on ('7月以来，…').
_SINCE_OPENING = re.compile(r"^(?:\d{1,2}月份?|今年|入[夏伏冬秋春]|年初|开春|開春)以[来來]")


def _titled_brief(text: str) -> tuple[str, str] | None:
    """(title, text) of a brief whose title ends at the first colon ('巫溪山地车赛开赛：10月19日，
    …') or at a wide space before its day; None when the part before is no headline (a
    date, a speaker's label)."""
    match = _TITLED_BRIEF.match(text)
    if match is None and (spaced := _SPACED_TITLE.match(text)) and (
            words()["report_opening_re"].match(opening := normalize(spaced["text"])[:40])
            or _SINCE_OPENING.match(opening)):
        match = spaced
    if (match is None and (named := _NAMED_ENTRY.match(text)) and not dateline(text)
            and not people_in_credit(text[:24])):
        # ('■嘉悦湾　位于沙坪坝区西永片区的该项目，…': a project's, a place's or a person's
        # name run in before its text across a wide space; no dateline, no credit)
        return named["title"], named["text"]
    if match is None or not headline_shape(match["title"]) or dateline(match["title"]):
        return None
    if words()["report_opening_re"].match(match["title"]):
        return None  # '5月8日：…' opens a report
    return match["title"].strip(), match["text"]


def _signs(cur: StoryDraft, names: tuple[str, ...] | list[str]) -> None:
    """A credit run in at a paragraph's end signs the item it ends, or closes the story."""
    _extend_unique(cur.items[-1].reporters if cur.items else cur.reporters, names)
    if not cur.items:
        cur.closed = True


_CLOSING_BRACKETS = (")", "）")
# Closing credits that name someone of the story but not its writer ('（指导老师：陈　敏）'
# under a pupil's piece): kept with the story as its notes, not set aside as the page's
# furniture.
NOTE_CREDITS = frozenset({"teacher-credit"})
_RUN_IN_WORDS_AND_PICTURES = re.compile(
    r"[(（]\s*文\s*[/／]\s*(?P<words>[^()（）/／]{2,24}?)\s+(?:图|圖)\s*[/／]\s*"
    r"(?P<pictures>[^()（）/／]{2,24}?)\s*[)）]\s*$")
# A run-in credit of writers who took the pictures too, '文/图' before or after the names
# ('…增收。（阿蓬江镇　文/图　冉　杰）', '…（文图　记者　冉　杰）', '…（通讯员　冉　杰　文/图）').
_WORDS_WITH_PICTURES = r"(?:文\s*[/／、]?\s*[图圖]|[图圖]\s*[/／、]?\s*文)"
_RUN_IN_WORDS_WITH_PICTURES = re.compile(
    r"[(（]\s*(?:(?P<unit>[\u4e00-\u9fff]{2,12})[ \u3000]+)?" + _WORDS_WITH_PICTURES
    + r"[ \u3000]*[:：]?[ \u3000]*(?P<credit>[^()（）/／:：]{2,30}?)\s*[)）]\s*$"
    r"|[(（]\s*(?P<named>[^()（）/／:：]{2,30}?)[ \u3000]+" + _WORDS_WITH_PICTURES
    + r"\s*[)）]\s*$")


def _org_credit(inner: str) -> bool:
    """'（某区融媒体中心）', '（重庆民盟）': an organisation signs, no person."""
    norm = normalize(inner).replace(" ", "")
    return len(norm) <= 14 and bool(org_marks().search(norm))


# A credit after a caption's last sentence that the credit rules read apart: a team's
# ('本报采访组　摄'), or a name with the mark glued to it and the agency after it ('谭　浩摄
# （人民视觉）').
_TEAM_PHOTO = re.compile(rf"(?:{TEAM_PHOTO_CREDIT}"
                         rf"|[{HAN}](?:\s?[{HAN}]){{1,2}}(?<![拍航抓跟所])(?:摄|攝))"
                         r"(?:\s*[(（][^()（）]{2,8}[)）])?")


def strip_photo_credit(text: str) -> str:
    """A caption without its trailing credit ("记者 张三 摄 视觉重庆", "（记者 李四 摄）",
    "　图/张伟")."""
    if (after := CREDIT_AFTER_CAPTION.search(text)) is not None:
        return text[:after.start()].rstrip()
    paren = words()["paren_photo"].search(text) or words()["paren_photo"].search(
        join_spaced_names(normalize(text)))
    if paren:
        # "（本报记者 周 川 摄）": cut at the bracket that opens the credit, as printed.
        cut = max(text.rfind("（"), text.rfind("("))
        return text[:cut].rstrip() if cut > 0 else text
    match = words()["photo_credit"].search(join_spaced_names(normalize(text)))
    if not match:
        # '…采摘梁平柚。　特约摄影　刘　辉': the role before the name, after the last sentence
        # (the credit the line rules read, ``lines.PHOTOGRAPHER_LAST``); '…巡护。　本报采访组
        # 摄': a team's credit
        end = max(text.rfind(mark) for mark in "。！？!?")
        if end >= 0 and (PHOTOGRAPHER_LAST.search(join_spaced_names(normalize(text)))
                         or _TEAM_PHOTO.fullmatch(text[end + 1:].strip())):
            return text[: end + 1]
        return text
    # Cut where the credit's names begin in the printed text (spaces may split a name), or
    # at the role word just before them.
    first = match["names"].split()[0]
    pattern = r"\s*".join(map(re.escape, first))
    found = list(re.finditer(pattern, text))
    if not found:
        return text
    cut = found[-1].start()
    role = words()["role_end_re"].search(text[:cut])
    cut = role.start() if role else cut
    # '…拍照留念。上游新闻·重庆晨报记者 唐欢 摄': the medium's name before the role goes too.
    if role and (medium := _MEDIUM_BEFORE_ROLE.search(text[:cut])):
        cut = medium.start()
    return text[:cut].rstrip()


# A medium's name right after a caption's last sentence, before its photographer's role.
_MEDIUM_BEFORE_ROLE = re.compile(rf"(?<=[。！？.!?])\s*[{HAN}A-Za-z·\-—]{{2,16}}$")


def cut_prefix(text: str, norm_end: int, norm: str) -> str:
    """Remove the first ``norm_end`` characters of ``norm`` from the printed ``text``.

    NFKC keeps the character count of CJK text except where it folds white space or
    expands a compatibility character; walk both strings once, character by character.
    """
    target = norm[:norm_end].rstrip()
    want = len(target.replace(" ", ""))
    seen = 0
    for index, char in enumerate(text):
        if seen >= want:
            return text[index:].lstrip()
        folded = normalize(char)
        seen += len(folded.replace(" ", ""))
    return ""


def _continues(previous: str, nxt: str) -> bool:
    """Does ``nxt`` continue ``previous`` across a column or line break?"""
    if len(previous) >= 2 and previous[-1] in "-－" and is_han(previous[-2]) and is_han(nxt[:1]):
        return True  # '…村民唐德-' / '富说：…': a word broken with a hyphen goes on
    if is_closed(previous):
        return False
    # "报告内容：…" / "区县目标：…" / "【专家答】…": a labelled line is its own paragraph
    # ('…乡党委书记冉德' / '华说：“…': a speaker's name cut by the wrap is no label).
    label = _LINE_LABEL.match(nxt)
    return label is None or bool(label["field"] and words()["speech_labels_re"].search(
        label["field"]))


_LINE_LABEL = re.compile(rf"^(?:(?P<field>[{HAN}]{{2,6}})[:：]|【[{HAN}]{{2,6}}】)")


def _separator(previous: str, nxt: str) -> str:
    """A space between two broken halves only where both are Latin letters or digits; a
    number cut in Chinese text ('6月1' / '1日', '总投资12' / '0亿元') is one number."""
    if previous[-1:].isascii() and previous[-1:].isalnum() and nxt[:1].isascii():
        if previous[-1:].isdigit() and nxt[:1].isdigit():
            before = previous.rstrip("0123456789.,")[-1:]
            after = nxt.lstrip("0123456789.,%")[:1]
            if not before.isascii() or not after.isascii():
                return ""
        return " "
    return ""


def _extend_unique(target: list[str], names: tuple[str, ...] | list[str]) -> None:
    for name in names:
        if name not in target:
            target.append(name)


# Each line kind's handler in ``Builder``: the grouping action that kind leads to.
HANDLERS: dict[Kind, str] = {
    Kind.HEADING: "_on_heads",
    Kind.HEADLIKE: "_on_heads",
    Kind.RUBRIC: "_on_rubric",
    Kind.LEAD: "_on_lead",
    Kind.BYLINE: "_on_byline",
    Kind.CREDIT: "_on_credit",
    Kind.PHOTO_CREDIT: "_on_photo_credit",
    Kind.CAPTION: "_on_caption",
    Kind.NAME: "_on_name",
    Kind.JUMP: "_on_jump",
    Kind.SUBHEAD: "_on_subhead",
    Kind.DATE: "_on_date",
    Kind.LABEL: "_on_label",
    Kind.NOISE: "_on_noise",
    Kind.BODY: "_on_body",
}
