"""Rendering shortcuts that must not change a byte: the indent-2 JSON writer, reused
template fragments (story list entries, pager links), the faster escaping."""

from __future__ import annotations

import json

import jinja2
import pytest
from markupsafe import Markup, escape

from cqnews_site.output.files import FolderFiles, json_bytes
from cqnews_site.output.json_text import dumps_indented
from cqnews_site.site import data
from cqnews_site.site.fragments import Fragments
from cqnews_site.site.pages import PAGER_AROUND, page_window, paginate
from cqnews_site.site.theme import _escape_output, escape_text, make_environment


def _stdlib(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)


def test_indented_json_is_the_standard_librarys_text_for_the_sample_archive(sample_archive):
    for value in ([data.story_json(s) for s in sample_archive.stories],
                  data.people_json(sample_archive), data.posts_json(sample_archive),
                  data.districts_json(sample_archive), data.pages_json(sample_archive)):
        assert dumps_indented(value) == _stdlib(value)


@pytest.mark.parametrize("value", [
    {}, [], "", 0, -7, 2.5, 1e20, True, None, (1, "二"),
    {"b": [[], {}, [None]], "a": {"z": False, "é": "引\"号\n\t\u2028\x01"}},
    {"x": float("nan")}, {1: "int key"}, {"x": {1.5: "float key"}},
])
def test_indented_json_matches_on_edge_cases(value):
    assert dumps_indented(value) == _stdlib(value)
    assert json_bytes(value) == (_stdlib(value) + "\n").encode()


def test_output_escaping_matches_markupsafe():
    for value in ["", "plain 中文", "<a href=\"x\">'&'</a>", Markup("<b>kept</b>"), 3, 2.5,
                  -7, True, None, float("inf"), 1e-20, ("<", 1)]:
        assert _escape_output(value) == str(escape(value))
        if isinstance(value, str):
            assert escape_text(value) == str(escape(value)) or isinstance(value, Markup)


def test_a_pager_links_the_ends_and_the_pages_around_the_current_one():
    assert page_window(1, 1) == [1]
    assert page_window(1, 5) == [1, 2, 3, 4, 5]  # a gap of one page shows the page
    assert page_window(7, 20) == [1, None, 5, 6, 7, 8, 9, None, 20]
    assert page_window(20, 20) == [1, None, 18, 19, 20]
    assert page_window(4, 20) == [1, 2, 3, 4, 5, 6, None, 20]


def test_every_page_of_a_long_list_is_reached_and_its_links_stay_few():
    pages = paginate("keywords/甲.html", list(range(2000)))  # 100 pages
    paths = [path for path, _ in pages]
    for number, (path, pager) in enumerate(pages, 1):
        linked = [p for _, p in pager.window if p]
        assert len(linked) <= 2 * PAGER_AROUND + 5  # the ends, the gaps filled: not all 100
        assert path in linked and paths[0] in linked and paths[-1] in linked
        assert pager.prev == (paths[number - 2] if number > 1 else None)
        assert pager.next == (paths[number] if number < len(paths) else None)
    assert sum(len(pager.items) for _, pager in pages) == 2000


def test_a_memo_block_runs_once_per_key():
    fragments = Fragments()
    runs = []

    def body():
        runs.append(1)
        return Markup(f"<li>{len(runs)}</li>")

    assert fragments.memo("entry", "s1", "../", caller=body) == "<li>1</li>"
    assert fragments.memo("entry", "s1", "../", caller=body) == "<li>1</li>"
    assert fragments.memo("entry", "s1", "../../", caller=body) == "<li>2</li>"
    assert len(runs) == 2


def test_a_full_memo_store_starts_again():
    fragments = Fragments(limit=2)
    for key in "abc":
        fragments.memo(key, caller=lambda: Markup("x"))
    assert len(fragments._store) == 1


def test_view_dicts_read_by_key_unless_the_name_is_a_dict_method(tmp_path):
    env = make_environment([tmp_path])
    template = env.from_string("{{ v.url }}|{{ v.items is callable }}|{{ v.missing is defined }}")
    assert template.render(v={"url": "a.html", "items": [1]}) == "a.html|True|False"
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ v.missing }}").render(v={})


def test_written_files_hold_the_bytes_and_unchanged_ones_are_linked(tmp_path):
    first = FolderFiles(tmp_path / "one")
    first.add("people/甲.html", "甲".encode(), "person")
    first.add("a//b.txt", b"x", "odd path")
    assert (tmp_path / "one" / "people" / "甲.html").read_text(encoding="utf-8") == "甲"
    assert (tmp_path / "one" / "a" / "b.txt").read_bytes() == b"x"
    second = FolderFiles(tmp_path / "two", tmp_path / "one")
    second.add("people/甲.html", "甲".encode(), "person")
    second.add("a/b.txt", b"changed", "page")
    assert second.linked == 1
    assert (tmp_path / "two" / "a" / "b.txt").read_bytes() == b"changed"


def test_joined_output_and_quick_calls_render_what_jinja_renders(tmp_path):
    """Runs of output yielded as one string, callables called without Jinja's questions:
    the same text as Jinja's own environment, for every kind of tag that writes output."""
    templates = {
        "base.html": "<t>{% block title %}{{ t }} · {{ n }}{% endblock %}</t>"
                     "{% set d %}{% block d %}默认{% endblock %}{% endset %}<d>{{ d | trim }}</d>"
                     "{{ self.title() }}{% block body %}{% endblock %}{% include 'inc.html' %}",
        "inc.html": "<i>{{ t }}{{ n + 1 }}</i>",
        "m.html": "{% macro row(x, sep='、') %}<li>{{ x }}{{ sep }}{{ caller() if caller is defined else '' }}</li>"
                  "{% endmacro %}",
        "page.html": "{% extends 'base.html' %}{% from 'm.html' import row with context %}"
                     "{% block d %}<b>{{ t }}</b>{% endblock %}"
                     "{% block body %}{% for x in xs %}{{ row(x) }}{{ loop.index }}:{{ x | upper }}"
                     "{% call row(x, sep=n) %}内{{ x }}{% endcall %}{% else %}空{% endfor %}"
                     "{% filter upper %}ab{{ t }}{% endfilter %}{{ ctx_fn() }}{{ 2.5 }}{{ none }}"
                     "{% if n > 1 %}{{ n }}个{% endif %}{{ m }}{% endblock %}",
    }
    for name, text in templates.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ours = make_environment([tmp_path])
    plain = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), autoescape=True,
                               undefined=jinja2.StrictUndefined, trim_blocks=True,
                               lstrip_blocks=True, keep_trailing_newline=True)
    for env in (ours, plain):
        env.globals["ctx_fn"] = jinja2.pass_context(lambda c: f"<{c['t']}>")
    values = {"t": "a<b>&'\"", "n": 3, "m": Markup("<em>m</em>")}
    for xs in (["一", "<二>"], []):
        assert (ours.get_template("page.html").render(xs=xs, **values)
                == plain.get_template("page.html").render(xs=xs, **values))
