"""Hand edits survive re-ingest (content.merge), and an unedited file never changes."""

from __future__ import annotations

import dataclasses
import datetime as _dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen import content
from briefgen.models import Article, Origin
from reliability_strategies import articles, text

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _article(**kw) -> Article:
    a = Article(
        title="Generated title", body="Generated body.\n", origin=Origin(file="a.txt", sha256="1" * 64),
        date=_dt.date(2024, 6, 24), date_basis="stated", source="Outlet", summary="Generated summary.",
        themes=["lebanon-front"], entities={"people": ["A"], "organizations": [], "places": ["Beirut"]},
    )
    return dataclasses.replace(a, **kw)


def _edit(text: str, **changes) -> str:
    """What an editor does: change fields of the file and save it (no fingerprint update)."""
    front, body = content.split(text)
    prints = front.pop(content.FINGERPRINT_KEY)
    body = changes.pop("body", body)
    front.update(changes)
    a = Article.from_dict(front, body=body)
    return content.dumps(a, prints)


@SETTINGS
@given(articles(), st.one_of(text, st.just("\r\nbody with CR\r\n\r\n"), st.just("\n\n\nx")))
def test_unedited_file_is_byte_stable(article: Article, raw_body: str) -> None:
    article = dataclasses.replace(article, body=raw_body)
    first = content.dumps(article)
    m = content.merge(first, article)
    assert m.kept == []
    assert m.text() == first


@SETTINGS
@given(articles(), articles())
def test_unedited_file_takes_every_new_value(old: Article, new: Article) -> None:
    m = content.merge(content.dumps(old), new)
    assert m.kept == []
    # Every generated field takes the new value; unknown (editor-added) keys are kept.
    assert m.text() == content.dumps(dataclasses.replace(new, extra={**old.extra, **new.extra}))


def test_editor_changes_are_kept_and_other_fields_update() -> None:
    first = content.dumps(_article())
    edited = _edit(first, title="Editor's title", summary="Editor's summary.", themes=["syria-realignment"],
                   body="Editor's body.\n")
    fresh = _article(source="New Outlet", entities={"people": ["A", "B"], "organizations": ["X"], "places": []},
                     summary="New generated summary.")
    m = content.merge(edited, fresh)
    assert sorted(m.kept) == ["body", "summary", "themes", "title"]
    a = m.article
    assert (a.title, a.summary, a.themes, a.body) == ("Editor's title", "Editor's summary.", ["syria-realignment"],
                                                      "Editor's body.\n")
    assert a.source == "New Outlet" and a.entities["organizations"] == ["X"]
    # A second re-ingest still recognises the edits, and changes nothing.
    second = m.text()
    m2 = content.merge(second, fresh)
    assert sorted(m2.kept) == sorted(m.kept)
    assert m2.text() == second


def test_editor_added_keys_survive() -> None:
    first = content.dumps(_article())
    front, body = content.split(first)
    front["editor_note"] = "checked by desk"
    edited = "---\n" + __import__("yaml").safe_dump(front, sort_keys=False, allow_unicode=True) + "---\n\n" + body
    m = content.merge(edited, _article(source="Changed"))
    assert m.article.extra.get("editor_note") == "checked by desk"
    assert m.article.source == "Changed"


def test_file_without_fingerprint_is_treated_as_hand_written() -> None:
    text = "---\ntitle: Written by hand\nthemes: [lebanon-front]\n---\n\nMy own words.\n"
    m = content.merge(text, _article())
    assert m.article.title == "Written by hand"
    assert m.article.body == "My own words.\n"
    assert set(m.kept) == set(content.EDITABLE)


def test_editor_date_edit_is_kept() -> None:
    first = content.dumps(_article())
    edited = _edit(first, date=_dt.date(2023, 1, 2))
    m = content.merge(edited, _article(summary="changed"))
    assert m.kept == ["date"]
    assert m.article.date == _dt.date(2023, 1, 2) and m.article.summary == "changed"
