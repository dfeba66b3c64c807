"""The ``cqnews`` command: a thin click wrapper around the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from cqnews_site.config import CONFIG_FILE, ConfigError, load_config


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cqnews-site")
def main() -> None:
    """cqnews turns raw Chongqing newspaper pages into a static, searchable news archive."""


@main.command()
@click.option("--seeds", type=click.Path(path_type=Path), help="Folder of pages and articles "
              "to read (default: seeds/).")
@click.option("--out", type=click.Path(path_type=Path), help="Output folder (default: build/).")
@click.option("--strict", is_flag=True, default=None,
              help="Exit non-zero on warnings too, not only when a file was skipped.")
@click.option("--templates", type=click.Path(path_type=Path, file_okay=False),
              help="Folder of templates that override the built-in ones by name.")
@click.option("--base-url", help="Absolute site URL, used in feeds and the sitemap only.")
@click.option("--jobs", type=int, help="Worker processes for reading and tagging "
              "(default: one per CPU).")
@click.option("--force", is_flag=True,
              help="Rebuild even when no input changed since the last build of the folder.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help=f"Configuration file (default: {CONFIG_FILE} if present).")
def build(seeds, out, strict, templates, base_url, jobs, force, config_path) -> None:
    """Read every page in the seeds folder and write the complete site.

    Problems in the inputs are printed one per line (file:line: what is wrong
    (what to do)). The build goes on past them and exits with status 1 when a
    file was skipped (or, with --strict, when anything was reported). The old
    site is replaced only when the new one rendered completely. When no input
    changed since the last build of the same folder, the site is left as it is.
    """
    from cqnews_site.build import build as run_build
    from cqnews_site.output import report
    from cqnews_site.site.render import RenderError

    try:
        config = load_config(config_path).replace(
            seeds=seeds, out=out, strict=strict, templates=templates, base_url=base_url,
            jobs=jobs,
        )
    except ConfigError as exc:
        _fail(str(exc))
    try:
        result = run_build(config, force=force)
    except (RenderError, OSError) as exc:
        _fail(f"{exc}; the previous site in {config.out} was left untouched")
    for line in report.summary(result.diagnostics, config):
        click.echo(line, err=True)
    done = "unchanged since the last build:" if result.skipped else "built"
    click.echo(
        f"{done} {result.stories} stories from {result.pages} files into "
        f"{config.out}/ ({result.files} files; {len(result.errors)} errors, "
        f"{len(result.warnings)} warnings)"
    )
    if result.failed(config.strict):
        sys.exit(1)


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--district", help="District the text comes from (for bare titles like 区长).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help=f"Configuration file (default: {CONFIG_FILE} if present).")
def tag(file, district, config_path) -> None:
    """Print the people, districts and keywords found in FILE (or standard input) as JSON."""
    from cqnews_site.analyse.tagger import Tagger

    try:
        config = load_config(config_path)
    except ConfigError as exc:
        _fail(str(exc))
    text = file.read()
    result = Tagger.load(config).tag_text(text, district=district)
    click.echo(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))
