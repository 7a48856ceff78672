"""Round 7: "other" names (resolutions, operations, ships, weapons), full organisation names
over their acronyms, owners cut from organisation names, and non-English spellings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # benchmarks/ is a top-level package of the repo, not installed
    sys.path.insert(0, str(ROOT))

from benchmarks.accuracy import _entity_found, alias_index  # noqa: E402
from briefgen.analyze import discover, load_gazetteer  # noqa: E402
from briefgen.analyze.others import other_names  # noqa: E402
from briefgen.config import Config  # noqa: E402

GAZ = load_gazetteer(Config().gazetteer)


def _found(sentences: list[str]) -> dict[str, str]:
    return {f.name: f.kind for f in discover(sentences, GAZ, "", [GAZ.find(s) for s in sentences])}


@pytest.mark.parametrize("sentence, names", [
    ("India launched Operation Sindoor on May 7 against targets across the border.", ["Operation Sindoor"]),
    ("The UN Security Council adopted resolution 2334 in December 2016.", ["Resolution 2334"]),
    ("Diplomats cited UNSCR 2334 and Resolution 242 in the debate.", ["Resolution 2334", "Resolution 242"]),
    ("He praised Operation \"Desert Storm II\" in a speech on Monday.", ["Operation Desert Storm II"]),
    ("The rebels' Operation Deterrence of Aggression began on Wednesday.", ["Operation Deterrence of Aggression"]),
    ("Houthi forces hit the British oil tanker Marlin Luanda in the Gulf of Aden.", ["Marlin Luanda"]),
    ("F/A-18s flew from the USS Harry S. Truman carrier strike group.", ["USS Harry S. Truman"]),
])
def test_other_names_by_shape(sentence: str, names: list[str]) -> None:
    assert [n for _a, _b, n in other_names(sentence)] == names


@pytest.mark.parametrize("sentence", [
    "They passed a resolution 10 days ago after a long debate.",
    "The Joint Operation Command said the attack was repelled.",
    "Operation Manager John Smith said the plant would reopen.",
    "Operation costs rose sharply in the third quarter.",
    "The Senate passed House Resolution 24 on Tuesday.",
    "The vessel Monday was delayed by the storm.",
])
def test_no_other_name_without_the_shape(sentence: str) -> None:
    assert other_names(sentence) == []


def test_discover_reports_other_kind_and_keeps_the_words_out_of_other_names() -> None:
    found = _found(["India launched Operation Sindoor on May 7 against targets across the border, officials said."])
    assert found.get("Operation Sindoor") == "other"
    assert not any(k != "other" and "Sindoor" in n for n, k in found.items())


@pytest.mark.parametrize("text, name", [
    ("Hezbollah fired Burkan rockets and Kornet missiles at a Merkava tank.", "Burkan"),
    ("Iron Dome intercepted most of the rockets.", "Iron Dome"),
    ("The Israeli army said it acted under UNSCR 1701.", "Resolution 1701"),
    ("Iran said Operation True Promise II was a warning.", "Operation True Promise"),
    ("The Taif Accord ended the civil war.", "Taif Agreement"),
    ("Hamas called it the Al-Aqsa Flood.", "Operation Al-Aqsa Flood"),
])
def test_gazetteer_other_entities(text: str, name: str) -> None:
    hits = {m.entity.name: m.entity.kind for m in GAZ.find(text)}
    assert hits.get(name) == "other"


def test_accuracy_alias_matching_covers_other_entities() -> None:
    index = alias_index(Path(Config().gazetteer))
    assert _entity_found("UN Security Council Resolution 1701", ["Resolution 1701"], index)
    assert _entity_found("Operation True Promise II", ["Operation True Promise"], index)
    assert _entity_found("Shahed", ["Shahed-136"], index)


@pytest.mark.parametrize("text, name", [
    ("Die Hisbollah verliert ihren wichtigsten Verbündeten.", "Hezbollah"),
    ("Russland und die Türkei ringen um Einfluss in Syrien.", "Turkey"),
    ("La FINUL a dénoncé des tirs sur ses positions au Liban.", "UNIFIL"),
    ("An Israeli enemy drone targeted a car near Nabatieh.", "Israel"),
    ("Cogat said 200 lorries entered Gaza.", "COGAT"),
    ("The Druze of Sweida rejected the deployment.", "Druze"),
])
def test_other_language_and_house_style_spellings(text: str, name: str) -> None:
    assert name in {m.entity.name for m in GAZ.find(text)}


def test_full_name_kept_over_its_acronym() -> None:
    found = _found([
        "The US National Oceanic and Atmospheric Administration (NOAA) announced the finding today.",
        "Scientists at NOAA said the heat stress had spread across the tropics.",
    ])
    assert found.get("National Oceanic and Atmospheric Administration") == "organizations"


def test_owner_cut_from_an_organisation_name() -> None:
    found = _found(["The coalition relies on N. Chandrababu Naidu's Telugu Desam Party for its majority, analysts said."])
    assert found.get("Telugu Desam Party") == "organizations"
    assert not any("Naidu's" in n for n in found)


def test_possessive_inside_an_organisation_name_is_kept() -> None:
    found = _found(["The vote was a blow for Erdogan as the Republican People's Party won in most big cities."])
    assert "Republican People's Party" in found


def test_two_places_joined_by_and_are_not_one_name() -> None:
    found = _found(["Mass bleaching hit the Red Sea and the Great Barrier Reef, where surveys found damage."])
    assert found.get("Great Barrier Reef") == "places"
    assert not any(" and " in n for n in found)


def test_role_holder_and_his_party_are_split() -> None:
    found = _found(["The result was a blow to Prime Minister Donald Tusk's Civic Coalition, which backed the rival."])
    assert found.get("Donald Tusk") == "people"
    assert found.get("Civic Coalition") == "organizations"
