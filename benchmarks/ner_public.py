"""Person names of ``cqnews tag`` on public Chinese NER test sets, beside plain jieba.

Run:  python benchmarks/ner_public.py PATH [PATH …]

Each PATH is one of (the format is recognised from the content):

* the MSRA NER test file (``NER/MSRA/testright1.txt`` of the GitHub repository
  InsaneLife/ChineseNLPCorpus): one sentence per line, ``word/tag`` tokens, ``nr`` = person;
* the CLUENER 2020 dev file (``datasets/cluener/dev.json`` of plum-Yin/GlobalPointer_pytorch):
  JSON objects one after another, ``label.name`` = person, ``label.position`` = position.

The sets are not ours to redistribute: keep them outside the repository (no test needs
them). Lines are scored in chunks of 50, names compared as sets per chunk; the tagger is
the function behind ``cqnews tag`` (``Tagger.tag_text``; its people, reporters,
photographers and editors are all person names), the baseline every ``nr`` word
of jieba's stock part-of-speech tagger. For CLUENER the recall of names printed right
after a position label (``董事长张三``) is reported too.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from cqnews_site.analyse import nlp
from cqnews_site.analyse.tagger import Tagger
from cqnews_site.config import Config
from cqnews_site.inputs.resources import Resources

CHUNK = 50


@dataclass
class Line:
    """One sentence and its gold person names (and those right after a position)."""

    text: str
    names: set[str]
    after_position: set[str] = field(default_factory=set)


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[str], expected: set[str]) -> None:
        """Count one chunk's sets."""
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)

    @property
    def p(self) -> float:
        """Precision."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        """Recall."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """F1."""
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def read_msra(text: str) -> list[Line]:
    """MSRA ``word/tag`` lines."""
    lines = []
    for raw in text.splitlines():
        words, names = [], set()
        for token in raw.split():
            word, _, tag = token.rpartition("/")
            if not word:
                continue
            words.append(word)
            if tag == "nr":
                names.add(word)
        if words:
            lines.append(Line("".join(words), names))
    return lines


def read_cluener(text: str) -> list[Line]:
    """CLUENER JSON objects, one after another."""
    decoder = json.JSONDecoder()
    lines, pos = [], 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        obj, pos = decoder.raw_decode(text, pos)
        label = obj.get("label") or {}
        names = set((label.get("name") or {}).keys())
        ends = {end for spans in (label.get("position") or {}).values() for _, end in spans}
        after = {name for name, spans in (label.get("name") or {}).items()
                 if any(start - 1 in ends for start, _ in spans)}
        lines.append(Line(obj["text"], names, after))
    return lines


def load(path: Path) -> tuple[str, list[Line]]:
    """The set's name and its lines."""
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("{"):
        return "CLUENER", read_cluener(text)
    return "MSRA", read_msra(text)


def score(lines: list[Line], tagger: Tagger, cache: Path) -> dict[str, object]:
    """Tagger and baseline counts over 50-line chunks."""
    ours, base, after = Counts(), Counts(), Counts()
    started = time.perf_counter()
    for i in range(0, len(lines), CHUNK):
        chunk = lines[i:i + CHUNK]
        text = "\n".join(line.text for line in chunk)
        expected = set().union(*(line.names for line in chunk))
        tagged = tagger.tag_text(text)
        # Every person name the command reports: people and the credited names alike.
        predicted = {p["name"] for p in tagged["people"]}
        predicted |= {*tagged["reporters"], *tagged["photographers"], *tagged["editors"]}
        baseline = {w for w, tag in nlp.plain_posseg(text, cache) if tag == "nr"}
        ours.add(predicted, expected)
        base.add(baseline, expected)
        after_gold = set().union(*(line.after_position for line in chunk))
        after.add(predicted & after_gold, after_gold)
    return {"ours": ours, "base": base, "after": after,
            "seconds": time.perf_counter() - started}


def main(argv: list[str] | None = None) -> int:
    """Print a table of person-name precision, recall and F1 per set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=Path(".cache"))
    args = parser.parse_args(argv)
    tagger = Tagger.load(Resources.load(Config(cache=args.cache)))
    print("| set | lines | cqnews P / R / F1 | plain jieba posseg nr P / R / F1 |")
    print("|---|---|---|---|")
    extra = []
    for path in args.paths:
        name, lines = load(path)
        result = score(lines, tagger, args.cache)
        o, b = result["ours"], result["base"]
        print(f"| {name} ({path.name}) | {len(lines)} | {o.p:.3f} / {o.r:.3f} / {o.f1:.3f} | "
              f"{b.p:.3f} / {b.r:.3f} / {b.f1:.3f} |")
        if any(line.after_position for line in lines):
            extra.append(f"{name}: names right after a position, recall "
                         f"{result['after'].r:.3f} ({result['after'].tp}/"
                         f"{result['after'].tp + result['after'].fn})")
        extra.append(f"{name}: {result['seconds']:.1f} s")
    for line in extra:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
