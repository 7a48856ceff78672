"""A country's own institutions named bare (analyze.national) and the gazetteer's ``national`` section."""

from __future__ import annotations

from collections import Counter

import pytest

from briefgen.analyze import analyze, load_gazetteer, load_taxonomy
from briefgen.analyze.gazetteer import parse_gazetteer
from briefgen.analyze.national import home_country, national_entities
from briefgen.config import Config
from briefgen.models import Article, ContentError, Origin

CFG = Config()
GAZ = load_gazetteer(CFG.gazetteer)
TAX = load_taxonomy(CFG.taxonomy)


def _art(title: str, body: str) -> Article:
    return Article(title=title, body=body, origin=Origin(file="x.txt", sha256="0" * 64))


def _ents(title: str, body: str) -> list[str]:
    out = analyze(_art(title, body), GAZ, TAX, CFG)
    return [n for names in out.entities.values() for n in names]


def test_bare_parliament_in_a_lebanese_story_is_lebanons():
    names = _ents("Parliament passes banking law",
                  "Parliament on Thursday approved the law in Beirut. Lebanon's depositors protested. "
                  "Lebanese banks said they would comply.")
    assert "Lebanese Parliament" in names


def test_bare_parliament_elsewhere_is_nobodys():
    names = _ents("Parliament passes budget",
                  "Parliament on Thursday approved the budget in Berlin. German lawmakers argued. "
                  "Germany's finance minister welcomed it.")
    assert "Lebanese Parliament" not in names and "Iraqi Parliament" not in names


def test_qualified_form_is_another_body():
    sents = ["The European Parliament voted in Lebanon's favour.", "Lebanese officials welcomed the European Parliament vote."]
    assert national_entities(sents, "Lebanon", GAZ) == []


def test_army_command_and_the_enemy_in_a_statement():
    names = _ents("Statement issued by the Army Command",
                  "Following the enemy's withdrawal from Bint Jbeil, units of the army entered Aitaroun. "
                  "The Army Command calls on citizens to avoid Yaroun.")
    assert "Lebanese Armed Forces" in names and "Israel" in names


def test_home_country_needs_a_clear_lead():
    tie = Counter({"Lebanon": 2, "Iraq": 2})
    assert home_country("", tie, GAZ) is None
    assert home_country("", Counter({"Lebanon": 1}), GAZ) is None
    assert home_country("Lebanese Lebanese", Counter({"Lebanon": 1}), GAZ) == "Lebanon"
    assert home_country("", Counter({"Germany": 5, "Lebanon": 2}), GAZ) is None  # Germany leads, not listed


def test_national_section_is_validated():
    base = {"entities": [{"name": "X Parliament", "type": "organization"}]}
    assert parse_gazetteer({**base, "national": {"X": {"Parliament": "X Parliament"}}}).national == {
        "X": {"Parliament": "X Parliament"}}
    with pytest.raises(ContentError):
        parse_gazetteer({**base, "national": ["Parliament"]})
    with pytest.raises(ContentError):
        parse_gazetteer({**base, "national": {"X": ["Parliament"]}})


def test_every_national_target_is_a_gazetteer_entity():
    for country, forms in GAZ.national.items():
        assert GAZ.get(country) is not None, country
        for form, target in forms.items():
            assert GAZ.get(target) is not None, (country, form, target)


@pytest.mark.parametrize("text,name", [
    ("HODEIDAH, Aug. 13 (Saba) - Floods swept the city.", "Saba News Agency"),
    ("The match in Qamishlo drew a crowd.", "Qamishli"),
    ("Finance Minister Mohammed Yisr Barnieh spoke.", "Mohammed Yisr Barnieh"),
    ("Ali Shadmani was killed in the strike.", "Ali Shadmani"),
])
def test_new_gazetteer_names(text, name):
    assert name in [m.entity.name for m in GAZ.find(text)]


def test_saba_as_a_given_name_is_not_the_agency():
    assert "Saba News Agency" not in [m.entity.name for m in GAZ.find("The actress Saba Mubarak won.")]


def test_congress_in_an_american_story():
    names = _ents("Crypto week begins in Congress",
                  "US lawmakers opened debate on Monday. Congress is expected to vote on three bills. "
                  "The bills would make the US a leader in digital assets.")
    assert "US Congress" in names
