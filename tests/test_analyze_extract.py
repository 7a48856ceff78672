"""Key figures, events (date resolution), summaries and locked fields."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
from functools import lru_cache
from pathlib import Path

import pytest

from briefgen.analyze import analyze, load_gazetteer, load_taxonomy, merge_events
from briefgen.analyze.events import find_dates
from briefgen.config import Config
from briefgen.markup import figure, join_blocks, paragraph, subhead
from briefgen.models import Article, Event, Origin

_spec = importlib.util.spec_from_file_location("analyze_seedkit", Path(__file__).parent / "fixtures/analyze/seedkit.py")
seedkit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(seedkit)

CFG = Config()
GAZ = load_gazetteer(CFG.gazetteer)
TAX = load_taxonomy(CFG.taxonomy)


@lru_cache(maxsize=1)
def seeds() -> dict[str, Article]:
    return {k: analyze(a, GAZ, TAX, CFG) for k, a in seedkit.seed_articles().items()}


def make(body: str, date=None, title: str = "A title") -> Article:
    return Article(title=title, body=join_blocks([paragraph(p) for p in body.split("\n")]),
                   origin=Origin("x.txt", "0"), slug="x", date=date)


# ------------------------------------------------------------------ key figures
def figs(key):
    return {f.quantity: f for f in seeds()[key].key_figures}


def test_key_figures_with_claimants():
    f = figs("001")
    assert f["more than 100,000 fighters"].claimed_by == "Hassan Nasrallah"
    assert f["more than 5,000 rockets, anti-tank shells and drones"].claimed_by == "Daniel Hagari"
    assert "5,000" in f["more than 5,000 rockets, anti-tank shells and drones"].text
    assert figs("003")["2,000 fighters"].claimed_by == "AFP"
    assert "150 Hezbollah military advisers" in figs("003")
    assert {"over 100 rockets", "more than 1,000 Lebanese"} <= set(figs("002"))
    assert "12 Druze children" in figs("000")


def test_dates_and_years_are_not_figures():
    art = analyze(make("Hamas's October 7 attacks began the war in 2023. The 13-year-old conflict. "
                       "Officials said 2024 was hard.", date=dt.date(2024, 10, 1)), GAZ, TAX, CFG)
    assert art.key_figures == []


# ------------------------------------------------------------------ dates
BASE = dt.date(2024, 10, 27)  # a Sunday


def dates(sentence, base=BASE, known=True):
    return [(h.date, h.precision) for h in find_dates(sentence, base, known, GAZ.dates)]


@pytest.mark.parametrize("sentence,expected", [
    ("He was killed Sept. 27 in Beirut.", [("2024-09-27", "day")]),
    ("The raid on October 24, 2024 destroyed a complex.", [("2024-10-24", "day")]),
    ("Talks resume on 3 November.", [("2024-11-03", "day")]),  # near future counts
    ("Since Hamas's October 7 massacre, rockets fell.", [("2023-10-07", "day")]),
    ("They want to reenact their own October 7 attacks.", [("2023-10-07", "day")]),
    ("Hezbollah began firing on Oct. 8.", [("2023-10-08", "day")]),
    ("A school opened on October 7 in Tyre.", [("2024-10-07", "day")]),  # no anchor context: latest past
    ("It was first deployed in 2013 near the border.", [("2013", "year")]),
    ("The war in the summer of 2006 lasted 34 days.", [("2006", "year")]),
    ("The offensive began in November.", [("2023-11", "month")]),
    ("Fighting eased in May 2024.", [("2024-05", "month")]),
    ("A source revealed on Saturday that fighters left.", [("2024-10-26", "day")]),
    ("Elaph said in a report published Sunday.", [("2024-10-27", "day")]),
    ("Last Sunday the group fired rockets.", [("2024-10-20", "day")]),
    ("Yesterday the strikes resumed.", [("2024-10-26", "day")]),
    ("They may attack; 2,000 fighters and 150 advisers; a 13-year-old war; Resolution 1701.", []),
    ("May God protect them, he said.", []),
])
def test_date_resolution(sentence, expected):
    assert dates(sentence) == expected


def test_unknown_article_date_uses_reference_date_and_skips_weekdays():
    assert dates("Nasrallah was killed Sept. 27 and on Tuesday officials spoke.", base=CFG.reference_date,
                 known=False) == [("2024-09-27", "day")]
    art = analyze(make("Hezbollah chief Hassan Nasrallah was killed Sept. 27 in an airstrike. "
                       "Officials said Tuesday that more strikes came."), GAZ, TAX, CFG)
    assert [(e.date, e.label) for e in art.events] == [("2024-09-27", "Nasrallah killed")]


# ------------------------------------------------------------------ events and timeline
def test_seed_event_labels():
    ev = {(e.date, e.label) for k in seeds() for e in seeds()[k].events}
    assert ("2024-09-27", "Nasrallah killed") in ev
    assert any(d == "2024-11-27" and "offensive" in l.lower() and "ceasefire" in l.lower() for d, l in ev)
    assert any(d == "2013" and "Qusayr" in l for d, l in ev)
    assert any(d == "2024-12-07" and "2,000 fighters" in l for d, l in ev)
    for d, label in ev:
        assert 2 <= len(label.split()) <= 16, label


def test_seed_merged_timeline():
    merged = merge_events(list(seeds().values()))
    by_date = {}
    for m in merged:
        by_date.setdefault(m.date, []).append(m)
    assert [m.slugs for m in by_date["2023-10-07"]] == [["seed-000", "seed-001"]]
    assert [m.slugs for m in by_date["2023-10-08"]] == [["seed-001", "seed-002"]]
    assert any("Nasrallah" in m.label for m in by_date["2024-09-27"])
    assert any("ceasefire" in m.label.lower() for m in by_date["2024-11-27"])
    fall = [m for d, ms in by_date.items() if "2024-11-27" <= d <= "2024-12-07" for m in ms
            if "Aleppo" in m.label or "Hama" in m.label]
    assert fall and fall[0].slugs == ["seed-003"]
    assert any("Qusayr" in m.label or "Syria" in m.label for m in by_date["2024-12-07"])
    assert merged == sorted(merged, key=lambda m: (m.date, m.label.lower(), m.slugs))


def test_merge_events_merges_similar_labels_only():
    def art(slug, *events):
        return Article(title=slug, body="", origin=Origin(slug, "0"), slug=slug, events=list(events))
    a = art("a", Event("2024-09-27", "day", "Nasrallah killed in Beirut strike"))
    b = art("b", Event("2024-09-27", "day", "Nasrallah killed"), Event("2024-09-27", "day", "Oil prices rise"))
    c = art("c", Event("2024-09", "month", "Nasrallah killed"))
    merged = merge_events([c, b, a])
    assert [(m.date, m.label, m.slugs) for m in merged] == [
        ("2024-09", "Nasrallah killed", ["c"]),
        ("2024-09-27", "Nasrallah killed", ["a", "b"]),
        ("2024-09-27", "Oil prices rise", ["b"]),
    ]


# ------------------------------------------------------------------ summary
def test_summary_is_the_lead_without_captions():
    for k, art in seeds().items():
        assert art.summary, k
        assert len(art.summary.split()) <= 61, k
        assert "credit" not in art.summary.lower() and "Getty" not in art.summary
    assert seeds()["000"].summary.startswith("Since Israel began ground operations in southern Lebanon")
    assert seeds()["003"].summary.startswith("Lebanon's Hezbollah has sent 2,000 fighters to Syria")


def test_summary_skips_figures_subheads_and_datelines():
    body = join_blocks([figure("A caption.", "Reuters"), subhead("Background"),
                        paragraph("BEIRUT (AFP) - Israeli jets struck the south on Monday, officials said. "
                                  "Dozens were hurt. A third sentence."), paragraph("Later text.")])
    art = analyze(Article(title="T", body=body, origin=Origin("x", "0")), GAZ, TAX, CFG)
    assert art.summary == "Israeli jets struck the south on Monday, officials said. Dozens were hurt."


def test_long_lead_is_shortened():
    long = "Hezbollah " + " ".join(["fighters moved"] * 50) + "."
    art = analyze(make(long), GAZ, TAX, CFG)
    assert len(art.summary.split()) <= 61 and art.summary.endswith("\u2026")


# ------------------------------------------------------------------ API contract
def test_analyze_returns_a_new_article_and_keeps_locked_fields():
    raw = seedkit.seed_articles()["003"]
    raw = dataclasses.replace(raw, summary="My own summary.", themes=["axis-of-resistance"],
                              extra={"locked": ["summary", "themes"]})
    out = analyze(raw, GAZ, TAX, CFG)
    assert out is not raw and raw.entities == {"people": [], "organizations": [], "places": [], "other": []}
    assert out.summary == "My own summary." and out.themes == ["axis-of-resistance"]
    assert out.entities["people"] == ["Bashar al-Assad"] and out.events


def test_analyze_is_deterministic_and_serialisable():
    a = seedkit.seed_articles()["001"]
    d1 = analyze(a, GAZ, TAX, CFG).to_dict()
    d2 = analyze(a, GAZ, TAX, CFG).to_dict()
    assert d1 == d2
    assert Article.from_dict(d1).to_dict() == d1


def test_photo_credits_count_for_entities_only():
    ents = seeds()["000"].entities
    assert {"AFP", "Getty Images", "Reuters"} <= set(ents["organizations"])
    assert {"Ibrahim Amro", "Artorn Pookasook"} <= set(ents["people"])
    art = analyze(Article(title="t", body=join_blocks([figure("Smoke rises.", "Jalaa Marey/AFP")]),
                          origin=Origin("x", "0")), GAZ, TAX, CFG)
    assert art.entities["organizations"] == ["AFP"] and art.key_figures == [] and art.events == []


def test_empty_article():
    out = analyze(Article(title="", body="", origin=Origin("x", "0")), GAZ, TAX, CFG)
    assert out.themes == [] and out.events == [] and out.key_figures == [] and out.summary == ""


@pytest.mark.parametrize("sentence,date,label", [
    ("The election was called after President Ebrahim Raisi died in a helicopter crash in May.",
     "2024-05", "Raisi died in a helicopter crash"),
    ("Russia struck the Ukrainian city of Dnipro with a new intermediate-range ballistic missile on Thursday.",
     "2024-11-21", "Russia struck Dnipro with a new intermediate-range ballistic missile"),
    ("More than 300 people have been killed since the offensive began on Wednesday, a monitor said.",
     "2024-11-20", "Offensive began"),
    ("On November 28, Tehran announced the death of a Revolutionary Guards general in Aleppo.",
     "2024-11-28", "Death of a Revolutionary Guards general in Aleppo"),
    ("Netanyahu said the 1974 disengagement agreement had collapsed.", "1974", "Disengagement agreement"),
    ("Hezbollah leader Hassan Nasrallah said in a televised speech on Friday that the war would go on.",
     "2024-11-22", "Nasrallah speech"),
    ("A ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday.",
     "2024-11-20", "Ceasefire between Israel and Hezbollah took effect"),
])
def test_event_labels_are_short_headlines(sentence, date, label):
    art = analyze(make(sentence, date=dt.date(2024, 11, 23)), GAZ, TAX, CFG)
    assert [(e.date, e.label) for e in art.events] == [(date, label)]
