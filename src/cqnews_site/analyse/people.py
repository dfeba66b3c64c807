"""People: every person a text names, found by small named finders and one overlap resolution.

Each finder is a row of ``FINDERS`` (name, priority, example) and returns :class:`Span` s
over the text, each carrying the rule that found it. :meth:`PeopleFinder.find` runs them
all, then keeps the spans that win the single overlap resolution: lower priority number
first, then earlier, then longer; accepted spans live in a sorted interval list, so a new
span is checked against its two neighbours only (linear overall, not a scan of earlier
spans). The same code serves a story's text, its headline and each of its items.

Credits (``记者 王平 摄``, ``编辑：李红``) are found first and are never people. Untitled
names are candidates from a surname model (``data/surnames.txt``, ``surname_freq.txt``,
``given_chars.txt``) and jieba's ``nr`` tag, accepted only by context: a reporting verb
(``data/reporting_verbs.txt``; for a name of two characters only a verb of speech,
``speech_verbs.txt``), 同志, a profile line, an enumeration with a recognised name, or a
name known elsewhere (``known``). A transliterated name needs a title: before it, after it
(``foreign_titles.txt``) or a middle dot.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from cqnews_site.analyse import nlp
from cqnews_site.analyse.wordsets import (
    Affixes,
    IntroducerEnds,
    PresentWords,
    common_words,
    name_shape,
)
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.inputs.lexicon import DATA, layout_words, read_list
from cqnews_site.model.text import WIDE_GAP, is_han, longest_first, occurrences

# A table's cells, set apart by spaces; the columns that give the post a person holds.
_TABLE_CELL = re.compile(r"[ \u3000]+")
TABLE_HEADER_CELLS_MIN = 4
NAME_CELL_MIN, NAME_CELL_MAX = 2, 4  # characters of a name in a table's cell
TABLE_POST_HEADERS = ("现任职务", "现职务", "现任职", "现工作单位及职务", "工作单位及职务",
                      "单位及职务", "职务")
_HEADER_NOTE = re.compile(r"[(（][^()（）]*[)）]$")


def _table_cells(line: str) -> list[str]:
    """A table row's cells: set apart by tabs (an empty cell kept: '2\t\t蒋某琴\t女'), or
    else by spaces."""
    if "\t" in line:
        return [cell.strip(" \u3000") for cell in line.strip("\r\n").split("\t")]
    return _TABLE_CELL.split(line.strip())


def _table_header(cells: list[str]) -> list[str] | None:
    """``cells`` as a table's header when one of them is 姓名 (printed padded, '姓　名', it
    is two cells), each without its note ('工作单位及职务（或居住地）'); else None."""
    for i in range(len(cells) - 1):
        if cells[i] == "姓" and cells[i + 1] == "名":
            cells = [*cells[:i], "姓名", *cells[i + 2:]]
            break
    cells = [_unpadded(cell) for cell in cells]  # (a tab's cell: '姓　名')
    if "姓名" not in cells:
        return None
    return [_HEADER_NOTE.sub("", cell) for cell in cells]

# Delimiters that end a title phrase or a name.
# (and OCR's stray stops and marks: '．村民', '%市…中心副主任', '﹁李　平〉的…审判员'; a wide
# space parts cells: '渝中区　退休教师')
_DELIMS = set("，,、；;：:。！？!?“”\"‘’'（）()《》【】「」『』[]\n\t —…·*#|．.%﹁﹂〈〉\u3000")
_TITLE_SEPS = set("、，,")
# Between two titles of one person: their separators, or a gap of a full-width space
# ('市人大代表　大足石刻研究院副院长　卢光明': a voice's line of posts and name).
_CHAIN_SEPS = _TITLE_SEPS | {"\u3000"}
# Words that typically follow a person's name in news text (a name may end before them).
# Tokens that end the part of a clause a title phrase may come from (会见了|重庆市福建商会会长).
_BREAKERS = frozenset(
    "会见了 会见 看望 接见 陪同 对 向 给 让 据 请 邀请 采访 看来 来说 当天 今年 今天 "
    "目前 作为 其中 包括 由 是 有 在 将 为 被 与会 参加 出席 听取 从 把 当 并 "
    "随同 带领 率领 了 的 时 访 专访 走访 拜访 来访 ——访 担任 现任 拟任 选举 任命 "
    # a determiner (该支行行长: the branch named before), a profile's 记 or 走近 (——记全科
    # 医生A), a reader's verb (翻开本土作家A的书)
    "该 该镇 该村 该区 该县 该乡 该院 该校 该局 该所 该公司 该企业 记 走近 翻开 "
    # and verbs done to a person (感谢网格员A, 跟着老师A学), or going to their home
    # (走进特困户A家)
    "感谢 祝贺 欢迎 慰问 跟着 走进 来到 走入 "
    # a court's or an office's act on a party (本院受理申请人A), who else was there
    # (在主席台就座的还有区领导A、B), and whom one goes to or invites (邀请到区发改委主任A)
    "受理 还有 到 "
    # a verb whose object is the person (记者跟随护林员A, 锦旗送到骑手A手中, 想起唐代诗人A, 可联系
    # 工作人员A, 找过村主任A, 主队凭借队长A的进球, 换上替补前锋A), and where the person was
    # (附近火锅店老板A). (Not 组织: 组织委员 is a party post.)
    "跟随 送到 想起 联系 找 找过 找到 过 凭借 换上 对话 附近 "
    # what one asks of, brings in, beats or names the person as (要求县水利局局长A, 请来主任医师A,
    # 已安排中队队长A, 战胜某区选手A, 提起邮递员A, 他就是村党支部书记A, 依次递补候补委员A), what
    # a show has of them (展出美协主席A的作品), and a post's time (时任/新任县委书记A: the post)
    "要求 请来 安排 战胜 提起 就是 递补 展出 时任 新任".split()
)
# A project's party before the firm that acts for it (施工方重庆某建设有限公司项目经理A,
# 项目运营方某公司总经理A): the post is the firm's. With no firm named after it, it is the
# post's own (主办方负责人A, 项目施工方现场负责人A).
_PARTIES = frozenset("方 施工方 建设方 运营方 投资方 主办方 承办方 协办方".split())
# The post a person is appointed or elected to, up to the clause's end or a note in brackets
# ('任命吴某为区商务委员会副主任（试用期一年）').
_APPOINTED_POST = re.compile(r"[^；;。，,\n（(]{2,60}")
_CONJUNCTIONS = frozenset("和 及 以及 与 同".split())
# A name right before one of these is a top leader ("习近平总书记"); two-character names too.
_TOP_TITLES = ("总书记", "总理", "委员长", "院士", "教授", "研究员")
_ORGAN_ENDINGS = "院会部委局厅所校社队办处科室站"
_ORGAN_CHARS = frozenset("局委院所队站办厅部处科司社馆校县区市镇乡省州们")
_DOCTRINE = re.compile(r"[^，,。、；;：:！!？?\s]{0,8}思想")
# Endings that make a "name" an organisation or a place: 林业局表示, 该村说.
_NOT_NAME_END = tuple(
    "局委院所队站办厅部处科司社馆校县区市镇乡村组会省州们"
    "感性化率度型式法论观者品业物场园点线面路街楼厂店港链圈群网库堂室台坝堡岛湾洞桥"
)
_FORMS_OF_ADDRESS = tuple(layout_words()["forms_of_address"])  # 王女士, 李大爷
# Marks of a village, a road and a street: a "name" after a title ending in one is the end of
# a place read across the title (通城镇长石村: 镇长 and 石村; 渝中区长江一路: 区长 and 江一路).
_PLACE_NAME_END = tuple("村路街")
# Last characters of an office's short name (民宗委, 公安局, 区政府办) that no given name ends
# in: a "name" after a title ending in one is the office read across the title (市民|宗委).
_OFFICE_END = tuple("委局办厅处院所队站部司")
_EVERYDAY_ROLES = frozenset(layout_words()["everyday_roles"])  # 游客|高峰: see layout.yaml
_PARTY_ROLES = tuple(layout_words()["party_roles"])  # 原告, 被执行人: see layout.yaml
# A roll's label that credits its names (作者, 记者, 摄影, 编辑 …): they are no roll of people.
_CREDIT_LABELS = frozenset(
    re.sub(r"[ \u3000]", "", w) for key in ("credit_labels", "credit_roles", "writer_field_roles",
                                            "camera_field_roles", "other_field_roles",
                                            "editor_roles") for w in layout_words()[key])
_COMMON_WORD_FREQ = 300  # a two-character "name" this frequent in jieba's dictionary is a word
# Characters that, third after a family name, are more often the next word (万容在回答).
_NAME_TAIL_WORDS = frozenset("在是说也和与对向将把被从到就还都又才可会要已便以时")
# Prepositions that open what a person did right after their name and never end a given name,
# even after a title (学生罗浩以38分15秒获得第一名: 罗浩, then 以).
_PREPOSITIONS_AFTER_NAME = frozenset("以于把被从向对")
_VERY_COMMON_FREQ = 3000
# A time word this rare may be a given name after a title (明清 3,554; not 当年 7,633, 如今 9,684).
_TIME_GIVEN_FREQ = 5000
_COMMON_TAIL_FREQ = 10000  # 国家, 建设: never a given name (建国 and 和平 are)
_COUNT = re.compile("[一二两三四五六七八九十几][成倍层次个名位天年]")  # a count, not a given name
_FUNCTION_TAGS = frozenset("rpcu")  # pronouns, prepositions, conjunctions, particles
_FOREIGN_SHARE = 0.75  # transliteration characters in a name joined by a middle dot
_MAX_TITLE = 60  # characters of one title segment (the walk back stops there)
_CLAUSE_END = re.compile("[，,。；;！!？?：:、\n]")
# What a place's name ends in and a given name hardly ever does: loose characters ending in
# one (龙水湖, 白帝城, 白鹤梁, 龙溪河) are a place jieba does not know, not a person.
_PLACE_FEATURES = frozenset("湖河溪城梁岗桥湾坝沟塘寺庙洞峡滩岛坪垭寨镇村街路港馆场")
_PLACE_WORD_FREQ = 5000  # a place this common (长江) is read before a title cut across it
_LIST_MIN = 4  # names in a run printed without separators
_LIST_COVER = 0.85  # share of the run the names must cover
# Dictionary words among the names of a run that make it prose (高标准|农田|项目完…): two, and
# a quarter of its pieces, since a long list holds a few names that are words too (万里, 江华).
_LIST_WORDS_MAX = 2
_LIST_WORDS_SHARE = 0.25
# Characters that never stand in a given name: particles, pronouns, common function words.
_NOT_GIVEN = frozenset("的了在是和与及等为对之于以其而也都就将把被上下不年月日人们个这那有说会要"
                       "我你他她它该此各每所从向到由让给并或但则又再已还很最更得着过")
_PARTICLES = frozenset("的了得着过")
_NUMERALS = frozenset("一二两三四五六七八九十百千万零〇")
_NOT_GIVEN_CHAR = re.compile("[" + re.escape("".join(sorted(_NOT_GIVEN))) + "]")
_GLUED_FREQ = 500  # a pair this frequent across a name's end means the name ends earlier
_RARE_NAME_FREQ = 10  # a name jieba's dictionary holds this rarely is barely one (金白银)
_GLUED_RARE_FREQ = 50  # ... and gives way to a word this frequent across its start (真金)
# (and measure words: '80多亩方竹林' holds no name after 亩)
_CLASSIFIERS = tuple("个只条件把块张根座位名亩斤吨株棵辆")
_GIVEN_WORD_FREQ = 50  # a two-character word this rare may be a given name (云飞)
# An adjective's reduplicated form this common (黄澄澄 46, 红彤彤 38) is no name (范冰冰 8).
_REDUPLICATED_WORD_FREQ = 20
_NAME_WORD_FREQ = 1000  # a "name" the dictionary holds this often is a word (高峰, 齐声, 黄金周)
_HAN = r"[\u4e00-\u9fff]"
_LIST_RUN = re.compile(_HAN + "{" + str(2 * _LIST_MIN) + ",}")  # where a list of names may be
# A name in a credit or a list may be padded with a space: 何　平, 冉 茜.
_NAME_RUN = re.compile(rf"{_HAN}(?:[ \u3000]?{_HAN}){{1,3}}")
# Roles of a byline; the editors' roles are data (``editor_roles`` in data/layout.yaml).
_REPORTER_ROLES = ("记者", "通讯员", "实习生", "见习记者", "首席记者", "特约记者", "融媒体中心记者",
                   "本报记者", "本网记者")
# Words that end a credited name: the next role, the place of filing, the word 报道.
_CREDIT_STOPS = ("通讯员", "实习生", "记者", "见习记者", "发自", "报道", "摄影", "摄", "北京报道")
_PHOTO = re.compile(r"[ \u3000]*摄")
# "记者 何 涛 文 刘 洋 图": the names before 文 wrote, the names after it took the photos.
_SPLIT_MARK = re.compile(r"[ \u3000]+文[ \u3000]+")
_SPLIT_END = re.compile(r"[ \u3000]*(?:摄影|攝影|图|圖|摄|攝)(?![\u4e00-\u9fff])")
_ELECTION = re.compile(r"(?:选举|任命|推选|决定任命|提名|增补|补选|聘任|聘请)")
_DISMISS = re.compile(r"(?:免去|撤销)")
# Where a clause of an election's sentence opens, and what ends the sentence.
_CLAUSE_MARK = re.compile(r"[，,；;]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# Names opening a clause (the text's start, or after a mark) and then 当选: a cheap test
# before the names are read ('……选举结果：周某当选为区人大常委会主任，黎某当选为区长').
_ELECTED = re.compile(r"(?:^|(?<=[，,；;：:。\n]))(?P<names>[\u4e00-\u9fff \u3000、]{2,40}?)当选")
# Two characters with one space between them as a whole cell: a line's start, a tab or two
# spaces before, its end, a tab, two spaces, a bracketed note or one space and a figure
# after ('黄　勇　100' in a list of gifts); or one space before and its note after
# ('第三名　秦　磊（白公街道）').
_PADDED_PAIR = rf"{_HAN}[ \u3000]{_HAN}"
# (or a cell of a Markdown table: '| 1 | 周　敏 | 女 |')
_PADDED_CELL = re.compile(rf"(?:^|(?<=[\n\t])|(?<=\s\s)|(?<=\| )){_PADDED_PAIR}"
                          r"(?=$|[\n\t（(]|\s\s|[ \u3000]\d| \|)"
                          rf"|(?<=\s){_PADDED_PAIR}(?=[（(])")
# A line of names alone, runs of one to three characters a space or a wide gap apart, after
# the roll's label (its note in brackets before the colon) or not ('副书记：石　磊　杨晓燕',
# '评委（按姓氏笔画为序）：王　川　　刘　岚　　李晓东'); a label alone over its names
# ('常　委：（按姓氏笔画为序）', or without a colon when a count follows it: '主席团成员（23名）'),
# and a note alone between them ('（按姓氏笔画为序）').
_ROLL_NOTE = r"[(（][^()（）\n]{0,12}[)）]"
_ROLL_LABEL_PART = (r"(?P<label>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){0,6})"
                    rf"(?:{_ROLL_NOTE})?[:：][ \u3000]*")
_ROLL_LINE = re.compile(
    rf"^[ \u3000]*(?:{_ROLL_LABEL_PART})?"
    r"(?P<names>[\u4e00-\u9fff]{1,3}(?:[ \u3000]+[\u4e00-\u9fff]{1,3}){2,})[ \u3000]*$")
_ROLL_LABEL = re.compile(
    rf"^[ \u3000]*(?:{_ROLL_LABEL_PART}(?:{_ROLL_NOTE})?|(?P<counted>[\u4e00-\u9fff]{{2,12}})"
    r"[(（]共?\d{1,4}[名人位](?:[，,、][^()（）\n]{0,10})?[)）])[ \u3000]*$")
_LIST_NAMES = ("名单", "名册", "名录")
# A roll's label that names a prize or a placing ('季军：', '三等奖（3名）：'): what its people
# won, not what they are.
_PLACING_LABEL = re.compile(r"(?:奖|冠军|亚军|季军|殿军|第[一二三四五六七八九十\d]{1,3}名)$")
_ROLL_NOTE_LINE = re.compile(rf"^[ \u3000]*{_ROLL_NOTE}[ \u3000]*$")
# A post alone on its line over the names elected to it ('巫溪县人民政府副县长：'), and a
# name's note in a roll ('向春梅（女）', '冉　莉（女，土家族）').
_POST_LABEL = re.compile(r"^[ \u3000]*(?P<post>[\u4e00-\u9fff]{2,30})[:：][ \u3000]*$")
_NAME_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff，,、]{1,8}[)）](?=[ \u3000]|$)")
# A line of fewer names under a roll's label, amid lines of its names (a row broken up).
_ROLL_MORE = re.compile(r"^[ \u3000]*(?P<names>[\u4e00-\u9fff]{1,3}"
                        r"(?:[ \u3000]+[\u4e00-\u9fff]{1,3})*)[ \u3000]*$")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
ROLL_LINE_NAMES_MIN = 3
_PROFILE_LINE = (r"[ \u3000]*(?:\d+[.．、][ \u3000]*)?(?P<name>"
                 rf"{_HAN}(?:[ \u3000]?{_HAN}){{1,2}})[，,](?:男|女)[，,]")
# A profile line "邓某华，男，…" at the text's start or after a line break: the two forms
# apart (see ``_profile_lines``), so the regex engine jumps from line break to line break.
_PROFILE_AT_START = re.compile(_PROFILE_LINE)
_PROFILE_AFTER_BREAK = re.compile("\n" + _PROFILE_LINE)
# A profile's facts that are no post: birth, schooling, party, nation ('1962年6月生',
# '中共党员', '土家族', '大学学历').
_PROFILE_FACT = re.compile(r"\d{4}\s*年|生$|党员$|群众$|族$|学历$|学位$|籍$")
_HOLDS = re.compile(r"(?:现任|拟任|曾任|原任|兼任)(?P<t>[^，,。；;\n]{2,60})")
_BRACKET = re.compile(r"[（(](?P<t>[^（）()\n]{2,60})[)）]")
# Where a list of appointed or dismissed names may start (the text's start and right after
# these), and what must end one: names (Han characters, padding, 、) up to 为 or 的 (a cheap
# test before reading the names).
_LIST_AFTER = r"\n|免去|撤销|确认：|，|,|：|:"
_LIST_THEN_VERB = r"[\u4e00-\u9fff \u3000、]*?[为的]"
_LIST_AT_START = re.compile(_LIST_THEN_VERB)
_LIST_AFTER_MARK = re.compile(f"(?:{_LIST_AFTER})(?={_LIST_THEN_VERB})")
# "(王平 摄)": a photographer's name without a role in front, in a caption.
_PHOTO_BY_NAME = re.compile(r"(?:^|(?<=[（(\s]))(?P<n>" + _NAME_RUN.pattern + r")[ \u3000]*摄"
                            r"(?=[)）\s]|$)")
# (or an entry of a numbered roll, the name maybe padded: '4.唐建国　江北区观音桥街道居民',
# '12.杨　涛　市出租汽车协会秘书长')
_SPEAKER_LINE = re.compile(r"(?m)^[ \u3000]*(?:\d{1,3}[.．、][ \u3000]*)?(?P<n>" + _HAN
                           + r"{2,4}|" + _HAN + r"[ \u3000]" + _HAN + r"(?=[ \u3000]))"
                           # (or a bar between them: '周某华｜重庆市五一劳动奖章获得者')
                           r"(?:[ \u3000]+|[ \u3000]*[｜|丨][ \u3000]*)"
                           # (a roll's entries, closed by semicolons, are not one speaker's)
                           r"(?P<t>[^\n。！？；;]{2,60}?)[ \u3000]*$")
_AGE_FIRST = re.compile(r"^\d{1,3}岁[ \u3000]*")
_CARD_BODIES = tuple(layout_words()["deputy_bodies"])  # 人大代表, 政协委员: see layout.yaml
# (or a deputy's name card, their body first: '市人大代表　邓光明　璧山区大路街道天星村党委书记')
_CARD_LINE = re.compile(r"(?m)^[ \u3000]*(?P<r>(?:全国|市|区|县|縣)?(?:" + "|".join(_CARD_BODIES)
                        + r"))[ \u3000]+(?P<n>" + _HAN + r"{2,4}|" + _HAN + r"[ \u3000]"
                        + _HAN + r")[ \u3000]+(?P<t>[^\n。！？ \u3000]{2,40})[ \u3000]*$")
_ATTRIBUTION = re.compile(r"(?m)^[>\s]*(?:——|--|—)[ \u3000]*(?P<n>" + _HAN + r"{2,4})"
                          r"[，,、 \u3000]+(?P<t>[^\n。！？]{2,40}?)[ \u3000]*$")
# An entry of a roll set out in a sentence, after its colon or the semicolon closing the
# entry before: a name (maybe padded to three cells), a comma, a post ending in a title
# ('：马小勇，区交巡警支队二大队民警；刘　芳，区中心医院急诊科护士长；').
# (or set apart by a wide space, a woman marked after her name: '王永红　潼南区崇龛镇党委书记；
# 赵丽娟（女）　北碚区水土街道党工委副书记；')
_ROLL_ENTRY = re.compile(r"(?:^|(?<=[：:；;\n]))[ \u3000]*(?P<n>" + _HAN + r"(?:[ \u3000]?" + _HAN
                         + r"){1,2})(?:[（(]女[)）])?(?:[，,]|[ \u3000]{1,3})"
                         r"(?P<t>[^，,；;。：:！？\s]{2,30})(?=[；;。]|$)")
ROLL_ENTRIES_MIN = 2  # entries of a name and a post in one text before they are a roll
# A player in a team's line-up, after the shirt number ('巴南队（4-4-2）：1-何　军；2-张　鹏、
# 5-冉德华…', a substitute in brackets: '（75′，17-付　强）'); a name maybe padded to three cells.
_SQUAD_ENTRY = re.compile(r"(?:^|(?<=[：:；;、，,（(\s]))\d{1,2}[-－](?P<n>" + _HAN
                          + r"(?:[ \u3000]?" + _HAN + r"){1,2}?)(?=[；;、，,（()）\s]|$)", re.M)
SQUAD_ENTRIES_MIN = 5  # numbered players on one line before it is a line-up
# A list's entry of a work and who made it: the names (maybe padded, two joined by a slash)
# right before the work's title, at a cell's start ('：王　悦《…》', '）　杨　帆《…》').
# (one name of two to four characters, perhaps padded: a work's author, a signer's cell)
_PADDED_NAME = _HAN + r"(?:[ \u3000]?" + _HAN + r"){1,3}"
_WORK_AUTHORS = re.compile(r"(?:^|(?<=[：:\n])|(?<=[)）][ \u3000])|(?<=[ \u3000]{2}))"
                           r"(?P<names>" + _PADDED_NAME + r"(?:[/／]" + _PADDED_NAME + r")?)《",
                           re.M)
# A cell of a name in a row of signers (``WIDE_GAP`` sets them apart).
_SIGN_CELL = re.compile(r"(?<![^ \u3000])" + _PADDED_NAME + r"(?![^ \u3000])")
# Words that end right before a title-less name (村民王大明, 对李红说).
_BEFORE_NAME = re.compile(r"(?:的|村民|居民|市民|农民|游客|党员|群众|老人|对|向|与|和|据|让|"
                          r"请|给|跟|同|及|是|家住)$")
# A bracket of labelled fields after a prize or a work: （指导老师：周　敏　领队：陈光明）.
_LINE = re.compile(r"(?m)^.+$")
_FIELDS = re.compile(r"[（(](?P<f>[^（）()\n]{4,80})[)）]")
_FIELD = re.compile(r"(?:^|(?<=[ \u3000，,；;]))(?P<t>" + _HAN + r"{2,8})[：:][ \u3000]*")
# Marks before a title that are no part of it: a caption's pointer and number, a bracket closed.
_TITLE_MARKS = re.compile(r"^[▲△▼◆■●□①-⑳〕）)】」』》\s]+")
_DOT = re.compile(r"[·•・](?=" + _HAN + ")")
_DOTTED_BEFORE = re.compile(_HAN + r"{1,8}[·•・]")
# 3栋楼栋长, 5组组长, 338路驾驶员, 2022级学生, 3班班长: the number belongs to the title
_NUMBER_WORD = re.compile(r"[\d０-９]+[年月日号]?")  # a word of a title phrase that is a number
_DATE_FIRST = re.compile(r"^[\d０-９]+月[\d０-９]+日")  # a date before a title ('8月3日村民')
_NUMBERED_UNITS = tuple("栋幢组社单队路级班")
_CONCURRENT = re.compile(r"[(（]兼[)）]$")  # 区长（兼）: a title held concurrently
# Words right before a title-less name that introduce a person.


def _sentence_end(text: str, p: int) -> int:
    """Where the sentence going on at ``p`` ends (its mark, or the text's end)."""
    m = _SENTENCE_END.search(text, p)
    return m.start() if m else len(text)


def _list_starts(text: str) -> Iterable[int]:
    """0, then every position right after a mark of ``_LIST_AFTER``, in order, where
    ``_LIST_THEN_VERB`` follows (the test is part of the pattern, so the marks it fails
    cost no Python step).

    No mark holds another one's first character inside it, and the one that ends inside
    another (确认：) ends where that one ends: matching marks one after the other finds
    every position, and a mark the test fails leaves no other mark inside it to be found.
    """
    if _LIST_AT_START.match(text):
        yield 0
    for m in _LIST_AFTER_MARK.finditer(text):
        yield m.end()


def _profile_lines(text: str) -> Iterable[re.Match[str]]:
    """The matches of ``(?:^|\\n)`` + ``_PROFILE_LINE`` in ``text``, in order."""
    first = _PROFILE_AT_START.match(text)
    if first is not None:
        yield first
    yield from _PROFILE_AFTER_BREAK.finditer(text, first.end() if first is not None else 0)


@dataclass(frozen=True, slots=True)  # (slots: a build keeps many, see Tagger's memo)
class Span:
    """One finding: a person (or a credited name) at ``start:end`` of the analysed text."""

    start: int
    end: int
    name: str
    titles: tuple[str, ...] = ()
    rule: str = ""
    kind: str = "person"  # person | reporter | photographer | editor
    context: str | None = None  # district of the title printed just before (县委书记甲、县长乙)


@dataclass(frozen=True)
class Finder:
    """A named rule: its priority in the overlap resolution and an example it handles."""

    name: str
    priority: int
    example: str
    method: str


# Ordered table of finders. Lower priority wins an overlap; within a priority, earlier wins.
FINDERS: tuple[Finder, ...] = (
    Finder("credit", 0, "记者 王平安 摄 / 编辑：王龙博", "_credits"),
    Finder("appointment", 1, "选举唐某为县长，A、B为副县长 / 任命A为B / 免去A的B职务 / "
           "A当选为区长", "_appointments"),
    Finder("profile", 1, "1. 邓某华，男，…，现任…，拟任…", "_profiles"),
    Finder("clergy_name", 1, "市佛教协会副会长宽明法师 / 马志诚阿訇 (a religious title after the "
           "name; a monastic name has no family name)", "_clergy"),
    Finder("name_card", 1, "市人大代表　邓某明　璧山区大路街道天星村党委书记 (a deputy's card: "
           "body, name, post)", "_name_cards"),
    Finder("titled_name", 1, "区委副书记、区长黄某英 / 区领导A、B、秦　玲 (padded)", "_titled"),
    Finder("shared_title", 1, "担任大会执行主席的A、B、C", "_titled"),
    Finder("name_then_title", 2, "周某（区商务委主任） / 巩某胜县长", "_name_then_title"),
    Finder("speaker_line", 2, "郑某伟 合川区委书记", "_speaker_lines"),
    Finder("top_leader", 2, "习近平总书记", "_top_leaders"),
    Finder("dotted_name", 1, "理查德·赖尔登 (parts joined by a middle dot)", "_foreign"),
    Finder("foreign_name", 3, "俄罗斯总统叶利钦 (transliterated, after a title)", "_foreign"),
    Finder("foreign_name_then_title", 2, "我同克林顿总统 / 德马雷先生 (transliterated, before "
           "a title said of foreigners)", "_foreign_then_title"),
    Finder("name_list", 2, "委员：李某乔某李某环彭某朱某基… (names printed without separators)",
           "_name_lists"),
    Finder("table_row", 1, "序号　姓名　性别　…　现任职务　拟任职务 / "
           "1　何某峰　男　…　钱塘镇党委书记　… (a table's row: the name's cell, the post held)",
           "_table_rows"),
    # (a roll's line before a padded cell: the same name, with the roll's label as title)
    Finder("roll_line", 3, "王　涛　韦德军　邓　丽　石　磊 (a line of names alone, each "
           "two-character one padded to three cells)", "_roll_lines"),
    Finder("padded_cell_name", 3, "1　　　陈　露　　女　　中共党员 (a two-character name padded to "
           "three cells, standing as a cell of a table's or a list's row)", "_padded_cells"),
    Finder("untitled_name", 3, "村民王大明说 / 李小红告诉记者", "_untitled"),
    Finder("unknown_word_name", 3, "surname + two characters jieba cannot place (陈特安报道)",
           "_unknown_words"),
    Finder("introduced_name", 3, "返乡的冉某明当场签约 / 名叫谭某兰 / 独居老人刘某芬端着",
           "_introduced"),
    Finder("attribution", 2, "——秦某露，丰都县“十佳新农人”", "_attributions"),
    Finder("signature_column", 1, "中共某区委书记　　　某区人民政府区长 / 周某瑞　　　谭某远 "
           "(signers side by side, each name under its post)", "_signature_columns"),
    Finder("roll_entry", 2, "他们是：马某勇，区交巡警支队民警；刘　芳，区中心医院护士长。 (a "
           "roll in a sentence: each entry a name, a comma, a post)", "_roll_entries"),
    Finder("squad_entry", 2, "巴南队（4-4-2）：1-何　军；2-张　鹏、5-冉德华… (a team's line-up: "
           "each player after the shirt number)", "_squad_entries"),
    Finder("work_author", 2, "二等奖：王　悦《我家的轻轨站》（大渡口区）　刘德明/刘小雨《…》 (a "
           "list's entry: who made the work, before its title)", "_work_authors"),
    Finder("family_signature", 1, "子：李建平　　儿媳：王　红 (a family's signature under its "
           "notice: each name with its kinship as printed)", "_family_signatures"),
    Finder("bracketed_field", 1, "获一等奖（指导老师：周　敏、李红梅） (a title as a label)",
           "_bracketed_fields"),
    Finder("enumeration", 4, "A、B、C等在主席台就座 (one of them recognised)", ""),
    Finder("later_mention", 5, "王俊说 (named with a title before)", ""),
)
_PRIORITY = {f.name: f.priority for f in FINDERS}


class _Intervals:
    """Non-overlapping accepted spans kept sorted by start: overlap test against neighbours."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[Span] = []

    def free(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, s)
        if i and self.spans[i - 1].end > s:
            return False
        return not (i < len(self.spans) and self.spans[i].start < e)

    def add(self, span: Span) -> bool:
        if not self.free(span.start, span.end):
            return False
        i = bisect.bisect_right(self.starts, span.start)
        self.starts.insert(i, span.start)
        self.spans.insert(i, span)
        return True


def _longest_first(word: str) -> tuple[int, str]:
    """Sort key: longer words first, equal lengths in code-point order (a set's order
    changes with the hash seed, and the output must not)."""
    return -len(word), word


@dataclass
class Lexicon:
    """Word lists of the people finders (all from ``data/``)."""

    titles: tuple[str, ...]
    post_titles: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    rare_surnames: frozenset[str]
    surname_freq: dict[str, int]
    given_chars: frozenset[str]
    reporting: tuple[str, ...]
    speech: tuple[str, ...]
    foreign_chars: frozenset[str] = frozenset()
    foreign_titles: tuple[str, ...] = ()  # 总统, 先生: said after a transliterated name
    followers: tuple[str, ...] = ()
    introducers: tuple[str, ...] = ()
    editor_roles: frozenset[str] = frozenset()  # 责任编辑, 责编, 校对 …: a credit, never a person
    guarded_editor_roles: frozenset[str] = frozenset()  # 审核: only at a line's start, before ':'
    place_leads: frozenset[str] = frozenset()  # 向, 赴, 在: a word before a place, not a surname
    kinship: tuple[str, ...] = ()  # 子, 儿媳, 孝子: a relative's label in a family's signature
    clergy: tuple[tuple[str, ...], ...] = ()  # (after monastic names, after full names)
    files: tuple[str, ...] = field(default=())

    @classmethod
    def load(cls) -> Lexicon:
        """Read the lists from the package's data folder."""
        titles = read_list("titles.txt")
        surnames = read_list("surnames.txt")
        freq: dict[str, int] = {}
        for line in (DATA / "surname_freq.txt").read_text(encoding="utf-8").splitlines():
            parts = line.split("#", 1)[0].split()
            if len(parts) == 2:
                freq[parts[0]] = int(parts[1])
        rare = frozenset(read_list("surnames_rare.txt"))
        layout = layout_words()
        return cls(
            titles=tuple(sorted(set(titles), key=_longest_first)),
            post_titles=tuple(sorted(set(read_list("post_titles.txt")), key=_longest_first)),
            surnames=frozenset(s for s in surnames if len(s) == 1),
            compound_surnames=frozenset(s for s in surnames if len(s) == 2),
            rare_surnames=rare - frozenset(surnames),
            surname_freq=freq,
            given_chars=frozenset("".join(read_list("given_chars.txt"))),
            reporting=tuple(sorted(set(read_list("reporting_verbs.txt")), key=_longest_first)),
            speech=tuple(sorted(set(read_list("speech_verbs.txt")), key=_longest_first)),
            foreign_titles=tuple(read_list("foreign_titles.txt")),
            foreign_chars=frozenset("".join(read_list("transliteration_chars.txt"))),
            followers=tuple(sorted(set(read_list("name_followers.txt")), key=_longest_first)),
            introducers=tuple(read_list("name_introducers.txt")),
            editor_roles=frozenset(layout["editor_roles"]),
            guarded_editor_roles=frozenset(layout["editor_roles_guarded"]),
            place_leads=frozenset("".join(read_list("place_leads.txt"))),
            kinship=tuple(sorted(set(layout["kinship_labels"]), key=_longest_first)),
            clergy=tuple(tuple(line.split()) for line in read_list("clergy_titles.txt")),
            files=("layout.yaml", "name_followers.txt", "place_leads.txt", "name_introducers.txt",
                   "transliteration_chars.txt", "titles.txt", "surnames.txt", "surname_freq.txt",
                   "surnames_rare.txt", "given_chars.txt", "post_titles.txt",
                   "reporting_verbs.txt", "speech_verbs.txt", "foreign_titles.txt",
                   "clergy_titles.txt"),
        )


class PeopleFinder:
    """The finders over one lexicon, a gazetteer (names that are places) and jieba."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer, cache_dir) -> None:
        self.lex = lexicon
        self.gazetteer = gazetteer
        self.cache_dir = cache_dir
        self.title_words = lexicon.titles
        self._long_titles = tuple(t for t in self.title_words if len(t) >= 2)
        # The longest title at each position, as the alternation sorted longest first finds.
        self._title_re = re.compile(
            "(?:" + common_words(self.title_words) + r")(?:[(（]兼[)）])?"
        )
        self._district_words = frozenset(
            w
            for d in gazetteer.districts
            for w in (d.name, d.short, *d.aliases, *d.former_names)
        )
        # A district's short name may be a given name (徐永川, 王江津).
        self._district_shorts = frozenset(d.short for d in gazetteer.districts
                                          if len(d.short) == 2)
        # An organisation's ending is never a given name (师范大学教授: 范大学 is no name).
        self._org_suffixes = tuple(read_list("org_suffixes.txt"))
        self._organ_words = frozenset(w for w in self._org_suffixes if len(w) == 2)
        self._plausible_cache: dict[str, bool] = {}
        self._untitled_cache: dict[str, bool] = {}
        self._last_titles: tuple[str, list[re.Match[str]]] | None = None
        # The family names, read in the hottest test of all (``surname_len``).
        self._surnames = lexicon.surnames
        self._compound_surnames = lexicon.compound_surnames
        self._rare_surnames = lexicon.rare_surnames
        # Words that are a whole family name: ``surname_len(w, 0) == len(w)`` exactly for them.
        self._family_words = lexicon.surnames | lexicon.compound_surnames
        self._compound_firsts = frozenset(s[0] for s in lexicon.compound_surnames)
        # The runs of ``_LIST_RUN`` that open on a family name (``surname_len(run, 0)``): a
        # whole run of Han characters, no other tried (where a list of names may be).
        family = "|".join([f"[{re.escape(''.join(sorted(lexicon.surnames)))}]",
                           *map(re.escape, sorted(lexicon.compound_surnames))])
        self._list_runs = re.compile(f"(?<!{_HAN})(?={family}){_LIST_RUN.pattern}")
        self._last_known: tuple[frozenset[str], dict[str, list[str]], tuple[str, ...]] | None \
            = None
        self._single_followers = frozenset(f for f in lexicon.followers if len(f) == 1)
        self._long_followers = tuple(f for f in lexicon.followers if len(f) >= 2)
        # The same lists indexed by first and last character (the hot loops ask them often).
        self._titles_at = Affixes(self.title_words)
        self._title_set = frozenset(self.title_words)
        self._credit_lead = re.compile(
            "(?P<role>" + longest_first((*lexicon.editor_roles, *_REPORTER_ROLES))
            + ")[ \u3000]*[:：]?[ \u3000]*"
        )
        self._long_titles_at = Affixes(self._long_titles)
        self._monastic = frozenset(lexicon.clergy[0]) if lexicon.clergy else frozenset()
        clergy = sorted({t for titles in lexicon.clergy for t in titles}, key=_longest_first)
        self._clergy_at = re.compile("|".join(map(re.escape, clergy)) or "(?!)")
        # (a kinship and its colon, at a line's start or after a space: '　儿媳：')
        self._kin_label = re.compile(
            r"(?:^|(?<=[ \u3000]))((?:" + "|".join(map(re.escape, lexicon.kinship))
            + r")[ \u3000]*[:：])") if lexicon.kinship else re.compile("(?!)")
        self._followers_at = Affixes(lexicon.followers)
        self._long_followers_at = Affixes(self._long_followers)
        self._post_titles = tuple((t, re.compile(re.escape(t))) for t in lexicon.post_titles)
        self._post_titles_in = PresentWords(lexicon.post_titles)  # which of them a text holds
        self._top_titles = tuple((t, re.compile(re.escape(t))) for t in _TOP_TITLES)
        # Where a reporting verb starts: its first character, then the verbs starting with it.
        # (A verb of speech is a reporting verb too: 李力预计, 张博诉称.)
        self._reporting_at = Affixes((*lexicon.reporting, *lexicon.speech))
        self._speech_at = Affixes(lexicon.speech)
        self._reporting_first = re.compile(
            "[" + re.escape("".join(sorted({w[0] for w in (*lexicon.reporting,
                                                            *lexicon.speech)}))) + "]"
            if lexicon.reporting or lexicon.speech else "(?!)")
        foreign = f"[{re.escape(''.join(sorted(lexicon.foreign_chars)))}]"
        self._foreign_run = re.compile(rf"{foreign}{{2,6}}")
        self._foreign_title = (re.compile(f"{foreign}(?:{longest_first(lexicon.foreign_titles)})")
                               if lexicon.foreign_titles else re.compile("(?!)"))
        words = sorted((w for w in lexicon.introducers if w != "的"), key=len, reverse=True)
        # Where an introduced name may start: after 的 (following a Han character), after
        # an introducer word, or at a sentence's start (see ``IntroducerEnds``).
        self._introducers = IntroducerEnds(words, "\n。！？!?；;")
        self._introducer_words = re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")
        # A family name and given-name characters: where a title-less name may stand.
        self._name_shape = name_shape(lexicon.surnames, lexicon.compound_surnames,
                                      lexicon.given_chars)

    # --- name shapes -------------------------------------------------------------------

    def surname_len(self, text: str, p: int, rare: bool = False) -> int:
        """Length of the family name starting at ``p`` (0 if none); ``rare`` admits 水, 代 …"""
        c = text[p:p + 1]
        # (the two characters read only where a compound family name may start: 欧, 司 …)
        if c in self._compound_firsts and text[p:p + 2] in self._compound_surnames:
            return 2
        if c in self._surnames or (rare and c in self._rare_surnames):
            return 1
        return 0

    def followed(self, text: str, q: int) -> bool:
        """A name may end at ``q``: a delimiter, a word that follows names, or a title."""
        if q >= len(text):
            return True
        if text[q] in _DELIMS or not is_han(text[q]):
            return True
        return self._followers_at.starts(text, q) or self._titles_at.starts(text, q)

    def _strongly_followed(self, text: str, q: int) -> bool:
        """A delimiter or a follower of two characters or more at ``q``."""
        if q >= len(text) or text[q] in _DELIMS or not is_han(text[q]) or text[q] in "说称等":
            return True
        if text[q] in self._single_followers and text[q] not in self.lex.given_chars:
            return True  # 张伟也参加: 也 is never part of a given name (正, 同 may be)
        return self._long_followers_at.starts(text, q)

    def _common_tail(self, tail: str) -> bool:
        """A two-character given name that is rather a common word (国家, 本人, 如今)."""
        tag = nlp.word_tag(tail, self.cache_dir) or ""
        freq = nlp.word_frequency(tail, self.cache_dir)
        if tag[:1] in _FUNCTION_TAGS or _COUNT.fullmatch(tail):
            return True  # pronouns, prepositions, conjunctions, particles; 占|四成, 高|三倍
        if tag[:1] in ("s", "f"):
            return True  # where: 农|房里, 江|边上
        if tag[:1] in "dt" and freq >= _COMMON_WORD_FREQ * 3:
            return True  # 如今, 已经 (立新 and 国庆 are rarer, and names)
        return freq >= _COMMON_TAIL_FREQ and not tag.startswith("nr")

    def whole_name(self, name: str, rare: bool = False) -> bool:
        """A family name and one or two given-name characters, plausible as a whole."""
        sl = self.surname_len(name, 0, rare=rare)
        return bool(sl) and 1 <= len(name) - sl <= 2 and self.plausible(name)

    def _time_word_given(self, name: str) -> bool:
        """A family name and a given name that the dictionary files as a time word of middling
        frequency (罗明清: 明清), which ``plausible`` refuses as a common tail; only trusted
        between a title and a word that ends names."""
        tail = name[1:]
        tag = nlp.word_tag(tail, self.cache_dir) or ""
        return (len(tail) == 2 and tag[:1] == "t"
                and nlp.word_frequency(tail, self.cache_dir) < _TIME_GIVEN_FREQ
                and self.plausible(name[0] + tail[0]) and tail not in self._title_set)

    def _district_given_name(self, name: str, surname: int = 1) -> bool:
        """A family name and a district's short name as the given name (徐永川), unless the
        first character is rather a word before a place (向永川捐赠, 赴万州)."""
        return (len(name) == surname + 2 and name[surname:] in self._district_shorts
                and name[0] not in self.lex.place_leads)

    def plausible(self, name: str) -> bool:
        """Could ``name`` be a person's name at all (not a word, a place or a title)?"""
        ok = self._plausible_cache.get(name)
        if ok is None:
            ok = self._plausible_cache[name] = self._plausible(name)
        return ok

    def _plausible(self, name: str) -> bool:
        if not all(is_han(c) for c in name):
            return False
        if len(name) == 2 and name[0] == name[1]:  # 殷殷, 纷纷: reduplicated words
            return False
        if name[-1] in _PARTICLES:  # 不少独居老人成了“常客”: 成 is a family name, 成了 no name
            return False
        if (len(name) == 3 and name[1] == name[2]
                and nlp.word_frequency(name, self.cache_dir) >= _REDUPLICATED_WORD_FREQ):
            return False  # 白花花, 黄澄澄: words jieba knows (and files as names); 李冰冰 is rare
        if name.endswith(_FORMS_OF_ADDRESS) or "某" in name:  # 王女士, 李大爷, 张某
            return False
        if name in self._district_words or name in self._title_set:
            return False
        if len(name) >= 3 and name[-1] in _ORGAN_CHARS and not self._district_given_name(name):
            return False  # 国务院, 林业局: organisations (张万州 is a name)
        if len(name) >= 3 and name[-2:] in self._organ_words:
            return False  # 范大学, 省医院: the end of an organisation's name
        if self._long_titles_at.ends(name) or self._long_titles_at.starts(name):
            return False
        if len(name) == 3 and name[:2] not in self.lex.compound_surnames:
            if self._common_tail(name[1:]) and not self._district_given_name(name):
                return False  # 曾表示, 但如今: a family-name character and a common word
            head = name[:2]
            if (nlp.word_frequency(head, self.cache_dir) >= _VERY_COMMON_FREQ
                    and not (nlp.word_tag(head, self.cache_dir) or "").startswith("nr")
                    and not (nlp.word_tag(name, self.cache_dir) or "").startswith("nr")):
                return False  # 明显多, 市民和: a common word, not a family and given name
        return not (
            len(name) == 2
            and nlp.word_frequency(name, self.cache_dir) >= _COMMON_WORD_FREQ
            and not (nlp.word_tag(name, self.cache_dir) or "").startswith("nr")
        )

    def model_name(self, name: str) -> bool:
        """The surname model alone: a known surname and given-name characters after it."""
        s = self.surname_len(name, 0)
        if not s or not 1 <= len(name) - s <= 2:
            return False
        given = name[s:]
        return all(c in self.lex.given_chars for c in given)

    def name_at(self, text: str, p: int, titled: bool = False, rare: bool = False) -> int:
        """Length of a plausible personal name starting at ``p`` (0 if none).

        The name must be followed by a delimiter or a word that typically follows a name.
        Right after a title (``titled``) a name is expected, so when no such word follows,
        jieba decides where the name ends (蓝庆华|围绕).
        """
        s = self.surname_len(text, p, rare=rare)
        if not s:
            return 0
        long_name = text[p:p + s + 2]
        if (p + s + 2 <= len(text) and self._strongly_followed(text, p + s + 2)
                and long_name[-1] not in _PREPOSITIONS_AFTER_NAME
                and (self.plausible(long_name)
                     or (titled and s == 1 and self._time_word_given(long_name)))
                and not self._strongly_followed(text, p + s + 1)
                and not self._titles_at.starts(text, p + s + 1)):
            # 孔祥同介绍, 孙家正首先: not 孔祥 before 同; after a title, 厂长罗明清说 (明清,
            # a time word of the dictionary, given as a name)
            return s + 2
        for length in (s + 1, s + 2):
            if p + length > len(text):
                break
            name = text[p:p + length]
            if (self.followed(text, p + length) and self.plausible(name)
                    and not self._inside_word(text, p, length)):
                return length
        if titled:
            words = nlp.posseg(text[p:p + 10], self.cache_dir)
            if (len(words) >= 3 and words[0][1].startswith("nr") and len(words[0][0]) == s
                    and len(words[1][0]) <= 2 and words[1][1] != "x"):
                words = [(words[0][0] + words[1][0], "nr"), *words[2:]]
            # a verb, adverb, preposition or time after jieba's name; or a conjunction or a
            # word too long to be part of a name (何某刚和刘某雨|密切配合, 陈某|接过话茬)
            # ... or a word of two characters after a whole three-character name the name
            # model agrees with (刘小平|利用, 黄宇轩|头球): the name cannot reach into it.
            if len(words) >= 2 and words[0][1].startswith("nr") and (
                    words[1][1][:1] in "vdptc" or len(words[1][0]) >= 4
                    or (len(words[0][0]) == s + 2
                        and (len(words[1][0]) >= 2 or words[1][1] == "m")
                        and self.model_name(words[0][0]))):
                length = len(words[0][0])
                if s < length <= s + 2 and self.plausible(text[p:p + length]):
                    return length
            # 左永祥通报: a three-character name before a verb jieba knows.
            if (p + s + 2 < len(text) and self.model_name(text[p:p + s + 2])
                    and self.plausible(text[p:p + s + 2])):
                nxt = nlp.cut(text[p + s + 2:p + s + 6], self.cache_dir)
                tag = nlp.word_tag(nxt[0], self.cache_dir) if nxt else None
                # A verb of one character counts when no given name holds it (周某林站在).
                if nxt and tag and tag[:1] in "vdpt" and (
                        len(nxt[0]) >= 2 or (tag[:1] == "v"
                                             and nxt[0] not in self.lex.given_chars)):
                    return s + 2
        return 0

    def _inside_word(self, text: str, p: int, length: int) -> bool:
        """Does a word of jieba's dictionary that is no name start at ``p`` and run on past
        ``length`` characters (移民|安置工作情况: no name 安置工 before 作)?"""
        words = nlp.cut(text[p:p + length + 4], self.cache_dir)
        return (bool(words) and len(words[0]) > length
                and not (nlp.word_tag(words[0], self.cache_dir) or "").startswith("nr"))

    def _rare_name_at(self, text: str, p: int) -> int:
        """Length of a name at ``p`` whose family name is also an everyday word (池国栋, 卓立新,
        after a title), 0 if none: only where jieba's tagger reads the whole name as one,
        a word that follows names after it (校长池国栋说; not 丰收节, 和物业)."""
        if self.surname_len(text, p) or not self.surname_len(text, p, rare=True):
            return 0
        # (three characters: two read so are as often a place, 沙村; and none that opens
        # with a common word, 宿舍楼, which jieba's dictionary files as a name)
        words = nlp.posseg(text[p:p + 10], self.cache_dir)
        if not words or not words[0][1].startswith("nr") or len(words[0][0]) != 3:
            return 0
        name = words[0][0]
        if nlp.word_frequency(name[:2], self.cache_dir) >= _COMMON_WORD_FREQ:
            return 0
        return 3 if self.followed(text, p + 3) and self.plausible(name) else 0

    def _listed_name_at(self, text: str, p: int) -> int:
        """Length of the first name of a list after a title, 0 if none: the 、 after it ends
        it, and the next name of the list is read as a name (县领导卓立新、甘　霖, 市领导黎远方、
        冉秋平: 立新 and 远方 are words, 卓 a rare family name)."""
        if self.surname_len(text, p, rare=True) != 1:
            return 0
        for length in (3, 2):
            e = p + length
            if (text[e:e + 1] == "、" and all(
                    c in self.lex.given_chars and c not in _NOT_GIVEN for c in text[p + 1:e])
                    and (self.name_at(text, e + 1) or self.padded_pair(text, e + 1))):
                return length
        return 0

    def padded_pair(self, text: str, p: int) -> int:
        """Printed length (3) of a two-character name padded to three cells (黄　婷) at ``p``,
        0 if none. Lists of officials pad two-character names to the width of three: the
        padding itself ends the name, whatever word follows (秦　玲参加调研)."""
        if (text[p + 1:p + 2] not in (" ", "\u3000") or not is_han(text[p + 2:p + 3])
                or self.surname_len(text, p) != 1 or text[p + 2] in _NOT_GIVEN):
            return 0
        return 3 if self.plausible(text[p] + text[p + 2]) else 0

    def _padded_name(self, text: str, p: int, rare: bool = True, ends: str = "",
                     lenient: bool = False) -> tuple[int, str]:
        """A name at ``p`` in a list or credit, maybe padded (何　平): (length printed, name)."""
        m = _NAME_RUN.match(text, p)
        if not m:
            return 0, ""
        raw = m.group()
        best = (0, "")
        # Try the shortest reading that ends at a boundary: 2, 3 (or 4 for compound) characters.
        for end in range(1, len(raw) + 1):
            piece = raw[:end]
            name = _unpadded(piece)
            if len(name) < 2 or len(name) > 4 or piece.endswith((" ", "\u3000")):
                continue
            s = self.surname_len(name, 0, rare=rare)
            if not s or not 1 <= len(name) - s <= 2:
                continue
            if (lenient and not self.surname_len(name, 0)
                    and not all(c in self.lex.given_chars for c in name[s:])):
                continue  # 编辑出版: a rare family name needs given-name characters after it
            q = p + end
            boundary = (q >= len(text) or not is_han(text[q]) or text[q] in _DELIMS
                        or text[q] in ends or text.startswith(_CREDIT_STOPS, q))
            if boundary and (self.plausible(name) if not lenient else
                             name not in self._district_words):
                best = (end, name)
                break
        return best

    # --- finders -----------------------------------------------------------------------

    def _title_matches(self, text: str) -> list[re.Match[str]]:
        """Every title printed in ``text`` (two finders read them: found once per text)."""
        last = self._last_titles
        if last is None or last[0] is not text:
            last = self._last_titles = (text, list(self._title_re.finditer(text)))
        return last[1]

    def _credits(self, text: str) -> Iterable[Span]:
        for m in self._credit_lead.finditer(text):
            role = m.group("role")
            if role in ("记者", "通讯员", "实习生") and m.start() and (
                    text[m.start() - 1] in "对向给据跟和与被让请"
                    or text[max(0, m.start() - 2):m.start()] in ("接受", "告诉", "面对")):
                continue  # 接受记者采访, 对记者说: not a byline
            if role in self.lex.guarded_editor_roles and (
                    (m.start() and not text[m.start() - 1].isspace())
                    or not m.group().rstrip(" \u3000").endswith((":", "："))):
                continue  # 经审核：…, 两审终审: the everyday word, not a credit
            kind = "editor" if role in self.lex.editor_roles else "reporter"
            p = m.end()
            names: list[tuple[int, int, str]] = []
            while p < len(text):
                length, name = self._padded_name(text, p, lenient=True)
                if not length:
                    length, name = self._two_names(text, p)
                if not length:
                    break
                names.append((p, p + length, name))
                p += length
                if _SPLIT_MARK.match(text, p):
                    break
                gap = re.match(r"[、 \u3000]*(?:(?:通讯员|实习生|记者|见习记者)[ \u3000]*)?",
                               text[p:p + 8])
                if not gap or not (self._padded_name(text, p + gap.end(), lenient=True)[0]
                                   or self._two_names(text, p + gap.end())[0]):
                    break
                p += gap.end()
            photo = bool(names) and _PHOTO.match(text, names[-1][1]) is not None
            for s, e, name in names:
                yield Span(s, e, name, (), "credit", "photographer" if photo else kind)
            split = _SPLIT_MARK.match(text, p) if names and not photo else None
            for s, e, name in self._split_photographers(text, split.end()) if split else ():
                yield Span(s, e, name, (), "credit", "photographer")
        # "王平 摄" without a 记者 in front: (王平 摄) in a caption.
        for m in _PHOTO_BY_NAME.finditer(text) if "摄" in text else ():
            length, name = self._padded_name(text, m.start("n"))
            if length:
                yield Span(m.start("n"), m.start("n") + length, name, (), "credit",
                           "photographer")

    def _split_photographers(self, text: str, p: int) -> list[tuple[int, int, str]]:
        """The names from ``p`` up to a photo mark ('刘 洋 图'), or none when no mark ends
        them: [(start, end, name)]."""
        shot: list[tuple[int, int, str]] = []
        while p < len(text):
            length, name = self._padded_name(text, p, lenient=True)
            if not length:
                break
            shot.append((p, p + length, name))
            p += length
            if _SPLIT_END.match(text, p):
                return shot
            gap = re.match(r"[、 \u3000]+", text[p:p + 3])
            if not gap:
                break
            p += gap.end()
        return []

    def _two_names(self, text: str, p: int) -> tuple[int, str]:
        """The first of two names printed together in a credit (李某张某飞): (length, name)."""
        m = re.match(_HAN + "{4,6}", text[p:p + 7])
        if m:
            stop = min((k for k in (m.group().find(w) for w in _CREDIT_STOPS) if k >= 4),
                       default=-1)
            if stop > 0:
                m = re.match(_HAN + "{" + str(stop) + "}", text[p:p + stop])
        if not m or (p + m.end() < len(text) and is_han(text[p + m.end()])
                     and not text.startswith(_CREDIT_STOPS, p + m.end())):
            return 0, ""
        run = m.group()
        for first in (2, 3):
            a, b = run[:first], run[first:]
            if (2 <= len(b) <= 3 and self.surname_len(a, 0) and self.surname_len(b, 0)
                    and self.model_name(a) and self.model_name(b)):
                return first, a
        return 0, ""

    def _names_list(self, text: str, p: int, ends: str = "为的、和及"
                    ) -> list[tuple[int, int, str]]:
        """Names joined by 、 from ``p`` (padding allowed): [(start, end, name)]; each ends at
        a delimiter or a character of ``ends``."""
        out: list[tuple[int, int, str]] = []
        while True:
            length, name = self._padded_name(text, p, ends=ends)
            if not length:
                break
            out.append((p, p + length, name))
            p += length
            if p < len(text) and text[p] in "、和及":
                p += 1
                continue
            break
        return out

    def _split_titles(self, phrase: str) -> tuple[str, ...]:
        parts = [t.strip() for t in re.split(r"[、，,]", phrase) if t.strip()]
        if not parts or not self._titles_at.ends(_CONCURRENT.sub("", parts[-1])):
            return ()
        return tuple(parts)

    def _appointments(self, text: str) -> Iterable[Span]:
        for m in _ELECTION.finditer(text):
            yield from self._appointed(text, m.end(), "为")
            # The sentence's later clauses name more people to other posts
            # ('选举张某为区委书记，陈某、刘某为区委副书记。').
            end = _sentence_end(text, m.end())
            for clause in _CLAUSE_MARK.finditer(text, m.end(), end):
                yield from self._appointed(text, clause.end(), "为")
        # '周某当选为区人大常委会主任，黎某当选为区长': names opening a clause, then 当选(为).
        for m in _ELECTED.finditer(text) if "当选" in text else ():
            yield from self._appointed(text, m.start("names"), "当选为", "当选")
        # Lists under 任命 / 免去 headings: "邓某为…局长；", "韩某的…局长职务；".
        for p in _list_starts(text):  # (only where 为 or 的 follows a run of names)
            names = self._names_list(text, p)
            if not names:
                continue
            q = names[-1][1]
            after = text[q:q + 1]
            if after == "为" and (p == 0 or text[p - 1] == "\n"):
                t = _APPOINTED_POST.match(text, q + 1)
                titles = self._split_titles(t.group()) if t else ()
            elif after == "的":
                t = re.match(r"(?P<t>[^；;。，,\n]{2,60}?)(?:职务|代表资格|资格|职)", text[q + 1:])
                titles = self._split_titles(t.group("t") if "资格" not in t.group()
                                            else t.group("t") + ("代表" if t.group().endswith(
                                                "代表资格") else "")) if t else ()
            else:
                continue
            for s, e, name in names if titles else ():
                yield Span(s, e, name, titles, "appointment")

    def _appointed(self, text: str, p: int, *verbs: str) -> Iterable[Span]:
        """The names listed from ``p`` with the post after one of ``verbs`` right after
        them ('陈某、刘某为区委副书记'); nothing when the post ends in no title."""
        names = self._names_list(text, p, "为的、和及" + "".join(sorted({v[0] for v in verbs})))
        if not names:
            return
        q = names[-1][1]
        verb = next((v for v in verbs if text.startswith(v, q)), None)
        if verb is None:
            return
        t = _APPOINTED_POST.match(text, q + len(verb))
        titles = self._split_titles(t.group()) if t else ()
        for s, e, name in names if titles else ():
            yield Span(s, e, name, titles, "appointment")

    def _profiles(self, text: str) -> Iterable[Span]:
        for m in _profile_lines(text):
            length, name = self._padded_name(text, m.start("name"))
            if not length:
                continue
            s = m.start("name")
            end = text.find("。", m.end())
            sentence = text[m.end(): end if end >= 0 else len(text)]
            titles: list[str] = []
            for h in _HOLDS.finditer(sentence):
                for t in self._split_titles(h.group("t")):
                    if t not in titles:
                        titles.append(t)
            last = re.split(r"[，,]", sentence)[-1].strip()
            if (not titles and last and not _PROFILE_FACT.search(last)
                    and self._titles_at.ends(last)):
                # '刘家富，男，1962年6月生，中共党员，宁厂镇双龙村党支部书记。': the facts
                # end with the post held
                titles = list(self._split_titles(last))
            yield Span(s, s + length, name, tuple(titles), "profile")

    def _titled(self, text: str) -> Iterable[Span]:
        """Title phrase then name(s); a shared title over an enumeration; 担任…的 A、B."""
        found: list[Span] = []
        floor = 0
        for m in self._title_matches(text):
            if m.group() in _TOP_TITLES and self._name_before(text, m.start()):
                continue
            if m.start() and text[m.start() - 1] in "等们":
                continue
            p = m.end()
            if nlp.word_frequency(text[m.start():p + 1], self.cache_dir) >= _GIVEN_WORD_FREQ:
                continue  # 老师|傅学拆表: the title is part of a longer word (老师傅)
            if self._title_cut_across(text, m.start(), p):
                continue  # 地处|长江边, 万州|长江二桥: a place read across a "title"
            rule = "titled_name"
            if text[p:p + 2] == "  " and p + 2 < len(text):
                p += 2  # two half-width spaces stand for a full-width one ('模范  向某英')
            elif p < len(text) and text[p] in " \u3000" and p + 1 < len(text):
                p += 1
            elif text[p:p + 1] in ":：" and m.group().endswith("人") and p + 1 < len(text):
                p += 1  # '联系人：刘某', '负责人：王某': a role as a label
            if text[p:p + 1] == "的":
                lead = text[max(floor, m.start() - 30):m.start()]
                if not re.search(r"(?:担任|作为|身为|当选)[^，。；、]*$", lead):
                    continue
                p += 1
                rule = "shared_title"
            length = (self.name_at(text, p, titled=True) or self.padded_pair(text, p)
                      or self._rare_name_at(text, p) or self._listed_name_at(text, p))
            # (通城镇长|石村: a place; 市民|宗委副主任: an office's short name, read across a title)
            if not length or text[p + length - 1] in _PLACE_NAME_END + _OFFICE_END:
                continue
            if self._everyday_word(text, m.group(), p, length):
                continue  # 游客|高峰。: the peak of visitors, no one named 高峰
            if self._verb_after_title(text, p, length):
                continue  # 村民|陆续赶到, 游客|应提前检查: what the people do, no name
            titles, first = self._title_chain(text, m.end(), floor)
            if not titles:
                continue
            if rule == "shared_title":
                titles = [re.sub(r"^(?:担任|作为|身为|当选)", "", t) for t in titles]
            group = [(p, length)]
            q = p + length
            while q < len(text) and text[q] == "、":
                nxt = self.name_at(text, q + 1, rare=True) or self.padded_pair(text, q + 1)
                if not nxt:
                    break
                group.append((q + 1, nxt))
                q = q + 1 + nxt
            context = None
            if found and 0 <= first - found[-1].end <= 1:
                before = found[-1]
                context = next(
                    (d for t in before.titles for d in self.gazetteer.names_in(t)), None
                ) or before.context
            for start, n in group:
                span = Span(start, start + n, _unpadded(text[start:start + n]), tuple(titles), rule,
                            context=context)
                found.append(span)
            floor = q
        return found

    def _everyday_word(self, text: str, role: str, p: int, length: int) -> bool:
        """Is ``text[p:p + length]``, after the everyday role ``role`` (游客, not an office),
        a word the dictionary files as a name but holds often, with no verb of speech after
        it (游客高峰。, 居民齐声加油; not 村民高峰说)?"""
        return (role in _EVERYDAY_ROLES
                and nlp.word_frequency(text[p:p + length], self.cache_dir) >= _NAME_WORD_FREQ
                and not self._speech_at.starts(text, p + length))

    def _verb_after_title(self, text: str, p: int, length: int) -> bool:
        """Does the "name" at ``text[p:p + length]`` open with a verb, an adverb, a preposition
        or a conjunction as jieba tags the text (陆续|赶到, 应|提前, 常|去, 包干), the word
        longer than a family name or what follows it in the name a common verb (刘|跃进: jieba
        reads 刘 as a name; 曾|立新, 谢|远航: a family name that is a word too, before a
        given name that is a rarer one)?"""
        # (jieba's tagger reads a word of its dictionary as the dictionary tags it: without
        # such a word at ``p`` it is not asked, a millisecond saved on nearly every name)
        if not any((nlp.word_tag(text[p:p + k], self.cache_dir) or "x")[:1] in "vdpc"
                   for k in range(1, length + 1)):
            return False
        words = nlp.posseg(text[p:p + length + 4], self.cache_dir)
        if not words or words[0][1][:1] not in "vdpc":
            return False
        first = words[0][0]
        tail = text[p + len(first):p + length]
        if len(first) >= 2:  # (a word of the dictionary: jieba's guess 付晓|蔓站 is none)
            return nlp.word_frequency(first, self.cache_dir) > 0
        # (a given name of one character that is a verb too stays one: 区委副书记曾超)
        return (bool(tail) and (nlp.word_tag(tail, self.cache_dir) or "x")[:1] in "vd"
                and nlp.word_frequency(tail, self.cache_dir) >= _NAME_WORD_FREQ
                and not (len(tail) == 1 and tail in self.lex.given_chars))

    def _title_cut_across(self, text: str, start: int, end: int) -> bool:
        """Is the title at ``text[start:end]`` two words' halves, a common place read across
        its end ('地处长江边': 地处 and 长江, not 处长 and a name 江边; '万州长江二桥', '通城镇长
        石村')? Both must hold: a county head surnamed 江 (副县长江某) stays a name. So is one
        read across two words the dictionary holds often, the first very often ('物业管理事关':
        管理 and 事关)."""
        place = text[end - 1:end + 1]
        before = text[start - 1:start + 1] if start else ""
        before_freq = nlp.word_frequency(before, self.cache_dir)
        if before_freq < _COMMON_WORD_FREQ:
            return False
        if (before_freq >= _PLACE_WORD_FREQ
                and nlp.word_frequency(place, self.cache_dir) >= _COMMON_WORD_FREQ
                and nlp.word_tag(place, self.cache_dir) != "nr"):
            return True  # 物业管|理事|关千家万户: 管理 and 事关, each a word held often
        return (nlp.word_tag(place, self.cache_dir) == "ns"
                and nlp.word_frequency(place, self.cache_dir) >= _PLACE_WORD_FREQ)

    def _title_chain(self, text: str, end: int, floor: int) -> tuple[list[str], int]:
        """The title segments printed before ``end`` (split at 、 and ，) and where they start."""
        titles: list[str] = []
        pos = end
        first = end
        while pos > floor:
            start = pos
            if _CONCURRENT.search(text[max(floor, pos - 3):pos]):
                start = pos - 3
            while start > floor:
                if text[start - 1] in ")）":
                    opening = max(text.rfind("(", floor, start - 1),
                                  text.rfind("（", floor, start - 1))
                    if opening >= 0 and start - opening <= 20 and opening > floor:
                        start = opening
                        continue
                    break
                if text[start - 1] in _DELIMS or pos - start > _MAX_TITLE:
                    break
                start -= 1
            segment = text[start:pos]
            core = _CONCURRENT.sub("", segment)
            if not core or not self._titles_at.ends(core):
                break
            trimmed = self._trim(segment)
            if titles and trimmed != segment and text[pos] in "，,":
                break
            if trimmed:
                titles.append(trimmed)
                first = pos - len(trimmed)
            if trimmed != segment or start <= floor or text[start - 1] not in _CHAIN_SEPS:
                break
            pos = start - 1
        titles.reverse()
        return titles, first

    def _trim(self, segment: str) -> str:
        """Drop the clause words before a title: 会见了重庆市福建商会会长 → 重庆市福建商会会长."""
        words = nlp.cut(segment, self.cache_dir)
        cut_at = 0
        offset = 0
        for k, word in enumerate(words[:-1]):
            start = offset
            offset += len(word)
            # A number counting the building or group the title is of stays (3栋楼栋长).
            number = (_NUMBER_WORD.fullmatch(word)
                      and not words[k + 1].startswith(_NUMBERED_UNITS))
            # The unit of a date or an age cut apart from its number (8月3|日村民, 82|岁居民,
            # a generation: 90|后村医) goes with it.
            unit = (word in ("年", "月", "日", "号", "岁", "周岁", "后") and start == cut_at
                    and start > 0 and segment[start - 1].isdigit())
            for_firm = word in _PARTIES and any(w.endswith(self._org_suffixes)
                                                for w in words[k + 1:-1])
            if (word in _BREAKERS or number or unit or for_firm
                    or (word in _CONJUNCTIONS and start == cut_at)):
                cut_at = offset
        trimmed = segment[cut_at:]
        party = (max((r for r in _PARTY_ROLES if trimmed.endswith(r)), key=len)
                 if trimmed.endswith(_PARTY_ROLES) else "")
        if party and words[-1].endswith(party):
            trimmed = party  # a case's party is named by its role alone
        trimmed = _DATE_FIRST.sub("", trimmed)
        trimmed = _TITLE_MARKS.sub("", trimmed)  # '▲④郁山擀酥饼非遗传承人': a caption's marks
        return trimmed if len(trimmed) >= 2 else ""

    def _name_then_title(self, text: str) -> Iterable[Span]:
        """周某（区商务委主任）, **唐某渊**（丰都县委副书记、县长）, 巩某胜县长."""
        for m in _BRACKET.finditer(text):
            titles = self._split_titles(m.group("t"))
            if not titles:
                continue
            e = m.start()
            while e > 0 and text[e - 1] in "*":
                e -= 1
            for length in (3, 2, 4):
                s = e - length
                if s < 0 or (s > 0 and is_han(text[s - 1]) and text[s - 1] not in "的、和与及"):
                    continue
                name = _unpadded(text[s:e])  # '何　佳（市人大代表、…）': padded to three cells
                if self.whole_name(name, rare=True):
                    yield Span(s, e, name, titles, "name_then_title")
                    break
        present = self._post_titles_in.present(text)
        for title, pattern in self._post_titles:
            if title not in present:
                continue
            for m in pattern.finditer(text):
                e = m.start()
                for length in (3, 4):
                    s = e - length
                    if s < 0:
                        continue
                    name = text[s:e]
                    if s > 0 and is_han(text[s - 1]) and text[s - 1] not in "的、和与及对向在":
                        continue
                    if length == 4 and name[:2] not in self.lex.compound_surnames:
                        continue
                    if self.model_name(name) and self.plausible(name):
                        yield Span(s, e, name, (title,), "name_then_title")
                        break

    def _table_rows(self, text: str) -> Iterable[Span]:
        """Rows of a table whose header names the name's column and the column of the post
        held ('序号　姓名　性别　…　现任职务　拟任职务' / '1　何某峰　男　…　钱塘镇党委书记　…'):
        each row's person, titled with the posts of that cell as printed (a post proposed,
        拟任, is not held yet). A name padded to three cells ('黄　莉') is one cell; a cell's
        words wrapped to a line of their own are left."""
        if "姓名" not in text and "姓\u3000名" not in text and "姓 名" not in text:
            return
        header: list[str] | None = None
        at = 0
        for line in text.split("\n"):
            start, at = at, at + len(line) + 1
            cells = _table_cells(line)
            if len(cells) >= TABLE_HEADER_CELLS_MIN and (named := _table_header(cells)):
                header = named  # (printed again over a table's rest: '（续表）' / the header)
                continue
            if header is None:
                continue
            name_at = header.index("姓名")
            if (len(cells) == len(header) + 1 and len(cells[name_at]) == 1
                    and len(cells[name_at + 1]) == 1):
                cells[name_at:name_at + 2] = [cells[name_at] + cells[name_at + 1]]
            if len(cells) != len(header):
                continue
            name = _unpadded(cells[name_at])  # (a tab's cell: '陈　刚')
            post = next((cells[header.index(h)] for h in TABLE_POST_HEADERS if h in header),
                        None)
            found = re.search(r"[ \u3000]*".join(map(re.escape, name)), line)
            if found is None or not self._cell_name(name):
                continue
            titles = tuple(part for part in re.split(r"[、，,]", post or "")
                           if part and self._titles_at.ends(_CONCURRENT.sub("", part)))
            yield Span(start + found.start(), start + found.end(), name, titles, "table_row")

    def _cell_name(self, name: str) -> bool:
        """Is a table's name cell a person's name ('何某峰'; '黄莉', printed '黄　莉')?"""
        return NAME_CELL_MIN <= len(name) <= NAME_CELL_MAX and (
            self.name_at(name + "，", 0, rare=True) == len(name)
            or (len(name) == 2 and bool(self.padded_pair(name[0] + "\u3000" + name[1], 0))))

    def _padded_cells(self, text: str) -> Iterable[Span]:
        """A two-character name padded to the width of three (陈　露) that stands as a cell of
        its own, a wide gap or a line's edge on either side (or its note in brackets after
        it): a table's or a roll's row of names ('1　　　陈　露　　女　　中共党员　　…',
        '第三名　秦　磊（白公街道）　11秒60'). The padding is how names are set in columns."""
        if " " not in text and "\u3000" not in text:
            return
        for m in _PADDED_CELL.finditer(text):
            p = m.start()
            name = text[p] + text[p + 2]
            # (a word of the dictionary that is no name is a table's entry set out the same
            # way: '白　菜　　2.60' in a list of prices, '简　讯' over briefs)
            if self.padded_pair(text, p) and not self._plain_word(name):
                yield Span(p, p + 3, name, (), "padded_cell_name")

    def _roll_lines(self, text: str) -> Iterable[Span]:
        """A line of names alone, one space between them and each two-character name padded
        to three cells ('王　涛　韦德军　邓　丽　石　磊'), when each reads as a whole name (a row
        of words set out so is no roll): every name of it, titled with the roll's label, on
        the line ('副书记：石　磊　杨晓燕') or alone above it ('常　委：（按姓氏笔画为序）')."""
        if "\u3000" not in text and " " not in text:
            return
        # The label over the lines read so far (None: no roll is open). A label titles every
        # line of names under it, to the first line that is none (a blank line ends it);
        # once a line of names has been read under it, or under a post alone on its line
        # ('巫溪县人民政府副县长：'), a line of one name goes on too (``going``).
        at, label, going = 0, None, False
        for line in text.split("\n"):
            start, at = at, at + len(line) + 1
            # (a name's note blanked out, its width kept: '向春梅（女）　　周　勇（土家族）')
            bare = (_NAME_NOTE.sub(lambda m: " " * len(m[0]), line)
                    if "（" in line or "(" in line else line)
            roll = _ROLL_LINE.match(bare) or (_ROLL_MORE.match(bare) if going else None)
            if roll is None:
                if (m := _ROLL_LABEL.match(line)) is not None:
                    label, going = m["label"] or m["counted"], False
                elif ((m := _POST_LABEL.match(line)) is not None
                      and self._titles_at.ends(m["post"])):
                    label, going = m["post"], True
                elif label is None or not _ROLL_NOTE_LINE.match(line):
                    label, going = None, False
                continue
            names = self._roll_names(bare, roll.start("names"))
            own = roll.re is _ROLL_LINE and roll["label"]
            least = 1 if going else ROLL_LINE_NAMES_MIN - 1 if own else ROLL_LINE_NAMES_MIN
            if names is None or len(names) < least:
                label, going = None, False
                continue
            label = own or label
            going = label is not None
            title = _unpadded(label or "")
            if title in _CREDIT_LABELS:
                continue  # '作者：谭　伟　朱小琳': who wrote it
            if title.endswith(_LIST_NAMES) or _PLACING_LABEL.search(title):
                title = ""  # '获奖名单（12名）', '季军：': the list's name, what they won
            for s, e, name in names:
                yield Span(start + s, start + e, name, (title,) if title else (), "roll_line")

    def _roll_names(self, line: str, at: int) -> list[tuple[int, int, str]] | None:
        """The names of a roll's line from ``at`` (a padded pair joined), or None when a
        character stands alone or a name reads as no whole name."""
        tokens = [(m.start(), m[0]) for m in _HAN_RUN.finditer(line, at)]
        names: list[tuple[int, int, str]] = []
        i = 0
        while i < len(tokens):
            p, token = tokens[i]
            if len(token) > 1:
                names.append((p, p + len(token), token))
                i += 1
            elif i + 1 < len(tokens) and len(tokens[i + 1][1]) == 1 == tokens[i + 1][0] - p - 1:
                names.append((p, p + 3, token + tokens[i + 1][1]))  # '邓　丽'
                i += 2
            else:
                return None
        if all(self.whole_name(n) and not self._plain_word(n) for _, _, n in names):
            return names
        return None

    def _signature_columns(self, text: str) -> Iterable[Span]:
        """Signers side by side, a row of posts over a row of as many names ('中共某区委书记
        　　　某区人民政府区长' / '周某瑞　　　　谭某远'): each name with the post above it."""
        if "\u3000\u3000" not in text and "   " not in text:
            return  # no columns here
        at = 0
        rows = []
        for line in text.split("\n"):
            rows.append((at, line))
            at += len(line) + 1
        for (_, posts), (start, names) in itertools.pairwise(rows):
            post_cells = WIDE_GAP.split(posts.strip())
            if len(post_cells) < 2 or not all(c.endswith(self.title_words) for c in post_cells):
                continue
            found = [(m.start() + start, m[0]) for m in _SIGN_CELL.finditer(names)]
            if len(found) != len(post_cells):
                continue
            spans = []
            for (p, cell), post in zip(found, post_cells, strict=True):
                name = _unpadded(cell)
                if not self.whole_name(name):
                    break
                spans.append(Span(p, p + len(cell), name, (post,), "signature_column"))
            else:
                yield from spans

    def _name_cards(self, text: str) -> Iterable[Span]:
        """A deputy's name card: their body, their name and their post, one line."""
        if not any(body in text for body in _CARD_BODIES):
            return
        for m in _CARD_LINE.finditer(text):
            name = _unpadded(m.group("n"))
            if self.whole_name(name, rare=True):
                yield Span(m.start("n"), m.end("n"), name,
                           (m.group("r"), *self._split_titles(m.group("t"))), "name_card")

    def _speaker_lines(self, text: str) -> Iterable[Span]:
        """A line that is a name, a space and titles: "冉某华 县人大代表、酉水河镇种植大户"."""
        if not any(mark in text for mark in " \u3000｜|丨"):
            return  # no name stands apart from titles here
        for m in _SPEAKER_LINE.finditer(text):
            name = _unpadded(m.group("n"))
            if not self.whole_name(name, rare=True):
                continue
            # (an age before the title is none of it: '黄　强　35岁　出租车司机')
            titles = self._split_titles(_AGE_FIRST.sub("", m.group("t")))
            if titles:
                yield Span(m.start("n"), m.end("n"), name, titles, "speaker_line")

    def _top_leaders(self, text: str) -> Iterable[Span]:
        for title, pattern in self._top_titles:
            if title not in text:
                continue
            for m in pattern.finditer(text):
                e = m.start()
                length = self._name_before(text, e)
                if length:
                    yield Span(e - length, e, text[e - length:e], (title,), "top_leader")

    def _name_before(self, text: str, end: int) -> int:
        """Length of a plausible name ending at ``end`` (for 习近平总书记), 0 if none."""
        for length in (4, 3, 2):
            s = end - length
            if s < 0 or not self.plausible(text[s:end]):
                continue
            if length == 4 and self.surname_len(text, s) != 2:
                continue
            if s > 0 and text[s - 1:s + 1] in self.lex.compound_surnames:
                continue
            if text[end - 1] in _ORGAN_ENDINGS:
                continue
            if self.surname_len(text, s):
                return length
        return 0

    def _untitled(self, text: str) -> Iterable[Span]:
        """A title-less name before a reporting verb or 同志, accepted by jieba or the model."""
        for m in self._reporting_first.finditer(text):
            e = m.start()
            if not self._reporting_at.starts(text, e):
                continue
            for length in (3, 2, 4):
                s = e - length
                if s < 0 or not self.surname_len(text, s):
                    continue  # (no family name there: ``untitled_ok`` says no, cheaply)
                if (s > 0 and is_han(text[s - 1]) and not text.startswith("同志", e)
                        and not self._boundary_before(text, s)):
                    continue
                name = text[s:e]
                if length == 3 and self._glued_after(text, e):
                    continue  # 樊某来说, 王老微笑着说: the last character starts the next word
                if self.untitled_ok(name) or (length == 2 and self._speaker_pair(text, s, e)):
                    yield Span(s, e, name, (), "untitled_name")
                    break

    def _speaker_pair(self, text: str, s: int, e: int) -> bool:
        """A title-less name of two characters before a verb of speech (李明介绍说): a
        family name and a given-name character that jieba does not file as a word."""
        name = text[s:e]
        if self.surname_len(name, 0) != 1 or not self._speech_at.starts(text, e):
            return False
        if name[1] not in self.lex.given_chars or name[1] in _NOT_GIVEN:
            return False
        if self._glued_after(text, e) or not self.plausible(name):
            return False
        if all(c in self.gazetteer.abbreviation_chars for c in name):
            return False  # 成渝, 川渝: places' short names (jieba files 成渝 as a name)
        # (jieba files some words as names too, more often than a rare name: 黄牛 218)
        freq = nlp.word_frequency(name, self.cache_dir)
        return freq == 0 or (freq < _GIVEN_WORD_FREQ
                             and (nlp.word_tag(name, self.cache_dir) or "").startswith("nr"))

    def _introduced(self, text: str) -> Iterable[Span]:
        """A title-less name right after words that introduce a person (的, 村民, 名叫, 儿子)."""
        for p in self._introducers.ends(text):
            if not self.surname_len(text, p):
                continue  # no family name here: ``untitled_ok`` would say no to both lengths
            for length in (3, 4):
                e = p + length
                if e > len(text) or not self.followed(text, e):
                    continue
                name = text[p:e]
                if self.untitled_ok(name):
                    yield Span(p, e, name, (), "untitled_name")
                    break
            else:
                # After a word for a person (老人, 小伙) a name is expected, as after a title:
                # jieba's name, when a verb follows it (刘某芬端着; not 老人占四成).
                if self._introducer_words.search(text, max(0, p - 4), p):
                    if self._introduced_three(text, p):
                        # ('62岁的陈光荣左手握錾', '徒弟李思琪原本…', '刘玉兰婆婆是…')
                        yield Span(p, p + 3, text[p:p + 3], (), "untitled_name")
                        continue
                    words = nlp.posseg(text[p:p + 10], self.cache_dir)
                    if len(words) < 2 or not words[0][1].startswith("nr"):
                        continue
                    name, after = words[0][0], words[1][1][:1]
                    # (a name of two characters only right before a verb, an adverb or a
                    # preposition: 谭永贵的儿子谭林也辞去…, 队友谭杰在罚球线附近…)
                    if ((len(name) >= 3 and after in "vdpt" and self.untitled_ok(name))
                            or (len(name) == 2 and after in "vdp" and self.plausible(name)
                                and self.surname_len(name, 0) == 1
                                and nlp.word_frequency(name, self.cache_dir) < _NAME_WORD_FREQ)):
                        yield Span(p, p + len(name), name, (), "untitled_name")

    def _introduced_three(self, text: str, p: int) -> bool:
        """After a word for a person (62岁的, 徒弟, 女儿), a name of three characters that
        passes as a title-less name and ends where a word does (陈光荣|左手; not 王家坝|村,
        where a place goes on, or 周建|回来, where the text's words run across its end)."""
        e = p + 3
        if not (e < len(text) and is_han(text[e]) and text[e] not in _PLACE_FEATURES
                and self.surname_len(text, p) == 1 and self.untitled_ok(text[p:e])
                and not self._glued_after(text, e)):
            return False
        last = text[e - 1]
        if ((nlp.word_tag(last, self.cache_dir) or "x")[0] in "vpcdu"
                and nlp.word_frequency(last, self.cache_dir) >= _VERY_COMMON_FREQ):
            return False  # 丈夫周建|回他的老家, 田家|有争议: a common verb after a shorter name
        words = [w for w, _ in nlp.posseg(text[p:p + 8], self.cache_dir)]
        return words[0] == text[p:e] or (len(words) > 1 and words[0] + words[1] == text[p:e])

    def _clergy(self, text: str) -> Iterable[Span]:
        """A religious title after a name, with the titles before it: '市伊斯兰教协会副会长
        马志诚阿訇', '市佛教协会副会长宽明法师' (a monastic name, two characters and no
        family name, only after a title or a clause's start)."""
        for m in self._clergy_at.finditer(text):
            e = m.start()
            ends, at = set(), 0
            for word in nlp.cut(text[e:m.end() + 3], self.cache_dir):
                at += len(word)
                ends.add(at)
            if m.end() - e not in ends:
                continue  # 大|师兄: the title is part of another word (王某大师兄)
            monastic = m.group() in self._monastic
            start = 0
            for length in (3, 2):
                s = e - length
                name = text[s:e] if s >= 0 else ""
                if not name or not all(is_han(c) for c in name):
                    continue
                if self.whole_name(name, rare=True) and (
                        s == 0 or not is_han(text[s - 1]) or self._titles_at.ends(text[:s])):
                    start = s
                    break
                if (monastic and length == 2 and not _NOT_GIVEN_CHAR.search(name)
                        and (s == 0 or text[s - 1] in _DELIMS
                             or self._titles_at.ends(text[max(0, s - 8):s]))):
                    start = s
                    break
            else:
                continue
            titles, _ = self._title_chain(text, start, 0)
            yield Span(start, e, text[start:e], (*titles, m.group()), "clergy_name")

    def _family_signatures(self, text: str) -> Iterable[Span]:
        """A family's signature under its notice, a line of relatives each after their
        kinship ('子：李建平　　儿媳：王　红', '孝子：王建新　王建军'): the names, the kinship
        as each one's title."""
        if "：" not in text and ":" not in text:
            return
        for line in _LINE.finditer(text):
            parts = self._kin_label.split(line.group())
            if len(parts) < 3 or parts[0].strip(" \u3000"):
                continue  # a line of a family's signature opens with a kinship
            spans: list[Span] = []
            at = line.start() + len(parts[0])
            for label, names in zip(parts[1::2], parts[2::2], strict=True):
                kin = label.rstrip(" \u3000:：")
                at += len(label)
                p, end = at, at + len(names)
                while p < end:
                    while p < end and text[p] in " \u3000":
                        p += 1
                    length, name = self._padded_name(text, p)
                    if not length or p + length > end:
                        break
                    spans.append(Span(p, p + length, name, (kin,), "family_signature"))
                    p += length
                if p < end and text[p:end].strip(" \u3000"):
                    break  # words that are no names: no signature
                at = end
            else:
                yield from spans

    def _bracketed_fields(self, text: str) -> Iterable[Span]:
        """Names in a bracket of fields labelled by a title: （指导老师：周　敏、李红梅）."""
        if "：" not in text and ":" not in text:
            return
        for bracket in _FIELDS.finditer(text):
            at = bracket.start("f")
            for label in _FIELD.finditer(bracket.group("f")):
                title = label.group("t")
                if title not in self._title_set:
                    continue  # 地址：, 电话：, 来源：: not a person's label
                for s, e, name in self._names_list(text, at + label.end()):
                    yield Span(s, e, name, (title,), "bracketed_field")

    def _attributions(self, text: str) -> Iterable[Span]:
        """A quote's attribution line: "——秦某露，丰都县“十佳新农人”"."""
        if "—" not in text and "--" not in text:
            return  # no dash opens an attribution here
        for m in _ATTRIBUTION.finditer(text):
            name = m.group("n")
            if not self.whole_name(name):
                continue
            phrase = m.group("t")
            if re.sub(r"[“”\"'‘’]", "", phrase).endswith(self.title_words):
                yield Span(m.start("n"), m.end("n"), name, tuple(
                    t for t in re.split(r"[、，,]", phrase) if t), "name_then_title")

    def _roll_entries(self, text: str) -> Iterable[Span]:
        """A roll set out in a sentence: "：马某勇，区交巡警支队民警；刘　芳，区医院护士长；"."""
        if "；" not in text and ";" not in text:
            return  # a roll's entries are closed by semicolons
        found = []
        for m in _ROLL_ENTRY.finditer(text):
            name = _unpadded(m["n"])
            phrase = m["t"].strip()
            if self.whole_name(name) and phrase.endswith(self.title_words):
                found.append(Span(m.start("n"), m.end("n"), name, (phrase,), "roll_entry"))
        if len(found) >= ROLL_ENTRIES_MIN:
            yield from found

    def _squad_entries(self, text: str) -> Iterable[Span]:
        """The players of a line-up, each after the shirt number ('1-何　军；2-张　鹏'), on a
        line of at least ``SQUAD_ENTRIES_MIN`` of them (a score '3-1' or a formation
        '4-4-2' has none)."""
        if "-" not in text and "－" not in text:
            return
        for line in _LINE.finditer(text):
            found = [Span(m.start("n"), m.end("n"), name, (), "squad_entry")
                     for m in _SQUAD_ENTRY.finditer(text, line.start(), line.end())
                     if self.whole_name(name := _unpadded(m["n"]))]
            if len(found) >= SQUAD_ENTRIES_MIN:
                yield from found

    def _work_authors(self, text: str) -> Iterable[Span]:
        """Who made each work of a list, the names right before its title at a cell's start
        ('：王　悦《我家门口的轻轨站》', '　何　平/何　欢《周末去江北嘴》')."""
        if "《" not in text:
            return
        for m in _WORK_AUTHORS.finditer(text):
            at = m.start("names")
            for piece in re.split(r"[/／]", m["names"]):
                name = _unpadded(piece)
                if self.whole_name(name):
                    yield Span(at, at + len(piece), name, (), "work_author")
                at += len(piece) + 1

    def _foreign(self, text: str) -> Iterable[Span]:
        """Transliterated names: joined by · anywhere, or a run right after a title."""
        chars = self.lex.foreign_chars
        for m in _DOT.finditer(text):
            if m.start() == 0 or not is_han(text[m.start() - 1]):
                continue
            if m.start() > 1 and _DOTTED_BEFORE.match(text[m.start() - 9:m.start() + 1]
                                                      [-10:]) and text[m.start() - 1] in "·•・":
                continue
            # The first part: back over Han characters, stopping after a title or a follower.
            a = m.start()
            while (a > 0 and m.start() - a < 6 and is_han(text[a - 1])
                   and not self._long_titles_at.ends(text[max(0, a - 6):a])
                   and not (m.start() - a >= 2
                            and self._followers_at.ends(text[max(0, a - 3):a]))):
                a -= 1
            if a == m.start() or (a > 0 and text[a - 1] in "·•・"):
                continue
            # The other parts: on over Han characters and dots, up to 6 per part.
            e = m.end()
            part = 0
            while e < len(text):
                if text[e] in "·•・" and e + 1 < len(text) and is_han(text[e + 1]):
                    part = 0
                    e += 1
                    continue
                if not is_han(text[e]) or part >= 6 or (part >= 1 and (
                        text[e] not in chars or self._titles_at.starts(text, e)
                        or self._strongly_followed(text, e))):
                    break
                e += 1
                part += 1
            name = text[a:e]
            letters = [c for c in name if is_han(c)]
            if (sum(c in chars for c in letters) < _FOREIGN_SHARE * len(letters)
                    or any(w in name for w in self._district_words)):
                continue  # 三峡制造·巫山, 渝事好商量·彭水: rubrics, not a foreign name
            titles, _ = self._title_chain(text, a, self._clause_floor(text, a))
            yield Span(a, e, name, tuple(titles), "dotted_name")
        for m in self._title_matches(text):
            p = m.end()
            if text[p:p + 1] not in self.lex.foreign_chars:
                continue  # (no transliteration character: no run, without a regex call)
            r = self._foreign_run.match(text[p:p + 6])
            if not r:
                continue
            for length in range(len(r.group()), 1, -1):
                if self.followed(text, p + length):
                    name = text[p:p + length]
                    if not self.plausible_word(name):
                        break
                    titles, _ = self._title_chain(text, m.end(),
                                                  self._clause_floor(text, m.start()))
                    yield Span(p, p + length, name, tuple(titles), "foreign_name")
                    break

    def _foreign_then_title(self, text: str) -> Iterable[Span]:
        """A run of transliteration characters right before a title said of foreigners
        (我同克林顿总统, 感谢克雷蒂安总理): run and title are words of their own as jieba
        cuts the text, and no name follows the title (扎伊尔总统蒙博托: a country)."""
        chars = self.lex.foreign_chars
        for m in self._foreign_title.finditer(text):
            e = m.start() + 1  # the title starts after the run's last character
            a = e - 1
            while a > 0 and e - a < 6 and text[a - 1] in chars:
                a -= 1
            if e - a < 2 or self._foreign_run.match(text, m.end()):
                continue
            floor = max(0, e - 10)
            ends = _word_starts(nlp.cut(text[floor:m.end() + 3], self.cache_dir, hmm=True),
                                floor)
            if m.end() not in ends and m.end() < len(text):
                continue  # 南斯拉|夫人民: the title is part of another word
            # (cut apart from the title: jieba reads 雷先生 as one word)
            starts = _word_starts(nlp.cut(text[floor:e], self.cache_dir, hmm=True), floor)
            for s in range(a, e - 1):
                if s > 0 and is_han(text[s - 1]) and s not in starts:
                    continue
                if s > 0 and text[s - 1] in "·•・":
                    break  # the last part of a dotted name (``_foreign`` reads it whole)
                before = [w for at, w in starts.items() if at + len(w) == s]
                if (before and before[0] in self._surnames
                        and not _BEFORE_NAME.search(before[0])):
                    break  # 田|申申小姐: a Chinese family name and its given name (not 同)
                name = text[s:e]
                tag = nlp.word_tag(name, self.cache_dir) or ""
                if tag[:2] in ("ns", "nt") or not self.plausible_word(name):
                    break  # 德国总理, 巴西总统: a place before the title
                title = text[e:m.end()]  # (先生 and 夫人 are no titles: not in the list)
                yield Span(s, e, name, (title,) if title in self._title_set else (),
                           "foreign_name_then_title")
                break

    def plausible_word(self, name: str) -> bool:
        """Not a common dictionary word other than a name (基辛格 is a rare 'n' in jieba)."""
        tag = nlp.word_tag(name, self.cache_dir) or ""
        return not (nlp.word_frequency(name, self.cache_dir) >= _COMMON_WORD_FREQ
                    and not tag.startswith("nr")) and name not in self._district_words

    @staticmethod
    def _clause_floor(text: str, at: int) -> int:
        """Where the title phrase before ``at`` may start: after the last 和/与/及 or mark."""
        floor = max(0, at - _MAX_TITLE)
        marks = [floor + m.end() for m in re.finditer(r"[和与及、，,；;。\n]", text[floor:at])]
        return marks[-1] if marks else floor

    def _unknown_words(self, text: str) -> Iterable[Span]:
        """Three characters jieba's dictionary cannot place, shaped like a name (陈|特|安).

        Without HMM, jieba leaves a name it does not know as single characters; a family
        name followed by two given-name characters standing alone is a name. A name jieba
        does know (江泽民/nr) counts when its first two characters are not a common word.
        """
        # Only clauses holding a name-shaped string are cut (linear, and a sixth of the work).
        # After a clause, the search goes on from its end: a name shape holds no clause's
        # end (Han characters only), so none is skipped that the matches in turn would find.
        ends: list[int] | None = None  # where clauses end: found once a name shape is seen
        m = self._name_shape.search(text)
        while m is not None:
            if ends is None:
                ends = [c.start() for c in _CLAUSE_END.finditer(text)]
            k = bisect.bisect_left(ends, m.start())
            a = ends[k - 1] + 1 if k else 0
            e = ends[k] if k < len(ends) else len(text)
            yield from self._unknown_in(text, a, e)
            m = self._name_shape.search(text, e)

    def _unknown_in(self, text: str, a: int, b: int) -> Iterable[Span]:
        """The names of :meth:`_unknown_words` in the clause ``text[a:b]``."""
        words = nlp.cut(text[a:b], self.cache_dir)
        tags, freqs = nlp.tags(self.cache_dir), nlp.frequencies(self.cache_dir)
        starts = list(itertools.accumulate(map(len, words), initial=a))
        n = len(words)
        family = self._family_words
        for i, w in enumerate(words):
            if w not in family and not 2 < len(w) < 5:
                continue  # (most words: neither a family name nor a name of 3 or 4 characters)
            p = starts[i]
            if len(w) in (3, 4) and (tags.get(w) or "").startswith("nr"):
                if (self.untitled_ok(w) and w[-1] not in _PLACE_FEATURES
                        and not _listed_among_things(text, p, p + len(w), tags)
                        and not self._noun_follows(words, i + 1)
                        and not self._cut_across(text, p, w, _GLUED_FREQ if nlp.word_frequency(
                            w, self.cache_dir) >= _RARE_NAME_FREQ else _GLUED_RARE_FREQ)
                        and not text[max(0, p - 2):p].endswith(_CLASSIFIERS)
                        and not _quoted(text, p, p + len(w))):
                    yield Span(p, p + len(w), w, (), "unknown_word_name")
                continue
            s_len = len(w)
            if s_len not in (1, 2) or self.surname_len(w, 0) != s_len:
                continue
            if i + 1 >= n:
                continue
            nxt = words[i + 1]
            if len(nxt) == 1 and i + 2 < n and len(words[i + 2]) == 1:
                given = nxt + words[i + 2]
                after = words[i + 3] if i + 3 < n else ""
                if len(after) == 1 and is_han(after) and not self.followed(after, 0):
                    continue  # a longer run of loose characters: not clearly a name
            elif len(nxt) == 2 and freqs.get(nxt, 0) < _GIVEN_WORD_FREQ:
                given = nxt
            else:
                continue
            name = w + given
            if self._noun_follows(words, i + (3 if len(given) == 2 and len(nxt) == 1 else 2)):
                continue  # 卢某孚纪念馆, 苗某春茶叶: part of a longer name
            if text[max(0, p - 2):p].endswith(_CLASSIFIERS) or text[p - 1:p].isdigit():
                continue  # 一个管园子, 200米蝶泳: after a numeral, a classifier or a unit
            if p > 0 and is_han(text[p - 1]) and len(words[i - 1]) == 1 \
                    and not self._boundary_before(text, p) and text[p - 1] not in "、":
                continue  # glued to another loose character before it
            if _quoted(text, p, p + len(name)):
                continue  # “连心桥”: a word in quotation marks, not a name
            if name[-1] in _PLACE_FEATURES:
                continue  # 龙水湖, 白帝城: loose characters ending in a place's feature
            if self.untitled_ok(name):
                yield Span(p, p + len(name), name, (), "unknown_word_name")

    def _cut_across(self, text: str, p: int, name: str, glued: int = _GLUED_FREQ) -> bool:
        """Was a word cut across the name's start ('发现|金红利' in '派发现金红利': 现金 and
        红利 are the words)? ``glued``: how frequent the word across it must be (a name the
        dictionary barely knows, 金白银 of 真金白银, gives way to a rarer word)."""
        return (p > 0 and is_han(text[p - 1])
                and nlp.word_frequency(text[p - 1] + name[0], self.cache_dir)
                >= glued
                and nlp.word_frequency(name[1:], self.cache_dir) > 0)

    def _name_lists(self, text: str) -> Iterable[Span]:
        """A long run printed as names only, without separators (治丧委员会名单).

        The run, between delimiters or (女)-style notes, must split completely into names
        (a family name and one or two given-name characters that are no function words),
        with at least ``_LIST_MIN`` names: ordinary prose does not split that way.
        """
        for m in self._list_runs.finditer(text):
            run = m.group()
            if len(_NOT_GIVEN_CHAR.findall(run)) > 2:
                continue  # a list starts with a name and holds (almost) no function words
            if self._title_re.search(run) or any(w in run for w in self._district_words):
                continue  # 石柱县文化旅游委主任: titles and places are no list of names
            cuts = self._split_names(run)
            if cuts is None or len(cuts) < _LIST_MIN:
                continue
            words = sum(self._plain_word(run[a:b]) for a, b in cuts)
            if words >= max(_LIST_WORDS_MAX, _LIST_WORDS_SHARE * len(cuts)):
                continue  # 高标准|农田|项目完…: words of the dictionary, a headline's run
            at = m.start()
            for a, b in cuts:
                yield Span(at + a, at + b, run[a:b], (), "name_list")

    def _plain_word(self, piece: str) -> bool:
        """A word of jieba's dictionary that is no name (农田, 成熟; not 杨梅, which is one)."""
        return bool(nlp.word_frequency(piece, self.cache_dir)) and not (
            nlp.word_tag(piece, self.cache_dir) or "").startswith("nr")

    def _split_names(self, run: str) -> list[tuple[int, int]] | None:
        """``run`` split into names, preferring three-character names; None unless names
        cover nearly all of it (a character the model cannot place is skipped, at a cost)."""
        n = len(run)
        best: list[tuple[int, int, list[tuple[int, int]]]] = [(0, 0, [])] * (n + 1)
        for i in range(n - 1, -1, -1):
            score, covered, cuts = best[i + 1]
            options = [(score - 3, covered, cuts)]  # skip one character
            s = self.surname_len(run, i)
            for given in (2, 1) if s else ():
                j = i + s + given
                if j > n or any(c in _NOT_GIVEN or c in _ORGAN_CHARS for c in run[i + s:j]):
                    continue
                score, covered, cuts = best[j]
                options.append((score + (2 if given == 2 else 1), covered + j - i,
                                [(i, j), *cuts]))
            best[i] = max(options, key=lambda o: (o[0], o[1]))
        _, covered, cuts = best[0]
        return cuts if covered >= _LIST_COVER * n else None

    def _noun_follows(self, words: list[str], j: int) -> bool:
        """The word at ``j`` is a noun that would make the name part of a longer name."""
        if j >= len(words):
            return False
        w = words[j]
        if w in self._title_set or not all(is_han(c) for c in w):
            return False
        tag = nlp.tags(self.cache_dir).get(w) or ""
        return tag[:2] in ("n", "nt", "ns", "nz") and not tag.startswith("nr")

    def _glued_after(self, text: str, e: int) -> bool:
        """The character before ``e`` and the one after it make a common word (来|说)."""
        pair = text[e - 1:e + 1]
        return (len(pair) == 2 and is_han(pair[1])
                and nlp.word_frequency(pair, self.cache_dir) >= _GLUED_FREQ
                and not (nlp.word_tag(pair, self.cache_dir) or "").startswith("nr"))

    def _boundary_before(self, text: str, s: int) -> bool:
        """What precedes a title-less name: a delimiter or a word that ends before names."""
        return bool(_BEFORE_NAME.search(text[max(0, s - 4):s]))

    def untitled_ok(self, name: str) -> bool:
        """A title-less name: family name, plausible, not a word; jieba or the model agree."""
        ok = self._untitled_cache.get(name)
        if ok is None:
            ok = self._untitled_cache[name] = self._untitled_ok(name)
        return ok

    def _untitled_ok(self, name: str) -> bool:
        surname = self.surname_len(name, 0)
        if not surname or not 1 <= len(name) - surname <= 2:
            return False
        if len(name) < 3:
            return False  # two characters with no title are too often words (康养, 成渝)
        if any(c in _PARTICLES for c in name[surname:]):
            return False  # 管|得好: a particle is no part of a given name
        if name.endswith(_NOT_NAME_END) or not self.plausible(name):
            return False
        tag = nlp.word_tag(name, self.cache_dir) or ""
        freq = nlp.word_frequency(name, self.cache_dir)
        if freq > 0 and not tag.startswith("nr"):
            return False  # 安全感, 幸福感: dictionary words that are not names
        head = name[:2]
        if len(name) == 3 and surname == 1 and (
                nlp.word_frequency(head, self.cache_dir) >= _COMMON_WORD_FREQ):
            return False  # 农家乐, 向阳花: starts with a common word (jieba files 向阳 as nr)
        tail = name[surname:]
        if surname == 2 and (nlp.word_tag(tail, self.cache_dir) or "").startswith("ns"):
            return False  # 百里竹海: a family name that is a word too (百里) before a place
        if (len(tail) == 2 and self._common_tail(tail)
                and not self._district_given_name(name, surname)):
            return False  # 应国家, 但本人: a family-name character and a common word
        if len(name) == 3 and name[2] in _NAME_TAIL_WORDS:
            return False  # 万容在: a two-character name and the word after it
        if all(c in _NUMERALS for c in tail):
            return False  # 苗九百(株): a count after a word, no given name
        if all(c in self.gazetteer.abbreviation_chars for c in name):
            return False
        # The surname model decides for words jieba knows: it tags 金佛山, 马拉松 and 明前茶
        # as names too. For strings it does not know, its HMM tagger may vouch instead.
        if self.model_name(name):
            return True
        if freq:
            return False
        words = nlp.posseg(name + "，", self.cache_dir)
        if (len(words) > 2 and len(words[0][0]) == surname and words[1][1].startswith("nr")
                and (words[0][1].startswith("nr") or surname == 2)):
            words = [(words[0][0] + words[1][0], "nr"), *words[2:]]
        return bool(words) and words[0][0] == name and words[0][1].startswith("nr")

    # --- resolution --------------------------------------------------------------------

    def find(self, text: str) -> list[Span]:
        """Every span all finders return, after one overlap resolution, in text order."""
        candidates: list[Span] = []
        seen_methods: set[str] = set()
        for finder in FINDERS:
            if not finder.method or finder.method in seen_methods:
                continue
            seen_methods.add(finder.method)
            candidates.extend(getattr(self, finder.method)(text))
        candidates.sort(key=lambda sp: (_PRIORITY[sp.rule], sp.start, -(sp.end - sp.start)))
        taken = _Intervals()
        for span in candidates:
            taken.add(span)
        self._enumerations(text, taken)
        return list(taken.spans)

    def _enumerations(self, text: str, taken: _Intervals) -> None:
        """Names joined by 、 to an accepted person are people too (rostrum lists)."""
        for span in [sp for sp in taken.spans if sp.kind == "person"]:
            # forwards
            q = span.end
            while q < len(text) and text[q] == "、":
                length = self.name_at(text, q + 1, rare=True) or self.padded_pair(text, q + 1)
                if not length or not taken.add(Span(q + 1, q + 1 + length,
                                                    _unpadded(text[q + 1:q + 1 + length]), (),
                                                    "enumeration")):
                    break
                q = q + 1 + length
            # backwards
            s = span.start
            while s > 1 and text[s - 1] == "、":
                for length in (3, 2, 4):
                    a = s - 1 - length
                    if a < 0:
                        continue
                    name = text[a:s - 1]
                    if a > 0 and is_han(text[a - 1]) and text[a - 1] not in "的和与及对向":
                        continue
                    sl = self.surname_len(name, 0, rare=True)
                    if sl and 1 <= length - sl <= 2 and self.plausible(name) \
                            and taken.add(Span(a, s - 1, name, (), "enumeration")):
                        s = a
                        break
                else:
                    break

    def later_mentions(self, text: str, spans: Sequence[Span], known: Iterable[str]
                       ) -> list[Span]:
        """``spans`` plus every later bare mention of a known name (not 习近平…思想)."""
        by_first, ordered = self._known_index(known)
        taken = _Intervals()
        for sp in spans:
            taken.add(sp)
        if not by_first:
            return list(taken.spans)
        # Only where a known name's first character stands (no alternation of names), in
        # text order: the first characters are few and each is found by ``str.find``.
        starts = sorted(at for first in by_first for at in occurrences(text, first))
        for s in starts:
            name = next((n for n in by_first[text[s]] if text.startswith(n, s)), None)
            if name is None:
                continue
            e = s + len(name)
            if _DOCTRINE.match(text, e) or text.startswith("思想", e):
                continue
            if not (self.followed(text, e) or text.startswith(ordered, e)):
                continue
            if s > 0 and is_han(text[s - 1]) and text[s - 1:e] in known:
                continue
            taken.add(Span(s, e, name, (), "later_mention"))
        return list(taken.spans)

    def _known_index(self, known: Iterable[str]
                     ) -> tuple[dict[str, list[str]], tuple[str, ...]]:
        """The known names by first character, longest first, and all of them: made again
        only when the names change (a story's parts all ask with the same names)."""
        names = frozenset(n for n in known if len(n) >= 2)
        last = self._last_known
        if last is not None and last[0] == names:
            return last[1], last[2]
        by_first: dict[str, list[str]] = {}
        for name in sorted(names, key=_longest_first):
            by_first.setdefault(name[0], []).append(name)
        ordered = tuple(n for group in by_first.values() for n in group)
        self._last_known = (names, by_first, ordered)
        return by_first, ordered

    def caption_name(self, caption: str) -> str | None:
        """A portrait caption that is only a name ("蓝庆华")."""
        text = re.sub(r"\s+", "", caption)
        sl = self.surname_len(text, 0)
        if sl and 1 <= len(text) - sl <= 2 and self.plausible(text):
            return text
        return None


Explainer = Callable[[Span], str]


def _word_starts(words: Iterable[str], at: int) -> dict[int, str]:
    """Where each of ``words`` starts, the first at ``at`` (the word there)."""
    starts = {}
    for word in words:
        starts[at] = word
        at += len(word)
    starts[at] = ""  # the end of the last word
    return starts


def _quoted(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the whole of a quotation (“连心桥”)?"""
    return start > 0 and text[start - 1] in "“「" and text[end:end + 1] in ("”", "」")


def _unpadded(name: str) -> str:
    """A name printed padded to three cells, its padding out (何　平 → 何平)."""
    return name.replace(" ", "").replace("\u3000", "")


def rule_example(rule: str) -> str:
    """The example of a finder (for ``cqnews tag --explain``)."""
    return next((f.example for f in FINDERS if f.name == rule), "")


# Dictionary tags of things, not people: a word so tagged listed beside a dictionary name
# ('一串红、万寿菊、三角梅': flowers) says the list is of things.
_THING_TAGS = frozenset({"n", "nz", "ns", "l", "i", "j", "vn"})
_LONE_THING_TAGS = frozenset({"n", "nz", "l", "i", "vn"})
LIST_ITEM_MAX = 6  # characters of a listed thing's name


def _listed_among_things(text: str, a: int, b: int, tags: dict[str, str]) -> bool:
    """Does ``text[a:b]``, a word the dictionary tags as a name, stand in a list ('、') among
    dictionary words tagged as things, each sibling one ('一串红、万寿菊、三角梅')? Then it is a
    thing too."""
    siblings = []
    if text[a - 1:a] == "、":  # the longest dictionary word ending at the mark
        before = text[max(0, a - 1 - LIST_ITEM_MAX):a - 1]
        siblings.append(next((tags[before[k:]] for k in range(len(before) - 1)
                              if before[k:] in tags), None))
    if text[b:b + 1] == "、":  # the longest one after it
        after = text[b + 1:b + 1 + LIST_ITEM_MAX]
        siblings.append(next((tags[after[:k]] for k in range(len(after), 1, -1)
                              if after[:k] in tags), None))
    # (one sibling alone must be a common noun: a place's name, '江华、…', may stand in a
    # list of people as a name does)
    return bool(siblings) and all(
        tag in (_THING_TAGS if len(siblings) == 2 else _LONE_THING_TAGS) for tag in siblings)

__all__ = ["FINDERS", "Finder", "Lexicon", "PeopleFinder", "Span", "rule_example"]
