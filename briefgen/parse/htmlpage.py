"""HTML pages and fragments -> ``Draft``.

trafilatura finds the article text (XML output keeps headings, lists,
quotes, images); lxml reads the metadata (headline, date, site name) and the
``<figure>/<figcaption>`` captions that trafilatura drops, which are put back
as figures next to the paragraph they preceded.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import lxml.etree as etree
import lxml.html
import trafilatura

from ..models import InputError
from .attribution import Outlets
from .datefind import choose, find_dates, leftover
from .dates import DateHit, parse_date_text, parse_iso
from .lines import norm_key, split_credit
from .model import Draft, Line

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dd", "dt", "td"}
_DROP = ("script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button", "iframe")
_DATE_META = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
              "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
              "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date", "article.published",
              "cxenseparse:recs:publishtime", "publication_date", "original-publish-date")
_SITE_META = ("og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher")


_VISIBLE = "descendant-or-self::text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"


def _text(el) -> str:
    """The text a reader sees in *el* (never the code of a script or style inside it)."""
    return " ".join("".join(el.xpath(_VISIBLE)).split())


def _doc(text: str):
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"malformed HTML ({exc})") from None


def _meta(doc) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in doc.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        val = (m.get("content") or "").strip()
        if key and val and key not in out:
            out[key] = val
    return out


def _jsonld(doc) -> list[dict]:
    found: list[dict] = []

    def walk(obj: object) -> None:
        if isinstance(obj, list):
            for x in obj:
                walk(x)
        elif isinstance(obj, dict):
            found.append(obj)
            if "@graph" in obj:
                walk(obj["@graph"])

    for s in doc.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(s.text or ""))
        except (ValueError, RecursionError):
            continue
    kinds = ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage")
    return [d for d in found if any(k in str(d.get("@type", "")) for k in kinds)]


def _clean_title(title: str, site: str | None, outlets: Outlets) -> str:
    title = " ".join(title.split())
    m = re.match(r"^(?P<head>.+?)\s+[|–—:-]\s+(?P<tail>[^|–—]{2,60})$", title)
    if m:
        tail = m.group("tail").strip()
        if (site and norm_key(tail) == norm_key(site)) or outlets.canonical(tail) or \
                re.search(r"\.(?:com|net|org|co\.\w+|tv|ir|lb)$", tail, re.I) or re.fullmatch(r"[A-Z][\w.]*(?: News)?", tail):
            return m.group("head").strip()
    return title


def _figures(root) -> list[dict]:
    figs = []
    for fig in root.iter("figure"):
        cap_el = next(iter(fig.iter("figcaption")), None)
        if cap_el is None:
            continue
        credit = None
        for el in cap_el.iter():
            cls = (el.get("class") or "").lower()
            if el is not cap_el and (el.tag in ("cite", "small") or re.search(r"credit|copyright|source|byline|author", cls)):
                credit = _text(el) or None
                el.drop_tree()
                break
        caption = _text(cap_el)
        caption, tail_credit = split_credit(caption)
        credit = credit or tail_credit
        if credit:
            credit = re.sub(r"^(?:photo|image|picture)?\s*(?:credit)?\s*:\s*", "", credit.strip(" ()"), flags=re.I).strip() or None
        if not caption:
            continue
        img = next(iter(fig.iter("img")), None)
        nxt = fig.xpath("following::p[1]")
        figs.append({"caption": caption, "credit": credit, "src": img.get("src") if img is not None else None,
                     "anchor": norm_key(_text(nxt[0]))[:60] if nxt else "", "placed": False})
    return figs


def fragment_lines(root) -> list[Line]:
    """Block elements of an lxml tree as lines (fallback / feed content)."""
    for bad in list(root.iter(*_DROP)):
        if bad.getparent() is not None:
            bad.drop_tree()
    for br in list(root.iter("br")):
        br.tail = "\n" + (br.tail or "")
    out: list[Line] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _BLOCKS and not any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el.iterdescendants()):
            if el.tag != "figcaption" and any(a.tag == "figure" for a in el.iterancestors()):
                continue
            hint = "headline" if el.tag == "h1" else "subhead" if el.tag in ("h2", "h3", "h4", "h5", "h6") else \
                "item" if el.tag == "li" else "quote" if el.tag == "blockquote" else "para"
            if el.tag == "figcaption":
                cap, credit = split_credit(_text(el))
                if cap:
                    out.append(Line(cap, hint="figure", credit=credit))
                continue
            for i, part in enumerate("".join(el.itertext()).split("\n")):
                part = " ".join(part.split())
                if part:
                    out.append(Line(part, start=(i == 0), hint=hint))
    if not out:
        for i, part in enumerate("".join(root.itertext()).split("\n")):
            part = " ".join(part.split())
            if part:
                out.append(Line(part, start=True))
    return out


def _from_trafilatura(text: str, figs: list[dict]) -> list[Line] | None:
    try:
        xml = trafilatura.extract(text, output_format="xml", include_images=True, include_tables=False,
                                  include_comments=False, include_links=False, favor_recall=True,
                                  deduplicate=False, with_metadata=False)
    except Exception:  # trafilatura raises assorted errors on hostile input
        return None
    if not xml:
        return None
    try:
        tree = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return None
    main = tree.find("main")
    if main is None:
        return None
    caps = {norm_key(f["caption"]): f for f in figs}
    out: list[Line] = []

    def place(fig: dict) -> None:
        if not fig["placed"]:
            fig["placed"] = True
            out.append(Line(fig["caption"], hint="figure", credit=fig["credit"]))

    for el in main.iter():
        tag = el.tag
        if tag == "graphic":
            src = el.get("src")
            fig = next((f for f in figs if src and f["src"] == src), None)
            if fig:
                place(fig)
            continue
        if tag not in ("head", "p", "item", "quote", "cell"):
            continue
        if tag == "quote" and el.find("p") is not None:
            continue
        if tag == "p" and el.getparent() is not None and el.getparent().tag == "quote":
            tag = "quote"
        raw = "".join(el.itertext()) if el.find("lb") is None else "\n".join(
            [el.text or ""] + [(lb.tail or "") for lb in el.iter("lb")])
        parts = [" ".join(p.split()) for p in raw.split("\n") if p.strip()]
        if not parts:
            continue
        key = norm_key(" ".join(parts))
        hit = caps.get(key) or next((f for k, f in caps.items() if k and key.startswith(k) and len(key) - len(k) < 80), None)
        if hit:
            place(hit)
            continue
        for f in figs:
            if not f["placed"] and f["anchor"] and key.startswith(f["anchor"][:40]):
                place(f)
        hint = {"head": "subhead", "item": "item", "quote": "quote"}.get(tag, "para")
        if tag == "head" and el.get("rend") == "h1":
            hint = "headline"
        for i, part in enumerate(parts):
            out.append(Line(part, start=(i == 0), hint=hint))
    for f in figs:
        if not f["placed"]:
            place(f)
    return out


def _date_value(value: str, ref: dt.date) -> DateHit | None:
    return parse_iso(value) or parse_date_text(value, ref)


_DATE_CLASS = re.compile(r"date|time|posted|publish|dateline|byline|meta|stamp", re.I)
_BYLINE_REST = re.compile(r"^(?:by|par|von|di|por|door)\s+\S", re.I)


def _visible_date(root, h1) -> tuple[DateHit, str] | None:
    """No date in the metadata: the date row a reader sees in the article header (between the headline and
    the first paragraph of story text) or in an element marked as a date ("posted-on", "dateline", <time>)."""
    started = h1 is None
    hits: list[tuple[DateHit, str]] = []
    for el in root.iter():
        if el is h1:
            started = True
            continue
        if not isinstance(el.tag, str) or el.tag in _DROP or any(a.tag in _DROP for a in el.iterancestors()):
            continue
        if h1 is not None and any(a is h1 for a in el.iterancestors()):
            continue
        txt = _text(el)
        if el.tag == "p" and len(txt.split()) >= 20:
            if started:
                break
            continue
        marked = el.tag == "time" or bool(_DATE_CLASS.search(" ".join((el.get("class") or "", el.get("itemprop") or "",
                                                                        el.get("id") or ""))))
        if not (started or marked) or not txt or len(txt.split()) > 20:
            continue
        if any(isinstance(c.tag, str) and _text(c) == txt for c in el):
            continue  # the same text is read at the child
        found, rest = find_dates(txt)
        rest = leftover(rest)
        if found and (not re.search(r"\w", rest) or _BYLINE_REST.match(rest) or marked):
            hits.append((choose(found), txt))
            if not any(h.label == "updated" for h in found):
                break
    if not hits:
        return None
    for hit, txt in hits:
        if hit.label != "updated":
            return hit, txt
    return hits[0]


def _local_date(doc, published: str, day: dt.date, ref: dt.date) -> tuple[dt.date, str] | None:
    """The publisher's own calendar date when the metadata stamp is UTC: a <time> carrying the same instant
    shows "Tue 26 Dec 2023 at 6:41am" for 2023-12-25T19:41Z (one day off: the local date wins)."""
    try:
        instant = dt.datetime.fromisoformat(published)
    except ValueError:
        return None
    for t in doc.xpath("//time[@datetime]"):
        hit = parse_iso(str(t.get("datetime")))
        try:
            same = bool(hit and hit.published and dt.datetime.fromisoformat(hit.published) == instant)
        except (ValueError, TypeError):
            same = False
        txt = " ".join(t.text_content().split())
        if not same or not txt or len(txt) > 80:
            continue
        found, _rest = find_dates(txt)
        if len(found) == 1 and abs((found[0].date - day).days) == 1:
            return found[0].date, txt
        return None
    return None


def read_html(text: str, name: str, ref: dt.date, outlets: Outlets) -> list[Draft]:
    doc = _doc(text)
    meta = _meta(doc)
    ld = _jsonld(doc)
    site = meta.get("og:site_name") or next((str(d["publisher"].get("name")) for d in ld
                                             if isinstance(d.get("publisher"), dict) and d["publisher"].get("name")), None)
    root = (doc.xpath("//article") or doc.xpath("//main") or [doc])[0]
    figs = _figures(root)
    lines = _from_trafilatura(text, figs)
    if not lines:
        body = doc.find("body")
        lines = fragment_lines(body if body is not None else doc)
    draft = Draft(lines, fmt="html")
    # ---- headline
    h1s = root.xpath(".//h1") or doc.xpath("//h1")
    cands = [(_text(h1s[0]) if h1s else "", "<h1>"), (meta.get("og:title", ""), "og:title"),
             (meta.get("twitter:title", ""), "twitter:title"),
             (next((str(d["headline"]) for d in ld if d.get("headline")), ""), "JSON-LD headline"),
             (_text(doc.find(".//title")) if doc.find(".//title") is not None else "", "<title>")]
    for value, how in cands:
        value = _clean_title(value, site, outlets) if value else ""
        if len(value.split()) >= 2:
            draft.title, draft.title_reason = value, f"HTML {how}"
            break
    # ---- date
    values = [(meta[k], f"meta {k}") for k in _DATE_META if k in meta]
    values += [(str(d["datePublished"]), "JSON-LD datePublished") for d in ld if d.get("datePublished")]
    for t in root.xpath(".//time[@datetime]") + doc.xpath("//time[@datetime]"):
        values.append((t.get("datetime"), "<time datetime>"))
    for value, how in values:
        hit = _date_value(value, ref)
        if hit:
            draft.date, draft.date_basis, draft.published = hit.date, "stated", hit.published
            draft.date_reason = f"HTML {how} '{value}'"
            break
    if draft.date is not None and draft.published:
        local = _local_date(doc, draft.published, draft.date, ref)
        if local:
            draft.date, draft.date_reason = local[0], draft.date_reason + f"; local date shown '{local[1]}'"
    if draft.date is None:
        seen = _visible_date(root, h1s[0] if h1s and root in h1s[0].iterancestors() else None)
        if seen and not any(norm_key(ln.text) == norm_key(seen[1]) for ln in lines):  # else the text rules read it
            hit, txt = seen
            draft.date, draft.date_basis, draft.published = hit.date, "stated", hit.published
            draft.date_reason = f"HTML page: date row '{txt}' in the article header"
    # ---- source
    url = meta.get("og:url") or next((lnk.get("href") for lnk in doc.xpath('//link[@rel="canonical"]')), None)
    draft.url = url
    for key in _SITE_META:
        val = meta.get(key) if key != "publisher" else (meta.get(key) or site)
        if val and not val.startswith("@"):
            draft.source = outlets.canonical(val) or " ".join(val.split())
            draft.source_reason = f"HTML meta {key} '{val}'"
            break
    if not draft.source and site:
        draft.source, draft.source_reason = outlets.canonical(site) or site, f"JSON-LD publisher '{site}'"
    return [draft]


def html_fragment_lines(fragment: str) -> list[Line]:
    """Lines of an HTML fragment (feed entry content, JSON body with markup)."""
    try:
        root = lxml.html.fragment_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", fragment), create_parent="div")
    except (etree.ParserError, ValueError):
        return [Line(" ".join(p.split())) for p in re.sub(r"<[^>]+>", " ", fragment).split("\n") if p.strip()]
    return fragment_lines(root)
