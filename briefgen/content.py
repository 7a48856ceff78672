"""Front-matter Markdown: the ``content/`` files, read and written safely.

* Front matter is always read with ``yaml.safe_load`` and written with
  ``yaml.safe_dump`` (never string formatting), so a title such as
  ``!!python/object`` or ``---`` stays a string.
* Writes are atomic: a temporary file in the same folder, fsync, rename. A
  run killed at any moment leaves each file either old or new.
* Hand edits survive re-ingest: every generated field carries a short
  fingerprint of the value briefgen wrote. On re-ingest a field whose value no
  longer matches its fingerprint was changed by an editor and is kept; keys an
  editor added are kept too.
* A hand-edited file with bad front matter (no title, unknown theme id,
  malformed date, ...) gives one ``ContentError`` naming the file and the
  field (rules in ``validate``). Policy: ``briefgen ingest`` reports it and
  leaves the file untouched (the rest of the batch is written);
  ``briefgen check`` reports every bad file (exit 1); the site build fails
  listing them, so a broken page is never published.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml

from .models import Article, ContentError
from .validate import normalise, validate

FENCE = "---"
FINGERPRINT_KEY = "fingerprint"
# Fields an editor may change by hand; "body" is the Markdown below the front matter.
EDITABLE = (
    "title", "title_basis", "date", "date_basis", "published", "source", "attributed_to",
    "themes", "theme_scores", "entities", "summary", "key_figures", "events", "evidence",
    "duplicates", "body",
)


class _Dumper(yaml.SafeDumper):
    """SafeDumper that double-quotes strings PyYAML would not read back intact.

    PyYAML writes NEL (U+0085) raw inside a single-quoted scalar and then
    reads it as a line break; in double quotes it is escaped (``\\N``).
    """


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if any(ch in value for ch in "\x85\u2028\u2029\ufeff"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


_Dumper.add_representer(str, _represent_str)


# libyaml's parser when PyYAML has it (several times faster on big content
# folders); the constructor is the safe one either way.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[misc, valid-type]
    """SafeLoader that leaves unquoted dates as text.

    ``date: 2024-13-45`` then reaches ``validate`` (which names the field)
    instead of failing inside PyYAML; timestamps such as ``published`` keep
    exactly the text the editor wrote.
    """


class _PyLoader(yaml.SafeLoader):
    """The same rules on the pure-Python parser (used for error messages)."""


_Loader.yaml_implicit_resolvers = _PyLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def field_hash(value: Any) -> str:
    """Short, stable hash of one field's value (for hand-edit detection)."""
    return hashlib.sha256(_canonical(value).encode("utf-8")).hexdigest()[:12]


def normal_body(body: str) -> str:
    """The body exactly as a content file stores it: LF line ends, one final newline."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return body + "\n" if body else ""


def _record(article: Article) -> dict[str, Any]:
    d = article.to_dict()
    d["body"] = normal_body(article.body)
    return d


def _fingerprints(rec: dict[str, Any]) -> dict[str, str]:
    rec = dict(rec)
    # empty entity groups do not count: adding a kind to the model must not make
    # every existing file look hand-edited
    rec["entities"] = {k: v for k, v in (rec.get("entities") or {}).items() if v}
    return {k: field_hash(rec.get(k)) for k in EDITABLE}


def fingerprint(article: Article) -> dict[str, str]:
    return _fingerprints(_record(article))


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
    text = yaml.dump(
        front, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )
    return f"{FENCE}\n{text}{FENCE}\n\n{normal_body(article.body)}"


def write_atomic(path: Path, text: str) -> None:
    """Write *text* to *path* so that readers only ever see old or new content."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fchmod(fh.fileno(), _file_mode(path))  # mkstemp makes 0600; use what open() would
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _file_mode(path: Path) -> int:
    """The existing file's permissions, else 0666 minus the umask (as ``open`` would)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (best effort: not every platform can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


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
        front = yaml.load("\n".join(lines[1:i]), Loader=_Loader) or {}
    except yaml.YAMLError as exc:
        if _SafeBase is not yaml.SafeLoader:  # the pure-Python parser names the line more precisely
            try:
                yaml.load("\n".join(lines[1:i]), Loader=_PyLoader)
            except yaml.YAMLError as py_exc:
                exc = py_exc
            except (ValueError, TypeError, OverflowError):
                pass
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ContentError(f"front matter is not valid YAML{where}", path=path) from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. "!!timestamp 2024-13-45"
        raise ContentError(f"front matter has an invalid value: {exc}", path=path) from None
    if not isinstance(front, dict):
        raise ContentError("front matter must be a mapping of keys to values", path=path)
    body = "\n".join(lines[i + 1:]).strip("\n")
    return front, body + "\n" if body else ""


def loads(text: str, path: str | None = None, slug: str = "", theme_ids: Iterable[str] | None = None) -> Article:
    front, body = split(text, path)
    validate(front, path, theme_ids)
    try:
        return Article.from_dict(normalise(front), body=body, slug=slug)
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


def origin_of(text: str) -> tuple[str, int | None] | None:
    """(file, entry) of the raw origin a content file records, or None.

    Works on a file whose front matter is otherwise broken (the ``origin:``
    block alone is read), so re-ingest can recognise it instead of writing a
    second copy of the article next to it.
    """
    try:
        origin = split(text)[0].get("origin")
    except ContentError:
        lines = text.lstrip("\ufeff").split("\n")
        if lines[0].rstrip() != FENCE:
            return None
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in (FENCE, "...")), len(lines))
        m = re.search(r"^origin:[ \t]*\n((?:[ \t]+\S.*(?:\n|$))+)", "\n".join(lines[1:end]), re.M)
        try:
            origin = (yaml.load("origin:\n" + m.group(1), Loader=_Loader) or {}).get("origin") if m else None
        except (yaml.YAMLError, ValueError, TypeError, AttributeError):
            origin = None
    if not isinstance(origin, dict) or not isinstance(origin.get("file"), str) or not origin["file"]:
        return None
    entry = origin.get("entry")
    return origin["file"], entry if isinstance(entry, int) and not isinstance(entry, bool) else None


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
    validate(front, path)
    front = normalise(front)
    prints = front.get(FINGERPRINT_KEY)
    old = Article.from_dict(front, body=body, slug=new.slug)
    old_rec = _record(old)
    new_prints = fingerprint(new)
    if not isinstance(prints, dict):
        return Merge(article=old, kept=list(EDITABLE), prints=new_prints)
    old_prints = _fingerprints(old_rec)
    kept = [k for k in EDITABLE if prints.get(k) != old_prints[k]]
    if not kept:  # keys the editor added (extra) still survive
        merged = dataclasses.replace(new, extra={**old.extra, **new.extra})
        return Merge(article=merged, kept=[], prints=new_prints)
    new_rec = _record(new)
    for k in kept:
        new_rec[k] = old_rec.get(k)
    body = new_rec.pop("body")
    merged = Article.from_dict(new_rec, body=body, slug=new.slug)
    merged.extra = {**old.extra, **new.extra}
    return Merge(article=merged, kept=kept, prints=new_prints)
