"""Page furniture, headline choice and metadata dates (parse/furniture, headline, datefind).

Shapes come from many outlets; each test pins one general rule, and the
negative cases pin what the rule must NOT swallow (body sentences, headlines).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.parse import parse
from briefgen.parse.attribution import load_outlets
from briefgen.parse.datefind import find_dates, meta_date_line, unglue
from briefgen.parse.furniture import breadcrumb, is_notice, section_label
from briefgen.parse.lines import byline
from briefgen.sources import RawDoc

REF = dt.date(2025, 1, 1)
OUTLETS = load_outlets(Config().outlets)


def one(text: str, name: str = "a.txt"):
    data = text.encode("utf-8")
    return parse(RawDoc(Path("/x") / name, name, data, hashlib.sha256(data).hexdigest()), Config())[0]


BODY = ("\n\nThe army said on Tuesday that its units had moved into the town after the withdrawal, "
        "and that engineers were clearing unexploded ordnance from the main roads.\n\n"
        "Residents were told to wait before returning to their homes.\n")


# ---------------------------------------------------------------- furniture
@pytest.mark.parametrize("line, outlet", [
    ("Naharnet", "Naharnet"), ("ynetnews", "Ynet"), ("I24NEWS", "i24NEWS"), ("TASS", "TASS"),
    ("Anadolu Ajansı", "Anadolu Agency"), ("Al Mayadeen English", "Al-Mayadeen"), ("ARAB NEWS", "Arab News"),
    ("Kurdistan24", "Kurdistan 24"), ("The National", "The National"), ("CTECH by Calcalist", "Calcalist"),
    ("L’Orient Today", "L'Orient Today"), ("naharnet.com", "Naharnet"), ("The Kyiv Independent", "The Kyiv Independent"),
])
def test_masthead_lines_name_the_outlet(line: str, outlet: str) -> None:
    assert OUTLETS.masthead(line) == outlet


@pytest.mark.parametrize("line", ["Syria", "Middle East", "World", "Reuters reported the strike on Monday",
                                  "The National Assembly", "Hezbollah"])
def test_not_mastheads(line: str) -> None:
    assert OUTLETS.masthead(line) is None


def test_taglines_are_outlet_slogans() -> None:
    assert OUTLETS.tagline("Democracy Dies in Darkness") == "The Washington Post"
    assert OUTLETS.tagline("Exclusive news, data and analytics for financial market professionals") == "Reuters"
    assert OUTLETS.tagline("Israel strikes Beirut") is None


@pytest.mark.parametrize("line", [
    "Home > Israel News > Israel-Hezbollah War", "Home > Syria > Politics", "Lebanon News / South Lebanon",
    "Politics | News | Reports", "Kurdistan | Syria | Iraq | Middle East | World", "News|Israel attacks Lebanon",
    "Features|Syria's War", "Home » Analysis", "News / MENA",
])
def test_breadcrumbs(line: str) -> None:
    assert breadcrumb(line)


@pytest.mark.parametrize("line", [
    "By Rana Moussa | Sat 15 Feb 2025", "Israel strikes Beirut | Live updates on the war in Lebanon today",
    "Hezbollah names new commander", "Iran, Hezbollah and the Axis",
])
def test_not_breadcrumbs(line: str) -> None:
    assert not breadcrumb(line)


@pytest.mark.parametrize("line", [
    "World", "Middle East", "Middle East and north Africa", "Energy", "Football", "News", "Defense news",
    "Türkiye, Middle East", "Russian Politics & Diplomacy", "Ukraine war latest", "Israel-Gaza war", "WORLD NEWS",
    "Arab World", "Kurdistan Region", "Cybersecurity", "West Asia",
])
def test_section_labels(line: str) -> None:
    assert section_label(line)


@pytest.mark.parametrize("line", [
    "Hezbollah names new commander", "Premier League", "Assad flees Syria", "A+ A-", "Israel strikes Gaza.",
])
def test_not_section_labels(line: str) -> None:
    assert not section_label(line)


@pytest.mark.parametrize("line", [
    "This article is more than 3 months old", "This article is more than 1 year old", "3 min", "Reading time",
    "A+ A-", "Text by: NEWS WIRES", "Updated 5:32 a.m. ET", "4 hours ago",
])
def test_notices(line: str) -> None:
    assert is_notice(line)


# ---------------------------------------------------------------- headlines
@pytest.mark.parametrize("top, headline", [
    ("Naharnet\nLebanon\n\nBerri receives envoy as truce talks advance\n\nby Naharnet Newsdesk 19 November 2024, 13:05",
     "Berri receives envoy as truce talks advance"),
    ("Skip to main content\nDemocracy Dies in Darkness\n\nWorld\nMiddle East\n\nAssad's fall reshapes the region, officials say",
     "Assad's fall reshapes the region, officials say"),
    ("Home > Syria > Politics\n\nSyrians celebrate in Damascus squares\n\n08/12/2024",
     "Syrians celebrate in Damascus squares"),
    ("Middle East and north Africa\nThis article is more than 2 months old\n\nPagers explode across Lebanon, killing nine",
     "Pagers explode across Lebanon, killing nine"),
    # kickers: a short line over a longer headline, and a title-case stack of three headline shapes
    ("Premier League\n\nSalah double sends Liverpool clear at the top\n\nLiverpool 3-2 Southampton\n\nAndy Hunter",
     "Salah double sends Liverpool clear at the top"),
    ("TASS\nMilitary Operation in Ukraine\n\nPutin ready for contacts on settlement — Kremlin\n\n"
     "Peskov noted that Moscow had not yet received proposals\n\n23 JAN 2025, 13:10",
     "Putin ready for contacts on settlement — Kremlin"),
    # a short headline is kept when only a long standfirst follows it
    ("Hezbollah's Last Stand\n\nThe group faces its hardest test since 2006 as Israel presses north and its "
     "supply lines through Syria collapse\n\nBy Nadine Khoury", "Hezbollah's Last Stand"),
    ("Israel strikes Beirut suburbs after warning | Reuters", "Israel strikes Beirut suburbs after warning"),
    ("The war in Lebanon is over. The reckoning has just begun.\nBy Michael Young\n29 November 2024",
     "The war in Lebanon is over. The reckoning has just begun."),
])
def test_headline_after_furniture(top: str, headline: str) -> None:
    a = one(top + BODY)
    assert (a.title, a.title_basis) == (headline, "stated")
    assert headline not in a.body


@pytest.mark.parametrize("top", ["World", "Hezbollah has a new leader.", "Opinion\nSyria"])
def test_no_headline_when_the_story_starts(top: str) -> None:
    a = one(top + BODY)
    assert a.title_basis == "inferred"
    assert "World" not in a.body.split("\n")[0]


def test_masthead_gives_source_and_leaves_body() -> None:
    a = one("Shafaq News\nIraq News\n\nIraqi factions reject calls to disarm\n\n2025-01-11 14:05" + BODY)
    assert a.source == "Shafaq News" and "masthead" in a.evidence["source"]
    assert "Shafaq" not in a.body and "Iraq News" not in a.body


def test_author_lines_under_headline_leave_body() -> None:
    a = one("Strikes kill dozens in Baalbek as offensive widens\n\nNada Maucourant Atallah\nBeirut\n"
            "2024-11-01T14:05:00Z" + BODY)
    assert "Atallah" not in a.body and not a.body.startswith("Beirut")
    assert a.published == "2024-11-01T14:05:00+00:00"


def test_cjk_first_line_is_not_a_label() -> None:
    a = one("ヒズボラ、シリアに戦闘員を派遣\n\nレバノンのシーア派組織ヒズボラは金曜日、約2000人の戦闘員をシリアに派遣した。\n")
    assert a.title == "ヒズボラ、シリアに戦闘員を派遣"


# ---------------------------------------------------------------- dates
def test_unglue() -> None:
    assert unglue("December 8, 20249:58 PM GMT+2Updated 2 hours ago") == \
        "December 8, 2024 9:58 PM GMT+2 Updated 2 hours ago"
    assert unglue("Published On 11 Oct 202411 Oct 2024") == "Published On 11 Oct 2024 11 Oct 2024"
    assert unglue("01/26/2025January 26, 2025") == "01/26/2025 January 26, 2025"


@pytest.mark.parametrize("line, day, published", [
    ("November 27, 2024 / 5:40 AM GMT+2 / Updated 2 hours ago", "2024-11-27", "2024-11-27T05:40:00+02:00"),
    ("December 8, 20249:58 PM GMT+2Updated 2 hours ago", "2024-12-08", "2024-12-08T21:58:00+02:00"),
    ("Published On 11 Oct 202411 Oct 2024", "2024-10-11", None),
    ("2 October 2024, 1:14 pm  Edit", "2024-10-02", "2024-10-02T13:14:00"),
    ("Published: 11.26.24, 18:22", "2024-11-26", "2024-11-26T18:22:00"),  # 26 cannot be a month
    ("18.3.25", "2025-03-18", None),
    ("05/12/2024", "2024-12-05", None),  # ambiguous: day first
    ("Updated: December 12, 2024 at 10:41 a.m. EST | Published: December 12, 2024 at 6:00 a.m. EST",
     "2024-12-12", "2024-12-12T06:00:00-05:00"),
    ("Sunday, 12 January 2025 8:11 PM  [ Last Update: Monday, 13 January 2025 9:00 AM ]",
     "2025-01-12", "2025-01-12T20:11:00"),
    ("Jan 20, 2025 8:42 pm IST", "2025-01-20", "2025-01-20T20:42:00+02:00"),
    ("Sep 22, 2024 7:02 am IST", "2024-09-22", "2024-09-22T07:02:00+03:00"),  # Israel summer time
    ("Updated 10:12 AM GMT+3, October 4, 2024", "2024-10-04", "2024-10-04T10:12:00+03:00"),
    ("Issued on: 05/12/2024 - 14:37", "2024-12-05", "2024-12-05T14:37:00"),
    ("2025-01-11 14:05", "2025-01-11", "2025-01-11T14:05:00"),
    ("Thursday 05 December 2024 / 17:32", "2024-12-05", "2024-12-05T17:32:00"),
    ("20 December 2024 at 1:45 p.m. AST", "2024-12-20", "2024-12-20T13:45:00+03:00"),
])
def test_meta_date_lines(line: str, day: str, published: str | None) -> None:
    hit = meta_date_line(line)
    assert hit is not None
    assert (hit.date.isoformat(), hit.published) == (day, published)


@pytest.mark.parametrize("line", [
    "Hezbollah said on 19 November 2024 it would fight on.",
    "The ceasefire of 27 November 2024 held for a week",
    "4 hours ago", "Yair Kraus|", "Jul 19, 2024 - World", "1701 / 2006 resolution",
])
def test_not_meta_date_lines(line: str) -> None:
    assert meta_date_line(line) is None


def test_outlet_order_reads_month_first() -> None:
    hits, _ = find_dates("Published: 01.07.25, 23:10", "MDY")
    assert hits[0].date == dt.date(2025, 1, 7)
    hits, _ = find_dates("Published: 01.07.25, 23:10")
    assert hits[0].date == dt.date(2025, 7, 1)


@pytest.mark.parametrize("line, outlet, day", [
    ("by Naharnet Newsdesk 19 November 2024, 13:05", "Naharnet", "2024-11-19"),
    ("OLJ / By Mohammad Yassine, 28 November 2024 at 18:32, Updated 28 November 2024 at 19:10", None, "2024-11-28"),
    ("Ahmet Gencturk  |24.12.2024 - Update : 25.12.2024", None, "2024-12-24"),
    ("Jennifer Holleis | with Reuters, AFP 01/26/2025January 26, 2025", "AFP", "2025-01-26"),
])
def test_bylines_with_dates(line: str, outlet: str | None, day: str) -> None:
    got = byline(line, OUTLETS, REF)
    assert got is not None and got[0] == outlet and got[1].date.isoformat() == day


def test_body_sentence_with_date_is_not_a_byline() -> None:
    assert byline("Hezbollah said on 19 November 2024 it would fight on", OUTLETS, REF) is None


def test_first_published_beats_unlabelled_and_updated() -> None:
    a = one("Drone attack kills three US soldiers in Jordan\n\nSun 28 Jan 2024 20.54 GMT\n"
            "First published on Sat 27 Jan 2024 17.21 GMT" + BODY)
    assert (a.date, a.published) == (dt.date(2024, 1, 27), "2024-01-27T17:21:00+00:00")


def test_ynet_masthead_makes_numeric_dates_month_first() -> None:
    a = one("ynetnews\nNews\n\nNorthern residents skeptical as truce nears\n\nYair Kraus|\nPublished: 11.05.24, 18:22" + BODY)
    assert a.date == dt.date(2024, 11, 5) and a.source == "Ynet"
