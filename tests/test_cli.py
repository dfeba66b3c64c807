"""The ``cqnews`` command as a user runs it: help, exit codes, messages, atomic output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cqnews_site.cli import main

ROOT = Path(__file__).parents[1]


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_every_command_has_help():
    result = run("--help")
    assert result.exit_code == 0 and "Chongqing" in result.output
    for command in main.commands:
        sub = run(command, "--help")
        assert sub.exit_code == 0
        assert len(main.commands[command].help or "") > 20, command


def test_an_out_folder_named_with_a_newline_cannot_forge_a_line(seeds, tmp_path):
    out = tmp_path / "s\nerror: forged"
    result = run("build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    (summary,) = [line for line in result.output.splitlines() if "stories from" in line]
    assert "s\\nerror: forged" in summary  # the name quoted, on the one line
    assert not any(line.startswith("error: forged") for line in result.output.splitlines())


def test_build_writes_the_site_from_the_seeds(seeds, tmp_path):
    out = tmp_path / "site"
    result = run("build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "built" in result.output and "0 errors" in result.output
    stories = json.loads((out / "data" / "stories.json").read_text(encoding="utf-8"))
    assert {s["source"] for s in stories} == {p.name for p in seeds.glob("*.txt")}
    assert (out / "index.html").exists()


def test_bad_inputs_are_reported_and_the_rest_is_built(seeds, tmp_path):
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (seeds / "broken.md").write_text("---\ntitle: [oops\n---\n正文。\n", encoding="utf-8")
    out = tmp_path / "site"
    result = run("build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "empty.txt: error: file is empty; file skipped" in result.output
    assert "photo.txt:3: error: file looks binary" in result.output
    assert "broken.md:2: error: broken front matter" in result.output
    stories = json.loads((out / "data" / "stories.json").read_text(encoding="utf-8"))
    assert len({s["source"] for s in stories}) == 5  # every good page is still there


def test_strict_makes_warnings_fatal(seeds, tmp_path):
    (seeds / "odd.txt").write_text("---\nwriter: 张三\n---\n## 标题\n\n正文。\n", encoding="utf-8")
    out = tmp_path / "site"
    assert run("build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1").exit_code == 0
    strict = run("build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1", "--strict")
    assert strict.exit_code == 1 and "odd.txt:2: warning: unknown front matter key" in strict.output


def test_template_error_names_the_template_and_keeps_the_last_good_site(seeds, tmp_path):
    out = tmp_path / "site"
    assert run("build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1").exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "story.html").write_text("{% extends 'base.html' %}\n{% block content %}\n{{ 1 + }}\n"
                                      "{% endblock %}\n", encoding="utf-8")
    result = run("build", "--seeds", str(seeds), "--out", str(out), "--templates", str(mine),
                 "--jobs", "1")
    assert result.exit_code == 2
    assert "story.html" in result.output and "line 3" in result.output
    assert "Traceback" not in result.output
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.lock", "mine", "seeds", "site"]


def test_config_file_and_flags(seeds, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("cqnews.yaml").write_text("seeds: seeds\nout: public\nsite_title: 测试档案\n",
                                   encoding="utf-8")
    assert run("build", "--jobs", "1").exit_code == 0
    assert "测试档案" in Path("public/index.html").read_text(encoding="utf-8")
    Path("cqnews.yaml").write_text("seeds: [oops\n", encoding="utf-8")
    result = run("build")
    assert result.exit_code == 2 and "cqnews.yaml:" in result.output


def test_tag_prints_json_for_any_text():
    result = CliRunner().invoke(main, ["tag", "-", "--district", "北碚区"],
                                input="区委书记王俊主持会议。区委副书记、区长黄祖英参加。")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    names = {p["name"]: p for p in data["people"]}
    assert set(names) >= {"王俊", "黄祖英"}
    assert names["黄祖英"]["titles"] == ["区委副书记", "区长"]
    assert names["王俊"]["district"] == "北碚区"


def test_tag_reports_credits_and_explains_its_rules():
    text = "本报讯（记者 王平安）黔江区委书记徐大江说，要繁荣昌盛。李小红告诉记者。\n编辑：王龙博"
    result = CliRunner().invoke(main, ["tag", "-", "--explain"], input=text)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["reporters"] == ["王平安"] and data["editors"] == ["王龙博"]
    rules = {p["name"]: (p["rules"], p["district_rule"]) for p in data["people"]}
    assert rules["徐大江"] == (["titled_name"], "named_in_title")
    assert rules["李小红"][0] == ["untitled_name"]
    mentions = {(m["surface"], m["rule"], m["counted"]) for m in data["district_mentions"]}
    assert mentions == {("黔江区", "full_name", True), ("荣昌", "inside_idiom", False)}
    assert data["districts"] == ["黔江区"]


def test_tag_reads_names_as_the_districts_of_the_day_given():
    text = "大足石刻景区游客大增，县旅游局局长张三说。"
    today = json.loads(CliRunner().invoke(main, ["tag", "-"], input=text).output)
    printed = CliRunner().invoke(main, ["tag", "-", "--date", "2009-05-01"], input=text)
    assert printed.exit_code == 0, printed.output
    assert (today["districts"], json.loads(printed.output)["districts"]) == (["大足区"], ["大足县"])
    wrong = CliRunner().invoke(main, ["tag", "-", "--date", "2009-13-01"], input=text)
    assert wrong.exit_code != 0 and "YYYY-MM-DD" in wrong.output


def test_unchanged_rebuild_is_skipped_and_any_change_rebuilds(seeds, tmp_path, monkeypatch):
    out = tmp_path / "site"
    (seeds / "odd.txt").write_text("---\nwriter: 张三\n---\n## 标题\n\n正文。\n", encoding="utf-8")
    args = ["build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1"]
    monkeypatch.chdir(tmp_path)  # not CliRunner.isolated_filesystem: deprecated in click 8.5
    first = run(*args)
    assert first.exit_code == 0 and first.output.count("odd.txt:2: warning") == 1
    page = out / "index.html"
    before = page.stat().st_mtime_ns
    again = run(*args)
    assert again.exit_code == 0 and "unchanged since the last build" in again.output
    assert again.output.count("odd.txt:2: warning") == 1  # still reported
    assert page.stat().st_mtime_ns == before  # nothing was rewritten
    assert run(*args, "--strict").exit_code == 1  # the same verdict rules apply
    (seeds / "odd.txt").write_text("## 新标题\n\n新正文。\n", encoding="utf-8")
    changed = run(*args)
    assert changed.exit_code == 0 and "built" in changed.output
    assert "新标题" in (out / "data" / "stories.json").read_text(encoding="utf-8")
    forced = run(*args, "--force")
    assert forced.exit_code == 0 and forced.output.startswith("built")
    shutil.rmtree(out)
    assert run(*args).output.startswith("built")  # a missing site is rebuilt


def test_the_program_exits_with_the_commands_status_and_prints_everything(seeds, tmp_path):
    # ``cqnews`` is ``run``: it ends the process without freeing memory, after flushing.
    import subprocess
    import sys

    program = [sys.executable, "-c", "from cqnews_site.cli import run; run()"]
    bad = seeds / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\n正文。\n", encoding="utf-8")
    done = subprocess.run([*program, "build", "--seeds", str(seeds), "--out",
                           str(tmp_path / "site"), "--jobs", "1"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 1, done.stderr  # a skipped file
    assert "bad.md:2: error:" in done.stderr
    assert done.stdout.startswith("built ") and done.stdout.endswith("warnings)\n")
    assert (tmp_path / "site" / "index.html").is_file()
    refused = subprocess.run([*program, "build", "--seeds", str(seeds), "--out", str(bad)],
                             capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert refused.returncode == 2 and refused.stderr.startswith("error: ")
    assert subprocess.run([*program, "--version"], capture_output=True, text=True,
                          timeout=600).returncode == 0


def test_a_build_with_nothing_to_do_imports_no_renderer(seeds, tmp_path, monkeypatch):
    # The renderer with its page generators, jieba and networkx cost about a second to
    # import: a build that finds every input as it was loads none of them. (Jinja2 is
    # loaded: its version is part of the build's fingerprint.)
    import subprocess
    import sys

    build = ["build", "--seeds", str(seeds), "--out", str(tmp_path / "site"), "--jobs", "1"]
    monkeypatch.chdir(tmp_path)  # the cache folder (.cache) is the subprocess's too
    assert run(*build).exit_code == 0
    probe = ("import sys; from cqnews_site.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "heavy = ('jieba', 'networkx', 'cqnews_site.site.render', 'cqnews_site.site.search')\n"
             "print(sorted(m for m in heavy if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe, *build], capture_output=True,
                          text=True, cwd=tmp_path, timeout=600)
    assert "unchanged since the last build" in done.stdout, done.stderr
    assert done.stdout.strip().endswith("[]"), done.stdout


def test_a_build_with_nothing_to_do_decodes_no_file(seeds, tmp_path, monkeypatch):
    from cqnews_site.config import Config
    from cqnews_site.inputs import reader
    from cqnews_site.output import stamp

    args = ["build", "--seeds", str(seeds), "--out", str(tmp_path / "site"), "--jobs", "1"]
    monkeypatch.chdir(tmp_path)
    (seeds / "bad.md").write_text("---\ntitle: [unclosed\n---\n正文。\n", encoding="utf-8")
    assert run(*args).exit_code == 1  # bad.md skipped
    decoded = []
    real = reader.read_bytes
    monkeypatch.setattr(reader, "read_bytes", lambda *a, **k: decoded.append(a[1]) or real(*a, **k))
    again = run(*args)
    assert "unchanged since the last build" in again.output and decoded == []
    assert again.exit_code == 1 and "bad.md:2: error:" in again.output  # still reported
    # A stamp without the bytes' fingerprint (an older version's): decoded, then skipped.
    path = next((tmp_path / ".cache" / "builds").glob("*[0-9a-f].json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["seeds_fingerprint"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert stamp.load(Config(seeds=seeds, out=tmp_path / "site")) is not None
    older = run(*args)
    assert "unchanged since the last build" in older.output and decoded
    # One byte more in one file: decoded and built.
    page = sorted(seeds.glob("*.txt"))[0]
    page.write_bytes(page.read_bytes() + b"\n")
    assert "\nbuilt 11 stories" in run(*args).output


def test_a_rebuild_that_finds_every_file_in_the_cache_imports_no_segmenter(
        seeds, tmp_path, monkeypatch):
    # jieba and jieba-rs cost about a second to import (more than the rest of the
    # analysis of a one-page edit in the build process): only a process that tags imports
    # them.
    import subprocess
    import sys

    build = ["build", "--seeds", str(seeds), "--out", str(tmp_path / "site"), "--jobs", "1"]
    monkeypatch.chdir(tmp_path)
    assert run(*build).exit_code == 0
    probe = ("import sys; from cqnews_site.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('jieba', 'rjieba') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe, *build, "--force"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.stdout.startswith("built "), done.stderr
    assert done.stdout.strip().endswith("[]"), done.stdout
