"""A 300-article corpus: strict build, small nav on every page, bounded page size and time."""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "site"))
import sitekit  # noqa: E402

from briefgen.config import Config
from briefgen.content import dumps
from briefgen.markup import figure, join_blocks, paragraph, subhead
from briefgen.models import Article, Event, KeyFigure, Origin, ThemeScore

PEOPLE = ["Hassan Nasrallah", "Naim Qassem", "Bashar al-Assad", "Ahmed al-Shaara", "Ali Khamenei", "Benjamin Netanyahu"]
ORGS = ["Hezbollah", "Hamas", "IRGC", "Israel Defense Forces", "UNIFIL", "Hayat Tahrir al-Sham", "Houthis"]
PLACES = ["Lebanon", "Syria", "Israel", "Iran", "Beirut", "Damascus", "Qusayr", "Aleppo", "Gaza", "Yemen", "Iraq"]


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[str]:
    from briefgen.site.model import load_taxonomy

    theme_ids = [t.id for t in load_taxonomy(Config().taxonomy)]
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    slugs = []
    for i in range(n):
        date = dt.date(2023, 10, 7) + dt.timedelta(days=rnd.randrange(0, 480)) if i % 17 else None
        themes = [] if i % 11 == 0 else rnd.sample(theme_ids, rnd.randint(1, 2))
        slug = f"story-{i:04d}"
        a = Article(
            slug=slug, title=f"Story {i}: {rnd.choice(ORGS)} and {rnd.choice(PLACES)}",
            date=date, date_basis="stated" if date else "unknown", source=rnd.choice(["AFP", "Reuters", None]),
            themes=themes, theme_scores={t: ThemeScore(rnd.randint(5, 20) / 2, ["term"]) for t in themes},
            entities={"people": rnd.sample(PEOPLE, 2), "organizations": rnd.sample(ORGS, 2),
                      "places": rnd.sample(PLACES, 3)},
            summary=f"Summary of story {i}.",
            key_figures=[KeyFigure(f"{rnd.randint(2, 900)} fighters", None, "A sentence.")] if i % 3 == 0 else [],
            events=[Event(f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", "day",
                          rnd.choice(["Strike on Beirut", "Ceasefire talks", "Border clash"]), "")] if i % 2 else [],
            origin=Origin(file=f"raw/{i}.txt", sha256=f"{i:064x}"),
            body=join_blocks([paragraph(f"Paragraph one of story {i}."), subhead("Background"),
                              paragraph("More text."), figure("A caption.", "AFP")]),
        )
        (folder / f"{slug}.md").write_text(dumps(a), encoding="utf-8")
        slugs.append(slug)
    return slugs


def test_300_articles_build_with_a_small_nav(tmp_path: Path):
    slugs = make_corpus(tmp_path / "content", 300)
    cfg = sitekit.write_config(tmp_path, tmp_path / "content")
    t0 = time.monotonic()
    res = sitekit.mkdocs_build(cfg)
    took = time.monotonic() - t0
    assert res.returncode == 0, res.stderr[-3000:]
    site = tmp_path / "site"
    assert len(list((site / "articles").glob("*.html"))) == 300
    for page in (site / "articles" / f"{slugs[5]}.html", site / "index.html", site / "entities" / "index.html"):
        links = sitekit.nav_links(page)
        assert 6 <= len(links) < 30, (page, len(links))
    # an article page stays small: the nav does not grow with the corpus
    assert (site / "articles" / f"{slugs[5]}.html").stat().st_size < 60_000
    assert took < 120, took
