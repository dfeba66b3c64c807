"""Issue 12: front matter that is broken or hostile never aborts the build.

Front matter is read as strings with a restricted loader; anything that is not a plain
scalar (or, for ``reporters``, a list of names) is reported as ``file:line: error: …``
and the rest of the build goes on.
"""

from __future__ import annotations

import time

import pytest

from cqnews_site.inputs import reader, safe_yaml

BODY = "## 标题\n\n正文。\n"


def _read(front: str, name: str = "a.md"):
    return reader.read_bytes(f"---\n{front}\n---\n{BODY}".encode("utf-8", "surrogatepass"),
                             name, is_markdown=True)


def _refused(front: str, line: int | None = None):
    source, diagnostics = _read(front)
    assert source is None, front
    assert len(diagnostics) == 1 and diagnostics[0].severity == "error"
    text = str(diagnostics[0])
    assert text.startswith("a.md:") and "\n" not in text
    if line is not None:
        assert diagnostics[0].line == line, text
    return diagnostics[0]


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13-01", "2024-03-01 25:00:00"])
def test_impossible_date_under_any_key(value):
    # Under 'date' it is an error with its line; under any other key it is just text.
    assert "not a date" in _refused(f"title: 标题\ndate: {value}", line=3).message
    source, diagnostics = _read(f"title: {value}\nsection: {value}")
    assert diagnostics == [] and source.meta.title == value and source.meta.section == value


@pytest.mark.parametrize("tagged", ["!!timestamp x", "!!int x", "!!float x",
                                    "!!binary aGVsbG8=", "!!python/object:os.system x"])
def test_explicit_tags_timestamp_int_float_binary(tagged):
    error = _refused(f"section: 要闻\ntitle: {tagged}", line=3)
    assert "tag" in error.message


def test_4300_digit_number():
    digits = "9" * 4300
    source, diagnostics = _read(f"page: {digits}\ntitle: {digits}")
    assert diagnostics == [] and source.meta.page == digits


def test_1500_nested_brackets():
    error = _refused("title: " + "[" * 1500 + "]" * 1500)
    assert "nested" in error.message


def test_lone_surrogate_is_stripped():
    source, diagnostics = _read('title: "标\\ud800题"\nsection: "要\\x01闻\\uffff"')
    assert diagnostics == []
    assert source.meta.title == "标题" and source.meta.section == "要闻"


def test_billion_laughs_alias_expansion_is_refused_at_once():
    lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lol.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    start = time.process_time()
    error = _refused("\n".join(lol), line=2)
    assert time.process_time() - start < 5  # a hang would never get here; not a timing target
    assert "alias" in error.message


@pytest.mark.parametrize(
    "front, field, expected",
    [("title: no", "title", "no"), ("page: 010", "page", "010"),
     ("title: 0x1F", "title", "0x1F"), ("section: yes", "section", "yes"),
     ("paper: 1e3", "paper", "1e3"), ("date: 2024-03-03", "date", "2024-03-03")],
)
def test_yaml_11_retyping_title_no_page_010_title_0x1f(front, field, expected):
    source, diagnostics = _read(front)
    assert diagnostics == []
    assert getattr(source.meta, field) == expected


def test_only_scalars_where_scalars_belong():
    assert "single value" in _refused("title: [甲, 乙]", line=2).message
    assert "single value" in _refused("title: 标题\nsection: {a: b}", line=3).message
    assert "names" in _refused("reporters: [张三, [李四]]", line=2).message
    assert "names" in _refused("reporters: {张三: 李四}", line=2).message
    source, diagnostics = _read("reporters: [张三, 李四]")
    assert diagnostics == [] and source.meta.reporters == ("张三", "李四")


def test_oversized_front_matter_is_refused():
    assert "KiB" in _refused("title: " + "长" * 100_000).message


def test_the_rest_of_the_build_goes_on(tmp_path):
    (tmp_path / "bad.md").write_text("---\ndate: 2024-02-30\n---\n" + BODY, encoding="utf-8")
    (tmp_path / "worse.md").write_text("---\ntitle: !!int x\n---\n" + BODY, encoding="utf-8")
    (tmp_path / "good.md").write_text("---\ntitle: no\n---\n" + BODY, encoding="utf-8")
    sources, diagnostics = reader.read_tree(tmp_path)
    assert [s.path for s in sources] == ["good.md"] and sources[0].meta.title == "no"
    assert [str(d).split(": error:")[0] for d in diagnostics] == ["bad.md:2", "worse.md:2"]


def test_config_style_loader_keeps_dates_as_strings_and_reports_bad_values():
    assert safe_yaml.load("since: 2024-02-30\njobs: 2\nstrict: true") == {
        "since": "2024-02-30", "jobs": 2, "strict": True}
    for text in ("jobs: !!int x", "a: &a [1]\nb: *a", "x: " + "[" * 1500 + "]" * 1500):
        with pytest.raises(safe_yaml.yaml.YAMLError):
            safe_yaml.load(text)


# Lines whose every mix the quick reading of plain ``key: value`` lines must read as the
# parser does, or leave to it: indicators, comments, quotes, tabs, odd spaces and breaks.
_LINES = ["date: 2024-03-05", "title: 巫山 奋力推动", "paper:   重庆日报  ", "a:", "a: ~",
          "a: null", "b: no", "b: 010", "c: x #c", "c: [1, 2]", " c: d", "c: d: e", "c: -x",
          "c: x-y", "c: 'q'", "c: \"q\"", "c: 10:30", "c:\tx", "c: x\ty", "c: x\u00a0",
          "c: \u00a0x", "c: a\u2028b", "c: a\x85b", "c: &a x", "c: *a", "c: !!int 1",
          "c: x, y", "c: {a: 1}", "c: |", "c: >", "c: @x", "c: `x", "c: %x", "c: ?x",
          "c:x", "- x", "# note", "", "c: 标题：副题", "c: 100%", "c: a&b*c!d", "key_2-x: v",
          "c: x\ufeff", "c: \ud800x", "c: x\x07", "2024: 年", "c: x ", "c: x  y"]


def test_plain_key_value_lines_are_read_as_the_parser_reads_them(monkeypatch):
    import random

    def parsed(text: str):
        with monkeypatch.context() as m:
            m.setattr(safe_yaml, "_plain_lines", lambda text: None)
            try:
                return safe_yaml.load_strings(text)
            except Exception as exc:
                return type(exc)

    rng = random.Random(20261201)
    quick = 0
    for _ in range(3000):
        text = "\n".join(rng.choice(_LINES) for _ in range(rng.randint(1, 4)))
        quick += safe_yaml._plain_lines(text) is not None
        try:
            got = safe_yaml.load_strings(text)
        except Exception as exc:
            got = type(exc)
        assert got == parsed(text), repr(text)
    assert quick > 300  # the quick reading was taken, not only the parser


def test_a_list_of_one_is_its_value_and_a_year_last_date_is_read_where_unambiguous():
    source, diagnostics = _read("title: 标题\n区县:\n  - 武隆区\ndate: 16/01/2026")
    assert diagnostics == []
    assert (source.meta.district, source.meta.date) == ("武隆区", "2026-01-16")
    assert "two ways" in _refused("title: 标题\ndate: 05/01/2026", line=3).message
    assert "single value" in _refused("title: 标题\n区县: [武隆区, 彭水县]", line=3).message
