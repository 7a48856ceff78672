"""Validation of hand-editable front matter: one clear error naming the file and the field.

Used by ``content.loads`` (so ``briefgen check``, the site build and re-ingest
all apply the same rules).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable

from .models import DATE_BASES, ENTITY_KINDS, TITLE_BASES, ContentError


def validate(front: dict[str, Any], path: str | None = None, theme_ids: Iterable[str] | None = None) -> None:
    """Raise ContentError naming the file and the field when *front* is invalid."""

    def bad(field: str, why: str) -> ContentError:
        return ContentError(f"field '{field}': {why}", path=path)

    title = front.get("title")
    if title is not None and not isinstance(title, str):
        raise bad("title", f"must be text, not {_kind(title)}")
    if not title or not title.strip():
        raise bad("title", "missing or empty")
    date = front.get("date")
    if date is not None and not isinstance(date, _dt.date):
        if not isinstance(date, str):
            raise bad("date", f"not a date: {date!r}")
        try:
            _parse_date(date)
        except ValueError:
            raise bad("date", f"not an ISO date (YYYY-MM-DD): {date!r}") from None
    if front.get("date_basis", "unknown") not in DATE_BASES:
        raise bad("date_basis", f"must be one of {', '.join(DATE_BASES)}")
    if front.get("title_basis", "stated") not in TITLE_BASES:
        raise bad("title_basis", f"must be one of {', '.join(TITLE_BASES)}")
    for key in ("attributed_to", "themes"):
        val = front.get(key)
        if val is not None and (not isinstance(val, list) or not all(isinstance(x, str) for x in val)):
            raise bad(key, "must be a list of strings")
    if theme_ids is not None:
        known = set(theme_ids)
        for t in front.get("themes") or []:
            if t not in known:
                raise bad("themes", f"unknown theme id {t!r} (known: {', '.join(sorted(known))})")
    ents = front.get("entities")
    if ents is not None:
        if not isinstance(ents, dict):
            raise bad("entities", "must be a mapping with people, organizations, places")
        for k, v in ents.items():
            if k not in ENTITY_KINDS:
                raise bad("entities", f"unknown kind {k!r} (use {', '.join(ENTITY_KINDS)})")
            if v is not None and (not isinstance(v, list) or not all(isinstance(x, str) for x in v)):
                raise bad(f"entities.{k}", "must be a list of names")
    for key in ("source", "summary", "published"):
        val = front.get(key)
        if val is not None and not isinstance(val, (str, _dt.date)):
            raise bad(key, "must be text")
    for key in ("key_figures", "events", "duplicates"):
        val = front.get(key)
        if val is not None and (not isinstance(val, list) or not all(isinstance(x, dict) for x in val)):
            raise bad(key, "must be a list of mappings")
    for key in ("theme_scores", "evidence", "origin"):
        val = front.get(key)
        if val is not None and not isinstance(val, dict):
            raise bad(key, "must be a mapping")
    for name, score in (front.get("theme_scores") or {}).items():
        if not isinstance(score, dict) or not isinstance(score.get("score", 0), (int, float)):
            raise bad(f"theme_scores.{name}", "must be a mapping with a numeric 'score'")
        matched = score.get("matched")
        if matched is not None and (not isinstance(matched, list) or not all(isinstance(x, str) for x in matched)):
            raise bad(f"theme_scores.{name}.matched", "must be a list of strings")
    for k, v in (front.get("evidence") or {}).items():
        if not _scalar(v):
            raise bad(f"evidence.{k}", "must be text")
    for key, subkeys in (("key_figures", ("quantity", "claimed_by", "text")),
                         ("events", ("date", "precision", "label", "text")),
                         ("duplicates", ("file", "sha256", "format"))):
        for n, item in enumerate(front.get(key) or []):
            for sub in subkeys:
                if not _scalar(item.get(sub)):
                    raise bad(f"{key}[{n}].{sub}", f"must be text, not {_kind(item.get(sub))}")
    for n, ev in enumerate(front.get("events") or []):
        if not _event_date_ok(ev.get("date")):
            raise bad(f"events[{n}].date", f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {ev.get('date')!r}")
        if ev.get("precision", "day") not in EVENT_PRECISIONS:
            raise bad(f"events[{n}].precision", f"must be one of {', '.join(EVENT_PRECISIONS)}")
    for key, val in [("origin", front.get("origin"))] + [(f"duplicates[{n}]", d) for n, d in
                                                         enumerate(front.get("duplicates") or [])]:
        if isinstance(val, dict):
            for sub in ("file", "sha256", "format"):
                if not _scalar(val.get(sub)):
                    raise bad(f"{key}.{sub}", "must be text")
            entry = val.get("entry")
            if entry is not None and (not isinstance(entry, int) or isinstance(entry, bool)):
                raise bad(f"{key}.entry", f"must be a whole number, not {entry!r}")


EVENT_PRECISIONS = ("day", "month", "year")


def _parse_date(value: str) -> _dt.date:
    """An ISO date; a full ISO timestamp is accepted too (its date is used)."""
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return _dt.datetime.fromisoformat(value).date()


def normalise(front: dict[str, Any]) -> dict[str, Any]:
    """A validated mapping with dates as ``date`` and timestamps as text."""
    front = dict(front)
    date = front.get("date")
    if isinstance(date, str):
        front["date"] = _parse_date(date)
    elif isinstance(date, _dt.datetime):
        front["date"] = date.date()
    if isinstance(front.get("published"), _dt.date):
        front["published"] = front["published"].isoformat()
    return front


def _kind(value: Any) -> str:
    return {dict: "a mapping", list: "a list"}.get(type(value), type(value).__name__)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, _dt.date))


def _event_date_ok(value: Any) -> bool:
    if isinstance(value, _dt.date):
        return True
    if not isinstance(value, str):
        return False
    parts = value.split("-")
    if not 1 <= len(parts) <= 3 or len(parts[0]) != 4 or not all(p.isdigit() and p.isascii() for p in parts):
        return False
    try:
        _dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return all(len(p) == 2 for p in parts[1:])
