"""The compiled cutter (jieba-rs through rjieba) cuts exactly as jieba does, with our words."""

from __future__ import annotations

from pathlib import Path

import pytest

from cqnews_site.analyse import cachedir, nlp

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


# --- jieba's tables kept in the cache folder --------------------------------------------

_TABLES_SCRIPT = r"""
import hashlib, pickle, sys
from pathlib import Path
import jieba
if sys.argv[2] == "kept":  # every table must come from the cache folder now
    import io
    class Refused(io.BytesIO):  # dict.txt may be opened, never read
        def __iter__(self):
            raise AssertionError("jieba read dict.txt")
        read = readline = readlines = __iter__
    jieba.Tokenizer.get_dict_file = lambda self: Refused()
from cqnews_site.analyse import cachedir, nlp
cache = Path(sys.argv[1])
tok = nlp.tokenizer(cache)
tags = sorted(nlp.tags(cache).items())
import jieba.posseg  # imported by nlp.tags, its word tags from the kept table
text = "市人大代表、万州区区长李庆在巫溪县委书记陪同下调研"
shown = (sorted(tok.FREQ.items()), tok.total, tags,
         sorted(jieba.posseg.dt.word_tag_tab.items()), nlp.idf_table(cache),
         nlp.cut(text, cache), nlp.posseg(text, cache), nlp.posseg(text, cache, hmm=False))
print(hashlib.sha256(pickle.dumps(shown)).hexdigest(), len(shown[0]), len(shown[2]))
"""


def _tables(cache: Path, mode: str) -> str:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _TABLES_SCRIPT, str(cache), mode],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_kept_tables_give_what_jiebas_own_loading_gives(tmp_path):
    # The first process reads the tables with jieba's own code and keeps them; the
    # second, with jieba's dictionary file refused, gets every one from the kept files: the same prefix dictionary, word total, word tags (ours and jieba.posseg's
    # own), IDF table, cuts and part-of-speech tags.
    made = _tables(tmp_path, "made")
    kept = sorted(p.name.split("-")[1] for p in tmp_path.glob("jieba-*.pickle"))
    assert kept == ["idf", "prefixes", "tags"]
    assert not (tmp_path / "jieba.cache").exists()  # jieba's own cache is not used
    assert _tables(tmp_path, "kept") == made
    words, tags = (int(n) for n in made.split()[1:])
    assert words > 490_000 and tags > 340_000


def test_a_kept_value_is_read_not_made(tmp_path):
    calls = []

    def make(value):
        def made():
            calls.append(value)
            return {"value": value}
        return made

    assert cachedir.kept(tmp_path, "t", "k1", make(1)) == {"value": 1}
    assert cachedir.kept(tmp_path, "t", "k1", make(2)) == {"value": 1}  # kept: not made
    assert calls == [1]
    # Another key (a changed source) is made, and replaces the file of the old one.
    assert cachedir.kept(tmp_path, "t", "k2", make(3)) == {"value": 3}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t-k2.pickle"]


def test_a_damaged_kept_file_is_made_again(tmp_path):
    cachedir.kept(tmp_path, "t", "k", lambda: list(range(1000)))
    path = tmp_path / "t-k.pickle"
    path.write_bytes(path.read_bytes()[:100])  # truncated
    assert cachedir.kept(tmp_path, "t", "k", lambda: "again") == "again"
    assert cachedir.kept(tmp_path, "t", "k", lambda: "not asked") == "again"


def test_a_folder_that_cannot_be_written_only_costs_the_making(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert cachedir.kept(blocked / "sub", "t", "k", lambda: 42) == 42
    assert blocked.read_text() == "not a folder"
