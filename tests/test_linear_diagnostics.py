"""Issue 12: diagnostics are de-duplicated with a dict, not a list scan (8,000 warnings
took 14 s; a page of a million short lines never finished). Counted, not timed."""

from __future__ import annotations

from cqnews_site.config import Config
from cqnews_site.index import archive
from cqnews_site.inputs.resources import Resources
from cqnews_site.model.records import Diagnostic, Page


def test_8000_warnings_are_deduplicated_in_linear_time(monkeypatch, tmp_path):
    warnings = tuple(Diagnostic("p.txt", n, "warning", "heading without any story text")
                     for n in range(1, 8001))
    page = Page(source="p.txt", digest="0", year=2024, year_evidence=None, banner=None,
                noise=(), stories=(), diagnostics=warnings + warnings[:10])
    comparisons = 0
    original = Diagnostic.__eq__

    def counting(self, other):
        nonlocal comparisons
        comparisons += 1
        return original(self, other)

    monkeypatch.setattr(Diagnostic, "__eq__", counting)
    resources = Resources.load(Config(entities=tmp_path / "none.yaml", cache=tmp_path / "c"))
    result = archive.build_archive([page], resources, warnings[:5])
    assert list(result.diagnostics) == list(warnings)  # each once, in order
    assert comparisons < 10 * len(warnings)  # a list scan makes ~32 million
