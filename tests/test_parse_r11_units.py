"""Round 11 rules: nested API field objects, relative update stamps, kicker/date rows, UTC stamps shown
in local time, capitals breadcrumbs and "Day N:" series headlines."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from briefgen.config import Config
from briefgen.parse import parse
from briefgen.parse.datefind import meta_date_line
from briefgen.parse.furniture import breadcrumb
from briefgen.parse.liveblog import day_label
from briefgen.sources import RawDoc


def _parse(text: str, name: str = "r11.txt"):
    data = text.encode("utf-8")
    return parse(RawDoc(Path("/tmp") / name, name, data, hashlib.sha256(data).hexdigest()), Config())


_BODY = ("\n\nBy Jane Roe\n12 March 2025\n\nBEIRUT (Reuters) - Israeli warplanes struck the southern suburbs of Beirut "
         "on Wednesday, the third day of a new offensive, residents and officials said. The strikes hit several "
         "buildings.\n\nThe Israeli military said it targeted weapons depots belonging to Hezbollah in the area.\n")


def test_day_counter_with_a_clause_is_a_headline() -> None:
    assert not day_label("Day 3: Israel strikes Beirut")
    assert not day_label("Day 100: Ukraine marks grim milestone as shelling continues")
    assert [a.title for a in _parse("Day 3: Israel strikes Beirut" + _BODY)] == ["Day 3: Israel strikes Beirut"]


def test_day_counter_alone_or_with_a_label_is_no_headline() -> None:
    for t in ("Day 247", "Israel at war: Day 247", "Day 3 | Live updates", "Day 12 – War in Ukraine", "Day 5: Live"):
        assert day_label(t), t
    got = _parse("Israel at war: Day 247\nIsrael strikes Beirut's southern suburbs" + _BODY)
    assert got[0].title == "Israel strikes Beirut's southern suburbs"


def test_nested_fields_object_supplies_title_body_and_date() -> None:
    doc = {"response": {"results": [{"webTitle": "Ferry strike halts island traffic",
                                     "webPublicationDate": "2025-05-01T22:30:00Z",
                                     "webUrl": "https://www.theguardian.com/world/2025/may/01/ferry",
                                     "fields": {"bodyText": "Ferry crews walked out on Thursday. Islanders were stranded."}}]}}
    (a,) = _parse(json.dumps(doc), "api.json")
    assert a.title == "Ferry strike halts island traffic" and a.date == dt.date(2025, 5, 1)
    assert "Ferry crews walked out" in a.body


def test_a_source_object_never_lends_its_name_as_title() -> None:
    doc = [{"source": {"name": "Harbour Weekly"}, "attributes": {"body_text": "Tugboats were tested in the port today."}}]
    (a,) = _parse(json.dumps(doc), "x.json")
    assert a.title != "Harbour Weekly"


def test_relative_update_in_words_leaves_a_date_line() -> None:
    hit = meta_date_line("February 7, 2023 7:38 AM GMT+2Updated a year ago")
    assert hit and hit.date == dt.date(2023, 2, 7)
    hit = meta_date_line("3 June 2024 Updated a month ago")
    assert hit and hit.date == dt.date(2024, 6, 3)


def test_kicker_trail_before_the_date() -> None:
    hit = meta_date_line("Report / Europe & Central Asia 9 January 2025")
    assert hit and hit.date == dt.date(2025, 1, 9)
    hit = meta_date_line("Q&A / Africa 2 March 2024")
    assert hit and hit.date == dt.date(2024, 3, 2)
    assert meta_date_line("Rebels seize / Goma airport 9 January 2025") is None


def test_capitals_breadcrumb_without_separators() -> None:
    assert breadcrumb("HOME NEWS WORLD EUROPE")
    assert not breadcrumb("Home Secretary resigns over visa row")
    assert not breadcrumb("HOME")


def test_utc_metadata_stamp_yields_to_the_local_date_shown() -> None:
    html = ("<html><head><meta property=\"article:published_time\" content=\"2024-08-04T21:30:00+00:00\">"
            "<title>Floods cut off towns</title></head><body><article><h1>Floods cut off towns in the north</h1>"
            "<time datetime=\"2024-08-04T21:30:00.000Z\">Mon 5 Aug 2024 at 7:30am</time>"
            "<p>Floodwaters cut off several towns in the north on Monday after days of heavy rain, officials said.</p>"
            "<p>Rescue crews used boats to reach stranded residents.</p></article></body></html>")
    (a,) = _parse(html, "page.html")
    assert a.date == dt.date(2024, 8, 5)


def test_utc_stamp_kept_when_the_shown_date_agrees() -> None:
    html = ("<html><head><meta property=\"article:published_time\" content=\"2024-08-04T09:30:00+00:00\">"
            "</head><body><article><h1>Floods cut off towns in the north</h1>"
            "<time datetime=\"2024-08-04T09:30:00Z\">4 Aug 2024</time>"
            "<p>Floodwaters cut off several towns in the north on Sunday after days of heavy rain, officials said.</p>"
            "</article></body></html>")
    (a,) = _parse(html, "page.html")
    assert a.date == dt.date(2024, 8, 4)
