"""Keywords: ranked candidates of what a story is about (nouns, terms, joined nouns).

Nouns by jieba's dictionary tag (looked up per word, no tagging of the whole text), policy
terms from ``data/terms.txt`` kept whole, rubric keywords (``关键词【民生改善】``) first.
"""

from __future__ import annotations

import re
from pathlib import Path

from cqnews_site.analyse import nlp
from cqnews_site.analyse.wordsets import common_words
from cqnews_site.inputs.lexicon import read_list
from cqnews_site.model.text import is_han

_RUBRIC = re.compile(r"关键词\s*[【\[［〔]\s*[“\"]?(?P<kw>[^】\]］〕]+?)[”\"]?\s*[】\]］〕]")
# Keyword candidates: jieba dictionary tags that name things readers look for.
_KEYWORD_TAGS = frozenset({"n", "nz", "nt", "ns", "nl", "vn", "eng"})
# A keyword never ends in a bound suffix or particle (同志们, 代表们).
_NOT_KEYWORD_END = frozenset("们的了着")
# Stand-ins for stories with fewer than MIN_NOUNS noun candidates: verbs, idioms, set phrases.
_FILL_TAGS = frozenset({"v", "i", "l"})
MIN_NOUNS = 5
CANDIDATES = 20  # ranked candidates per story; the index keeps the best 5–10 for the corpus
TERM_BOOST = 1.3  # a dictionary term outranks the single words it is made of
PHRASE_BOOST = 1.2  # two joined nouns outrank either noun alone
MAX_PHRASE = 6
KEYWORD_SPAN = 100_000  # characters of a story's body counted for its keywords
FILES = ("keyword_stop.txt", "terms.txt")


class KeywordFinder:
    """Keyword candidates for any text; load once per build."""

    def __init__(self, cache_dir: Path, title_words: tuple[str, ...],
                 district_words: frozenset[str]) -> None:
        self.cache_dir = cache_dir
        self.title_words = title_words
        self._district_words = district_words
        self.stop_keywords = frozenset(read_list("keyword_stop.txt"))
        # word -> (keyword word, IDF or the median, may stand in): see ``_word``.
        self._words: dict[str, tuple[bool, float, bool]] = {}
        # The words ``_word`` found neither a keyword nor a stand-in (verbs, numbers,
        # particles): passed over with one set look-up.
        self._idle: set[str] = set()
        # The longest term at each position (as the alternation sorted longest first).
        self._terms_re = re.compile(common_words(set(read_list("terms.txt"))))


    def keywords(self, text: str, headline: str = "", exclude: set[str] | None = None,
                 limit: int = CANDIDATES) -> list[str]:
        """Up to ``limit`` ranked keyword candidates: rubric keywords first, then TF-IDF.

        Candidates are nouns (jieba's dictionary tag, looked up per word, no tagging of the
        whole text), policy terms from ``data/terms.txt`` kept whole, and two adjacent nouns
        seen together at least twice (养老|设施 → 养老设施); verbs and idioms stand in only when
        a short story has fewer than five nouns. A word inside a longer term printed in the
        same text is never offered on its own. ``headline`` (headline, kicker, subtitle) counts
        double; every candidate is printed in ``headline`` or ``text``, so search finds it.
        ``index.build_archive`` picks the final 5–10 with the corpus' document frequencies.
        """
        exclude = exclude or set()
        # ``word in excluded`` is ``any(word in name for name in exclude)`` for the words
        # asked (two or more Han characters, never the separator): one scan, not one per name.
        excluded = "\0".join(exclude)
        # A story longer than KEYWORD_SPAN is counted on its opening part only: what a story
        # is about shows there, and a 2 MB story still tags in linear time.
        text = text[:KEYWORD_SPAN]
        chosen = rubric_keywords(text)
        body = _RUBRIC.sub(" ", text)
        idf, median = nlp.idf_table()
        words, idle = self._words, self._idle
        counts: dict[str, int] = {}
        pairs: dict[str, int] = {}
        weights: dict[str, float] = {}
        terms_seen: set[str] = set()
        fill: dict[str, int] = {}  # verbs and idioms, used only when nouns run short
        for weight, part in ((2, headline), (1, body)):
            for piece, is_term in self._term_pieces(part):
                if is_term:
                    terms_seen.add(piece)
                    if (piece not in self.stop_keywords and piece not in self._district_words
                            and not any(n in piece for n in exclude)):
                        counts[piece] = counts.get(piece, 0) + weight
                        # A named term is what readers look for: never below the median IDF.
                        weights.setdefault(piece, TERM_BOOST * max(idf.get(piece, median), median))
                    continue
                previous, previous_idf = "", 0.0
                for word in nlp.cut(piece, self.cache_dir):
                    if len(word) < 2 or word in idle:
                        previous = ""  # (most words: a character is no keyword)
                        continue
                    # What never changes for a word, looked up once per build (one ``get``
                    # per word instead of five): keyword or not, its IDF, stand-in or not.
                    known = words.get(word)
                    if known is None:
                        known = words[word] = self._word(word, idf, median)
                        if not known[0] and not known[2]:
                            idle.add(word)
                    good, word_idf, fills = known
                    if good and word not in excluded:
                        n = counts.get(word)
                        if n is None:
                            counts[word] = weight
                            # (a word counted has its weight: set once, when first counted)
                            weights.setdefault(word, word_idf)
                        else:
                            counts[word] = n + weight
                        # Only noun + noun joins: a verb or adjective in front makes fragments.
                        if previous and len(previous) + len(word) <= MAX_PHRASE:
                            phrase = previous + word
                            n = pairs.get(phrase)
                            if n is None:
                                pairs[phrase] = weight
                                weights.setdefault(phrase, PHRASE_BOOST * max(previous_idf,
                                                                              word_idf))
                            else:
                                pairs[phrase] = n + weight
                        previous, previous_idf = word, word_idf
                        continue
                    # A verb or idiom that may stand in for a keyword in a story too short
                    # for five nouns (``_word`` says which may).
                    if fills and word not in excluded:
                        fill[word] = fill.get(word, 0) + weight
                    previous = ""
        for phrase, n in pairs.items():
            if n >= 2 and phrase not in self.stop_keywords:
                counts[phrase] = max(counts.get(phrase, 0), n)
        total = sum(counts.values()) or 1
        scored = sorted([(-(n / total) * weights[word], word) for word, n in counts.items()])
        printed = f"{headline}\n{body}"
        fills = sorted([(-n * idf.get(word, median), word) for word, n in fill.items()])
        for ranked, until in ((scored, limit), (fills, MIN_NOUNS)):
            for _, word in ranked:
                if len(chosen) >= until:
                    break
                if word in chosen or any(n in word for n in exclude):
                    continue
                if terms_seen and any(word in term and word != term for term in terms_seen):
                    continue  # a fragment of a term printed whole (西部陆海 of 西部陆海新通道)
                for c in chosen:
                    if word in c or c in word or (len(word) > 2 and len(c) > 2
                                                  and _shares_edge(word, c)):
                        break  # inside, around or overlapping (地区双城 / 双城经济圈) one chosen
                else:
                    if word in printed:  # the costliest test last (the text's length)
                        chosen.append(word)
        return chosen[:limit]

    def _term_pieces(self, text: str) -> list[tuple[str, bool]]:
        """``text`` split into (piece, is_term): dictionary terms (longest first) and the rest."""
        out: list[tuple[str, bool]] = []
        last = 0
        for m in self._terms_re.finditer(text):
            if m.start() > last:
                out.append((text[last:m.start()], False))
            out.append((m.group(), True))
            last = m.end()
        if last < len(text):
            out.append((text[last:], False))
        return out

    def _word(self, word: str, idf: dict[str, float], median: float
              ) -> tuple[bool, float, bool]:
        """What the keyword loop asks of a word, answers that never change: whether it can
        be a keyword, its IDF (the median if unknown), and, if not a keyword, whether it may
        stand in for one in a story too short for five nouns: a verb or idiom, and a verb
        only when rare (jieba IDF at least the median) — 履职 says what a story is about,
        开展 does not."""
        if self._keyword_word(word):
            return True, idf.get(word, median), False
        tag = self._fill_word_tag(word)
        fills = tag in _FILL_TAGS and (tag != "v" or idf.get(word, 0.0) >= median)
        return False, idf.get(word, median), fills

    def _fill_word_tag(self, word: str) -> str:
        """jieba's tag of a word that may stand in for a keyword ("" if it may not)."""
        ok = (len(word) >= 2 and all(is_han(c) for c in word)
              and word not in self.stop_keywords and word not in self._district_words
              and not word.endswith(self.title_words))
        return (nlp.word_tag(word, self.cache_dir) or "") if ok else ""

    def _keyword_word(self, word: str) -> bool:
        """Whether a word can be a keyword at all."""
        if len(word) < 2 or not all(is_han(c) for c in word):
            return False
        if word in self.stop_keywords or word in self._district_words:
            return False
        if word.endswith(self.title_words) or word[-1] in _NOT_KEYWORD_END:
            return False
        tag = nlp.word_tag(word, self.cache_dir)
        # Nouns, organisations, places (districts excluded above), idioms used as nouns and
        # verbal nouns; never person names (nr, nrt, nrfg) or titles (nnt). Words missing
        # from the dictionary are left to the terms list: without HMM they are fragments.
        return tag in _KEYWORD_TAGS


def rubric_keywords(text: str) -> list[str]:
    """Keywords printed as rubrics (``关键词【民生改善】``), quotes removed, in order."""
    out: list[str] = []
    for m in _RUBRIC.finditer(text):
        kw = re.sub(r"[“”\"'‘’]", "", m.group("kw")).strip()
        if kw and kw not in out:
            out.append(kw)
    return out


def _shares_edge(a: str, b: str) -> bool:
    """The end of one is the start of the other, two characters or more, neither whole."""
    if not a or not b or (b[0] not in a[:-1] and a[0] not in b[:-1]):
        return False  # an edge shared would hold one's first character inside the other
    return any(a[-k:] == b[:k] or b[-k:] == a[:k] for k in range(2, min(len(a), len(b))))


__all__ = ["CANDIDATES", "KeywordFinder", "rubric_keywords"]
