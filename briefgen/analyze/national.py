"""A country's own institutions named bare: in an article about Lebanon, "Parliament",
"the Army Command" and "Civil Defense" are Lebanon's.

Local outlets and official statements name their own state's bodies without the
country ("Parliament on Thursday approved ..."). The gazetteer's ``national``
section lists, per country, such bare forms and the entity each one means::

    national:
      Lebanon: {Parliament: Lebanese Parliament, Army Command: Lebanese Armed Forces}

A bare form counts only in an article whose home country is that country: the
country most often named (its name, its capitalised adjective, places the
gazetteer tags with the country's name in lower case), at least twice and more
often than any other country of the section. It must be written capitalised and
stand alone: a capitalised word right before it ("European Parliament", "Iraqi
Parliament") makes it another body.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..models import ContentError
from .demonyms import COUNTRY_OF, _ADJ

_WORD_BEFORE = re.compile(r"([\w'’.-]+)\s*$")


def parse_national(value: Any, path: str) -> dict[str, dict[str, str]]:
    """Validate the gazetteer's ``national`` section: {country: {bare form: entity name}}."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ContentError("'national' must be a mapping of country -> {bare form: entity}", path=path)
    out: dict[str, dict[str, str]] = {}
    for country, forms in value.items():
        if not isinstance(forms, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                  for k, v in forms.items()):
            raise ContentError(f"national.{country}: must be a mapping of bare form -> entity name", path=path)
        out[str(country)] = {" ".join(k.split()): " ".join(v.split()) for k, v in forms.items()}
    return out


def home_country(text: str, counts: Counter, gazetteer) -> str | None:
    """The country of the ``national`` section this article is about, or None.

    *counts*: canonical-name mention counts of the article's gazetteer entities.
    """
    national = getattr(gazetteer, "national", None) or {}
    if not national:
        return None
    adjectives = Counter(COUNTRY_OF[m.group(1)] for m in _ADJ.finditer(text))
    score: Counter = Counter()
    for country in sorted(set(national) | set(COUNTRY_OF.values())):  # every country competes, listed or not
        ent = gazetteer.get(country)
        canon = ent.name if ent is not None else country
        tag = country.lower()
        n = counts.get(canon, 0) + adjectives.get(country, 0)
        for name, k in counts.items():
            ent = gazetteer.get(name)
            if ent is not None and ent.name != country and tag in ent.tags:
                n += k
        score[country] = n
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0] if ranked[0][0] in national else None


def national_entities(sentences: list[str], country: str | None, gazetteer) -> list[str]:
    """Canonical names of *country*'s institutions the sentences name bare, first named first."""
    if country is None:
        return []
    forms = (getattr(gazetteer, "national", None) or {}).get(country) or {}
    out: list[str] = []
    for form, target in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        ent = gazetteer.get(target)
        if ent is None or ent.name in out:
            continue
        pat = re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])")
        for s in sentences:
            if any(form[:1].islower() or _stands_alone(s, m.start()) for m in pat.finditer(s)):
                out.append(ent.name)
                break
    return out


def _stands_alone(sentence: str, start: int) -> bool:
    """No capitalised word right before (other than a sentence-initial "The")."""
    m = _WORD_BEFORE.search(sentence[:start])
    if m is None:
        return True
    word = m.group(1)
    if not word[:1].isupper():
        return True
    return word == "The" and not sentence[:m.start()].strip()
