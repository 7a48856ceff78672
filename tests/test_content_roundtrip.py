"""Front matter round trip: content.loads(content.dumps(a)) == a, for hostile articles too."""

from __future__ import annotations

import dataclasses
import datetime as _dt

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from briefgen import content
from briefgen.models import Article, ContentError, Origin
from reliability_strategies import HOSTILE, articles

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _base(**kw) -> Article:
    a = Article(title="A title", body="First paragraph.\n", origin=Origin(file="a.txt", sha256="0" * 64))
    return dataclasses.replace(a, **kw)


@SETTINGS
@given(articles())
def test_dumps_loads_round_trip(article: Article) -> None:
    text = content.dumps(article)
    back = content.loads(text, slug=article.slug)
    assert back == article


@SETTINGS
@given(articles())
def test_file_round_trip_and_stable_bytes(tmp_path_factory, article: Article) -> None:
    path = tmp_path_factory.mktemp("c") / "x.md"
    text = content.dumps(article)
    content.write_atomic(path, text)
    assert path.read_bytes() == text.encode("utf-8")
    back = content.load(path)
    assert dataclasses.replace(back, slug="") == article
    assert content.dumps(back) == text  # a second write changes nothing


def _assert_plain(value) -> None:
    """Only plain data: str/int/float/bool/None/date, lists and string-keyed mappings."""
    if isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, str)
            _assert_plain(v)
    elif isinstance(value, list):
        for v in value:
            _assert_plain(v)
    else:
        assert value is None or type(value) in (str, int, float, bool, _dt.date), type(value)


@SETTINGS
@given(articles())
def test_front_matter_is_plain_yaml_data(article: Article) -> None:
    """The front matter is a mapping of plain data for any safe loader (no tags, no objects)."""
    text = content.dumps(article)
    assert text.startswith("---\n")
    front, _ = content.split(text)
    _assert_plain(front)
    lines = text.split("\n")
    closing = lines.index("---", 1)
    # The closing fence is the first '---' line: no value inside ever produces one.
    assert "\n".join(lines[closing + 1:]).strip("\n") == article.body.strip("\n")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_string_in_every_text_field(hostile: str) -> None:
    title = hostile if hostile.strip() else "untitled " + repr(hostile)
    a = _base(title=title, summary=hostile, source=hostile, published=hostile, attributed_to=[hostile],
              evidence={hostile: hostile}, extra={"note": hostile})
    back = content.loads(content.dumps(a))
    assert back == a
    assert isinstance(back.title, str) and isinstance(back.summary, str)


def test_python_tags_in_a_hand_edited_file_are_refused_not_executed(tmp_path) -> None:
    marker = tmp_path / "pwned"
    text = (
        "---\n"
        f"title: !!python/object/apply:os.system ['touch {marker}']\n"
        "---\n\nBody.\n"
    )
    with pytest.raises(ContentError) as err:
        content.loads(text, path="x.md")
    assert not marker.exists()
    assert str(err.value).startswith("x.md: ")
    assert "\n" not in str(err.value)


def test_yaml_anchors_and_merge_keys_stay_data() -> None:
    text = "---\ntitle: &t Hello\nsummary: *t\nextra_map: &m {a: 1}\nother:\n  <<: *m\n  b: 2\n---\n\nBody.\n"
    a = content.loads(text)
    assert a.title == "Hello" and a.summary == "Hello"
    assert a.extra == {"extra_map": {"a": 1}, "other": {"a": 1, "b": 2}}


def test_body_with_fences_and_crlf_is_kept_as_body(tmp_path) -> None:
    body = "---\n\ntitle: not front matter\n\n...\n\n---\n"
    a = _base(body=body)
    text = content.dumps(a)
    assert content.loads(text).body == body
    path = tmp_path / "a.md"
    path.write_bytes(text.replace("\n", "\r\n").encode())  # an editor on Windows
    back = content.load(path)
    assert back.title == a.title and back.body == body


def test_body_line_endings_are_normalised_on_write() -> None:
    a = _base(body="one\r\n\r\ntwo\rthree\n")
    back = content.loads(content.dumps(a))
    assert back.body == "one\n\ntwo\nthree\n"


def test_bom_is_ignored() -> None:
    a = _base()
    assert content.loads("\ufeff" + content.dumps(a)) == a


def test_date_round_trips_as_a_date() -> None:
    a = _base(date=_dt.date(2024, 6, 24), date_basis="stated")
    text = content.dumps(a)
    assert "\ndate: 2024-06-24\n" in text
    assert content.loads(text).date == _dt.date(2024, 6, 24)
