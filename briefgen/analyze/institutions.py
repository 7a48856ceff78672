"""A country's state institutions named with the country: "Indian Army", "Brazilian Air Force",
"Ghana Armed Forces", "Malaysian Battalion", "Turkish Foreign Ministry", "Irish Embassy".

Stories from national angles name their own country's army, ministries and peacekeeping
contingents; the gazetteer cannot list every country's. A capitalised country adjective
(``demonyms.COUNTRY_OF``) or country name (``pycountry``), optionally with "'s", right before a
capitalised institution head (a broad class list: armed services, ministries, embassies,
contingents, legislatures, police) makes an organisation. The head must be capitalised as a
name ("the Indian army" is a description, not a name). Names the gazetteer knows keep its
canonical form ("Israeli Defense Forces" is the Israel Defense Forces).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .demonyms import COUNTRY_OF
from .gazetteer import Gazetteer
from .name_words import country_names

_MINISTRY = r"(?:Foreign|Defen[cs]e|Interior|Finance|Health|Energy|Oil|Justice|Economy|Trade|Education|Information|" \
            r"Agriculture|Transport|Labou?r|Environment|Home|Petroleum|Water|Culture|Tourism|Communications)"
_HEADS = (
    r"Army|Navy|Air Force|Armed Forces|Defen[cs]e Forces?|Coast Guard|National Guard|Marines|Marine Corps|"
    r"Special Forces|Border Guards?|Gendarmerie|National Police|Police|Battalion|Contingent|Embassy|Consulate|"
    r"Parliament|Senate|Foreign Office|Red Cross|Red Crescent|"
    rf"{_MINISTRY} Ministry|Ministry of {_MINISTRY}(?: Affairs)?(?: and [A-Z][a-z]+)?|Ministry of [A-Z][a-z]+ Affairs"
)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    owners = set(COUNTRY_OF) | {c for c in country_names() if " " not in c or len(c.split()) <= 3}
    alt = "|".join(sorted((re.escape(o) for o in owners), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])((?:{alt})(?:['\u2019]s)?)\s+({_HEADS})(?![\w-])")


def institution_names(sentences: list[str], gazetteer: Gazetteer) -> list[str]:
    """Organisation names "<country or adjective> <institution>" in *sentences*, first named first."""
    out: list[str] = []
    for sent in sentences:
        for m in _pattern().finditer(sent):
            owner = re.sub(r"['\u2019]s$", "", m.group(1))
            name = f"{owner} {m.group(2)}"
            if owner in COUNTRY_OF and m.group(1) != owner:
                continue  # "Indian's Army": not a name
            ent = gazetteer.get(name) or gazetteer.get(f"{m.group(1)} {m.group(2)}")
            if ent is not None:
                continue  # the gazetteer finds it itself
            if name not in out:
                out.append(name)
    return out
