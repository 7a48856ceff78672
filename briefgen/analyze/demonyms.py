"""The country behind a demonym: an article about "Israeli strikes" and "the Israeli army" is about Israel.

The gazetteer keeps demonyms out of its aliases on purpose (an "Iraqi official" is no
mention of Iraq for theme evidence). For the entity list, though, a country whose
adjective the article uses again and again is one of its key entities even when the
country's own name never appears. Only unambiguous country adjectives count (not
"American", "Arab", "European", "Kurdish", "Palestinian": a continent, a people or a
disputed state), and only when used at least twice, as a capitalised adjective.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

# adjective -> country (common English name; the gazetteer's canonical name wins when it has one)
COUNTRY_OF = {
    "Afghan": "Afghanistan", "Algerian": "Algeria", "Argentine": "Argentina", "Argentinian": "Argentina",
    "Armenian": "Armenia", "Australian": "Australia", "Austrian": "Austria", "Azerbaijani": "Azerbaijan",
    "Bahraini": "Bahrain", "Bangladeshi": "Bangladesh", "Belarusian": "Belarus", "Belgian": "Belgium",
    "Brazilian": "Brazil", "British": "United Kingdom", "Bulgarian": "Bulgaria", "Canadian": "Canada",
    "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia", "Croatian": "Croatia", "Cuban": "Cuba",
    "Cypriot": "Cyprus", "Czech": "Czech Republic", "Danish": "Denmark", "Dutch": "Netherlands",
    "Egyptian": "Egypt", "Emirati": "United Arab Emirates", "Ethiopian": "Ethiopia", "Finnish": "Finland",
    "French": "France", "German": "Germany", "Greek": "Greece", "Hungarian": "Hungary",
    "Indian": "India", "Indonesian": "Indonesia", "Iranian": "Iran", "Iraqi": "Iraq", "Irish": "Ireland",
    "Israeli": "Israel", "Italian": "Italy", "Japanese": "Japan", "Jordanian": "Jordan", "Kazakh": "Kazakhstan",
    "Kenyan": "Kenya", "Kuwaiti": "Kuwait", "Lebanese": "Lebanon", "Libyan": "Libya", "Malaysian": "Malaysia",
    "Mexican": "Mexico", "Moroccan": "Morocco", "Nigerian": "Nigeria", "Norwegian": "Norway", "Omani": "Oman",
    "Pakistani": "Pakistan", "Peruvian": "Peru", "Philippine": "Philippines", "Polish": "Poland",
    "Portuguese": "Portugal", "Qatari": "Qatar", "Romanian": "Romania", "Russian": "Russia", "Saudi": "Saudi Arabia",
    "Serbian": "Serbia", "Singaporean": "Singapore", "Somali": "Somalia", "South African": "South Africa",
    "South Korean": "South Korea", "North Korean": "North Korea", "Spanish": "Spain", "Sudanese": "Sudan",
    "Swedish": "Sweden", "Swiss": "Switzerland", "Syrian": "Syria", "Taiwanese": "Taiwan", "Thai": "Thailand",
    "Tunisian": "Tunisia", "Turkish": "Turkey", "Ukrainian": "Ukraine", "Venezuelan": "Venezuela",
    "Vietnamese": "Vietnam", "Yemeni": "Yemen",
}
_ADJ = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(k) for k in COUNTRY_OF), key=len, reverse=True))
                  + r")(?![\w-])")  # "Israeli-backed" and "pro-Iranian" are no plain adjective
# the people of a country ("Syrians in Germany", "Brazilians evacuated"): adjectives in -an/-i take a plain -s
_PEOPLE = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(k) for k in COUNTRY_OF if k[-1] in "ni"),
                                                       key=len, reverse=True)) + r")s(?![\w-])")


def demonym_countries(text: str, gazetteer: Gazetteer, min_count: int = 2) -> list[str]:
    """Countries whose adjective *text* uses at least *min_count* times, most used first."""
    counts: dict[str, int] = {}
    for m in [*_ADJ.finditer(text), *_PEOPLE.finditer(text)]:
        country = COUNTRY_OF[m.group(1)]
        counts[country] = counts.get(country, 0) + 1
    out = []
    for country, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= min_count:
            ent = gazetteer.get(country)
            out.append(ent.name if ent is not None else country)
    return out
