"""Round-5 rules: service lines, channel stats and post author headers are not headlines; forwarded
e-mail subjects; date rows with a section/code prefix, reading time, and byline rows with page widgets."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.config import Config
from briefgen.parse.attribution import load_outlets
from briefgen.parse.cleanup import memo_subject
from briefgen.parse.datefind import meta_date_line
from briefgen.parse.furniture import is_notice, service_line, site_text
from briefgen.parse.lines import byline
from briefgen.parse.model import Line

REF = dt.date(2025, 6, 1)


@pytest.mark.parametrize("text", ["Russia & CIS General Newswire", "Egypt State Information Service / MENA wire",
                                  "Humanitarian Information Service", "Gulf Business Newswire"])
def test_service_lines_are_site_text(text: str) -> None:
    assert service_line(text) and site_text(text)


@pytest.mark.parametrize("text", ["Israel strikes Lebanese news agency", "Hackers hit wire service in Beirut",
                                  "Syrian army says rebels cut the wire", "Hackers Hit News Agency"])
def test_headlines_are_not_service_lines(text: str) -> None:
    assert not service_line(text)


@pytest.mark.parametrize("text", ["48 312 subscribers", "12.5K followers · 300 following", "1,204 members, 87 online"])
def test_channel_stats_are_notices(text: str) -> None:
    assert is_notice(text)


def test_channel_stats_rule_needs_a_count() -> None:
    assert not is_notice("Subscribers flock to new channel")


@pytest.mark.parametrize("line, day", [
    ("Politics | Code: 85617342 | October 4, 2024 9:47 PM", "2024-10-04"),
    ("Publié le 2/10/2024 à 18:07   Temps de lecture: 3 min", "2024-10-02"),
])
def test_date_rows_with_code_section_and_reading_time(line: str, day: str) -> None:
    hit = meta_date_line(line)
    assert hit is not None and hit.date.isoformat() == day


@pytest.mark.parametrize("line", ["Iran Update, October 3, 2024", "Jul 19, 2024 - World", "Washington, 3 March 2025",
                                  "Hezbollah says | October 4, 2024"])
def test_not_date_rows(line: str) -> None:
    assert meta_date_line(line) is None


@pytest.mark.parametrize("line, day", [
    ("December 19, 2024 · By Bellingcat Investigation Team · Translations: العربية", "2024-12-19"),
    ("Posted on 3 October 2024 by Nour · 4 comments", "2024-10-03"),
])
def test_byline_rows_with_widgets(line: str, day: str) -> None:
    got = byline(line, load_outlets(Config().outlets), REF)
    assert got is not None and got[1] is not None and got[1].date.isoformat() == day


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, True, None, None) for t in texts]


def test_forwarded_subject_prefers_the_article_headline_inside() -> None:
    lines = _lines(["From: A B <a@b.example>", "Sent: Tuesday, January 28, 2025 7:52 AM", "To: list",
                    "Subject: FW: Defense News - Navy seizes Iranian missile parts bound for Houthis",
                    "FYI - worth reading.", "From: Defense News <n@d.example>",
                    "Subject: Navy seizes Iranian missile parts bound for Houthis",
                    "Navy seizes Iranian missile parts bound for Houthis, CENTCOM says", "By Geoff Z"])
    memo_subject(lines)
    assert [x.text for x in lines if x.hint == "headline"] == \
        ["Navy seizes Iranian missile parts bound for Houthis, CENTCOM says"]
    assert lines[1].kind == lines[4].kind == lines[6].kind == "boilerplate"


def test_forwarded_subject_without_inner_headline_is_cleaned() -> None:
    lines = _lines(["From: A B <a@b.example>", "To: list", "Date: 3 March 2025",
                    "Subject: RE: Fwd: Gulf Daily - Oman mediates a prisoner exchange in Yemen",
                    "Oman has brokered a prisoner exchange between the Houthis and Saudi Arabia, officials said."])
    memo_subject(lines)
    assert lines[3].hint == "headline" and lines[3].text == "Oman mediates a prisoner exchange in Yemen"
    assert lines[2].kind != "boilerplate"


def test_plain_memo_subject_unchanged() -> None:
    lines = _lines(["TO: Desk", "FROM: Analyst", "DATE: 3 March 2025", "RE: Hezbollah - the next six months"])
    memo_subject(lines)
    assert lines[3].hint == "headline" and lines[3].text == "Hezbollah - the next six months"


@pytest.mark.parametrize("name, below, want", [
    ("Rami Al-Khatib", "2d · 🌍", True), ("Layla Haddad", "5h", True), ("Omar Saleh", "Yesterday at 10:15 ·", True),
    ("Rami Al-Khatib", "After 12 years I crossed back into Syria today.", False),
    ("Israel strikes Beirut suburbs again", "2d ·", False),
])
def test_post_author_header(name: str, below: str, want: bool) -> None:
    from briefgen.parse.furniture import post_author
    assert post_author(name, [below]) is want
