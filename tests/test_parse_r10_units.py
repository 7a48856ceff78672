"""Round 10 unit tests: e-mail forward envelopes, chat/newsletter title marks, glued datelines, day counters,
reader-app metadata rows, issuer names over statement titles."""

from __future__ import annotations

import pytest

from briefgen.parse.cleanup import memo_subject, strip_wire_marker
from briefgen.parse.envelope import forwarded
from briefgen.parse.gluedline import split_glued_dateline
from briefgen.parse.liveblog import day_label
from briefgen.parse.model import Line
from briefgen.parse.textual import text_lines


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t) for t in texts]


def test_forward_envelope_and_note_are_boilerplate() -> None:
    lines = _lines(["---------- Forwarded message ---------", "From: A <a@x.example>", "Date: Mon, 3 Feb 2025 at 11:26",
                    "Subject: Fwd: look at this", "To: B <b@x.example>", "Interesting, no?", "---",
                    "Drone strike hits convoy near the border", "By C. Writer", "Feb 1, 2025",
                    "A drone struck a convoy near the border on Saturday, officials said."])
    assert forwarded(lines)
    assert all(x.kind == "boilerplate" for x in lines[:7])  # the envelope, its date and the forwarder's note
    assert lines[7].kind == "" and lines[7].hint is None  # the headline is picked from the forwarded text


def test_forward_inner_subject_marks_headline_and_skips_widgets() -> None:
    lines = _lines(["From: A <a@x.example>", "Date: Mon, 3 Feb 2025", "Subject: Fwd: Outlet: short words",
                    "To: B", "-----Original Message-----", "From: Outlet <news@outlet.example>",
                    "Subject: Talks on prisoner swap resume in Muscat", "View in browser", "POLITICS",
                    "Talks on prisoner swap resume in Muscat, mediators say", "The talks resumed on Sunday."])
    assert forwarded(lines)
    assert lines[9].hint == "headline"
    assert lines[7].kind == lines[8].kind == "boilerplate"
    assert lines[1].kind == "boilerplate"


def test_not_a_forward_leaves_memo_alone() -> None:
    lines = _lines(["TO: Desk", "FROM: Analyst", "DATE: 3 March 2025", "SUBJECT: Border crossings - weekly note"])
    assert not forwarded(lines)


def test_newsletter_issue_subject_is_not_the_headline() -> None:
    lines = _lines(["From: Morning Wire <am@wire.example>", "Subject: 📰 Morning Wire: ports reopen",
                    "Date: Monday, March 3, 2025", "Good Monday morning."])
    memo_subject(lines)
    assert lines[1].kind == "boilerplate" and lines[1].hint is None
    assert lines[2].kind != "boilerplate"


@pytest.mark.parametrize("raw, want", [
    ("*Houthi drone hits port, two hurt* 🚨", "Houthi drone hits port, two hurt"),
    ("🔴 _Strike reported near Tyre_", "Strike reported near Tyre"),
    ("1 big thing: Ports reopen after strike", "Ports reopen after strike"),
    ("2. Ceasefire talks resume in Cairo", "Ceasefire talks resume in Cairo"),
    ("Top story: Ceasefire talks resume in Cairo", "Ceasefire talks resume in Cairo"),
    ("3 killed in strike on Tyre", "3 killed in strike on Tyre"),  # a number that is news stays
    ("F-16s arrive in Jordan", "F-16s arrive in Jordan"),
    ("*", "*"),
])
def test_title_marks(raw: str, want: str) -> None:
    assert strip_wire_marker(raw) == want


def test_glued_dateline_split() -> None:
    lines = _lines(["Agency Name", "Iraq signs power dealBAGHDAD, Mar. 3 (INS) – Iraq signed a deal on Monday."])
    out = split_glued_dateline(lines)
    assert [x.text for x in out] == ["Agency Name", "Iraq signs power deal",
                                     "BAGHDAD, Mar. 3 (INS) – Iraq signed a deal on Monday."]
    same = _lines(["He met officials in GENEVA, December 3, and said the UN would help."])
    assert [x.text for x in split_glued_dateline(same)] == [same[0].text]


@pytest.mark.parametrize("text, want", [
    ("Day 501 - Israel at war", True), ("Day 12: Gaza war", True), ("Day 300 of the war", True),
    ("Day 3 - Israel strikes Beirut. Dozens killed", False), ("Israel strikes Beirut on day of talks", False),
])
def test_day_label(text: str, want: bool) -> None:
    assert day_label(text) is want


def test_reader_app_meta_row_is_not_joined_to_the_title() -> None:
    got = [x.text for x in text_lines("How a Port Town Became a Smuggling Hub\nexample.com · by A. Writer · 9 min\n"
                                      "View Original\n\nBody text here.\n")]
    assert got[0] == "How a Port Town Became a Smuggling Hub"
    assert got[1] == "example.com · by A. Writer · 9 min"
