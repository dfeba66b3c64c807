"""Diagnostics at scale: a summary for the terminal, every line in a report file.

A build of thousands of files can raise the same warning on hundreds of them. The
terminal shows each kind in full while it is short; a kind with more than ``limit``
diagnostics is shown by its first ``examples`` and a count, and the full list, in the
build's order, goes to ``report.txt`` in the cache folder (never into the site). The
build result itself keeps every diagnostic.

A diagnostic's kind is its severity and its message with the variable parts masked:
quoted text, numbers and runs of Chinese, and anything after the first ": " (details).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from cqnews_site.config import Config
from cqnews_site.model.records import Diagnostic

REPORT_FILE = "report.txt"
LIMIT = 5  # a kind with at most this many diagnostics is printed in full
EXAMPLES = 3  # otherwise this many are printed, then a count

# Parts of a message that name the case, not the kind; applied in order.
_MASKS = (
    (re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’"), "'…'"),  # showing '第一版要闻'
    (re.compile(r"[^\x00-\x7f]+"), "…"),  # holders of 北碚区区长
    (re.compile(r"\d+"), "#"),  # 3 holders, line numbers in text
)


def kind(diagnostic: Diagnostic) -> str:
    """What a diagnostic is about, without its particulars: "warning: # holders of … on …"."""
    message = diagnostic.message.split(": ", 1)[0]
    for pattern, replacement in _MASKS:
        message = pattern.sub(replacement, message)
    return f"{diagnostic.severity}: {message}"


def report_path(config: Config) -> Path | None:
    """Where the full list goes: ``report.txt`` in the cache folder (None without a cache)."""
    return Path(config.cache) / REPORT_FILE if config.cache is not None else None


def write_report(diagnostics: Sequence[Diagnostic], path: Path) -> Path:
    """Write every diagnostic, one per line in the build's order, after a count per kind."""
    counts = Counter(kind(d) for d in diagnostics)
    lines = [f"{len(diagnostics)} diagnostics"]
    lines += [f"{n:>8}  {k}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines.append("")
    lines += [str(d) for d in diagnostics]
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(partial, path)  # a reader never sees half a report
    return path


def terminal_lines(diagnostics: Sequence[Diagnostic], report: Path | None,
                   limit: int = LIMIT, examples: int = EXAMPLES) -> list[str]:
    """The lines to print: each diagnostic of a short kind, a summary of each long one.

    Kinds keep the order of their first diagnostic; nothing is dropped without a count
    and, when there is a report file, its path.
    """
    groups: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        groups.setdefault(kind(d), []).append(d)
    lines: list[str] = []
    for name, members in groups.items():
        if len(members) <= limit:
            lines += [str(d) for d in members]
            continue
        lines += [str(d) for d in members[:examples]]
        where = f"; every one is listed in {report}" if report else ""
        lines.append(f"... and {len(members) - examples:,} more of {len(members):,} "
                     f"'{name}'{where}")
    return lines


def summary(diagnostics: Sequence[Diagnostic], config: Config) -> list[str]:
    """Write the report file, then the terminal lines that point to it.

    When the report cannot be written every diagnostic is printed, so none is lost.
    """
    path = report_path(config)
    if path is None:
        return [str(d) for d in diagnostics]
    try:
        write_report(diagnostics, path)
    except OSError as exc:
        return [*(str(d) for d in diagnostics),
                f"note: could not write {path} ({exc.strerror}); every diagnostic is above"]
    return terminal_lines(diagnostics, path)
