"""Assembly: classified lines + metadata -> one ``Article``.

Shared by every format: the readers produce a ``Draft`` (lines with hints,
metadata); this module classifies the lines, picks title, date, source and
attribution with a reason for each, and writes the body with
``briefgen.markup`` only.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import markup
from ..models import Article, InputError, Origin
from . import lines as L
from .attribution import Outlets, attributions
from .sourcing import settle
from .cleanup import drop_revision_marks, memo_subject, rejoin_ocr_words, strip_wire_marker
from .datefind import find_dates, named_date_line
from .dates import MONTH_RE, dateline, dates_in, glued_date_prefix, infer_from_weekday
from .candidates import TEASER
from .chathead import mark_chat_headers
from .urldate import date_in_url, own_url
from .headline import pick as pick_top_headline
from .gluedline import split_glued_dateline
from .model import Draft, Line
from .title import infer_title, split_glued, split_tight

_CONTENT = ("", "body")


def _live(lines: list[Line]) -> list[Line]:
    return [ln for ln in lines if ln.kind not in ("boilerplate", "duplicate")]


def _split_glued_dates(lines: list[Line], ref: dt.date) -> list[Line]:
    """" date 2024-12-07 Lebanon's ..." -> a date line + the paragraph."""
    out: list[Line] = []
    seen_content = 0
    for ln in lines:
        if seen_content < 3 and ln.hint in (None, "para"):
            got = glued_date_prefix(ln.text, ref)
            if got:
                hit, rest = got
                out.append(Line(hit.text, True, None, None, "date", f"date glued to the start of a paragraph: '{hit.text}'", hit))
                ln.text = rest
            seen_content += 1
        out.append(ln)
    return out


def _pick_headline(lines: list[Line], draft: Draft, outlets: Outlets) -> Line | None:
    cands = [ln for ln in lines if ln.kind in _CONTENT]
    if draft.title:
        key = L.norm_key(draft.title)
        for ln in cands[:3]:
            if L.norm_key(ln.text) == key:
                ln.kind, ln.reason = "headline", "repeats the metadata title"
        if cands and cands[0].hint == "headline" and cands[0].kind != "headline":
            cands[0].kind, cands[0].reason = "headline", "headline element under a given title"
            draft.title_reason += f" (the page's own headline '{cands[0].text}' was left out of the body)"
        return None
    hinted = [ln for ln in cands if ln.hint == "headline"]
    if hinted:
        hinted[0].kind, hinted[0].reason = "headline", "headline element"
        return hinted[0]
    if cands and cands[0].hint == "subhead" and len(cands) > 1:
        cands[0].kind, cands[0].reason = "headline", "first heading (no top-level heading in the file)"
        return cands[0]
    if len(cands) < 2 or cands[0].hint in ("para", "item", "quote", "subhead"):
        return None
    return pick_top_headline(lines, outlets) or _newsletter_story(lines)


# a newsletter's opening greeting/contents paragraph ("Good morning. Today: ...", "Welcome to ...")
_GREETING = re.compile(r"^[^\w\s]*\s*(?:good\s+(?:\w+\s+)?(?:morning|afternoon|evening|day)|welcome\s+(?:to|back)|hello|hey|hi|greetings|"
                       r"dear\s+(?:readers?|subscribers?|friends|all|colleagues)|happy\s+\w+day|today\s*:|"
                       r"in\s+(?:today['’]s|this\s+week['’]s|this)\s+(?:edition|issue|newsletter))\b",
                       re.IGNORECASE)


_SIGN_OFF = re.compile(r"^\s*[-–—]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|&|and)\s*[A-Z].*)?$")
_POST_MARKS = re.compile(r"^\s*\(?\d{1,2}\s*/\s*(?:\d{1,2}\)?)?\s+|\s*\U0001F9F5\s*|(?<!\w)[*_~](?=\w)|(?<=\w)[*_~](?!\w)")


def _newsletter_story(lines: list[Line]) -> Line | None:
    """A newsletter opening with a greeting/contents paragraph: its first story's headline (the first short,
    headline-shaped line within the next few paragraphs) is the headline."""
    live = [ln for ln in _live(lines) if ln.kind in _CONTENT and ln.hint in (None, "subhead")]
    if not live or not _GREETING.match(live[0].text.strip()):
        return None
    for ln in live[1:10]:
        if _SIGN_OFF.match(ln.text):
            continue  # "—Jane Doe, John Roe": the writers signing the greeting
        if L.headline_like(ln.text) and 4 <= len(ln.text.split()) <= 20:
            ln.kind, ln.reason = "headline", "first story headline under a newsletter's greeting/contents paragraph"
            return ln
    return None


def _mark_structure(lines: list[Line], headline: Line | None) -> None:
    """Standfirst, subheads and body for what is left."""
    live = _live(lines)
    seen_body = False
    for i, ln in enumerate(live):
        if ln.kind not in _CONTENT:
            continue
        nxt = next((x for x in live[i + 1:] if x.kind not in ("date", "source")), None)
        if ln.hint == "subhead" or (ln.hint is None and seen_body and L.subhead_like(ln.text)
                                    and nxt is not None and nxt.kind in _CONTENT
                                    and not L.subhead_like(nxt.text)):
            ln.kind, ln.reason = "subhead", "short standalone line between paragraphs"
            continue
        if not seen_body and headline is not None and ln.hint is None and L.ends_sentence(ln.text) \
                and len(ln.text.split()) <= 60 and nxt is not None and nxt.kind in ("date", "byline", "caption"):
            ln.kind, ln.reason = "standfirst", "sentence under the headline, before date/byline/photo"
            seen_body = True
            continue
        ln.kind = "body"
        seen_body = True


# "[30/10/2024, 14:06:55] Rana Kh.: is this real??" (WhatsApp export) / "[10/30/24 2:05 PM] Name:"
_CHAT_STAMP = re.compile(r"^\[(?P<stamp>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)\]"
                         r"\s*[^:\[\]]{1,40}:")
# "Department Press Briefing – October 8, 2024", "Iran Update, December 4, 2024": a title closed by its date
_TITLE_DATE = re.compile(r"^(?P<head>.{6,}?)\s*(?:[,:|–—-]\s*)(?P<date>(?:" + MONTH_RE + r")\.?\s+\d{1,2},?\s+\d{4}|"
                         r"\d{1,2}\s+(?:" + MONTH_RE + r")\.?,?\s+\d{4})\s*$", re.IGNORECASE)


def _title_date(title: str | None):
    """The date closing a title line (a dated transcript / update / report), else None."""
    m = _TITLE_DATE.match((title or "").strip())
    if not m or len(m.group("head").split()) > 12:
        return None
    hits = find_dates(m.group("date"))[0]
    return hits[0] if hits else None


def _date(draft: Draft, live: list[Line], first_body: Line | None, ref: dt.date,
          evidence: dict[str, str], captions: list[Line], body_text: str, title: str | None = None,
          teasers: list[Line] | None = None, live_all: list[Line] | None = None):
    """(date, basis, published)."""
    if draft.date is not None:
        evidence["date"] = draft.date_reason or "metadata"
        return draft.date, draft.date_basis, draft.published
    # a byline's own date ("ISTANBUL Mar 31, 2024 11:55 pm" under "by ...") ranks with unlabelled date lines,
    # so it beats a later "Last Update:" row or a related-article date further down
    dated = [ln for ln in live if ln.kind in ("date", "byline") and ln.date and ln.date.has_year]
    dated += [ln for ln in live if ln.kind == "date" and ln.date and not ln.date.has_year]

    def rank(ln: Line) -> int:
        """"Originally/First published" (the story's own date; "Posted" may be a re-post) beats "Published"/"Posted",
        which beats an unlabelled date, which beats "Updated ..." ."""
        label = ln.date.label.lower()
        if label.startswith(("first published", "originally published")) or \
                re.match(r"^(?:first|originally)\s+published", ln.text.strip(), re.I):
            return 0
        if label.startswith(("published", "posted", "issued")):
            return 1
        return 3 if label.startswith(("updated", "last", "modified", "edited")) else 2

    for ln in sorted(dated, key=rank)[:1]:
        h = ln.date
        basis = "stated" if h.has_year else "inferred"
        evidence["date"] = (ln.reason if ln.kind == "date" else f"date in the {ln.reason}") + \
            ("" if h.has_year else f"; year assumed from reference date {ref}")
        return h.date, basis, h.published
    for ln in live:
        if ln.kind == "byline" and ln.date:
            evidence["date"] = f"date in the {ln.reason}"
            return ln.date.date, "stated" if ln.date.has_year else "inferred", ln.date.published
    if first_body is not None:
        dl = dateline(first_body.text, ref)
        if dl and dl.date:
            evidence["date"] = f"dateline '{dl.text}'" + ("" if dl.date.has_year else f"; year assumed from reference date {ref}")
            return dl.date.date, "stated" if dl.date.has_year else "inferred", dl.date.published
    for ln in teasers or []:  # the listing excerpt above the headline opens with the story's dateline
        dl = dateline(ln.text, ref)
        if dl and dl.date and dl.date.has_year:
            evidence["date"] = f"dateline '{dl.text}' of the teaser excerpt above the headline"
            return dl.date.date, "stated", dl.date.published
    got_title = _title_date(title)
    if got_title is not None:
        evidence["date"] = f"no date line; the title ends with its date ('{got_title.text}': a dated transcript/update/report)"
        return got_title.date, "stated", got_title.published
    for ln in [x for x in live if x.kind in ("body", "standfirst")][:3]:
        hit = named_date_line(ln.text, series=True) if ln.text.strip() != (title or "").strip() else None
        if hit and len(ln.text.split()) <= 12:  # a series/publication name and its date under the headline
            ln.kind, ln.reason = "date", f"publication name and date '{ln.text.strip()}'"
            evidence["date"] = f"dated publication line '{ln.text.strip()}' at the top of the story"
            return hit.date, "stated", hit.published
    for ln in live:
        m = _CHAT_STAMP.match(ln.text.strip())
        hits = find_dates(m.group("stamp"))[0] if m else []
        if hits:
            evidence["date"] = f"no date line; first chat message timestamp '{m.group(0).strip()}'"
            return hits[0].date, "stated", hits[0].published
    url = own_url(draft.url, live_all or live)
    day = date_in_url(url)
    if day is not None:
        evidence["date"] = f"no date line; the article's URL path carries the date ({url})"
        return day, "stated", None
    cap_dates = sorted(d for ln in captions for d in dates_in(ln.text))
    if cap_dates:
        got = infer_from_weekday(body_text, cap_dates[-1])
        if got:
            day, phrase = got
            evidence["date"] = (f"no date line; latest dated photo caption is {cap_dates[-1].isoformat()} and the text "
                                f"says '{phrase}': the first {day.strftime('%A')} on or after it")
            return day, "inferred", None
    evidence["date"] = "no date line, dateline, byline date or metadata; dates inside the story are not publication dates"
    return None, "unknown", None


def assemble(draft: Draft, origin: Origin, ref: dt.date, outlets: Outlets) -> Article:
    """Classify *draft*'s lines and build the Article."""
    evidence = dict(draft.evidence)
    lines = _split_glued_dates([ln for ln in draft.lines if ln.text.strip() or ln.hint == "figure"], ref)
    lines = split_glued_dateline(lines)
    drop_revision_marks(lines)
    memo_subject(lines)
    rejoin_ocr_words(lines)
    mark_chat_headers(lines)
    L.mark_basic(lines, outlets, ref)
    L.attach_credits(lines, outlets)
    if draft.title:
        key = L.norm_key(draft.title)
        for ln in lines:
            if ln.kind in _CONTENT and L.norm_key(ln.text) == key:
                ln.kind, ln.reason = "duplicate", "repeats the title"
    L.mark_duplicates(lines)
    headline = _pick_headline(lines, draft, outlets)
    _mark_structure(lines, headline)
    live = _live(lines)
    bodies = [ln for ln in live if ln.kind in ("body", "standfirst")]
    title, title_basis = draft.title, draft.title_basis
    if draft.title:
        title = strip_wire_marker(draft.title)
        evidence["title"] = draft.title_reason or "metadata"
    elif headline is not None:
        title, title_basis = strip_wire_marker(headline.text.strip()), "stated"
        evidence["title"] = f"headline line: {headline.reason}"
        glued = split_tight(headline.text, "\n".join(x.text for x in lines)) if headline.hint is None else None
        if glued and len(glued[0].split()) >= 6:  # "... for coastal NorwegiansOfficials say ...": headline + deck
            evidence["title"] = f"headline line ({headline.reason}) glued to its standfirst, split at the lost line break"
            title, headline.text, headline.kind = strip_wire_marker(glued[0]), glued[1], "standfirst"
            headline.reason = "standfirst glued to the headline (split off)"
        after = bodies[0] if not glued and bodies and headline in live and live.index(bodies[0]) > live.index(headline) \
            else None
        tight = split_tight(after.text) if after is not None and after.hint is None and headline.hint is None else None
        if tight and len(tight[0].split()) > len(headline.text.split()):
            title, after.text = tight
            headline.kind, headline.reason = "boilerplate", "kicker above the headline glued to the first paragraph"
            evidence["title"] = "headline glued to the first paragraph (no space before the lead's first word)"
    elif bodies:
        doc = "\n".join(x.text for x in bodies)
        got = (split_tight(bodies[0].text, doc) or split_glued(bodies[0].text)) if bodies[0].hint is None else None
        if got:
            title, bodies[0].text = got
            title_basis = "stated"
            evidence["title"] = "headline glued to the first paragraph, split at the sentence start"
    if not bodies:
        raise InputError("no article text left after cleaning", path=origin.file)
    first = bodies[0]
    dl = dateline(first.text, ref)
    if not title:
        lead = first.text[len(dl.text):].strip() if dl else first.text
        lead = _POST_MARKS.sub(" ", lead).strip(" *_~")  # "1/ ... 🧵", "*URGENT – ...*": thread/chat marks go
        lead = strip_wire_marker(re.sub(r"^[^\w\s\"“‘'(\[]+\s*", "", lead))  # "⚡️ BREAKING: ..." -> the news itself
        title, title_basis = infer_title(lead) or first.text[:80], "inferred"
        evidence["title"] = "no headline line; main clause of the lead sentence"
    captions = [ln for ln in lines if ln.kind in ("caption", "duplicate") and (ln.credit or ln.kind == "caption")]
    body_text = "\n".join(ln.text for ln in bodies)
    teasers = [ln for ln in lines if ln.kind == "boilerplate" and ln.reason == TEASER]
    date, date_basis, published = _date(draft, live, first, ref, evidence, [c for c in captions if c.kind == "caption"], body_text,
                                       title, teasers, lines)
    source = draft.source
    if source:
        evidence["source"] = draft.source_reason or "metadata"
    else:
        for ln in live:
            if ln.kind == "byline" and ln.outlet:
                source, evidence["source"] = ln.outlet, ln.reason
                break
        if not source and dl and dl.agency:
            source = outlets.canonical(dl.agency)
            if source:
                evidence["source"] = f"wire dateline '{dl.text}'"
        if not source:
            for ln in live:
                if ln.kind == "source" and ln.outlet and not ln.reason.startswith("with"):
                    source, evidence["source"] = ln.outlet, ln.reason
                    break
        if not source and draft.url:
            source = outlets.from_url(draft.url)
            if source:
                evidence["source"] = f"domain of the article URL {draft.url}"
    if date is None and source:  # the publisher's own stamp: "Source: BBC Monitoring 30 Nov 24"
        for ln in reversed(live):
            if ln.kind == "source" and ln.date and ln.outlet == source:
                date, date_basis, published = ln.date.date, "stated", ln.date.published
                evidence["date"] = f"date in the publisher's own {ln.reason}"
                break
    scan = [ln.text for ln in bodies]
    if dl:  # the wire dateline names the publisher, not a cited source
        scan[0] = first.text[len(dl.text):]
    cited, reasons = attributions(scan, outlets)
    attributed = list(draft.attributed_to)
    for ln in live:
        if ln.kind == "source" and (ln.reason.startswith("with") or not ln.outlet or ln.outlet != source):
            for _s, _e, name in outlets.find(ln.text):
                if name not in attributed and name != source:
                    attributed.append(name)
                    reasons.append(f"{name}: {ln.reason}")
    for name in cited:  # "told Rudaw" in a Rudaw article is the outlet's own reporting, not a citation
        if name not in attributed and name != source:
            attributed.append(name)
    if reasons:
        evidence["attributed_to"] = "; ".join(reasons)
    blocks = []
    for ln in live:
        if ln.kind in ("body", "standfirst"):
            blocks.append(markup.paragraph(ln.text))
        elif ln.kind == "subhead":
            blocks.append(markup.subhead(ln.text))
        elif ln.kind == "caption":
            blocks.append(markup.figure(ln.text, ln.credit))
    dropped: dict[str, int] = {}
    for ln in lines:
        if ln.kind in ("boilerplate", "duplicate", "date", "byline", "source", "headline"):
            dropped[ln.kind] = dropped.get(ln.kind, 0) + 1
    if dropped:
        evidence["body"] = "left out of the body: " + ", ".join(f"{v} {k}" for k, v in sorted(dropped.items()))
    source, attributed = settle(source, attributed, lines, outlets, evidence, ref)  # sourcing.py (attribution helper)
    return Article(
        title=" ".join(str(title).split()), body=markup.join_blocks(blocks), origin=origin,
        title_basis=title_basis, date=date, date_basis=date_basis, published=published,
        source=source, attributed_to=attributed, evidence=evidence, extra=dict(draft.extra),
    )
