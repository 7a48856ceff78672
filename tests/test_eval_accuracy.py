"""Held-out accuracy targets for the ingest pipeline (tests/fixtures/eval).

The expectations in tests/fixtures/eval/expected.yaml were written by hand from
the raw files; ``benchmarks.accuracy`` runs the real pipeline once and scores it.
Run ``python -m benchmarks.accuracy`` to see every miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # benchmarks/ is a top-level package of the repo, not installed
    sys.path.insert(0, str(ROOT))

from benchmarks.accuracy import EXPECTED, RAW_DIR, Result, compute, render  # noqa: E402

TARGETS = {
    "headline_accuracy": 0.95,
    "date_accuracy": 0.90,
    "theme_micro_f1": 0.90,
    "key_entity_recall": 0.90,
}


@pytest.fixture(scope="module")
def result() -> Result:
    return compute()


def _value(res: Result, name: str) -> float:
    return res.theme_f1 if name == "theme_micro_f1" else res.rate(name)


def _check(res: Result, name: str) -> None:
    value = _value(res, name)
    assert value >= TARGETS[name], f"{name} = {value:.3f} < {TARGETS[name]}\n{render(res)}"


def test_fixture_set_is_complete() -> None:
    """Every raw file has expectations and vice versa; the set is big and varied enough."""
    raw = sorted(p.name for p in Path(RAW_DIR).iterdir() if not p.name.startswith("."))
    expected = yaml.safe_load(Path(EXPECTED).read_text(encoding="utf-8"))
    assert sorted(expected) == raw
    assert len(raw) >= 45
    assert {Path(n).suffix for n in raw} >= {".txt", ".html", ".md", ".json", ".rss"}
    flat = [e for spec in expected.values() for e in (spec.get("entries") or [spec])]
    assert sum(1 for e in flat if not e["themes"]) >= 0.15 * len(flat)  # off-topic share
    assert any(e["headline"] is None for e in flat) and any(e["date"] is None for e in flat)


def test_every_file_becomes_an_article(result: Result) -> None:
    assert not result.failed, result.failed
    missing = [m.key for m in result.misses if m.field == "missing"]
    assert not missing, missing


def test_headline_no_headline_files_get_inferred_title(result: Result) -> None:
    assert result.rate("inferred_title_rate") == 1.0, render(result)


def test_no_date_files_never_get_a_stated_date(result: Result) -> None:
    assert result.rate("no_date_sanity") == 1.0, render(result)


def test_off_topic_articles_get_no_theme(result: Result) -> None:
    assert result.rate("off_topic_empty_rate") >= 0.9, render(result)


@pytest.mark.xfail(strict=False, reason="tracking target")
def test_headline_accuracy(result: Result) -> None:
    _check(result, "headline_accuracy")


@pytest.mark.xfail(strict=False, reason="tracking target")
def test_date_accuracy(result: Result) -> None:
    _check(result, "date_accuracy")


def test_theme_micro_f1(result: Result) -> None:
    _check(result, "theme_micro_f1")


@pytest.mark.xfail(strict=False, reason="tracking target")
def test_key_entity_recall(result: Result) -> None:
    _check(result, "key_entity_recall")
