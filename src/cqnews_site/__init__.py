"""cqnews: a static site generator for an archive of Chongqing newspaper pages."""

from cqnews_site.model.records import (
    Archive,
    Diagnostic,
    District,
    FrontMatter,
    Item,
    Mention,
    Page,
    Person,
    PlaceNote,
    Post,
    Sighting,
    SourceText,
    Story,
)

__version__ = "0.1.0"

__all__ = [
    "Archive",
    "Diagnostic",
    "District",
    "FrontMatter",
    "Item",
    "Mention",
    "Page",
    "Person",
    "PlaceNote",
    "Post",
    "Sighting",
    "SourceText",
    "Story",
    "__version__",
]
