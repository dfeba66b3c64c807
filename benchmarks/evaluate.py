"""Score the reader and segmenter against hand-checked gold answers (``tests/gold/``).

Strings are compared after NFKC normalisation with all white space removed, as the
gold files' SCHEMA.md prescribes. Used by ``benchmarks/quality.py`` and the tests.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from cqnews_site.model.records import Item, Page, Story
from cqnews_site.model.text import squash


@dataclass
class Score:
    """Counts for precision and recall, or for a share (``correct`` of ``total``)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        """Accumulate another score's counts into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @classmethod
    def of(cls, predicted: list[str], expected: list[str]) -> Score:
        """Multiset comparison of two lists of strings."""
        p, e = Counter(map(squash, predicted)), Counter(map(squash, expected))
        tp = sum((p & e).values())
        return cls(tp, sum(p.values()) - tp, sum(e.values()) - tp)


@dataclass
class Share:
    """How many of ``total`` checks passed."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """correct / total; 1.0 when there was nothing to check."""
        return self.correct / self.total if self.total else 1.0

    def check(self, ok: bool) -> None:
        """Count one check."""
        self.total += 1
        self.correct += int(ok)

    def add(self, other: Share) -> None:
        """Accumulate another share."""
        self.correct += other.correct
        self.total += other.total


@dataclass
class PageScore:
    """The segmenter's scores for one page (or, summed, for all pages)."""

    source: str
    headlines: Score = field(default_factory=Score)
    items: Score = field(default_factory=Score)
    reporters: Score = field(default_factory=Score)
    photographers: Score = field(default_factory=Score)
    dates: Share = field(default_factory=Share)
    spans: Share = field(default_factory=Share)  # gold begins/ends found in the right text
    missed: list[str] = field(default_factory=list)  # what went wrong, for the report

    def add(self, other: PageScore) -> None:
        """Accumulate another page's counts."""
        for name in ("headlines", "items", "reporters", "photographers", "dates", "spans"):
            getattr(self, name).add(getattr(other, name))
        self.missed.extend(f"{other.source}: {m}" for m in other.missed)


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_gold(folder: Path) -> dict[str, dict]:
    """Every gold YAML file in ``folder``, keyed by the seed file name it answers."""
    gold = {}
    for path in sorted(folder.glob("*.yaml")):
        # (libyaml's loader where PyYAML has it: the held-out golds load six times faster)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
        gold[data["source"]] = data
    return gold


def story_text(story: Story) -> str:
    """The story's body as the gold's begins/ends see it: own paragraphs, then items'."""
    parts = list(story.paragraphs)
    for item in story.items:
        parts.extend(item.paragraphs)
    return "\n".join(parts)


def align_stories(page: Page, gold_stories: list[dict]) -> list[Story | None]:
    """For each gold story, the predicted story with the same headline (or, failing that,
    the one whose text holds the gold's opening words)."""
    by_headline: dict[str, list[Story]] = {}
    for story in page.stories:
        by_headline.setdefault(squash(story.headline), []).append(story)
    used: set[str] = set()
    result: list[Story | None] = []
    for gold in gold_stories:
        match = next(
            (s for s in by_headline.get(squash(gold["headline"]), []) if s.id not in used), None
        )
        if match is None and gold.get("begins"):
            begins = squash(gold["begins"])
            match = next(
                (s for s in page.stories
                 if s.id not in used and squash(story_text(s)).startswith(begins)),
                None,
            )
        if match is not None:
            used.add(match.id)
        result.append(match)
    return result


def align_items(items: tuple[Item, ...], gold_items: list[dict]) -> list[Item | None]:
    """Items matched by heading where the headings agree, otherwise by position."""
    result: list[Item | None] = []
    used: set[int] = set()
    for index, gold in enumerate(gold_items):
        match = next(
            (i for i, item in enumerate(items)
             if i not in used and squash(item.heading) == squash(gold["heading"])),
            None,
        )
        if match is None and index < len(items) and index not in used:
            match = index
        if match is not None:
            used.add(match)
        result.append(items[match] if match is not None else None)
    return result


def score_page(page: Page, gold: dict) -> PageScore:
    """Compare one segmented page with its gold answer."""
    score = PageScore(page.source)
    gold_stories = gold["stories"]
    score.headlines = Score.of([s.headline for s in page.stories],
                               [g["headline"] for g in gold_stories])
    score.items = Score.of(
        [i.heading for s in page.stories for i in s.items],
        [i["heading"] for g in gold_stories for i in g.get("items") or []],
    )
    for gold_story, story in zip(gold_stories, align_stories(page, gold_stories), strict=True):
        label = gold_story["headline"][:16]
        if story is None:
            score.missed.append(f"story not found: {label}")
        score.reporters.add(Score.of(list(story.reporters) if story else [],
                                     gold_story.get("reporters") or []))
        score.photographers.add(Score.of(list(story.photographers) if story else [],
                                         gold_story.get("photographers") or []))
        _check(score, "date", story.date if story else "?", gold_story.get("date"), label)
        text = squash(story_text(story)) if story else ""
        for key in ("begins", "ends"):
            if gold_story.get(key):
                ok = squash(gold_story[key]) in text
                score.spans.check(ok)
                if not ok:
                    score.missed.append(f"{key} not in story text: {label}: {gold_story[key]}")
        gold_items = gold_story.get("items") or []
        items = align_items(story.items if story else (), gold_items)
        for gold_item, item in zip(gold_items, items, strict=True):
            item_label = f"{label} / {gold_item['heading'][:12]}"
            _check(score, "item date", item.date if item else "?", gold_item.get("date"),
                   item_label)
            if gold_item.get("begins"):
                ok = item is not None and squash(gold_item["begins"]) in squash(item.text)
                score.spans.check(ok)
                if not ok:
                    score.missed.append(f"item begins not found: {item_label}")
    return score


def _check(score: PageScore, what: str, got: str | None, want: str | None, label: str) -> None:
    ok = got == want
    score.dates.check(ok)
    if not ok:
        score.missed.append(f"{what} {got!r} != {want!r}: {label}")


def score_pages(pages: list[Page], gold: dict[str, dict]) -> tuple[list[PageScore], PageScore]:
    """Per-page scores for every page that has a gold answer, and their sum."""
    rows = [score_page(page, gold[Path(page.source).name]) for page in pages
            if Path(page.source).name in gold]
    total = PageScore("overall")
    for row in rows:
        total.add(row)
    return rows, total
