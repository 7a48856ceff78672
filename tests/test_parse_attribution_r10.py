"""Round 10 attribution rules, on invented sentences and pages (no fixture text).

- a canonical name is matched in prose only when it is also an alias;
- a mention opening a longer proper name, or naming a person's employer, is no citation;
- ``source``: an agency credited alone under the headline (or in the wire dateline) wins over
  the host site; else a top masthead (bilingual ones read half by half); raw URLs and
  domains resolve through the table; the source is never in ``attributed_to``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.parse import parse
from briefgen.parse.attribution import _compile, attributions, load_outlets
from briefgen.parse.sourcing import agency_credit
from briefgen.sources import RawDoc

OUTLETS = load_outlets(Config().outlets)


def _article(text: str, name: str = "page.txt"):
    data = text.encode("utf-8")
    raw = RawDoc(path=Path("/nonexistent") / name, name=name, data=data, sha256=hashlib.sha256(data).hexdigest())
    return parse(raw, Config())[0]


def test_canonical_name_is_not_matched_unless_it_is_an_alias() -> None:
    table = _compile({"outlets": [
        {"name": "Lantern", "kind": "outlet", "mastheads": ["Lantern"]},
        {"name": "Harbour Wire", "kind": "agency", "aliases": ["Harbour Wire", "HW"]},
    ]})
    assert attributions(["Lantern reported that the port had closed."], table)[0] == []
    assert attributions(["Harbour Wire reported that the port had closed."], table)[0] == ["Harbour Wire"]
    assert table.canonical("Lantern") == "Lantern" and table.masthead("LANTERN") == "Lantern"


@pytest.mark.parametrize("sentence", [
    "The Independent Electoral Board said turnout was low.",
    "The National Unity Party said it would boycott the vote.",
    "Vox populi was cited by the speaker, he said.",
    "The Times Square rally drew thousands, organisers said.",
    "Officials said the harvest began on 12 Mehr, the start of autumn.",
    "Kan said he would resign, his office said.",
    "\"Nobody expected this,\" said Maya Rahal of the Atlantic Council.",
    "Omar Haddad, a senior fellow at the Washington Institute, said the truce was fragile.",
    "An analyst with the International Crisis Group told reporters the talks were stuck.",
])
def test_ordinary_and_affiliation_mentions_are_not_citations(sentence: str) -> None:
    assert attributions([sentence], OUTLETS)[0] == []


@pytest.mark.parametrize("sentence, outlet", [
    ("The fighter told AFP Monday that the road was cut.", "AFP"),
    ("Speaking to Al Jazeera English, the minister said talks would resume.", "Al Jazeera"),
    ("Mehr News reported that the drills had ended.", "Mehr News Agency"),
    ("Israel's Kan News reported the cabinet decision.", "Kan"),
    ("The Atlantic Council said in a report that the corridor was closed.", "The Atlantic Council"),
    ("Time magazine reported that the envoy had resigned.", "Time"),
])
def test_real_citations_still_count(sentence: str, outlet: str) -> None:
    assert attributions([sentence], OUTLETS)[0] == [outlet]


@pytest.mark.parametrize("credit, agency", [
    ("AFP", "AFP"), ("By Reuters", "Reuters"), ("(AP)", "Associated Press"),
    ("AFP | Published: 3 March 2025", "AFP"), ("By Lina Saad, Associated Press", "Associated Press"),
    ("By Lina Saad with AFP", None), ("By Jerusalem Post Staff, Reuters", None), ("By News Desk, AFP", None), ("Staff and agencies", None), ("By Lina Saad", None),
])
def test_agency_credit(credit: str, agency: str | None) -> None:
    assert agency_credit(credit, OUTLETS) == agency


def test_agency_credit_beats_host_masthead() -> None:
    art = _article("Arab News\nHarbour workers strike over unpaid wages in port city\n3 March 2025\nAFP\n\n"
                   "Hundreds of dock workers walked off the job on Monday demanding months of unpaid wages.\n\n"
                   "The port authority said talks would resume on Tuesday, according to a statement.\n")
    assert art.source == "AFP"
    assert "Arab News" in art.evidence["source"] and "AFP" not in art.attributed_to


def test_host_reporter_keeps_the_host_source() -> None:
    art = _article("BBC\nHarbour workers strike over unpaid wages in port city\n3 March 2025\nLina Saad\nBBC News\n"
                   "Reuters\nDock workers gathered at the gate on Monday morning\n\n"
                   "Hundreds of dock workers walked off the job on Monday demanding months of unpaid wages.\n\n"
                   "The port authority said talks would resume on Tuesday, according to a statement.\n")
    assert art.source == "BBC"


def test_wire_dateline_names_the_source_and_is_not_a_citation() -> None:
    art = _article("Harbour workers strike over unpaid wages in port city\n\n"
                   "Tripoli, SANA – Hundreds of dock workers walked off the job on Monday demanding unpaid wages.\n\n"
                   "The port authority said talks would resume on Tuesday.\n")
    assert art.source == "SANA" and art.attributed_to == []


def test_bilingual_masthead_is_read_half_by_half() -> None:
    assert OUTLETS.bilingual("Nidaa al-Watan – نداء الوطن") == "Nidaa al-Watan"
    assert OUTLETS.bilingual("الجديد | Al Jadeed") == "Al Jadeed"
    assert OUTLETS.bilingual("Al Jadeed | Nidaa al-Watan") is None  # two different outlets
    assert OUTLETS.bilingual("Al Jadeed - Breaking news from everywhere") is None
    art = _article("Nidaa al-Watan – نداء الوطن\nClans clash over water rights in mountain villages\n\n"
                   "Armed clashes broke out on Sunday between two families over access to a spring, residents said.\n\n"
                   "Nidaa al-Watan reported that the army deployed to separate the sides.\n")
    assert art.source == "Nidaa al-Watan" and art.attributed_to == []


@pytest.mark.parametrize("value, outlet", [
    ("https://www.thenationalnews.com/news/mena/2025/01/01/x/", "The National"),
    ("english.news.cn", "Xinhua"), ("www.dawn.com", "Dawn"), ("RAND", "The RAND Corporation"),
    ("DAWN", "Dawn"), ("Carnegie Endowment for International Peace", "The Carnegie Endowment for International Peace"),
])
def test_canonical_falls_back_to_domains_and_mastheads(value: str, outlet: str) -> None:
    assert OUTLETS.canonical(value) == outlet


def test_domain_line_at_the_top_names_the_source() -> None:
    art = _article("www.dawn.com\nHarbour workers strike over unpaid wages in port city\n\n"
                   "Hundreds of dock workers walked off the job on Monday demanding months of unpaid wages.\n\n"
                   "The port authority said talks would resume on Tuesday, according to a statement.\n")
    assert art.source == "Dawn"


def test_unknown_url_source_is_cut_to_its_host() -> None:
    art = _article("---\ntitle: Harbour workers strike over unpaid wages\nsource: https://www.example-harbour.org/2025/03/x/\n"
                   "---\n\nHundreds of dock workers walked off the job on Monday demanding months of unpaid wages.\n",
                   name="clip.md")
    assert art.source == "example-harbour.org"
