"""Golden tests: every raw fixture (and the bundled seed corpus) parses to its
checked-in expected output. Regenerate with UPDATE_GOLDEN=1, then REVIEW the
diff by eye: goldens must be correct, not just what the code prints."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
import yaml

from briefgen.config import Config
from briefgen.parse import parse
from briefgen.sources import RawDoc

ROOT = Path(__file__).parent
RAW = ROOT / "fixtures" / "parse" / "raw"
GOLDEN = ROOT / "fixtures" / "parse" / "golden"
CORPUS = ROOT.parent / "corpus"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _raw(path: Path) -> RawDoc:
    data = path.read_bytes()
    return RawDoc(path=path.absolute(), name=path.name, data=data, sha256=hashlib.sha256(data).hexdigest())


def _render(path: Path) -> list[dict]:
    return [{"front": a.to_dict(), "body": a.body} for a in parse(_raw(path), Config())]


def _check(raw_path: Path, golden_path: Path) -> None:
    got = _render(raw_path)
    if UPDATE:
        golden_path.parent.mkdir(parents=True, exist_ok=True)
        golden_path.write_text(yaml.safe_dump(got, allow_unicode=True, sort_keys=False, width=4096), encoding="utf-8")
    assert golden_path.exists(), f"missing golden {golden_path}; run with UPDATE_GOLDEN=1 and review it"
    want = yaml.safe_load(golden_path.read_text(encoding="utf-8"))
    assert got == want


CASES = sorted(p for p in RAW.iterdir() if p.is_file())
SEEDS = sorted(CORPUS.glob("*.txt"))


def test_fixture_suite_is_big_and_varied() -> None:
    assert len(CASES) >= 30
    exts = {p.suffix for p in CASES}
    assert {".txt", ".md", ".html", ".json", ".jsonl", ".rss", ".atom"} <= exts


@pytest.mark.parametrize("raw", CASES, ids=[p.stem for p in CASES])
def test_fixture_golden(raw: Path) -> None:
    _check(raw, GOLDEN / f"{raw.stem}.yaml")


@pytest.mark.parametrize("raw", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_golden(raw: Path) -> None:
    _check(raw, GOLDEN / "seeds" / f"{raw.stem}.yaml")
