"""Files other programs make, pasted or exported as text: a Word file with its tracked
changes shown, an Emacs org file, an AsciiDoc file, a slide deck's outline, a video's
time-stamped subtitles, an editor's notes not for print, a mail quoting mails, a screen
reader's spoken page, a LaTeX source, an outliner's page of blocks, a wiki page's source.
Each pass reads the raw lines of a page and gives them back as the page they hold, in the
plain or Markdown lines the line rules read; a page of any other kind is given back as it is.
``other_programs`` (one of ``segmenter.RAW_PASSES``) runs each where the page shows its sign
(``PROGRAM_PASSES``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from cqnews_site.model.text import WIKI_LINK

# A Word file's changes shown in place, pasted as text: '[删除: 陈　平][插入: 陈　萍]'.
_TRACKED_CHANGE = re.compile(r"[\[［](?P<what>删除|刪除|插入|已删除|已刪除|已插入)\s*[:：]\s*"
                             r"(?P<text>[^\[\]［］\n]*)[\]］]")
TRACKED_CHANGES_MIN = 2  # marks on a page, at least, before they are read as changes


def tracked_changes(raws: list[str]) -> list[str]:
    """A document pasted with its tracked changes shown ('[删除: …]', '[插入: …]'), as it reads
    with every change accepted: what was deleted goes (a line deleted whole is left empty),
    what was inserted stays without its mark."""
    if len(_TRACKED_CHANGE.findall("\n".join(raws))) < TRACKED_CHANGES_MIN:
        return raws

    def accepted(raw: str) -> str:
        if not _TRACKED_CHANGE.search(raw):
            return raw
        text = _TRACKED_CHANGE.sub(
            lambda m: "" if "删" in m["what"] or "刪" in m["what"] else m["text"], raw)
        return text if text.strip() else ""

    return [accepted(raw) for raw in raws]


# An Emacs org file: its settings ('#+TITLE: …', '#+CAPTION: …'), headings of stars with
# their state and tags ('** TODO 首届…赛　　:待审:'), drawers (':PROPERTIES:' … ':END:' with
# ':引题:　大巴山里种“药”致富'), blocks ('#+BEGIN_QUOTE'), links ('[[file:a.jpg]]').
_ORG_SETTING = re.compile(r"^#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*)$")
_ORG_BLOCK = re.compile(r"^[ \t]*#\+(?:BEGIN|END)_(?P<kind>[A-Za-z]+)\b.*$", re.IGNORECASE)
_ORG_HEADING = re.compile(r"^(?P<stars>\*+)[ \t]+(?P<title>.*?)"
                          r"(?:[ \t\u3000]+:(?P<tags>(?:[^\s:]+:)+))?[ \t\u3000]*$")
_ORG_DRAWER = re.compile(r"^[ \t]*:(?P<name>[A-Za-z_]+):[ \t]*$")
_ORG_PROPERTY = re.compile(r"^[ \t]*:(?P<key>[^\s:]+):[ \t]*(?P<value>.*)$")
_ORG_LINK = re.compile(r"\[\[(?P<target>[^\[\]]+)\](?:\[(?P<text>[^\[\]]+)\])?\]")
# (bold in Chinese text is not set apart by spaces: '已达*8.6' / '万亩*，'; a star alone in
# a line of text is always markup)
_ORG_EMPHASIS = re.compile(r"(?<!\*)\*(?!\*)")
ORG_SIGNS_MIN = 3  # settings, drawers and headings, at least, that make a file an org file
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|tiff?|bmp)$", re.IGNORECASE)


def org_markup(raws: list[str]) -> list[str]:
    """An org file as the page it holds: its title and captions as lines, every other
    setting, drawer mark, block fence and log empty; a heading's words without its stars,
    state and tags, and the heads and credits of its properties drawer as labelled fields
    ('标题：…' / '引题：…' / '记者：…'); a subtree marked not to be exported, and comments,
    empty; a link as its words (a picture's as [图片]); emphasis stars off."""
    signs = sum(1 for raw in raws[:400] if _ORG_SETTING.match(raw) or _ORG_DRAWER.match(raw))
    if signs < ORG_SIGNS_MIN or not any(_ORG_HEADING.match(raw) for raw in raws):
        return raws
    states = {"TODO", "DONE"}
    for raw in raws:
        if (setting := _ORG_SETTING.match(raw)) and setting["key"].upper() in (
                "TODO", "SEQ_TODO", "TYP_TODO"):
            states |= {word.split("(")[0] for word in setting["value"].split() if word != "|"}
    levels = [(at, len(found["stars"])) for at, raw in enumerate(raws)
              if (found := _ORG_HEADING.match(raw))]
    # A heading over headings of a lower level groups them: a page's part ('* 简讯') or the
    # place its pieces take ('* 头条'), read as a label in brackets ('【简讯】').
    grouping = {at for (at, level), (_, below) in itertools.pairwise(levels) if below > level}
    out: list[str] = []
    captioned = False  # the line above was a picture's caption: its link is the picture
    drawer: str | None = None  # the drawer the line is in
    block: str | None = None
    hidden: int | None = None  # the level of a subtree not exported
    heading: int | None = None  # where in ``out`` the last heading is
    for at, raw in enumerate(raws):
        found = _ORG_HEADING.match(raw)
        if found and hidden is not None and len(found["stars"]) <= hidden:
            hidden = None
        if hidden is not None:
            out.append("")
            continue
        if drawer is not None:
            if _ORG_DRAWER.match(raw) and raw.strip().upper() == ":END:":
                drawer = None
                out.append("")
            elif drawer == "PROPERTIES" and (field := _ORG_PROPERTY.match(raw)) \
                    and field["value"].strip() and heading is not None:
                out.append(f"{field['key']}：{field['value'].strip()}")
                if not out[heading].startswith("标题："):
                    out[heading] = f"标题：{out[heading]}"
            else:
                out.append("")
            continue
        if block is not None:
            fence = _ORG_BLOCK.match(raw)
            if fence and fence["kind"].upper() == block:
                block = None
                out.append("")
            else:
                out.append("" if block == "COMMENT" else raw)
            continue
        if (fence := _ORG_BLOCK.match(raw)) and raw.strip().upper().startswith("#+BEGIN"):
            block = fence["kind"].upper()
            out.append("")
        elif setting := _ORG_SETTING.match(raw):
            keep = setting["key"].upper() in ("TITLE", "CAPTION")
            out.append(setting["value"].strip() if keep else "")
            captioned = setting["key"].upper() == "CAPTION"
            continue
        elif (name := _ORG_DRAWER.match(raw)) and name["name"].upper() != "END":
            drawer = name["name"].upper()
            out.append("")
        elif found:
            if "noexport" in (found["tags"] or "").split(":"):
                hidden = len(found["stars"])
                out.append("")
                continue
            words = found["title"].split(maxsplit=1)
            title = words[1] if len(words) > 1 and words[0] in states else found["title"]
            heading = len(out)
            out.append(f"【{title.strip()}】" if at in grouping else title.strip())
        elif raw.startswith("# ") or raw.strip() == "#":
            out.append("")  # a comment
        else:
            picture = "" if captioned else "[图片]"  # (a caption's picture is told by it)
            line = _ORG_LINK.sub(lambda m, picture=picture: m["text"] or (
                picture if _IMAGE_FILE.search(m["target"]) else ""), raw)
            out.append(_ORG_EMPHASIS.sub("", line))
        captioned = captioned and not raw.strip()
    return out


# An AsciiDoc file: its title ('= 龙潭镇工作简报…'), attributes (':author: …', ':sectnums!:'),
# section titles ('== …', '=== …'), block attributes ('[.text-center]', '[quote, 吴正和, 老党员]'),
# block titles ('.图说：…'), block fences ('____', '|==='), breaks ('''), comments ('// …'),
# admonitions ('NOTE: …') and images ('image::a.jpg[…]').
_ADOC_TITLE = re.compile(r"^=[ \t]+\S")
_ADOC_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:[ \t].*)?$")
_ADOC_SECTION = re.compile(r"^(?P<level>={2,6})[ \t]+(?P<title>\S.*)$")
_ADOC_ANY_SECTION = re.compile(r"(?m)^={2,6}[ \t]+\S")  # (the file's sign: a section title)
_ADOC_BLOCK_ATTRIBUTES = re.compile(r"^\[(?P<inner>[^\[\]]*)\]$")
_ADOC_FENCE = re.compile(r"^(?:_{4,}|={4,}|\*{4,}|-{4,}|\.{4,}|\+{4,}|/{4,}|\|===+|'{3,})$")
_ADOC_BLOCK_TITLE = re.compile(r"^\.(?P<title>[^\s.].*)$")
_ADOC_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]")
_ADOC_IMAGE = re.compile(r"^image::?[^\[\s]+\[[^\]]*\]$")
ADOC_SIGNS_MIN = 3  # title, attributes and section titles, at least, of an AsciiDoc file


def asciidoc_markup(raws: list[str]) -> list[str]:
    """An AsciiDoc file as the page it holds: its title (its nameplate) and block titles (a
    picture's caption) as lines, section titles as Markdown headings a rank up ('== …' as
    '# …': the title of the document is none of its stories'), a quote's
    speaker after it ('——吴正和，老党员'), a table's rows as their cells' words; the
    attributes, comments, fences, breaks, editors' admonitions and images empty."""
    head = [raw for raw in raws[:40] if raw.strip()][:12]
    signs = (sum(1 for raw in head if _ADOC_ATTRIBUTE.match(raw))
             + sum(1 for raw in head[:2] if _ADOC_TITLE.match(raw)))
    sections = sum(1 for raw in raws if _ADOC_SECTION.match(raw))
    if signs + sections < ADOC_SIGNS_MIN or not sections or not signs:
        return raws
    out: list[str] = []
    speaker: str | None = None  # the quote block's, said after it
    fenced: str | None = None  # the open block's fence
    for raw in raws:
        text = raw.rstrip()
        if _ADOC_FENCE.match(text):
            if fenced == text and speaker:
                out.append(f"——{speaker}")
                speaker = None
            fenced = None if fenced == text else (text if not text.startswith("'") else fenced)
            out.append("")
        elif fenced is not None and text.startswith("|"):
            out.append("".join(cell.strip() for cell in text.split("|")))
        elif (section := _ADOC_SECTION.match(text)) and fenced is None:
            out.append(f"{'#' * (len(section['level']) - 1)} {section['title']}")
        elif _ADOC_TITLE.match(text) and not any(out):
            out.append(text[1:].strip())  # (the document's title: its nameplate)
        elif (attributes := _ADOC_BLOCK_ATTRIBUTES.match(text)) and fenced is None:
            parts = [part.strip() for part in attributes["inner"].split(",")]
            if parts[0] in ("quote", "verse") and len(parts) > 1:
                speaker = "，".join(part.strip("\"") for part in parts[1:] if part)
            out.append("")
        elif (_ADOC_ATTRIBUTE.match(text) or text.startswith("//") or _ADOC_IMAGE.match(text)
              or _ADOC_ADMONITION.match(text)):
            out.append("")
        elif (title := _ADOC_BLOCK_TITLE.match(text)) and fenced is None:
            out.append(title["title"])
        else:
            out.append(raw)
    return out


# A slide deck's outline exported as text: each slide under its number ('幻灯片 3'), each box's
# text under its placeholder's label ('标题 1：', '副标题 2：', '内容占位符 2：', '图片占位符 3：',
# '文本占位符 3：', '页脚 4：') and the presenter's notes under '备注：'.
_SLIDE_LINE = r"^[ \t]*(?:幻灯片|投影片|Slide)[ \t]*\d{1,3}[ \t]*$"
_SLIDE = re.compile(_SLIDE_LINE, re.IGNORECASE)
_ANY_SLIDE = re.compile(_SLIDE_LINE, re.IGNORECASE | re.MULTILINE)  # (the file's sign)
_PLACEHOLDER = re.compile(
    r"^[ \t]*(?P<box>副标题|副標題|标题|標題|内容占位符|內容占位符|文本占位符|文字占位符"
    r"|图片占位符|圖片占位符|页脚|頁腳|日期占位符|幻灯片编号占位符|备注|備註)"
    r"[ \t]*\d{0,2}[ \t]*[:：][ \t]*(?P<value>.*)$")
_BOX_READINGS = {"标题": "title", "標題": "title", "副标题": "deck", "副標題": "deck",
                 "页脚": None, "頁腳": None, "日期占位符": None, "幻灯片编号占位符": None,
                 "备注": None, "備註": None}  # any other box: its text as it is
_CONTINUED_TITLE = re.compile(r"[(（](?:续|續|接上页|接上頁)[)）]$")
_CREDIT_BOX = re.compile(r"^(?:记者|記者|通讯员|通訊員)[ \t]*[:：]")
_SLIDE_BULLET = re.compile(r"^[ \t]*[•·▪■◆●\-–][ \t]+")
_ENTRY_NUMBER = re.compile(r"^[ \t]*(?:\d{1,2}|[①-⑳])[.、．\s\u3000]+")
SLIDES_MIN = 3


def slide_outline(raws: list[str]) -> list[str]:
    """A slide deck's outline as the page it tells: a slide's title over text is a story's
    Markdown heading ('## …'), its deck under it; a title marked as going on ('…（续）') goes,
    and so does the title of a slide after one its credit box did not yet close (the story
    goes on: its title is a subhead); a contents slide listing later titles, footers, slide
    numbers and the presenter's notes are empty; every other box's text is kept as printed."""
    slides = [at for at, raw in enumerate(raws) if _SLIDE.match(raw)]
    if len(slides) < SLIDES_MIN or not any(_PLACEHOLDER.match(raw) for raw in raws):
        return raws
    out = [*raws]
    bounds = [*slides, len(raws)]
    titles = [_slide_title(raws, start, end) for start, end in itertools.pairwise(bounds)]
    open_story = False  # the story of the slides above has no credit yet
    last_kept: int | None = None  # the last line of text of the slides above
    for number, (start, end) in enumerate(itertools.pairwise(bounds)):
        out[start] = ""
        title, body, credited = titles[number], False, False
        later = [t for t in titles[number + 1:] if t]
        box: str | None = "text"
        kept: list[int] = []
        for at in range(start + 1, end):
            if found := _PLACEHOLDER.match(raws[at]):
                box = _BOX_READINGS.get(found["box"], "text")
                out[at] = found["value"].strip() if box and found["value"].strip() else ""
                continue
            if box is None:
                out[at] = ""
            elif box == "text" and raws[at].strip():
                body = True
                kept.append(at)
                out[at] = _SLIDE_BULLET.sub("", raws[at])
                credited = credited or bool(_CREDIT_BOX.match(raws[at].strip()))
        listed = [_ENTRY_NUMBER.sub("", raws[at]).strip() for at in kept]
        if kept and all(any(t.startswith(entry) for t in later) for entry in listed):
            for at in [*kept, *_title_lines(raws, start, end)]:
                out[at] = ""  # a contents slide: the titles of the slides after it
            continue
        if not body:  # a title slide, a closing one ('谢　谢'): no story's
            out[start + 1:end] = [""] * (end - start - 1)
            continue
        for at in _title_lines(raws, start, end):
            if title and _CONTINUED_TITLE.search(title):
                out[at] = ""
            elif open_story and last_kept is not None:
                # a subhead of the story going on: set under the text it follows (the slide's
                # furniture, emptied, would stand between them as a gap between stories)
                out[at] = ""
                out[last_kept + 1] = raws[at].strip()
                last_kept += 1
            else:
                out[at] = f"## {raws[at].strip()}"
        open_story = not credited
        last_kept = kept[-1]
    return out


def _title_lines(raws: list[str], start: int, end: int) -> list[int]:
    """The lines of a slide's title box (between its label and the next label)."""
    lines: list[int] = []
    inside = False
    for at in range(start + 1, end):
        if found := _PLACEHOLDER.match(raws[at]):
            inside = _BOX_READINGS.get(found["box"], "text") == "title"
            continue
        if inside and raws[at].strip():
            lines.append(at)
    return lines


def _slide_title(raws: list[str], start: int, end: int) -> str:
    return "".join(raws[at].strip() for at in _title_lines(raws, start, end))


# A video's subtitles exported with the time of each line ('[00:01:03] 晚上，步道沿线…'),
# its chapters marked ('[00:00:26] 【章节】汉丰湖环湖步道全线贯通').
_STAMP = r"^[ \t]*\[(?:\d{1,2}:)?\d{1,2}:\d{2}"
_STAMPED = re.compile(_STAMP + r"(?:[.,]\d{1,3})?\][ \t]*")
_ANY_STAMP = re.compile(_STAMP, re.MULTILINE)  # (the file's sign)
_CHAPTER = re.compile(r"^【(?:章节|章節|分段|片段)】[ \t]*(?P<title>\S.*)$")
_NAME_BAR = re.compile(r"^[(（](?P<bar>[^()（）:：，。]{2,30}[ \t\u3000][^()（）\s:：，。]{2,4}"
                       r"(?:[ \t\u3000]+\d{1,3}岁)?)[)）]$")
_LISTED_CHAPTER = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t\u3000]+(?P<title>\S.*)$")
STAMPED_SHARE = 0.6  # of the lines from the first stamped one on, at least, that are stamped
STAMPED_MIN = 10


def stamped_transcript(raws: list[str]) -> list[str]:
    """A transcript whose every line carries its time ('[00:01:03] …') without the times;
    a chapter's mark ('【章节】title') the Markdown heading of the report it opens."""
    stamped = [at for at, raw in enumerate(raws) if _STAMPED.match(raw)]
    if len(stamped) < STAMPED_MIN:
        return raws
    filled = sum(1 for raw in raws[stamped[0]:] if raw.strip())
    if len(stamped) < filled * STAMPED_SHARE:
        return raws
    out = [*raws]
    chapters = {found["title"].strip() for at in stamped
                if (found := _CHAPTER.match(_STAMPED.sub("", raws[at], count=1).strip()))}
    for at in range(stamped[0]):
        # (the description's list of the chapters, each at its time: '00:26 汉丰湖…贯通')
        listed = _LISTED_CHAPTER.match(raws[at].strip())
        if listed and listed["title"] in chapters:
            out[at] = ""
    for at in stamped:
        text = _STAMPED.sub("", raws[at], count=1)
        if chapter := _CHAPTER.match(text.strip()):
            text = f"## {chapter['title']}"
        elif name_bar := _NAME_BAR.match(text.strip()):
            # (a speaker's post and name shown on screen, '（汉丰街道居民　谢国强）': a super,
            # as a script types it, '（字幕：…）', no credit of the report)
            text = f"（字幕：{name_bar['bar']}）"
        out[at] = text
    return out


# A list item an editor marks as not for print ('- 采访记录（不见报）'), its notes indented
# under it (a note app's toggle exported as Markdown).
_UNPRINTED = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+\S.*"
                        r"[(（](?:不见报|不見報|不刊发|不刊發|不发|不發)[)）]\s*$")


def unprinted_notes(raws: list[str]) -> list[str]:
    """A page without the notes its editor marked not for print: the marked list item and
    every line indented under it (or blank) empty."""
    out = [*raws]
    at = 0
    while at < len(raws):
        found = _UNPRINTED.match(raws[at])
        if not found:
            at += 1
            continue
        depth = len(found["indent"].expandtabs(4))
        out[at] = ""
        at += 1
        while at < len(raws) and (not raws[at].strip()
                                  or len(raws[at]) - len(raws[at].lstrip()) > depth):
            out[at] = ""
            at += 1
    return out


# A mail quoting the mail it answers or forwards, a level a '>' ('> 李婧：', '> > 本报讯…').
_QUOTED = re.compile(r"^(?:[ \t]*>[ \t]?)+")
QUOTED_MIN = 10  # quoted lines of a page, at least
QUOTED_SHARE = 0.3  # of its lines


def mail_quotes(raws: list[str]) -> list[str]:
    """A mail with its quoted mails (a forwarded or answered message's '>' marks, one a
    level) as the text they quote, the marks off."""
    filled = [raw for raw in raws if raw.strip()]
    quoted = sum(1 for raw in filled if _QUOTED.match(raw))
    if quoted < QUOTED_MIN or quoted < len(filled) * QUOTED_SHARE:
        return raws
    return [_QUOTED.sub("", raw, count=1) for raw in raws]


# A screen reader's spoken page saved as text: each element after its role ('链接　首页',
# '标题　二级　荣昌区启动…', '图片　…', '按钮　分享'), the page's regions and lists announced
# ('导航区域', '列表　8项' … '列表结束'), a '>' said as '大于'.
_SPOKEN = re.compile(r"^(?:已访问|未标记)?[ \t\u3000]*"
                     r"(?P<role>链接|图片|图形|按钮|编辑框|复选框|单选按钮|组合框|标题)"
                     r"(?:[ \t\u3000]+(?:(?P<level>[一二三四五六])级|级别[ \t]*(?P<number>[1-6])))?"
                     r"(?:[ \t\u3000]+(?P<text>\S.*))?$")
# (a reader's landmarks, modes and lists: '导航 地标', '离开 导航 地标', '浏览模式', '列表 有 4 项')
_SPOKEN_LANDMARK = re.compile(r"^(?:离开[ \t\u3000]*)?\S{1,6}[ \t\u3000]*地标$"
                              r"|^浏览模式$|^焦点模式$|^\S.{0,60}[ \t\u3000]{2,}文档$")
_SPOKEN_MARKS = frozenset({"文档", "文档结束", "横幅区域", "导航区域", "主要内容", "补充区域",
                           "内容信息区域", "搜索区域", "表单区域", "区域", "分隔符", "列表结束",
                           "大于", "正在加载", "字号", "正文"})
# Headings of the site's own boxes, no story's ('标题　三级　下一篇').
_SPOKEN_BOXES = frozenset({"下一篇", "上一篇", "热点排行", "相关新闻", "相关阅读", "推荐阅读",
                           "热门文章", "最新文章", "更多"})
_SPOKEN_LIST = re.compile(r"^列表[ \t\u3000]+(?:有[ \t\u3000]*)?\d+\s*项$")
SPOKEN_MIN = 10  # elements announced by their role on a page, at least


def spoken_page(raws: list[str]) -> list[str]:
    """A screen reader's transcript of a page as the page: a heading's words as a Markdown
    heading of its level (one right under a heading a rank above, with no text between, its
    deck, a plain line), a picture's description that is a sentence as its caption (an
    image's alt text may be all the caption it has), a link's words where text runs on both
    sides of it (a link inside a sentence) on the line above; every other link, button,
    field, region, list mark and box heading empty."""
    roles = [_SPOKEN.match(raw.strip()) for raw in raws]
    if sum(1 for role in roles if role) < SPOKEN_MIN:
        return raws
    out = [*raws]
    last_heading: int | None = None  # the level of the heading right above, no text between
    for at, (raw, role) in enumerate(zip(raws, roles, strict=True)):
        text = raw.strip()
        if text in _SPOKEN_MARKS or _SPOKEN_LIST.match(text) or _SPOKEN_LANDMARK.match(text):
            out[at] = ""
            continue
        if role is None:
            if text:
                last_heading = None
            continue
        words = (role["text"] or "").strip()
        if role["role"] == "标题" and words in _SPOKEN_BOXES:
            out[at] = ""
        elif role["role"] == "标题" and (role["level"] or role["number"]):
            level = ("一二三四五六".index(role["level"]) + 1 if role["level"]
                     else int(role["number"]))
            deck = last_heading is not None and level == last_heading + 1
            out[at] = words if deck else f"{'#' * level} {words}"
            last_heading = None if deck else level
        elif role["role"] in ("图片", "图形"):
            # (its description, a sentence, is all the caption it may have; one that repeats
            # a heading, or names the picture only, is no caption)
            said = words.endswith(("。", "．")) and all(
                words.rstrip("。．") not in (other.group("text") or "") for other in roles
                if other is not None and other["role"] == "标题")
            out[at] = f"▲{words}" if said else ""
        elif role["role"] == "链接" and _text_beside(roles, raws, at):
            # (a link inside a sentence: its words are the sentence's, set on the line above
            # it, where the sentence goes on from)
            out[at - 1] = out[at - 1].rstrip() + words
            out[at] = ""
        else:
            out[at] = ""
    return out


def _text_beside(roles: list[re.Match[str] | None], raws: list[str], at: int) -> bool:
    """Is there text (no element, no mark) right above and right under line ``at``?"""
    def text(k: int) -> bool:
        return (0 <= k < len(raws) and roles[k] is None and bool(raws[k].strip())
                and raws[k].strip() not in _SPOKEN_MARKS)
    return text(at - 1) and text(at + 1)


# A LaTeX source: its preamble (to '\begin{document}'), comments ('% …'), commands around
# words ('\section{大事记}', '\textbf{9月1日}\quad …', '\caption{…}'), environments' fences
# ('\begin{figure}[htbp]') and commands with no words ('\clearpage', '\centering').
_TEX_HEAD = re.compile(r"^\s*\\(?:part|chapter|section|subsection|subsubsection|paragraph)\*?"
                       r"(?:\[[^\]]*\])?\{(?P<title>[^{}]*)\}\s*$")
_TEX_COMMENT = re.compile(r"(?<!\\)%.*$")
_TEX_FOOTNOTE = re.compile(r"\\footnote\{(?P<note>[^{}]*)\}")
_TEX_WORDS = re.compile(r"\\(?:textbf|textit|emph|underline|caption|text|mbox|heiti|kaishu)"
                        r"\*?(?:\[[^\]]*\])?\{(?P<words>[^{}]*)\}")
_TEX_BARE = re.compile(r"\\(?:begin|end)\{[^{}]*\}(?:\[[^\]]*\]|\{[^{}]*\})*"
                       r"|\\(?:includegraphics|label|ref|vspace|hspace|setcounter|addtocounter)"
                       r"\*?(?:\[[^\]]*\])?(?:\{[^{}]*\})*"
                       r"|\\(?:clearpage|newpage|centering|noindent|par|raggedleft|raggedright"
                       r"|maketitle|tableofcontents|bigskip|medskip|smallskip)\b")
_TEX_SPACE = re.compile(r"\\(?:quad|qquad|enspace)\b\s*|~")
TEX_SIGNS_MIN = 3


def latex_source(raws: list[str]) -> list[str]:
    """A LaTeX source as the page it typesets: its headings' and its commands' words as
    lines and text (a footnote's words in brackets where it stands), its preamble,
    comments, fences and bare commands empty."""
    signs = sum(1 for raw in raws if _TEX_HEAD.match(raw) or raw.lstrip().startswith(
        ("\\begin{", "\\documentclass", "\\usepackage")))
    if signs < TEX_SIGNS_MIN:
        return raws
    begin = next((at for at, raw in enumerate(raws) if raw.strip() == "\\begin{document}"), -1)
    out = [""] * (begin + 1)
    for raw in raws[begin + 1:]:
        line = _TEX_COMMENT.sub("", raw).rstrip()
        if head := _TEX_HEAD.match(line):
            out.append(head["title"].strip())
            continue
        line = _TEX_FOOTNOTE.sub(lambda m: f"（{m['note'].strip()}）", line)
        for _ in range(3):  # (commands inside commands: '\textbf{\emph{…}}')
            line = _TEX_WORDS.sub(lambda m: m["words"], line)
        line = _TEX_SPACE.sub("\u3000", _TEX_BARE.sub("", line))
        out.append(line.replace("\\%", "%").replace("\\&", "&").replace("\\\\", "").rstrip())
    return out


# An outliner's page (Logseq): every paragraph a block, '- ' after tabs that nest it under
# the block above; properties of the page or a block as 'key:: value' lines; links to
# pages in double brackets ('[[万州区]]', ``WIKI_LINK``), tags after a hash ('#出口').
_OUTLINE_BLOCK = re.compile(r"^(?P<depth>\t*)- (?P<text>.*)$")
_OUTLINE_PROPERTY = re.compile(r"^[ \t]*[A-Za-z][\w-]*:: ")
_OUTLINE_CONTINUED = re.compile(r"^[ \t]+(?P<text>\S.*)$")  # a block's next line, set in
_OUTLINE_TAGS_ONLY = re.compile(r"^(?:\s*(?:\[\[[^\[\]]+\]\]|#\S+))+\s*$")
# A block that is the writer's own: a task ('TODO 问一下…'), or a note at the top level or
# labelled as one ('说明：两篇都是…', '备注：…要核对').
_OUTLINE_TASK = re.compile(r"^(?:TODO|DOING|DONE|LATER|NOW|WAITING|CANCELED)\b")
_OUTLINE_NOTE = re.compile(r"^(?:备注|備註|说明|說明|注|笔记|筆記)\s*[:：]")
OUTLINE_BLOCKS_MIN = 8  # blocks on a page, at least, before it is read as an outline
OUTLINE_PROPERTIES_MIN = 2  # ... and properties


def outliner_page(raws: list[str]) -> list[str]:
    """An outliner's page as the text it holds: each block a line of its own, without its
    dash and the tabs that nest it; the page's and the blocks' properties, the writer's tasks
    and notes, and blocks of links and tags alone left out; a link to a page as its name."""
    blocks = sum(1 for raw in raws if _OUTLINE_BLOCK.match(raw))
    properties = sum(1 for raw in raws if _OUTLINE_PROPERTY.match(raw))
    if blocks < OUTLINE_BLOCKS_MIN or properties < OUTLINE_PROPERTIES_MIN:
        return raws
    out: list[str] = []
    inside = False  # under a block (its next lines are set in)
    kept = False  # a line of text given back yet
    for raw in raws:
        block = _OUTLINE_BLOCK.match(raw)
        if _OUTLINE_PROPERTY.match(raw) or not raw.strip():
            out.append("")
            continue
        if block is not None:
            inside, text = True, block["text"].strip()
            # (a note at the top level under the page's properties, before the first clip:
            # the writer's; a heading there is a clip's title)
            if (_OUTLINE_TASK.match(text) or _OUTLINE_NOTE.match(text)
                    or _OUTLINE_TAGS_ONLY.match(text)
                    or (not block["depth"] and not text.startswith("#") and out and not kept)):
                out.append("")
                continue
        elif inside and (continued := _OUTLINE_CONTINUED.match(raw)):
            text = continued["text"]
        else:
            text = raw
        text = WIKI_LINK.sub(r"\g<shown>", text)
        kept = kept or bool(text.strip())
        out.append(text)
    return out


# A wiki page's source (MediaWiki), a transcription's as a local-history wiki or a library's
# keeps it: '=== 标题 ===' headings, '{{引题|…}}' and '{{副题|…}}' heads, an infobox of the
# paper's fields, '[[链接|文字]]' links (``WIKI_LINK``), '[[文件:…|thumb|说明]]' pictures,
# '<ref>…</ref>' notes of the typist's, '[[分类:…]]' categories.
_WIKI_HEADING = re.compile(r"^(?P<marks>={2,6})\s*(?P<title>[^=].*?)\s*(?P=marks)\s*$")
_WIKI_ANY_HEADING = re.compile(r"(?m)^={2,6}[^=\n]+={2,6}[ \t]*$")  # (the file's sign)
_WIKI_FIELD = re.compile(r"^\s*\|\s*(?P<key>[^=|]+?)\s*=\s*(?P<value>.*?)\s*$")
_WIKI_PAPER_FIELDS = ("报名", "報名", "日期", "星期", "版次")
_WIKI_HEAD_TEMPLATE = re.compile(
    r"^\{\{(?P<which>引题|引題|肩题|肩題|副题|副題)\|(?P<text>[^{}]*)\}\}$")
_WIKI_MARK_TEMPLATES = {"?": "□", "？": "□"}  # an unreadable character
_WIKI_TEMPLATE = re.compile(r"\{\{(?P<name>[^{}|]*)(?:\|[^{}]*)?\}\}")
_WIKI_PICTURE = re.compile(r"^\[\[(?:文件|File|Image|图像|圖像|file|image):[^|\]]*(?:\|[^|\]]*)*?"
                           r"\|(?P<caption>[^|\]]+)\]\]$")
_WIKI_CATEGORY = re.compile(r"\[\[(?:分类|分類|Category|category):[^\]]*\]\]")
_WIKI_REF = re.compile(r"<ref[^>/]*>.*?</ref>|<ref[^>]*/>")
_WIKI_COMMENT = re.compile(r"<!--.*?-->")
_WIKI_TAGS = re.compile(r"</?(?:nowiki|references|br|small|big|center|span|div)[^>]*>")
_WIKI_EMPHASIS = re.compile(r"'{2,5}")
_WIKI_NOTES_HEADING = re.compile(
    r"^(?:注释|註釋|参考资料|參考資料|参考文献|參考文獻|脚注|腳註|第\S{1,3}版)$")
WIKI_MARKUP_MIN = 3  # templates and links, at least, besides the headings, of a wiki source


def wiki_source(raws: list[str]) -> list[str]:
    """A wiki page's source as the page it transcribes: its headings and heads as lines
    (a kicker and a deck with the typist's marks, '〔引〕…', '〔副〕…'), the paper's fields of its
    infobox on one line, a picture as its caption ('〔图片：…〕'), links as their words; the
    typist's notes, comments, templates and categories left out."""
    page = "\n".join(raws)
    if page.count("{{") + page.count("[[") < WIKI_MARKUP_MIN:
        return raws
    out: list[str] = []
    box: list[str] | None = None  # the paper's fields of an infobox being read
    for raw in raws:
        line = raw.strip()
        if box is not None:
            if line.startswith("}}"):
                out.append("　".join(box))
                box = None
                continue
            field = _WIKI_FIELD.match(line)
            if field is not None and field["key"] in _WIKI_PAPER_FIELDS and field["value"]:
                box.append(field["value"])
            out.append("")
            continue
        if line.startswith("{{") and "}}" not in line:
            box = []  # (its fields' line takes the place of its last line)
            out.append("")
            continue
        if (heading := _WIKI_HEADING.match(line)) is not None:
            title = heading["title"]
            out.append("" if _WIKI_NOTES_HEADING.match(title)
                       else "#" * len(heading["marks"]) + " " + title)
            continue
        if (head := _WIKI_HEAD_TEMPLATE.match(line)) is not None:
            mark = "副" if head["which"][0] == "副" else "引"
            out.append(f"〔{mark}〕{head['text'].strip()}")
            continue
        if (picture := _WIKI_PICTURE.match(line)) is not None:
            out.append(f"〔图片：{picture['caption'].strip()}〕")
            continue
        line = _WIKI_COMMENT.sub("", _WIKI_REF.sub("", line))
        line = _WIKI_TAGS.sub("", _WIKI_CATEGORY.sub("", line))
        line = _WIKI_TEMPLATE.sub(lambda m: _WIKI_MARK_TEMPLATES.get(m["name"].strip(), ""), line)
        out.append(_WIKI_EMPHASIS.sub("", WIKI_LINK.sub(r"\g<shown>", line)).strip())
    return out


# Each pass, in order, with the sign of the files it reads: the page's text is scanned once
# for the signs, and a pass runs only where its sign is found (most pages show none).
PROGRAM_PASSES: tuple[tuple[re.Pattern[str], Callable[[list[str]], list[str]]], ...] = (
    (re.compile(r"[\[［](?:删除|刪除|插入|已删除|已刪除|已插入)\s*[:：]"), tracked_changes),
    (re.compile(r"(?m)^#\+|(?i::END:)"), org_markup),
    (_ADOC_ANY_SECTION, asciidoc_markup),
    (_ANY_SLIDE, slide_outline),
    (_ANY_STAMP, stamped_transcript),
    (re.compile("见报|見報|刊发|刊發|不发|不發"), unprinted_notes),
    # (a mail's quoted lines: two levels, or a mail's head, say it is a mail)
    (re.compile(r"(?m)^[ \t]*>[ \t]?>|^(?:发件人|寄件者|From)[:：]"), mail_quotes),
    (re.compile(r"(?m)^(?:链接|按钮)[ \t\u3000]"), spoken_page),
    (re.compile(r"\\(?:begin\{document\}|section\*?\{|documentclass)"), latex_source),
    (re.compile("(?m)" + _OUTLINE_PROPERTY.pattern), outliner_page),
    (_WIKI_ANY_HEADING, wiki_source),
)


def other_programs(raws: list[str]) -> list[str]:
    """The page as the file it holds reads, when another program made it (``PROGRAM_PASSES``)."""
    page = "\n".join(raws)
    for sign, mend in PROGRAM_PASSES:
        if sign.search(page):
            raws = mend(raws)
    return raws
