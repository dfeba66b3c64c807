"""The only module that imports jieba: one tokenizer per process, with our user dictionary.

jieba keeps a pickled prefix dictionary; we point that cache at the project's cache folder
(``config.cache``) instead of the shared temp folder, and quiet its logger so builds print
only our own messages.

Plain cutting (no HMM, the hot path of tagging) runs on jieba-rs through ``rjieba``, loaded
with exactly jieba's dictionary, our user words and jieba's word total, so its words are
jieba's words, about 14 times faster. Dictionary look-ups, the HMM part-of-speech tagger
(jieba-rs tags differently) and the IDF table stay with jieba.

jieba and jieba-rs are imported when first used, not with this module: importing them
takes about a second, and a rebuild that finds every file in the cache (or a build with
nothing to do) imports the tagger's modules without tagging anything.

jieba's three tables (its prefix dictionary, the part-of-speech tags of its words and the
IDF table) are kept pickled in the cache folder (``cachedir.kept``), keyed by the files
they are read from: jieba loads the first with ``marshal`` (1.2–1.5 s for 498,000 entries)
and parses the other two from text (0.8 s each) in every process that tags; pickled, the
three load in under a second. They hold what jieba's own code reads from those files.
"""

from __future__ import annotations

import hashlib
import io
import logging
import sys
import threading
import types
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from cqnews_site.analyse import cachedir
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.inputs.gazetteer import default as default_gazetteer
from cqnews_site.inputs.lexicon import read_list

if TYPE_CHECKING:
    import jieba
    import jieba.posseg
    import rjieba

T = TypeVar("T")
_LOCK = threading.Lock()
_TOKENIZERS: dict[str, jieba.Tokenizer] = {}
_POS: dict[str, jieba.posseg.POSTokenizer] = {}
_FAST: dict[str, rjieba.Jieba] = {}
_USER_LINES: dict[str, list[str]] = {}  # the user dictionary each tokenizer loaded
# A word no text can hold (a private-use character, never in jieba's Han blocks): its
# frequency makes jieba-rs's word total equal jieba's (see ``fast_tokenizer``).
_TOTAL_PAD = "\U000f0000"


@lru_cache(maxsize=1)
def _jieba() -> types.ModuleType:
    """jieba, imported on first use (see the docstring); ``_posseg_module`` imports its
    part-of-speech module."""
    import jieba

    # jieba's only message above DEBUG is a traceback when it cannot write its dictionary
    # cache (a full disk, a folder that is not writable): a cache only saves time, and the
    # build reports an unusable cache folder itself (analyse/cachedir.py).
    jieba.setLogLevel(logging.CRITICAL)
    logging.getLogger("jieba").setLevel(logging.CRITICAL)
    return jieba


def jieba_version() -> str:
    """The installed jieba's and rjieba's versions (part of the tagger's cache key)."""
    return f"{getattr(_jieba(), '__version__', 'unknown')}+rjieba-{_rjieba_version()}"


def _rjieba_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rjieba")
    except PackageNotFoundError:
        return "unknown"


_FOLDERS: dict[str, str] = {}
_TABLES = "1"  # the format of the kept tables: a new value when what they hold changes
_POSSEG: list[types.ModuleType] = []  # jieba.posseg, once its word tags are in place


def _folder(cache_dir: Path | str) -> str:
    """Where jieba's caches and its kept tables live (see ``cachedir.jieba_folder``)."""
    key = str(cache_dir)
    if key not in _FOLDERS:
        _FOLDERS[key] = cachedir.jieba_folder(cache_dir)
    return _FOLDERS[key]


def _jieba_file(*parts: str) -> Path:
    return Path(_jieba().__file__).parent.joinpath(*parts)


def _kept(cache_dir: Path | str, name: str, source: Path, make: Callable[[], T]) -> T:
    """``make()``, kept in the cache folder while jieba's version and ``source`` (the file
    it reads) stay the same."""
    return cachedir.kept(_folder(cache_dir), name, _source_key(source), make)


@lru_cache(maxsize=4)
def _source_key(source: Path) -> str:
    digest = hashlib.blake2b(f"{_TABLES}|{getattr(_jieba(), '__version__', '')}".encode(),
                             digest_size=12)
    digest.update(source.read_bytes())
    return digest.hexdigest()


def _prefixes(tok: jieba.Tokenizer) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary and word total, read from ``dict.txt`` by jieba's own
    code (not from jieba's ``marshal`` cache, which jieba trusts for its own dictionary
    whatever the file now holds: the kept table is keyed by the file)."""
    return tok.gen_pfdict(tok.get_dict_file())


def _posseg_module(cache_dir: Path | str = ".cache") -> types.ModuleType:
    """``jieba.posseg``, imported with its word tags from the kept table.

    The module reads the tags of ``dict.txt`` when it is imported (0.85 s): during the
    import, the global tokenizer hands it an empty dictionary file, and the tags are put in
    afterwards, as jieba's own ``load_word_tag`` reads them (made once, then kept). A
    module someone else imported first is used as it is."""
    if _POSSEG:
        return _POSSEG[0]
    with _LOCK:
        if not _POSSEG:
            jieba = _jieba()
            if "jieba.posseg" in sys.modules:
                _POSSEG.append(sys.modules["jieba.posseg"])
                return _POSSEG[0]
            jieba.dt.get_dict_file = io.BytesIO  # for the import only: an empty file
            try:
                import jieba.posseg as posseg
            finally:
                del jieba.dt.get_dict_file
            posseg.dt.word_tag_tab = _kept(cache_dir, "jieba-tags", _jieba_file("dict.txt"),
                                           lambda: _word_tags(posseg))
            _POSSEG.append(posseg)
    return _POSSEG[0]


def _word_tags(posseg: types.ModuleType) -> dict[str, str]:
    """The tags of ``dict.txt``'s words, read by jieba's own code."""
    tags = types.SimpleNamespace()
    posseg.POSTokenizer.load_word_tag(tags, _jieba().dt.get_dict_file())
    return tags.word_tag_tab


def user_dictionary_lines(gazetteer: Gazetteer | None = None) -> list[str]:
    """The user dictionary as ``word freq tag`` lines: districts, titles, organisation words."""
    gaz = gazetteer or default_gazetteer()
    lines: dict[str, str] = {}
    for d in gaz.districts:
        for word in (d.name, d.short, *d.aliases, *d.former_names):
            lines.setdefault(word, f"{word} 20000 ns")
        for word in d.landmarks:
            lines.setdefault(word, f"{word} 5000 ns")
    for word in read_list("titles.txt"):
        lines.setdefault(word, f"{word} 20000 nnt")
    for word in read_list("org_suffixes.txt"):
        if len(word) > 1:
            lines.setdefault(word, f"{word} 5000 nt")
    return [lines[w] for w in sorted(lines)]


def tokenizer(cache_dir: Path | str = ".cache", gazetteer: Gazetteer | None = None
              ) -> jieba.Tokenizer:
    """The process-wide jieba tokenizer, created on first use with the user dictionary.

    The first call of a process decides the gazetteer whose names join the dictionary (the
    build's, with the editor's units); later calls with the same cache folder reuse it.
    """
    key = str(cache_dir)
    tok = _TOKENIZERS.get(key)
    if tok is not None:
        return tok
    with _LOCK:
        tok = _TOKENIZERS.get(key)
        if tok is None:
            tok = _jieba().Tokenizer()
            tok.tmp_dir = _folder(cache_dir)  # where jieba would keep its own cache
            tok.cache_file = "jieba.cache"
            # What ``initialize`` would load (pickled before the user words change it).
            tok.FREQ, tok.total = _kept(cache_dir, "jieba-prefixes", _jieba_file("dict.txt"),
                                        lambda: _prefixes(tok))
            tok.initialized = True
            _USER_LINES[key] = user_dictionary_lines(gazetteer)
            text = "\n".join(_USER_LINES[key]).encode("utf-8")
            stream = io.BytesIO(text)
            stream.name = "cqnews-user-dictionary"
            tok.load_userdict(stream)
            _TOKENIZERS[key] = tok
    return tok


def fast_tokenizer(cache_dir: Path | str = ".cache") -> rjieba.Jieba:
    """The process-wide jieba-rs tokenizer holding the same words as ``tokenizer(cache_dir)``.

    jieba-rs carries jieba's ``dict.txt`` (the same words, frequencies and tags; rjieba is
    pinned, and a test compares the two word by word); our user dictionary lines are added
    to it. jieba adds every user word's frequency to its total, even for a word it already
    has, while jieba-rs replaces the old frequency; the total weighs every path of the cut,
    so one padding word brings jieba-rs's total to jieba's. Both sides of that sum are
    jieba's own: its total, and its frequencies as jieba-rs now holds them.
    """
    key = str(cache_dir)
    fast = _FAST.get(key)
    if fast is not None:
        return fast
    tok = tokenizer(cache_dir)
    with _LOCK:
        fast = _FAST.get(key)
        if fast is None:
            import rjieba

            fast = rjieba.Jieba()  # its own copy of jieba's dictionary, read in 0.1 s
            for line in _USER_LINES[key]:
                word, freq, tag = line.split(" ")
                fast.add_word(word, int(freq), tag)
            # jieba's FREQ holds every word once with its last frequency (and each prefix
            # of a word with 0): what jieba-rs's total adds up.
            pad = tok.total - sum(tok.FREQ.values())
            if pad > 0:
                fast.add_word(_TOTAL_PAD, pad, "x")
            _FAST[key] = fast
    return fast


@lru_cache(maxsize=1)
def _pos_tokenizer_class(posseg: types.ModuleType) -> type:
    """jieba's part-of-speech tokenizer, starting from the word tags ``jieba.posseg`` holds
    for the same ``dict.txt`` (``_posseg_module``), not reading its 350,000 lines again
    (half a second of every worker's start)."""

    class POSTokenizer(posseg.POSTokenizer):
        def load_word_tag(self, f):  # type: ignore[no-untyped-def]
            imported = posseg.dt  # over jieba's global tokenizer, to which we add no words
            if self.tokenizer.dictionary == imported.tokenizer.dictionary:
                f.close()
                self.word_tag_tab = dict(imported.word_tag_tab)
            else:
                super().load_word_tag(f)

    return POSTokenizer


def pos_tokenizer(cache_dir: Path | str = ".cache") -> jieba.posseg.POSTokenizer:
    """A part-of-speech tokenizer over the shared tokenizer (used by the baseline only)."""
    key = str(cache_dir)
    pos = _POS.get(key)
    if pos is None:
        pos = _pos_tokenizer_class(_posseg_module(cache_dir))(tokenizer(cache_dir))
        _POS[key] = pos
    return pos


def cut(text: str, cache_dir: Path | str = ".cache", hmm: bool = False) -> list[str]:
    """Words of ``text``; without HMM unknown words stay split, which is fast and predictable."""
    if hmm:
        return tokenizer(cache_dir).lcut(text, HMM=True)
    return fast_tokenizer(cache_dir).cut(text, hmm=False)


def posseg(text: str, cache_dir: Path | str = ".cache", hmm: bool = True) -> list[tuple[str, str]]:
    """(word, tag) pairs from jieba's part-of-speech tagger."""
    return list(_posseg(text, cache_dir, hmm))


@lru_cache(maxsize=4096)
def _posseg(text: str, cache_dir: Path | str, hmm: bool) -> tuple[tuple[str, str], ...]:
    # Remembered: the tagger asks about the same short snippets (a name and what follows
    # it) again and again, and the HMM tagger takes about a millisecond each time.
    return tuple((p.word, p.flag) for p in pos_tokenizer(cache_dir).lcut(text, HMM=hmm))


def word_frequency(word: str, cache_dir: Path | str = ".cache") -> int:
    """How often jieba's dictionary says ``word`` occurs (0 if not a dictionary word)."""
    return int(frequencies(cache_dir).get(word, 0) or 0)


def frequencies(cache_dir: Path | str = ".cache") -> dict[str, int]:
    """jieba's word frequencies: ``frequencies(d).get(w, 0)`` is ``word_frequency(w, d)``.

    For loops that ask about many words: one dictionary look-up per word.
    """
    return tokenizer(cache_dir).FREQ


def tags(cache_dir: Path | str = ".cache") -> dict[str, str]:
    """jieba's dictionary tags: ``tags(d).get(w)`` is ``word_tag(w, d)`` (see ``frequencies``)."""
    pos = pos_tokenizer(cache_dir)
    pos.makesure_userdict_loaded()
    return pos.word_tag_tab


def word_tag(word: str, cache_dir: Path | str = ".cache") -> str | None:
    """jieba's dictionary part-of-speech tag of ``word`` (None for unknown words)."""
    return tags(cache_dir).get(word)


_IDF: list[tuple[dict[str, float], float]] = []


def idf_table(cache_dir: Path | str | None = None) -> tuple[dict[str, float], float]:
    """jieba's general IDF table and its median, the starting point of keyword weights;
    kept in ``cache_dir`` when one is given. Loaded once per process."""
    if not _IDF:
        # Read the file directly: importing jieba.analyse would load (and leak a handle to) it.
        source = _jieba_file("analyse", "idf.txt")
        table = (_read_idf(source) if cache_dir is None
                 else _kept(cache_dir, "jieba-idf", source, lambda: _read_idf(source)))
        _IDF[:] = [table]
    return _IDF[0]


def _read_idf(source: Path) -> tuple[dict[str, float], float]:
    table: dict[str, float] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 2:
            try:
                table[parts[0]] = float(parts[1])
            except ValueError:
                continue
    values = sorted(table.values())
    return table, values[len(values) // 2] if values else 10.0


_PLAIN: dict[str, jieba.posseg.POSTokenizer] = {}


def plain_posseg(text: str, cache_dir: Path | str = ".cache") -> list[tuple[str, str]]:
    """jieba's stock part-of-speech tagger with no user dictionary: the quality baseline."""
    key = str(cache_dir)
    pos = _PLAIN.get(key)
    if pos is None:
        posseg_module = _posseg_module(cache_dir)
        with _LOCK:
            tok = _jieba().Tokenizer()
            tok.tmp_dir = _folder(cache_dir)  # an unusable cache only costs time
            tok.cache_file = "jieba.cache"
            pos = posseg_module.POSTokenizer(tok)
            _PLAIN[key] = pos
    return [(p.word, p.flag) for p in pos.lcut(text, HMM=True)]
