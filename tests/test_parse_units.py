"""Unit tests of the parse rules: dates, lines, titles, decoding, detection, outlets."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from briefgen.config import Config
from briefgen.models import InputError
from briefgen.parse import parse
from briefgen.parse.attribution import attributions, load_outlets
from briefgen.parse.dates import date_line, dateline, glued_date_prefix, infer_from_weekday
from briefgen.parse.decode import decode
from briefgen.parse.formats import detect
from briefgen.parse.lines import credit_only, is_boilerplate, split_credit
from briefgen.parse.title import infer_title, split_glued
from briefgen.sources import RawDoc

REF = dt.date(2025, 1, 1)
OUTLETS = load_outlets(Config().outlets)


def raw(data: bytes | str, name: str = "a.txt") -> RawDoc:
    if isinstance(data, str):
        data = data.encode("utf-8")
    from pathlib import Path
    return RawDoc(Path("/x") / name, name, data, hashlib.sha256(data).hexdigest())


@pytest.mark.parametrize("line, day, published", [
    ("Mon 24 Jun 2024 10:11 am - Jerusalem Time", "2024-06-24", "2024-06-24T10:11:00+03:00"),
    (" date 2024-12-07 ", "2024-12-07", None),
    ("Tuesday 12 November 2024 09:14:05", "2024-11-12", "2024-11-12T09:14:05"),
    ("PublishedMarch 3, 2025", "2025-03-03", None),
    ("Updated: 2024-10-01 18:20 GMT+3", "2024-10-01", "2024-10-01T18:20:00+03:00"),
    ("٧ ديسمبر ٢٠٢٤", "2024-12-07", None),
    ("7 ديسمبر 2024", "2024-12-07", None),
    ("Dec. 8, 2024 at 3:45 p.m. EST", "2024-12-08", "2024-12-08T15:45:00-05:00"),
    ("Published: 7 December 2024 | Updated: 8 December 2024", "2024-12-07", None),
    ("Mon 15 Jan 2024 10:11 am - Jerusalem Time", "2024-01-15", "2024-01-15T10:11:00+02:00"),  # winter: +02:00
])
def test_date_lines(line: str, day: str, published: str | None) -> None:
    hit = date_line(line, REF)
    assert hit is not None
    assert hit.date.isoformat() == day
    assert hit.published == published


@pytest.mark.parametrize("line", ["may", "May", "1701", "12", "Sunday", "The war began on October 7, 2023.",
                                  "Hezbollah said on May 5 it would fight", "In 2013 Hezbollah entered Syria",
                                  "10:11 am", "2,000 fighters"])
def test_not_date_lines(line: str) -> None:
    assert date_line(line, REF) is None


def test_glued_date_and_dateline() -> None:
    hit, rest = glued_date_prefix(" date 2024-12-07 Lebanon's Hezbollah has sent 2,000 fighters to Syria", REF)
    assert hit.date == dt.date(2024, 12, 7) and rest.startswith("Lebanon's")
    assert glued_date_prefix("December 7, 2024 was a dark day for the group and its allies in Syria", REF) is None
    dl = dateline("DAMASCUS, Dec. 8 (Reuters) - Syrian rebels said", REF)
    assert dl.agency == "Reuters" and dl.date.date == dt.date(2024, 12, 8) and not dl.date.has_year
    assert dateline("Hezbollah - the group said", REF) is None
    assert dateline("BEIRUT, Lebanon (AP) — Israeli jets", REF).agency == "AP"


def test_weekday_inference() -> None:
    day, phrase = infer_from_weekday("sources told Elaph in a report published Sunday.", dt.date(2024, 10, 26))
    assert day == dt.date(2024, 10, 27) and "Sunday" in phrase
    day, _ = infer_from_weekday("a report published Saturday", dt.date(2024, 10, 26))
    assert day == dt.date(2024, 10, 26)
    assert infer_from_weekday("nothing here", dt.date(2024, 10, 26)) is None


@pytest.mark.parametrize("text", ["Share your opinion", "Sign up for our newsletter", "Leave a comment", "4 min read",
                                  "Your email address will not be published. Required fields are marked *",
                                  "Follow us on Telegram", "Advertisement", "Read more: Hezbollah's next move",
                                  "Follow The Jerusalem Post on Google News", "Tags: Hezbollah, Israel"])
def test_boilerplate(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", ["Hezbollah said it would read more reports before deciding.",
                                  "Israel is also aware of the potential influx of foreign fighters.",
                                  "Regional Impact", "The advertisement campaign ran in Beirut for weeks, officials said."])
def test_not_boilerplate(text: str) -> None:
    assert not is_boilerplate(text)


def test_credits() -> None:
    assert split_credit("Smoke rises over Beirut. (photo credit: IBRAHIM AMRO/AFP via Getty Images)") == \
        ("Smoke rises over Beirut.", "IBRAHIM AMRO/AFP via Getty Images")
    assert split_credit("A view of Kfar Kila. AFP via Getty Images") == ("A view of Kfar Kila.", "AFP via Getty Images")
    assert split_credit("He said the war (in Gaza) would go on.")[1] is None
    assert credit_only("(photo credit: IBRAHIM AMRO/AFP via Getty Images)") == "IBRAHIM AMRO/AFP via Getty Images"
    assert credit_only("(AP Photo/Hussein Malla)") == "AP Photo/Hussein Malla"
    assert credit_only("Photo: Smoke rises over the southern suburbs of Beirut after a strike on Friday") is None


def test_titles() -> None:
    assert split_glued("Hezbollah fighters flee to Syria Since Israel began ground operations in southern Lebanon, "
                       "Hezbollah terrorists have reportedly begun to abandon their posts.")[0] == "Hezbollah fighters flee to Syria"
    assert split_glued("Intense clashes have broken out between Syrian armed groups and Hezbollah in the border "
                       "regions of Syria and Lebanon, further escalating tensions.") is None
    assert split_glued("Hezbollah said on Monday that it had been told by The Guardian newspaper that the report "
                       "would be published soon, officials said.") is None
    t = infer_title("Hezbollah militants have been forced to flee as Islamist fighters make territorial gains.")
    assert t.startswith("Hezbollah militants forced to flee")
    assert len(infer_title("The " + "very " * 40 + "long sentence has no verbs at all in it.").split()) <= 12


def test_attribution_needs_a_cue_and_skips_credits() -> None:
    names, _ = attributions(["The cameraman of Al-Mayadeen TV was killed in the strike."], OUTLETS)
    assert names == []
    names, _ = attributions(["Sources told Elaph. The source told AFP, and AP reported it too."], OUTLETS)
    assert names == ["Elaph", "AFP", "Associated Press"]
    assert OUTLETS.canonical("Agence France-Presse") == "AFP"
    assert OUTLETS.from_url("https://www.timesofisrael.com/x") == "Times of Israel"
    assert len(OUTLETS.names) >= 40


def test_decoding_variants() -> None:
    text = "Hezbollah’s fighters — “ready”\r\nSecond line é"
    for data in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("utf-16"),
                 text.encode("cp1252")):
        out, _enc = decode(data)
        assert out == "Hezbollah’s fighters — “ready”\nSecond line é"
    out, _ = decode("Hezbollahâ€™s\u00a0men".encode("utf-8"))
    assert out == "Hezbollah’s men"
    with pytest.raises(InputError):
        decode(b"   \n\t ")


@pytest.mark.parametrize("text, name, kind", [
    ("<html><body><p>x</p></body></html>", "a.txt", "html"),
    ('{"title": "x"}', "a.txt", "json"),
    ('{"title": "x"}\n{"title": "y"}\n', "a.txt", "jsonl"),
    ('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "a.xml", "feed"),
    ("---\ntitle: x\n---\nbody", "a.txt", "markdown"),
    ("# Title\n\nBody text.", "a.txt", "markdown"),
    ("Plain headline\n\nBody text.", "a.md", "markdown"),
    ("Plain headline\n\nBody text with <b> in it.", "a.txt", "text"),
    ("Plain headline\n\nBody text.", "a.html", "text"),
])
def test_detect(text: str, name: str, kind: str) -> None:
    assert detect(text, name) == kind


@pytest.mark.parametrize("data, name", [
    (b'{"title": "x", ', "a.json"), (b'{"a": 1}\n{oops\n', "a.jsonl"), (b"---\ntitle: [x\n---\nBody text here.", "a.md"),
    (b"\x00\x01\x02binary", "a.txt"), (b"   ", "a.txt"), (b"<rss version='2.0'><channel></channel></rss>", "a.rss"),
    (b"[1, 2, 3]", "a.json"), (b"Share your opinion\n\nAdvertisement\n", "a.txt"),
])
def test_malformed_inputs_raise_input_error(data: bytes, name: str) -> None:
    with pytest.raises(InputError) as err:
        parse(raw(data, name), Config())
    assert err.value.path == name
    assert "\n" not in str(err.value)


def test_front_matter_wins() -> None:
    md = "---\ntitle: Given title\ndate: 2024-01-02\nsource: Reuters\n---\n\nOther headline\n\nMon 24 Jun 2024\n\nBody sentence here."
    a = parse(raw(md, "x.md"), Config())[0]
    assert (a.title, a.title_basis, a.date, a.date_basis, a.source) == \
        ("Given title", "given", dt.date(2024, 1, 2), "given", "Reuters")


def test_markup_is_escaped() -> None:
    a = parse(raw("<script>alert(1)</script> headline {{ x }}\n\n# not a heading, *really*. And [a](b) too.", "x.txt"),
              Config())[0]
    assert "<script>" not in a.body and "{{" not in a.body


def test_entries_and_origin() -> None:
    jl = '{"title": "One two three", "text": "First body sentence here."}\n{"title": "Four five six", "text": "Second body."}\n'
    arts = parse(raw(jl, "f.jsonl"), Config())
    assert [a.origin.entry for a in arts] == [0, 1]
    assert all(a.origin.format == "jsonl" and a.origin.file == "f.jsonl" and a.slug == "" for a in arts)
