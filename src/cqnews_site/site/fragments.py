"""Template fragments rendered once and reused: a story's entry in every list it is on.

The HTML stays in the templates; these helpers only decide when a ``{% call %}`` block's
body runs. A key names everything the body reads (its record, and ``root`` when it links),
so a reused fragment is byte for byte what running the body again would give.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from markupsafe import Markup

# Fragments kept per worker; past this the store starts again (about 25 MB of text).
MAX_FRAGMENTS = 1 << 16


class Fragments:
    """Rendered fragments by key, for one build's templates (``memo``)."""

    def __init__(self, limit: int = MAX_FRAGMENTS) -> None:
        self.limit = limit
        self._store: dict[Hashable, Any] = {}

    def _keep(self, key: Hashable, value: Any) -> Any:
        if len(self._store) >= self.limit:
            self._store.clear()
        self._store[key] = value
        return value

    def memo(self, *key: Hashable, caller: Callable[[], Markup]) -> Markup:
        """``{% call memo(key…) %}body{% endcall %}``: the body's output, run once per key."""
        found = self._store.get(key)
        return found if found is not None else self._keep(key, caller())
