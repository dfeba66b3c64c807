"""Build configuration: defaults in code, overridden by ``cqnews.yaml``, then by CLI flags."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from cqnews_site.inputs import safe_yaml

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
    extra: dict = field(default_factory=dict)
    """Keys of the config file that other features read (e.g. ``gazetteer``)."""

    def replace(self, **changes) -> Config:
        """A copy with the given fields changed; ``None`` values are ignored."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


_PATH_KEYS = {"seeds", "out", "templates", "static", "entities", "gazetteer", "cache"}


def load_config(path: Path | None = None) -> Config:
    """Read ``cqnews.yaml`` (or ``path``) if it exists; missing keys keep their defaults."""
    path = path or Path(CONFIG_FILE)
    if not path.exists():
        return Config()
    try:
        data = safe_yaml.load(path.read_text(encoding="utf-8")) or {}
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text; re-save it as UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"  # one line, not PyYAML's four
        raise ConfigError(f"{path}{line}: not valid YAML; fix the syntax ({problem})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of option: value at the top level")
    known = {f.name for f in dataclasses.fields(Config)} - {"extra"}
    values: dict = {}
    extra: dict = {}
    for key, value in data.items():
        key = str(key).replace("-", "_")
        if key not in known:
            extra[key] = value
        elif key in _PATH_KEYS:
            values[key] = (path.parent / str(value)) if value is not None else None
        else:
            values[key] = value
    try:
        return Config(**values, extra=extra)
    except TypeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
