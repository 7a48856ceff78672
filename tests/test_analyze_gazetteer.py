"""Gazetteer: loading, matching rules, and recognition of every name in the seeds."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.analyze import load_gazetteer
from briefgen.analyze.gazetteer import parse_gazetteer
from briefgen.config import Config
from briefgen.markup import plain_text
from briefgen.models import ContentError

_spec = importlib.util.spec_from_file_location("analyze_seedkit", Path(__file__).parent / "fixtures/analyze/seedkit.py")
seedkit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(seedkit)

GAZ = load_gazetteer(Config().gazetteer)


def names(text: str) -> list[str]:
    return [m.entity.name for m in GAZ.find(text)]


def test_bundled_gazetteer_is_large_and_complete():
    assert len(GAZ) >= 200
    kinds = Counter(e.type for e in GAZ.entities)
    assert min(kinds["person"], kinds["organization"], kinds["place"]) >= 60
    for e in GAZ.entities:
        assert e.description and "\n" not in e.description, e.name


@pytest.mark.parametrize("text,canonical", [
    ("Hizbullah fighters", "Hezbollah"), ("the Hizballah movement", "Hezbollah"), ("HEZBOLLAH", "Hezbollah"),
    ("Sayyed Hassan Nasrallah spoke", "Hassan Nasrallah"), ("Nasrallah said", "Hassan Nasrallah"),
    ("Ahmed al-Sharaa", "Ahmed al-Sharaa"), ("Ahmed al-Shaara", "Ahmed al-Sharaa"),
    ("Abu Mohammed al-Jolani", "Ahmed al-Sharaa"), ("Jolani's men", "Ahmed al-Sharaa"),
    ("the PMF", "Popular Mobilization Forces"), ("Hashd al-Shaabi", "Popular Mobilization Forces"),
    ("IDF troops", "Israel Defense Forces"), ("Israeli Defense Forces", "Israel Defense Forces"),
    ("Hajri said", "Daniel Hagari"), ("the U.S. and France", "United States"),
    ("Revolutionary Guards general", "Islamic Revolutionary Guard Corps"),
    ("the United Nations peacekeeping force", "UNIFIL"), ("Bashar al Assad", "Bashar al-Assad"),
    ("Hezbollah\u2019s", "Hezbollah"), ("Hezbollah's", "Hezbollah"), ("Tehran\u2019s", "Tehran"),
])
def test_aliases_and_possessives(text, canonical):
    assert canonical in names(text)


@pytest.mark.parametrize("text", [
    "the idf", "pmf units", "an un-named source", "the un report", "hama is not a place here",
    "Israeli soldiers", "Lebanese army units", "Syrian refugees", "Iranian-backed", "hezbollahs",
])
def test_case_rules_and_demonyms(text):
    assert not ({"Israel Defense Forces", "Popular Mobilization Forces", "United Nations", "Hama", "Israel",
                 "Lebanon", "Syria", "Iran"} & set(names(text))) or text == "Lebanese army units"


def test_acronyms_in_capitals_and_word_boundaries():
    assert names("the UN said") == ["United Nations"]
    assert names("Hamas and Hama") == ["Hamas", "Hama"]
    assert names("Israel-Hamas war") == ["Israel", "Hamas"]
    assert names("Lebanese army units") == ["Lebanese Armed Forces"]
    assert names("Washington-based Middle East Institute") == ["Washington", "Middle East Institute"]


def test_longest_match_wins():
    assert names("the Syrian Observatory for Human Rights said") == ["Syrian Observatory for Human Rights"]
    assert names("Israel's Foreign Ministry") == ["Israeli Foreign Ministry"]
    assert names("Kataib Hezbollah") == ["Kataib Hezbollah"]
    assert names("IDF SPOKESPERSON'S UNIT") == ["IDF Spokesperson's Unit"]


def test_ignore_list():
    assert names("Mon 24 Jun 2024 10:11 am - Jerusalem Time") == []


def test_entry_lookup():
    e = GAZ.entry("Hizballah")
    assert (e.name, e.type, e.kind) == ("Hezbollah", "organization", "organizations")
    assert "Hizbullah" in e.aliases and e.description
    assert GAZ.entry("Jolani").name == "Ahmed al-Sharaa"
    with pytest.raises(KeyError):
        GAZ.entry("Nobody In Particular")


def test_group_orders_by_mentions_then_name():
    text = "Beirut. Hezbollah, Hezbollah and Hamas. Amal Movement. Nasrallah. Syria, Syria, Syria. Aleppo."
    g = GAZ.group(GAZ.count(text))
    assert g["organizations"] == ["Hezbollah", "Amal Movement", "Hamas"]
    assert g["places"] == ["Syria", "Aleppo", "Beirut"]
    assert g["people"] == ["Hassan Nasrallah"]


@pytest.mark.parametrize("yaml_text,reason", [
    ("entities: [\n  - {name: X", "invalid YAML at line"),
    ("- a\n- b\n", "'entities' list"),
    ("entities:\n  - {name: X, type: thing}\n", "type must be one of"),
    ("entities:\n  - {type: place}\n", "has no name"),
    ("entities:\n  - {name: A, type: place, aliases: [Z]}\n  - {name: B, type: place, aliases: [Z]}\n",
     "is used by both"),
    ("entities:\n  - {name: A, type: place}\n  - {name: A, type: person}\n", "duplicate entity name"),
    ("dates:\n  - {date: soon, label: x}\nentities: []\n", "date must be YYYY-MM-DD"),
])
def test_bad_gazetteer_is_a_clear_one_line_error(tmp_path, yaml_text, reason):
    p = tmp_path / "gaz.yaml"
    p.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ContentError) as exc:
        load_gazetteer(p)
    msg = str(exc.value)
    assert reason in msg and str(p) in msg and "\n" not in msg


def test_missing_gazetteer_file(tmp_path):
    with pytest.raises(ContentError, match="cannot read gazetteer"):
        load_gazetteer(tmp_path / "nope.yaml")


def test_user_entity_added_by_yaml_only():
    g = parse_gazetteer({"entities": [{"name": "Wissam al-Tawil", "type": "person", "description": "Radwan commander",
                                       "aliases": ["al-Tawil"]}]})
    assert [m.entity.name for m in g.find("Commander al-Tawil was killed; Wissam al-Tawil's car")] == \
        ["Wissam al-Tawil", "Wissam al-Tawil"]


SEED_ENTITIES = {
    "000": {"people": {"Ghassan Najjar", "Hassan Nasrallah"},
            "organizations": {"Hezbollah", "Al-Mayadeen", "Elaph", "Israel Defense Forces", "Hamas",
                              "Axis of Resistance", "United Nations"},
            "places": {"Israel", "Lebanon", "Syria", "Beirut", "Iran", "Majdal Shams"}},
    "001": {"people": {"Hassan Nasrallah", "Bashar al-Assad", "Qasim Kassir", "Eran Etzion", "Daniel Hagari",
                       "Naim Qassem", "Jeanine Hennis-Plasschaert", "Aroldo Lazaro"},
            "organizations": {"Associated Press", "Hezbollah", "Hamas", "Popular Mobilization Forces", "Fatemiyoun",
                              "Zainabiyoun", "Houthis", "Middle East Institute", "Israeli Foreign Ministry",
                              "United Nations", "UNIFIL", "Axis of Resistance", "Israel Defense Forces"},
            "places": {"Lebanon", "Israel", "Iraq", "Afghanistan", "Pakistan", "Syria", "Yemen", "Iran", "Gaza",
                       "Middle East", "Washington", "Gaza envelope"}},
    "002": {"people": {"Naim Qassem", "Hassan Nasrallah", "Hashem Safieddine"},
            "organizations": {"Hezbollah", "Israel Defense Forces"},
            "places": {"Israel", "Lebanon", "Iran", "United States", "France", "Gaza", "Beirut"}},
    "003": {"people": {"Bashar al-Assad"},
            "organizations": {"Hezbollah", "AFP", "Syrian Observatory for Human Rights", "Syrian Arab Army",
                              "Islamic Revolutionary Guard Corps"},
            "places": {"Lebanon", "Syria", "Damascus", "Qusayr", "Aleppo", "Hama", "Israel", "Homs", "Iran",
                       "Tehran", "Russia"}},
    "004": {"people": {"Bashar al-Assad", "Ahmed al-Sharaa"}, "organizations": {"Hezbollah"},
            "places": {"Syria", "Lebanon", "Qalamoun", "Arsal", "Iran"}},
}


@pytest.mark.parametrize("key", sorted(SEED_ENTITIES))
def test_every_name_in_the_seeds_is_recognised(key):
    art = seedkit.seed_articles()[key]
    counts = GAZ.count(art.title + "\n" + plain_text(art.body))
    got = GAZ.group(counts)
    for kind, expected in SEED_ENTITIES[key].items():
        assert expected <= set(got[kind]), (kind, expected - set(got[kind]))


def test_hagari_typo_is_the_same_person():
    art = seedkit.seed_articles()["001"]
    counts = GAZ.count(plain_text(art.body))
    assert counts["Daniel Hagari"] == 2
    assert "Hajri" not in {n for kind in GAZ.group(counts).values() for n in kind}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("HezbolaIsrNsmAU' \u2019-.,\u0130") + ["Hezbollah", " Hama", "IDF", "UN"]),
                max_size=40).map("".join))
def test_find_never_breaks_and_mentions_are_word_bounded(text):
    for m in GAZ.find(text):
        assert text[m.start:m.end] == m.text
        assert m.start == 0 or not text[m.start - 1].isalnum()
        assert m.end == len(text) or not text[m.end].isalnum()


# ---------------------------------------------------------------- coverage of the bundled gazetteer
import re as _re  # noqa: E402

import yaml as _yaml  # noqa: E402

from briefgen.analyze.text import fold_lower as _fold_lower  # noqa: E402


def _raw_entities() -> list[dict]:
    return _yaml.safe_load(Path(Config().gazetteer).read_text(encoding="utf-8"))["entities"]


def test_bundled_yaml_entries_are_well_formed():
    raw = _raw_entities()
    assert len(raw) >= 550
    kinds = Counter(e["type"] for e in raw)
    assert min(kinds["person"], kinds["organization"], kinds["place"]) >= 150, kinds
    for e in raw:
        assert set(e) <= {"name", "type", "description", "aliases", "short", "tags"}, e
        assert isinstance(e["name"], str) and e["name"] == " ".join(e["name"].split()), e
        assert e["type"] in ("person", "organization", "place", "other"), e
        d = e.get("description")
        assert isinstance(d, str) and 5 <= len(d) <= 200 and "\n" not in d and d.endswith("."), e["name"]
        assert isinstance(e.get("aliases"), list), e["name"]
        assert all(isinstance(a, str) and a.strip() == a and a for a in e["aliases"]), e["name"]


def test_no_alias_names_two_entities():
    """Every name/alias, compared the way the matcher compares (case, accents, hyphens), means one entity."""
    owner: dict[str, str] = {}
    clashes = []
    for e in _raw_entities():
        for alias in {e["name"], *e["aliases"]}:
            key = _fold_lower(alias).replace("-", " ")
            if owner.setdefault(key, e["name"]) != e["name"]:
                clashes.append((alias, owner[key], e["name"]))
    assert not clashes


def test_alias_conflicts_are_reported_whatever_the_spelling(tmp_path):
    p = tmp_path / "gaz.yaml"
    p.write_text("entities:\n  - {name: Abu Kamal, type: place, description: x}\n"
                 "  - {name: Town, type: place, description: y, aliases: [abu-kamal]}\n", encoding="utf-8")
    with pytest.raises(ContentError, match="'abu-kamal' is used by both 'Abu Kamal' and 'Town'"):
        load_gazetteer(p)


def test_generated_spellings_never_clash_and_ambiguous_ones_are_dropped():
    g = parse_gazetteer({"entities": [
        {"name": "Mohammed Nasser", "type": "person", "description": "a"},
        {"name": "Muhammad Nasser", "type": "person", "description": "b"},  # written: wins over a's variant
        {"name": "Ahmed Saleh", "type": "person", "description": "c"},
        {"name": "Ahmed Salih", "type": "person", "description": "d"},
    ]})
    assert [m.entity.name for m in g.find("Muhammad Nasser and Mohammed Nasser")] == \
        ["Muhammad Nasser", "Mohammed Nasser"]
    assert [m.entity.name for m in g.find("Ahmed Saleh met Ahmed Salih")] == ["Ahmed Saleh", "Ahmed Salih"]
    assert g.find("Ahmad Saleh") == [] and g.find("Mohamad Nasser") == []  # both produce it: neither gets it


@pytest.mark.parametrize("text,canonical", [
    ("The U.S. military\u2019s Central Command said its forces destroyed two drone boats.", "US Central Command"),
    ("CENTCOM said", "US Central Command"),
    ("He praised the Yemeni Ansarullah movement for its operations.", "Houthis"),
    ("Ansar Allah fighters", "Houthis"),
    ("Health Minister Firass Abiad said 492 people were killed.", "Firass Abiad"),
    ("Firas Abiad told reporters", "Firass Abiad"),
    ("Maj. Gen. Jasper Jeffers, who heads the monitoring committee", "Jasper Jeffers"),
    ("Ahmed al-Awda, commander of the Eighth Brigade", "Ahmed al-Awda"),
    ("Ahmad al-Oudeh's fighters", "Ahmed al-Awda"), ("the 8th Brigade in Busra al-Sham", "Eighth Brigade"),
    ("Kremlin spokesman Dmitry Peskov said", "Dmitry Peskov"), ("Peskov told reporters", "Dmitry Peskov"),
    ("Defense Minister Ya\u015far G\u00fcler said", "Yasar Guler"), ("\u0130brahim Kal\u0131n met", "Ibrahim Kalin"),
    ("inmates of Sednaya prison", "Saydnaya"), ("Saydnaya", "Saydnaya"), ("Saidnaya", "Saydnaya"),
    ("Kurdistan Region Prime Minister Masrour Barzani", "Masrour Barzani"),
    ("Abu Hussein al-Hamidawi, the group's leader", "Abu Hussein al-Hamidawi"),
    ("Kataeb Hezbollah announced", "Kataib Hezbollah"),
    ("Defense Secretary Pete Hegseth", "Pete Hegseth"), ("Vice President JD Vance", "JD Vance"),
    ("J.D. Vance said", "JD Vance"), ("envoy Steve Witkoff", "Steve Witkoff"), ("Morgan Ortagus said", "Morgan Ortagus"),
    ("Jean-No\u00ebl Barrot", "Jean-Noel Barrot"), ("Recep Tayyip Erdo\u011fan", "Recep Tayyip Erdogan"),
    ("the International Monetary Fund", "International Monetary Fund"), ("an IMF programme", "International Monetary Fund"),
    ("OPEC+ output", "OPEC+"), ("OPEC Plus", "OPEC+"), ("Aramco's profits", "Saudi Aramco"),
    ("the Banque du Liban", "Banque du Liban"), ("Lebanon's central bank governor Karim Souaid", "Banque du Liban"),
    ("governor Karim Souaid", "Karim Souaid"), ("Speaker Mahmoud al-Mashhadani", "Mahmoud al-Mashhadani"),
    ("Fuad Shukr", "Fuad Shukr"), ("Ibrahim Aqil", "Ibrahim Aqil"), ("Ali Karaki", "Ali Karaki"),
    ("Nabil Qaouk", "Nabil Kaouk"), ("Wissam al-Tawil", "Wissam al-Tawil"), ("Taleb Abdullah", "Taleb Abdallah"),
    ("Mohammad Nimah Nasser", "Mohammed Nasser"), ("Murhaf Abu Qasra", "Murhaf Abu Qasra"),
    ("Anas Khattab", "Anas Khattab"), ("Maher al-Sharaa", "Maher al-Sharaa"), ("Hikmat al-Hajari", "Hikmat al-Hijri"),
    ("the Southern Operations Room", "Southern Operations Room"), ("Harakat al-Nujaba", "Harakat al-Nujaba"),
    ("Qais al-Khazali", "Qais al-Khazali"), ("Akram al-Kaabi", "Akram al-Kaabi"),
    ("Abdul-Malik al-Houthi", "Abdul-Malik al-Houthi"), ("Yahya Saree", "Yahya Saree"),
    ("Herzi Halevi", "Herzi Halevi"), ("Eyal Zamir", "Eyal Zamir"), ("Gideon Sa\u2019ar", "Gideon Saar"),
    ("the IDF's Northern Command", "IDF Northern Command"), ("Khalil al-Hayya", "Khalil al-Hayya"),
    ("Aita al-Shaab", "Aita al-Shaab"), ("Ayta ash-Shaab", "Aita al-Shaab"), ("Maroun al-Ras", "Maroun al-Ras"),
    ("Kfar Kila", "Kfar Kila"), ("Odaisseh", "Odaisseh"), ("Adaisseh", "Odaisseh"), ("Dahieh", "Dahiyeh"),
    ("the Litani", "Litani River"), ("Hmeimim", "Hmeimim"), ("Khmeimim", "Hmeimim"), ("Deir el-Zour", "Deir ez-Zor"),
    ("Sweida", "Suwayda"), ("Al-Bukamal", "Abu Kamal"), ("Mezzeh military airport", "Mezzeh"),
    ("Jurf al-Nasr", "Jurf al-Sakhar"), ("Irbil", "Erbil"), ("Bab al-Mandab", "Bab el-Mandeb"),
    ("Kiryat Shmona", "Kiryat Shmona"), ("the occupied Golan", "Golan Heights"), ("Ain al-Arab", "Kobani"),
])
def test_recall_on_regional_names_and_variants(text, canonical):
    assert canonical in names(text), names(text)


@pytest.mark.parametrize("text,canonical", [
    ("Muhammad Shia al-Sudani", "Mohammed Shia al-Sudani"),   # given-name spelling
    ("Qais Khazali", "Qais al-Khazali"),                       # middle al- dropped
    ("Ahmad el-Awda", "Ahmed al-Awda"),                        # al-/el-
    ("Gideon Saar", "Gideon Saar"), ("Hayat Tahrir al Sham", "Hayat Tahrir al-Sham"),
    ("Yehya Sinwar", "Yahya Sinwar"), ("Abdul Fattah al-Sisi", "Abdel Fattah el-Sisi"),
])
def test_generated_spelling_variants(text, canonical):
    assert names(text) == [canonical]


SPORT = """Liverpool extended their lead at the top of the Premier League to six points after a second-half double
from Mohamed Salah secured a 3-2 comeback win at Southampton on Sunday. Arne Slot's side trailed at the break after a
defensive mix-up, but the forward converted a penalty and then curled in the winner. "We showed character," Slot said.
The starting XI was unchanged, and the goalkeeper made two late saves. Manchester City, beaten by Brighton, now face
Chelsea, Arsenal and Tottenham. The defence held firm in stoppage time; Jordan Henderson came off the bench."""
BUSINESS = """Shares of Apple rose 2 percent on Tuesday after the company reported record quarterly earnings, while
Nvidia fell on concerns about export curbs. Analysts at Goldman Sachs and Morgan Stanley raised their price targets.
The Federal Reserve is expected to hold interest rates steady, Chair Jerome Powell said, adding that inflation had
cooled. The startup agreed to be acquired for $32 billion, subject to regulatory approval. Amazon and Microsoft were
little changed, Michael Jordan's sneaker line had a strong quarter, and Israel Adesanya's promoter sold his stake.
Salami sales at the deli chain were up, and the board approved a dividend."""


@pytest.mark.parametrize("text", [SPORT, BUSINESS])
def test_no_entities_in_ordinary_english(text):
    assert GAZ.find(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Israel said on Monday it struck Hezbollah.", ["Israel", "Hezbollah"]),
    ("In northern Israel, sirens sounded.", ["Israel"]),
    ("Hezbollah Fires Rockets at Northern Israel", ["Hezbollah", "Israel"]),   # title case: no name guessing
    ("King Abdullah of Jordan met Biden", ["Abdullah II", "Jordan", "Joe Biden"]),
    ("Neighbouring Jordan closed its airspace.", ["Jordan"]),
    ("Defense Minister Israel Katz said", ["Israel Katz"]),
    ("the fans cheered Michael Jordan and Jordan Smith in Israel.", ["Israel"]),
])
def test_countries_that_are_also_given_names(text, expected):
    assert names(text) == expected
