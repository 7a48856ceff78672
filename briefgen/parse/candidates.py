"""Checks on headline candidates: page furniture, lexical agreement with the lead, anchoring (a byline/date/
photo/story under the line), hard-wrapped headlines, pasted "Headline | Outlet" page titles."""

from __future__ import annotations

import re

from . import lines as L
from .agreement import agreement, enough, lead_stems
from .attribution import Outlets
from .furniture import DATED_TITLE, breadcrumb, is_notice, section_label, site_text, title_case
from .casing import kicker_over, sentence_cased, title_cased
from .model import Line
from .toplines import clause
from .wrap import FUNCTION_END as _FUNCTION_END

_CONTENT = ("", "body")
_NAME = r"(?:[A-Z][\w.'’\-]+|(?:al|el|bin|ibn|abu|de|da|van|von|le|la)(?:-\w+)?)"
# "Nada Maucourant Atallah", "Bethan McKernan in Jerusalem", "Andy Hunter at St Mary's"
_AUTHOR = re.compile(r"^" + _NAME + r"(?:\s+" + _NAME + r"){1,4}(?:\s+(?:and|&)\s+" + _NAME + r"(?:\s+" + _NAME +
                     r"){1,4})?(?:\s+(?:in|at)\s+[A-Z][\w.'’\- ]{1,30})?$")
_ROLE = re.compile(r"^[A-Z][\w'’\- ,]{0,60}?\b(?:correspondent|editor|reporter|writer|columnist|contributor|"
                   r"bureau chief|analyst)s?(?:,\s*[A-Z][\w ]{1,40})?$", re.IGNORECASE)


# "Editor: huaxia", "Edited by: J. Doe", "Reporter: ...", "Translated by: ...": who made the page, not the headline
_STAFF_LABEL = re.compile(r"^(?:(?:responsible\s+|chief\s+|managing\s+|copy\s+|web\s+|duty\s+)?editors?(?:-in-chief)?|"
                          r"edited\s+by|editing(?:\s+by)?|authors?|writers?|written\s+by|reporters?|reporting(?:\s+by)?|"
                          r"correspondents?|translators?|translat(?:ed|ion)\s+by|translation|compiled\s+by|producers?|"
                          r"produced\s+by|photographers?|photos?(?:\s+by)?|video(?:\s+by)?|contributors?|posted\s+by|"
                          r"rédaction|rédacteur|auteur|redakteur(?:in)?|autor(?:in)?|redacción|redattore|redator)"
                          r"\s*[:：]\s*\S(?:\S|\s(?!\s)){0,50}$", re.IGNORECASE)


def furniture(text: str, outlets: Outlets) -> tuple[str, str | None, str] | None:
    """(kind, outlet, reason) when *text* is page furniture at the top of a page, else None."""
    t = text.strip()
    name = outlets.masthead(t) or outlets.masthead(re.sub(r"\s+logo$", "", t, flags=re.IGNORECASE))
    if name:
        return "byline", name, f"outlet name line '{t}' (masthead)"
    name = outlets.tagline(t)
    if name:
        return "byline", name, f"slogan of {name} '{t}' (masthead)"
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", t)]
    if len(parts) > 1 and outlets.masthead(parts[0]) and all(len(p.split()) <= 4 for p in parts[1:]):
        # "Al-Akhbar English | Translated from Arabic": the outlet's name with a short label, not "Headline | Outlet"
        return "byline", outlets.masthead(parts[0]), f"outlet name with a label '{t}' (masthead)"
    if _STAFF_LABEL.match(t):
        return "byline", None, f"staff credit line '{t}' (a 'Label: name' line is never the headline)"
    if is_notice(t):
        return "boilerplate", None, "page notice"
    if breadcrumb(t):
        return "boilerplate", None, "breadcrumb"
    if section_label(t):
        return "boilerplate", None, "section label"
    return None


def _outlet_suffix(text: str, outlets: Outlets) -> str:
    """"Headline | Outlet" / "Headline - Outlet" (a copied page title) -> "Headline"."""
    m = re.match(r"^(?P<head>.{12,}?)\s+(?:\||[-–—]|::)\s+(?P<tail>[^|–—]{2,40})$", text.strip())
    if m and outlets.masthead(m.group("tail")):
        return m.group("head").strip()
    return text


_NAMES = re.compile(r"^" + _NAME + r"(?:\s+" + _NAME + r"){1,3}(?:\s*(?:,|,?\s+and|&)\s+" + _NAME + r"(?:\s+" + _NAME +
                    r"){1,3})+$")
_MEDIA = re.compile(r"^(?:video|watch|photos?|gallery|listen|audio|image|picture|in pictures)\s*:", re.I)
_SERIES = re.compile(r"\b(?:N[°ºo]\.?|No\.|Number|#)\s*\d+\b")  # "Middle East Briefing N°93": a series label


def _agreeing(cands: list[Line], lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(kept, dropped): candidates that share content words with the lead paragraphs are kept (menus, org
    names, taglines, notices share none); the dropped ones carry the reason in ``reason``.

    When some candidate agrees, the others are page text; when none agrees but some share a word, those stay;
    when none shares any word with a lead long enough to judge, the page states no headline (it is inferred).
    A live blog's generic "Day N" title and a dated document title ("Department Press Briefing – October 8,
    2024") are exempt (their entries carry the story).
    """
    if not cands:
        return cands, []
    lead = lead_stems(lines, {id(c) for c in cands})
    if not enough(lead):
        return cands, []
    ags = [agreement(c.text, lead) for c in cands]
    generic = [bool(re.search(r"\bday\s+\d+\b|\blive\b", c.text, re.I) or DATED_TITLE.search(c.text.strip()))
               for c in cands]
    ok = [a.agrees or g for a, g in zip(ags, generic)]
    for j in range(len(cands) - 1):  # a short headline over its (agreeing, longer) deck: "Hezbollah's Final Reckoning"
        nxt = cands[j + 1]
        if not ok[j] and ((ags[j].hits >= 1 and ok[j + 1]) or _deck_below(cands[j], nxt, lines)) and _index(lines, nxt) <= _index(lines, cands[j]) + 2 \
                and len(nxt.text.split()) > len(cands[j].text.split()) and not any(
                    x.kind in ("date", "byline") for x in lines[_index(lines, cands[j]) + 1: _index(lines, nxt)]):
            ok[j] = True
    keep = [c for c, k in zip(cands, ok) if k] or \
        [c for c, a in zip(cands, ags) if not a.none or _byline_below(c, lines)]
    kept = {id(c) for c in keep}
    dropped = []
    for c, a in zip(cands, ags):
        if id(c) not in kept:
            c.reason = f"shares too few story words with the lead ({a.hits} of {a.size} words)"
            dropped.append(c)
    return keep, dropped


def _deck_below(c: Line, deck: Line, lines: list[Line]) -> bool:
    """A short title-case title ("The Quiet Border") over a sentence deck (12+ words, closed by "." or "?") that a
    byline/date follows: an analysis piece's title, which often shares no word with its story."""
    t = c.text.strip()
    n = len(deck.text.split())
    if len(t.split()) > 6 or not title_case(t) or not ((L.ends_sentence(deck.text) and n >= 12) or (
            clause(t) and sentence_cased(deck.text) and n >= 6 and n > len(t.split()))):
        return False  # (a Title Case clause, "After the Guns Fell Silent", over a shorter sentence-case deck too)
    below = [x for x in lines[_index(lines, deck) + 1:] if x.kind not in ("boilerplate", "duplicate")][:3]
    return any(x.kind in ("date", "byline") or (x.kind in _CONTENT and _AUTHOR.match(x.text.strip())) for x in below)


def _byline_below(c: Line, lines: list[Line]) -> bool:
    """A byline or date line directly under *c* (page text between skipped): a headline sharing no words
    with its story ("The Long Goodbye") is still stated when the page anchors it so."""
    below = [x for x in lines[_index(lines, c) + 1:] if x.kind not in ("boilerplate", "duplicate")][:4]
    for k, x in enumerate(below[:3]):
        t = x.text.strip()
        if x.kind in _CONTENT and (_AUTHOR.match(t) or _NAMES.match(t)) and len(t.split()) <= 9 \
                and below[k + 1:k + 2] and below[k + 1].kind == "date":
            return True  # an author's name over the date line ("Jane Doe" / "Published: ...")
        if x.kind == "date" or (x.kind == "byline" and not x.reason.startswith(("outlet name line", "slogan of"))):
            return True
        if x.kind in _CONTENT and L.headline_like(x.text):
            return False  # another title sits between: the byline is not this line's
    return False


def _foreign(ln: Line, lines: list[Line]) -> bool:
    """A line sharing no content word with the lead (judged without the line itself)."""
    lead = lead_stems(lines, {id(ln)})
    return enough(lead) and agreement(ln.text, lead).none


def _index(lines: list[Line], ln: Line) -> int:
    return next(k for k, x in enumerate(lines) if x is ln)


def _anchor(x: Line, outlets: Outlets) -> bool | None:
    """True: a line that follows a headline (byline, date, photo, story); False: another title; None: neutral."""
    if x.kind in ("boilerplate", "duplicate"):
        return None
    if x.kind in ("date", "caption", "credit"):
        return True
    if x.kind == "byline":
        return None if x.reason.startswith(("outlet name line '", "slogan of")) and "under" not in x.reason else True
    if x.kind not in _CONTENT or x.hint is not None:
        return None
    t = x.text.strip()
    words = len(t.split())
    if _MEDIA.match(t) or re.match(r"^(?:(?:posted|written|published|reported)\s+)?by\b", t, re.I):
        return True
    if (_AUTHOR.match(t) and words <= 8 and not section_label(t)) or _ROLE.match(t) or _NAMES.match(t):
        return True
    if L.ends_sentence(t) and words > 6 or (words > 3 and not L.headline_like(t)):
        return True
    if words <= 3 and not L.ends_sentence(t) or (words <= 6 and _SERIES.search(t)):
        return None  # short labels between the headline and the byline ("Format", "Share")
    if furniture(t, outlets) or site_text(t):
        return None
    return False


def _anchored(c: Line, lines: list[Line], outlets: Outlets) -> bool:
    k = _index(lines, c)
    after = lines[k + 1: k + 14]
    key = L.norm_key(c.text)
    n = 0
    for x in after:
        if x.kind == "duplicate" and L.norm_key(x.text) == key:
            n = 0  # the headline repeated (share widget): read on from the repeat
            continue
        got = _anchor(x, outlets)
        if got and x.kind in _CONTENT and _AUTHOR.match(x.text.strip()) and _explicit_byline_next(x, lines):
            got = False  # "Nets Without Fish" / "By Hadi Srour": a title-case title over its byline, not a name
        if got is None:
            n += 1
            continue
        if got:
            return True
        # a headline-shaped standfirst directly under the headline, then the byline/date/story
        t, head = x.text.split(), len(c.text.split())
        if n == 0 and kicker_over(c.text, x.text):
            return False  # a Title Case label ("North and East Syria") over a sentence-case headline: a kicker
        if n == 0 and head >= 5 and len(t) > head:
            return True  # headline + longer standfirst directly under it
        if n == 0 and head >= 5 and _decks_then_anchor(c, after[after.index(x):], outlets):
            return True  # a Title Case headline over sentence-case summary lines, then the byline/date
        if n == 0 and len(t) >= 10 and len(t) > head:
            rest = after[after.index(x) + 1:]
            nxt = next((a for a in (_anchor(y, outlets) for y in rest) if a is not None), None)
            return bool(nxt)
        return False
    return False


def _decks_then_anchor(c: Line, below: list[Line], outlets: Outlets) -> bool:
    """*below* opens with 1-3 sentence-case headline-shaped lines (decks / summary bullets) under the Title Case
    line *c*, and a byline/date/photo/story follows them."""
    if not title_cased(c.text):
        return False
    decks = 0
    for y in below:
        got = _anchor(y, outlets)
        if got is None:
            continue
        if got:
            return decks >= 1
        if decks >= 3 or not sentence_cased(y.text) or title_cased(y.text):
            return False
        decks += 1
    return False


def _explicit_byline_next(x: Line, lines: list[Line]) -> bool:
    nxt = next((y for y in lines[_index(lines, x) + 1:] if y.kind not in ("boilerplate", "duplicate")), None)
    return nxt is not None and nxt.kind == "byline" and bool(re.match(r"^(?:by|par|por)\s", nxt.text.strip(), re.I))


def _wraps(prev: Line, ln: Line, lines: list[Line]) -> bool:
    """*ln* continues a headline hard-wrapped over two lines (PDF paste): "Averting an All-out War between" / "Hizbollah and Israel"."""
    k = _index(lines, prev)
    if k + 1 >= len(lines) or lines[k + 1] is not ln or ln.start or not prev.text.split():
        return False
    if title_cased(prev.text) and sentence_cased(ln.text):
        return False  # a Title Case headline over a sentence-case deck, not one title wrapped
    return prev.text.split()[-1].lower() in _FUNCTION_END and L.headline_like(ln.text) \
        and len(ln.text.split()) <= 10 and ln.text[:1].isupper() and len(prev.text.split()) + len(ln.text.split()) <= 30


def _page_titles(lines: list[Line], outlets: Outlets) -> set[str]:
    """Keys of "Headline | Outlet" page titles pasted anywhere in the text (a candidate equal to one is the headline)."""
    keys = set()
    for ln in lines:
        t = ln.text.strip()
        if len(t) <= 250 and ("|" in t or " - " in t or " – " in t or " — " in t or "::" in t):
            head = _outlet_suffix(t, outlets)
            if head != t:
                keys.add(L.norm_key(head))
    return keys


def _byline_suffix(text: str, outlets: Outlets) -> str:
    """"Headline by DAILY SABAH" / "Headline by Naharnet" (byline glued on) -> "Headline"."""
    m = re.match(r"^(?P<head>.{12,}?)\s+by\s+(?P<tail>[^\s].{1,40})$", text.strip())
    if not m:
        return text
    tail = m.group("tail").strip()
    if outlets.masthead(tail) or outlets.canonical(tail) or (tail.isupper() and len(tail.split()) <= 4):
        return m.group("head").strip()
    return text


def _period_headline(ln: Line, rest: list[Line]) -> bool:
    """A short line ending in a full stop is still the headline when a byline or date line follows it."""
    t = ln.text.strip()
    if not (3 <= len(t.split()) <= 20 and t.endswith(".") and t[:1].isupper() and rest):
        return False
    if rest[0].kind in ("byline", "date"):
        return True
    # "Jake Epstein" / "Tue, December 10, 2024 ...": an author's bare name between it and the date line
    return len(rest) >= 2 and rest[0].kind in _CONTENT and bool(_BARE_NAME.match(rest[0].text.strip())) \
        and rest[1].kind in ("byline", "date")


_BARE_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|al-\w+|bin|da|del)){1,3}$")


TEASER = "truncated teaser paragraph above the headline (a listing excerpt)"


def teaser(ln: Line, rest: list[Line]) -> bool:
    """A paragraph cut off with an ellipsis ("... received the delegation...") directly above a headline-shaped
    line that the story follows: an excerpt pasted from a listing, not the start of the story."""
    t = ln.text.strip()
    if not re.search(r"(?:\.\.\.|…)$", t) or len(t.split()) < 8 or len(rest) < 2:
        return False
    head, nxt = rest[0], rest[1]
    if not (head.kind in _CONTENT and head.hint is None and L.headline_like(head.text)):
        return False
    return nxt.kind in ("date", "byline", "caption") or (nxt.kind in _CONTENT and L.ends_sentence(nxt.text)
                                                        and len(nxt.text.split()) > len(head.text.split()))


# a social post's counters: "👁 24.1K", "412.8K Views", "1,204 Reposts   87 Quotes   3,511 Likes"
_ENGAGEMENT = re.compile(r"^\s*(?:👁\S*\s*[\d.,]+\s*[KkMm]?(?:\s+\S.*)?|[\d.,]+\s*[KkMm]?\s+(?:views|reposts|retweets|likes|quotes|"
                         r"bookmarks|shares|comments|replies|reactions)\b.*)\s*$", re.IGNORECASE)


def social_post(lines: list[Line]) -> bool:
    """The page is a social media post (view/like/repost counters under it)."""
    return any(_ENGAGEMENT.match(x.text) for x in lines)


def foreign_to_post(c: Line, lines: list[Line]) -> bool:
    """In a social post, a candidate sharing no word with the post text is the channel/account name."""
    lead = lead_stems(lines, {id(c)})
    return sum(len(x.text.split()) for x in lines if x is not c and x.kind in _CONTENT) >= 12 and agreement(c.text, lead).none
