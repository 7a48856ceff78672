"""Front-matter Markdown: the ``content/`` files, read and written safely.

* Front matter is always read with ``yaml.safe_load`` and written with
  ``yaml.safe_dump`` (never string formatting), so a title such as
  ``!!python/object`` or ``---`` stays a string.
* Writes are atomic: a temporary file in the same folder, fsync, rename. A
  run killed at any moment leaves each file either old or new.
* Hand edits survive re-ingest: every generated field carries a short
  fingerprint of the value briefgen wrote. On re-ingest a field whose value no
  longer matches its fingerprint was changed by an editor and is kept.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml

from .models import DATE_BASES, ENTITY_KINDS, TITLE_BASES, Article, ContentError

FENCE = "---"
FINGERPRINT_KEY = "fingerprint"
# Fields an editor may change by hand; "body" is the Markdown below the front matter.
EDITABLE = (
    "title", "title_basis", "date", "date_basis", "published", "source", "attributed_to",
    "themes", "theme_scores", "entities", "summary", "key_figures", "events", "evidence",
    "duplicates", "body",
)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def field_hash(value: Any) -> str:
    """Short, stable hash of one field's value (for hand-edit detection)."""
    return hashlib.sha256(_canonical(value).encode("utf-8")).hexdigest()[:12]


def _record(article: Article) -> dict[str, Any]:
    d = article.to_dict()
    d["body"] = article.body
    return d


def fingerprint(article: Article) -> dict[str, str]:
    rec = _record(article)
    return {k: field_hash(rec.get(k)) for k in EDITABLE}


# ---------------------------------------------------------------- write
def dumps(article: Article, prints: dict[str, str] | None = None) -> str:
    """The exact text of a content file for *article*.

    *prints* are the fingerprints of what briefgen generated; by default the
    article itself. After a merge they are those of the fresh ingest, so a
    field an editor kept still reads as edited next time.
    """
    front = article.to_dict()
    if article.date is not None:
        front["date"] = article.date  # emitted as a plain YAML date: 2024-06-24
    front[FINGERPRINT_KEY] = prints if prints is not None else fingerprint(article)
    text = yaml.safe_dump(
        front, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )
    body = article.body.strip("\n")
    return f"{FENCE}\n{text}{FENCE}\n\n{body}\n"


def write_atomic(path: Path, text: str) -> None:
    """Write *text* to *path* so that readers only ever see old or new content."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


# ---------------------------------------------------------------- read
def split(text: str, path: str | None = None) -> tuple[dict[str, Any], str]:
    """Split a content file into (front-matter mapping, body)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != FENCE:
        raise ContentError("no front matter (the file must start with a '---' line)", path=path)
    for i in range(1, len(lines)):
        if lines[i].rstrip() in (FENCE, "..."):
            break
    else:
        raise ContentError("front matter is not closed by a '---' line", path=path)
    try:
        front = yaml.safe_load("\n".join(lines[1:i])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ContentError(f"front matter is not valid YAML{where}", path=path) from None
    if not isinstance(front, dict):
        raise ContentError("front matter must be a mapping of keys to values", path=path)
    body = "\n".join(lines[i + 1:]).strip("\n")
    return front, body + "\n" if body else ""


def validate(front: dict[str, Any], path: str | None = None, theme_ids: Iterable[str] | None = None) -> None:
    """Raise ContentError naming the file and the field when *front* is invalid."""

    def bad(field: str, why: str) -> ContentError:
        return ContentError(f"field '{field}': {why}", path=path)

    title = front.get("title")
    if not isinstance(title, str) or not title.strip():
        raise bad("title", "missing or empty")
    date = front.get("date")
    if date is not None and not isinstance(date, _dt.date):
        if not isinstance(date, str):
            raise bad("date", f"not a date: {date!r}")
        try:
            _dt.date.fromisoformat(date)
        except ValueError:
            raise bad("date", f"not an ISO date (YYYY-MM-DD): {date!r}") from None
    if isinstance(date, _dt.datetime):
        pass  # a full timestamp is accepted; its date is used
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


def loads(text: str, path: str | None = None, slug: str = "", theme_ids: Iterable[str] | None = None) -> Article:
    front, body = split(text, path)
    validate(front, path, theme_ids)
    if isinstance(front.get("published"), _dt.date):
        front["published"] = front["published"].isoformat()
    try:
        return Article.from_dict(front, body=body, slug=slug)
    except (TypeError, ValueError, AttributeError) as exc:
        raise ContentError(f"cannot read front matter: {exc}", path=path) from None


def load(path: Path, theme_ids: Iterable[str] | None = None) -> Article:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ContentError("not UTF-8 text", path=str(path)) from None
    except OSError as exc:
        raise ContentError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    return loads(text, path=str(path), slug=path.stem, theme_ids=theme_ids)


def content_files(content_dir: Path) -> list[Path]:
    """Every article file in *content_dir*, sorted (hidden and temp files skipped)."""
    content_dir = Path(content_dir)
    if not content_dir.is_dir():
        return []
    return sorted(p for p in content_dir.glob("*.md") if not p.name.startswith((".", "_")) and p.is_file())


def load_all(content_dir: Path, theme_ids: Iterable[str] | None = None) -> tuple[list[Article], list[ContentError]]:
    """Load every content file; bad ones are returned as errors, never half-read."""
    articles: list[Article] = []
    errors: list[ContentError] = []
    ids = list(theme_ids) if theme_ids is not None else None
    for p in content_files(content_dir):
        try:
            articles.append(load(p, ids))
        except ContentError as exc:
            errors.append(exc)
    return articles, errors


# ---------------------------------------------------------------- re-ingest
@dataclass
class Merge:
    article: Article
    kept: list[str]  # fields an editor changed, kept as they are
    prints: dict[str, str]  # fingerprints of the freshly generated values

    def text(self) -> str:
        return dumps(self.article, self.prints)


def merge(existing_text: str, new: Article, path: str | None = None) -> Merge:
    """Combine a freshly ingested *new* article with the file an editor may have changed.

    Fields whose current value differs from the fingerprint briefgen wrote are
    the editor's and are kept; the others take the new value. A file with no
    fingerprint at all was written by hand: every field is kept.
    """
    front, body = split(existing_text, path)
    prints = front.get(FINGERPRINT_KEY)
    old = Article.from_dict(front, body=body, slug=new.slug)
    old_rec = _record(old)
    new_prints = fingerprint(new)
    if not isinstance(prints, dict):
        return Merge(article=old, kept=list(EDITABLE), prints=new_prints)
    kept = [k for k in EDITABLE if prints.get(k) != field_hash(old_rec.get(k))]
    if not kept:
        return Merge(article=new, kept=[], prints=new_prints)
    new_rec = _record(new)
    for k in kept:
        new_rec[k] = old_rec.get(k)
    body = new_rec.pop("body")
    merged = Article.from_dict(new_rec, body=body, slug=new.slug)
    merged.extra = {**old.extra, **new.extra}
    return Merge(article=merged, kept=kept, prints=new_prints)
