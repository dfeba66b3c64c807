"""Tagger: fills the people, districts and keywords of every story and item.

People are found by general patterns of Chinese news text, not by a name list:

* a title phrase printed right before a name (``区委副书记、区长黄祖英``,
  ``市人大代表、南岸区委书记、重庆经开区党工委书记(兼)许洪斌``), the phrase being one or
  more segments separated by ``、``/``，`` that each end in a title word;
* a shared title over an enumeration (``区领导杨峰、章榕、杨辉、陈政参加``);
* a name printed before a top title (``习近平总书记``);
* later bare mentions of someone already named in the same story (``王俊说``), and portrait
  captions that are just a name.

A candidate name is a family name plus one or two characters, accepted only when what
follows it is a delimiter or a word that typically follows a name (表示, 说, 主持, 参加 …);
that is what keeps ``江北区长安三工厂`` or ``领导班子`` from becoming people. jieba (with
our user dictionary) decides where a title phrase starts and feeds the keywords.
"""

from __future__ import annotations

import hashlib
import inspect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from cqnews_site.analyse import nlp
from cqnews_site.inputs import gazetteer as gazetteer_module
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.inputs.lexicon import DATA, read_list
from cqnews_site.model.ids import person_id
from cqnews_site.model.records import Diagnostic, Mention, Page, Story
from cqnews_site.model.text import is_han

if TYPE_CHECKING:
    from cqnews_site.inputs.resources import Resources

# Delimiters that end a title phrase or a name.
_DELIMS = set("，,、；;：:。！？!?“”\"‘’'（）()《》【】「」[]\n\t —…·")
# Separators allowed between the segments of one title phrase.
_TITLE_SEPS = set("、，,")
# Words that typically follow a person's name in news text.
_FOLLOWERS = tuple(
    sorted(
        set(
            "如是说 表示 说道 说 称 认为 指出 强调 介绍 告诉 坦言 直言 透露 提出 建议 呼吁 "
            "主持 出席 "
            "参加 参观 讲话 致辞 会见 看望 接见 陪同 调研 考察 一行 同志 带来 带着 带领 带队 "
            "率队 率团 来到 前往 通过 要求 宣布 回答 接受 表态 谈到 谈及 感慨 笑着 一直 代表 "
            "分别 共同 先后 深入 实地 莅临 出任 担任 荣获 获得 当选 发言 作报告 解读 回忆 "
            "说明 补充 总结 提醒 希望 认真 带头 主动 亲自 现场 正在 还说 也说 对此 就此 "
            "来说 所作 所说 等人 等 对 向 在 就 与 和 及 也 还 则 到 于 是 为 以 的 带 率 讲 谈 "
            "答 曾 已 正 将 被 把 给 同 跟 并 均 都 又 所 作 做 亦 认 看 想 觉 感 ".split()
        ),
        key=len,
        reverse=True,
    )
)
# Tokens that end the part of a clause a title phrase may come from (会见了|重庆市福建商会会长).
_BREAKERS = frozenset(
    "会见了 会见 看望 接见 陪同 对 向 给 让 据 请 邀请 采访 看来 来说 当天 今年 今天 "
    "目前 作为 其中 包括 由 是 有 在 将 为 被 与会 参加 出席 听取 从 把 当 并 "
    "随同 带领 率领 了 的 时 访 专访 走访 拜访 来访 ——访".split()
)
# Conjunctions end a clause only right after a previous name (王俊和|区长黄祖英); inside a
# title they belong to it (工业和信息化部, 城市与区域经济研究所).
_CONJUNCTIONS = frozenset("和 及 以及 与 同".split())
# A name right before one of these is a top leader ("习近平总书记").
_POST_TITLES = ("总书记", "总理", "委员长", "院士", "教授", "研究员")
_ORGAN_ENDINGS = "院会部委局厅所校社队办处科室站"
# A bare name followed (within its clause) by 思想 names a doctrine, not the person.
_DOCTRINE = re.compile(r"^[^，,。、；;：:！!？?\s]{0,8}思想")
# Titles that are local to the page's or item's own district when they name none.
_LOCAL_TITLE = re.compile(
    r"^(?:副)?(?:区|县|镇|乡|街道|村|社区)"
    # a named unit below the district: 青杠街道党工委书记, 白沙镇镇长, 柏林村党支部书记
    r"|^[\u4e00-\u9fff]{1,6}(?:街道|镇|乡|村|社区)(?=党|办事处|人民政府|政府|居委会|村委会|镇长|乡长|村长|主任)"
)
_RUBRIC = re.compile(r"关键词\s*[【\[［〔]\s*[“\"]?(?P<kw>[^】\]］〕]+?)[”\"]?\s*[】\]］〕]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A clause that is only a name and a speech verb: "…。张三说，" — a person even without a title.
_SPEAKER = re.compile(
    r"(?:^|(?<=[，,。；;：:！!？?”“\s、]))(?P<name>[\u4e00-\u9fff]{2,4}?)"
    r"(?=说|表示|告诉|认为|介绍|指出|坦言|直言|透露|感慨|回忆|强调|主持|出席|参加|陪同|一行|等人)"
)
# A three-character name right after a preposition or a list comma, before a delimiter or a
# word that follows names ("…对李建华说", "…与王晓东、"): checked by jieba's tagger too.
_LOOSE = re.compile(
    r"(?:^|(?<=[，,。；;：:！!？?”“\s、对向与同给让请由被把据跟及和]))(?P<name>[\u4e00-\u9fff]{3})"
)
# "江泽民同志": a full three-character name addressed as 同志.
_COMRADE = re.compile(r"(?P<name>[\u4e00-\u9fff]{3})同志")
# Endings that make a "name" an organisation or a place: 林业局表示, 该村说.
_NOT_NAME_END = tuple(
    "局委院所队站办厅部处科司社馆校县区市镇乡村组会省州们"
    "感性化率度型式法论观者品业物场园点线面路街楼厂店港链圈群网库堂室台坝堡岛湾洞"
)
# A family name plus one of these is a form of address, not a name.
_FORMS_OF_ADDRESS = ("女士", "先生", "师傅", "大爷", "大妈", "大姐", "大哥", "阿姨", "老人",
                     "同学", "老师", "总", "局", "书记", "院长", "主任")
_COMMON_WORD_FREQ = 300  # a two-character "name" this frequent in jieba's dictionary is a word

# Keyword candidates: jieba dictionary tags that name things readers look for.
_KEYWORD_TAGS = frozenset({"n", "nz", "nt", "ns", "nl", "vn", "eng"})
# A keyword never ends in a bound suffix or particle (同志们, 代表们).
_NOT_KEYWORD_END = frozenset("们的了着")
# Stand-ins for stories with fewer than MIN_NOUNS noun candidates: verbs, idioms, set phrases.
_FILL_TAGS = frozenset({"v", "i", "l"})
MIN_NOUNS = 5
CANDIDATES = 20  # ranked candidates per story; the index keeps the best 5–10 for the corpus
TERM_BOOST = 1.3  # a dictionary term outranks the single words it is made of
PHRASE_BOOST = 1.2  # two joined nouns outrank either noun alone
MAX_PHRASE = 6

CODE_VERSION = "tagger-1"


@dataclass
class _Found:
    """A person mention found in one part of a story."""

    name: str
    titles: list[str] = field(default_factory=list)
    start: int = 0
    context: str | None = None  # district of the person printed just before (县委书记甲、县长乙)


class Tagger:
    """People, districts and keywords for pages and free text; load once per build."""

    def __init__(self, cache_dir: Path, gazetteer: Gazetteer) -> None:
        self.cache_dir = Path(cache_dir)
        self.gazetteer = gazetteer
        titles = read_list("titles.txt")
        self.title_words = tuple(sorted(set(titles), key=len, reverse=True))
        surnames = read_list("surnames.txt")
        self.compound_surnames = frozenset(s for s in surnames if len(s) == 2)
        self.surnames = frozenset(s for s in surnames if len(s) == 1)
        self.stop_keywords = frozenset(read_list("keyword_stop.txt"))
        self._title_re = re.compile(
            "(?:" + "|".join(map(re.escape, self.title_words)) + r")(?:[(（]兼[)）])?"
        )
        self._district_words = frozenset(
            w
            for d in gazetteer.districts
            for w in (d.name, d.short, *d.aliases, *(f for f, _ in d.former))
        )
        self._long_titles = tuple(t for t in self.title_words if len(t) >= 2)
        self._word_ok: dict[str, bool] = {}
        self._fill_tag: dict[str, str] = {}
        terms = sorted(set(read_list("terms.txt")), key=lambda t: (-len(t), t))
        self._terms_re = re.compile("|".join(map(re.escape, terms)) if terms else "(?!)")
        digest = hashlib.sha256()
        for name in ("titles.txt", "surnames.txt", "keyword_stop.txt", "org_suffixes.txt",
                     "terms.txt"):
            digest.update((DATA / name).read_bytes())
        digest.update(gazetteer.digest.encode())
        digest.update(CODE_VERSION.encode())
        for module in (inspect.getmodule(Tagger), nlp, gazetteer_module):
            digest.update(inspect.getsource(module).encode())
        digest.update(nlp.jieba_version().encode())
        self.version: str = digest.hexdigest()[:16]

    @classmethod
    def load(cls, resources: Resources) -> Tagger:
        """The tagger for a build: dictionaries and jieba loaded once."""
        cache_dir = resources.cache or Path(".cache")
        tagger = cls(cache_dir, resources.gazetteer)
        nlp.tokenizer(cache_dir, resources.gazetteer)
        nlp.word_tag("重庆", cache_dir)  # loads the part-of-speech table now, not mid-build
        return tagger

    # --- names -------------------------------------------------------------------------

    def _surname_len(self, text: str, p: int) -> int:
        if text[p:p + 2] in self.compound_surnames:
            return 2
        return 1 if text[p:p + 1] in self.surnames else 0

    def _followed(self, text: str, q: int) -> bool:
        """A name may end at ``q``: a delimiter, a word that follows names, or a title."""
        if q >= len(text):
            return True
        if text[q] in _DELIMS or not is_han(text[q]):
            return True
        return text.startswith(_FOLLOWERS, q) or text.startswith(self.title_words, q)

    def _plausible(self, name: str) -> bool:
        if not all(is_han(c) for c in name):
            return False
        if len(name) == 2 and name[0] == name[1]:  # 殷殷, 纷纷: reduplicated words
            return False
        if name.endswith(_FORMS_OF_ADDRESS) or "某" in name:  # 王女士, 李大爷, 张某
            return False
        if name in self._district_words or name in self.title_words:
            return False
        if name.endswith(self._long_titles) or name.startswith(self._long_titles):
            return False  # 居民代表面对面: "代表面" starts with a title word
        # A frequent two-character word is no name (强调, 参加) unless jieba itself files it
        # as a person's name (李娜/nr).
        return not (
            len(name) == 2
            and nlp.word_frequency(name, self.cache_dir) >= _COMMON_WORD_FREQ
            and not (nlp.word_tag(name, self.cache_dir) or "").startswith("nr")
        )

    def name_at(self, text: str, p: int, titled: bool = False) -> int:
        """Length of a plausible personal name starting at ``p`` (0 if none).

        The name must be followed by a delimiter or a word that typically follows a name.
        Right after a title (``titled``) a name is expected, so when no such word follows,
        jieba's HMM decides where the name ends (蓝庆华|围绕).
        """
        s = self._surname_len(text, p)
        if not s:
            return 0
        for length in (s + 1, s + 2):
            if p + length > len(text):
                break
            name = text[p:p + length]
            if self._followed(text, p + length) and self._plausible(name):
                return length
        if titled:
            # Only a person-name token followed by a verb: 蓝庆华/nr 围绕/v, not 安三/nr 工厂/n.
            words = nlp.posseg(text[p:p + 10], self.cache_dir)
            # 蓝/nr 海涛/nr 围绕/v: jieba split the family name off.
            if (len(words) >= 3 and words[0][1].startswith("nr") and len(words[0][0]) == s
                    and len(words[1][0]) <= 2 and words[1][1] != "x"):
                words = [(words[0][0] + words[1][0], "nr"), *words[2:]]
            if len(words) >= 2 and words[0][1].startswith("nr") and words[1][1].startswith("v"):
                length = len(words[0][0])
                if s < length <= s + 2 and self._plausible(text[p:p + length]):
                    return length
        return 0

    def _title_chain(self, text: str, end: int, floor: int) -> tuple[list[str], int]:
        """The title segments printed before ``end`` (split at 、 and ，) and where they start."""
        titles: list[str] = []
        pos = end
        first = end
        while pos > floor:
            start = pos
            if re.search(r"[(（]兼[)）]$", text[max(floor, pos - 3):pos]):
                start = pos - 3
            while start > floor:
                if text[start - 1] in ")）":
                    # 研究院(中国乡村建设学院)副院长: a bracketed aside inside the title
                    opening = max(text.rfind("(", floor, start - 1),
                                  text.rfind("（", floor, start - 1))
                    if opening >= 0 and start - opening <= 20 and opening > floor:
                        start = opening
                        continue
                    break
                if text[start - 1] in _DELIMS:
                    break
                start -= 1
            segment = text[start:pos]
            core = re.sub(r"[(（]兼[)）]$", "", segment)
            if not core or not core.endswith(self.title_words):
                break
            trimmed = self._trim(segment)
            if titles and trimmed != segment and text[pos] in "，,":
                break  # across a comma only a clean title phrase belongs to this name
            if trimmed:
                titles.append(trimmed)
                first = pos - len(trimmed)
            if trimmed != segment or start <= floor or text[start - 1] not in _TITLE_SEPS:
                break
            pos = start - 1
        titles.reverse()
        return titles, first

    def _trim(self, segment: str) -> str:
        """Drop the clause words before a title: 会见了重庆市福建商会会长 → 重庆市福建商会会长."""
        words = nlp.cut(segment, self.cache_dir)
        cut_at = 0
        offset = 0
        for word in words[:-1]:
            start = offset
            offset += len(word)
            number = re.fullmatch(r"[\d０-９]+[年月日号]?", word)
            if word in _BREAKERS or number or (word in _CONJUNCTIONS and start == cut_at):
                cut_at = offset
        trimmed = segment[cut_at:]
        # A title never starts with a date like 2月20日.
        trimmed = re.sub(r"^[\d０-９]+月[\d０-９]+日", "", trimmed)
        return trimmed if len(trimmed) >= 2 else ""

    def find_people(self, text: str) -> list[_Found]:
        """People printed with a title in ``text`` (title before, enumeration, or 总书记 after)."""
        found: list[_Found] = []
        taken: list[tuple[int, int]] = []
        floor = 0
        for m in self._title_re.finditer(text):
            if m.group() in _POST_TITLES and self._name_before(text, m.start()):
                continue  # 习近平总书记殷殷嘱托: the title belongs to the name before it
            if m.start() and text[m.start() - 1] in "等们":
                continue  # 潘家恩等院士齐聚: a plural, not a title before a name
            p = m.end()
            if p < len(text) and text[p] in " \u3000" and p + 1 < len(text):
                p += 1
            length = self.name_at(text, p, titled=True)
            if not length:
                continue
            titles, first = self._title_chain(text, m.end(), floor)
            if not titles:
                continue
            group = [(p, length)]
            q = p + length
            while q < len(text) and text[q] == "、":
                nxt = self.name_at(text, q + 1)
                if not nxt:
                    break
                group.append((q + 1, nxt))
                q = q + 1 + nxt
            context = None
            if found and 0 <= first - (found[-1].start + len(found[-1].name)) <= 1:
                # 酉阳县委书记付冰、县长冯伟: a bare title right after a named one shares its place
                before = found[-1]
                context = next(
                    (d for t in before.titles for d in self.gazetteer.names_in(t)), None
                ) or before.context
            for start, n in group:
                found.append(_Found(text[start:start + n], list(titles), start, context))
                taken.append((start, start + n))
            floor = q
        for title in _POST_TITLES:
            for m in re.finditer(re.escape(title), text):
                e = m.start()
                length = self._name_before(text, e)
                s = e - length
                if length and not any(a < e and s < b for a, b in taken):
                    found.append(_Found(text[s:e], [title], s))
                    taken.append((s, e))
        for m in _LOOSE.finditer(text):
            s, e = m.span("name")
            if any(a < e and s < b for a, b in taken) or not self._followed(text, e):
                continue
            if self._speaker_name(m.group("name")):
                found.append(_Found(m.group("name"), [], s))
                taken.append((s, e))
        for m in [*_SPEAKER.finditer(text), *_COMRADE.finditer(text)]:
            s, e = m.span("name")
            if any(a < e and s < b for a, b in taken):
                continue
            if self._speaker_name(m.group("name")):
                found.append(_Found(m.group("name"), [], s))
                taken.append((s, e))
        found.sort(key=lambda f: f.start)
        return found

    def _speaker_name(self, name: str) -> bool:
        """A title-less speaker: family name, plausible, and jieba tags it as a person."""
        surname = self._surname_len(name, 0)
        # Two-character "names" with no title are too often words (康养, 成渝说): skip them.
        if not surname or len(name) < 3 or not 1 <= len(name) - surname <= 2:
            return False
        if name.endswith(_NOT_NAME_END) or not self._plausible(name):
            return False
        tag = nlp.word_tag(name, self.cache_dir) or ""
        if nlp.word_frequency(name, self.cache_dir) > 0 and not tag.startswith("nr"):
            return False  # 安全感, 幸福感: dictionary words that are not names
        if all(c in self.gazetteer.abbreviation_chars for c in name):  # 万开云
            return False
        words = nlp.posseg(name + "，", self.cache_dir)
        if (len(words) > 2 and len(words[0][0]) == surname and words[1][1].startswith("nr")
                and (words[0][1].startswith("nr") or surname == 2)):
            words = [(words[0][0] + words[1][0], "nr"), *words[2:]]  # 欧阳/娜娜, 蓝/海涛
        return bool(words) and words[0][0] == name and words[0][1].startswith("nr")

    def _name_before(self, text: str, end: int) -> int:
        """Length of a plausible name ending at ``end`` (for 习近平总书记), 0 if none."""
        for length in (4, 3, 2):
            s = end - length
            if s < 0 or not self._plausible(text[s:end]):
                continue
            if length == 4 and self._surname_len(text, s) != 2:
                continue  # four characters only with a compound family name (欧阳明高)
            if s > 0 and text[s - 1:s + 1] in self.compound_surnames:
                continue  # would cut 欧阳 in half
            if text[end - 1] in _ORGAN_ENDINGS:
                continue  # 中国工程院院士: 程院 ends like an organisation, not a person
            if self._surname_len(text, s):
                return length
        return 0

    def bare_mentions(self, text: str, known: list[str]) -> list[_Found]:
        """Occurrences of already-known names that stand for the person (not 习近平…思想)."""
        found: list[_Found] = []
        spans: list[tuple[int, int, str]] = []
        for name in sorted(set(known), key=len, reverse=True):
            for m in re.finditer(re.escape(name), text):
                s, e = m.span()
                if any(a <= s and e <= b for a, b, _ in spans):
                    continue
                after = text[e:]
                if _DOCTRINE.match(after):
                    continue
                if not (self._followed(text, e) or after.startswith(tuple(known))):
                    continue
                if s > 0 and is_han(text[s - 1]) and self._surname_len(text, s - 1) and (
                    text[s - 1:e] in known
                ):
                    continue
                spans.append((s, e, name))
        for s, _e, name in sorted(spans):
            found.append(_Found(name, [], s))
        return found

    def caption_name(self, caption: str) -> str | None:
        """A portrait caption that is only a name ("蓝庆华")."""
        text = re.sub(r"\s+", "", caption)
        if 2 <= len(text) <= 4 and self._surname_len(text, 0) and self._plausible(text):
            return text
        return None

    # --- districts ---------------------------------------------------------------------

    def districts_in(self, text: str, date: str | None = None) -> list[str]:
        """Canonical districts named in ``text`` in order of first appearance."""
        return self.gazetteer.names_in(text, date)

    def person_district(
        self, titles: list[str], default: str | None, date: str | None
    ) -> str | None:
        """A person's district: named in a title, or the local default for a bare 区/县 title."""
        for title in titles:
            names = self.gazetteer.names_in(title, date)
            if names:
                return names[0]
        if default:
            info = self.gazetteer.info(default)
            for title in titles:
                m = _LOCAL_TITLE.match(title)
                if not m or "市" in title[:3] or "全国" in title:
                    continue
                word = m.group()
                if info is None:
                    return default
                if "县" in word and info.level == "区":
                    continue
                if "区" in word and info.level in ("县", "自治县"):
                    continue
                return default
        return None

    # --- keywords ----------------------------------------------------------------------

    def keywords(self, text: str, headline: str = "", exclude: set[str] | None = None,
                 limit: int = CANDIDATES) -> list[str]:
        """Up to ``limit`` ranked keyword candidates: rubric keywords first, then TF-IDF.

        Candidates are nouns (jieba's dictionary tag, looked up per word, no tagging of the
        whole text), policy terms from ``data/terms.txt`` kept whole, and two adjacent nouns
        seen together at least twice (养老|设施 → 养老设施); verbs and idioms stand in only when
        a short story has fewer than five nouns. A word inside a longer term printed in the
        same text is never offered on its own. ``headline`` (headline, kicker, subtitle) counts
        double; every candidate is printed in ``headline`` or ``text``, so search finds it.
        ``index.build_archive`` picks the final 5–10 with the corpus' document frequencies.
        """
        exclude = exclude or set()
        chosen = rubric_keywords(text)
        body = _RUBRIC.sub(" ", text)
        idf, median = nlp.idf_table()
        counts: Counter[str] = Counter()
        pairs: Counter[str] = Counter()
        weights: dict[str, float] = {}
        terms_seen: set[str] = set()
        fill: Counter[str] = Counter()  # verbs and idioms, used only when nouns run short
        for weight, part in ((2, headline), (1, body)):
            for piece, is_term in self._term_pieces(part):
                if is_term:
                    terms_seen.add(piece)
                    if (piece not in self.stop_keywords and piece not in self._district_words
                            and not any(n in piece for n in exclude)):
                        counts[piece] += weight
                        # A named term is what readers look for: never below the median IDF.
                        weights.setdefault(piece, TERM_BOOST * max(idf.get(piece, median), median))
                    continue
                previous = ""
                for word in nlp.cut(piece, self.cache_dir):
                    good = self._keyword_candidate(word, exclude)
                    if good:
                        counts[word] += weight
                        weights.setdefault(word, idf.get(word, median))
                        # Only noun + noun joins: a verb or adjective in front makes fragments.
                        if previous and len(previous) + len(word) <= MAX_PHRASE:
                            pairs[previous + word] += weight
                            best = max(idf.get(previous, median), idf.get(word, median))
                            weights.setdefault(previous + word, PHRASE_BOOST * best)
                    elif self._fill_word(word, idf.get(word, 0.0) >= median) and not any(
                            word in n for n in exclude):
                        fill[word] += weight
                    previous = word if good else ""
        for phrase, n in pairs.items():
            if n >= 2 and phrase not in self.stop_keywords:
                counts[phrase] = max(counts[phrase], n)
        total = sum(counts.values()) or 1
        scored = sorted(counts.items(), key=lambda kv: (-(kv[1] / total) * weights[kv[0]], kv[0]))
        printed = f"{headline}\n{body}"
        fills = sorted(fill.items(), key=lambda kv: (-kv[1] * idf.get(kv[0], median), kv[0]))
        for words, until in ((scored, limit), (fills, MIN_NOUNS)):
            for word, _ in words:
                if len(chosen) >= until:
                    break
                if word in chosen or word not in printed or any(n in word for n in exclude):
                    continue
                if any(word in term and word != term for term in terms_seen):
                    continue  # a fragment of a term printed whole (西部陆海 of 西部陆海新通道)
                if not any(_overlaps(word, c) for c in chosen):
                    chosen.append(word)
        return chosen[:limit]

    def _term_pieces(self, text: str) -> list[tuple[str, bool]]:
        """``text`` split into (piece, is_term): dictionary terms (longest first) and the rest."""
        out: list[tuple[str, bool]] = []
        last = 0
        for m in self._terms_re.finditer(text):
            if m.start() > last:
                out.append((text[last:m.start()], False))
            out.append((m.group(), True))
            last = m.end()
        if last < len(text):
            out.append((text[last:], False))
        return out

    def _keyword_candidate(self, word: str, exclude: set[str]) -> bool:
        good = self._word_ok.get(word)
        if good is None:
            good = self._word_ok[word] = self._keyword_word(word)
        return good and not any(word in name for name in exclude)

    def _fill_word(self, word: str, rare: bool) -> bool:
        """A verb or idiom that may stand in for a keyword in a story too short for five nouns.

        Only a rare verb (``rare``: jieba IDF at least the median) says what a story is about:
        履职, not 开展.
        """
        tag = self._fill_tag.get(word, "")
        if word not in self._fill_tag:
            ok = (len(word) >= 2 and all(is_han(c) for c in word)
                  and word not in self.stop_keywords and word not in self._district_words
                  and not word.endswith(self.title_words))
            tag = self._fill_tag[word] = (nlp.word_tag(word, self.cache_dir) or "") if ok else ""
        return tag in _FILL_TAGS and (rare or tag != "v")

    def _keyword_word(self, word: str) -> bool:
        """Whether a word can be a keyword at all (cached: the answer never changes)."""
        if len(word) < 2 or not all(is_han(c) for c in word):
            return False
        if word in self.stop_keywords or word in self._district_words:
            return False
        if word.endswith(self.title_words) or word[-1] in _NOT_KEYWORD_END:
            return False
        tag = nlp.word_tag(word, self.cache_dir)
        # Nouns, organisations, places (districts excluded above), idioms used as nouns and
        # verbal nouns; never person names (nr, nrt, nrfg) or titles (nnt). Words missing
        # from the dictionary are left to the terms list: without HMM they are fragments.
        return tag in _KEYWORD_TAGS

    # --- pages -------------------------------------------------------------------------

    def tag_text(self, text: str, district: str | None = None) -> dict:
        """People (with titles and districts), districts and keywords of any text, as JSON data."""
        default = self._canonical_or_none(district)
        titled = self.find_people(text)
        known = [f.name for f in titled]
        mentions = self._merge(titled + self.bare_mentions(text, known), [])
        default = default or _dominant(self.gazetteer, text, None)
        people = []
        for name, titles, context in mentions:
            home = self.person_district(titles, context or default, None)
            people.append({"name": name, "titles": titles, "district": home,
                           "id": person_id(name, home)})
        names = {p["name"] for p in people}
        return {
            "people": people,
            "districts": self.districts_in(text),
            # No corpus here: the tagger's own ten best.
            "keywords": self.keywords(text, exclude=names, limit=10),
        }

    def _canonical_or_none(self, district: str | None) -> str | None:
        if not district:
            return None
        return self.gazetteer.canonical(district) or district

    @staticmethod
    def _merge(
        body: list[_Found], headline: list[_Found]
    ) -> list[tuple[str, list[str], str | None]]:
        """One entry per name in order of appearance; headline titles only if the body has none.

        Entries are (name, titles, context district).
        """
        order: dict[str, list[str]] = {}
        context: dict[str, str | None] = {}
        for f in sorted(body, key=lambda f: f.start):
            titles = order.setdefault(f.name, [])
            for t in f.titles:
                if t not in titles:
                    titles.append(t)
            if f.context and not context.get(f.name):
                context[f.name] = f.context
        for f in headline:
            if not order.get(f.name):
                order[f.name] = list(f.titles)
                context[f.name] = f.context
        return [(name, titles, context.get(name)) for name, titles in order.items()]

    def page_district(self, page: Page) -> str | None:
        """The district a whole page is about: front matter, banner, or most of its mentions."""
        if page.meta.district:
            return self._canonical_or_none(page.meta.district)
        if page.banner:
            names = self.districts_in(page.banner)
            if len(names) == 1:
                return names[0]
        counts: Counter[str] = Counter()
        for story in page.stories:
            text = "\n".join([story.headline or "", story.full_text])
            for m in self.gazetteer.find(text):
                counts[m.name] += 1
        if not counts:
            return None
        (top, n), total = counts.most_common(1)[0], sum(counts.values())
        return top if n >= 3 and n >= 0.6 * total else None

    def tag_page(self, page: Page) -> Page:
        """A copy of ``page`` whose stories and items carry people, districts and keywords."""
        page_default = self.page_district(page)
        year = page.year
        stories = [self._tag_story(s, page_default, year) for s in page.stories]
        stories = attach_bare_mentions(stories)
        problems = list(page.diagnostics)
        if page.meta.district:
            own = self.gazetteer.canonical(page.meta.district)
            if own:
                # The editor said which district the page is from: every story is about it.
                stories = [s if own in s.districts else replace(s, districts=(own, *s.districts))
                           for s in stories]
            else:
                problems.append(Diagnostic(
                    page.source, 1, "warning",
                    f"front matter district '{page.meta.district}' is not in the gazetteer; "
                    "ignored",
                    "use a district's name (e.g. 北碚区) or add the unit to the gazetteer file",
                ))
        return replace(page, stories=tuple(stories), diagnostics=tuple(problems))

    def _tag_story(self, story: Story, page_default: str | None, year: int | None) -> Story:
        # Names resolve to the units of the story's time; with only the page's year known,
        # the middle of that year stands in for the date.
        date = _iso(story.date, year) or (f"{year:04d}-07-01" if year else None)
        heads = [t for t in (story.kicker, story.headline, story.subtitle) if t]
        body = story.text
        item_parts = [
            "\n".join([*([it.lead] if it.lead else []), it.heading, *it.paragraphs])
            for it in story.items
        ]
        # Districts first: the item's district is the default for its bare 区/县 titles.
        story_districts = self.districts_in("\n".join([*heads, body]), date)
        item_districts = [
            self.districts_in(text, _iso(it.date, year) or date)
            for it, text in zip(story.items, item_parts, strict=True)
        ]
        all_districts = list(
            dict.fromkeys([*story_districts, *(d for ds in item_districts for d in ds)])
        )
        story_default = page_default or _dominant(
            self.gazetteer, "\n".join([*heads, body]), date
        )

        titled_body = self.find_people(body)
        titled_heads = [f for h in heads for f in self.find_people(h)]
        titled_items = [self.find_people(t) for t in item_parts]
        caption_names = [n for c in story.captions if (n := self.caption_name(c))]
        known = list(
            dict.fromkeys(
                [f.name for f in titled_body]
                + [f.name for f in titled_heads]
                + [f.name for fs in titled_items for f in fs]
                + caption_names
            )
        )
        body_found = titled_body + self.bare_mentions(body, known)
        head_found = titled_heads + [f for h in heads for f in self.bare_mentions(h, known)]
        story_people = self._merge(body_found, head_found)
        item_people = [
            self._merge(found + self.bare_mentions(text, known), [])
            for found, text in zip(titled_items, item_parts, strict=True)
        ]
        # Bylines and photo credits are kept apart from the people in the story.
        credited = {*story.reporters, *story.photographers,
                    *(n for it in story.items for n in it.reporters)}
        story_people = [e for e in story_people if e[0] not in credited]
        item_people = [[e for e in people if e[0] not in credited] for people in item_people]
        in_items = {entry[0] for people in item_people for entry in people}
        in_story = {entry[0] for entry in story_people}
        for name in caption_names:
            if name not in in_items and name not in in_story:
                story_people.append((name, [], None))
                in_story.add(name)

        new_items = []
        for it, people, districts in zip(story.items, item_people, item_districts, strict=True):
            default = districts[0] if districts else story_default
            it_date = _iso(it.date, year) or date
            mentions = tuple(self._mention(n, t, c or default, it_date) for n, t, c in people)
            new_items.append(replace(it, people=mentions, districts=tuple(districts)))
        story_mentions = tuple(
            self._mention(n, t, c or story_default, date) for n, t, c in story_people
        )
        names = {m.name for m in story_mentions} | {
            m.name for it in new_items for m in it.people
        }
        names |= set(story.reporters) | set(story.photographers)
        keywords = self.keywords(story.full_text, "\n".join(heads), exclude=names)
        notes = {n.surface: n for n in self.gazetteer.place_notes("\n".join([*heads, body]), date)}
        for it, text in zip(story.items, item_parts, strict=True):
            for note in self.gazetteer.place_notes(text, _iso(it.date, year) or date):
                notes.setdefault(note.surface, note)
        return replace(
            story,
            people=story_mentions,
            districts=tuple(all_districts),
            keywords=tuple(keywords),
            items=tuple(new_items),
            place_notes=tuple(notes.values()),
        )

    def _mention(self, name: str, titles: list[str], default: str | None,
                 date: str | None) -> Mention:
        home = self.person_district(titles, default, date)
        return Mention(name=name, titles=tuple(titles), district=home,
                       person_id=person_id(name, home))


def rubric_keywords(text: str) -> list[str]:
    """Keywords printed as rubrics (``关键词【民生改善】``), quotes removed, in order."""
    out: list[str] = []
    for m in _RUBRIC.finditer(text):
        kw = re.sub(r"[“”\"'‘’]", "", m.group("kw")).strip()
        if kw and kw not in out:
            out.append(kw)
    return out


def _overlaps(a: str, b: str) -> bool:
    """One keyword inside the other, or the two sharing an edge (地区双城 / 双城经济圈)."""
    if a in b or b in a:
        return True
    return any(a[-k:] == b[:k] or b[-k:] == a[:k] for k in range(2, min(len(a), len(b))))


def _iso(date: str | None, year: int | None) -> str | None:
    if not date:
        return None
    if _DATE.match(date):
        return date
    if date.startswith("--") and year:
        return f"{year}-{date[2:]}"
    return None


def _dominant(gazetteer: Gazetteer, text: str, date: str | None) -> str | None:
    """The district a story is mostly about (most mentions, at least half of them)."""
    counts = Counter(m.name for m in gazetteer.find(text, date))
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n * 2 >= sum(counts.values()) else None


def attach_bare_mentions(stories: Sequence[Story]) -> list[Story]:
    """A mention with neither title nor district takes the district its name has elsewhere
    among ``stories``, when that is exactly one (the tagger passes a page, the index the
    whole archive); every mention leaves with a person id."""
    homes: dict[str, set[str]] = defaultdict(set)
    for story in stories:
        for m in (*story.people, *(m for it in story.items for m in it.people)):
            if m.district:
                homes[m.name].add(m.district)

    def fix(people: tuple[Mention, ...]) -> tuple[Mention, ...]:
        out = []
        for m in people:
            known = homes.get(m.name, set())
            if not m.titles and not m.district and len(known) == 1:
                home = next(iter(known))
                m = replace(m, district=home, person_id=person_id(m.name, home))
            elif not m.person_id:
                m = replace(m, person_id=person_id(m.name, m.district))
            out.append(m)
        return tuple(out)

    return [
        replace(s, people=fix(s.people),
                items=tuple(replace(it, people=fix(it.people)) for it in s.items))
        for s in stories
    ]


__all__ = ["Tagger", "attach_bare_mentions", "person_id"]
