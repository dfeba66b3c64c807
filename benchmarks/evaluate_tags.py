"""Score the tagger against the gold answers (``tests/gold/``), beside a plain-jieba baseline.

Gold stories are aligned with the pipeline's stories by headline, items by order. For each
aligned story or item the predicted and gold lists are compared as multisets after NFKC
normalisation with all white space removed (SCHEMA.md). Metrics:

* ``names``: person names; ``name_title``: (name, title) pairs; ``person_district``:
  (name, district) pairs for people with a district; ``reporters``: bylines and photo
  credits; ``districts``: districts per story; ``item_districts``: districts per item.
* ``page_names``, ``page_name_title``, ``page_person_district``, ``page_districts``: the
  same values once per page, wherever the segmenter put them — the tagger alone.

``python benchmarks/evaluate_tags.py [PAGES GOLD] [-v]`` prints the table (``-v`` lists
every missing or extra person per story); ``benchmarks/quality.py`` prints it for the
seeds and for ``tests/dev``.

The baseline is jieba's stock ``posseg`` with no user dictionary: every ``nr`` word is a
person, the ``n`` word right before it their title, every ``ns`` word that names a
district a district. ``rows()`` returns printable rows for ``benchmarks/quality.py``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from cqnews_site.analyse import nlp, segmenter
from cqnews_site.analyse.tagger import Tagger
from cqnews_site.config import Config
from cqnews_site.inputs import reader
from cqnews_site.inputs.gazetteer import default as default_gazetteer
from cqnews_site.inputs.resources import Resources
from cqnews_site.model.records import Item, Page, Story
from evaluate import Score, align_stories, load_gold

METRICS = ("names", "name_title", "person_district", "reporters", "districts", "item_districts")
# The same figures over a whole page (each value once per page): independent of where the
# segmenter draws story boundaries, so they measure the tagger alone.
PAGE_METRICS = ("page_names", "page_name_title", "page_person_district", "page_districts")
ALL_METRICS = (*METRICS, *PAGE_METRICS)


@dataclass
class PageScores:
    """Tagger and baseline scores of one page (or of all pages)."""

    source: str
    tagger: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in ALL_METRICS})
    baseline: dict[str, Score] = field(
        default_factory=lambda: {m: Score() for m in ALL_METRICS})

    def add(self, other: PageScores) -> None:
        """Accumulate another page's counts."""
        for m in ALL_METRICS:
            self.tagger[m].add(other.tagger[m])
            self.baseline[m].add(other.baseline[m])


def tag_seeds(seeds: Path, tagger: Tagger, only: set[str] | None = None,
              ) -> tuple[list[Page], int, float]:
    """Read, segment and tag every seed page (or those named in ``only``); also the
    characters tagged and seconds taken."""
    pages: list[Page] = []
    raw: list[Page] = []
    for path in sorted([*seeds.glob("*.txt"), *seeds.glob("*.md")]):
        if only is not None and path.name not in only:
            continue
        source, _ = reader.read_file(path, seeds)
        if source is not None:
            raw.append(segmenter.segment(source))
    chars = sum(len(s.full_text) + len(s.headline or "") for p in raw for s in p.stories)
    tagger.tag_text("区委书记王某某说，北碚区要加快发展。")  # warm up jieba's HMM and tables
    started = time.perf_counter()
    for page in raw:
        pages.append(tagger.tag_page(page))
    return pages, chars, time.perf_counter() - started


def _people(entries) -> dict[str, list[str]]:
    names, pairs, homes = [], [], []
    for e in entries:
        name = e["name"] if isinstance(e, dict) else e.name
        titles = e["titles"] if isinstance(e, dict) else e.titles
        district = e["district"] if isinstance(e, dict) else e.district
        names.append(name)
        pairs.extend(f"{name}|{t}" for t in titles or ())
        if district:
            homes.append(f"{name}|{district}")
    return {"names": names, "name_title": pairs, "person_district": homes}


def _credits(entry) -> list[str]:
    if isinstance(entry, dict):
        reporters, photographers = entry.get("reporters") or [], entry.get("photographers") or []
    else:
        reporters, photographers = entry.reporters, getattr(entry, "photographers", ())
    return [*reporters, *(f"摄|{p}" for p in photographers)]


class _Baseline:
    """The plain-jieba baseline's people and districts of a text, each text cut once (both
    read the same words). With ``enabled`` False nothing is cut and both are empty: a caller
    that reads only the tagger's figures skips jieba's HMM tagging, most of the scoring's
    time."""

    def __init__(self, cache_dir: Path, enabled: bool = True) -> None:
        self.cache_dir, self.enabled = cache_dir, enabled
        self._words: dict[str, list[tuple[str, str]]] = {}

    def words(self, text: str) -> list[tuple[str, str]]:
        if not self.enabled:
            return []
        if text not in self._words:
            self._words[text] = nlp.plain_posseg(text, self.cache_dir)
        return self._words[text]

    def people(self, text: str) -> list[dict]:
        people: dict[str, dict] = {}
        words = self.words(text)
        for i, (word, flag) in enumerate(words):
            if flag == "nr" and len(word) >= 2:
                entry = people.setdefault(word, {"name": word, "titles": [], "district": None})
                if i and words[i - 1][1].startswith("n") and words[i - 1][1] != "nr":
                    title = words[i - 1][0]
                    if title not in entry["titles"]:
                        entry["titles"].append(title)
        return list(people.values())

    def districts(self, text: str) -> list[str]:
        gaz = default_gazetteer()
        found: dict[str, None] = {}
        for word, flag in self.words(text):
            if flag == "ns" and (name := gaz.canonical(word)):
                found.setdefault(name, None)
        return list(found)


def _story_text(story: Story) -> str:
    parts = [story.kicker, story.headline, story.subtitle, *story.paragraphs, *story.captions]
    return "\n".join(p for p in parts if p)


def _item_text(item: Item) -> str:
    return "\n".join([*([item.lead] if item.lead else []), item.heading, *item.paragraphs])


def _align_stories(page: Page, gold: dict) -> list[tuple[dict | None, Story | None]]:
    """Gold stories with their predicted twins; unmatched predictions count against us."""
    gold_stories = gold.get("stories") or []
    matched = align_stories(page, gold_stories)
    used = {story.id for story in matched if story is not None}
    leftovers = [(None, story) for story in page.stories if story.id not in used]
    return [*zip(gold_stories, matched, strict=True), *leftovers]


def _in_force(name: str, date: str) -> bool:
    """Did the unit ``name`` exist on ``date`` (ISO)? (Unknown names: yes.)"""
    info = default_gazetteer().info(name)
    return info is None or ((info.since is None or info.since <= date)
                            and (info.until is None or date < info.until))


def _gold_of_today(page: Page, gold: dict) -> bool:
    """Does the gold name districts of another time than the page's own (a unit set up
    after the page's date: 大足区 on a 2009 page)? SCHEMA asks for the divisions of the
    page's own date; such a gold was written with today's, so the page's districts are
    compared as today's units on both sides (``_today``)."""
    date = page.date or (f"{gold['year']}-07-01" if gold.get("year") else None)
    if date is None:
        return False
    named = [d for story in gold.get("stories") or () for d in (
        *(story.get("districts") or ()),
        *(d for item in story.get("items") or () for d in item.get("districts") or ()))]
    return any(not _in_force(name, date) for name in named)


def _today(names: list[str]) -> list[str]:
    """Each district as the unit of today it became (开县 → 开州区, 大足县 → 大足区)."""
    gazetteer = default_gazetteer()
    return list(dict.fromkeys(gazetteer.canonical(name) or name for name in names))


def _today_homes(pairs: list[str]) -> list[str]:
    """'name|district' pairs with each district as today's unit (``_today``)."""
    out = []
    for pair in pairs:
        name, _, district = pair.partition("|")
        out.append(f"{name}|{_today([district])[0]}")
    return out


def score_page(page: Page, gold: dict, cache_dir: Path, baseline: bool = True) -> PageScores:
    """Tagger and baseline scores of one tagged page against its gold answers (a gold that
    names today's districts on an older page is met on its own terms: ``_gold_of_today``).
    Without ``baseline``, the baseline's scores are those of finding nothing."""
    scores = PageScores(page.source)
    plain = _Baseline(cache_dir, baseline)
    of_today = _gold_of_today(page, gold)

    def compare(target: dict[str, Score], predicted: dict[str, list[str]],
                expected: dict[str, list[str]]) -> None:
        for metric, values in expected.items():
            found = predicted.get(metric, [])
            if of_today and metric in ("districts", "item_districts"):
                found, values = _today(found), _today(values)
            elif of_today and metric == "person_district":
                found, values = _today_homes(found), _today_homes(values)
            target[metric].add(Score.of(found, values))

    empty = {"names": [], "name_title": [], "person_district": [], "reporters": []}
    union: dict[str, dict[str, set[str]]] = {
        who: {m: set() for m in PAGE_METRICS} for who in ("gold", "tagger", "baseline")}

    def collect(who: str, values: dict[str, list[str]]) -> None:
        for metric in ("names", "name_title"):
            union[who][f"page_{metric}"].update(values.get(metric, []))
        homes = values.get("person_district", [])
        union[who]["page_person_district"].update(_today_homes(homes) if of_today else homes)
        districts = [*values.get("districts", []), *values.get("item_districts", [])]
        union[who]["page_districts"].update(_today(districts) if of_today else districts)

    for g, s in _align_stories(page, gold):
        g_items = (g or {}).get("items") or []
        s_items = list(s.items) if s else []
        # Story level.
        expected = {**_people((g or {}).get("people") or []), "reporters": _credits(g or {})}
        expected["districts"] = list((g or {}).get("districts") or [])
        if s is not None:
            predicted = {**_people(s.people), "reporters": _credits(s),
                         "districts": list(s.districts)}
            base_districts = list(
                dict.fromkeys(
                    plain.districts(_story_text(s))
                    + [d for it in s.items for d in plain.districts(_item_text(it))]
                )
            )
            base = {**_people(plain.people(_story_text(s))),
                    "reporters": _credits(s), "districts": base_districts}
        else:
            predicted = base = {**empty, "districts": []}
        compare(scores.tagger, predicted, expected)
        compare(scores.baseline, base, expected)
        collect("gold", expected)
        collect("tagger", predicted)
        collect("baseline", base)
        # Items by order.
        for i in range(max(len(g_items), len(s_items))):
            gi = g_items[i] if i < len(g_items) else {}
            si = s_items[i] if i < len(s_items) else None
            expected = {**_people(gi.get("people") or []), "reporters": _credits(gi),
                        "item_districts": list(gi.get("districts") or [])}
            if si is not None:
                predicted = {**_people(si.people), "reporters": _credits(si),
                             "item_districts": list(si.districts)}
                text = _item_text(si)
                base = {**_people(plain.people(text)), "reporters": _credits(si),
                        "item_districts": plain.districts(text)}
            else:
                predicted = base = {**empty, "item_districts": []}
            compare(scores.tagger, predicted, expected)
            compare(scores.baseline, base, expected)
            collect("gold", expected)
            collect("tagger", predicted)
            collect("baseline", base)
    for metric in PAGE_METRICS:
        expected_set = sorted(union["gold"][metric])
        scores.tagger[metric].add(Score.of(sorted(union["tagger"][metric]), expected_set))
        scores.baseline[metric].add(Score.of(sorted(union["baseline"][metric]), expected_set))
    return scores


@dataclass
class Evaluation:
    """Per-page and overall scores, plus tagging throughput."""

    pages: list[PageScores]
    overall: PageScores
    chars: int
    seconds: float

    @property
    def chars_per_second(self) -> float:
        """Characters of story text tagged per second (segmenting excluded)."""
        return self.chars / self.seconds if self.seconds else 0.0


def lists_people(gold: dict) -> bool:
    """Whether a page's gold records people at all (the first held-out pages record none)."""
    return any("people" in story for story in gold.get("stories") or ())


def evaluate(seeds: Path, gold_dir: Path, config: Config | None = None,
             with_people_only: bool = False, baseline: bool = True) -> Evaluation:
    """Run the real pipeline (read → segment → tag) on the seeds and score it.

    ``with_people_only``: score only the pages whose gold records people (``lists_people``).
    ``baseline``: score the plain-jieba baseline too (without it, its figures are zero).
    """
    config = config or Config()
    tagger = Tagger.load(Resources.load(config))
    answers = load_gold(gold_dir)
    if with_people_only:
        answers = {name: gold for name, gold in answers.items() if lists_people(gold)}
    pages, chars, seconds = tag_seeds(seeds, tagger, set(answers))
    per_page = []
    overall = PageScores("overall")
    for page in pages:
        gold = answers.get(Path(page.source).name)
        if gold is None:
            continue
        scores = score_page(page, gold, Path(config.cache), baseline)
        per_page.append(scores)
        overall.add(scores)
    return Evaluation(per_page, overall, chars, seconds)


def rows(evaluation: Evaluation) -> list[dict]:
    """Printable rows: one per (page, metric) and the overall ones, tagger beside baseline."""
    out = []
    for scores in [*evaluation.pages, evaluation.overall]:
        for metric in ALL_METRICS:
            t, b = scores.tagger[metric], scores.baseline[metric]
            out.append({
                "page": scores.source,
                "metric": metric,
                "precision": round(t.precision, 3),
                "recall": round(t.recall, 3),
                "f1": round(t.f1, 3),
                "baseline_precision": round(b.precision, 3),
                "baseline_recall": round(b.recall, 3),
                "baseline_f1": round(b.f1, 3),
            })
    out.append({"page": "overall", "metric": "chars_per_second",
                "value": round(evaluation.chars_per_second)})
    return out


def format_rows(table: list[dict]) -> str:
    """The rows as a plain-text table."""
    lines = [f"{'page':<28} {'metric':<22} {'P':>6} {'R':>6} {'F1':>6}   "
             f"{'base P':>6} {'base R':>6} {'base F1':>7}"]
    for r in table:
        if "value" in r:
            lines.append(f"{r['page']:<28} {r['metric']:<22} {r['value']:>6}")
            continue
        lines.append(
            f"{r['page']:<28} {r['metric']:<22} {r['precision']:>6.3f} {r['recall']:>6.3f} "
            f"{r['f1']:>6.3f}   {r['baseline_precision']:>6.3f} {r['baseline_recall']:>6.3f} "
            f"{r['baseline_f1']:>7.3f}"
        )
    return "\n".join(lines)


def misses(evaluation_pages: list[Page], gold_dir: Path) -> list[str]:
    """Human-readable differences (missing / extra people) per aligned story, for tuning."""
    answers = load_gold(gold_dir)
    out: list[str] = []
    for page in evaluation_pages:
        gold = answers.get(Path(page.source).name)
        if gold is None:
            continue
        for g, s in _align_stories(page, gold):
            pairs = [((g or {}).get("people") or [], s.people if s else (),
                      (g or {}).get("headline") or (s.headline if s else ""))]
            g_items = (g or {}).get("items") or []
            s_items = list(s.items) if s else []
            for i in range(max(len(g_items), len(s_items))):
                gi = g_items[i] if i < len(g_items) else {}
                si = s_items[i] if i < len(s_items) else None
                pairs.append((gi.get("people") or [], si.people if si else (),
                              f"  item {i}: {gi.get('heading') or (si.heading if si else '')}"))
            for expected, predicted, label in pairs:
                e = _people(expected)
                p = _people(predicted)
                for metric in ("names", "name_title", "person_district"):
                    missing = sorted(set(e[metric]) - set(p[metric]))
                    extra = sorted(set(p[metric]) - set(e[metric]))
                    if missing or extra:
                        out.append(f"{page.source} | {label[:30]} | {metric}: "
                                   f"missing {missing} extra {extra}")
    return out


if __name__ == "__main__":  # pragma: no cover
    import sys

    pages_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("seeds")
    gold_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("tests/gold")
    result = evaluate(pages_dir, gold_dir)
    print(format_rows(rows(result)))
    if "-v" in sys.argv:
        tagger = Tagger.load(Resources.load(Config()))
        tagged, _, _ = tag_seeds(pages_dir, tagger)
        print("\n".join(misses(tagged, gold_dir)))
