"""Text helpers shared by the analysis modules: folding, sentences, tokens.

``fold`` keeps string length (one output character per input character), so
offsets found in folded text index the original text too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD_MAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ", "\t": " ",
    "\u0131": "i", "\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u00d8": "O", "\u0111": "d", "\u0110": "D",
}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _FOLD_MAP:
        return _FOLD_MAP[ch]
    if ord(ch) < 128:
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if len(base) == 1 and ord(base) < 128 else ch


def fold(text: str) -> str:
    """Same-length normalisation: straight quotes, plain hyphens/spaces, no accents."""
    if text.isascii():
        return text.replace("`", "'").replace("\t", " ")
    return "".join(_fold_char(c) for c in text)


def fold_lower(text: str) -> str:
    """``fold`` plus a length-preserving lowercase."""
    out = fold(text)
    low = out.lower()
    if len(low) == len(out):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in out)


def is_word_char(ch: str) -> bool:
    return ch.isalnum()


def bounded(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not glued to letters/digits on either side."""
    if start > 0 and is_word_char(text[start - 1]):
        return False
    if end < len(text) and is_word_char(text[end]):
        return False
    return True


# ------------------------------------------------------------------ sentences
ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "brig",
    "st", "no", "nos", "jr", "sr", "vs", "etc", "inc", "co", "corp", "ltd", "gov", "sen", "rep",
    "pres", "sheikh", "approx", "est", "fig", "vol", "mt", "ft", "al",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+")
_NEXT_START = re.compile(r"[\"'\u201c\u2018(\[]*[A-Z0-9]")


def split_sentences(text: str) -> list[str]:
    """Split plain text into sentences (paragraph breaks always split)."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n|\n", text):
        para = " ".join(para.split())
        if not para:
            continue
        start = 0
        for m in _BOUNDARY.finditer(para):
            end = m.end()
            if not _NEXT_START.match(para, end):
                continue
            head = para[start:m.start() + 1]
            last = re.search(r"(\S+)[.!?]$", head)
            if para[m.start()] == "." and last:
                tok = last.group(1)
                bare = tok.lower().strip("\"'(\u201c\u2018")
                if bare in ABBREVIATIONS or "." in bare or (len(bare) == 1 and bare.isalpha()):
                    continue
            sent = para[start:end].strip()
            if sent:
                out.append(sent)
            start = end
        tail = para[start:].strip()
        if tail:
            out.append(tail)
    return out


_WORD = re.compile(r"[a-z](?:[a-z'\-]*[a-z])?")

STOPWORDS = frozenset("""
a about above after again against all almost along also although am among an and another any are aren't
around as at be because been before being below between both but by can could did do does doing down
during each either else even ever every few for from further had has have having he her here hers herself
him himself his how however i if in into is it its itself just least less like made make many may me
might more most much must my myself near nearly no nor not now of off often on once one only or other
others our ours ourselves out over own per rather said same says say she should since so some such than
that the their theirs them themselves then there these they this those though through to too toward
towards under until up upon us very via was we were what when where whether which while who whom whose
why will with within without would yet you your yours yourself also told according reportedly
""".split())


def tokens(text: str) -> list[str]:
    """Lowercase word tokens without possessive endings."""
    out = _WORD.findall(fold_lower(text))
    return [w[:-2] if w.endswith("'s") else w for w in out]


def content_tokens(text: str) -> list[str]:
    """``tokens`` minus stopwords and one- or two-letter words."""
    return [t for t in tokens(text) if len(t) > 2 and t not in STOPWORDS]


# ------------------------------------------------------------------ spelling variants of names
_SPELLINGS = [
    ("Mohammed", "Mohammad", "Muhammad", "Mohamed", "Mohamad", "Muhammed"),
    ("Ahmed", "Ahmad"), ("Abdel", "Abdul"), ("Abdullah", "Abdallah"), ("Hassan", "Hasan"),
    ("Hussein", "Hussain", "Husayn"), ("Youssef", "Yousef", "Yusuf"), ("Mahmoud", "Mahmud"),
    ("Mustafa", "Moustafa", "Mostafa"), ("Khaled", "Khalid"), ("Walid", "Waleed"), ("Ibrahim", "Ebrahim"),
    ("Ismail", "Esmail", "Esmaeil"), ("Osama", "Usama"), ("Saleh", "Salih"), ("Jaafar", "Jafar"),
    ("Fouad", "Fuad"), ("Tarek", "Tareq", "Tariq"), ("Rafik", "Rafic", "Rafiq"), ("Sheikh", "Shaikh", "Sheik"),
    ("Zeinab", "Zainab", "Zaynab"), ("Yahya", "Yehya"), ("Omar", "Umar"), ("Naim", "Naeem"),
]
_SPELLING_OF = {w: group for group in _SPELLINGS for w in group}
_TOKEN = re.compile(r"[A-Za-z]+|[^A-Za-z]+")
_MAX_VARIANTS = 24


def spelling_variants(alias: str, person: bool = False) -> set[str]:
    """Common transliteration variants of a multi-word name (not including *alias* itself).

    Interchangeable spellings of given names (Mohammed/Mohammad/Muhammad ...,
    Ahmed/Ahmad ...), ``al-`` <-> ``el-``, for people a middle ``al-`` dropped
    ("Qais al-Khazali" -> "Qais Khazali"), and an apostrophe inside a word
    dropped ("Sa'ar" -> "Saar"; not a possessive 's). One-word aliases only get
    the apostrophe rule.
    """
    out: set[str] = set()
    inner = re.compile(r"(?<=[A-Za-z])'(?=[A-Za-z])(?!s\b)")
    if inner.search(alias):
        out.add(inner.sub("", alias))
    if " " not in alias.strip():
        return out
    forms = [alias]
    forms.append(re.sub(r"(?<=\s)al-(?=[A-Z])", "el-", alias))
    forms.append(re.sub(r"(?<=\s)el-(?=[A-Z])", "al-", alias))
    if person:
        forms.append(re.sub(r"(?<=\s)(?:al|el)-(?=[A-Z])", "", alias))
    for form in dict.fromkeys(forms):
        parts = _TOKEN.findall(form)
        combos = [""]
        for part in parts:
            choices = _SPELLING_OF.get(part, (part,))
            combos = [c + p for c in combos for p in choices][:_MAX_VARIANTS]
        out.update(combos)
    out.discard(alias)
    return {v for v in out if v.strip()}


# ------------------------------------------------------------------ names that are also given names
_CAP_WORD = re.compile(r"[A-Z][a-z]+")
_OK_NEXT = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december defense defence foreign prime president minister ministry army military
air navy police government cabinet embassy ambassador envoy officials official border front war says said
""".split())
_OK_PREV = frozenset("""
northern southern eastern western central upper lower greater occupied neighbouring neighboring ancient
biblical modern post-war postwar pre-war in from to of and or but with against by for on at into toward
towards across via
""".split())


_SMALL = frozenset("with from into over amid than that this after near says upon onto".split())


def looks_title_case(text: str) -> bool:
    """True for headline-style text: (almost) every longer word is capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", text) if len(w) >= 4 and w.lower() not in _SMALL]
    lower = sum(1 for w in words if w[0].islower())
    return len(words) >= 2 and lower <= len(words) // 6


def glued_to_name(text: str, start: int, end: int, starts: set[int]) -> bool:
    """Is text[start:end] (a country that is also a given name: "Jordan", "Israel") part of a
    person's name here ("Michael Jordan", "Jordan Smith")? *starts*: offsets where other entities begin."""
    after = re.match(r" ([A-Z][a-z]+)\b", text[end:end + 40])
    if after and after.group(1).lower() not in _OK_NEXT and end + 1 not in starts:
        return True
    before = re.search(r"([A-Za-z][\w'\-]*) $", text[max(0, start - 40):start])
    if before and _CAP_WORD.fullmatch(before.group(1)) and before.group(1).lower() not in _OK_PREV:
        head = text[:start - len(before.group(0))].rstrip()
        if head and head[-1] not in ".!?:;\"'\u201c\u2018([-":  # the capitalised word does not start a sentence
            return True
    return False
