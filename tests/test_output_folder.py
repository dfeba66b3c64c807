"""Issue 12, the output folder: an atomic swap, a lock, no debris, no --out that would
delete or re-read an input, workers that die with the build, a cache that is optional."""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cqnews_site import build, lifeline
from cqnews_site.cli import main
from cqnews_site.config import Config
from cqnews_site.output import writer

PROJECT = Path(__file__).resolve().parents[1]


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_swap_killed_between_the_two_renames_leaves_a_site(tmp_path, monkeypatch):
    config = Config(out=tmp_path / "site")
    writer.write_site({"index.html": b"old"}, config)
    real_rename = Path.rename
    calls = []

    def killed_after_first(self, target):
        calls.append(self)
        if len(calls) > 1:  # the process dies here: no handler would run
            raise KeyboardInterrupt
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", killed_after_first)
    writer.write_site({"index.html": b"new", "a.html": b"a"}, config)
    site = _tree(config.out)
    assert site["index.html"] == b"new" and site["a.html"] == b"a" and "static/style.css" in site
    assert [p.name for p in tmp_path.iterdir() if ".new-" in p.name or ".old-" in p.name] == []


def test_the_old_site_is_removed_meanwhile_and_gone_before_the_lock_is_let_go(tmp_path,
                                                                             monkeypatch):
    config = Config(out=tmp_path / "site")
    writer.write_site({"index.html": b"old"}, config)
    real_remove = writer.folders.remove_tree
    removing = []
    started, go = threading.Event(), threading.Event()

    def slow_remove(path):
        removing.append(path)
        started.set()
        go.wait(10)  # meanwhile, the build goes on to record what it made
        real_remove(path)

    monkeypatch.setattr(writer.folders, "remove_tree", slow_remove)
    with writer.locked(config):
        writer._write({"index.html": b"new"}, config)
        assert (config.out / "index.html").read_bytes() == b"new"
        assert started.wait(10) and any(t.is_alive() for t, _ in writer._REMOVING)
        go.set()
    assert writer._REMOVING == [] and len(removing) == 1 and not removing[0].exists()
    assert [p.name for p in tmp_path.iterdir() if ".new-" in p.name or ".old-" in p.name] == []


def _gone(path: Path, seconds: float = 30) -> bool:
    for _ in range(int(seconds * 20)):
        if not path.exists():
            return True
        time.sleep(0.05)
    return False


def _gated(gate: Path) -> str:
    """The remover's program, made to wait until ``gate`` is deleted."""
    return (f"import os, time\nwhile os.path.exists({str(gate)!r}): time.sleep(0.02)\n"
            + writer._REMOVER)


def test_the_program_leaves_an_old_site_to_a_process_that_holds_it(tmp_path, monkeypatch):
    # ``cqnews`` (cli.run) lets its folder go without waiting for the old site's removal:
    # a process of its own holds the old folder's lock and removes it.
    config = Config(out=tmp_path / "site")
    writer.write_site({"index.html": b"old", "a/b.html": b"b"}, config)
    gate = tmp_path / "gate"
    gate.touch()
    monkeypatch.setattr(writer, "_APART", True)
    monkeypatch.setattr(writer, "_REMOVER", _gated(gate))
    real_remove = writer.folders.remove_tree
    removing = []
    started, go = threading.Event(), threading.Event()

    def slow_remove(path):  # the build's thread: still at work when the build ends
        removing.append(path)
        started.set()
        go.wait(10)
        real_remove(path)

    monkeypatch.setattr(writer.folders, "remove_tree", slow_remove)
    with writer.locked(config):
        writer._write({"index.html": b"new"}, config)
        assert started.wait(10)
    old = removing[0]
    assert writer._REMOVING == [] and old.exists() and writer._in_removal(old)
    # The next build's sweep leaves it to that process, which ends with it removed.
    monkeypatch.setattr(writer.folders, "remove_tree", real_remove)
    with writer.locked(config):
        assert old.exists()
    gate.unlink()
    go.set()
    assert _gone(old)
    assert _tree(config.out)["index.html"] == b"new"


def test_a_folder_whose_remover_died_is_swept_and_a_held_one_is_not_put_back(tmp_path):
    config = Config(out=tmp_path / "site")
    writer.write_site({"index.html": b"new"}, config)
    held = tmp_path / ".site.old-held"
    (held / "stories").mkdir(parents=True)
    (held / "index.html").write_bytes(b"half removed")
    fd = os.open(held, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # a remover at work
    try:
        shutil.rmtree(config.out)  # no site: only a folder not being removed is put back
        with writer.locked(config):
            assert not config.out.exists() and held.exists()
    finally:
        os.close(fd)  # the remover died
    with writer.locked(config):
        assert (config.out / "index.html").read_bytes() == b"half removed"  # the fallback's
    (tmp_path / ".site.new-dead" / "x").mkdir(parents=True)
    with writer.locked(config):
        assert not (tmp_path / ".site.new-dead").exists()


def test_the_program_returns_before_the_old_site_is_removed(tmp_path):
    # The real program, with the removal held back: it exits (its output pipes closed)
    # while the old site is still there, held by the remover, which then removes it.
    seeds = tmp_path / "seeds"
    shutil.copytree(PROJECT / "seeds", seeds)
    gate = tmp_path / "gate"
    probe = textwrap.dedent(f"""
        import os, time
        from cqnews_site.output import folders, writer
        real = folders.remove_tree
        def held(path):  # the build's thread
            while os.path.exists({str(gate)!r}):
                time.sleep(0.02)
            real(path)
        folders.remove_tree = held
        writer._REMOVER = {_gated(gate)!r}  # the remover
        from cqnews_site.cli import run
        run()
    """)
    build = ["build", "--seeds", str(seeds), "--out", str(tmp_path / "site"), "--jobs", "1"]
    first = subprocess.run([sys.executable, "-c", probe, *build], capture_output=True,
                           text=True, cwd=tmp_path, timeout=600)
    assert first.returncode == 0, first.stderr
    gate.touch()
    # (Were the program to wait for its thread, which waits for the gate, it would time out.)
    again = subprocess.run([sys.executable, "-c", probe, *build, "--force"],
                           capture_output=True, text=True, cwd=tmp_path, timeout=180)
    assert again.returncode == 0 and again.stdout.startswith("built "), again.stderr
    assert "Traceback" not in again.stderr
    left = [p for p in tmp_path.iterdir() if ".site.new-" in p.name]
    assert len(left) == 1 and writer._in_removal(left[0])
    assert (tmp_path / "site" / "index.html").is_file()
    gate.unlink()
    assert _gone(left[0])


def test_exchange_swaps_two_folders_in_one_step(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x").write_text("a")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x").write_text("b")
    assert writer.exchange(tmp_path / "a", tmp_path / "b")  # Linux: renameat2 is there
    assert (tmp_path / "a" / "x").read_text() == "b" and (tmp_path / "b" / "x").read_text() == "a"


def test_stale_new_and_old_folders_are_swept_at_start(tmp_path):
    config = Config(out=tmp_path / "site")
    writer.write_site({"index.html": b"old"}, config)
    for name in (".site.new-abc", ".site.old-def", ".site.new-ghi"):
        (tmp_path / name / "stories").mkdir(parents=True)
        (tmp_path / name / "stories" / "x.html").write_bytes(b"x" * 1000)
    (tmp_path / ".other.new-keep").mkdir()  # another output folder's: not ours to remove
    writer.write_site({"index.html": b"new"}, config)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.new-keep", ".site.lock", "site"]


def test_killed_fallback_swap_puts_the_old_site_back(tmp_path):
    config = Config(out=tmp_path / "site")
    writer.write_site({"index.html": b"old"}, config)
    (tmp_path / "site").rename(tmp_path / ".site.old-xyz")  # killed after the first rename
    with writer.locked(config):
        assert (config.out / "index.html").read_bytes() == b"old"


def test_two_builds_into_the_same_folder_take_a_lock(tmp_path):
    out = tmp_path / "site"
    fd = os.open(tmp_path / ".site.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another build holds it
    try:
        result = CliRunner().invoke(main, ["build", "--seeds", str(PROJECT / "seeds"),
                                           "--out", str(out)])
    finally:
        os.close(fd)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "another build is writing this folder" in result.output
    assert not out.exists()


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A project folder: seeds, a static folder, editors' files in their own folder."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(PROJECT / "seeds", tmp_path / "seeds")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "logo.svg").write_text("<svg/>")
    (tmp_path / "editors").mkdir()
    (tmp_path / "editors" / "entities.yaml").write_text("merge: []\n")
    (tmp_path / "editors" / "units.yaml").write_text("districts: []\n")
    (tmp_path / "notes.txt").write_text("a file")
    (tmp_path / "cqnews.yaml").write_text(
        "static: assets\nentities: editors/entities.yaml\ngazetteer: editors/units.yaml\n")
    return tmp_path


@pytest.mark.parametrize("out, words", [
    ("assets", "would delete"),            # the static folder
    ("assets/site", "inside"),             # inside it
    ("editors", "would delete"),           # the folder holding entities.yaml and the gazetteer
    ("seeds/site", "inside"),              # the next build would read its own output
    ("notes.txt", "not a folder"),         # an existing file
    (".", "would delete"),
])
def test_out_refusals_static_gazetteer_entities_seeds_file_dot(project, out, words):
    before = _tree(project)
    result = CliRunner().invoke(main, ["build", "--out", out])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert result.output.startswith(f"error: {out}: ") and words in result.output
    assert _tree(project) == before


def test_out_containing_the_static_folder_is_refused(tmp_path):
    static = tmp_path / "site" / "assets"
    static.mkdir(parents=True)
    with pytest.raises(writer.WriteError, match="would delete"):
        writer.check_target(Config(out=tmp_path / "site", static=static))


def test_workers_exit_when_the_parent_dies(tmp_path):
    # A parent starts a pool whose worker runs the build's initializer, then is killed.
    script = textwrap.dedent(f"""
        import os, sys, time
        from concurrent.futures import ProcessPoolExecutor
        sys.path.insert(0, {str(PROJECT / "src")!r})
        from cqnews_site import lifeline

        def start(parent):
            lifeline.die_with_parent(parent)

        def hang(_):
            print(os.getpid(), flush=True)
            time.sleep(600)

        if __name__ == "__main__":
            pool = ProcessPoolExecutor(1, initializer=start, initargs=(os.getpid(),))
            pool.submit(hang, 0)
            time.sleep(600)
    """)
    (tmp_path / "parent.py").write_text(script)
    parent = subprocess.Popen([sys.executable, str(tmp_path / "parent.py")],
                              stdout=subprocess.PIPE, text=True)
    worker = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    parent.stdout.close()
    for _ in range(100):
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(worker, 9)
        pytest.fail("the worker outlived its parent")


def test_build_workers_arm_the_lifeline(monkeypatch, tmp_path):
    from cqnews_site.analyse import executors
    from cqnews_site.index.lookups import index_archive
    from cqnews_site.model.records import Archive
    from cqnews_site.site import render

    armed = []
    monkeypatch.setattr(lifeline, "die_with_parent", armed.append)
    monkeypatch.setattr(executors, "_tagger", lambda resources: None)
    executors._start_worker(None, 4242)  # an analysing worker
    assert armed == [4242]
    # The rendering workers are forked: each reports its parent through a pipe.
    read, write = os.pipe()
    monkeypatch.setattr(lifeline, "die_with_parent",
                        lambda parent: os.write(write, f"{parent}\n".encode()))
    monkeypatch.setattr(render, "GENERATORS", ())
    index = index_archive(Archive(pages=(), stories=(), people=(), districts=()))
    render.render_into(index, Config(), tmp_path, None, jobs=2)
    os.close(write)
    assert os.read(read, 100).split() == [str(os.getpid()).encode()] * 2


def test_missing_or_read_only_cache_folder_builds_without_cache(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    config = Config(seeds=PROJECT / "seeds", out=tmp_path / "site", cache=blocker / "cache",
                    entities=PROJECT / "entities.yaml")
    result = build.build(config)
    assert result.stories > 5 and (config.out / "index.html").exists()
    warnings = [d for d in result.diagnostics if "cache folder cannot be used" in d.message]
    assert len(warnings) == 1 and warnings[0].severity == "warning"


def test_a_cache_folder_jieba_cannot_write_to_prints_no_traceback(tmp_path, monkeypatch,
                                                                  caplog):
    # A full disk, or a folder the permission check calls writable but that is not (root
    # in /sys): jieba logged "Dump cache file failed." with a traceback on every build.
    from cqnews_site.analyse import nlp

    cache = tmp_path / "cache"
    real = tempfile.mkstemp

    def full(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == cache:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", full)
    monkeypatch.setattr(nlp, "_TOKENIZERS", {})
    assert nlp.tokenizer(cache).lcut("北碚区召开会议")  # works, from the dictionary file
    assert [r.getMessage() for r in caplog.records if r.exc_info] == []


@pytest.mark.parametrize("flag", ["--seeds", "--out"])
def test_a_path_that_is_not_utf8_is_one_line(tmp_path, flag):
    odd = os.fsdecode(os.fsencode(str(tmp_path)) + b"/bad\xffname")
    args = {"--seeds": str(PROJECT / "seeds"), "--out": str(tmp_path / "site"), flag: odd}
    result = CliRunner().invoke(main, ["build", *(x for kv in args.items() for x in kv)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1 and "not valid UTF-8" in result.output


def test_an_out_that_is_a_symbolic_link_stays_one_and_its_folder_gets_the_site(tmp_path):
    # A server or deploy pointed at the link's folder must see every build; swapping the
    # link itself left that folder stale and put a real folder where the link was.
    real = tmp_path / "releases" / "site"
    real.mkdir(parents=True)
    link = tmp_path / "site"
    link.symlink_to(Path("releases") / "site")
    config = Config(out=link)
    writer.write_site({"index.html": b"first"}, config)
    writer.write_site({"index.html": b"second"}, config)
    assert link.is_symlink() and os.readlink(link) == os.path.join("releases", "site")
    assert (real / "index.html").read_bytes() == b"second" and (real / "static").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["releases", "site"]


def test_a_build_into_a_linked_out_keeps_the_link(tmp_path):
    real = tmp_path / "www"
    link = tmp_path / "site"
    link.symlink_to(real, target_is_directory=True)  # its folder need not exist yet
    config = Config(seeds=PROJECT / "seeds", out=link, cache=tmp_path / "cache",
                    entities=PROJECT / "entities.yaml", jobs=1)
    first = build.build(config)
    assert not first.errors and link.is_symlink() and (real / "index.html").is_file()
    again = build.build(config)
    assert again.skipped and link.is_symlink()  # the link's folder is the last build's site


def test_an_out_linked_to_the_seeds_is_refused(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("版面", encoding="utf-8")
    link = tmp_path / "site"
    link.symlink_to(seeds, target_is_directory=True)
    with pytest.raises(writer.WriteError, match="would delete"):
        build.build(Config(seeds=seeds, out=link, cache=tmp_path / "cache"))
    assert (seeds / "a.txt").read_text(encoding="utf-8") == "版面" and link.is_symlink()
