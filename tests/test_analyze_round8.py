"""Round 8 cues: countries behind repeated demonyms, one-word companies and clubs (tickers, "its",
a chief executive or earnings, "made by", a coach), players who score, role appositions, Portuguese
connectors in place names, the "N-N win over X" result, legal suffixes ("Co.")."""

from __future__ import annotations

import pytest

from briefgen.analyze import analyze, discover, load_gazetteer, load_taxonomy
from briefgen.analyze.demonyms import demonym_countries
from briefgen.analyze.text import split_sentences
from briefgen.config import Config
from briefgen.markup import join_blocks, paragraph
from briefgen.models import Article, Origin

CFG = Config()
GAZ = load_gazetteer(CFG.gazetteer)
TAX = load_taxonomy(CFG.taxonomy)


def found(text: str, title: str = "") -> dict[str, str]:
    return {f.name: f.kind for f in discover(split_sentences(text), GAZ, title)}


@pytest.mark.parametrize("text,name,kind", [
    ("Investors sold Acme Widgets (NYSE: ACW) after the report on Tuesday.", "Acme Widgets", "organizations"),
    ("Analysts said Zorblat's chief executive would step down in the spring.", "Zorblat", "organizations"),
    ("On Monday, Zorblat said in a statement that its vessels would avoid the strait.", "Zorblat", "organizations"),
    ("The vaccines made by Merxa and Pharmol were tested in eight states.", "Pharmol", "organizations"),
    ("The visitors were beaten easily as Al-Nour coach Pedro Almar watched from the stand.", "Al-Nour", "organizations"),
    ("The hosts sealed a 2-0 win over Northfield United at home on Sunday.", "Northfield United", "organizations"),
    ("The striker Jonas Vellmar scored his first league goal at the ground.", "Jonas Vellmar", "people"),
    ("Then Tomas Brekke's early goal gave the hosts the lead before the break.", "Tomas Brekke", "people"),
    ("The union's president, Hanna Vorel, delivered a fiery speech at a press conference.", "Hanna Vorel", "people"),
    ("The governor of North Vale, Omar Haddour, said rescue teams were still searching.", "Omar Haddour", "people"),
    ("Chief Justice Arnold Pemberton wrote for the majority in the case.", "Arnold Pemberton", "people"),
    ("The indictment brought by special counsel Ruth Calder was narrowed by the court.", "Ruth Calder", "people"),
    ("The death toll from floods in the southern state of Rio Grande do Sul rose to 83 on Sunday.",
     "Rio Grande do Sul", "places"),
    ("Profits at group firms including Hanaki Motor Co. and Toyoshi Industries Corp. fell last year.",
     "Hanaki Motor", "organizations"),
    ("The chips were designed by Orvex Electronics Co. in its laboratories, the report said.",
     "Orvex Electronics", "organizations"),
    ("Data from property consultancy ValuPoint showed that transactions reached a record.", "ValuPoint", "organizations"),
])
def test_round8_cues(text: str, name: str, kind: str) -> None:
    assert found(text).get(name) == kind


@pytest.mark.parametrize("text,name", [
    ("Esteghlal, led by Italian coach Pierpaolo Bisoli, grew into the game after the break.", "Italian"),
    ("Shares of chipmaker Nvidia (NASDAQ: NVDA) rose in early trading on Wall Street.", "NVDA"),
    ("Shares of chipmaker Nvidia (NASDAQ: NVDA) rose in early trading on Wall Street.", "NASDAQ"),
    ("Residents of the al-Qusour neighbourhood fled overnight as the shelling went on.", "Residents of the al-Qusour"),
    ("Guardiola said it was a good game for his side in the end.", "Guardiola"),
    ("The team's captain, the coach and the manager said they were pleased with the win.", "The team"),
    ("Trump spokesman Steven Cheung said the campaign would appeal the ruling.", "Trump"),
])
def test_round8_not_names(text: str, name: str) -> None:
    assert name not in found(text)


def test_demonym_countries_need_two_plain_uses() -> None:
    text = "Israeli jets struck the city. The Israeli army said it hit targets. A pro-Iranian group and Iranian-backed militia."
    assert demonym_countries(text, GAZ) == ["Israel"]
    assert demonym_countries("American officials met Arab and European envoys. American aid.", GAZ) == []


def test_analyze_adds_the_country_of_a_repeated_demonym() -> None:
    art = Article(title="Strikes hit the south overnight",
                  body=join_blocks([paragraph("Israeli warplanes carried out a series of raids on the Bekaa."),
                                    paragraph("The Israeli army spokesman issued evacuation orders for Baalbek.")]),
                  origin=Origin("x.txt", "0"))
    ents = analyze(art, GAZ, TAX, CFG).entities
    assert "Israel" in ents["places"]
    assert "Baalbek" in ents["places"]


@pytest.mark.parametrize("text,name,kind", [
    ("Two men died as Storm Morwenna brought winds of up to 90mph to the west.", "Storm Morwenna", "other"),
    ("Hurricane Bertilda made landfall on the coast late on Wednesday night.", "Hurricane Bertilda", "other"),
    ("Engineers said the agency's Orion Seeker spacecraft had reached its orbit.", "Orion Seeker", "other"),
    ("The phones run on a version of Zentra's Quill 9 Prime chip, the company said.", "Zentra", "organizations"),
])
def test_round8_shapes(text: str, name: str, kind: str) -> None:
    assert found(text).get(name) == kind


@pytest.mark.parametrize("text,name", [
    ("Kyiv said it had fired Storm Shadow missiles at the base overnight.", "Storm Shadow"),
    ("The company sold more AI chips than expected in the quarter.", "AI"),
    ("The coalition's Operation Desert Storm began in January 1991.", "Storm"),
])
def test_round8_shapes_not(text: str, name: str) -> None:
    assert name not in found(text)


def test_single_names_repeated_in_mid_sentence() -> None:
    from briefgen.analyze.name_single import single_names
    sents = split_sentences("The kingdom is reviewing parts of Zorvia as spending shifts. The fund financing Zorvia "
                            "has moved money to other projects. Work at Zorvia slowed in March, officials said. "
                            "The Government and the Army said the Parliament would meet on Monday in Paris.")
    assert single_names(sents, "", set()) == ["Zorvia"]
    assert single_names(sents, "", {"Karim Zorvia"}) == []  # a surname of a person named in full


@pytest.mark.parametrize("text,name", [
    ("By morning, the union's board had voted to strike, joining the Writers Guild of America, whose members struck.",
     "Writers Guild of America"),
    ("The researchers reported the results of the study in The Lancet on Thursday.", "The Lancet"),
    ("On Wednesday, Parliament approved the Artificial Intelligence Act, which aims to ensure safety.",
     "Artificial Intelligence Act"),
])
def test_round8_more_names(text: str, name: str) -> None:
    assert name in found(text)
