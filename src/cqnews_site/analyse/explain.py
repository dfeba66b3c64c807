"""``cqnews explain``: why a page came out as it did, line by line and story by story."""

from __future__ import annotations

from pathlib import Path

from cqnews_site.analyse.segmenter import trace
from cqnews_site.inputs.gazetteer import Gazetteer
from cqnews_site.model.records import Diagnostic, SourceText, Story


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def explain(source: SourceText, gazetteer: Gazetteer | None = None) -> str:
    """A plain-text report: each line with its kind and rule (and the grouping decision taken
    on it), then the page's metadata and its stories and items as grouped."""
    result = trace(source, gazetteer)
    page = result.page
    decided: dict[int, list[str]] = {}
    for number, name in result.decisions:
        decided.setdefault(number, []).append(name)
    out = [f"# {source.path}", "", "## Lines (line: kind [rule] -> decision)"]
    if not result.lines:
        out.append("(a Markdown article with front matter: one story, no line rules)"
                   if source.is_article else
                   "(a table of records, a content system's export, a sheet or an e-paper's "
                   "JSON reply: a story a record, its fields by their names, no line rules)")
    for line in result.lines:
        decision = f" -> {', '.join(decided[line.number])}" if line.number in decided else ""
        level = f" h{line.level}" if line.level else ""
        out.append(f"{line.number:>4}: {line.kind.name.lower()}{level} [{line.rule}]{decision}"
                   f"  {_clip(line.text)}")
    out += ["", "## Page"]
    for label, value in (("paper", page.paper), ("date", page.date),
                         ("issue", page.issue_number), ("page", page.page_number),
                         ("page name", page.page_name), ("year", page.year),
                         ("year evidence", page.year_evidence), ("banner", page.banner)):
        if value is not None:
            out.append(f"{label}: {value}")
    out += ["", f"## Stories ({len(page.stories)})"]
    for story in page.stories:
        out.extend(_story(story))
    if page.diagnostics:
        out += ["", "## Diagnostics"]
        out.extend(str(d) for d in page.diagnostics)
    return "\n".join(out) + "\n"


def _story(story: Story) -> list[str]:
    inferred = " (inferred)" if story.headline_inferred else ""
    out = ["", f"{story.position + 1}. {story.headline}{inferred}  [line {story.line}]"]
    for label, value in (("kicker", story.kicker), ("subtitle", story.subtitle),
                         ("section", story.section)):
        if value:
            out.append(f"   {label}: {value}")
    evidence = f" (year: {story.date_evidence})" if story.date_evidence else ""
    out.append(f"   date: {story.date or '-'}{evidence}")
    if story.reporters:
        out.append(f"   reporters: {', '.join(story.reporters)}")
    if story.photographers:
        out.append(f"   photographers: {', '.join(story.photographers)}")
    if story.continued_from:
        out.append(f"   continued from page {story.continued_from}")
    if story.continued_to:
        out.append(f"   continued on page {story.continued_to}")
    text = list(story.paragraphs)
    if text:
        out.append(f"   begins: {_clip(text[0], 30)}")
        out.append(f"   ends: …{text[-1][-20:]}")
    for caption in story.captions:
        out.append(f"   caption: {_clip(caption, 30)}")
    for item in story.items:
        date = f" ({item.date})" if item.date else ""
        credit = f" [{', '.join(item.reporters)}]" if item.reporters else ""
        out.append(f"   - item: {item.heading}{date}{credit}")
        if item.paragraphs:
            out.append(f"     begins: {_clip(item.paragraphs[0], 30)}")
    return out


def explain_file(path: Path,
                 gazetteer: Gazetteer | None = None) -> tuple[str | None, list[Diagnostic]]:
    """Read ``path`` as the build reads a page and explain it; (None, problems) when unreadable."""
    from cqnews_site.inputs import reader

    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Diagnostic(str(path), None, "error", f"cannot read the file: {exc.strerror}",
                                 "check the path and its permissions")]
    source, problems = reader.read_bytes(data, path.name, path.suffix.lower() == ".md")
    if source is None:
        return None, problems
    return explain(source, gazetteer), problems
