"""Line rules: what a single line of a page is, judged on its own.

The classifier is an ordered table of named rules (``RULES``); the first rule that
matches decides the line's kind, and its name travels with the line so that
``cqnews explain`` can say why. Every rule carries a one-line example that the tests
run through the classifier. Words and shapes come from ``inputs/data/layout.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from functools import cache, cached_property

from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.inputs.gazetteer import default as default_gazetteer
from cqnews_site.inputs.lexicon import layout_words, looks_like_name, title_words
from cqnews_site.model.dates import DATE_RE
from cqnews_site.model.text import is_han, normalize

HAN = r"\u4e00-\u9fff"
_NAME = rf"[{HAN}]{{2,4}}"
_NAMES = rf"{_NAME}(?:[ \u3000、]+{_NAME})*"
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# Sentence-final punctuation, possibly followed by closing quotes or brackets.
_CLOSED = re.compile(r"[。！？!?…；;:：][”’」』》)）\]】\"']*$")
BULLETS = "□■◇◆●○▲△★☆▶►"
# A paragraph opening with one of these is a brief (简讯) of its own.
BRIEF_BULLETS = "●■◆▲★▶►"
DECK_DASHES = re.compile(r"^\s*(?:——|--|－－|—|-)\s*")
_RULE = re.compile(r"^[\s\-—_=*~·•.…#]+$")
_BOLD = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)$")
_LABELLED = re.compile(rf"^[{HAN}]{{2,6}}[:：]")


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


def _han_classes(pattern: str) -> str:
    """'H' in a data pattern stands for one Han character, inside a class or alone."""
    parts = re.split(r"(\[[^\]]*\])", pattern)
    return "".join(
        part.replace("H", HAN) if part.startswith("[") else part.replace("H", f"[{HAN}]")
        for part in parts
    )


@cache
def words() -> dict:
    """The layout vocabulary with its regular expressions compiled."""
    data = dict(layout_words())
    roles = _alternation(data["credit_roles"])
    prefixes = _alternation(data["credit_role_prefixes"])
    photo = _alternation(data["photo_marks"])
    data["roles"] = re.compile(rf"(?:{prefixes})*(?:{roles})")
    # Anything up to 16 characters may precede a role: "新重庆-重庆日报记者", "融媒体中心记者".
    data["byline"] = re.compile(
        rf"^[{BULLETS}]?\s*(?:[{HAN}A-Za-z0-9\-—·]{{0,16}}?)(?:{roles})\s*(?P<names>{_NAMES})$"
    )
    data["photo_credit"] = re.compile(
        rf"(?:^|\s|[。，,.])(?:(?:{prefixes})*(?:{roles}))?\s*(?P<names>{_NAMES})\s*(?:{photo})"
        rf"(?:\s*[/／]?\s*(?P<desk>[{HAN}A-Za-z]{{2,8}}))?\s*$"
    )
    data["paren_photo"] = re.compile(
        rf"[(（]\s*(?:(?:{prefixes})*(?:{roles}))?\s*(?P<names>{_NAMES})\s*(?:{photo})\s*[)）]\s*$"
    )
    data["photo_by"] = re.compile(rf"^(?:图|圖|摄影|攝影|图片)\s*[/／:：]\s*(?P<names>{_NAMES})$")
    datelines = "|".join(_han_classes(f) for f in data["datelines"])
    data["dateline"] = re.compile(
        rf"^(?:{datelines})\s*(?:[(（\[]\s*(?P<inner>[^()（）\[\]]{{0,40}})[)）\]])?\s*"
    )
    data["paren_byline"] = re.compile(
        rf"^[(（]\s*(?:{prefixes})*(?:{roles})\s*(?P<names>{_NAMES})\s*[)）]\s*"
    )
    data["closing_credit"] = re.compile(
        rf"^[(（]\s*(?P<inner>(?:[{HAN}\-]{{0,12}}?(?:{roles}))?\s*{_NAMES}"
        rf"(?:\s+(?:{prefixes})*(?:{roles})\s*{_NAMES})*)\s*[)）]$"
    )
    for key in ("masthead", "editors", "weather", "teasers", "notices", "web_chrome", "ads",
                "rubric_shapes", "banner_shapes", "paper_shapes", "lost_notices", "images"):
        flags = re.IGNORECASE if key == "images" else 0  # [Image], [IMG]
        data[key + "_re"] = re.compile("|".join(f"(?:{p})" for p in data[key]), flags)
    data["jump_to_re"] = re.compile(data["jump_to"])
    data["article_info_re"] = re.compile(data["article_info"])
    data["jump_from_re"] = re.compile(data["jump_from"])
    data["doc_types_re"] = re.compile(rf"^(?:{_alternation(data['document_types'])})$")
    data["issuer_re"] = re.compile(rf"^[{HAN}]{{4,30}}(?:{_alternation(data['issuer_endings'])})$")
    data["labels_set"] = frozenset(data["labels"])
    data["town_re"] = re.compile(
        rf"[{HAN}]{{1,6}}(?:{_alternation(data['town_suffixes'])})"
    )
    data["not_names_set"] = frozenset(data["not_names"])
    data["org_marks_re"] = re.compile(_alternation(data["org_marks"]))
    data["report_opening_re"] = re.compile("^(?:" + "|".join(data["report_openings"]) + ")")
    data["end_credit"] = re.compile(
        rf"[(（]\s*(?P<inner>(?:[{HAN}\-]{{0,12}}?(?:{roles})\s*)?"
        rf"[{HAN}]{{1,8}}(?:[ \u3000]+[{HAN}]{{1,8}})*)\s*[)）]\s*$"
    )
    data["unsigned_set"] = frozenset(data["unsigned_credits"])
    return data


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
    rule: str = "body"  # the name of the rule that decided ``kind``
    page: str | None = None  # the page a jump line points to
    norm: str = ""  # the text normalised (computed once, by ``classify``)

    @property
    def normal(self) -> str:
        """The normalised text (computed here for lines made up by the builder)."""
        return self.norm or normalize(self.text)


class Probe:
    """One line in the forms the rules look at; the costlier forms are computed on demand."""

    def __init__(self, text: str, norm: str, level: int, gazetteer: Gazetteer) -> None:
        self.text = text  # display text (Markdown marks removed)
        self.norm = norm  # normalised
        self.level = level
        self.gazetteer = gazetteer  # the build's, with the editor's units

    @cached_property
    def cred(self) -> str:
        """Normalised, with spaced-out single characters of names joined (杨 帆 → 杨帆)."""
        return join_spaced_names(self.norm)

    @cached_property
    def headline_shape(self) -> bool:
        """Short, open, at most one comma (see ``headline_shape``)."""
        return headline_shape(self.text, self.norm)


@dataclass(frozen=True)
class Verdict:
    """What a rule says about a line beyond its kind."""

    names: tuple[str, ...] = ()
    text: str | None = None
    with_photos: bool = False
    page: str | None = None


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
    return bool(_CLOSED.search(text.rstrip()))


def join_spaced_names(text: str) -> str:
    """Join single characters spaced out inside names: '记者 杨 帆 摄' → '记者 杨帆 摄'."""
    photo = set(words()["photo_marks"])
    tokens = text.split(" ")
    out: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1 and is_han(token) and token not in photo:
            run.append(token)
            continue
        if 2 <= len(run) <= 3:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        out.append(token)
    return " ".join(out[:-1])


def person_like(token: str) -> bool:
    """A token that can be a person's whole name (not 记者, not an organisation)."""
    return (looks_like_name(token) and token not in words()["not_names_set"]
            and not org_marks().search(token))


def org_marks() -> re.Pattern[str]:
    """Strings that make a credit token an organisation's name, not a person's."""
    return words()["org_marks_re"]


def credit_names(text: str) -> tuple[str, ...]:
    """Names in a credit, roles removed: '通讯员 谭雪梅 记者 贺文涛' → ('谭雪梅', '贺文涛')."""
    text = words()["roles"].sub(" ", join_spaced_names(normalize(text)))
    return tuple(n for n in re.split(r"[ \u3000、,，]+", text.strip())
                 if n and n not in words()["not_names_set"])


def people_in_credit(inner: str) -> tuple[str, ...]:
    """The names of a credit when every token is a person's name, else ()."""
    # "融媒体中心记者 石晓芸": whatever precedes the first role is the desk, not a name.
    # "本报特派记者 张三 发自北京": where the reporter filed from is no name.
    inner = re.sub(r"\s*(?:发自|發自)\S+$", "", normalize(inner))
    role = words()["roles"].search(inner)
    if role:
        inner = inner[role.start() :]
    names = credit_names(inner)
    if names and all(person_like(n) for n in names):
        return names
    return ()


def headline_shape(text: str, norm: str | None = None) -> bool:
    """Short, no closing punctuation, at most one comma: a headline, kicker or subhead."""
    if len(text) > 200:
        return False  # cheap exit for long paragraphs
    norm = normalize(text) if norm is None else norm
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


_TITLE_WORDS = re.compile("|".join(map(re.escape, title_words())))


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


def _is_speaker(probe: Probe) -> bool:
    """'冉启华 县人大代表、酉水河镇种植大户': a name, a space, then roles, as a speaker line."""
    if len(probe.norm) > 50 or " " not in probe.norm:
        return False
    match = re.match(rf"^({_NAME})\s+([^\s。,，!?！？]{{2,40}})$", probe.cred)
    if not match or not person_like(match[1]) or is_closed(match[2]):
        return False
    return bool(_TITLE_WORDS.search(match[2])) or "、" in match[2]


def _places(gazetteer: Gazetteer, text: str, towns: bool = False) -> bool:
    """Every part of '綦江·万盛' or '江北' is a place the gazetteer knows (or, with ``towns``,
    is shaped like a town or street: 古南街道, 龙池村)."""
    parts = [p for p in re.split(r"[·、 ]+", text) if p]
    return bool(parts) and all(
        gazetteer.canonical(p) or (towns and words()["town_re"].fullmatch(p))
        for p in parts
    )


_KEYWORD_RUBRIC = re.compile(r"^关键词\s*[【\[［〔].+?[】\]］〕]$")
_BRACKET_HEAD = re.compile(r"^[【\[［〔](?P<place>[^】\]］〕]{1,16})[】\]］〕]\s*(?P<rest>.*)$")
_ENUM_HEAD = re.compile(r"^[一二三四五六七八九十]{1,3}[、.]\s*\S")
_CREDIT_PREFIX = re.compile(
    r"^(?P<what>文/图|图/文|文图|文|图)(?:\s*[/／:：|｜]\s*|\s+(?=本报|记者|通讯员))"
)
_AUTHOR_LINE = re.compile(
    rf"^[{BULLETS}]?\s*(?:文|文/图|撰文)\s*[/／|｜:：]\s*(?P<names>{_NAMES})$"
)
_NAMES_ONLY = re.compile(rf"^(?P<names>{_NAMES})$")
_FULL_DATE_LINE = re.compile(
    r"^(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月"
    r"[0-9一二三四五六七八九十]{1,3}日$"
)


def _short_furniture(
    key: str, limit: int = 60, closed: bool = False
) -> Callable[[Probe], bool]:
    """A rule for furniture lines: short, matching ``key``'s patterns, open unless ``closed``."""
    def test(probe: Probe) -> bool:
        return len(probe.norm) <= limit and (closed or not is_closed(probe.norm)) and bool(
            words()[key + "_re"].search(probe.norm)
        )
    return test


def _jump(key: str) -> Callable[[Probe], Verdict | None]:
    def test(probe: Probe) -> Verdict | None:
        match = words()[key + "_re"].match(probe.norm)
        if match and match.end() >= len(probe.norm.rstrip()):
            return Verdict(page=match["page"])
        return None
    return test


def _label(probe: Probe) -> bool:
    bare = probe.norm.replace(" ", "").rstrip(":")
    return bare in words()["labels_set"]


def _closing_credit(probe: Probe) -> Verdict | None:
    if probe.norm[:1] != "(" or not probe.norm.endswith(")") or len(probe.norm) > 60:
        return None
    bare = probe.norm.replace(" ", "").strip("()")
    if probe.norm[:1] == "(" and probe.norm.endswith(")") and bare in words()["unsigned_set"]:
        return Verdict()
    match = words()["closing_credit"].match(probe.cred)
    if match and words()["roles"].search(match["inner"]):
        names = people_in_credit(match["inner"])
        return Verdict(names=names) if names else None
    return None


def _byline(probe: Probe) -> Verdict | None:
    if len(probe.norm) > 60:
        return None
    match = words()["byline"].match(probe.cred) or _AUTHOR_LINE.match(probe.cred)
    if match and not words()["rubric_shapes_re"].search(probe.norm):  # not 记者手记
        return Verdict(names=credit_names(match["names"]))
    return None


def _credit_prefix(probe: Probe) -> Verdict | None:
    if len(probe.norm) > 60:
        return None
    prefix = _CREDIT_PREFIX.match(probe.cred)
    if not prefix:
        return None
    rest = probe.cred[prefix.end() :]
    match = words()["byline"].match(rest) or _NAMES_ONLY.match(rest)
    if match and not words()["rubric_shapes_re"].search(probe.norm):  # not 记者手记
        return Verdict(names=credit_names(match["names"]), with_photos="图" in prefix["what"])
    return None


def _photo_by(probe: Probe) -> Verdict | None:
    if len(probe.norm) > 40:
        return None
    match = words()["photo_by"].match(probe.cred)
    return Verdict(names=credit_names(match["names"])) if match else None


def _photo(caption: bool) -> Callable[[Probe], Verdict | None]:
    def test(probe: Probe) -> Verdict | None:
        tail = probe.cred[-80:]  # a credit ends the line: look at its end only
        if not any(mark in tail for mark in words()["photo_marks"]):
            return None
        match = words()["paren_photo"].search(tail) or words()["photo_credit"].search(tail)
        if not match:
            return None
        names = credit_names(match["names"])
        if not names or not all(person_like(n) for n in names):
            return None
        long_before = len(probe.cred) - len(tail) + len(tail[: match.start()].strip()) > 6
        return Verdict(names=names) if long_before == caption else None
    return test


def _bracket_place(probe: Probe) -> bool:
    match = _BRACKET_HEAD.match(probe.norm)
    return bool(match and match["rest"] and _places(probe.gazetteer, match["place"])
                and headline_shape(match["rest"]))


def _place_line(probe: Probe) -> bool:
    norm = probe.norm
    return len(norm) <= 12 and " " not in norm.strip() and _places(
        probe.gazetteer, norm.replace(" ", "")
    )


def _bulleted_place(probe: Probe) -> Verdict | None:
    norm = probe.norm
    if norm[:1] in BRIEF_BULLETS and _places(probe.gazetteer, norm[1:].strip(), towns=True):
        return Verdict(text=probe.text[1:].strip())
    return None


def _bulleted_subhead(probe: Probe) -> Verdict | None:
    if probe.norm[:1] in BRIEF_BULLETS and len(probe.norm) <= 24 and headline_shape(
        probe.norm[1:].strip()
    ):
        return Verdict(text=probe.text[1:].strip())
    return None


def _enumerated(probe: Probe) -> bool:
    return bool(_ENUM_HEAD.match(probe.norm)) and len(probe.norm) <= 16 and (
        probe.headline_shape
    ) and "," not in probe.norm


def _portrait_name(probe: Probe) -> bool:
    return (
        len(probe.norm) <= 5
        and person_like(probe.norm.replace(" ", ""))
        and not words()["rubric_shapes_re"].search(probe.norm)
        and not probe.norm.endswith(tuple(words()["action_endings"]))
    )


def _headlike(probe: Probe) -> bool:
    return probe.headline_shape and not words()["ads_re"].search(probe.norm)


def _ad(probe: Probe) -> bool:
    if not words()["ads_re"].search(probe.norm):
        return False
    return probe.headline_shape or (len(probe.norm) <= 30 and not is_closed(probe.norm))


# The ordered table: the first rule that answers decides the line's kind.
RULES: tuple[LineRule, ...] = (
    LineRule("markdown-heading", Kind.HEADING, "## 区政府召开常务会议", lambda p: p.level > 0),
    LineRule("rule-line", Kind.NOISE, "————————", lambda p: bool(_RULE.match(p.norm))),
    LineRule("jump-to", Kind.JUMP, "（下转第2版）", _jump("jump_to"),
             "the story goes on on another page: it ends here"),
    LineRule("jump-from", Kind.JUMP, "上接第一版", _jump("jump_from"),
             "the story below continues one from another page"),
    LineRule("image", Kind.NOISE, "[图片]", lambda p: bool(words()["images_re"].match(p.norm)),
             "an image's place; the line under it may be its caption"),
    LineRule("web-chrome", Kind.NOISE, "当前位置：首页 > 新闻中心 > 区县动态",
             _short_furniture("web_chrome", 80, closed=True)),
    LineRule("masthead", Kind.NOISE, "国内统一连续出版物号 CN 50-0052",
             _short_furniture("masthead", 80)),
    LineRule("editors", Kind.NOISE, "本版责编：周 敏  美编：何 丽  校对：刘 洋",
             _short_furniture("editors", 80)),
    LineRule("weather", Kind.NOISE, "今天 多云转阵雨 23℃~32℃ 东南风1~2级",
             _short_furniture("weather", 50)),
    LineRule("teaser", Kind.NOISE, "■ 全县秋季学期开学各项准备工作就绪 2版",
             _short_furniture("teasers", 50)),
    LineRule("page-notice", Kind.NOISE, "本版稿件未經授權不得轉載", _short_furniture("notices")),
    LineRule("lost-notice", Kind.NOISE, "重庆市南川区鑫盛建材经营部遗失公章一枚，声明作废。",
             lambda p: ("遗失" in p.norm or "遺失" in p.norm)
             and bool(words()["lost_notices_re"].search(p.norm)),
             "classified ads for lost documents"),
    LineRule("box-label", Kind.LABEL, "核心提示", _label),
    LineRule("closing-credit", Kind.CREDIT, "（本报记者 周晓岚 实习生 黎嘉怡）", _closing_credit),
    LineRule("byline", Kind.BYLINE, "本报记者 张小明 李大伟", _byline),
    LineRule("credit-prefix", Kind.BYLINE, "文/图 本报记者 张三", _credit_prefix),
    LineRule("photo-by", Kind.PHOTO_CREDIT, "摄影：张三", _photo_by),
    LineRule("photo-credit", Kind.PHOTO_CREDIT, "记者 杨 帆 摄", _photo(caption=False)),
    LineRule("caption", Kind.CAPTION, "游客在草场上休闲露营。记者 杨帆 摄", _photo(caption=True)),
    LineRule("keyword-rubric", Kind.RUBRIC, "关键词【科技创新】",
             lambda p: bool(_KEYWORD_RUBRIC.match(p.norm))),
    LineRule("bracket-place", Kind.RUBRIC, "【綦江·万盛】两地携手签下12项合作事项", _bracket_place,
             "a roundup's brief about one place"),
    LineRule("place-line", Kind.RUBRIC, "巴南区", _place_line,
             "a place name alone heads that place's part of a roundup"),
    LineRule("bulleted-place", Kind.RUBRIC, "■ 江北区", _bulleted_place),
    LineRule("bulleted-subhead", Kind.SUBHEAD, "■从“等客商”到“闯市场”", _bulleted_subhead,
             "a section break inside a feature"),
    LineRule("enumerated-subhead", Kind.SUBHEAD, "一、任命", _enumerated),
    LineRule("date-line", Kind.DATE, "2023年3月29日",
             lambda p: bool(_FULL_DATE_LINE.match(p.norm.replace(" ", "")))),
    LineRule("profile-lead", Kind.LEAD, "市人大代表、万州区区长李庆：", lambda p: _is_lead(p.norm)),
    LineRule("speaker-line", Kind.LEAD, "冉启华 县人大代表、酉水河镇种植大户", _is_speaker),
    LineRule("document-type", Kind.HEADLIKE, "任免名单",
             lambda p: bool(words()["doc_types_re"].match(p.norm)),
             "a document's type under its issuer's name: part of a headline, never a name"),
    LineRule("portrait-name", Kind.NAME, "张三", _portrait_name),
    LineRule("advert", Kind.NOISE, "扫码下单 坏果包赔", _ad),
    LineRule("headline-shape", Kind.HEADLIKE, "黔江区党政代表团来巫考察", _headlike),
    LineRule("body", Kind.BODY, "两天时间里，代表团一行先后来到通城镇。", lambda p: True),
)


def classify(number: int, raw: str, gazetteer: Gazetteer | None = None) -> Line:
    """Classify one line on its own; context is applied later by the story builder.

    ``gazetteer`` is the build's (with the editor's units); the packaged one by default.
    """
    stripped = raw.strip()
    level = 0
    heading = MD_HEADING.match(stripped)
    if heading:
        stripped, level = heading[2].strip(), len(heading[1])
    else:
        for marker in ("> ", "- ", "* ", "+ "):
            if stripped.startswith(marker) and len(stripped) > len(marker):
                stripped = stripped[len(marker) :].strip()  # loose Markdown quotes and lists
        bold = _BOLD.match(stripped)
        stripped = bold[1].strip() if bold else stripped
    norm = normalize(stripped)
    probe = Probe(stripped, norm, level, gazetteer or default_gazetteer())
    for rule in RULES:
        verdict = rule.test(probe)
        if verdict is None or verdict is False:
            continue
        line = Line(number, stripped, level, rule.kind, rule=rule.name, norm=norm)
        if isinstance(verdict, Verdict):
            line.names, line.with_photos, line.page = (
                verdict.names, verdict.with_photos, verdict.page
            )
            if verdict.text:
                line.text, line.norm = verdict.text, normalize(verdict.text)
        return line
    raise AssertionError("the last rule matches every line")


def dateline(norm: str) -> re.Match[str] | None:
    """A story-start marker at the head of a paragraph: 本报讯(记者 霍吕), 城口融媒讯(…)."""
    return words()["dateline"].match(norm) or words()["paren_byline"].match(norm)


def first_date(text: str) -> bool:
    """True when ``text`` holds a month-and-day date."""
    return bool(DATE_RE.search(text))
