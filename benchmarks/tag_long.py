"""Tagging time of one very long story: the tagger must stay linear in a story's length.

Run:  python benchmarks/tag_long.py [--mb 2]

The story is the seed pages' text repeated until it is ``--mb`` megabytes long (UTF-8),
tagged as one story of one page, on one core. Target: under 10 s for 2 MB (the CPU time
is printed too: on a busy machine the wall-clock time says little).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from cqnews_site.analyse.tagger import Tagger
from cqnews_site.config import Config
from cqnews_site.inputs.resources import Resources
from cqnews_site.model.records import Page, Story

ROOT = Path(__file__).resolve().parents[1]


def long_story(megabytes: float) -> str:
    """Seed text repeated to ``megabytes`` MB, paragraphs kept."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    target = int(megabytes * 1024 * 1024)
    parts, size = [], 0
    while size < target:
        parts.append(text)
        size += len(text.encode("utf-8"))
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Print the characters, seconds and characters per second."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache")
    args = parser.parse_args(argv)
    text = long_story(args.mb)
    story = Story(id="long", source="long.txt", position=0, line=1, headline="长稿",
                  paragraphs=tuple(p for p in text.split("\n") if p.strip()))
    page = Page(source="long.txt", digest="d", year=2024, year_evidence=None, banner=None,
                noise=(), stories=(story,))
    tagger = Tagger.load(Resources.load(Config(cache=args.cache)))
    tagger.tag_text("区委书记王某某说，北碚区要加快发展。")  # warm up jieba's tables
    started, cpu = time.perf_counter(), time.process_time()
    tagged = tagger.tag_page(page)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    s = tagged.stories[0]
    print(f"{len(text)} characters ({args.mb} MB): {seconds:.1f} s ({cpu:.1f} s CPU), "
          f"{len(text) / seconds:,.0f} characters/s; {len(s.people)} people, "
          f"{len(s.districts)} districts, {len(s.keywords)} keywords")
    return 0


if __name__ == "__main__":
    sys.exit(main())
