"""Round 8 units: URL path dates, capitalisation styles, chat message headers, print-edition headlines,
wrapped-block detection, 'Sources:' headlines, camel-case glue."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.config import Config
from briefgen.parse.attribution import load_outlets
from briefgen.parse.casing import kicker_over, sentence_cased, title_cased
from briefgen.parse.chathead import mark_chat_headers
from briefgen.parse.lines import source_line
from briefgen.parse.model import Line
from briefgen.parse.printhead import stated_headlines
from briefgen.parse.textual import text_lines
from briefgen.parse.title import split_tight
from briefgen.parse.urldate import date_in_url, own_url

OUTLETS = load_outlets(Config().outlets)


@pytest.mark.parametrize("url, want", [
    ("https://x.example/2024/10/09/story-slug/", dt.date(2024, 10, 9)),
    ("https://x.example/news/2023-06-17-ferry-strike", dt.date(2023, 6, 17)),
    ("https://x.example/a/20240102/slug.html", dt.date(2024, 1, 2)),
    ("https://x.example/2024/1/9/slug", dt.date(2024, 1, 9)),
    ("https://x.example/2024/13/09/slug", None),  # no 13th month
    ("https://x.example/2024/02/30/slug", None),  # no such day
    ("https://x.example/article/123456789", None),
    ("https://2024.example/10/09", None),  # the host is not the path
    (None, None),
])
def test_date_in_url(url, want):
    assert date_in_url(url) == want


def test_own_url_is_the_top_line_only():
    top = [Line("https://x.example/2024/10/09/a/"), Line("Headline here"), Line("A paragraph " * 5)]
    assert own_url(None, top) == "https://x.example/2024/10/09/a/"
    late = [Line("Headline"), Line("The story starts here with a long sentence of many words that goes on."),
            Line("https://x.example/2020/01/01/other/")]
    assert own_url(None, late) is None
    assert own_url("https://meta.example/2021/05/05/x", late) == "https://meta.example/2021/05/05/x"


def test_casing():
    assert title_cased("Iraq Kurdish Oil Exports Through Turkey Stuck as Payment Talks Drag On")
    assert not title_cased("Pipeline has been shut since March 2023")
    assert sentence_cased("Pipeline has been shut since March 2023")
    assert not sentence_cased("North and East Syria")
    assert kicker_over("North and East Syria", "Turkish drones target civilian convoy at Tishreen Dam, 5 killed")
    assert not kicker_over("Hezbollah's Last Stand", "The group has lost its leaders and its supply lines.")
    assert not kicker_over("Cocoa Prices Hit Record as West African Harvest Falls Short", "Dry weather cut the crop")


def test_chat_headers_date_the_post():
    lines = [Line("Harbour Watch | مرصد الميناء, [03.05.2024 08:41]"), Line("Loading was suspended this morning.")]
    mark_chat_headers(lines)
    assert lines[0].kind == "byline" and lines[0].date.date == dt.date(2024, 5, 3)
    assert lines[1].kind == ""
    other = [Line("Breaking, [updated]"), Line("Jane Doe, 03.05.2024 08:41")]
    mark_chat_headers(other)
    assert [x.kind for x in other] == ["", ""]


def test_print_edition_note():
    lines = [Line("The tractors return"), Line("Body text."),
             Line('This article appeared in the Europe section of the print edition under the headline "The tractors return"')]
    assert stated_headlines(lines) == {"the tractors return"}
    assert lines[2].kind == "boilerplate"
    nyt = [Line("A version of this article appears in print on Dec. 9, 2024, Section A, Page 1 of the New York edition "
                "with the headline: Rebels Seize Damascus.")]
    assert stated_headlines(nyt) == {"rebels seize damascus"}


def test_repeated_title_block_is_not_a_wrapped_paragraph():
    head = "Chile's copper output slips to a three-year low as mine strikes drag on"
    got = text_lines(f"{head}\n{head}\nPublished: 14 March 2024, Last updated: 15 March 2024\nANDES POST\n\nBody.")
    assert [x.text for x in got[:4]] == [head, head, "Published: 14 March 2024, Last updated: 15 March 2024", "ANDES POST"]


def test_sources_label_opening_a_headline():
    assert source_line("Sources: Iraqi factions halt operations against Israel after Lebanon ceasefire", OUTLETS) is None
    assert source_line("Source: Reuters", OUTLETS) is not None
    assert source_line("Sources: Lebanese health ministry, UN agencies", OUTLETS) is not None


def test_capitalised_glue_needs_the_document():
    text = ("Norway's new minister vows to protect quotas for coastal NorwegiansOfficials say the plan will cap "
            "trawler catches near the shore")
    assert split_tight(text) is None  # alone, "NorwegiansOfficials" could be a camel-case name
    doc = text + "\nMany Norwegians in the north depend on fishing."
    assert split_tight(text, doc) == ("Norway's new minister vows to protect quotas for coastal Norwegians",
                                      "Officials say the plan will cap trawler catches near the shore")
    brand = "Investors flee as regulators fine WhatsApp over data sharing rules in Europe and the United States today"
    assert split_tight(brand, brand + "\nWhatsApp said it would appeal. Whats next?") is None
