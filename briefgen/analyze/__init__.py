"""Analyze stage: entities, themes, summary, key figures and events of an article,
plus corpus-wide helpers (related articles, merged timeline, entity index).

Public API::

    load_gazetteer(path) -> Gazetteer          load_taxonomy(path) -> Taxonomy
    analyze(article, gazetteer, taxonomy, config) -> Article   (a new Article)
    related_articles(articles, k=5, min_score=0.12) -> {slug: [Related]}
    merge_events(articles) -> [MergedEvent]
    entity_index(articles, gazetteer) -> {name: EntityInfo}
    unknown_names(texts, gazetteer, min_count=2) -> [(name, count)]
"""

from __future__ import annotations

import dataclasses
import html
from collections import Counter

from ..config import Config
from ..markup import FIGURE_RE, plain_text
from ..models import Article
from .demonyms import demonym_countries
from .name_cues import _known_tails
from .name_single import single_names
from .events import extract_events
from .figures import extract_figures
from .gazetteer import DateAnchor, Entity, Gazetteer, Mention, load_gazetteer
from .index import EntityInfo, entity_index, unknown_names
from .names import Found, discover
from .institutions import institution_names
from .national import home_country, national_entities
from .related import Related, related_articles
from .summary import summarize
from .text import split_sentences
from .themes import Evidence, Taxonomy, Theme, check_taxonomy, load_taxonomy, score_themes
from .timeline import MergedEvent, merge_events

__all__ = [
    "Article", "DateAnchor", "Entity", "EntityInfo", "Found", "Gazetteer", "MergedEvent", "Related", "Taxonomy", "Theme",
    "analyze", "check_taxonomy", "entity_index", "load_gazetteer", "load_taxonomy", "merge_events",
    "discover", "related_articles", "unknown_names",
]

ANALYZED_FIELDS = ("entities", "themes", "theme_scores", "summary", "key_figures", "events")


def _locked(article: Article) -> set[str]:
    locked = article.extra.get("locked") or []
    if isinstance(locked, str):
        locked = [locked]
    out = {str(x) for x in locked} if isinstance(locked, (list, tuple)) else set()
    if "themes" in out:
        out.add("theme_scores")
    return out


def _credits(body: str) -> list[str]:
    """Photo credits of figure blocks ("IBRAHIM AMRO/AFP via Getty Images"): they name people and agencies."""
    out = []
    for block in body.split("\n\n"):
        m = FIGURE_RE.match(block.strip())
        if m and m.group("credit"):
            out.append(html.unescape(m.group("credit")).replace("/", " / "))
    return out


def _evidence_entities(mentions: list[Mention]) -> Counter:
    """Canonical names mentioned, plus ``tag:NAME`` for each gazetteer tag of each mention."""
    out: Counter = Counter()
    for m in mentions:
        out[m.entity.name] += 1
        for tag in m.entity.tags:
            out["tag:" + tag] += 1
    return out


def analyze(article: Article, gazetteer: Gazetteer, taxonomy: Taxonomy, config: Config) -> Article:
    """Fill entities, themes, theme_scores, summary, key_figures and events.

    Text analysed: the title and ``plain_text(body)``; photo credits of
    figure blocks count for entities only. Entities are the gazetteer's,
    most mentioned first, then names it does not know that ``names.discover``
    finds by rule (role cues, organisation/place words).

    Returns a new Article (the input is not changed). Fields named in
    ``article.extra['locked']`` are kept as the user gave them.
    """
    title = " ".join((article.title or "").split())
    body_text = plain_text(article.body or "")
    sentences = split_sentences(body_text)
    title_mentions = gazetteer.find(title)
    mentions = [gazetteer.find(s) for s in sentences]

    counts: Counter = Counter(m.entity.name for m in title_mentions)
    for ms in mentions:
        counts.update(m.entity.name for m in ms)
    for credit in _credits(article.body or ""):  # entities only: credits are not prose
        counts.update(m.entity.name for m in gazetteer.find(credit))
    entities = gazetteer.group(counts)
    for found in discover(sentences, gazetteer, title, mentions):  # names the gazetteer does not know (yet)
        if found.name not in entities[found.kind]:
            entities[found.kind].append(found.name)
    have = {n for names in entities.values() for n in names}
    for name in institution_names([title, *sentences], gazetteer):  # "Indian Army", "Ghana Battalion"
        if name not in have:
            entities["organizations"].append(name)
            have.add(name)
    for word in single_names(sentences, title, have):  # "Neom" ... "Neom" ... "Neom"
        if gazetteer.get(word) is None and word.lower() not in _known_tails(gazetteer):
            entities["organizations"].append(word)
            have.add(word)
    for country in demonym_countries(title + "\n" + body_text, gazetteer):  # "Israeli strikes" ... "the Israeli army"
        if country not in have:
            entities["places"].append(country)
    home = home_country(title + "\n" + body_text, counts, gazetteer)
    for name in national_entities([title, *sentences], home, gazetteer):  # "Parliament approved" in a Lebanese story
        if name not in have:
            entities[gazetteer.entry(name).kind].append(name)
            have.add(name)

    title_ev = Evidence(taxonomy.term_counts(title), _evidence_entities(title_mentions), len(title.split()))
    sent_ev = [Evidence(taxonomy.term_counts(s), _evidence_entities(ms), len(s.split()))
               for s, ms in zip(sentences, mentions)]
    scores = score_themes(title_ev, sent_ev, taxonomy)

    all_sents = ([title] if title else []) + sentences
    all_ments = ([title_mentions] if title else []) + mentions
    figures = extract_figures(all_sents, all_ments)
    events = extract_events(sentences, mentions, article.date, config.reference_date, gazetteer,
                            article_text=title + "\n" + body_text)

    new = {
        "entities": entities,
        "themes": list(scores),
        "theme_scores": scores,
        "summary": summarize(title, article.body or ""),
        "key_figures": figures,
        "events": events,
    }
    keep = _locked(article)
    return dataclasses.replace(article, **{k: v for k, v in new.items() if k not in keep})
