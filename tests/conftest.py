"""Shared fixtures.

Site fixtures (render side): ``sample_archive`` (hand-made records), ``sample_site``
(that archive rendered and written to a folder), ``seed_site`` (the real seed pages
built end to end into a temporary folder, once per session) and ``placed_site`` (the same
pages filed by paper, date and 版次, for the paper → issue → 版面 → story pages).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from cqnews_site.config import Config
from site_samples import sample_archive as _sample_archive

PROJECT = Path(__file__).resolve().parents[1]


def _load_search_benchmark():
    """benchmarks/search_recall.py, which holds the browser driving shared with the tests."""
    spec = importlib.util.spec_from_file_location(
        "search_recall", PROJECT / "benchmarks" / "search_recall.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


search_bench = _load_search_benchmark()


@pytest.fixture(scope="session")
def chromium():
    """One headless system Chromium for the whole session: Playwright's sync API allows only
    one driver per thread, so every browser test shares this one."""
    assert shutil.which("chromium") or Path(search_bench.CHROMIUM).exists(), (
        "Chromium is needed: apt-get install chromium (scripts/test does it)"
    )
    with search_bench.chromium() as browser:
        yield browser


@pytest.fixture
def sample_archive():
    """A small hand-made archive: two pages, a roundup, people, reporters, 25 briefs."""
    return _sample_archive()


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The hand-made archive rendered and written; returns the output folder."""
    from cqnews_site.output import writer
    from cqnews_site.site import render

    out = tmp_path_factory.mktemp("sample") / "site"
    config = Config(out=out, base_url="https://example.org/archive/")
    writer.write_site(render.render_site(_sample_archive(), config), config)
    return out


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The seed pages built end to end (read → … → write); returns the output folder."""
    from cqnews_site import build

    root = tmp_path_factory.mktemp("seed")
    config = Config(
        seeds=PROJECT / "seeds",
        out=root / "site",
        cache=root / "cache",
        entities=PROJECT / "entities.yaml",
    )
    build.build(config)
    return config.out


@pytest.fixture(scope="session")
def placed_site(tmp_path_factory) -> Path:
    """Real seed pages filed by the folder convention, one by front matter, one unplaced."""
    root = tmp_path_factory.mktemp("placed")
    seeds = root / "seeds"
    files = {
        "巫溪报/2024-08-27/01-要闻.txt": "000_97ca95571c8f5fbc.txt",
        "巫溪报/2024-08-27/2.txt": "001_78c09d9087ea6b97.txt",
        "巫溪报/2024-09-03/1.txt": "002_63b98746f0243239.txt",
        "北碚报/2024-08-27/A1.txt": "004_c473d4d3c41d478a.txt",
        "unplaced.txt": "003_3838ccfece4d5d12.txt",
    }
    for target, seed in files.items():
        (seeds / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PROJECT / "seeds" / seed, seeds / target)
    dev = (PROJECT / "tests" / "dev" / "pages" / "d01.txt").read_text(encoding="utf-8")
    front = "---\npaper: 《北碚报》\ndate: 2024-08-27\npage: A2\npage_name: 综合\n---\n"
    (seeds / "loose").mkdir()
    (seeds / "loose" / "beibei-a2.txt").write_text(front + dev, encoding="utf-8")
    from cqnews_site import build

    config = Config(seeds=seeds, out=root / "site", cache=root / "cache",
                    entities=root / "none.yaml", base_url="https://example.org/a/")
    build.build(config)
    return config.out
