"""The tagger's fast paths give exactly the answers of the plain forms they replace.

Word lists indexed by first and last character (``Affixes``), longest-first tries
(``longest_first``), NFKC on the runs between Han characters (``normalize``) and the
traditional-script count of ``script.view`` are checked on the real word lists and the
dev and seed pages, and on made-up corner cases.
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from cqnews_site.analyse import script
from cqnews_site.analyse.wordsets import Affixes, longest_first
from cqnews_site.inputs.lexicon import read_list
from cqnews_site.model.text import normalize

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "tests" / "dev" / "pages").glob("*")) + sorted((ROOT / "seeds").glob("*.txt"))


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in PAGES if p.suffix in (".txt", ".md")]


def _alternation(words) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))))


def test_pages_are_there():
    assert len(_texts()) >= 10


@pytest.mark.parametrize("name", ["titles.txt", "name_followers.txt", "reporting_verbs.txt"])
def test_affixes_answer_as_startswith_and_endswith_with_the_whole_list(name):
    words = tuple(read_list(name))
    index = Affixes(words)
    for text in _texts():
        for pos in range(len(text) + 1):
            assert index.starts(text, pos) == text.startswith(words, pos)
        for end in range(0, len(text) + 1, 3):
            assert index.ends(text[:end]) == text[:end].endswith(words)


def test_affixes_corner_cases():
    assert not Affixes(()).starts("区长", 0) and not Affixes(()).ends("区长")
    index = Affixes(("书记", "区委书记", "长"))
    assert index.starts("区委书记", 0) and index.starts("区委书记", 2)
    assert not index.starts("区委书记", 1) and not index.starts("区委书记", 4)
    assert index.ends("县长") and not index.ends("县委") and not index.ends("")
    assert Affixes(("", "x")).starts("abc", 1)  # the empty word starts everywhere


@pytest.mark.parametrize("name", ["titles.txt", "terms.txt"])
def test_longest_first_finds_what_the_sorted_alternation_finds(name):
    words = read_list(name)
    plain, trie = _alternation(words), re.compile(longest_first(words))
    for text in _texts():
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_longest_first_on_made_up_words():
    assert re.compile(longest_first(["书记", "书记处书记"])).findall("书记处书记处长") == [
        "书记处书记", ]
    assert re.compile(longest_first([])).search("anything") is None
    rng = random.Random(13)
    for _ in range(2000):
        words = ["".join(rng.choice("abc") for _ in range(rng.randint(1, 4)))
                 for _ in range(rng.randint(1, 10))]
        text = "".join(rng.choice("abcx") for _ in range(30))
        plain, trie = _alternation(words), re.compile(longest_first(words))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _normalize_whole(text: str) -> str:
    """``normalize`` as it was: NFKC of the whole text at once."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"—": "-", "－": "-", "–": "-", "〜": "~", "～": "~",
                                         "•": "·", "・": "·"}))
    return re.sub(r"\s+", " ", text).strip()


def test_normalize_equals_nfkc_of_the_whole_text():
    lines = [line for text in _texts() for line in text.splitlines()]
    lines += ["区委书记（兼）：张三", "ｶﾞｷﾞ中ﾞ", "e\u0301中\u0301\u0323x", "가\u11a8中\u1100\u1161",
              "１２３，中文—～•・", "Ⅻ中㍿　全角　空格", "\u212b中\u2126", "中\uff9e"]
    for line in lines:
        assert normalize(line) == _normalize_whole(line), line


def test_traditional_count_equals_the_per_character_count():
    samples = [*_texts(), "榮昌區委書記張瓊說，區(qū)委書記", "重慶日報 國際新聞 經濟"]
    for text in samples:
        han = "".join(c for c in text if "\u4e00" <= c <= "\u9fff")
        assert script._changed_count(han) == sum(1 for c in han if script._char_t2s(c) != c)
    assert script.view("榮昌區委書記張瓊說").text == "荣昌区委书记张琼说"
