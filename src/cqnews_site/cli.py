"""The ``cqnews`` command: a thin click wrapper around the library."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import sys
from pathlib import Path

import click

from cqnews_site.config import CONFIG_FILE, ConfigError, load_config
from cqnews_site.model.records import quote


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


# Set by ``run``: this process is the ``cqnews`` program, which exits when its command ends.
_PROGRAM = False


def run() -> None:
    """The ``cqnews`` program: ``main``, then an exit that does not free memory.

    A build's process holds the whole archive and its index; the interpreter freed them
    object by object on the way out, 1.3 s of a 10,000-story build after its site was in
    place. Exit handlers still run and both output streams are flushed first. An old site
    not yet removed when a build ends is left to a process of its own (``build``,
    ``writer.remove_apart``). ``python -m cqnews_site.cli`` runs this too. (``main``
    itself, as the tests call it in process, exits as usual.)
    """
    global _PROGRAM
    _PROGRAM = True
    try:
        main()
        code = 0
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:  # sys.exit("message"), as Python prints it
            print(exc.code, file=sys.stderr)
            code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


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
@click.option("--timings", type=click.Path(path_type=Path, dir_okay=False),
              help="Write each stage's wall and CPU seconds to this JSON file.")
def build(seeds, out, strict, templates, base_url, jobs, force, config_path,
          timings) -> None:
    """Read every page in the seeds folder and write the complete site.

    Problems in the inputs are printed one per line (file:line: what is wrong
    (what to do)). The build goes on past them and exits with status 1 when a
    file was skipped (or, with --strict, when anything was reported). The old
    site is replaced only when the new one rendered completely. When no input
    changed since the last build of the same folder, the site is left as it is.
    On a terminal, each stage shows its progress (files analysed, pages written).
    """
    from cqnews_site.build import build as run_build
    from cqnews_site.output import progress, report, writer
    from cqnews_site.output.writer import WriteError
    from cqnews_site.site.errors import RenderError  # not the renderer: see its module

    if _PROGRAM:  # the process ends with the build: it need not wait for the old site to go
        writer.remove_apart()

    try:
        config = load_config(config_path).replace(
            seeds=seeds, out=out, strict=strict, templates=templates, base_url=base_url,
            jobs=jobs,
        )
    except ConfigError as exc:
        _fail(str(exc))
    try:
        with progress.shown(sys.stderr):
            result = run_build(config, force=force)
    except WriteError as exc:  # refused before anything was replaced; the message says why
        _fail(str(exc))
    except (RenderError, OSError) as exc:
        _fail(f"{exc}; the previous site in {quote(str(config.out))} was left untouched")
    for line in report.summary(result.diagnostics, config):
        click.echo(line, err=True)
    if timings:
        stages = [{"stage": t.name, "wall": round(t.wall, 3), "cpu": round(t.cpu, 3)}
                  for t in result.stages]
        timings.write_text(json.dumps(stages, indent=2) + "\n", encoding="utf-8")
    done = "unchanged since the last build:" if result.skipped else "built"
    kept = f", {result.kept} unchanged and not rendered" if result.kept else ""
    click.echo(
        f"{done} {result.stories} stories from {result.pages} files into "
        f"{quote(str(config.out))}/ ({result.files} files{kept}; {len(result.errors)} errors, "
        f"{len(result.warnings)} warnings)"
    )
    if result.failed(config.strict):
        sys.exit(1)


@main.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help=f"Configuration file (default: {CONFIG_FILE} if present).")
def explain(file, config_path) -> None:
    """Show why FILE was segmented as it was.

    Each line with its kind and the rule that decided it (and the grouping decision taken
    on it), then the page's own metadata, then the stories and items as grouped, with
    each story's date and the evidence for its year.
    """
    from cqnews_site.analyse.explain import explain_file
    from cqnews_site.inputs.resources import Resources

    try:
        config = load_config(config_path)
    except ConfigError as exc:
        _fail(str(exc))
    report, problems = explain_file(file, Resources.load(config).gazetteer)
    for problem in problems:
        click.echo(str(problem), err=True)
    if report is None:
        sys.exit(1)
    click.echo(report, nl=False)


@main.command()
@click.argument("file", type=click.File("rb"), default="-")
@click.option("--district", help="District the text comes from (for bare titles like 区长).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help=f"Configuration file (default: {CONFIG_FILE} if present).")
@click.option("--explain", is_flag=True,
              help="Show the rule behind each person, person's district and district.")
@click.option("--date", "printed", metavar="YYYY-MM-DD",
              help="Day the text was printed: its place names are read as the districts of "
                   "that day (default: today's).")
def tag(file, district, config_path, explain, printed) -> None:
    """Print the people, reporters, photographers, editors, districts and keywords found in
    FILE (or standard input) as JSON."""
    from cqnews_site.model.dates import is_calendar_day

    if printed is not None and not is_calendar_day(printed):
        _fail(f"--date {printed!r} is not a day (give it as YYYY-MM-DD, e.g. 2009-05-01)")
    from cqnews_site.analyse.tagger import Tagger
    from cqnews_site.inputs.resources import Resources

    try:
        config = load_config(config_path)
    except ConfigError as exc:
        _fail(str(exc))
    from cqnews_site.inputs.reader import ReadError, decode
    from cqnews_site.model.records import quote

    try:
        text, _ = decode(file.read())
    except ReadError as exc:
        _fail(f"{quote(str(getattr(file, 'name', '<stdin>')))}: {exc} ({exc.hint})")
    result = Tagger.load(Resources.load(config)).tag_text(text, district=district,
                                                          explain=explain, date=printed)
    click.echo(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))


@main.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("--seeds", type=click.Path(path_type=Path), help="Folder of pages and articles "
              "(default: seeds/).")
@click.option("--out", type=click.Path(path_type=Path), help="Output folder (default: build/).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help=f"Configuration file (default: {CONFIG_FILE} if present).")
def serve(port, seeds, out, config_path) -> None:
    """Build the site, serve it on 127.0.0.1 and rebuild when an input changes.

    Seeds, templates, static files, entities.yaml, the gazetteer file and the
    configuration are watched; after each rebuild the open page reloads itself.
    Stop with Ctrl-C.
    """
    import time

    from cqnews_site.serve import Preview

    try:
        config = load_config(config_path).replace(seeds=seeds, out=out)
    except ConfigError as exc:
        _fail(str(exc))
    preview = Preview(config, port=port, config_path=config_path,
                      report=lambda line: click.echo(line, err=True))
    try:
        url = preview.start()
    except OSError as exc:
        _fail(f"cannot serve on 127.0.0.1:{port}: {exc.strerror}; try --port with another number")
    click.echo(f"serving {config.out}/ at {url} (Ctrl-C to stop)", err=False)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        preview.stop()


@main.command()
@click.argument("title")
@click.option("--date", help="Publication date, YYYY-MM-DD (default: today).")
@click.option("--section", help="栏目.")
@click.option("--paper", help="Paper the article belongs to (报纸名).")
@click.option("--page", help="版次 as printed.")
@click.option("--reporter", "reporters", multiple=True, help="A reporter (repeat for more).")
@click.option("--district", help="The district the article is about.")
@click.option("--seeds", type=click.Path(path_type=Path), help="Seeds folder (default: seeds/).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help=f"Configuration file (default: {CONFIG_FILE} if present).")
def new(title, date, section, paper, page, reporters, district, seeds, config_path) -> None:
    """Write a new article (Markdown with front matter) under SEEDS/articles/ and print its path."""
    from cqnews_site.authoring import ArticleExists, new_article

    try:
        config = load_config(config_path).replace(seeds=seeds)
        path = new_article(config.seeds, title, date=date, section=section, paper=paper,
                           page=page, reporters=reporters, district=district)
    except ConfigError as exc:
        _fail(str(exc))
    except ArticleExists as exc:
        _fail(str(exc))
    except ValueError:
        _fail(f"--date {date!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-08-27")
    click.echo(str(path))


if __name__ == "__main__":  # python -m cqnews_site.cli: the same program as ``cqnews``
    run()
