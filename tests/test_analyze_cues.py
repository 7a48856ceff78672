"""Name cues for off-topic and bio lines, Iran's network as a second theme, per-theme secondary ratios."""

from __future__ import annotations

import pytest

from briefgen.analyze import analyze, discover, load_gazetteer, load_taxonomy
from briefgen.analyze.text import split_sentences
from briefgen.analyze.themes import parse_taxonomy
from briefgen.config import Config
from briefgen.markup import join_blocks, paragraph
from briefgen.models import Article, ContentError, Origin

CFG = Config()
GAZ = load_gazetteer(CFG.gazetteer)
TAX = load_taxonomy(CFG.taxonomy)


def found(text: str, title: str = "") -> dict[str, str]:
    return {f.name: f.kind for f in discover(split_sentences(text), GAZ, title)}


def themes(title: str, *paras: str, tax=TAX) -> list[str]:
    art = Article(title=title, body=join_blocks([paragraph(p) for p in paras]), origin=Origin("x.txt", "0"))
    return analyze(art, GAZ, tax, CFG).themes


@pytest.mark.parametrize("text,name,kind", [
    # an author's bio line at the end of an analysis
    ("The talks have stalled since March. Rania Khoury is a senior fellow at the Lisbon Policy Forum.",
     "Rania Khoury", "people"),
    ("Markets were calm. Tomasz Bielski is editor of the weekly business pages.", "Tomasz Bielski", "people"),
    ("Michael Knights is the Bernstein Fellow at The Washington Institute.", "Michael Knights", "people"),
    # a role right after the name, also at the start of a sentence
    ("Hotels are full. Georges Haddad, head of the hoteliers' association, said bookings doubled.",
     "Georges Haddad", "people"),
    ("Output rose. Dana Whitfield, president of Orbis Chips, said yields were high.", "Dana Whitfield", "people"),
    # a role with a portfolio before the name; particles do not count as name words
    ("The troops are safe, Minister for Defence Seamus Quinlan said on Sunday.", "Seamus Quinlan", "people"),
    ("Sayyid Faisal bin Hamad al Harthi, the foreign minister, said talks would resume.",
     "Faisal bin Hamad al Harthi", "people"),
    ("The vote followed the nominations of Italy's Marco Bellini as executive vice president.", "Marco Bellini",
     "people"),
    ("\"It seems to work,\" said Christian Holloway, a psychologist who led the study.", "Christian Holloway",
     "people"),
    # organisations
    ("Trials continue. Veltra Pharma, which makes the drug, declined to comment.", "Veltra Pharma",
     "organizations"),
    ("The Alliance for Coastal Rights said it had documented 300 cases in the region.",
     "Alliance for Coastal Rights", "organizations"),
    ("In early trading on Monday, shares of Quorix Corp. rose 4% in New York.", "Quorix", "organizations"),
    ("The Central Bank of the Republic of Türkiye cut its policy rate by 250 basis points.",
     "Central Bank of the Republic of Türkiye", "organizations"),
    ("The Federation of Tourism Syndicates expects a good season this summer.", "Federation of Tourism Syndicates",
     "organizations"),
    ("The vote in the European Parliament was the narrowest on record.", "European Parliament", "organizations"),
    ("Google parent Alphabet will buy the Israeli cloud security startup Wiz for $32 billion in cash.", "Wiz",
     "organizations"),
    ("Arrests were counted by the human rights project OVD-Info over the year.", "OVD-Info", "organizations"),
    ("The Red Bull driver needed only to finish ahead of his closest rival on Sunday.", "Red Bull",
     "organizations"),
    # places: countries and states need no cue; camps, forts and stadiums name themselves
    ("Tariffs on imports from Canada and Mexico take effect on Tuesday, the White House said.", "Mexico", "places"),
    ("The company's first plant in Arizona has achieved high yields.", "Arizona", "places"),
    ("Rockets landed near Camp Shamrock on Saturday, the army said.", "Camp Shamrock", "places"),
    ("The final was played at Accor Stadium before 80,000 fans on Sunday night.", "Accor Stadium", "places"),
])
def test_new_cues_find_names(text, name, kind):
    assert found(text).get(name) == kind


@pytest.mark.parametrize("text,bad", [
    ("Commander of the Islamic Revolution Guards Corps (IRGC) Major General Hossein Salami said it.",
     "Revolution Guards Corps"),
    ("Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei said on Wednesday the enemy failed.",
     "Revolution Ayatollah Seyyed"),
    ("Damascus Is The Capital Of Syria And Its Largest City Since Independence.", "Damascus Is"),
    ("The Christian Democrats said they would vote against the budget on Friday.", "Christian Democrats"),
    ("The Foreign Ministry said it had summoned the ambassador on Monday.", "Foreign Ministry"),
    ("He met Chad Miller, who said the team was ready for the match.", "Chad"),
    ("The Houthi leader said the attacks on shipping would go on until the war ends.", "Houthi"),
    ("The Tadawul general index rose 0.8 per cent on Monday, traders said.", "Tadawul"),
])
def test_new_cues_do_not_invent_names(text, bad):
    assert bad not in found(text)


def test_a_town_ending_in_ish_is_not_a_demonym():
    got = found("One driver has been parked outside Arish since the first week of March.",
                title="Aid trucks pile up in Arish as crossing stays shut")
    assert got.get("Arish") == "places"
    assert "Turkish" not in found("Officials said near Turkish positions and in Turkish towns the army moved.")


def test_iran_network_behind_a_syria_story_is_a_second_theme():
    paras = [
        "The fall of the Assad regime cut the main artery of Iran's weapons pipeline to Hezbollah, "
        "which ran from Iraq through Syria to the Lebanese border.",
        "Unit 4400 lost its warehouses near Damascus, and the IRGC Quds Force's Unit 190 lost its routes.",
        "The new Syrian authorities say they have seized a dozen arms shipments since the rebels took Damascus.",
        "Iran is seeking new smuggling routes by sea and by air, Israeli officials say.",
        "Bashar al-Assad fled to Moscow as Hayat Tahrir al-Sham took over, and Syria's new rulers want the "
        "Iranian advisers out.",
    ]
    got = themes("Can Iran still supply Hezbollah through Syria after Assad?", *paras)
    assert set(got) == {"syria-realignment", "axis-of-resistance"}


def test_a_lebanon_ceasefire_in_passing_does_not_add_the_lebanon_front():
    paras = [
        "Iraqi armed factions of the Islamic Resistance in Iraq have suspended drone attacks on Israel, "
        "a Kataib Hezbollah official said.",
        "The decision followed the ceasefire in Lebanon, the official said.",
        "Harakat al-Nujaba and Kataib Sayyid al-Shuhada had claimed dozens of drone launches at Eilat.",
        "The Popular Mobilization Forces, which include the factions, are part of Iraq's security forces.",
        "Prime Minister Mohammed Shia al-Sudani has urged the factions to keep Iraq out of the war.",
    ]
    assert themes("Iraqi factions pause attacks after Lebanon ceasefire", *paras) == ["axis-of-resistance"]


def _two(**second) -> dict:
    a = {"id": "south", "name": "South", "threshold": 2, "entities": {"tag:south-lebanon": 2}}
    b = {"id": "iran", "name": "Iran", "threshold": 2, "entities": {"Iran": 2}}
    b.update(second)
    return {"secondary_ratio": 0.9, "themes": [a, b]}


def test_a_theme_can_have_its_own_secondary_ratio():
    paras = ["Shelling hit Khiam, Odaisseh and Kfar Kila overnight.", "Iran condemned the strikes."]
    assert themes("Strikes", *paras, tax=parse_taxonomy(_two())) == ["south"]
    assert themes("Strikes", *paras, tax=parse_taxonomy(_two(secondary_ratio=0.2))) == ["south", "iran"]
    # the strongest theme is assigned whatever its own ratio
    assert themes("Iran", "Iran and Iran again.", tax=parse_taxonomy(_two(secondary_ratio=1))) == ["iran"]


def test_a_strong_enough_second_theme_is_kept_whatever_the_ratio():
    paras = ["Shelling hit Khiam, Odaisseh and Kfar Kila overnight.", "Iran condemned the strikes."]
    assert themes("Strikes", *paras, tax=parse_taxonomy(_two(secondary_score=1))) == ["south", "iran"]
    assert themes("Strikes", *paras, tax=parse_taxonomy(_two(secondary_score=100))) == ["south"]
    with pytest.raises(ContentError, match="secondary_score"):
        parse_taxonomy(_two(secondary_score="lots"))


@pytest.mark.parametrize("bad", [1.5, -0.1, "high", True])
def test_bad_theme_secondary_ratio_is_a_clear_error(bad):
    with pytest.raises(ContentError, match="secondary_ratio"):
        parse_taxonomy(_two(secondary_ratio=bad))
