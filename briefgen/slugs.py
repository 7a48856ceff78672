"""Safe, stable file names for articles.

A slug is lowercase ASCII letters, digits and hyphens only (python-slugify
transliterates other scripts), so a title like ``../../../tmp/x`` can never
name a path outside ``content/``.
"""

from __future__ import annotations

import re

from slugify import slugify

MAX_LEN = 80
_SAFE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def make_slug(title: str, fallback: str = "article") -> str:
    slug = slugify(title or "", max_length=MAX_LEN, word_boundary=True, save_order=True)
    if not slug:
        slug = slugify(fallback or "", max_length=MAX_LEN) or "article"
    assert _SAFE.match(slug), slug
    return slug


def is_safe(slug: str) -> bool:
    return bool(_SAFE.match(slug)) and len(slug) <= MAX_LEN + 8


def unique(slug: str, taken: set[str]) -> str:
    """*slug*, or *slug*-2, -3, ... whichever is not in *taken* (then added to it)."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{n}"
        n += 1
    taken.add(candidate)
    return candidate
