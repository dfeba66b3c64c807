"""The search index builder and its query logic, on small made-up archives (no browser)."""

from __future__ import annotations

import dataclasses
import json
import random
import zlib

import pytest

from cqnews_site.config import Config
from cqnews_site.model.records import Archive, District, Item, Mention, Person, Story
from cqnews_site.site import search

CONFIG = Config()


def story(n: int, headline: str, *paragraphs: str, **fields) -> Story:
    return Story(
        id=fields.pop("id", f"s{n}"), source="p.txt", position=n, line=1 + n,
        headline=headline, paragraphs=paragraphs, **fields,
    )


def small_archive() -> Archive:
    wanzhou = Item(
        heading="在全市发展大局中实现新作为",
        anchor="i1",
        line=10,
        lead="市人大代表、万州区区长李庆：",
        paragraphs=("万州区将积极融入成渝地区双城经济圈建设。",),
        people=(Mention("李庆", ("区长",), "万州区", "p-liqing"),),
        districts=("万州区",),
    )
    fuling = Item(
        heading="建设先进制造业高地",
        anchor="i2",
        line=20,
        lead="市人大代表、涪陵区委书记王志杰：",
        paragraphs=("突出发展工业经济，打造现代制造业集群体系。",),
        people=(Mention("王志杰", ("区委书记",), "涪陵区", "p-wangzhijie"),),
        districts=("涪陵区",),
    )
    stories = (
        story(0, "“一把手”话落实", "重庆两会胜利闭幕，各区县主要领导纷纷表示。",
              items=(wanzhou, fuling), section="两会", date="2024-01-26",
              districts=("万州区", "涪陵区")),
        story(1, "北碚区召开经济工作会议", "会上，区委书记王俊讲话。ＡＢＣ公司落户北碚。",
              "第二段：重庆的制造业。", section="区县", date="2023-02-16",
              reporters=("霍吕",), districts=("北碚区",),
              people=(Mention("王俊", ("区委书记",), "北碚区", "p-wangjun"),)),
        story(2, "无日期的短讯", "涪陵榨菜销往全国。", captions=("涪陵的菜田",),
              date="--03-05", districts=("涪陵区",)),
    )
    people = (
        Person("p-liqing", "李庆", "万州区"),
        Person("p-wangjun", "王俊", "北碚区"),
        Person("p-wangzhijie", "王志杰", "涪陵区"),
    )
    districts = (
        District("万州区", "万州", "区"),
        District("涪陵区", "涪陵", "区"),
        District("北碚区", "北碚", "区"),
    )
    return Archive(pages=(), stories=stories, people=people, districts=districts)


@pytest.fixture(scope="module")
def built():
    archive = small_archive()
    files = search.build_search_files(archive, CONFIG)
    return archive, files, search.SearchIndex(files)


def urls(index: search.SearchIndex, files, query: str, **filters) -> list[str]:
    return [index.row(h.doc)[0] for h in index.search(query, **filters)]


def test_people_and_places_are_found_in_items_and_stories(built):
    _, files, index = built
    assert urls(index, files, "李庆") == ["stories/s0.html#i1"]
    assert sorted(urls(index, files, "涪陵")) == [
        "stories/s0.html#i2", "stories/s2.html"]
    assert urls(index, files, "霍吕") == ["stories/s1.html"]  # the byline is searchable


def test_every_substring_is_found_exactly(built):
    """Brute force: each substring of each document finds exactly the documents holding it."""
    archive, _, index = built
    texts = [search.normalize(d.text) for d in search.documents(archive, CONFIG)]
    numbers = search.document_numbers(archive)
    queries = {t[i : i + n] for t in texts for n in (1, 2, 3, 4, 7) for i in range(len(t))}
    queries = {q for q in queries if q.strip() == q and q and not any(c.isspace() for c in q)}
    assert len(queries) > 500
    for q in sorted(queries):
        expected = {numbers[i] for i, t in enumerate(texts) if q in t}
        assert {h.doc for h in index.search(q)} == expected, q


def test_absent_strings_and_near_misses_find_nothing(built):
    _, _, index = built
    assert index.search("李庆王") == []  # each bigram occurs, never in this order
    assert index.search("重庆市长") == []
    assert index.search("") == []
    assert index.search("   ") == []


def test_counts_occurrences_and_ranks_by_them(built):
    _, files, index = built
    hits = index.search("制造业")
    assert [h.count for h in hits] == sorted((h.count for h in hits), reverse=True)
    assert urls(index, files, "制造业")[0] == "stories/s0.html#i2"  # twice there, once in s1


def test_width_and_case_are_folded(built):
    _, files, index = built
    assert urls(index, files, "abc") == ["stories/s1.html"]
    assert urls(index, files, "ABC公司") == ["stories/s1.html"]


def test_all_terms_must_match(built):
    _, files, index = built
    assert urls(index, files, "王俊 ＡＢＣ") == ["stories/s1.html"]
    assert urls(index, files, "王俊 榨菜") == []


def test_filters_come_from_the_tagger(built):
    _, files, index = built
    assert urls(index, files, "市人大代表", district="万州区") == ["stories/s0.html#i1"]
    assert urls(index, files, "区委书记", person="p-wangjun") == ["stories/s1.html"]
    assert urls(index, files, "重庆", year="2023") == ["stories/s1.html"]
    assert urls(index, files, "重庆", section="两会") == ["stories/s0.html"]
    # A filter alone lists what carries it.
    assert sorted(urls(index, files, "", district="涪陵区")) == [
        "stories/s0.html", "stories/s0.html#i2", "stories/s2.html"]
    # The undated-year story has no year facet at all.
    assert urls(index, files, "榨菜", year="2024") == []


def test_filter_labels_and_order(built):
    _, _, index = built
    # Type-ahead filters suggest labels that start with what was typed, in reading order.
    assert [v for _, v in index.suggest("district", "")] == ["万州区", "涪陵区", "北碚区"]
    assert index.suggest("district", "涪") == [("涪陵区", "涪陵区")]
    assert index.suggest("person", "李") == [("李庆（万州区）", "p-liqing")]
    assert index.suggest("person", "王") == [("王俊（北碚区）", "p-wangjun"),
                                             ("王志杰（涪陵区）", "p-wangzhijie")]
    assert index.suggest("person", "赵") == []
    # Select filters list their few options in the bootstrap.
    assert index.boot["facets"]["year"]["options"] == [["2024", "2024年"], ["2023", "2023年"]]
    assert index.boot["facets"]["section"]["options"] == [["两会", "两会"], ["区县", "区县"]]
    assert "names" not in index.boot["facets"]["year"]


def test_output_is_deterministic_and_every_file_is_what_it_says(built):
    archive, files, _ = built
    again = search.build_search_files(archive, CONFIG)
    assert again == files
    for path, data in files.items():
        assert path.startswith("search/")
        if path == search.BOOT:
            value = json.loads(data)
            assert data == json.dumps(
                value, sort_keys=True, ensure_ascii=False, separators=(",", ":")
            ).encode()
            continue
        assert path.endswith(".bin")
        plain = zlib.decompress(data)
        if path.startswith("search/text-"):
            # A line for each number of the file: a row where a document has the number.
            number = int(path[len("search/text-"):-len(".bin")])
            lines = plain.decode().split("\n")
            assert len(lines) == search.NUMBERS_PER_TEXT
            used = {n - number * search.NUMBERS_PER_TEXT
                    for n in search.document_numbers(archive)
                    if n // search.NUMBERS_PER_TEXT == number}
            assert {i for i, line in enumerate(lines) if line} == used
            assert all(json.loads(line) for line in lines if line)
        elif not path.startswith(("search/index-", "search/dates-")):
            assert all(json.loads(line) for line in plain.decode().split("\n"))


def test_dates_and_headlines_for_results(built):
    _, _, index = built
    assert len(index.documents) == index.boot["docs"]
    by_url = {index.row(d)[0]: index.row(d) for d in index.documents}
    assert by_url["stories/s1.html"][2] == "2023年2月16日"
    assert by_url["stories/s2.html"][2] == "3月5日"
    # An item's result shows its own heading, under its story's (see the browser tests).
    assert by_url["stories/s0.html#i1"][1] == "在全市发展大局中实现新作为"


def big_archive(count: int) -> Archive:
    rng = random.Random(7)
    alphabet = "重庆市区县人大代表委书记经济发展建设万州涪陵北碚产业会议工作报告城乡新时代"
    stories = tuple(
        story(n, f"标题{n}", "".join(rng.choice(alphabet) for _ in range(400)))
        for n in range(count)
    )
    return Archive(pages=(), stories=stories, people=(), districts=())


def test_large_archive_is_sharded_and_a_query_reads_few_files():
    archive = big_archive(600)
    files = search.build_search_files(archive, CONFIG)
    index = search.SearchIndex(files)
    shards = [p for p in files if p.startswith("search/index-")]
    assert len(index.keys) == len(shards) > 1
    hits = index.search("万州")
    texts = [s.text for s in archive.stories]
    order = search.archive_numbering(archive).order
    assert {order[h.story] for h in hits} == {i for i, t in enumerate(texts) if "万州" in t}
    # The bootstrap and the one index file that holds the key, nothing else.
    (number,) = search.covering(index.keys, "万州")
    assert index.loaded == {search.BOOT, search.key_path("index", index.keys[number])}
    # A one-character query reads every file its keys may fall in, and finds them all.
    hits = index.search("万")
    assert {order[h.story] for h in hits} == {i for i, t in enumerate(texts) if "万" in t}
    # Text is split into small files too, so results fetch only what they show: one file
    # for each run of NUMBERS_PER_TEXT numbers that any document has.
    in_use = {n // search.NUMBERS_PER_TEXT for n in search.document_numbers(archive)}
    assert {p for p in files if p.startswith("search/text-")} \
        == {search.pack_path("text", n) for n in in_use}
    assert len(in_use) > len(texts) / search.NUMBERS_PER_TEXT


def test_postings_are_compact_and_round_trip():
    postings = search.Postings()
    postings.add("重庆重庆")
    postings.add("无关")
    postings.add("在重庆")
    body = search.BODY_START  # body text starts there, so a headline hit is told by position
    assert search.decode_postings(postings.data["重庆"]) == {0: [body, body + 2], 2: [body + 1]}
    # doc gap, count, positions: 0,2,body,2 then 2,1,body+1 — one byte each but the
    # first position (two bytes).
    assert bytes(postings.data["重庆"]) == bytes([0, 2, 128, 8, 2, 2, 1, 129, 8])
    assert search.decode_postings(postings.data["庆"]) == {0: [body + 3], 2: [body + 2]}
    postings.add("无关", title="重庆日报")  # the title's positions come first
    assert search.decode_postings(postings.data["重庆"])[3] == [0]
    big = [0, 127, 128, 300, 2**21, 5]
    out = bytearray()
    for n in big:
        search._varint(n, out)
    assert search.read_varints(out) == big
    assert len(out) == 1 + 1 + 2 + 2 + 4 + 1


def test_the_bootstrap_does_not_grow_with_the_people():
    """Names live in type-ahead files; the bootstrap holds only the first label of each."""
    def archive_with(people: int) -> Archive:
        surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
        persons = tuple(
            Person(f"p{n:05d}", surnames[n % 20] + "某" + chr(0x4E00 + n), "北碚区")
            for n in range(people)
        )
        stories = tuple(
            story(n, f"标题{n}", f"{p.name}在北碚区调研。",
                  people=(Mention(p.name, ("区长",), "北碚区", p.id),))
            for n, p in enumerate(persons)
        )
        return Archive(pages=(), stories=stories, people=persons, districts=())

    small = search.build_search_files(archive_with(200), CONFIG)
    large = search.build_search_files(archive_with(6000), CONFIG)
    small_facets = json.loads(small[search.BOOT])["facets"]
    large_facets = json.loads(large[search.BOOT])["facets"]
    assert len(json.dumps(large_facets)) < 20 * len(json.dumps(small_facets))
    assert len(large_facets["person"]["names"]) > 1
    index = search.SearchIndex(large)
    found = index.suggest("person", "王某")
    assert len(found) == 300 and all(label.startswith("王某") for label, _ in found)
    names = {p for p in index.loaded if "-names-" in p}
    assert 0 < len(names) < len(large_facets["person"]["names"])
    order = search.archive_numbering(archive_with(6000)).order
    assert {order[h.story] for h in index.search("", person="p00020")} == {20}


def test_probe_offsets_cover_every_character():
    for n in range(2, 12):
        covered = {i + k for i in search.probe_offsets(n) for k in (0, 1)}
        assert covered == set(range(n))


def test_number_code_round_trips():
    values = [0, 1, 31, 32, 33, 1023, 1024, 99_999, 2**31, 7]
    code = search.encode_numbers(values)
    assert search.decode_numbers(code) == values
    assert len(search.encode_numbers([5, 31])) == 2  # small gaps take one character
    with pytest.raises(ValueError):
        search.encode_numbers([-1])


def test_an_empty_archive_gives_an_index_that_finds_nothing():
    files = search.build_search_files(Archive((), (), (), ()), CONFIG)
    assert list(files) == [search.BOOT, "search/dates-0000.bin"]
    index = search.SearchIndex(files)
    assert index.search("重庆") == [] and index.search("重") == []


def test_a_name_printed_in_traditional_script_is_found_in_either_script():
    trad = story(0, "榮昌：兩張名片", "區委副書記、區長萬容主持會議。", districts=("荣昌区",))
    archive = Archive(pages=(), stories=(trad,), people=(), districts=())
    files = search.build_search_files(archive, CONFIG)
    index = search.SearchIndex(files)
    assert urls(index, files, "萬容") == urls(index, files, "万容") != []
    assert urls(index, files, "区长万容") != [] and urls(index, files, "张三") == []
    doc = search.documents(archive, CONFIG)[0]
    assert doc.text.startswith("區委副書記、區長萬容主持會議。")
    assert "万容" not in doc.text[:doc.snippet_end]  # the simplified copy is never shown


def test_version_changes_with_the_content(built):
    archive, files, _ = built
    changed = dataclasses.replace(
        archive, stories=(*archive.stories[:-1], story(2, "无日期的短讯", "涪陵榨菜销往海外。"))
    )
    again = search.build_search_files(changed, CONFIG)
    version = json.loads(files[search.BOOT])["version"]
    assert json.loads(again[search.BOOT])["version"] != version


def test_files_can_be_written_as_they_are_made(built):
    """A writer gets each file once, the bootstrap last, the same bytes as the whole dict."""
    archive, files, _ = built
    seen: list[tuple[str, bytes]] = []
    paths = search.write_search_files(archive, CONFIG, lambda p, d: seen.append((p, d)))
    assert seen[-1][0] == search.BOOT
    assert dict(seen) == files and len(seen) == len(files)
    assert set(paths) == set(files) and not any(paths.values())  # contents not kept


def test_the_ranking_table_puts_every_field_signal_above_any_number_of_hits():
    names = [s.name for s in search.RANKING]
    assert len(names) == len(set(names)) and "hits" in names
    assert all(s.weight > 0 and s.cap > 0 and s.example for s in search.RANKING)
    most_hits = search.score({"hits": 10**6})
    for field in ("headline", "person", "district"):
        assert search.score({field: 1, "hits": 1}) > most_hits, field
    # The table is ordered strongest first, and caps stop a signal from counting twice.
    weights = [s.weight * s.cap for s in search.RANKING]
    assert weights == sorted(weights, reverse=True)
    assert search.score({"headline": 3}) == search.score({"headline": 1})
    assert search.score({"hits": 2}) > search.score({"hits": 1})
    # The bootstrap carries the table, so search.js ranks as the tests do.
    boot = json.loads(search.build_search_files(small_archive(), CONFIG)[search.BOOT])
    assert boot["rank"] == [[s.name, s.weight, s.cap] for s in search.RANKING]


def ranked_archive() -> Archive:
    many = story(0, "区委常委会召开会议", *["北碚" * 5 + "发展。"] * 4, date="2024-03-01")
    titled = story(1, "奋力谱写北碚篇章", "会议强调抓好落实。", date="2023-02-16")
    tagged = story(2, "区政府召开常务会议", "会议研究北碚的工作。", date="2024-05-06",
                   districts=("北碚区",))
    roundup = story(
        3, "区县两会综述", "各区县召开会议。",
        items=tuple(Item(heading=f"第{n}区", anchor=f"i{n}", line=n, date=f"2024-04-0{n}",
                         paragraphs=(f"北碚第{n}项工作。",)) for n in range(1, 6)),
    )
    return Archive(pages=(), stories=(many, titled, tagged, roundup), people=(),
                   districts=(District("北碚区", "北碚", "区"),))


def test_results_group_by_story_and_rank_headline_and_district_above_hits():
    index = search.SearchIndex(search.build_search_files(ranked_archive(), CONFIG))
    # The index numbers stories in the order of their documents' numbers.
    order = search.archive_numbering(ranked_archive()).order
    results = [dataclasses.replace(r, story=order[r.story]) for r in index.results("北碚")]
    # One result per story, the roundup's five sections under it; the headline, then the
    # district, then hits: twenty in one story outrank one in each of five sections.
    assert [r.story for r in results] == [1, 2, 0, 3]
    assert len(results[3].hits) == 5
    assert results[0].hits[0].headline and not results[2].hits[0].headline
    assert results[2].hits[0].count == 20
    assert index.known("北碚") == {
        "district": [["北碚区", "北碚区", 0, "", "北碚"]]}
    # Newest first; the undated roundup takes its items' newest date.
    by_date = [dataclasses.replace(r, story=order[r.story])
               for r in index.results("北碚", sort="date")]
    assert [(r.story, r.day) for r in by_date] == [
        (2, 20240506), (3, 20240405), (0, 20240301), (1, 20230216)]
    # A date range keeps the parts dated within it: two of the roundup's sections.
    ranged = index.results("北碚", start=20240402, end=20240403)
    assert [(order[r.story], len(r.hits)) for r in ranged] == [(3, 2)]
    # A date range alone, without words, lists every part dated within it.
    assert [(order[r.story], len(r.hits))
            for r in index.results("", start=20240301, end=20240403)] == [(3, 3), (0, 1)]
    roundup = dataclasses.replace(results[3], story=order.index(3))
    assert index.shown(roundup) == [index.first_doc[order.index(3)],
                                    *[h.doc for h in results[3].hits][:3]]


def test_a_rubric_is_split_from_its_heading():
    assert search.split_rubric("关键词【城乡建设】 见行见效，推动城市更新") == \
        ("关键词【城乡建设】", "见行见效，推动城市更新")
    assert search.split_rubric("【短评】抓落实") == ("【短评】", "抓落实")
    assert search.split_rubric("在全市发展大局中实现新作为") == ("", "在全市发展大局中实现新作为")
    assert search.split_rubric("【仅有栏目】") == ("", "【仅有栏目】")
    assert search.day_number("2024-04-28") == 20240428
    assert search.day_number("2024") == 20240000
    assert search.day_number("--04-28") == search.day_number(None) == 0


def test_snippets_show_ocr_punctuation_full_width_as_the_story_page_does():
    printed = "2月16日,区委常委会召开会议,传达学习(扩大)会议精神;会议指出:要抓落实。"
    archive = Archive(pages=(), stories=(story(0, "区委常委会召开会议", printed),),
                      people=(), districts=())
    files = search.build_search_files(archive, CONFIG)
    index = search.SearchIndex(files)
    [hit] = index.search("常委会")
    shown = index.row(hit.doc)[3]
    assert shown.startswith("2月16日，区委常委会召开会议，传达学习（扩大）会议精神；会议指出：要抓落实。")
    # The printed form still finds the story, and the hit lies where the shown text has it.
    assert [h.doc for h in index.search("会议,传达")] == [hit.doc]
