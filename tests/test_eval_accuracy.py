"""Accuracy targets for the ingest pipeline on hand-judged sets (tests/fixtures/eval*).

The expectations in each set's expected.yaml were written by hand from the raw
files; ``benchmarks.accuracy`` runs the real pipeline once per set and scores
it. ``python -m benchmarks.accuracy --raw tests/fixtures/eval3/raw --expected
tests/fixtures/eval3/expected.yaml`` shows every miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # benchmarks/ is a top-level package of the repo, not installed
    sys.path.insert(0, str(ROOT))

from benchmarks.accuracy import Result, compute, render  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
# Every set was written blind by someone who had not seen the code, measured
# once, then (eval .. eval16, rounds 1 to 11) used to tune the parser and the
# analyzer. eval17, eval18 and eval19 were measured blind after round 11 and
# not tuned on. Each set is scored
# separately so no set hides another. Blind first measurements (headline, date,
# theme F1, key-entity recall): eval7 0.941/0.980/0.929/0.873,
# eval8 0.900/0.800/0.920/0.814, eval9 0.898/0.959/0.956/0.827,
# eval10 0.943/0.980/0.956/0.951, eval11 0.900/0.940/0.962/0.878,
# eval12 0.863/0.959/0.956/0.900, eval13 0.980/1.000/0.940/0.904,
# eval14 0.837/0.933/0.923/0.911, eval15 0.941/0.924/0.894/0.868,
# eval16 0.882/0.904/0.938/0.771, eval17 0.980/0.962/0.974/0.914,
# eval18 1.000/0.981/1.000/0.928, eval19 0.941/0.980/0.933/0.887
# (eval17-19 pooled: 0.974/0.974/0.966/0.909).
SETS = sorted(p.name for p in FIXTURES.glob("eval*") if (p / "expected.yaml").is_file())

TARGETS = {
    "headline_accuracy": 0.95,
    "date_accuracy": 0.90,
    "theme_micro_f1": 0.90,
    "key_entity_recall": 0.90,
}
# (set, metric) pairs measured below target: kept visible as xfail, never deleted.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("eval16", "key_entity_recall"): "tuned on in round 11: 0.867 (0.970 on on-topic articles; the misses are off-topic names)",
    ("eval19", "headline_accuracy"): "blind set, never tuned on: 0.941 (48/51)",
    ("eval19", "key_entity_recall"): "blind set, never tuned on: 0.887 (0.968 on on-topic articles)",
}


@pytest.fixture(scope="module", params=SETS)
def result(request) -> Result:
    folder = FIXTURES / request.param
    return compute(folder / "raw", folder / "expected.yaml")


def _known_gap(request, result: Result, name: str) -> None:
    gap = KNOWN_GAPS.get((Path(result.source).name, name))
    if gap:
        request.applymarker(pytest.mark.xfail(strict=False, reason=gap))


def _value(res: Result, name: str) -> float:
    return res.theme_f1 if name == "theme_micro_f1" else res.rate(name)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_accuracy_target(result: Result, name: str, request) -> None:
    _known_gap(request, result, name)
    value = _value(result, name)
    assert value >= TARGETS[name], f"{name} = {value:.3f} < {TARGETS[name]}\n{render(result)}"


@pytest.mark.parametrize("name", SETS)
def test_fixture_set_is_complete(name: str) -> None:
    """Every raw file has expectations and vice versa; the set is big and varied enough."""
    folder = FIXTURES / name
    raw = sorted(p.name for p in (folder / "raw").iterdir() if not p.name.startswith("."))
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    assert sorted(expected) == raw
    assert len(raw) >= 45
    assert {Path(n).suffix for n in raw} >= {".txt", ".html", ".md", ".json"}
    flat = [e for spec in expected.values() for e in (spec.get("entries") or [spec])]
    assert sum(1 for e in flat if not e["themes"]) >= 0.15 * len(flat)  # off-topic share
    assert any(e["headline"] is None for e in flat)  # posts without a headline


def test_sets_have_pages_without_a_date() -> None:
    """Pages that state no date must get none: every set but a few has some, all sets together many."""
    flat = [e for name in SETS
            for spec in yaml.safe_load((FIXTURES / name / "expected.yaml").read_text(encoding="utf-8")).values()
            for e in (spec.get("entries") or [spec])]
    assert sum(1 for e in flat if e["date"] is None) >= 30


def test_every_file_becomes_an_article(result: Result, request) -> None:
    _known_gap(request, result, "every_file")
    assert not result.failed, result.failed
    missing = [m.key for m in result.misses if m.field == "missing"]
    assert not missing, missing


def test_headline_no_headline_files_get_inferred_title(result: Result, request) -> None:
    _known_gap(request, result, "inferred_title_rate")
    assert result.rate("inferred_title_rate") == 1.0, render(result)


def test_no_date_files_never_get_a_stated_date(result: Result) -> None:
    assert result.rate("no_date_sanity") == 1.0, render(result)


def test_off_topic_articles_get_no_theme(result: Result) -> None:
    assert result.rate("off_topic_empty_rate") >= 0.9, render(result)
