"""Build configuration: defaults in code, overridden by ``cqnews.yaml``, then by CLI flags."""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass
from pathlib import Path

import yaml

CONFIG_FILE = "cqnews.yaml"


class ConfigError(Exception):
    """The configuration file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Config:
    """Every build option. Each field is a key of ``cqnews.yaml`` (paths are relative to it)."""

    seeds: Path = Path("seeds")
    """Folder of raw pages and articles (``*.txt``, ``*.md``), read recursively."""
    out: Path = Path("build")
    """Output folder; replaced atomically by a successful build."""
    templates: Path | None = None
    """A folder whose templates override the built-in ones by file name."""
    static: Path | None = None
    """A folder whose files are copied into the site's ``static/`` over the built-in ones."""
    base_url: str = ""
    """Absolute site URL, used only where absolute links are required (feeds, sitemap)."""
    site_title: str = "重庆新闻档案"
    """Site name shown in the header and in feeds."""
    entities: Path = Path("entities.yaml")
    """Editors' corrections to the tagger (merge, block, add, set district)."""
    gazetteer: Path | None = None
    """A YAML file of districts to add or correct over the packaged gazetteer."""
    cache: Path = Path(".cache")
    """Folder for the per-file cache and jieba's dictionary cache."""
    jobs: int = 0
    """Worker processes for the per-file stages; 0 means one per CPU."""
    strict: bool = False
    """Treat warnings as errors: the build fails if any input needed attention."""
    def replace(self, **changes) -> Config:
        """A copy with the given fields changed; ``None`` values are ignored."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


_PATH_KEYS = {"seeds", "out", "templates", "static", "entities", "gazetteer", "cache"}
# Keys whose value may be left empty (null): the feature is then off.
_OPTIONAL = {"templates", "static", "gazetteer"}


def _typed(key: str, value: object, path: Path) -> object:
    """``value`` of ``key`` converted to the field's type, or a ConfigError naming both."""
    def wrong(expected: str) -> ConfigError:
        return ConfigError(f"{path}: '{key}' must be {expected}, not {value!r}")

    if key in _PATH_KEYS:
        if value is None and key in _OPTIONAL:
            return None
        if not isinstance(value, str) or not value.strip():
            raise wrong("a folder or file path (text)")
        return path.parent / value
    if key == "jobs":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise wrong("a whole number ≥ 0 (0: one per CPU)")
        return value
    if key == "strict":
        if not isinstance(value, bool):
            raise wrong("true or false")
        return value
    if not isinstance(value, str):
        raise wrong("text")
    return value


def load_config(path: Path | None = None) -> Config:
    """Read ``cqnews.yaml`` (or ``path``) if it exists; missing keys keep their defaults.

    An unknown key or a value of the wrong type is a ``ConfigError`` naming the file and the
    key (with the nearest known key for a misspelling).
    """
    path = path or Path(CONFIG_FILE)
    if not path.exists():
        return Config()
    try:
        # BaseLoader: every scalar stays text, so "jobs: 2" is checked below, not retyped.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or exc
        raise ConfigError(f"{path}{line}: not valid YAML; fix the syntax ({problem})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of option: value at the top level")
    known = [f.name for f in dataclasses.fields(Config)]
    values: dict = {}
    for raw_key, value in data.items():
        key = str(raw_key).replace("-", "_")
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(known)}"
            raise ConfigError(f"{path}: unknown key '{raw_key}'{hint}")
        values[key] = _typed(key, value, path)
    return Config(**values)


class _ConfigLoader(yaml.SafeLoader):
    """Safe YAML with booleans, integers and null resolved, nothing else (no dates, no floats)."""


_ConfigLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:null")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
