"""Name cues of round 5 (an organisation before its role-holder, acronyms spelling a whole name, honorifics,
lowercase hospitals, companies listed after "such as", the UK's nations, French titles) and the front's "hostilities"."""

from __future__ import annotations

import pytest

from briefgen.analyze import analyze, discover, load_gazetteer, load_taxonomy
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


@pytest.mark.parametrize("text,name,kind", [
    ("The decision was expected after Bank of Japan Gov. Kazuo Ueda spoke on Friday in Tokyo.", "Kazuo Ueda", "people"),
    ("The decision was expected after Bank of Japan Gov. Kazuo Ueda spoke on Friday in Tokyo.", "Bank of Japan",
     "organizations"),
    ("Sales rose 30 percent, the China Association of Automobile Manufacturers (CAAM) said on Friday.",
     "China Association of Automobile Manufacturers", "organizations"),
    ("Doha, March 13 (QNA) - The Qatar Fund for Development (QFFD) announced today the launch of a programme.",
     "Qatar Fund for Development", "organizations"),
    ("The General Entertainment Authority (GEA) said more than 14 new zones would open this year.",
     "General Entertainment Authority", "organizations"),
    ("The aid, provided by the Kuwait Red Crescent Society, arrived at the airport on Sunday.",
     "Kuwait Red Crescent Society", "organizations"),
    ("Troops are safe in southern Lebanon, said Chief of Defence Forces Gen Tan Sri Mohammad Ab Rahman.",
     "Mohammad Ab Rahman", "people"),
    ("The line is now substantially complete, Metrolinx CEO Phil Verster said on Tuesday.", "Metrolinx",
     "organizations"),
    ("Hybrids led the growth as manufacturers such as BYD shifted production to other models.", "BYD",
     "organizations"),
    ("Chinese carmakers including Geely and Chery expanded their plants in the region this year.", "Chery", "organizations"),
    ("Staff left Nasser hospital in Khan Younis on Monday. Nasser hospital now has only a skeleton staff.",
     "Nasser Hospital", "organizations"),
    ("Only 63.5 per cent of patients in Scotland were seen within four hours last month.", "Scotland", "places"),
    ("« Nous cherchons des places sur des vols », a déclaré la ministre des Affaires étrangères Hadja Lahbib.",
     "Hadja Lahbib", "people"),
    ("La ministre de la Défense Ludivine Dedonder a confirmé le vol vers Beyrouth lundi.", "Ludivine Dedonder",
     "people"),
])
def test_round5_cues(text, name, kind):
    assert found(text).get(name) == kind


@pytest.mark.parametrize("text,bad", [
    ("The decision was expected after Bank of Japan Gov. Kazuo Ueda spoke on Friday in Tokyo.",
     "Bank of Japan Gov. Kazuo Ueda"),
    ("Chinese carmakers including Geely and Chery expanded their plants in the region this year.", "Geely and Chery"),
    ("The strikes targeted a man who heads Hezbollah's Executive Council and was meeting officials.",
     "Hezbollah's Executive Council"),
    ("He was taken to a Sidon hospital on Monday and moved to a Sidon hospital again later.", "Sidon Hospital"),
    ("Staff left Nasser hospital in Khan Younis on Monday as the fighting closed in.", "Nasser Hospital"),  # once
    ("La ministre de la Défense Ludivine Dedonder a confirmé le vol vers Beyrouth lundi.",
     "Défense Ludivine Dedonder"),
    ("The company said revenue rose, Netanyahu spokesman Omer Dostri said on Sunday in a statement.", "Netanyahu"),
])
def test_round5_no_junk(text, bad):
    assert bad not in found(text)


def test_hostilities_in_south_lebanon_is_the_front_without_naming_israel():
    assert themes(
        "Lebanon: ICRC delivers medical supplies to hospitals in the south amid intensifying hostilities",
        "The ICRC and the Lebanese Red Cross delivered supplies to five hospitals in southern Lebanon, including in "
        "Tyre and Nabatieh, as hostilities intensify and the number of wounded continues to rise.",
        "Hospitals in southern Lebanon are overwhelmed and some have been damaged, the ICRC said in Beirut.",
        "More than one million people have been displaced in Lebanon, the Lebanese health ministry said.",
    ) == ["lebanon-front"]
    # hostilities somewhere else, with Lebanon only in passing, is not the front
    assert themes("Sudan talks stall", "Hostilities continued in Darfur on Monday as talks in Jeddah stalled.",
                  "A Lebanese diplomat attended the talks as an observer for the Arab League delegation.") == []
