"""Tagger: fills the people, districts and keywords of every story and item.

The work is split by what is found:

* :mod:`cqnews_site.analyse.people` — people by small named finders (titled name, name
  then title, enumeration, appointment, speaker line, credit, untitled name, later
  mention) and one overlap resolution;
* :mod:`cqnews_site.analyse.districts` — districts named in text and each person's
  district by an ordered table of rules;
* :mod:`cqnews_site.analyse.keywords` — keyword candidates;
* :mod:`cqnews_site.analyse.script` — a simplified view of traditional text with a map
  back to the printed characters (names and titles are reported as printed).

This module runs them over a page: story text, headlines and items with the same code.
"""

from __future__ import annotations

import hashlib
import inspect
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from cqnews_site.analyse import districts as districts_module
from cqnews_site.analyse import keywords as keywords_module
from cqnews_site.analyse import nlp, people, script, wordsets
from cqnews_site.analyse.districts import DistrictFinder
from cqnews_site.analyse.keywords import (
    CANDIDATES,
    KEYWORD_SPAN,
    KeywordFinder,
    rubric_keywords,
)
from cqnews_site.analyse.people import Lexicon, PeopleFinder, Span
from cqnews_site.inputs import gazetteer as gazetteer_module
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.inputs.lexicon import DATA
from cqnews_site.model import text as text_module
from cqnews_site.model.ids import person_id
from cqnews_site.model.records import Diagnostic, Item, Mention, Page, Story
from cqnews_site.model.text import CELL_GAP

if TYPE_CHECKING:
    from cqnews_site.inputs.resources import Resources

T = TypeVar("T")
CODE_VERSION = "tagger-2"
_BLANK = "□"  # stands for a name's characters where districts are looked for
MASTHEAD_LINES = 2  # first lines of page furniture that may name the paper's district
# Characters of a name set apart ('北 碚 报'): the space between two single characters.
_LETTER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff](?:[ \u3000]|$))")
_DATE_LEN = 10
_AGE = re.compile(r"[0-9０-９]{1,3}\s*周?岁")
# A paper named after its district: the unit's name before 报 (长寿日报, 南岸报, 綦江報). Its
# short form counts here even where it is an ordinary word (长寿), which alone it is not.
# A district's media centre and its news account are named so too (南岸融媒, 巫溪发布).
_PAPER_OF_UNIT = re.compile(r"^([\u4e00-\u9fff]{2,5}?)(?:日报|时报|晚报|周报|报|融媒|发布)$")
_FIELDS = re.compile(r"[\s|｜]+")  # between the parts of a masthead's line
# Answers a tagger keeps (a text's people, a story's keywords; about 1 KB each): a story
# reprinted in several papers, or a roundup's items printed again, is read once.
MEMO_ANSWERS = 10_000


@dataclass
class _Entry:
    """One person of a story part: printed name, printed titles, context district, rules."""

    name: str
    titles: list[str]
    context: str | None
    rules: list[str]
    start: int
    near: str | None = None  # district named before the person in the same sentence
    # district a list gives the name: its bracket (周光明（北碚区）) or its row's place cell
    bracket: str | None = None


def _masthead_name(line: str) -> str:
    """A masthead's line as its district would be read in it: letter-spaced characters
    joined ('北 碚 报'), and every character simplified however few are traditional
    ('忠縣報': a short line is never counted as a traditional text)."""
    return script.simplified_chars(_LETTER_SPACE.sub("", line))


class _Memo:
    """Answers of pure functions of texts, kept by a digest of their arguments (the texts
    themselves are not kept); past ``size`` answers, emptied and begun again."""

    def __init__(self, size: int = MEMO_ANSWERS) -> None:
        self.size = size
        self._answers: dict[bytes, object] = {}

    def get(self, parts: tuple[str, ...], make: Callable[[], T]) -> T:
        """The answer kept for ``parts``, or ``make()`` kept for them."""
        digest = hashlib.blake2b(digest_size=16)
        for part in parts:  # each part after its length: no two argument lists run together
            digest.update(f"{len(part)}:{part}".encode("utf-8", "surrogatepass"))
        key = digest.digest()
        answer = self._answers.get(key, _MISSING)
        if answer is _MISSING:
            answer = make()
            if len(self._answers) >= self.size:
                self._answers.clear()
            self._answers[key] = answer
        return answer  # type: ignore[return-value]


_MISSING = object()


class Tagger:
    """People, districts and keywords for pages and free text; load once per build."""

    def __init__(self, cache_dir: Path, gazetteer: Gazetteer) -> None:
        self.cache_dir = Path(cache_dir)
        self.gazetteer = gazetteer
        lexicon = Lexicon.load()
        self.people = PeopleFinder(lexicon, gazetteer, self.cache_dir)
        self.district_finder = DistrictFinder(gazetteer, self.cache_dir)
        self.title_words = lexicon.titles
        self.keyword_finder = KeywordFinder(self.cache_dir, lexicon.titles,
                                            self.people._district_words)
        digest = hashlib.sha256()
        files = sorted({*lexicon.files, *keywords_module.FILES, *districts_module.FILES,
                        "org_suffixes.txt"})
        for name in files:
            digest.update(name.encode())
            digest.update((DATA / name).read_bytes())
        digest.update(gazetteer.digest.encode())
        digest.update(CODE_VERSION.encode())
        for module in (inspect.getmodule(Tagger), people, districts_module, keywords_module,
                       script, nlp, wordsets, gazetteer_module, text_module):
            digest.update(inspect.getsource(module).encode())
        digest.update(nlp.jieba_version().encode())
        self.version: str = digest.hexdigest()[:16]
        self._memo = _Memo()

    @classmethod
    def load(cls, resources: Resources) -> Tagger:
        """The tagger for a build: dictionaries and jieba loaded once."""
        cache_dir = resources.cache or Path(".cache")
        tagger = cls(cache_dir, resources.gazetteer)
        nlp.tokenizer(cache_dir, resources.gazetteer)
        nlp.fast_tokenizer(cache_dir)
        nlp.word_tag("重庆", cache_dir)  # loads the part-of-speech table now, not mid-build
        nlp.idf_table(cache_dir)  # and the IDF table: before a pool forks, so workers share it
        return tagger

    # --- small public helpers (kept for callers and tests) --------------------------------

    def keywords(self, text: str, headline: str = "", exclude: set[str] | None = None,
                 limit: int = CANDIDATES) -> list[str]:
        """Ranked keyword candidates (see :mod:`cqnews_site.analyse.keywords`)."""
        return list(self._memo.get(
            ("keywords", text[:KEYWORD_SPAN], headline, *sorted(exclude or ()), str(limit)),
            lambda: tuple(self.keyword_finder.keywords(text, headline, exclude, limit))))

    def districts_in(self, text: str, date: str | None = None) -> list[str]:
        """Canonical districts named in ``text`` (either script) in order of appearance."""
        return self.district_finder.names_in(script.view(text).text, date)

    def person_district(self, titles, default: str | None, date: str | None) -> str | None:
        """A person's district: named in a title, the local default, or none."""
        simple = [_simplified(t) for t in titles]
        return self.district_finder.person_district(simple, default, date).district

    def caption_name(self, caption: str) -> str | None:
        """A portrait caption that is only a name ("蓝庆华")."""
        v = script.view(caption)
        name = self.people.caption_name(v.text)
        if name is None:
            return None
        return v.printed_span(0, len(v.text)).strip() if v.where is not None else name

    # --- one part of a story ------------------------------------------------------------

    def _spans(self, text: str) -> tuple[script.View, list[Span]]:
        v = script.view(text)
        return v, list(self._memo.get(("people", v.text),
                                      lambda: tuple(self.people.find(v.text))))

    def _entries(self, v: script.View, spans: Sequence[Span], credited: set[str],
                 date: str | None = None) -> list[_Entry]:
        """One entry per printed name, titles merged in order, credits left out; the
        districts named around it are the units of ``date``."""
        entries: dict[str, _Entry] = {}
        for sp in spans:
            if sp.kind != "person":
                continue
            name = _clean(v.printed_span(sp.start, sp.end))
            if name in credited or _clean(sp.name) in credited:
                continue
            printed = [_printed_title(v, t) for t in sp.titles]
            titles = [_clean_title(t) for t in printed]
            entry = entries.get(name)
            if entry is None:
                entry = entries[name] = _Entry(
                    name, [], sp.context, [], sp.start,
                    self.district_finder.named_before(v.text, sp.start, date),
                    self.district_finder.named_in_bracket_after(v.text, sp.end, date))
            if entry.bracket is None:
                # (the cells a roll's row prints before the identity: its place names the
                # district, '女　　83岁　　渝中区较场口　　退休纺织工人')
                entry.bracket = next(
                    (found[-1].name for t in printed
                     if CELL_GAP.search(t.strip())
                     and (found := self.district_finder.find(CELL_GAP.sub(" ", t), date))),
                    None)
            for t in titles:
                # ('张雨桐（21岁，大学生）': an age beside the title in the bracket is none)
                if t and not _AGE.fullmatch(t) and not _same_office(t, entry.titles):
                    entry.titles.append(t)
            if sp.rule not in entry.rules:
                entry.rules.append(sp.rule)
            if sp.context and not entry.context:
                entry.context = sp.context
        return list(entries.values())

    # --- free text ----------------------------------------------------------------------

    def tag_text(self, text: str, district: str | None = None, explain: bool = False,
                 date: str | None = None) -> dict:
        """People (with titles and districts), credits, districts and keywords of any text.

        With ``explain`` every person and district carries the rule that found it. ``date``
        (YYYY-MM-DD): the day the text was printed, whose districts its names are read as
        (a short name before its unit existed is the unit of its time); without it, today's.
        """
        default = self._canonical_or_none(district)
        v, spans = self._spans(text)
        known = {sp.name for sp in spans if sp.kind == "person"}
        spans = self.people.later_mentions(v.text, spans, known)
        credits: dict[str, list[str]] = {"reporter": [], "photographer": [], "editor": []}
        for sp in spans:
            if sp.kind in credits:
                name = _clean(v.printed_span(sp.start, sp.end))
                if name not in credits[sp.kind]:
                    credits[sp.kind].append(name)
        credited = {n for names in credits.values() for n in names}
        places = self._unnamed(v.text, {v.text[sp.start:sp.end] for sp in spans})
        default = default or self.district_finder.dominant(places, date)
        named = self.district_finder.names_in(places, date)  # (once: every person asks)
        out_people = []
        for e in self._entries(v, spans, credited, date):
            simple = [_simplified(t) for t in e.titles]
            placed = self.district_finder.person_district(
                simple, default, date, e.context, named, e.near, e.bracket)
            person = {"name": e.name, "titles": e.titles, "district": placed.district,
                      "id": person_id(e.name, placed.district)}
            if explain:
                person["rules"] = e.rules
                person["district_rule"] = placed.rule
            out_people.append(person)
        names = {p["name"] for p in out_people} | credited
        result = {
            "people": out_people,
            "reporters": credits["reporter"],
            "photographers": credits["photographer"],
            "editors": credits["editor"],
            "districts": named,
            # No corpus here: the tagger's own ten best.
            "keywords": self.keywords(text, exclude=names, limit=10),
        }
        if explain:
            result["district_mentions"] = [
                {"surface": v.printed_span(m.start, m.end), "district": m.name, "rule": rule,
                 "counted": rule != "inside_idiom"}
                for m, rule in self.district_finder.explain(v.text, date)
            ]
        return result

    def _unnamed(self, text: str, names: Iterable[str]) -> str:
        """``text`` with each of ``names`` that holds a district's name blanked out, its
        length kept (徐永川 is a person, not a mention of 永川区)."""
        for name in sorted(names, key=len, reverse=True):
            # (the gazetteer itself: the finder keeps the last few texts it read, and a name
            # asked of it would push out the story's own)
            if len(name) >= 3 and name in text and self.gazetteer.find(name):
                text = text.replace(name, _BLANK * len(name))
        return text

    def _canonical_or_none(self, district: str | None) -> str | None:
        if not district:
            return None
        return self.gazetteer.canonical(district) or district

    # --- pages --------------------------------------------------------------------------

    def page_district(self, page: Page) -> str | None:
        """The district a whole page is about: front matter, banner, or most of its mentions."""
        if page.meta.district:
            return self._canonical_or_none(page.meta.district)
        # The units of the page's own day (梁平报 of 2004 is 梁平县's paper).
        date = page.date or (f"{page.year:04d}-07-01" if page.year else None)
        if page.banner:
            names = self.districts_in(page.banner, date)
            if len(names) == 1:
                return names[0]
        # The masthead: a paper or site named after its district (今日巫溪, 南川报, 城口县人民政府).
        # (or the paper's name the segmenter read in the page's header: 忠縣報　　第二版)
        lines = [_masthead_name(line)
                 for line in (*page.noise[:MASTHEAD_LINES], *filter(None, [page.paper]))]
        masthead = {d for line in lines for d in self.districts_in(line, date)}
        # (each part of a line: 长寿报　　第二版　　1992年6月13日; 原创　南岸融媒　南岸发布)
        for part in {part for line in lines for part in _FIELDS.split(line)}:
            if m := _PAPER_OF_UNIT.match(part):
                masthead.update(filter(None, [self.gazetteer.unit_of(m[1], date)]))
        if len(masthead) == 1:
            return next(iter(masthead))
        counts: Counter[str] = Counter()
        for story in page.stories:
            text = script.view("\n".join([story.headline or "", story.full_text])).text
            for m in self.district_finder.find(text, date):
                counts[m.name] += 1
        if not counts:
            return None
        (top, n), total = counts.most_common(1)[0], sum(counts.values())
        return top if n >= 3 and n >= 0.6 * total else None

    def tag_page(self, page: Page, known: Iterable[str] = ()) -> Page:
        """A copy of ``page`` whose stories and items carry people, districts and keywords.

        A name printed with a title anywhere on the page (or in ``known``, e.g. the archive's
        people) is a person wherever else it stands on the page, title or not.
        """
        found = [self._story_spans(s) for s in page.stories]
        titled = titled_names(([spans for _, spans in views] for views in found), known)
        page_default, year = self.page_district(page), page.year
        stories = [self._tag_story(s, page_default, year, views, titled)
                   for s, views in zip(page.stories, found, strict=True)]
        return finish_page(page, stories, self.gazetteer)

    # The phases of ``tag_page``. Only the middle one needs the whole page (the names printed
    # with a title anywhere on it); ``analyse.split`` runs the others on slices of a big page.

    def story_spans(self, stories: Sequence[Story]) -> list[list[Span]]:
        """The people found in each story's headlines, body and items, in that order."""
        return [[spans for _, spans in self._story_spans(s)] for s in stories]

    def tag_stories(self, stories: Sequence[Story], found: Sequence[Sequence[Sequence[Span]]],
                    page_default: str | None, year: int | None, titled: set[str]
                    ) -> list[Story]:
        """Each story tagged, given its spans (``story_spans``) and the page's titled names."""
        out = []
        for story, spans in zip(stories, found, strict=True):
            views = [(script.view(text), list(parts))
                     for text, parts in zip(_story_parts(story), spans, strict=True)]
            out.append(self._tag_story(story, page_default, year, views, titled))
        return out

    def _story_spans(self, story: Story) -> list[tuple[script.View, list[Span]]]:
        """Views and spans of a story's headlines, body and items, in that order."""
        return [self._spans(t) for t in _story_parts(story)]

    def _tag_story(self, story: Story, page_default: str | None, year: int | None,
                   views: list[tuple[script.View, list[Span]]], page_known: set[str]
                   ) -> Story:
        # Names resolve to the units of the story's time; with only the page's year known,
        # the middle of that year stands in for the date.
        date = _iso(story.date, year) or (f"{year:04d}-07-01" if year else None)
        head_text = views[0][0].printed
        head_v, body_v = views[0][0], views[1][0]
        item_views = views[2:]
        # A district inside a found name (徐永川) is no mention of it.
        found_names = {v.text[sp.start:sp.end] for v, spans in views for sp in spans}
        simple_story = self._unnamed("\n".join([head_v.text, body_v.text]), found_names)

        # Districts first: the item's district is the default for its bare 区/县 titles.
        story_districts = self.district_finder.names_in(simple_story, date)
        item_districts = [
            self.district_finder.names_in(self._unnamed(v.text, found_names),
                                          _iso(it.date, year) or date)
            for it, (v, _) in zip(story.items, item_views, strict=True)
        ]
        all_districts = list(
            dict.fromkeys([*story_districts, *(d for ds in item_districts for d in ds)])
        )
        story_default = page_default or self.district_finder.dominant(simple_story, date)

        caption_names = [n for c in story.captions if (n := self.caption_name(c))]
        known = {sp.name for _, spans in views for sp in spans if sp.kind == "person"}
        known |= page_known
        known |= {script.view(n).text for n in caption_names}
        credited = {*story.reporters, *story.photographers,
                    *(n for it in story.items for n in it.reporters)}
        for v, spans in views:
            credited |= {_clean(v.printed_span(sp.start, sp.end)) for sp in spans
                         if sp.kind != "person"}
        parts = [self._entries(v, self.people.later_mentions(v.text, spans, known), credited,
                               date)
                 for v, spans in views]
        head_people, body_people, item_people = parts[0], parts[1], parts[2:]
        story_people = _merge(body_people, head_people)
        in_items = {e.name for entries in item_people for e in entries}
        in_story = {e.name for e in story_people}
        for name in caption_names:
            if name not in in_items and name not in in_story and name not in credited:
                story_people.append(_Entry(name, [], None, ["caption"], 0))
                in_story.add(name)

        new_items = []
        for it, entries, districts in zip(story.items, item_people, item_districts, strict=True):
            default = page_default or (districts[0] if districts else story_default)
            it_date = _iso(it.date, year) or date
            mentions = tuple(self._mention(e, default, it_date, districts) for e in entries)
            new_items.append(replace(it, people=mentions, districts=tuple(districts)))
        story_mentions = tuple(self._mention(e, story_default, date, story_districts)
                               for e in story_people)
        names = {m.name for m in story_mentions} | {
            m.name for it in new_items for m in it.people
        }
        names |= set(story.reporters) | set(story.photographers)
        keywords = self.keywords(story.full_text, head_text, exclude=names)
        notes = {n.surface: n for n in self.gazetteer.place_notes(simple_story, date)}
        for it, (v, _) in zip(story.items, item_views, strict=True):
            for note in self.gazetteer.place_notes(v.text, _iso(it.date, year) or date):
                notes.setdefault(note.surface, note)
        return replace(
            story,
            people=story_mentions,
            districts=tuple(all_districts),
            keywords=tuple(keywords),
            items=tuple(new_items),
            place_notes=tuple(notes.values()),
        )

    def _mention(self, entry: _Entry, default: str | None, date: str | None,
                 others: Sequence[str] = ()) -> Mention:
        simple = [_simplified(t) for t in entry.titles]
        home = self.district_finder.person_district(simple, default, date, entry.context,
                                                    others, entry.near, entry.bracket)
        return Mention(name=entry.name, titles=tuple(entry.titles), district=home.district,
                       person_id=person_id(entry.name, home.district))


@lru_cache(maxsize=4096)
def _simplified(title: str) -> str:
    """A title as the district rules read it, every character simplified however few are
    traditional (重慶市副市長: a title is too short to count as a traditional text). The
    same titles come back on every page; the string only serves the look-ups."""
    return script.simplified_chars(title)


def finish_page(page: Page, stories: Sequence[Story], gazetteer: Gazetteer) -> Page:
    """The page with its tagged stories: bare mentions placed, the editor's district."""
    stories = attach_bare_mentions(stories)
    problems = list(page.diagnostics)
    if page.meta.district:
        own = gazetteer.canonical(page.meta.district)
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


def _story_parts(story: Story) -> list[str]:
    """The texts tagged separately: headlines, body, then each item."""
    heads = [t for t in (story.kicker, story.headline, story.subtitle) if t]
    item_parts = [
        "\n".join([*([it.lead] if it.lead else []), it.heading, *it.paragraphs])
        for it in story.items
    ]
    # (a story's notes are tagged with its text: '（指导老师：陈　敏）' names the teacher)
    return ["\n".join(heads), "\n".join([*story.paragraphs, *story.notes]), *item_parts]


def titled_names(found: Iterable[Sequence[Sequence[Span]]], known: Iterable[str] = ()
                 ) -> set[str]:
    """Names printed with a title in ``found`` (``Tagger.story_spans``), and ``known``."""
    titled = {script.view(n).text for n in known}
    titled |= {sp.name for parts in found for spans in parts for sp in spans
               if sp.kind == "person" and sp.titles}
    return titled


def _clean(name: str) -> str:
    """A printed name without padding spaces or markup (何　平 → 何平)."""
    return "".join(c for c in name if not c.isspace() and c not in "*")


def _clean_title(title: str) -> str:
    """A title as printed, one cell of it: a roll's row ('女　　83岁　　渝中区较场口　　退休纺织
    工人') gives the last cell, the identity, and the person's sex, age and place are none."""
    return CELL_GAP.split(title.strip().strip("*").strip())[-1]


def _printed_title(v: script.View, title: str) -> str:
    """The printed form of a title found in the simplified view (same text when identical)."""
    if v.where is None:
        return title
    at = v.text.find(title)
    return v.printed_span(at, at + len(title)) if at >= 0 else title


def _same_office(title: str, titles: list[str]) -> bool:
    """A later, shorter or longer form of a title already recorded (县长 / 某某县人民政府县长)."""
    return any(t == title or (len(title) > 3 and len(t) > 3 and (t.endswith(title)
                                                                   or title.endswith(t)))
               for t in titles)


def _merge(body: list[_Entry], headline: list[_Entry]) -> list[_Entry]:
    """Body entries in order; headline-only names after them; headline titles if none."""
    out = {e.name: e for e in body}
    for e in headline:
        if e.name not in out:
            out[e.name] = e
        elif not out[e.name].titles:
            out[e.name].titles = list(e.titles)
        else:
            # '——记南溪镇中心卫生院全科医生A' over '全科医生A…': the deck's fuller form of the
            # office the text names more briefly
            out[e.name].titles = [next((t for t in e.titles if t.endswith(b) and len(t) > len(b)),
                                       b) for b in out[e.name].titles]
    return list(out.values())


def _iso(date: str | None, year: int | None) -> str | None:
    if not date:
        return None
    if len(date) == _DATE_LEN and date[4] == "-" and date[7] == "-":
        return date
    if date.startswith("--") and year:
        return f"{year}-{date[2:]}"
    return None


def attach_bare_mentions(stories: Sequence[Story]) -> list[Story]:
    """A mention with neither title nor district takes the district its name has elsewhere
    among ``stories``, when that is exactly one (the tagger passes a page, the index the
    whole archive); every mention leaves with a person id."""
    homes: dict[str, set[str]] = defaultdict(set)
    for story in stories:
        for m in (*story.people, *(m for it in story.items for m in it.people)):
            if m.district:
                homes[m.name].add(m.district)

    def fix(found: tuple[Mention, ...]) -> tuple[Mention, ...]:
        out = []
        changed = False
        for m in found:
            known = homes.get(m.name, set())
            if not m.titles and not m.district and len(known) == 1:
                home = next(iter(known))
                m = replace(m, district=home, person_id=person_id(m.name, home))
                changed = True
            elif not m.person_id:
                m = replace(m, person_id=person_id(m.name, m.district))
                changed = True
            out.append(m)
        return tuple(out) if changed else found

    def fix_item(item: Item) -> Item:
        people = fix(item.people)
        return item if people is item.people else replace(item, people=people)

    # A story none of whose mentions changes is kept as it is (most, the second time
    # round: the index passes the archive's stories, which the tagger did page by page).
    fixed = []
    for story in stories:
        people = fix(story.people)
        items = tuple(map(fix_item, story.items))
        if people is story.people and all(map(operator.is_, items, story.items)):
            fixed.append(story)
        else:
            fixed.append(replace(story, people=people, items=items))
    return fixed


__all__ = ["Tagger", "attach_bare_mentions", "finish_page", "person_id", "rubric_keywords",
           "titled_names"]
