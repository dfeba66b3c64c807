"""Progress per stage on a terminal, silence in logs, and the stage times of every build."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cqnews_site.build import build
from cqnews_site.cli import main
from cqnews_site.config import Config
from cqnews_site.output import progress

ROOT = Path(__file__).parents[1]
STAGES = ["read", "files analysed", "index", "search index", "pages written"]


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class Clock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def final_lines(text: str) -> list[str]:
    """What stays on the terminal: the last redraw of every line."""
    return [line.rsplit("\r\x1b[K", 1)[-1] for line in text.split("\n") if line]


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def test_a_stage_redraws_its_count_on_a_terminal_and_ends_with_its_time():
    stream, clock = Terminal(), Clock()
    with progress.shown(stream):
        progress._display.clock = clock  # redraw only when the clock moves on
        with progress.stage("files analysed", total=3):
            progress.advance()
            progress.advance()  # both within INTERVAL of the opening line: not drawn
            clock.now += 1
            progress.advance()
    text = stream.getvalue()
    assert text.count("\r\x1b[K") == 3  # opening 0/3, 3/3, the final line
    assert "files analysed: 0/3" in text and "files analysed: 3/3\r" in text
    assert "1/3" not in text and "2/3" not in text
    assert re.fullmatch(r"files analysed: 3/3 \(\d+\.\d s\)", final_lines(text)[0])


def test_no_terminal_no_progress_but_the_stage_is_timed():
    stream = io.StringIO()  # a log file or a pipe
    with (progress.shown(stream), progress.recording() as times,
          progress.stage("files analysed", total=2)):
        progress.advance(2)
    assert stream.getvalue() == ""
    assert [t.name for t in times] == ["files analysed"]
    assert times[0].wall >= 0 and times[0].cpu >= 0


def test_a_build_on_a_terminal_shows_each_stage_once_finished(seeds, tmp_path):
    stream = Terminal()
    config = Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache", jobs=2)
    with progress.shown(stream):
        result = build(config)
    lines = final_lines(stream.getvalue())
    assert [line.split(":")[0].split(" (")[0] for line in lines] == [
        "read", "files analysed", "index", "pages written"]
    assert lines[1].startswith("files analysed: 5/5 (")
    # Every file the forked workers wrote is counted; only the sitemap comes after them.
    sitemaps = [p for p in (tmp_path / "site").iterdir() if p.name.startswith("sitemap")]
    written = int(re.match(r"pages written: ([\d,]+)", lines[3]).group(1).replace(",", ""))
    assert written == result.files - len(sitemaps)
    assert "· search index: done" in lines[3]
    assert [t.name for t in result.stages] == STAGES


def test_cached_files_count_as_analysed(seeds, tmp_path):
    config = Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache", jobs=1)
    build(config)
    stream = Terminal()
    with progress.shown(stream):
        build(config, force=True)
    assert "files analysed: 5/5 (" in stream.getvalue()


def test_the_command_in_a_log_prints_no_progress_and_writes_timings(seeds, tmp_path):
    timings = tmp_path / "timings.json"
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out",
                                       str(tmp_path / "site"), "--jobs", "1",
                                       "--timings", str(timings)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "\r" not in result.output and "files analysed" not in result.output
    stages = json.loads(timings.read_text(encoding="utf-8"))
    assert [s["stage"] for s in stages] == STAGES
    assert all(s["wall"] >= 0 and s["cpu"] >= 0 for s in stages)
