"""Month and weekday names in the major European languages (and Turkish), with their usual abbreviations.

Only ever read inside short date rows, datelines and bylines (a day and a year must sit next to the
month), so short forms that are also ordinary words ("mai", "set", "ago") cannot turn a sentence into a date.
"""

from __future__ import annotations

import re

MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

_BY_MONTH = (
    # French, Spanish, Italian, Portuguese, German, Dutch, Turkish (full names, then common abbreviations)
    ("janvier enero gennaio janeiro januar jänner januari ocak janv ene gen jän oca", 1),
    ("février fevrier febrero febbraio fevereiro februar februari şubat subat févr fevr fév feb fev şub", 2),
    ("mars marzo março marco märz maerz maart mart mrz mär mrt", 3),
    ("avril abril aprile april nisan avr abr nis", 4),
    ("mai mayo maggio maio mei mayıs mayis mag", 5),
    ("juin junio giugno junho juni haziran giu haz", 6),
    ("juillet julio luglio julho juli temmuz juil lug tem", 7),
    ("août aout agosto august augustus ağustos agustos ago ağu", 8),
    ("septembre septiembre setiembre settembre setembro september eylül eylul sept set eyl", 9),
    ("octobre octubre ottobre outubro oktober ekim okt ott out", 10),
    ("novembre noviembre novembro november kasım kasim kas", 11),
    ("décembre decembre diciembre dicembre dezembro dezember december aralık aralik déc dic dez ara", 12),
)
MONTHS_FOREIGN = {w: n for words, n in _BY_MONTH for w in words.split() if w not in MONTHS_EN}
MONTHS_ALL = {**MONTHS_EN, **MONTHS_FOREIGN}

WEEKDAYS_FOREIGN = (
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica "
    "segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "pazartesi salı sali çarşamba carsamba perşembe persembe cuma cumartesi pazar"
).split()

FOREIGN_MONTH_RE = "|".join(sorted((re.escape(w) for w in MONTHS_FOREIGN), key=len, reverse=True))
FOREIGN_WEEKDAY_RE = "|".join(sorted((re.escape(w) for w in WEEKDAYS_FOREIGN), key=len, reverse=True))
# English month names and abbreviations, plus the foreign ones: for datelines ("Damascus, 2 Mars 2025 –")
MONTH_ANY_RE = (r"(?i:January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|" + FOREIGN_MONTH_RE + r")")

_FOREIGN_WORD = re.compile(r"(?<![\w-])(" + FOREIGN_MONTH_RE + "|" + FOREIGN_WEEKDAY_RE + r")(?![\w-])\.?", re.IGNORECASE)
_EN_NAMES = {n: name for name, n in MONTHS_EN.items() if len(name) > 4 or name == "may"}


def to_english(text: str) -> str:
    """Foreign month names -> English ones, foreign weekday names dropped ("19 Mart 2025, Çarşamba" -> "19 March 2025, ")."""

    def swap(m: re.Match[str]) -> str:
        n = MONTHS_FOREIGN.get(m.group(1).lower())
        return _EN_NAMES[n].capitalize() if n else ""

    return _FOREIGN_WORD.sub(swap, text)
