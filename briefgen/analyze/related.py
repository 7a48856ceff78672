"""Related articles: TF-IDF cosine over entities, themes and words, without an all-pairs loop.

Each article becomes a sparse vector (dict) of its most weighted features:
``e:<entity>`` (weight 2), ``t:<theme>`` (1) and content words of the title
(counted twice), summary and body (``1 + ln tf``), times IDF, L2-normalised
and truncated to ``MAX_FEATURES``. Candidates come from an inverted index
restricted to "champion lists" (the ``CHAMPIONS`` strongest articles per
feature), probed with each article's ``PROBE`` strongest features; only the
best ``RESCORE`` candidates get an exact cosine. Work per article is bounded,
so 10,000 articles take seconds, not hours.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..markup import plain_text
from ..models import Article
from .text import content_tokens

MAX_FEATURES = 40
PROBE = 12
CHAMPIONS = 40
RESCORE = 20


@dataclass
class Related:
    slug: str
    score: float
    shared: list[str] = field(default_factory=list)  # shared entity names
    reason: str = ""

    def to_dict(self) -> dict:
        return {"slug": self.slug, "score": round(self.score, 3), "shared": list(self.shared), "reason": self.reason}


def _raw_features(a: Article) -> Counter:
    feats: Counter = Counter()
    words: Counter = Counter()
    words.update(content_tokens(a.title) * 2)
    words.update(content_tokens(a.summary))
    words.update(content_tokens(plain_text(a.body or "")))
    for w, n in words.items():
        feats["w:" + w] = 1 + math.log(n)
    for name in a.all_entities():
        feats["e:" + name] = 2.0
    for t in a.themes:
        feats["t:" + t] = 1.0
    return feats


def _vectors(articles: list[Article]) -> list[dict[str, float]]:
    raws = [_raw_features(a) for a in articles]
    df: Counter = Counter()
    for r in raws:
        df.update(r.keys())
    n = len(articles)
    vecs = []
    for r in raws:
        v = {f: w * (math.log((n + 1) / (df[f] + 1)) + 1) for f, w in r.items() if df[f] > 1 or n < 3}
        top = sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_FEATURES]
        norm = math.sqrt(sum(w * w for _f, w in top)) or 1.0
        vecs.append({f: w / norm for f, w in top})
    return vecs


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Sparse dot product, summed in *a*'s (deterministic) key order."""
    return sum([w * b[f] for f, w in a.items() if f in b])


def _reason(shared: list[str], themes: list[str], words: list[str]) -> str:
    parts = []
    if shared:
        parts.append("both mention " + ", ".join(shared[:3]))
    if themes:
        parts.append("same theme: " + ", ".join(themes))
    if not parts and words:
        parts.append("similar wording: " + ", ".join(words[:3]))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def related_articles(articles: list[Article], k: int = 5, min_score: float = 0.12) -> dict[str, list[Related]]:
    """For each article (by slug), up to *k* related articles scoring >= *min_score*.

    Ordered by score (desc) then slug. Deterministic for the same input.
    """
    arts = sorted(articles, key=lambda a: a.slug)
    vecs = _vectors(arts)
    postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for i, v in enumerate(vecs):
        for f, w in v.items():
            postings[f].append((w, i))
    champions = {f: sorted(p, key=lambda x: (-x[0], x[1]))[:CHAMPIONS] for f, p in postings.items() if len(p) > 1}
    out: dict[str, list[Related]] = {}
    for i, (art, v) in enumerate(zip(arts, vecs)):
        acc: dict[int, float] = defaultdict(float)
        probe = sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:PROBE]
        for f, w in probe:
            for w2, j in champions.get(f, ()):
                if j != i:
                    acc[j] += w * w2
        cands = sorted(acc.items(), key=lambda kv: (-kv[1], kv[0]))[:RESCORE]
        scored = []
        for j, _partial in cands:
            s = _dot(v, vecs[j])
            if s >= min_score and arts[j].slug != art.slug:
                scored.append((s, arts[j].slug, j))
        scored.sort(key=lambda x: (-x[0], x[1]))
        rel = []
        ranked_words = [f for f in v if f.startswith("w:")]  # v is already sorted by weight
        for s, slug, j in scored[:k]:
            other = arts[j]
            mine = art.all_entities()
            theirs = set(other.all_entities())
            shared = [e for e in mine if e in theirs]
            themes = [t for t in art.themes if t in other.themes]
            words = [f[2:] for f in ranked_words if f in vecs[j]]
            rel.append(Related(slug=slug, score=round(s, 4), shared=shared, reason=_reason(shared, themes, words)))
        out[art.slug] = rel
    return out
