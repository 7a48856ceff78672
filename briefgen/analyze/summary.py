"""Lead summary: the first one or two body sentences that are news prose.

Shown on every list page, so it must hold up on its own against page furniture
the parser left in the body: photo captions and credits ("... REUTERS/Name",
"(AP Photo/...)", "[1/5]" gallery prefixes), audio/app/download/share prompts,
bylines and lines without a sentence in them ("FDD's Long War Journal Podcasts").
"""

from __future__ import annotations

import re

from ..markup import FIGURE_RE
from .text import fold_lower, split_sentences

MAX_WORDS = 60
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# Leading datelines and stray metadata: "date 2024-12-07", "BEIRUT (AFP) -", "DAMASCUS, Dec. 10 (Xinhua) --",
# "MANBIJ, Syria (North Press) –", "Washington — ", "Shafaq News/ "
_DATELINE = re.compile(
    r"^(?:date\s*:?\s*\d{4}-\d{2}-\d{2}\s+"
    r"|[A-Z][A-Za-z .'-]{2,30},\s+" + _MONTH + r"\s+\d{1,2}\s*\([^()]{2,30}\)\s*[-:\u2013\u2014]+\s*"
    r"|[A-Z][A-Z .,'-]{2,40}(?:,\s*[A-Z][A-Za-z .'-]{2,30})?\s*\([^()]{2,30}\)\s*[-:\u2013\u2014]+\s*"
    r"|[A-Z][A-Z .'-]{2,30}\s*[-\u2013\u2014:]\s+(?=[A-Z])"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+[\u2013\u2014]\s+(?=[A-Z])"
    r"|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}/\s+(?=[A-Z])"
    r"|\([A-Z][\w .'-]{2,30}\)\s*[-\u2013\u2014]+\s*"
    r"|[A-Z][\w&,.' -]{2,30}\s\|\s+(?=[A-Z]))"
)
_CREDITISH = re.compile(r"^\(?\s*(photo\s*)?credit\s*:|^\(?(photo|image|file photo)\s*:", re.I)
_METALINE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?\d{1,2}\s+\w+\s+\d{4}\b.*\d{1,2}:\d{2}"
    r"|^(?:share|advertisement|read more|related:)\b", re.I)
# Site prompts that get glued to the lead: audio players, app and follow buttons, downloads, licensing links.
_PROMPT = re.compile(
    r"(?:\U0001F3A7\s*)?\blisten to (?:this )?(?:article|story)\b[\s\u00b7:.-]*(?:\d+(?::\d+)?\s*(?:min(?:utes?)?|mins)\b)?"
    r"(?:\s*learn more)?"
    r"|\bNEW\s*You can now listen to [^!.]{1,40}[!.]"
    r"|\bEnjoy more audio and podcasts on [^.]{1,40}\."
    r"|\bWhy you can trust [A-Z][\w&]*(?: News)?\b"
    r"|\bAdd [A-Z][\w&]*(?: [A-Z][\w&]*){0,2} on Google\b"
    r"|\bAlso available in \S+"
    r"|\bDownload (?:the )?(?:full )?(?:report|PDF|file)\b(?:\s*\([^()]{0,40}\))?\s*[\u2022\u00b7|]?"
    r"|\bExplore the data\b"
    r"|\bInformation cut-?off\s*:\s*[\d:.]+\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?"
    r"|\bPurchase Licensing Rights\b,?(?: opens new tab)?"
    r"|\bopens new tab\b"
    r"|(?:\s+(?:facebook|twitter|whatsapp|linkedin|telegram|email|print|share\d*))+\s*$", re.I)
# A sentence that is a byline, a prompt or an editorial note, not news.
_NOT_NEWS = re.compile(
    r"^(?:by|written by|author|authors|edited by|reporting by|translated (?:from|by)|translation by"
    r"|sign up|subscribe|follow us|download|watch|listen|click|tap|read (?:more|also|the full)|have a (?:confidential )?tip"
    r"|get in touch|get the (?:app|latest)|join (?:our|us)|save (?:articles?|stories|this)|your browser|jump to"
    r"|(?:updated|published|posted|last updated)\s*:?\s*(?:\d|on\b|at\b)|original (?:report|article|story|text|version)"
    r"|editor'?s note|note to readers)\b", re.I)
# An author's or outlet's bio: "Hamdi Malik is an associate fellow with ...", "Al-Akhbar is a Beirut daily ..."
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s){1,4}is (?:a|an|the|[A-Z][\w'’]*) (?:[\w'’-]+ ){0,5}?"
    r"(?:fellow|reporter|correspondent|editor|writer|columnist|journalist|researcher|contributor|producer"
    r"|daily|newspaper|broadcaster|blog|news agency|news site|website|outlet|magazine|podcast)\b")
# Photo credits: "REUTERS/Aziz Taher", "(AP Photo/...)", "(AA Photo)", "Photo: AFP", "Photograph: X/Reuters",
# "Credit: ...", "Credit...", "[File: Aziz Taher/Reuters]", "Image source, Getty Images", "(Supplied: CFA)",
# "| Francis Chung/POLITICO", "(Ludovic Marin/Pool via AP)".
_CREDIT = re.compile(
    r"\b[A-Z]{2,}/[A-Z][a-z]"
    r"|\((?:[A-Z]{2,6} )?Photo\b|\bPhoto(?:graph)?\s*(?::|by\b)|\bCredit\s*(?::|\.\.\.|\u2026)"
    r"|\[(?:File|Photo)\s*:|\bImage (?:source|credit)\b|\((?:Supplied|Source|File|Photo|Pool)\b[^()]*\)"
    r"|\|\s*(?:Photo\b|[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3}/[A-Z])"
    r"|\([^()]*/[^()]*(?:AP|AFP|Reuters|Getty|Pool|EPA|Anadolu)[^()]*\)"
    r"|\[[^\[\]]*/[^\[\]]*\]\s*$"
    r"|(?:\.|\d{4})\s*\([A-Z][\w .&/-]{1,30}\)\s*$"
    r"|^\[\d+/\d+\]")
_DATED_CAPTION = re.compile(r",\s+" + _MONTH + r"\s+\d{1,2},\s+\d{4}\.?$")  # "..., in Beirut, September 17, 2024."
_CREDIT_ONLY = re.compile(r"^(?:[A-Z]{2,}/|\(|\[|Photo|Credit|Image)")
_SMALL = {"the", "a", "an", "of", "in", "on", "at", "and", "or", "for", "to", "by", "with", "from"}


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
    text = " ".join(_PROMPT.sub(" ", text).split())
    return _DATELINE.sub("", text, count=1).strip(" \u2022\u00b7|")


def is_caption(sentence: str) -> bool:
    """A photo caption or credit line rather than news prose."""
    return bool(_CREDIT.search(sentence) or _DATED_CAPTION.search(sentence))


def is_prose(sentence: str, short: bool = False) -> bool:
    """Looks like a news sentence: a clause with lowercase words (a verb), not a label or a byline.
    *short*: a follow-on sentence, which may be as short as "Dozens were hurt."."""
    if _NOT_NEWS.match(sentence) or _BIO.match(sentence) or is_caption(sentence):
        return False
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", re.sub(r"\S*(?:@|https?:|www\.)\S*", " ", sentence))
    lower = [w for w in words if w[0].islower() and w.lower() not in _SMALL]
    if short:
        return len(words) >= 2 and len(lower) >= 1
    return len(words) >= 4 and any(len(w) >= 3 for w in lower)


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


def _block_sentences(block: str) -> list[str]:
    """The block's sentences that are prose; a caption's credit also drops the caption before it."""
    sents = split_sentences(block)
    keep = [True] * len(sents)
    for i, s in enumerate(sents):
        if is_caption(s):
            keep[i] = False
            if i and _CREDIT_ONLY.match(s):  # "Cars drive past ... 2024." + "REUTERS/Name ..."
                keep[i - 1] = False
        elif not is_prose(s, short=i > 0 and keep[i - 1]):
            keep[i] = False
    return [s for s, k in zip(sents, keep) if k]


def summarize(title: str, body: str, max_words: int = MAX_WORDS) -> str:
    """One or two lead sentences, at most about *max_words* words."""
    title_key = fold_lower(" ".join(title.split())).rstrip(".")
    sentences: list[str] = []
    for block in lead_blocks(body):
        block = clean_lead(block)
        if not block or fold_lower(block).rstrip(".") == title_key:
            continue
        for s in _block_sentences(block):
            s = clean_lead(s) if not sentences else s
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
