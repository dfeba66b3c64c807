"""The numpy postings builder (site/search_postings.py) against a plain per-character one."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict

from cqnews_site.site import search
from cqnews_site.site import search_postings as sp


def plain_postings(docs: list[tuple[str, str]]) -> dict[str, bytes]:
    """Key → postings, one character at a time, as the format describes them."""
    positions: dict[str, dict[int, list[int]]] = defaultdict(dict)
    for doc, (text, title) in enumerate(docs):
        for start, norm in ((0, search.normalize(title)[: sp.BODY_START - 1]),
                            (sp.BODY_START, search.normalize(text))):
            for offset, (a, b) in enumerate(zip(norm, norm[1:] + " ", strict=False)):
                if not a.isspace():
                    key = a if b.isspace() else a + b
                    positions[key].setdefault(doc, []).append(start + offset)
    out = {}
    for key, by_doc in positions.items():
        numbers, last = [], 0
        for doc in sorted(by_doc):
            found = sorted(by_doc[doc])
            numbers += [doc - last, len(found), found[0]]
            numbers += [b - a for a, b in itertools.pairwise(found)]
            last = doc
        data = bytearray()
        for n in numbers:
            search._varint(n, data)
        out[key] = bytes(data)
    return out


# Folding to one character (ＡＢ, ，), to several (…, ㎡, Ⅻ, ﬁ, İ), white space of all
# kinds, U+0000, characters beyond two bytes (𠀀) and the private use area (ordered
# after them in UTF-16).
ALPHABET = "重庆日报ＡＢｃabc，。…㎡Ⅻ İ\u3000\u00a0\t\n\x00𠀀𠀁\ue000\uffee\ufffd①ﬁ"


def random_docs(rng: random.Random, alphabet: str) -> list[tuple[str, str]]:
    def text(most: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, most)))
    return [(text(40), text(8)) for _ in range(rng.randint(1, 6))]


def test_postings_keys_and_packs_match_a_plain_builder_on_odd_characters():
    rng = random.Random(13)
    narrow = ALPHABET.replace("𠀀", "").replace("𠀁", "").replace("\x00", "")
    for trial in range(200):
        docs = random_docs(rng, narrow if trial % 2 else ALPHABET)
        postings = sp.Postings()
        for text, title in docs:
            postings.add(text, title)
        assert postings.wide == any(c in t + h for t, h in docs for c in "𠀀𠀁\x00")
        expected = plain_postings(docs)
        assert postings.data == expected
        keys = sorted(expected, key=search.utf16_key)
        # Shards of a few positions each: keys stay in order across shard boundaries.
        found = [k for s in sp.shards(postings, size=5) for k in sp.key_strings(s.keys, s.wide)]
        assert found == keys
        records = []
        for key in keys:
            head = bytearray()
            search._varint(len(key.encode()), head)
            head += key.encode()
            search._varint(len(expected[key]), head)
            records.append((key, bytes(head) + expected[key]))
        for target in (1, 30, 200):
            runs = [(first, b"".join(run))
                    for first, run in search._packs(records, target, sp.key_hash)]
            assert list(sp.packs(postings, target, size=5)) == runs


def test_folding_on_codes_finds_what_the_reader_types():
    postings = sp.Postings()
    postings.add("面积１２０㎡，ＡＢＣ公司……", title="重庆 日报")
    data = postings.data
    body = sp.BODY_START
    # 面积120m2,abc公司......: full-width folded, ㎡ and each … three characters
    assert search.decode_postings(data["ab"]) == {0: [body + 8]}
    assert search.decode_postings(data["m2"]) == {0: [body + 5]}
    assert search.decode_postings(data["庆"]) == {0: [1]}  # before white space: one character
    assert "庆 " not in data and " 日" not in data
    assert search.decode_postings(data[".."]) == {0: [body + p for p in range(13, 18)]}
    assert search.decode_postings(data["."]) == {0: [body + 18]}
