"""A country's institutions named with the country, peoples as countries, long contingent codes."""

from briefgen.analyze.acronyms import find_acronyms
from briefgen.analyze.demonyms import demonym_countries
from briefgen.analyze.gazetteer import load_gazetteer
from briefgen.analyze.institutions import institution_names
from briefgen.config import Config

GAZ = load_gazetteer(Config().gazetteer)


def test_country_and_institution_make_an_organisation():
    sents = ["The third Brazilian Air Force flight landed at Guarulhos on Sunday.",
             "The Indian Army said its peacekeepers were safe.",
             "Ghana's Foreign Ministry urged calm, and the Ghana Battalion stayed in place."]
    assert institution_names(sents, GAZ) == ["Brazilian Air Force", "Indian Army", "Ghana Foreign Ministry",
                                             "Ghana Battalion"]


def test_lower_case_heads_and_known_bodies_are_not_new_names():
    sents = ["The Indian army said its soldiers were safe.", "The Lebanese Armed Forces deployed south."]
    assert institution_names(sents, GAZ) == []


def test_plural_people_count_for_their_country():
    text = "Syrians in Germany wait. Most Syrians want to go home one day."
    assert "Syria" in demonym_countries(text, GAZ)
    assert demonym_countries("One Syrian bakery opened.", GAZ) == []


def test_long_unit_codes_need_two_uses():
    sents = ["The Malaysian Battalion (MALBATT) is safe, the ministry said on Friday.",
             "MALBATT serves as the force commander reserve in southern Lebanon."]
    assert ("MALBATT", 2) in find_acronyms(sents, "", GAZ)
    once = ["Officials said the situation was EXTREMELY tense near the border on Friday."]
    assert find_acronyms(once, "", GAZ) == []


def test_surname_with_arabic_article_is_a_person():
    from briefgen.analyze.names import discover
    found = discover(["Member of the drafting committee Abdul Hamid al-Awak said the text was final."], GAZ)
    assert ("Abdul Hamid al-Awak", "people") in [(f.name, f.kind) for f in found]
    assert discover(["The army said al-Masri was killed in the strike on Tuesday."], GAZ) == []


def test_owner_of_an_organisation_is_a_name_too():
    from briefgen.analyze.names import discover
    found = discover(["A vigil was organized by the University of Michigan's Lebanese Student Association "
                     "on Wednesday evening."], GAZ)
    assert {"University of Michigan", "Lebanese Student Association"} <= {f.name for f in found}


def test_clergy_style_is_not_part_of_the_name_and_role_appositions_are_people():
    from briefgen.analyze.names import _Collector, discover
    col = _Collector()
    col.add("Cardinal Kevin Farrell", "people", "test")
    col.add("Pope Francis", "people", "test")
    assert set(col.kinds) == {"Kevin Farrell", "Pope Francis"}
    found = discover(["The Minister for Defence, Dominic Nitiwul, urged families of the troops not to panic."], GAZ)
    assert ("Dominic Nitiwul", "people") in [(f.name, f.kind) for f in found]
