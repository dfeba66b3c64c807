"""Issue 12: a broken cqnews.yaml, gazetteer file or standard input is one clear line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cqnews_site.cli import main
from cqnews_site.config import load_config
from cqnews_site.inputs import gazetteer


def _one_line(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13-01", "2024-03-01 25:00:00"])
def test_cqnews_yaml_with_an_impossible_date(tmp_path, value):
    # A date-looking value is a string for the option to check, not a crash in PyYAML.
    path = tmp_path / "cqnews.yaml"
    path.write_text(f"site_title: {value}\nbase_url: {value}\n", encoding="utf-8")
    config = load_config(path)
    assert config.site_title == value and config.base_url == value


@pytest.mark.parametrize("text", ["jobs: !!int x\n", "site_title: !!timestamp x\n",
                                  "a: &a [1, 2]\nb: *a\n", "seeds: " + "[" * 1500 + "]" * 1500])
def test_cqnews_yaml_with_a_bad_value_is_one_line(tmp_path, monkeypatch, text):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cqnews.yaml").write_text(text, encoding="utf-8")
    line = _one_line(CliRunner().invoke(main, ["build"]))
    assert line.startswith("error: cqnews.yaml:1: not valid YAML") and "fix" in line


def test_gazetteer_entry_with_since_2024_02_30(tmp_path):
    path = tmp_path / "units.yaml"
    path.write_text("districts:\n  - name: 开州区\n    since: 2024-02-30\n"
                    "  - name: 万州区\n    until: !!timestamp x\n"
                    "  - name: 巫山县\n    aliases: [巫峡镇, \"巫\\x01山城\\uffff\"]\n",
                    encoding="utf-8")
    gaz, problems = gazetteer.with_editors_units(path)
    assert [(d.line, d.severity) for d in problems] == [(2, "warning"), (4, "warning")]
    assert "'2024-02-30' is not a date" in problems[0].message
    assert "timestamp" in problems[1].message
    assert gaz.canonical("巫峡镇") == "巫山县"  # the good entry still applies
    assert gaz.canonical("巫山城") == "巫山县"  # without the characters XML forbids


def test_gazetteer_file_with_aliases_is_refused_not_expanded(tmp_path):
    path = tmp_path / "units.yaml"
    path.write_text("x: &a [a, a, a]\ny: &b [*a, *a, *a]\ndistricts: []\n", encoding="utf-8")
    _, problems = gazetteer.with_editors_units(path)
    assert len(problems) == 1 and problems[0].line == 1


def test_undecodable_standard_input_to_cqnews_tag():
    line = _one_line(CliRunner().invoke(main, ["tag"], input=b"\xff"))
    assert line.startswith("error: <stdin>: undecodable bytes") and "UTF-8" in line


def test_entities_yaml_with_aliases_is_refused_not_expanded():
    from cqnews_site.inputs import entities

    lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        lol.append(f"{name}: &{name} [" + ",".join([f"*{'abcdefghi'[i]}"] * 9) + "]")
    lol.append("block:\n  - *i")
    corrections, problems = entities.parse("\n".join(lol))
    assert not corrections and len(problems) == 1 and problems[0].line == 1


def test_entities_yaml_values_lose_xml_forbidden_characters():
    from cqnews_site.inputs import entities

    corrections, problems = entities.parse('add:\n  - {name: "王\\x01俊\\uffff", titles: [区长]}\n')
    assert problems == []
    assert "\x01" not in repr(corrections) and "王俊" in repr(corrections)
