"""Hand-edited content with bad front matter gives one line naming the file and the field.

Policy (see briefgen.content): ``ingest`` reports a broken existing file and leaves it
untouched; ``briefgen check`` reports every bad file (exit 1); the build fails naming them.
"""

from __future__ import annotations

import string

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen import content
from briefgen.models import Article, ContentError

THEMES = ["lebanon-front", "syria-realignment", "axis-of-resistance"]
GOOD = "title: Fine\ndate: 2024-06-24\nthemes: [lebanon-front]\n"


def _file(front: str, body: str = "Body.\n") -> str:
    return f"---\n{front}---\n\n{body}"


@pytest.mark.parametrize(
    "front, field",
    [
        ("date: 2024-06-24\n", "title"),
        ("title: ''\n", "title"),
        ("title: '   '\n", "title"),
        ("title: [a, b]\n", "title"),
        ("title: x\nthemes: [not-a-theme]\n", "themes"),
        ("title: x\nthemes: lebanon-front\n", "themes"),
        ("title: x\ndate: 2024-13-45\n", "date"),
        ("title: x\ndate: 24/06/2024\n", "date"),
        ("title: x\ndate: yesterday\n", "date"),
        ("title: x\ndate: [2024]\n", "date"),
        ("title: x\ndate_basis: guessed\n", "date_basis"),
        ("title: x\ntitle_basis: magic\n", "title_basis"),
        ("title: x\nentities: {people: Bob}\n", "entities.people"),
        ("title: x\nentities: {animals: [cat]}\n", "entities"),
        ("title: x\nsummary: {a: 1}\n", "summary"),
        ("title: x\ntheme_scores: {lebanon-front: high}\n", "theme_scores.lebanon-front"),
        ("title: x\nevents: [{date: 2024-02-30, precision: day, label: x}]\n", "events[0].date"),
        ("title: x\nevents: [{date: '2024', precision: decade, label: x}]\n", "events[0].precision"),
        ("title: x\nkey_figures: [{quantity: {n: 1}}]\n", "key_figures[0].quantity"),
        ("title: x\norigin: {file: a.txt, entry: first}\n", "origin.entry"),
        ("title: x\nduplicates: [a.txt]\n", "duplicates"),
    ],
)
def test_bad_field_is_named(front: str, field: str) -> None:
    with pytest.raises(ContentError) as err:
        content.loads(_file(front), path="content/x.md", theme_ids=THEMES)
    msg = str(err.value)
    assert msg.startswith("content/x.md: ") and f"'{field}'" in msg and "\n" not in msg


@pytest.mark.parametrize(
    "text, reason",
    [
        ("title: x\n\nBody without front matter\n", "no front matter"),
        ("---\ntitle: x\nBody.\n", "not closed"),
        ("---\ntitle: [unclosed\n---\n\nBody\n", "not valid YAML (line 2)"),
        ("---\n- a list\n---\n\nBody\n", "must be a mapping"),
        ("---\ntitle: !!python/object/apply:os.getcwd []\n---\n", "not valid YAML"),
        ("---\ndate: !!timestamp 2024-02-30\ntitle: x\n---\n", "invalid value"),
    ],
)
def test_broken_files_are_reported(text: str, reason: str) -> None:
    with pytest.raises(ContentError) as err:
        content.loads(text, path="x.md")
    assert reason in str(err.value) and str(err.value).startswith("x.md: ")


def test_load_all_skips_bad_files_and_reads_the_rest(tmp_path) -> None:
    (tmp_path / "good.md").write_text(_file(GOOD), encoding="utf-8")
    (tmp_path / "no-title.md").write_text(_file("date: 2024-06-24\n"), encoding="utf-8")
    (tmp_path / "bad-theme.md").write_text(_file("title: x\nthemes: [nope]\n"), encoding="utf-8")
    (tmp_path / "latin1.md").write_bytes(_file("title: caf\xe9\n").encode("latin-1"))
    (tmp_path / ".hidden.md").write_text("junk", encoding="utf-8")
    (tmp_path / ".good.md.abc123.tmp").write_text("junk", encoding="utf-8")
    (tmp_path / "dir.md").mkdir()
    articles, errors = content.load_all(tmp_path, THEMES)
    assert [a.slug for a in articles] == ["good"]
    msgs = sorted(str(e) for e in errors)
    assert len(msgs) == 3
    assert any("bad-theme.md" in m and "'themes'" in m for m in msgs)
    assert any("no-title.md" in m and "'title'" in m for m in msgs)
    assert any("latin1.md" in m and "UTF-8" in m for m in msgs)


def test_timestamps_are_accepted_as_dates() -> None:
    a = content.loads(_file("title: x\ndate: 2024-06-24T10:00:00+03:00\npublished: 2024-06-24 10:00\n"))
    assert a.date.isoformat() == "2024-06-24"
    assert a.published == "2024-06-24 10:00"  # exactly as the editor wrote it


# ------------------------------------------------------------------ fuzz
_keys = st.sampled_from(list(Article.KEY_ORDER) + ["fingerprint", "extra", "x"])
_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10),
                  st.dates().map(str), st.sampled_from(THEMES + ["day", "stated", "2024-06", "2024-02-30"]))
_values = st.recursive(_leaf, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(st.text(string.ascii_lowercase, max_size=8),
                                                                      inner, max_size=3)), max_leaves=8)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_keys, _values, max_size=8), st.text(max_size=50))
def test_arbitrary_front_matter_reads_or_fails_cleanly(front: dict, body: str) -> None:
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\n" + body
    try:
        a = content.loads(text, path="f.md", theme_ids=THEMES)
    except ContentError as exc:
        assert str(exc).startswith("f.md: ") and "\n" not in str(exc)
        return
    again = content.loads(content.dumps(a), theme_ids=THEMES)  # whatever is accepted can be written back
    assert again == a


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), st.text(max_size=200).map(lambda t: "---\n" + t),
                 st.text(max_size=100).map(lambda t: "---\ntitle: x\n" + t + "\n---\n")))
def test_arbitrary_text_reads_or_fails_cleanly(text: str) -> None:
    try:
        content.loads(text, path="f.md")
    except ContentError:
        pass
