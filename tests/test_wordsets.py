"""The tagger's fast paths give exactly the answers of the plain forms they replace.

Word lists indexed by first and last character (``Affixes``), longest-first tries
(``longest_first``, ``common_words``), the introducer and name-shape patterns (``IntroducerEnds``,
``name_shape``), the pinyin-gloss pattern of ``script.view``, NFKC on the runs between Han characters (``normalize``) and the
traditional-script count of ``script.view`` are checked on the real word lists and the
dev and seed pages, and on made-up corner cases.
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from cqnews_site.analyse import script, wordsets
from cqnews_site.analyse.wordsets import (
    Affixes,
    IntroducerEnds,
    PresentWords,
    common_words,
    name_shape,
)
from cqnews_site.inputs.lexicon import read_list
from cqnews_site.model.text import longest_first, normalize

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


@pytest.mark.parametrize("name", ["titles.txt", "terms.txt"])
def test_common_words_find_what_the_sorted_alternation_finds(name):
    words = read_list(name)
    # (with what follows a title, which the engine may backtrack into: 区长（兼）)
    plain = re.compile(f"(?:{_alternation(words).pattern})(?:[(（]兼[)）])?")
    split = re.compile(f"(?:{common_words(words)})(?:[(（]兼[)）])?")
    for text in _texts():
        assert [m.span() for m in split.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_common_words_on_made_up_words(monkeypatch):
    monkeypatch.setattr(wordsets, "_BRANCHES", 2)  # every split made, down to two branches
    assert re.compile(common_words([])).search("anything") is None
    rng = random.Random(17)
    for _ in range(2000):
        # (one-character words sometimes: no class of second characters then)
        shortest = rng.choice((1, 2))
        words = ["".join(rng.choice("abcdefg") for _ in range(rng.randint(shortest, 4)))
                 for _ in range(rng.randint(1, 12))]
        text = "".join(rng.choice("abcdefgx") for _ in range(40))
        plain = re.compile(f"(?:{_alternation(words).pattern})c?b")
        split = re.compile(f"(?:{common_words(words)})c?b")
        assert [m.span() for m in split.finditer(text)] == [m.span() for m in plain.finditer(text)]


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


_STOPS = "\n。！？!?；;"


def _introducer_words() -> list[str]:
    return sorted((w for w in read_list("name_introducers.txt") if w != "的"), key=len,
                  reverse=True)


def _introducer_spec(words) -> re.Pattern[str]:
    """The introducer pattern as the people finder wrote it."""
    return re.compile(r"(?:(?<=[\u4e00-\u9fff])的|" + "|".join(map(re.escape, words))
                      + r"|(?:^|(?<=[\n。！？!?；;]))(?=[\u4e00-\u9fff]))")


def test_introducer_ends_are_the_ends_of_the_plain_pattern():
    words = _introducer_words()
    fast, spec = IntroducerEnds(words, _STOPS), _introducer_spec(words)
    made_up = ["村民王大明说", "名叫做王某", "。村民", "王", "", "的的", "是的王大明", "\n叫王某",
               "！名叫做张三", "中。中", "他的儿子李某；女儿", "abc的王", "。。的"]
    for text in [*_texts(), *made_up, *(line for t in _texts() for line in t.splitlines())]:
        assert list(fast.ends(text)) == [m.end() for m in spec.finditer(text)], text[:40]


def test_introducer_ends_on_made_up_words():
    rng = random.Random(7)
    for _ in range(3000):
        words = sorted({"".join(rng.choice("的王叫做。a") for _ in range(rng.randint(1, 3)))
                        for _ in range(rng.randint(1, 5))} - {"的"}, key=len, reverse=True)
        text = "".join(rng.choice("的王叫做民。！\na ") for _ in range(25))
        fast = IntroducerEnds(words, _STOPS)
        assert list(fast.ends(text)) == [m.end() for m in fast.spec.finditer(text)]



def test_name_shape_finds_what_the_plain_pattern_finds():
    surnames = read_list("surnames.txt")
    single = [s for s in surnames if len(s) == 1]
    pairs = [s for s in surnames if len(s) == 2]
    given = "".join(read_list("given_chars.txt"))
    plain = re.compile(f"(?:[{re.escape(''.join(sorted(set(single))))}]"
                       f"[{re.escape(''.join(sorted(set(given))))}]{{2}}"
                       f"|(?:{'|'.join(map(re.escape, sorted(set(pairs))))})"
                       f"[{re.escape(''.join(sorted(set(given))))}])")
    fast = name_shape(single, pairs, given)
    for text in [*_texts(), "欧阳明说", "王小明和欧阳", "司马光"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    rng = random.Random(5)
    for _ in range(2000):
        single = rng.sample("王李张欧司", rng.randint(1, 3))
        pairs = ["".join(rng.choice("王欧阳司马") for _ in range(2)) for _ in range(rng.randint(1, 3))]
        text = "".join(rng.choice("王李张欧阳司马明小x") for _ in range(30))
        g = "明小王"
        plain = re.compile(f"(?:[{''.join(sorted(set(single)))}][{g}]{{2}}"
                           f"|(?:{'|'.join(sorted(set(pairs)))})[{g}])")
        assert [m.span() for m in name_shape(single, pairs, g).finditer(text)] == [
            m.span() for m in plain.finditer(text)]


def test_gloss_pattern_finds_what_the_look_behind_first_pattern_finds():
    plain = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}"
                       r"[1-5]?[)）]")
    for text in [*_texts(), "區(qū)委書記(shū)", "(qu)x", "中(（a)", "中（zhōng）", "a(b)中(c)"]:
        assert [m.span() for m in script._GLOSS.finditer(text)] == [
            m.span() for m in plain.finditer(text)]


def test_list_starts_and_profile_lines_match_the_plain_patterns():
    from cqnews_site.analyse import people

    marks = re.compile(r"\n|免去|撤销|确认：|[，,：:]")
    verb = re.compile(r"[\u4e00-\u9fff \u3000、]*?[为的]")
    profile = re.compile(r"(?:^|\n)[ \u3000]*(?:\d+[.．、][ \u3000]*)?(?P<name>"
                         r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2})[，,](?:男|女)[，,]")
    made_up = ["确认：王某为", "免去王某的", "\n张三，男，汉族", "张三，男，", "\n\n李四，女，",
               "1. 王五，男，", ",,为", "确认：，的", "任命：\n李某为区长；\n王某的局长职务"]
    for text in [*_texts(), *made_up]:
        plain = [p for p in [0, *(m.end() for m in marks.finditer(text))] if verb.match(text, p)]
        assert list(people._list_starts(text)) == plain
        assert [(m.span(), m.span("name")) for m in people._profile_lines(text)] == [
            (m.span(), m.span("name")) for m in profile.finditer(text)]


@pytest.mark.parametrize("name", ["post_titles.txt", "titles.txt", "terms.txt"])
def test_present_words_are_the_words_in_the_text(name):
    words = read_list(name)
    present = PresentWords(words)
    for text in _texts():
        assert present.present(text) == {w for w in words if w in text}


def test_present_words_on_made_up_words():
    rng = random.Random(11)
    for _ in range(3000):
        words = ["".join(rng.choice("abc") for _ in range(rng.randint(1, 4)))
                 for _ in range(rng.randint(1, 8))]
        text = "".join(rng.choice("abcx") for _ in range(20))
        assert PresentWords(words).present(text) == {w for w in words if w in text}
    assert PresentWords(["书记", "记者"]).present("书记者") == {"书记", "记者"}


def test_furniture_found_as_the_alternation_is_searched():
    from cqnews_site.analyse import lines

    data = lines.words()
    keys = ("masthead", "editors", "weather", "teasers", "notices", "web_chrome")
    made_up = ["首页 > 新闻", "当前位置：首页", "原标题：某某", "END", "ICP备12345号", "附件1：",
               "本版责编：周敏", "审核：王", "明天 晴 18℃~27℃", "■ 要闻 3版", "版权所有",
               "ABC DEF", "农历二月初三", "主管 某某 主办", "a|b|", "区委书记 2024-03-01"]
    for text in [*(line for t in _texts() for line in t.splitlines()), *made_up]:
        norm = normalize(text)
        for key in keys:
            assert data[key + "_found"](norm) == bool(data[key + "_re"].search(norm)), (key, norm)


def test_top_level_branches():
    from cqnews_site.analyse.lines import _branches

    assert _branches(r"a[|]b|c\|d|(x|y)|[]|]|[^]|a]z|e") == [
        "a[|]b", r"c\|d", "(x|y)", "[]|]", "[^]|a]z", "e"]
    assert _branches("^a") == ["^a"]


def test_name_characters_hold_no_clause_end():
    """``PeopleFinder._unknown_words`` goes on searching from a clause's end: it relies on
    no name-shaped string holding a clause's end."""
    from cqnews_site.analyse import people

    chars = set("".join(read_list("surnames.txt"))) | set("".join(read_list("given_chars.txt")))
    assert chars and not any(people._CLAUSE_END.match(c) for c in chars)


def test_normalize_folds_every_white_space_the_regex_knows():
    spaces = [chr(c) for c in range(0x110000) if re.match(r"\s", chr(c))]
    assert spaces == [chr(c) for c in range(0x110000) if chr(c).isspace()]
    for space in spaces:
        text = f"{space}区委{space}{space}书记 ，{space}"
        assert normalize(text) == _normalize_whole(text)


def test_bracket_after_a_spaced_name_is_found_as_by_the_look_behind_first_pattern():
    from cqnews_site.analyse import lines

    plain = re.compile(r"(?<= [\u4e00-\u9fff])([)）\]】])")
    for text in [*(line for t in _texts() for line in t.splitlines()),
                 "(记者 钟 静 实习生 毛 毛)", "a 中)", "中)", " 中】 x 王]", "）", " 中）"]:
        assert [m.span() for m in lines._BEFORE_BRACKET.finditer(text)] == [
            m.span() for m in plain.finditer(text)]
