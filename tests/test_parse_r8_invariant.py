"""Invariant: a clean paste whose first line is a normal headline, followed by a date line and/or a byline and
the story, always gives that first line as the headline and the date line's date.

Headlines are generated in many shapes (questions, colons, quotes, numbers, all caps, Title Case, very short,
very long, dashes, exclamations); date lines and bylines in many forms; the story repeats some of the
headline's words, as a real lead does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.config import Config
from briefgen.parse import parse
from briefgen.sources import RawDoc

CFG = Config()
SUBJECTS = ["Iran", "Lebanon's army", "The UN envoy", "Rescue teams", "Kenyan police", "Farmers in Punjab", "Ministers",
            "The central bank", "Residents of Aleppo", "A court in Paris", "Hospital staff", "Turkey"]
VERBS = ["says", "warns", "rejects", "approves", "delays", "announces", "blocks", "seeks", "expands", "cuts"]
OBJECTS = ["new limits on grain exports", "a deal on the border crossing", "plans for a second reactor",
           "talks with rebel commanders", "emergency funding for flooded towns", "a ban on night flights",
           "higher rates amid inflation fears", "the disputed election result"]
EXTRA = ["after months of delay", "as protests spread", "despite objections from allies", "for the first time since 2019",
         "ahead of the summit in Geneva", "following a night of shelling near the coast"]


@st.composite
def headlines(draw) -> str:
    s, v, o = draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(OBJECTS))
    tail = draw(st.sampled_from([""] + EXTRA))
    plain = f"{s} {v} {o}" + (f" {tail}" if tail else "")
    shape = draw(st.sampled_from(["plain", "question", "colon", "quote", "number", "caps", "title", "short", "long",
                                  "dash", "bang", "speech", "feature"]))
    if shape == "feature":
        return draw(st.sampled_from(["The Long Goodbye", "Hezbollah's Reckoning", "After the Flood", "A Border Town Waits",
                                     "Nowhere left to run", "The price of bread"]))
    if shape == "question":
        return f"Will {s.lower() if s.startswith('The') else s} {v.rstrip('s')} {o}?"
    if shape == "colon":
        return f"{s.split()[-1].capitalize()}: {o[0].upper()}{o[1:]} {tail}".strip()
    if shape == "quote":
        return f"'We have nothing left': {s.lower() if s.startswith(('The', 'A ')) else s} {v} {o}"
    if shape == "number":
        return f"{draw(st.integers(2, 900))} killed as {s.lower() if s.startswith(('The', 'A ')) else s} {v} {o}"
    if shape == "caps":
        return plain.upper()
    if shape == "title":
        return " ".join(w if w in ("a", "on", "of", "for", "the", "in", "as", "with") else w[:1].upper() + w[1:]
                        for w in plain.split())
    if shape == "short":
        return f"{s.split()[-1].capitalize()} {v}"
    if shape == "long":
        words = f"{plain}, officials say, while critics call it too little too late and far too slow".split()
        words = words[:draw(st.integers(20, 30))]  # headline_like() allows up to 30 words
        while words[-1] in ("and", "it", "too", "while", "far"):
            words.pop()  # (a line ending in "and" is a headline hard-wrapped over two lines)
        return " ".join(words).rstrip(",")
    if shape == "dash":
        return f"{s} {v} {o} — what we know"
    if shape == "bang":
        return f"{s} {v} {o}!"
    if shape == "speech":
        return f'{s} {v} {o}: "We will not back down"'
    return plain


def _date_line(day: dt.date, form: int) -> str:
    return [f"Published: {day.day} {day:%B %Y}", f"{day:%B} {day.day}, {day.year}", f"{day.isoformat()} 10:14",
            f"{day:%a} {day.day} {day:%b %Y} 05.32 CET", f"Updated {day:%b}. {day.day}, {day.year}, 3:05 p.m. ET",
            f"{day:%d/%m/%Y} 09:30", f"{day.day} {day:%B %Y} | 11:20"][form]


FURNITURE = [None, "Skip to main content", "Home | World | Business | Sport", "Menu\nSearch", "Advertisement",
             "World News", "Home > Middle East > Politics"]
BYLINES = [None, "By Jane Doe", "Jane Doe", "By Omar Haddad, Reuters", "Bethan Marsh in Beirut", "By Staff Writer",
           "Rana Saleh and Tom Keane"]


@st.composite
def articles(draw) -> tuple[str, str, dt.date]:
    head = draw(headlines())
    day = draw(st.dates(dt.date(2019, 1, 1), dt.date(2024, 12, 31)))
    date_line = _date_line(day, draw(st.integers(0, 6)))
    by = draw(st.sampled_from(BYLINES))
    top = [date_line] + ([by] if by else [])
    if by and draw(st.booleans()):
        top.reverse()
    words = [w.strip("?!:'\",—") for w in head.split() if len(w) > 3]  # a lead repeats the headline's words
    echo = ' '.join(words[:6]).lower() if draw(st.integers(0, 4)) else "the matter"  # a feature title may share nothing
    lead = (f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} that "
            f"{echo} would be decided within days, officials told reporters on Monday.")
    body = [lead] + [f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} "
                     f"{draw(st.sampled_from(OBJECTS))} {draw(st.sampled_from(EXTRA))}, according to a statement "
                     f"released by the ministry." for _ in range(draw(st.integers(2, 5)))]
    blank_after_head = draw(st.booleans())
    deck = draw(st.sampled_from([None, f"{words[0].capitalize() if words else 'Officials'} and its neighbours face a hard choice "
                                       "as the deadline nears.", "What the decision means for the region."]))
    furniture = draw(st.sampled_from(FURNITURE))
    text = (furniture + "\n\n" if furniture else "") + head + ("\n\n" if blank_after_head else "\n") + \
        (deck + "\n\n" if deck else "") + "\n".join(top) + "\n\n" + "\n\n".join(body) + "\n"
    return text, head, day


@settings(max_examples=int(__import__('os').environ.get('R8_EXAMPLES', 300)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_first_line_headline_always_wins(case: tuple[str, str, dt.date]) -> None:
    text, head, day = case
    data = text.encode("utf-8")
    art = parse(RawDoc(Path("/t/a.txt"), "a.txt", data, hashlib.sha256(data).hexdigest()), CFG)[0]
    assert art.title_basis == "stated", (text, art.evidence)
    assert art.title == head, (text, art.evidence)
    assert art.date == day, (text, art.evidence)


TABLE = ['"We will rebuild," says mayor of flooded town', "5 things to know about the new border deal",
         "Live: Rescue teams search rubble after quake", "Analysis: Why the truce in Lebanon may not hold",
         "Watch: Crowds gather as statue is removed", "Gaza | Aid trucks wait at the crossing",
         "UN: 2.3 million people need food aid in Sudan", "Opinion | The ceasefire is a beginning, not an end",
         "Israel-Hezbollah war: What we know so far", "Who is Ahmed al-Sharaa?", "Q&A: The election in five charts",
         "U.S. and Iraq agree timeline for troop withdrawal", "Storm Darragh: 2 dead as winds hit 90mph",
         "Rain, rain, and more rain", "Markets close lower; oil rises", "A.I. Is Coming for the Newsroom",
         "Hezbollah says it fired rockets at Haifa — IDF", "In Pictures: Life returns to Aleppo's old souk",
         "Syria's new rulers: who are they and what do they want?", "Kenya Protests", "Beirut Port Blast Anniversary",
         "Ceasefire holds in south Lebanon for second day, army says", "Inside the race to save Venice"]


def test_first_line_headline_table() -> None:
    """Real headline shapes x date line forms x byline forms: the first line is always the headline."""
    bad = []
    for head in TABLE:
        for date_line in ("Published: 3 March 2024", "March 3, 2024", "03/03/2024 10:15", "Sun 3 Mar 2024 10.15 GMT"):
            for by in ("By Jane Doe", "Jane Doe", None):
                words = [w.strip('?!:"|,') for w in head.split() if len(w) > 3]
                text = (f"{head}\n{date_line}\n" + (f"{by}\n" if by else "") +
                        f"\nOfficials said {' '.join(words[:5]).lower()} would be decided within days, officials told "
                        "reporters on Sunday.\n\nThe ministry said in a statement that talks would continue next week.\n")
                data = text.encode("utf-8")
                art = parse(RawDoc(Path("/t/a.txt"), "a.txt", data, hashlib.sha256(data).hexdigest()), CFG)[0]
                if art.title != head or art.title_basis != "stated" or art.date != dt.date(2024, 3, 3):
                    bad.append((head, date_line, by, art.title, art.evidence.get("title")))
    assert not bad, bad[:5]
