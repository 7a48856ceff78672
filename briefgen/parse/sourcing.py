"""Settle an article's ``source`` (who published it) once the lines are classified.

Rules, in order (``settle`` runs after ``build`` has made its own choice from
metadata, bylines, wire datelines, source lines and the URL's domain):

1. Syndicated copy: an agency credited alone under the headline ("AFP",
   "By Reuters", "(AP)", "AFP | Published ...") or in the wire dateline of the
   first paragraph ("BEIRUT (AP) —") makes the AGENCY the source, even on a host
   site with its own masthead, metadata publisher or domain (a Yahoo or France 24
   copy of an AFP story has source AFP). A briefing reader weighs the story by its
   original reporter; the host is kept in the evidence. A mixed credit ("By Jane
   Doe, with AFP", "Jane Doe and agencies") is the host's own story, and once the
   host's reporter or desk is credited under the headline a bare agency name below
   it is a photo credit (only an explicit "By AFP" still counts).
2. Nothing else gave a source: a masthead line at the top of the page (also a
   bilingual one, "Nidaa al-Watan – نداء الوطن", read half by half), else a wire
   dateline in the first paragraphs ("BEIRUT, Sept 17 (Reuters) -", "Tehran, IRNA –").
3. A raw value (URL, domain, logo text) becomes the table's canonical name through
   ``Outlets.canonical``; an unknown URL is cut to its host ("warontherocks.com").
4. The source is never listed among the outlets the article cites (``attributed_to``).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from .attribution import Outlets
from .dates import dateline
from .model import Line

_BY = re.compile(r"^\s*(?:by|from|source|credit)\s*[:：]?\s+", re.IGNORECASE)
_SEP = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+|,\s+")
_LABEL = re.compile(r"^(?:updated|published|posted|last\s+updated|modified|issued\s+on)\b", re.IGNORECASE)
_WITH = re.compile(r"\b(?:with|and|contribut\w*|additional|agencies|wires)\b|&", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,24}/?$", re.IGNORECASE)
_DESK = re.compile(r"\b(?:staff|desk|newsroom|team|editors?)\b", re.IGNORECASE)
_STAFF = re.compile(r"\s+(?:staff|newsroom|news\s*desk|desk|wire)$", re.IGNORECASE)
# "Tehran, IRNA – ...": a place and the agency, then a dash
_PLACE_AGENCY = re.compile(r"^[A-Z][\w’'.\- ]{1,30},\s*(?P<agency>[A-Z][\w.\- ]{1,30}?)\s*[-–—]+\s+(?=\S)")


def _agency(name: str, outlets: Outlets) -> str | None:
    """The agency *name* is, whole (never an agency merely mentioned inside it)."""
    name = " ".join(name.split()).strip(" ()[]—–-.,:;")
    canon = outlets.exact.get(name) or outlets.folded.get(name.casefold()) or outlets.masthead(name)
    return canon if canon and outlets.kinds.get(canon) == "agency" else None


def agency_credit(text: str, outlets: Outlets) -> str | None:
    """The agency when a byline credits an agency alone ("AFP", "By Reuters", "(AP)", "AFP | 5 Dec 2024")
    or an agency's own reporter ("By Joseph Krauss, Associated Press"); never a contribution ("with AP")."""
    t = _BY.sub("", text.strip())
    if _WITH.search(t):
        return None
    names = [p for p in _SEP.split(t) if p.strip() and not re.search(r"\d", p) and not _LABEL.match(p.strip())]
    if not names or len(names) > 2:
        return None
    if len(names) == 2 and (outlets.canonical(names[0]) or _DESK.search(names[0])):
        return None  # "By Jerusalem Post Staff, Reuters": the host's desk with agency copy
    return _agency(_STAFF.sub("", names[-1].strip()), outlets)


def _wire_agency(text: str, outlets: Outlets, ref: dt.date) -> str | None:
    dl = dateline(text, ref)
    if dl and dl.agency:
        return _agency(dl.agency, outlets)
    m = _PLACE_AGENCY.match(text)
    return _agency(m.group("agency"), outlets) if m else None


def _host(value: str) -> str:
    try:
        host = urlsplit(value if "//" in value else f"https://{value}").hostname or value
    except ValueError:
        return value
    return host[4:] if host.startswith("www.") else host


def settle(source: str | None, attributed: list[str], lines: list[Line], outlets: Outlets,
           evidence: dict[str, str], ref: dt.date) -> tuple[str | None, list[str]]:
    """Final (source, attributed_to); *evidence* gets the reason when the source changes."""
    first_body = next((i for i, ln in enumerate(lines) if ln.kind == "body"), len(lines))
    top, bodies = lines[:first_body], [ln for ln in lines if ln.kind == "body"]
    credit, under, host_credited = None, False, False
    for ln in top:
        under = under or ln.kind == "headline"
        if ln.kind != "byline":
            continue
        agency = agency_credit(ln.text, outlets)
        # after the host's own reporter or desk is credited, a bare agency name is a photo credit;
        # only an explicit "By AFP" still credits the agency
        if agency and (not host_credited or re.match(r"\s*by\b", ln.text, re.IGNORECASE)):
            credit = agency, f"agency credit '{ln.text.strip()}' under the headline"
            break
        if under and not agency and not ln.reason.startswith("staff credit"):
            host_credited = True
    if credit is None and bodies and (a := _wire_agency(bodies[0].text, outlets, ref)):
        credit = a, f"wire dateline of the first paragraph naming {a}"
    if credit and credit[0] != source:
        host = f" (copy hosted by {source}: {evidence.get('source', 'metadata')})" if source else ""
        source, evidence["source"] = credit[0], f"{credit[1]}: syndicated agency copy{host}"
    if not source:
        for ln in top:
            name = outlets.masthead(ln.text) or outlets.bilingual(ln.text) or \
                (outlets.from_url(f"https://{ln.text.strip()}") if _DOMAIN.match(ln.text.strip()) else None)
            if name:
                source, evidence["source"] = name, f"masthead line '{ln.text.strip()}' at the top of the page"
                break
    if not source:
        for ln in bodies[1:3]:
            if a := _wire_agency(ln.text, outlets, ref):
                source, evidence["source"] = a, f"wire dateline naming {a} in an early paragraph"
                break
    if source and source not in outlets.kinds:
        canon = outlets.canonical(source)
        if canon:
            source = canon
        elif re.match(r"^(?:https?://|www\.)\S+$|^(?:[a-z0-9-]+\.)+[a-z]{2,24}(?:/\S*)?$", source, re.IGNORECASE):
            source = _host(source)
    cited: list[str] = []
    for name in attributed:
        name = outlets.canonical(name) or name if name not in outlets.kinds else name
        if name != source and name not in cited:
            cited.append(name)
    return source, cited
