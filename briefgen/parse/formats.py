"""Format detection (from the content, the extension only breaks ties) and the
JSON / JSON Lines / RSS / Atom readers."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from typing import Any, Callable

import feedparser

from ..models import InputError
from .attribution import Outlets
from .dates import DateHit, parse_date_text, parse_iso
from .htmlpage import html_fragment_lines, read_html
from .model import Draft, Line
from .textual import read_markdown, read_text, text_lines

_TAGS = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|li|ul|figure|img|article|section|strong|em|b|i)\b[^>]*>", re.I)


def detect(text: str, name: str) -> str:
    """text | markdown | html | json | jsonl | rss | atom ("feed" until feedparser says which)."""
    ext = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    s = text.lstrip()
    head = s[:3000].lower()
    if s[:1] in "{[" or ext in ("json", "jsonl", "ndjson"):
        if ext in ("jsonl", "ndjson"):
            return "jsonl"
        try:
            json.loads(s)
            return "json"
        except (ValueError, RecursionError):
            rows = [r for r in s.split("\n") if r.strip()]
            if len(rows) > 1 and all(r.lstrip()[:1] == "{" for r in rows):
                return "jsonl"
            if ext == "json":
                return "json"  # the reader reports the syntax error
    if s.startswith("<"):
        if re.match(r"<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:rdf)\b", head, re.S) or \
                re.match(r"<(?:rss|feed|rdf:rdf)\b", head):
            return "feed"
        if head.startswith(("<!doctype html", "<html")) or "<html" in head[:500] or "<body" in head:
            return "html"
        if len(_TAGS.findall(s[:5000])) >= 2:
            return "html"
    if ext in ("html", "htm", "xhtml") and len(_TAGS.findall(s[:5000])) >= 2:
        return "html"
    if ext in ("rss", "atom", "xml") and re.search(r"<(?:rss|feed)\b", head):
        return "feed"
    if s.startswith("---\n") and re.search(r"\n(?:---|\.\.\.)[ \t]*(?:\n|$)", s[4:]):
        return "markdown"
    if ext in ("md", "markdown", "mdown", "mkd"):
        return "markdown"
    if re.search(r"(?m)^#{1,6}\s+\S", s) or re.search(r"(?m)^!\[[^\]]*\]\([^)]*\)\s*$", s):
        return "markdown"
    return "text"


# ---------------------------------------------------------------------- JSON
_TITLE_KEYS = ("title", "headline", "webTitle", "web_title", "name")
_DESC_KEYS = ("description", "summary", "standfirst", "subtitle", "dek", "lead", "abstract", "trailText",
              "trail_text", "teaser", "excerpt")
_BODY_KEYS = ("content", "body", "text", "articleBody", "article_body", "article_text", "articleText", "maintext",
              "full_text", "fullText", "story", "bodyText", "body_text", "bodyHtml", "body_html")
_DATE_KEYS = ("publishedAt", "published_at", "datePublished", "date_published", "publish_date", "publishDate",
              "dateTimePub", "pubDateTime", "published_datetime", "publishedDateTime", "seendate", "seenDate",
              "published_date", "publishedDate", "pub_date", "published", "pubDate", "date", "publication_date",
              "publicationDate", "webPublicationDate", "firstPublicationDate", "firstPublished", "first_published_at", "time", "timestamp", "created_at",
              "createdAt", "created", "dateTime", "datetime", "updated", "updatedAt", "dateModified", "date_modified",
              "modified")
_SOURCE_KEYS = ("source", "source_name", "publisher", "outlet", "site_name", "siteName", "site")
_URL_KEYS = ("url", "link", "canonical_url", "permalink", "webUrl", "web_url", "shortUrl")
_LIST_KEYS = ("articles", "items", "results", "data", "entries", "stories", "news", "docs", "hits", "posts",
              "records", "value")
_WRAP_KEYS = ("response", "result", "payload", "body", "hits", "article", "story", "item")
_TRUNC = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")


def _str(entry: dict, keys: tuple[str, ...]) -> tuple[str, str] | None:
    for k in keys:
        v = entry.get(k)
        if isinstance(v, dict):
            v = v.get("name") or v.get("title") or v.get("value") or v.get("rendered")
        if isinstance(v, (int, float)) and not isinstance(v, bool) and k in _DATE_KEYS:
            return str(v), k
        if isinstance(v, str) and v.strip():
            return v.strip(), k
    return None


def _date_named_keys(entry: dict) -> tuple[str, ...]:
    """Other keys naming a publication date ("date_display", "pubdate_text"); never update/expiry stamps."""
    return tuple(k for k in entry if isinstance(k, str) and re.search(r"date|publish", k, re.I)
                 and not re.search(r"modif|updat|expir|edit|creat|access|crawl|fetch|scrap|seen|birth", k, re.I))


def _date_any(value: str, ref: dt.date) -> DateHit | None:
    v = value.strip()
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", v):  # Unix time (s or ms)
        n = float(v) / (1000 if len(v.split(".")[0]) > 11 else 1)
        try:
            stamp = dt.datetime.fromtimestamp(n, dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return DateHit(stamp.date(), stamp.isoformat(), True, v)
    hit = parse_iso(v)
    if hit:
        return hit
    try:
        stamp = email.utils.parsedate_to_datetime(v)
        if stamp is not None and 1900 <= stamp.year <= 2100:
            return DateHit(stamp.date(), stamp.isoformat(), True, v)
    except (TypeError, ValueError, IndexError):
        pass
    return parse_date_text(v, ref)


def _body_lines(value: str) -> list[Line]:
    value = _TRUNC.sub("", value)
    if _TAGS.search(value):
        return html_fragment_lines(value)
    return text_lines(value)


_ARTICLE_KEYS = frozenset(_TITLE_KEYS + _DESC_KEYS + _BODY_KEYS + _DATE_KEYS) - {"name"}


def _with_nested_fields(entry: dict) -> dict:
    """The entry with the keys of nested field objects (``{"fields": {"headline", "bodyText"}}``,
    ``{"attributes": {...}}``) filled in where the entry itself lacks them; only children that
    carry article keys, so ``{"source": {"name": ...}}`` never lends its name as a title."""
    merged = dict(entry)
    for key in sorted(k for k, v in entry.items() if isinstance(v, dict) and isinstance(k, str)):
        child = entry[key]
        if key in _SOURCE_KEYS or not _ARTICLE_KEYS & set(k for k in child if isinstance(k, str)):
            continue
        for k, v in child.items():
            if isinstance(k, str) and (k not in merged or merged[k] in (None, "", [], {})) and not isinstance(v, dict):
                merged[k] = v
    return merged


def _entry_draft(entry: dict, fmt: str, index: int | None, ref: dt.date, outlets: Outlets) -> Draft:
    entry = _with_nested_fields(entry)
    lines: list[Line] = []
    title = _str(entry, _TITLE_KEYS)
    desc = _str(entry, _DESC_KEYS)
    body = _str(entry, _BODY_KEYS)
    if desc:
        desc_lines = _body_lines(desc[0])
        body_start = " ".join(body[0].split())[:80] if body else ""
        if desc_lines and not (body_start and body_start.startswith(" ".join(desc_lines[0].text.split())[:60])):
            lines.extend(desc_lines)
    if body:
        lines.extend(_body_lines(body[0]))
    if not lines and not title:
        raise InputError(f"entry {index if index is not None else ''} has no title and no text".replace("  ", " "))
    draft = Draft(lines, fmt=fmt, entry=index)
    if title:
        draft.title, draft.title_reason = " ".join(title[0].split()), f"{fmt.upper()} field '{title[1]}'"
    got = _str(entry, _DATE_KEYS) or _str(entry, _date_named_keys(entry))
    if got:
        hit = _date_any(got[0], ref)
        if hit:
            draft.date, draft.date_basis, draft.published = hit.date, "stated", hit.published
            draft.date_reason = f"{fmt.upper()} field '{got[1]}': '{got[0]}'"
    src = _str(entry, _SOURCE_KEYS)
    if src:
        draft.source = outlets.canonical(src[0]) or " ".join(src[0].split())
        draft.source_reason = f"{fmt.upper()} field '{src[1]}': '{src[0]}'"
    url = _str(entry, _URL_KEYS)
    draft.url = url[0] if url else None
    return draft


def _entries(data: Any, depth: int = 0) -> tuple[list[Any], bool]:
    """(entries, multi) of a parsed JSON document; API envelopes nest the list
    (``{"articles": {"results": [...]}}``, ``{"response": {"docs": [...]}}``)."""
    if isinstance(data, list):
        return data, True
    if isinstance(data, dict):
        if not _str(data, _BODY_KEYS) and not _str(data, _TITLE_KEYS) and depth < 3:
            for k in _LIST_KEYS + _WRAP_KEYS:
                inner = data.get(k)
                if isinstance(inner, list):
                    return inner, True
                if isinstance(inner, dict):
                    found, multi = _entries(inner, depth + 1)
                    if multi or _str(inner, _BODY_KEYS) or _str(inner, _TITLE_KEYS):
                        return found, multi
        for k in _LIST_KEYS:
            if isinstance(data.get(k), list) and not _str(data, _BODY_KEYS):
                return data[k], True
        return [data], False
    return [], False


def read_json(text: str, name: str, ref: dt.date, outlets: Outlets) -> list[Draft]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(f"malformed JSON: {exc}", path=name) from None
    except RecursionError:
        raise InputError("malformed JSON: nested too deeply", path=name) from None
    entries, multi = _entries(data)
    return _drafts([(i if multi else None, e) for i, e in enumerate(entries)], "json", name, ref, outlets)


def read_jsonl(text: str, name: str, ref: dt.date, outlets: Outlets) -> list[Draft]:
    rows = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except (ValueError, RecursionError):
            raise InputError(f"malformed JSON Lines: line {n} is not valid JSON", path=name) from None
    return _drafts(list(enumerate(rows)), "jsonl", name, ref, outlets)


def _drafts(entries: list[tuple[int | None, Any]], fmt: str, name: str, ref: dt.date, outlets: Outlets) -> list[Draft]:
    drafts: list[Draft] = []
    first_error: InputError | None = None
    for idx, entry in entries:
        if not isinstance(entry, dict):
            continue
        if isinstance(entry.get("_source"), dict) and not _str(entry, _TITLE_KEYS):
            entry = entry["_source"]  # a search-engine hit
        try:
            drafts.append(_entry_draft(entry, fmt, idx, ref, outlets))
        except InputError as exc:
            first_error = first_error or exc
    if not drafts:
        if first_error:
            raise InputError(str(first_error), path=name)
        raise InputError(f"no article objects in this {fmt.upper()} file", path=name)
    return drafts


# --------------------------------------------------------------------- feeds
def read_feed(text: str, name: str, ref: dt.date, outlets: Outlets) -> list[Draft]:
    d = feedparser.parse(text)
    fmt = "atom" if str(d.get("version", "")).startswith("atom") else "rss"
    entries = d.get("entries") or []
    if not entries:
        raise InputError(f"{fmt.upper()} feed has no entries", path=name)
    feed = d.get("feed") or {}
    feed_title = str(feed.get("title") or "")
    feed_source = outlets.canonical(feed_title) if feed_title else None
    if not feed_source and feed.get("link"):
        feed_source = outlets.from_url(str(feed.get("link")))
    drafts = []
    for i, e in enumerate(entries):
        content = ""
        if e.get("content"):
            content = max((c.get("value", "") for c in e["content"]), key=len)
        summary = str(e.get("summary") or "")
        # content:encoded / atom content is the article; the summary is only a teaser then
        lines = html_fragment_lines(content) if content.strip() else html_fragment_lines(summary) if summary.strip() else []
        draft = Draft(lines, fmt=fmt, entry=i)
        title = " ".join(str(e.get("title") or "").split())
        if title:
            draft.title, draft.title_reason = title, f"{fmt.upper()} entry title"
        for key in ("published", "updated", "created"):
            if e.get(key):
                hit = _date_any(str(e[key]), ref)
                if hit:
                    draft.date, draft.date_basis, draft.published = hit.date, "stated", hit.published
                    draft.date_reason = f"{fmt.upper()} entry {key} '{e[key]}'"
                    break
        src = e.get("source") or {}
        src_title = str(src.get("title") or "") if isinstance(src, dict) else ""
        if src_title:
            draft.source = outlets.canonical(src_title) or src_title
            draft.source_reason = f"{fmt.upper()} entry source '{src_title}'"
        elif feed_source:
            draft.source, draft.source_reason = feed_source, f"feed title/link '{feed_title or feed.get('link')}'"
        draft.url = str(e.get("link") or "") or None
        if not draft.source and draft.url:
            draft.source = outlets.from_url(draft.url)
            if draft.source:
                draft.source_reason = f"domain of the entry link {draft.url}"
        drafts.append(draft)
    return drafts


READERS: dict[str, Callable[[str, str, dt.date, Outlets], list[Draft]]] = {
    "text": read_text, "markdown": read_markdown, "html": read_html, "json": read_json,
    "jsonl": read_jsonl, "feed": read_feed,
}
