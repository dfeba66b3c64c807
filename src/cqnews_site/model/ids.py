"""Stable identities of records, computed in one place."""

from __future__ import annotations


def person_id(name: str, district: str | None) -> str:
    """Stable id of a person: the name, scoped by district when they serve in one."""
    return f"{name}-{district}" if district else name
