"""Districts: which districts a text names, and which district a person serves in.

The gazetteer finds the printed names and applies its own data rules (not_after,
not_before, merged abbreviations). Here one more rule is applied before a match counts:

* ``inside_idiom``: a short name inside a dictionary idiom or set phrase is no mention
  (繁荣昌盛 holds 荣昌): jieba's dictionary knows the idioms.
* ``split_unit``: a unit abolished before the story's date whose area went to several
  units names none of them (2026: '茨竹镇由原渝北区划入北碚区' names 北碚区, not 两江新区); the
  text names the part it means. Its place note for readers stays (the gazetteer's).

A person's district (:func:`person_district`) follows an ordered table of rules, each
with its example; ``cqnews tag --explain`` prints the rule used.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cqnews_site.analyse import nlp
from cqnews_site.inputs.gazetteer import DistrictMatch, Gazetteer
from cqnews_site.inputs.lexicon import read_list
from cqnews_site.model.text import longest_first

_TOWN = ("镇", "乡", "村", "街道", "社区")  # a town's (or a village's) unit, under a district
# Titles that are local to the page's or item's own district when they name none.
_LOCAL_TITLE = re.compile(
    rf"^(?:副)?(?:区|县|{'|'.join(_TOWN)})"
    rf"|^[\u4e00-\u9fff]{{1,6}}(?:{'|'.join(_TOWN)})"
    r"(?=党|办事处|人民政府|政府|居委会|村委会|镇长|乡长|村长|主任)"
)
# Titles of the city, the province or the nation: no district of their own. A company
# registered as 重庆… (重庆锐锋刀具有限公司总经理) is no body of the city: it has a place;
# a 市民 is a resident, not the city's (but 市民政局 and 市民宗委 are its bureaus), and 市级
# grades what a local person holds (市级非遗传承人, 市级科技特派员), unless it is a body's.
_HIGHER = re.compile(r"^(?:重庆(?![^、，]*?(?:公司|集团|工厂|合作社))"
                     r"|市(?!民(?![政宗])|级(?!机关|部门|单位|领导))"
                     r"|全国|中国|中央|国家|国务院|中共中央|省|自治区)")
# A title naming some other unit with 区/县 (双桥经开区党工委副书记): not the page's district.
# (县级 and 区级 grade what is held there: 郁江县级河长, 区级非遗代表性传承人)
_OTHER_UNIT = re.compile(r"[\u4e00-\u9fff]{2,}(?:区|县)(?!长|委|政府|人民|人大|政协|级)")
_COUNTY_CITY = "县级市"  # the gazetteer's level of a county-level city
_COUNTIES = ("县", "自治县")
_WARDS_UNTIL = "1993"  # counties' 区 (区公所) were abolished in 1992 (撤区并乡建镇)
_IDIOM_TAGS = ("i", "l")
_SENTENCE = 200  # characters looked back for the district a resident is named with
_LIST_PART = 120  # characters looked ahead for the bracket closing a list's group of names
_BRACKET = re.compile(r"[(（]([^()（）]{1,16})[)）]")
_OWN_BRACKETS = re.compile(r"(?:[(（][^()（）]{1,16}[)）])+")  # right after the name
_GROUP_BRACKET = re.compile(r"[(（]以上([^()（）]{2,16})[)）]")  # (以上开县): the names before
# A winner's work between the name and its bracket, and a joint author before it
# ('黄德明《十八梯的石板路》（渝中区）', '刘德明/刘小雨《爷爷的老茶馆》（沙坪坝区）').
_WORK_BEFORE_BRACKET = re.compile(
    r"^(?:[/／][\u4e00-\u9fff][\u4e00-\u9fff\u3000 ]{1,4})?《[^《》]{1,30}》(?=[(（])")
FILES = ("outside_places.txt", "unplaced_titles.txt", "area_words.txt")
_FOUND_TEXTS = 16  # texts whose mentions ``DistrictFinder.find`` keeps
_IDIOM_WINDOWS = 100_000  # answers of ``_inside_idiom`` kept (a few MB at most)


@dataclass(frozen=True)
class Placed:
    """A person's district and the rule that gave it."""

    district: str | None
    rule: str


# The person-district rules in order (name, example).
PERSON_RULES: tuple[tuple[str, str], ...] = (
    ("named_in_title", "合川区委书记 → 合川区"),
    ("bracket_after", "周光明（北碚区）; 谭德贵、向明清（以上万州区） → 万州区 for both"),
    ("outside_chongqing", "上海市副区长 → none"),
    ("local_city_title", "市委书记 on a 1998 江津市 page → 江津市 (a county-level city's own)"),
    ("higher_level", "市委书记, 全国人大代表 → none (but 市人大代表、县经信委主任: local_title)"),
    ("county_ward", "赶水区区长, 区委书记 on a 1991 綦江县 page → 綦江县 (a county's 区公所)"),
    ("other_unit", "双桥经开区党工委副书记 → none"),
    ("local_title", "区委书记 on a 北碚 page → 北碚区"),
    ("context", "县委书记甲、县长乙 → 乙 shares 甲's county"),
    ("local_title_level", "县委书记 on a 黔江区 story that names 巫溪县 → 巫溪县"),
    ("unplaced_title", "王某教授, 某某院士 → none"),
    ("resident", "村民, 店主 or no title → the district named before in the sentence, "
                 "else the story's"),
)


class DistrictFinder:
    """Districts named in text, with the tagger's extra rules over the gazetteer."""

    def __init__(self, gazetteer: Gazetteer, cache_dir) -> None:
        self.gazetteer = gazetteer
        self.cache_dir = cache_dir
        self.outside = tuple(read_list("outside_places.txt"))
        self.unplaced = tuple(read_list("unplaced_titles.txt"))
        self._areas = re.compile(longest_first(set(read_list("area_words.txt"))))
        # The last texts' mentions: a story's text is asked for its districts, its dominant
        # district and its people's places in turn.
        self._found: dict[tuple[str, str | None], tuple[DistrictMatch, ...]] = {}
        self._idioms: dict[tuple[str, int, int], bool] = {}

    def find(self, text: str, date: str | None = None) -> list[DistrictMatch]:
        """Every counted district mention, left to right."""
        key = (text, date)
        found = self._found.get(key)
        if found is None:
            found = tuple(m for m in self.gazetteer.find(text, date)
                          if not self._inside_idiom(text, m)
                          and not self.gazetteer.split_before(m.surface, date))
            if len(self._found) >= _FOUND_TEXTS:
                self._found.clear()
            self._found[key] = found
        return list(found)

    def explain(self, text: str, date: str | None = None) -> list[tuple[DistrictMatch, str]]:
        """Every gazetteer match with the rule that decided it: counted, inside_idiom or split_unit.

        (Matches the gazetteer's own data rules drop — not_after, not_before, merged
        abbreviations — never reach this list; a split unit's is listed as split_unit.)
        """
        return [(m, "inside_idiom" if self._inside_idiom(text, m)
                 else "split_unit" if self.gazetteer.split_before(m.surface, date)
                 else self._kind(m))
                for m in self.gazetteer.find(text, date)]

    def _kind(self, m: DistrictMatch) -> str:
        info = self.gazetteer.info(m.name)
        if info is not None and m.surface == info.name:
            return "full_name"
        if info is not None and m.surface in (info.short, *info.aliases):
            return "short_name"
        return "other_name"  # a former name or a landmark

    def names_in(self, text: str, date: str | None = None) -> list[str]:
        """Canonical districts named in ``text`` in order of first appearance."""
        return list(dict.fromkeys(m.name for m in self.find(text, date)))

    def _inside_idiom(self, text: str, m: DistrictMatch) -> bool:
        if len(m.surface) > 2:
            return False
        # The answer depends on the few characters around the match only: remembered by
        # them (the same short names stand in the same phrases again and again).
        low = max(0, m.start - 3)
        key = (text[low:min(len(text), m.start + 5)], m.start - low, m.end - low)
        inside = self._idioms.get(key)
        if inside is None:
            if len(self._idioms) >= _IDIOM_WINDOWS:
                self._idioms.clear()
            inside = self._idioms[key] = self._in_idiom(*key)
        return inside

    def _in_idiom(self, text: str, start: int, end: int) -> bool:
        """A dictionary idiom of four or more characters holds ``text[start:end]`` (and more)."""
        tags = nlp.tags(self.cache_dir)
        for a in range(max(0, start - 3), start + 1):
            for b in range(max(end, a + 3), min(len(text), a + 5) + 1):
                if a == start and b == end:
                    continue
                word = text[a:b]
                if len(word) >= 4 and (tags.get(word) or "") in _IDIOM_TAGS:
                    return True
        return False

    def named_before(self, text: str, at: int, date: str | None = None) -> str | None:
        """The district named last before ``at`` in the same sentence (None if none)."""
        start = max(text.rfind(c, 0, at) for c in "。！？!?\n") + 1
        found = self.find(text[start:at], date) if at - start <= _SENTENCE else []
        return found[-1].name if found else None

    def named_in_bracket_after(self, text: str, end: int, date: str | None = None
                               ) -> str | None:
        """The district a list's bracket gives the name ending at ``end``: its own, after
        any other notes (周光明（北碚区）, 马世华（土家族，石柱县）) or after the winner's work
        (黄德明《十八梯的石板路》（渝中区）), or its group's, closing the names before it up to
        a semicolon (谭德贵、李春兰（女）、向明清（以上万州区）)."""
        part = text[end:end + _LIST_PART]
        if not part.startswith(("（", "(", "《", "/", "／")) and "以上" not in part:
            return None  # (most names: asked of every one, this is its whole cost)
        if work := _WORK_BEFORE_BRACKET.match(part):
            part = part[work.end():]
        stops = [i for c in "；;。\n" if (i := part.find(c)) >= 0]
        part = part[:min(stops, default=len(part))]
        own = _OWN_BRACKETS.match(part)
        notes = [*_BRACKET.findall(own[0])] if own else []
        if group := _GROUP_BRACKET.search(part):
            notes.append(group[1])
        for note in notes:
            found = self.find(note, date)
            if found:
                return found[-1].name
        return None

    def _outside(self, title: str) -> bool:
        """Whether ``title`` names a place outside Chongqing: a word of it starts with one
        (上海市副区长, 四川美术学院), and no town's unit follows it (太原镇林业站站长: a town
        here, named after the city elsewhere); a
        word that only holds one (金佛山, 南川's mountain, holds 佛山) is no mention."""
        if not any(place in title for place in self.outside):
            return False  # (most titles: the cut below is the cost of the few left)
        at = 0
        for word in nlp.cut(title, self.cache_dir):
            for place in self.outside:
                if word.startswith(place) and not title.startswith(_TOWN, at + len(place)):
                    return True
            at += len(word)
        return False

    def dominant(self, text: str, date: str | None) -> str | None:
        """The district a story is mostly about (most mentions, at least half of them)."""
        counts = Counter(m.name for m in self.find(text, date))
        if not counts:
            return None
        top, n = counts.most_common(1)[0]
        return top if n * 2 >= sum(counts.values()) else None

    def person_district(self, titles, default: str | None, date: str | None,
                        context: str | None = None, others: Sequence[str] = (),
                        near: str | None = None, bracket: str | None = None) -> Placed:
        """A person's district by the first rule of ``PERSON_RULES`` that applies.

        ``others`` are the districts of the story (a bare 县委书记 on a story mostly about a
        区 serves the one county among them); ``near`` is the district named last before the
        person in the same sentence (在万盛经开区开小餐馆的王某); ``bracket`` the district a
        list's bracket gives the name (``named_in_bracket_after``).
        """
        for title in titles:
            names = self.names_in(title, date)
            if names:
                return Placed(names[0], "named_in_title")
        if bracket:
            return Placed(bracket, "bracket_after")
        if any(self._outside(t) for t in titles):
            return Placed(None, "outside_chongqing")
        home = self.gazetteer.info(default) if default else None
        level = home.level if home is not None else None
        higher = [t for t in titles if _HIGHER.match(t)]
        if higher and level == _COUNTY_CITY and all(t.startswith("市") for t in higher):
            # A county-level city (1992–2006: 江津市, 永川市 …) has its own 市委, 市长 and
            # bureaus: on its page a bare 市 title is the city's, as a bare 区 title is the
            # district's on a district's page.
            return Placed(default, "local_city_title")
        if higher and not any(_LOCAL_TITLE.match(t) for t in titles):
            # (a deputy to the city's congress who is also 县经信委主任 or 社区居委会主任
            # serves where that title is: the local title decides, below)
            return Placed(None, "higher_level")
        units = [self._areas.sub("", t) for t in titles]  # (社区, 景区 … name no unit)
        if level in _COUNTIES and date and date < _WARDS_UNTIL and any("区" in u for u in units):
            # Until 1992 a county was divided into 区 (区公所) over its townships: a 区 no
            # gazetteer knows, or a bare 区 title, on a county's page is one of them.
            return Placed(default, "county_ward")
        if any(_OTHER_UNIT.search(u) and not _LOCAL_TITLE.match(t)
               for u, t in zip(units, titles, strict=True)):
            return Placed(None, "other_unit")
        if context:
            return Placed(context, "context")
        if not default and not near:
            return Placed(None, "none")
        # (a story of many districts, none its own: the one named before in the sentence,
        # '在黔江区城西小学，三年级学生向雨桐…')
        default = default or near
        info = self.gazetteer.info(default)
        local = False
        for title in titles:
            m = _LOCAL_TITLE.match(title)
            if not m:
                continue
            # (a 区 or 县 title asks for a unit of that level; 社区, 小区 … ask for none)
            word = self._areas.sub("", m.group())
            wanted = _COUNTIES if "县" in word else ("区",) if "区" in word else ()
            if info is not None and wanted and info.level not in wanted:
                # 县委书记 on a story mostly about a 区: the one county the story names.
                same = [d for d in others
                        if (i := self.gazetteer.info(d)) is not None and i.level in wanted]
                if len(same) == 1:
                    return Placed(same[0], "local_title_level")
                return Placed(None, "local_title")
            local = True
        if local:
            return Placed(default, "local_title")
        if titles and all(t.endswith(self.unplaced) for t in titles):
            return Placed(None, "unplaced_title")
        return Placed(near or default, "resident")


__all__ = ["PERSON_RULES", "DistrictFinder", "Placed"]
