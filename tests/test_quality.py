"""The segmenter's overall quality on the seed pages, measured against the gold answers."""

from __future__ import annotations

from pathlib import Path

import pytest

import evaluate
from cqnews_site.analyse import segmenter
from cqnews_site.inputs import reader

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def scores() -> evaluate.PageScore:
    sources, diagnostics = reader.read_tree(ROOT / "seeds")
    assert diagnostics == []
    pages = [segmenter.segment(source) for source in sources]
    gold = evaluate.load_gold(ROOT / "tests" / "gold")
    rows, total = evaluate.score_pages(pages, gold)
    assert len(rows) == len(gold) == 5  # every seed has its gold answer and was scored
    return total


def test_headline_f1(scores):
    assert scores.headlines.f1 >= 0.95, scores.missed


def test_item_heading_f1(scores):
    assert scores.items.f1 >= 0.95, scores.missed


def test_reporter_f1(scores):
    assert scores.reporters.f1 >= 0.95, scores.missed


def test_begins_and_ends_found_in_the_right_text(scores):
    assert scores.spans.value >= 0.95, scores.missed


def test_dates(scores):
    assert scores.dates.value >= 0.90, scores.missed


def test_scores_can_fail():
    """The scorer itself: a page missing its stories scores zero, not a free pass."""
    gold = evaluate.load_gold(ROOT / "tests" / "gold")
    source, _ = reader.read_bytes("## 别的标题\n\n别的内容。\n".encode(), "004_c473d4d3c41d478a.txt")
    _, total = evaluate.score_pages([segmenter.segment(source)], gold)
    assert total.headlines.f1 == 0.0 and total.spans.value == 0.0 and total.dates.value < 0.5
