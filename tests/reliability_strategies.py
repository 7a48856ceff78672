"""Hypothesis strategies shared by the reliability/content tests (not a conftest)."""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

from briefgen.models import (
    DATE_BASES, ENTITY_KINDS, TITLE_BASES, Article, Event, KeyFigure, Origin, ThemeScore,
)

# Strings that break naive YAML / Markdown / Jinja / HTML handling.
HOSTILE = [
    "---", "...", "--- !!python/object/apply:os.system ['echo pwned']", "!!python/object:os.system",
    "!!binary aGVsbG8=", "&anchor value", "*alias", "<<: *alias", "? complex", "%YAML 1.1", "@at", "`tick`",
    "{{ 7*7 }}", "{% for x in y %}{% endfor %}", "{# comment #}", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "# heading", "| a | b |", "***", "- item",
    "key: value", "- - nested", "'single'", '"double"', "null", "~", "true", "no", "1e3", "0x1F", "2024-06-24",
    "12:30:45", "trailing space ", " leading", "tab\there", "line\nbreak", "cr\rlf", "\u2028ls", "\x85nel",
    "\ufeffbom", "emoji \U0001F600", "RTL \u0627\u0644\u0639\u0631\u0628\u064a\u0629", "中文标题", "", " ",
    "a" * 150, "#", "x: |\n  y", "\\", "\t", "\x00nul", "\x1b[31mred",
]

_char = st.characters(blacklist_categories=("Cs",))  # any code point that can be UTF-8 encoded
text = st.one_of(st.sampled_from(HOSTILE), st.text(_char, max_size=40))
one_line = text.filter(lambda s: "\n" not in s)
names = st.lists(text, max_size=3)


def _body(blocks: list[str]) -> str:
    body = "\n\n".join(blocks).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return body + "\n" if body else ""


bodies = st.lists(text, max_size=4).map(_body)

origins = st.builds(
    Origin,
    file=text,
    sha256=st.text("0123456789abcdef", min_size=64, max_size=64),
    format=st.sampled_from(["text", "markdown", "html", "json", "jsonl", "rss", "atom"]),
    entry=st.one_of(st.none(), st.integers(0, 10_000)),
)
theme_scores = st.dictionaries(
    text, st.builds(ThemeScore, score=st.integers(0, 10_000).map(lambda n: n / 100), matched=names), max_size=3
)
key_figures = st.lists(st.builds(KeyFigure, quantity=text, claimed_by=st.one_of(st.none(), text), text=text), max_size=2)
events = st.lists(
    st.builds(
        Event,
        date=st.dates(_dt.date(1000, 1, 1), _dt.date(2999, 12, 31)).flatmap(
            lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]])
        ),
        precision=st.sampled_from(["day", "month", "year"]),
        label=text,
        text=text,
    ),
    max_size=2,
)
yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**9, 10**9), text)
extras = st.dictionaries(
    st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8).filter(
        lambda k: k not in Article.KEY_ORDER and k != "fingerprint"
    ),
    st.one_of(yaml_scalars, st.lists(yaml_scalars, max_size=3)),
    max_size=2,
)


@st.composite
def articles(draw) -> Article:
    date = draw(st.one_of(st.none(), st.dates(_dt.date(1900, 1, 1), _dt.date(2100, 12, 31))))
    return Article(
        title=draw(text.filter(lambda s: s.strip() != "")),
        body=draw(bodies),
        origin=draw(origins),
        title_basis=draw(st.sampled_from(TITLE_BASES)),
        date=date,
        date_basis=draw(st.sampled_from(DATE_BASES)),
        published=draw(st.one_of(st.none(), text)),
        source=draw(st.one_of(st.none(), text)),
        attributed_to=draw(names),
        themes=draw(st.lists(st.sampled_from(["lebanon-front", "syria-realignment", "axis-of-resistance"]),
                             max_size=3, unique=True)),
        theme_scores=draw(theme_scores),
        entities={k: draw(names) for k in ENTITY_KINDS},
        summary=draw(text),
        key_figures=draw(key_figures),
        events=draw(events),
        evidence=draw(st.dictionaries(text, text, max_size=3)),
        duplicates=draw(st.lists(origins, max_size=2)),
        extra=draw(extras),
    )
