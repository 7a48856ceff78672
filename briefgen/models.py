"""The one typed record that flows through every stage: ``Article``.

Stages fill it in turn:

* ``parse``   -> title, title_basis, date, date_basis, published, source,
                 attributed_to, body, evidence, origin
* ``analyze`` -> entities, themes, theme_scores, summary, key_figures, events
* ``content`` -> reads and writes it as front-matter Markdown
* ``site``    -> renders it (related articles are computed there, corpus-wide)

Everything here is plain data: ``to_dict``/``from_dict`` give the exact
front-matter mapping (key order is fixed, so output is deterministic).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

TITLE_BASES = ("stated", "inferred", "given")
DATE_BASES = ("stated", "inferred", "given", "unknown")
ENTITY_KINDS = ("people", "organizations", "places", "other")
# gazetteer ``type`` -> front-matter group; "other" holds named things that are
# neither people, organisations nor places: resolutions, agreements, events,
# operations, weapons, products.
KIND_OF_TYPE = {"person": "people", "organization": "organizations", "place": "places", "other": "other"}
KIND_LABELS = {"people": "People", "organizations": "Organisations", "places": "Places",
               "other": "Other names"}


class BriefgenError(Exception):
    """Base of every error briefgen raises on purpose.

    The message is one line meant for the user; ``path`` names the file.
    """

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:  # one clear line: "<file>: <reason>"
        msg = super().__str__()
        return f"{self.path}: {msg}" if self.path else msg


class InputError(BriefgenError):
    """A raw input file cannot be turned into an article."""


class ContentError(BriefgenError):
    """A content file (front-matter Markdown) is invalid."""


@dataclass
class Origin:
    file: str  # path of the raw file, relative to the ingested folder
    sha256: str  # of the raw bytes
    format: str = "text"  # text | markdown | html | json | jsonl | rss | atom
    entry: int | None = None  # index inside a multi-article file (feeds, JSON Lines)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"file": self.file, "sha256": self.sha256, "format": self.format}
        if self.entry is not None:
            d["entry"] = self.entry
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Origin":
        return cls(
            file=str(d.get("file", "")),
            sha256=str(d.get("sha256", "")),
            format=str(d.get("format", "text")),
            entry=d.get("entry"),
        )


@dataclass
class ThemeScore:
    score: float
    matched: list[str] = field(default_factory=list)  # terms/entities that fired

    def to_dict(self) -> dict[str, Any]:
        return {"score": round(float(self.score), 2), "matched": list(self.matched)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ThemeScore":
        return cls(score=float(d.get("score", 0)), matched=[str(m) for m in d.get("matched") or []])


@dataclass
class KeyFigure:
    quantity: str  # "more than 100,000 fighters"
    claimed_by: str | None  # canonical name of who claims it, when known
    text: str  # the sentence it comes from

    def to_dict(self) -> dict[str, Any]:
        return {"quantity": self.quantity, "claimed_by": self.claimed_by, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "KeyFigure":
        return cls(quantity=str(d.get("quantity", "")), claimed_by=d.get("claimed_by"), text=str(d.get("text", "")))


@dataclass
class Event:
    date: str  # ISO: "2024-09-27", "2024-09" or "2013" (see precision)
    precision: str  # day | month | year
    label: str  # "Nasrallah killed"
    text: str = ""  # the sentence it comes from

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "precision": self.precision, "label": self.label, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(
            date=str(d.get("date", "")),
            precision=str(d.get("precision", "day")),
            label=str(d.get("label", "")),
            text=str(d.get("text", "")),
        )


def _empty_entities() -> dict[str, list[str]]:
    return {k: [] for k in ENTITY_KINDS}


@dataclass
class Article:
    title: str
    body: str  # clean Markdown body (paragraphs, ## subheads, figure blocks)
    origin: Origin
    slug: str = ""
    title_basis: str = "stated"
    date: _dt.date | None = None
    date_basis: str = "unknown"
    published: str | None = None  # stated time and zone as written/normalised, e.g. "2024-06-24T10:11:00+03:00"
    source: str | None = None  # the outlet that published it
    attributed_to: list[str] = field(default_factory=list)  # agencies/outlets it cites
    themes: list[str] = field(default_factory=list)  # strongest first
    theme_scores: dict[str, ThemeScore] = field(default_factory=dict)
    entities: dict[str, list[str]] = field(default_factory=_empty_entities)
    summary: str = ""
    key_figures: list[KeyFigure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)  # field -> why it was inferred
    duplicates: list[Origin] = field(default_factory=list)  # other raw files with the same story
    extra: dict[str, Any] = field(default_factory=dict)  # unknown front-matter keys, kept verbatim

    # ------------------------------------------------------------------ dict io
    KEY_ORDER = (
        "title", "title_basis", "date", "date_basis", "published", "source",
        "attributed_to", "themes", "theme_scores", "entities", "summary",
        "key_figures", "events", "evidence", "duplicates", "origin",
    )

    def to_dict(self) -> dict[str, Any]:
        """Front-matter mapping, fixed key order. ``body`` and ``slug`` are not in it."""
        d: dict[str, Any] = {
            "title": self.title,
            "title_basis": self.title_basis,
            "date": self.date.isoformat() if self.date else None,
            "date_basis": self.date_basis,
            "published": self.published,
            "source": self.source,
            "attributed_to": list(self.attributed_to),
            "themes": list(self.themes),
            "theme_scores": {k: v.to_dict() for k, v in self.theme_scores.items()},
            "entities": {k: list(self.entities.get(k, [])) for k in ENTITY_KINDS},
            "summary": self.summary,
            "key_figures": [k.to_dict() for k in self.key_figures],
            "events": [e.to_dict() for e in self.events],
            "evidence": dict(sorted(self.evidence.items())),
            "duplicates": [o.to_dict() for o in self.duplicates],
            "origin": self.origin.to_dict(),
        }
        for k in sorted(self.extra):
            if k not in d:
                d[k] = self.extra[k]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any], body: str = "", slug: str = "") -> "Article":
        """Build from a front-matter mapping. Validation lives in ``content``."""
        date = d.get("date")
        if isinstance(date, str) and date:
            date = _dt.date.fromisoformat(date)
        elif isinstance(date, _dt.datetime):
            date = date.date()
        elif not isinstance(date, _dt.date):
            date = None
        ents = d.get("entities") or {}
        known = set(cls.KEY_ORDER)
        return cls(
            title=str(d.get("title", "")),
            body=body,
            slug=slug,
            origin=Origin.from_dict(d.get("origin") or {}),
            title_basis=str(d.get("title_basis", "stated")),
            date=date,
            date_basis=str(d.get("date_basis", "unknown" if date is None else "stated")),
            published=d.get("published"),
            source=d.get("source"),
            attributed_to=[str(x) for x in d.get("attributed_to") or []],
            themes=[str(x) for x in d.get("themes") or []],
            theme_scores={str(k): ThemeScore.from_dict(v or {}) for k, v in (d.get("theme_scores") or {}).items()},
            entities={k: [str(x) for x in ents.get(k) or []] for k in ENTITY_KINDS},
            summary=str(d.get("summary") or ""),
            key_figures=[KeyFigure.from_dict(x) for x in d.get("key_figures") or []],
            events=[Event.from_dict(x) for x in d.get("events") or []],
            evidence={str(k): str(v) for k, v in (d.get("evidence") or {}).items()},
            duplicates=[Origin.from_dict(x) for x in d.get("duplicates") or []],
            extra={k: v for k, v in d.items() if k not in known and k != "fingerprint"},
        )

    def all_entities(self) -> list[str]:
        return [n for k in ENTITY_KINDS for n in self.entities.get(k, [])]
