"""What the lines of a page print, taken together: for the page passes' cheap first tests.

Most of the two hundred page passes change nothing on most pages, yet each walked every
line to find that out (half of segmenting's time on an archive of ordinary reports). A
pass whose rule needs a mark on the page (a box-drawing line, a tab, a pipe, a gap between
cells) first asks ``page_text(lines)``, which is made once and made again only when a
pass has changed some line's text.
"""

from __future__ import annotations

import functools
import operator

from cqnews_site.analyse.lines import Line

_TEXT = operator.attrgetter("text")
_NORM = operator.attrgetter("norm")


class PageText:
    """What a page's lines print, a line each: ``text`` as printed (each line's ends
    stripped) and ``normal`` (normalised). A test for a mark is ``mark in page.text``: a
    search of the page costs a few microseconds, where the walk over its lines cost a
    hundred."""

    def __init__(self, text: str, normal: str) -> None:
        self.text = text
        self.normal = normal

    def ends_a_line(self, mark: str) -> bool:
        """True when some line's normalised text ends in ``mark``."""
        return mark + "\n" in self.normal or self.normal.endswith(mark)

    @functools.cached_property
    def gapped(self) -> bool:
        """True when a line's text may set cells apart (``model.text.cells``): two spaces,
        or white space of another kind than a space, which no printable text holds (a
        tab, a full-width space)."""
        return "  " in self.text or not self.text.replace("\n", " ").isprintable()


_last: tuple[list[str], list[str], PageText] | None = None


def page_text(lines: list[Line]) -> PageText:
    """The ``PageText`` of ``lines`` as they are now (remembered for the same texts: the
    passes ask one after another, and few change a text)."""
    global _last
    texts, norms = list(map(_TEXT, lines)), list(map(_NORM, lines))
    last = _last  # (read once: another thread may segment a page of its own)
    if last is not None and last[0] == texts and last[1] == norms:
        return last[2]
    found = PageText("\n".join(text.strip() for text in texts),
                     "\n".join(line.normal for line in lines))
    _last = (texts, norms, found)
    return found
