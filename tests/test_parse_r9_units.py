"""Round 9: masthead / kicker / title / dek features and the extra date-row shapes."""

import datetime as dt

from briefgen.config import Config
from briefgen.parse.attribution import load_outlets
from briefgen.parse.casing import kicker_over
from briefgen.parse.datealt import other_date_line
from briefgen.parse.toplines import clause, masthead, numeric_row, translator_note

REF = dt.date(2025, 6, 1)
OUT = load_outlets(Config().outlets)


def test_clause_title_is_not_a_kicker():
    assert clause("After the Storm Broke") and not clause("North and East Syria")
    assert not kicker_over("When the Dam Broke", "Villagers count losses along the river")
    assert kicker_over("North and East Syria", "Turkish drones target civilian convoy at Tishreen Dam, 5 killed")


def test_masthead_lines():
    assert masthead("Crisis Group (Brussels) — morning bulletin, translated from French", OUT)
    assert masthead("Al-Qabas (Kuwait) — translated summary", OUT)
    assert masthead("Keep Talking! A Weekly Policy Podcast", OUT)
    assert not masthead("Army pulls back from border towns after talks", OUT)


def test_notes_and_number_rows():
    assert translator_note("Translated from Turkish by the Desk. The paper is a daily.")
    assert not translator_note("Translation errors delayed the talks, officials said.")
    assert numeric_row("۱۲ مهر ۱۴۰۳ – ۲ ربیع‌الثانی ۱۴۴۶") and not numeric_row("Israel kills 3 in strike on 2 towns")


def test_other_date_rows():
    assert other_date_line("Monday, Rajab 3, 1446 AH / January 3, 2025", REF).date == dt.date(2025, 1, 3)
    assert other_date_line("Original publication date: 8 March 2025", REF).date == dt.date(2025, 3, 8)
    assert other_date_line("12K views  Mar 9, 2025  #News", REF).date == dt.date(2025, 3, 9)
    assert other_date_line("Gaza / Beirut", REF) is None
