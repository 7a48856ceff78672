"""Short timeline labels compressed from the sentence that reports an event.

Rule-based, no language model: pick the clause that carries the news (not
the date-only or reporting clause), shorten people to their short names and
drop their titles, resolve "the group"/"their offensive" from the article,
drop auxiliaries and hedges ("has reportedly begun" -> "began"), and cut at
the first subordinate clause, at most ``MAX_WORDS`` words.
"""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Mention
from .text import STOPWORDS

MAX_WORDS = 10
DATE = "\u27e8D\u27e9"  # placeholder for the date phrase
_LEAD = re.compile(r"^(?:after|since|while|as|although|though|despite|following|amid|with|when|before|"
                   r"until|once|if|because|in|on|at|by|during|over|for)\b", re.I)
_REPORTING = re.compile(
    r"\b(said|says|say|revealed|reveals|told|tells|reported|reports|stated|confirmed|added|noted|notes|"
    r"claimed|according|announced|quoted|quotes|emphasized|emphasised|insisted)\b", re.I)
_SPEECH_NOUN = re.compile(
    r"\b(?:in|at|during)\s+(?:a|an|his|her|their|its|the)\s+(?:\S+\s+){0,2}?"
    r"(speech|statement|interview|address|panel discussion|press conference|news conference|briefing|sermon)\b",
    re.I)
_CUT = re.compile(
    r"\s(?:amid|as|after|while|which|that|who|whom|whose|coinciding|because|despite|before|following|"
    r"in order to|so that|where|although|though|to avoid|according|but|, )\b", re.I)
_AUX_PAST = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:reportedly|now|also|already|just|since|recently|previously|allegedly|"
    r"apparently|likely|further|effectively|finally|officially)\s+)*(?:been\s+)?", re.I)
_AUX_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|be|being)\s+(?:(?:reportedly|now|also|already|just|likely|allegedly|"
    r"apparently|reported|said|believed|thought|formally|officially)\s+)*(?:to\s+(?:have\s+)?(?:been\s+)?)?",
    re.I)
_FRAME = re.compile(
    r"^(?:[\w'\u2019-]+\s+){0,6}?(?:said|says|notes|noted|reported|reports|added|adds|revealed|stated|"
    r"announced|claimed|confirmed|told\s+[\w-]+)\s+(?:that\s+)?(?=\S+\s+\S+\s+\S+)", re.I)
_HEDGES = re.compile(r"\b(?:reportedly|allegedly|apparently|also|now|already|likely|currently|still|even|just|"
                     r"further|effectively|reportedly)\s+", re.I)
_ROLE_WORDS = set("""
leader leaders chief head president secretary general secretary-general deputy commander spokesman
spokesperson spokeswoman minister prime foreign defense defence interior sayyed sayyid sayed sheikh ayatollah
grand lt lt. lieutenant rear admiral adm adm. gen gen. maj major colonel col brigadier cameraman photographer
official former senior military top late envoy special coordinator king crown prince emir mr mr. ms ms.
dr dr. then new founder analyst expert army air force
""".split())
_COMPLEMENT = set("began begun start started continue continued agree agreed try tried decide decided vow vowed "
                  "threaten threatened refuse refused fail failed want wants plan plans ready set".split())
_PREPS = set("with from into to in on at by for of about against near between across toward towards over under "
             "through during after before amid".split())
_IRREGULAR = {
    "begun": "began", "taken": "took", "fallen": "fell", "given": "gave", "done": "did", "gone": "went",
    "seen": "saw", "risen": "rose", "driven": "drove", "withdrawn": "withdrew", "thrown": "threw",
    "chosen": "chose", "broken": "broke", "spoken": "spoke", "hidden": "hid", "flown": "flew", "grown": "grew",
    "shown": "showed", "known": "knew", "stolen": "stole", "sworn": "swore", "torn": "tore", "ridden": "rode",
    "undertaken": "undertook", "overtaken": "overtook", "retaken": "retook", "written": "wrote",
    "beaten": "beat", "forgotten": "forgot", "arisen": "arose", "struck": "struck", "been": "was",
}


def _words(text: str) -> list[str]:
    return text.split()


def _strip_date(clause: str) -> str:
    c = re.sub(rf"\b(?:on|in|since|by|until|from|during|of|early|late|mid|the summer of|the spring of|"
               rf"the autumn of|the fall of|the winter of|summer of|spring of)\s+(?:the\s+)?{DATE}", " ", clause,
               flags=re.I)
    c = re.sub(rf"(?:(?:over|in)\s+)?the past week|{DATE}", " ", c)
    c = re.sub(r"\bat\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s*\(?local time\)?)?", " ", c, flags=re.I)
    return " ".join(c.replace(" ,", ",").split())


def _clauses(sentence: str) -> list[str]:
    parts = re.split(r"\s*(?:[,;:](?=\s)|[()\u2014]|\s-\s|\s\u2013\s)\s*", sentence)
    return [p.strip(" \"'\u201c\u201d.") for p in parts if p.strip(" \"'\u201c\u201d.")]


def _content_words(text: str) -> int:
    return sum(1 for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in STOPWORDS)


_REPORT_PHRASE = re.compile(r"\b(?:in|by)\s+(?:a|an|its|their|the)\s+(?:\w+\s+)?(?:report|statement|interview)\b|"
                            r"\bpublished\b|\brequesting anonymity\b", re.I)


def _is_reporting(clause: str) -> bool:
    """A clause that only says who reported something ("a source revealed on Saturday")."""
    if not _REPORTING.search(clause):
        return False
    if _REPORT_PHRASE.search(clause):
        return True
    rest = _FRAME.sub("", clause, count=1)
    if rest != clause:
        return _content_words(_strip_date(rest)) < 3
    return _content_words(_strip_date(clause)) <= 8


def _resolve_generic(label: str, context: list[Mention], article_text: str) -> str:
    """'the group' -> most mentioned organisation; 'their offensive' -> 'rebel offensive'."""
    m = re.match(r"^(?:the|this)\s+(?:\w+\s+){0,2}?(group|movement|militia|organization|organisation)\b", label,
                 re.I)
    if m:
        orgs = Counter(x.entity.label for x in context if x.entity.type == "organization"
                       and "media" not in x.entity.tags)
        if orgs:
            label = orgs.most_common(1)[0][0] + label[m.end():]
    m = re.match(r"^(?:their|its)\s+(offensive|attack|assault|advance|campaign|operation|push|incursion|"
                 r"invasion|withdrawal|retreat)\b", label, re.I)
    if m and article_text:
        noun = m.group(1).lower()
        mods = Counter(w.lower() for w in re.findall(rf"\b([A-Za-z]+)\s+{noun}\b", article_text, re.I)
                       if w.lower() not in STOPWORDS and w.lower() not in ("their", "its", "his", "her"))
        if mods:
            label = f"{mods.most_common(1)[0][0]} {noun}" + label[m.end():]
    m = re.match(r"^(he|she)\b", label, re.I)
    if m:
        people = [x.entity.label for x in context if x.entity.type == "person"]
        if people:
            label = people[-1] + label[m.end():]
    return label


def _shorten_people(text: str, offset: int, mentions: list[Mention]) -> str:
    """Replace people by short names, dropping the titles and 'X's' in front of them."""
    out = text
    for m in sorted(mentions, key=lambda m: -m.start):
        s, e = m.start - offset, m.end - offset
        if s < 0 or e > len(out):
            continue
        if m.entity.type != "person":
            continue
        head = out[:s]
        toks = head.split(" ")
        while toks and toks[-1] == "":
            toks.pop()
        while toks:
            t = toks[-1]
            bare = t.lower().strip(",").replace("\u2019", "'")
            if bare in _ROLE_WORDS or bare.endswith("'s") or (t[:1].isupper() and bare not in STOPWORDS):
                toks.pop()
                continue
            break
        head = " ".join(toks)
        out = (head + " " if head else "") + m.entity.label + out[e:]
    return out


def _verbs(label: str) -> str:
    def past(m: re.Match) -> str:
        return m.group(0)
    label = _AUX_PAST.sub("", label)
    label = _AUX_PASSIVE.sub("", label)
    label = _HEDGES.sub("", label)
    words = label.split()
    return " ".join(_IRREGULAR.get(w, w) if i > 0 else w for i, w in enumerate(words)) if words else label


def _finish(label: str) -> str:
    label = re.sub(r"\bthe (?:[A-Z][\w-]*\s+)?(?:city|town|village|region|area|port) of\s+", "", label, flags=re.I)
    label = _CUT.split(" " + label + " ", maxsplit=1)[0].strip()
    label = re.sub(r"\s+(?:occurred|happened|took place|came)(?:\s+(?:in|on|at|during))*(?:\s+the)?$", "", label)
    label = " ".join(w.capitalize() if len(w) > 3 and w.isupper() and re.search(r"(?:I|IAN|ESE|ISH)$", w) else w
                     for w in label.split())
    words = _words(label)
    if len(words) > MAX_WORDS:  # cut before the last preposition so no phrase is left half-way
        cut = [i for i in range(3, MAX_WORDS + 1) if words[i].lower() in _PREPS]
        words = words[:cut[-1]] if cut else words[:MAX_WORDS]
    while words and words[-1].lower().strip(",") in STOPWORDS | {"its", "their"}:
        words.pop()
    if len(words) > 4 and words[-2] == "to" and words[-1].islower() and not words[-3].endswith("ed") \
            and words[-3].lower() not in _COMPLEMENT:  # "... rallied in Tel Aviv to demand"
        words = words[:-2]
    label = " ".join(words).strip(" ,;:-\"'\u201c\u201d")
    label = re.sub(r"^(?:the|a|an)\s+", "", label, flags=re.I)
    return label[:1].upper() + label[1:] if label else ""


_COUNTED = re.compile(r"\b(?:two|three|four|five|several|\d+)\s+(?:\w+\s+)?(?:cities|towns|villages|provinces|areas|"
                      r"regions|countries)$", re.I)


def _name_the_places(label: str, marked: str, clause: str, ms: list[Mention]) -> str:
    """'seized two major cities, Aleppo ... and Hama ...' -> 'seized Aleppo and Hama'."""
    m = _COUNTED.search(label)
    if not m:
        return label
    end = marked.find(clause) + len(clause)
    nxt = re.match(r"\s*,\s*([^,;]*(?:,[^,;]*)?)", marked[end:])
    if not nxt:
        return label
    lo, hi = end + nxt.start(1), end + nxt.end(1)
    places = []
    for x in ms:
        if lo <= x.start < hi and x.entity.type == "place" and x.entity.label not in places:
            places.append(x.entity.label)
    if len(places) < 2:
        return label
    names = ", ".join(places[:-1]) + " and " + places[-1]
    return label[:m.start()] + names


_SEGMENT = re.compile(r"\s(?:after|since|when|because|as|while|before|until|following)\s", re.I)


def _date_segment(clause: str) -> str:
    """In "X was called after Raisi died in May", the dated statement is "Raisi died in May"."""
    parts = _SEGMENT.split(" " + clause + " ")
    if len(parts) < 2:
        return clause
    dated = next((p.strip() for p in parts if DATE in p), "")
    if dated and dated != parts[0].strip() and _content_words(_strip_date(dated)) >= 2 \
            and not re.match(rf"^(?:{DATE}|the\s+\w+\s+{DATE})", dated):
        return dated
    return clause


def _adjectival_date(marked: str) -> str:
    """ "the 1974 disengagement agreement" -> "Disengagement agreement" (the dated thing is the noun)."""
    m = re.search(rf"\b(?:the|a|an|its|his|her|their)\s+{DATE}\s+((?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)", marked)
    if not m:
        return ""
    words = []
    for w in m.group(1).split():
        if w in STOPWORDS or w in _IRREGULAR or re.match(r".*(?:ed|ing)$", w) and words:
            break
        words.append(w)
    if len(words) < 2:
        return ""
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


def make_label(sentence: str, span: tuple[int, int], mentions: list[Mention], context: list[Mention],
               article_text: str = "") -> str:
    """A short headline-style label for the event dated at *span* in *sentence*."""
    s, e = span
    marked = sentence[:s] + DATE + sentence[e:]
    shift = len(DATE) - (e - s)
    ms = [m if m.end <= s else Mention(m.start + shift, m.end + shift, m.entity, m.text)
          for m in mentions if m.end <= s or m.start >= e]
    # speech events: "X said in a speech on Wednesday" -> "X speech"
    clauses = _clauses(marked)
    date_idx = next((i for i, c in enumerate(clauses) if DATE in c), 0)
    dclause = clauses[date_idx]
    sp = _SPEECH_NOUN.search(dclause)
    if sp and _REPORTING.search(marked):
        pos = marked.find(dclause)
        speakers = [m for m in ms if m.end <= pos + sp.start() and m.entity.type in ("person", "organization")]
        people = [m for m in speakers if m.entity.type == "person"]
        if people or speakers:
            return f"{(people or speakers)[-1].entity.label} {sp.group(1).lower()}"
    # "since the start of the civil war in 2011" -> "Start of the civil war"
    st = re.search(rf"\b(start|beginning|outbreak|onset|end)\s+of\s+(?:the\s+)?((?:[\w'-]+\s+){{0,4}}?[\w'-]+)\s+"
                   rf"(?:in|on)\s+{DATE}", marked, re.I)
    if st:
        return f"{st.group(1).capitalize()} of the {st.group(2)}"
    adj = _adjectival_date(marked)
    if adj:
        return adj
    # choose the clause that carries the event
    candidates: list[str] = []
    if _content_words(_strip_date(dclause)) >= 2 and not _is_reporting(dclause) \
            and not re.match(r"^(?:at|in|on|by|near|from|into|during|including)\b", dclause, re.I):
        sub = re.search(rf"\b(?:when|as)\s+(.*)$", dclause)
        if sub and re.search(rf"(?:came|occurred|happened|took place)\s+(?:\w+\s+)?{DATE}", dclause) \
                and _content_words(sub.group(1)) >= 3:
            candidates.append(sub.group(1))
        else:
            candidates.append(dclause)
    for i, c in enumerate(clauses):
        if i != date_idx and not _LEAD.match(c) and not _is_reporting(c) and _content_words(c) >= 2:
            candidates.append(c)
    if not candidates:
        return ""
    clause = candidates[0]
    if DATE in clause:
        clause = _date_segment(clause)
    if re.match(r"^(?:it|this|that)\b", clause, re.I):  # "It is the first time ... since 2016, when X"
        when = next((c for c in clauses[date_idx + 1:date_idx + 2] if re.match(r"^when\s", c)), None)
        if when and _content_words(when) >= 3:
            clause = when[5:]
    # strip a leading subordinate phrase "since X," was split already; strip leading "since/after ..." words
    clause = re.sub(r"^(?:and|but|so|then|since|after|when|while|as|although|on|in)\s+", "", clause, flags=re.I)
    clause = _FRAME.sub("", clause, count=1)
    pos = marked.find(clause)
    text = _shorten_people(clause, pos, [m for m in ms if pos <= m.start and m.end <= pos + len(clause)])
    text = _strip_date(text)
    text = re.sub(r"^(?:[A-Z][\w-]*)['\u2019]s\s+(?=[A-Z])", "", text)  # "Lebanon's Hezbollah" -> "Hezbollah"
    text = _resolve_generic(text, context + ms, article_text)
    text = _verbs(text)
    label = _finish(text)
    label = _name_the_places(label, marked, clause, ms)
    # "..., coinciding with a ceasefire between X and Y" -> "...; ceasefire between X and Y"
    co = re.search(r"\b(?:coinciding with|at the same time as|alongside|together with)\s+(?:a|an|the)?\s*(.+)$",
                   marked)
    if co and co.group(1) and DATE not in co.group(1):
        extra = _finish(_strip_date(co.group(1)))
        if extra and len(_words(label)) + len(_words(extra)) <= MAX_WORDS + 4:
            first = co.group(1).lstrip()[:1]
            label = f"{label}; {first + extra[1:] if first.isalpha() else extra}"
    return label if _content_words(label) >= 1 and len(_words(label)) >= 2 else ""
