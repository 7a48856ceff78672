"""Corpus timeline: events of all articles, merged when they report the same thing."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Article
from .text import content_tokens

SIMILARITY = 0.3  # token Jaccard of two labels on the same date to count as one event


@dataclass
class MergedEvent:
    date: str  # ISO date, "YYYY-MM" or "YYYY"
    precision: str  # day | month | year
    label: str
    slugs: list[str] = field(default_factory=list)  # articles reporting it, sorted
    texts: list[str] = field(default_factory=list)  # the source sentences, in slug order

    def to_dict(self) -> dict:
        return {"date": self.date, "precision": self.precision, "label": self.label, "slugs": list(self.slugs)}


def _tokens(label: str) -> set[str]:
    return {t[:6] for t in content_tokens(label)}  # crude stemming: "killed"/"killing" -> "killed"/"killin"


def _similar(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= SIMILARITY


def merge_events(articles: list[Article]) -> list[MergedEvent]:
    """All events, merged per (date, precision) when labels are similar; sorted by date then label.

    The merged label is the one most articles used (ties: the shortest, then A-Z).
    """
    groups: dict[tuple[str, str], list[list[tuple[str, str, str]]]] = {}
    for art in sorted(articles, key=lambda a: a.slug):
        for ev in art.events:
            if not ev.date or not ev.label:
                continue
            key = (ev.date, ev.precision)
            toks = _tokens(ev.label)
            clusters = groups.setdefault(key, [])
            for cl in clusters:
                if any(lbl == ev.label or _similar(toks, _tokens(lbl)) for lbl, _s, _t in cl):
                    cl.append((ev.label, art.slug, ev.text))
                    break
            else:
                clusters.append([(ev.label, art.slug, ev.text)])
    out: list[MergedEvent] = []
    for (date, precision), clusters in groups.items():
        for cl in clusters:
            labels: dict[str, int] = {}
            for lbl, _s, _t in cl:
                labels[lbl] = labels.get(lbl, 0) + 1
            label = sorted(labels, key=lambda l: (-labels[l], len(l), l))[0]
            slugs: list[str] = []
            texts: list[str] = []
            for _l, slug, text in sorted(cl, key=lambda x: (x[1], x[0])):
                if slug not in slugs:
                    slugs.append(slug)
                    texts.append(text)
            out.append(MergedEvent(date, precision, label, slugs, texts))
    out.sort(key=lambda m: (m.date, m.label.lower(), m.slugs))
    return out
