"""Site files → the output folder, atomically.

Everything is written into a fresh folder beside ``config.out`` first; only when all of it
is on disk does that folder take the old site's place, in one step: Linux's ``renameat2``
with ``RENAME_EXCHANGE`` swaps the two names, so there is never a moment without a
complete site, even if the build is killed. Any failure removes the new folder and leaves
the last good site as it was. A lock file beside the output folder keeps two builds from
writing the same folder at once, and folders left by killed builds are swept at start.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import dataclasses
import errno
import fcntl
import os
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path, PurePosixPath

from cqnews_site.config import Config
from cqnews_site.inputs.resources import STATIC
from cqnews_site.model.records import Diagnostic, quote
from cqnews_site.output import folders
from cqnews_site.output.files import FolderFiles

STATIC_PREFIX = "static"


class WriteError(Exception):
    """The site cannot be written; the message says where and what to do."""


def _shown(path: Path) -> str:
    return quote(str(path))


def static_dirs(config: Config) -> list[Path]:
    """Folders copied to ``static/``: the project's, then the user's (``static`` key)."""
    return [STATIC, config.static] if config.static else [STATIC]


def collect_static(config: Config) -> dict[str, Path]:
    """Site path → source file for every static file; a user's file overrides by name.

    A link that leads outside its static folder is left out (``static_problems`` says so).
    """
    return _static(config)[0]


def static_problems(config: Config) -> list[Diagnostic]:
    """One error line per static file left out because it links outside its folder."""
    return _static(config)[1]


def _static(config: Config) -> tuple[dict[str, Path], list[Diagnostic]]:
    found: dict[str, Path] = {}
    problems: list[Diagnostic] = []
    for folder in static_dirs(config):
        if not folder.is_dir():
            continue
        root = folder.resolve()
        for entry in sorted(folders.entries(folder)):
            path = entry.path
            # Only a link can lead out (``entries`` enters no linked folder); resolving
            # every path would walk a deep tree once per file in it.
            real = path.resolve() if entry.is_link else root / path.relative_to(folder)
            if entry.is_link and not real.is_relative_to(root):
                # A link to /etc/passwd in the static folder must not be published.
                problems.append(Diagnostic(
                    str(path), None, "error",
                    f"symbolic link to {_shown(real)}, outside the static folder; not published",
                    "copy the file in or delete the link"))
                continue
            rel = path.relative_to(folder)
            if any(part.startswith(".") for part in rel.parts):
                continue  # hidden files and folders (.git, .DS_Store) are never published
            if entry.is_file:
                found[f"{STATIC_PREFIX}/{rel.as_posix()}"] = real
            elif not entry.is_folder and not (entry.is_link and real.is_dir()):
                # A pipe, a socket, a link to nothing: there is nothing to copy; say so.
                problems.append(Diagnostic(
                    str(path), None, "warning", "not a file or a folder; not published",
                    "replace it with the file to publish, or delete it"))
    return found, problems


def _check_path(path: str) -> PurePosixPath:
    """Refuse absolute paths and ``..``: nothing may land outside the output folder."""
    p = PurePosixPath(path)
    if p.is_absolute() or not p.parts or any(part in ("..", "") for part in p.parts):
        raise WriteError(f"refusing to write {path!r}: site paths must be relative, without '..'")
    return p


def real_out(config: Config) -> Config:
    """``config`` with an ``out`` that is a symbolic link replaced by the folder it names.

    The site is swapped in where the link points, and the link stays: a server or a
    deploy that follows the link sees every build (swapping the link itself would leave
    its folder as it was and put a folder in the link's place).
    """
    out = Path(config.out)
    if not out.is_symlink():
        return config
    return dataclasses.replace(config, out=Path(os.path.realpath(out)))


def check_target(config: Config) -> None:
    """Refuse an output folder whose replacement would delete or feed back into an input.

    Called before anything is read, so a wrong ``--out`` costs nothing and says so in one
    line: it may not be (or contain) the working folder, the home folder, the seeds,
    templates or static folders, the package, or the folder of an editors' file; it may
    not lie inside the seeds, templates or static folder (the next build would read its
    own output); and it may not be an existing file.
    """
    for path in (config.seeds, config.out, config.templates, config.static, config.cache,
                 config.entities, config.gazetteer):
        try:
            str(Path(path).absolute() if path else "").encode("utf-8")
        except UnicodeEncodeError:  # bytes no UTF-8 reader of the stamp or a page can hold
            raise WriteError(f"{_shown(Path(path))}: the path is not valid UTF-8; "
                             "rename the folder or choose another") from None
    out = Path(config.out)
    if out.exists() and not out.is_dir():
        raise WriteError(f"{_shown(out)}: exists and is not a folder; choose another --out")
    target = out.resolve()
    inputs = [Path(config.seeds), STATIC, STATIC.parent.parent]
    inputs += [Path(p) for p in (config.templates, config.static) if p]
    precious = [Path.cwd(), Path.home(), *inputs]
    precious += [Path(p).parent for p in (config.entities, config.gazetteer) if p]
    for path in precious:
        path = path.resolve()
        if path == target or target in path.parents:
            raise WriteError(f"{_shown(out)}: replacing it would delete {_shown(path)}; "
                             "choose an output folder of its own")
    for path in inputs:
        path = path.resolve()
        if path in target.parents:
            raise WriteError(f"{_shown(out)}: inside {_shown(path)}, which the build reads; "
                             "choose an output folder outside it")


# -- the lock ---------------------------------------------------------------------------

_HELD: dict[Path, int] = {}  # lock file → how many nested holders in this process


def _lock_path(out: Path) -> Path:
    return out.parent / f".{out.name}.lock"


@contextlib.contextmanager
def locked(config: Config) -> Iterator[None]:
    """Hold the output folder's lock; another build holding it is an error, not a wait.

    Re-entrant within a process (``build`` holds it while ``write_site`` takes it again).
    """
    out = Path(config.out).absolute()
    path = _lock_path(out)
    if path in _HELD:
        _HELD[path] += 1
        try:
            yield
        finally:
            _HELD[path] -= 1
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise WriteError(f"{_shown(out)}: another build is writing this folder (it holds "
                         f"{_shown(path)}); wait for it to finish") from None
    _HELD[path] = 1
    try:
        sweep(out)
        yield
    finally:
        # The old site is gone, or held by the process removing it (which the next
        # build's sweep leaves alone), before another build may take the folder.
        if _APART:
            _hand_over()
        _removed()
        del _HELD[path]
        os.close(fd)  # closing releases the lock; the empty file stays (removing it races)


def sweep(out: Path) -> None:
    """Remove the temporary folders that killed builds of ``out`` left beside it.

    Only where the two-rename fallback was killed halfway is there no ``out`` but an
    ``.old-*`` folder: that is the last good site, and it is put back, not removed. A
    replaced site that a process of an earlier build is still removing is left to it.
    """
    if not out.exists() and not out.is_symlink():
        olds = sorted((p for p in out.parent.glob(f".{out.name}.old-*") if not _in_removal(p)),
                      key=lambda p: p.stat().st_mtime)
        if olds and olds[-1].is_dir():
            olds[-1].rename(out)
    for pattern in (f".{out.name}.new-*", f".{out.name}.old-*"):
        for stale in out.parent.glob(pattern):
            if stale.is_symlink() or not stale.is_dir():
                stale.unlink(missing_ok=True)
            elif not _in_removal(stale):  # a replaced site another process is removing
                folders.remove_tree(stale)


def write_site(files: Mapping[str, bytes], config: Config) -> None:
    """Write ``files`` plus the static folders to ``config.out``, replacing it atomically."""
    config = real_out(config)
    check_target(config)
    with locked(config):
        _write(files, config)


def _write(files: Mapping[str, bytes], config: Config) -> None:
    with staged(config, set(files)) as folder:
        for rel in sorted(files):
            target = folder / _check_path(rel)
            folders.make_folders(target.parent)
            target.write_bytes(files[rel])


@contextlib.contextmanager
def staged(config: Config, generated: set[str] | None = None) -> Iterator[Path]:
    """A new site folder beside ``config.out``, with the static files already in it.

    The caller writes the generated files into it; when the block ends normally the folder
    replaces the old site in one step, and on any error it is removed and the old site stays.
    ``generated``: the paths to be written, when known, checked against the static files
    first (a clash is an error before anything is written). Hold ``locked(config)``.
    """
    out = Path(config.out)
    static = collect_static(config)
    for path in sorted(set(static) & (generated or set())):
        raise WriteError(f"{path}: both a generated file and {_shown(static[path])}; rename one")
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=parent))
    try:
        # A static file equal to the last site's is linked to it, as a page is
        # (``FolderFiles.add``): its time stays, so a deploy that compares times skips it.
        files = FolderFiles(tmp, out)
        for rel, source in sorted(static.items()):
            files.add(str(_check_path(rel)), source.read_bytes(), "static")
        yield tmp
        os.chmod(tmp, 0o755)  # mkdtemp makes it private; a site is meant to be served
        _swap(tmp, out)
    except BaseException:
        folders.remove_tree(tmp)
        raise


def check_generated(config: Config, paths: Iterable[str]) -> None:
    """A generated file may not take the path of a static file."""
    static = collect_static(config)
    for path in sorted(set(static) & set(paths)):
        raise WriteError(f"{path}: both a generated file and {_shown(static[path])}; rename one")


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _libc_renameat2():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                         ctypes.c_uint]
    return function


_renameat2 = _libc_renameat2()


def exchange(a: Path, b: Path) -> bool:
    """Swap the names ``a`` and ``b`` in one step; False where the system cannot."""
    if _renameat2 is None:
        return False
    if _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # an old kernel or a file system without exchange
    raise OSError(code, os.strerror(code), str(b))


def _swap(new: Path, out: Path) -> None:
    """Put ``new`` in place of ``out``; the old site stays complete until the switch."""
    if not out.exists() and not out.is_symlink():
        new.rename(out)
        return
    if exchange(new, out):
        _remove_meanwhile(new)  # ``new`` now names the old site
        return
    # No atomic exchange here: two renames, restoring the old folder if the second fails.
    # A build killed between them leaves the old site in .NAME.old-*, which the next build
    # of the folder puts back first (see sweep).
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()  # only the unique name is wanted
    out.rename(old)
    try:
        new.rename(out)
    except BaseException:
        old.rename(out)
        raise
    _remove_meanwhile(old)


# Old sites being removed by a thread while the build records what it made (90,000 files
# at 10,000 stories: a second or more of unlinking, most of it outside the GIL).
_REMOVING: list[tuple[threading.Thread, Path]] = []
# Whether an old site still being removed when the build lets its folder go is left to a
# process of its own (``remove_apart``), rather than waited for.
_APART = False


def remove_apart() -> None:
    """From now on, an old site not yet removed when a build ends is removed by a process
    that outlives this one, so the build need not wait for it (up to 2.5 s at 10,000
    stories).

    For a program that exits when its build ends (``cqnews``): a library caller gets its
    folder back with the old site gone, as it expects."""
    global _APART
    _APART = True


def _remove_meanwhile(path: Path) -> None:
    thread = threading.Thread(target=_remove, args=(path,), name=f"remove {path.name}")
    thread.start()
    _REMOVING.append((thread, path))


def _removed() -> None:
    """Wait for the old sites ``_swap`` is removing."""
    while _REMOVING:
        _REMOVING.pop()[0].join()


def _hand_over() -> None:
    """Leave each old site still being removed to a process of its own; the thread that
    was removing it goes on until this process exits (both may unlink the same files:
    ``remove_tree`` ignores what is already gone)."""
    still = []
    for thread, path in _REMOVING:
        if thread.is_alive() and not _start_removal(path):
            still.append((thread, path))  # no process for it: waited for as before
    _REMOVING[:] = still


# What the process that removes an old site runs: a fresh interpreter, so that it does
# not keep a copy of the build's memory, with nothing of the project to import.
_REMOVER = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"


def _start_removal(path: Path) -> bool:
    """Start a process, detached from this one and its output streams, that removes the
    folder ``path`` holding a lock on it; False when it cannot be started.

    The lock (``flock`` on the folder) is taken here, before this build lets its output
    folder go, and held by the process to its end: the next build's ``sweep`` sees it and
    leaves the folder alone (``_in_removal``). If that process dies, the lock goes with
    it and the next sweep removes the rest."""
    if not sys.executable:  # (fork is there: this module needs fcntl, a POSIX one)
        return False
    try:
        fd = _lock_folder(path)
    except OSError:
        return False
    try:
        child = os.fork()
    except OSError:
        os.close(fd)
        return False
    if child == 0:  # forks the remover and exits, so that nobody has to wait for it
        try:
            os.setsid()
            if os.fork() == 0:
                _detach_streams(keep=fd)
                os.set_inheritable(fd, True)  # the lock lives as long as the remover
                os.execv(sys.executable, [sys.executable, "-I", "-c", _REMOVER, str(path)])
        finally:
            os._exit(0)
    os.close(fd)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(child, 0)
    return True


def _detach_streams(keep: int) -> None:
    """In a process that outlives the build: standard streams to the null device (a pipe
    the build writes to, such as ``cqnews build | tee``, must not wait for it) and every
    other descriptor closed but ``keep``."""
    null = os.open(os.devnull, os.O_RDWR)
    for stream in (0, 1, 2):
        os.dup2(null, stream)
    os.closerange(3, keep)
    os.closerange(keep + 1, _MAX_DESCRIPTORS)


_MAX_DESCRIPTORS = 1 << 20


def _lock_folder(path: Path) -> int:
    """A descriptor of the folder ``path`` holding its lock (``flock``, not waited for):
    BlockingIOError when another process holds it, OSError when it cannot be had."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _in_removal(path: Path) -> bool:
    """Whether a process holds ``path``'s lock, removing it (``_start_removal``)."""
    try:
        os.close(_lock_folder(path))
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


def _remove(path: Path) -> None:
    if path.is_symlink():
        path.unlink()
    else:
        folders.remove_tree(path)
