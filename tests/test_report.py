"""Diagnostics at scale: one line per kind when many files raise it, all of them in a file."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from cqnews_site.cli import main
from cqnews_site.config import Config
from cqnews_site.model.records import Diagnostic
from cqnews_site.output import report

ROOT = Path(__file__).parents[1]


def warning(source: str, message: str, line: int | None = 3) -> Diagnostic:
    return Diagnostic(source, line, "warning", message, "check it")


def test_kind_masks_names_numbers_and_details():
    same = [
        warning("a.txt", "story has no printed headline; showing '北碚新闻'"),
        warning("b.txt", "story has no printed headline; showing '万州区召开会议'"),
    ]
    assert len({report.kind(d) for d in same}) == 1
    conflicts = [
        warning("a.txt", "3 holders of 北碚区区长 on overlapping dates: 王甲 (2020-01-01–2020-12-31)"),
        warning("b.txt", "2 holders of 万州区委书记 on overlapping dates: 李乙 (2021-03-01–2021-04-01)"),
    ]
    assert {report.kind(d) for d in conflicts} == {
        "warning: # holders of … on overlapping dates"}
    assert report.kind(warning("c.md", "cannot read file: Permission denied")) == \
        "warning: cannot read file"
    assert report.kind(warning("c.md", "article has no title")) != report.kind(same[0])
    error = Diagnostic("a.txt", 1, "error", "article has no title")
    assert report.kind(error) != report.kind(warning("a.txt", "article has no title"))


def test_a_long_kind_is_summarised_and_a_short_one_printed_in_full(tmp_path):
    many = [warning(f"p{n:03d}.txt", f"story has no printed headline; showing '标题{n}'", n)
            for n in range(1, 13)]
    few = [warning("odd.md", "article has no title"), warning("odd2.md", "article has no title")]
    diagnostics = [many[0], few[0], *many[1:], few[1]]
    path = report.write_report(diagnostics, tmp_path / "cache" / "report.txt")
    lines = report.terminal_lines(diagnostics, path)
    assert lines == [
        str(many[0]), str(many[1]), str(many[2]),
        f"... and 9 more of 12 'warning: story has no printed headline; showing '…''; "
        f"every one is listed in {path}",
        str(few[0]), str(few[1]),
    ]
    text = path.read_text(encoding="utf-8").splitlines()
    assert text[0] == "14 diagnostics"
    assert text[1].split() == ["12", "warning:", "story", "has", "no", "printed", "headline;",
                               "showing", "'…'"]
    assert text[-14:] == [str(d) for d in diagnostics]  # every one, in the build's order


def test_five_of_a_kind_are_all_printed(tmp_path):
    five = [warning(f"p{n}.txt", "article has no title") for n in range(5)]
    assert report.terminal_lines(five, tmp_path / "r.txt") == [str(d) for d in five]


def test_without_a_writable_report_everything_is_printed(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    many = [warning(f"p{n}.txt", "article has no title") for n in range(9)]
    lines = report.summary(many, Config(cache=blocker))
    assert lines[:9] == [str(d) for d in many]
    assert lines[9].startswith(f"note: could not write {blocker / 'report.txt'}")


def test_the_build_command_summarises_and_writes_the_report(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    for n in range(8):  # the same problem in eight articles
        (seeds / f"note{n}.md").write_text(f"---\ndate: 2024-01-0{n + 1}\n---\n第{n}条简讯正文。\n",
                                           encoding="utf-8")
    out = tmp_path / "site"
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out),
                                       "--jobs", "1"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    untitled = [line for line in result.output.splitlines() if "article has no title" in line]
    assert len(untitled) == 4  # three examples and the count
    assert untitled[-1].startswith("... and 5 more of 8 'warning: article has no title'")
    listed = Path(".cache", "report.txt").read_text(encoding="utf-8")
    assert sorted(line.split(":")[0] for line in listed.splitlines()
                  if "article has no title" in line and line.startswith("note")) == [
        f"note{n}.md" for n in range(8)]
    assert result.output.splitlines()[-1].startswith("built")
    assert not list(out.rglob("report.txt"))  # the report is not part of the site
