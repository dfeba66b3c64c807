"""Line rules: what a single line of a page is, judged on its own.

The classifier is an ordered table of named rules (``RULES``); the first rule that
matches decides the line's kind, and its name travels with the line so that
``cqnews explain`` can say why. Every rule carries a one-line example that the tests
run through the classifier. Words and shapes come from ``inputs/data/layout.yaml``.
"""

from __future__ import annotations

import datetime
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from enum import Enum, auto
from functools import cache, lru_cache
from typing import Any

from cqnews_site.analyse.script import simplified_chars, to_simplified
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.inputs.gazetteer import default as default_gazetteer
from cqnews_site.inputs.lexicon import (
    layout_words,
    looks_like_name,
    rare_surnames,
    surnames,
    title_words,
)
from cqnews_site.model.dates import DATE_RE, YEAR_NUMERALS
from cqnews_site.model.text import WIDE_GAP, WIKI_LINK, cells, is_han, normalize

HAN = r"\u4e00-\u9fff"
_NAME = rf"[{HAN}]{{2,4}}"
_NAMES = rf"{_NAME}(?:[ \u3000、]+{_NAME})*"
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# Sentence-final punctuation, possibly followed by closing quotes or brackets.
# (A sentence's end, its closing quotes, and what a bracket adds after it: '…？（读者 刘先生）'.)
_CLOSED = re.compile(r"[。！？!?…；;:：][”’」』》)）\]】\"']*(?:[（(][^（()）\n]{1,24}[)）])?$")
BULLETS = "□■◇◆●○◎▲△★☆▶►※"
# A symbol font's characters as a PDF's text gives them, private-use code points (U+F000 +
# the font's code): its bullets, printing as nothing a reader knows ('\uf06e钱塘镇').
SYMBOL_FONT = "".join(map(chr, range(0xF020, 0xF100)))
# A paragraph opening with one of these is a brief (简讯) of its own.
BRIEF_BULLETS = "●■◆◇▲★▶►"
# A deck's dash: doubled by a converter ('------访…'), or read by an OCR as two 一 before the
# deck's 记 or 访 ('一一记木洞镇退休教师刘昌明').
DECK_DASHES = re.compile(r"^\s*(?:(?:——|--|－－|—|-)+|一一(?=[记記访訪]))\s*")
# (box-drawing rules of a scan too, +---+, and a cut-out's edge with its corner: ＿＿＿」)
# (a bulletin board's divider between posts has stars at its ends: '☆────☆')
_RULE = re.compile(r"^[「」┌┐└┘┏┓┗┛╔╗╚╝☆★]?[\s\-—_＿=*~·•.…#━─═┈┄┉┅╌╍+]+[「」┌┐└┘┏┓┗┛╔╗╚╝☆★]?$")
# A line in bold (**…**, __…__) or italics (*…*, _…_): the marks are no part of its text.
_BOLD = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)$|^\*([^*\s][^*]*)\*$|^_([^_\s][^_]*)_$")
_LINK_NUMBER = re.compile(r"\[\d{1,3}\](?!\()")
_BAR_LABELS = (r"(来源|來源|记者|記者|通讯员|通訊員|编辑|編輯|责编|責編"
               r"|摄影|攝影|摄像|攝像|图片|圖片|文字|作者|审核|審核|校对|校對"
               r"|终审|終審|初审|初審|复审|復審|监制|監製"
               r"|文(?=\s*丨\s*\S\s*\S(?:\s*\S)?$))")  # ('文丨钟　灵': a commentary's writer)
_LABEL_BAR = re.compile(rf"(?:^|(?<=\s)){_BAR_LABELS}\s*丨\s*")
# (the same with a straight bar, only first on its line: a menu's bars part its entries)
_LABEL_BAR_FIRST = re.compile(rf"^{_BAR_LABELS}\s*[|｜]\s*(?=[^|｜]+$)")
_KEYCAP = re.compile("^([0-9]{1,2})\ufe0f?\u20e3\\s*")
# A dateline's marker in bold, run in: '**本报讯**（通讯员　邬　航）1月23日，…'.
_BOLD_DATELINE = re.compile(r"^(?:\*\*|__)([^*_\s]{1,12}?[讯訊电電])(?:\*\*|__)(?=\S)")
_LABELLED = re.compile(rf"^[{HAN}]{{2,6}}[:：]")
# A label of three characters or more set apart (a two-character one may be a padded name).
_SPACED_LABEL = re.compile(rf"^[{HAN}](?: [{HAN}]){{2,5}} ?[:：]")


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


def _han_classes(pattern: str) -> str:
    """'H' in a data pattern stands for one Han character, inside a class or alone."""
    parts = re.split(r"(\[[^\]]*\])", pattern)
    return "".join(
        part.replace("H", HAN) if part.startswith("[") else part.replace("H", f"[{HAN}]")
        for part in parts
    )


def editor_role_patterns(data: dict) -> list[str]:
    """The editors' line patterns made from ``editor_roles`` (the list the tagger reads too)."""
    guarded = data["editor_roles_guarded"]
    plain = [r for r in data["editor_roles"] if r not in guarded]
    # A credit roll's labels set letter-spaced at a line's start ('编　　辑：陈　芳').
    spaced = "|".join(r"\s*".join(map(re.escape, role)) for role in data["editor_roles"])
    # (a slash may stand for the colon: '本版责编/刘　洋　　美编/陈　静　　校对/王小丽')
    return [rf"(?:{_alternation(plain)})[:：/／\s]", rf"(?:^|\s)(?:{_alternation(guarded)})[:：]",
            rf"^(?:{spaced})\s*[:：]"]


# A time of posting after a web page's fields, unlabelled ('作者：范某　2023-06-09 08:12').
_UNLABELLED_DAY = r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}"


@cache
def words() -> dict:
    """The layout vocabulary with its regular expressions compiled."""
    data = dict(layout_words())
    roles = _alternation(data["credit_roles"])
    prefixes = _alternation(data["credit_role_prefixes"])
    photo = _alternation(data["photo_marks"])
    data["roles"] = re.compile(rf"(?:{prefixes})*(?:{roles})")
    # Anything up to 16 characters may precede a role: "新重庆-重庆日报记者", "融媒体中心记者".
    data["later_role_colon"] = re.compile(rf"(?<=\s)(?P<role>(?:{prefixes})*(?:{roles}))\s*:\s*")
    data["byline"] = re.compile(
        # (not a clause: '贵报…刊登的读者杨文华来信' cut at the line's end names no writer)
        rf"^[{BULLETS}]?\s*(?:(?!的)[{HAN}A-Za-z0-9\-—·]){{0,16}}?(?:{roles})\s*[:：]?\s*"
        rf"(?P<names>{_NAMES})$"
    )
    data["photo_credit"] = re.compile(
        rf"(?:^|\s|[。，,.])(?:(?:{prefixes})*(?:{roles}))?\s*(?P<names>{_NAMES})\s*(?:{photo})"
        rf"(?:\s*[/／]?\s*(?P<desk>[{HAN}A-Za-z]{{2,8}}))?\s*$"
    )
    data["paren_photo"] = re.compile(
        rf"[(（]\s*(?:(?:{prefixes})*(?:{roles}))?\s*(?P<names>{_NAMES})\s*(?:{photo})"
        # the picture desk after a slash: （记者 刘 辉 摄/视觉重庆）
        rf"(?:\s*[/／]\s*[{HAN}A-Za-z]{{2,8}})?\s*[)）]\s*$"
    )
    data["photo_mark_re"] = re.compile(photo or "(?!)")  # any photo mark is printed
    # (the marks a name could be mistaken for: '记者 黎婧 拍摄')
    data["long_photo_marks"] = tuple(mark for mark in data["photo_marks"] if len(mark) > 1)
    # The photographers' half of "记者 何涛 文 刘洋 图" (see ``_split_credit``).
    data["photo_by"] = re.compile(
        rf"^(?:(?:图|圖|摄影|攝影|摄像|攝像|航拍|图片)\s*[/／:：]"
        # '摄影　谭　勇': the role set apart from the name, as a photo's credit at its foot
        rf"|(?:摄影|攝影)\s+"
        # '特约摄影　向　阳': the photographer's role, then the names, on a line of their own
        rf"|(?:特约|特約|本报|本報)(?:摄影|攝影)(?:记者|記者)?\s*[/／:：]?"
        # '无人机航拍　通讯员　周　敏': how the picture was taken, then the credit
        rf"|(?:无人机|無人機)(?:航拍|拍摄|拍攝)\s+(?:(?:{prefixes})*(?:{roles}))?)"
        rf"\s*(?P<names>{_NAMES})$")
    data["photo_names"] = re.compile(rf"^(?:(?:{prefixes})*(?:{roles}))?\s*(?P<names>{_NAMES})$")
    datelines = "|".join(_han_classes(f) for f in data["datelines"])
    data["dateline"] = re.compile(
        rf"^(?:{datelines})\s*(?:[(（\[]\s*(?P<inner>[^()（）\[\]]{{0,40}})[)）\]]"
        rf"|(?P<bare>(?:{prefixes})*(?:{roles})[^:：。，,]{{1,24}}?(?:报道|報道))\s*[:：])?\s*"
    )
    spaced = rf"{_ONE_NAME}(?:[ \u3000、]+{_ONE_NAME})*"
    data["paren_byline"] = re.compile(
        # a medium's writers in more than one role ('（云阳融媒记者　黄一帆　通讯员　谭　松）', the
        # names spaced out as printed), or in one before the text ('（云阳融媒记者　黄一帆）3月…');
        # or one role's ('（记者　黄一帆）')
        rf"^[(（]\s*(?P<inner>[{HAN}A-Za-z0-9\-]{{0,12}}?(?:{roles})\s*[:：]?\s*{spaced}"
        rf"(?:\s+(?:{prefixes})*(?:{roles})\s*[:：]?\s*{spaced})+)\s*[)）]\s*"
        rf"|^[(（]\s*(?P<medium>[{HAN}]{{0,8}}(?:融媒|报|報|台|网|網)(?:体|體)?(?:{roles})\s*{_NAMES})"
        rf"\s*[)）]\s*(?=\S)"
        rf"|^[(（]\s*(?:{prefixes})*(?:{roles})\s*(?P<names>{_NAMES})\s*[)）]\s*"
    )
    data["closing_credit"] = re.compile(
        # (a medium's name may hold figures and letters: （第1眼TV记者 谢 蕾　通讯员 罗 浩）)
        # (a role may be followed by a colon: （记者：向丹　摄像：胡波）)
        rf"^[(（]\s*(?P<inner>(?:[{HAN}A-Za-z0-9\-]{{0,12}}?(?:{roles})\s*[:：]?)?\s*{_NAMES}"
        rf"(?:\s+(?:{prefixes})*(?:{roles})\s*[:：]?\s*{_NAMES})*)\s*[)）]$"
    )
    data["editors"] = [*editor_role_patterns(data), *data["editors"]]
    data["web_chrome"] = [*data["web_chrome"], data["chat_header"]]
    data["chat_header_re"] = re.compile(data["chat_header"])
    data["chat_replies_re"] = re.compile(data["chat_replies"])
    for key in ("masthead", "editors", "weather", "teasers", "notices", "web_chrome", "ads",
                "rubric_shapes", "rubric_endings", "banner_shapes", "paper_shapes",
                "lost_notices", "images", "source_names"):
        flags = re.IGNORECASE if key == "images" else 0  # [Image], [IMG]
        data[key + "_re"] = re.compile("|".join(f"(?:{p})" for p in data[key]), flags)
    for key in ("masthead", "editors", "weather", "teasers", "notices", "web_chrome"):
        data[key + "_found"] = _Found(data[key])
    data["jump_to_re"] = re.compile(data["jump_to"])
    # (glued to the words they stood beside: Han, a figure, a quotation mark, a bracket)
    glued = f"(?=[{HAN}0-9“「（(])"
    data["icon_names_re"] = re.compile(
        rf"(?<![A-Za-z_])(?:{_alternation(data['icon_names'])}){glued}")
    # (what every glued name shows: its last letter before the text; a search for it opens
    # with a character class, which the engine scans for, where the names' own pattern
    # opens with a look-behind tried at every character of the page)
    last = "".join(sorted({re.escape(name[-1]) for name in data["icon_names"]}))
    data["icon_names_tail_re"] = re.compile(rf"[{last}]{glued}")
    data["icon_glyphs_re"] = re.compile(data["icon_glyphs"])
    data["speech_settings_re"] = re.compile(data["speech_settings"])
    data["speech_labels_re"] = re.compile(data["speech_labels"])
    data["procedure_kickers_re"] = re.compile(data["procedure_kickers"])
    # (each role's characters may stand a space apart; the name after a gap, padded or not)
    signers = "|".join(r"\s*".join(map(re.escape, role)) for role in data["court_signers"])
    data["court_signer_re"] = re.compile(rf"^(?:{signers})\s+[{HAN}](?:\s?[{HAN}]){{1,3}}$")
    data["occasion_decks_re"] = re.compile(data["occasion_decks"])
    field_roles = _alternation([*data["writer_field_roles"], *data["camera_field_roles"],
                                *data["other_field_roles"]])
    data["credit_field_re"] = re.compile(
        rf"(?P<role>{field_roles})\s*:\s*(?P<names>[^:]+?)(?=\s+(?:{field_roles})\s*:|$)")
    data["posted_notes_re"] = re.compile(data["posted_notes"])
    data["copy_notes_found"] = _Found(data["copy_notes"])
    data["zodiac_signs_re"] = re.compile(
        rf"^(?:{_alternation(data['zodiac_signs'])})\s*[(（]?\s*\d{{1,2}}(?:[.．/月]\d{{1,2}}日?)"
        r"\s*[—–\-~～至]+\s*\d{1,2}(?:[.．/月]\d{1,2}日?)\s*[)）]?$")
    kin = _alternation(data["kinship_labels"])
    # (one label and its names, padded names kept whole: 儿媳：王　红 · 孝子：王建新　王建军)
    name = rf"(?:[{HAN}]{{2,4}}|[{HAN}]\s[{HAN}](?:\s[{HAN}])?)"
    relatives = rf"(?:{kin})\s*[:：]\s*{name}(?:\s+{name})*"
    data["family_signature_re"] = re.compile(rf"^{relatives}(?:\s+{relatives})*$")
    data["family_closings_re"] = re.compile(data["family_closings"])
    data["supplied_pictures_re"] = re.compile(data["supplied_pictures"])
    data["classified_heads_set"] = frozenset(data["classified_heads"])
    # ('市人大代表　邓光明': a deputy's body, a level perhaps first, then the name)
    data["name_card_re"] = re.compile(
        rf"^(?:全国|市|区|县|縣)?(?:{_alternation(data['deputy_bodies'])})\s+"
        rf"(?P<name>[{HAN}](?:\s?[{HAN}]){{1,3}})$")
    data["broadcast_cue_re"] = re.compile(
        rf"^【(?:{_alternation(data['broadcast_cues'])})[一二三四五六七八九十0-9]*】")
    data["genre_tag_re"] = re.compile(rf"\s*[(（](?:{_alternation(data['genre_tags'])})[)）]$")
    data["article_info_re"] = re.compile(data["article_info"])
    data["graded_title_re"] = re.compile(
        rf"^(?P<inner>{_alternation(data['prize_ranks'])})\s+(?P<rest>《[^《》]{{1,30}}》)$")
    labels = "|".join(r"\s*".join(map(re.escape, label)) for label in data["disclosure_labels"])
    data["disclosure_label_re"] = re.compile(rf"^(?:{labels})\s*[:：]$")
    data["jump_from_re"] = re.compile(data["jump_from"])
    data["doc_types_re"] = re.compile(rf"^(?:{_alternation(data['document_types'])})$")
    # "关于汉丰湖水域禁止游泳的通告": a document's title under its issuer's name.
    data["doc_title_re"] = re.compile(
        rf"^(?:关于|關於)\S{{2,60}}的(?:{_alternation(data['document_types'])})$"
    )
    # "第十五届委员会第九次全体会议决议": a session's document under its committee's name.
    data["session_title_re"] = re.compile(
        rf"^第[0-9〇一二三四五六七八九十]{{1,4}}届\S{{2,40}}(?:{_alternation(data['document_types'])})$"
    )
    data["party_committee_re"] = re.compile(data["party_committee"])
    data["copy_tail_re"] = re.compile(
        rf"^(?:{_alternation(data['copy_tail_fields'])})\s*[:：]")
    data["record_keys_by_name"] = {name: field for field, names in data["record_keys"].items()
                                   for name in names}
    data["record_columns_by_name"] = {name: field for field, names in data["record_columns"].items()
                                      for name in names}
    # (four characters at least: 开县报社)
    data["issuer_re"] = re.compile(
        rf"^(?=[{HAN}]{{4}})(?!.*(?:{_alternation(data['issuer_false_endings'])})$)"
        rf"[{HAN}]{{2,30}}(?:{_alternation(data['issuer_endings'])})$")
    data["channel_words_set"] = frozenset(data["channel_words"])
    data["desk_sections_set"] = frozenset(data["desk_sections"])
    data["prize_ranks_set"] = frozenset(data["prize_ranks"])
    data["labels_set"] = frozenset([*data["labels"], *data["comment_labels"], *data["link_labels"]])
    data["keyword_series_set"] = frozenset(data["keyword_series"])
    data["ranked_lists_re"] = re.compile("|".join(data["ranked_lists"]))
    notes = _alternation(data["note_labels"])
    # ('编者按：…', '【编者按】…', and in bold before a wide space: '**编者按**　…')
    data["note_re"] = re.compile(rf"^\s*(?:(?:{notes})\s*[:：]|[【\[]\s*(?:{notes})\s*[】\]]"
                                 rf"|\*\*(?:{notes})\*\*(?=\s))")
    data["end_mark_re"] = re.compile(
        rf"[(（]\s*(?:{_alternation(data['end_marks'])})\s*[)）]\s*$")
    # The role word in front of a caption's credit: "…露营。本报记者 张三 摄".
    data["role_end_re"] = re.compile(rf"(?:(?:{prefixes})*(?:{roles})|(?:{prefixes})+)\s*$")
    data["page_names_set"] = frozenset(data["page_names"])
    data["report_places_set"] = frozenset(data["report_places"])
    data["town_re"] = re.compile(
        rf"[{HAN}]{{1,6}}(?:{_alternation(data['town_suffixes'])})"
    )
    data["not_names_set"] = frozenset(data["not_names"])
    data["empty_fields_set"] = frozenset(data["empty_fields"])
    data["forms_of_address"] = tuple(data["forms_of_address"])  # for str.endswith
    data["group_credits"] = tuple(data["group_credits"])  # for str.startswith
    data["org_marks_re"] = re.compile(_alternation(data["org_marks"]))
    data["report_opening_re"] = re.compile("^(?:" + "|".join(data["report_openings"]) + ")")
    data["announced_date_re"] = re.compile(
        rf"(?:{_alternation(data['announced_date_leads'])})\s*(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}[日曰号]")
    # A report's opening time with what follows it up to the comma (4月30日上午，).
    data["opening_time_re"] = re.compile(
        "^(?:" + "|".join(data["report_openings"]) + r")[^，,。]{0,6}[，,]\s*")
    data["actor_suffix_re"] = re.compile("(?:" + "|".join(data["actor_suffixes"]) + ")$")
    data["end_credit"] = re.compile(
        # ('上游新闻·重庆晨报记者': a medium's names joined by a dot before the role)
        rf"[(（]\s*(?P<inner>(?:[{HAN}\-]{{0,12}}?[ \u3000]?(?:·[{HAN}]{{2,12}}?)?"
        rf"(?:{roles})\s*[:：]?\s*)?"
        # (a long first word only before a name: a desk, '县体育事业发展中心　王　平')
        rf"(?:[{HAN}]{{1,8}}|[{HAN}]{{9,14}}(?=[ \u3000]+[{HAN}]))"
        rf"(?:[ \u3000]+[{HAN}]{{1,8}})*)\s*[)）]\s*$"
    )
    data["unsigned_set"] = frozenset(data["unsigned_credits"])
    data["rubric_any_re"] = re.compile(
        "|".join(f"(?:{p})" for p in [*data["rubric_shapes"], *data["rubric_endings"]])
    )
    data["web_author_re"] = re.compile(
        rf"(?:^|\s)(?:{_alternation(data['web_author_labels'])})\s*[:：]\s*"
        rf"(?P<names>[{HAN}](?: ?[{HAN}]){{1,11}}(?:[、,] ?[{HAN}](?: ?[{HAN}]){{1,11}})*)"
        # (the next field's label, the time of posting unlabelled, or the line's end)
        rf"(?=\s+[^\s:：]+[:：]|\s+{_UNLABELLED_DAY}|\s*$)"
    )
    # ... or a credit with its roles: 作者：新重庆-重庆日报记者 何川　通讯员 彭芸
    data["web_credit_re"] = re.compile(
        rf"(?:^|\s)(?:{_alternation(data['web_author_labels'])})\s*[:：]\s*"
        rf"(?P<credit>(?:[{HAN}A-Za-z\-—·]{{0,16}}?(?:{roles}))\s*[^:：]{{2,40}}?)"
        rf"(?=\s+[^\s:：]+[:：]|\s+{_UNLABELLED_DAY}|\s*$)"
    )
    data["brief_rubrics_re"] = re.compile("|".join(f"(?:{p})" for p in data["brief_rubrics"]))
    data["report_step_re"] = re.compile(
        rf"^[{HAN}]{{0,4}}(?:{_alternation(data['report_step_labels'])})\s*[:：]")
    data["photo_rubrics_re"] = re.compile("|".join(f"(?:{p})" for p in data["photo_rubrics"]))
    data["printed_columns_re"] = re.compile("|".join(f"(?:{p})" for p in data["printed_columns"]))
    data["own_staff_re"] = re.compile(rf"^(?:{_alternation(data['own_staff'])})(?:{roles})")
    data["credit_suffix_re"] = re.compile(
        rf"\s*(?:(?P<photo>{_alternation(data['photo_report_words'])})|"
        rf"{_alternation(data['report_words'])})\s*\)$"
    )
    data["credit_tail_re"] = re.compile(
        rf"\s*(?:文/图|图/文|文/圖|圖/文|{_alternation(data['photo_report_words'])}|"
        rf"{_alternation(data['report_words'])})\s*$"
    )
    data["report_tail_re"] = re.compile(
        rf"(?:\s+|\s*/\s*)(?:{_alternation(data['report_words'])})$")
    data["author_notes_re"] = re.compile("|".join(f"(?:{p})" for p in data["author_notes"]))
    return data


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (split at ``|`` outside groups,
    character classes and escapes)."""
    parts: list[str] = []
    depth = start = i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class ends at the first ] that is not its first character
            i += 2 if pattern[i + 1:i + 2] == "^" else 1
            i += 1 if pattern[i:i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


class _Found:
    """Whether any of ``patterns`` is found in a text: ``re.search`` of their alternation.

    The alternatives that open with ``^`` are tried at the text's start only (``match``),
    the others searched for together: mixed in one alternation, the anchored ones make the
    regex engine try every alternative at every position. Patterns with inline flags or
    back-references are searched as written.
    """

    def __init__(self, patterns: list[str]) -> None:
        self._whole: re.Pattern[str] | None = None
        if any(re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]", p) for p in patterns):
            self._whole = re.compile("|".join(f"(?:{p})" for p in patterns))
            return
        parts = [b for p in patterns for b in _branches(p)]
        at_start = [b for b in parts if b.startswith("^")]
        anywhere = [b for b in parts if not b.startswith("^")]
        self._at_start = re.compile("|".join(f"(?:{b})" for b in at_start)) if at_start else None
        self._anywhere = re.compile("|".join(f"(?:{b})" for b in anywhere)) if anywhere else None

    def __call__(self, text: str) -> bool:
        if self._whole is not None:
            return self._whole.search(text) is not None
        return bool((self._at_start is not None and self._at_start.match(text))
                    or (self._anywhere is not None and self._anywhere.search(text)))


class Kind(Enum):
    """What a single line is, judged on its own."""

    HEADING = auto()  # a Markdown heading
    HEADLIKE = auto()  # a short plain line without closing punctuation
    BODY = auto()
    BYLINE = auto()  # a line naming the writers
    CREDIT = auto()  # a closing credit on a line of its own: （本报记者 张三）
    PHOTO_CREDIT = auto()  # a line naming the photographers and nothing else
    CAPTION = auto()  # a paragraph ending in a photo credit
    NAME = auto()  # a bare person's name: a portrait caption
    LABEL = auto()  # box labels such as 核心提示
    RUBRIC = auto()  # 关键词【…】, 【垫江】…, a place name alone: opens an item
    SUBHEAD = auto()  # ■ a subhead inside a story; 一、任命
    LEAD = auto()  # "title+name：" or "name titles" above a profile's heading: opens an item
    DATE = auto()  # a full date alone on its line: a notice's signature date
    JUMP = auto()  # 下转第2版 / 上接第1版 on a line of its own
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
    photographers: tuple[str, ...] = ()  # "记者 A 文 B 图": B took the photos
    place_first: bool = False  # a head that opens with a place or 我区 (``_place_first``)
    indent: int = 0  # white space before the text, in half-width columns (a full-width space: 2)
    heading: str | None = None  # a paragraph's run-in heading ('**郁山镇**　3月12日，…')
    rule: str = "body"  # the name of the rule that decided ``kind``
    page: str | None = None  # the page a jump line points to
    norm: str = ""  # the text normalised (computed once, by ``classify``)
    stanza: bool = False  # a verse line that opens a stanza of its poem
    pointer: bool = False  # printed after a triangle (▲), which points at a picture
    printed: str | None = None  # ``text`` before a rule took its bullet off (a subhead's)
    listed: bool = False  # a head the page's contents box lists by its words
    posted: bool = False  # a site's list entry's title, printed with the day it was posted

    @property
    def normal(self) -> str:
        """The normalised text (computed here for lines made up by the builder)."""
        return self.norm or normalize(self.text)


def run_on(upper: Line, lower: Line) -> Line:
    """``upper`` with ``lower``'s text run on after it: one line the wrap had cut in two."""
    return replace(upper, text=upper.text.rstrip() + lower.text.strip(),
                   norm=upper.normal.rstrip() + lower.normal.strip())


# A two-character field label set letter-spaced as in a credit roll ('摄　　像：').
_SPACED_FIELD_LABEL = re.compile(rf"^([{HAN}])\s+([{HAN}])\s*(:)")


def credit_text(norm: str) -> str:
    """A normalised credit line as the credit rules read it: a letter-spaced field label
    joined ('记 者:'), then spaced-out single characters of names (刘 洋 → 刘洋)."""
    norm = _SPACED_FIELD_LABEL.sub(r"\1\2\3", norm, count=1)
    # '融媒体记者何川摄' (a page read without spaces): the mark set apart from the name
    if words()["roles"].search(norm):
        # '时报记者　李　航　10月4日摄于磁器口古镇': the picture's day and place are no name
        norm = _TAKEN_AT.sub(" 摄", norm)
        norm = _GLUED_PHOTO_MARK.sub(r" \1", norm)
        # '…王　佳　陈小川等': 'and others' glued to the last name is none of it
        norm = _ET_AL.sub("", norm)
        # '拍客“山城老猫”（李建国）摄': a reader's web name, then the real one in brackets
        norm = _HANDLE_THEN_NAME.sub(r" \g<name> ", norm)
        # '（本栏由本报记者　邹　平　辑）': the mark of who compiled it, set apart, no name's
        norm = _SPACED_COMPILED.sub("", norm)
        # '记者　周　涛　通讯员：李　敏': a second role's colon, set as the first role's gap
        if ":" in norm:
            norm = words()["later_role_colon"].sub(r"\g<role> ", norm)
    return join_spaced_names(norm)


_SPACED_COMPILED = re.compile(r"\s+(?:辑|輯)(?=\)?$)")


_GLUED_PHOTO_MARK = re.compile(rf"(?<=[{HAN}])(?<![拍航抓跟所摄攝])((?:摄|攝)\)?)$")
_ET_AL = re.compile(rf"(?<=[{HAN}])等(?=\s*\)?$)")
_TAKEN_AT = re.compile(rf"\s*(?:\d{{1,2}}月\d{{1,2}}日)?\s*(?:摄|攝)于[{HAN}]{{2,16}}(?=\)?$)")
_HANDLE_THEN_NAME = re.compile(
    rf"\s*“[^“”]{{1,16}}”\s*\(\s*(?P<name>[{HAN}](?: ?[{HAN}]){{1,3}})\s*\)\s*")


class _once:
    """``functools.cached_property`` without its lock (Python 3.11 takes a lock on every
    first read, a cost the line rules pay several times per line; a probe lives in one
    thread)."""

    def __init__(self, compute: Callable[[Probe], Any]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, probe: Probe | None, owner: type | None = None) -> Any:
        if probe is None:
            return self
        value = probe.__dict__[self.name] = self.compute(probe)
        return value


class Probe:
    """One line in the forms the rules look at; the costlier forms are computed on demand."""

    def __init__(self, text: str, norm: str, level: int, gazetteer: Gazetteer,
                 linked: bool = False) -> None:
        self.text = text  # display text (Markdown marks removed)
        self.norm = norm  # normalised
        self.level = level
        self.gazetteer = gazetteer  # the build's, with the editor's units
        self.linked = linked  # a Markdown list item that is only links

    @_once
    def cred(self) -> str:
        """Normalised, with spaced-out single characters of names joined (刘 洋 → 刘洋), and
        a field's label set letter-spaced joined first ('记　　者：田　甜　冉　红')."""
        return credit_text(self.norm)

    @_once
    def headline_shape(self) -> bool:
        """Short, open, at most one comma (see ``headline_shape``)."""
        return headline_shape(self.text, self.norm)

    @_once
    def closed(self) -> bool:
        """The line ends a sentence (``is_closed``; five furniture rules ask)."""
        return is_closed(self.norm)

    @_once
    def photo_credit(self) -> tuple[tuple[str, ...], bool] | None:
        """See ``_photo_credit`` (two rules ask: photo credit, caption)."""
        return _photo_credit(self)

    @_once
    def advert(self) -> bool:
        """Advertisement words in the line (two rules ask)."""
        return bool(words()["ads_re"].search(self.norm))


@dataclass(frozen=True)
class Verdict:
    """What a rule says about a line beyond its kind."""

    names: tuple[str, ...] = ()
    text: str | None = None
    with_photos: bool = False
    page: str | None = None
    photographers: tuple[str, ...] = ()  # a byline's photographers named apart from its writers
    heading: str | None = None  # a paragraph's run-in heading, its text then ``text``


@dataclass(frozen=True)
class LineRule:
    """A named line rule: when ``test`` answers, the line is of kind ``kind``."""

    name: str
    kind: Kind
    example: str
    test: Callable[[Probe], Verdict | bool | None]
    doc: str = ""


# --- helpers --------------------------------------------------------------------------


def is_closed(text: str) -> bool:
    """True when a line ends a sentence (so the next line starts a new paragraph)."""
    # The closing mark and its quotes are at the very end: look at the tail only, so that
    # checking a paragraph that keeps growing stays linear.
    return bool(_CLOSED.search(text[-64:].rstrip() if len(text) > 64 else text.rstrip()))


# (not '文/图 马 琴': 图 says the writer took the pictures, and the name follows it)
_SPACED_AFTER_SLASH = re.compile(rf"/(?![图圖文]\s)(?=[{HAN}] [{HAN}](?: [{HAN}])?(?:\s|$))")
_AFTER_COLON = re.compile(rf":\s*(?=[{HAN}] )")
# (The bracket first and the name's last character looked behind it: a pattern opening with
# a look-behind is tried at every position of the line, one opening on a class is skipped to.)
_BEFORE_BRACKET = re.compile(rf"([)）\]】])(?<= [{HAN}][)）\]】])")
_SPACED_BRACKET = re.compile(r" ([)）\]】])")


_SENTENCE_END_MARKS = frozenset("。!?！？;；(（[【、")  # after which a spaced name may start


def join_spaced_names(text: str) -> str:
    """Join single characters spaced out inside names: '记者 刘 洋 摄' → '记者 刘洋 摄'."""
    photo = set(words()["photo_marks"])
    # "记者:赵 敏": a name right after a label's colon is spaced out too.
    if ":" in text:
        text = _AFTER_COLON.sub(": ", text)
    if "/" in text:  # "文/冉 芳": and after a credit's slash
        text = _SPACED_AFTER_SLASH.sub("/ ", text)
    bracket = _BEFORE_BRACKET.search(text) is not None
    if bracket:  # "(记者 钟 静 实习生 毛 毛)": the last character is followed by the bracket
        text = _BEFORE_BRACKET.sub(r" \1", text)
    tokens = text.split(" ")
    # '…疏果。谭 静 摄', '（杨 林 摄）': a credit follows its sentence or its bracket unspaced,
    # so the name's first character ends the token before; it goes with the rest of the name.
    for at in range(len(tokens) - 2, -1, -1):
        token = tokens[at]
        if (len(token) >= 2 and token[-2] in _SENTENCE_END_MARKS and is_han(token[-1])
                and len(tokens[at + 1]) == 1 and is_han(tokens[at + 1])):
            tokens[at:at + 1] = [token[:-1], token[-1]]
    out: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1 and is_han(token) and token not in photo:
            run.append(token)
            continue
        if 2 <= len(run) <= 3:
            out.append("".join(run))
        elif len(run) >= 4 and len(run) % 2 == 0 and all(
            looks_like_name(run[i] + run[i + 1]) for i in range(0, len(run), 2)
        ):
            # "张 帆 王 蕾": two (or more) two-character names, each spaced out.
            out.extend(run[i] + run[i + 1] for i in range(0, len(run), 2))
        else:
            out.extend(run)
        run = []
        out.append(token)
    joined = " ".join(out[:-1])
    return _SPACED_BRACKET.sub(r"\1", joined) if bracket else joined


NAME_CHARS_MAX = 4  # characters of a person's whole name, at most (欧阳晓峰)


def person_like(token: str) -> bool:
    """A token that can be a person's whole name (not 记者, not an organisation); printed in
    traditional characters (鄧家輝), its simplified form is asked."""
    if not looks_like_name(token):
        simple = simplified_chars(token) if len(token) <= NAME_CHARS_MAX else token
        if simple == token or not looks_like_name(simple):
            return False
        token = simple
    return (token not in words()["not_names_set"]
            and not token.endswith(words()["forms_of_address"]) and not org_marks().search(token))


def org_marks() -> re.Pattern[str]:
    """Strings that make a credit token an organisation's name, not a person's."""
    return words()["org_marks_re"]


def credit_names(text: str) -> tuple[str, ...]:
    """Names in a credit, roles removed: '通讯员 张丽 记者 王强' → ('张丽', '王强')."""
    text = words()["roles"].sub(" ", join_spaced_names(normalize(text)))
    # A role set close against a spaced name ('（记者' / '田 甜）' joined at a wrap): the name
    # is spaced only once the role is gone.
    text = join_spaced_names(text)
    return tuple(n for n in re.split(r"[ \u3000、,，]+", text.strip())
                 if n and n not in words()["not_names_set"] and not _PAPER_SHORT_NAME.fullmatch(n)
                 and not _COLLECTIVE.match(n))


# Units named together, no one in them ('通讯员：各镇街', '供图：各区县'): 各 is no family name.
_COLLECTIVE = re.compile(r"^各[\u4e00-\u9fff]{1,5}$")


# A paper's short name left before its role ('时报记者', '都市报记者'): a medium, no name.
_PAPER_SHORT_NAME = re.compile(rf"[{HAN}]{{1,6}}[报報]")


_SENT_FROM = re.compile(rf"\s+(?:发自|發自)[{HAN}]{{2,8}}(?=\s|$)")
# (or after a slash, as Taiwan's papers print it: '記者周意涵／重慶報導')
_FILED_FROM = re.compile(rf"(?:\s+|\s*/\s*)(?P<place>[{HAN}]{{2,4}})\s*[报報][道導导]$")
_FILED_FROM_GLUED = (re.compile(rf"(?<=[{HAN}]{{2}})(?P<place>[{HAN}]{{2}})[报報][道導导]$"),
                     re.compile(rf"(?<=[{HAN}]{{2}})(?P<place>[{HAN}]{{3}})[报報][道導导]$"))


def filed_from(credit: str) -> str:
    """``credit`` without the place the report was filed from ('記者 孫 瑩 重慶報道' →
    '記者 孫 瑩'): a city of ``report_places`` or a district the gazetteer knows, or any
    place after 发自."""
    # '记者　谭　悦　发自城口': wherever it was sent from; each writer's place after the
    # writer ('谭　亮　发自武隆　杨　帆　发自奉节')
    if _SENT_FROM.search(credit):
        return _SENT_FROM.sub("", credit)
    # (or run into the name, a Hong Kong paper's way: '記者何家駿重慶報道', only a place the
    # lists know: what is left must still read as a name)
    match = _FILED_FROM.search(credit)
    if match is not None:
        return credit[: match.start()] if _filing_place(match["place"]) else credit
    for pattern in _FILED_FROM_GLUED:
        glued = pattern.search(credit)
        if glued is not None and _filing_place(glued["place"]):
            return credit[: glued.start()]
    return credit


def _filing_place(printed: str) -> bool:
    """A city of ``report_places`` or a district the gazetteer knows."""
    # A short place in traditional characters is too little text for ``to_simplified``
    # to tell its script (萬州): each character is asked in its simplified form.
    place = simplified_chars(printed)
    return bool(place in words()["report_places_set"] or printed in words()["report_places_set"]
                or default_gazetteer().canonical(place))


def _is_desk(text: str) -> bool:
    """An office or a town that signs a report with its writer ('区政府办', '柏杨街道',
    '发展规划科': a department's section, too long for a name)."""
    return bool(org_marks().search(text) or words()["town_re"].fullmatch(text)
                or (len(text) >= DESK_SECTION_MIN and text[-1] in "科股")
                or text in words()["desk_sections_set"]  # ('（安全科　邓　平）')
                # ('（宝顶区　胡德明）': a county's district of the 1980s, or a city's)
                or _DISTRICT_DESK.fullmatch(text) is not None)


# ('（忠县　李　华）': a county, its name one character or more)
_DISTRICT_DESK = re.compile(rf"[{HAN}]{{2,4}}[区區]|[{HAN}]{{1,4}}[县縣]")
DESK_SECTION_MIN = 4  # characters of a section's name ('规划科'), longer than a name with 科


_ROLE_COLON = re.compile(rf"(?<=[{HAN}])\s*:\s*(?=[{HAN}])")


def people_in_credit(inner: str) -> tuple[str, ...]:
    """The names of a credit when every token is a person's name, else ()."""
    # "融媒体中心记者 张小明": whatever precedes the first role is the desk, not a name.
    # "本报特派记者 张三 发自北京": where the reporter filed from is no name.
    inner = filed_from(re.sub(r"\s*(?:发自|發自)\S+$", "", normalize(inner)))
    inner = _ROLE_COLON.sub(" ", inner)  # '执笔：邓　丽': a role's colon is a space
    # "记者 唐宁 文/图", "记者 周芳 报道": what kind of report follows the names.
    inner = words()["credit_tail_re"].sub("", inner)
    role = words()["roles"].search(inner)
    if role:
        inner = inner[role.start() :]
    elif (((desk := _DESK_THEN_NAME.match(inner))
           or (desk := _DESK_GLUED_TO_PADDED.match(inner))) and _is_desk(desk["desk"])):
        inner = desk["name"]  # '柏杨街道　李　艳': the unit that wrote it, then the writer
    names = credit_names(inner)
    # A name spaced out in a credit ('（况 蓉）') is a name whatever its family name: 况 and
    # other family names that are also words are taken only where a name must stand.
    spaced = {match[1] + match[2] for match in _SPACED_PAIR.finditer(inner)}
    # After a role ('通讯员 沙法宣') a name must stand too, a rare family name and all.
    if names and all(person_like(n) or ((n in spaced or (role and 2 <= len(n) <= 3))
                                        and n[0] in rare_surnames()
                                        and n not in words()["not_names_set"])
                     for n in names):
        return names
    return ()


_SPACED_PAIR = re.compile(rf"(?:^|(?<=[\s(（、]))([{HAN}]) ([{HAN}])(?=$|[\s)）、])")


_DOWN_ARROWS = "↓⬇👇"
_READ_ON = re.compile(r"(?:[↓⬇👇]\ufe0f?\s*){2,}$")


def headline_shape(text: str, norm: str | None = None) -> bool:
    """Short, no closing punctuation, at most one comma: a headline, kicker or subhead."""
    if len(text) > 200:
        return False  # cheap exit for long paragraphs
    norm = normalize(text) if norm is None else norm
    if is_closed(norm) or norm.endswith((",", "、", "“", "《", "(")):
        return False
    if len(norm) > 2 and norm[-1] == "-" and is_han(norm[-2]):  # NFKC: '－' is '-' too
        return False  # '九龙坡区新-' / '能源汽车…': a word broken at the line's end
    if "。" in norm or norm.count(",") > 1:
        return False
    if norm[-1:] in _DOWN_ARROWS and _READ_ON.search(norm):
        return False  # '又到周五啦！…一起来看↓↓↓': a post's words to the reader, pointing on
    if norm[:1] in "“‘「\"" and "," in norm and _comma_in_quote(norm):
        return False  # reported speech cut off by the page edge, not a headline
    parts = re.split(r"\s*(?:--|——|-{2,})\s*", norm)
    # Decks run long (up to ~50 characters); column fragments have more than one comma.
    return all(0 < len(p.replace(" ", "")) <= 50 for p in parts if p) and len(norm) >= 2


def _comma_in_quote(norm: str) -> bool:
    """'“我们一定…,…' (speech cut off) rather than '“村晚”火了,…' (a quoted word, then more)."""
    closing = {"“": "”", "‘": "’", "「": "」", '"': '"'}[norm[0]]
    end = norm.find(closing, 1)
    if end == len(norm) - 1:
        return False  # '“年轻人回来了，村里才有盼头”': a whole quotation closed, a quoted head
    return end < 0 or norm.find(",") < end


def label_of(norm: str) -> str | None:
    """The label of a labelled line ('报告内容：…' → '报告内容', '主 持 人:…' → '主持人'), or
    None."""
    match = _LABELLED.match(norm) or _SPACED_LABEL.match(norm)
    return match[0][:-1].replace(" ", "") if match else None


_TITLE_WORDS = re.compile("|".join(map(re.escape, title_words())))
_ENDS_IN_TITLE = re.compile(rf"(?:{_TITLE_WORDS.pattern})$")
# '区发展改革委党组书记、主任　熊　伟': posts ending in a title word, a space, then a name.
POSTS_AND_NAME = re.compile(
    rf"^(?P<posts>[^\s。,，!?！？:：【】\[\]]{{2,30}}(?:{_TITLE_WORDS.pattern}))\s+(?P<name>{_NAME})$")


# A voice's person line: posts, commas or gaps among them, then the name after a gap
# ('市人大代表，重庆长驰汽车零部件有限公司董事长　邵文龙').
_VOICE_LINE = re.compile(rf"^(?P<posts>[^。!?！？:：【】]{{4,40}}?)\s+(?P<name>{_NAME})$")


def voice_line(norm: str) -> bool:
    """Is ``norm`` a voice's person line: posts ending in a title word, then the name?"""
    match = _VOICE_LINE.match(join_spaced_names(norm.replace("*", "").strip("> ")))
    return (match is not None and person_like(match["name"])
            and _ENDS_IN_TITLE.search(match["posts"].rstrip(" ,，、")) is not None)


def _is_lead(norm: str) -> bool:
    """'市人大代表、涪陵区区长张明：' — titles and a name, ending in a colon, on one line."""
    if not norm.endswith(":") or len(norm) > 60 or "。" in norm:
        return False
    head = norm[:-1]
    titles = list(_TITLE_WORDS.finditer(head))
    if not titles:
        return False
    # The name follows the last title word; allow "(兼)" style notes between them.
    last = titles[-1]
    tail = re.sub(r"^\s*[(（][^()（）]{1,4}[)）]", "", head[last.end() :])
    # ('…居民、民警说一声：' is a sentence cut at its colon: no name after the title)
    return 2 <= len(tail) <= 4 and all(is_han(c) for c in tail) and person_like(tail)


# '李建国 县人大代表、龙潭镇养殖大户': a name, a space, then what the person is.
NAME_AND_ROLES = re.compile(rf"^({_NAME})\s+([^\s。,，!?！？]{{2,40}})$")
SPEAKER_ROLES_MAX = 20  # characters of a speaker's roles read by the shape alone


def _is_speaker(probe: Probe) -> bool:
    """'李建国 县人大代表、龙潭镇养殖大户': a name, a space, then roles, as a speaker line; or
    '■冉光辉（市人大代表、酉阳县板溪镇山羊村党支部书记）': a name and its roles in brackets."""
    if len(probe.norm) <= 60 and (bracketed := _BRACKETED_SPEAKER.match(probe.norm)):
        return _speaker(bracketed["name"].replace(" ", ""), bracketed["roles"])
    # ('农　技　顾　问': a column's name set letter-spaced, no name and post)
    if len(probe.norm) > 50 or " " not in probe.norm or letter_spaced(probe.norm, 4):
        return False
    match = NAME_AND_ROLES.match(probe.cred)
    return bool(match) and _speaker(match[1], match[2])


_BRACKETED_SPEAKER = re.compile(
    rf"^[{re.escape(BULLETS)}]?\s*(?P<name>[{HAN}](?: ?[{HAN}]){{1,3}})"
    rf"\s*\((?P<roles>[^()]{{2,40}})\)$")


def _speaker(name: str, roles: str) -> bool:
    """A person's name, and roles after it (a title word, or a list with 、)."""
    if not person_like(name) or is_closed(roles):
        return False
    # (a role ends in its title word: '市民安心' under '米價平穩' is a headline's second phrase)
    return bool(_ENDS_IN_TITLE.search(re.split(r"[、，,]", roles.strip())[-1].strip())) or (
        "、" in roles)


def is_page_name(text: str) -> bool:
    """A page's name: '要闻', '社会', or one of them before 新闻 ('社会新闻', '区县新闻'; not
    '上游新闻', an app's name)."""
    names = words()["page_names_set"]
    return text in names or (text[-2:] in ("新闻", "新聞") and text[:-2] in names)


def known_places(gazetteer: Gazetteer, text: str, towns: bool = False) -> bool:
    """Every part of '綦江·万盛' or '江北' is a place the gazetteer knows (or, with ``towns``,
    is shaped like a town or street: 古南街道, 龙池村)."""
    parts = [p for p in re.split(r"[·、 ]+", text) if p]
    return bool(parts) and all(
        gazetteer.canonical(p) or (towns and words()["town_re"].fullmatch(p))
        for p in parts
    )


# A letter's salutation alone on its line: to the paper's editors ('编辑同志：', a reply to
# '重庆日报编辑部：' or its letters desk), or to whoever it is written to ('尊敬的…：').
LETTER_SALUTATION = re.compile(
    r"^(?:编辑同志|編輯同志|记者同志|記者同志|\S{0,8}(?:编辑部|編輯部|群众工作部|群眾工作部)"
    r"|尊敬的\S{1,12}|亲爱的\S{1,8}|親愛的\S{1,8})\s*[:：]$")
PLACE_AFTER_DISTRICT_MAX = 4


def _district_and_place(gazetteer: Gazetteer, text: str) -> bool:
    """'九龙坡区杨家坪': a district's name, then a place in it too small for the gazetteer (a
    letter's writer signs with where they live)."""
    return any(gazetteer.canonical(text[:n]) and 0 < len(text) - n <= PLACE_AFTER_DISTRICT_MAX
               for n in range(2, 6))


# (or the label in the brackets, the word after them: '【关键词】产业升级')
_KEYWORD_RUBRIC = re.compile(r"^关键词\s*[【\[［〔].+?[】\]］〕]$"
                             r"|^[【\[［〔]关键词[】\]］〕]\s*[^\s，。,]{2,12}$")
_BRACKET_HEAD = re.compile(r"^[【\[［〔](?P<place>[^】\]］〕]{1,16})[】\]］〕]\s*(?P<rest>.*)$")
_ENUM_HEAD = re.compile(r"^[一二三四五六七八九十]{1,3}[、.]\s*\S")
_CREDIT_PREFIX = re.compile(
    r"^(?P<what>文/图|图/文|文/圖|圖/文|文图|文圖|文|图|圖)"
    # the separator, or a space before a role and what may precede it (融媒体记者)
    r"(?:\s*[/／:：|｜]\s*|\s+(?=\S{0,10}?(?:本[报報]|[记記]者|通[讯訊][员員]|[读讀]者)))"
)
_AUTHOR_MARK = re.compile(
    rf"^[{BULLETS}]?\s*(?:文/图|图/文|文/圖|圖/文|文字|文|撰文)\s*[/／:：]\s*")
# ('心血管内科　主治医师　张伟': a department and a rank, a space between them)
_POST_THEN_NAME = re.compile(
    rf"^(?P<unit>[{HAN}]{{2,24}}(?:\s[{HAN}]{{2,12}})?)\s+(?P<name>[{HAN}]{{2,4}})$")
_AUTHOR_LINE = re.compile(
    rf"^[{BULLETS}]?\s*(?:文字|文|文/图|图/文|文/圖|圖/文|撰文|撰稿|执笔|執筆)\s*[/／|｜:：]\s*(?P<names>{_NAMES})$"
    # '作者：谭晓峰　单位：…': a writer with the place they work (a bare '作者：A' may be a
    # book's author, in a 书讯's fields).
    rf"|^作者\s*[:：]\s*(?P<writer>{_NAMES})\s+(?:单位|單位)\s*[:：]\s*\S.*$"
    # '作者：冉　静（垫江县高安镇人民政府）', '文/冉启明（万盛经开区文联主席）': the writer, and
    # the place they work or their post in brackets
    rf"|^(?:作者|文)\s*[:：/／]\s*(?P<employed>[{HAN}](?: ?[{HAN}]){{1,3}})\s*\([^()]{{2,30}}\)$"
)
# '作者：本报记者　罗　婧　通讯员　代小飞', '文字：融媒体记者　陈思宇', '整理：本报记者　杨　帆': a
# field's label before a byline (with no role after it, '作者：A' may be a book's author in a
# 书讯's fields).
_WRITER_FIELD = re.compile(r"^(?:作者|文字|撰文|撰稿|整理)\s*[:：]\s*")
# '摄影：融媒体记者　何　欣　冉　丹': the same field of the photographers.
_PHOTO_FIELD = re.compile(r"^(?:摄影|攝影|图片|圖片)\s*[:：]\s*")
_WHERE_THEN_CREDIT = re.compile(rf"^(?P<where>[{HAN}]{{2,12}})\s+(?P<rest>\S.*)$")
_NAMES_ONLY = re.compile(rf"^(?P<names>{_NAMES})$")
_TOLD_TO = re.compile(r"^口述\s*[:：].+?\s(?:整理|记录|記錄)\s*[:：]\s*(?P<rest>\S.*)$")
_ONE_NAME = rf"[{HAN}](?: ?[{HAN}]){{1,3}}"  # a name, its characters maybe a space apart
_DESK_THEN_NAME = re.compile(rf"^(?P<desk>[{HAN}]{{2,12}})\s+(?P<name>{_ONE_NAME})$")
_DESK_THEN_NAMES = re.compile(rf"^(?P<desk>[{HAN}]{{2,12}})\s+(?P<name>{_ONE_NAME}\s+{_ONE_NAME})$")
# '兴义镇刘 珊': the space between desk and name lost where a wrap cut the credit.
_DESK_GLUED_TO_PADDED = re.compile(rf"^(?P<desk>[{HAN}]{{2,12}})(?P<name>[{HAN}] [{HAN}])$")
_HAN_AND_SPACES = re.compile(rf"[{HAN}](?: ?[{HAN}]){{1,8}}")
# A cartoon's or drawing's credit: （漫画/周 洋） · 插图：李四
_DRAWN_BY = re.compile(
    r"^[(（]?\s*(?:漫画|漫畫|绘图|繪圖|插图|插圖|绘画|繪畫)\s*[/／:：]\s*(?P<names>.+?)\s*[)）]?$")
# A section's number alone on its line, as posts number their parts: 01 · 02
_BARE_MARK = re.compile(r"^[\u2460-\u2473\u2776-\u277f]$")  # ① … ⑳, ❶ … ❿ alone
_SECTION_NUMBER = re.compile(r"^(?:0[1-9]|(?:NO|No|no)\.?\s?[1-9]\d?)$")  # (or 'NO.1')
# One mark alone on a line, left by a scan: 丨 · | · I
# A Markdown link (not an image, '![…](…)'): its text is what the page prints.
_MD_LINK = re.compile(r"(?<!!)\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_ICON = re.compile(r"(?:^|(?<=[\s:：]))[\ue000-\uefff](?=[\s:：]|$)")
_ICON_SPACE = re.compile(r"(?<=\S)[ ](?=[\u3000])|(?<=[\u3000])[ ](?=\S)")
# A reference-style link's or image's reference ('[首页][2]', '![][14]'; html2text's way).
_REFERENCE_LINK = re.compile(r"\]\[(\d{1,4})\]")
# An image with no words ('![](http://…/ga.png)').
_WORDLESS_IMAGE = re.compile(r"!\[\s*\]\((?:[^()\s]|\([^()\s]*\))*\)")
# A list item made of links and linked images only: '[首页](http://…)',
# '[![Image 5: 新浪微博](…)](…)'.
# (a related link's date may follow it: '[重庆今年将新建高标准农田80万亩](http://…)2014年03月05日')
_LINKS_ONLY = re.compile(
    r"^(?:\s*(?:!?\[(?:[^\[\]\n]|!?\[[^\]\n]*\]\([^()\s]*\))*\]\((?:[^()\s]|\([^()\s]*\))*\)))+"
    r"\s*(?:[(（]?\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?[)）]?)?\s*$")
# A row of linked images and nothing else: '[![Image 1: 人民网](…logo.gif)](http://…)'.
_LINKED_IMAGES = re.compile(
    r"^(?:\s*\[!\[[^\]\n]*\]\([^()\s]*\)\]\((?:[^()\s]|\([^()\s]*\))*\))+\s*$")
_ORDERED_ITEM = re.compile(r"^\d{1,3}[.)]\s+(?=\[)")
# A chart's or a table's title closed by its unit ('…构成（单位：亿元）'), or the note under
# it ('注：带*者为首发球员'). (normalised text: brackets and colons half-width)
_FIGURE_TITLE = re.compile(r"^[^()]{4,}\((?:单位|單位)\s*:[^()]{1,12}\)$")
_FIGURE_NOTE = re.compile(r"^(?:注|註|说明|說明)\s*:\s*\S")
# A letter's signature with the name masked by the paper ('读者　王××', '（市民　李**）').
_MASKED_SIGNATURE = re.compile(
    rf"^\(?\s*(?:[{HAN}]{{2,12}}\s+)?(?:读者|讀者|市民|村民|居民|网友|網友|群众|群眾|家长|家長)?\s*"
    rf"[{HAN}](?:××|xx|XX|＊＊|\*\*|某某|某)(?:[(（][^()（）]{{1,6}}[)）])?\s*\)?$")
# A correspondent's dispatch under the piece, bracketed: '（十月十四日寄自南桐矿区）'.
# (normalised text: half-width brackets)
_DISPATCH_LINE = re.compile(r"^\([^()]{2,14}(?:寄自|发自|發自|寄於|寄于)[^()]{2,10}\)$")
_LIST_BULLETS = "■□●○◆◇·•"
_POSTED_DATE = re.compile(
    r"[ \u3000]{2,}[\[【(（]\s*(?:(?:19|20)\d{2}-)?\d{1,2}-\d{1,2}\s*[\]】)）]$")
# A feed reader's list: the entry's time or day far to the right of a title (ten characters
# or more) that has no such gap itself (a table's row has more than two cells).
_POSTED_TIME = re.compile(r"^(?:(?![ \u3000]{2}).){10,}?(?P<gap>[ \u3000]{4,})"
                          r"(?:[上下]午\s*\d{1,2}:\d{2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$")
# A rule read by a scan as a row of 一 ('一一一一一一一一'): furniture.
_FRAME_SIDE = re.compile(r"[ \u3000]+※$")
_OCR_RULE = re.compile(r"^一{6,}$|^[※＊☆★◆◇○●]{6,}$")  # (or a box's frame of marks: '※※※※※※')
# A box's top or bottom rule with its corners ('r一一一…一1', 'L一一…一」', '厂一一…一7',
# 'L＿＿…＿」').
_BOX_RULE = re.compile(r"^[rｒΓ「┌┏╔L└┗╚厂](?:一{6,}|[_＿]{6,})[1lｌ」┐┓╗┘┛╝J7]?$")
# A box's left side read with a line: a bar, or an l before a bracket or a space.
_BOX_SIDE = re.compile(r"^(?:[丨｜|]|l(?=[（(\u3000]))")
_RIGHT_SIDE = re.compile(r"[ \u3000]+[丨｜|]$")
# Marks set apart between the briefs of a column or a feature's parts: '×　　×　　×',
# '＊　＊　＊', '*　※　*'.
_SEPARATOR = re.compile(r"^[×xX*＊△▲☆★◇◆○●※](?:\s+[×xX*＊△▲☆★◇◆○●※]){2,4}$")
_STRAY_MARKS = frozenset("丨|｜Il/\\·•¤‖┃│★☆")
# The day (and place) a commentary or a note was written, in brackets under it: '（4月19日于
# 涞滩）', '（2014年4月15日）', '（4月22日补记）', '（2013年2月16日凌晨写于花田乡）'.
_WRITTEN_ON = re.compile(
    rf"^\((?:[0-9]{{4}}年)?[0-9]{{1,2}}月[0-9]{{1,2}}日(?:凌晨|清晨|深夜|夜|晚)?"
    rf"(?:(?:写|寫|草|改)?(?:于|於)[{HAN}]{{2,10}}|补记|補記|草就|改定|定稿|夜记|夜記)?\)$")


def issuer_and_date(norm: str) -> bool:
    """'彭水苗族土家族自治县生态环境局　2025年3月20日' (normalised): an issuing body (its name
    ending as on a signature line, ``issuer_endings``: '重庆日报' is a source, no issuer) and
    a full date after a space."""
    if not (match := _ISSUER_AND_DATE.match(norm)):
        return False
    return (bool(_FULL_DATE_LINE.match(match["date"]))
            and match["issuer"].endswith(tuple(words()["issuer_endings"])))


_ISSUER_AND_DATE = re.compile(rf"^(?P<issuer>[{HAN}（）()]{{4,40}})\s+(?P<date>\S+)$")
# Where and when a piece reprinted was first printed, in brackets ('（原载2009年11月13日《綦江报》
# 第1版）', '〔原载《重庆晚报》2012.11.6　A12版〕'): its own days are of that day's year.
_REPRINT_NOTE = re.compile(
    r"^[(（〔\[]\s*(?:原载|原載|原刊|原刊于|原刊於)\s*[^()（）〔〕\[\]]{4,40}[)）〕\]]$")
# The paper's own address at a page's foot ('涪陵日报社地址：…　　新闻热线：…', '本报地址：…').
_PAPER_ADDRESS = re.compile(r"^\S{0,8}(?:报社|報社|本报|本報)地址\s*[:：]")
# A brief's title in bold run in before its text (a Markdown copy keeps the bold).
BOLD_RUN_IN = re.compile(r"^\*\*(?P<title>[^*]{4,32})\*\*[\s\u3000]*(?P<text>\S.{8,})$")
# A masthead line's date ('2006年9月7日'): a heading that has one and reads as a masthead is
# the page's furniture.
_DATED_MASTHEAD = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
_FULL_DATE_LINE = re.compile(
    # (a year of the common era said so: '公元一九五〇年十月十日')
    # (a scan's letters for figures: '2OOO年6月1O曰', O for 0 and l for 1 beside a figure)
    rf"^(?:公元)?(?:[12l][0-9OＯlI]{{3}}|{YEAR_NUMERALS})年"
    r"(?:[0-9][0-9OＯlI]?|[lI][0-9]|[一二三四五六七八九十]{1,2})月"
    r"(?:[0-9][0-9OＯlI]?|[lI][0-9]|[一二三四五六七八九十]{1,3})[日曰]$"  # (曰 for 日)
)


SERIES_NAME_MAX = 16  # characters of a series' name and its circled number


def is_rubric(text: str) -> bool:
    """A column's name (栏目): a rubric mark ('·', 【】, 聚焦…), or a short line with a
    column's ending ('两江观察', '记者手记'); a long line ending so is a headline."""
    norm = normalize(text)
    if len(norm) > 60:
        return False
    if words()["rubric_shapes_re"].search(norm):
        return True
    # A series' name and number ('寻访非遗传承人⑥'; NFKC reads ⑥ as 6, so the text is asked).
    if len(norm) <= SERIES_NAME_MAX and "\u2460" <= text.rstrip()[-1:] <= "\u2473":
        return True
    squeezed = norm.replace(" ", "")  # '简　讯' set letter-spaced
    if column_spaced(text, LETTER_SPACED_MIN):
        # '暖　新　闻': a column's name set letter-spaced, as no headline is; but a notice's
        # title may be ('停　电　通　知', '启　事'): a document's type ends it.
        return not squeezed.endswith(tuple(words()["document_types"]))
    # ('■■　防治非典进行时　■■': a name printed white on black, its bars read as marks)
    squeezed = squeezed.strip(_RUBRIC_BARS)
    # ('“光荣在党50年”老党员风采': a campaign's quoted name opening a column's is not counted)
    counted = _QUOTED_LEAD.sub("", squeezed)
    return (len(counted) <= words()["rubric_ending_max"]
            and bool(words()["rubric_endings_re"].search(squeezed)))


_QUOTED_LEAD = re.compile(r"^“[^“”]{2,12}”(?=\S{2})")


_RUBRIC_BARS = "■□◆◇★☆"
LETTER_SPACED_MIN, LETTER_SPACED_MAX = 3, 6  # characters of a letter-spaced column's name
COLUMN_SPACED_MAX = 8  # ... or more, set evenly apart ('振 兴 路 上 带 头 人')


def column_spaced(text: str, shortest: int) -> bool:
    """A column's name set letter-spaced: ``letter_spaced``, or up to COLUMN_SPACED_MAX
    characters set evenly apart ('振 兴 路 上 带 头 人'; a slogan's two halves with a wide
    gap between them, '產　增　國　愛　　　　朝　援　美　抗', are none)."""
    norm = normalize(text)
    if letter_spaced(norm, shortest):
        return True
    squeezed = norm.replace(" ", "")
    if not (LETTER_SPACED_MAX < len(squeezed) <= COLUMN_SPACED_MAX
            and len(norm.split()) == len(squeezed) and is_han(squeezed)):
        return False
    printed = text.strip()
    characters = printed.split()
    gap = printed[1:printed.index(characters[1], 1)]  # the white space after the first
    return printed == gap.join(characters)


def letter_spaced(norm: str, shortest: int) -> bool:
    """'暖 新 闻': ``shortest`` to LETTER_SPACED_MAX characters, each set apart (a name padded
    to three cells, '黄 婷', is none)."""
    squeezed = norm.replace(" ", "")
    return (shortest <= len(squeezed) <= LETTER_SPACED_MAX
            and len(norm.split()) == len(squeezed) and is_han(squeezed)
            and (len(squeezed) > 2 or not person_like(squeezed)))


def _short_furniture(
    key: str, limit: int = 60, closed: bool = False
) -> Callable[[Probe], bool]:
    """A rule for furniture lines: short, matching ``key``'s patterns, open unless ``closed``."""
    name = key + "_found"

    def test(probe: Probe) -> bool:
        return len(probe.norm) <= limit and (closed or not probe.closed) and words()[name](
            probe.norm)
    return test


_chrome_line = _short_furniture("web_chrome", 80, closed=True)
_masthead = _short_furniture("masthead", 80)
_SENTENCE_RUNS_ON = re.compile(r"[,，。]\s*[\u4e00-\u9fff]")
# A site's footer menu, however long: short cells between bars (人民日报社概况　|　关于…).
_MENU_CELLS = re.compile(r"^(?:[^|｜\s][^|｜]{0,11}\s*[|｜]\s*){3,}[^|｜]{0,12}$")
# ... five channels or more between bars, whatever follows them (华龙网首页 | 新闻 | 财经 | … |
# 视频　　手机华龙网 wap.cqnews.net)
_MENU_FIRST = re.compile(r"^(?:[^|｜\s][^|｜]{0,11}\s*[|｜]\s*){5,}")
# ... or a list's tabs set apart by spaced dots ('全部 · 主城都市区 · 渝东北 · 渝东南').
_DOT_MENU = re.compile(r"^[^·•\s]{2,6}(?:\s+[·•]\s+[^·•\s]{2,6}){3,}$")


_SITE_AFTER_TITLE = re.compile(r"^(?P<title>\S.{5,}?)\s+[-_|–—]\s+(?P<site>[^-_|–—]{2,30})$"
                               # (or joined by underscores, the channel first: '…_重庆频道_华龙网')
                               r"|^(?P<title2>\S.{5,}?)_(?P<site2>[^_\s]{2,12}_[^_\s]{2,12})$")
_MEDIA_WORD = re.compile(
    r"新闻|新聞|网$|網$|网\s|網\s|报|報|融媒|客户端|客戶端|频道|頻道|在线|在線")


# (or '本版稿件除署名外均由本报记者　李　航　采写　　本版图片除署名外均由…摄': the same,
# for the stories that are not signed)
_UNSIGNED_ONES = r"(?:除署名外|除署名者外)?(?:均由|均为|由)?"
_PAGE_WRITERS = re.compile(
    rf"^本版(?:文字|撰稿|采写|採寫|文|稿件)\s*{_UNSIGNED_ONES}\s*[:：/]?\s*(?P<writers>.+?)"
    r"(?:\s*(?:采写|採寫|撰写|撰寫))?"
    rf"(?:\s+本版(?:摄影|攝影|图片|圖片|图|圖)\s*{_UNSIGNED_ONES}\s*[:：/]?\s*(?P<photos>.+?))?$")
_PAGE_PHOTOS = re.compile(
    rf"^本版(?:摄影|攝影|图片|圖片|图|圖)\s*{_UNSIGNED_ONES}\s*[:：/]?\s*(?P<photos>.+?)$")


def _page_credit(probe: Probe) -> Verdict | None:
    """'本版文字：本报记者　冉　杰　刘　芳　　本版摄影：本报记者　向　东', '本版图片　本报记者
    李　军　摄': who wrote the page's stories and took its photos, named once for the page
    (the builder gives them to the stories that name no one of their own)."""
    if len(probe.norm) > 60 or not probe.norm.startswith("本版"):
        return None
    found = _PAGE_WRITERS.match(probe.norm) or _PAGE_PHOTOS.match(probe.norm)
    if found is None:
        return None
    writers = found.groupdict().get("writers")
    names = _photographers(writers) if writers else ()
    photos = found["photos"]
    photographers = _photographers(re.sub(r"\s*(?:摄|攝)$", "", photos)) if photos else ()
    if (writers and not names) or (photos and not photographers):
        return None
    return Verdict(names=names, photographers=photographers)


_MD_ESCAPE = re.compile(r"\\([\[\]|>*_#`\\.!()-])")
_ESCAPED_BRACKETS = {"[": "［", "]": "］"}
# An OCR program's export: its file line (文件名：QJB19880913-02.TIF　　识别日期：2010-03-22 — the
# day of the scan, not the page's) and a zone's marker (=====[第2区　文字]=====).
# (or the image's file name alone, opening the text of each half of a page scanned in two:
# [1993061002L.tif])
_SCAN_EXPORT = re.compile(
    r"^文件名\s*[:：].*\.(?:tiff?|jpe?g|png|pdf)\b|^=+\s*[\[【]?\s*第\s*\d+\s*区\s*\S{0,4}\s*[\]】]?\s*=+$"
    r"|^[\[【]?[A-Za-z0-9_\-.]{1,40}\.(?:tiff?|jpe?g|png)[\]】]?$"
    # (an archive's head over the text of a page's PDF: its name, the file and the sheet,
    # '重庆图书馆　地方文献数字化库　　CQWB_20050714_07.pdf　　第 1 页 / 共 1 页')
    r"|^\S.{0,40}\s[A-Za-z0-9_\-.]{1,40}\.pdf\s+第\s*\d+\s*[页頁]\s*/\s*共\s*\d+\s*[页頁]$",
    re.IGNORECASE)
# The same phrase two times or more across a line: a copy's watermark.
_WATERMARK = re.compile(r"^(?P<mark>\S.{2,18}?\S)(?:\s+(?P=mark)){1,}$")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_LINKED_IMAGE = re.compile(r"\[!\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)\]"
                           r"\((?:[^()\s]|\([^()\s]*\))*\)")
_EMPTY_LINK = re.compile(r"(?<!!)\[\]\((?:[^()]|\([^()]*\))*\)")  # (not an image: '![](…)')
_TRACKED_OUT = re.compile(r"\[[^\[\]]*\]\{\.(?:deletion|comment-start|comment-end)\b[^{}]*\}")
_ATTR_SPAN = re.compile(r"\[([^\[\]]+)\]\{[.#][^{}]*\}")


CHANNEL_CELLS_MIN = 5  # cells of a line of channels
CHANNEL_WORDS_MIN = 3  # of them, common channels' names


def _channel_menu(probe: Probe) -> bool:
    """'门户　　论坛　　群组　　家园　　梁平视频　　房产　　招聘　　应用': a site's menu of
    channels, short cells set apart, three or more of them common channels' names."""
    parts = probe.norm.split(" ")
    return (len(parts) >= CHANNEL_CELLS_MIN and all(len(part) <= 6 for part in parts)
            and not CLAUSE_MARK.search(probe.norm)
            and sum(part in words()["channel_words_set"] for part in parts) >= CHANNEL_WORDS_MIN)


PLACE_MENU_CELLS_MIN = 6  # cells of a site's menu of districts


def _place_menu(probe: Probe) -> bool:
    """'渝西　永川　江津　合川　大足　荣昌　璧山…': a site's menu of districts, short places' names
    set apart, one a cell, four in five of them places the gazetteer knows (a region's word
    first, an old district's name)."""
    parts = probe.norm.split(" ")
    return (len(parts) >= PLACE_MENU_CELLS_MIN
            and all(2 <= len(p) <= 4 and is_han(p) for p in parts)
            and sum(known_places(probe.gazetteer, part) for part in parts) * 5 >= len(parts) * 4)


SAME_PAGE = "本"  # a jump's page when the text goes on elsewhere on the same page (本版, 下栏)


def run_in_jump(text: str) -> tuple[str, str] | None:
    """A jump printed at the end of a paragraph's last line ('…加上卖（转下栏）', '…增长
    （下转第2版）'): the text before it and the page it goes on to; None without one."""
    match = _RUN_IN_JUMP.search(text)
    if match is None or not text[:match.start()].strip():
        return None
    jump = words()["jump_to_re"].match(normalize(match.group()))
    if jump is None:
        return None
    return text[:match.start()].rstrip(), jump["page"] or SAME_PAGE


# (in brackets, closing the line; the words inside checked against ``jump_to``)
_RUN_IN_JUMP = re.compile(r"[(（]\s*(?:下转|下轉|转|轉)[^()（）]{1,10}[)）]\s*$")


def _jump(key: str) -> Callable[[Probe], Verdict | None]:
    def test(probe: Probe) -> Verdict | None:
        match = words()[key + "_re"].match(probe.norm)
        if match and match.end() >= len(probe.norm.rstrip()):
            return Verdict(page=match["page"] or SAME_PAGE)
        return None
    return test


_COUNTED_COMMENTS = re.compile(
    # ('精彩评论（32）', '评论（28）　　最热　|　最新' with its sort tabs)
    r"^(?:\S{0,4}(?:评论|評論)|留言)\(\d+\)(?:(?:最热|最熱|热门|熱門)[|｜/]?最新)?$")
# A comments list's sort tabs ('最热　　最新'): only comments are ever sorted so.
_COMMENT_TABS = re.compile(r"^(?:最热|最熱|热门|熱門)[|｜/]?最新$")
# ('网友评论　　已有3条评论，共28人参与　　查看全部评论>>', '共 157 条评论': the comments' count
# as their label)
_COMMENT_COUNT = re.compile(r"^\S{0,6}?已有\d+条(?:评论|評論)|^共?\d+条(?:评论|評論)$")
COMMENTS_LABEL = "全部评论"
_WRITE_BUTTONS = ("写留言", "写评论")  # a comments box's button beside its label


def info_line(line: Line) -> bool:
    """Is ``line`` a web article's information line, read as chrome ('来源：区融媒体中心
    发布时间：2025-12-31', '大足发布　2021-08-10 18:30')? Its date is the page's."""
    return line.rule == "web-chrome" and words()["article_info_re"].search(line.normal) is not None


_MORE_LINK = re.compile(r"(?:更多|MORE|More|more)?[>＞»]{1,2}$")


def bare_label(norm: str) -> str:
    """A box label without spaces, colon, brackets and a leading '今日/本期' ('今日导读' →
    '导读', '【人物名片】' → '人物名片')."""
    bare = norm.replace(" ", "").rstrip(":")
    if bare.endswith((">", "»")):
        bare = _MORE_LINK.sub("", bare) or bare  # '最新公告　　更多>>': the box's link to more
    if bare[-1:].isdigit() and (counted := bare.rstrip("0123456789")) in words()["labels_set"]:
        return counted  # '全部评论 86': comments with their count
    for button in _WRITE_BUTTONS:  # '精选留言　　　写留言': the comments, the button to write one
        if bare.endswith(button) and bare[:-len(button)] in words()["comment_labels"]:
            return bare[:-len(button)]
    if _COUNTED_COMMENTS.match(bare) or _COMMENT_TABS.match(bare) or _COMMENT_COUNT.match(bare):
        # '评论（18）': comments (a bare '评论' may name a column; with a count it cannot);
        # '最热　最新': their sort tabs
        return COMMENTS_LABEL
    if bare[:1] in "【[〔" and bare[-1:] in "】]〕":
        bare = bare[1:-1]
    for prefix in words()["label_prefixes"]:
        if bare.startswith(prefix) and bare[len(prefix):] in words()["labels_set"]:
            return bare[len(prefix):]
    return bare


# A post's divider between dashes ('——　往期推荐　——', '—— 延伸阅读 ——').
_DASHED = re.compile(r"^[—－-]{2}\s*(?P<label>[^\s—－-]{2,8})\s*[—－-]{2}$")


def _dashed_link_label(probe: Probe) -> Verdict | None:
    """'——　往期推荐　——': a divider naming a box of links (or a related story) is its label."""
    dashed = _DASHED.match(probe.norm)
    if dashed is None or dashed["label"] not in words()["link_labels"]:
        return None
    return Verdict(text=dashed["label"])


def _label(probe: Probe) -> bool:
    return bare_label(probe.norm) in words()["labels_set"]


_INNER_BRACKETS = re.compile(rf"(?<=[{HAN}])\([^()]{{1,8}}\)(?=[{HAN}])")
_RAISED_BY = re.compile(r"^\(\s*(?:反映人|提案人|建议人|建議人)\s*:\s*(?P<rest>[^()]+?)\s*\)$")
# ('（供稿：安富街道　撰稿：刘　杨）': the unit that supplied it first)
_DRAFTED = re.compile(
    r"^\(\s*(?:(?:供稿|来稿|來稿)\s*:\s*[^:()\s]{2,20}\s+)?"
    r"(?:撰稿|撰文|执笔|執筆|(?:资料)?整理|(?:采访|採訪|调研|調研|报道|報道)组成员)\s*:"
    r"\s*(?P<names>[^:()]+?)"
    r"(?:\s+(?:审稿|審稿|审核|審核|审定|審定|统稿|統稿)\s*:\s*[^:()]+)?\s*\)$")


def _closing_credit(probe: Probe) -> Verdict | None:
    if probe.norm[:1] == "(" and (inner := _INNER_BRACKETS.search(probe.norm[1:-1])):
        # '（两江新区（自贸区）人民法院法官　王　珊）': a unit's note in brackets of its own
        norm = probe.norm[:inner.start() + 1] + probe.norm[inner.end() + 1:]
        return _closing_credit(Probe(norm, norm, probe.level, probe.gazetteer))
    if (probe.norm[:1] == "(" and ")" not in probe.norm
            and len(probe.norm) <= UNCLOSED_CREDIT_MAX and probe.norm[-1:] != "("):
        # '（龙水区　唐　勇': a scan lost the closing bracket of a credit alone on its line
        return _closing_credit(Probe(probe.text + "）", probe.norm + ")", probe.level,
                                     probe.gazetteer))
    if probe.norm[:1] != "(" or not probe.norm.endswith(")") or len(probe.norm) > 60:
        return None
    bare = probe.norm.replace(" ", "").strip("()")
    if bare in words()["unsigned_set"]:
        return Verdict()
    # '（反映人：区政协委员、某社区党委书记　张　宏）': who raised it, with posts
    if (raised := _RAISED_BY.match(probe.cred)) and (
            posts := POSTS_AND_NAME.match(join_spaced_names(raised["rest"]))):
        return Verdict(names=(posts["name"],)) if person_like(posts["name"]) else None
    # '（撰稿：秦　雯　审稿：冉建国）': who drafted the entries above, and who checked them
    # (after the unit that supplied them: '（供稿：安富街道　撰稿：刘　杨）');
    # '（采访组成员：谭　勇　冉　娟）': the team that signed a series' report
    if drafted := _DRAFTED.match(probe.cred):
        # ('（执笔：三年级一班　罗　丹）': the writer's class before the name)
        unit = _UNIT_THEN_NAME.match(drafted["names"].strip())
        names = (unit["name"].replace(" ", ""),) if unit else credit_names(drafted["names"])
        return Verdict(names=names) if names and all(person_like(n) for n in names) else None
    # '（上游新闻·重庆晨报记者 谭 颖　通讯员 冉启航）': a medium's names joined by a dot.
    cred, photos = _MEDIA_DOT.sub("", probe.cred, count=1), False
    cred = _MEDIUM_BEFORE_ROLE.sub("", cred)
    # '（据《永川日报》　记者　胡　平）': the paper it is reprinted from, its name in 《》
    cred = _TITLED_PAPER.sub(r"\1", cred)
    # '（来源：忠县融媒体中心　记者　黄　露）': the source, then its writer
    cred = _SOURCE_FIELD.sub("(", cred, count=1)
    # '（文/图　屏锦镇　胡　敏）': the writer took the pictures too.
    if prefix := _WORDS_AND_PICTURES_FIRST.match(cred[1:].lstrip()):
        photos = True
        cred = "(" + cred[1:].lstrip()[prefix.end():]
    # "（本报记者 郑渝 摄影报道）": the kind of report follows the names.
    if (kind := report_kind(cred)) is not None:
        cred, photos = kind
    # ('摄像：胡波': the camera's field with its colon, read as the role and the name)
    cred = _CAMERA_FIELD.sub(r"\1 ", cred)
    match = words()["closing_credit"].match(cred)
    if match and words()["roles"].search(match["inner"]):
        # '（记者　唐　浩　刘佳怡　摄像　陈　涛）': the camera's or the photos' names come last
        if (split := _PHOTO_ROLE_LAST.match(match["inner"].strip())) and (
                photographers := _photographers(split["photos"])):
            names = people_in_credit(split["writers"])
            return Verdict(names=names, photographers=photographers) if names else None
        names = people_in_credit(match["inner"])
        return Verdict(names=names, with_photos=photos) if names else None
    # '（区政府办 刘 畅）': the desk that wrote it, then the writer; '（邓 卓）': a writer alone;
    # '（驻村第一书记　陈　波）': the writer's post, then the name.
    inner = cred[1:-1].strip()
    # ('（东溪区报道组　罗　平　陈德贵）': the desk's two writers, a name padded among them)
    desk = _DESK_THEN_NAME.match(inner) or _DESK_THEN_NAMES.match(inner)
    if desk and (_is_desk(desk["desk"]) or _ENDS_IN_TITLE.search(desk["desk"])):
        inner = desk["name"]
    if _HAN_AND_SPACES.fullmatch(inner):
        names = people_in_credit(inner)
        if 1 <= len(names) <= 2:
            return Verdict(names=names, with_photos=photos)
    return None


UNCLOSED_CREDIT_MAX = 20  # characters of a credit whose closing bracket a scan lost


_EXCERPT_SOURCE = re.compile(
    r"^\(\s*(?:摘自|选自|選自|节选自|節選自)\s*《[^》]{1,40}》\s*[,，]?\s*(?P<names>[^,，()]{2,24}?)\s*"
    r"(?:著|编著|編著|主编|主編)\s*(?:[,，][^()]{0,30})?\)$")


def _excerpt_source(probe: Probe) -> Verdict | None:
    """'（摘自《…》，冉启林 著，重庆出版社）': the text above is the book's; its author
    wrote it."""
    match = _EXCERPT_SOURCE.match(probe.norm) if len(probe.norm) <= 80 else None
    names = people_in_credit(match["names"]) if match else ()
    return Verdict(names=names) if names else None


# '（本文选自…论坛“行走天下”版，有删节）', '（摘自《重庆日报》）', '（转自“某某”微信公众号）'
# '（以上信息由各主办单位提供，如有变动以现场为准）', '（本期寻亲信息由…志愿者团队整理）': who
# supplied or gathered a listing, under it.
_RECOMMENDER = re.compile(r"^(?:推荐人|推薦人|荐书人|薦書人)\s*[:：]\s*(?P<rest>\S.{1,40})$")


def _recommender(probe: Probe) -> Verdict | None:
    """'推荐人：读者　王　川（县农业农村委干部）': the recommender, after a post or a role."""
    match = _RECOMMENDER.match(probe.norm)
    if match is None:
        return None
    rest = join_spaced_names(re.sub(r"\([^()]{1,20}\)$", "", match["rest"]).strip())
    names = people_in_credit(rest)
    if not names and (posted := POSTS_AND_NAME.match(rest)) and person_like(posted["name"]):
        names = (posted["name"],)
    if not names and (last := rest.split()[-1]) and person_like(last) and " " in rest:
        names = (last,)
    return Verdict(names=names) if names else None


_TASK_BOX = re.compile(r"^\[[ xX]\]")
_SUPPLIED_NOTE = re.compile(
    r"^\(\s*(?:以上|本期|本栏|本版)\S{0,8}由[^()]{2,30}(?:提供|整理|收集)[^()]{0,30}\)$")
_SOURCE_NOTE = re.compile(r"^\(\s*(?:本文|此文|原文)?(?:摘自|选自|選自|节选自|節選自|摘编自|摘編自"
                          r"|转自|轉自|转载自|轉載自)\s*\S[^()]{1,60}\)$")


# '[图]仙女山草场上避暑的游客': a phone site's image, its alt text printed after the marker
# (the caption is what follows the marker).
_IMAGE_MARKER = r"\[(?:图|圖|图片|圖片)\]"
IMAGE_MARK = re.compile(rf"^{_IMAGE_MARKER}\s*(?=\S)")
IMAGE_ALT = re.compile(rf"^{_IMAGE_MARKER}\s*(?P<alt>[^\[\]\s][^\[\]]{{1,40}})$")
# '[图片：12月4日清晨，红池坝景区披上一层白雪。巫溪县融媒体中心供图]': a picture's marker
# holding its whole caption, a sentence and its credit (an alt text of a few words without
# a credit is a carousel's title or a file's description, no caption)
_CAPTIONED_IMAGE = re.compile(r"^\s*[\[［](?:图片|圖片|图|圖)\s*[:：]\s*"
                              r"(?P<caption>[^\[\]［］]{4,}?[。!！]"
                              r"\s*[^\[\]［］。!！]{2,24}?(?:供图|供圖|摄|攝))[\]］]\s*$")


def image_caption(text: str) -> str | None:
    """The caption a picture's marker holds with its credit, as printed, or None
    (``_CAPTIONED_IMAGE``)."""
    m = _CAPTIONED_IMAGE.match(text)
    return m["caption"] if m else None


_OFFICE_FIELD = re.compile(rf"^(?:文字|文|图片|图|圖片)\s*:\s*(?P<org>[{HAN}]{{2,20}})$")


def _org_credit_line(probe: Probe) -> bool:
    """'（区城市管理局 供稿）': an organisation signs the story above, no person; so does an
    office in a credit's field ('文字：区医保事务中心')."""
    if (field := _OFFICE_FIELD.match(probe.norm)) and org_marks().search(field["org"]):
        return True
    # ('（县农机站站长）　文小琼（县丝绸厂挡车工）': a list's line opening with a bracket
    # closed before its end is no credit)
    if probe.norm[:1] != "(" or _bracket_closes_at(probe.norm) != len(probe.norm) - 1:
        return False
    inner = probe.norm[1:-1].replace(" ", "")
    if (inner[-1:] in ("摄", "攝") or words()["roles"].search(inner)
            or _SLASH_AFTER_CREDIT.match(probe.norm[1:-1])):
        return False  # a person's credit: （融媒体记者 石 磊 摄）, （区交委　周　勇/文　冉　东/图）
    # ('（县交通运输委员会　县公安局交巡警大队）': two offices sign it together)
    parts = probe.norm[1:-1].split()
    orgs = parts if 1 < len(parts) <= ORG_CREDIT_PARTS_MAX else [inner]
    # ('（区委党史学习教育领导小组办公室供稿）': an office's long name before 供稿)
    longest = ORG_CREDIT_SUPPLIED_MAX if inner.endswith(("供稿", "提供")) else ORG_CREDIT_MAX
    return all(2 <= len(org) <= longest and not any(c.isdigit() for c in org)
               and bool(org_marks().search(org)) for org in orgs)


def _bracket_closes_at(norm: str) -> int:
    """Where the bracket opening ``norm`` closes, nested ones counted ('(…(自贸区)…供稿)'),
    or -1."""
    depth = 0
    for at, char in enumerate(norm):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return at
    return -1


ORG_CREDIT_MAX = 14  # characters of an office's name in its credit
ORG_CREDIT_SUPPLIED_MAX = 28  # ... when it says the office supplied the text (供稿)
ORG_CREDIT_PARTS_MAX = 3  # offices signing one credit together


def _author_note(probe: Probe) -> bool:
    """'（作者系西南大学文学院副教授）': a note on the writer closes a commentary; so does
    '作者简介：袁野，城口县人，…' under an essay, in brackets or not."""
    if probe.norm[:1] == "(" and probe.norm.endswith(")") and len(probe.norm) <= 80:
        return bool(words()["author_notes_re"].match(probe.norm[1:].lstrip()))
    return len(probe.norm) <= AUTHOR_BIO_MAX and bool(_AUTHOR_BIO.match(probe.norm))


_AUTHOR_BIO = re.compile(r"^(?:作者简介|作者簡介)\s*:")
# '□贺　兰（作者系执业律师）': the writer's name with the note on the writer after it.
_NAME_THEN_NOTE = re.compile(r"^(?:[□■◇◆●○◎]\s*|文\s*/\s*)?(?P<name>[^()\s]{1,4}(?:\s\S{1,3}){0,2})"
                             r"\s*\((?P<note>[^()]{2,60})\)$")


def _writer_with_note(probe: Probe) -> Verdict | None:
    """'□贺　兰（作者系执业律师）' / '文/贺兰（作者系…）': the writer's line at a commentary's
    end, with the note on who the writer is."""
    match = _NAME_THEN_NOTE.match(probe.norm)
    if match is None or not words()["author_notes_re"].match(match["note"].strip()):
        return None
    name = join_spaced_names(match["name"]).replace(" ", "")
    return Verdict(names=(name,)) if person_like(name) else None
AUTHOR_BIO_MAX = 160


_SOURCE_FIELD = re.compile(r"^\(\s*(?:来源|來源)\s*:\s*(?=\S+\s+\S*(?:记者|記者|通讯员|通訊員))")
_MEDIA_DOT = re.compile(rf"(?<=[{HAN}])·(?=[{HAN}]{{2,12}}(?:记者|記者|通讯员|通訊員))")
# A paper's name in title marks ('据《永川日报》'), as a reprint's credit names it.
_TITLED_PAPER = re.compile(r"《([^《》\s]{2,12}(?:报|報|刊))》")
# ... or each group of writers under its own medium: '（新重庆-重庆日报记者　李　星　华龙网-新重庆
# 客户端记者　张　菁　上游新闻记者　唐　宁）' (the first medium the credit's pattern allows)
_MEDIUM_BEFORE_ROLE = re.compile(
    rf"(?<=\s)[{HAN}A-Za-z0-9\-]{{1,12}}?(?:网|網|报|報|新闻|新聞|客户端|客戶端|电视台|電視台|TV)"
    r"(?=记者|記者|通讯员|通訊員)")


_RELEASED = re.compile(
    rf"\s+(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:\s+[{HAN}]{{2,4}})?$")
_STAFF_COMMENTATOR = re.compile(
    r"^[□■◎●]?\s*(?:本[报報]|本[网網]|本刊)(?:(?:特约)?(?:评论员|評論員)|[编編][辑輯]部"
    # ... or the paper's team on a series (本报采访组: its members close the report)
    r"|(?:联合|聯合)?(?:采访|採訪|调研|調研|报道|報道|调查|調查)[组組])$")
_WORDS_AND_PICTURES = re.compile(
    r"\s+(?:文/图|图/文|文/圖|圖/文|文\s图|图\s文|摄影报道|攝影報道|图文报道|圖文報道)$")


def report_kind(cred: str) -> tuple[str, bool] | None:
    """A closing credit in the credit rules' form ('(本报记者 郑渝 摄影报道)') without the kind
    of report after its names, and whether that kind says the writers took the pictures too
    (摄影报道; '(南泉街道 刘洋 文/图)'); None when no kind follows the names."""
    if suffix := words()["credit_suffix_re"].search(cred):
        return cred[: suffix.start()] + ")", bool(suffix["photo"])
    if tail := _WORDS_AND_PICTURES.search(cred[:-1]):
        return cred[: tail.start()] + ")", True
    return None


_RESIDENCE = re.compile(rf"\s*\((?:[{HAN}]{{0,10}})(?:街道|镇|鎮|乡|鄉|村|社区|社區|小区|小區)\)$")
# A writer's school after the name: '冯　越（重庆大学）　李诗涵（西南政法大学）', '杨　柳（重庆
# 师范大学文学院2008级）'.
_SCHOOL = re.compile(rf"(?<=[{HAN}])\s*\([^()]{{0,12}}"
                     r"(?:大学|學院|学院|中学|中學|小学|小學|学校|學校)[^()]{0,10}\)")


# A letter's writer signing where they live, as a resident, and their name (with co-signers):
# '中山路街道红河社区居民　邓光明' · '朱沱镇石盘村村民　李长贵等12人'.
NAME_THEN_UNIT = re.compile(
    rf"^(?P<name>[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}})[ \u3000]{{3,}}(?P<unit>[{HAN}]{{4,30}})$")
# Workplaces of a writer named with them: universities, academies, institutes, schools.
_WORKPLACES = ("大学", "学院", "研究所", "研究院", "研究中心", "科学院", "党校", "中学", "小学",
               "学校", "医院")
_RESIDENT_SIGNATURE = re.compile(
    rf"^[{HAN}]{{1,16}}(?:街道|社区|社區|小区|小區|镇|鎮|乡|鄉|村|组|組|路|区|區|县|縣)"
    rf"(?:居民|村民|市民|业主|業主|家长|家長)\s+(?P<names>[{HAN}]{{2,4}})"
    rf"(?:等\s*\d+\s*(?:人|位|户|戶))?$")


_HANDLE_TAIL = re.compile(
    r"\s*(?:\(\s*(?:微博|微信|抖音)\s*:?\s*@[^()]{1,24}\)|(?:微博|微信|抖音)?\s*:?\s*@\S{1,24})$")
_ORIGINAL_MARK = re.compile(r"^原创\s+(?=\S)")
_ENGLISH_BYLINE = re.compile(r"(?<=[\u4e00-\u9fff])\s+By [A-Z][A-Za-z .,&'-]{2,60}$")
_LATIN_SPELLING = re.compile(r"(?<=[\u4e00-\u9fff])\s*\([A-Z][A-Za-z .'-]{1,30}\)")


# A song's credits: '刘　明　词', '陈远志　曲', '刘　明　作词　　陈远志　作曲', '王　平　词曲'.
_SONG_CREDIT = re.compile(rf"(?P<name>[{HAN}](?: ?[{HAN}]){{1,3}}?) (?:作?[词詞]|作?曲|[词詞]曲)")
_SONG_CREDITS = re.compile(
    rf"^{_SONG_CREDIT.pattern}(?: +{_SONG_CREDIT.pattern.replace('name', 'other')})?$")


def _song_credit(probe: Probe) -> Verdict | None:
    match = _SONG_CREDITS.match(probe.norm)
    if match is None:
        return None
    names = tuple(found.replace(" ", "") for found in (match["name"], match["other"]) if found)
    return Verdict(names=names) if all(person_like(name) for name in names) else None


def _byline(probe: Probe) -> Verdict | None:
    if len(probe.norm) > 60:
        return None
    if probe.norm.endswith(words()["long_photo_marks"]):
        return None  # '记者 黎婧 拍摄': a photo's credit, its mark no name
    # '晚报记者 王 霜 整理': what the writer did is no name; an app's byline ends with the
    # time of release and the place it was sent from ('… 2025-04-14 06:50 重庆').
    # '读者 钱淑芬（棠香街道）': where the writer lives (cut before a padded name is joined:
    # '读者　冉　丽（桃花源街道）')
    # ('原创　上游新闻·重庆晨报记者　向　菊': an app marks its own reports so)
    # ('晨报记者　罗　峻　微博@晨报罗峻看台', '…孙　瑜（微博：@孙瑜跑新闻）': the writer's
    # account on a social site after the name, no second writer)
    # ('本报记者　杨慧敏（Yeo Hui Min）': the name as its owner spells it in Latin letters, too)
    # (or the byline given again in English after it: '…赵一鸣　　By CHEN LU and ZHAO YIMING')
    norm = _ENGLISH_BYLINE.sub("", _LATIN_SPELLING.sub("", _HANDLE_TAIL.sub("", probe.norm)))
    cred = credit_text(_SCHOOL.sub("", _RESIDENCE.sub("", _ORIGINAL_MARK.sub("", norm))))
    cred = words()["report_tail_re"].sub("", filed_from(_RELEASED.sub("", cred)))
    # '本报记者 马 骏 文/图': the writer took the pictures too.
    photos = bool(tail := _WORDS_AND_PICTURES.search(cred))
    if tail:
        cred = cred[: tail.start()]
    # '文/图 马 琴': the names after a space as after a colon ('文/图：马琴')
    if ((first := _WORDS_AND_PICTURES_FIRST.match(cred)) and first.end() > len(first[0].rstrip())
            and not words()["roles"].match(cred, first.end())):
        cred = first[0].rstrip() + ":" + cred[first.end():]
    elif first and "、" in first[0] and cred[first.end():first.end() + 1] == ":":
        # '文、圖：大公報記者　陳曉彤': the writer took the pictures too
        cred, photos = cred[first.end() + 1:].lstrip(), True
    match = words()["byline"].match(cred) or _AUTHOR_LINE.match(cred)
    if match is None and (field := _WRITER_FIELD.match(cred)):
        match = words()["byline"].match(cred[field.end():])  # an e-paper's 作者 field
    # '文/区农业技术推广站高级农艺师　阮志刚', '文/图　某区融媒体中心　刘　洋', '文/心血管内科
    # 主治医师　张　伟': the writer's unit or post, then the name.
    if match is None and (mark := _AUTHOR_MARK.match(cred)) and (
            unit := _POST_THEN_NAME.match(join_spaced_names(cred[mark.end():]))) and (
            person_like(unit["name"]) and not words()["rubric_any_re"].search(probe.norm)
            and (_is_desk(unit["unit"]) or _TITLE_WORDS.search(unit["unit"]))):
        return Verdict(names=(unit["name"],),
                       with_photos=photos or bool(_WORDS_AND_PICTURES_FIRST.match(cred)))
    # '巴南区鱼洞街道　市民　刘建军': where the writer lives or works, then the byline.
    if match is None and (where := _WHERE_THEN_CREDIT.match(cred)) and (
            _is_desk(where["where"]) or known_places(probe.gazetteer, where["where"], towns=True)
            or _district_and_place(probe.gazetteer, where["where"])):
        match = words()["byline"].match(where["rest"])
    # A medium's names joined by a dot before the role (上游新闻·重庆晨报记者) make no rubric.
    norm = (_MEDIA_DOT.sub("", probe.norm, count=1) if match and match.re is words()["byline"]
            else probe.norm)
    if words()["rubric_any_re"].search(norm):  # not 记者手记
        return None
    if match:
        named = match["names"] or match["writer"] or match["employed"].replace(" ", "")
        if named in words()["not_names_set"]:
            return None  # '记者提问': a part's label, no one's credit
        if (match["names"] and cred[match.start("names") - 1:match.start("names")] not in " :："
                and not all(person_like(n) for n in credit_names(named))):
            # '本报召开2014年通讯员工作会', '关于表彰…优秀通讯员的决定': a role inside a
            # headline's words, run on into what follows it, names no one
            return None
        # '文/图：通讯员 熊 杰': the writer took the pictures too.
        photos = photos or bool(_WORDS_AND_PICTURES_FIRST.match(cred))
        # '文/图：吴滩镇　易晓霞': the unit that wrote it, then the writer (as in a credit)
        if (desk := _DESK_THEN_NAME.match(named)) and _is_desk(desk["desk"]):
            named = desk["name"]
        names = credit_names(named)
        if names and all(name.endswith(tuple(words()["forms_of_address"])) for name in names):
            return None  # '■读者　渝北区　王女士': a caller on a hotline, no writer's name
        return Verdict(names=names, with_photos=photos)
    # '口述：向德明（81岁，…）  整理：本报记者 李 蔓': who spoke, and the writer who put it down.
    if told := _TOLD_TO.match(cred):
        rest = words()["byline"].match(told["rest"]) or _NAMES_ONLY.match(told["rest"])
        return Verdict(names=credit_names(rest["names"])) if rest else None
    if signed := _RESIDENT_SIGNATURE.match(cred):
        return Verdict(names=(signed["names"],))
    # '周　琳　　　　　　西南政法大学马克思主义学院': a writer and, across a wide gap, the
    # place they work (a theory page's authors, each on a line of their own)
    if (worker := NAME_THEN_UNIT.match(probe.text.strip())) and worker["unit"].endswith(
            _WORKPLACES):
        name = worker["name"].replace(" ", "").replace("\u3000", "")
        if person_like(name):
            return Verdict(names=(name,))
    # '通讯员 王 宇  新重庆-重庆日报记者 何 川': credits set apart by a wide gap, each a byline.
    parts = [words()["byline"].match(join_spaced_names(normalize(part)))
             for part in cells(probe.text)]
    if len(parts) >= 2 and all(parts):
        return Verdict(names=tuple(n for part in parts for n in credit_names(part["names"])))
    if names := _desks_and_names(probe.norm):
        return Verdict(names=names)
    return None


DESK_NAME_MIN = 4  # characters of a medium's name signing with its writer
# A medium's name: '人民日报客户端重庆频道', '綦江区融媒体中心', '重庆广播电视台'.
_MEDIUM = re.compile(
    r"(?:[报報]|[网網]|客户端|客戶端|频道|頻道|融媒体中心|融媒體中心|电视台|電視台|广播|廣播)$")


def _desks_and_names(norm: str) -> tuple[str, ...]:
    """'人民日报客户端重庆频道　邓　洁　綦江区融媒体中心　黄晓春': each medium, then its
    writer (a name, padded or not), and no role word: the writers; () for any other line."""
    if ":" in norm:
        return ()  # ('坐诊专家：…主任医师　冉晓东': a label and a post, no medium)
    tokens, names, at = norm.split(), [], 0
    while at < len(tokens):
        desk = tokens[at]
        if len(desk) < DESK_NAME_MIN or not _MEDIUM.search(desk):
            return ()
        at += 1
        if at + 1 < len(tokens) and len(tokens[at]) == len(tokens[at + 1]) == 1:
            name, at = tokens[at] + tokens[at + 1], at + 2  # '邓　洁', padded to three cells
        elif at < len(tokens) and 2 <= len(tokens[at]) <= 3:
            name, at = tokens[at], at + 1
        else:
            return ()
        if not (is_han(name) and person_like(name)):
            return ()
        names.append(name)
    return tuple(names)


# A caption that says what the picture shows, without a credit: 图为… · ▲图为… · 上图：… ·
# 图1　… (numbered, the number set off by a colon or a space)
_PICTURE_SAYS = re.compile(
    r"^[▲△]?\s*(?:图为(?!什么|何)|圖為(?!什麼|何)|(?:上|下|左|右)[图圖]\s*[:：]"
    r"|[图圖]\s*[①-⑳]|[图圖][一二三四五六七八九十0-9]{1,2}(?:\s*[:：]|\s+(?=\S)))")
# A triangle pointing at the picture over one short sentence: ▲招聘会现场人头攒动。 (a brief
# under a triangle runs on: a title has no full stop, a report more than one sentence).
# A team's credit for a picture, which names no photographer: '本报采访组　摄'.
TEAM_PHOTO_CREDIT = r"\S{2,8}(?:组|組|部|中心)\s*(?:摄|攝)"
# (perhaps credited to a team: '▲由退捕渔民组成的护渔队在江面巡护。　本报采访组　摄')
_POINTED_CAPTION = re.compile(rf"^[▲△]\s*[^。！？!?▲△]{{4,36}}[。.](?:\s*{TEAM_PHOTO_CREDIT})?$")
# A byline in two halves, each marked after its names: "■本报记者 何 涛 文 刘 洋 图".
_SPLIT_CREDIT = re.compile(
    r"^(?P<writers>.+?)\s+(?:文|文字)\s+(?P<photos>.+?)\s*(?:图|圖|摄影|攝影|摄|攝)$")
# ... or each half after its slash: "文/通讯员 黄 俊　图/融媒体记者 马 骁".
_SLASHED_CREDIT = re.compile(
    r"^[■□●◆▲★]?\s*(?:文|文字|撰文)\s*[/／:：|｜丨]\s*(?P<writers>.+?)\s+"
    r"(?:图|圖|摄影|攝影)\s*[/／:：|｜丨]\s*(?P<photos>\S.*)$")
# ... or each half before its slash: '区交委　周　勇/文　冉　东/图'.
_SLASH_AFTER_CREDIT = re.compile(
    r"^(?P<writers>.+?)\s*[/／]\s*(?:文|文字)\s+(?P<photos>.+?)\s*[/／]\s*(?:图|圖|摄影|攝影|摄|攝)$")
# ... or the photographer first, then who wrote the verse or words set under the picture:
# '石角区　唐　军　摄　　陈　蓉　配诗'.
_PHOTO_THEN_VERSE = re.compile(
    r"^(?P<photos>.+?)\s*(?:摄|攝)\s+(?P<writers>.+?)\s*(?:配诗|配詩|配文|配词|配詞)$")
# A class, team or desk before a name in a credit's half ('高二（5）班　罗子涵', '校记者团　唐宇'),
# or the place the photographer works in ('石角区　唐　军').
_UNIT_THEN_NAME = re.compile(
    rf"^(?P<unit>\S{{1,14}}(?:班|团|團|队|隊|组|組|社|中心|办公室|辦公室|局|委|部|站|所|区|區|县|縣|乡|鄉|镇|鎮))\s+(?P<name>[{HAN}](?:\s?[{HAN}]){{1,3}})$")
_SUPPLIED = re.compile(
    r"(?:受访者|受訪者|资料|資料|[\u4e00-\u9fff]{2,12})?(?:提供|供图|供圖|图片|圖片)")
# ... or with the photographer's role before the last names: "记者 张 可 摄影 郑 宇".
_CAMERA_FIELD = re.compile(r"(摄影|攝影|摄像|攝像)\s*[:：]\s*")
_PHOTO_ROLE_LAST = re.compile(
    r"^(?P<writers>.+?)\s+(?:摄影|攝影|摄像|攝像)\s*[:：/]?\s*(?P<photos>[^\s:：/].*)$")


def _photographers(text: str) -> tuple[str, ...]:
    """The names after a photographer's role ('陈　涛'), each a person's, or none."""
    photos = words()["photo_names"].match(join_spaced_names(text))
    names = credit_names(photos["names"]) if photos else ()
    return names if names and all(person_like(name) for name in names) else ()


CREDIT_FIELDS_MIN = 2


def _credit_fields(probe: Probe) -> Verdict | None:
    """'通讯员：谢　雨　　记者：王　婷　　摄像：李　勇': two or more labelled fields of names
    on one line, writers and camera (a TV item's or a site's credit; an editor's field, as
    '剪辑：王一帆', names no one of them)."""
    if len(probe.norm) > 60:
        return None
    fields = list(words()["credit_field_re"].finditer(probe.norm))
    if len(fields) < CREDIT_FIELDS_MIN or "".join(f[0] for f in fields).replace(
            " ", "") != probe.norm.replace(" ", ""):
        return None
    camera, others = words()["camera_field_roles"], words()["other_field_roles"]
    names: list[str] = []
    photographers: list[str] = []
    for found in fields:
        people = _photographers(found["names"])  # each a person's name, or none
        if not people:
            return None
        if found["role"] not in others:  # ('剪辑：王一帆' edited the clip: no credit here)
            (photographers if found["role"] in camera else names).extend(people)
    return Verdict(names=tuple(names), photographers=tuple(photographers)) if names else None


def _drawn_by(probe: Probe) -> Verdict | None:
    """'（漫画/周 洋）': who drew the cartoon or picture above (its writer, in the record)."""
    match = _DRAWN_BY.match(probe.norm) if len(probe.norm) <= 30 else None
    names = _NAMES_ONLY.match(join_spaced_names(match["names"])) if match else None
    return Verdict(names=credit_names(names["names"])) if names else None


def _split_credit(probe: Probe) -> Verdict | None:
    """'■本报记者 何 涛 文 刘 洋 图', '记者 张 可 摄影 郑 宇', '文/A　图/B': who wrote, then
    who took the photos (or the photographer, then who wrote the verse under the picture:
    '唐　军　摄　　陈　蓉　配诗') (each half's spaced-out names joined on its own: the marks between
    are single characters too)."""
    if len(probe.norm) > 60:
        return None
    # ('（文/学生记者　向　阳　图/学生记者　陈　浩）': in brackets, closing a brief)
    norm = probe.norm
    if norm[:1] == "(" and norm[-1:] == ")" and (_SLASHED_CREDIT.match(norm[1:-1].strip())
                                                 or _SLASH_AFTER_CREDIT.match(norm[1:-1])):
        norm = norm[1:-1].strip()
    halves = (_SPLIT_CREDIT.match(norm) or _PHOTO_ROLE_LAST.match(norm)
              or _SLASHED_CREDIT.match(norm) or _SLASH_AFTER_CREDIT.match(norm)
              or _PHOTO_THEN_VERSE.match(norm))
    if not halves:
        return None
    written = _UNIT_THEN_NAME.sub(r"\g<name>", halves["writers"])  # '高二(5)班 罗子涵'
    writers = (words()["byline"].match(join_spaced_names(written))
               or _NAMES_ONLY.match(join_spaced_names(written)))
    if writers and _SUPPLIED.fullmatch(halves["photos"]):
        # '文/…记者 谭娟　图/受访者提供': the pictures were given, by no one named.
        return Verdict(names=credit_names(writers["names"]))
    if not writers:
        return None
    # '本报记者 郑 渝 摄影报道': a kind of report, not a photographer
    photographers = _photographers(_UNIT_THEN_NAME.sub(r"\g<name>", halves["photos"]))
    if not photographers:
        return None
    return Verdict(names=credit_names(writers["names"]), photographers=photographers)


# Any mark that ends a clause: a line holding one is a sentence's, not a name's or a head's.
CLAUSE_MARK = re.compile(r"[，,、；;：:。？！?!]")
_CLAUSE_END = re.compile(r"[。！？!?，,；;]")
# (a school by its number, '梁山一小', and the pupil's role before the name, '小记者')
_SCHOOL_WRITER = re.compile(
    r"^(?P<school>\S{2,20}(?:小学|中学|学校|幼儿园|小學|中學|學校|[一二三四五六七八九十][小中])\S{0,16})"
    r"(?:\s+(?:小记者|小記者|小通讯员|小通訊員))?\s+(?P<name>\S(?: ?\S){1,3})$")


# '（辅导员：刘玉兰）', '（指导老师　陈　敏）' on their own line under a pupil's piece, or the
# label and the name without brackets, set apart ('指导教师　龙秀英').
_TEACHER_LABEL = "(?:辅导员|輔導員|辅导老师|輔導老師|指导老师|指导教师|指導老師|指導教師)"
_TEACHER_CREDIT = re.compile(
    rf"^(?:\(\s*{_TEACHER_LABEL}\s*[:：]?\s*\S(?: ?\S){{1,3}}\s*\)"
    rf"|{_TEACHER_LABEL}(?:\s*[:：]\s*|\s+)\S(?: ?\S){{1,3}})$")
_TEACHER = re.compile(r"\s+(?:指导老师|指导教师|指導老師|指導教師)\s*[:：]?\s*\S(?: ?\S){1,3}$")


def _school_writer(probe: Probe) -> Verdict | None:
    """'汇龙小学五年级（3）班　周语桐': a school (and class) before a name, alone on a line."""
    # ('…李欣怡　　　　指导老师　刘　芳': the pupil's teacher after a gap, no writer)
    norm = _TEACHER.sub("", probe.norm)
    match = _SCHOOL_WRITER.match(norm) if len(norm) <= 40 else None
    if match is None or _CLAUSE_END.search(match["school"]):
        return None  # '▲…中心小学学生在老师指导下刻制版画。记者　陈　露　摄': a caption
    name = match["name"].replace(" ", "")
    return Verdict(names=(name,)) if person_like(name) else None


BULLETED_POSTS_MAX = 36  # characters of a bulleted writer's line with the writer's posts


def _bulleted_name(probe: Probe) -> Verdict | None:
    """'□ 王 辉': a bullet and a person's name alone, under a headline (commentary, features);
    or the office the writer works for, or the place the writer lives in, before the name
    ('■区人民法院　龚雪梅', '□ 荣昌县　杨春林')."""
    if probe.norm[:1] not in BULLETS or len(probe.norm) > BULLETED_POSTS_MAX:
        return None
    rest = join_spaced_names(probe.cred[1:].strip())  # '□袁　野': a name set spaced
    if (desk := _DESK_THEN_NAME.match(rest)) and _is_desk(desk["desk"]):
        name = desk["name"].replace(" ", "")
        return Verdict(names=(name,)) if person_like(name) else None
    # '□县交通局驻某村第一书记　何　勇': the writer's posts, then the name
    if (posts := POSTS_AND_NAME.match(rest)) and person_like(posts["name"]):
        return Verdict(names=(posts["name"],))
    # '□ 荣昌县　杨春林': the place the writer lives in, then the name
    place, _, name = rest.partition(" ")
    if (name and " " not in name and known_places(probe.gazetteer, place, towns=True)
            and person_like(name)):
        return Verdict(names=(name,))
    if len(probe.norm) > 16:
        return None
    if rest.replace(" ", "").endswith(tuple(words()["box_label_endings"])) or (
            rest.replace(" ", "") in words()["labels_set"]):
        return None  # '■温馨提示', '■成绩榜': a box's label, no name
    match = _NAMES_ONLY.match(rest)
    if not match or known_places(probe.gazetteer, rest.replace(" ", ""), towns=True):
        return None
    names = credit_names(match["names"])
    return Verdict(names=names) if names and all(person_like(n) for n in names) else None


def _credit_prefix(probe: Probe) -> Verdict | None:
    if len(probe.norm) > 60:
        return None
    prefix = _CREDIT_PREFIX.match(probe.cred)
    if not prefix:
        return None
    rest = probe.cred[prefix.end() :]
    match = words()["byline"].match(rest) or _NAMES_ONLY.match(rest)
    # (not 记者手记; a medium's names joined by a dot, 上游新闻·重庆晨报记者, make no rubric)
    if match and not words()["rubric_any_re"].search(_MEDIA_DOT.sub("", probe.norm, count=1)):
        photos = bool(set("图圖") & set(prefix["what"]))
        return Verdict(names=credit_names(match["names"]), with_photos=photos)
    if _HANDLE.fullmatch(rest.strip()):
        # '文/“背包客老猫”': a forum's or a platform's user signs it by a handle, no name
        return Verdict(names=())
    return None


_HANDLE = re.compile(r"[“\"「][^“”\"「」]{1,16}[”\"」]")
_AGENCY_AFTER = re.compile(r"\s*[/／]\s*[^/／\s()（）]{2,8}$")  # '…/视觉重庆': a picture agency
_BRACKETED = re.compile(r"[(（]\s*([^()（）]+?)\s*[)）]")


def _without_agency(credit: str) -> str:
    """A photographer's credit without the picture agency after a slash, its names joined."""
    return join_spaced_names(_AGENCY_AFTER.sub("", credit))


def _photo_by(probe: Probe) -> Verdict | None:
    if len(probe.norm) > 40:
        return None
    photo_by = words()["photo_by"]
    match = photo_by.match(probe.cred)
    if match is None and _AGENCY_AFTER.search(probe.cred):
        # '特约摄影　杨　敏/视觉重庆': the picture agency after a slash
        match = photo_by.match(_without_agency(probe.cred))
    if match is None and (bracketed := _BRACKETED.fullmatch(probe.cred)):
        # （特约摄影　向　波）, and with the picture agency after a slash (…/视觉重庆)
        match = photo_by.match(_without_agency(bracketed[1].strip()))
    if match is None and (field := _PHOTO_FIELD.match(probe.cred)):
        match = words()["byline"].match(probe.cred[field.end():])
    if match is None:
        return None
    names = credit_names(match["names"])
    if _SPACED_PHOTO_ROLE.match(probe.cred) and not all(map(person_like, names)):
        return None  # ('摄影 大赛获奖': no colon sets a name apart, and these are words)
    return Verdict(names=names)


_SPACED_PHOTO_ROLE = re.compile(r"^(?:摄影|攝影)\s")


# A caption's credit with the role before the name: '…采摘梁平柚。　特约摄影　刘　辉' (read
# here, and cut from the caption by ``layout.strip_photo_credit``).
PHOTOGRAPHER_LAST = re.compile(
    rf"(?<=[。！？.!?])\s*(?:特约摄影|特約攝影|本报摄影记者|本報攝影記者|摄影|攝影)\s*[:：]?\s*"
    rf"(?P<names>[{HAN}]{{2,3}}(?:[、,][{HAN}]{{2,3}})?)$")


_WORDS_AND_PICTURES_FIRST = re.compile(
    r"^(?:文/图|图/文|文/圖|圖/文|文图|文圖|文、图|文、圖|图、文|圖、文)\s*")
_PHOTO_DESK = re.compile(
    rf"[(（]\s*(?P<desk>[{HAN}]{{2,12}})\s+(?=[{HAN}]{{2,4}}\s*(?:摄|攝)\s*[)）]$)")


def _photo_credit(probe: Probe) -> tuple[tuple[str, ...], bool] | None:
    """The photographers a line's end credits and whether more than a few characters come
    before the credit (a caption), or None."""
    tail = probe.cred[-80:]  # a credit ends the line: look at its end only
    # ('谭浩摄（人民视觉）': the agency in brackets after the mark)
    tail = _PHOTO_AGENCY.sub(r"\1", tail)
    if (prefixed := CREDIT_AFTER_CAPTION.search(tail)) is not None:
        # '签约仪式现场　图/张伟': the picture's credit run on after its caption, the role first
        names = credit_names(join_spaced_names(prefixed["names"]))
        before = len(probe.cred) - len(tail) + len(tail[:prefixed.start()].strip())
        if names and all(map(person_like, names)) and before >= CAPTION_BEFORE_CREDIT_MIN:
            return names, True
    if not words()["photo_mark_re"].search(tail):
        return None
    if (glued := _GLUED_NAME_MARK.search(tail)) and person_like(
            name := glued["name"].replace(" ", "")):
        # '…骑行。　谭　浩摄': a name set apart, its mark glued to it
        tail = tail[:glued.start("name")] + name + " " + glued["mark"]
    # '本组图片　记者　何　玥　摄': the photos of a group above, credited together (in brackets
    # too: '（本组图片　本报记者　邹　洁　摄）')
    grouped = len(tail)
    tail = _PHOTO_GROUP.sub(r"\1", tail, count=1)
    grouped -= len(tail)  # (the group's words are the credit's, no caption's)
    role = words()["roles"].search(tail)
    # '（区融媒体中心　冉　航　摄）': the desk the photographer works for, before the name.
    if (desk := _PHOTO_DESK.search(tail)) and _is_desk(desk["desk"]):
        tail = tail[:desk.start("desk")] + tail[desk.end("desk"):]
    match = (words()["paren_photo"].search(tail) or words()["photo_credit"].search(tail)
             or PHOTOGRAPHER_LAST.search(tail))
    if not match and (role_first := _ROLE_FIRST_PHOTO.search(tail)):
        # '▲视频：…现场（摄像：融媒体记者　秦　川）': the camera's role first, in brackets
        named = words()["photo_names"].match(role_first["rest"])
        names = credit_names(named["names"]) if named else ()
        if names and all(person_like(n) for n in names):
            before = (len(probe.cred) - len(tail) - grouped
                      + len(tail[:role_first.start()].strip()))
            return names, before > 6
    if not match:
        return None
    names = credit_names(match["names"])
    # After a role ('（融媒体记者　满　亭　摄）') a name must stand, a rare family name and all.
    if not names or not all(person_like(n) or (role and _rare_named(n)) for n in names):
        return None
    return names, len(probe.cred) - len(tail) - grouped + len(tail[: match.start()].strip()) > 6


# A picture's credit run on after its caption with the role first ('签约仪式现场　图/张伟',
# '…挂满枝头。摄影/刘思远'): a caption a few words long at least.
CREDIT_AFTER_CAPTION = re.compile(
    rf"(?<=[\s。！？])(?:图|圖|摄影|攝影)\s*[/／]\s*(?P<names>[{HAN}](?:\s?[{HAN}]){{1,3}})$")
CAPTION_BEFORE_CREDIT_MIN = 4

_PHOTO_AGENCY = re.compile(r"((?:摄|攝))\s*[(（][^()（）]{2,8}[)）]$")
_GLUED_NAME_MARK = re.compile(
    rf"\s(?P<name>[{HAN}](?: ?[{HAN}]){{1,2}})(?<![拍航抓跟所])(?P<mark>摄|攝)$")
# ('（本组图片由铜梁县委宣传部提供　摄影：罗　成）': who supplied them, then who took them)
_PHOTO_GROUP = re.compile(
    r"^([(（]?)(?:本组图片|本组照片|本組圖片|本組照片|组图|組圖)\s*"
    r"(?:由[^\s()（）]{2,16}(?:提供|供图)[，,]?(?=\s*(?:摄影|攝影|摄|攝)\s*[:：])|[:：]|由)?\s*")


_COLUMNIST = re.compile(
    rf"^(?P<name>[{HAN}]{{2,3}})\s+(?P<about>\S.{{2,40}}(?:专栏作者|專欄作者|专栏作家|專欄作家|特约评论员|"
    rf"特約評論員|专栏撰稿人|專欄撰稿人))$")


def _columnist(probe: Probe) -> Verdict | None:
    """'冉启明　区作家协会副主席，本报特约专栏作者': the columnist over the column's piece."""
    match = _COLUMNIST.match(probe.norm)
    return Verdict(names=(match["name"],)) if match and person_like(match["name"]) else None


SIGNATURE_MAX = 30  # characters of a reader's signature line


def _placed_signature(probe: Probe, bracketed: bool) -> Verdict | None:
    """'丰都县高家镇　谭永芬', '（蔺市镇　退休教师　秦德厚）': a reader's place (and trade) and
    name, signing a letter; the place is one the gazetteer knows or shaped like a town."""
    norm = probe.norm
    if len(norm) > SIGNATURE_MAX or (norm[:1] == "(" and norm[-1:] == ")") != bracketed:
        return None
    parts = (norm[1:-1] if bracketed else norm).split()
    if not 2 <= len(parts) <= 3 or CLAUSE_MARK.search(norm):
        return None
    place, name = parts[0], parts[-1]
    # (unbracketed, a town's: a district and a name may be a line of a list of names)
    town = bool(words()["town_re"].fullmatch(place) or _COUNTY_TOWN.fullmatch(place))
    if not (town or (bracketed and known_places(probe.gazetteer, place))) or not person_like(
            name):
        return None
    return Verdict(names=(name,))


# '丰都县高家镇': a county and a town in it.
_COUNTY_TOWN = re.compile(rf"[{HAN}]{{1,4}}[县縣区區][{HAN}]{{1,4}}(?:镇|鎮|乡|鄉|街道)")


def _rare_named(name: str) -> bool:
    """A name of two or three characters under a family name that is also a word (满亭)."""
    return (2 <= len(name) <= 3 and name[0] in rare_surnames()
            and name not in words()["not_names_set"])


_ROLE_FIRST_PHOTO = re.compile(
    r"[(（]\s*(?:摄影|攝影|摄像|攝像|航拍)\s*[:：/／]\s*(?P<rest>[^()（）:：]{2,30}?)\s*[)）]\s*$")


_PICTURE_PLACE = re.compile(r"^[左右上下中][图圖]\s*[:：]?\s*")


def _placed_credits(probe: Probe) -> Verdict | None:
    """'左图　本报记者　刘　洋　摄　　右图　通讯员　张　军　摄': each picture's credit after the
    place it stands in, set apart on one line: their photographers."""
    parts = WIDE_GAP.split(probe.text.strip())
    if len(parts) < 2 or not all(_PICTURE_PLACE.match(part) for part in parts):
        return None
    names: list[str] = []
    for part in parts:
        rest = _PICTURE_PLACE.sub("", part)
        credit = Probe(rest, normalize(rest), 0, probe.gazetteer).photo_credit
        if credit is None or credit[1]:
            return None
        names.extend(name for name in credit[0] if name not in names)
    return Verdict(names=tuple(names))


def _photo(caption: bool) -> Callable[[Probe], Verdict | None]:
    def test(probe: Probe) -> Verdict | None:
        credit = probe.photo_credit  # (the same for both rules that ask: found once)
        if credit is None:
            return None
        names, long_before = credit
        return Verdict(names=names) if long_before == caption else None
    return test


def _bracket_place(probe: Probe) -> bool:
    match = _BRACKET_HEAD.match(probe.norm)
    return bool(match and match["rest"] and known_places(probe.gazetteer, match["place"])
                and headline_shape(match["rest"]))


_PLACE_TAG = re.compile(rf"^(?P<place>[{HAN}]{{2,4}})\s+[A-Z]{{3,20}}$")


def _place_tag(probe: Probe) -> Verdict | None:
    """'黔江　QIANJIANG': a place's name and its pinyin, the tag a paper sets over each
    district's story; the name is the tag's text."""
    match = _PLACE_TAG.match(probe.norm)
    if match and known_places(probe.gazetteer, match["place"]):
        return Verdict(text=match["place"])
    return None


def _bracketed_place_line(probe: Probe) -> Verdict | None:
    """'【双江镇】' alone: a district's or a town's name in brackets, the tag of its part of a
    roundup (or, over a headline, of that story)."""
    bare = probe.norm.replace(" ", "")
    if not (bare[:1] in "【[" and bare[-1:] in "】]" and BRACKETED_PLACE_MIN <= len(bare) - 2 <= 8):
        return None
    place = bare[1:-1]
    return Verdict(text=place) if known_places(probe.gazetteer, place, towns=True) else None


def _place_line(probe: Probe) -> bool:
    norm = probe.norm
    return len(norm) <= 12 and " " not in norm.strip() and known_places(
        probe.gazetteer, norm.replace(" ", "")
    )


BRACKETED_PLACE_MIN = 2  # characters of a place's name alone in brackets


_PLACE_AND_NAME = re.compile(r"^(?P<place>[^·\s]{2,6})\s*·\s*(?P<name>[^·\s,:;!?。]{2,8})$")


def _place_and_name(probe: Probe) -> bool:
    """'璧山·秀湖公园': a district's name, a dot and the name of a site in it."""
    match = _PLACE_AND_NAME.match(probe.norm)
    return bool(match and known_places(probe.gazetteer, match["place"]))


_PLACE_TOPIC = re.compile(r"^(?P<place>[^:\s]{2,12})\s*:\s*(?P<rest>\S.*)$")


_BARS = "▌▍▎▐▋"  # bars a page or a post sets before a tag or a part's title


def _bulleted_place(probe: Probe) -> Verdict | None:
    """'● 古南街道' or '◆铜梁：龙灯工坊开张': a bulleted place, alone or with its brief's title
    (or a district's tag under a bar, '▌梁平', over its stories)."""
    norm = probe.norm
    if norm[:1] not in BRIEF_BULLETS and norm[:1] not in _BARS:
        return None
    rest = norm[1:].strip()
    topic = _PLACE_TOPIC.match(rest)
    if known_places(probe.gazetteer, rest, towns=True) or (
        topic and known_places(probe.gazetteer, topic["place"], towns=True)
        and headline_shape(topic["rest"])
    ):
        return Verdict(text=probe.text[1:].strip())
    return None


# A paragraph that opens with a place's tag in brackets: '【沙坪坝·小龙坎】小区门口的路灯坏了…'.
_TAGGED_RUN_IN = re.compile(r"^【(?P<head>[^】\s]{2,12})】\s*(?P<rest>\S.{8,})$")


def _tagged_place(probe: Probe) -> Verdict | None:
    """'【沙坪坝·小龙坎】小区门口的路灯坏了快一个月了。': a reader's message or a brief run in
    under its place's tag, district and street joined by a dot (a box's item)."""
    match = _TAGGED_RUN_IN.match(probe.text.strip())
    if match is None or "·" not in match["head"]:
        return None
    place = match["head"].split("·")[0]
    if not known_places(probe.gazetteer, place, towns=True):
        return None
    return Verdict(text=match["rest"], heading=match["head"])


# A paragraph that opens with a place in bold: '**郁山镇**　3月12日，郁山镇举办培训班。'
_BOLD_RUN_IN = re.compile(r"^\*\*(?P<head>[^*]{2,12})\*\*[\s\u3000:：]*(?P<rest>\S.*)$")


def _bold_run_in(probe: Probe, heads: Callable[[str], bool]) -> Verdict | None:
    """A part run in under its head in bold ('**head**　text'), when ``heads`` takes the head
    (normalised): the text without it, the head the part's."""
    match = _BOLD_RUN_IN.match(probe.text)
    if match is None or not heads(normalize(match["head"]).strip()):
        return None
    return Verdict(text=match["rest"], heading=match["head"].strip())


def _bold_place(probe: Probe) -> Verdict | None:
    """'**郁山镇**　3月12日，…': a brief under its place's name, run in (a roundup's item)."""
    return _bold_run_in(probe, lambda head: bool(known_places(probe.gazetteer, head, towns=True)))


def _bold_keyword(probe: Probe) -> Verdict | None:
    """'**关键词【低空经济】** 报告提出，…': a part run in under its keyword in bold (an item
    of a roundup of a report's keywords)."""
    return _bold_run_in(probe, lambda head: bool(_KEYWORD_RUBRIC.match(head)))


def _bold_speaker(probe: Probe) -> Verdict | None:
    """'**张 红**　市人大代表、三河村党委书记': a voice's name in bold, then the roles, over what
    the voice says (an item of the story)."""
    match = _BOLD_RUN_IN.match(probe.text)
    if match is None or len(probe.norm) > 60:
        return None
    name = join_spaced_names(normalize(match["head"]).strip()).replace(" ", "")
    if not _speaker(name, normalize(match["rest"])):
        return None
    return Verdict(text=probe.text.replace("**", ""))


def _bulleted_subhead(probe: Probe) -> Verdict | None:
    if probe.norm[:1] not in BRIEF_BULLETS or len(probe.norm) > 24 or _is_speaker(probe):
        return None  # ('■周立群（市政协委员、…）': a voice's speaker, not a part's title)
    rest = probe.norm[1:].strip()
    if rest[-1:] in _RUBRIC_BARS:
        return None  # ('■■　防治非典进行时　■■': a column's name between bars, see is_rubric)
    if probe.norm[:1] in "▲△" and "," in rest and not _QUOTED_HEAD.fullmatch(rest):
        return None  # '▲上世纪八十年代，A（左）在铺子前': a caption cut at the column's width
    if _DAY_OPENING.match(rest):
        return None  # '●6月12日，县人大常委会主任冉德': a brief's text opening with its day
    # '■ “只要走得动，就一直干下去”': a quotation heads a part however many commas it has.
    if headline_shape(rest) or _QUOTED_HEAD.fullmatch(rest):
        return Verdict(text=probe.text[1:].strip())
    return None


_QUOTED_HEAD = re.compile(r"“[^“”]{2,20}”")
# A report's first words: its day, then a comma ('6月12日，', '15曰上午,', a scan's '1O日，'),
# or the day told from the paper's ('前晚8时许，', '昨日上午，').
_DAY_OPENING = re.compile(r"^(?:(?:[0-9OlI]{1,2}月)?[0-9OlI]{1,2}[日曰号]|[昨前][日曰天晚夜]"
                          r"|今[日曰天晨晚]|当[天晚日])(?:[上下]午|中午|晚|晚上|凌晨|早上|傍晚|清晨|深夜)?"
                          r"(?:[0-9OlI]{1,2}[时時](?:[0-9OlI]{1,2}分)?许?)?\s*,")


def enumerated(text: str) -> bool:
    """'一、任命', '二、新增普惠托位1000个': a numbered section's head."""
    return bool(_ENUM_HEAD.match(normalize(text)))


def _enumerated(probe: Probe) -> bool:
    return bool(_ENUM_HEAD.match(probe.norm)) and len(probe.norm) <= 16 and (
        probe.headline_shape
    ) and "," not in probe.norm


def _portrait_name(probe: Probe) -> bool:
    name = probe.norm.replace(" ", "")
    return (
        len(probe.norm) <= 5
        # Four characters make a name with a two-character family name (欧阳晓峰); with one
        # ('农事提醒') they are a column's name far more often.
        and (len(name) <= 3 or name[:2] in surnames()[1])
        and person_like(name)
        and not words()["rubric_any_re"].search(probe.norm)
        # '简　讯' set letter-spaced is a briefs column's name, not a person's (简 is a name)
        and not words()["brief_rubrics_re"].search(name)
        and not probe.norm.endswith(tuple(words()["action_endings"]))
        # ('谢　启' set letter-spaced is a thanks notice's title: 谢 is a family name)
        and name not in words()["document_types"]
        # ('钱塘镇' over a brief is the town it is from: 钱 is a family name too)
        and not name.endswith(tuple(words()["town_suffixes"]))
    )


def _page_name(probe: Probe) -> bool:
    """'要  闻' alone, or a page's names in cells ('文体新闻 | 体育'), one of them a page name."""
    if probe.level:
        return False
    names = words()["page_names_set"]
    if (folio := _FOLIO_AND_NAME.match(probe.norm)) is not None:
        # 'A10　产经新闻' / '产经新闻　A10': the page's number and name at its top
        name = folio["name"] or folio["name2"]
        return name in names or name.endswith(("新闻", "新聞"))
    cells = [cell.replace(" ", "") for cell in re.split(r"[|/]", probe.norm)]
    if len(cells) == 1:
        # ('公　　告' set letter-spaced over a boxed notice: the notice's title)
        return cells[0] in names and not (" " in probe.norm.strip()
                                          and cells[0] in words()["document_types"])
    return all(0 < len(cell) <= 8 for cell in cells) and any(cell in names for cell in cells)


_FOLIO = r"(?:[A-Z]{1,2}[0-9]{1,2}|第[0-9]{1,2}版)"
_FOLIO_AND_NAME = re.compile(
    rf"^(?:{_FOLIO}\s+(?P<name>[^\s0-9]{{2,8}})|(?P<name2>[^\s0-9]{{2,8}})\s+{_FOLIO})$")


# An office of the paper's own county or district, named without it: 县公安局 · 区人民医院.
_OWN_OFFICE = re.compile(
    r"^[县区縣區][\u4e00-\u9fff]{1,8}?(?:局|委|院|办|辦|中心|大队|支队|小学|中学|学校|幼儿园)")
# A town's or street's name of two to four characters (not 城镇, 乡村: one, and no 村).
# (not 乡 in a word: '涉及乡村振兴…', '返乡', '研究城乡居民…', '送戏下乡', '家乡')
_TOWN_FIRST = re.compile(
    r"^[\u4e00-\u9fff]{2,4}?(?:镇|鎮|(?<![返城下家故老同异異他])(?:乡|鄉)(?![村镇鎮亲親土愁下里])"
    r"|街道)")


def _place_first(probe: Probe) -> bool:
    """Does the line open with a place the gazetteer knows ('江津一男子获刑'), a town's name
    ('先锋镇九叶青花椒…') or a subject word ('我区3.2万亩晚稻开镰收割')?"""
    bare = probe.norm.replace(" ", "")
    if bare.startswith(tuple(words()["subject_openers"])):
        return True
    if _TOWN_FIRST.match(bare):
        return True  # '先锋镇九叶青花椒进入采收旺季'
    if _OWN_OFFICE.match(bare):
        return True  # '县公安局打掉一个帮信犯罪团伙': the county's own office
    if any(probe.gazetteer.canonical(bare[:n]) for n in _PLACE_PREFIXES if len(bare) > n):
        return True  # (five or six characters: '重庆高新区新增12家…', '万盛经开区…')
    # '兩江新區首家港資國際醫院動工': the gazetteer's names are simplified
    simple = to_simplified(bare)
    return simple != bare and any(
        probe.gazetteer.canonical(simple[:n]) for n in _PLACE_PREFIXES if len(simple) > n)


_PLACE_PREFIXES = (2, 3, 4, 5, 6)  # lengths of a place's name opening a line


def _headlike(probe: Probe) -> bool:
    # A paragraph that opens with a dateline is a report's first, however short the page
    # edge left it: '本报讯（通讯员 A）10月12日，在双河镇木根村的' goes on below.
    return probe.headline_shape and not probe.advert and not dateline(probe.norm)


# A pointer to a piece on another page, in brackets on a line of its own: '（相关报道见第3版）',
# '（全会决议全文见第2版）', '（详见A3版）' (a story continued there says 下转, a jump).
_PAGE_POINTER = re.compile(r"^\([^()]{0,16}(?:见|見)(?:第\s*)?[A-Z]?\d{1,2}\s*版[^()]{0,4}\)$")
# A picture credited to a role, no name: '本报记者摄'.
_ROLE_ONLY_PHOTO = re.compile(
    r"^(?:本[报報]|特约|特約)?(?:摄影)?(?:记者|記者|通讯员|通訊員)(?:摄|攝)$")
# '（文中儿童均为化名）', '（应受访者要求，文中人物系化名）': the editors' note that names are
# changed, alone under a byline or after the text (a bracketed '（化名）' after a name is text).
_PSEUDONYM_NOTE = re.compile(r"^\([^()]{2,30}化名[^()]{0,8}\)$")
# A note a typist or a volunteer adds to a page typed up, wholly in brackets a paper does not
# set heads in: '［版位：头条］', '〔原报此处有照片一幅，复印件上黑成一片。〕'.
# (it may name its own brackets: '〔…六角括号〔〕里的话都是我加的…〕')
_TRANSCRIBER_NOTE = re.compile(r"^(?:［[^［］]{2,120}］|〔(?:[^〔〕]|〔〕){2,160}〕)$")


_DIARY_ENTRY = re.compile(
    # (the day of a trip may come first: '第一天　8月3日　星期五　晴')
    r"^(?:第[一二三四五六七八九十\d]{1,3}天\s+)?\d{1,2}月\d{1,2}日\s+星期[一二三四五六日天]\s+"
    r"(?:晴|阴|陰|多云|多雲|[小中大阵陣暴]?雨|[小中大]?雪|雾|霧)\S{0,4}$")
# Radicals and strokes a scan reads from print showing through the leaf: no text prints them
# alone.
_STROKES = frozenset("丬彐乂刂亍彡丶丿乚亠冂冖凵卩厶廴廾弋彳忄扌氵灬爫犭纟艹讠辶钅阝饣亻宀冫丨乛")
STROKE_TOKEN_MAX = 2  # characters of a token of show-through


def _stray_strokes(norm: str) -> bool:
    """'丬彐　乂刂　　门亍': short tokens, one with a bare radical or stroke in it."""
    tokens = norm.split()
    return (len(tokens) >= 2 and all(len(t) <= STROKE_TOKEN_MAX for t in tokens)
            and any(ch in _STROKES for t in tokens for ch in t))


# Specks of a scan read as marks, with nothing a word is made of: '·　　■', '.:·'·:.·:''.
# (A reader's '？？？' or '！！' says something: those marks are none. Nor are a table's rule
# '|---|---|' and the blocks and strokes a code or a chart is drawn with, '▇■▓ ▆▓': their
# passes read them whole.)
_SPECKS = re.compile(r"^(?:[^\w\s？！?!|｜\u2500-\u259f]\s*){2,}$")


# Two words of Latin letters and no Han character: 'The Wayback Machine - https://…', 'See
# other formats', a museum panel's English title; a page of Chinese news prints no such line.
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
LATIN_WORDS_MIN = 2


def _latin_words(probe: Probe) -> bool:
    # ('JINRI WUXI': a masthead's name in pinyin capitals is the masthead's, see below)
    if _HAN_CHAR.search(probe.norm) or _CAPITALS.match(probe.norm):
        return False
    found = len(_LATIN_WORD.findall(probe.norm))
    # (a bilingual page's English paragraph, sentences of a translation, is the story's text:
    # 'On the morning of June 6, a cross-border train … pulled out of Luohuang Port.')
    # (a site's notice in English stays its chrome: 'Notice: The content above … is uploaded
    # and posted by a user of …')
    return found >= LATIN_WORDS_MIN and not (found >= ENGLISH_PROSE_WORDS
                                             and _ENGLISH_SENTENCES.search(probe.norm)
                                             and not _ENGLISH_NOTICE.search(probe.norm))


ENGLISH_PROSE_WORDS = 15  # words of a paragraph of English prose, at least
_ENGLISH_NOTICE = re.compile(r"^(?:Notice|Disclaimer|Statement|Copyright|Note)\b|rights reserved|"
                             r"(?:uploaded|posted) by (?:a|the) user", re.IGNORECASE)
# (two sentences' ends, or one at the end of a paragraph that holds a comma)
_ENGLISH_SENTENCES = re.compile(r"[a-z][.!?][\"”’']?\s+[A-Z\"“].*[a-z0-9][.!?][\"”’']?$|"
                                r",.*[a-z0-9][.!?][\"”’']?$")


_CAPITALS = re.compile(r"^[A-Z\s]+$")


_HAN_CHAR = re.compile(rf"[{HAN}]")


def _transcriber_note(probe: Probe) -> bool:
    return bool(_TRANSCRIBER_NOTE.match(probe.text.strip()))


def _ad(probe: Probe) -> bool:
    # The shape first: most lines that get here are paragraphs, and the shape rules them out
    # at once, where the advert words would be searched for along the whole paragraph.
    if not (probe.headline_shape or (len(probe.norm) <= 30 and not probe.closed)):
        return False
    # '6月11日，市民王女士在社交平台上看到一则“特价' (a paragraph cut at the column): a
    # report's opening, whatever words it holds; '楼前，市民邹女士把车停进二楼车位，扫码缴
    # 费后步行不到': a line of a narrow column, clauses of a sentence (an offer has one)
    return (probe.advert and not words()["report_opening_re"].match(probe.norm[:40])
            and probe.norm.count(",") < AD_CLAUSES_MAX
            # '日车票享受景区周边部分商家优惠。（通讯员　蒋': a sentence ends and text goes on
            and not _SENTENCE_THEN_MORE.search(probe.norm))


_SENTENCE_THEN_MORE = re.compile(r"[。!?！？]\s*\S")


AD_CLAUSES_MAX = 2  # commas in a line of advertisement copy, fewer than


_HTML_COMMENT = re.compile(r"^<!--.*-->$")
_HOST_EXCERPT = re.compile(r"^(?:内容提示|內容提示)\s*[:：]\s*\S")
_RECORD_TAG = re.compile(r"^<(?:doc|/doc)(?:\s[^<>]*)?>$")
_GLUED_FIELDS = re.compile(
    r"/enpproperty-->$|^\d{5,}(?:19|20)\d{2}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}:\d")
_CAMERA_STAMP = re.compile(r"^['’‘`´]\s?\d{2}\s+\d{1,2}\s+\d{1,2}$")

# A résumé's line: from year.month to year.month (or on), then the post or the study
# ('1998.09—2002.07 重庆大学城市规划专业学习', '2023.06— 江津区人民政府党组成员').
_RESUME_SPAN = re.compile(r"^(?:19|20)\d{2}[.．]\d{1,2}\s*[—–－-]{1,2}\s*"
                          r"(?:(?:19|20)\d{2}[.．]\d{1,2})?\s+\S")
# A figure and its unit, a dash, and what it counts: one fact of a '数读' box
# ('150家——明年计划引进科技型企业'). The unit is required and the text after the dash is no
# figure, so a span of days or years ('11.10—11.14一周要闻合集', '2025—2026金佛山冰雪季')
# stays a head.
_FIGURE_FACT = re.compile(r"^\d[\d.,]*[万亿]?[^\s\d.,—–－-]{1,4}\s*(?:——|—|－－|--)\s*[^\s\d]")

# The ordered table: the first rule that answers decides the line's kind.
RULES: tuple[LineRule, ...] = (
    # ('## 热点排行': a site's list of links set as a heading is that list's label, as the
    # comments' is theirs)
    # ('# 本报记者 王晓燕 通讯员 刘 畅': a layout OCR marks every block it takes for a title
    # as a heading, a byline too)
    LineRule("markdown-heading", Kind.HEADING, "## 区政府召开常务会议",
             lambda p: (p.level > 0 and bare_label(p.norm) not in words()["link_labels"]
                        # ('## 热门评论（97）': the comments' label set as a heading; '# 人物简介':
                        # a box's)
                        and bare_label(p.norm) not in words()["comment_labels"]
                        and bare_label(p.norm) not in words()["labels_set"]
                        # ('# 重庆时报　2006年9月7日　星期四　A09版': the page's masthead line)
                        and not (_DATED_MASTHEAD.search(p.norm) and _masthead(p))
                        # ('### 市人大代表、万州区…党委书记谭明会：': a voice's lead set as a
                        # heading, as its neighbours' are set in bold)
                        and not _is_lead(p.norm)
                        # ('### 关键词【产业】': a keyword's label, however it is set)
                        and not _KEYWORD_RUBRIC.match(p.norm)
                        and not ((words()["own_staff_re"].match(p.norm)
                                  or words()["roles"].match(p.norm)) and _byline(p)))),
    LineRule("html-comment", Kind.NOISE, "<!--enpcontent-->",
             lambda p: bool(_HTML_COMMENT.match(p.text.strip())),
             "an HTML comment kept by a converter (an e-paper system's hidden fields): unseen"),
    LineRule("record-tag", Kind.NOISE, '<doc id="12" url="http://x.cn/a.htm" title="标题">',
             lambda p: bool(_RECORD_TAG.match(p.text.strip())),
             "a crawled corpus' tag round each record (<doc …> … </doc>): markup, unseen"),
    LineRule("host-excerpt", Kind.NOISE, "内容提示：酉阳报 2016年9月9日 星期五 3 专版 礼赞教师节……",
             lambda p: bool(_HOST_EXCERPT.match(p.norm)),
             "a document host's excerpt of the file's opening, made by machine: a copy"),
    LineRule("link-list", Kind.NOISE, "*   [首页](http://cq.people.com.cn/)", lambda p: p.linked,
             "a Markdown list item that is only links: a site's menu or related links"),
    LineRule("rule-line", Kind.NOISE, "————————",
             lambda p: bool(_RULE.match(p.norm) or _OCR_RULE.match(p.norm)
                            or _SEPARATOR.match(p.norm) or _BOX_RULE.match(p.norm))),
    LineRule("stray-mark", Kind.NOISE, "丨", lambda p: p.norm.strip() in _STRAY_MARKS,
             "one mark alone on its line, left by a scan"),
    LineRule("specks", Kind.NOISE, ".:·'·:.·:'.·　■", lambda p: bool(_SPECKS.match(p.norm)),
             "marks and nothing else (no letter, figure or character): a scan's specks"),
    LineRule("stray-strokes", Kind.NOISE, "丬彐　乂刂　　门亍", lambda p: _stray_strokes(p.norm),
             "strokes of the print showing through the leaf, read by a scan"),
    LineRule("watermark", Kind.NOISE, "重庆图书馆　仅供阅览　　重庆图书馆　仅供阅览",
             lambda p: bool(_WATERMARK.match(p.norm)),
             "one phrase printed again and again across the page: a library's watermark"),
    LineRule("section-number", Kind.SUBHEAD, "01", lambda p: bool(_SECTION_NUMBER.match(p.norm)),
             "a part's number; the line under it is the part's title (``relabel``)"),
    LineRule("jump-to", Kind.JUMP, "（下转第2版）", _jump("jump_to"),
             "the story goes on on another page: it ends here"),
    LineRule("jump-from", Kind.JUMP, "上接第一版", _jump("jump_from"),
             "the story below continues one from another page"),
    LineRule("system-fields", Kind.NOISE, "12450872017-06-16 00:00:00:0…/enpproperty-->",
             lambda p: bool(_GLUED_FIELDS.search(p.norm)),
             "an e-paper system's hidden fields glued together by a tag-stripper: unseen"),
    LineRule("camera-stamp", Kind.NOISE, "'98 6 26",
             lambda p: bool(_CAMERA_STAMP.match(p.text.strip())),
             "the date a film camera burned into a photo's corner, read as a line: no date of "
             "the news (a camera's clock may never have been set)"),
    LineRule("image", Kind.NOISE, "[图片]", lambda p: bool(words()["images_re"].match(p.norm)),
             "an image's place; the line under it may be its caption"),
    LineRule("diary-entry", Kind.BODY, "9月29日　星期日　晴",
             lambda p: bool(_DIARY_ENTRY.match(p.norm)),
             "a diary's entry line, its day, weekday and weather: the entry's first paragraph"),
    LineRule("latin-chrome", Kind.NOISE, "About this capture", _latin_words,
             "a line of words in Latin letters and no Chinese: a site's or an app's chrome"),
    LineRule("transcriber-note", Kind.NOISE, "［版位：头条］", _transcriber_note,
             "a typist's or a volunteer's note in brackets papers do not print heads in"),
    LineRule("court-signer", Kind.BODY, "审　判　长　　唐　敏",
             lambda p: bool(words()["court_signer_re"].match(p.norm)),
             "a judge or a clerk signing a judgment under its text: the document's signature"),
    LineRule("page-pointer", Kind.NOISE, "（相关报道见第3版）",
             lambda p: bool(_PAGE_POINTER.match(p.norm)),
             "a pointer to another page's piece ('（全会决议全文见第2版）'): no jump, no text"),
    LineRule("roleless-photo-credit", Kind.NOISE, "本报记者摄",
             lambda p: bool(_ROLE_ONLY_PHOTO.match(p.norm.replace(" ", ""))),
             "a picture credited to a role with no name ('本报记者摄'): it credits no one"),
    LineRule("pseudonym-note", Kind.NOISE, "（文中儿童均为化名）",
             lambda p: bool(_PSEUDONYM_NOTE.match(p.norm)),
             "the editors' note that the names in the text are changed: no head, no text"),
    LineRule("page-credit", Kind.NOISE, "本版文字：本报记者　冉　杰　　本版摄影：本报记者　向　东",
             _page_credit, "the page's writers and photographers, named once for its stories"),
    LineRule("bare-mark", Kind.NOISE, "①",
             lambda p: bool(_BARE_MARK.match(p.text.strip())),
             "a circled number alone on its line: the mark a page's list of its pieces points"
             " with, over each piece (the list's '① title' lines name it); no text"),
    LineRule("scan-export", Kind.NOISE, "=====[第2区　文字]=====",
             lambda p: bool(_SCAN_EXPORT.match(p.norm)),
             "an OCR program's file line and zone markers: no page's date, no text"),
    LineRule("dashed-link-label", Kind.LABEL, "——　延伸阅读　——", _dashed_link_label,
             "a post's divider naming a box of links or a related story: the box's label"),
    LineRule("copy-note", Kind.NOISE, "【存档说明】以下四个页面于2003年11月13日从…另存为文本",
             lambda p: words()["copy_notes_found"](p.norm),
             "a note on where a copy came from (its keeper's note, its link, a search engine's"
             " cache notice): chrome however long"),
    LineRule("web-chrome", Kind.NOISE, "当前位置：首页 > 政务信息 > 工作动态",
             lambda p: _chrome_line(p) or bool(_MENU_CELLS.match(p.norm))
             or bool(_DOT_MENU.match(p.norm))
             or bool(_MENU_FIRST.match(p.norm)) or _channel_menu(p)
             or _place_menu(p)),
    LineRule("reprint-note", Kind.NOISE, "（原载2009年11月13日《綦江报》第1版）",
             lambda p: bool(_REPRINT_NOTE.match(p.norm)),
             "where and when the piece was first printed: the day its own dates are read from"),
    LineRule("paper-address", Kind.NOISE, "涪陵日报社地址：兴华中路26号　　新闻热线：023-72223366",
             lambda p: bool(_PAPER_ADDRESS.match(p.norm)),
             "the paper's own address and lines at the page's foot: furniture, no paper's name"),
    LineRule("masthead", Kind.NOISE, "国内统一连续出版物号 CN 50-0001",
             lambda p: _masthead(p) and not (_SENTENCE_RUNS_ON.search(p.norm)
                                             and len(cells(p.text)) == 1),
             "the paper's name, number, sponsor or price (a sentence that runs on past a comma"
             " and ends '…联合主办' is a line of text cut at the column)"),
    LineRule("editors", Kind.NOISE, "本版责编：周 敏  美编：何 丽  校对：刘 洋",
             _short_furniture("editors", 80)),
    LineRule("weather", Kind.NOISE, "明天 晴转多云 18℃~27℃ 北风1~2级",
             _short_furniture("weather", 50)),
    LineRule("page-name", Kind.NOISE, "要  闻", _page_name,
             "a page's name alone on its line, often spaced out; or in cells: 文体新闻 | 体育"),
    LineRule("teaser", Kind.NOISE, "■ 全区春耕备耕工作有序推进 3版",
             _short_furniture("teasers", 50)),
    LineRule("page-notice", Kind.NOISE, "本版文章未經授權不得轉載",
             _short_furniture("notices", closed=True)),
    LineRule("lost-notice", Kind.NOISE, "某某区兴旺建材经营部遗失公章一枚，声明作废。",
             lambda p: ("遗失" in p.norm or "遺失" in p.norm)
             and bool(words()["lost_notices_re"].search(p.norm)),
             "classified ads for lost documents"),
    LineRule("family-signature", Kind.BODY, "子：李建平　　儿媳：王　红",
             lambda p: bool(words()["family_signature_re"].match(p.norm)
                            or words()["family_closings_re"].match(p.norm)),
             "a family's signature under its notice (kinship：names, closing words): text"),
    LineRule("figure-title", Kind.SUBHEAD, "近三年春节期间全市餐饮消费构成（单位：亿元）",
             lambda p: bool(_FIGURE_TITLE.search(p.norm)),
             "a chart's or table's title closed by its unit: a part of the story, never a head"),
    LineRule("figure-note", Kind.BODY, "注：带*者为首发球员",
             lambda p: bool(_FIGURE_NOTE.match(p.norm)),
             "the note under a table or a chart: the story's text"),
    LineRule("posted-note", Kind.BODY, "（网友“界石通勤族”　留言时间：3月10日）",
             lambda p: bool(words()["posted_notes_re"].match(p.norm)),
             "who posted a message or answered it, and when: text of its story, never a head"),
    LineRule("feature-part", Kind.SUBHEAD, "引子",
             lambda p: p.norm.strip() in words()["feature_parts"],
             "a feature's prologue or epilogue, alone on its line: a part of its text"),
    LineRule("box-label", Kind.LABEL, "核心提示", _label),
    LineRule("excerpt-source", Kind.CREDIT, "（摘自《竹林深处是故乡》，冉启林 著，重庆出版社）",
             _excerpt_source, "an excerpt's source: the book's author wrote the text above"),
    LineRule("source-note", Kind.CREDIT, "（本文选自重庆青年网论坛“行走天下”版，有删节）",
             lambda p: bool(_SOURCE_NOTE.match(p.norm)) and not words()["roles"].search(p.norm),
             "where a text was taken from, bracketed under it: it closes the story, no writer"),
    LineRule("supplied-note", Kind.CREDIT, "（以上信息由各主办单位提供，如有变动以现场为准）",
             lambda p: bool(_SUPPLIED_NOTE.match(p.norm)) and not words()["roles"].search(p.norm),
             "who supplied the listing above, bracketed under it: it closes the story, no writer"),
    LineRule("recommender", Kind.CREDIT, "推荐人：县图书馆馆员　谭晓琴", _recommender,
             "who recommends a book of a list, under what is said of it: signs the book's part"),
    LineRule("end-mark", Kind.CREDIT, "（完）",
             lambda p: bool(words()["end_mark_re"].match(p.norm)),
             "the end of a story on a line of its own: it closes the story"),
    LineRule("dispatch-line", Kind.CREDIT, "（十月十四日寄自南桐矿区）",
             # ('（本报记者　谭　悦　发自城口）' is a writer's credit)
             lambda p: bool(_DISPATCH_LINE.match(p.norm)) and not words()["roles"].search(p.norm),
             "where and when a correspondent sent the piece, under its text: it closes the "
             "story, no writer"),
    LineRule("masked-signature", Kind.CREDIT, "读者　王××",
             lambda p: bool(_MASKED_SIGNATURE.match(p.norm)),
             "a letter signed with its writer's name masked: it closes the letter, names no one"),
    LineRule("teacher-credit", Kind.CREDIT, "（辅导员：刘玉兰）",
             lambda p: bool(_TEACHER_CREDIT.match(p.norm)),
             "a pupil's piece closed by the teacher who guided it: it closes, names no writer"),
    LineRule("closing-credit", Kind.CREDIT, "（本报记者 张小明 实习生 李晓雨）", _closing_credit),
    LineRule("placed-credit", Kind.CREDIT, "（蔺市镇　退休教师　秦德厚）",
             lambda p: _placed_signature(p, bracketed=True),
             "a reader's place, what the reader does and the name, closing a letter"),
    LineRule("writer-with-note", Kind.BYLINE, "□贺　兰（作者系执业律师）", _writer_with_note,
             "the writer's name with a note on the writer in brackets: it signs the piece above"),
    LineRule("author-note", Kind.CREDIT, "（作者系某大学教授）", _author_note,
             "a note on the writer at a commentary's end: it closes the story"),
    LineRule("org-credit", Kind.CREDIT, "（区城市管理局 供稿）", _org_credit_line,
             "an organisation's credit on its own line: it closes the story, names no one"),
    LineRule("split-credit", Kind.BYLINE, "■本报记者 何 涛 文 刘 洋 图", _split_credit),
    LineRule("credit-fields", Kind.BYLINE, "通讯员：谢　雨　　记者：王　婷　　摄像：李　勇",
             _credit_fields),
    LineRule("drawn-by", Kind.BYLINE, "（漫画/周 洋）", _drawn_by),
    LineRule("song-credit", Kind.BYLINE, "刘　明　词　　陈远志　曲", _song_credit,
             "a song's lyricist and composer under its title: its writers"),
    LineRule("byline", Kind.BYLINE, "本报记者 张小明 李大伟", _byline),
    LineRule("credit-prefix", Kind.BYLINE, "文/图 本报记者 张三", _credit_prefix),
    LineRule("staff-commentator", Kind.BYLINE, "本报评论员",
             lambda p: bool(_STAFF_COMMENTATOR.match(p.norm)),
             "the paper's commentator or team signs a piece: a byline that names no one"),
    LineRule("bulleted-name", Kind.BYLINE, "□ 李 明", _bulleted_name,
             "a bullet and a name alone: the writer's line of a commentary or feature"),
    LineRule("columnist", Kind.BYLINE, "冉启明　区作家协会副主席，本报特约专栏作者", _columnist,
             "a columnist's name and who the columnist is, set over the column's piece"),
    LineRule("placed-signature", Kind.BYLINE, "丰都县高家镇　谭永芬",
             lambda p: _placed_signature(p, bracketed=False),
             "a reader's town and name set alone after the letter: its writer"),
    LineRule("school-writer", Kind.BYLINE, "汇龙小学五年级（3）班　周语桐", _school_writer,
             "a pupil's school and class, then the name: the writer of a pupils' essay"),
    LineRule("photo-by", Kind.PHOTO_CREDIT, "摄影：张三", _photo_by),
    LineRule("photo-credit", Kind.PHOTO_CREDIT, "记者 刘 洋 摄", _photo(caption=False)),
    LineRule("placed-photo-credits", Kind.PHOTO_CREDIT,
             "左图　记者　刘　洋　摄　　右图　张　军　摄", _placed_credits),
    LineRule("caption", Kind.CAPTION, "游客在草场上休闲露营。记者 刘洋 摄", _photo(caption=True)),
    LineRule("supplied-picture", Kind.CAPTION, "医生在门诊为患者检查。（受访者供图）",
             lambda p: len(p.norm) <= 150 and bool(words()["supplied_pictures_re"].search(p.norm)),
             "a caption whose picture was supplied: it credits no photographer"),
    LineRule("picture-says", Kind.CAPTION, "图为铜梁队球员陈浩（左）在比赛中带球突破。",
             lambda p: bool(_PICTURE_SAYS.match(p.norm)) and len(p.norm) <= 150),
    LineRule("pointed-caption", Kind.CAPTION, "▲招聘会现场人头攒动。",
             lambda p: bool(_POINTED_CAPTION.match(p.norm))),
    LineRule("image-alt", Kind.CAPTION, "[图]仙女山草场上避暑的游客",
             lambda p: bool(IMAGE_ALT.match(p.norm)) and not CLAUSE_MARK.search(p.norm),
             "an image's marker and the words a phone site prints for it: its caption"),
    LineRule("keyword-rubric", Kind.RUBRIC, "关键词【科技创新】",
             lambda p: bool(_KEYWORD_RUBRIC.match(p.norm))),
    LineRule("bracket-place", Kind.RUBRIC, "【江津·永川】两地共建产业协作园区", _bracket_place,
             "a roundup's brief about one place"),
    LineRule("place-tag", Kind.RUBRIC, "黔江　QIANJIANG", _place_tag,
             "a district's name with its pinyin in capitals: the flag of its stories"),
    LineRule("bracketed-place-line", Kind.RUBRIC, "【双江镇】", _bracketed_place_line),
    LineRule("place-line", Kind.RUBRIC, "巴南区", _place_line,
             "a place name alone heads that place's part of a roundup"),
    LineRule("bulleted-place", Kind.RUBRIC, "■ 江北区", _bulleted_place),
    LineRule("place-and-name", Kind.RUBRIC, "璧山·秀湖公园", _place_and_name,
             "a place and a site's name: one entry of a list of places to go"),
    LineRule("bold-speaker", Kind.RUBRIC, "**张 红**　市人大代表、三河村党委书记", _bold_speaker,
             "a voice's name in bold and roles: an item of the story, what the voice says"),
    LineRule("tagged-place", Kind.BODY, "【沙坪坝·小龙坎】小区门口的路灯坏了快一个月了。",
             _tagged_place, "a message or brief run in under its place's tag: a box's item"),
    LineRule("bold-place", Kind.BODY, "**郁山镇**　3月12日，郁山镇举办培训班。", _bold_place,
             "a brief run in under its place's name in bold: an item of a roundup"),
    LineRule("bold-keyword", Kind.BODY, "**关键词【低空经济】** 报告提出，今年将建成起降点30个。",
             _bold_keyword, "a part run in under its keyword in bold: an item of the roundup"),
    LineRule("bulleted-subhead", Kind.SUBHEAD, "■从“种得好”到“卖得好”", _bulleted_subhead,
             "a section break inside a feature"),
    LineRule("enumerated-subhead", Kind.SUBHEAD, "一、任命", _enumerated),
    LineRule("date-line", Kind.DATE, "2023年3月29日",
             lambda p: bool(_FULL_DATE_LINE.match(p.norm.replace(" ", "")))),
    LineRule("written-on-line", Kind.DATE, "（4月19日于涞滩）",
             lambda p: bool(_WRITTEN_ON.match(p.norm.replace(" ", ""))),
             "when (and where) the writer wrote the piece, in brackets under its text: it ends "
             "the piece"),
    LineRule("profile-lead", Kind.LEAD, "市人大代表、涪陵区区长张明：", lambda p: _is_lead(p.norm)),
    LineRule("speaker-line", Kind.LEAD, "李建国 县人大代表、龙潭镇养殖大户", _is_speaker),
    LineRule("document-type", Kind.HEADLIKE, "任免名单",
             lambda p: bool(words()["doc_types_re"].match(p.norm)) or (
                 letter_spaced(p.norm, 2)
                 and bool(words()["doc_types_re"].match(p.norm.replace(" ", "")))),
             "a document's type under its issuer's name (or set letter-spaced alone, '讣　告'):"
             " part of a headline, never a name"),
    LineRule("portrait-name", Kind.NAME, "张三", _portrait_name),
    LineRule("resume-span", Kind.BODY, "2016.05—2020.03　某区双福街道党工委书记",
             lambda p: bool(_RESUME_SPAN.match(p.norm)),
             "a résumé's line: the months a post was held, then the post; text, never a head"),
    LineRule("figure-fact", Kind.BODY, "150家——明年计划引进科技型企业",
             lambda p: bool(_FIGURE_FACT.match(p.norm)),
             "a figure with its unit, a dash and what it counts: a fact of a figures box, text"),
    LineRule("advert", Kind.NOISE, "扫码下单 包邮到家", _ad),
    LineRule("pictograph-field", Kind.BODY, "🕘开放时间：9:00—17:00",
             lambda p: bool(_PICTOGRAPH_FIELD.match(p.text)),
             "a guide's field under a pictograph and its label (🎫门票：…, 🕘开放时间：…): text"),
    LineRule("headline-shape", Kind.HEADLIKE, "大足区党政代表团来我县考察", _headlike),
    LineRule("body", Kind.BODY, "考察期间，代表团一行先后来到多个乡镇。", lambda p: True),
)


def _first_rule(probe: Probe) -> LineRule:
    """The rule that classifies ``probe`` (the last one holds for any line)."""
    return next(rule for rule in RULES if rule.test(probe) not in (None, False))


def _indent(raw: str) -> int:
    """The white space before a line's text, in half-width columns."""
    if not raw[:1].isspace():
        return 0  # most lines: no copy of the line to find it
    lead = raw[: len(raw) - len(raw.lstrip())]
    return sum(2 if ch == "\u3000" else 4 if ch == "\t" else 1 for ch in lead)


CLASSIFIED_MAX = 200_000  # lines whose classification is kept for lines printed the same


class _Classified:
    """Lines already classified, by their raw text, for the gazetteer they were read with: an
    archive prints the same line on many pages (a masthead, an editors' line, a site's
    chrome, a repeated brief), and a line's class is a function of its text alone."""

    def __init__(self) -> None:
        self.gazetteer: Gazetteer | None = None
        self.lines: dict[str, Line] = {}

    def get(self, number: int, raw: str, gazetteer: Gazetteer) -> Line:
        # (a worker is sent the build's gazetteer again with every file: one the same by its
        # digest, the version of its data, is the same gazetteer)
        same = gazetteer is self.gazetteer or (
            self.gazetteer is not None and bool(gazetteer.digest)
            and gazetteer.digest == self.gazetteer.digest)
        if not same or len(self.lines) >= CLASSIFIED_MAX:
            self.gazetteer, self.lines = gazetteer, {}
        known = self.lines.get(raw)
        if known is None:
            known = self.lines[raw] = _classify(0, raw, gazetteer)
        # (a copy: the page passes relabel their own lines; its fields copied as they are,
        # without ``dataclasses.replace``'s call of ``__init__``, a tenth of the cost)
        line = object.__new__(Line)
        line.__dict__.update(known.__dict__)
        line.number = number
        return line


_CLASSIFIED = _Classified()


_LEADING_PICTOGRAPHS = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]+\s*")
# The day a site's list posted an entry, before its title ('[10-21]　…', '[2011-10-21] …').
_LEADING_POSTED_DAY = re.compile(r"^\[(?:(?:19|20)\d{2}-)?\d{1,2}-\d{1,2}\][ \u3000]+(?=\S)")
# A word processor's comment anchor in the text, its author's initials or name and number
# ('[LXM2]', '[微软用户1]'): the comment itself is printed at the document's foot.
_COMMENT_ANCHOR = re.compile(r"\[(?:[A-Z]{1,5}|\S{1,6}用户)\d{1,3}\]")
# A word processor's list number before a tab, the line's only tab ('4.1\t…'; a table's row
# has a tab between each two cells).
_WORD_NUMBERING = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?\t(?P<rest>[^\t]+)$")
# A guide's field under a pictograph: a pictograph of a thing, not a bullet's shape (🔹, 🔴:
# '🔹新立镇：…' is a part's title), then a short label that is no place's name, and a colon.
_PICTOGRAPH_FIELD = re.compile(
    r"^(?![\U0001F534-\U0001F53D])[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]+\s*"
    r"[\u4e00-\u9fff]{1,5}(?<![镇鎮乡鄉村区區县縣道])\s*[:：]\s*\S")


def classify(number: int, raw: str, gazetteer: Gazetteer | None = None) -> Line:
    """Classify one line on its own; context is applied later by the story builder.

    ``gazetteer`` is the build's (with the editor's units); the packaged one by default.
    """
    return _CLASSIFIED.get(number, raw, gazetteer or default_gazetteer())


def _classify(number: int, raw: str, gazetteer: Gazetteer) -> Line:
    if _BOX_SIDE.match(raw) and raw[1:].strip() and not raw.rstrip().endswith("|"):
        # '丨　　根据…', '|◆县夏布协会成立', 'l（王　静）': a box's side rule, read with its
        # line (a Markdown table's row ends with its bar too)
        raw = "\u3000" + raw[1:]
    if (framed := _RIGHT_SIDE.search(raw)) and raw[:framed.start()].strip() and raw[:1] != "|":
        raw = raw[:framed.start()]  # '千余册农业科技、法律常识和少儿读物　|': its right side
    if raw.endswith("※") and (framed := _FRAME_SIDE.search(raw)) and raw[:framed.start()].strip():
        raw = raw[:framed.start()]  # '…有的地方　※': a box's frame of marks, its right side
    stripped = raw.strip()
    if _ICON.search(stripped):
        # '\ue6a8 2020-09-16 10:26　\ue62b 黔江区融媒体中心': a site's icon font, private-use
        # characters standing apart, prints as pictures, no text (one glued to text is kept:
        # a rare character a font mapped there)
        iconless = _ICON_SPACE.sub("", _ICON.sub("", stripped)).strip()
        if not iconless:  # ('\ue6a0': a back-to-top button alone)
            return Line(number, stripped, 0, Kind.NOISE, rule="icon", norm=normalize(stripped),
                        indent=_indent(raw))
        stripped = iconless
    if "][" in stripped:
        # '[首页][2]', '![][14]', '## [长江万州段…][10]': a converter's reference-style links
        # and images (their targets listed at the page's foot) read as inline ones
        stripped = _REFERENCE_LINK.sub(r"](#\1)", stripped)
    if "[" in stripped and (anchor := _COMMENT_ANCHOR.search(stripped)) is not None:
        if anchor.start() == 0:  # '[TM3]“研学小学生”读起来别扭…': a reviewer's comment
            return Line(number, stripped, 0, Kind.NOISE, rule="tracked-change",
                        norm=normalize(stripped), indent=_indent(raw))
        stripped = _COMMENT_ANCHOR.sub("", stripped)  # '…1906户[LXM2]，…': its anchor
    if "\t" in stripped and (numbered := _WORD_NUMBERING.match(stripped)) is not None:
        stripped = numbered["rest"]  # '4.1<TAB>区图书馆启动…': a word processor's list number
    level = 0
    linked = listed = False
    bold = None
    heading = MD_HEADING.match(stripped)
    if heading is None and stripped[:2] == "> ":  # '> #### 通道越畅…': a heading quoted
        heading = MD_HEADING.match(stripped[2:].lstrip())
    if heading:
        stripped, level = heading[2].strip(), len(heading[1])
        if (bold_heading := _BOLD.match(stripped)) is not None:
            # ('# **做强科创和生态“两张牌”**': a heading set in bold as well)
            stripped = (bold_heading[1] or bold_heading[2] or bold_heading[3]).strip()
        # ('### 🔸金佛山杜鹃花期…': a post's pictograph before a heading decorates it)
        stripped = _LEADING_PICTOGRAPHS.sub("", stripped) or stripped
        if level == 1 and (titled := _SITE_AFTER_TITLE.match(stripped)) is not None and (
                _MEDIA_WORD.search(titled["site"] or titled["site2"])):
            # '# 汉丰湖…全线贯通 - 上游新闻 汇聚向上的力量': a page saver keeps the browser's
            # title, the site's name and slogan after the article's
            stripped = titled["title"] or titled["title2"]
    else:
        if (item := _ORDERED_ITEM.match(stripped)) and _LINKS_ONLY.match(stripped[item.end():]):
            stripped, linked = stripped[item.end():], True  # '1.   [主城今年…](http://…)'
        linked = linked or bool(_LINKED_IMAGES.match(stripped))  # a logo row
        for marker in ("> ", "- ", "* ", "+ "):
            if stripped.startswith(marker) and len(stripped) > len(marker):
                stripped = stripped[len(marker) :].strip()  # loose Markdown quotes and lists
                # ('*   [首页](http://…)': a list of links is a site's menu or its related
                # links, never a story's text)
                linked = marker != "> " and bool(_LINKS_ONLY.match(stripped))
                # (a task list's boxes, '- [ ] 与原件逐字核对', are a typist's to-do list)
                listed = marker != "> " and not linked and not _TASK_BOX.match(stripped)
        if "]{." in stripped:
            # a manuscript's tracked changes, as pandoc writes them: what was deleted and the
            # reviewers' comments are not the text; what was inserted is
            unchanged = stripped
            stripped = _ATTR_SPAN.sub(r"\1", _TRACKED_OUT.sub("", stripped)).strip()
            if not stripped:  # a paragraph deleted whole: the editor's, kept as furniture
                return Line(number, unchanged, level, Kind.NOISE, rule="tracked-change",
                            norm=normalize(unchanged), indent=_indent(raw))
        bold = _BOLD.match(stripped)
        stripped = (bold[1] or bold[2] or bold[3]).strip() if bold else stripped
        if "[" in stripped:
            # '[7]首页 [8]时政 …', '[17]2025荣昌陶…': a text browser's link numbers, no text
            stripped = _LINK_NUMBER.sub("", stripped).strip() or stripped
        if "丨" in stripped:  # '记者丨冉　静　　通讯员丨向　丹': a bar after a field's label
            stripped = _LABEL_BAR.sub(r"\1：", stripped)
        elif "｜" in stripped or "|" in stripped:
            # '文字｜融媒体记者　冉　静': the same, a credit block's line that opens with its
            # label (a menu's bars part its entries: '首页 | 图片 | 专题')
            stripped = _LABEL_BAR_FIRST.sub(r"\1：", stripped, count=1)
        if _KEYCAP.match(stripped):  # '1️⃣石宝镇召开…': an item's number as an emoji
            stripped = _KEYCAP.sub(r"\1. ", stripped, count=1)
        if (lead := _BOLD_DATELINE.match(stripped)) is not None:
            stripped = lead[1] + stripped[lead.end():]  # '**本报讯**（通讯员　邬　航）1月23日，…'
    if "\\" in stripped:  # '人民网\\>\\>重庆频道', '\\[详细\\]': a converter's escapes
        # (an escaped bracket becomes a full-width one: it is text, no link's bracket)
        stripped = _MD_ESCAPE.sub(lambda m: _ESCAPED_BRACKETS.get(m[1], m[1]), stripped)
    if stripped[:1] == "<" and (tagless := _HTML_TAG.sub("", stripped).strip()):
        stripped = tagless  # '<td>禁止施工车辆进出</td>': a raw HTML cell a converter left
    if "]{" in stripped:  # '[2016年05月12日09:23]{.date}': a converter's span with its class
        stripped = _ATTR_SPAN.sub(r"\1", stripped)
    if "[](" in stripped:  # '[](javascript:void(0) "分享到QQ空间")': a link with no text
        stripped = _EMPTY_LINK.sub("", stripped).strip() or stripped
    if "](" in stripped:
        # ('[![新重庆](…logo.png)](https://…)': a logo linked, its alt text the link's text)
        stripped = _LINKED_IMAGE.sub(r"\1", stripped) if "[![" in stripped else stripped
        stripped = _MD_LINK.sub(r"\1", stripped)  # '[首页](https://…)': a link's text
        # ('…号-1　　![](…/ga.png)渝公网安备…': an icon without words among a line's text)
        stripped = _WORDLESS_IMAGE.sub("", stripped).strip() or stripped
    posted_day = False  # (the day a list's entry was posted, taken off its title)
    if stripped[:1] == "[" and (lead := _LEADING_POSTED_DAY.match(stripped)) is not None:
        stripped = stripped[lead.end():]  # '[10-21]　龙角镇…': the day a list's entry was posted
        posted_day = True
    if (posted := _POSTED_DATE.search(stripped)) is not None and posted.start() > 0:
        posted_day = True
        # '大观镇500亩水稻用上“铁牛”插秧　　[2013-05-15]': a site's list prints the day an
        # entry was posted after its title; the title is the head (and a mark before it is
        # the list's bullet: '■中益乡…　　[01-04]')
        stripped = stripped[:posted.start()].lstrip(_LIST_BULLETS).lstrip()
    norm = normalize(stripped)
    probe = Probe(stripped, norm, level, gazetteer or default_gazetteer(), linked)
    if (posted := _POSTED_TIME.match(stripped)) is not None and _first_rule(probe).kind in (
            Kind.HEADLIKE, Kind.BODY):
        # '…串起4个镇　　　　　　上午10:05' (but a bulletin's issuer and day, '…办公室编
        # 2025年6月20日', or a clipper's name and day are furniture as they stand)
        stripped = stripped[:posted.start("gap")]
        norm = normalize(stripped)
        probe = Probe(stripped, norm, level, probe.gazetteer, linked)
    for rule in RULES:
        verdict = rule.test(probe)
        if verdict is None or verdict is False:
            continue
        line = Line(number, stripped, level, rule.kind, rule=rule.name, norm=norm,
                    indent=_indent(raw), pointer=norm[:1] in "▲△",
                    posted=posted_day and rule.kind is Kind.HEADLIKE)
        if listed and rule.kind is Kind.HEADLIKE and not bold:
            # ('- 首选考公务员、进事业单位的占34.6%': a point of a Markdown list is text)
            line.kind, line.rule = Kind.BODY, "list-item"
            return line
        if rule.kind is Kind.HEADLIKE:
            line.place_first = _place_first(probe)
        if isinstance(verdict, Verdict):
            line.names, line.with_photos, line.page, line.photographers, line.heading = (
                verdict.names, verdict.with_photos, verdict.page, verdict.photographers,
                verdict.heading,
            )
            if verdict.text:
                if rule.name == "bulleted-subhead":
                    line.printed = line.text
                line.text, line.norm = verdict.text, normalize(verdict.text)
        return line
    raise AssertionError("the last rule matches every line")


SPACED_TOKENS_MIN = 4  # tokens of a line that can tell whether it is spaced out
SPACED_LINES_MIN = 5  # such lines on a page before the page is read as spaced out
SPACED_SHARE = 0.6  # of the lines that can tell, spaced out ones, at least
_OCR_SPACE = re.compile(r"(?<=[^\x00-\x7f]) (?! )|(?<! ) (?=[^\x00-\x7f])")


def unspaced_page(raws: list[str]) -> list[str]:
    """A page an OCR read with a space between every two characters ('小 花 椒 撑 起 增 收'),
    its lines without those spaces; any other page as it is. (Wide gaps stay: cells.)"""
    telling = spaced = 0
    for raw in raws:
        tokens = raw.split(" ")
        if len(tokens) < SPACED_TOKENS_MIN:
            continue
        telling += 1
        spaced += sum(len(t) == 1 for t in tokens) * 4 >= len(tokens) * 3
    if spaced < SPACED_LINES_MIN or spaced < telling * SPACED_SHARE:
        return raws
    return [_OCR_SPACE.sub("", raw) for raw in raws]


ANSI_CODES_MIN = 3  # a terminal's colour codes on a page before they are read as such
# A terminal's colour code whose escape character was lost in a copy: '[1;32m', '[m'.
_ANSI_CODE = re.compile(r"\x1b?\[[0-9]{0,2}(?:;[0-9]{1,2})*m")


def without_colour_codes(raws: list[str]) -> list[str]:
    """A bulletin board's page copied from a terminal, its colour codes left as text
    ('[1;36m【 以下文字转载自 [32mNews [36m讨论区 】[m'): its lines without them; any
    other page as it is."""
    # (a code opens with '[': a line without one is not searched)
    if sum(len(_ANSI_CODE.findall(raw)) for raw in raws if "[" in raw) < ANSI_CODES_MIN:
        return raws
    return [_ANSI_CODE.sub("", raw) for raw in raws]


WIKI_HEADINGS_MIN = 2  # headings of a wiki's page with their edit links, at least
_WIKI_EDIT = re.compile(r"^(?P<head>\S.{0,60}?)\s*\[(?:编辑|編輯|edit|编辑源代码|編輯原始碼)\]\s*$")


def wiki_headings(raws: list[str]) -> list[str]:
    """A wiki's page copied as text, each section's heading with its edit link glued to its
    end ('重庆綦江区首条城乡公交线路开通[编辑]', '来源[编辑]'): the headings as headings
    ('## …'), without the link; any other page as it is."""
    # (an edit link ends in ']': a line without one is not matched)
    if sum(_WIKI_EDIT.match(raw) is not None for raw in raws if "]" in raw) < WIKI_HEADINGS_MIN:
        return raws
    return [f"## {edit['head']}" if (edit := _WIKI_EDIT.match(raw)) else raw for raw in raws]


# A search tool's highlighting or a page's inline styling left in copied text as markup
# ('我县28万亩<font color=Red>春橙</font>陆续上市'), or a content system's paragraph tags and
# line breaks ('<p>　　区文化委副主任周红梅介绍，…</p>', '…商议，<br/>最终…'): the words
# without the tags.
_INLINE_TAG = re.compile(
    r"</?(?:font|span|b|strong|em|i|u|mark|big|small|sup|sub|p|br)(?:\s[^<>]{0,80})?\s*/?>",
    re.IGNORECASE)


# ... or a reading app's count of readers who underlined a paragraph, glued to its end
# ('…以免影响孩子入学。35人划线').
_UNDERLINE_COUNT = re.compile(r"(?<=[。！？!?”」])\d{1,6}人划线$")


def inline_markup(raws: list[str]) -> list[str]:
    """Lines without the inline tags of styling or highlighting their words, and without a
    reading app's underline count at a paragraph's end; the rest as it is."""
    return [_unmarked(raw) for raw in raws]


# Words in bold inside a line ('村党支部书记**刘明芳**说'): the marks are no part of the text.
# (Underscores are left: a form's blanks are runs of them, '订户姓名：________'.)
# (A line opening in bold keeps its marks: they make it a head, a run-in place or a speaker.)
_MARKUP_ONLY = re.compile(r"[\s#>*+\-\d.、)）]*")  # what may stand before a line's own bold
_INLINE_BOLD = re.compile(r"\*\*([^*\n]{1,40}?)\*\*")


def _unmarked(raw: str) -> str:
    if "<" in raw:
        raw = _INLINE_TAG.sub("", raw)
    if "**" in raw:
        raw = _INLINE_BOLD.sub(
            lambda m: m[0] if _MARKUP_ONLY.fullmatch(raw[:m.start()]) else m[1], raw)
    return _UNDERLINE_COUNT.sub("", raw) if raw.endswith("人划线") else raw


PANDOC_MARKS_MIN = 2  # attribute blocks or hard breaks before a page's are read as pandoc's
# Pandoc's Markdown of a saved web page: attribute blocks after a heading, a link or an image
# ('# 标题 {#activity-name .rich_media_title}', '![](…){.rich_pages .wxw-img}'; a span's,
# '[…]{.insertion}', is read with the span, as a tracked change may be)
# and a backslash ending a line, its hard line break ('**点击上方蓝字**\\').
_PANDOC_ATTRIBUTES = re.compile(
    r"(?:(?<=\))|[ \t]+(?=\{#))\{(?:[ \t]*(?:[#.][\w:-]+|[\w:-]+=(?:\"[^\"\n]*\"|[^\s}]+)))+"
    r"[ \t]*\}")
_HARD_BREAK = re.compile(r"(?<!\\)\\[ \t]*$")
# ... and its fenced divisions around a page's blocks, each fence a line of its own ('::: futi',
# '::: {#content .article}', ':::'): the blocks' wrapping, as blank as the lines around them.
_FENCE = re.compile(r"^:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w.-]+)?[ \t]*$")


# A figure a PDF-to-Markdown converter set as inline maths ('热烈庆祝巴南建区 $30$ 周年',
# '$2 0 2 4$ 年'): the figure, its spaces gone.
_MATH_FIGURE = re.compile(r"\$\s*(?P<figure>\d[\d .,%]*?)\s*\$")


def math_figures(raws: list[str]) -> list[str]:
    """The page with each figure set as inline maths ('$30$') given as the figure ('30');
    any other page as it is."""
    if not any("$" in raw for raw in raws):
        return raws
    return [_MATH_FIGURE.sub(lambda m: m["figure"].replace(" ", ""), raw) if "$" in raw
            else raw for raw in raws]


# A Markdown footnote's mark in the text ('…公交全覆盖。[^2]'): the note it points to is a
# transcriber's (a copy note), the mark no part of the words.
_FOOTNOTE_MARK = re.compile(r"\[\^[\w-]{1,12}\](?!\s*[:：])")


def footnote_marks(raws: list[str]) -> list[str]:
    """The page without Markdown footnote marks in its lines (the notes' own lines stay, read
    as copy notes); any other page as it is."""
    if not any("[^" in raw for raw in raws):
        return raws
    return [_FOOTNOTE_MARK.sub("", raw) if "[^" in raw else raw for raw in raws]


def pandoc_markup(raws: list[str]) -> list[str]:
    """A page pandoc wrote as Markdown, its lines without attribute blocks and without the
    backslashes of hard line breaks (the next line is a line of its own), its divisions'
    fences blank; any other page as it is."""
    # (an attribute block opens with '{', a hard break ends a line with '\\', a fence is ':::')
    found = 0
    for raw in raws:
        if "{" in raw:
            found += len(_PANDOC_ATTRIBUTES.findall(raw))
        if raw.rstrip().endswith("\\"):
            found += _HARD_BREAK.search(raw) is not None
        if raw.startswith(":::"):
            found += _FENCE.match(raw) is not None
    if found < PANDOC_MARKS_MIN:
        return raws
    return ["" if raw.startswith(":::") and _FENCE.match(raw)
            else _HARD_BREAK.sub("", _PANDOC_ATTRIBUTES.sub("", raw)) if "{" in raw or "\\" in raw
            else raw for raw in raws]


# A Markdown code fence, its line's own: three backticks or tildes, perhaps a language
# ('```text', '```', '~~~').
_CODE_FENCE = re.compile(r"^[ \t]{0,3}(?P<mark>`{3,}|~{3,})[ \t]*[\w+-]*[ \t]*$")


def code_fences(raws: list[str]) -> list[str]:
    """A Markdown page's fenced blocks (an editor's way to keep a box's columns aligned:
    '```text' / '【村情数据】…' / '青蒿种植面积　　3200 亩' / '```'): the fences blank, the lines
    between read as the page's own; a fence without its closing one stays as it is."""
    if not any(raw.lstrip(" \t")[:3] in ("```", "~~~") for raw in raws):
        return raws
    out = list(raws)
    opened: tuple[int, str] | None = None
    for at, raw in enumerate(raws):
        m = _CODE_FENCE.match(raw)
        if m is None:
            continue
        if opened is None:
            opened = (at, m["mark"])
        elif m["mark"].startswith(opened[1][:3]) and raw.strip() == m["mark"]:
            out[opened[0]] = out[at] = ""
            opened = None
    return out


# A Jekyll page's kramdown and Liquid markup, each on a line of its own: an attribute list
# naming the block above it ('{: .yinti}', '{: .byline}'), and a Liquid tag ('{% include
# figure.html src="…" caption="▲…" credit="本报记者　何　斌　摄" %}', '{% raw %}').
_KRAMDOWN_ATTRIBUTES = re.compile(r"^\s*\{:\s*[^{}\n]*\}\s*$")
_LIQUID_TAG = re.compile(r"^\s*\{%-?\s*(?P<name>\w+)(?P<args>.*?)-?%\}\s*$")
_LIQUID_VALUE = re.compile(r"(?P<key>[\w-]+)\s*=\s*\"(?P<value>[^\"]*)\"")
_LIQUID_PATHS = ("src", "href", "url", "link", "image", "img", "alt", "class", "id")
LIQUID_MARKS_MIN = 2  # kramdown or Liquid lines on a page: the page is a Jekyll source


def jekyll_markup(raws: list[str]) -> list[str]:
    """A Jekyll page's source, its kramdown attribute lists blank (their blocks are lines of
    their own already) and each Liquid tag read as the words it passes an include: the
    values of its arguments, addresses left out ('{% include figure.html src="…"
    caption="▲…" credit="…摄" %}' → '▲…　…摄'; a page head's paper, day and page → the
    page's masthead line); any other page as it is."""
    if sum("{" in raw and bool(_KRAMDOWN_ATTRIBUTES.match(raw) or _LIQUID_TAG.match(raw))
           for raw in raws) < LIQUID_MARKS_MIN:
        return raws
    out = []
    for raw in raws:
        if "{" not in raw:
            out.append(raw)
        elif _KRAMDOWN_ATTRIBUTES.match(raw):
            out.append("")
        elif (tag := _LIQUID_TAG.match(raw)) is not None:
            values = [m["value"].strip() for m in _LIQUID_VALUE.finditer(tag["args"])
                      if m["key"].lower() not in _LIQUID_PATHS and m["value"].strip()]
            out.append("　".join(values) if tag["name"] == "include" else "")
        else:
            out.append(raw)
    return out


ACCOUNT_TAGS_MIN = 2  # a site's account tags on a page before they are read as its marks
# A portal's tag after a name that has an account on its microblog ('胡　蓉[微博]',
# '重庆晚报[微博]'): a link's mark, no word of the text.
_ACCOUNT_TAG = re.compile(r"\[(?:微博|微博认证|官方微博)\]")


ICON_NAMES_MIN = 2  # distinct icon names glued to text on a page before they are dropped


def icon_text(raws: list[str]) -> list[str]:
    """A page copied with its icon font read as text: the icons' ligature names glued to the
    words beside them ('check_circle本人有效身份证件', 'thumb_up268') dropped when two or more
    distinct ones are on the page, and a microblog's glyph letters ('O网页链接', '展开全文c')
    wherever they stand."""
    names, glyphs = words()["icon_names_re"], words()["icon_glyphs_re"]
    page = "\n".join(raws)
    if (not words()["icon_names_tail_re"].search(page)
            or len({m[0] for m in names.finditer(page)}) < ICON_NAMES_MIN):
        names = None
    if names is None and not glyphs.search(page):
        return raws
    out = []
    for raw in raws:
        if names is not None:
            raw = names.sub("", raw)
        out.append(glyphs.sub("", raw))
    return out


def account_tags(raws: list[str]) -> list[str]:
    """A page whose site glued its microblog tag after names: the names without it."""
    if sum(raw.count("[微博") for raw in raws) < ACCOUNT_TAGS_MIN:
        return raws
    return [_ACCOUNT_TAG.sub("", raw) if "[微博" in raw else raw for raw in raws]


WIKILINKS_MIN = 2  # a note app's links on a page before its double brackets are read as links
# A note app's links (Obsidian, Logseq) read as the words they show (``WIKI_LINK``); an
# embedded file ('![[20220816_黄水_01.jpg|600]]') is a picture's place.
_WIKI_EMBED = re.compile(r"!\[\[[^\[\]\n]+\]\]")


def wikilinks(raws: list[str]) -> list[str]:
    """A note app's page: its links read as the words they show, its embedded files as
    pictures' places ('[图片]'); any other page as it is."""
    if sum(raw.count("[[") for raw in raws) < WIKILINKS_MIN:
        return raws
    return [WIKI_LINK.sub(r"\g<shown>", _WIKI_EMBED.sub("[图片]", raw)) if "[[" in raw else raw
            for raw in raws]


UBB_CODES_MIN = 3  # forum codes on a page before its square brackets are read as codes
# A forum's codes (UBB/BBCode) pasted as text: formatting tags around words ('[b]标题[/b]',
# '[color=red]…[/color]', '[size=2]', '[align=center]'), quotation tags and emoticons
# ('[quote]', '[em08]'), an upload's or an image's tag with its address.
_UBB_MEDIA = re.compile(r"\[(?P<tag>upload|img|attach|flash)(?:=[^\]]*)?\].*?\[/(?P=tag)\]",
                        re.IGNORECASE)
_UBB_TAG = re.compile(
    r"\[/?(?:b|i|u|s|quote|code|color|size|font|align|center|left|right|url|email|fly|move"
    r"|shadow|glow|table|tr|td|list|\*)(?:=[^\]\n]{0,80})?\]|\[em\d{1,3}\]", re.IGNORECASE)


# A line set whole in one size: '[size=5][b]安居古城启动风貌修缮[/b][/size]'.
_UBB_SIZED_LINE = re.compile(r"^(?:\[[a-z]+(?:=[^\]\n]{0,40})?\])*\[size=(?P<size>\d)\]"
                             r"(?:\[[a-z]+(?:=[^\]\n]{0,40})?\])*[^\[\]]+(?:\[/[a-z]+\])+$",
                             re.IGNORECASE)
UBB_BODY_SIZE = 3  # a forum's type size for its text: a line set larger is a head


def ubb_codes(raws: list[str]) -> list[str]:
    """A page with a forum's codes pasted as text: the words without their tags (a headline
    is what the tags enclose), an upload's or an image's tag with its address a picture's
    place ('[图片]'); any other page as it is."""
    if sum(len(_UBB_TAG.findall(raw)) for raw in raws if "[" in raw) < UBB_CODES_MIN:
        return raws
    out = [_UBB_TAG.sub("", _UBB_MEDIA.sub("[图片]", raw)) if "[" in raw else raw
           for raw in raws]
    # A line set whole in the page's largest type ('[size=5][b]东门农贸市场…[/b][/size]') is a
    # headline, a Markdown heading: a smaller line over it its kicker, under it its deck.
    sizes = {at: int(found["size"]) for at, raw in enumerate(raws)
             if (found := _UBB_SIZED_LINE.match(raw.strip()))}
    largest = max(sizes.values(), default=0)
    if largest > UBB_BODY_SIZE:
        for at, size in sizes.items():
            if size == largest and out[at].strip():
                out[at] = f"## {out[at].strip()}"
    return out


OCR_JSON_LINES_MIN = 3  # recognised lines of an OCR service's replies before a page is one
# An OCR service's reply saved as JSON, a recognised line an entry ('{"words": "酉阳报"},'),
# each reply wrapped in its request's fields ('{"log_id": 173…, "words_result": [' … ']}').
_OCR_JSON_LINE = re.compile(r'^\s*\{\s*"words"\s*:\s*(?P<text>"(?:[^"\\]|\\.)*")\s*\}\s*,?\s*$')
_OCR_JSON_WRAP = re.compile(r'^\s*(?:\{\s*"log_id"\s*:.*\[\s*|\]\s*\}\s*,?)\s*$')


def ocr_json(raws: list[str]) -> list[str]:
    """An OCR service's replies saved as they came (JSON, a recognised line an entry): each
    entry as its line of text, the replies' wrappers as blank lines; any other page as it
    is."""
    if sum(1 for raw in raws if _OCR_JSON_LINE.match(raw)) < OCR_JSON_LINES_MIN:
        return raws
    out = []
    for raw in raws:
        if (entry := _OCR_JSON_LINE.match(raw)) is not None:
            try:
                out.append(json.loads(entry["text"]))
                continue
            except ValueError:
                pass  # (not valid JSON: the line as it is)
        out.append("" if _OCR_JSON_WRAP.match(raw) else raw)
    return out


FEED_ITEMS_MIN = 2  # items (RSS) or entries (Atom) of a feed's source before a page is one
_FEED_ROOT = re.compile(r"^\s*<(?:rss|feed|rdf:RDF)[\s>]")
_FEED_ITEM = re.compile(r"^\s*<(?:item|entry)(?:\s[^<>]*)?>\s*$")
_FEED_ITEM_END = re.compile(r"^\s*</(?:item|entry)>\s*$")
# An element on one line ('<pubDate>Fri, 05 Dec 2025 17:46:30 +0800</pubDate>'), its opening
# tag alone ('<title>', its text on the lines under it), or its closing tag alone.
_FEED_ELEMENT = re.compile(r"^\s*<(?P<name>[\w:]+)(?:\s[^<>]*)?>(?P<value>.*?)</(?P=name)>\s*$")
_FEED_OPEN = re.compile(r"^\s*<(?P<name>[\w:]+)(?:\s[^<>]*)?>\s*(?P<value>.*?)\s*$")
_FEED_CLOSE = re.compile(r"^\s*(?P<value>.*?)\s*</(?P<name>[\w:]+)>\s*$")
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_FEED_IMAGE = re.compile(r"<img\b[^<>]*>", re.IGNORECASE)
# What an item's elements are read as: its words (the headline, the text), its writer (a
# byline, '文：冉　洁'), its time of posting (a date line); any other element (link, guid,
# category, comments) is a machine's field. A full text ('content:encoded') makes the
# item's 'description' a summary of it, which goes.
_FEED_WORDS = frozenset({"title", "description", "content:encoded", "content", "summary"})
_FEED_WRITERS = frozenset({"dc:creator", "author", "name"})
_FEED_TIMES = frozenset({"pubDate", "published", "updated", "dc:date", "lastBuildDate"})
_FEED_READ = _FEED_WORDS | _FEED_WRITERS | _FEED_TIMES  # (elements whose text is read)
_FEED_SUMMARIES = {"description": "content:encoded", "summary": "content"}


def feed_items(raws: list[str]) -> list[str]:
    """A news feed's source (RSS or Atom, as a browser shows it) read line for line: each
    item's title and text as they are, its writer as a byline, its time of posting as a
    date line; the feed's own name (its site's, read as a page's head) and date; the tags,
    the machine's fields and the feed's blurb as blank lines. Any other page as it is."""
    if (sum(1 for raw in raws if "<" in raw and _FEED_ITEM.match(raw)) < FEED_ITEMS_MIN
            or not any(_FEED_ROOT.match(raw) for raw in raws[:SOURCE_HEAD_LINES])):
        return raws
    out: list[str] = []
    item: set[str] | None = None  # the names of the elements of the item the line is in
    field = ""  # the element whose text runs over the lines
    # (the feed's own day, set after its name as a web edition's head prints it: '江津网 -
    # 江津新闻 - 2025年12月5日', which names the paper and dates the page)
    day = _feed_day(raws)
    for at, raw in enumerate(raws):
        if _FEED_ITEM.match(raw) or _FEED_ITEM_END.match(raw):
            item = _feed_elements(raws, at) if _FEED_ITEM.match(raw) else None
            field = ""
            out.append("")
        elif field:  # (its text may hold tags of its own: '<p>　　本报讯…</p>')
            close = _FEED_CLOSE.match(raw)
            ended = close is not None and close["name"] == field
            out.append(_feed_value(field, close["value"] if ended else raw, item, day))
            field = "" if ended else field
        elif element := _FEED_ELEMENT.match(raw):
            out.append(_feed_value(element["name"], element["value"], item, day))
        elif (opened := _FEED_OPEN.match(raw)) and opened["name"] in _FEED_READ:
            field = opened["name"]
            out.append(_feed_value(field, opened["value"], item, day))
        else:
            out.append("")  # ('<channel>', '<![CDATA[', '<enclosure … />')
    return out


SOURCE_HEAD_LINES = 5  # lines at the top of a source where its root element opens


def _feed_elements(raws: list[str], at: int) -> set[str]:
    """The names of the elements of the item that opens at line ``at``."""
    names: set[str] = set()
    for raw in raws[at + 1:]:
        if _FEED_ITEM_END.match(raw):
            break
        if (opened := _FEED_OPEN.match(raw)) is not None:
            names.add(opened["name"])
    return names


def _feed_value(name: str, value: str, item: set[str] | None, day: str = "") -> str:
    """The line an item's element gives, or the feed's own (``item`` None: its name, with
    its ``day`` when it has one; see ``feed_items``)."""
    value = _FEED_IMAGE.sub("", _CDATA.sub("", value)).strip()
    if not value:
        return ""
    if item is None:
        if name == "title":
            return f"{value} - {day}" if day else value
        return _feed_time(value) if name in _FEED_TIMES else ""
    if name in _FEED_WORDS and _FEED_SUMMARIES.get(name) not in item:
        return value
    # (an Atom author's name in its own tags: '<name>冉洁</name>')
    if name in _FEED_WRITERS and re.search(f"[{HAN}]", value := _HTML_TAG.sub("", value)):
        return f"文：{value.strip()}"
    return _feed_time(value) if name in _FEED_TIMES else ""


def _feed_day(raws: list[str]) -> str:
    """The day the feed gives itself, before its first item ('2025年12月5日'), or ''."""
    for raw in raws:
        if _FEED_ITEM.match(raw):
            break
        if ((element := _FEED_ELEMENT.match(raw)) and element["name"] in _FEED_TIMES
                and (when := _feed_time(element["value"]))):
            year, month, date = when[:10].split("-")
            return f"{year}年{int(month)}月{int(date)}日"
    return ""


def _feed_time(value: str) -> str:
    """A feed's time ('Fri, 05 Dec 2025 17:46:30 +0800', '2025-12-05T17:46:30+08:00') as a
    date line ('2025-12-05 17:46:30'), or nothing when it is neither."""
    try:
        when = (datetime.datetime.fromisoformat(value.strip()) if value[:1].isdigit()
                else parsedate_to_datetime(value.strip()))
    except (TypeError, ValueError):
        return ""
    return when.strftime("%Y-%m-%d %H:%M:%S")


PRINTED_LINKS_MIN = 4  # link targets printed after their words before a page's are dropped
# A link's target printed in brackets after its words, as a browser's print or a text
# converter sets it: '垫江要闻 (/news/djyw/)', '来源：垫江日报 (http://epaper.djxww.cn/)'.
# (not a Markdown link's target: '[垫江要闻](/news/djyw/)')
_PRINTED_LINK = re.compile(r"(?<=[^\s\]]) ?\((?:https?://|/)[^\s()（）]*\)")


def printed_links(raws: list[str]) -> list[str]:
    """A page printed with its links' targets after their words ('首页 (/)　垫江要闻
    (/news/djyw/)'), its lines without the targets, so a menu reads as a menu; a target alone
    on its line stays (a chrome line of its own); any other page as it is."""
    # (a target opens with '(/' or '(http': a line without either is not searched)
    if sum(len(_PRINTED_LINK.findall(raw)) for raw in raws
           if "(/" in raw or "(http" in raw) < PRINTED_LINKS_MIN:
        return raws
    return [_PRINTED_LINK.sub("", raw) for raw in raws]


BOXED_INDENTS_MIN = 3  # lines of a page opening with '口口' before they are read as indents
_BOXED_INDENT = re.compile(r"^([ \u3000]*)口口")
# A byline's box mark read as 口: '口本报记者　谭光明'.
_BOXED_MARK = re.compile(r"^([ \u3000]*)口(?=(?:本[报報])?(?:记者|記者|通讯员|通訊員))")


def boxed_indents(raws: list[str]) -> list[str]:
    """A scan whose OCR read each paragraph's indent as two boxes ('口口入春以来，…', and
    '口口口岸办负责人…' for a paragraph opening with 口), its lines with the indent as two
    full-width spaces and a byline's box mark as □; any other page as it is."""
    if sum(_BOXED_INDENT.match(raw) is not None for raw in raws) < BOXED_INDENTS_MIN:
        return raws
    return [_BOXED_MARK.sub("\\1□", _BOXED_INDENT.sub("\\1\u3000\u3000", raw, count=1), count=1)
            for raw in raws]


# A head between two of the same mark, a stencil's ornaments: '☆　春耕生产抓得紧　☆'.
_FLANKED = re.compile(r"^([ \u3000]*)([☆★△▲◇◆○●※])[ \u3000]+(\S.{0,38}?)[ \u3000]+\2[ \u3000]*$")


def unflanked(raws: list[str]) -> list[str]:
    """Lines set between two of the same ornament ('△　安居区供销社送肥下乡　△'), without
    them: the marks frame a head, they are none of its words."""
    # (a line is matched only when it opens with one of the marks, after its indent)
    return [_FLANKED.sub("\\1\\3", raw) if raw.lstrip(" \u3000")[:1] in _FLANK_MARKS else raw
            for raw in raws]


_FLANK_MARKS = frozenset("☆★△▲◇◆○●※")

BOX_BAR_LINES_MIN = 3  # lines of a box drawn with a bar at each end, at least
# A line of a box an OCR read with its sides as bars ('|●节前安全生产大检查结束　　　|'): one bar
# at each end, none inside (a Markdown table's row has bars inside).
_BOX_BARRED = re.compile(
    r"^[ \u3000]*(?P<bar>[|｜│])(?P<text>[^|｜│]*[^|｜│\s][^|｜│]*)(?P=bar)[ \u3000]*$")


def box_bars(raws: list[str]) -> list[str]:
    """The lines of a box drawn with a bar at each end, three or more one under another,
    without the bars and the padding before the closing one: the box's text."""
    if not any(raw.rstrip().endswith(("|", "｜", "│")) for raw in raws):
        return raws
    out = list(raws)
    at = 0
    while at < len(raws):
        end = at
        while end < len(raws) and _BOX_BARRED.match(raws[end]):
            end += 1
        if end - at >= BOX_BAR_LINES_MIN:
            for k in range(at, end):
                out[k] = _BOX_BARRED.match(raws[k])["text"].rstrip(" \u3000")
        at = max(end, at + 1)
    return out


# Text a site hides in its articles to spoil copies, which a copy picks up glued inside the
# words: short runs of Latin letters and figures ('王pR9e德贵', '装筐Dx7kq，') and the site's
# own name with 版权所有 ('种了12亩城口新闻网版权所有，估计…').
_GLUED_RUN = re.compile(
    r"(?<=[\u4e00-\u9fff，。、；：“”（）])[A-Za-z0-9]{3,6}(?=[\u4e00-\u9fff，。、；：“”（）])")
COPY_GUARD_RUNS_MIN = 3  # distinct such runs on a page before they are taken for a guard's
_LETTER_BY_FIGURE = re.compile(r"[a-z][0-9]|[0-9][a-z]")
_GLUED_RIGHTS = re.compile(r"(?<=\S)版权所有(?=[\u4e00-\u9fff，。、；])")
SITE_NAME_MAX = 10


# Runs of letters and figures that are words of the text: a figure and its unit ('6500m2',
# '15kg'), a model's or a unit's letters and a number ('A380', 'm28' of '每m²8元' read flat).
_MEASURE_OR_MODEL = re.compile(r"^\d+(?:\.\d+)?(?:[a-z]{1,3}|[A-Z]{1,3})\d?$|^[A-Za-z]{1,2}\d+$")


def _guard_run(run: str) -> bool:
    """A run mixing small letters and figures, as no word, measure or model number is
    ('n5Rz', 'chw3')."""
    return (any(c.isdigit() for c in run) and any(c.islower() for c in run)
            and not _MEASURE_OR_MODEL.match(run))


# A cell of a line (between gaps of two spaces or more) and the text at a gap.
_CELL_OR_GAP = re.compile(r"[ \u3000]{2,}|[^ \u3000]+(?:[ \u3000][^ \u3000]+)*")
DOUBLED_PAIRS_MIN = 4  # pairs of a cell drawn twice (a PDF's faux bold), at least
DOUBLED_CELLS_MIN = 2  # such cells on a page before any is read once
# Pairs of one character, as many as a doubled cell has, a gap apart at most: what every
# doubled cell, or line of doubled cells, holds (a doubled cell has no space in it).
_PAIRS_IN_A_ROW = re.compile(
    rf"([^ \u3000\n])\1(?:[ \u3000]*([^ \u3000\n])\2){{{DOUBLED_PAIRS_MIN - 1}}}")


def _doubled(cells: list[str]) -> bool:
    """Is every character of ``cells`` printed twice, four pairs or more of three characters
    or more ('社社会会··民民生生', '停停　　水水　　通通　　知知'), as no text is ('密密麻麻',
    '哈哈哈哈')?"""
    pairs = "".join(cell[0::2] for cell in cells)
    return (all(len(cell) % 2 == 0 and cell[0::2] == cell[1::2] for cell in cells)
            and len(pairs) >= DOUBLED_PAIRS_MIN and len(set(pairs)) >= 3)


def _doubled_cells(raw: str) -> set[int]:
    """The starts of the cells of ``raw`` printed twice: all of them when every cell is (a
    letter-spaced head), else each long enough on its own."""
    cells = [m for m in _CELL_OR_GAP.finditer(raw) if not m[0].isspace()]
    if cells and _doubled([m[0] for m in cells]):
        return {m.start() for m in cells}
    return {m.start() for m in cells if _doubled([m[0]])}


def doubled_glyphs(raws: list[str]) -> list[str]:
    """A PDF's faux bold read as text draws each glyph twice ('我我县县首首批批…'): cells
    of a line whose every character is doubled are read once, when the page has two or
    more of them; the text around them ('责任编辑：向　红') stays as printed."""
    # (a page without four pairs in a row, a gap apart at most, holds none; nor does a
    # line shorter than four pairs)
    if not _PAIRS_IN_A_ROW.search("\n".join(raws)):
        return raws
    found = [_doubled_cells(raw) if len(raw) >= 2 * DOUBLED_PAIRS_MIN else set() for raw in raws]
    if sum(map(len, found)) < DOUBLED_CELLS_MIN:
        return raws
    return ["".join(m[0][0::2] if m.start() in starts else m[0]
                    for m in _CELL_OR_GAP.finditer(raw)) if starts else raw
            for raw, starts in zip(raws, found, strict=True)]


# A typist's marks in a page typed up from film: a head's place before it ('〔引〕抢晴天…',
# '〔副〕…', '［肩］…') and a picture told in brackets, its caption and credit inside
# ('〔图片：统景公社社员在抢收小麦。　本报记者　吴　刚摄〕').
_TYPIST_HEAD = re.compile(r"^(\s*(?:#+\s*)?)[〔［](?:引|副|肩|主|引题|副题|肩题|主题)[〕］]\s*")
_TYPIST_PICTURE = re.compile(
    r"^\s*[〔［](?:图片|圖片|照片|图|圖)[:：]\s*(?P<told>[^〔〕［］]{2,120})[〕］]\s*$")


# Punctuation an OCR moved from a line's end to the start of the next, where it hung in the
# margin: '…比去年同期快近一倍' / '。綦江农村公路建设提速', '本报讯（记者　陈　静' / '）今年，…'.
_HUNG = re.compile(r"^[，。、；：？！）」』”’》,)]+")
_HUNG_ON_PAGE = re.compile(r"\n[，。、；：？！）」』”’》,)]")
HUNG_LINES_MIN = 2  # lines of a page opening with hung punctuation: the OCR's habit
HUNG_AFTER_MIN = 8  # characters of the line it hung from (a wrapped line, no head)


# A Markdown heading's marks with no space after them ('###区委常委会召开会议'); a topic tag
# ('#民生#', '#重庆暴雨#今天…', '#城口影像') has one mark, or closes after its word.
_UNSPACED_HEADING = re.compile(
    r"^(#{1,6})(?=[\u4e00-\u9fff“《【（][^#]*(?:#+\s*)?$)(?![^\s#]{1,12}#$)")
_UNSPACED_DEEP = re.compile(r"^#{2,6}[\u4e00-\u9fff“《【（]", re.MULTILINE)
UNSPACED_HEADINGS_MIN = 2  # headings of two marks or more written so: the page's habit


def unspaced_headings(raws: list[str]) -> list[str]:
    """A page of loose Markdown that writes its headings' marks with no space after them
    ('###区委常委会召开会议', '#认真学习领会…'), two or more of them with two marks or more
    (which no topic tag has): every such heading with its space."""
    if len(_UNSPACED_DEEP.findall("\n".join(raws))) < UNSPACED_HEADINGS_MIN:
        return raws
    return [_UNSPACED_HEADING.sub(r"\1 ", raw) for raw in raws]


def hung_punctuation(raws: list[str]) -> list[str]:
    """A page whose OCR moved hung punctuation to the next line's start, with each mark back
    at the end of the line it closes (two or more such lines: the habit of the page)."""
    if len(_HUNG_ON_PAGE.findall("\n".join(raws))) < HUNG_LINES_MIN:
        return raws
    out = list(raws)
    for at in range(1, len(out)):
        hung = _HUNG.match(out[at])
        before = out[at - 1].rstrip()
        # (after a line that ends in a mark of its own, '…（县工商局　吴　敏）' / '、', it stays;
        # so does a mark alone on its line, which reads as the end of the line above already)
        if (hung is not None and len(before.strip()) >= HUNG_AFTER_MIN
                and before[-1].isalnum() and out[at][hung.end():].strip()):
            out[at - 1] = before + hung.group()
            out[at] = out[at][hung.end():]
    return out


# A bar printed before a head (a reverse bar, '▌') that an OCR read as a letter or a stroke
# glued to the head: 'I南岸　中秋夜万人登南山赏月', 'l北碚　…', '丨巴南　…'.
# (a bar read as a bar, '|供电报修　95598', is a box's frame, the lines' cells stay as read)
# (a head has no clause in it: 'l米水位线以下，是…' is a wrapped line, its 'l' a figure)
_BAR_AS_LETTER = re.compile(r"^(\s*)[Il丨](?=[\u4e00-\u9fff“《])(?P<head>[^。！？!?，,；;]{4,30})$")
_BAR_AS_LETTER_ON_PAGE = re.compile(r"^\s*[Il丨][\u4e00-\u9fff“《]", re.MULTILINE)
BARRED_HEADS_MIN = 2  # heads of a page read so: the OCR's habit, no word of the text


def bars_read_as_letters(raws: list[str]) -> list[str]:
    """A page whose OCR read the bar before each head as a letter glued to it ('I南岸　中秋夜
    万人登南山赏月'), two or more heads so: each head without it."""
    if len(_BAR_AS_LETTER_ON_PAGE.findall("\n".join(raws))) < BARRED_HEADS_MIN:
        return raws
    barred = [_BAR_AS_LETTER.match(raw.rstrip()) for raw in raws]
    if sum(m is not None for m in barred) < BARRED_HEADS_MIN:
        return raws
    return [m[1] + m["head"] if m is not None else raw for raw, m in zip(raws, barred, strict=True)]


# Bullets set in a symbol font (Wingdings) that a PDF's text layer gives as the letters of
# their codes, glued to what they mark: '◆' as 'u', '■' as 'n', '□' as '¨', '➢' as 'Ø',
# '☞' as 'F', '❑' as 'q', '❖' as 'v', '▪' as '§' ('u区妇幼保健院开设…', 'F微信问诊').
# Each is read as the glyph it is.
SYMBOL_FONT_BULLETS = {"u": "◆", "n": "■", "¨": "□", "Ø": "➢", "F": "☞", "q": "❑", "v": "❖",
                       "§": "▪"}
# (found by the letter before a Chinese character, then asked what stands before it: a
# pattern that asks that first scans the page's every position)
_SYMBOL_CLASS = f"[{re.escape(''.join(SYMBOL_FONT_BULLETS))}]"
_SYMBOL_LETTER = re.compile(rf"{_SYMBOL_CLASS}(?=[\u4e00-\u9fff“《【])(?!盘)")
_SYMBOL_BEFORE = frozenset(" \u3000\t\n")
SYMBOL_BULLETS_MIN = 2  # such bullets of a page: the font's habit, no word of the text


def _symbol_letters(text: str) -> list[int]:
    """Where ``text`` has a symbol font's bullet as a letter: glued to the Chinese after it,
    at a line's start or after a gap."""
    return [m.start() for m in _SYMBOL_LETTER.finditer(text)
            if m.start() == 0 or text[m.start() - 1] in _SYMBOL_BEFORE]


# A head between two such ornaments ('u镇街传真u'), read as unflanked heads are.
_SYMBOL_FLANKED = re.compile(
    rf"^(\s*)({_SYMBOL_CLASS})([\u4e00-\u9fff][^\s]{{0,18}}[\u4e00-\u9fff])\2\s*$")


def symbol_font_bullets(raws: list[str]) -> list[str]:
    """A page whose text layer gives a symbol font's bullets as letters glued to what they
    mark (two or more so): each read as its glyph, a head between two of them without
    them; any other page as it is."""
    if len(_symbol_letters("\n".join(raws))) < SYMBOL_BULLETS_MIN:
        return raws
    return [_SYMBOL_FLANKED.sub(r"\1\3", raw) if _SYMBOL_FLANKED.match(raw)
            else _with_symbols(raw) for raw in raws]


def _with_symbols(raw: str) -> str:
    """``raw`` with each symbol font's letter read as its glyph."""
    at = _symbol_letters(raw)
    if not at:
        return raw
    chars = list(raw)
    for k in at:
        chars[k] = SYMBOL_FONT_BULLETS[raw[k]]
    return "".join(chars)


# A news list's entry: the clock time it was posted (bold or not, perhaps a list's item), then
# its title ('- **10:26**　两江新区｜首批15个…示范社区揭晓'), over the entry's own paragraph.
_TIMED_TITLE = re.compile(r"^\s*(?P<item>[-*+]\s+)?(?P<bold>\*\*|__)?\d{1,2}:\d{2}(?:\*\*|__)?"
                          r"[ \u3000\t]+"
                          # (the title a Markdown link: '[两江新区｜…](/…/123.html)')
                          r"(?:\[(?P<linked>[^\]\s][^\]。！？；;!?]{3,40})\]\([^)\s]*\)"
                          r"|(?P<title>[^。！？；;!?\s][^。！？；;!?]{3,40}))$")
TIMED_TITLES_MIN = 2  # entries of a page so: a list's habit
TIMED_TEXT_MIN = 20  # characters of the paragraph under a timed title, at least


def timed_titles(raws: list[str]) -> list[str]:
    """A news list whose entries each give their posting time before the title, marked as a
    list's (an item, a bold time, a linked title), over the entry's paragraph (two or more
    so): each title as a head of its own, without the time (a live room's timed lines are
    its text: sentences, or no paragraph under them)."""
    if sum(1 for raw in raws if ":" in raw[:12]) < TIMED_TITLES_MIN:
        return raws
    found: dict[int, str] = {}
    for at, raw in enumerate(raws):
        m = _TIMED_TITLE.match(raw.rstrip())
        title = (m["title"] or m["linked"]).rstrip() if m is not None else ""
        # (a list's marks: its item, the time in bold, the title a link; a report's plain
        # '6:40　天刚亮，出发' over its paragraph is the hour of its part, kept)
        if (not title or title.endswith((":", "："))
                or not (m["item"] or m["bold"] or m["linked"])):
            continue
        below = next((r.strip() for r in raws[at + 1:] if r.strip()), "")
        if (len(below) >= TIMED_TEXT_MIN and not _TIMED_TITLE.match(below)
                and any(mark in below for mark in "。，,")):
            found[at] = title
    if len(found) < TIMED_TITLES_MIN:
        return raws
    return [found.get(at, raw) for at, raw in enumerate(raws)]


# A site's print view or a catalogue's card giving the article's titles as labelled fields,
# labels letter-spaced to one width ('标　　题：…', '副 标 题：…', '引　　题：…'), over its
# other fields ('发布日期：…', '作　　者：…').
# ('引　题：' and '副　题：' spaced to the width of '标　题：'; a field left empty, '引　题：',
# says the article has no such title)
_TITLE_FIELD = re.compile(
    r"^\s*(?P<label>(?:(?:引|肩|副|主)?\s*(?:标|標)\s*|(?:引|肩|副)\s+)(?:题|題))\s*[:：]"
    r"\s*(?P<value>\S.*?)?\s*$")
# A field of the article's card left empty ('作　者：', '栏　目：'): nothing to read.
_EMPTY_CARD_FIELD = re.compile(r"^\s*(?:作\s*者|栏\s*目|欄\s*目)\s*[:：]\s*$")
_INFO_FIELD = re.compile(r"^\s*(?:发布|發佈|信息|來源|来源|作\s*者|日\s*期|时\s*间|浏览)")
TITLE_FIELDS_REACH = 6  # lines from a title's field to the article's other fields, at most


def title_fields(raws: list[str]) -> list[str]:
    """An article's titles given as labelled fields over its other fields ('标　　题：全县经济
    工作会议…召开' / '副 标 题：周明远讲话…' / '发布日期：…'): each title's words on its line,
    the label off (the lines' order says which is which); any other page as it is."""
    top = "".join(raws[:60])
    if "题" not in top and "題" not in top:
        return raws
    # (fields set in a table's cells, 'label：\tvalue', are the table's: read as a table)
    # (labels set to one width by spaces, '标　　题', '副 标 题', are a print view's; bare ones,
    # '引题：', '标题：', '副题：', are an e-paper's fields, read with its labelled heads)
    fields = [at for at, raw in enumerate(raws) if ("题" in raw or "題" in raw)
              and "\t" not in raw and _spaced_title_field(raw)]
    if not fields or not any(_INFO_FIELD.match(raw) for raw in
                             raws[fields[0] + 1:fields[0] + 1 + TITLE_FIELDS_REACH]):
        return raws
    out = list(raws)
    for at in fields:
        out[at] = _TITLE_FIELD.match(raws[at])["value"] or ""
    # (the writer's field among them names the article's writers, as '文：' does: a bare
    # '作者：' elsewhere may name a book's author)
    for at in range(fields[0] + 1, min(len(raws), fields[-1] + 1 + TITLE_FIELDS_REACH)):
        out[at] = _card_field(out[at])
    return out


def _card_field(raw: str) -> str:
    """A line of an article's card under its titles as the page reads it: an empty field
    ('栏　目：') as nothing, the writer's field as a writer's credit ('作　者：A' → '文：A'), or,
    when it credits a photographer ('作　者：…记者　吴　靖　摄'), as that credit."""
    if _EMPTY_CARD_FIELD.match(raw):
        return ""
    label = "" if raw.rstrip().endswith(("摄", "攝")) else "文："
    return _WRITER_FIELD_LABEL.sub(label, raw, count=1)


# A web page's information field's label alone on its line: its value is on the next line.
_BARE_INFO_LABEL = re.compile(r"^\s*(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|发布时间|"
                              r"發佈時間|发布日期|發佈日期|时间|時間|点击|點擊|浏览|瀏覽|阅读|閱讀)"
                              r"\s*[:：]\s*$")
CELL_FIELDS_MIN = 2  # bare labels, each over its value, of an article's information table


def cell_fields(raws: list[str]) -> list[str]:
    """An article's information table copied a cell a line ('来源：' / '武隆县新闻中心' /
    '作者：' / '记者 冉庆' / '发布时间：' / '2015-10-04 09:12'): its fields on the first
    label's line, a field after another as a site prints them on one line (the lines they
    took left blank); any other page as it is."""
    if not any(_BARE_INFO_LABEL.match(raw) for raw in raws):
        return raws
    out = list(raws)
    at = 0
    while at < len(raws) - 1:
        end = at
        while (end + 1 < len(raws) and _BARE_INFO_LABEL.match(raws[end])
               and raws[end + 1].strip() and not _BARE_INFO_LABEL.match(raws[end + 1])):
            end += 2
        if (end - at) // 2 >= CELL_FIELDS_MIN:
            fields = [raws[k].strip() + raws[k + 1].strip() for k in range(at, end, 2)]
            out[at:end] = ["\u3000\u3000".join(fields)] + [""] * (end - at - 1)
            at = end
        else:
            at += 1
    return out


def _spaced_title_field(raw: str) -> bool:
    """Is ``raw`` a title's field whose label is spaced to the others' width ('标　　题：…')?"""
    field = _TITLE_FIELD.match(raw)
    return field is not None and any(c.isspace() for c in field["label"])


_WRITER_FIELD_LABEL = re.compile(r"^\s*作\s*者\s*[:：]\s*")


def typist_marks(raws: list[str]) -> list[str]:
    """A page typed up with a typist's marks: each head without its place's mark (the lines'
    order places it), each picture told in brackets as its caption line."""
    page = "".join(raws)
    if "〔" not in page and "［" not in page:
        return raws
    out = []
    for raw in raws:
        if (picture := _TYPIST_PICTURE.match(raw)) is not None:
            raw = picture["told"]
        else:
            raw = _TYPIST_HEAD.sub(r"\1", raw)
        out.append(raw)
    return out


def copy_guard_marks(raws: list[str]) -> list[str]:
    """The page without a copy guard's marks, when it has them: three or more distinct
    glued runs of letters and figures; with them goes the site's name and 版权所有 glued
    inside a sentence (the name is the longest text before it that the page prints
    elsewhere too, as its masthead does)."""
    page = "\n".join(raws)
    if not _LETTER_BY_FIGURE.search(page):
        return raws  # (most pages: one scan of the text, no run looked at)
    runs = {m[0] for m in _GLUED_RUN.finditer(page) if _guard_run(m[0])}
    if len(runs) < COPY_GUARD_RUNS_MIN:
        return raws

    def unguarded(raw: str) -> str:
        raw = _GLUED_RUN.sub(lambda m: "" if m[0] in runs else m[0], raw)
        for rights in reversed(list(_GLUED_RIGHTS.finditer(raw))):
            at = rights.start()
            names = [raw[at - n:at] for n in range(SITE_NAME_MAX, 1, -1) if n <= at]
            name = next((n for n in names if page.count(n) > page.count(n + "版权所有")), None)
            if name:
                raw = raw[:at - len(name)] + raw[rights.end():]
        return raw

    return [unguarded(raw) for raw in raws]


SIDE_HEAD_ROWS_MAX = 3  # rows of a side head (kicker, headline, deck) read across its text
SIDE_HEAD_MAX = 14  # characters of one line of a side head


def _side_row(raw: str) -> tuple[str, str] | None:
    """(head, text) of a row a side head shares with its text across a wide gap, or None."""
    if "\u3000" not in raw and "   " not in raw:
        return None  # no gap wide enough (what the split would find), at a tenth of its cost
    parts = WIDE_GAP.split(raw.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return None
    head = parts[0].strip()
    if not (2 <= len(head) <= SIDE_HEAD_MAX and is_han(head)):
        return None
    return head, parts[1].strip()


def side_heads(raws: list[str]) -> list[str]:
    """Heads set beside their story's first lines (侧题), each row read across by the OCR
    ('丰富职工业余生活　　　本报讯　松藻矿务局工会…' / '松藻矿务局办起职工书屋　　在所属各矿…' /
    '正式开放。'): the heads on lines of their own, the text they cut joined before the first
    line of text alone. The first row's text opens with a dateline; lines keep their numbers."""
    out = list(raws)
    at = 0
    while at < len(out):
        first = _side_row(out[at])
        if first is None or not dateline(normalize(first[1])):
            at += 1
            continue
        rows = [first]
        while (len(rows) < SIDE_HEAD_ROWS_MAX and at + len(rows) < len(out)
               and (row := _side_row(out[at + len(rows)])) is not None):
            rows.append(row)
        after = at + len(rows)
        if after >= len(out) or not out[after].strip() or _side_row(out[after]) is not None:
            at += 1
            continue
        for offset, (head, _) in enumerate(rows):
            out[at + offset] = head
        out[after] = "\u3000\u3000" + "".join(text for _, text in rows) + out[after].strip()
        at = after + 1
    return out


LINE_NUMBERED_SHARE = 0.8  # of a page's lines, at least, that open with their own number
LINE_NUMBERED_LEAST = 10
_ANY_LINE_NUMBER = re.compile(r"(?m)^\d{2,5}(?: |\t|$)")
_LINE_NUMBER = re.compile(r"^(?P<n>\d{2,5})(?: |\t|$)")


def without_line_numbers(raws: list[str]) -> list[str]:
    """A page printed with a number before every line, counting up one by one (a proof's,
    a transcript's: '007 　　3月5日，大路街道…', '008 萄藤刚刚冒出…'), without them:
    the text is what follows each number. Lines between numbered ones keep as they are
    (a proof's header repeated at each of its sheets)."""
    if len(_ANY_LINE_NUMBER.findall("\n".join(raws))) < LINE_NUMBERED_LEAST:
        return raws  # (one scan first: most pages number no lines)
    numbered = [(at, int(found["n"])) for at, raw in enumerate(raws)
                if (found := _LINE_NUMBER.match(raw))]
    filled = sum(1 for raw in raws if raw.strip())
    if len(numbered) < max(LINE_NUMBERED_LEAST, filled * LINE_NUMBERED_SHARE):
        return raws
    steps = sum(b[1] == a[1] + 1 for a, b in itertools.pairwise(numbered))
    if steps < (len(numbered) - 1) * LINE_NUMBERED_SHARE:
        return raws  # (numbers that do not count lines: a table's figures, a list's)
    out = [*raws]
    for at, _ in numbered:
        out[at] = _LINE_NUMBER.sub("", raws[at], count=1)
    return out


MARGIN_SHARE = 0.9  # of a page's lines, at least, that share a left margin before it is cut


def without_margin(raws: list[str]) -> list[str]:
    """A page whose every line starts with the same run of spaces (a text browser's margin,
    '   [7]首页…', '   　　荣昌网讯…'), without it: an indent is what follows the margin."""
    filled = [raw for raw in raws if raw.strip()]
    if not filled:
        return raws
    margins = [len(raw) - len(raw.lstrip(" ")) for raw in filled]
    margin = min(m for m in margins if m) if any(margins) else 0
    if margin < 2 or sum(m >= margin for m in margins) < len(filled) * MARGIN_SHARE:
        return raws
    return [raw[margin:] if raw[:margin] == " " * margin else raw for raw in raws]


@lru_cache(maxsize=1 << 14)
def dateline(norm: str) -> re.Match[str] | None:
    """A story-start marker at the head of a paragraph: 本报讯(记者 霍吕), 城口融媒讯(…)."""
    # (remembered: the story builder asks it of the same paragraphs again and again)
    return words()["dateline"].match(norm) or words()["paren_byline"].match(norm)


def dateline_writers(marker: re.Match[str]) -> tuple[str, ...]:
    """The writers a dateline names ('本报讯（记者　冉小兰　通讯员　石　磊）' → 冉小兰, 石磊)."""
    groups = marker.groupdict()
    # ('【本報記者林美玲重慶二十五日電】': the writer's name run into the place's)
    if filed := groups.get("filed"):
        return (filed,) if person_like(filed) else ()
    return people_in_credit(groups.get("inner") or groups.get("bare") or groups.get("names")
                            or groups.get("medium") or "")


def first_date(text: str) -> bool:
    """True when ``text`` holds a month-and-day date."""
    return bool(DATE_RE.search(text))
