"""Issue 12, a fresh machine: the README's commands work with the newest dependencies,
the browser can draw Chinese, and tests write only into temporary folders."""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def _calls(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.func.attr for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)}


def test_click_8_5_isolated_filesystem_deprecation():
    # click 8.5 deprecates CliRunner.isolated_filesystem and the test settings turn
    # warnings into errors: tests use pytest's tmp_path and monkeypatch.chdir instead.
    users = [p.name for p in sorted(PROJECT.glob("tests/*.py"))
             if "isolated_filesystem" in _calls(p)]
    assert users == []


def test_scripts_test_installs_a_cjk_font_with_the_browser():
    script = (PROJECT / "scripts" / "test").read_text(encoding="utf-8")
    assert "need_apt+=(fonts-noto-cjk)" in script and "need_apt+=(chromium)" in script


def test_browser_screenshots_go_to_a_temporary_folder():
    source = (PROJECT / "tests" / "test_browser.py").read_text(encoding="utf-8")
    assert '"build"' not in source and "'build'" not in source
    assert "tmp_path_factory.mktemp" in source and "screenshot(path=shots /" in source


def test_readme_has_a_guarantees_section():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Guarantees", 1)[1].split("\n## ", 1)[0]
    for promise in ("No traceback for bad input", "previous site stays until the new one is "
                    "complete", "Nothing outside `seeds/` and `static/` is published",
                    "Templates", "`.cache` folder"):
        assert promise in section, promise


def test_tests_write_only_into_temporary_folders():
    # Tests run from a temporary folder, so a default Config's .cache and build stamps,
    # or anything else written relative to the working folder, never land in the project.
    assert Path.cwd().resolve() != PROJECT and PROJECT not in Path.cwd().resolve().parents
