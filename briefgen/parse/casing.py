"""Capitalisation style of a short line: Title Case ("Oil Exports Stuck as Talks Drag On") or sentence case
("Pipeline has been shut since March"). A headline and the deck under it often differ in style; one
headline hard-wrapped over two lines never does."""

from __future__ import annotations

import re

# English function words that Title Case leaves in lower case (AP, Chicago, APA styles together)
SMALL = frozenset("a an the and or but nor for so yet as at by in of on to up via vs v per from into onto with "
                  "over than off out upon amid atop down near past till unto like".split())


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text)]


def title_cased(text: str) -> bool:
    """At least three content words and every one capitalised."""
    content = [w for w in _words(text) if w.lower() not in SMALL]
    return len(content) >= 3 and all(w[0].isupper() for w in content)


def sentence_cased(text: str) -> bool:
    """Two or more content words written in lower case."""
    return sum(1 for w in _words(text) if w.lower() not in SMALL and w[0].islower() and len(w) >= 3) >= 2


def kicker_over(label: str, head: str) -> bool:
    """A short Title Case label (at most five words: "North and East Syria") over a sentence-case, headline-shaped
    line of at most 17 words with no closing full stop: the label is a kicker, the line under it the headline."""
    from .toplines import clause  # (toplines reads this module's SMALL)

    return len(label.split()) <= 5 and title_cased(label) and not clause(label) and sentence_cased(head) and len(head.split()) <= 17 \
        and not re.search(r"[.!?;:,…][\"”’')\]]*$", head.strip())
