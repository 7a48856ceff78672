"""Held-out accuracy of the ingest pipeline against hand-written expectations.

    .venv/bin/python -m benchmarks.accuracy            # from the repo root
    .venv/bin/python -m benchmarks.accuracy --json     # the numbers as JSON

Runs the real pipeline (``briefgen.pipeline.ingest`` into a temporary content
folder, then ``briefgen.content.load_all``) on ``tests/fixtures/eval/raw`` and
compares every article with ``tests/fixtures/eval/expected.yaml`` (written by
hand, by someone who did not write the parser). It prints:

* headline accuracy   over articles whose raw text has a headline
                      (compared after normalising whitespace, quotes and case);
* inferred titles     articles with no headline get ``title_basis: inferred``;
* date accuracy       over articles that state a date (exact day);
* no-date sanity      articles stating no date get no date, or an inferred one
                      (never a "stated" date);
* theme micro-F1      over the expected theme sets ([] = off-topic);
* first-theme acc.    over articles with at least one expected theme;
* key-entity recall   expected entity among the article's entities (case-
                      insensitive; gazetteer aliases count as the same entity),
                      overall and over on-topic articles only;
* a table of every miss, with the pipeline's own evidence where it has some.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefgen import content as content_mod
from briefgen.config import Config
from briefgen.models import Article
from briefgen.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "tests" / "fixtures" / "eval"
RAW_DIR = EVAL_DIR / "raw"
EXPECTED = EVAL_DIR / "expected.yaml"

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
                         "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"'})


def norm_text(s: str | None) -> str:
    """Compare form of a headline: NFKC, straight quotes, one space, casefolded."""
    s = unicodedata.normalize("NFKC", s or "").translate(_QUOTES)
    return re.sub(r"\s+", " ", s).strip().casefold()


def norm_name(s: str) -> str:
    """Compare form of an entity name: casefolded, hyphens/dots as spaces, one space."""
    s = unicodedata.normalize("NFKC", s).translate(_QUOTES).casefold()
    s = re.sub(r"[-‐‑–—_.]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def alias_index(gazetteer_path: Path) -> dict[str, str]:
    """normalised name or alias -> normalised canonical name (from the gazetteer yaml)."""
    data = yaml.safe_load(gazetteer_path.read_text(encoding="utf-8")) or {}
    index: dict[str, str] = {}
    for ent in data.get("entities") or []:
        canon = norm_name(str(ent["name"]))
        index.setdefault(canon, canon)
        for alias in ent.get("aliases") or []:
            index.setdefault(norm_name(str(alias)), canon)
    return index


@dataclass
class Expect:
    key: str  # "file" or "file#entry"
    file: str
    entry: int | None
    headline: str | None
    date: str | None
    themes: list[str]
    entities: list[str]


@dataclass
class Miss:
    key: str
    field: str  # headline | inferred-title | date | no-date | themes | entity | missing
    expected: str
    got: str
    note: str = ""


@dataclass
class Result:
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # metric -> (hits, total)
    theme_tp: int = 0
    theme_fp: int = 0
    theme_fn: int = 0
    misses: list[Miss] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # errors the ingest reported
    source: str = "tests/fixtures/eval"  # the raw folder scored

    def rate(self, name: str) -> float:
        hits, total = self.counts.get(name, (0, 0))
        return hits / total if total else 1.0

    @property
    def theme_f1(self) -> float:
        p_den, r_den = self.theme_tp + self.theme_fp, self.theme_tp + self.theme_fn
        p = self.theme_tp / p_den if p_den else 1.0
        r = self.theme_tp / r_den if r_den else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def metrics(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: round(self.rate(name), 4) for name in self.counts}
        out["theme_micro_f1"] = round(self.theme_f1, 4)
        out["counts"] = {k: list(v) for k, v in self.counts.items()}
        out["theme_tp_fp_fn"] = [self.theme_tp, self.theme_fp, self.theme_fn]
        return out


def load_expected(path: Path = EXPECTED) -> list[Expect]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: list[Expect] = []

    def one(key: str, file: str, entry: int | None, d: dict[str, Any]) -> Expect:
        date = d.get("date")
        return Expect(key=key, file=file, entry=entry, headline=d.get("headline"),
                      date=str(date) if date is not None else None,
                      themes=[str(t) for t in d.get("themes") or []],
                      entities=[str(e) for e in d.get("entities") or []])

    for file in sorted(data):
        spec = data[file] or {}
        if "entries" in spec:
            for i, d in enumerate(spec["entries"]):
                out.append(one(f"{file}#{i}", file, i, d))
        else:
            out.append(one(file, file, None, spec))
    return out


def run_pipeline(raw_dir: Path, content_dir: Path, config: Config | None = None) -> tuple[list[Article], list[str]]:
    """Ingest *raw_dir* into *content_dir*; return the articles read back and the ingest errors."""
    cfg = config or Config()
    cfg = Config(**{**cfg.__dict__, "content_dir": content_dir})
    report = ingest([raw_dir], cfg)
    articles, errors = content_mod.load_all(content_dir)
    failed = [str(e) for e in report.failed] + [str(e) for e in errors]
    return articles, failed


def _by_origin(articles: list[Article]) -> tuple[dict[tuple[str, int | None], Article], dict[tuple[str, int | None], Article]]:
    own: dict[tuple[str, int | None], Article] = {}
    dup: dict[tuple[str, int | None], Article] = {}
    for a in articles:
        own[(a.origin.file, a.origin.entry)] = a
        for o in a.duplicates:
            dup[(o.file, o.entry)] = a
    return own, dup


def _entity_found(expected: str, got: list[str], index: dict[str, str]) -> bool:
    want = norm_name(expected)
    want_canon = index.get(want, want)
    have = {norm_name(g) for g in got}
    have |= {index.get(h, h) for h in list(have)}
    return want in have or want_canon in have


def evaluate(articles: list[Article], expected: list[Expect], gazetteer: Path, failed: list[str] | None = None) -> Result:
    """Score *articles* against *expected*."""
    res = Result(failed=list(failed or []))
    own, dup = _by_origin(articles)
    index = alias_index(gazetteer)
    tally: dict[str, list[int]] = {k: [0, 0] for k in (
        "headline_accuracy", "inferred_title_rate", "date_accuracy", "no_date_sanity",
        "first_theme_accuracy", "off_topic_empty_rate", "key_entity_recall", "key_entity_recall_on_topic")}

    def count(name: str, ok: bool) -> None:
        tally[name][0] += int(ok)
        tally[name][1] += 1

    per_file: dict[str, list[Article]] = {}
    for a in articles:
        per_file.setdefault(a.origin.file, []).append(a)
    for exp in expected:
        art = own.get((exp.file, exp.entry))
        if art is None and exp.entry is None and len(per_file.get(exp.file, [])) == 1:
            art = per_file[exp.file][0]  # a one-article file the reader numbered (e.g. a news-API list)
        if art is None:
            why = f"merged as a duplicate into {dup[(exp.file, exp.entry)].slug}" if (exp.file, exp.entry) in dup \
                else "no article (see ingest errors)"
            res.misses.append(Miss(exp.key, "missing", "an article", "-", why))
            for name, applies in (("headline_accuracy", exp.headline is not None),
                                  ("inferred_title_rate", exp.headline is None),
                                  ("date_accuracy", exp.date is not None),
                                  ("no_date_sanity", exp.date is None),
                                  ("first_theme_accuracy", bool(exp.themes)),
                                  ("off_topic_empty_rate", not exp.themes)):
                if applies:
                    count(name, False)
            res.theme_fn += len(exp.themes)
            for _ in exp.entities:
                count("key_entity_recall", False)
                if exp.themes:
                    count("key_entity_recall_on_topic", False)
            continue

        # headline
        if exp.headline is not None:
            ok = norm_text(art.title) == norm_text(exp.headline)
            count("headline_accuracy", ok)
            if not ok:
                res.misses.append(Miss(exp.key, "headline", exp.headline, art.title,
                                       f"basis={art.title_basis}; {art.evidence.get('title', '')}".strip("; ")))
        else:
            ok = art.title_basis == "inferred" and bool(art.title.strip())
            count("inferred_title_rate", ok)
            if not ok:
                res.misses.append(Miss(exp.key, "inferred-title", "title_basis=inferred", f"{art.title_basis}: {art.title}"))

        # date
        got_date = art.date.isoformat() if art.date else None
        date_note = f"basis={art.date_basis}; {art.evidence.get('date', '')}".strip("; ")
        if exp.date is not None:
            ok = got_date == exp.date
            count("date_accuracy", ok)
            if not ok:
                res.misses.append(Miss(exp.key, "date", exp.date, str(got_date), date_note))
        else:
            ok = got_date is None or art.date_basis != "stated"
            count("no_date_sanity", ok)
            if not ok:
                res.misses.append(Miss(exp.key, "no-date", "null or inferred", f"{got_date} (stated)", date_note))

        # themes
        want, got = set(exp.themes), set(art.themes)
        res.theme_tp += len(want & got)
        res.theme_fp += len(got - want)
        res.theme_fn += len(want - got)
        scores = ", ".join(f"{k}={v.score:.1f}" for k, v in sorted(art.theme_scores.items()))
        if exp.themes:
            ok = bool(art.themes) and art.themes[0] == exp.themes[0]
            count("first_theme_accuracy", ok)
        else:
            count("off_topic_empty_rate", not art.themes)
        if want != got or (exp.themes and art.themes[:1] != exp.themes[:1]):
            res.misses.append(Miss(exp.key, "themes", str(exp.themes), str(art.themes), scores))

        # entities
        names = art.all_entities()
        for ent in exp.entities:
            ok = _entity_found(ent, names, index)
            count("key_entity_recall", ok)
            if exp.themes:
                count("key_entity_recall_on_topic", ok)
            if not ok:
                known = norm_name(ent) in index
                res.misses.append(Miss(exp.key, "entity", ent, "-",
                                       "in gazetteer, not extracted" if known else "not in gazetteer"))
    res.counts = {k: (v[0], v[1]) for k, v in tally.items()}
    return res


def compute(raw_dir: Path = RAW_DIR, expected_path: Path = EXPECTED, config: Config | None = None) -> Result:
    """Run the pipeline on the held-out raw files and score it."""
    cfg = config or Config()
    with tempfile.TemporaryDirectory(prefix="briefgen-eval-") as tmp:
        articles, failed = run_pipeline(raw_dir, Path(tmp) / "content", cfg)
    res = evaluate(articles, load_expected(expected_path), cfg.gazetteer, failed)
    try:
        res.source = Path(raw_dir).resolve().relative_to(ROOT).parent.as_posix()
    except ValueError:
        res.source = str(raw_dir)
    return res


LABELS = (
    ("headline_accuracy", "headline accuracy"),
    ("inferred_title_rate", "inferred title (no headline)"),
    ("date_accuracy", "date accuracy"),
    ("no_date_sanity", "no-date: null or inferred"),
    ("theme_micro_f1", "theme micro-F1"),
    ("first_theme_accuracy", "first-theme accuracy"),
    ("off_topic_empty_rate", "off-topic gets no theme"),
    ("key_entity_recall", "key-entity recall"),
    ("key_entity_recall_on_topic", "  (on-topic articles only)"),
)


def render(res: Result) -> str:
    lines = [f"briefgen accuracy ({res.source})", ""]
    for key, label in LABELS:
        if key == "theme_micro_f1":
            lines.append(f"  {label:<30} {res.theme_f1:6.3f}   (tp={res.theme_tp} fp={res.theme_fp} fn={res.theme_fn})")
        else:
            hits, total = res.counts.get(key, (0, 0))
            lines.append(f"  {label:<30} {res.rate(key):6.3f}   ({hits}/{total})")
    if res.failed:
        lines += ["", f"ingest errors ({len(res.failed)}):"] + [f"  {e}" for e in res.failed]
    lines += ["", f"misses ({len(res.misses)}):"]
    order = {"missing": 0, "headline": 1, "inferred-title": 2, "date": 3, "no-date": 4, "themes": 5, "entity": 6}
    for field_name in sorted({m.field for m in res.misses}, key=lambda f: order.get(f, 9)):
        group = [m for m in res.misses if m.field == field_name]
        lines.append(f"  [{field_name}] {len(group)}")
        for m in group:
            lines.append(f"    {m.key}")
            lines.append(f"        expected: {m.expected}")
            if m.got != "-":
                lines.append(f"        got:      {m.got}")
            if m.note:
                lines.append(f"        note:     {m.note[:200]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raw", type=Path, default=RAW_DIR, help="folder of raw articles")
    ap.add_argument("--expected", type=Path, default=EXPECTED, help="expected.yaml")
    ap.add_argument("--json", action="store_true", help="print the metrics and misses as JSON")
    args = ap.parse_args(argv)
    res = compute(args.raw, args.expected)
    if args.json:
        print(json.dumps({"metrics": res.metrics(), "failed": res.failed,
                          "misses": [m.__dict__ for m in res.misses]}, indent=2, ensure_ascii=False))
    else:
        print(render(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
