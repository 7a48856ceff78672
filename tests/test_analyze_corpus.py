"""Corpus-wide helpers: related articles (scaling), entity index, unknown names."""

from __future__ import annotations

import importlib.util
import random
import time
from functools import lru_cache
from pathlib import Path

from briefgen.analyze import (analyze, entity_index, load_gazetteer, load_taxonomy, related_articles,
                              unknown_names)
from briefgen.config import Config
from briefgen.markup import join_blocks, paragraph, plain_text
from briefgen.models import Article, Origin

_spec = importlib.util.spec_from_file_location("analyze_seedkit", Path(__file__).parent / "fixtures/analyze/seedkit.py")
seedkit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(seedkit)

CFG = Config()
GAZ = load_gazetteer(CFG.gazetteer)
TAX = load_taxonomy(CFG.taxonomy)


@lru_cache(maxsize=1)
def seeds() -> list[Article]:
    return [analyze(a, GAZ, TAX, CFG) for a in seedkit.seed_articles().values()]


def test_related_seeds():
    rel = related_articles(seeds(), k=5)
    assert sorted(rel) == [f"seed-00{i}" for i in range(5)]
    for slug, items in rel.items():
        assert slug not in [r.slug for r in items]
        assert 3 <= len(items) <= 5
        assert [(-r.score, r.slug) for r in items] == sorted((-r.score, r.slug) for r in items)
        assert all(r.reason and r.score > 0 for r in items)
    assert rel["seed-003"][0].slug == "seed-004"  # both on Hezbollah in Syria
    assert {"Bashar al-Assad", "Hezbollah", "Syria"} <= set(rel["seed-003"][0].shared)
    assert rel["seed-000"][0].slug in {"seed-001", "seed-002"}
    assert related_articles(list(reversed(seeds())), k=5) == rel  # input order does not matter


def test_related_threshold_and_k():
    assert all(len(v) <= 2 for v in related_articles(seeds(), k=2).values())
    assert all(v == [] for v in related_articles(seeds(), min_score=0.99).values())
    assert related_articles([]) == {}


def _word(i: int) -> str:
    """Letters only, like real words."""
    out = ""
    while True:
        out += "bcdfghjklmnpqrstvwxz"[i % 20]
        i //= 20
        if not i:
            return "qu" + out


def _synthetic(n: int, seed: int = 7) -> tuple[list[Article], dict[str, int]]:
    """*n* articles on 300 topics: each topic has its own words and entities, plus Zipf background words."""
    rng = random.Random(seed)
    names = [e.name for e in GAZ.entities]
    background = [_word(i) for i in range(3000)]
    weights = [1 / (i + 1) for i in range(len(background))]
    arts, topic_of = [], {}
    for i in range(n):
        topic = rng.randrange(300)
        topic_words = [f"topic{_word(topic)}x{_word(j)}" for j in range(30)]
        ents = rng.sample(names[topic % 300:topic % 300 + 25], 5) + rng.sample(names, 3)
        words = rng.choices(background, weights=weights, k=100) + rng.choices(topic_words, k=25)
        rng.shuffle(words)
        slug = f"a{i:05d}"
        topic_of[slug] = topic
        arts.append(Article(title=" ".join(words[:8]), body=join_blocks([paragraph(" ".join(words))]),
                            origin=Origin(f"{i}.txt", "0"), slug=slug,
                            entities={"people": ents[:3], "organizations": ents[3:6], "places": ents[6:]},
                            themes=[TAX.ids[topic % 3]]))
    return arts, topic_of


def test_related_scales_to_10000_articles():
    arts, topic_of = _synthetic(10_000)
    t0 = time.perf_counter()
    rel = related_articles(arts, k=5)
    elapsed = time.perf_counter() - t0
    assert len(rel) == 10_000
    assert sum(1 for v in rel.values() if len(v) >= 3) > 9_500
    pairs = [(slug, r.slug) for slug, items in rel.items() for r in items]
    same = sum(topic_of[a] == topic_of[b] for a, b in pairs)
    assert same / len(pairs) > 0.95  # neighbours are on the same topic
    print(f"related_articles on 10,000 synthetic articles: {elapsed:.1f}s")
    assert elapsed < 600  # a loose bound: an all-pairs loop would take far longer


def test_entity_index():
    idx = entity_index(seeds(), GAZ)
    hz = idx["Hezbollah"]
    assert hz.type == "organization" and hz.kind == "organizations" and hz.known
    assert hz.slugs == ["seed-003", "seed-000", "seed-001", "seed-002", "seed-004"]  # newest first, undated last
    assert hz.count == 5 and hz.description
    co = dict(hz.cooccurring)
    assert co["Lebanon"] == 5 and co["Israel"] >= 4
    assert hz.cooccurring[0][1] >= hz.cooccurring[-1][1]
    assert idx["Qusayr"].slugs == ["seed-003"] and idx["Qusayr"].type == "place"
    assert list(idx) == sorted(idx, key=lambda n: (n.lower(), n))
    user = Article(title="t", body="", origin=Origin("u", "0"), slug="u",
                   entities={"people": ["Someone New"], "organizations": [], "places": []})
    assert entity_index([user], GAZ)["Someone New"].known is False


def test_unknown_names():
    texts = [
        "Wassim Haddad, a Radwan Force commander, was killed. Later Wassim Haddad was buried in Khirbet Selm.",
        "Hezbollah said Wassim Haddad died. The Syrian President spoke in Khirbet Selm on Monday.",
        "Hezbollah and Hassan Nasrallah. The Israeli Army said so. In Beirut, Hezbollah spoke.",
    ]
    got = unknown_names(texts, GAZ, min_count=2)
    assert got[0] == ("Wassim Haddad", 3)
    assert ("Khirbet Selm", 2) in got
    names = [n for n, _ in got]
    assert not {"Hezbollah", "Hassan Nasrallah", "Beirut", "Syrian President", "Israeli Army"} & set(names)
    assert unknown_names(texts, GAZ, min_count=4) == []


def test_unknown_names_on_seeds_are_few():
    texts = [a.title + "\n" + plain_text(a.body) for a in seedkit.seed_articles().values()]
    got = unknown_names(texts, GAZ, min_count=1)
    # what is left are phrases, not people/organisations/places of the seeds
    assert len(got) < 25, got
