"""Lead summary: the first one or two body sentences, captions and credits left out."""

from __future__ import annotations

import re

from ..markup import FIGURE_RE
from .text import fold_lower, split_sentences

MAX_WORDS = 60
# Leading datelines and stray metadata: "date 2024-12-07", "BEIRUT (AFP) -", "Mon 24 Jun 2024 10:11 am - ..."
_DATELINE = re.compile(
    r"^(?:date\s*:?\s*\d{4}-\d{2}-\d{2}\s+"
    r"|[A-Z][A-Z .,'-]{2,40}\s*\((?:AP|AFP|Reuters|[A-Z]{2,10})\)\s*[-:\u2013\u2014]+\s*"
    r"|[A-Z][A-Z .'-]{2,30}\s*[-\u2013\u2014:]\s+(?=[A-Z]))"
)
_CREDITISH = re.compile(r"^\(?\s*(photo\s*)?credit\s*:|^\(?(photo|image|file photo)\s*:", re.I)
_METALINE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?\d{1,2}\s+\w+\s+\d{4}\b.*\d{1,2}:\d{2}"
    r"|^(?:share|advertisement|read more|related:)\b", re.I)


def lead_blocks(body: str) -> list[str]:
    """Body paragraphs that are prose: no figures, subheads, captions or credit lines."""
    out = []
    for block in body.split("\n\n"):
        block = block.strip()
        if not block or FIGURE_RE.match(block) or block.startswith("#") or block.startswith("<"):
            continue
        text = re.sub(r"\\(.)", r"\1", block)
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        text = " ".join(text.split())
        if _CREDITISH.search(text) or _METALINE.search(text):
            continue
        out.append(text)
    return out


def clean_lead(text: str) -> str:
    return _DATELINE.sub("", text, count=1).strip()


def _shorten(sentence: str, limit: int) -> str:
    words = sentence.split()
    if len(words) <= limit:
        return sentence
    cut = " ".join(words[:limit])
    # Prefer ending at a clause boundary in the second half.
    m = list(re.finditer(r"[,;:]\s", cut))
    if m and m[-1].start() > len(cut) // 2:
        cut = cut[:m[-1].start()]
    return cut.rstrip(",;: ") + "\u2026"


def summarize(title: str, body: str, max_words: int = MAX_WORDS) -> str:
    """One or two lead sentences, at most about *max_words* words."""
    title_key = fold_lower(" ".join(title.split())).rstrip(".")
    sentences: list[str] = []
    for block in lead_blocks(body):
        block = clean_lead(block)
        if fold_lower(block).rstrip(".") == title_key:
            continue
        for s in split_sentences(block):
            if len(s.split()) < 4 and not sentences:
                continue
            sentences.append(s)
            if len(sentences) >= 2:
                break
        if len(sentences) >= 2:
            break
    if not sentences:
        return ""
    first = _shorten(sentences[0], max_words)
    if len(sentences) > 1 and len(first.split()) + len(sentences[1].split()) <= max_words and len(first.split()) < 35:
        return f"{first} {sentences[1]}"
    return first
