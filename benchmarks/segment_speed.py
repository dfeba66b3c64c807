"""Segmenting stays linear: a page of ~2 MB (the seed and dev pages repeated) is segmented
in well under a second, and a single 2 MB paragraph (one dateline, no breaks) too. Odd
shapes are timed as well (reported, not gated): the pages without blank lines, with CRLF
line ends and tabs, and 50,000 (then 100,000) one-character lines, whose time should double.

Run from the project root:  python benchmarks/segment_speed.py [--megabytes 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from cqnews_site.analyse import segmenter
from cqnews_site.inputs import reader

ROOT = Path(__file__).resolve().parents[1]


def _timed(text: str, name: str) -> tuple[float, int]:
    """CPU seconds to segment ``text`` (CPU time: the machine may be shared) and stories."""
    source, problems = reader.read_bytes(text.encode("utf-8"), name)
    assert source is not None, problems
    start = time.process_time()
    page = segmenter.segment(source)
    return time.process_time() - start, len(page.stories)


def main(argv: list[str] | None = None) -> int:
    """Print the segmenting time of a large page; exit status 1 above one second."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=2.0)
    args = parser.parse_args(argv)
    size = int(args.megabytes * 1024 * 1024)
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    pages += [p.read_text(encoding="utf-8")
              for p in sorted((ROOT / "tests" / "dev" / "pages").glob("*.txt"))]
    text = ""
    while len(text.encode("utf-8")) < size:
        text += "\n\n".join(pages) + "\n\n"
    body = "本报讯（记者 张三）" + "会议强调，要抓好落实" * (size // 30) + "。\n"
    _timed("## 标题\n\n正文。\n", "warm.txt")  # load the word lists and compile the rules once
    worst = 0.0
    for label, page in (("many pages in one file", text), ("one long paragraph", body)):
        seconds, stories = _timed(page, "big.txt")
        worst = max(worst, seconds)
        print(f"{label}: {len(page.encode('utf-8')) / 1e6:.1f} MB, {stories} stories, "
              f"{seconds:.2f} s CPU")
    one_page = "\n\n".join(pages)
    odd = (
        ("no blank lines", "\n".join(x for x in one_page.splitlines() if x.strip())),
        ("CRLF and tabs", one_page.replace("\n", "\r\n").replace("  ", "\t")),
        ("50,000 one-character lines", "\n".join("字" * 50_000)),
        ("100,000 one-character lines", "\n".join("字" * 100_000)),
    )
    for label, page in odd:
        seconds, stories = _timed(page, "odd.txt")
        print(f"{label}: {len(page.encode('utf-8')) / 1e6:.2f} MB, {stories} stories, "
              f"{seconds:.2f} s CPU")
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
