"""Issue 12, deep trees: static, template and seed folders nested 1,500 levels deep build
without a RecursionError (Python 3.11's rglob, mkdir(parents=True) and rmtree recurse once
per level), and a link out of the static folder is still refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cqnews_site.build import build
from cqnews_site.config import Config
from cqnews_site.output import folders
from cqnews_site.serve import watched_files

PROJECT = Path(__file__).resolve().parents[1]
LEVELS = 1_500  # one-letter names: 3,000 characters of path, under PATH_MAX (4,096)


@pytest.fixture(autouse=True)
def tmp_path(tmp_path: Path):
    """The test's folder, emptied with the project's stack walk afterwards: pytest clears
    old test folders with a recursive rmtree, which a 1,500-level tree would overflow."""
    yield tmp_path
    for child in list(tmp_path.iterdir()):
        if child.is_dir() and not child.is_symlink():
            folders.remove_tree(child)


def _deep(root: Path, levels: int = LEVELS) -> Path:
    """``root/d/d/…/d`` made one level at a time (os.makedirs itself recurses)."""
    path = root
    for _ in range(levels):
        path = path / "d"
        os.mkdir(path)
    return path


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    seed = sorted((PROJECT / "seeds").glob("*.txt"))[0]
    (seeds / seed.name).write_bytes(seed.read_bytes())
    return seeds


def test_a_static_and_a_template_folder_1500_levels_deep_build_and_rebuild(tmp_path):
    static, templates = tmp_path / "s", tmp_path / "t"
    static.mkdir()
    templates.mkdir()
    (_deep(static) / "x.css").write_text("a{}", encoding="utf-8")
    (_deep(templates) / "unused.html").write_text("{{ 1 }}", encoding="utf-8")
    (static / "passwd.css").symlink_to("/etc/passwd")
    config = Config(seeds=_seeds(tmp_path), out=tmp_path / "o", cache=tmp_path / "c",
                    static=static, templates=templates, entities=tmp_path / "none.yaml")
    first = build(config)
    copied = config.out / "static" / ("d/" * LEVELS) / "x.css"
    assert os.path.exists(copied) and first.stories > 0
    assert not (config.out / "static" / "passwd.css").exists()
    assert any("passwd.css" in d.source and "outside the static folder" in d.message
               for d in first.errors)
    # The old site, deep folder and all, is removed when the new one replaces it.
    (static / "y.css").write_text("b{}", encoding="utf-8")
    second = build(config)
    assert not second.skipped and (config.out / "static" / "y.css").is_file()
    assert os.path.exists(copied)
    assert [p.name for p in tmp_path.iterdir() if ".o.new-" in p.name or ".o.old-" in p.name] == []


def test_the_preview_watches_a_static_folder_1500_levels_deep(tmp_path):
    static = tmp_path / "s"
    static.mkdir()
    leaf = _deep(static) / "x.css"
    leaf.write_text("a{}", encoding="utf-8")
    config = Config(seeds=_seeds(tmp_path), out=tmp_path / "o", static=static)
    assert leaf in watched_files(config, tmp_path / "cqnews.yaml")


def test_folders_walks_makes_and_removes_a_deep_tree_without_recursion(tmp_path):
    made = tmp_path / "m" / ("d/" * LEVELS)
    folders.make_folders(made)
    assert made.is_dir()
    (made / "f").write_text("x", encoding="utf-8")
    (tmp_path / "m" / "link").symlink_to(tmp_path)  # listed, never entered
    found = {e.path: e for e in folders.entries(tmp_path / "m")}
    assert len(found) == LEVELS + 2
    assert found[made / "f"].is_file and not found[made / "f"].is_link
    assert found[made].is_folder
    link = found[tmp_path / "m" / "link"]
    assert link.is_link and not link.is_folder and not link.is_file
    folders.remove_tree(tmp_path / "m")
    assert not (tmp_path / "m").exists() and tmp_path.is_dir()
