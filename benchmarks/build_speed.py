"""Build speed on a synthetic archive made from the seed pages.

Run from the project root:  python benchmarks/build_speed.py [--stories 10000] [--jobs 2]

Each seed page is copied many times with its dates, numbers and paragraph order varied,
so every copy has different bytes (no cache hits between copies). The benchmark times a
cold build (empty cache, empty output), then a rebuild with nothing changed, and prints
stories, characters and seconds for each. Targets (for later): cold 10,000 stories in
60 s on 2 cores; unchanged rebuild in 3 s.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from cqnews_site.analyse import segmenter
from cqnews_site.build import build
from cqnews_site.config import Config
from cqnews_site.inputs import reader

ROOT = Path(__file__).resolve().parents[1]


def make_archive(folder: Path, stories: int, seed: int = 7) -> tuple[int, int]:
    """Write varied copies of the seed pages into ``folder``: (files, characters)."""
    rng = random.Random(seed)
    pages = []
    for path in reader.seed_files(ROOT / "seeds"):
        text = path.read_text(encoding="utf-8")
        source, _ = reader.read_bytes(text.encode("utf-8"), path.name)
        pages.append((text, len(segmenter.segment(source).stories)))
    made = files = chars = 0
    while made < stories:
        text, count = pages[files % len(pages)]
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        varied = re.sub(r"\d{1,2}月\d{1,2}日", f"{month}月{day}日", text)
        varied = re.sub(r"(\d+)(?=[个项家名])", lambda m: str(int(m[1]) + rng.randint(1, 9)),
                        varied)
        blocks = varied.split("\n\n")
        tail = blocks[1:]
        rng.shuffle(tail)
        varied = "\n\n".join([blocks[0], *tail]) + f"\n\n（第{files}号样张）\n"
        target = folder / f"{files // 500:03d}" / f"page_{files:06d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(varied, encoding="utf-8")
        files += 1
        chars += len(varied)
        made += count
    return files, chars


def main(argv: list[str] | None = None) -> int:
    """Generate, build cold, rebuild; print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cqnews-bench-") as tmp:
        work = Path(tmp)
        files, chars = make_archive(work / "seeds", args.stories)
        config = Config(seeds=work / "seeds", out=work / "build", cache=work / ".cache",
                        jobs=args.jobs, entities=work / "entities.yaml")
        print(f"archive: {files} files, {chars:,} characters")
        for label in ("cold build", "unchanged rebuild"):
            started = time.perf_counter()
            result = build(config)
            seconds = time.perf_counter() - started
            print(f"{label:<18} {result.stories:>6} stories  {seconds:7.1f} s  "
                  f"{chars / seconds:>12,.0f} chars/s")
        shutil.rmtree(work / "build", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
