"""Text repairs before the lines are classified, and the final tidy of a stated headline.

* Word track-changes debris ("Deleted: ...", "Inserted: ...", "Comment [AB1]: ...", "Formatted: Font: ...")
  pasted with a document: whole lines become boilerplate; inline marks are resolved to the revised text.
* A memo header ("TO:" / "FROM:" / "DATE:" / "RE:" or "SUBJECT:"): the subject line is the headline
  (a forwarded e-mail is handled by ``envelope``).
* OCR printouts whose words are broken by spaces ("Is rael hits Dahi yeh"): in a document where most lines
  separate words by runs of spaces, two fragments are re-joined when the joined word occurs elsewhere in the
  document or in the gazetteer/outlet vocabulary, or when the tail fragment (3 letters or fewer) never stands
  on its own anywhere else in the document.
* Wire update markers in a headline ("(LEAD)", "(URGENT)", "(2ND LD)", "UPDATE 2-", "EXCLUSIVE-", "BREAKING:").
"""

from __future__ import annotations

import functools
import re
import unicodedata

import yaml

from .envelope import forwarded
from .model import Line

_REVISION_LINE = re.compile(
    r"^\s*(?:(?:deleted|inserted|formatted|moved\s+(?:up|down|from|to)(?:\s*\[\d+\])?|"
    r"field\s+code\s+changed|formatted\s+table)\s*:|comment\s*\[[A-Za-z]{1,4}\d{1,3}\]\s*:)", re.IGNORECASE)
# "byDeleted: the government.Inserted:  the interim government." -> "by the interim government."
_INLINE_DELETED = re.compile(r"\s*Deleted:\s*.*?(?=Inserted:|$)")
_INLINE_INSERTED = re.compile(r"\s*Inserted:\s*")
_MEMO_FIELD = re.compile(r"^\s*(?P<field>to|from|cc|bcc|date|sent|re|subject|subj)\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)
def drop_revision_marks(lines: list[Line]) -> None:
    """Track-changes debris: whole lines are boilerplate, inline marks keep the inserted text."""
    for ln in lines:
        if ln.kind or ln.hint == "figure":
            continue
        if _REVISION_LINE.match(ln.text):
            ln.kind, ln.reason = "boilerplate", "track-changes debris (Deleted/Inserted/Formatted/Comment)"
        elif re.search(r"\w(?:Deleted|Inserted):", ln.text) or re.search(r"[.,;]\s*Inserted:", ln.text):
            text = _INLINE_DELETED.sub(" ", ln.text)
            ln.text = " ".join(_INLINE_INSERTED.sub(" ", text).split())


def memo_subject(lines: list[Line]) -> None:
    """A memo header at the top: TO/FROM/CC lines are boilerplate and the RE/SUBJECT line is the headline."""
    if forwarded(lines):
        return
    top = [ln for ln in lines if ln.text.strip() and not ln.kind][:10]
    fields = {}
    for ln in top:
        m = _MEMO_FIELD.match(ln.text)
        if m:
            fields.setdefault(m.group("field").lower(), (ln, m.group("value").strip()))
    subject = fields.get("re") or fields.get("subject") or fields.get("subj")
    if subject is None or not ({"to", "from"} & fields.keys()) or len(fields) < 3:
        return
    for key in ("to", "from", "cc", "bcc"):
        if key in fields:
            ln = fields[key][0]
            ln.kind, ln.reason = "boilerplate", f"memo header field '{ln.text.strip()}'"
    ln, value = subject
    sender = re.sub(r"<[^>]*>|[\"“”]", "", fields["from"][1]).strip() if "from" in fields else ""
    words = re.sub(r"^[^\w\s]+\s*", "", value)
    if len(sender) >= 3 and words.casefold().startswith(sender.casefold()) \
            and re.match(r"\s*[:|\-–—]", words[len(sender):]):
        # "Axios AM: Assad falls" from "Axios AM": a newsletter issue's subject, not a story's headline
        ln.kind, ln.reason = "boilerplate", f"newsletter issue subject '{value}' (starts with the sender's name)"
        return
    ln.text, ln.hint = value, "headline"
    for x in top:
        if x.text.strip().upper() in ("MEMO", "MEMORANDUM", "INTERNAL MEMO", "NOTE", "BRIEFING NOTE"):
            x.kind, x.reason = "boilerplate", "memo label"


_WIRE_MARKER = re.compile(
    r"^\s*(?:\((?:LEAD|URGENT|UPDATE|UPDATED|\d+(?:ST|ND|RD|TH)\s+LD|LD|WRAPUP|WRAP|FOCUS|ANALYSIS|EXCLUSIVE|BREAKING|"
    r"FLASH|CORRECTED|REFILE|NEWSMAKER|INTERVIEW|FACTBOX|EXPLAINER|PHOTOS?|VIDEO|YONHAP INTERVIEW)(?:[\s\-]+\w+)?\)\s*|"
    r"(?:UPDATE\s*\d*|EXCLUSIVE|BREAKING(?:\s+NEWS)?|URGENT|FLASH|CORRECTED|REFILE|WRAPUP\s*\d*|FOCUS|ANALYSIS|"
    r"FACTBOX|EXPLAINER|NEWSMAKER)\s*(?:[-–—:|]\s*|\s+[-–—:|]\s*))+")


# a newsletter item's number/label: "1 big thing: ...", "2. ...", "Top story: ..."
_ITEM_LABEL = re.compile(r"^\s*(?:\d{1,2}[.)]\s+(?=[A-Z\"“‘'])|(?:\d{1,2}\s+)?(?:(?:big|main|top|lead|key|other)\s+)?"
                         r"(?:thing|story|stories|item|read)\s*:\s+(?=\S))", re.IGNORECASE)
_CHAT_WRAP = re.compile(r"^([*_~])(?=[^\s*_~])(.+?)(?<=[^\s*_~])\1$")


def _symbol(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("So", "Sk", "Cf", "Mn", "Me")


def _strip_chat(title: str) -> str:
    """"*Houthi drone hits Tel Aviv* 🚨" -> the words: emoji at the edges and chat bold/italic marks are not words."""
    out = title
    for _ in range(2):
        a, b = 0, len(out)
        while a < b and _symbol(out[a]):
            a += 1
        while b > a and _symbol(out[b - 1]):
            b -= 1
        out = out[a:b]
        m = _CHAT_WRAP.match(out)
        if m:
            out = m.group(2)
    return out if len(out.split()) >= 2 else title


def strip_wire_marker(title: str) -> str:
    """"(LEAD) Seoul shares close higher" / "UPDATE 2-Iran says ..." / "BREAKING: ..." -> the headline itself."""
    title = _strip_chat(title)
    m = _ITEM_LABEL.match(title)
    if m and len(title[m.end():].split()) >= 3:
        title = title[m.end():]
    out = _WIRE_MARKER.sub("", title, count=1).strip()
    return out if len(out.split()) >= 2 else title


@functools.lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Lower-cased words of the gazetteer's names and aliases and of the outlet names."""
    from ..config import Config
    words: set[str] = set()
    cfg = Config()
    for path in (cfg.gazetteer, cfg.outlets):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue
        words.update(w.lower() for w in re.findall(r"[^\W\d_]{4,}", yaml.safe_dump(data, allow_unicode=True)))
    return frozenset(words)


# common 1-3 letter English words: a fragment that is one of these is not joined on its own evidence
_SHORT_WORDS = frozenset("""a i an as at be by do go he if in is it me my no of on or so to up us we am ok
ago air all and any are art ask bad big bit box boy but buy can car cut day did die dog due eat end era eye far
few fly for fun gas get got gun had has her him his hit hot how ill its job key kid law lay led leg let lie lot
low man map may men met mid mix new nor not now odd off oil old one our out own pay per put ran raw red rid row
run sat saw say sea see set she sit six sky son sun tax ten the tie tip too top try two use via war was way who
why win won yes yet you""".split())
_EDGE = ".,;:!?\"“”()'’"


def _vocab_joins(low: list[str], vocab: set[str]) -> set[str]:
    """Distinct words formed by two adjacent fragments (the second lower-case) that the vocabulary knows."""
    out = set()
    for a, b in zip(low, low[1:]):
        if a.isalpha() and b.isalpha() and len(a + b) >= 6 and (a + b) in vocab and not (a in vocab and b in vocab and
                                                                                          len(a) >= 4 and len(b) >= 4):
            out.add(a + b)
    return out


def rejoin_ocr_words(lines: list[Line]) -> None:
    """Re-join words broken by spaces in an OCR printout (see module doc). The document counts as broken when
    at least three distinct words of its vocabulary (or the gazetteer's) also occur split in two."""
    tokens = [t for ln in lines if ln.hint is None for t in ln.text.split()]
    low = [t.strip(_EDGE).lower() if t[:1].islower() or not t[:1].isalpha() else "\0" + t.strip(_EDGE).lower()
           for t in tokens]
    plain = [t.lstrip("\0") for t in low]
    vocab = set(plain) | _vocabulary()
    pairs = [(a.lstrip("\0"), b) for a, b in zip(low, low[1:]) if not b.startswith("\0")]
    if len(_vocab_joins([x for p in pairs for x in p], vocab)) < 3:
        return
    alone: dict[str, set[str]] = {}  # fragment -> the words seen directly before it
    for a, b in zip(plain, plain[1:]):
        alone.setdefault(b, set()).add(a)

    def joins(a: str, b: str) -> bool:
        la, lb = a.strip(_EDGE).lower(), b.strip(_EDGE).lower()
        if not (la.isalpha() and lb.isalpha()) or not b[:1].islower() or a != a.rstrip(_EDGE):
            return False
        if la + lb in vocab or (lb.endswith("s") and (la + lb)[:-1] in vocab):
            return True
        return 2 <= len(lb) <= 3 and lb not in _SHORT_WORDS and a[:1].islower() and len(la) >= 2 \
            and alone.get(lb, set()) <= {la}

    for ln in lines:
        if ln.hint is not None:
            continue
        words = ln.text.split()
        out: list[str] = []
        for k, w in enumerate(words):
            nxt = words[k + 1] if k + 1 < len(words) else ""
            # "health min istry": the fragment belongs with the one after it ("ministry"), not before
            if out and joins(out[-1], w) and not (nxt and joins(w, nxt) and (w + nxt).lower().strip(_EDGE) in vocab):
                out[-1] = out[-1] + w
            else:
                out.append(w)
        ln.text = re.sub(r"\s+([,.;:!?])(?=\s|$)", r"\1", " ".join(out))
