"""引用本文: one story as a reference in GB/T 7714-2015, CSL-JSON, BibTeX and RIS.

Every format is made from one ``Reference``, so they never disagree. The newspaper form of
GB/T 7714-2015 (4.4, 8.x) is ``作者. 题名[N]. 报纸名, 出版日期(版次).``; parts the archive
does not know are left out rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cqnews_site.output.files import json_bytes

MAX_AUTHORS = 3  # GB/T 7714-2015 8.1.2: the first three, then "等"


@dataclass(frozen=True)
class Reference:
    """What a citation says about one story."""

    key: str  # the story id
    title: str
    authors: tuple[str, ...]
    paper: str | None
    date: str | None  # YYYY-MM-DD
    page: str | None  # 版次 as printed
    url: str | None  # absolute, only with a base URL


def gbt7714(ref: Reference) -> str:
    """The reference in GB/T 7714-2015 newspaper form."""
    parts = []
    if ref.authors:
        names = list(ref.authors[:MAX_AUTHORS])
        if len(ref.authors) > MAX_AUTHORS:
            names.append("等")
        parts.append(", ".join(names) + ". ")
    parts.append(f"{ref.title}[N]")
    where = []
    if ref.paper:
        where.append(ref.paper)
    if ref.date:
        where.append(f"{ref.date}({ref.page})" if ref.page else ref.date)
    if where:
        parts.append(". " + ", ".join(where))
    return "".join(parts) + "."


def csl_json(ref: Reference) -> list[dict]:
    """The reference as CSL-JSON (a list of one item, as citation managers exchange it)."""
    item: dict = {"id": ref.key, "type": "article-newspaper", "title": ref.title,
                  "language": "zh-CN"}
    if ref.authors:
        item["author"] = [{"literal": name} for name in ref.authors]
    if ref.paper:
        item["container-title"] = ref.paper
    if ref.date:
        item["issued"] = {"date-parts": [[int(x) for x in ref.date.split("-")]]}
    if ref.page:
        item["page"] = ref.page
    if ref.url:
        item["URL"] = ref.url
    return [item]


_BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")


def _bib(value: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: "\\" + m[1] if m[1] not in "\\^~" else " ", value)


def bibtex(ref: Reference) -> str:
    """The reference as a BibTeX ``@article`` (``journal`` names the paper)."""
    fields = [("title", ref.title)]
    if ref.authors:
        fields.append(("author", " and ".join(ref.authors)))
    if ref.paper:
        fields.append(("journal", ref.paper))
    if ref.date:
        year, month, day = ref.date.split("-")
        fields += [("year", year), ("month", str(int(month))), ("day", str(int(day)))]
    if ref.page:
        fields.append(("pages", ref.page))
    if ref.url:
        fields.append(("url", ref.url))
    fields.append(("language", "chinese"))
    # A URL is taken verbatim (biblatex reads it so); escaping its % would break it.
    body = ",\n".join(f"  {name} = {{{value if name == 'url' else _bib(value)}}}"
                      for name, value in fields)
    return f"@article{{cqnews-{ref.key},\n{body}\n}}\n"


def ris(ref: Reference) -> str:
    """The reference as RIS (``TY  - NEWS``)."""
    lines = [("TY", "NEWS"), ("ID", ref.key), ("TI", ref.title)]
    lines += [("AU", name) for name in ref.authors]
    if ref.paper:
        lines.append(("T2", ref.paper))
    if ref.date:
        lines += [("PY", ref.date[:4]), ("DA", ref.date.replace("-", "/"))]
    if ref.page:
        lines.append(("SP", ref.page))
    if ref.url:
        lines.append(("UR", ref.url))
    lines += [("LA", "zh-CN"), ("ER", "")]
    return "".join(f"{tag}  - {value}".rstrip() + "\n" for tag, value in lines)


FORMATS = ("json", "bib", "ris")  # the extensions of ``files``, in its order


def files(ref: Reference) -> dict[str, bytes]:
    """The downloadable forms by extension (``FORMATS``)."""
    return {
        "json": json_bytes(csl_json(ref)),
        "bib": bibtex(ref).encode("utf-8"),
        "ris": ris(ref).encode("utf-8"),
    }
