"""Round-2 rules for the top of a copied page and for date rows: site text is never a
headline, the headline is the first candidate followed by a byline/date/standfirst/story,
wrapped and byline-glued headlines are repaired, and date rows in more shapes are read."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.parse import parse
from briefgen.parse.attribution import load_outlets
from briefgen.parse.furniture import site_text
from briefgen.parse.lines import mark_basic
from briefgen.parse.model import Line
from briefgen.sources import RawDoc

BODY = ("\n\nIsrael and Hezbollah agreed on a ceasefire on Tuesday after more than a year of fighting, "
        "officials said.\n\nThe truce takes effect at 4am local time, according to a statement.\n")


def one(text: str, name: str = "x.txt"):
    data = text.encode("utf-8")
    return parse(RawDoc(path=Path("/tmp") / name, name=name, data=data, sha256=hashlib.sha256(data).hexdigest()),
                 Config())[0]


@pytest.mark.parametrize("text", [
    "Skip to main contentSkip to navigation", "Skip next section Navigation", "AP Logo", "Search & Section Navigation",
    "Apple News", "Shots - Health News", "HomeNewsWorldMiddle East",
    "Exclusive news, data and analytics for financial market professionalsLearn more aboutRefinitiv",
    "Informing humanitarians worldwide 24/7 — a service provided by UN OCHA",
    "Institute for the Study of War", "Levant Monitor 🔴",
])
def test_site_text_is_recognised(text: str) -> None:
    assert site_text(text)


@pytest.mark.parametrize("text", [
    "Houthi attacks halt Red Sea navigation", "Ramadan menu prices soar in Gaza", "Bad news for Hezbollah",
    "Israel strikes WhatsApp group admins in JavaScript attack", "Company unveils new logo after rebrand",
    "Hezbollah and Israel", "Iran Update, October 3, 2024",
])
def test_headlines_are_not_site_text(text: str) -> None:
    assert site_text(text) is None


@pytest.mark.parametrize("line,day", [
    ("Published: 14 March ,2025: 08:30 AM GST Last updated: 14 March ,2025: 09:10 AM GST", "2025-03-14"),
    ("Published on 03/04/2025 - 09:12 GMT+2•Updated 10:40", "2025-04-03"),
    ("Published date: 2 March 2025 11:05 GMT | Last update: 3 weeks 2 days ago", "2025-03-02"),
    ("Published on March 3, 2025, at 4:05 pm (Beirut), updated on March 3, 2025, at 6:20 pm", "2025-03-03"),
    ("3 March، 2025", "2025-03-03"),
    ("04/23/2025", "2025-04-23"),
    ("Publié le 3 février 2025 à 18h02", "2025-02-03"),
    ("Publicado el 5 de marzo de 2025", "2025-03-05"),
    ("Veröffentlicht am 5. März 2025", "2025-03-05"),
    ("Par Georges Malbrunot, le 12 mars 2025 à 09h15", "2025-03-12"),
    ("By Sarah El-Deeb | 4 March 2025 | sarah@example.org", "2025-03-04"),
])
def test_date_rows(line: str, day: str) -> None:
    cfg = Config()
    ln = Line(line)
    mark_basic([ln], load_outlets(cfg.outlets), cfg.reference_date)
    assert ln.kind in ("date", "byline") and ln.date is not None and ln.date.date.isoformat() == day


@pytest.mark.parametrize("line", [
    "The strike on 3 March، 2025 killed five people in the town.",
    "Hezbollah says it will respect the truce le 5 mars 2025 and after",
    "Iran Update, October 3, 2024",
])
def test_sentences_and_report_titles_are_not_date_rows(line: str) -> None:
    cfg = Config()
    ln = Line(line)
    mark_basic([ln], load_outlets(cfg.outlets), cfg.reference_date)
    assert ln.kind not in ("date", "byline")


def test_deck_under_full_headline_does_not_win() -> None:
    a = one("Israel and Hezbollah agree ceasefire after 14 months of war\nTruce starts at 4am\nBy Jane Doe\n"
            "27 November 2024" + BODY)
    assert a.title == "Israel and Hezbollah agree ceasefire after 14 months of war"


def test_unanchored_slogan_loses_to_anchored_headline() -> None:
    a = one("Global reach Local voices\nWorld\nIsrael and Hezbollah agree ceasefire after long war\n27 November 2024" + BODY)
    assert a.title == "Israel and Hezbollah agree ceasefire after long war"


def test_byline_glued_by_line_join_is_not_in_headline() -> None:
    a = one("Israel and Hezbollah agree ceasefire after long war\nby XINHUA\n27 November 2024" + BODY)
    assert a.title == "Israel and Hezbollah agree ceasefire after long war"


def test_wrapped_headline_needs_a_function_word_break() -> None:
    a = one("Ceasefire Talks Stall Over\nLitani Deployment\nBeirut, 2 December 2024" + BODY)
    assert a.title == "Ceasefire Talks Stall Over Litani Deployment"
    b = one("Ceasefire talks stall in Beirut\nLitani Deployment\nBeirut, 2 December 2024" + BODY)
    assert b.title == "Ceasefire talks stall in Beirut"


def test_emoji_channel_name_is_no_headline() -> None:
    a = one("Beirut Watch 📡\nNovember 27, 2024\n🚨 Israeli jets struck the southern suburbs of Beirut overnight, "
            "residents said.\n\nSirens sounded in the north.")
    assert a.title_basis == "inferred" and not a.title.startswith("Beirut Watch")
    assert a.title[:1].isalpha()


@pytest.mark.parametrize("key,value,day", [
    ("publish_date", "2024-10-04T21:35:00+03:00", "2024-10-04"),
    ("date_published", "2024-10-04", "2024-10-04"),
    ("pub_date", "Fri, 04 Oct 2024 18:35:00 GMT", "2024-10-04"),
    ("timestamp", 1728066900, "2024-10-04"),
    ("created_at", "2024-10-04 08:00:00", "2024-10-04"),
])
def test_json_date_keys(key: str, value: object, day: str) -> None:
    doc = {"title": "Ceasefire holds", "article_text": "Israel and Hezbollah kept to the truce on Friday.", key: value}
    a = one(json.dumps(doc), "x.json")
    assert a.date is not None and a.date.isoformat() == day and a.date_basis == "stated"


def test_page_title_form_elsewhere_picks_the_candidate() -> None:
    a = one("Most read\nSyria's new leaders meet Druze elders in Sweida\nIsrael and Hezbollah ceasefire takes effect\n"
            "Patrick Wintour\n27 Nov 2024" + BODY + "\nIsrael and Hezbollah ceasefire takes effect | The Guardian\n")
    assert a.title == "Israel and Hezbollah ceasefire takes effect"
    assert "The Guardian" not in a.body and "Sweida" not in a.body


def test_analysis_by_line_is_a_byline_not_the_headline() -> None:
    a = one("CNN\nWorld\nAnalysis by Stephen Collinson, CNN\n5 minute read\nUpdated 10:44 AM EST, Sun December 8, 2024\n"
            "The fall of Assad reshapes the Middle East" + BODY)
    assert a.title == "The fall of Assad reshapes the Middle East"
    assert a.date is not None and a.date.isoformat() == "2024-12-08"


@pytest.mark.parametrize("top", [
    # a video caption and player controls under the headline: the caption is not the headline
    "Sky News\nIsraeli strike on Beirut suburb flattens apartment block\nTap to unmute\nPlay\n"
    "Video: Rescuers search the rubble in Dahiyeh\nSaturday 23 November 2024 08:13, UK",
    # "Posted by:" under the headline anchors it
    "Al Mayadeen English\nLebanon\nIsraeli strike on Beirut suburb flattens apartment block\n"
    "Posted by: Al Mayadeen English Website In: Lebanon\nLast updated on: November 23, 2024",
    # the title repeated by a share widget, then the subtitle and author (Substack)
    "Levant Letters\nSubscribe\nIsraeli strike on Beirut suburb flattens apartment block\nCopy link\nFacebook\n"
    "Email\nIsraeli strike on Beirut suburb flattens apartment block\n"
    "What the strike on Basta tells us about the next phase of the war and the ceasefire talks\nRami Khoury\nNov 23, 2024",
])
def test_headline_anchors(top: str) -> None:
    a = one(top + BODY)
    assert a.title == "Israeli strike on Beirut suburb flattens apartment block"
    assert a.date is not None and a.date.isoformat() == "2024-11-23"
