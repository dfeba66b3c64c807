"""The package's layout promises: one Resources for every stage, a version digest that sees
dependencies, strict configuration, a wheel that builds a site, small site functions."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from cqnews_site.analyse import segmenter
from cqnews_site.analyse.cache import PageCache
from cqnews_site.analyse.tagger import Tagger
from cqnews_site.config import Config, ConfigError, load_config
from cqnews_site.inputs import entities
from cqnews_site.inputs import resources as resources_module
from cqnews_site.inputs.reader import read_bytes
from cqnews_site.inputs.resources import Resources
from cqnews_site.model.records import Page
from cqnews_site.output import stamp

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "cqnews_site"


def _editor_gazetteer(tmp_path: Path) -> Config:
    units = tmp_path / "units.yaml"
    units.write_text("districts:\n  - {name: 测试新区, short: 测试, level: 功能区}\n",
                     encoding="utf-8")
    return Config(gazetteer=units, cache=tmp_path / "cache", entities=tmp_path / "e.yaml")


def test_an_editors_unit_reaches_the_segmenter_the_tagger_and_entities(tmp_path):
    config = _editor_gazetteer(tmp_path)
    res = Resources.load(config)
    # Segmenter: a line that is only a place name heads that place's part of a roundup,
    # for the editor's unit as for a packaged one.
    for place in ("北碚区", "测试新区"):
        line = segmenter.classify(1, place, res.gazetteer)
        assert line.kind is segmenter.Kind.RUBRIC, place
    # Tagger: the unit is a district of the text.
    tagged = Tagger.load(res).tag_text("测试新区召开会议，部署今年工作。")
    assert "测试新区" in tagged["districts"]
    # entities.yaml: setting a person's district to the unit is accepted, not reported.
    (tmp_path / "e.yaml").write_text("district:\n  - {name: 张三, district: 测试新区}\n",
                                     encoding="utf-8")
    corrections, problems = entities.load(tmp_path / "e.yaml", res.gazetteer)
    assert problems == [] and corrections.districts[0].district == "测试新区"
    _, without = entities.load(tmp_path / "e.yaml")
    assert without and "测试新区" in without[0].message  # the packaged map alone lacks it


def test_a_dependency_upgrade_invalidates_the_page_cache_and_the_build_stamp(
        tmp_path, monkeypatch):
    config = Config(seeds=ROOT / "seeds", cache=tmp_path / "cache", out=tmp_path / "site")
    source, _ = read_bytes("本报讯 测试。\n".encode(), "x.txt")
    before = Resources.load(config)
    page = Page(source="x.txt", digest=source.digest, year=None, year_evidence=None,
                banner=None, noise=(), stories=())
    cache = PageCache(before.cache)
    cache.put(source.digest, before.version, page)
    assert cache.get(source.digest, before.version) == page
    key_before = stamp.fingerprint(config, [source], before)

    real = resources_module.dependency_version
    monkeypatch.setattr(resources_module, "dependency_version",
                        lambda name: "99.0" if name == "jinja2" else real(name))
    after = Resources.load(config)
    assert after.version != before.version
    assert cache.get(source.digest, after.version) is None
    assert stamp.fingerprint(config, [source], after) != key_before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("bse_url: https://example.org/\n", "unknown key 'bse_url'; did you mean 'base_url'?"),
        ("colour: red\n", "unknown key 'colour'; known keys:"),
        ('jobs: "two"\n', "'jobs' must be a whole number"),
        ("jobs: -1\n", "'jobs' must be a whole number"),
        ("strict: maybe\n", "'strict' must be true or false"),
        ("seeds: [a, b]\n", "'seeds' must be a folder or file path"),
        ("base_url: 12\n", "'base_url' must be text"),
        ("seeds: [\n", "not valid YAML"),
    ],
)
def test_configuration_errors_are_one_line_naming_the_file_and_key(tmp_path, text, message):
    path = tmp_path / "cqnews.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(str(path)) and message in str(info.value)
    assert "\n" not in str(info.value)


def test_configuration_values_are_not_retyped(tmp_path):
    path = tmp_path / "cqnews.yaml"
    path.write_text("site_title: 2024-01-01\njobs: 2\nstrict: true\ngazetteer: null\n",
                    encoding="utf-8")
    config = load_config(path)
    assert config.site_title == "2024-01-01" and config.jobs == 2 and config.strict is True
    assert config.gazetteer is None


def test_no_function_in_the_site_package_is_over_60_lines():
    long = []
    for path in sorted((PACKAGE / "site").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > 60:
                    long.append(f"{path.name}:{node.name} ({length} lines)")
    assert long == []


def test_only_the_nlp_module_imports_jieba():
    importers = sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if any((isinstance(n, ast.Import | ast.ImportFrom)
               and any("jieba" in (a.name or "") for a in n.names))
               or (isinstance(n, ast.ImportFrom) and (n.module or "").startswith("jieba"))
               for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    )
    assert importers == ["analyse/nlp.py"]


def test_no_regular_expression_is_written_twice_in_the_package():
    """A pattern is compiled in one module and imported by the others (model/ is the lower
    layer): twins drift apart when one of them is corrected."""
    where: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and ast.unparse(node.value.func) == "re.compile" and node.value.args
                    and isinstance(node.value.args[0], ast.Constant)):
                key = ast.unparse(ast.Call(ast.Name("re.compile"), node.value.args,
                                           node.value.keywords))
                name = ast.unparse(node.targets[0])
                where.setdefault(key, []).append(f"{path.relative_to(PACKAGE)}:{name}")
    assert {key: places for key, places in where.items() if len(places) > 1} == {}


def test_evaluation_code_is_not_in_the_runtime_package():
    assert not list(PACKAGE.rglob("evaluate*.py"))


def _build_outputs() -> set[tuple[str, int]]:
    """What a setuptools build writes into the tree it builds (``build/``, ``*.egg-info``)."""
    paths = [*(ROOT / "build").rglob("*"), *(ROOT / "src").glob("*.egg-info/*")]
    return {(p.relative_to(ROOT).as_posix(), p.stat().st_mtime_ns) for p in paths}


@pytest.fixture(scope="module")
def wheel_build(tmp_path_factory) -> tuple[Path, list[str]]:
    """The wheel, and the paths its build wrote or changed in the project."""
    before = _build_outputs()
    # setuptools builds in the tree it is given: give it a copy of what the wheel is made of.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    shutil.copytree(ROOT / "src", source / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(source)], check=True, capture_output=True)
    (found,) = out.glob("cqnews_site-*.whl")
    return found, sorted(path for path, _ in _build_outputs() - before)


@pytest.fixture(scope="module")
def wheel(wheel_build) -> Path:
    return wheel_build[0]


def test_building_the_wheel_writes_nothing_into_the_project(wheel_build):
    # Built in place, setuptools left build/lib (the package's source) and
    # build/bdist.* in build/, the site's default folder, which the next unchanged build
    # keeps and a deploy would publish.
    assert wheel_build[1] == []


def test_the_wheel_contains_the_templates_static_files_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("templates", "static"):
        packaged = {p.relative_to(PACKAGE).as_posix()
                    for p in (PACKAGE / "site" / folder).iterdir() if p.is_file()}
        assert {f"cqnews_site/{n}" for n in packaged} <= names
    assert "cqnews_site/inputs/data/gazetteer.yaml" in names


def test_the_wheel_installed_outside_the_repository_builds_the_site(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    # The dependencies come from this interpreter's site-packages (no download at test
    # time); cqnews itself only from the wheel.
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True)
    work = tmp_path / "work"
    shutil.copytree(ROOT / "seeds", work / "seeds")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run([str(python), "-c", "import cqnews_site; print(cqnews_site.__file__)"],
                           cwd=work, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(env_dir))
    done = subprocess.run([str(python), "-m", "cqnews_site.cli", "build"], cwd=work, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (work / "build" / "index.html").is_file()
    assert (work / "build" / "static" / "style.css").is_file()
    assert len(list((work / "build" / "stories").glob("*.html"))) > 5
