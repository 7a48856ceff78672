"""Acronyms the gazetteer does not know ("CDU", "AfD", "COGAT", "WHO"): organisations, by shape.

An acronym is a word of 2-6 letters (7-8, used twice: "MALBATT") written in capitals ("CHP", "COGAT") or with at least as
many capitals as small letters and a capital inside ("AfD", "PiS"), optionally with "+"
("OPEC+"). It is taken as an organisation when

* it is not a generic abbreviation (titles, units, time zones, currencies, weapons,
  diseases, tech and finance terms: ``GENERIC_ACRONYMS`` and ISO 4217 codes), a roman
  numeral, a plural ("NGOs") or a page label ("BREAKING", "UPDATE");
* its sentence is prose, not shouting (a line with several all-capital words) nor a byline;
* it is used at least twice, or once when it has 3+ letters and its small-letter form is not
  a word of the article ("HAS", "NOW"); it does not open a dateline ("SEOUL, March 12") and is
  no city or country written in capitals.

Acronyms inside a gazetteer mention ("IDF") are the gazetteer's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .gazetteer import Gazetteer, Mention
from .name_words import _BYLINE, country_names
from .places import city_population

_ACRO = re.compile(r"(?<![\w&.'\u2019/-])([A-Z][A-Za-z&]{1,7})(\+?)(?![\w&]|-\d|\.\w)")
_DATELINE = re.compile(r"[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+)*\s*(?=[:,(]|--|\u2014|\u2013)")
_ROMAN = re.compile(r"[IVXLCDM]+")
# abbreviations that are not names: titles, units, time zones, media/tech/finance/medical terms,
# weapons, page labels and interjections (a broad class list, not one article's words)
GENERIC_ACRONYMS = frozenset("""
CEO CFO COO CTO CIO CMO MP MPS MEP MK PM AM VP GM MD PHD MBA BA MA BSC MSC DJ MC OBE MBE CBE KC QC
UTC GMT BST CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT AST IST JST KST MSK WIB
KM KG MPH KPH MW GW KW KWH MWH GWH TWH BPD BCM MMBTU MB GB TB KB HZ
AI IT API GPU CPU AR VR XR OS PC TV CD DVD PDF HTML URL USB GPS SMS MMS SIM WIFI LTE APP APPS FAQ
GDP GNP CPI PPI PMI IPO ETF FX VAT ESG YOY QOQ EPS PE VC LBO MOU FDI OTC SME SMES NAV ROI AUM
LNG LPG CNG EV EVS SUV HGV CO NOX
UAV UAS IED RPG ICBM IRBM SRBM MRBM ATGM MANPADS HIMARS ATACMS APC IFV MBT SAM MLRS AWACS RPV
HIV AIDS COVID SARS MERS DNA RNA ICU ER PCR MRI CT IVF MMR TB STD
OK NB PS RIP VIP ID IDS LGBT LGBTQ LGBTQI DIY ASAP FYI TBA TBD AKA ETA BC AD BCE CE HQ PR CV
BREAKING UPDATE UPDATED LIVE WATCH READ MORE NEW NEWS VIDEO PHOTO PHOTOS URGENT FLASH ALERT
EXCLUSIVE OPINION SPORT WORLD TAGS SHARE CLOSE MENU HOME SEARCH LATEST TOP NOTE EDITOR FILE
SOURCE AND THE OF FOR IN ON BY TO AT A I NO YES NOT ALL END TOC
ISBN ISSN DOI RSS XML JSON ATM MR MRS MS DR FM GST USS HMS RDX TNT OSINT HUMINT SIGINT NYC DC
JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC MON TUE WED THU FRI SAT SUN
""".split())


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _shape_ok(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    up = sum(c.isupper() for c in letters)
    if not 2 <= len(letters) <= 8 or up < 2 or up < len(letters) - up:
        return False
    if len(letters) > 6 and not word.isupper():  # 7-8 letters: a contingent's or unit's code ("MALBATT")
        return False
    if not word.isupper() and not word[-1].isupper():  # "McCain", "NGOs": a name or a plural
        return False
    key = word.upper()
    return key not in GENERIC_ACRONYMS and key not in _currencies() and not _ROMAN.fullmatch(word)


def _shouting(sentence: str) -> bool:
    words = re.findall(r"[^\W\d_]{2,}", sentence)
    caps = [w for w in words if w.isupper()]
    return len(caps) >= 3 and len(caps) * 3 >= len(words)


_TICKER_IN = re.compile(r"\((?:[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)\s*:\s*[A-Z.]{1,8}\)")


def find_acronyms(sentences: list[str], title: str, gazetteer: Gazetteer,
                  mentions: list[list[Mention]] | None = None) -> list[tuple[str, int]]:
    """Unknown acronyms of an article that name organisations, with how often they are used."""
    counts: Counter = Counter()
    prose: Counter = Counter()
    for i, sent in enumerate([title, *sentences]):
        if not sent or _shouting(sent):
            continue
        is_prose = i > 0 and len(sent.split()) >= 4 and not _BYLINE.search(sent)
        known = [(m.start, m.end) for m in mentions[i - 1]] if mentions is not None and i > 0 \
            else [(m.start, m.end) for m in gazetteer.find(sent)]
        head = _DATELINE.match(sent)  # "KUALA LUMPUR, Oct 3 (Bernama) --"
        tickers = [t.span() for t in _TICKER_IN.finditer(sent)]
        for m in _ACRO.finditer(sent):
            if head and m.end() <= head.end():
                continue
            if any(a <= m.start() < b for a, b in tickers):  # "(NASDAQ: NVDA)": an exchange and a ticker
                continue
            word = m.group(1) + m.group(2)
            if not _shape_ok(m.group(1)) or any(a < m.end() and b > m.start() for a, b in known):
                continue
            if city_population(word.title()) or word.title() in country_names():
                continue
            counts[word] += 1
            prose[word] += is_prose
    out = []
    lower_text = "\n".join([title, *sentences])
    for word, n in counts.items():
        if gazetteer.get(word) is not None or not prose[word]:
            continue
        if n < 2 and word.isalpha() and re.search(rf"(?<![\w-]){word.lower()}(?![\w-])", lower_text):
            continue  # an ordinary word in capitals ("HAS", "NOW"), unless used as a name twice ("WHO")
        letters = sum(c.isalpha() for c in word)
        if letters > 6 and n < 2:
            continue  # a long word in capitals used once is emphasis, not a name
        if n >= 2 or letters >= 3:
            out.append((word, n))
    return sorted(out, key=lambda x: (-x[1], x[0]))
