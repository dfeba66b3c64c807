"""Time and peak memory of a build of one big, realistic page dump (issue 12).

Run from the project root:  python benchmarks/big_dump.py [--mb 20] [--jobs 2] [--stages]

The dump is varied copies of the seed pages (dates, numbers and paragraph order changed,
as in build_speed.py) concatenated into files of ``--file-mb`` each (default: one file
of the whole size). Targets: every stage linear; 20 MB builds in under 2 minutes on
2 cores; peak memory of the whole build under 10× the input size plus 500 MB.

``peak_mb`` is the whole build's: the proportional set sizes of this process and every
worker it started, summed, sampled every 0.5 s (reading smaps_rollup costs kernel time,
counted in this process's CPU). ``cpu_seconds`` is theirs too: on a machine
shared with other work it says more than the wall time. ``--single-line`` writes the dump
without a single newline (the hostile case of one 12 MB line).

``--stages`` runs the pipeline stage by stage in this process and prints the time, the
CPU of this process and of its workers, the largest process's peak resident memory after
each stage and what the stage added to it, to show where the time and memory go.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from cqnews_site import build as pipeline
from cqnews_site.config import Config
from cqnews_site.index.archive import build_archive
from cqnews_site.index.lookups import index_archive
from cqnews_site.inputs import reader
from cqnews_site.inputs.resources import Resources
from cqnews_site.output import writer
from cqnews_site.site import render

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


def make_dump(folder: Path, size: int, file_size: int, seed: int = 7,
              single_line: bool = False) -> int:
    """Write ``size`` bytes of varied seed pages into files of about ``file_size``."""
    import re

    rng = random.Random(seed)
    pages = [p.read_text(encoding="utf-8") for p in reader.seed_files(ROOT / "seeds")]
    folder.mkdir(parents=True, exist_ok=True)
    written = number = 0
    while written < size:
        parts: list[str] = []
        part_size = 0
        while part_size < min(file_size, size - written):
            text = pages[rng.randrange(len(pages))]
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            text = re.sub(r"\d{1,2}月\d{1,2}日", f"{month}月{day}日", text)
            text = re.sub(r"(\d+)(?=[个项家名])", lambda m: str(int(m[1]) + rng.randint(1, 9)),
                          text)
            blocks = text.split("\n\n")
            tail = blocks[1:]
            rng.shuffle(tail)
            text = "\n\n".join([blocks[0], *tail]) + f"\n\n（第{number}-{len(parts)}号样张）\n\n"
            if single_line:
                text = text.replace("\n", "")
            parts.append(text)
            part_size += len(text.encode("utf-8"))
        (folder / f"dump_{number:03d}.txt").write_text("".join(parts), encoding="utf-8")
        written += part_size
        number += 1
    return written


class TreeMemory:
    """Samples the memory of this process and all its descendants together, in a thread.

    The sum of proportional set sizes (PSS: a page shared by n processes counts 1/n in each)
    is what the whole build holds at once; forked workers share much of their parent.
    """

    def __init__(self, every: float = 0.5, root: int | None = None) -> None:
        self.every, self.peak_kib = every, 0
        self.root = root or os.getpid()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        """The highest total seen so far, in MB."""
        return self.peak_kib / 1024

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.peak_kib = max(self.peak_kib, sum(map(_pss_kib, _tree(self.root))))


def _tree(root: int) -> list[int]:
    """``root`` and every process descended from it (Linux /proc/PID/task/TID/children)."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        try:
            for task in os.scandir(f"/proc/{pid}/task"):
                todo.extend(map(int, Path(task.path, "children").read_text().split()))
        except OSError:
            continue
    return found


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def run_stages(config: Config, tree: TreeMemory | None = None) -> None:
    """The pipeline of ``build._build``, one stage at a time, with time, CPU and peak memory.

    CPU is this process's and its workers' (counted once they have exited, which every
    stage's workers have by its end): on a shared machine it says more than the wall time.
    """
    last = [time.perf_counter(), peak_mb(), *cpu_seconds()]

    def report(stage: str) -> None:
        now, peak, (own, children) = time.perf_counter(), peak_mb(), cpu_seconds()
        print(f"{stage:<12} {now - last[0]:7.1f} s wall  cpu {own - last[2]:6.1f} s main "
              f"+ {children - last[3]:6.1f} s workers   peak {peak:6.0f} MB "
              f"(+{peak - last[1]:.0f})" + (f"  all processes {tree.peak_mb:6.0f} MB"
                                           if tree else ""), flush=True)
        last[:] = [now, peak, own, children]

    resources = Resources.load(config)
    sources, problems = reader.read_tree(config.seeds)
    report("read")
    pages = pipeline.analyse_sources(sources, resources, config)
    report("analyse")
    archive = build_archive(pages, resources, tuple(problems))
    index = index_archive(archive)
    del pages, sources
    report("index")
    # Rendering writes each page into the staged folder as it is made (search included).
    with writer.locked(config), writer.staged(config) as folder:
        files = render.render_into(index, config, folder, None, resources.template_dirs,
                                   jobs=config.jobs or 1)
    search_bytes = sum(p.stat().st_size for p in (Path(config.out) / "search").rglob("*")
                       if p.is_file())
    report("render+write")
    site_bytes = sum(p.stat().st_size for p in Path(config.out).rglob("*") if p.is_file())
    print(f"{len(archive.stories)} stories, {len(files.paths())} files, "
          f"{site_bytes / MB:.0f} MB of site ({search_bytes / MB:.0f} MB search index)")


def main(argv: list[str] | None = None) -> int:
    """Generate the dump, build it, print time and peak memory against the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--file-mb", type=float, default=0, help="0: one file")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--single-line", action="store_true",
                        help="the dump as one line (no newline in the whole file)")
    args = parser.parse_args(argv)
    size = int(args.mb * MB)
    with tempfile.TemporaryDirectory(prefix="cqnews-dump-") as tmp:
        work = Path(tmp)
        written = make_dump(work / "seeds", size, int(args.file_mb * MB) or size,
                            single_line=args.single_line)
        config = Config(seeds=work / "seeds", out=work / "build", cache=work / ".cache",
                        jobs=args.jobs, entities=work / "entities.yaml")
        print(f"dump: {written / MB:.1f} MB in {len(list((work / 'seeds').iterdir()))} files; "
              f"peak before the build {peak_mb():.0f} MB", flush=True)
        started, (own, children) = time.perf_counter(), cpu_seconds()
        if args.stages:
            with TreeMemory() as tree:
                run_stages(config, tree)
        else:
            # The build runs as `cqnews build` in a process of its own, so its memory is the
            # build's alone, not this script's copy of the generated dump.
            (work / "cqnews.yaml").write_text(
                f"cache: {config.cache}\nentities: {config.entities}\n", encoding="utf-8")
            command = [sys.executable, "-m", "cqnews_site.cli", "build", "--seeds",
                       str(config.seeds), "--out", str(config.out), "--jobs", str(args.jobs),
                       "--config", str(work / "cqnews.yaml")]
            child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True)
            with TreeMemory(root=child.pid) as tree:
                output, _ = child.communicate()
            print(output.strip().splitlines()[-1] if output.strip() else f"exit {child.returncode}")
        seconds = time.perf_counter() - started
        cpu = sum(cpu_seconds()) - own - children
        limit = 10 * written / MB + 500
        peak = tree.peak_mb
        print(json.dumps({"input_mb": round(written / MB, 1), "seconds": round(seconds, 1),
                          "cpu_seconds": round(cpu, 1), "peak_mb": round(peak),
                          "largest_process_peak_mb": round(peak_mb()),
                          "memory_target_mb": round(limit),
                          "time_ok": seconds < 120, "memory_ok": peak < limit}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
