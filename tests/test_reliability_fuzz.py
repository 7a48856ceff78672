"""Fuzzing the real parse + analyze stages: any bytes give articles or one InputError.

Every article that comes out must also survive the content round trip and validation
(so whatever ingest writes, `briefgen check` and the build accept).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen import content
from briefgen.analyze import analyze, load_gazetteer, load_taxonomy
from briefgen.config import Config
from briefgen.models import Article, InputError
from briefgen.parse import find_duplicates, parse
from briefgen.sources import RawDoc
from reliability_strategies import HOSTILE as HOSTILE_STRINGS
from reliability_support import CORPUS, HOSTILE

CONFIG = Config()
GAZ = load_gazetteer(CONFIG.gazetteer)
TAX = load_taxonomy(CONFIG.taxonomy)
THEME_IDS = [t.id for t in TAX.themes]
SEEDS = [p.read_bytes() for p in sorted(CORPUS.glob("*.txt"))] + [
    p.read_bytes() for p in sorted(HOSTILE.iterdir()) if p.suffix in (".txt", ".md", ".html", ".json")
]
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _doc(data: bytes, name: str) -> RawDoc:
    return RawDoc(path=Path("/nonexistent") / name, name=name, data=data, sha256=hashlib.sha256(data).hexdigest())


def _check(data: bytes, name: str) -> list[Article]:
    """parse -> analyze -> content round trip; InputError is the only acceptable failure."""
    try:
        articles = parse(_doc(data, name), CONFIG)
    except InputError as exc:
        msg = str(exc)
        assert msg.startswith(f"{name}: ") and "\n" not in msg and "Traceback" not in msg
        return []
    assert isinstance(articles, list) and articles
    out = []
    for a in articles:
        assert isinstance(a, Article) and a.title.strip()
        assert a.origin.file == name
        b = analyze(a, GAZ, TAX, CONFIG)
        text = content.dumps(b)
        back = content.loads(text, path="fuzz.md", theme_ids=THEME_IDS)
        assert back == b
        assert content.dumps(back) == text
        out.append(b)
    find_duplicates(out)
    return out


names = st.sampled_from(["a.txt", "b.md", "c.html", "d.json", "e.jsonl", "f.xml", "g", "h.rss", "ü 中.txt"])


@FUZZ
@given(st.binary(max_size=3000), names)
def test_arbitrary_bytes(data: bytes, name: str) -> None:
    _check(data, name)


@FUZZ
@given(st.text(max_size=2000), names, st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_arbitrary_text(text: str, name: str, encoding: str) -> None:
    _check(text.encode(encoding, errors="replace"), name)


@st.composite
def mutated_seed(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
        i = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[i] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[i:i + draw(st.integers(1, 400))]
        elif op == "insert":
            data[i:i] = draw(st.sampled_from(HOSTILE_STRINGS)).encode("utf-8", errors="replace")
        elif op == "dup":
            data[i:i] = data[i:i + draw(st.integers(1, 200))]
    return bytes(data)


@FUZZ
@given(mutated_seed(), names)
def test_mutated_real_articles(data: bytes, name: str) -> None:
    _check(data, name)


field = st.one_of(st.none(), st.integers(), st.booleans(), st.sampled_from(HOSTILE_STRINGS), st.text(max_size=60),
                  st.lists(st.text(max_size=10), max_size=3), st.dictionaries(st.text(max_size=5), st.text(max_size=5),
                                                                               max_size=2))
record = st.dictionaries(
    st.sampled_from(["title", "headline", "date", "published", "datePublished", "source", "author", "body", "text",
                     "content", "summary", "url", "description", "x"]), field, max_size=8)


@FUZZ
@given(st.one_of(record, st.lists(record, max_size=4), st.dictionaries(st.sampled_from(["items", "articles", "data"]),
                                                                       st.lists(record, max_size=3), max_size=1)))
def test_structured_json(obj) -> None:
    _check(json.dumps(obj).encode(), "feed.json")
    if isinstance(obj, list):
        _check("\n".join(json.dumps(r) for r in obj).encode(), "feed.jsonl")


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(HOSTILE_STRINGS + ["Hezbollah fighters", "Beirut"]),
                          st.text(max_size=80)), min_size=1, max_size=4),
       st.sampled_from(["rss", "atom", "html"]))
def test_structured_markup(items, kind: str) -> None:
    from xml.sax.saxutils import escape

    if kind == "rss":
        body = "".join(f"<item><title>{escape(t)}</title><description>{escape(d)}</description>"
                       f"<pubDate>Mon, 24 Jun 2024 10:11:00 +0300</pubDate></item>" for t, d in items)
        data = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{body}</channel></rss>'
    elif kind == "atom":
        body = "".join(f"<entry><title>{escape(t)}</title><content type='html'>{escape(d)}</content>"
                       f"<updated>2024-06-24T10:11:00Z</updated></entry>" for t, d in items)
        data = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>{body}</feed>'
    else:
        body = "".join(f"<h2>{escape(t)}</h2><p>{d}</p>" for t, d in items)
        data = f"<html><head><title>{escape(items[0][0])}</title></head><body><article>{body}</article></body></html>"
    _check(data.encode("utf-8", errors="replace"), f"x.{ 'xml' if kind != 'html' else 'html'}")


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")) + sorted(HOSTILE.iterdir()), ids=lambda p: p.name)
def test_seed_files(path: Path) -> None:
    articles = _check(path.read_bytes(), path.name)
    assert bool(articles) == (path.name != "python-tag-front-matter.md")
