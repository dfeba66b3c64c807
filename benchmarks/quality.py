"""Quality of the reader, segmenter and tagger against the hand-checked gold answers.

Run from the project root:
    python benchmarks/quality.py [--seeds DIR] [--gold DIR] [--set NAME] [-v]
Prints per page and overall precision/recall/F1 (and shares) for every measured field, for
the seed pages and, separately, for the development pages in ``tests/dev`` (layouts the
seeds do not show) and the held-out pages in ``tests/heldout`` (layouts no rule was
written from). ``--set heldout`` reports one set only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import evaluate
import evaluate_tags
from cqnews_site.analyse import segmenter
from cqnews_site.config import Config
from cqnews_site.inputs import reader

ROOT = Path(__file__).resolve().parents[1]


def segmenter_table(rows: list[evaluate.PageScore], total: evaluate.PageScore) -> str:
    """A plain-text table of the segmenter's scores."""
    head = (f"{'page':<14}{'headline F1':>12}{'item F1':>9}{'reporter F1':>12}"
            f"{'photo F1':>9}{'dates':>7}{'begins/ends':>12}")
    lines = [head, "-" * len(head)]
    for row in [*rows, total]:
        lines.append(
            f"{row.source[:13]:<14}{row.headlines.f1:>12.3f}{row.items.f1:>9.3f}"
            f"{row.reporters.f1:>12.3f}{row.photographers.f1:>9.3f}{row.dates.value:>7.3f}"
            f"{row.spans.value:>12.3f}"
        )
    return "\n".join(lines)


def segmenter_scores(
    pages_dir: Path, gold_dir: Path
) -> tuple[list[evaluate.PageScore], evaluate.PageScore]:
    """Read and segment every page in ``pages_dir`` and score it against ``gold_dir``."""
    sources, _ = reader.read_tree(pages_dir)
    pages = [segmenter.segment(source) for source in sources]
    return evaluate.score_pages(pages, evaluate.load_gold(gold_dir))


def main(argv: list[str] | None = None) -> int:
    """Print the quality tables; exit status 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    parser.add_argument("--dev", type=Path, default=ROOT / "tests" / "dev",
                        help="development pages (pages/) with their gold answers (gold/)")
    parser.add_argument("--heldout", type=Path, default=ROOT / "tests" / "heldout",
                        help="held-out pages (pages/) with their gold answers (gold/): layouts "
                        "no rule was written from")
    parser.add_argument("--set", dest="only", choices=("seeds", "dev", "heldout"),
                        help="report one set only (and skip the tagger)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    sets = (
        ("seeds", "Reader and segmenter: seed pages", args.seeds, args.gold),
        ("dev", "Reader and segmenter: development pages (tests/dev)", args.dev / "pages",
         args.dev / "gold"),
        ("heldout", "Reader and segmenter: held-out pages (tests/heldout)",
         args.heldout / "pages", args.heldout / "gold"),
    )
    for name, title, pages_dir, gold_dir in sets:
        if args.only and name != args.only:
            continue
        rows, total = segmenter_scores(pages_dir, gold_dir)
        print(title)
        print(segmenter_table(rows, total))
        if args.verbose:
            for miss in total.missed:
                print("  miss:", miss)
        print()
    if args.only:
        return 0
    print("Tagger (P/R/F1), with plain jieba posseg nr/ns as the baseline")
    tagged = evaluate_tags.evaluate(args.seeds, args.gold, Config(cache=ROOT / ".cache"))
    print(evaluate_tags.format_rows(evaluate_tags.rows(tagged)))
    if (args.dev / "pages").is_dir():
        print()
        print(f"Tagger on the development pages ({args.dev}); page_* rows count each value "
              "once per page, whatever the story boundaries")
        dev = evaluate_tags.evaluate(args.dev / "pages", args.dev / "gold",
                                     Config(cache=ROOT / ".cache"))
        print(evaluate_tags.format_rows(evaluate_tags.rows(dev)))
    if (args.heldout / "pages").is_dir():
        print()
        print(f"Tagger on the held-out pages whose gold records people ({args.heldout}); "
              "overall rows only")
        held = evaluate_tags.evaluate(args.heldout / "pages", args.heldout / "gold",
                                      Config(cache=ROOT / ".cache"), with_people_only=True)
        print(evaluate_tags.format_rows(
            [row for row in evaluate_tags.rows(held) if row["page"] == "overall"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
