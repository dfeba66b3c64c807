"""Shared fixtures.

Site fixtures (render side): ``sample_archive`` (hand-made records), ``sample_site``
(that archive rendered and written to a folder) and ``seed_site`` (the real seed pages
built end to end into a temporary folder, once per session).
"""

from __future__ import annotations

import importlib.util
import os
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


@pytest.fixture(scope="session", autouse=True)
def _work_in_a_temporary_folder(tmp_path_factory):
    """Run every test from a temporary folder: a default ``Config()`` writes ``.cache`` and
    build stamps relative to the working folder, and tests write only into temp folders."""
    before = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("cwd"))
    yield
    os.chdir(before)


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
