"""The headline of a copied page: the best headline-shaped line after the furniture.

Walks the top of the article (up to 40 live lines, until the first sentence). Logo lines become a byline
naming the outlet (so they also give ``source``); slogans, breadcrumbs, section labels, notices and site
text (skip links, menus, glued navigation runs, "X Logo", app names, lines that are only an
organisation's name, emoji channel names) are dropped; a short kicker directly above a longer
headline-shaped line is dropped; a headline hard-wrapped after a function word is re-joined. The
remaining headline-shaped lines (2-30 words, no closing full stop) are candidates, and the headline is:
the candidate repeated as a "Headline | Outlet" page title elsewhere; else the first candidate that is
*anchored* (followed by a byline, date, photo, standfirst or the story; in a live blog under a generic
"Day N" title, the first timestamped entry); else the first candidate. A sentence before any candidate
means the story starts there: no headline. A byline glued to the headline ("... by DAILY SABAH") is cut.

Lexical agreement (``agreement.py``) vets the candidates first: a real headline shares content words and
names with the lead paragraphs, while menus, org names, taglines, notices and series lines share almost
none. When some candidate agrees, the others are page text (a short headline directly over its agreeing
deck stays); when none agrees, those sharing a word or with a byline/date right under them stay; when none does
either, the page states no headline and the title is inferred. A short sentence sharing nothing with the
story above a headline is a tagline; "Home / News / <headline>" keeps its last segment.
"""

from __future__ import annotations

import re

from . import lines as L
from .agreement import agreement, enough, lead_stems
from .attribution import Outlets
from .furniture import _FORWARDED, DATED_TITLE, NAME_ROLE, chat_document, post_author, post_start
from .furniture import breadcrumb, crumb_tail, is_notice, section_label, site_text, title_case
from .model import Line
from .liveblog import live_entry as _live_entry
from .wrap import FUNCTION_END as _FUNCTION_END
from .wrap import join_wrapped

TOP = 40
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # no spaces: word counts mean nothing
_CONTENT = ("", "body")
_NAME = r"(?:[A-Z][\w.'’\-]+|(?:al|el|bin|ibn|abu|de|da|van|von|le|la)(?:-\w+)?)"
# "Nada Maucourant Atallah", "Bethan McKernan in Jerusalem", "Andy Hunter at St Mary's"
_AUTHOR = re.compile(r"^" + _NAME + r"(?:\s+" + _NAME + r"){1,4}(?:\s+(?:and|&)\s+" + _NAME + r"(?:\s+" + _NAME +
                     r"){1,4})?(?:\s+(?:in|at)\s+[A-Z][\w.'’\- ]{1,30})?$")
_ROLE = re.compile(r"^[A-Z][\w'’\- ,]{0,60}?\b(?:correspondent|editor|reporter|writer|columnist|contributor|"
                   r"bureau chief|analyst)s?(?:,\s*[A-Z][\w ]{1,40})?$", re.IGNORECASE)


def furniture(text: str, outlets: Outlets) -> tuple[str, str | None, str] | None:
    """(kind, outlet, reason) when *text* is page furniture at the top of a page, else None."""
    t = text.strip()
    name = outlets.masthead(t) or outlets.masthead(re.sub(r"\s+logo$", "", t, flags=re.IGNORECASE))
    if name:
        return "byline", name, f"outlet name line '{t}' (masthead)"
    name = outlets.tagline(t)
    if name:
        return "byline", name, f"slogan of {name} '{t}' (masthead)"
    if is_notice(t):
        return "boilerplate", None, "page notice"
    if breadcrumb(t):
        return "boilerplate", None, "breadcrumb"
    if section_label(t):
        return "boilerplate", None, "section label"
    return None


def _mark(ln: Line, got: tuple[str, str | None, str]) -> None:
    ln.kind, ln.outlet, ln.reason = got


def _sentence(ln: Line) -> bool:
    """A line of running text: the story has started."""
    return ln.kind in _CONTENT and not L.headline_like(ln.text) and \
        (len(ln.text.split()) > 3 or L.ends_sentence(ln.text))


def _shape(ln: Line) -> bool:
    return ln.kind in _CONTENT and ln.hint is None and L.headline_like(ln.text)


def _kicker(text: str, rest: list[Line]) -> bool:
    """A short line (kicker/section/menu item) above the real headline."""
    words = len(text.split())
    top = []
    for x in rest:  # the headline-shaped lines still to come before the story starts
        if _sentence(x):
            break
        top.append(x)
    if words <= 3:
        shapes = [x for x in top if _shape(x)]
        if len(shapes) == 1 and shapes[0] is top[0] and len(shapes[0].text.split()) >= 18:
            return False  # short headline + long standfirst, then byline/story ("Hezbollah's Last Stand")
        return any(len(x.text.split()) >= 4 for x in shapes)
    # "Military Operation in Ukraine" / headline / standfirst: a stack of three headline shapes
    nxt = rest[0] if rest else None
    after = rest[1] if len(rest) > 1 else None
    return words <= 5 and title_case(text) and nxt is not None and _shape(nxt) \
        and len(nxt.text.split()) > words and after is not None and _shape(after)


def _outlet_suffix(text: str, outlets: Outlets) -> str:
    """"Headline | Outlet" / "Headline - Outlet" (a copied page title) -> "Headline"."""
    m = re.match(r"^(?P<head>.{12,}?)\s+(?:\||[-–—]|::)\s+(?P<tail>[^|–—]{2,40})$", text.strip())
    if m and outlets.masthead(m.group("tail")):
        return m.group("head").strip()
    return text


def _after(live: list[Line], start: int, outlets: Outlets) -> None:
    """Between the headline and the story (a standfirst allowed): outlet/author lines are bylines, notices go."""
    sentences = 0
    for ln in live[start + 1: start + 13]:
        if ln.kind not in _CONTENT or ln.hint is not None:
            continue
        words = len(ln.text.split())
        if words > 6 and (not L.headline_like(ln.text) or words > 20):
            sentences += 1  # one standfirst may sit above the byline; the second paragraph is the story
            if sentences > 1 or words > 40:
                return
            continue
        t = ln.text.strip(" |/·•-–—")
        name = outlets.masthead(t)
        if name:
            _mark(ln, ("byline", name, f"outlet name line '{t}' under the headline"))
        elif is_notice(t):
            _mark(ln, ("boilerplate", None, "page notice"))
        elif (_AUTHOR.match(t) and len(t.split()) <= 8 and not section_label(t)) or _NAMES.match(t):
            _mark(ln, ("byline", None, f"author line '{t}' under the headline"))
        elif _ROLE.match(t) or re.match(r"^(?:[Rr]eporting|[Rr]eported|[Ww]riting) from\s+[A-Z][\w.,'’\- ]{1,40}$", t):
            _mark(ln, ("byline", None, f"author role '{t}' under the headline"))
        elif section_label(t) and len(t.split()) <= 3:
            _mark(ln, ("boilerplate", None, "place/section label under the headline"))


def pick(lines: list[Line], outlets: Outlets) -> Line | None:
    """Mark and return the headline of a plain-text page (None: the story starts with a sentence).

    The top of the page is walked up to the first sentence; furniture is marked on the way and the
    remaining headline-shaped lines are candidates. Site text (navigation, logos, organisation
    names, emoji channel names) is never a candidate. The headline is the first candidate that is
    *anchored*: followed by a byline, date, photo, standfirst or the story (in a live blog: the
    first timestamped entry); else the first candidate.
    """
    join_wrapped(lines)
    live = [ln for ln in lines if ln.kind not in ("boilerplate", "duplicate")]
    lead = lead_stems(lines)
    cands: list[Line] = []
    chat = chat_document([x.text for x in lines])
    for i, ln in enumerate(live[:TOP]):
        if ln.kind not in _CONTENT:
            continue
        if ln.hint is not None:
            break
        if post_start(ln.text, chat):
            if _FORWARDED.match(ln.text):
                _mark(ln, ("boilerplate", None, "forwarded-message marker"))
                continue
            break  # a thread/chat message: the story starts here, the post states no headline
        tail = crumb_tail(ln.text)
        if tail and (not enough(lead) or agreement(tail, lead).agrees):
            ln.text = tail  # "Home / World News / <headline>": the crumbs go
        got = furniture(ln.text, outlets)
        if got:
            _mark(ln, got)
            continue
        if post_author(ln.text, [x.text for x in live[i + 1: i + 2]]):
            _mark(ln, ("byline", None, f"post author '{ln.text.strip()}' over a relative time (social post header)"))
            continue
        if NAME_ROLE.match(ln.text.strip()):
            _mark(ln, ("byline", None, f"name and role line '{ln.text.strip()}' (speaker/author)"))
            continue
        why = site_text(ln.text)
        if why:
            _mark(ln, ("boilerplate", None, why))
            continue
        rest = [x for x in live[i + 1:] if x.kind not in ("boilerplate", "duplicate")
                and not (x.kind in _CONTENT and x.hint is None and furniture(x.text, outlets))]
        if not L.headline_like(ln.text):
            n = len(ln.text.split())
            if (n <= 2 or (n <= 3 and not L.ends_sentence(ln.text))) and not _CJK.search(ln.text):
                _mark(ln, ("boilerplate", None, "short label above the headline"))
                continue
            if _period_headline(ln, rest) and not cands:
                cands.append(ln)
            elif len(ln.text.split()) <= 15 and rest and _shape(rest[0]) and _foreign(ln, lines):
                _mark(ln, ("boilerplate", None, "short sentence sharing no words with the story (tagline/notice)"))
                continue
            break
        if cands and _wraps(cands[-1], ln, lines):
            cands[-1].text = f"{cands[-1].text.strip()} {ln.text.strip()}"
            _mark(ln, ("duplicate", None, "second line of a hard-wrapped headline"))
            continue
        if _kicker(ln.text, rest) and not DATED_TITLE.search(ln.text.strip()):
            _mark(ln, ("boilerplate", None, "kicker above the headline"))
            continue
        cands.append(ln)
    cands, dropped = _agreeing(cands, lines)
    for c in dropped:  # page text while the headline is chosen; lines below the headline are restored after
        _mark(c, ("boilerplate", None, c.reason))
    if not cands:
        return None
    titles = _page_titles(lines, outlets)
    titled = [c for c in cands if L.norm_key(c.text) in titles]
    anchored = titled or [c for c in cands if _anchored(c, lines, outlets)]
    if anchored and anchored[0] is not cands[0] and not titled:
        # a deck directly under a full headline is not the headline: "Israel and Hezbollah agree ..." / "Truce starts at 4am"
        j = cands.index(anchored[0])
        above = lines[_index(lines, anchored[0]) - 1]
        if above is cands[j - 1] and len(above.text.split()) >= 5:
            anchored.insert(0, above)
    chosen, how = (anchored[0], "repeats the page title ('Headline | Outlet') pasted elsewhere" if titled else
                   "the first headline-shaped line followed by a byline/date/standfirst/the story"
                   " (the lines above it are not)") if anchored else (cands[0], "")
    entry = _live_entry(anchored, lines)
    if entry is not None:
        chosen, how = entry, "first timestamped entry of a live blog"
    if chosen is cands[0]:
        how = ""
    for c in cands[: cands.index(chosen)]:
        _mark(c, ("boilerplate", None, "headline-shaped page text above the headline (not followed by a byline/date/story)"))
    for c in dropped:
        if _index(lines, c) > _index(lines, chosen):
            c.kind, c.reason = "", ""
    i = live.index(chosen)
    skipped = [x for x in live[:i] if x.kind in ("boilerplate", "byline") and x.reason]
    chosen.text = _byline_suffix(_outlet_suffix(chosen.text, outlets), outlets)
    if chosen.text.isupper():  # "IRAN UPDATE, DECEMBER 4, 2024" over "Iran Update, December 4, 2024": keep the cased one
        cased = next((x for x in lines if x.kind == "duplicate" and not x.text.isupper()
                      and L.norm_key(x.text) == L.norm_key(chosen.text)), None)
        if cased is not None:
            chosen.text = cased.text.strip()
    if how:
        chosen.kind, chosen.reason = "headline", how
    else:
        how = "first line: short, no closing full stop" if L.headline_like(chosen.text) else \
            "short line ending in a full stop, followed by a byline/date"
        chosen.kind, chosen.reason = "headline", how if not skipped else \
            "first headline-shaped line after the page furniture (" + "; ".join(x.reason for x in skipped) + ")"
    key = L.norm_key(chosen.text)
    for x in lines:  # the pasted "Headline | Outlet" page title is not body text
        if x is not chosen and x.kind in _CONTENT and x.hint is None and titles and \
                L.norm_key(_outlet_suffix(x.text, outlets)) == key and _outlet_suffix(x.text, outlets) != x.text:
            _mark(x, ("duplicate", None, "page title repeating the headline"))
    _after(live, i, outlets)
    return chosen


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
        if not ok[j] and ags[j].hits >= 1 and ok[j + 1] and _index(lines, nxt) <= _index(lines, cands[j]) + 2 \
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


def _byline_below(c: Line, lines: list[Line]) -> bool:
    """A byline or date line directly under *c* (page text between skipped): a headline sharing no words
    with its story ("The Long Goodbye") is still stated when the page anchors it so."""
    below = [x for x in lines[_index(lines, c) + 1:] if x.kind not in ("boilerplate", "duplicate")][:3]
    for x in below:
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
        if n == 0 and head >= 5 and len(t) > head:
            return True  # headline + longer standfirst directly under it
        if n == 0 and len(t) >= 10 and len(t) > head:
            rest = after[after.index(x) + 1:]
            nxt = next((a for a in (_anchor(y, outlets) for y in rest) if a is not None), None)
            return bool(nxt)
        return False
    return False


def _explicit_byline_next(x: Line, lines: list[Line]) -> bool:
    nxt = next((y for y in lines[_index(lines, x) + 1:] if y.kind not in ("boilerplate", "duplicate")), None)
    return nxt is not None and nxt.kind == "byline" and bool(re.match(r"^(?:by|par|por)\s", nxt.text.strip(), re.I))


def _wraps(prev: Line, ln: Line, lines: list[Line]) -> bool:
    """*ln* continues a headline hard-wrapped over two lines (PDF paste): "Averting an All-out War between" / "Hizbollah and Israel"."""
    k = _index(lines, prev)
    if k + 1 >= len(lines) or lines[k + 1] is not ln or ln.start or not prev.text.split():
        return False
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
    return 3 <= len(t.split()) <= 20 and t.endswith(".") and t[:1].isupper() and bool(rest) \
        and rest[0].kind in ("byline", "date")
