"""``cqnews explain`` on every seed and development page, as an editor runs it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from cqnews_site.analyse import segmenter
from cqnews_site.cli import main
from cqnews_site.inputs import reader

ROOT = Path(__file__).parents[1]
PAGES = sorted([*(ROOT / "seeds").iterdir(), *(ROOT / "tests" / "dev" / "pages").iterdir()])


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_explain_shows_every_line_rule_and_story(path):
    result = CliRunner().invoke(main, ["explain", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = result.output
    source, _ = reader.read_bytes(path.read_bytes(), path.name, path.suffix == ".md")
    page = segmenter.segment(source)
    for story in page.stories:
        assert f"{story.position + 1}. {story.headline}" in out
        assert f"date: {story.date or '-'}" in out
        for item in story.items:
            assert f"- item: {item.heading}" in out
    if not source.is_article:
        # Every non-blank line is listed with its number, kind and rule.
        numbered = [source.first_line + i for i, raw in enumerate(source.text.split("\n"))
                    if raw.strip()]
        listed = [line for line in out.split("## Page")[0].splitlines()
                  if re.match(r"^\s*\d+: \w+", line)]
        assert len(listed) == len(numbered)
        assert all(f"{n:>4}: " in out for n in numbered)
    if page.year is not None:
        assert f"year evidence: {page.year_evidence}" in out


def test_explain_gives_the_year_evidence_and_the_decisions():
    path = ROOT / "tests" / "dev" / "pages" / "d01.txt"
    out = CliRunner().invoke(main, ["explain", str(path)]).output
    assert "  51: jump [jump-to] -> jump-line-ends-story  （下转第2版）" in out
    assert "year evidence: page date: 二〇二四年八月二十七日" in out
    assert "date: 2024-08-22 (year: page date: 二〇二四年八月二十七日)" in out
    assert "continued on page 2" in out


def test_explain_on_a_missing_or_empty_file_says_what_to_do(tmp_path):
    missing = CliRunner().invoke(main, ["explain", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "cannot read the file" in missing.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["explain", str(empty)])
    assert result.exit_code == 1 and "file is empty" in result.output
    assert "Traceback" not in result.output
