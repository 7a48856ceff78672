"""Slugs are safe file names, deterministic, and distinct on collision."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.slugs import MAX_LEN, is_safe, make_slug, unique
from reliability_strategies import HOSTILE

SAFE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
titles = st.one_of(st.text(max_size=200), st.sampled_from(HOSTILE))


@settings(max_examples=300, deadline=None)
@given(titles, titles)
def test_any_title_gives_a_safe_deterministic_slug(title: str, fallback: str) -> None:
    slug = make_slug(title, fallback=fallback)
    assert SAFE.match(slug) and len(slug) <= MAX_LEN
    assert is_safe(slug)
    assert make_slug(title, fallback=fallback) == slug


@pytest.mark.parametrize(
    "title",
    ["../../../tmp/x", "..", ".", "/etc/passwd", "..\\..\\windows\\system32", "C:\\x", "~/x", "a/../../b",
     "con", "nul.txt", "x\x00y", "%2e%2e%2f", "\u2215etc\u2215passwd", "․․/x", ".hidden", "-rf", "a" * 500],
)
def test_traversal_titles_stay_one_plain_name(title: str) -> None:
    slug = make_slug(title, fallback="fallback")
    assert SAFE.match(slug)
    assert "/" not in slug and "\\" not in slug and not slug.startswith(".")
    assert len(slug) <= MAX_LEN


def test_non_latin_titles_are_transliterated_or_fall_back() -> None:
    assert make_slug("Израиль и Хезболла") == "izrail-i-khezbolla"
    assert make_slug("حزب الله", fallback="x") != ""
    assert make_slug("\U0001F600\U0001F600", fallback="raw file 01") == "raw-file-01"
    assert make_slug("", fallback="") == "article"
    assert make_slug("!!!", fallback="???") == "article"


def test_long_titles_cut_on_a_word_boundary() -> None:
    slug = make_slug("word " * 100)
    assert len(slug) <= MAX_LEN and not slug.endswith("-") and slug.endswith("word")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["same", "Same", "SAME!", "same-2", "same 2", "other"]), max_size=12))
def test_collisions_get_distinct_stable_slugs(titles_: list[str]) -> None:
    taken: set[str] = set()
    out = [unique(make_slug(t), taken) for t in titles_]
    assert len(set(out)) == len(out)
    assert all(is_safe(s) for s in out)
    again: set[str] = set()
    assert [unique(make_slug(t), again) for t in titles_] == out  # same order -> same slugs
