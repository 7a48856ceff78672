"""Parse raw documents into ``Article`` records (title, date, source, body...).

    parse(raw, config) -> list[Article]      # one per article (feeds/JSON Lines: several)
    find_duplicates(articles) -> [(keep, dup)]; duplicate_groups(articles) -> [[keep, dup, ...]]

The format is detected from the content; each reader yields a ``Draft``
(lines + metadata) and ``build.assemble`` classifies the lines and builds the
article. Anything unusable raises ``InputError`` (never another exception).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..config import Config
from ..models import Article, InputError, Origin
from .attribution import load_outlets
from .build import assemble
from .decode import decode
from .dedupe import duplicate_groups, find_duplicates
from .formats import READERS, detect

if TYPE_CHECKING:  # sources imports parse.decode; keep the import one-way at runtime
    from ..sources import RawDoc

__all__ = ["parse", "find_duplicates", "duplicate_groups"]


def _parse(raw: RawDoc, config: Config) -> list[Article]:
    text, encoding = decode(raw.data, raw.name)
    kind = detect(text, raw.name)
    outlets = load_outlets(config.outlets)
    drafts = READERS[kind](text, raw.name, config.reference_date, outlets)
    articles: list[Article] = []
    first_error: InputError | None = None
    for draft in drafts:
        origin = Origin(file=raw.name, sha256=raw.sha256, format=draft.fmt, entry=draft.entry)
        if encoding not in ("utf-8", "ascii"):
            draft.evidence.setdefault("encoding", f"decoded as {encoding}")
        try:
            articles.append(assemble(draft, origin, config.reference_date, outlets))
        except InputError as exc:
            first_error = first_error or exc
    if not articles:
        raise first_error or InputError("no article found", path=raw.name)
    return articles


def parse(raw: RawDoc, config: Config) -> list[Article]:
    """All articles in *raw*. Raises InputError (one clear line) and nothing else."""
    try:
        return _parse(raw, config)
    except InputError as exc:
        if exc.path is None:
            exc.path = raw.name
        raise
    except RecursionError:
        raise InputError("input nested too deeply to parse", path=raw.name) from None
    except Exception as exc:  # a bug or a hostile input must not stop the run
        raise InputError(f"cannot parse ({type(exc).__name__}: {exc})", path=raw.name) from exc
