"""Issue 2 end to end: the bundled corpus becomes exactly the committed content/."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.content import load_all
from briefgen.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    out = tmp_path_factory.mktemp("content")
    report = ingest([CORPUS], Config(content_dir=out))
    assert report.ok, [str(e) for e in report.failed]
    articles, errors = load_all(out)
    assert not errors
    return out, {a.origin.file[:3]: a for a in articles}


def test_corpus_is_the_users_seeds_byte_for_byte():
    files = sorted(p.name for p in CORPUS.iterdir())
    assert len(files) == 5
    if SHARED_SEEDS.is_dir():
        assert files == sorted(p.name for p in SHARED_SEEDS.iterdir())
        for name in files:
            assert (CORPUS / name).read_bytes() == (SHARED_SEEDS / name).read_bytes(), name


def test_content_is_exactly_what_ingest_makes(seeds):
    out, _ = seeds
    made = {p.name: p.read_bytes() for p in sorted(out.glob("*.md"))}
    committed = {p.name: p.read_bytes() for p in sorted((ROOT / "content").glob("*.md"))}
    assert sorted(made) == sorted(committed), "content/ is stale: run `make ingest`"
    for name in made:
        assert made[name] == committed[name], f"content/{name} differs from a fresh ingest: run `make ingest`"


def test_seed_headlines_dates_and_first_themes(seeds):
    _, by = seeds
    assert by["000"].title == "Hezbollah beginning to crack: Wave of desertions threatens Lebanese terror group - report"
    assert by["001"].title == "Thousands of Iranian-backed fighters offer to join Hezbollah"
    assert by["002"].title == "Intense Conflict Leads Hezbollah to Consider Cease-Fire with Israel"
    assert str(by["001"].date) == "2024-06-24" and by["001"].date_basis == "stated"
    assert str(by["003"].date) == "2024-12-07" and by["003"].date_basis == "stated"
    for key in ("003", "004"):
        assert by[key].title_basis == "inferred" and 3 <= len(by[key].title.split()) <= 14
    first = {k: a.themes[0] if a.themes else None for k, a in by.items()}
    assert first == {"000": "lebanon-front", "001": "axis-of-resistance", "002": "lebanon-front",
                     "003": "syria-realignment", "004": "syria-realignment"}


def test_seed_bodies_are_clean(seeds):
    _, by = seeds
    body0 = by["000"].body
    # a caption appears once, as a figure with its credit, never as body text
    assert body0.count("Mourners bury the body") == 1
    assert '<figure class="bg-figure">' in body0 and "IBRAHIM AMRO/AFP via Getty Images" in body0
    assert "(photo credit:" not in body0
    assert "## Hezbollah's attacks on Israel" in body0 or "## Hezbollah’s attacks on Israel" in body0
    assert "â€" not in body0 and "\u00a0" not in body0
    body1 = by["001"].body
    assert "Share your opinion" not in body1
    assert "Jerusalem Time" not in body1
    # the closing repeat of the title is gone; the title is not in the body at all
    assert "Thousands of Iranian-backed fighters offer to join Hezbollah" not in body1
    assert "date 2024-12-07" not in by["003"].body
    assert "## Regional Impact" in by["003"].body


def test_front_matter_keys(seeds):
    out, by = seeds
    for a in by.values():
        assert a.summary and len(a.summary.split()) <= 80
        assert a.origin.file.endswith(".txt")
        raw = (CORPUS / a.origin.file).read_bytes()
        assert a.origin.sha256 == hashlib.sha256(raw).hexdigest()
        assert set(a.entities) == {"people", "organizations", "places", "other"}
    assert "Associated Press" in by["001"].attributed_to
    assert "Hassan Nasrallah" in by["001"].entities["people"]


def test_cli_ingest_reports_bad_file_and_keeps_the_rest(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_bytes((CORPUS / "001_57dbea21bd4134bf.txt").read_bytes())
    (raw / "empty.txt").write_bytes(b"")
    (raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = tmp_path / "content"
    proc = subprocess.run([str(BIN / "briefgen"), "ingest", str(raw), "--content", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    err_lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == 2, proc.stderr
    assert any("empty.txt" in ln for ln in err_lines) and any("image.txt" in ln for ln in err_lines)
    assert "Traceback" not in proc.stderr
    assert len(list(out.glob("*.md"))) == 1
    assert "1 new" in proc.stdout and "2 failed" in proc.stdout


def test_briefgen_build_with_paths(tmp_path):
    site = tmp_path / "site"
    proc = subprocess.run([str(BIN / "briefgen"), "build", "--content", str(ROOT / "content"), "--site", str(site)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert (site / "index.html").is_file()
    assert len(list((site / "articles").glob("*.html"))) == len(list((ROOT / "content").glob("*.md")))


def test_duplicate_arriving_in_a_later_run_is_recorded_on_the_existing_article(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    seed = (CORPUS / "003_8682f036385c8e64.txt").read_bytes()
    (first / "afp-copy.txt").write_bytes(seed)
    # the same wire copy from another outlet, saved later with its own furniture
    (second / "zz-other-outlet.txt").write_bytes(b"Some Outlet\n\n" + seed + b"\n\nShare this article\n")
    out = tmp_path / "content"
    assert ingest([first], Config(content_dir=out)).ok
    report = ingest([second], Config(content_dir=out))
    assert report.ok
    files = sorted(out.glob("*.md"))
    assert len(files) == 1, "a duplicate must never become a second page"
    (art,), _ = load_all(out)
    assert [o.file for o in art.duplicates] == ["zz-other-outlet.txt"]
    assert report.duplicates == [("zz-other-outlet.txt", art.slug)]
    # and a third run changes nothing
    before = files[0].read_bytes()
    again = ingest([second], Config(content_dir=out))
    assert files[0].read_bytes() == before and not again.updated
