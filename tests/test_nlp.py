"""The compiled cutter (jieba-rs through rjieba) cuts exactly as jieba does, with our words."""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews_site.analyse import nlp

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def _lines() -> list[str]:
    files = [*sorted((ROOT / "seeds").glob("*.*")),
             *sorted((ROOT / "tests" / "dev" / "pages").rglob("*.*")),
             *sorted((ROOT / "tests" / "heldout" / "pages").rglob("*.*"))]
    texts = [f.read_text(encoding="utf-8") for f in files if f.suffix in (".txt", ".md")]
    return [line for text in texts for line in text.splitlines() if line.strip()]


def test_fast_cut_is_jiebas_cut_on_every_real_page_line(cache):
    lines = _lines()
    assert len(lines) > 500
    slow = nlp.tokenizer(cache)
    differ = [line for line in lines if nlp.cut(line, cache) != slow.lcut(line, HMM=False)]
    assert differ == []


def test_fast_cutter_holds_jiebas_frequencies_and_tags(cache):
    # jieba-rs starts from its own copy of jieba's dictionary. A jieba-rs filled line by
    # line from jieba's dict.txt and our user words (padded to jieba's total) must hold
    # the same frequencies: suggest_freq is max(the product of a word's pieces'
    # frequencies over the total, its own), the same code on both sides. Every 20th word
    # of dict.txt and every user word, with its tag.
    import jieba
    import rjieba

    slow, fast = nlp.tokenizer(cache), nlp.fast_tokenizer(cache)
    lines = (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8").splitlines()
    user = nlp.user_dictionary_lines()
    reference = rjieba.Jieba.empty()
    freq: dict[str, int] = {}
    for line in (*lines, *user):
        word, count, tag = line.split(" ")
        freq[word] = int(count)
        reference.add_word(word, int(count), tag)
    reference.add_word(nlp._TOTAL_PAD, slow.total - sum(freq.values()), "x")
    words = [line.split(" ")[0] for line in (*lines[::20], *user)]
    assert len(words) > 17000
    assert [w for w in words if fast.suggest_freq(w) != reference.suggest_freq(w)] == []
    assert [w for w in words if fast.tag(w) != reference.tag(w)] == []


def test_user_dictionary_words_stay_whole(cache):
    # 县委书记 and 巫溪 come from titles.txt and the gazetteer, not from jieba's dictionary.
    words = nlp.cut("巫溪县委书记在会上讲话", cache)
    assert "巫溪" in words and "县委书记" in words
    assert words == nlp.tokenizer(cache).lcut("巫溪县委书记在会上讲话", HMM=False)


def test_the_padding_word_changes_no_cut(cache):
    assert nlp.fast_tokenizer(cache).has_word(nlp._TOTAL_PAD)
    # Outside jieba's Han blocks, the padding character is cut alone, as jieba cuts it.
    text = f"重庆{nlp._TOTAL_PAD}日报"
    assert nlp.cut(text, cache) == nlp.tokenizer(cache).lcut(text, HMM=False)


def test_cut_with_hmm_is_jiebas(cache):
    text = "姜天波主持召开会议"
    assert nlp.cut(text, cache, hmm=True) == nlp.tokenizer(cache).lcut(text, HMM=True)


def test_the_cache_key_names_both_cutters():
    assert "rjieba" in nlp.jieba_version()
