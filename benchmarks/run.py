"""Speed and memory benchmark: briefgen against a baseline measured in the same run.

    make bench            # or: .venv/bin/python -m benchmarks.run --sizes 200 1000

For each size N it generates N synthetic raw articles (seeded, realistic
sentences built from gazetteer names, so no two are duplicates), then measures
in child processes (wall time and peak RSS):

* ingest:   ``briefgen ingest`` of the N raw files;
* build:    ``mkdocs build --strict`` of the resulting briefing site;
* baseline: ``mkdocs build`` of a plain Material site with the same N article
  bodies as ordinary Markdown pages, kept out of the nav (what MkDocs alone
  costs for the same pages).

It prints the ratios build/baseline and the per-article scaling between sizes.
Nothing here is asserted: numbers are for reading, not for a timed unit test.

How to read the numbers:

* ``build_over_baseline`` compares two builds run back to back on the same
  machine, so machine load mostly cancels out. The baseline renders each
  article body once as a bare page; the briefing renders richer article pages
  (metadata card, key figures, events, related articles, provenance) plus
  theme, yearly archive, entity, timeline and print pages, so a ratio of a
  few (roughly 4-8) is expected. What matters is that the ratio stays about
  flat as N grows: a ratio that climbs with N means some page or loop grows
  faster than the corpus (an O(N) page rendered O(N) times, an all-pairs loop).
* At small N both builds are dominated by start-up (imports, theme loading,
  about 0.5 s), so the ratio at 100 articles understates the per-article cost;
  compare the ``build x`` scaling line (about x10 for x10 articles is linear).
* ``site`` counts pages and sizes of the briefing: ``largest_page_kib`` should
  not grow with N (long lists are split into yearly pages), the search index
  grows linearly.
* ``--profile DIR`` also writes a cProfile of each build (``build-N.prof``,
  open with ``python -m pstats`` or snakeviz) and prints the hottest briefgen
  functions. Profiled runs are slower; the timings above are taken without it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

PEOPLE = ["Hassan Nasrallah", "Naim Qassem", "Bashar al-Assad", "Ahmed al-Sharaa", "Daniel Hagari",
          "Benjamin Netanyahu", "Ali Khamenei", "Hashem Safieddine", "Najib Mikati", "Joseph Aoun"]
ORGS = ["Hezbollah", "Hamas", "the Houthis", "the IDF", "the Popular Mobilization Forces", "UNIFIL",
        "the Revolutionary Guards", "Hayat Tahrir al-Sham", "the United Nations", "Reuters"]
PLACES = ["Beirut", "Damascus", "Aleppo", "Homs", "Qusayr", "Tyre", "Sidon", "Baghdad", "Sanaa",
          "Tehran", "Gaza", "Golan Heights", "Nabatieh", "Baalbek", "Idlib", "Latakia"]
VERBS = ["said", "warned", "announced", "denied", "confirmed", "told reporters"]
THINGS = ["fighters", "rockets", "drones", "civilians", "advisers", "families", "soldiers"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def sentence(rng: random.Random) -> str:
    kind = rng.randrange(4)
    p, o, pl = rng.choice(PEOPLE), rng.choice(ORGS), rng.choice(PLACES)
    n = rng.randrange(2, 20000)
    if kind == 0:
        return f"{p} {rng.choice(VERBS)} that {o} had moved {n:,} {rng.choice(THINGS)} near {pl}."
    if kind == 1:
        return f"Strikes on {pl} on {rng.choice(MONTHS)} {rng.randrange(1, 28)} killed {n} people, {o} said."
    if kind == 2:
        return f"Officials in {pl} said talks with {o} would resume after {p} met envoys from {rng.choice(PLACES)}."
    return f"The situation around {pl} remained tense as {o} and {rng.choice(ORGS)} traded accusations."


def make_raw(i: int, rng: random.Random) -> str:
    year = rng.choice([2023, 2024, 2025])
    title = f"{rng.choice(ORGS).removeprefix('the ').capitalize()} and {rng.choice(PLACES)}: report {i}"
    paras = [" ".join(sentence(rng) for _ in range(rng.randrange(2, 5))) for _ in range(rng.randrange(4, 9))]
    date = f"{rng.randrange(1, 28)} {rng.choice(MONTHS)} {year}"
    return f"{title}\n\n{date}\n\n" + "\n\n".join(paras) + "\n"


def generate(folder: Path, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:05d}.txt").write_text(make_raw(i, rng), encoding="utf-8")


_WRAP = (
    "import resource, subprocess, sys\n"
    "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(rc)\n"
)


def measure(cmd: list[str], cwd: Path) -> dict:
    """Run *cmd* under a fresh wrapper process: wall seconds and its peak RSS in MiB."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _WRAP, *cmd], cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    peak_kib = int(proc.stderr.strip().splitlines()[-1])
    return {"seconds": round(wall, 2), "peak_rss_mib": round(peak_kib / 1024, 1)}


def baseline_site(work: Path, content: Path) -> Path:
    """A plain MkDocs + Material project with the same article bodies as pages."""
    proj = work / "baseline"
    docs = proj / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "index.md").write_text("# Baseline\n", encoding="utf-8")
    for md in sorted(content.glob("*.md")):
        text = md.read_text(encoding="utf-8")
        body = text.split("\n---\n", 1)[-1]
        title = md.stem.replace("-", " ")
        (docs / "articles" / md.name).write_text(f"# {title}\n\n{body}", encoding="utf-8")
    (proj / "mkdocs.yml").write_text(
        "site_name: Baseline\nuse_directory_urls: false\ntheme:\n  name: material\n  font: false\n"
        "nav:\n  - index.md\nplugins:\n  - search\n", encoding="utf-8")
    return proj


def site_stats(site: Path) -> dict:
    """Pages by kind, total HTML size, the largest page and the search index size."""
    kinds: dict[str, int] = {}
    largest = (0, "")
    total = 0
    for p in sorted(site.rglob("*.html")):
        rel = p.relative_to(site).as_posix()
        kind = rel.split("/")[0] if "/" in rel else "top"
        kinds[kind] = kinds.get(kind, 0) + 1
        size = p.stat().st_size
        total += size
        largest = max(largest, (size, rel))
    index = site / "search" / "search_index.json"
    return {"pages": kinds, "html_mib": round(total / 2**20, 1),
            "largest_page_kib": round(largest[0] / 1024), "largest_page": largest[1],
            "search_index_mib": round(index.stat().st_size / 2**20, 1) if index.is_file() else 0}


def profile_build(proj: Path, out: Path, n: int) -> None:
    """Build once more under cProfile; write ``build-N.prof`` and print the hottest briefgen calls."""
    import pstats

    out.mkdir(parents=True, exist_ok=True)
    prof = out / f"build-{n}.prof"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(prof), str(BIN / "mkdocs"), "build", "-q",
                    "-d", str(proj.parent / "site-profiled")], cwd=proj, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"profile written to {prof}; hottest briefgen functions (cumulative):")
    pstats.Stats(str(prof)).sort_stats("cumulative").print_stats("briefgen", 15)


def run(sizes: list[int], profile: Path | None = None) -> list[dict]:
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
            work = Path(tmp)
            generate(work / "raw", n)
            content = work / "content"
            ing = measure([str(BIN / "briefgen"), "ingest", "-q", str(work / "raw"), "--content", str(content)], ROOT)
            # build the real project, pointed at the generated content
            proj = work / "site-project"
            proj.mkdir()
            shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
            for d in ("docs", "templates"):
                if (ROOT / d).exists():
                    shutil.copytree(ROOT / d, proj / d)
            shutil.copytree(content, proj / "content")
            bld = measure([str(BIN / "mkdocs"), "build", "--strict", "-q", "-d", str(work / "site")], proj)
            base = measure([str(BIN / "mkdocs"), "build", "-q", "-d", str(work / "base-site")],
                           baseline_site(work, content))
            rows.append({"articles": n, "ingest": ing, "build": bld, "baseline_build": base,
                         "build_over_baseline": round(bld["seconds"] / max(base["seconds"], 1e-6), 2),
                         "ingest_ms_per_article": round(1000 * ing["seconds"] / n, 1),
                         "build_ms_per_article": round(1000 * bld["seconds"] / n, 1),
                         "site": site_stats(work / "site")})
            print(json.dumps(rows[-1]), flush=True)
            if profile is not None:
                profile_build(proj, profile, n)
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print(f"scaling {a['articles']} -> {b['articles']} articles: ingest per article x"
              f"{b['ingest_ms_per_article'] / max(a['ingest_ms_per_article'], 1e-6):.2f}, build x"
              f"{b['build']['seconds'] / max(a['build']['seconds'], 1e-6):.2f} for x{b['articles'] / a['articles']:.0f} articles")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--profile", type=Path, metavar="DIR", help="also profile each build (cProfile) into DIR")
    args = ap.parse_args()
    run(args.sizes, args.profile)


if __name__ == "__main__":
    main()
