"""The headline of a copied page: the first headline-shaped line after the furniture.

Walks the top of the article (up to 40 live lines, until the first sentence). Logo lines become a byline
naming the outlet (so they also give ``source``), slogans, breadcrumbs, section
labels and notices are dropped, a short kicker directly above a longer
headline-shaped line is dropped, and the first remaining line that looks like
a headline (2-30 words, no closing full stop) is the headline. A sentence
before any such line means the story starts there: no headline.
"""

from __future__ import annotations

import re

from . import lines as L
from .attribution import Outlets
from .furniture import breadcrumb, is_notice, section_label, title_case
from .model import Line

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
    name = outlets.masthead(t)
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
        elif _AUTHOR.match(t) and len(t.split()) <= 8 and not section_label(t):
            _mark(ln, ("byline", None, f"author line '{t}' under the headline"))
        elif _ROLE.match(t) or re.match(r"^(?:[Rr]eporting|[Rr]eported|[Ww]riting) from\s+[A-Z][\w.,'’\- ]{1,40}$", t):
            _mark(ln, ("byline", None, f"author role '{t}' under the headline"))
        elif section_label(t) and len(t.split()) <= 3:
            _mark(ln, ("boilerplate", None, "place/section label under the headline"))


def pick(lines: list[Line], outlets: Outlets) -> Line | None:
    """Mark and return the headline of a plain-text page (None: the story starts with a sentence)."""
    live = [ln for ln in lines if ln.kind not in ("boilerplate", "duplicate")]
    for i, ln in enumerate(live[:TOP]):
        if ln.kind not in _CONTENT:
            continue
        if ln.hint is not None:
            return None
        got = furniture(ln.text, outlets)
        if got:
            _mark(ln, got)
            continue
        rest = [x for x in live[i + 1:] if x.kind not in ("boilerplate", "duplicate")
                and not (x.kind in _CONTENT and x.hint is None and furniture(x.text, outlets))]
        if not L.headline_like(ln.text):
            if len(ln.text.split()) <= 3 and not L.ends_sentence(ln.text) and not _CJK.search(ln.text):
                _mark(ln, ("boilerplate", None, "short label above the headline"))
                continue
            if not _period_headline(ln, rest):
                return None
        elif _kicker(ln.text, rest):
            _mark(ln, ("boilerplate", None, "kicker above the headline"))
            continue
        skipped = [x for x in live[:i] if x.kind in ("boilerplate", "byline") and x.reason]
        ln.text = _outlet_suffix(ln.text, outlets)
        how = "first line: short, no closing full stop" if L.headline_like(ln.text) else \
            "short line ending in a full stop, followed by a byline/date"
        ln.kind, ln.reason = "headline", how if not skipped else \
            "first headline-shaped line after the page furniture (" + "; ".join(x.reason for x in skipped) + ")"
        _after(live, i, outlets)
        return ln
    return None


def _period_headline(ln: Line, rest: list[Line]) -> bool:
    """A short line ending in a full stop is still the headline when a byline or date line follows it."""
    t = ln.text.strip()
    return 3 <= len(t.split()) <= 20 and t.endswith(".") and t[:1].isupper() and bool(rest) \
        and rest[0].kind in ("byline", "date")
