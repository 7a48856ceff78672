"""Lexical agreement between headline candidates and the lead (parse round 3).

Fixtures in tests/fixtures/parse/agreement/ were written for this rule (not copied from the eval sets):
menus, org names, taglines, notices and profile tags above the headline share no words with the story;
a real headline does, and one that shares none still wins when a byline/date anchors it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from briefgen.config import Config
from briefgen.parse import parse
from briefgen.parse.agreement import agreement, content_words, enough, lead_stems, stem
from briefgen.parse.furniture import crumb_tail, is_notice, menu_run, site_text
from briefgen.parse.model import Line
from briefgen.sources import RawDoc

DIR = Path(__file__).parent / "fixtures" / "parse" / "agreement"
EXPECTED = yaml.safe_load((DIR / "expected.yaml").read_text(encoding="utf-8"))


def _parse(path: Path):
    data = path.read_bytes()
    arts = parse(RawDoc(path.absolute(), path.name, data, hashlib.sha256(data).hexdigest()), Config())
    assert len(arts) == 1
    return arts[0]


def test_fixture_set_is_big_enough() -> None:
    assert len(EXPECTED) >= 8
    assert sorted(EXPECTED) == sorted(p.name for p in DIR.glob("*.txt"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_agreement_fixture(name: str) -> None:
    want = EXPECTED[name]
    a = _parse(DIR / name)
    assert a.title_basis == want["title_basis"], a.evidence.get("title")
    if "title" in want:
        assert a.title == want["title"], a.evidence.get("title")
    got = a.date.isoformat() if a.date else None
    assert got == (want["date"].isoformat() if want["date"] else None), a.evidence.get("date")


def test_stems_and_weights() -> None:
    assert stem("strikes") == stem("striking") == stem("strike")
    assert stem("Hezbollah's") == "hezbollah"
    words = content_words("Israel strikes 150 targets in the south on Tuesday 12 March 2024")
    assert "the" not in words and "tuesday" not in words and "2024" not in words and "12" not in words
    assert words["150"] == 2.0 and words[stem("strikes")] == 1.0
    assert content_words("Talks with Hezbollah resume")["hezbollah"] == 1.5


def _lead(*paras: str) -> set[str]:
    return lead_stems([Line(p) for p in paras])


LEAD = _lead("Israeli jets struck targets in the Bekaa valley on Monday, the Lebanese army said, in the heaviest "
             "raids since the ceasefire took effect in November.",
             "The strikes hit what Israel described as Hezbollah weapons depots near Baalbek and Hermel.",
             "Lebanon's prime minister condemned the raids as a violation of the truce and called on the US to act.")


def test_headline_agrees_furniture_does_not() -> None:
    assert enough(LEAD)
    assert agreement("Israeli strikes hit Bekaa in heaviest raids since truce", LEAD).agrees
    for junk in ("Weekly edition", "Centre for Strategic Studies", "English | Français | عربي",
                 "An independent voice since 1998"):
        assert not agreement(junk, LEAD).agrees, junk


def test_short_lead_cannot_judge() -> None:
    assert not enough(_lead("Power returned to Tripoli on Monday after a week of cuts."))


@pytest.mark.parametrize("text", [
    "U.S. World Politics Health Sports Opinion",
    "HOME LEBANON SYRIA ECONOMY ANALYSIS ABOUT",
    "Saudi Arabia Region World Business Sports Opinion",
])
def test_menu_runs(text: str) -> None:
    assert menu_run(text) and site_text(text)


@pytest.mark.parametrize("text", [
    "Israel Strikes Beirut Suburbs Again",
    "Hezbollah Fires at Shebaa Farms, Israel Retaliates",
    "Carnegie Middle East Center Scholars Warn",
])
def test_title_case_headlines_are_not_menus(text: str) -> None:
    assert not menu_run(text)


def test_breadcrumb_tail_and_notices() -> None:
    assert crumb_tail("Home / World News / Iraq passes budget after long delay") == "Iraq passes budget after long delay"
    assert crumb_tail("Home / World News / Iraq") is None
    assert crumb_tail("Israel / Hezbollah: the war nobody wanted is back") is None
    assert crumb_tail("News › Middle East › Lebanon's army deploys south of the Litani") is not None
    for notice in ("IE 11 is not supported", "This was published 1 year ago", "Please enable JavaScript to continue",
                   "We use cookies to personalise content"):
        assert is_notice(notice), notice
    assert not is_notice("Girl Scouts sell cookies in Beirut")


def test_line_end_hyphenation_is_undone_but_real_compounds_keep_their_hyphen() -> None:
    from briefgen.parse.textual import text_lines
    got = [ln.text for ln in text_lines("The Iran-\nbacked group said Hassan Nas-\nrallah and the authori-\nties "
                                        "agreed. Iran is a long-\nrange issue; long-range fire.")]
    assert got == ["The Iran-backed group said Hassan Nasrallah and the authorities agreed. Iran is a long-range "
                   "issue; long-range fire."]


def test_wide_gap_menu_becomes_a_label_list() -> None:
    from briefgen.parse.textual import text_lines
    assert text_lines("Home  My Network  Jobs  Messaging")[0].text == "Home | My Network | Jobs | Messaging"
    assert site_text("Policy Analyst | MENA Security | ex-ICRC")


@pytest.mark.parametrize("line,day", [
    ("Published: 15:27-6 August 2025 AD ـ 12 Safar 1447 AH", "2025-08-06"),
    ("jeudi 6 février 2025 08h30", "2025-02-06"),
    ("Policy Paper No. 17, March 2, 2025", "2025-03-02"),
])
def test_date_rows(line: str, day: str) -> None:
    from briefgen.parse.datefind import meta_date_line, series_date_line
    hit = meta_date_line(line) or series_date_line(line)
    assert hit is not None and hit.date.isoformat() == day


def test_publisher_stamp_with_short_year() -> None:
    from briefgen.parse.datefind import trailing_date
    hit = trailing_date("Source: BBC Monitoring 30 Nov 24")
    assert hit is not None and hit.date.isoformat() == "2024-11-30"
