"""Line classification: what each line of a copied article is.

Kinds: headline, standfirst, date (line), byline, caption, credit, subhead,
body, boilerplate, duplicate, source (copyright / "Source:" lines).
Each pass is a small rule with a reason kept on the line, so the assembler
can record why a field was inferred.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from .attribution import Outlets
from .datefind import choose, find_dates, leftover, meta_date_line, named_date_line, series_date_line, trailing_date
from .dates import date_line, parse_date_text, strip_zone
from .datealt import other_date_line
from .jalali import solar_date_line
from .model import Line

_BOILER = [re.compile(p, re.IGNORECASE) for p in (
    r"share (?:your opinion|this(?: article| story| post| page)?|on \w+|via \w+)\b.{0,40}",
    r"(?:share|tweet|email|print|copy link|link copied|copied|save|bookmark|comments?|reply|like)",
    r"(?:read|see|watch|listen)(?: more| also| next| the full story| now)\b.{0,140}",
    r"(?:also read|related(?: articles?| stories| content| coverage| posts?)?|recommended(?: for you)?|"
    r"more (?:from|on|stories|news)\b.{0,60}|most (?:read|popular|viewed)|trending(?: now)?|top stories|"
    r"you (?:may|might) (?:also )?like|editor'?s picks?|latest (?:news|stories))\s*:?.{0,140}",
    r"\d+\s*(?:-\s*)?(?:min(?:ute)?s?)\.?\s*read",
    r"(?:sign up|subscribe|register)\b.{0,80}",
    r".{0,60}\bnewsletters?\b.{0,60}",
    r"(?:leave|post|add|submit|write) (?:a |your )?(?:comment|reply|response)s?.{0,20}",
    r"your email address will not be published.{0,80}",
    r"required fields are marked.{0,10}",
    r"save my name,? email,? and website.{0,80}",
    r"(?:name|email|website|comment)\s*\*?",
    r"\d+\s+comments?|comments?\s*\(\d+\)|view comments|show comments|join the (?:conversation|discussion).{0,40}",
    r"follow (?:us|[\w .'’-]{2,40}?) on (?:twitter|x|facebook|instagram|telegram|google news|whatsapp|"
    r"youtube|tiktok|linkedin|threads|bluesky)\b.{0,60}",
    r"(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|scroll to continue.{0,30}|"
    r"continue reading.{0,40}|story continues below.{0,30}|article continues (?:after|below).{0,30})",
    r"(?:click|tap) here\b.{0,80}",
    r"(?:listen to|play) (?:this )?(?:article|story)\b.{0,20}",
    r"(?:download|get) (?:the|our) app\b.{0,60}|open in app",
    r"skip to (?:main |the )?(?:content|navigation|site index|search|footer|main menu|article)|toggle navigation|"
    r"(?:main )?menu|home|(?:the [\w ]{2,30} [-–—|] )?back to (?:the )?home ?page|search|loading\.*|back to top|(?:sign|log) (?:in|out)|my account|e-?paper",
    r"(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings)).{0,120}",
    r"(?:tags?|topics?|filed under|categories|category)\s*:.{0,200}",
    r"(?:reporting|additional reporting|writing|editing|compiled) by\b.{0,160}",
    r"(?:image|photo|video) (?:gallery|\d+ of \d+)|enlarge|expand|fullscreen",
    r"(?:watch|video|listen|live|breaking|exclusive)\s*:?\s*",
    r"(?:all rights reserved|terms of (?:use|service)|privacy policy).{0,80}",
    r"(?:https?://|www\.)\S+",
    r"(?:have|got) a (?:news )?tip\b.{0,80}|send us a tip.{0,40}",
    r"(?:support|donate to) (?:our|independent) journalism.{0,80}",
    r"this (?:article|story|report) (?:was|has been) (?:updated|corrected|translated).{0,160}",
    # e-mail newsletter furniture and a social post's counters ("98.2K Views", "310 Reposts 22 Quotes 1,540 Likes")
    r"(?:view (?:this email )?in (?:your )?browser|unsubscribe|manage (?:your )?(?:preferences|subscription)|"
    r"(?:forward|share) this (?:email|newsletter)\b|not subscribed\b|(?:thanks|thank you) for reading\b).{0,120}",
    r"(?:👁\S*\s*[\d.,]+\s*[KkMm]?|(?:[\d.,]+\s*[KkMm]?\s+(?:views|reposts|retweets|likes|quotes|bookmarks|shares|"
    r"comments|replies|reactions)\s*)+)",
)]
_CREDIT_WORDS = (r"(?:AFP|REUTERS|Reuters|AP(?: Photo)?|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?|"
                 r"Xinhua|IDF(?: Spokesperson'?s? Unit)?|Shutterstock|Wikimedia Commons|Flash90|"
                 r"Handout|SANA|ANADOLU|GETTY IMAGES|ZUMA Press|Sipa|AAP|dpa|Bloomberg)")
_CREDIT_PAREN = re.compile(
    r"\((?P<credit>(?:photo|image|picture|video|foto)?\s*(?:credits?|courtesy|source)\s*:\s*[^()]{1,120}|"
    r"(?:photo|image|picture|file photo|illustration)\s*:\s*[^()]{1,120}|"
    r"(?:[\w.'’\- ]{1,40}/)?" + _CREDIT_WORDS + r"(?:/[\w.'’\- ]{1,60})?(?: via Getty Images)?)\)\s*$",
    re.IGNORECASE,
)
_CREDIT_BARE_TAIL = re.compile(
    r"(?<=[.!?”\"’])\s+(?P<credit>(?:[A-Z][\w.'’\- ]{1,40}/)?" + _CREDIT_WORDS +
    r"(?:/[A-Z][\w.'’\- ]{1,60})?(?: via Getty Images)?)\s*$"
)
# "Emergency workers at the site ... October 14, 2024. © 2024 Private": a caption closed by its © credit
_CREDIT_COPYRIGHT_TAIL = re.compile(r"(?<=[.!?”\"’)\w])\s+(?P<credit>(?:©|\(c\)|photo\s*©)\s*(?:\d{4}\s*)?[^©.!?]{1,60})$",
                                    re.IGNORECASE)
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:(?:photo|image|picture|video)\s*)?(?:credits?|courtesy)\s*:\s*(?P<a>.{1,120}?)\s*\)?$|"
    r"^\(?\s*(?:photo|image|picture|file photo|illustration|photograph)\s*:\s*(?P<b>.{1,80}?)\s*\)?$|"
    r"^\(?(?P<c>(?:[\w.'’\- ]{1,40}/)?" + _CREDIT_WORDS + r"(?:/[\w.'’\- ]{1,60})?(?: via Getty Images)?)\)?$|"
    r"^\(?(?P<d>[\w.'’\- ]{1,40} (?:via|for) Getty Images)\)?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:[\w.'’]{2,12}\s*/\s*)?(?:(?:analysis|opinion|commentary|interview|review|photos?|video|"
                     r"text|words|story)\s+)?(?:by|par|por|written by|reported by|words by|story by|posted by|published by)[:\s]\s*(?P<rest>.+)$",
                     re.IGNORECASE)
_STAFF = re.compile(r"^(?P<name>[A-Z][\w.'’&\- ]{1,40}?)\s+(?:newsroom|newsdesk|news desk|desk|staff|staff writers?|"
                    r"editorial(?: team| board)?|news team|web desk|digital desk)$", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<name>.*?)"
    r"\s*(?:[.,]?\s*all rights reserved\.?)?$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\(?\s*(?:sources?|via|from)\s*:\s*(?P<name>.{2,80}?)\s*\)?\.?$", re.IGNORECASE)
_WITH_LINE = re.compile(
    r"^\(?\s*(?:[-–—]\s*)?(?:with|additional)\s+(?:inputs?|reporting|files?|agencies|wires)?\s*"
    r"(?:from|by)?\s*(?P<name>[^()]{2,80}?)\s*\)?\.?$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?;:,…][\"”’')\]]*$|[\"”’]$")
_DOC_TITLE = re.compile(r"\b(?:Update|Report|Briefing|Brief|Bulletin|Statement|Digest|Assessment|Summary|Roundup|"
                        r"Review|Edition|Issue|Sitrep|Situation|Flash|Overview|Outlook|Factsheet|Dashboard)\b(?!\s*:)")
_ACCESS = re.compile(r"(?:paid|free|premium)(?:\s+(?:subscribers?|members?|post|article|edition))?(?:\s+only)?|"
                     r"(?:subscribers?|members?)\s+only|\d+\s*min(?:ute)?s?\s*read|"
                     # page widgets in a byline row: "4 comments", "Translations: [Arabic]", "Comments (3)"
                     r"\d[\d.,]*\s*[KkMm]?\s+(?:comments?|replies|shares|likes|views|reactions)|comments?\s*\(\d+\)|"
                     r"(?:translations?|also (?:available )?in|read (?:this )?in)\s*:.{0,60}", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’\-]*|al-\w+|el-\w+|bin|ibn|de|da|van|von|and|&|,|\|)$")


def norm_key(text: str) -> str:
    """Comparison key: lowercase words only."""
    return " ".join(re.findall(r"\w+", text.lower()))


_SITE_SENTENCE = re.compile(r"\b(?:browsers?|javascript|css|cookies?|compatibility mode|ad[ -]?blockers?)\b|"
                            r"^thank(?:s| you) for visiting\b", re.IGNORECASE)


def _site_notice(t: str) -> bool:
    """A paragraph about the reader's browser / cookies only ("Thank you for visiting nature.com. You are using
    a browser version with limited support for CSS. ... without styles and JavaScript.")."""
    sents = re.split(r"(?<=[.!?])\s+", t)
    return len(t) <= 700 and len(sents) >= 2 and all(_SITE_SENTENCE.search(x) for x in sents) and \
        any(re.search(r"browser|javascript|cookie", x, re.I) for x in sents)


def is_boilerplate(text: str) -> bool:
    t = text.strip(" \t-–—•·|>»«*#")
    return bool(t) and ((len(t) <= 220 and any(rx.fullmatch(t) for rx in _BOILER)) or _site_notice(t))


def split_credit(text: str) -> tuple[str, str | None]:
    """Caption text with a trailing "(photo credit: X)" / "REUTERS/Name" -> (caption, credit)."""
    m = _CREDIT_PAREN.search(text)
    if m and m.start() > 0:
        credit = re.sub(r"^(?:(?:photo|image|picture|video|foto)?\s*(?:credits?|courtesy|source)|photo|image|picture|"
                        r"file photo|illustration)\s*:\s*", "",
                        m.group("credit").strip(), flags=re.IGNORECASE)
        return text[: m.start()].strip(), credit.strip(" ()") or None
    m = _CREDIT_BARE_TAIL.search(text) or _CREDIT_COPYRIGHT_TAIL.search(text)
    if m and len(text[: m.start()].split()) >= 3:
        return text[: m.start()].strip(), m.group("credit").strip()
    return text, None


def credit_only(text: str) -> str | None:
    """The credit when the whole line is a photo credit, else None."""
    t = text.strip()
    if len(t) > 130:
        return None
    m = _CREDIT_LINE.match(t)
    if not m:
        return None
    got = next(g for g in m.groups() if g)
    if m.group("b") and len(got.split()) > 8:
        return None
    return got.strip(" ()")


def byline(text: str, outlets: Outlets, ref: dt.date, order: str = "DMY") -> tuple[str | None, object] | None:
    """A byline: (outlet or None, DateHit or None); None when *text* is not a byline.

    Dates written inside the byline ("by Naharnet Newsdesk 19 November 2024, 13:05",
    "Ahmet Gencturk |24.12.2024 - Update : 24.12.2024") are found first; what is left
    must read as names.
    """
    got = _byline(text, outlets, ref, None)
    if got is not None and got[1] is not None:
        return got
    hits, rest = find_dates(text, order)
    if hits and not _BYLINE.match(text.strip()) and (_DOC_TITLE.search(rest) or _DOC_TITLE.search(rest.title())):
        return None  # "Iran Update, October 3, 2024": a dated report title, not a name
    if hits:  # a comment/share count closing the row ("Stephen Clark – Oct 13, 2024 2:25 pm | 247") is no name
        names = leftover(re.sub(r"\s*[|·•]\s*\d{1,7}(?:\s*(?:comments?|replies|shares|views))?\s*$", "", rest, flags=re.I))
        if names and len(names.split()) <= 12:
            with_date = _byline(names, outlets, ref, choose(hits))
            if with_date is not None:
                return with_date
    staff = _STAFF.match(text.strip())
    if got is None and staff and all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in staff.group("name").split()):
        found = outlets.find(text)
        return (found[-1][2] if found else None), None
    return got


def _byline(text: str, outlets: Outlets, ref: dt.date, given: object) -> tuple[str | None, object] | None:
    m = _BYLINE.match(text.strip())
    body = m.group("rest") if m else text.strip()
    parts = [p.strip() for p in re.split(r"\s*[|•·]\s*|\s+[-–—]\s+|,\s*(?=(?:updated|published|posted)\b)",
                                         body, flags=re.IGNORECASE) if p.strip()]
    merged: list[str] = []
    for part in parts:  # "10:11 am - Jerusalem Time": the zone belongs to the time before it
        rest, tz, _label = strip_zone(part)
        if merged and tz is not None and not rest.strip(" -–—()"):
            merged[-1] = f"{merged[-1]} - {part}"
        else:
            merged.append(part)
    # e-mail addresses / links in a byline row ("By X | date | x@outlet.org") are not names
    parts = [p for p in merged if not re.fullmatch(r"\S+@\S+\.\w+|(?:https?://|www\.)\S+", p)]
    # access labels in a newsletter byline row ("By X · Feb 3, 2025 · Paid subscribers")
    parts = [p for p in parts if not _ACCESS.fullmatch(p)] if len(parts) > 1 else parts
    if len(parts) < len(merged) and not parts:
        return None
    date = given
    names: list[str] = []
    for part in parts:
        hit = parse_date_text(part, ref)
        if hit:
            date = date or hit
            continue
        names.append(part)
    name_text = " ".join(names)
    if not m and (_DOC_TITLE.search(name_text) or (name_text.isupper() and _DOC_TITLE.search(name_text.title()))):
        return None  # "Iran Update, October 3, 2024": a dated report title, not a name
    found = outlets.find(name_text)
    words = [w for w in re.findall(r"[\w.'’\-&|]+|,", name_text)]
    if not words or len(words) > 16:
        return None
    if not all(_NAME_WORD.match(w) or w.lower() in {"for", "in", "at", "with", "staff", "writer", "correspondent",
                                                     "reporter", "editor", "the", "of", "news", "desk"}
               for w in words):
        return None
    if not m and not found and not date:
        return None
    if not m and not date and (len(words) > 8 or not re.search(r"[|,•·]|\s[-–—]\s", body)):
        return None
    outlet = found[-1][2] if found else None
    return outlet, date


def source_line(text: str, outlets: Outlets) -> tuple[str | None, str] | None:
    """Copyright / "Source: X" / "With AFP" lines -> (outlet or None, how)."""
    t = text.strip()
    for rx, how in ((_COPYRIGHT, "copyright"), (_SOURCE_LINE, "source"), (_WITH_LINE, "with")):
        m = rx.match(t)
        if not m:
            continue
        name = m.group("name").strip(" .,;:")
        if how == "with" and ((not outlets.find(name) and "agenc" not in name.lower()) or len(name.split()) > 6):
            continue
        if how == "source" and not outlets.find(name) and len(name.split()) > 6 and \
                sum(w[:1].islower() for w in name.split()) >= 3:
            return None  # "Sources: Iraqi factions halt operations ...": a headline opened by its attribution
        if how == "copyright" and not name:
            return None, how
        canon = outlets.canonical(name)
        if how == "copyright" and not canon:
            canon = re.sub(r"\s+(?:Media Network|Ltd\.?|Inc\.?|LLC|Limited|Group|Corporation)$", "", name) or None
        return canon, how
    return None


def date_order(lines: list[Line], outlets: Outlets) -> str:
    """"MDY" when the page's masthead (first lines) is an outlet that writes month-first dates."""
    for ln in [x for x in lines if x.text.strip()][:6]:
        name = outlets.masthead(ln.text)
        if name:
            return outlets.date_order.get(name, "DMY")
    return "DMY"


def mark_basic(lines: list[Line], outlets: Outlets, ref: dt.date) -> None:
    """First pass: boilerplate, date lines, bylines, credits, captions, source lines."""
    order = date_order(lines, outlets)
    for ln in lines:
        if ln.kind or ln.hint in ("figure", "headline"):
            if ln.hint == "figure" and not ln.kind:
                ln.kind = "caption"
                if not ln.credit:
                    ln.text, ln.credit = split_credit(ln.text)
            continue
        t = ln.text.strip()
        words = len(t.split())
        if is_boilerplate(t):
            ln.kind, ln.reason = "boilerplate", "boilerplate phrase"
            continue
        hit = (date_line(t, ref) if words <= 16 else None) or meta_date_line(t, order) or other_date_line(t, ref)
        if hit:
            ln.kind, ln.date, ln.reason = "date", hit, f"date line '{t}'"
            continue
        hit = series_date_line(t, order) if words <= 14 else None
        if hit:
            ln.kind, ln.date, ln.reason = "date", hit, f"dated series/issue line '{t}'"
            continue
        hit = solar_date_line(t) if words <= 10 else None
        if hit:
            ln.kind, ln.date, ln.reason = "date", hit, f"Solar Hijri date line '{t}' (converted to {hit.date.isoformat()})"
            continue
        if words <= 20:
            got = source_line(t, outlets)
            if got:
                ln.kind, ln.outlet, ln.reason = "source", got[0], f"{got[1]} line '{t}'"
                if got[1] in ("source", "copyright"):
                    ln.date = trailing_date(t, order)
                continue
        if words <= 24:
            by = byline(t, outlets, ref, order)
            if by:
                ln.kind, ln.outlet, ln.date, ln.reason = "byline", by[0], by[1], f"byline '{t}'"
                continue
        hit = named_date_line(t, order) if words <= 12 else None
        if hit:
            ln.kind, ln.date, ln.reason = "date", hit, f"date line with a place or outlet name '{t}'"
            continue
        cred = credit_only(t)
        if cred:
            ln.kind, ln.credit, ln.reason = "credit", cred, "photo credit line"
            continue
        cap, credit = split_credit(t)
        if credit and ln.hint not in ("subhead",):
            ln.kind, ln.text, ln.credit, ln.reason = "caption", cap, credit, "caption with photo credit"


def attach_credits(lines: list[Line], outlets: Outlets | None = None) -> None:
    """A credit line makes the line before it a caption (once); spare credits are dropped.

    A bare outlet name ("Bloomberg") under a line that does not end a sentence is the
    publisher under a headline (Apple News, aggregators), not a photo credit.
    """
    prev: Line | None = None
    for ln in lines:
        bare = outlets.masthead(ln.text) if outlets is not None and ln.kind == "credit" else None
        if bare and (prev is None or not ends_sentence(prev.text)):
            ln.kind, ln.outlet, ln.reason = "byline", bare, f"outlet name line '{ln.text.strip()}' under the headline"
            prev = ln
            continue
        if ln.kind == "credit":
            if prev is not None and prev.kind in ("caption", "") and prev.hint not in ("headline", "subhead") \
                    and len(prev.text.split()) <= 80 and prev.credit is None:
                prev.kind, prev.credit, prev.reason = "caption", ln.credit, "line followed by a photo credit"
                ln.kind, ln.reason = "boilerplate", "credit attached to caption above"
            else:
                ln.kind, ln.reason = "boilerplate", "photo credit (no caption)"
        if ln.kind not in ("boilerplate",):
            prev = ln


def mark_duplicates(lines: list[Line]) -> None:
    """Exact or near-exact repeats of an earlier line (captions pasted twice, closing title)."""
    seen: list[tuple[str, frozenset[str], Line]] = []
    exact: dict[str, Line] = {}
    for ln in lines:
        if ln.kind in ("boilerplate", "date", "source", "byline"):
            continue
        key = norm_key(ln.text)
        if not key:
            ln.kind, ln.reason = "boilerplate", "no words"
            continue
        first = exact.get(key)
        words = frozenset(key.split())
        if first is None and len(key) >= 30:
            # repeats sit next to each other (captions) or echo the top (closing title)
            window = seen[:5] + seen[max(5, len(seen) - 12):]
            for k, kw, other in window:
                # cheap filters first: similar length and >= 80% shared words
                if abs(len(k) - len(key)) > 0.1 * len(key) + 3 or len(kw & words) < 0.8 * len(kw | words):
                    continue
                if difflib.SequenceMatcher(None, k, key, autojunk=False).ratio() >= 0.92:
                    first = other
                    break
        if first is not None:
            if ln.credit and first.kind == "caption" and not first.credit:
                first.credit = ln.credit
            if ln.credit and first.kind in ("", "body"):
                first.kind, first.credit, first.reason = "caption", ln.credit, "repeated line with a photo credit"
            ln.kind, ln.reason = "duplicate", "repeats an earlier line"
            continue
        exact[key] = ln
        if len(key) >= 30:
            seen.append((key, words, ln))


def ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text.strip()))


def headline_like(text: str) -> bool:
    """Short, one line, no closing full stop: looks like a headline."""
    t = text.strip()
    words = t.split()
    if not 2 <= len(words) <= 30 or len(t) > 250:
        return False
    if re.search(r"[.;:,…]$", t) and not re.search(r"\b(?:[A-Z]|U\.S|U\.N|Jr|St)\.$", t):
        return False
    if t[0].islower():
        return False
    return sum(c.isalpha() for c in t) >= 0.5 * len(t)


def subhead_like(text: str) -> bool:
    t = text.strip()
    words = t.split()
    if not 1 <= len(words) <= 12 or len(t) > 90:
        return False
    if ends_sentence(t) and not t.endswith("?"):
        return False
    if t[0].islower() or t[0] in "\"“‘'(-–—":
        return False
    return sum(c.isalpha() for c in t) >= 0.6 * len(t)
