"""Intermediate records shared by the format readers and the assembler."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .dates import DateHit

# Line kinds the classifier assigns.
KINDS = ("headline", "standfirst", "date", "byline", "caption", "credit", "subhead", "body",
         "boilerplate", "duplicate", "source", "figure")


@dataclass
class Line:
    """One line (or structured block) of an article, before assembly."""

    text: str
    start: bool = True  # starts a paragraph (blank line before it, or a block element)
    hint: str | None = None  # from structured formats: headline | subhead | para | figure | item | quote
    credit: str | None = None  # photo credit (captions/figures)
    kind: str = ""
    reason: str = ""
    date: DateHit | None = None
    outlet: str | None = None  # outlet named by a byline / source / copyright line


@dataclass
class Draft:
    """What a format reader found, before the shared assembly."""

    lines: list[Line]
    fmt: str = "text"
    entry: int | None = None
    title: str | None = None  # from metadata / front matter
    title_basis: str = "stated"
    title_reason: str = ""
    date: dt.date | None = None
    date_basis: str = "unknown"
    published: str | None = None
    date_reason: str = ""
    source: str | None = None
    source_reason: str = ""
    attributed_to: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    url: str | None = None
