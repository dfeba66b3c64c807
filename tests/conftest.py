"""Shared fixtures.

Site fixtures (render side): ``sample_archive`` (hand-made records), ``sample_site``
(that archive rendered and written to a folder) and ``seed_site`` (the real seed pages
built end to end into a temporary folder, once per session).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews_site.config import Config
from site_samples import sample_archive as _sample_archive

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture
def sample_archive():
    """A small hand-made archive: two pages, a roundup, people, reporters, 25 briefs."""
    return _sample_archive()


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The hand-made archive rendered and written; returns the output folder."""
    from cqnews_site import render, writer

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
