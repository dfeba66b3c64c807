"""Issue 12, nothing outside the seeds is published: links are resolved and refused when
they leave their folder, XML-forbidden characters never reach a feed, file names cannot
forge diagnostic lines."""

from __future__ import annotations

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cqnews_site import build
from cqnews_site.config import Config
from cqnews_site.inputs import reader
from cqnews_site.output import writer

PROJECT = Path(__file__).resolve().parents[1]
SECRET = "TOP-SECRET-不可发布"


@pytest.fixture
def outside(tmp_path) -> Path:
    secret = tmp_path / "private" / "passwd.txt"
    secret.parent.mkdir()
    secret.write_text(f"## {SECRET}\n\n{SECRET}的正文。\n", encoding="utf-8")
    return secret


def _site_text(out: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in out.rglob("*")
                   if p.is_file() and p.suffix in (".html", ".json", ".xml", ".txt"))


def test_symlink_in_seeds_to_a_file_outside_is_refused(tmp_path, outside):
    seeds = tmp_path / "seeds"
    shutil.copytree(PROJECT / "seeds", seeds)
    (seeds / "passwd.txt").symlink_to(outside)
    (seeds / "elsewhere").symlink_to(outside.parent, target_is_directory=True)
    (seeds / "same.txt").symlink_to(seeds / "004_c473d4d3c41d478a.txt")  # inside: fine
    config = Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache",
                    entities=PROJECT / "entities.yaml")
    result = build.build(config)
    refused = {d.source: str(d) for d in result.diagnostics if "outside the seeds" in d.message}
    assert set(refused) == {"passwd.txt", "elsewhere"}
    assert all(str(outside.parent) in line and "\n" not in line for line in refused.values())
    assert SECRET not in _site_text(config.out)
    sources = {s["source"] for s in json.loads((config.out / "data/stories.json").read_text())}
    assert "same.txt" in sources


def test_symlink_in_the_static_folder_to_a_file_outside_is_refused(tmp_path, outside):
    static = tmp_path / "static"
    static.mkdir()
    (static / "ok.css").write_text("body{}")
    (static / "passwd.txt").symlink_to(outside)
    config = Config(out=tmp_path / "site", static=static)
    writer.write_site({"index.html": b"x"}, config)
    assert (tmp_path / "site" / "static" / "ok.css").is_file()  # the rest is published
    assert not (tmp_path / "site" / "static" / "passwd.txt").exists()
    (problem,) = writer.static_problems(config)
    assert problem.severity == "error" and "passwd.txt" in str(problem)
    assert "symbolic link to" in problem.message and "outside" in problem.message


def test_a_build_with_a_static_link_outside_reports_it_and_builds_the_rest(tmp_path, outside):
    static = tmp_path / "static"
    static.mkdir()
    (static / "passwd.txt").symlink_to(outside)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("## 标题\n\n本报讯 正文。\n", encoding="utf-8")
    result = build.build(Config(seeds=seeds, out=tmp_path / "site", static=static,
                                cache=tmp_path / "cache", entities=tmp_path / "none.yaml"))
    assert result.failed(strict=False)  # an error line: exit status 1, the site is built
    assert any("passwd.txt" in str(d) and d.severity == "error" for d in result.diagnostics)
    assert (tmp_path / "site" / "index.html").exists()
    assert not (tmp_path / "site" / "static" / "passwd.txt").exists()


def test_hidden_folders_in_static_are_not_published_and_pipes_are_reported(tmp_path):
    static = tmp_path / "static"
    (static / ".git").mkdir(parents=True)
    (static / ".git" / "config").write_text("[remote]\n url = secret")
    (static / "css").mkdir()
    (static / "css" / ".cache").mkdir()
    (static / "css" / ".cache" / "x.css").write_text("a{}")
    (static / "css" / "site.css").write_text("body{}")
    (static / "gone.css").symlink_to(static / "nowhere.css")
    os.mkfifo(static / "pipe.css")
    config = Config(out=tmp_path / "site", static=static)
    writer.write_site({"index.html": b"x"}, config)
    published = {p.relative_to(tmp_path / "site" / "static").as_posix()
                 for p in (tmp_path / "site" / "static").rglob("*") if p.is_file()}
    assert "css/site.css" in published
    assert not any(part.startswith(".") for path in published for part in path.split("/"))
    found = {Path(d.source).name: (d.severity, d.message) for d in writer.static_problems(config)}
    assert set(found) == {"gone.css", "pipe.css"}
    assert all(severity == "warning" and "not published" in message
               for severity, message in found.values())


def test_dangling_symlink_fifo_and_hidden_draft_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text("## 标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / ".draft.md").write_text("草稿", encoding="utf-8")
    sources, diagnostics = reader.read_tree(tmp_path)  # a FIFO opened for reading would hang
    assert [s.path for s in sources] == ["a.txt"]
    found = {d.source: (d.severity, d.message) for d in diagnostics}
    assert found[".draft.md"][0] == "warning" and "hidden" in found[".draft.md"][1]
    assert found["gone.txt"][0] == "error" and "missing file" in found["gone.txt"][1]
    assert found["pipe.txt"][0] == "error" and "not a regular file" in found["pipe.txt"][1]


def test_xml_forbidden_characters_never_reach_a_feed(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(PROJECT / "seeds", seeds)
    page = seeds / "004_c473d4d3c41d478a.txt"
    text = page.read_text(encoding="utf-8")
    # C0 controls, U+FFFE and U+FFFF in the page text, and through YAML escapes in front matter.
    page.write_text('---\npaper: "北碚\\x01报\\uffff"\nsection: "要\\x0b闻"\n---\n'
                    + text.replace("。", "。\x02\ufffe", 5).replace("，", "\x1f，\uffff", 5),
                    encoding="utf-8")
    config = Config(seeds=seeds, out=tmp_path / "site", cache=tmp_path / "cache",
                    entities=PROJECT / "entities.yaml", base_url="https://example.org/")
    result = build.build(config)
    assert not result.errors
    feeds = [config.out / "feed.xml", *sorted((config.out / "people").glob("*.xml"))[:20]]
    assert len(feeds) > 5
    for feed in feeds:
        ET.parse(feed)  # raises on any forbidden character
    site = _site_text(config.out)
    assert not any(c in site for c in "\x01\x02\x0b\x1f\ufffe\uffff")


def test_file_name_with_a_newline_cannot_forge_a_diagnostic_line(tmp_path):
    (tmp_path / "x\nfake.txt:1: error: forged.txt").write_bytes(b"")
    (tmp_path / "empty.txt").write_bytes(b"")
    _, diagnostics = reader.read_tree(tmp_path)
    lines = "\n".join(str(d) for d in diagnostics).splitlines()
    assert len(lines) == 2
    assert not any(line.startswith("fake.txt") for line in lines)
    assert any("'x\\nfake.txt:1: error: forged.txt'" in line for line in lines)


def test_a_folder_nested_1500_deep_is_no_recursion_error(tmp_path):
    deep = tmp_path
    try:
        for _ in range(1500):
            deep = deep / "d"
            try:
                deep.mkdir()
            except OSError:  # the file system's path limit: deep enough
                deep = deep.parent
                break
        (tmp_path / "a.txt").write_text("## 标题\n\n正文。\n", encoding="utf-8")
        sources, _ = reader.read_tree(tmp_path)
        assert [s.path for s in sources] == ["a.txt"]
    finally:  # shutil.rmtree (pytest's clean-up) recurses per level: remove it bottom-up
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent
