"""A function in a forked process of its own (``forked.Forked``), and the last site's
story ids read that way while a build analyses its files, or from the summary the build
that wrote the site kept of them."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from cqnews_site.build import build
from cqnews_site.config import Config
from cqnews_site.forked import Forked
from cqnews_site.inputs import previous
from cqnews_site.output import stamp

ROOT = Path(__file__).resolve().parents[1]


def _pid_and(value):
    return os.getpid(), value


def _fails():
    raise ValueError("bad input in the child")


def test_the_answer_comes_from_another_process():
    pid, value = Forked(_pid_and, {"big": "x" * 1_000_000}).result()
    assert pid != os.getpid() and value == {"big": "x" * 1_000_000}


def test_what_the_function_raises_is_raised_where_the_answer_is_asked():
    with pytest.raises(ValueError, match="bad input in the child"):
        Forked(_fails).result()


def test_a_killed_process_gives_the_lost_error():
    forked = Forked(time.sleep, 30, lost=RuntimeError("worker gone"))
    os.kill(forked._process.pid, signal.SIGKILL)
    with pytest.raises(RuntimeError, match="worker gone"):
        forked.result()


def test_the_last_site_read_apart_is_the_last_site_read_here(tmp_path):
    config = Config(seeds=ROOT / "seeds", out=tmp_path / "site", cache=tmp_path / "cache",
                    entities=ROOT / "entities.yaml", jobs=1)
    assert previous.load_apart(config.out)() == previous.PreviousSite()  # no site yet
    build(config)
    here = previous.load(config.out)
    assert len(here.stories) > 5
    assert previous.load_apart(config.out)() == here


def test_the_last_site_is_read_here_when_its_process_is_killed(tmp_path, monkeypatch):
    config = Config(seeds=ROOT / "seeds", out=tmp_path / "site", cache=tmp_path / "cache",
                    entities=ROOT / "entities.yaml", jobs=1)
    build(config)
    monkeypatch.setattr(previous, "load", lambda out, real=previous.load: (
        os._exit(9) if os.getpid() != parent else real(out)))
    parent = os.getpid()
    assert previous.load_apart(config.out)() == previous.load(config.out)


def _seeds_config(tmp_path):
    return Config(seeds=ROOT / "seeds", out=tmp_path / "site", cache=tmp_path / "cache",
                  entities=ROOT / "entities.yaml", jobs=1)


def _no_stories_json(monkeypatch):
    def refuse(path, real=previous._json):
        assert path.name != "stories.json", "read the site's stories.json"
        return real(path)
    monkeypatch.setattr(previous, "_json", refuse)


def test_the_summary_a_build_keeps_reads_as_its_site_does(tmp_path, monkeypatch):
    config = _seeds_config(tmp_path)
    build(config)
    from_site = previous.load(config.out)
    assert len(from_site.stories) == 11 and len({s.source for s in from_site.stories}) == 5
    record = stamp.summary_path(config)
    _no_stories_json(monkeypatch)  # the summary stands for the 100 MB file
    assert previous.load(config.out, record) == from_site
    assert previous.load_apart(config.out, record)() == from_site


def test_a_summary_is_not_trusted_for_another_stories_json(tmp_path):
    config = _seeds_config(tmp_path)
    build(config)
    record = stamp.summary_path(config)
    stories = config.out / "data/stories.json"
    entries = json.loads(stories.read_text(encoding="utf-8"))
    stories.unlink()  # a site put in the folder by other means: read it
    stories.write_text(json.dumps(entries[1:], ensure_ascii=False), encoding="utf-8")
    assert [s.id for s in previous.load(config.out, record).stories] == \
        [e["id"] for e in entries[1:]]
    assert previous.load_apart(config.out, record)() == previous.load(config.out)
    record.write_bytes(b"\x00damaged")
    assert previous.load(config.out, record) == previous.load(config.out)


def test_the_summary_goes_with_the_stamp_before_a_site_is_replaced(tmp_path):
    config = _seeds_config(tmp_path)
    build(config)
    assert stamp.summary_path(config).is_file()
    stamp.forget(config)
    assert not stamp.summary_path(config).exists()
