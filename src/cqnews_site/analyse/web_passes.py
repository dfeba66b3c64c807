"""Page passes for web pages and sites' chrome: a saved page's browser title, a site's
menus, breadcrumbs and side menus, a reader view's header, a forum's rating widget and a
poster's card, the questions a site's robot suggests, a portal's timed titles, cut teasers and
mood vote, an image's alt text, a channel's title, a list of videos, a column's more-link, a
Markdown title over '=', a raw HTML table, and a post's parts (signed, tagged, a digest's).

Each pass reads the whole page and changes a line's kind where its neighbours say what it
is, naming the rule it applied, as ``passes.relabel`` (which calls them) does.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from itertools import islice, pairwise, takewhile

from cqnews_site.analyse.lines import (
    CLAUSE_MARK,
    HAN,
    Kind,
    Line,
    classify,
    headline_shape,
    info_line,
    is_closed,
    label_of,
    words,
)
from cqnews_site.analyse.list_passes import (
    NAMED_PARTS_MIN,
    adjacent_runs,
    adjacent_spans,
    run_below,
)
from cqnews_site.analyse.other_inputs import CLOCK_TIME
from cqnews_site.analyse.page_text import page_text
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.model.text import is_han, normalize

MENU_ENTRY_MAX = 5  # characters of an entry of a menu or a tag list read one a line
MENU_RUN_MIN = 6  # entries of such a menu, one under the other
MENU_ONE_LENGTH = 0.8  # of its entries, fewer than this share of one length
_SENTENCE_MARKS = re.compile(r"[，,。！!？?、；;：:“”]")


def _menu_entry(line: Line) -> bool:
    """A line that may be an entry of a site's menu: five characters at most, no mark of a
    sentence and no figure."""
    return (0 < len(line.normal) <= MENU_ENTRY_MAX and not line.level
            and (line.kind in (Kind.HEADLIKE, Kind.BODY, Kind.NAME)
                 or line.rule == "place-line")  # ('开州' among a video's tags)
            # (a table read a cell a line has figures among its cells: '序号' / … / '1')
            and not _SENTENCE_MARKS.search(line.normal)
            and not any(ch.isdigit() for ch in line.normal))


def menu_runs(lines: list[Line]) -> None:
    """A site's menu or a video's tags read one entry a line ('番剧' / '直播' / '游戏中心' /
    …): six lines or more of five characters at most and of several lengths, one under the
    other, with no mark of a sentence and no figure, are chrome (a poem's lines are of one
    length, or longer, or punctuated)."""
    if sum(map(_menu_entry, lines)) < MENU_RUN_MIN:
        return  # (most pages have fewer entries than a menu: one count, no runs)
    run: list[Line] = []
    last = 0  # the line number the run reached (an entry read as chrome already goes on with it)
    for line in [*lines, None]:
        if (line is not None and run and line.number == last + 1 and line.rule == "web-chrome"
                and len(line.normal) <= MENU_ENTRY_MAX):
            last = line.number  # ('收藏' among '消息' / '动态' / '收藏' / '历史')
            continue
        entry = line is not None and _menu_entry(line)
        if entry and run and line.number == last + 1:
            run.append(line)
            last = line.number
            continue
        if run and words()["paper_shapes_re"].search(run[0].normal):
            run = run[1:]  # ('潼南网' over its menu: the site's name, the page's header)
        # (a poem's lines, its title apart, are of one length; a menu's entries of several)
        lengths = Counter(len(item.normal) for item in run)
        # (the items of a list, '  * 首页' / '  * 涪陵新闻' / …, as a browser saves a menu, are
        # no poem whatever their lengths)
        if len(run) >= MENU_RUN_MIN and (
                max(lengths.values(), default=0) < MENU_ONE_LENGTH * len(run)
                or all(item.rule == "list-item" for item in run)):
            for item in run:
                item.kind, item.rule = Kind.NOISE, "menu-entry"
        run = [line] if entry else []
        last = line.number if entry else 0


_CRUMB_MARK = re.compile(r"^[>＞›»/]$")
CRUMB_MAX = 10  # characters of a breadcrumb's part on a line of its own


def split_breadcrumbs(lines: list[Line]) -> None:
    """A breadcrumb read one part a line ('知识' / '>' / '社科·法律·心理'): the short heads
    right above and under the mark alone on its line are the site's, not heads of text."""
    for above, mark, below in zip(lines, lines[1:], lines[2:], strict=False):
        if not _CRUMB_MARK.match(mark.normal):
            continue
        for part in (above, below):
            if (part.kind is Kind.HEADLIKE and not part.level
                    and abs(part.number - mark.number) == 1 and len(part.normal) <= CRUMB_MAX):
                part.kind, part.rule = Kind.NOISE, "web-chrome"


# A line of fields, three labels or more: '信件编号：NA2026012705　　来信人：陈**　　来信时间：…'
# (a contact's two, '联系人：…　手机：…', close a release).
_FIELD_ROW = re.compile(rf"^[{HAN}]{{2,6}}\s*:\s*\S+(?:\s+[{HAN}]{{2,6}}\s*:\s*\S+){{2,}}")
FIELD_ROW_COLONS = 3  # the colons of such a row, at least
RECORD_TITLE_MAX = 40  # characters of a title over its record's fields


def titles_over_fields(lines: list[Line]) -> None:
    """A title right over a row of fields ('广阳镇至南坪公交末班车能否延后？' / '信件编号：…
    来信人：…　来信时间：…'): a letter's or a record's title, its head however it ends (a
    question mark ends many a letter's)."""
    if all(line.normal.count(":") < FIELD_ROW_COLONS for line in lines):
        return  # (the row of three fields first: most pages have none)
    for line, below in pairwise(lines):
        if (line.kind in (Kind.HEADLIKE, Kind.BODY) and not line.level
                and below.number - line.number <= 2 and len(line.normal) <= RECORD_TITLE_MAX
                and not _FIELD_ROW.match(line.normal) and label_of(line.normal) is None
                and not re.search(r"[。:,，；;]", line.normal) and _FIELD_ROW.match(below.normal)):
            line.kind, line.rule = Kind.HEADLIKE, "record-title"


# ('原创　南岸区融媒体中心　南岸发布　2020-05-28', or the account and the time alone: '大足发布
# 2021-08-10 18:30')
_POST_ORIGIN = re.compile(
    r"^原创[:：]?\s|^\S{2,16}\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+发表于\S{2,6})?$")


# A list's entry opened in place, an accordion ('·我区各镇街“一企一策”…复工复产　　2020-03-11'
# over '发布时间：2020-03-11 17:20　来源：区经济信息委' and the article's text).
_LIST_ENTRY = re.compile(r"^[·•]\s*(?:\[[^\[\]]{1,4}\]\s*)?(?P<title>\S.*?)\s+"
                         r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}$")


def opened_list_entry(lines: list[Line]) -> None:
    """A list's entry (a row of titles with their days, read as the site's chrome) right
    over an article's information line and text is the title of the article it opened."""
    for at in range(len(lines) - 2):
        line, below, text = lines[at], lines[at + 1], lines[at + 2]
        if (line.kind is Kind.NOISE and line.normal[:1] in "·•" and below.number == line.number + 1
                and info_line(below) and text.kind is Kind.BODY
                and (entry := _LIST_ENTRY.match(line.text.strip())) is not None):
            line.kind, line.rule = Kind.HEADLIKE, "opened-list-entry"
            line.text = entry["title"]
            line.norm = normalize(line.text)


def post_title(lines: list[Line]) -> None:
    """A post's title on the page's first line (past the app's bar), over the account's origin
    line ('今晚，南岸这些新闻值得关注！' / '原创　南岸区融媒体中心　南岸发布　2020-05-28'): a head
    however it ends."""
    at = next((k for k, line in enumerate(lines) if line.kind is not Kind.NOISE), len(lines))
    if (at + 1 < len(lines) and lines[at].kind in (Kind.BODY, Kind.HEADLIKE)
            and not lines[at].level and len(lines[at].normal) <= POST_TITLE_MAX
            and lines[at + 1].rule == "web-chrome" and _POST_ORIGIN.match(lines[at + 1].normal)
            and lines[at + 1].number - lines[at].number <= 2):
        lines[at].kind, lines[at].rule = Kind.HEADLIKE, "post-title"


POST_TITLE_MAX = 40  # characters of a post's title


# A post's audio player: its times, elapsed and whole ('00:00　　　05:12', '00:00 / 06:48'),
# with the read-aloud button and speed around them ('🎧 AI朗读　　00:00 / 06:48　　1.0x').
_PLAYER = re.compile(r"^(?:🎧\s*)?(?:AI)?(?:朗读|朗讀|收听|收聽|听全文|聽全文)?\s*"
                     r"\d{1,2}:\d{2}\s*(?:/|\s)\s*\d{1,2}:\d{2}(?:\s+[\d.]+[x×倍])?$")
_FROM_ACCOUNT = re.compile(r"^(?:来自|來自)\S{2,16}$")
AUDIO_TITLE_MAX = 30  # characters of an audio card's title or a mini program's name


def audio_cards(lines: list[Line]) -> None:
    """A post's audio card: its player line, and over it the account it comes from ('来自云阳发布')
    and the recording's title ('云阳早报丨7月16日'), set close together; a mini program's card:
    its name over the word '小程序' ('龙缸景区门票预订' / '小程序'). Chrome, no heads."""
    for above, line in pairwise(lines):
        if (line.normal == "小程序" and not above.level and above.number == line.number - 1
                and above.kind is Kind.HEADLIKE and len(above.normal) <= AUDIO_TITLE_MAX):
            above.kind, above.rule = Kind.NOISE, "web-chrome"
    for at, line in enumerate(lines):
        if line.level or ":" not in line.normal or not _PLAYER.match(line.normal):
            continue
        line.kind, line.rule = Kind.NOISE, "web-chrome"
        above = lines[at - 1] if at else None
        if (above is None or above.level or above.number != line.number - 1
                or not _FROM_ACCOUNT.match(above.normal)):
            continue
        above.kind, above.rule = Kind.NOISE, "web-chrome"
        title = lines[at - 2] if at >= 2 else None
        if (title is not None and not title.level and title.number == above.number - 1
                and title.kind is Kind.HEADLIKE and len(title.normal) <= AUDIO_TITLE_MAX):
            title.kind, title.rule = Kind.NOISE, "web-chrome"
_MOOD_PROMPT = re.compile(r"(?:感受|心情)是?[:：]?$")
MOOD_CELL_MAX = 4  # characters of a mood's name or its count of votes


def mood_votes(lines: list[Line]) -> None:
    """A portal's mood vote under its article ('您看到此篇文章时的感受是：' / '高兴' / '36' /
    '感动' / '3' …): the prompt and its short cells, one a line, are chrome."""
    page = page_text(lines).normal  # (the prompt's word first)
    if "感受" not in page and "心情" not in page:
        return
    for at, line in enumerate(lines):
        if line.level or not _MOOD_PROMPT.search(line.normal) or len(line.normal) > 20:
            continue
        cells = []
        for below in lines[at + 1:]:
            last = (cells[-1] if cells else line).number
            if below.number - last > 2 or len(below.normal.replace(" ", "")) > MOOD_CELL_MAX:
                break
            cells.append(below)
        if len(cells) >= 4:
            for cell in [line, *cells]:
                cell.kind, cell.rule = Kind.NOISE, "web-chrome"


# A toolbar's buttons one a line, each count under its button ('点赞' / '128' / '收藏' / '评论').
_BUTTON_WORDS = frozenset({"点赞", "點讚", "赞", "讚", "在看", "收藏", "评论", "評論", "分享",
                           "转发", "轉發", "留言"})
_COUNT = re.compile(r"^\d{1,7}(?:\.\d)?万?$")


def button_counts(lines: list[Line]) -> None:
    """A count alone right under a toolbar's button read as chrome is the button's."""
    for above, line in pairwise(lines):
        if (above.kind is Kind.NOISE and above.normal in _BUTTON_WORDS
                and line.number == above.number + 1 and _COUNT.match(line.normal)):
            line.kind, line.rule = Kind.NOISE, "web-chrome"


_MENU_ENTRY = re.compile(r"^[·•]\s*[^\s,，。:：]{2,6}$")
MENU_ENTRIES_MIN = 3


# A list entry's title with its posting time far right: '[大足]　龙水五金市场三期开工　　　16:42'.
_TIMED_TITLE = re.compile(r"^(?P<title>\S.{5,60}?)(?:\u3000{2,}|[ \u3000]{3,})\d{1,2}:\d{2}$")


def timed_titles(lines: list[Line]) -> None:
    """A portal's list entry: its title with the time it was posted far right, over its
    summary ('[大足]　龙水五金市场三期开工　新增商铺1200间　　　16:42' / '9月15日上午，…'): the
    title heads a story (a place's tag in brackets its section), the time is chrome."""
    for line, below in pairwise(lines):
        if (line.level or below.kind is not Kind.BODY or below.number != line.number + 1
                or line.kind not in (Kind.HEADLIKE, Kind.RUBRIC, Kind.BODY)
                or (match := _TIMED_TITLE.match(line.text.strip())) is None):
            continue
        title = match["title"].strip()
        bare = re.sub(r"^[【\[［〔][^】\]］〕]{1,8}[】\]］〕]\s*", "", title)
        if headline_shape(bare) and not is_closed(bare):
            line.text, line.norm = title, normalize(title)
            line.kind, line.rule = Kind.HEADLIKE, "timed-title"


# A list entry's title with the day it was posted in brackets after it ('- 长寿区免费培训千名农民工
# 　(2006-04-19)'; a Markdown copy keeps the list's mark).
# (or a site's list with a dot before each title and the day far right, no brackets:
# '·南桐镇为200余名矿区老人免费体检(图)　　　　2014-06-11')
_DATED_ENTRY = re.compile(
    r"^(?:[-*+]\s+|[·•]\s*)?(?P<title>\S.{5,60}?)"
    r"(?:[ \u3000]+[(（](?:19|20)\d{2}-\d{1,2}-\d{1,2}[)）]"
    r"|(?:\u3000{2,}|[ \u3000]{3,})(?:19|20)\d{2}-\d{1,2}-\d{1,2})$")
DATED_ENTRIES_MIN = 2  # such entries on a page that make it a site's list


def dated_list_titles(lines: list[Line]) -> None:
    """A site's list of its articles, each title with the day it was posted in brackets, some
    over the article's text printed whole ('长寿区免费培训千名农民工　(2006-04-19)' / '4月17日，
    长寿区劳动就业局…'): a title over its text heads a story, the day is chrome (a bare title
    is the list's link)."""
    page = page_text(lines).text  # (the bracketed day first)
    if "-" not in page or ("(" not in page and "（" not in page):
        return
    dated = [(at, match) for at, line in enumerate(lines)
             if not line.level and line.kind in (Kind.HEADLIKE, Kind.BODY, Kind.NOISE)
             and (match := _DATED_ENTRY.match(line.text.strip()))]
    if len(dated) < DATED_ENTRIES_MIN:
        return
    for at, match in dated:
        below = lines[at + 1] if at + 1 < len(lines) else None
        title = match["title"].strip()
        if (below is not None and below.kind is Kind.BODY and not below.level
                and below.number - lines[at].number <= 2 and headline_shape(title)
                and not is_closed(title)):
            line = lines[at]
            line.text, line.norm = title, normalize(title)
            line.kind, line.rule = Kind.HEADLIKE, "dated-list-title"


TIMED_ENTRIES_MIN = 2  # entries of a feed whose bracketed titles run in, at least
VIDEO_MARKS = ("[视频]", "[視頻]", "[video]")  # a video's place in a copied feed


def timed_bracketed_titles(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A site's feed of news flashes, each under the time it was posted, its title in
    brackets run into its first paragraph ('18:46' / '【巴南首批共享菜园开园　120块菜地摇号
    分给居民】3月17日下午，…' / '阅读 1.2万　分享到：…'; a picture and its caption may stand
    between the time and the entry): each title heads a story of its own, two entries or
    more. So is a feed's video card whose title runs into its caption right under the video
    ('[视频]　00:45' / '【石柱黄水莼菜开采　一亩收入过万元】5月14日，…'), on a page of two videos
    or more. (Under a briefs rubric, untimed, such briefs are a roundup's items: layout.)"""
    found: list[tuple[int, re.Match[str]]] = []
    carded: list[tuple[int, re.Match[str]]] = []
    for at, line in enumerate(lines):
        if (line.kind is not Kind.BODY or line.level
                or (titled := BRACKETED_TITLE.match(line.text.strip())) is None
                or not headline_shape(titled["title"])):
            continue
        above = at - 1
        while above >= 0 and (lines[above].kind is Kind.CAPTION or lines[above].rule == "image"):
            above -= 1
        if above >= 0 and CLOCK_TIME.match(lines[above].normal):
            found.append((at, titled))
        elif at and lines[at - 1].rule == "image" and lines[at - 1].text.startswith(VIDEO_MARKS):
            carded.append((at, titled))
    if len(found) < TIMED_ENTRIES_MIN:
        found = []
    if carded and sum(line.text.startswith(VIDEO_MARKS) for line in lines) >= TIMED_ENTRIES_MIN:
        found = sorted(found + carded, key=lambda entry: entry[0])
    for at, titled in reversed(found):
        lines[at:at + 1] = title_over_text(lines[at], titled, gazetteer, "timed-bracketed-title")


def title_over_text(line: Line, titled: re.Match[str], gazetteer: Gazetteer | None,
                    rule: str) -> list[Line]:
    """``line``, its title in brackets run into its text (``BRACKETED_TITLE``), as two lines
    of its number: the title a head named ``rule``, then the text read alone."""
    head = classify(line.number, titled["title"], gazetteer)
    head.kind, head.rule = Kind.HEADLIKE, rule
    return [head, classify(line.number, titled["rest"], gazetteer)]


# A list entry's summary cut off with the link to the whole article: '…每天外销蔬菜约600吨…[详细]'.
_MORE_WORDS = ("详细", "詳細", "详情", "詳情", "全文", "更多")  # one in each link below
_CUT_WITH_MORE = re.compile(
    r"(?:…|\.{3})\s*[\[［【(（]?(?:详细|詳細|详情|詳情|全文|阅读全文|閱讀全文|查看全文|更多)"
    r"[\]］】)）]?\s*(?:>>|»|＞＞)?$")


CUT_TAIL = 16  # characters at a summary's end where its link to the whole is looked for


# A bulletin's name with its issue in brackets ('区交通运输委工作动态（2026年第2期）').
_BULLETIN_ISSUE = re.compile(r"^\S{2,20}\((?:19|20)\d{2}年第\s*\d{1,3}\s*期\)$")


def bulletin_titles(lines: list[Line]) -> None:
    """'区交通运输委工作动态（2026年第2期）' / '发布日期：2026-01-19 17:30': a bulletin's name and
    issue, a printed bulletin's masthead, over a web article's information line is the title
    the site posted the issue under: the article's headline."""
    for line, below in pairwise(lines):
        if (line.rule == "masthead" and not line.level and below.number == line.number + 1
                and info_line(below) and _BULLETIN_ISSUE.match(line.normal)):
            line.kind, line.rule = Kind.HEADLIKE, "bulletin-title"


def cut_teasers(lines: list[Line]) -> None:
    """A portal's list of articles, each entry its title over its summary cut off with a
    link to the whole ('涪陵区召开第四季度安全生产工作会议' / '华龙网11月8日10时讯（通讯员 冉 静）
    11月7日，…[详细]' / '2016-11-08 10:02'): the list's, no story (the article itself, where
    the page goes on to it, is printed whole)."""
    page = page_text(lines).normal  # (the link's words first)
    if not any(more in page for more in _MORE_WORDS):
        return
    for at, line in enumerate(lines):
        if (line.level or line.kind is not Kind.BODY
                or not _CUT_WITH_MORE.search(line.normal[-CUT_TAIL:])):
            continue
        line.kind, line.rule = Kind.NOISE, "teaser"
        title = lines[at - 1] if at else None
        if (title is not None and title.number == line.number - 1 and not title.level
                and title.kind in (Kind.HEADLIKE, Kind.RUBRIC)):
            title.kind, title.rule = Kind.NOISE, "teaser"


# A site's address and its other ways of contact on one line: '地址：…北大街　　邮编：405900'.
_ADDRESS_LINE = re.compile(
    r"^(?:地址|地點|联系地址|聯繫地址|通讯地址|通訊地址)\s*[:：]\s*\S.{1,40}?"
    r"(?:\s+(?:邮编|郵編|邮政编码|郵政編碼|电话|電話|传真|傳真|邮箱|郵箱|E-?mail)\s*[:：]\s*\S+)+$",
    re.IGNORECASE)


def footer_contacts(lines: list[Line]) -> None:
    """A site's address set among its footer's furniture ('主办：…　　承办：…' / '地址：…　　邮编：
    405900' / '网站标识码：…　　渝ICP备…'): the footer's, no story of an address."""
    for above, line, below in zip(lines, lines[1:], lines[2:], strict=False):
        if (not line.level and line.kind is not Kind.NOISE
                and above.kind is Kind.NOISE and below.kind is Kind.NOISE
                and above.number == line.number - 1 and below.number == line.number + 1
                and _ADDRESS_LINE.match(line.normal)):
            line.kind, line.rule = Kind.NOISE, "web-chrome"


def image_alt_texts(lines: list[Line]) -> None:
    """An image's alt text over its place, the caption printed again under it ('兩江新區…' /
    '[圖片]' / '■兩江新區…'): the copy above is the page's markup, not a second caption."""
    for above, image, below in zip(lines, lines[1:], lines[2:], strict=False):
        if (image.rule == "image" and above.number == image.number - 1
                and above.kind in (Kind.CAPTION, Kind.BODY, Kind.HEADLIKE)
                and below.kind is Kind.CAPTION and len(above.normal) >= IMAGE_ALT_MIN
                and below.normal.lstrip("■▲△●◆ ").startswith(above.normal)):
            above.kind, above.rule = Kind.NOISE, "image-alt"


IMAGE_ALT_MIN = 6  # characters of an image's alt text read as the caption printed again


DISCLOSURE_LABELS_MIN = 2
DISCLOSURE_VALUE_MAX = 60  # characters of a cell's value (a document's number, its title)


def disclosure_cells(lines: list[Line]) -> None:
    """A government site's disclosure table copied one cell a line ('索引号：' /
    '11500109009312345X/2026-00031' / '发布机构：' / '北碚区政府办公室' …): with two or more
    labels alone on their lines, each label and the value right under it are chrome."""
    label = words()["disclosure_label_re"]
    labels = [at for at, line in enumerate(lines) if not line.level and label.match(line.normal)]
    if len(labels) < DISCLOSURE_LABELS_MIN:
        return
    for at in labels:
        lines[at].kind, lines[at].rule = Kind.NOISE, "web-chrome"
        value = lines[at + 1] if at + 1 < len(lines) else None
        if (value is not None and value.number == lines[at].number + 1 and not value.level
                and not label.match(value.normal) and len(value.normal) <= DISCLOSURE_VALUE_MAX):
            value.kind, value.rule = Kind.NOISE, "web-chrome"


_RATING_CELLS = (frozenset({"顶", "頂", "赞", "讚"}), frozenset({"踩", "反对", "反對"}))


def rating_widget(lines: list[Line]) -> None:
    """A forum's rating widget copied one cell a line ('顶' / '12' / '踩' / '0'): chrome."""
    for at in range(len(lines) - 3):
        up, ups, down, downs = lines[at:at + 4]
        if (up.normal in _RATING_CELLS[0] and down.normal in _RATING_CELLS[1]
                and ups.normal.isdigit() and downs.normal.isdigit()
                and downs.number - up.number == 3 and not up.level):
            for cell in (up, ups, down, downs):
                cell.kind, cell.rule = Kind.NOISE, "web-chrome"


# The label over a site robot's suggested questions ('猜你想问' / '…什么时候开始？' / …).
_SUGGESTIONS_LABELS = frozenset({"猜你想问", "猜你想搜", "热门问题", "常见问题"})
SUGGESTION_MAX = 40  # characters of a suggested question


def suggested_questions(lines: list[Line]) -> None:
    """The questions a site's answering robot suggests, one a line under its label
    ('猜你想问' / '灵活就业人员社保补贴怎么申领？'): chrome, like the label."""
    for at, label in enumerate(lines):
        if label.kind is not Kind.NOISE or label.normal not in _SUGGESTIONS_LABELS:
            continue
        last = label
        for line in lines[at + 1:]:
            if (line.number != last.number + 1 or line.kind is Kind.NOISE or line.level
                    or len(line.normal) > SUGGESTION_MAX or line.normal[-1:] not in "?？"):
                break
            line.kind, line.rule, last = Kind.NOISE, "web-chrome", line


# A countdown box read a cell a line: '距北京奥运会开幕' / '还有' / '100' / '天' (or on one line).
_COUNTDOWN = re.compile(r"^距\S{2,24}?(?:还有|還有|仅剩|僅剩|只剩|倒计时|倒計時)\s*\d{1,4}\s*天$")
COUNTDOWN_LINES_MAX = 4  # lines the count's words take at most
BOX_LINE_MAX = 12  # characters of a line of the box under the count (its day, its slogan)


def countdown_box(lines: list[Line]) -> None:
    """A countdown box (报眼) over a page ('距北京奥运会开幕' / '还有' / '100' / '天' / '2008.8.8'
    / '同一个世界　同一个梦想'), read a cell a line: the count and the short lines set with it,
    up to the first blank line, are the page's furniture, no headline or folio."""
    for at, line in enumerate(lines):
        if line.level or not line.normal.startswith("距"):
            continue
        for size in range(1, COUNTDOWN_LINES_MAX + 1):
            run = lines[at:at + size]
            if len(run) < size or run[-1].number - line.number != size - 1:
                break
            if _COUNTDOWN.match("".join(cell.normal for cell in run)):
                end = at + size
                while (end < len(lines) and lines[end].number == lines[end - 1].number + 1
                       and len(lines[end].normal) <= BOX_LINE_MAX and not lines[end].level):
                    end += 1
                for cell in lines[at:end]:
                    cell.kind, cell.rule = Kind.NOISE, "countdown-box"
                break


# An e-paper's line of the day and the page ('2010年04月21日　星期三　第A08版：社会新闻').
_DAY_AND_PAGE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日.{0,12}第\s*[A-Z]?\d{1,3}\s*版")


def repeated_page_heads(lines: list[Line]) -> None:
    """A paper's name printed over the page's masthead line again above each article of a
    page saved article by article ('秀山报' / '2023年09月26日　星期二' / …, three times; or over
    the e-paper's line of the day, page and buttons: '重庆时报数字报' / '2010年04月21日　星期三
    第A08版：社会新闻　【打印本稿】'): the page's head each time, furniture."""
    heads: dict[str, list[Line]] = {}
    for line, below in pairwise(lines):
        if (line.kind is Kind.HEADLIKE and not line.level and below.kind is Kind.NOISE
                and (below.rule == "masthead"
                     or (below.rule == "web-chrome" and _DAY_AND_PAGE.search(below.normal)))
                and below.number == line.number + 1):
            heads.setdefault(line.normal, []).append(line)
    for repeated in heads.values():
        if len(repeated) >= 2:
            for line in repeated:
                line.kind, line.rule = Kind.NOISE, "masthead"


# A browser's title of a saved page: the article's title and the site's name after a dash or
# a bar ('区人大常委会举行宪法宣誓仪式-江津人大', '… _ 华龙网', '… | 重庆日报').
# (a site's name has words: not '首末班时间：6:30—22:00', '寻亲编号：WB2019-0371')
_BROWSER_TITLE = re.compile(r"^(?P<title>\S.{3,80}?)\s*(?:[-_|｜]|——|—|–)\s*"
                            rf"(?P<site>(?=[^\s\-_|｜—–]*[{HAN}]{{2}})[^\s\-_|｜—–]{{2,16}})$")
BROWSER_TITLE_GAP = 15  # lines from a browser's title down to the title it repeats
BROWSER_TITLE_MAX = 100  # characters of a browser's title line (a title and a site's name)
BROWSER_TITLE_PART_MIN = 8  # characters of the first line of a title printed over two
BROWSER_TITLE_HEAD_MAX = 40  # characters of a title read as text that is made a head


def browser_titles(lines: list[Line]) -> None:
    """A saved page's browser title (the article's title, a dash, the site's name) over the
    page's chrome and the article's own title: chrome, when that title follows it."""
    page = page_text(lines).normal  # (the dash before the site's name first)
    if not any(dash in page for dash in "-_|｜—–"):
        return
    for at, line in enumerate(lines):
        if (line.kind not in (Kind.HEADLIKE, Kind.BODY) or line.level
                or len(line.normal) > BROWSER_TITLE_MAX):
            continue
        if (titled := _BROWSER_TITLE.match(line.normal)) is None:
            continue
        title = titled["title"].replace(" ", "")
        # (the title may be printed over two lines: '…常务委员会公告' / '（第12号）')
        if any(below.kind is Kind.HEADLIKE and (head := below.normal.replace(" ", ""))
               and (head.startswith(title) or (len(head) >= BROWSER_TITLE_PART_MIN
                                               and title.startswith(head)))
               for below in lines[at + 1:at + 1 + BROWSER_TITLE_GAP]):
            # (its own rule: the site's name in it is no paper's, as a masthead's would be)
            line.kind, line.rule = Kind.NOISE, "browser-title"
            continue
        # The title printed again whole as a line of text ('…这些重庆地名你读对了吗？', read as
        # text for its closing mark): the article's head, however it ends.
        again = next((below for below in lines[at + 1:at + 1 + BROWSER_TITLE_GAP]
                      if below.kind is Kind.BODY and not below.level
                      and below.normal.replace(" ", "") == title), None)
        if again is not None and len(title) <= BROWSER_TITLE_HEAD_MAX:
            line.kind, line.rule = Kind.NOISE, "browser-title"
            again.kind, again.rule = Kind.HEADLIKE, "browser-titled"


def titles_repeated_under(lines: list[Line]) -> None:
    """A clipped page's '#' title (its site's name taken off) over the page's chrome and the
    article's own '##' title, the same words: the page's title, furniture; the article's
    title heads the article, no part of it."""
    for at, line in enumerate(lines):
        if line.kind is not Kind.HEADING or line.level != 1:
            continue
        below = next((b for b in lines[at + 1:at + 1 + BROWSER_TITLE_GAP]
                      if b.kind is not Kind.NOISE), None)
        if (below is not None and below.kind is Kind.HEADING and below.level > 1
                and below.normal.replace(" ", "") == line.normal.replace(" ", "")):
            line.kind, line.rule = Kind.NOISE, "browser-title"


# A forum poster's card: its counts (主题 57　　帖子 411　　积分 2863) under the poster's name.
_POSTER_COUNTS = re.compile(r"^主题\s*\d+\s+帖子\s*\d+\s+积分\s*\d+$")
POSTER_NAME_MAX = 20  # characters of a poster's name


def poster_names(lines: list[Line]) -> None:
    """A forum's poster's name right above the counts of the poster's card ('龙水湖边的鱼' /
    '主题 3　　帖子 96　　积分 210'): chrome, no headline."""
    for above, line in pairwise(lines):
        if (_POSTER_COUNTS.match(line.normal) and above.number == line.number - 1
                and not above.level and len(above.normal) <= POSTER_NAME_MAX
                and above.kind in (Kind.HEADLIKE, Kind.BODY, Kind.NAME)
                and not CLAUSE_MARK.search(above.normal)):
            above.kind, above.rule = Kind.NOISE, "web-chrome"


_SUMMARY_FIELD = re.compile(r"^(?:摘要|摘\s要|内容摘要|內容摘要)\s*[:：]\s*\S")
# A page saver's excerpt block over the article ('> ## Excerpt' / '> 5月14日，…').
_EXCERPT = re.compile(r"^#{0,6}\s*Excerpt$", re.IGNORECASE)


def summary_fields(lines: list[Line]) -> None:
    """A site's summary field under an article's information line ('2012-11-6 09:12| 发布者:
    …' / '摘要: 11月5日，…'), or a page saver's excerpt under its label ('## Excerpt' / '5月14日，
    …'): a copy of the lead, chrome."""
    page = page_text(lines).normal  # (an excerpt's or a summary's label first)
    if not any(mark in page for mark in "摘xX"):
        return
    for a, b in pairwise(lines):
        excerpt = bool(_EXCERPT.match(a.normal))
        if excerpt:
            a.kind, a.rule = Kind.NOISE, "web-chrome"
        if b.kind is Kind.BODY and b.number - a.number <= 2 and (excerpt or (
                info_line(a) and _SUMMARY_FIELD.match(b.normal))):
            b.kind, b.rule = Kind.NOISE, "web-chrome"


_READING_TIME = re.compile(r"^\d{1,3}(?:\s*[–—~-]\s*\d{1,3})?\s*分钟$")
READER_HEADER_LINES = 6  # lines at the top of a page a reader view's header takes
BYLINE_SLOT_MAX = 16  # characters of the account or site a reader view names as the byline


def reader_view_header(lines: list[Line]) -> None:
    """A browser's reader view over an article ('mp.weixin.qq.com' / title / '两江新区发布' /
    '5–6 分钟'): its estimate of the reading time, and the account or site in the byline's
    slot right above it, are chrome."""
    for at, line in enumerate(lines[:READER_HEADER_LINES]):
        if line.level or not _READING_TIME.match(line.normal):
            continue
        line.kind, line.rule = Kind.NOISE, "web-chrome"
        above = lines[at - 1] if at >= 2 else None  # (not the title itself)
        if (above is not None and above.number == line.number - 1 and not above.level
                and len(above.normal) <= BYLINE_SLOT_MAX and not CLAUSE_MARK.search(above.normal)):
            above.kind, above.rule = Kind.NOISE, "web-chrome"


ACCOUNT_NAME_MAX = 10  # characters of an account's name under its avatar


def account_under_avatar(lines: list[Line]) -> None:
    """An account's avatar and name over an article's information line ('[图片]' / '涪陵发布' /
    '发布时间：04-12 09:30'): the name is the platform's byline of the account, chrome (the
    article's title is above the avatar)."""
    for at, (avatar, name) in enumerate(pairwise(lines)):
        if (avatar.rule != "image" or name.kind is not Kind.HEADLIKE or name.level
                or len(name.normal) > ACCOUNT_NAME_MAX or avatar.number + 1 != name.number):
            continue
        # (the account's description may stand between: '梁平区融媒体中心官方账号')
        below = [line for line in lines[at + 2:at + 4] if line.number - name.number <= 2]
        if below and below[0].rule == "web-chrome" and not info_line(below[0]):
            below = below[1:]
        if below and info_line(below[0]):
            name.kind, name.rule = Kind.NOISE, "web-chrome"


# A post with no title line opens its text with the title in brackets ('【梁平：双桂湖畔“荷”你有约
# 首届荷花节开幕】7月16日上午，…'): the title 8–40 characters, no sentence's end inside.
BRACKETED_TITLE = re.compile(r"^【(?P<title>[^【】。！？!?]{8,40})】\s*(?P<rest>\S.{9,})$")


_HTML_TABLE_OPEN = re.compile(r"^<table\b", re.IGNORECASE)
_HTML_TABLE_CLOSE = re.compile(r"</table>\s*$", re.IGNORECASE)


def html_tables(lines: list[Line]) -> None:
    """A raw HTML table a converter left (`<table>` / `<tr>` / `<td>管制路段</td>` / …): its
    tags are chrome, its cells the text, each a row, never heads."""
    inside = False
    for line in lines:
        if _HTML_TABLE_OPEN.match(line.text):
            inside = True
        elif _HTML_TABLE_CLOSE.search(line.text):
            inside = False
        elif inside and line.kind in (Kind.HEADLIKE, Kind.BODY, Kind.DATE) and not line.level:
            line.kind, line.rule = Kind.BODY, "table-row"


def dotted_menus(lines: list[Line]) -> None:
    """A site's menu of channels, one a line under a dot ('· 南川要闻' / '· 部门动态' /
    '· 镇街动态'): three or more such short lines together are chrome, never heads."""
    for run in adjacent_runs(lines, lambda line: bool(_MENU_ENTRY.match(line.normal))):
        if len(run) >= MENU_ENTRIES_MIN:
            for entry in run:
                entry.kind, entry.rule = Kind.NOISE, "web-chrome"


_MENU_WORD = re.compile(rf"^[{HAN}]{{4,8}}$")
SIDE_MENU_ENTRIES_MIN = 4  # a side menu's entries, one a line, at least


def side_menus(lines: list[Line]) -> None:
    """A site's side menu of its channels, one a line right under the site's chrome
    ('当前位置：…' / '通知公告' / '政策文件' / '人事信息' / '招考录用' / '财政预决算'): four or
    more short words together, no heads."""
    for start, end in adjacent_spans(lines, lambda line: line.kind is Kind.HEADLIKE
                                      and bool(_MENU_WORD.match(line.normal))):
        above = lines[start - 1] if start else None
        if (end - start >= SIDE_MENU_ENTRIES_MIN and above is not None
                and above.kind is Kind.NOISE and above.number == lines[start].number - 1):
            for entry in lines[start:end]:
                entry.kind, entry.rule = Kind.NOISE, "web-chrome"


_SETEXT_RULE = re.compile(r"^={3,}$")
_SETEXT_DASHES = re.compile(r"^-{3,}$")  # a second-level title's underline
SETEXT_TITLES_MIN = 2  # underlined heads that make a page with no other Markdown one
# Markdown's rule between parts ('* * *', read with its first star taken for a list's mark)
_MARKDOWN_BREAK = re.compile(r"^\*(?: ?\*)+$")


def setext_headings(lines: list[Line]) -> None:
    """A Markdown title underlined with '=' ('重庆涪陵：青菜头喜获丰收' / '========') or '-'
    (a second level): a page converted to Markdown sets its article's title so, as '# …'. The
    underline is the heading's mark, as '#' is: it goes, so that a deck under it joins the
    title's run. On a page with other Markdown (a '#' heading, a list of links, an image), or
    with Markdown's '* * *' between parts and two or more heads so underlined: a plain page's
    rows of '=' or '-' are rules."""
    underlined = [(a, b) for a, b in pairwise(lines)
                  if b.rule == "rule-line" and b.number == a.number + 1 and not a.level
                  and (_SETEXT_RULE.match(b.text) or _SETEXT_DASHES.match(b.text))]
    if not underlined:
        return
    marked = any(line.level or line.rule == "link-list" or line.text.startswith("![")
                 for line in lines)
    if not marked:
        # (a page typed in as Markdown with no other heading: its stories apart by Markdown's
        # own rule, '* * *', and two or more heads underlined; a plain page's rows of dashes
        # under its fields and forms are rules)
        if not any(line.rule == "rule-line" and _MARKDOWN_BREAK.match(line.text)
                   for line in lines):
            return
        # (heads only, and not a numbered title over dashes: a mail's, ``underlined_titles``)
        underlined = [(a, b) for a, b in underlined if a.kind is Kind.HEADLIKE
                      and not _TITLE_NUMBER.match(a.text.strip())]
        if len(underlined) < SETEXT_TITLES_MIN:
            return
    marks = set()
    for a, b in underlined:
        if a.kind in (Kind.HEADLIKE, Kind.BODY):
            level = 1 if _SETEXT_RULE.match(b.text) else 2
            a.kind, a.level, a.rule = Kind.HEADING, level, "setext-heading"
            marks.add(id(b))
    if marks:
        lines[:] = [line for line in lines if id(line) not in marks]


# A plain-text title's underline of dashes, and the title's number before it ('1. title').
_DASH_RULE = re.compile(r"^-{8,}$")
_TITLE_NUMBER = re.compile(r"^\d{1,2}\s*[.．、]\s*(?=\S)")
UNDERLINED_TITLES_MIN = 2


def underlined_titles(lines: list[Line]) -> None:
    """Numbered titles each underlined with dashes in a plain-text page ('1. 礼嘉至悦来3条社区
    巴士线路开通' / '--------'), two or more: a mail's text part sets its stories' titles so.
    Each is a head, without its number and its underline; a numbered line over a rule alone
    is a box's last entry."""
    found = [(a, b) for a, b in pairwise(lines)
             if b.rule == "rule-line" and _DASH_RULE.match(b.text.strip())
             and b.number == a.number + 1 and not a.level
             and a.kind in (Kind.HEADLIKE, Kind.BODY, Kind.RUBRIC)
             and (number := _TITLE_NUMBER.match(a.text.strip())) is not None
             and headline_shape(a.text.strip()[number.end():])
             and not is_closed(a.normal)]
    if len(found) < UNDERLINED_TITLES_MIN:
        return
    for title, _ in found:
        title.text = _TITLE_NUMBER.sub("", title.text.strip())
        title.norm = normalize(title.text)
        title.kind, title.rule = Kind.HEADLIKE, "underlined-title"
    rules = {id(rule) for _, rule in found}
    lines[:] = [line for line in lines if id(line) not in rules]


# A newsletter's tag line under a story's title: its district in brackets, its day and its
# byline after a bar ('【两江新区】　2025-12-04　｜　渝览新闻记者　何一帆').
_TAG_LINE = re.compile(
    r"^(?P<tag>[【\[]\s*[^】\]\s]{2,10}\s*[】\]]\s*(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})"
    r"\s*[|｜]\s*(?P<credit>\S.{2,40})$")


def tagged_bylines(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """A tag line under a title ('【巫溪】　2025-12-04　｜　渝览新闻通讯员　邓小川'): the tag
    and day are furniture, what follows the bar the story's byline (two lines of one
    number), not a district's brief under a roundup's head."""
    out: list[Line] = []
    for line in lines:
        match = _TAG_LINE.match(line.text.strip()) if line.kind is not Kind.NOISE else None
        if match is not None:
            credit = classify(line.number, match["credit"], gazetteer)
            if credit.kind is Kind.BYLINE:
                tag = classify(line.number, match["tag"], gazetteer)
                tag.kind, tag.rule = Kind.NOISE, "story-tag"
                credit.indent = tag.indent = line.indent
                out += [tag, credit]
                continue
        out.append(line)
    lines[:] = out


LEADER_PORTRAITS_MIN = 2  # posts and names of a leaders' widget, at least
LEADER_POST_MAX = 16  # characters of a post in such a widget


def leader_widgets(lines: list[Line]) -> None:
    """A government site's widget of its leaders ('领导之窗' / '[图片]' / '党委书记' / '谭明远' /
    '[图片]' / '党委副书记、镇长' / '向春林' / … / '更多领导 >'): its label, each portrait's post
    over the name under it, two or more: furniture beside the articles, no story's heads."""
    labels = words()["leader_widget_labels"]
    for at, line in enumerate(lines):
        if line.kind is Kind.NOISE or line.normal.replace(" ", "") not in labels:
            continue
        widget, names, k = [line], 0, at + 1
        while k < len(lines):
            post = lines[k]
            if post.kind is Kind.NOISE and post.number - widget[-1].number <= 2:
                widget.append(post)  # (a portrait's place, '[图片]')
                k += 1
            elif (post.kind is Kind.HEADLIKE and not post.level
                  and len(post.normal) <= LEADER_POST_MAX and k + 1 < len(lines)
                  and lines[k + 1].kind is Kind.NAME and lines[k + 1].number == post.number + 1):
                widget += [post, lines[k + 1]]
                names += 1
                k += 2
            else:
                break
        if names >= LEADER_PORTRAITS_MIN:
            for part in widget:
                if part.kind is not Kind.NOISE:
                    part.kind, part.rule = Kind.NOISE, "leader-widget"


COPY_TAIL_MIN = 2  # fields of a copied article's tail, at least


def copied_tails(lines: list[Line]) -> None:
    """The tail an e-paper's anti-copy script appends to each article copied from it: a rule,
    then its fields one a line ('——————' / '作者：吴晓岚' / '来源：巴南日报' / '原文：http://…' /
    '版权声明：…转载请附上原文链接。'), one of them a link or the notice. Furniture, the
    writer's field too: the credit printed with the story signs it."""
    fields, marks = words()["copy_tail_re"], words()["copy_tail_marks"]
    for at, line in enumerate(lines):
        if line.rule != "rule-line":
            continue
        run = run_below(lines, at, lambda below: fields.match(below.normal) is not None)
        if len(run) >= COPY_TAIL_MIN and any(mark in below.text for below in run
                                             for mark in marks):
            for below in run:
                below.kind, below.rule = Kind.NOISE, "copied-tail"


def chrome_above_text(lines: list[Line]) -> None:
    """Above a page's first line of Chinese (or right under its saved title), among a tool's
    lines of Latin words, what a saved page shows is that tool's chrome (an archive's
    toolbar: 'Go' / '5 captures' / '12' / '2025　2026　2027'), no story's; a folio alone there
    ('A14') stays the page's."""
    # (a saved page's own title may come first, '上清寺转盘今起改造…_新浪重庆_新浪网', then the
    # archive's toolbar)
    for first in range(min(TITLES_OVER_TOOLBAR + 1, len(lines))):
        top = list(takewhile(lambda line: not any(is_han(c) for c in line.normal),
                             islice(lines, first, None)))
        if any(line.rule == "latin-chrome" for line in top):
            for line in top:
                if line.kind in (Kind.BODY, Kind.HEADLIKE):
                    line.kind, line.rule = Kind.NOISE, "page-chrome"
            return


TITLES_OVER_TOOLBAR = 2  # a saved page's lines (its title) above an archive's toolbar


# The source an article's information line names ('发布时间：…　　来源：长寿发布　　浏览次数：…').
_SOURCE_NAMED = re.compile(r"(?:^|\s)(?:来源|來源|信息来源|信息來源)\s*:\s*(?P<name>[^\s:]{2,16})")
SOURCE_LOOKAHEAD = 4  # lines under the information line where the source's name may stand


def source_name_under_info(lines: list[Line]) -> None:
    """The source an article's information line names, alone on a line just under it
    ('来源：长寿发布' / … / '长寿发布' over the account's avatar): the copied post's account
    name, chrome, no headline."""
    for at, info in enumerate(lines):
        if info.kind is not Kind.NOISE or not (found := _SOURCE_NAMED.search(info.normal)):
            continue
        for line in lines[at + 1:at + 1 + SOURCE_LOOKAHEAD]:
            if line.number - info.number > SOURCE_LOOKAHEAD or line.kind not in (
                    Kind.NOISE, Kind.HEADLIKE):
                break
            if line.kind is Kind.HEADLIKE and line.normal == found["name"]:
                line.kind, line.rule = Kind.NOISE, "web-chrome"


_CRUMB_TAIL = re.compile(r"[>›»＞]\s*(?P<last>[^>›»＞\s]{2,12})\s*$")


def channel_titles(lines: list[Line]) -> None:
    """A site's channel name right under the breadcrumb that ends in it ('您所在的位置：首页 >>
    新闻动态 >> 政务要闻' / '政务要闻'): the page's chrome, no head of its articles."""
    for a, b in pairwise(lines):
        if (a.rule == "web-chrome" and (crumb := _CRUMB_TAIL.search(a.normal))
                and b.kind is Kind.HEADLIKE and b.normal.replace(" ", "") == crumb["last"]):
            b.kind, b.rule = Kind.NOISE, "channel-title"


def display_width(norm: str) -> float:
    """A line's width in full-width cells: a half-width digit or letter takes half a cell
    ('2024年8月5日22时40分许，…' is narrower than its length says)."""
    return len(norm) - len(_NARROW.findall(norm)) / 2


_NARROW = re.compile("[\x00-\u2e7f]")


CREDIT_TAIL = 40  # characters at a paragraph's end where a run-in credit is looked for


def signs(line: Line) -> bool:
    """Does ``line`` sign the text above it: a byline, a closing credit, or a paragraph that
    ends in a run-in credit ('…开展演练。（记者　况丽娜）')?"""
    return line.kind in (Kind.BYLINE, Kind.CREDIT) or (
        line.kind is Kind.BODY and words()["end_credit"].search(line.normal[-CREDIT_TAIL:])
        is not None)


# A site's column block head: its name, then its link to the column far right ('古镇探访
# 　　　　更多>>').
# (or a Markdown copy's heading, its link's text kept: '## 焦点新闻　更多>>')
_MORE_LINK_COLUMN = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,8})(?:\s{2,}|\u3000)(?:更多|更多内容|查看更多)\s*[>»＞]{1,2}$")


def columns_with_more_links(lines: list[Line]) -> None:
    """'古镇探访　　　　更多>>' over an entry's headline: the column's name is the section of
    the entries under it (its link is chrome)."""
    if "更多" not in page_text(lines).text:  # (the link's word first)
        return
    for line, below in pairwise([*lines, None]):
        if (line.kind not in (Kind.HEADLIKE, Kind.NOISE, Kind.HEADING)
                or (named := _MORE_LINK_COLUMN.match(line.text.strip())) is None):
            continue
        if (below is None or below.kind not in (Kind.HEADLIKE, Kind.HEADING)
                or below.number - line.number > 2):
            line.kind, line.rule = Kind.NOISE, "web-chrome"  # (over teasers: furniture)
            continue
        line.text, line.norm = named["name"], normalize(named["name"])
        line.kind, line.rule = Kind.RUBRIC, "column-over-stories"


# An app's column link over an article's title: its name and an arrow ('两江晚报 >').
_COLUMN_CHIP = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,10})\s*[>＞›]$")
CHIPPED_TITLE_MIN = 8  # characters of the title under a column's link, at least


def column_chips(lines: list[Line]) -> None:
    """'两江晚报 >' right over an article's title: the app's link to the column the article is
    in, whose name is the article's section."""
    for line, below in pairwise(lines):
        if (not line.level and line.kind in (Kind.HEADLIKE, Kind.BODY)
                and (named := _COLUMN_CHIP.match(line.normal)) is not None
                and below.kind in (Kind.HEADLIKE, Kind.HEADING)
                and below.number - line.number <= 2
                and len(below.normal) >= CHIPPED_TITLE_MIN):
            line.text, line.norm = named["name"], normalize(named["name"])
            line.kind, line.rule = Kind.RUBRIC, "column-over-stories"


# A video's title and its running time, as a site lists its videos ('航拍某某古镇　02:16').
_VIDEO_ENTRY = re.compile(r"^(?![\d:])\S.{3,40}?[ \u3000]+[0-5]?\d:[0-5]\d$")
VIDEO_ENTRIES_MIN = 2


def video_lists(lines: list[Line]) -> None:
    """Two lines or more in a row of a title and a running time ('航拍某某古镇　02:16' /
    '跟着传人逛老街　03:05'): a site's list of videos, furniture."""
    for start, end in adjacent_spans(lines, lambda line: (
            line.kind is not Kind.BODY and line.normal[-3:-2] == ":"
            and _VIDEO_ENTRY.match(line.normal) is not None), gap=2):
        if end - start >= VIDEO_ENTRIES_MIN:
            for entry in lines[start:end]:
                entry.kind, entry.rule = Kind.NOISE, "web-chrome"


def signed_parts(lines: list[Line]) -> None:
    """Numbered parts ('01' / title) most of which are signed on their own (a byline, a
    closing credit) are separate news gathered in one post, a digest's items: no subheads
    of one report. Their number is no part of the item's heading."""
    starts = [at for at, line in enumerate(lines) if line.rule == "section-title"]
    if len(starts) >= 2 and _mostly_signed(lines, starts):
        for at in starts:
            lines[at].kind, lines[at].rule = Kind.RUBRIC, "signed-part"
            if at and lines[at - 1].rule == "section-number":
                lines[at - 1].kind = Kind.NOISE
        # A part runs to the next part (the last to its own signature): a notice quoted
        # whole inside it ('▼上下滑动查看通知全文▼' / '关于…停水的通知' / … / '2021年6月8日'),
        # its title, issuer and date, is the part's text, no story of its own.
        for start, end in pairwise([*starts, len(lines)]):
            signed = [at for at in range(start + 1, end) if signs(lines[at])]
            if end == len(lines):
                end = signed[-1] if signed else start
            for line in lines[start + 1:end]:
                if line.kind in (Kind.HEADLIKE, Kind.DATE) and not line.level:
                    line.kind, line.rule = Kind.BODY, "quoted-line"


def _mostly_signed(lines: list[Line], starts: list[int]) -> bool:
    """Are two or more of the parts opening at ``starts`` (each up to the next), and at least
    half of them, signed on their own (a byline, a closing credit): separate news, not parts
    of one report?"""
    signed = sum(1 for start, end in pairwise([*starts, len(lines)])
                 if any(signs(line) for line in lines[start + 1:end]))
    return signed >= 2 and signed * 2 >= len(starts)


# A digest post's title: its column, a bar, and two of its news or more ('今日巫溪丨A　B……').
_DIGEST_TITLE = re.compile(r"^[^丨|\s]{2,8}\s*[丨|]\s*(?P<rest>\S.*?(?:\s{1,}\S.*|…|\.\.\.))$")


def _digest_title(norm: str) -> bool:
    """'今日巫溪丨“秋染红池坝”文旅活动10月1日开幕　上磺镇2.6万亩洋芋喜获丰收……': a column's
    name and a bar over two news or more (parted by a space, or the list cut with '……')."""
    return _DIGEST_TITLE.match(norm) is not None


def digest_parts(lines: list[Line]) -> None:
    """A post titled as a digest ('今日巫溪丨A　B……') whose heads, two or more, each head a
    text most of which are signed, one of them named in the title: the heads open the post's
    items (its news), not stories of their own."""
    page = page_text(lines).normal
    if "丨" not in page and "|" not in page:
        return  # (the title's bar first)
    title = next((line for line in lines if _digest_title(line.normal)), None)
    if title is None:
        return
    named = title.normal.replace(" ", "")
    # (the post ends at its editors' lines, or at the box of links the platform sets under
    # it: readers' comments and links follow)
    end = next((at for at, line in enumerate(lines)
                if line.number > title.number and (
                    line.rule == "editors"
                    or (line.kind is Kind.LABEL and line.normal in words()["link_labels"]))),
               len(lines))
    starts = [at for at, line in enumerate(lines[:end])
              if line.number > title.number and line.kind is Kind.HEADLIKE and not line.level
              and not _digest_title(line.normal) and not _CONTACT_FIELD.match(line.normal)
              and _text_follows(lines, at)]
    if len(starts) < 2 or not any(_named_in(lines[at].normal.replace(" ", ""), named)
                                  for at in starts):
        return
    if _mostly_signed(lines, starts):
        for at in starts:
            line = lines[at]
            line.kind, line.rule = Kind.RUBRIC, "digest-part"
            head = line.text
            if (number := _PART_NUMBER.match(head)) is not None:
                # ('1️⃣ 弹子石老街…开市', read as '1. …'): the part's number is no part of its head
                head = head[number.end():]
            if head.startswith("【") and head.endswith("】"):
                head = head[1:-1]  # ('【今年江北区将新建改造农贸市场5个】': its frame)
            if head != line.text:
                line.text, line.norm = head, normalize(head)


_PART_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=\S)")
# A part's contact line ('咨询电话：023-62891234', '报名热线：…'): a field of its text, no head.
_CONTACT_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:电话|電話|热线|熱線|手机|手機|邮箱|郵箱)\s*:")


DIGEST_NAMED_MIN = 6  # characters of a head a digest's title repeats, at least


def _named_in(head: str, title: str) -> bool:
    """Does a digest's title name the news under ``head``: the head whole, or shortened
    with a run of its words kept ('夏布织造技艺培训班在盘龙镇开班' in
    '…丨夏布织造技艺培训班开班；…')?"""
    if head in title:
        return True
    match = SequenceMatcher(None, head, title, autojunk=False).find_longest_match(
        0, len(head), 0, len(title))
    return match.size >= DIGEST_NAMED_MIN


def _text_follows(lines: list[Line], at: int) -> bool:
    """Is the first line after ``lines[at]`` that is no chrome (nor a picture's caption,
    the picture opening the text) a paragraph?"""
    below = next((line for line in lines[at + 1:]
                  if line.kind not in (Kind.NOISE, Kind.CAPTION)), None)
    return below is not None and below.kind is Kind.BODY


# '▌01　交通': a marked part's number and its topic's tag, over the part's own title.
_PART_TAG = re.compile(rf"^\d{{1,2}}\s+[{HAN}]{{2,6}}$")


def tagged_parts(lines: list[Line]) -> None:
    """A post's parts each marked with a bar, a number and a topic's tag ('▌01　交通' /
    '双江至古溪快速通道建成通车' / text), two or more: the title under each tag heads an item
    of the post; the tag is its furniture."""
    found = [(tag, title) for tag, title in pairwise(lines)
             if tag.rule == "section-title" and _PART_TAG.match(tag.normal)
             and title.kind is Kind.HEADLIKE and not title.level
             and title.number - tag.number <= 3]
    if len(found) >= NAMED_PARTS_MIN:
        for tag, title in found:
            tag.kind, tag.rule = Kind.NOISE, "part-tag"
            title.kind, title.rule = Kind.RUBRIC, "tagged-part-title"


REPEATED_TITLE_MIN = 4  # characters of a title's short form read as a second print of it


def titles_printed_again(lines: list[Line]) -> None:
    """A portal's title over its information line, then the document's own title in a
    shorter form ('秀山县2025年政府工作报告（摘要）' / '发布时间：…' / '政府工作报告（摘要）'):
    the same title printed again, not a second story. The fuller title heads the text where
    the document's own head block prints it (over its deck and speaker); the first print is
    chrome."""
    last = None  # the last line that is no chrome, and whether chrome came after it
    chrome = False
    for line in lines:
        if line.kind is Kind.NOISE:
            chrome = last is not None
            continue
        if (chrome and last.kind is Kind.HEADLIKE and line.kind is Kind.HEADLIKE
                and line.level == last.level and len(line.normal) >= REPEATED_TITLE_MIN
                and line.normal != last.normal and line.normal in last.normal
                # ('今日巫溪丨A　B……' / 'A': a digest's title names its first item, whose
                # heading this is)
                and not _digest_title(last.normal)):
            line.text, line.norm = last.text, last.norm
            last.kind, last.rule = Kind.NOISE, "title-printed-again"
        last, chrome = line, False


WRAPPED_CHROME_MIN = 36  # characters of a chrome line cut at the page's width
WRAPPED_END_MAX = 16  # characters of the end it wraps onto the next line
FULL_WIDTH_SHARE = 0.95  # of the page's widest line: a line this wide was cut there


def _width(line: Line) -> float:
    """A line's width as printed, its margin with it, in full-width cells."""
    return line.indent / 2 + display_width(line.text)


def wrapped_chrome(lines: list[Line], gazetteer: Gazetteer | None) -> None:
    """The end of a long line of chrome wrapped onto the line under it ('发布时间：…　　编' /
    '辑：黄雪', '首页　时政　…　专' / '题　网络问政'): chrome too, when the line above fills the
    page's width and the two read as one."""
    widest: float | None = None  # (measured only when a page has a candidate: most have none)
    for above, line in pairwise(lines):
        if not (above.kind is Kind.NOISE and above.rule in ("web-chrome", "masthead")
                and len(above.normal) >= WRAPPED_CHROME_MIN and not line.level
                and line.number == above.number + 1 and len(line.normal) <= WRAPPED_END_MAX
                and line.kind in (Kind.HEADLIKE, Kind.BODY)):
            continue
        if widest is None:
            widest = max(_width(line) for line in lines)
        if (_width(above) >= widest * FULL_WIDTH_SHARE
                and classify(above.number, above.text + line.text, gazetteer).kind is Kind.NOISE):
            line.kind, line.rule = Kind.NOISE, above.rule


# A site's address printed under its name at the top of its pages ('www.cqck.gov.cn').
_SITE_ADDRESS = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,6}/?$", re.I)


def site_names_over_addresses(lines: list[Line]) -> None:
    """'重庆市城口县人民政府' / 'www.cqck.gov.cn': a site's name over its address is its
    masthead, no headline."""
    for line, below in pairwise(lines):
        if (line.kind is Kind.HEADLIKE and below.number == line.number + 1
                and _SITE_ADDRESS.match(below.text.strip())):
            line.kind, line.rule = Kind.NOISE, "site-name"


# A column's list of items saved as Markdown: each item a list entry whose link is the
# item's title (a 'new' icon and the day it was posted glued after it), its text indented
# under it ('-   [路孔镇：龙舟队开桨训练](…)![](…/new.gif)2017-05-16' / '    5月15日傍晚，…').
_LISTED_TITLE_TAIL = re.compile(r"(?:!\[[^\]]*\]\([^)]*\))*\s*"
                                r"(?:\[?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\]?)?$")
_LISTED_DAY = re.compile(r"\[?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\]?$")
LIST_CONTINUATION_INDENT = 4  # columns of a Markdown list entry's continued text
LISTED_TITLES_MIN = 2
LIST_HEADING_MAX = 10  # characters of a column's name headed over its listed items


def _listed_text(lines: list[Line], at: int, number: int) -> bool:
    """Whether the entry on line ``number`` has its text indented under it at ``lines[at]``,
    or under the day it was posted, on a line of its own ('    2024-10-17' / '    10月16日，…')."""
    below = lines[at]
    if (below.kind is Kind.NOISE and below.indent >= LIST_CONTINUATION_INDENT
            and _LISTED_DAY.match(below.text.strip()) and at + 1 < len(lines)
            and below.number <= number + 2):
        number, below = below.number, lines[at + 1]
    return (below.kind is Kind.BODY and below.indent >= LIST_CONTINUATION_INDENT
            and below.number <= number + 2)


def listed_titles(lines: list[Line]) -> None:
    """Links listed as a column's entries, each over its own indented text: the entries'
    titles (heads), not a menu of links."""
    found = [line for at, line in enumerate(lines[:-1])
             if line.rule == "link-list" and not line.level
             and _listed_text(lines, at + 1, line.number)]
    if len(found) < LISTED_TITLES_MIN:
        return
    for line in found:
        title = _LISTED_TITLE_TAIL.sub("", line.text).strip()
        if headline_shape(normalize(title)):
            line.text, line.norm = title, normalize(title)
            line.kind, line.rule = Kind.HEADLIKE, "listed-title"
    # ('## 镇街动态' over the list: the column's name, the page's furniture, no headline)
    at = lines.index(found[0])
    if at and lines[at - 1].kind is Kind.HEADING and len(lines[at - 1].normal) <= LIST_HEADING_MAX:
        lines[at - 1].kind, lines[at - 1].rule = Kind.NOISE, "list-heading"
