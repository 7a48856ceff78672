"""Theme rules: gazetteer tags (tag:NAME), short-text thresholds, negative_min, the Israel gate."""

from __future__ import annotations

import pytest

from briefgen.analyze import analyze, check_taxonomy, load_gazetteer, load_taxonomy
from briefgen.analyze.themes import parse_taxonomy
from briefgen.config import Config
from briefgen.markup import join_blocks, paragraph
from briefgen.models import Article, ContentError, Origin

CFG = Config()
GAZ = load_gazetteer(CFG.gazetteer)
TAX = load_taxonomy(CFG.taxonomy)


def make(title: str, *paras: str) -> Article:
    return Article(title=title, body=join_blocks([paragraph(p) for p in paras]), origin=Origin("x.txt", "0"))


def themes(title: str, *paras: str, tax=TAX) -> list[str]:
    return analyze(make(title, *paras), GAZ, tax, CFG).themes


def test_southern_villages_carry_region_tags():
    for name in ("Aita al-Shaab", "Khiam", "Nabatieh", "Naqoura"):
        assert "south-lebanon" in GAZ.entry(name).tags and "lebanon" in GAZ.entry(name).tags
    assert "south-lebanon" not in GAZ.entry("Baalbek").tags and "lebanon" in GAZ.entry("Baalbek").tags
    assert "south-lebanon" not in GAZ.entry("Aleppo").tags


def test_short_wire_item_on_a_southern_village_strike_is_lebanon_front():
    got = themes("Israeli drone strike targets car in Aita al-Shaab, one killed",
                 "An Israeli drone strike targeted a car in the southern town of Aita al-Shaab on Monday, "
                 "killing one person, the Health Ministry said.",
                 "LBCI", "Previous", "Next")
    assert got == ["lebanon-front"]


def test_strike_on_a_southern_town_without_naming_lebanon_or_hezbollah():
    got = themes("Israeli enemy airstrike on Nabatieh municipality building kills mayor",
                 "An Israeli enemy airstrike targeted on Wednesday morning the Nabatieh municipality building, "
                 "killing the mayor and a number of municipal employees.",
                 "Enemy warplanes also launched raids on the market of Nabatieh and the outskirts of Khiam.")
    assert got == ["lebanon-front"]


def test_short_claim_by_an_iraqi_militia_is_axis_of_resistance():
    got = themes("The Islamic Resistance announces that its mujahideen targeted a vital target",
                 "The Islamic Resistance in Iraq announces that its mujahideen targeted a vital target in the "
                 "occupied Umm al-Rashrash (Eilat) with a drone, in support of our people in Palestine and Lebanon.",
                 "The Islamic Resistance in Iraq affirms its continuation in destroying the enemy's strongholds.",
                 "#المقاومة_الإسلامية_في_العراق")
    assert got == ["axis-of-resistance"]


def test_a_short_text_still_needs_evidence():
    assert themes("Markets", "Lebanese banks reopened on Monday after a strike by employees over pay.") == []
    assert themes("Weather", "Heavy rain is expected in Tyre and Sidon over the weekend, forecasters said.") == []


def test_hezbollah_clashing_with_syria_is_not_the_lebanon_front():
    got = themes("Syrian forces and Hezbollah-linked clans clash on Lebanon border near Hermel",
                 "Syrian government forces clashed with Hezbollah-linked clans near Hermel, Lebanese "
                 "security sources said, after the new authorities in Damascus accused them of smuggling.",
                 "The Lebanese army deployed along the northern border and returned fire, the army said.",
                 "Rocket fire hit Syrian villages near Qusayr as the fighting spread for a second day.",
                 "Syrian officials said Hezbollah fighters had attacked troops from Lebanese territory.")
    assert "lebanon-front" not in got and got and got[0] == "syria-realignment"


def test_one_incidental_negative_word_does_not_sink_a_war_story():
    paras = ["Israel's security cabinet authorized a response to the Hezbollah rocket strike on the Golan "
             "Heights town of Majdal Shams, the prime minister's office said.",
             "Twelve children were killed when a rocket slammed into a soccer field in the Druze town.",
             "The army readied for days of fighting with Hezbollah, and the US urged restraint."]
    assert themes("Cabinet authorizes response to Majdal Shams strike", *paras) == ["lebanon-front"]
    football = ["Liverpool beat City in the league as the football season reached its midpoint, and the "
                "striker scored twice in the league match.",
                "Fans in Lebanon and Israel watched the football on television."]
    assert themes("Football: Liverpool win", *football) == []


def _tax(**extra) -> dict:
    theme = {"id": "south", "name": "South", "threshold": 4, "entities": {"tag:south-lebanon": 2},
             "require": [["tag:south-lebanon"]]}
    theme.update(extra)
    return {"themes": [theme]}


def test_tag_rules_in_a_user_taxonomy():
    tax = parse_taxonomy(_tax())
    assert check_taxonomy(tax, GAZ) == []
    assert themes("Strikes", "Shelling hit Khiam and Odaisseh overnight.", "Later shells fell on Khiam again.",
                  tax=tax) == ["south"]
    assert themes("Strikes", "Shelling hit Baalbek and Hermel overnight.", tax=tax) == []
    bad = parse_taxonomy(_tax(entities={"tag:nowhere": 1}))
    assert check_taxonomy(bad, GAZ) == ["theme 'south': no gazetteer entity has the tag 'nowhere'"]


def test_short_threshold_applies_only_to_short_texts():
    tax = parse_taxonomy(_tax(threshold=30, short={"sentences": 2, "threshold": 2}))
    assert tax.themes[0].threshold_for(2) == 2 and tax.themes[0].threshold_for(3) == 30
    assert themes("Shelling", "Shelling hit Khiam overnight, residents said.", tax=tax) == ["south"]
    long = ["Shelling hit Khiam overnight, residents said."] + [f"Residents described night number {i} of it."
                                                              for i in range(5)]
    assert themes("Shelling", *long, tax=tax) == []


@pytest.mark.parametrize("short", ["x", {"sentences": -1, "threshold": 2}, {"sentences": 2, "limit": 3},
                                   {"sentences": 1.5, "threshold": 2}])
def test_bad_short_setting_is_a_clear_error(short):
    with pytest.raises(ContentError, match="short"):
        parse_taxonomy(_tax(short=short))


def test_negative_min_counts_a_negative_term_from_n_mentions_or_in_the_title():
    one = parse_taxonomy(_tax(negative={"football": 10}))
    two = parse_taxonomy(_tax(negative={"football": 10}, negative_min=2))
    paras = ["Shelling hit Khiam and Odaisseh overnight near a football pitch.", "Khiam was hit again."]
    assert themes("Strikes", *paras, tax=one) == []
    assert themes("Strikes", *paras, tax=two) == ["south"]
    assert themes("Football pitch hit", *paras, tax=two) == []
