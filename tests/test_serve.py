"""``cqnews serve`` (build, serve on loopback, rebuild on change, reload) and ``cqnews new``."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from cqnews_site.cli import main
from cqnews_site.config import Config
from cqnews_site.inputs.reader import read_file
from cqnews_site.serve import Preview, watched_files

PROJECT = Path(__file__).resolve().parents[1]
PAGE = "## 大桥今日通车\n\n本报讯 8月27日，大桥通车。市民纷纷前往参观。\n"


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def _until(check, seconds: float = 60.0) -> None:
    """Wait (bounded) for ``check()`` to hold."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.fixture
def project(tmp_path) -> Config:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "page.txt").write_text(PAGE, encoding="utf-8")
    return Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache",
                  entities=tmp_path / "entities.yaml", jobs=1)


def test_watched_files_cover_seeds_and_editors_files(project):
    project.entities.write_text("merge: {}\n", encoding="utf-8")
    watched = watched_files(project)
    assert project.seeds / "page.txt" in watched and project.entities in watched


def test_preview_serves_on_loopback_and_rebuilds_on_change(project):
    lines: list[str] = []
    preview = Preview(project, port=0, interval=0.1, report=lines.append)
    try:
        url = preview.start()
        assert url.startswith("http://127.0.0.1:")
        assert preview._server.server_address[0] == "127.0.0.1"
        home = _get(url + "index.html")
        assert "大桥今日通车" in home
        assert '<script src="/__cqnews__/reload.js"></script>' in home  # served, not built
        assert "__cqnews__" not in (project.out / "index.html").read_text(encoding="utf-8")
        assert "location.reload" in _get(url + "__cqnews__/reload.js")
        assert _get(url + "__cqnews__/build") == "1"
        # Editing a seed rebuilds the site; the page the reader has open then reloads.
        time.sleep(0.05)  # a different modification time on coarse-clock file systems
        page = project.seeds / "page.txt"
        page.write_text(PAGE.replace("今日", "正式"), encoding="utf-8")
        os.utime(page, (time.time() + 2, time.time() + 2))
        _until(lambda: _get(url + "__cqnews__/build") == "2")
        assert "大桥正式通车" in _get(url + "index.html")
        assert any(line.startswith("changed: ") for line in lines)
    finally:
        preview.stop()


def test_cli_serve_starts_on_a_free_port(project, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(PROJECT / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "cqnews_site.cli", "serve", "--port", "0",
         "--seeds", str(project.seeds), "--out", str(project.out)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        line = process.stdout.readline()  # printed once the site is built and served
        assert "serving" in line and "http://127.0.0.1:" in line, line
        url = line.split(" at ")[1].split(" ")[0]
        assert "大桥今日通车" in _get(url + "index.html")
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stdout.close()


def test_new_writes_an_article_the_reader_accepts(tmp_path):
    seeds = tmp_path / "seeds"
    runner = CliRunner()
    args = ["new", "大桥正式通车", "--date", "2024-08-27", "--paper", "巫溪报", "--page", "2",
            "--reporter", "李明", "--reporter", "王芳", "--seeds", str(seeds)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    path = Path(result.output.strip())
    assert path == seeds / "articles" / "2024-08-27-大桥正式通车.md"
    source, problems = read_file(path, seeds)
    assert problems == [] and source.is_article
    assert (source.meta.title, source.meta.date, source.meta.paper, source.meta.page) == (
        "大桥正式通车", "2024-08-27", "巫溪报", "2")
    assert source.meta.reporters == ("李明", "王芳")
    again = runner.invoke(main, args)
    assert again.exit_code == 2 and "exists already" in again.output
    assert path.read_text(encoding="utf-8").count("大桥正式通车") == 2  # untouched
    bad = runner.invoke(main, ["new", "标题", "--date", "8月27日", "--seeds", str(seeds)])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
