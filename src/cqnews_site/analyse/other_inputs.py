"""Page passes for inputs other than a printed page: a document's distribution list, a
post's poster lines and source line, a portal's calendar, an e-paper system's export of
labelled fields, a reference book's entries, an e-mail's head, a chat exported to text, a
microblog's timeline, an account's card, a post's author line and an app's AI boxes.

Each pass reads the whole page and changes a line's kind where its neighbours say what it
is, naming the rule it applied, as ``passes.relabel`` (which calls them) does.
"""

from __future__ import annotations

import re
from itertools import pairwise, takewhile

from cqnews_site.analyse.lines import (
    CLAUSE_MARK,
    HAN,
    Kind,
    Line,
    classify,
    credit_names,
    dateline,
    is_closed,
    join_spaced_names,
    people_in_credit,
    person_like,
    words,
)
from cqnews_site.analyse.list_passes import adjacent_spans
from cqnews_site.analyse.page_text import page_text
from cqnews_site.model.text import normalize, pipe_cells

# A document's distribution list: '报：市农业农村委办公室，…' · '送：…' · '发：…' · '抄送：…'.
_DISTRIBUTION = re.compile(r"^(?:报|報|送|发|發|抄送|抄报|抄報|分送)\s*[:：]")
DISTRIBUTION_WRAP_MAX = 30  # characters of a distribution line's wrapped end


def distribution_lists(lines: list[Line]) -> None:
    """A distribution list's line wrapped onto the next, indented ('报：…区委、区政' /
    '　　府分管领导。'): the wrapped end is furniture as its line is."""
    for above, line in pairwise(lines):
        if (above.rule == "page-notice" and _DISTRIBUTION.match(above.normal)
                and line.number == above.number + 1 and line.indent
                and len(line.normal) <= DISTRIBUTION_WRAP_MAX
                and line.kind in (Kind.BODY, Kind.HEADLIKE)):
            line.kind, line.rule = Kind.NOISE, "page-notice"


POSTER_LINES_MIN = 4  # short lines in a row that make a post's opening poster
POSTER_LINE_MAX = 10  # characters of a poster's line
POSTER_GAP_MAX = 2  # line numbers between two lines of a poster (a blank line between)


def poster_lines(lines: list[Line]) -> None:
    """A post's poster: right under its Markdown title (its information line and picture
    between), four or more very short lines one under another ('7月12日' / '黄水' / '开“凉”了'
    / '21℃的夏天' / …) are its text set large, not heads; so are the short lines after its
    last paragraph that close it ('这个夏天' / '来石柱' / '一起“凉”快！')."""
    title = next((at for at, line in enumerate(lines) if line.kind is not Kind.NOISE), None)
    if title is None or lines[title].level != 1:
        return
    at = title + 1
    while at < len(lines) and lines[at].kind is Kind.NOISE:
        at += 1
    run = _short_run(lines, at)
    if len(run) < POSTER_LINES_MIN:
        return
    for line in run:
        line.kind, line.rule = Kind.BODY, "poster-line"
    text = [k for k, line in enumerate(lines) if line.kind is Kind.BODY and k > at + len(run)]
    if not text:
        return
    end = text[-1]
    start = end
    while (start > 0 and lines[start - 1].kind is Kind.HEADLIKE and not lines[start - 1].level
           and len(lines[start - 1].normal) <= POSTER_LINE_MAX
           and lines[start].number - lines[start - 1].number <= POSTER_GAP_MAX):
        start -= 1
    if end - start >= 2 and len(lines[end].normal) <= POSTER_LINE_MAX + 2:
        for line in lines[start:end]:
            line.kind, line.rule = Kind.BODY, "poster-line"


def _short_run(lines: list[Line], at: int) -> list[Line]:
    """The very short head-like lines from ``at`` on, each close under the one before."""
    run: list[Line] = []
    while (at < len(lines) and lines[at].kind in (Kind.HEADLIKE, Kind.NAME)
           and not lines[at].level and len(lines[at].normal) <= POSTER_LINE_MAX
           and (not run or lines[at].number - run[-1].number <= POSTER_GAP_MAX)):
        run.append(lines[at])
        at += 1
    return run

_CALENDAR_DAY = re.compile(r"^\d{1,2}$")
_CALENDAR_MONTH = re.compile(r"^(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])$")


def calendar_blocks(lines: list[Line]) -> None:
    """A list entry's calendar block, the day alone over the year and month ('21' /
    '2025-11'): furniture (the entry's text names its day; the month gives the page its
    year). (A Markdown copy sets a blank line between the two.)"""
    for day, month in pairwise(lines):
        if (month.number - day.number <= 2 and _CALENDAR_DAY.match(day.normal)
                and _CALENDAR_MONTH.match(month.normal) and 1 <= int(day.normal) <= 31):
            day.kind = month.kind = Kind.NOISE
            day.rule = month.rule = "calendar-block"


# An e-paper system's export of each article as labelled fields, a label alone on its line
# over its value ('【引题】' / '九九重阳　情暖夕阳' / '【标题】' / '…' / '【副题】' / '【作者】' / …
# / '【正文】' / the paragraphs): the label says what the line under it is.
_FIELD_LABELS = (r"栏目|欄目|引题|引題|肩题|肩題|建议标题|建議標題|标题|標題|主题|主題|正题|正題|"
                 r"副题|副題|作者|字数|字數|正文|图片说明|圖片說明")
_EXPORT_FIELD = re.compile(rf"^【(?P<field>{_FIELD_LABELS})】\s*(?P<value>\S.*)?$")
EXPORT_FIELDS_MIN = 3  # labels of a page that make it such an export
# What a field's value is read as: a headline (level 1), a deck (level 2), or left to the
# line rules (a kicker or column's name above the headline, the byline, the text).
_EXPORT_LEVELS = {"标题": 1, "標題": 1, "主题": 1, "主題": 1, "副题": 2, "副題": 2}


def export_fields(lines: list[Line]) -> None:
    """Read an e-paper export's fields: each label is furniture, a headline's or deck's value
    is that head, an empty field is nothing."""
    labels = [(at, match) for at, line in enumerate(lines)
              if (match := _EXPORT_FIELD.match(line.normal.replace(" ", "")))]
    if len(labels) < EXPORT_FIELDS_MIN or not any(
            m["field"] in _EXPORT_LEVELS for _, m in labels):
        return
    for at, match in labels:
        label = lines[at]
        level = _EXPORT_LEVELS.get(match["field"])
        value = lines[at + 1] if at + 1 < len(lines) else None
        if (value is None or value.number != label.number + 1
                or _EXPORT_FIELD.match(value.normal.replace(" ", ""))):
            continue  # an empty field
        if level:
            value.kind, value.level, value.rule = Kind.HEADING, level, "export-head"
        elif match["field"] == "作者" and value.kind is not Kind.BYLINE and (
                names := people_in_credit(value.text) or _post_then_name(value.text)):
            # '区人民医院老年医学科主治医师　罗　静': the writer's post, then the name
            value.kind, value.rule, value.names = Kind.BYLINE, "export-author", names
    # The labels go: a kicker's field and the headline's stand apart only by the label
    # between them, and the heads of one story are one run.
    drop = {id(lines[at]) for at, _ in labels}
    lines[:] = [line for line in lines if id(line) not in drop]


# The same export with each label before a colon, its value after it on the same line
# ('肩题：政策加力　车市回暖' / '副题：' / '栏目：' / '作者：…' / '图片说明1：…' / '正文：'), each
# article's headline on the line over its first field ('①　今年以来…'), in the export's order.
_COLON_FIELD = re.compile(rf"^(?P<field>{_FIELD_LABELS})\d{{0,2}}\s*[:：]\s*(?P<value>.*)$")
COLON_FIELDS_MIN = 4  # labels of a page that make it such an export (正文 and a head's among them)
# What a field's value is: the line's rule (a head in its role, wherever the export prints it).
_COLON_HEADS = {"引题": "labelled-kicker", "引題": "labelled-kicker", "肩题": "labelled-kicker",
                "肩題": "labelled-kicker", "标题": "labelled-headline",
                "建议标题": "labelled-headline", "建議標題": "labelled-headline",
                "標題": "labelled-headline", "主题": "labelled-headline",
                "主題": "labelled-headline", "正题": "labelled-headline",
                "正題": "labelled-headline", "副题": "labelled-deck", "副題": "labelled-deck",
                "栏目": "labelled-column", "欄目": "labelled-column"}
_COUNTER = re.compile(r"^[①-⑳]\s*")
_HEADLINE_FIELDS = frozenset(f for f, role in _COLON_HEADS.items() if role == "labelled-headline")


def _unbracketed(text: str) -> str:
    """``text`` without the brackets it is typed in whole ('（引题：…）' → '引题：…')."""
    text = text.strip()
    if text[:1] in "(（" and text[-1:] in ")）" and text.count("（") + text.count("(") == 1:
        return text[1:-1].strip()
    return text


# The same fields as a database's record prints them, a table of two columns under its own
# header ('| 字段 | 内容 |' / '|---|---|' / '| 引题 | … |' / '| 正题 | … |' / '| 作者 | … |' /
# '| 出版日期 | 2015-11-19 |'): each field's row is read as 'label：value'.
_LISTED = re.compile(r"\s*[;；]\s*")
PIPE_FIELDS_MIN = 3  # rows of a table naming a field (a head's among them) that make it a record


def _pipe_field(line: Line) -> tuple[str, str] | None:
    """A table row's two cells, label and value, when the label is a field's."""
    cells = pipe_cells(line.normal)
    if cells is None or len(cells) != 2 or not _COLON_FIELD.match(f"{cells[0]}:"):
        return None
    return cells[0], cells[1]


def pipe_fields(lines: list[Line]) -> None:
    """A record's table of fields: the rows of fields ``colon_fields`` knows become
    'label：value' lines for it to read; the table's header, rule and other rows (its date,
    its page) are furniture."""
    if "|" not in page_text(lines).normal:
        return
    for start, end in adjacent_spans(lines, lambda line: pipe_cells(line.normal) is not None):
        fields = {at: field for at in range(start, end)
                  if (field := _pipe_field(lines[at])) is not None}
        if len(fields) < PIPE_FIELDS_MIN or not any(
                label in _COLON_HEADS for label, _ in fields.values()):
            continue
        for at in range(start, end):
            line = lines[at]
            if at in fields:
                # (a database lists its writers between semicolons: '韩梅;何璐;陈江')
                label, value = fields[at]
                text = f"{label}：{_LISTED.sub('　', value)}"
                line.text, line.norm = text, normalize(text)
                line.kind, line.rule = Kind.BODY, "record-field"
            else:
                line.kind, line.rule = Kind.NOISE, "record-field"


def colon_fields(lines: list[Line]) -> None:
    """Read an e-paper export's 'label：value' fields: a head's value is that head in its role
    (the kicker printed under the headline is still the kicker), a caption's a caption, the
    text's label and an empty field are furniture; the line over an article's first field,
    when no field names the headline, is its headline."""
    # (a head's label may be typed in brackets under the headline: '（引题：…）')
    found = [(at, match) for at, line in enumerate(lines)
             if ":" in line.normal and (match := _COLON_FIELD.match(_unbracketed(line.text)))]
    fields = {match["field"] for _, match in found}
    # (or no text's label, but headlines labelled in two articles or more: a layout sheet's
    # '引题：…' / '主题：…' / '副题：…' over each article's text)
    headlines = sum(match["field"] in _HEADLINE_FIELDS for _, match in found)
    # (or a kicker's and a deck's labels beside Markdown headlines, two or more: an editor's
    # note of the page's copy, '引题：…' / '## 十万株杜鹃映山红…' / '副题：…')
    beside = sum(match["field"] in _COLON_HEADS and any(
        lines[near].kind is Kind.HEADING for near in (at - 1, at + 1) if 0 <= near < len(lines))
        for at, match in found)
    if (len(found) < COLON_FIELDS_MIN or not fields & _COLON_HEADS.keys()
            or ("正文" not in fields and headlines < 2 and beside < 2)):
        return
    at_fields = {at for at, _ in found}
    titled = fields & _HEADLINE_FIELDS  # a field names the headline itself
    for at, match in found:
        line, field, value = lines[at], match["field"], match["value"].strip()
        above = lines[at - 1] if at > 0 else None
        if (above is not None and at - 1 not in at_fields
                and above.kind in (Kind.HEADING, Kind.HEADLIKE)
                and above.number == line.number - 1 and field in _COLON_HEADS
                and not titled):
            # ('①　今年以来重庆汽车以旧换新补贴申领超4万份' over '肩题：…')
            text = _COUNTER.sub("", above.text.strip())
            above.text, above.norm = text, normalize(text)
            above.kind, above.rule = Kind.HEADLIKE, "labelled-headline"
        if not value or field in ("字数", "字數"):
            line.kind, line.rule = Kind.NOISE, "export-label"
        elif field in _COLON_HEADS:
            line.text, line.norm = value, normalize(value)
            line.kind, line.rule = Kind.HEADLIKE, _COLON_HEADS[field]
        elif field in ("图片说明", "圖片說明"):
            line.text, line.norm = value, normalize(value)
            line.kind, line.rule = Kind.CAPTION, "caption"
            line.names = classify(line.number, value).names
        elif field == "正文":
            line.text, line.norm = value, normalize(value)  # text run on after its label
            line.kind, line.rule = Kind.BODY, "body"
        elif field == "作者" and line.kind is not Kind.BYLINE and (
                names := people_in_credit(value) or _post_then_name(value)
                or _bare_name(value)):
            line.kind, line.rule, line.names = Kind.BYLINE, "export-author", names
    # The empty fields go, as the labels of the export above do: an article's heads stand
    # apart only by them.
    lines[:] = [line for line in lines if line.rule != "export-label"]


# An e-paper's header over each article that names its writer before its length
# ('【第2篇】　作者：文/图　重庆晚报-上游新闻记者　罗　婷　　　字数：1214').
# (or a web article's information line: '作者：谭宇航　黄　娟　　　　阅读 1.3万')
_META_AUTHOR = re.compile(r"(?:作者|作　者)\s*[:：]\s*(?P<credit>\S.*?)\s+(?:(?:字数|字數)\s*[:：]"
                          r"|(?:阅读|閱讀|浏览|瀏覽)\s*[\d.]+万?$)")


def meta_authors(lines: list[Line]) -> None:
    """An e-paper's article header, or a web article's information line, that names the
    writers: a byline of the article under it (where nothing else signs it), the rest of the
    header furniture."""
    for line in lines:
        if (line.kind is Kind.BYLINE or "作" not in line.normal
                or (match := _META_AUTHOR.search(line.normal)) is None):
            continue
        credit = classify(line.number, match["credit"])
        # ('谭宇航　黄　娟': the field names its writers with no role word before them)
        names = credit.names if credit.kind is Kind.BYLINE else people_in_credit(credit.text)
        if names and (credit.kind is Kind.BYLINE or all(person_like(n) for n in names)):
            line.text, line.norm, line.kind, line.rule = credit.text, credit.norm, Kind.BYLINE, \
                "meta-author"
            line.names, line.with_photos = names, credit.with_photos
            line.photographers = credit.photographers


def _bare_name(text: str) -> tuple[str, ...]:
    """'何　谦' → ('何谦',): a field's value that is one name, maybe letter-spaced."""
    name = join_spaced_names(normalize(text)).replace(" ", "")
    return (name,) if person_like(name) else ()


def _post_then_name(text: str) -> tuple[str, ...]:
    """'区人民医院老年医学科主治医师　罗　静' → ('罗静',): the last word, when it is a name."""
    parts = join_spaced_names(normalize(text)).split()
    return (parts[-1],) if len(parts) >= 2 and person_like(parts[-1]) else ()


# A reference book's entry: its title in black brackets run into its text after a wide gap
# ('【肉牛产业】　2024年，全县肉牛存栏21.6万头…'; a Markdown copy keeps it bold:
# '**【陈德厚】**　（1931—2019）…').
_ENTRY_TITLE = re.compile(
    r"^(?P<bold>\*\*)?【(?P<title>[^【】]{2,24})】(?(bold)\*\*)[\u3000 ]+(?P<rest>\S.*)$")
ENTRIES_MIN = 3  # entries on a page that make it a reference book's


def book_entries(lines: list[Line]) -> None:
    """A yearbook's or gazetteer's entries, three or more, each a paragraph opening with its
    title in black brackets and a wide gap: each title heads an entry of its own, a story
    (a box's label in brackets, 【链接】, is no entry's title; under a briefs rubric titled
    briefs are a roundup's items instead)."""
    found = [(at, match) for at, line in enumerate(lines)
             if line.kind is Kind.BODY and not line.level
             and (match := _ENTRY_TITLE.match(line.text.strip()))
             and match["title"] not in words()["labels_set"]]
    if len(found) < ENTRIES_MIN:
        return
    out: list[Line] = []
    starts = {at: match for at, match in found}
    for at, line in enumerate(lines):
        if (match := starts.get(at)) is not None:
            title = match["title"].strip()
            out.append(Line(line.number, title, 0, Kind.HEADLIKE, rule="entry-title",
                            norm=normalize(title)))
            line.text, line.norm, line.rule = match["rest"], normalize(match["rest"]), "entry-text"
        out.append(line)
    lines[:] = out


# A post's source line with its writers in brackets: '来源：…中心（记者　谭　敏　马　骁）'.
_SOURCE_CREDIT = re.compile(r"^(?:来源|來源)\s*:\s*[^()]{2,24}?(?P<credit>\([^()]{2,40}\))$")


def source_credits(lines: list[Line]) -> None:
    """A source line after a post's text that names its writers in brackets closes the post
    with their credit, as a closing credit does ('来源：…中心（记者　谭　敏　马　骁）')."""
    after_text = False
    for line in lines:
        if (after_text and line.kind is Kind.NOISE
                and (source := _SOURCE_CREDIT.match(line.normal))):
            credit = classify(line.number, source["credit"])
            if credit.kind is Kind.CREDIT and credit.names:
                line.kind, line.rule, line.names = Kind.CREDIT, "source-credit", credit.names
        if line.kind is not Kind.NOISE:
            after_text = line.kind is Kind.BODY
# An e-mail's head field ('时　间：2025年7月23日…', '附　件：4 个', '主题: 投稿｜…') and the
# subject line of a message passed on ('转发：投稿｜…').
_MAIL_FIELD = re.compile(rf"^[{HAN}](?:\s?[{HAN}]){{0,3}}\s*[:：]\s*\S"
                         r"|^(?:转发|轉發|回复|回覆|Fwd?|Re)\s*[:：]")
_MAIL_SENDER = re.compile(r"^(?:发件人|發件人|From)\s*[:：]")


def mail_heads(lines: list[Line]) -> None:
    """An e-mail's head: the fields set close around its sender's line ('转发：投稿｜…' /
    '发件人：…' / '时　间：…' / '收件人：…' / '附　件：…'), no blank line among them, are the
    mail's furniture, not headlines."""
    mailed = False
    for at, line in enumerate(lines):
        if not _MAIL_SENDER.match(line.normal):
            continue
        mailed = True
        for step in (-1, 1):
            near, number = at + step, line.number
            while (0 <= near < len(lines) and abs(lines[near].number - number) == 1
                   and _MAIL_FIELD.match(lines[near].normal)):
                lines[near].kind, lines[near].rule = Kind.NOISE, "mail-head"
                number = lines[near].number
                near += step
        _cover_note(lines, near)
    if mailed:
        _mail_signature(lines)


COVER_NOTE_LINES_MAX = 12  # lines of a forwarding mail's own note, at most
_SALUTATION = re.compile(rf"^[{HAN}、，,\s]{{2,20}}[:：]$")


# A mail's sign-off, opening its signature block: '此致', '顺祝商祺', 'Best regards'.
_SIGN_OFF = re.compile(
    r"^(?:此致|順祝|顺祝|祝好|谢谢[!！]?|謝謝[!！]?|Best regards|Regards|Thanks)")


def _mail_signature(lines: list[Line]) -> None:
    """A mail's signature block under the rule that closes what it forwards ('此致' /
    '品牌宣传部　张雯雯' / the firm, its address and phone / a confidentiality notice): the
    sender's furniture, to the page's end."""
    rules = [at for at, line in enumerate(lines) if line.rule == "rule-line"]
    if not rules:
        return
    below = [line for line in lines[rules[-1] + 1:] if line.kind is not Kind.NOISE]
    if below and _SIGN_OFF.match(below[0].normal):
        for line in below:
            line.kind, line.rule = Kind.NOISE, "mail-signature"


def _cover_note(lines: list[Line], start: int) -> None:
    """A forwarding mail's own note under its head ('各位领导、同事：' / '今日《重庆商报》…
    现将版面文字转发如下' / '品牌宣传部' / '2026年1月21日') down to the rule over what it
    forwards: the sender's words to colleagues, no story of the page."""
    if start >= len(lines) or not _SALUTATION.match(lines[start].normal):
        return
    window = lines[start:start + COVER_NOTE_LINES_MAX + 1]
    end = next((k for k, line in enumerate(window) if line.rule == "rule-line"), None)
    if end is None:
        return
    for line in window[:end]:
        line.kind, line.rule = Kind.NOISE, "cover-note"

CHAT_MESSAGES_MIN = 3  # message headers that make a page a chat exported to text


def chat_remarks(lines: list[Line]) -> None:
    """A chat exported to text ('2025-05-19 09:16:02　汉丰街道-唐小川' over each message):
    what answers or quotes a message ('@所有人 …', '「sender：…」') is chrome, and so is a
    message left with one line of text ('收到', '邵老师，先发一篇白沙的，请审阅'); a message
    of a title over its paragraphs is a draft, a story."""
    header = words()["chat_header_re"]
    marks = [at for at, line in enumerate(lines) if header.match(line.normal)]
    if len(marks) < CHAT_MESSAGES_MIN:
        return
    replies = words()["chat_replies_re"]
    for start, end in pairwise([*marks, len(lines)]):
        message = [line for line in lines[start + 1:end] if line.kind is not Kind.NOISE]
        for line in message:
            if replies.match(line.normal):
                line.kind, line.rule = Kind.NOISE, "chat-remark"
        text = [line for line in message if line.kind is not Kind.NOISE]
        if len(text) == 1 and text[0].kind in (Kind.BODY, Kind.HEADLIKE):
            text[0].kind, text[0].rule = Kind.NOISE, "chat-remark"

# A microblog post's time and client: '1-16 16:08　来自 微博网页版', '昨天 20:15　来自 iPhone',
# '1月7日 18:45 来自 微博 weibo.com'.
_POST_TIME = re.compile(
    r"^(?:(?:\d{2}|\d{4})-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日"
    r"|昨天|今天|前天|刚刚|\d{1,2}(?:分钟|小时)前)"
    r"(?:\s+\d{1,2}:\d{2})?\s+来自\s*\S")
# A post's counts ('转发 216　　评论 18').
_POST_COUNTS = re.compile(r"(?:转发|轉發|评论|評論)\s*\d")
# A repost's chain of comments ('…//@梁平发布:好消息'), and the account it reposts, alone
# on its line ('@重庆日报').
_REPOST_COMMENT = re.compile(r"//@[^\s:：]{1,20}[:：]")
_REPOSTED_ACCOUNT = re.compile(r"^@[^\s@]{1,20}$")
# A post's title run into its text: '【川剧进社区　戏迷乐开怀】1月17日晚，…'.
# (after the post's hashtags, its text perhaps on the lines below: '#永川身边事#【11分钟…】')
_POST_TITLE = re.compile(r"^(?:#[^#\s]{1,20}#\s*)*【(?P<title>[^【】]{4,40})】\s*(?P<rest>\S.*)?$")
POST_TIMES_MIN = 2  # posts on a page that make it an account's timeline


def microblog_posts(lines: list[Line]) -> None:
    """An account's timeline copied from a microblog: each post the account's name, its time
    and client ('1-16 16:08　来自 微博网页版'), then its text, a title in 【】 run into it
    ('【川剧进社区　戏迷乐开怀】1月17日晚，…'). The name and time lines are chrome; the title
    heads the post as a story's headline (two lines of one number). A repost's comment and
    the account it reposts are chrome too; so is a post without a title where others have
    one (``_untitled_posts``), and a pinned post's time gives no year (``_pinned_posts``)."""
    times = [at for at, line in enumerate(lines) if _POST_TIME.match(line.normal)]
    if len(times) < POST_TIMES_MIN:
        return
    accounts = set()
    for at in times:
        lines[at].kind, lines[at].rule = Kind.NOISE, "post-header"
        if at and lines[at - 1].number == lines[at].number - 1 and len(lines[at - 1].normal) <= 20:
            accounts.add(lines[at - 1].normal)
    _pinned_posts(lines, times)
    out: list[Line] = []
    untitled: list[int] = []  # where each post without a title opens, in ``out``
    after_time = False
    for line in lines:
        if line.rule in ("post-header", "pinned-post-header"):
            # (a time over its counts closes a reposted post:
            # '1-15 11:02　来自 微博网页版　　转发 216　　评论 18')
            after_time = not _POST_COUNTS.search(line.normal)
        elif line.normal in accounts and line.kind is not Kind.NOISE:
            line.kind, line.rule = Kind.NOISE, "post-header"  # the account's name
        elif after_time and (_REPOST_COMMENT.search(line.normal)
                             or _REPOSTED_ACCOUNT.match(line.normal)):
            # A repost: the reposter's comment over the chain ('扩散周知！//@长寿区应急管理
            # 局:…'), then the account reposted ('@长寿区气象台'), then its post.
            line.kind, line.rule = Kind.NOISE, "repost-header"
        elif after_time and line.kind is not Kind.NOISE:
            after_time = False
            if (post := _POST_TITLE.match(line.text.strip())) and line.kind in (
                    Kind.BODY, Kind.HEADLIKE):
                head = Line(line.number, post["title"].strip(), 0, Kind.HEADLIKE,
                            rule="post-title", norm=normalize(post["title"]))
                out.append(head)
                if not post["rest"]:
                    continue  # (the title alone on its line, the text below)
                line.text, line.norm = post["rest"], normalize(post["rest"])
                line.kind, line.rule = Kind.BODY, "post-text"
            else:
                untitled.append(len(out))
        out.append(line)
    lines[:] = out
    if any(line.rule == "post-title" for line in lines):
        _untitled_posts(lines, untitled)


def _untitled_posts(lines: list[Line], starts: list[int]) -> None:
    """On a timeline whose reports are titled ('【…】'), a post without a title is the
    account's chatter, not a report: a greeting ('#你好2016# 再见2015，你好2016！…'), a
    poll. Its text, from ``starts`` to the first line of chrome, is marked 'untitled-post'
    (else it ran on under the profile's lines above it, as a story)."""
    for start in starts:
        at = start
        while at < len(lines) and lines[at].kind is not Kind.NOISE:
            lines[at].kind, lines[at].rule = Kind.NOISE, "untitled-post"
            at += 1


# The mark over an account's pinned post.
_PINNED = frozenset({"置顶", "置頂"})


def _pinned_posts(lines: list[Line], times: list[int]) -> None:
    """The time line of the post under '置顶' at the head of a timeline is marked
    'pinned-post-header': an account pins a post of any year ('置顶' / '重庆发布' /
    '2015-12-31 20:00 来自 微博' over posts of January 2016), and ``segment`` keeps it out of
    the page's year evidence."""
    for at in times:
        # (the mark over the account's name, or over the time itself)
        if any(m >= 0 and lines[m].normal in _PINNED for m in (at - 2, at - 1)):
            lines[at].rule = "pinned-post-header"


# What marks an account's card: its id, or its line of what it is ('…官方公众号，…').
_ACCOUNT_WORDS = ("微信号", "功能介绍", "官方", "总阅读")  # one in each form of the id below
_ACCOUNT_ID = re.compile(r"^微信号\s*[:：\s]|^功能介绍\s*[:：\s]"
                         r"|官方(?:微信)?(?:公众号|微信号|微博|账号|帐号|头条号)"
                         r"|官方微信$"  # (荣昌区委宣传部官方微信)
                         r"|^文章\s*\d+\s+总阅读\s*[\d.]+万?$")  # (a self-media card's counts)
ACCOUNT_CARD_LINE_MAX = 20
ACCOUNT_CARD_TEXT_MAX = 40  # an account's line of what it is: longer is a story's sentence


_POSTED_AT = re.compile(r"^(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}"
                        r"(?:\s*[\u4e00-\u9fff]{2,6}){0,2}$")
_AUTHOR_LINE_MAX = 30
# A day or a count in a line (3月20日, 10条, 1.2万): a title's, never an account's name.
_TITLE_FIGURE = re.compile(r"\d{1,2}月\d{1,2}日"
                           r"|\d(?:万|亿|个|條|条|家|名|人|户|戶|亩|畝|吨|噸|公里|项|項|所|座|辆|輛|场|場|次|元|%)")


# A search engine's result: its title, a paragraph of summary and the account or site that
# published it with the day ('巫山发布　　2017-11-18', '重庆晨报　　3天前').
# (or a portal's list with the time of the day: '万州区融媒体中心　　今天 17:26')
_RESULT_SOURCE = re.compile(r"^\S{2,16}\s+(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
                            r"|\d{1,2}\s*(?:天|小时|分钟)前|昨天|前天"
                            r"|(?:今天|昨天|前天|\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2})$")
# A list's title with its place's tag before it ('[万州] 首趟“三峡柑橘”冷链专列…').
_TAGGED_TITLE = re.compile(r"^[\[【]\s*[\u4e00-\u9fff]{2,6}\s*[\]】]\s*(?P<title>\S.{5,})$")
RESULTS_MIN = 3  # results of a search listed on the page, at least
# A summary that opens with its account's prompt to follow it ('点击上方蓝字关注我们↑↑↑　又是…').
_FOLLOW_PROMPT = re.compile(r"^(?:点击|點擊)?上方\S{0,4}(?:蓝字|藍字)\S{0,2}(?:关注|關注)"
                            r"\S{0,6}?[↑↓]*\s+(?P<rest>\S.{11,})$")


def search_results(lines: list[Line]) -> None:
    """A search engine's results page: each result's title over one paragraph of summary and
    the line naming who published it and when ('第十一届巫山国际红叶节今日开幕…' / '11月18日
    上午，…' / '巫山发布　　2017-11-18'); three or more such results each head a story of
    their own (a summary that opens with a prompt to follow the account loses the prompt)."""
    results: list[Line] = []
    sources: list[Line] = []
    for at in range(len(lines) - 2):
        title, summary, source = lines[at:at + 3]
        tagged = _TAGGED_TITLE.match(title.normal) is not None
        if ((title.kind is Kind.HEADLIKE or tagged) and not title.level
                and summary.number - title.number <= 2 and source.number - summary.number <= 2
                and source.kind in (Kind.NOISE, Kind.HEADLIKE)
                and _RESULT_SOURCE.match(source.normal)):
            if tagged and summary.kind is Kind.NOISE and (
                    CLAUSE_MARK.search(summary.normal) and len(summary.normal) > 30):
                # ('[万州] …' / its summary, read as teasers: a portal's list of the day)
                summary.kind, summary.rule = Kind.BODY, "body"
            # (the prompt's marks print the same in the text: the summary is the rest of it)
            if (summary.kind is Kind.NOISE and _FOLLOW_PROMPT.match(summary.normal)
                    and (printed := _FOLLOW_PROMPT.match(summary.text.strip()))):
                summary.text, summary.norm = printed["rest"], normalize(printed["rest"])
                summary.kind, summary.rule = Kind.BODY, "body"
            if (summary.kind is Kind.HEADLIKE and summary.normal.endswith(("...", "…"))
                    and CLAUSE_MARK.search(summary.normal)):
                # ('…，奉节港至巫山港的客船每天将加开2个班次...': a summary cut short)
                summary.kind, summary.rule = Kind.BODY, "body"
            if summary.kind is Kind.BODY:
                results.append(title)
                sources.append(source)
    if len(results) >= RESULTS_MIN:
        for title, source in zip(results, sources, strict=True):
            if (bare := _TAGGED_TITLE.match(title.text.strip())) is not None:
                title.text, title.norm = bare["title"], normalize(bare["title"])
            title.kind, title.rule = Kind.HEADLIKE, "result-title"
            source.kind, source.rule = Kind.NOISE, "result-source"


# A reader's comment's foot: its day, the place it was sent from, its likes and the reply
# button ('11月5日　湖北　　　　♡ 103　　回复', '01-18 重庆　　赞 56　　回复').
_COMMENT_FOOT = re.compile(r"^\d{1,2}(?:月\d{1,2}日|-\d{1,2})\s+\S{2,4}\s+(?:[♡❤👍]|赞)\s*\d+"
                           r"(?:\s+(?:回复|回覆))?(?:\s+作者赞过)?$"
                           # (or its full time only: '2020-6-19 19:10　　　　赞 58')
                           r"|^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+(?:[♡❤👍]|赞)\s*\d+$"
                           # (or its place first, labelled: 'IP属地：重庆　03-12 18:05　赞 36')
                           r"|^IP\s*属地\s*[:：]\s*\S{2,8}\s+(?:(?:19|20)\d{2}-)?\d{1,2}-\d{1,2}"
                           r"(?:\s+\d{1,2}:\d{2})?\s+(?:(?:回复|回覆)\s+)?(?:[♡❤👍]|赞)\s*\d+$"
                           # (or its day and time, the reply button before the likes:
                           # '07-16 07:45　　　回复　　👍 58')
                           r"|^\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?:\s+\S{2,4})?"
                           r"\s+(?:回复|回覆)\s+(?:[♡❤👍]|赞)\s*\d+$"
                           # (or its place and day set apart by a dot: '重庆 · 4月8日　　赞 14')
                           r"|^\S{2,8}\s*[·・]\s*\d{1,2}月\d{1,2}日\s+(?:[♡❤👍]|赞)\s*\d+$")
# The post's answer to a comment, under the comment's foot ('作者回复：根据县交通运输委消息，…'),
# perhaps hung from it by a corner ('└ 作者回复：…').
_COMMENT_REPLY = re.compile(r"^[└┗↳]?\s*(?:作者|小编|小編|编辑|編輯|官方)(?:回复|回覆)\s*[:：]")
COMMENT_FEET_MIN = 2  # comments on the page, at least
COMMENT_LINES_MAX = 3  # lines of a comment above its foot: the writer's name, its text


def comment_threads(lines: list[Line]) -> None:
    """Readers' comments under a post, each its writer's name and its text over its foot
    ('宜昌的小周' / '就是我！…' / '11月5日　湖北　　♡ 103　　回复'): two or more such feet
    make the lines above each, up to the one before, chrome: no heads, no stories."""
    feet = [at for at, line in enumerate(lines) if _COMMENT_FOOT.match(line.normal)
            or _split_foot(lines, at)]
    if len(feet) < COMMENT_FEET_MIN:
        return
    for at in feet:
        lines[at].kind, lines[at].rule = Kind.NOISE, "web-chrome"
        reply = lines[at + 1] if at + 1 < len(lines) else None
        if reply is not None and not reply.level and _COMMENT_REPLY.match(reply.normal):
            reply.kind, reply.rule = Kind.NOISE, "web-chrome"
        top = at
        if _split_foot(lines, at):  # (its time and its likes above it, read as chrome)
            top -= SPLIT_FOOT_LINES
        for above in range(top - 1, max(top - 1 - COMMENT_LINES_MAX, -1), -1):
            line = lines[above]
            if (line.kind in (Kind.NOISE, Kind.CREDIT, Kind.BYLINE) or line.level
                    or len(line.normal) > COMMENT_TEXT_MAX or above in feet):
                break
            line.kind, line.rule = Kind.NOISE, "web-chrome"


COMMENT_TEXT_MAX = 80  # characters of a comment's line
SPLIT_FOOT_LINES = 2  # a comment's time and its likes, each a line over its reply button
_COMMENT_TIME = re.compile(r"^(?:(?:19|20)\d{2}-)?\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2})?$")


def _split_foot(lines: list[Line], at: int) -> bool:
    """A comment's foot read one part a line: its time, its likes and its reply button
    ('2021-05-12 21:06' / '18' / '回复')."""
    if at < SPLIT_FOOT_LINES or lines[at].normal not in ("回复", "回覆"):
        return False
    time, likes = lines[at - 2], lines[at - 1]
    return (time.number + 1 == likes.number == lines[at].number - 1
            and bool(_COMMENT_TIME.match(time.normal)) and likes.normal.isdigit())


# A reply's floor in a thread read on a phone, its number and time ('第5楼　08-17 12:47'), a
# poster's level over it ('Lv.6', '楼主　Lv.10'), the floor's foot ('回复　　赞 8') and a reply
# to a reply under it ('铁牛哥哥 回复 龙城老幺：2到5块…').
_FLOOR = re.compile(r"^第\s*\d{1,4}\s*楼\s+\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$")
_LEVEL = re.compile(r"^(?:楼主\s*)?Lv\.?\s*\d{1,2}$")
_FLOOR_FOOT = re.compile(r"^(?:回复|回覆)\s+赞\s*\d+$")
_REPLY_TO = re.compile(r"^\S{1,16}\s+(?:回复|回覆)\s+\S{1,16}\s*[:：]")
FLOORS_MIN = 2  # replies' floors in a thread, at least
FLOOR_LINES_MAX = 8  # lines of a reply's text over its foot
POSTER_NAME_MAX = 16  # characters of a poster's name over their level


def thread_floors(lines: list[Line]) -> None:
    """A thread read on a phone (a Tieba page): each reply's floor under its poster's name and
    level ('小林水库钓鱼佬' / 'Lv.6' / '第5楼　08-17 12:47' / its text / '回复　　赞 8' / replies
    to it): two or more floors make each floor's lines chrome; the first post, on no numbered
    floor, is the thread's text (a story it reposts stays a story)."""
    floors = [at for at, line in enumerate(lines) if _FLOOR.match(line.normal)]
    if len(floors) < FLOORS_MIN:
        return
    for at in floors:
        head = at - 1
        if head >= 0 and _LEVEL.match(lines[head].normal):
            head -= 1
        name = lines[head] if head >= 0 else None
        if (name is not None and name.number >= lines[at].number - 2 and not name.level
                and len(name.normal) <= POSTER_NAME_MAX and not is_closed(name.normal)):
            name.kind, name.rule = Kind.NOISE, "web-chrome"
        end = at + 1
        while (end < len(lines) and end - at <= FLOOR_LINES_MAX
               and not _FLOOR_FOOT.match(lines[end].normal)
               and not _FLOOR.match(lines[end].normal)):
            end += 1
        if end < len(lines) and _FLOOR_FOOT.match(lines[end].normal):
            for line in lines[at + 1:end + 1]:
                line.kind, line.rule = Kind.NOISE, "web-chrome"
            for line in lines[end + 1:end + 1 + FLOOR_LINES_MAX]:
                if not _REPLY_TO.match(line.normal):
                    break
                line.kind, line.rule = Kind.NOISE, "web-chrome"


# A forum post's head: who posted it and when ('作者：丁山湖的风　提交日期：2008-11-21 8:47:00',
# '作者：綦河边的鱼　回复日期：2008-11-21 9:05:13').
_FORUM_HEAD = re.compile(r"^作者\s*[:：]\s*\S{1,20}\s+"
                         r"(?:提交日期|回复日期|回覆日期|发表日期|发表于|發表於)"
                         r"\s*[:：]?\s*(?:19|20)\d{2}-"
                         # (a group's post or reply: its poster, the time to the second and
                         # the place it was sent from: '来自: 嘉陵江边的猫　　2023-07-08
                         # 10:22:15 重庆', '嘉陵江边的猫　楼主　　2023-07-08 10:52:40 重庆')
                         r"|^(?:来自\s*[:：]\s*)?[^\s\[【]\S{0,15}(?:\s+楼主)?\s+"
                         r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+[^\s\d]{1,6}$"
                         # (a bulletin board's: 'yuzhou (渝州客) 于 (Tue Apr 13 22:41:07
                         # 2004) 提到:')
                         r"|^\S{1,20}\s*\([^()]{0,20}\)\s*于\s*\([^()]{10,40}\)\s*提到\s*:$")
# The source line under a reposted article's title ('来源：重庆晚报　2008年11月21日　第6版',
# '发布时间：2008-11-19　　来源：东溪镇人民政府').
_REPOST_SOURCE = re.compile(r"^(?:来源|來源|稿源|发布时间|發佈時間)\s*[:：]\s*\S"
                            # ('（重庆晚报　2004年4月13日　第7版）',
                            # '摘自《重庆商报》2004年4月15日')
                            r"|^\(\S{2,10}[报報]\s+(?:19|20)\d{2}年|^(?:摘自|转自|轉自)\s*《")
FORUM_HEADS_MIN = 2
FORUM_TITLE_MAX = 40  # characters of a reposted article's title


def forum_threads(lines: list[Line]) -> None:
    """A forum's thread: each post under its head ('作者：…　回复日期：…'). What the posters
    say is chrome; an article a post reposts, its title over its source line, is a story
    ('东溪镇召开古镇保护修缮群众座谈会' / '发布时间：2008-11-19　来源：…' / its text)."""
    page = page_text(lines).normal  # (the heads' marks first: the poster, the day, 提到)
    if "作者" not in page and "提到" not in page and ("-" not in page or ":" not in page):
        return
    heads = [at for at, line in enumerate(lines) if _FORUM_HEAD.match(line.normal)]
    if len(heads) < FORUM_HEADS_MIN:
        return
    for start, end in pairwise([*heads, len(lines)]):
        lines[start].kind, lines[start].rule = Kind.NOISE, "web-chrome"
        post = range(start + 1, end)
        # (its source line or byline under it, or under its deck)
        titles = [at for at in post if at + 1 < end and (
            _repost_title(lines[at], lines[at + 1])
            or (at + 2 < end and lines[at + 1].kind is Kind.HEADLIKE
                and _repost_title(lines[at], lines[at + 2]))
            # (or over a report that opens with its dateline: '…' / '华龙网讯（记者　A）…')
            or (lines[at].kind is Kind.HEADLIKE and lines[at + 1].kind is Kind.BODY
                and dateline(lines[at + 1].normal[:60]) is not None))]
        # (the poster's words before the article it reposts, or the whole of a reply)
        for at in post:
            if titles and at >= titles[0]:
                break
            if lines[at].kind is not Kind.NOISE:
                lines[at].kind, lines[at].rule = Kind.NOISE, "forum-post"
        for at in titles:
            lines[at].kind, lines[at].rule = Kind.HEADLIKE, "headline-shape"
        # (after the article: the poster's aside and the signature under its '--')
        last_text = max((at for at in post if lines[at].kind is Kind.BODY), default=None)
        if titles and last_text is not None:
            for at in range(last_text + 1, end):
                if lines[at].kind in (Kind.HEADLIKE, Kind.BODY, Kind.NAME):
                    lines[at].kind, lines[at].rule = Kind.NOISE, "forum-post"


def _repost_title(line: Line, below: Line) -> bool:
    # (its source line under it, or its byline: '南川金佛山推出夏季观星夜游' /
    # '上游新闻记者　谭　敏')
    return ((below.kind is Kind.BYLINE
             or (below.kind is Kind.NOISE and bool(_REPOST_SOURCE.match(below.normal))))
            and line.kind in (Kind.BODY, Kind.HEADLIKE) and len(line.normal) <= FORUM_TITLE_MAX
            and not is_closed(line.normal) and below.number - line.number <= 2)


# A book on a list of new books: its title alone in book marks over its facts
# ('《巴渝老味道》' / '作者：钟晓芸　　出版：西南师范大学出版社　　定价：42.00元').
_BOOK_TITLE = re.compile(r"^[●■◆▲★·]?\s*《[^《》]{1,30}》$")
_BOOK_FACTS = re.compile(r"^(?:作者|著者|编著|編著|主编|主編|译者|譯者)\s*[:：]"
                         r".*(?:出版社?|定价|定價)\s*[:：]"
                         # (or unlabelled: '陈天明　著　重庆出版社　2017年4月　定价：45.00元')
                         r"|^(?=.*\s(?:著|编著|編著|主编|主編|编|編|译|譯|文)(?:\s|$))"
                         r"(?=.*(?:出版社|出版公司|书局|書局))(?=.*(?:定价|定價)\s*[:：]?\s*\d)")
BOOKS_MIN = 2  # books listed, at least


def listed_books(lines: list[Line]) -> None:
    """A column's list of new books, each its title alone over a line of its author,
    publisher and price and a few lines about it: each title opens an item (the facts are
    its text, not the paper's imprint)."""
    found = [at for at in range(len(lines) - 1)
             if lines[at].kind is Kind.HEADLIKE and _BOOK_TITLE.match(lines[at].normal)
             and _BOOK_FACTS.match(lines[at + 1].normal)
             and lines[at + 1].number == lines[at].number + 1]
    if len(found) < BOOKS_MIN:
        return
    for at in found:
        lines[at].kind, lines[at].rule = Kind.RUBRIC, "book-title"
        lines[at + 1].kind, lines[at + 1].rule = Kind.BODY, "book-facts"


_TAGS_LABEL = re.compile(r"^(?:标签|標籤|Tags?)\s*[:：]$")
_CATEGORY = re.compile(r"^(?:分类|分類)\s*[:：]\s*\S{1,12}$")
TAG_LINES_MAX = 8  # a post's tags, one a line
TAG_MAX = 10  # characters of a tag


def post_tags(lines: list[Line]) -> None:
    """A blog post's tags under their label, one a line, and its category after them
    ('标签：' / '铜梁龙舞' / '元宵' / '分类： 龙乡杂记'): the blog's chrome, no heads."""
    for at, line in enumerate(lines):
        if not _TAGS_LABEL.match(line.normal):
            continue
        tags = list(takewhile(lambda b: len(b.normal) <= TAG_MAX and not CLAUSE_MARK.search(
            b.normal) and b.kind is not Kind.BYLINE, lines[at + 1:at + 1 + TAG_LINES_MAX]))
        end = at + 1 + len(tags)
        category = lines[end] if end < len(lines) and _CATEGORY.match(lines[end].normal) else None
        if tags or category is not None:
            for part in [line, *tags, *([category] if category is not None else [])]:
                part.kind, part.rule = Kind.NOISE, "web-chrome"


_COUNT = re.compile(r"^\d{1,3}(?:,\d{3}){0,3}$|^\d{1,6}$")  # '0', '1,286', '2,104,337'
_COUNT_LINE = re.compile(r"\n\d[\d,]*\n")  # (such a line inside a page's normalised text)


def lone_counts(lines: list[Line]) -> None:
    """A count alone on its line between a page's buttons and labels ('举报' / '0' / '分享至',
    '关注者' / '1,286' / '被浏览'): the comments', followers' or likes' count, chrome like
    them, never text."""
    if not _COUNT_LINE.search(page_text(lines).normal):
        return  # (no line of figures alone between two others: the cheap test first)
    at = 1
    while at < len(lines) - 1:
        # (or a row of counts, one a line: '发送' / '57' / '12' / '33' / '分享')
        end = at
        while (end < len(lines) - 1 and lines[end].kind in (Kind.BODY, Kind.HEADLIKE)
               and _COUNT.match(lines[end].normal)):
            end += 1
        if end > at and lines[at - 1].kind is Kind.NOISE and lines[end].kind is Kind.NOISE:
            for line in lines[at:end]:
                line.kind, line.rule = Kind.NOISE, "web-chrome"
        at = max(end, at + 1)


# '仙女山单日游客首破4万人次(2)': an article's title again over its second page.
_PAGE_NUMBERED = re.compile(r"^(?P<title>.{4,}?)\s*[(（](?P<n>\d{1,2})[)）]$")


def paged_articles(lines: list[Line]) -> None:
    """A phone site's article split into pages prints its title again over each later page
    with the page's number ('仙女山单日游客首破4万人次(2)'), under the site's name again
    ('手机华龙网'): both are chrome, and the text goes on as one story."""
    if not page_text(lines).ends_a_line(")"):  # (its page's number in brackets first)
        return
    heads = {line.normal for line in lines if line.kind is Kind.HEADLIKE}
    again = [line for line in lines
             if line.kind is Kind.HEADLIKE and (match := _PAGE_NUMBERED.match(line.normal))
             and int(match["n"]) >= 2 and match["title"] in heads]
    if not again:
        return
    site = lines[0].normal
    for line in [*again, *(line for line in lines[1:] if line.normal == site)]:
        line.kind, line.rule = Kind.NOISE, "web-chrome"


def post_authors(lines: list[Line]) -> None:
    """The line right above a post's time (its author and account: '垫江县融媒体中心 垫江发布' /
    '2025年12月09日 19:45 重庆'), short and with no sentence's mark, is chrome, no head."""
    for at, (above, line) in enumerate(pairwise(lines)):
        below = lines[at + 2] if at + 2 < len(lines) else None
        if (line.number == above.number + 1 and line.kind is Kind.NOISE
                and _POSTED_AT.match(line.normal) and above.kind is Kind.HEADLIKE
                and len(above.normal) <= _AUTHOR_LINE_MAX
                and not CLAUSE_MARK.search(above.normal)
                # ('荣昌万灵古镇首届桃花节3月20日开幕' / '2021-03-13 10:05　上游新闻': a title
                # names a day or a count, an account's name neither)
                and not _TITLE_FIGURE.search(above.normal)
                # ('仙女山单日游客首破4万人次' / '2009-08-20 07:35' / '来源:重庆商报': an
                # article's title over its time and source)
                and not (below is not None and below.number == line.number + 1
                         and _ARTICLE_SOURCE.match(below.normal))):
            above.kind, above.rule = Kind.NOISE, "web-chrome"
        elif (line.number - above.number <= 2 and line.kind is Kind.NOISE
                and _POSTED_WITH_SOURCE.match(line.normal) and above.kind is Kind.HEADLIKE
                and len(above.normal) <= ACCOUNT_NAME_MAX and not CLAUSE_MARK.search(above.normal)
                and at and lines[at - 1].kind is Kind.HEADLIKE):
            # ('满山红叶醉游人…' / '巫山发布' / '2020-11-07 16:42　来源：澎湃新闻·…': the
            # account that posted it, under the title, over its time and source)
            above.kind, above.rule = Kind.NOISE, "web-chrome"


ACCOUNT_NAME_MAX = 10  # characters of an account's name between a title and its time
_POSTED_WITH_SOURCE = re.compile(r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
                                 r"\s+(?:来源|來源)\s*[:：]\s*\S")
_ARTICLE_SOURCE = re.compile(r"^(?:来源|來源|稿源|出处|出處)\s*[:：]\s*\S")


def account_cards(lines: list[Line]) -> None:
    """An account's card at a post's foot: its name over '微信号：…' and its motto under it
    ('綦江发布' / '微信号：qijiangfabu' / '讲好綦江故事，传播綦江声音'), or over its counts
    ('渝东北热点' / '文章　3285　　总阅读　1262万'): no story's head or text."""
    page = page_text(lines).normal  # (the id's words first: most pages have no card)
    if any(word in page for word in _ACCOUNT_WORDS):
        _account_ids(lines)
    _stacked_card_counts(lines)


def _account_ids(lines: list[Line]) -> None:
    """An account's name or motto beside its id ('微信号：…')."""
    for at, line in enumerate(lines):
        found = _ACCOUNT_ID.search(line.normal)
        if len(line.normal) > ACCOUNT_CARD_TEXT_MAX or not found:
            continue
        if found[0].startswith("官方") and re.match(f"[{HAN}]", line.normal[found.end():][:1]):
            continue  # ('…需提前7天通过官方公众号预约，…': the account in a story's sentence)
        line.kind, line.rule = Kind.NOISE, "web-chrome"
        for near in (lines[at - 1] if at else None, lines[at + 1] if at + 1 < len(lines) else None):
            # (next to it, or a blank line apart on a page that spaces every line)
            if (near is not None and abs(near.number - line.number) <= 2
                    and near.kind in (Kind.HEADLIKE, Kind.BODY, Kind.NAME)
                    and len(near.normal) <= ACCOUNT_CARD_LINE_MAX):
                near.kind, near.rule = Kind.NOISE, "web-chrome"


# A repost's source line ('以下文章来源于平安黔江 ，作者黔江区公安局'), naming the account.
_REPOSTED_FROM = re.compile(r"^以下文章来源于\s*(?P<account>[^\s,，]{2,20})\s*[,，]?")
REPOST_CARD_REACH = 4  # lines under the source line the account's card may start within


def repost_source_cards(lines: list[Line]) -> None:
    """The card of the account a post reposts, under the source line: the account's name
    alone ('平安黔江') and the line of what it is under it ('黔江区公安局官方政务新媒体，…'):
    no story's head or text."""
    for at, line in enumerate(lines):
        if line.kind is not Kind.NOISE or not (found := _REPOSTED_FROM.match(line.normal)):
            continue
        account = found["account"].replace(" ", "")
        for near in range(at + 1, min(at + 1 + REPOST_CARD_REACH, len(lines))):
            if lines[near].normal.replace(" ", "") != account:
                continue
            lines[near].kind, lines[near].rule = Kind.NOISE, "web-chrome"
            below = lines[near + 1] if near + 1 < len(lines) else None
            if (below is not None and below.number == lines[near].number + 1
                    and below.kind in (Kind.HEADLIKE, Kind.BODY)
                    and len(below.normal) <= ACCOUNT_CARD_TEXT_MAX):
                below.kind, below.rule = Kind.NOISE, "web-chrome"
            break


# A player's card in a copied post: '[音频]' (or '[视频]') over the file's title, its
# uploader ('来自梁平发布') and its length ('05:12'); a live show's booking card: the
# account, '直播预约', the time and the show, '预约'.
_MEDIA_MARK = re.compile(r"^\[(?:音频|音頻|视频|視頻)\]$")
_UPLOADER = re.compile(r"^来自\S{2,12}$")
_PLAY_POINTER = re.compile(r"^[▼▽↓⬇]?\s*(?:点击|點擊)(?:收听|收聽|收看|播放)")
MEDIA_CARD_LINES = 4  # lines from a player's mark to its uploader's line, or a booking's end


def media_cards(lines: list[Line]) -> None:
    """A player's card ('[音频]' / title / '来自…' / '05:12') and the pointer over it
    ('▼点击收听今日《梁平新闻》'), and a live show's booking card ('直播预约' … '预约'): chrome,
    no head and no text."""
    for at, line in enumerate(lines):
        reach = lines[at + 1:at + 1 + MEDIA_CARD_LINES]
        if line.kind is Kind.NOISE and _MEDIA_MARK.match(line.normal):
            end = next((i for i, below in enumerate(reach) if _UPLOADER.match(below.normal)),
                       None)
            if end is not None:
                for below in reach[:end + 1]:
                    below.kind, below.rule = Kind.NOISE, "media-card"
                above = lines[at - 1] if at else None
                if above is not None and _PLAY_POINTER.match(above.normal):
                    above.kind, above.rule = Kind.NOISE, "media-card"
        elif line.normal == "直播预约":
            end = next((i for i, below in enumerate(reach) if below.normal == "预约"), None)
            if end is None:
                continue
            above = lines[at - 1] if at else None
            card = [line, *reach[:end + 1]]
            if (above is not None and above.number == line.number - 1
                    and len(above.normal) <= ACCOUNT_CARD_LINE_MAX):
                card.append(above)  # the account that goes live
            for part in card:
                part.kind, part.rule = Kind.NOISE, "media-card"


# A microfilm's retake target, filmed before the page shot again: 'RETAKE', '重　拍'.
_RETAKE_CARD = frozenset({"RETAKE", "重拍", "重攝", "重摄"})


def microfilm_retakes(lines: list[Line]) -> None:
    """A page filmed twice, the spoiled shot first and a retake card before the good one
    ('RETAKE' / '重　拍' / the page again): what the spoiled shot gave is furniture (the
    retake has it all)."""
    page = page_text(lines).normal  # (the card's word first: RETAKE, 重拍, 重摄)
    if not any(mark in page for mark in "Rr拍攝摄"):
        return
    card = next((at for at, line in enumerate(lines)
                 if line.normal.replace(" ", "").upper() in _RETAKE_CARD), None)
    if card is None:
        return
    for line in lines[:card + 1]:
        line.kind, line.rule = Kind.NOISE, "spoiled-shot"
    while card + 1 < len(lines) and lines[card + 1].normal.replace(" ", "") in _RETAKE_CARD:
        card += 1
        lines[card].kind, lines[card].rule = Kind.NOISE, "spoiled-shot"


QUOTATION_BOX_LINES = 3  # lines of a quotation under its box's label


def quotation_boxes(lines: list[Line]) -> None:
    """A quotation box in the page's ear ('毛　主　席　语　录' / '备战、备荒、为人民。'): its
    label and the lines of the quotation right under it are furniture, no story's head."""
    labels = set(words()["quotation_box_labels"])
    for at, line in enumerate(lines):
        if line.normal.replace(" ", "") not in labels:
            continue
        line.kind, line.rule = Kind.NOISE, "quotation-box"
        previous = line
        for below in lines[at + 1:at + 1 + QUOTATION_BOX_LINES]:
            if below.number != previous.number + 1 or below.kind is Kind.NOISE:
                break
            below.kind, below.rule = Kind.NOISE, "quotation-box"
            previous = below


CREDIT_ROLL_MIN = 3  # lines of a post's production credits, one role a line


def production_credits(lines: list[Line]) -> None:
    """A post's production credits, one role a line and three lines or more, with a
    producer's role among them ('出品：…' / '统筹：…' / '文字：…' / '摄影：…' / '视频：…' /
    '海报设计：…'): the writers' lines sign the text, the camera's name its photographers,
    the rest is furniture (none of them is text)."""
    if page_text(lines).normal.count(":") < CREDIT_ROLL_MIN:
        return  # (a colon after each role: the cheap test first)
    roles = words()
    producers = set(roles["production_roles"])
    writers, camera = set(roles["writer_field_roles"]), set(roles["camera_field_roles"])
    known = producers | writers | camera | set(roles["other_field_roles"])
    run: list[tuple[Line, str, str]] = []
    for line in [*lines, None]:
        found = _ROLE_LINE.match(line.normal) if line is not None else None
        role = found["role"] if found and found["role"] in known else None
        if role is not None and (not run or line.number == run[-1][0].number + 1):
            run.append((line, role, found["names"]))
            continue
        if len(run) >= CREDIT_ROLL_MIN and any(held in producers for _, held, _ in run):
            for part, held, names in run:
                people = credit_names(names)
                if part.kind in (Kind.BYLINE, Kind.PHOTO_CREDIT) and part.names:
                    continue  # '记者：刘 洁  实习生：蒋雨欣': read already, field by field
                if held in writers and people and all(person_like(n) for n in people):
                    part.kind, part.rule, part.names = Kind.BYLINE, "credit-roll", people
                elif held in camera and people and all(person_like(n) for n in people):
                    part.kind, part.rule, part.names = Kind.PHOTO_CREDIT, "credit-roll", people
                else:
                    part.kind, part.rule = Kind.NOISE, "credit-roll"
        run = [(line, role, found["names"])] if role is not None else []


_ROLE_LINE = re.compile(r"^(?P<role>[^\s:：]{1,6})\s*[:：]\s*(?P<names>\S.{0,40})$")


_CARD_COUNT_LABELS = frozenset({"文章", "总阅读", "總閱讀", "粉丝", "粉絲", "关注", "關注", "获赞",
                                "獲贊", "作品", "阅读", "閱讀"})
_CARD_COUNT = re.compile(r"^[\d.]+[万萬亿億千wW]?\+?$")
CARD_HEAD_LINES = 2  # lines of an account's card over its counts: its name and what it is


def _stacked_card_counts(lines: list[Line]) -> None:
    """An account's counts read one a line ('上游新闻' / '重庆晨报旗下新闻客户端' / '文章' /
    '2.6万' / '总阅读' / '3.1亿'): the counts, their labels and the card's lines over them are
    chrome."""
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and (lines[end].normal in _CARD_COUNT_LABELS
                                    or _CARD_COUNT.match(lines[end].normal)) and (
                end == at or lines[end].number == lines[end - 1].number + 1):
            end += 1
        run = lines[at:end]
        labels = sum(line.normal in _CARD_COUNT_LABELS for line in run)
        if labels >= 2 and len(run) - labels >= 2:
            for line in run:
                line.kind, line.rule = Kind.NOISE, "web-chrome"
            head = at
            while (head > 0 and at - head < CARD_HEAD_LINES
                   and lines[head - 1].number == lines[head].number - 1
                   and lines[head - 1].kind in (Kind.HEADLIKE, Kind.BODY, Kind.NAME)
                   and len(lines[head - 1].normal) <= ACCOUNT_CARD_LINE_MAX):
                head -= 1
                lines[head].kind, lines[head].rule = Kind.NOISE, "web-chrome"
        at = max(end, at + 1)


_AI_BOX = re.compile(r"^AI\s*(?:摘要|总结|總結|导读|導讀|速览|速覽)$")
_AI_QUESTIONS = re.compile(r"^AI\s*(?:问问|問問)$")
_AI_MADE = re.compile(r"由\s*AI\s*生成")
# An assistant's answer that transcribes a page: its opening ('好的，以下是图片中报纸版面的
# 文字识别结果…'), its own numbered headings ('### 一、头条新闻'), its labelled heads
# ('**引题**：…', '**主标题**：…'), its notes ('（此处原文约有两行…无法辨认）') and its closing
# ('**说明**：' / numbered remarks / '如果需要，我可以…').
_ASSISTANT_OPENING = re.compile(
    r"^(?:好的|好|当然|以下是|下面是)[^。]{0,40}(?:识别|轉寫|转写|转录|整理|文字)")
_ASSISTANT_HEADING = re.compile(
    r"^(?:[^\w\s]\s*)?(?:[一二三四五六七八九十]{1,3}、)?(?P<label>[^（(]+?)(?:[（(][^）)]*[）)])?$")
_LABELLED_HEAD = re.compile(
    r"^\*{0,2}(?P<label>引题|肩题|主标题|标题|副题|副标题|正文|图片说明)\*{0,2}"
    r"\s*[:：]\s*(?P<value>.*)$")
_ASSISTANT_NOTE = re.compile(r"^[（(](?:此处|注\s*[:：]|照片内容|图片内容|画面内容|原文|原图)")
_ASSISTANT_CLOSING = re.compile(
    r"^\*{0,2}(?:说明|備註|备注)\*{0,2}\s*[:：]$|^(?:如果需要|如需|希望以上|如有需要)")
_PAGE_FIELD = re.compile(r"^\*\*[^*]{2,6}\*\*\s*[:：]")
_LIST_MARK = re.compile(r"^[-*+]\s+")
_HEAD_ROLES = {"引题": "labelled-kicker", "肩题": "labelled-kicker", "主标题": "labelled-headline",
               "标题": "labelled-headline", "副题": "labelled-deck", "副标题": "labelled-deck"}


def assistant_transcripts(lines: list[Line]) -> None:
    """A page an assistant transcribed from a picture and answered with: its own words
    (opening, headings naming no column the page printed, notes, closing remarks and the
    advertisement it set apart) are chrome; its labelled heads are heads in their roles, its
    labelled caption a caption; the page's printed columns (标题新闻, 图片新闻) stay heads."""
    if not lines or not _ASSISTANT_OPENING.match(lines[0].normal):
        return
    lines[0].kind, lines[0].rule = Kind.NOISE, "assistant-note"
    closing = False
    advert = False
    for line in lines[1:]:
        if line.rule == "rule-line":
            advert = False
            continue
        if closing or advert or _ASSISTANT_NOTE.match(line.normal):
            line.kind, line.rule = Kind.NOISE, "assistant-note"
            continue
        if _ASSISTANT_CLOSING.match(line.text.strip()):
            closing = True
            line.kind, line.rule = Kind.NOISE, "assistant-note"
            continue
        if line.level:
            label = _ASSISTANT_HEADING.match(line.text.strip())
            name = label["label"].strip() if label else ""
            if name and words()["printed_columns_re"].search(name):
                line.text, line.norm = name, normalize(name)
                continue
            advert = bool(name) and name.startswith(("广告", "廣告"))
            line.kind, line.rule = Kind.NOISE, "assistant-heading"
            continue
        if (labelled := _LABELLED_HEAD.match(line.text.strip())) is not None:
            value = labelled["value"].strip()
            if not value:
                line.kind, line.rule = Kind.NOISE, "assistant-note"  # '**正文**：'
            elif labelled["label"] == "图片说明":
                line.text, line.norm = value, normalize(value)
                line.kind, line.rule = Kind.CAPTION, "caption"
                line.names = classify(line.number, value).names
            elif labelled["label"] in _HEAD_ROLES:
                line.text, line.norm = value, normalize(value)
                line.kind, line.rule = Kind.HEADLIKE, _HEAD_ROLES[labelled["label"]]
            continue
        if (line.kind is not Kind.NOISE
                and _PAGE_FIELD.match(_LIST_MARK.sub("", line.text.strip()))):
            line.kind, line.rule = Kind.NOISE, "assistant-note"  # '- **报名**：巫溪报'


AI_BOX_LINES_MAX = 6  # lines of an AI's summary between its label and its disclaimer


def ai_boxes(lines: list[Line]) -> None:
    """An app's AI summary between its label and its disclaimer ('AI摘要' / … / '以上内容由AI
    生成，仅供参考'), and the questions it offers under 'AI问问': the app's, not the story's."""
    if "AI" not in page_text(lines).normal:  # (both labels open with it)
        return
    for at, line in enumerate(lines):
        if _AI_BOX.match(line.normal):
            box = lines[at + 1:at + 1 + AI_BOX_LINES_MAX]
            end = next((i for i, b in enumerate(box) if _AI_MADE.search(b.normal)), None)
            for inside in box[:end] if end is not None else ():
                inside.kind, inside.rule = Kind.NOISE, "ai-box"
        elif _AI_QUESTIONS.match(line.normal):
            for below, above in zip(lines[at + 1:], lines[at:], strict=False):
                if (below.number != above.number + 1 or below.kind is not Kind.BODY
                        or below.normal[-1:] not in "?？"):
                    break
                below.kind, below.rule = Kind.NOISE, "ai-box"


_DANMAKU_LABEL = re.compile(r"^弹幕列表$|^彈幕列表$")
_DANMAKU_HEADER = frozenset({"时间", "弹幕内容", "发送时间", "時間", "彈幕內容", "發送時間"})
# A clock time alone on its line (a video's length, a feed's posting time: '18:46').
CLOCK_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_SENT_AT = re.compile(r"^\d{1,2}-\d{1,2} \d{1,2}:\d{2}$")


def danmaku_lists(lines: list[Line]) -> None:
    """A video's list of the comments flown over it, read one cell a line under its label
    ('弹幕列表' / '时间' / '弹幕内容' / '发送时间' / '00:21' / '开州人报到' / '05-12 20:45' …):
    its header and every row (the time in the video, the words, the time sent) are chrome."""
    for at, line in enumerate(lines):
        if not _DANMAKU_LABEL.match(line.normal):
            continue
        k = at + 1
        while k < len(lines) and lines[k].normal in _DANMAKU_HEADER:
            lines[k].kind, lines[k].rule = Kind.NOISE, "web-chrome"
            k += 1
        while (k + 2 < len(lines) and CLOCK_TIME.match(lines[k].normal)
               and _SENT_AT.match(lines[k + 2].normal)):
            for cell in lines[k:k + 3]:
                cell.kind, cell.rule = Kind.NOISE, "web-chrome"
            k += 3

