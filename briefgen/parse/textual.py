"""Plain text and Markdown readers: text -> ``Draft`` of lines."""

from __future__ import annotations

import datetime as dt
import html
import re

import yaml

from ..models import Article, InputError
from .attribution import Outlets
from .dates import DateHit, parse_date_text, parse_iso
from .lines import is_boilerplate
from .datefind import meta_date_line
from .model import Draft, Line

_TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")
# a page's metadata row, never a wrapped line of prose: "foreignpolicy.com · by A. Writer · 7 min", "nyt.com"
_META_ROW = re.compile(r"^\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?(?:\s|$)|\s[·•|]\s.*\s[·•|]\s")


def _wrapped(block: list[str]) -> bool:
    """A paragraph hard-wrapped at a fixed width (e-mail / terminal copy)."""
    if len(block) < 3:
        return False
    if any(a.strip() == b.strip() for a, b in zip(block, block[1:])) \
            or any(meta_date_line(x) or _META_ROW.search(x) for x in block):
        return False  # a line repeated (title pasted twice) or a "Published: ..." row: page lines, not a paragraph
    body = [len(x) for x in block[:-1]]
    open_ends = sum(1 for x in block[:-1] if not _TERMINAL.search(x))
    if len(body) <= 3 and open_ends < len(body):
        return False  # "Section | Kicker" / "Headline?" / "Standfirst": a short stack, not a wrapped paragraph
    return min(body) >= 40 and max(body) <= 100 and max(body) - min(body) <= 30 and open_ends * 2 >= len(body)


def _vocabulary(text: str) -> frozenset[str]:
    """Lower-cased words and hyphenated compounds written in *text* (to undo line-end hyphenation)."""
    return frozenset(re.findall(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w-])", text.lower()))


def _glue(a: str, b: str, compounds: frozenset[str]) -> str:
    """Join two wrapped lines; a word hyphenated at the line end ("authori-" / "ties") is re-joined, unless the
    document writes that compound with its hyphen elsewhere ("long-" / "range" when "long-range" appears)."""
    if re.search(r"[^\W\d_]-$", a) and re.match(r"[^\W\d_]", b):
        head = re.search(r"([^\W\d_]+)-$", a)
        tail = re.match(r"[^\W\d_]+", b)
        if not b[:1].islower() or not head or not tail:
            return a + b
        if f"{head.group(1)}-{tail.group(0)}".lower() in compounds:
            return a + b  # the document writes the compound with its hyphen
        if head.group(1)[:1].isupper() and head.group(1).lower() in compounds \
                and (head.group(1) + tail.group(0)).lower() not in compounds:
            return a + b  # "Iran-" / "backed": a name written elsewhere in the text keeps its hyphen
        return a[:-1] + b  # "authori-" / "ties", "Nas-" / "rallah", "Recon-" / "struction"
    return a + " " + b


def _join_block(block: list[str], compounds: frozenset[str] = frozenset()) -> list[str]:
    """Re-join lines of one blank-line-separated block that belong to one paragraph."""
    if _wrapped(block):
        out_text = block[0]
        for line in block[1:]:
            out_text = _glue(out_text, line, compounds)
        return [out_text]
    out: list[str] = []
    for line in block:
        if out and not _TERMINAL.search(out[-1]) and re.match(r"[a-z(,;]", line) \
                and not re.match(r"\(?(?:photo|image|credit)", line, re.IGNORECASE) \
                and not re.match(r"(?:by|par|por)\s+[A-Z]|https?://|www\.", line) and not _META_ROW.search(line) \
                and not is_boilerplate(line) and not is_boilerplate(out[-1]) and not meta_date_line(line):
            out[-1] = _glue(out[-1], line, compounds)
        else:
            out.append(line)
    return out


def _gapped(line: str) -> str:
    """"Home  My Network  Jobs  Messaging": menu items separated by wide gaps -> "Home | My Network | Jobs | ..."."""
    items = [x for x in re.split(r"\s{2,}|\t+", line) if x.strip()]
    if len(items) >= 3 and all(len(x.split()) <= 3 and x[:1].isupper() and not _TERMINAL.search(x) for x in items):
        return " | ".join(items)
    return line


def text_lines(text: str) -> list[Line]:
    """Lines of a plain-text article; ``start`` marks a blank line before."""
    lines: list[Line] = []
    block: list[str] = []

    compounds = _vocabulary(text)

    def flush() -> None:
        for i, joined in enumerate(_join_block(block, compounds)):
            lines.append(Line(" ".join(joined.split()), start=(i == 0)))
        block.clear()

    for raw in text.split("\n"):
        if raw.strip():
            block.append(_gapped(raw.strip()))
        else:
            flush()
    flush()
    return lines


def read_text(text: str, name: str, ref: dt.date, outlets: Outlets) -> list[Draft]:
    return [Draft(text_lines(text), fmt="text")]


# ------------------------------------------------------------------ markdown
_FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_IMG = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]*)(?:\s+[\"'](?P<title>[^\"']*)[\"'])?\)\s*$")
_INLINE = [
    # a link target may hold one level of parentheses: [x](javascript:alert(1))
    (re.compile(r"!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)"), r""),
    (re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<[^>\n]{1,200}>"), r""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),
]
_META_TITLE = ("title", "headline")
_META_DATE = ("date", "published", "published_at", "publishedAt", "pubdate", "datePublished")


def _inline(text: str) -> str:
    for rx, rep in _INLINE:
        text = rx.sub(rep, text)
    return " ".join(html.unescape(text).split())


def _given_date(value: object, ref: dt.date) -> DateHit | None:
    if isinstance(value, dt.datetime):
        return DateHit(value.date(), value.isoformat() if (value.hour or value.minute or value.tzinfo) else None,
                       True, str(value))
    if isinstance(value, dt.date):
        return DateHit(value, None, True, value.isoformat())
    if isinstance(value, str) and value.strip():
        return parse_iso(value) or parse_date_text(value, ref)
    return None


def front_matter(text: str, name: str) -> tuple[dict, str]:
    """Split YAML front matter; ({}, text) when there is none. Raises InputError when malformed."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group("yaml"))
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        raise InputError(f"malformed YAML front matter{line}", path=name) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError("front matter is not a mapping of keys to values", path=name)
    return meta, text[m.end():]


def markdown_lines(body: str) -> list[Line]:
    """Markdown -> lines with hints (headings, images, quotes, list items)."""
    out: list[Line] = []
    block: list[str] = []
    in_code = False
    compounds = _vocabulary(body)

    def flush() -> None:
        for i, joined in enumerate(_join_block(block, compounds)):
            text = _inline(joined)
            if text:
                out.append(Line(text, start=(i == 0)))
        block.clear()

    raw = body.split("\n")
    for idx, line in enumerate(raw):
        s = line.strip()
        if s.startswith(("```", "~~~")):
            flush()
            in_code = not in_code
            continue
        nxt = raw[idx + 1].strip() if idx + 1 < len(raw) else ""
        if not s:
            flush()
            continue
        if re.fullmatch(r"(?:=+|-+)", s) and out and not block:
            continue  # setext underline already handled
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", s)
        if m or (nxt and re.fullmatch(r"=+|-+", nxt) and not block and len(s.split()) <= 30):
            flush()
            level = len(m.group(1)) if m else (1 if nxt.startswith("=") else 2)
            text = _inline(m.group(2) if m else s)
            if text:
                out.append(Line(text, hint="headline" if level == 1 else "subhead"))
            continue
        img = _IMG.match(s)
        if img:
            flush()
            caption = _inline(img.group("title") or img.group("alt") or "")
            out.append(Line(caption, hint="figure"))
            continue
        if re.fullmatch(r"(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}", s):
            flush()
            continue
        emph = re.fullmatch(r"([*_])(?!\1)(.+)\1", s)
        if emph and out and out[-1].hint == "figure" and not block:
            out[-1].text = _inline(emph.group(2))  # *caption* under an image
            continue
        q = re.match(r"^>\s?(.*)$", s)
        li = re.match(r"^(?:[-*+]|\d{1,3}[.)])\s+(.*)$", s)
        if q or li:
            flush()
            text = _inline((q or li).group(1))
            if text:
                out.append(Line(text, hint="quote" if q else "item"))
            continue
        block.append(s)
    flush()
    for ln in out:
        if ln.hint == "figure" and not ln.text:
            ln.hint, ln.kind = None, "boilerplate"
    return out


def read_markdown(text: str, name: str, ref: dt.date, outlets: Outlets) -> list[Draft]:
    meta, body = front_matter(text, name)
    draft = Draft(markdown_lines(body), fmt="markdown")
    used: set[str] = set()
    for key in _META_TITLE:
        if isinstance(meta.get(key), (str, int, float)) and str(meta[key]).strip():
            draft.title, draft.title_basis = " ".join(str(meta[key]).split()), "given"
            draft.title_reason = f"front matter '{key}'"
            used.add(key)
            break
    for key in _META_DATE:
        if key in meta:
            hit = _given_date(meta[key], ref)
            used.add(key)
            if hit:
                draft.date, draft.date_basis, draft.published = hit.date, "given", hit.published
                draft.date_reason = f"front matter '{key}'"
                break
    if isinstance(meta.get("published"), str) and draft.published is None and "published" not in used:
        hit = parse_iso(meta["published"])
        draft.published = hit.published if hit else None
    for key in ("source", "outlet", "publisher", "site_name"):
        val = meta.get(key)
        if isinstance(val, dict):
            val = val.get("name")
        if isinstance(val, str) and val.strip():
            draft.source = outlets.canonical(val) or " ".join(val.split())
            draft.source_reason = f"front matter '{key}'"
            used.add(key)
            break
    att = meta.get("attributed_to")
    if isinstance(att, str):
        att = [att]
    if isinstance(att, list):
        draft.attributed_to = [outlets.canonical(str(a)) or str(a) for a in att if str(a).strip()]
        draft.evidence["attributed_to"] = "front matter 'attributed_to'"
        used.add("attributed_to")
    if isinstance(meta.get("url"), str):
        draft.url = meta["url"]
    known = set(Article.KEY_ORDER) | used | {"title_basis", "date_basis", "published", "slug", "body"}
    draft.extra = {str(k): v for k, v in meta.items() if str(k) not in known}
    return [draft]
