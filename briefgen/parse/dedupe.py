"""Duplicate stories: the exact same body, or near-identical wire copy.

Bodies are compared as sets of word 3-shingles. MinHash signatures (32
salted 64-bit hashes) are banded into 8 buckets of 4 rows, so only articles
sharing a bucket are compared (no all-pairs loop); a candidate pair counts
when its true Jaccard similarity is >= 0.8. The earliest article by origin
name (then entry) of each group is kept.
"""

from __future__ import annotations

import hashlib
import re

from ..markup import plain_text
from ..models import Article

THRESHOLD = 0.8
SHINGLE = 3
BANDS, ROWS = 8, 4
_PRIME = (1 << 61) - 1
_PARAMS = [
    (int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest(), "big") % _PRIME | 1,
     int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest(), "big") % _PRIME)
    for i in range(BANDS * ROWS)
]


def shingles(text: str) -> set[int]:
    """Hashed word 3-shingles of *text* (lowercase words only)."""
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i: i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams}


def _signature(sh: set[int]) -> tuple[int, ...]:
    return tuple(min((a * x + b) % _PRIME for x in sh) for a, b in _PARAMS)


def jaccard(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _order_key(art: Article, idx: int) -> tuple:
    return (art.origin.file, art.origin.entry if art.origin.entry is not None else -1, idx)


def find_duplicates(articles: list[Article]) -> list[tuple[int, int]]:
    """Pairs (keep_index, duplicate_index), sorted; keep = earliest origin of its group."""
    return sorted((group[0], m) for group in duplicate_groups(articles) for m in group[1:])


def duplicate_groups(articles: list[Article]) -> list[list[int]]:
    """Indices of the same story, one list per story told more than once, earliest origin first."""
    texts = [" ".join(plain_text(a.body).split()) for a in articles]
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    exact: dict[str, int] = {}
    for i, t in enumerate(texts):
        key = hashlib.sha256(" ".join(re.findall(r"\w+", t.lower())).encode()).hexdigest()
        if key in exact:
            union(exact[key], i)
        else:
            exact[key] = i
    sets = [shingles(t) for t in texts]
    buckets: dict[tuple, list[int]] = {}
    for i, sh in enumerate(sets):
        if not sh:
            continue
        sig = _signature(sh)
        for b in range(BANDS):
            buckets.setdefault((b, sig[b * ROWS:(b + 1) * ROWS]), []).append(i)
    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in checked or find(i) == find(j):
                    continue
                checked.add((i, j))
                if jaccard(sets[i], sets[j]) >= THRESHOLD:
                    union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(articles)):
        groups.setdefault(find(i), []).append(i)
    return sorted(sorted(members, key=lambda k: _order_key(articles[k], k))
                  for members in groups.values() if len(members) > 1)
