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

Never headlines: a live blog's day counter ("Israel at war: Day 247"), a "Label: name" staff line ("Editor: huaxia"),
a post's display name over its @handle, a social post's channel name sharing no word with the post, a truncated
teaser paragraph ("...") above the real headline (its dateline still dates the story). Candidate checks live in
``candidates.py``.
"""

from __future__ import annotations

import re

from . import lines as L
from .agreement import enough, lead_stems
from .attribution import Outlets
from .candidates import _AUTHOR, _NAMES, _ROLE, _agreeing, _anchored, _byline_suffix, _foreign, _index, _outlet_suffix
from .candidates import TEASER, _page_titles, _period_headline, _wraps, agreement, foreign_to_post, furniture
from .candidates import social_post, teaser
from .furniture import _FORWARDED, DATED_TITLE, NAME_ROLE, chat_document, post_author, post_start
from .furniture import crumb_tail, is_notice, section_label, site_text, title_case
from .liveblog import day_label
from .liveblog import live_entry as _live_entry
from .model import Line
from .printhead import stacked_titles, stated_headlines
from .casing import kicker_over
from .wrap import join_wrapped
from .toplines import numeric_row, clause, continues_title, masthead, outlet_prefix, title_over_dek, translator_note

TOP = 40
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # no spaces: word counts mean nothing
_CONTENT = ("", "body")


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
    if words <= 3:  # (an author's name over the date line is not a headline shape: "Michael Young" / "Published on ...")
        shapes = [x for k, x in enumerate(top) if _shape(x) and not (
            _AUTHOR.match(x.text.strip()) and len(x.text.split()) <= 5 and (
                (top[k + 1:k + 2] and top[k + 1].kind in ("date", "byline")) or (k and top[k - 1].kind == "date")))]
        if len(shapes) == 1 and shapes[0] is top[0] and len(shapes[0].text.split()) >= 18:
            return False  # short headline + long standfirst, then byline/story ("Hezbollah's Last Stand")
        return any(len(x.text.split()) >= 4 for x in shapes)
    # "Military Operation in Ukraine" / headline / standfirst: a stack of three headline shapes
    nxt = rest[0] if rest else None
    after = rest[1] if len(rest) > 1 else None
    return words <= 5 and title_case(text) and not clause(text) and nxt is not None and _shape(nxt) \
        and len(nxt.text.split()) > words and after is not None and _shape(after)


def _next_to(prev: Line, ln: Line, lines: list[Line]) -> bool:
    """*ln* is the line right after *prev* in the same paragraph (no blank line between)."""
    k = next((j for j, x in enumerate(lines) if x is prev), -1)
    return 0 <= k < len(lines) - 1 and lines[k + 1] is ln and not ln.start


def _masthead_here(ln: Line, below: list[Line], rest: list[Line], outlets: Outlets) -> bool:
    """*ln* is a publisher/show name (or a short name over a section label) and a title still follows."""
    shaped = [x for x in rest[:8] if x.kind in _CONTENT and x.hint is None and (L.headline_like(x.text) or
              title_over_dek(x.text, [y.text for y in rest[rest.index(x) + 1:][:2]],
                             [y.kind for y in rest[rest.index(x) + 1:][:2]]))]
    if not shaped:
        return False
    if masthead(ln.text, outlets):
        return True
    nxt = next((x for x in below if x.kind not in ("duplicate",)), None)
    return len(ln.text.split()) <= 3 and not clause(ln.text) and nxt is not None and nxt.kind == "boilerplate" \
        and nxt.reason == "section label" and ln.text.strip()[:1].isupper()


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


def _said_twice(c: Line, lines: list[Line]) -> bool:
    """The next line repeats *c* ("Channel" / "Channel": a channel's header over its post's author line)."""
    k = _index(lines, c)
    return k + 1 < len(lines) and L.norm_key(lines[k + 1].text) == L.norm_key(c.text)


def _over_dek_and_byline(c: Line, lines: list[Line]) -> bool:
    """*c* / a dek / an author or date line: an article's title block, not a channel name over a post
    (a blog page can carry like/repost counters too)."""
    nxt = [x for x in lines[_index(lines, c) + 1:] if x.kind != "boilerplate"][:3]
    return len(nxt) >= 2 and nxt[0].kind in _CONTENT and nxt[0].hint is None and len(nxt[0].text.split()) <= 30 \
        and any(x.kind in ("byline", "date") for x in nxt[1:])


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
    stated = stated_headlines(lines) | stacked_titles(lines)
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
        if numeric_row(ln.text):
            _mark(ln, ("boilerplate", None, "row of numbers (a date/number row in another script or calendar)"))
            continue
        if translator_note(ln.text):
            _mark(ln, ("boilerplate", None, "translator's note (page text above the title)"))
            continue
        ln.text = outlet_prefix(ln.text, outlets)
        tail = crumb_tail(ln.text)
        if tail and (not enough(lead) or agreement(tail, lead).agrees):
            ln.text = tail  # "Home / World News / <headline>": the crumbs go
        got = furniture(ln.text, outlets)
        if got:
            _mark(ln, got)
            continue
        if post_author(ln.text, [x.text for x in live[i + 1: i + 2]]):
            _mark(ln, ("byline", None, f"post author '{ln.text.strip()}' over a relative time or @handle (social post header)"))
            continue
        if NAME_ROLE.match(ln.text.strip()):
            _mark(ln, ("byline", None, f"name and role line '{ln.text.strip()}' (speaker/author)"))
            continue
        why = site_text(ln.text) or ("live blog day counter (a label, not the headline)" if day_label(ln.text) else None)
        if why:
            _mark(ln, ("boilerplate", None, why))
            continue
        rest = [x for x in live[i + 1:] if x.kind not in ("boilerplate", "duplicate")
                and not (x.kind in _CONTENT and x.hint is None and furniture(x.text, outlets))]
        if _masthead_here(ln, live[i + 1:], rest, outlets):
            _mark(ln, ("boilerplate", None, f"publisher/show name line '{ln.text.strip()}' (masthead)"))
            continue
        if title_over_dek(ln.text, [x.text for x in rest[:2]], [x.kind for x in rest[:2]]):
            cands.append(ln)  # "Conclave" / one-sentence dek / byline: a short title
            continue
        if not L.headline_like(ln.text):
            n = sum(1 for w in ln.text.split() if any(c.isalpha() for c in w))  # "N12 - חדשות 12": two words
            if (n <= 2 or (n <= 3 and not L.ends_sentence(ln.text))) and not _CJK.search(ln.text):
                _mark(ln, ("boilerplate", None, "short label above the headline"))
                continue
            if teaser(ln, rest):
                _mark(ln, ("boilerplate", None, TEASER))
                continue
            if _period_headline(ln, rest) and not cands:
                cands.append(ln)
            elif len(ln.text.split()) <= 15 and rest and _shape(rest[0]) and _foreign(ln, lines):
                _mark(ln, ("boilerplate", None, "short sentence sharing no words with the story (tagline/notice)"))
                continue
            break
        if cands and (_wraps(cands[-1], ln, lines) or (_next_to(cands[-1], ln, lines) and continues_title(cands[-1].text, ln.text))):
            cands[-1].text = f"{cands[-1].text.strip()} {ln.text.strip()}"
            _mark(ln, ("duplicate", None, "second line of a hard-wrapped headline"))
            continue
        if cands and (_AUTHOR.match(ln.text.strip()) or _NAMES.match(ln.text.strip())) and len(ln.text.split()) <= 9 \
                and rest and rest[0].kind == "date":
            _mark(ln, ("byline", None, f"author name '{ln.text.strip()}' directly over the date line"))
            continue
        if _kicker(ln.text, rest) and not DATED_TITLE.search(ln.text.strip()) and L.norm_key(ln.text) not in stated:
            _mark(ln, ("boilerplate", None, "kicker above the headline"))
            continue
        cands.append(ln)
    cands, dropped = _agreeing(cands, lines)
    if len(cands) >= 2 and L.norm_key(cands[1].text).endswith(" " + L.norm_key(cands[0].text)):
        # "Army Command" / "Statement issued by the Army Command": the issuer's name over the title naming it
        cands[0].reason = "issuer's name repeated at the end of the title below it"
        dropped.append(cands.pop(0))
    for c in [c for c in dropped if L.norm_key(c.text) in stated]:  # named by the print-edition note: kept
        dropped.remove(c)
        cands.insert(sum(1 for x in cands if _index(lines, x) < _index(lines, c)), c)
    if social_post(lines):
        for c in [c for c in cands if len(c.text.split()) <= 5 and (foreign_to_post(c, lines) or _said_twice(c, lines))
                  and not _over_dek_and_byline(c, lines)]:
            c.reason = "social post: a short line sharing no word with the post or written twice (channel/account name)"
            cands.remove(c)
            dropped.append(c)
    for c in dropped:  # page text while the headline is chosen; lines below the headline are restored after
        _mark(c, ("boilerplate", None, c.reason))
    if not cands:
        return None
    titles = _page_titles(lines, outlets) | stated
    titled = [c for c in cands if L.norm_key(c.text) in titles]
    anchored = titled or [c for c in cands if _anchored(c, lines, outlets)]
    if anchored and anchored[0] is not cands[0] and not titled:
        # a deck directly under a full headline is not the headline: "Israel and Hezbollah agree ..." / "Truce starts at 4am"
        j = cands.index(anchored[0])
        above = next((x for x in reversed(lines[:_index(lines, anchored[0])])
                      if not (x.kind == "duplicate" and x.reason.startswith("continuation of a title"))), None)
        if above is not None and above is cands[j - 1] and len(above.text.split()) >= 5 \
                and not kicker_over(above.text, anchored[0].text):
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

