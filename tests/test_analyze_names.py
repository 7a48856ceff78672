"""Rule-based recognition of names the gazetteer does not know (analyze.names)."""

from __future__ import annotations

import pytest

from briefgen.analyze import analyze, discover, entity_index, load_gazetteer, load_taxonomy
from briefgen.analyze.text import split_sentences
from briefgen.config import Config
from briefgen.markup import figure, join_blocks, paragraph, subhead
from briefgen.models import Article, Origin

CFG = Config()
GAZ = load_gazetteer(CFG.gazetteer)
TAX = load_taxonomy(CFG.taxonomy)


def found(text: str, title: str = "") -> dict[str, str]:
    return {f.name: f.kind for f in discover(split_sentences(text), GAZ, title)}


@pytest.mark.parametrize("text,name,kind", [
    # a role right before the name, inside or outside the capitalised run
    ("The plan was announced by Finance Minister Youssef Khalil on Tuesday in Beirut.", "Youssef Khalil", "people"),
    ("Istanbul Mayor Ekrem İmamoğlu won a second term with 51 percent of the vote.", "Ekrem İmamoğlu", "people"),
    ("Demand is strong, chief executive Jensen Huang told analysts on a call.", "Jensen Huang", "people"),
    ("Former Mossad chief Tamir Pardo told the crowd that the country was in danger.", "Tamir Pardo", "people"),
    ("\"Measles is contagious,\" said Dr. Ron Cook, the health authority for the county.", "Ron Cook", "people"),
    # speech verbs and appositions
    ("\"The pushback was well anticipated,\" said Vandana Hari, founder of a consultancy.", "Vandana Hari",
     "people"),
    ("Prices may rise again, according to Priyanka Sachdeva of a brokerage in Singapore.", "Priyanka Sachdeva",
     "people"),
    ("The Red Bull driver only had to finish ahead of McLaren's Lando Norris, his closest rival.", "Lando Norris",
     "people"),
    ("The talks were led by Amin Salam, Lebanon's caretaker economy minister, on Monday.", "Amin Salam",
     "people"),
    # organisations: a closing organisation word, or the acronym in brackets
    ("The index was led by property developer Emaar Properties, which gained 3.4 per cent.", "Emaar Properties",
     "organizations"),
    ("Most cases were confirmed by the Texas Department of State Health Services on Friday.",
     "Texas Department of State Health Services", "organizations"),
    ("The main opposition Republican People's Party (CHP) has emerged as the top party.",
     "Republican People's Party", "organizations"),
    ("He fired the leader of the business-friendly Free Democrats (FDP) in a dispute over the budget.",
     "Free Democrats", "organizations"),
    ("An airstrike near the Rafik Hariri University Hospital in Beirut killed 18 people.",
     "Rafik Hariri University Hospital", "organizations"),
    ("Temperatures were recorded by the Abu Dhabi-based Khalifa University on Saturday.", "Khalifa University",
     "organizations"),
    ("Algeria's energy ministry said Sonatrach, the state oil marketer, was ready to ship the crude.", "Sonatrach",
     "organizations"),
    ("Analysts said Nvidia's stock has more than tripled in the past year.", "Nvidia", "organizations"),
    # places: a place word, a toponym word, or a place cue
    ("Most of the cases are in Gaines County, a rural area with a large community.", "Gaines County", "places"),
    ("The terrorist was eliminated in the area of Beit Lif in southern Lebanon.", "Beit Lif", "places"),
    ("Hezbollah fired two projectiles toward the area of Mount Dov on Monday.", "Mount Dov", "places"),
    ("Temperatures hit 50.8C in Sweihan, a town in the east of the emirate, on Saturday.", "Sweihan", "places"),
    ("The drone hit a base in Binyamina, south of Haifa, on Sunday evening.", "Binyamina", "places"),
    ("Fighting raged in Kursk, about 30 km north of the border, officials said.", "Kursk", "places"),
    ("Residents of the village of Kfar Hamam said their homes were destroyed.", "Kfar Hamam", "places"),
    ("The strike, in the densely populated Basta neighbourhood, flattened an eight-storey building.", "Basta",
     "places"),
])
def test_names_with_a_cue_are_found(text, name, kind):
    assert found(text).get(name) == kind


def test_a_full_name_used_alone_later_is_a_person():
    text = ("Arne Slot's side dominated from start to finish at Anfield on Sunday.\n"
            "\"It is a special result, but it is December,\" said Slot after the match.\n"
            "The visitors have now lost four league games in a row under Pep Guardiola, the coach said.\n"
            "Guardiola, whose side sit 11 points behind, admitted his team were second best.")
    got = found(text)
    assert got.get("Arne Slot") == "people" and got.get("Pep Guardiola") == "people"
    assert "Slot" not in got and "Guardiola" not in got


def test_a_single_word_is_a_place_only_with_repeated_cues():
    assert found("Four soldiers were killed in a drone attack on a base near Binyamina on Sunday.") == {}
    text = ("Four soldiers were killed in a drone attack on a base near Binyamina on Sunday.\n"
            "The drone hit a dining hall near Binyamina as soldiers gathered for dinner.")
    assert found(text).get("Binyamina") == "places"
    title_twice = "Drone strikes army base near Binyamina"
    assert found("The drone hit a dining hall near Binyamina as soldiers gathered for dinner.",
                 title_twice).get("Binyamina") == "places"


@pytest.mark.parametrize("text", [
    "The Israeli army said on Monday that it struck targets in southern Lebanon.",
    "Israel Strikes Beirut As Talks Stall In Cairo After Weekend Of Heavy Fighting",
    "By John Smith and Jane Doe",
    "Reporting by Maya Gebeily; Editing by Alex Richardson and Sharon Singleton",
    "Residents inspect the damage in the town. Photograph: Hussein Malla/AP",
    "\"We will not stop,\" said the statement. The Foreign Ministry said it condemned the attack.",
    "On Monday Lebanese officials said the White House had been informed of the plan.",
    "The United Nations Security Council met on Tuesday and the General Assembly will vote next week.",
    "Amazon and Apple fell sharply in New York trading on Friday, dealers said.",
    "Hassan, a 34-year-old taxi driver, said he had fled twice since October.",
    "Witnesses said Israeli Air Force jets flew low over the city for hours.",
    "Hundreds of Syrians, many of them Alawites and Druze, crossed into Lebanon on Sunday.",
    "He crossed into Lebanon from Syrian territory, then into Lebanese territory again at night.",
    "The 36th Armored Brigade moved north, the army said, as the Kurdish-led forces withdrew.",
    "\"We are tired,\" said Abu Ahmad, a farmer who fled the fighting with his family.",
    "It ran on page 1 of the New York edition with the headline: Israel Kills Hezbollah's Leader, Shaking Region.",
    "\"We stayed,\" said Haddad, a member of the group that runs the shelter in the town.",
    "Real Madrid, the Spanish champions, lost again on Saturday night in the capital.",
    "We met John, a teacher, and Mary, a nurse, in the camp on Sunday.",
    "Speaking on Monday, the head of the agency said the numbers were rising.",
    "The group met on Tuesday, the first day of talks, in the Qatari capital.",
    "Murhaf Abu Qasra was named defence minister. Abu Qasra said the army would be rebuilt.",
])
def test_no_junk_from_headlines_bylines_credits_demonyms_or_known_names(text):
    assert found(text) == {}


def test_known_entities_are_not_rediscovered():
    got = found("Prime Minister Najib Mikati said Hezbollah Secretary-General Naim Qassem had agreed.")
    assert got == {}


def test_analyze_adds_unknown_names_after_gazetteer_entities_and_index_marks_them_unknown():
    body = join_blocks([
        subhead("Liverpool Beat Manchester City To Go Nine Points Clear"),
        paragraph("Liverpool moved nine points clear at the top of the league with a comprehensive win."),
        paragraph("Cody Gakpo opened the scoring, converting Mohamed Salah's cross at the far post, "
                  "and Salah sealed it from the penalty spot."),
        paragraph("\"It is a special result,\" said Pep Guardiola, whose side sit 11 points behind."),
        figure("Mohamed Salah celebrates in front of the Kop.", "Peter Byrne/PA Wire"),
    ])
    art = Article(title="Liverpool beat City", body=body, origin=Origin("x.txt", "0"), slug="liverpool")
    out = analyze(art, GAZ, TAX, CFG)
    assert "Mohamed Salah" in out.entities["people"] and "Pep Guardiola" in out.entities["people"]
    assert "Peter Byrne" not in out.all_entities()  # photo credits never give names
    assert out.themes == []
    index = entity_index([out], GAZ)
    assert index["Mohamed Salah"].known is False and index["Mohamed Salah"].type == "person"
    again = analyze(art, GAZ, TAX, CFG)
    assert again.entities == out.entities  # deterministic


def test_found_names_explain_themselves():
    (f,) = discover(split_sentences("The index rose, said Vandana Hari, founder of a consultancy."), GAZ)
    assert f.reason == "speaker" and f.count == 1


from hypothesis import given, settings, strategies as st  # noqa: E402

_WORDS = st.sampled_from(["Said", "said", "Minister", "Ahmad", "Kahil", "of", "the", "Party", "(CHP)", "near",
                          "Basta", "County", "'s", ",", ".", "Dr.", "Beit", "Lif", "Hezbollah", "İmamoğlu",
                          "\u201c", "\u201d", "al-Zein", "Mount", "shares", "a", "company", "\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_discover_never_crashes_and_names_come_from_the_text(words):
    text = " ".join(words)
    sentences = split_sentences(text)
    out = discover(sentences, GAZ)
    assert out == discover(sentences, GAZ)
    for f in out:
        assert f.name and f.name == f.name.strip() and f.kind in ("people", "organizations", "places")
        assert all(tok in text for tok in f.name.split())
