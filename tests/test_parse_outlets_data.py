"""Checks of the outlet table (briefgen/data/outlets.yaml): shape, uniqueness and precision.

Aliases are found in article text case-sensitively as whole words (a canonical name
only when it is listed as an alias too), so an ordinary word there would turn plain
sentences into citations. These tests pin the table's rules, not any fixture.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from briefgen.config import Config
from briefgen.parse.attribution import attributions, load_outlets

PATH = Config().outlets
ROWS = yaml.safe_load(Path(PATH).read_text(encoding="utf-8"))["outlets"]
OUTLETS = load_outlets(PATH)
KINDS = {"agency", "outlet", "broadcaster", "publisher"}

# Ordinary English words (nouns, adjectives, verbs, names of things) that news outlets
# are often called after. None may be a one-word alias or name in any capitalisation.
COMMON_WORDS = frozenset("""
a about after age air all also amnesty and any april are around art as at august back bank be beacon
before best blade border brief bulletin business but by call can capital carnegie caller century
change channel chronicle citizen city close club come commerce companion compass conversation council
courier daily dawn day december defense diplomat dispatch does during east echo economist edge empire
enquirer era evening examiner express fact february first focus for forward free from front gazette
general get global globe go good great guardian has have he herald here hill his home hour how in
independent inquirer insider intercept is it its january journal july june just last leader ledger
liberty life light like line lines live local mail march mark may memo messenger mint mirror monitor more
morning most nation national nature new news no north not november now observer october of on one
only or other our out over paper past patriot people petra pioneer planet point post press print
progress punch quarterly reason record register report reporter republic review rock sabah salon say
science sentinel september she should slate source south spectator standard star state statesman stern
still stuff sun sunday tablet telegraph tempo than that the their there they this time times today
tribune union up us vanguard verge view voice vox was watch way we week weekly west when which who
will wire wired with world would year you
""".split())


def _aliases(row: dict) -> list[str]:
    """The spellings matched in text: aliases only (the canonical name is a display name)."""
    return [str(a) for a in row.get("aliases") or []]


def test_table_loads_and_is_large() -> None:
    assert len(OUTLETS.names) == len(ROWS) >= 400
    assert OUTLETS.pattern is not None


def test_every_row_has_name_and_known_kind() -> None:
    for row in ROWS:
        assert isinstance(row, dict) and str(row.get("name", "")).strip(), row
        assert row.get("kind") in KINDS, row
        assert set(row) <= {"name", "kind", "aliases", "domains", "mastheads", "taglines", "date_order"}, row


def test_names_are_unique() -> None:
    dup = [n for n, c in Counter(str(r["name"]) for r in ROWS).items() if c > 1]
    assert not dup


def test_no_alias_is_claimed_by_two_outlets() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for row in ROWS:
        for alias in _aliases(row):
            if alias in owner and owner[alias] != row["name"]:
                clashes.append((alias, owner[alias], row["name"]))
            owner.setdefault(alias, str(row["name"]))
    assert not clashes


def test_no_domain_is_claimed_twice_and_all_look_like_domains() -> None:
    seen: dict[str, str] = {}
    shape = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$")
    for row in ROWS:
        for dom in row.get("domains") or []:
            dom = str(dom)
            assert shape.match(dom), (row["name"], dom)
            assert not dom.startswith("www."), dom
            assert dom not in seen, (dom, seen.get(dom), row["name"])
            seen[dom] = str(row["name"])


@pytest.mark.parametrize("row", ROWS, ids=lambda r: str(r.get("name")))
def test_no_alias_is_a_common_word(row: dict) -> None:
    for alias in _aliases(row):
        words = alias.split()
        assert len(alias.strip()) >= 2, alias
        if len(words) == 1:
            assert alias.casefold() not in COMMON_WORDS, f"{row['name']}: alias {alias!r} is an ordinary word"


def test_whole_line_keys_are_not_common_words_except_mastheads() -> None:
    # a masthead may be an ordinary word ("Time"), but only as an exact top line
    listed = {str(m) for r in ROWS for m in r.get("mastheads") or []}
    for alias in OUTLETS.canon:
        if alias.casefold() in COMMON_WORDS:
            assert alias in listed, alias


@pytest.mark.parametrize("sentence", [
    "Iran's Guardian Council approved the candidates, state media said.",
    "The ships joined Operation Prosperity Guardian, the Pentagon said.",
    "Time is running out for a deal, the envoy said.",
    "Officials at the Ministry of Foreign Affairs said the talks would resume.",
    "Dawn raids were reported across the south on Monday.",
    "Sheikh Sabah al-Khalid said Kuwait backed the plan.",
    "Tourists returned to the ancient city of Petra, officials said.",
    "Investment in the MENA region rose, the report said.",
    "CCTV footage showed the car, police said.",
    "The Amnesty law was passed in 1991, the minister said.",
    "The ministry said it had signed a memorandum with the Andean Community.",
    "Fortune favoured the brave, the commander said.",
    "The Australian government said evacuation flights would continue.",
    "The Hindu nationalist party said it would contest the seat.",
    "The Age of Enlightenment shaped the reformers, he said.",
    "A lawmaker from Imran Khan's party said the vote was rigged.",
    "\"The rebels are testing the lines,\" said Charles Lister of the Middle East Institute.",
    "Ali Vaez of the International Crisis Group said Iran had to step in.",
    "Israeli fire hit positions of the UN Interim Force in Lebanon (UNIFIL), the army said.",
    "\"There is no one with his stature,\" said Lina Khatib of Chatham House.",
])
def test_ordinary_sentences_cite_no_outlet(sentence: str) -> None:
    found, _ = attributions([sentence], OUTLETS)
    assert found == [], found


@pytest.mark.parametrize("sentence, outlet", [
    ("Al-Araby al-Jadeed reported that the talks had stalled.", "The New Arab"),
    ("The Atlantic Council said in a report that the corridor was closed.", "The Atlantic Council"),
    ("Nidaa al-Watan reported that clans had clashed in Hermel.", "Nidaa al-Watan"),
    ("The Syrian Observatory for Human Rights said 12 fighters were killed.", "Syrian Observatory for Human Rights"),
    ("The official Saudi Press Agency reported the meeting.", "Saudi Press Agency"),
    ("Houthi-run Al-Masirah TV reported nine dead.", "Al-Masirah"),
    ("Al-Sharq Al-Awsat reported that the envoy had arrived.", "Asharq Al-Awsat"),
    ("Israel's public broadcaster Kan News reported the decision.", "Kan"),
    ("Channel 13 reported that the cabinet would meet.", "Channel 13"),
    ("Jordan's state news agency Petra reported the visit.", "Jordan News Agency"),
])
def test_citations_resolve_to_the_right_outlet(sentence: str, outlet: str) -> None:
    found, _ = attributions([sentence], OUTLETS)
    assert found == [outlet]


@pytest.mark.parametrize("url, outlet", [
    ("https://www.nidaalwatan.com/article/1", "Nidaa al-Watan"),
    ("https://english.enabbaladi.net/archives/2024/12/x/", "Enab Baladi"),
    ("https://studies.aljazeera.net/en/analyses/x", "The Al Jazeera Centre for Studies"),
    ("https://www.aljazeera.com/news/2024/12/8/x", "Al Jazeera"),
    ("https://www.crisisgroup.org/middle-east-north-africa/x", "The International Crisis Group"),
    ("https://www.example.org/x", None),
])
def test_domains_resolve(url: str, outlet: str | None) -> None:
    assert OUTLETS.from_url(url) == outlet


@pytest.mark.parametrize("line, outlet", [
    ("Crisis Group", "The International Crisis Group"), ("Chatham House", "The Royal Institute of International Affairs"),
    ("Time", "Time"), ("TIME", "Time"), ("The Hill", "The Hill"), ("Foreign Affairs", "Foreign Affairs"),
    ("نداء الوطن", "Nidaa al-Watan"), ("Dawn", "Dawn"), ("The Independent", "The Independent"),
])
def test_mastheads_only_as_whole_lines(line: str, outlet: str) -> None:
    assert OUTLETS.masthead(line) == outlet


@pytest.mark.parametrize("sentence", [
    "The Guardian Council approved the candidates, state media said.",
    "The Independent High Electoral Commission said turnout was 41 percent.",
    "The National Coalition said the talks had failed.",
])
def test_sentence_initial_proper_names_are_not_outlets(sentence: str) -> None:
    found, _ = attributions([sentence], OUTLETS)
    assert found == [], found


def test_date_order_values() -> None:
    for row in ROWS:
        if "date_order" in row:
            assert str(row["date_order"]).upper() in ("MDY", "DMY"), row
