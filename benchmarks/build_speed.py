"""Build speed, memory, files written and search bytes on a generated archive.

Generate an archive once (outside the repository), then measure it:

    python ../shared/tools/gencorpus.py ../corpus/c10000 --stories 10000
    python benchmarks/build_speed.py ../corpus/c10000 --jobs 2

The archive is copied into a work folder (the original is never changed) and built
by the ``cqnews build`` command, each a subprocess: cold (no cache, no site) twice, once
timed and once for its memory (below), then nothing changed, one page file changed, one
template changed (a copy of a built-in template in a ``--templates`` folder, edited).
For each run it prints wall time, CPU time of the whole process tree, the peak resident
memory of the largest process (``wait4``) and of all processes together (sampled from
/proc), and how many output files were written (new, or a different inode or
modification time).

Timed runs sample only the processes' resident sizes (``/proc/PID/stat``, cheap). Their
proportional sizes (``smaps_rollup``, which splits the pages forked workers share) cost
the kernel about 70 ms per sample of a 10,000-story build and hold each process's memory
map while they are read: sampled every 0.2 s, that took a quarter of a core and slowed
the build it measured by 7-10 s. So the peak PSS comes from a cold build of its own, in
another folder, before the timed one ("cold build, memory sampled"); the incremental
runs sample it too (not with ``--no-pss``).

Then the search index: what opening the search page fetches, what sample 2–5 character
queries fetch (the index files and the first page of results' text, as search.js would;
computed with :class:`cqnews_site.site.search.SearchIndex`), and the whole index's size.
Targets (issue 13, 10,000 stories on 2 cores): cold <= 60 s and <= 1 GiB for all
processes; nothing changed <= 2 s; one page changed <= 3 s; opening the search page
<= 150 KB; a query <= 300 KB; index <= 80 MB.

Growth: ``--growth`` builds each archive given (e.g. 2,500, 5,000 and 10,000 stories) cold
and prints every stage's wall and CPU time (``cqnews build --timings``) with the ratio per
doubling of the story count (target: at most x2.2 for every stage):

    python benchmarks/build_speed.py --growth --repeat 2 --jobs 2 \
        ARCHIVE_2500 ARCHIVE_5000 ARCHIVE_10000

CPU seconds are meaningful on a shared machine; wall seconds are not.

File creation: before the timed builds the script times making 2,000 empty files in a new
folder of the work folder and prints the cost of one. A build makes 89,000 files, and ext4
without a journal (these machines' file system) makes new files slowly for minutes after
many were deleted: it skips each recently freed inode while it looks for a free one (see
``growth``). On 2026-12-05 one new file cost 20 µs on a quiet file system and 250-600 µs
after a built site was deleted, and the render processes' writing took 32 s of CPU instead
of 7 s. Delete no large tree in the five minutes before a run; a cost over 100 µs says the
figures are the file system's.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

PAGE_SIZE = 20  # stories on the first page, as search.js shows them
SAMPLE_SEED = 13
SAMPLES_PER_LENGTH = 6
SAMPLE_EVERY = 0.2  # seconds between two samples of the process tree's memory
GROWTH_TARGET = 2.2  # at most this factor per doubling of the stories, for every stage
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_ASSET = re.compile(r'(?:href|src)="([^"#?]+\.(?:css|js))"')


@dataclass
class Run:
    """One build: its times, memory and output."""

    label: str
    wall: float
    cpu: float
    peak_one: int  # bytes, the largest single process
    peak_all: int  # bytes, all processes of the tree together (sampled)
    peak_pss: int  # bytes, the same processes' proportional set sizes (shared pages split)
    written: int
    status: int
    last_line: str


def _tree_rss(root: int, pss: bool = True) -> tuple[int, int]:
    """Resident bytes of ``root`` and every descendant, from /proc (no psutil): summed RSS,
    which counts a page that forked workers share with their parent once per process, and
    summed PSS (``smaps_rollup``), which splits it among them: what the machine holds
    (0 without ``pss``)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)  # field 4: ppid
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")  # field 24: rss pages
    total, proportional, todo = 0, 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        proportional += _pss(pid) if pss else 0
        todo += children.get(pid, [])
    return total, proportional


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _env() -> dict[str, str]:
    """This environment, with the package this script imports first on an absolute path.

    The builds run in the work folder, where a relative ``PYTHONPATH=src`` would miss.
    """
    import cqnews_site

    src = str(Path(cqnews_site.__file__).resolve().parents[1])
    paths = [str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep)
             if p]
    return {**os.environ, "PYTHONPATH": os.pathsep.join([src, *paths])}


def _snapshot(out: Path) -> dict[str, tuple[int, int]]:
    if not out.exists():
        return {}
    found = {}
    for path in out.rglob("*"):
        if path.is_file():
            st = path.stat()
            found[path.relative_to(out).as_posix()] = (st.st_ino, st.st_mtime_ns)
    return found


def build_once(label: str, command: list[str], work: Path, out: Path,
               pss: bool = True) -> Run:
    """Run one ``cqnews build`` in ``work`` and measure it; without ``pss``, only the
    cheap resident sizes are sampled (see the module's docstring)."""
    before = _snapshot(out)
    # What earlier runs (and the copy of the archive) left for the kernel to write out is
    # written now: flushed during this build, it would count against it.
    os.sync()
    peak = [0, 0]
    done = threading.Event()
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=work, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)

    def sample() -> None:
        while not done.is_set():
            rss, pss_now = _tree_rss(proc.pid, pss)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss_now)
            done.wait(SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # Read the pipes in threads so a chatty build never blocks on a full pipe.
    output: dict[str, bytes] = {}
    readers = [threading.Thread(target=lambda n=n, s=s: output.__setitem__(n, s.read()))
               for n, s in (("out", proc.stdout), ("err", proc.stderr))]
    for r in readers:
        r.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    for r in readers:
        r.join()
    after = _snapshot(out)
    written = sum(1 for path, key in after.items() if before.get(path) != key)
    lines = output["out"].decode(errors="replace").strip().splitlines()
    return Run(label, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, peak[0],
               peak[1], written, proc.returncode, lines[-1] if lines else "")


class Folder(Mapping):
    """The files under a built site, read on demand, keyed by their site path."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def __getitem__(self, path: str) -> bytes:
        try:
            return (self.root / path).read_bytes()
        except FileNotFoundError:
            raise KeyError(path) from None

    def __iter__(self) -> Iterator[str]:
        return (p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p.is_file())

    def __len__(self) -> int:
        return sum(1 for _ in self)


def sample_queries(index, count_per_length: int = SAMPLES_PER_LENGTH) -> list[str]:
    """Chinese strings of 2 to 5 characters cut from documents picked with a fixed seed."""
    rng = random.Random(SAMPLE_SEED)
    queries: list[str] = []
    for length in range(2, 6):
        while sum(len(q) == length for q in queries) < count_per_length:
            runs = [r for r in _HAN.findall(index.row(rng.choice(index.documents))[3])
                    if len(r) >= length]
            if runs:
                run = rng.choice(runs)
                start = rng.randrange(len(run) - length + 1)
                queries.append(run[start : start + length])
    return queries


def search_bytes(site: Path) -> list[str]:
    """What the search page fetches on opening and per sample query; the index's size."""
    from cqnews_site.site import search

    files = Folder(site)
    page = site / "search.html"
    html = page.read_text(encoding="utf-8") if page.exists() else ""
    assets = sorted(set(_ASSET.findall(html)))
    index_files = [p for p in (site / "search").rglob("*") if p.is_file()]
    size_line = (f"index: {sum(p.stat().st_size for p in index_files):,} bytes in "
                 f"{len(index_files):,} files")
    # An index of an earlier format (meta.json, fetched whole on opening) gets its size only.
    boot = "search/boot.json" if (site / "search/boot.json").exists() else "search/meta.json"
    opening = len(html.encode()) + len(files[boot])
    opening += sum((site / a).stat().st_size for a in assets if (site / a).exists())
    lines = [f"opening the search page: {opening:,} bytes (search.html, "
             f"{', '.join(a.rsplit('/', 1)[-1] for a in assets)}, {boot.split('/')[-1]} "
             f"{len(files[boot]):,})"]
    if boot != "search/boot.json":
        return [*lines, size_line]
    sizes: list[tuple[int, str, int]] = []
    for query in sample_queries(search.SearchIndex(files)):
        index = search.SearchIndex(files)  # a fresh page: nothing fetched but the bootstrap
        # As search.js: the names the query may be, the matches grouped by story, and the
        # text of what the first page shows (each story and a few of its sections).
        results = index.results(query)
        for result in results[:PAGE_SIZE]:
            for doc in index.shown(result):
                index.row(doc)
        fetched = sum(len(files[p]) for p in index.loaded - {search.BOOT})
        sizes.append((fetched, query, len(results)))
    sizes.sort()
    fetched = [s for s, _, _ in sizes]
    worst = ", ".join(f"{q} {s:,} ({n} stories)" for s, q, n in sizes[-3:])
    lines.append(f"query bytes, {len(sizes)} queries of 2-5 characters: median "
                 f"{statistics.median(fetched):,.0f}, max {max(fetched):,}; largest: {worst}")
    lines.append(size_line)
    return lines


CREATION_PROBE = 2000  # empty files made to time the file system's file creation


def creation_cost(folder: Path, count: int = CREATION_PROBE) -> float:
    """Seconds to make one empty file in a new folder under ``folder`` (the folder and
    its files stay: deleting them would slow the next files made, see the docstring)."""
    probe = Path(tempfile.mkdtemp(prefix="creation-", dir=folder))
    start = time.perf_counter()
    for n in range(count):
        os.close(os.open(probe / f"{n}.html", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    return (time.perf_counter() - start) / count


def _mib(size: int) -> str:
    return f"{size / 2**20:,.0f} MiB" if size else "not sampled"


def _with_out(command: list[str], out: Path) -> list[str]:
    """``command`` building into ``out`` instead."""
    at = command.index("--out")
    return [*command[:at + 1], str(out), *command[at + 2:]]


def _edit_page(seeds: Path) -> Path:
    pages = sorted(p for p in seeds.rglob("*") if p.suffix in (".txt", ".md"))
    page = pages[len(pages) // 2]
    with page.open("a", encoding="utf-8") as f:
        f.write("\n本报讯 这是基准测试追加的一段文字。\n")
    return page


def kept(line: str) -> int:
    """How many files a build linked from the last site without rendering them (its summary
    line says "N unchanged and not rendered"; a full build says nothing)."""
    m = re.search(r"([\d,]+) unchanged and not rendered", line)
    return int(m.group(1).replace(",", "")) if m else 0


def _stories(line: str) -> int:
    m = re.search(r"built (\d+) stories", line)
    return int(m.group(1)) if m else 0


def per_doubling(small: float, big: float, n_small: int, n_big: int) -> float:
    """The factor a time grows by when the stories double, from two measured sizes."""
    if small <= 0 or big <= 0 or n_big <= n_small:
        return float("nan")
    return (big / small) ** (math.log(2) / math.log(n_big / n_small))


def growth(archives: list[Path], jobs: int, work: Path, repeat: int = 1) -> list[str]:
    """Cold-build each archive; a table of every stage's time and its growth per doubling.

    Each build has a folder of its own and nothing is deleted until all have run: on a file
    system without a journal (ext4 here), creating files right after deleting many skips
    the inodes freed in the last minute, which added up to 20 s of kernel time to the build
    that followed a deletion. With ``repeat``, the archives are built that many times in
    turn and each stage keeps its fastest run (the least disturbed one)."""
    folders = [work / f"{round_}-{archive.name}" for round_ in range(repeat)
               for archive in archives]
    taken = [str(folder) for folder in folders if folder.exists()]
    if taken:  # not deleted here: see above
        raise SystemExit(f"error: {', '.join(taken)} already exist (an earlier growth run); "
                         "give --work an empty folder, or delete them first")
    runs: dict[Path, list[tuple[int, dict[str, tuple[float, float]], Run]]] = {}
    for round_ in range(repeat):
        for archive in archives:
            folder = work / f"{round_}-{archive.name}"
            seeds, out, timings = folder / "seeds", folder / "site", folder / "timings.json"
            shutil.copytree(archive, seeds)
            command = [sys.executable, "-c", "from cqnews_site.cli import run; run()",
                       "build", "--seeds", str(seeds), "--out", str(out), "--jobs", str(jobs),
                       "--timings", str(timings)]
            run = build_once(f"cold build {archive.name}", command, folder, out, pss=False)
            stages = {s["stage"]: (s["wall"], s["cpu"])
                      for s in json.loads(timings.read_text(encoding="utf-8"))}
            stages["whole build"] = (run.wall, run.cpu)
            runs.setdefault(archive, []).append((_stories(run.last_line), stages, run))
    measured: list[tuple[int, dict[str, tuple[float, float]], Run]] = []
    for archive in archives:
        done = runs[archive]
        fastest = {name: (min(s[name][0] for _, s, _ in done if name in s),
                          min(s[name][1] for _, s, _ in done if name in s))
                   for name in done[0][1]}
        measured.append((done[0][0], fastest, min(done, key=lambda d: d[2].wall)[2]))
    names = list(measured[0][1])
    head = "| stage | " + " | ".join(f"{n:,} stories: wall / CPU s" for n, _, _ in measured)
    head += "".join(f" | x per doubling {a:,}→{b:,} (wall / CPU)"
                    for (a, _, _), (b, _, _) in itertools.pairwise(measured))
    lines = [head + " |", "|" + "---|" * (1 + len(measured) + len(measured) - 1)]
    over: list[str] = []
    for name in names:
        row = [f"{s.get(name, (0, 0))[0]:.1f} / {s.get(name, (0, 0))[1]:.1f}"
               for _, s, _ in measured]
        for (n1, s1, _), (n2, s2, _) in itertools.pairwise(measured):
            w = per_doubling(s1.get(name, (0, 0))[0], s2.get(name, (0, 0))[0], n1, n2)
            c = per_doubling(s1.get(name, (0, 0))[1], s2.get(name, (0, 0))[1], n1, n2)
            row.append(f"x{w:.2f} / x{c:.2f}")
            if c > GROWTH_TARGET:
                over.append(f"{name} CPU x{c:.2f} ({n1:,}→{n2:,})")
        lines.append(f"| {name} | " + " | ".join(row) + " |")
    peaks = ", ".join(f"{n:,}: {r.peak_all / 2**20:,.0f} MiB" for n, _, r in measured)
    lines.append(f"peak RSS, all processes: {peaks}")
    lines.append("'search index' runs in a process of its own during 'pages written' "
                 "(counted in both); "
                 "'whole build' is the process tree, from outside.")
    lines.append(f"over x{GROWTH_TARGET} per doubling (CPU): " + ("; ".join(over) or "none"))
    return lines


def main(argv: list[str] | None = None) -> int:
    """Copy the archive, build it four ways, print the table and the search figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, nargs="+",
                        help="a folder written by gencorpus.py (with --growth: several)")
    parser.add_argument("--growth", action="store_true",
                        help="cold-build each archive and print per-stage growth")
    parser.add_argument("--repeat", type=int, default=1,
                        help="with --growth: build each archive this many times, in turn, "
                             "and keep each stage's fastest run")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--template", default="person.html",
                        help="the built-in template to copy and edit (default: person.html)")
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--no-pss", action="store_true",
                        help="sample no PSS in the incremental runs either (their times are "
                             "then undisturbed, as the timed cold build's)")
    parser.add_argument("--runs", default="unchanged,page,template",
                        help="runs after the cold build, comma-separated (default: all three)")
    args = parser.parse_args(argv)

    from cqnews_site.site import render

    work = Path(args.work or tempfile.mkdtemp(prefix="cqnews-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.growth:
        print(f"growth, --jobs {args.jobs}, {os.cpu_count()} CPUs, fastest of {args.repeat}")
        print("\n".join(growth(args.archive, args.jobs, work, args.repeat)))
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    if len(args.archive) > 1:
        parser.error("several archives only with --growth")
    args.archive = args.archive[0]
    seeds, out, templates = work / "seeds", work / "site", work / "templates"
    for folder in (seeds, out, templates, work / ".cache"):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(args.archive, seeds)
    templates.mkdir()
    builtin = Path(render.__file__).parent / "templates" / args.template
    shutil.copyfile(builtin, templates / args.template)
    command = [sys.executable, "-c", "from cqnews_site.cli import run; run()", "build",
               "--seeds", str(seeds), "--out", str(out), "--jobs", str(args.jobs),
               "--templates", str(templates)]
    sources = [p for p in seeds.rglob("*") if p.is_file()]
    chars = sum(len(p.read_text(encoding="utf-8")) for p in sources)
    print(f"archive: {args.archive} ({len(sources):,} files, {chars:,} characters); "
          f"--jobs {args.jobs}; {os.cpu_count()} CPUs")
    print(f"file creation: {creation_cost(work) * 1e6:.0f} µs a file (over 100 µs: the file "
          "system is slow to make files, see the docstring)")
    # The memory run first, in a folder of its own (its cache and site): deleting its
    # 90,000 files right before the timed build would slow that build's file creation.
    sampled = work / "memory"
    shutil.rmtree(sampled, ignore_errors=True)
    sampled.mkdir()
    memory = build_once("cold build, memory sampled", _with_out(command, sampled / "site"),
                        sampled, sampled / "site")
    pss = not args.no_pss
    runs = [build_once("cold build", command, work, out, pss=False), memory]
    if "unchanged" in args.runs:
        runs.append(build_once("nothing changed", command, work, out, pss))
    if "page" in args.runs:
        edited = _edit_page(seeds)
        runs.append(build_once(f"one page changed ({edited.name})", command, work, out, pss))
    if "template" in args.runs:
        with (templates / args.template).open("a", encoding="utf-8") as f:
            f.write("{# edited by build_speed.py #}\n")
        runs.append(build_once(f"one template changed ({args.template})", command, work, out,
                               pss))
    shutil.rmtree(sampled, ignore_errors=True)

    print("| run | wall s | CPU s | peak RSS, largest process | peak RSS, all processes "
          "| peak PSS, all processes | files written | files kept unrendered |\n"
          "|---|---|---|---|---|---|---|---|")
    for r in runs:
        flag = "" if r.status == 0 else f" (exit {r.status})"
        print(f"| {r.label}{flag} | {r.wall:.1f} | {r.cpu:.1f} | {r.peak_one / 2**20:,.0f} MiB "
              f"| {r.peak_all / 2**20:,.0f} MiB | {_mib(r.peak_pss)} | {r.written:,} "
              f"| {kept(r.last_line):,} |")
    print(f"cold build: {runs[0].last_line}")
    print("\n".join(search_bytes(out)))
    if not args.keep and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(r.status in (0, 1) for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
