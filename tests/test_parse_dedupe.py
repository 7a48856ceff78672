"""find_duplicates(): exact and near-identical wire copy, earliest origin kept."""

from __future__ import annotations

import hashlib
import random
import time
from pathlib import Path

from briefgen.config import Config
from briefgen.markup import join_blocks, paragraph
from briefgen.models import Article, Origin
from briefgen.parse import find_duplicates, parse
from briefgen.sources import RawDoc

RAW = Path(__file__).parent / "fixtures" / "parse" / "raw"


def art(name: str, text: str, entry: int | None = None) -> Article:
    return Article(title="t", body=join_blocks([paragraph(p) for p in text.split("\n\n")]),
                   origin=Origin(file=name, sha256="0", entry=entry))


def _load(name: str) -> Article:
    data = (RAW / name).read_bytes()
    return parse(RawDoc(RAW / name, name, data, hashlib.sha256(data).hexdigest()), Config())[0]


def test_wire_copy_from_two_outlets() -> None:
    a, b = _load("txt_wire_copy_outlet_b.txt"), _load("txt_wire_copy_outlet_a.txt")
    other = _load("txt_hard_wrapped.txt")
    assert find_duplicates([a, other, b]) == [(2, 0)]  # keep outlet_a (earliest name)


def test_exact_and_near_and_distinct() -> None:
    rng = random.Random(7)
    words = ["w%d" % i for i in range(400)]
    base = " ".join(rng.choice(words) for _ in range(300))
    near = base.replace(base.split()[10], "changed", 1) + " Reporting by staff."
    far = " ".join(rng.choice(words) for _ in range(300))
    arts = [art("c.txt", base), art("a.txt", near), art("b.txt", far), art("d.txt", base)]
    assert find_duplicates(arts) == [(1, 0), (1, 3)]


def test_no_duplicates_in_the_fixture_suite() -> None:
    arts = []
    for p in sorted(RAW.iterdir()):
        if "wire_copy" not in p.name:
            data = p.read_bytes()
            arts.extend(parse(RawDoc(p, p.name, data, hashlib.sha256(data).hexdigest()), Config()))
    assert find_duplicates(arts) == []


def test_scales_without_all_pairs() -> None:
    rng = random.Random(1)
    vocab = ["v%d" % i for i in range(5000)]
    arts = [art(f"{i:04d}.txt", " ".join(rng.choice(vocab) for _ in range(250))) for i in range(1500)]
    arts.append(art("9999.txt", arts[5].body))
    start = time.perf_counter()
    pairs = find_duplicates(arts)
    assert pairs == [(5, 1500)]
    assert time.perf_counter() - start < 30
