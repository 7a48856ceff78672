"""Name cues of round 4 (datelines, match results, team roles, scores, camps, indices, nested places)
and second themes (Iran officials on Lebanon, the Syria side of a Lebanon story)."""

from __future__ import annotations

import pytest

from briefgen.analyze import analyze, discover, load_gazetteer, load_taxonomy
from briefgen.analyze.name_cues import dateline_places, match_teams
from briefgen.analyze.text import split_sentences
from briefgen.config import Config
from briefgen.markup import join_blocks, paragraph
from briefgen.models import Article, Origin

CFG = Config()
GAZ = load_gazetteer(CFG.gazetteer)
TAX = load_taxonomy(CFG.taxonomy)


def found(text: str, title: str = "") -> dict[str, str]:
    return {f.name: f.kind for f in discover(split_sentences(text), GAZ, title)}


def themes(title: str, *paras: str) -> list[str]:
    art = Article(title=title, body=join_blocks([paragraph(p) for p in paras]), origin=Origin("x.txt", "0"))
    return analyze(art, GAZ, TAX, CFG).themes


@pytest.mark.parametrize("text,title,name,kind", [
    ("MULTAN: The city recorded its worst air on Tuesday as schools stayed shut for a week.",
     "Multan chokes on smog", "Multan", "places"),
    ("Osasuna beat Celta Vigo 3-1 on Saturday to climb into the top half of the table.", "", "Osasuna",
     "organizations"),
    ("Osasuna beat Celta Vigo 3-1 on Saturday to climb into the top half of the table.", "", "Celta Vigo",
     "organizations"),
    ("Highlanders coach Jamie Joseph named an unchanged side for the derby on Friday night.", "",
     "Jamie Joseph", "people"),
    ("The Wallaby Stars coach Dave Rennie named an unchanged side for the derby on Friday night.", "",
     "Wallaby Stars", "organizations"),
    ("Rayo Vallecano, coached by Iñigo Pérez, stayed in the relegation zone after the loss.", "",
     "Rayo Vallecano", "organizations"),
    ("Shubman Gill's unbeaten 88 kept the hosts in the game until the final session.", "", "Shubman Gill",
     "people"),
    ("Devon Conway struck a patient 91 as the visitors batted through the afternoon.", "", "Devon Conway",
     "people"),
    ("Families sheltering in the Abu Shouk camp for displaced people were hit by shells on Monday.", "",
     "Abu Shouk", "places"),
    ("The benchmark Taiwan Capitalization Weighted Stock Index (TAIEX) rose 1.2 percent on Monday.", "",
     "TAIEX", "organizations"),
    ("Treasurer Angus Taylor welcomed the move, saying it would help borrowers.", "", "Angus Taylor", "people"),
    ("The Sindh Environment Protection Department blamed crop burning, while the Sindh government closed "
     "schools.", "", "Sindh Environment Protection Department", "organizations"),
])
def test_round4_name_cues(text, title, name, kind):
    assert found(text, title).get(name) == kind


def test_a_surname_alone_in_a_sentence_case_headline_makes_a_person():
    text = "Luka Modric broke a run of missed chances on Sunday night as the hosts won at home."
    assert found(text, "Modric ends his drought as the hosts win").get("Luka Modric") == "people"
    assert "Luka Modric" not in found(text, "Ends His Drought As The Hosts Win At Home")


def test_a_place_inside_an_organisation_name_is_still_a_place():
    text = ("The Haryana Environment Protection Department blamed crop burning.\n"
            "Officials said the Haryana government had closed schools for another week.")
    got = found(text)
    assert got.get("Haryana") == "places" and got.get("Haryana Environment Protection Department") == "organizations"


@pytest.mark.parametrize("sentences,title", [
    (["SOURCE: OCHA situation report on the Gaza Strip"], "Source of the figures"),
    (["FILE - A ship sails through the Red Sea on Monday."], "File photo of a ship"),
    (["UPDATE: the strike hit a building in the south."], "Update on the strike"),
    (["DUBAI: Prices rose on Monday as traders returned."], "Prices rise after holiday"),  # not named again
])
def test_no_dateline_place_from_furniture_or_unrepeated_datelines(sentences, title):
    assert dateline_places(sentences, title) == []


def test_match_results_need_a_score():
    assert match_teams("Osasuna beat Celta Vigo on penalties after a long night.") == []
    assert match_teams("The coalition beat the deadline 3-1 ways.") == []
    assert match_teams("Leeds drew with Sheffield Wednesday 2-2 at Elland Road.") == ["Leeds", "Sheffield Wednesday"]


def test_no_player_from_casualty_numbers():
    assert found("Local officials said 45 people were killed in the raid on Monday.") == {}
    assert found("The soldiers said 3 troops were wounded near the border on Sunday.") == {}
    assert "Ras Beirut" not in found("Shelling on Ras Beirut killed 12 people and wounded 40, medics said.")
    assert "Marwan Kassab" not in found("Marwan Kassab 45 percent of the vote was counted by Monday night.")


def test_iranian_minister_in_beirut_gets_the_axis_as_second_theme():
    got = themes(
        "Iranian foreign minister in Beirut: Tehran backs any ceasefire Lebanon accepts",
        "Iranian Foreign Minister Abbas Araghchi, who arrived in Beirut on Saturday, said the Islamic Republic "
        "supports any ceasefire in Lebanon accepted by the Lebanese resistance.",
        "After meeting Parliament Speaker Nabih Berri and Prime Minister Najib Mikati, Araghchi said Tehran "
        "would stand by Hezbollah, and visited the site of an Israeli strike in Beirut's southern suburbs.",
        "His plane landed at Beirut airport despite Israeli warnings about Iranian flights.",
    )
    assert got[:1] == ["lebanon-front"] and "axis-of-resistance" in got


def test_short_lebanon_and_syria_statement_gets_both_themes():
    got = themes(
        "Minister meets envoy on Lebanon and Syria",
        "The two discussed the ceasefire arrangement in Lebanon, the disarmament of Hezbollah and the situation "
        "in southern Syria.",
        "The minister said Israel would keep troops at five points in southern Lebanon and would not allow "
        "Hezbollah to return to the border.",
        "He also stressed Israel's opposition to a Turkish military presence in southern Syria near the Golan.",
        "The envoy said the Lebanese Armed Forces must hold a monopoly on arms.",
    )
    assert got[:1] == ["lebanon-front"] and "syria-realignment" in got
