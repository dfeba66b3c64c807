"""The segmenter's overall quality, measured against the gold answers: on the seed pages it
was built on, on the development pages of layouts the seeds do not show (tests/dev), and on
held-out pages of still other layouts (tests/heldout, see its README)."""

from __future__ import annotations

from pathlib import Path

import pytest

import evaluate
from cqnews_site.analyse import segmenter
from cqnews_site.inputs import reader

ROOT = Path(__file__).parents[1]
CORPORA = {
    "seeds": (ROOT / "seeds", ROOT / "tests" / "gold", 5),
    "dev": (ROOT / "tests" / "dev" / "pages", ROOT / "tests" / "dev" / "gold", 8),
    "heldout": (ROOT / "tests" / "heldout" / "pages", ROOT / "tests" / "heldout" / "gold", 1381),
}
# The thresholds of the segmenter issue: the seeds stay (almost) perfect, unseen layouts
# score high on every figure.
THRESHOLDS = {
    "seeds": {"headlines": 0.98, "items": 0.98, "reporters": 0.98, "spans": 0.98, "dates": 0.98},
    "dev": {"headlines": 0.95, "items": 0.95, "reporters": 0.95, "spans": 0.90, "dates": 0.90},
    # Some held-out heads stay ambiguous in plain text (a kicker over a headline vs a headline
    # over its deck; a column's name vs a headline): tests/heldout/README.md lists them.
    "heldout": {"headlines": 0.90, "items": 0.95, "reporters": 0.95, "spans": 0.90,
                "dates": 0.90},
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request) -> tuple[str, evaluate.PageScore]:
    pages_dir, gold_dir, count = CORPORA[request.param]
    sources, diagnostics = reader.read_tree(pages_dir)
    # (a note app's or a site generator's front matter holds keys cqnews does not read: each
    # is reported and the page read; anything else is a defect)
    assert [d for d in diagnostics if not d.message.startswith("unknown front matter key")] == []
    pages = [segmenter.segment(source) for source in sources]
    gold = evaluate.load_gold(gold_dir)
    rows, total = evaluate.score_pages(pages, gold)
    assert len(rows) == len(gold) == count  # every page has its gold answer and was scored
    return request.param, total


def _figure(scores: evaluate.PageScore, name: str) -> float:
    value = getattr(scores, name)
    return value.f1 if isinstance(value, evaluate.Score) else value.value


def test_headline_f1(corpus):
    name, scores = corpus
    assert _figure(scores, "headlines") >= THRESHOLDS[name]["headlines"], scores.missed


def test_item_heading_f1(corpus):
    name, scores = corpus
    assert _figure(scores, "items") >= THRESHOLDS[name]["items"], scores.missed


def test_reporter_f1(corpus):
    name, scores = corpus
    assert _figure(scores, "reporters") >= THRESHOLDS[name]["reporters"], scores.missed


def test_begins_and_ends_found_in_the_right_text(corpus):
    name, scores = corpus
    assert _figure(scores, "spans") >= THRESHOLDS[name]["spans"], scores.missed


def test_dates(corpus):
    name, scores = corpus
    assert _figure(scores, "dates") >= THRESHOLDS[name]["dates"], scores.missed


def test_photographer_f1_on_seeds_and_dev(corpus):
    _, scores = corpus
    assert scores.photographers.f1 >= 0.95, scores.missed


def test_scores_can_fail():
    """The scorer itself: a page missing its stories scores zero, not a free pass."""
    gold = evaluate.load_gold(ROOT / "tests" / "gold")
    source, _ = reader.read_bytes("## 别的标题\n\n别的内容。\n".encode(), "004_c473d4d3c41d478a.txt")
    _, total = evaluate.score_pages([segmenter.segment(source)], gold)
    assert total.headlines.f1 == 0.0 and total.spans.value == 0.0 and total.dates.value < 0.5
