"""Round-4 rules: wire markers, two-script mastheads, slogans/taglines, name+role bylines, dated titles,
newsletter greetings, track-changes debris, memo subjects, OCR-broken words, © captions, social threads and
chat forwards, Italian/Portuguese months, "originally published", date-first datelines, chat timestamps."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.parse import parse
from briefgen.parse.cleanup import strip_wire_marker
from briefgen.parse.datefind import meta_date_line
from briefgen.parse.dates import dateline
from briefgen.parse.furniture import NAME_ROLE, post_start, slogan, two_script_name
from briefgen.parse.lines import split_credit
from briefgen.sources import RawDoc

RAW = Path(__file__).parent / "fixtures" / "parse" / "raw"


def _parse(name: str):
    data = (RAW / name).read_bytes()
    return parse(RawDoc(path=(RAW / name).absolute(), name=name, data=data, sha256=hashlib.sha256(data).hexdigest()),
                 Config())[0]


@pytest.mark.parametrize("raw, want", [
    ("(LEAD) Seoul shares close higher on chip rally", "Seoul shares close higher on chip rally"),
    ("(2ND LD) N. Korea fires missile into East Sea", "N. Korea fires missile into East Sea"),
    ("UPDATE 2-Iran says talks with Europe were constructive", "Iran says talks with Europe were constructive"),
    ("EXCLUSIVE-Hezbollah moves arms out of Syria", "Hezbollah moves arms out of Syria"),
    ("BREAKING: Israeli strike hits Beirut suburb", "Israeli strike hits Beirut suburb"),
    ("(URGENT) Quake hits eastern Turkey", "Quake hits eastern Turkey"),
    ("Update on the ceasefire talks in Cairo", "Update on the ceasefire talks in Cairo"),  # not a marker
    ("Breaking the siege of El Fasher", "Breaking the siege of El Fasher"),
])
def test_wire_markers_are_stripped(raw: str, want: str) -> None:
    assert strip_wire_marker(raw) == want


@pytest.mark.parametrize("text, want", [
    ("Independent news from Lebanon", True),
    ("Plural news and views on Sudan", True),
    ("Your Tuesday morning digest from Brussels", True),
    ("The weekly newsletter on Gulf politics", True),
    ("Bad news for Netanyahu as coalition partner quits", False),
    ("Israel strikes news agency office in Gaza", False),
])
def test_slogans_and_taglines(text: str, want: bool) -> None:
    assert slogan(text) is want


def test_two_script_names_and_name_role_lines() -> None:
    assert two_script_name("Shaam Network - شبكة شام الإخبارية")
    assert two_script_name("Daraj | درج")
    assert not two_script_name("Syria: Damascus residents celebrate - دمشق تحتفل بسقوط النظام السوري اليوم في الساحات")
    assert NAME_ROLE.match("Matthew Miller, Department Spokesperson")
    assert NAME_ROLE.match("Jane Doe, Senior Fellow")
    assert not NAME_ROLE.match("Israel Strikes Beirut, Killing Senior Commander")


def test_threads_and_chat_forwards_open_a_post() -> None:
    assert post_start("1/ A few thoughts on the fall of Assad — short 🧵", chat=False)
    assert post_start("*URGENT – please share*", chat=True)
    assert not post_start("*URGENT – please share*", chat=False)
    assert not post_start("1,000 displaced as fighting spreads", chat=False)


def test_copyright_credit_makes_a_caption() -> None:
    cap, credit = split_credit("Emergency workers at the site of a strike in Aitou, October 14, 2024. © 2024 Private")
    assert credit == "© 2024 Private" and cap.endswith("2024.")


@pytest.mark.parametrize("line, want", [
    ("17 ottobre 2024 (modifica il 18 ottobre 2024 | 08:20)", dt.date(2024, 10, 17)),
    ("Publicado em 5 de março de 2025", dt.date(2025, 3, 5)),
    ("Friday, 22 Dhu al-Hijjah 1445 corresponding to 28 June 2024", dt.date(2024, 6, 28)),
    ("Published: 22-04-2025 | Reading time: 12 min", dt.date(2025, 4, 22)),
])
def test_date_rows(line: str, want: dt.date) -> None:
    hit = meta_date_line(line)
    assert hit is not None and hit.date == want


def test_date_first_dateline() -> None:
    dl = dateline("January 1, 2025 (EL FASHER) – The Rapid Support Forces shelled the camp.", dt.date(2025, 6, 1))
    assert dl is not None and dl.place == "EL FASHER" and dl.date.date == dt.date(2025, 1, 1)
    assert dateline("January 1, 2025 (Reuters) was a quiet day.", dt.date(2025, 6, 1)) is None


@pytest.mark.parametrize("name, title, basis, date", [
    ("r4_wire_marker_update.txt", "Iraq's parliament passes budget after months of delay", "stated", "2025-02-04"),
    ("r4_two_script_masthead.txt", "Aleppo airport reopens to civilian flights for the first time in weeks", "stated",
     "2025-01-07"),
    ("r4_transcript_dated_title.txt", "Daily Press Briefing by the Office of the Spokesperson – March 3, 2025", "stated",
     "2025-03-03"),
    ("r4_newsletter_digest.txt", "Lebanon's Nawaf Salam forms first full government in two years", "stated", "2025-02-14"),
    ("r4_track_changes_memo.txt", "Border clashes – Hermel and Qusayr", "stated", "2025-04-02"),
    ("r4_ocr_broken_scan.txt", "Hezbollah fires rockets at Haifa as Israel strikes Tyre", "stated", None),
    ("r4_caption_copyright_top.txt", "Lebanon: Strike on Bachoura Health Centre Killed Nine Paramedics", "stated", None),
    ("r4_thread_numbered.txt", None, "inferred", "2025-01-05"),
    ("r4_chat_forward.txt", None, "inferred", "2024-10-04"),
    ("r4_italian_byline_date.txt", "Italy recalls ambassador after attack on UNIFIL base in south Lebanon", "stated",
     "2025-03-03"),
    ("r4_originally_published.txt", None, "stated", "2024-10-20"),
    ("r4_dateline_date_first.txt", "Army recaptures Wad Madani from RSF after months of siege", "stated", "2025-01-11"),
])
def test_round4_fixtures(name: str, title: str | None, basis: str, date: str | None) -> None:
    art = _parse(name)
    if title is not None:
        assert art.title == title
    assert art.title_basis == basis
    assert (art.date.isoformat() if art.date else None) == date


def test_track_changes_debris_never_reaches_the_body() -> None:
    body = _parse("r4_track_changes_memo.txt").body
    for mark in ("Deleted:", "Inserted:", "Formatted:", "Comment [", "TO:", "FROM:", "MEMO"):
        assert mark not in body
    assert "according to security officials" in body


def test_ocr_words_rejoined_in_the_body() -> None:
    body = _parse("r4_ocr_broken_scan.txt").body
    assert "health ministry" in body and "Is raeli" not in body and "rock ets" not in body


def test_name_role_is_not_a_news_headline() -> None:
    assert not NAME_ROLE.match("Hezbollah Names Qassem, New Chief")
    assert not NAME_ROLE.match("Trump Picks Rubio, Secretary of State")
