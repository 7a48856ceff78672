"""Gazetteer: loading, matching rules, and recognition of every name in the seeds."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.analyze import load_gazetteer
from briefgen.analyze.gazetteer import parse_gazetteer
from briefgen.config import Config
from briefgen.markup import plain_text
from briefgen.models import ContentError

_spec = importlib.util.spec_from_file_location("analyze_seedkit", Path(__file__).parent / "fixtures/analyze/seedkit.py")
seedkit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(seedkit)

GAZ = load_gazetteer(Config().gazetteer)


def names(text: str) -> list[str]:
    return [m.entity.name for m in GAZ.find(text)]


def test_bundled_gazetteer_is_large_and_complete():
    assert len(GAZ) >= 200
    kinds = Counter(e.type for e in GAZ.entities)
    assert min(kinds["person"], kinds["organization"], kinds["place"]) >= 60
    for e in GAZ.entities:
        assert e.description and "\n" not in e.description, e.name


@pytest.mark.parametrize("text,canonical", [
    ("Hizbullah fighters", "Hezbollah"), ("the Hizballah movement", "Hezbollah"), ("HEZBOLLAH", "Hezbollah"),
    ("Sayyed Hassan Nasrallah spoke", "Hassan Nasrallah"), ("Nasrallah said", "Hassan Nasrallah"),
    ("Ahmed al-Sharaa", "Ahmed al-Sharaa"), ("Ahmed al-Shaara", "Ahmed al-Sharaa"),
    ("Abu Mohammed al-Jolani", "Ahmed al-Sharaa"), ("Jolani's men", "Ahmed al-Sharaa"),
    ("the PMF", "Popular Mobilization Forces"), ("Hashd al-Shaabi", "Popular Mobilization Forces"),
    ("IDF troops", "Israel Defense Forces"), ("Israeli Defense Forces", "Israel Defense Forces"),
    ("Hajri said", "Daniel Hagari"), ("the U.S. and France", "United States"),
    ("Revolutionary Guards general", "Islamic Revolutionary Guard Corps"),
    ("the United Nations peacekeeping force", "UNIFIL"), ("Bashar al Assad", "Bashar al-Assad"),
    ("Hezbollah\u2019s", "Hezbollah"), ("Hezbollah's", "Hezbollah"), ("Tehran\u2019s", "Tehran"),
])
def test_aliases_and_possessives(text, canonical):
    assert canonical in names(text)


@pytest.mark.parametrize("text", [
    "the idf", "pmf units", "an un-named source", "the un report", "hama is not a place here",
    "Israeli soldiers", "Lebanese army units", "Syrian refugees", "Iranian-backed", "hezbollahs",
])
def test_case_rules_and_demonyms(text):
    assert not ({"Israel Defense Forces", "Popular Mobilization Forces", "United Nations", "Hama", "Israel",
                 "Lebanon", "Syria", "Iran"} & set(names(text))) or text == "Lebanese army units"


def test_acronyms_in_capitals_and_word_boundaries():
    assert names("the UN said") == ["United Nations"]
    assert names("Hamas and Hama") == ["Hamas", "Hama"]
    assert names("Israel-Hamas war") == ["Israel", "Hamas"]
    assert names("Lebanese army units") == ["Lebanese Armed Forces"]
    assert names("Washington-based Middle East Institute") == ["Washington", "Middle East Institute"]


def test_longest_match_wins():
    assert names("the Syrian Observatory for Human Rights said") == ["Syrian Observatory for Human Rights"]
    assert names("Israel's Foreign Ministry") == ["Israeli Foreign Ministry"]
    assert names("Kataib Hezbollah") == ["Kataib Hezbollah"]
    assert names("IDF SPOKESPERSON'S UNIT") == ["IDF Spokesperson's Unit"]


def test_ignore_list():
    assert names("Mon 24 Jun 2024 10:11 am - Jerusalem Time") == []


def test_entry_lookup():
    e = GAZ.entry("Hizballah")
    assert (e.name, e.type, e.kind) == ("Hezbollah", "organization", "organizations")
    assert "Hizbullah" in e.aliases and e.description
    assert GAZ.entry("Jolani").name == "Ahmed al-Sharaa"
    with pytest.raises(KeyError):
        GAZ.entry("Nobody In Particular")


def test_group_orders_by_mentions_then_name():
    text = "Beirut. Hezbollah, Hezbollah and Hamas. Amal Movement. Nasrallah. Syria, Syria, Syria. Aleppo."
    g = GAZ.group(GAZ.count(text))
    assert g["organizations"] == ["Hezbollah", "Amal Movement", "Hamas"]
    assert g["places"] == ["Syria", "Aleppo", "Beirut"]
    assert g["people"] == ["Hassan Nasrallah"]


@pytest.mark.parametrize("yaml_text,reason", [
    ("entities: [\n  - {name: X", "invalid YAML at line"),
    ("- a\n- b\n", "'entities' list"),
    ("entities:\n  - {name: X, type: thing}\n", "type must be one of"),
    ("entities:\n  - {type: place}\n", "has no name"),
    ("entities:\n  - {name: A, type: place, aliases: [Z]}\n  - {name: B, type: place, aliases: [Z]}\n",
     "is used by both"),
    ("entities:\n  - {name: A, type: place}\n  - {name: A, type: person}\n", "duplicate entity name"),
    ("dates:\n  - {date: soon, label: x}\nentities: []\n", "date must be YYYY-MM-DD"),
])
def test_bad_gazetteer_is_a_clear_one_line_error(tmp_path, yaml_text, reason):
    p = tmp_path / "gaz.yaml"
    p.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ContentError) as exc:
        load_gazetteer(p)
    msg = str(exc.value)
    assert reason in msg and str(p) in msg and "\n" not in msg


def test_missing_gazetteer_file(tmp_path):
    with pytest.raises(ContentError, match="cannot read gazetteer"):
        load_gazetteer(tmp_path / "nope.yaml")


def test_user_entity_added_by_yaml_only():
    g = parse_gazetteer({"entities": [{"name": "Wissam al-Tawil", "type": "person", "description": "Radwan commander",
                                       "aliases": ["al-Tawil"]}]})
    assert [m.entity.name for m in g.find("Commander al-Tawil was killed; Wissam al-Tawil's car")] == \
        ["Wissam al-Tawil", "Wissam al-Tawil"]


SEED_ENTITIES = {
    "000": {"people": {"Ghassan Najjar", "Hassan Nasrallah"},
            "organizations": {"Hezbollah", "Al-Mayadeen", "Elaph", "Israel Defense Forces", "Hamas",
                              "Axis of Resistance", "United Nations"},
            "places": {"Israel", "Lebanon", "Syria", "Beirut", "Iran", "Majdal Shams"}},
    "001": {"people": {"Hassan Nasrallah", "Bashar al-Assad", "Qasim Kassir", "Eran Etzion", "Daniel Hagari",
                       "Naim Qassem", "Jeanine Hennis-Plasschaert", "Aroldo Lazaro"},
            "organizations": {"Associated Press", "Hezbollah", "Hamas", "Popular Mobilization Forces", "Fatemiyoun",
                              "Zainabiyoun", "Houthis", "Middle East Institute", "Israeli Foreign Ministry",
                              "United Nations", "UNIFIL", "Axis of Resistance", "Israel Defense Forces"},
            "places": {"Lebanon", "Israel", "Iraq", "Afghanistan", "Pakistan", "Syria", "Yemen", "Iran", "Gaza",
                       "Middle East", "Washington", "Gaza envelope"}},
    "002": {"people": {"Naim Qassem", "Hassan Nasrallah", "Hashem Safieddine"},
            "organizations": {"Hezbollah", "Israel Defense Forces"},
            "places": {"Israel", "Lebanon", "Iran", "United States", "France", "Gaza", "Beirut"}},
    "003": {"people": {"Bashar al-Assad"},
            "organizations": {"Hezbollah", "AFP", "Syrian Observatory for Human Rights", "Syrian Arab Army",
                              "Islamic Revolutionary Guard Corps"},
            "places": {"Lebanon", "Syria", "Damascus", "Qusayr", "Aleppo", "Hama", "Israel", "Homs", "Iran",
                       "Tehran", "Russia"}},
    "004": {"people": {"Bashar al-Assad", "Ahmed al-Sharaa"}, "organizations": {"Hezbollah"},
            "places": {"Syria", "Lebanon", "Qalamoun", "Arsal", "Iran"}},
}


@pytest.mark.parametrize("key", sorted(SEED_ENTITIES))
def test_every_name_in_the_seeds_is_recognised(key):
    art = seedkit.seed_articles()[key]
    counts = GAZ.count(art.title + "\n" + plain_text(art.body))
    got = GAZ.group(counts)
    for kind, expected in SEED_ENTITIES[key].items():
        assert expected <= set(got[kind]), (kind, expected - set(got[kind]))


def test_hagari_typo_is_the_same_person():
    art = seedkit.seed_articles()["001"]
    counts = GAZ.count(plain_text(art.body))
    assert counts["Daniel Hagari"] == 2
    assert "Hajri" not in {n for kind in GAZ.group(counts).values() for n in kind}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("HezbolaIsrNsmAU' \u2019-.,\u0130") + ["Hezbollah", " Hama", "IDF", "UN"]),
                max_size=40).map("".join))
def test_find_never_breaks_and_mentions_are_word_bounded(text):
    for m in GAZ.find(text):
        assert text[m.start:m.end] == m.text
        assert m.start == 0 or not text[m.start - 1].isalnum()
        assert m.end == len(text) or not text[m.end].isalnum()
