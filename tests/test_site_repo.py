"""The bundled content/ builds strict at the repo root, with the repo's own mkdocs.yml."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "site"))
import sitekit  # noqa: E402

from briefgen.content import content_files


def test_repo_content_builds_strict(tmp_path: Path):
    files = content_files(sitekit.REPO / "content")
    if not files:
        pytest.skip("content/ is empty (run `make ingest` first)")
    res = sitekit.mkdocs_build(sitekit.REPO / "mkdocs.yml", "--site-dir", str(tmp_path / "site"), cwd=sitekit.REPO)
    assert res.returncode == 0, res.stderr[-3000:]
    site = tmp_path / "site"
    assert sorted(p.stem for p in (site / "articles").glob("*.html")) == sorted(p.stem for p in files)
    assert (site / "print.html").is_file() and (site / "timeline.html").is_file()


def test_ingested_corpus_builds_strict(tmp_path: Path):
    """The bundled raw corpus, ingested by the real pipeline, renders with every link valid."""
    from briefgen.config import Config
    from briefgen.pipeline import ingest

    report = ingest([sitekit.REPO / "corpus"], Config(content_dir=tmp_path / "content"))
    assert report.ok, [str(e) for e in report.failed]
    res = sitekit.mkdocs_build(sitekit.write_config(tmp_path, tmp_path / "content"))
    assert res.returncode == 0, res.stderr[-3000:]
    site = tmp_path / "site"
    slugs = sorted(p.stem for p in (tmp_path / "content").glob("*.md"))
    assert sorted(p.stem for p in (site / "articles").glob("*.html")) == slugs and len(slugs) == 5
    home = (site / "index.html").read_text(encoding="utf-8")
    for slug in slugs:  # newest articles are on the home page or one theme/other click away
        linked = any(f"articles/{slug}.html" in p.read_text(encoding="utf-8")
                     for p in [site / "index.html", site / "other.html", *(site / "themes").glob("*.html")])
        assert linked, slug
    assert "Briefing" in home
