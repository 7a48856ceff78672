"""Property: parse() returns articles or raises InputError, whatever the input."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.config import Config
from briefgen.models import Article, InputError
from briefgen.parse import parse
from briefgen.sources import RawDoc

CFG = Config()
NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.json", "a.jsonl", "a.rss", "a.atom", "noext"])
PIECES = st.sampled_from([
    "Headline here\n\n", "Mon 24 Jun 2024 10:11 am - Jerusalem Time\n", " date 2024-12-07 ", "(photo credit: AFP)\n",
    "By Jane Doe, Reuters\n", "DAMASCUS, Dec. 8 (Reuters) - ", "Share your opinion\n", "## Sub\n", "---\ntitle: x\n---\n",
    "<p>para</p>", "<html><body>", '{"title": "t", "text": "', "<rss><channel><item><title>x</title>",
    "٧ ديسمبر ٢٠٢٤\n", "\u00a0", "â€™", "\r\n", "\n\n", "may", "1701", "Sunday ", "published Sunday. ",
    "October 26, 2024. ", "The source told AFP that fighters fled.", "# ", "![a](b)", "*x*", "\x00",
])


def _check(data: bytes, name: str) -> None:
    doc = RawDoc(Path("/t") / name, name, data, hashlib.sha256(data).hexdigest())
    try:
        out = parse(doc, CFG)
    except InputError as exc:
        assert "\n" not in str(exc)
        assert "cannot parse (" not in str(exc), f"internal error surfaced: {exc}"  # a bug, not bad input
        return
    assert isinstance(out, list) and out and all(isinstance(a, Article) for a in out)
    for a in out:
        assert a.title and a.body.endswith("\n") and a.date_basis in ("stated", "inferred", "given", "unknown")
        a.to_dict()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), NAMES)
def test_arbitrary_bytes(data: bytes, name: str) -> None:
    _check(data, name)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), NAMES)
def test_arbitrary_text(text: str, name: str) -> None:
    _check(text.encode("utf-8", "surrogatepass"), name)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=25), NAMES)
def test_article_like_text(pieces: list[str], name: str) -> None:
    _check("".join(pieces).encode("utf-8", "surrogatepass"), name)
