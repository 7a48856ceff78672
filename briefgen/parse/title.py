"""Titles: split a headline glued to the first paragraph; infer one from the lead.

Both are rule-based and conservative. A glued headline is split only at a
clear style break (a capitalised sentence starter after a headline-like run);
an inferred title is the lead sentence's main clause in headline style:
attribution and subordinate clauses cut, auxiliaries dropped ("has sent" ->
"sends"), trailing prepositional phrases trimmed to about 12 words.
"""

from __future__ import annotations

import re
import unicodedata

from .attribution import sentences

MAX_WORDS = 12
_STARTERS = {"The", "A", "An", "Since", "After", "As", "In", "On", "At", "For", "While", "When", "With",
             "Despite", "Following", "According", "Amid", "Over", "During", "Under", "This", "These",
             "Its", "Their", "Two", "Three", "Several", "Many", "Some", "More", "Hundreds", "Thousands",
             "Dozens", "Officials", "Sources",
             "Reports", "Earlier", "Last", "Early", "Late", "Yesterday", "Today", "Meanwhile", "However"}
_SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
          "vs", "vs.", "but", "over", "into", "after", "amid", "near", "off", "out", "up", "via", "is", "are"}
_OBJECT_TAKERS = _SMALL | {"between", "against", "among", "toward", "towards", "across", "along", "through",
                            "under", "about", "like", "including", "than", "without", "within", "during",
                            "despite", "since", "before", "while", "when", "if", "whether", "nor", "so",
                            "because", "although", "its", "their", "his", "her", "our", "my", "your", "this",
                            "these", "those", "was", "were", "be", "been", "has", "have", "had", "will",
                            "would", "could", "can", "may", "might", "should", "must", "did", "do", "does",
                            "not", "no", "every", "each", "all", "both", "either", "neither", "which", "who",
                            "told", "said", "according", "that", "than", "says", "tells", "reported", "cited",
                           "quoted", "citing", "quoting", "named", "called", "dubbed"}
_WEEK_MONTH = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|"
                         r"June|July|August|September|October|November|December)$")


def _bare(word: str) -> str:
    return word.strip("\"“”‘’'()[],.;:!?")


def _lower_word(word: str) -> bool:
    w = _bare(word)
    return bool(w) and w[0].islower()


def _cap_word(word: str) -> bool:
    w = _bare(word)
    return bool(w) and (w[0].isupper() or w[0].isdigit())


_TIGHT = re.compile(r"(?<=[a-z\d'’\"”)])(?=[A-Z][a-z])")
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Le|La|Di|Da|Van|Von|Du|O|Al|El)$")


def split_tight(text: str, doc: str = "") -> tuple[str, str] | None:
    """"... 78 dead and more than 100 missingThe floods that ..." -> (headline, paragraph): the copy lost the
    line break, so the headline's last word runs straight into the capitalised first word of the lead.
    A camel-case name ("WhatsApp") is not read as a break: a capitalised word before the break needs a
    title-case headline (or, given the document *doc*, a glued word written nowhere else in it whose left part
    the document writes on its own: "SyriansFormer"), and the headline must be at least four words with no full stop."""
    words = text.split()
    for i, word in enumerate(words[:30]):
        for m in _TIGHT.finditer(word):
            left, right = word[: m.start()], word[m.start():]
            core = _bare(left)
            if len(core) < 3 or _NAME_PREFIX.match(core) or any(c.isupper() for c in core[1:]):
                continue
            head, tail = words[:i] + [left], [right] + words[i + 1:]
            if len(head) < 4 or len(tail) < 10 or not _cap_word(head[0]):
                continue
            if any(re.search(r"[.!?]['\"”’)]*$", x) for x in head):
                return None
            if core[0].isupper():
                content = [x for x in head if _bare(x).lower() not in _SMALL]
                if sum(1 for x in content if _cap_word(x)) < 0.8 * len(content) and not _one_off_glue(word, core, doc):
                    continue
            return " ".join(head), " ".join(tail)
    return None


def _one_off_glue(word: str, core: str, doc: str) -> bool:
    """*word* ("SyriansFormer") appears once in *doc* while its left part ("Syrians") is a word of its own there:
    two words run together by a lost line break, not a camel-case name ("WhatsApp" recurs as written)."""
    if not doc or len(core) < 4:
        return False
    glued = re.escape(_bare(word))
    return len(re.findall(glued, doc)) <= 1 and bool(re.search(r"(?<![\w])" + re.escape(core) + r"(?![\w])", doc))


def split_glued(text: str) -> tuple[str, str] | None:
    """"Hezbollah fighters flee to Syria Since Israel began ..." -> (headline, paragraph)."""
    words = text.split()
    if len(words) < 16:
        return None
    limit = min(len(words) - 10, 22)
    title_case = None
    for i in range(1, limit):
        prev = words[i - 1]
        if re.search(r"[.!?;]['\"”’)]*$", prev):
            return None
        if re.fullmatch(r"[-–—]+", prev):
            return None  # "Damascus, 2 March 2025 – The ...": a dateline ends here, not a headline
        if i < 3 or not _cap_word(words[i]):
            continue
        w = _bare(words[i])
        nxt = [_bare(x) for x in words[i + 1: i + 4]]
        if _bare(prev).lower() in _OBJECT_TAKERS or _WEEK_MONTH.match(w) or prev.endswith(","):
            continue
        prefix = words[:i]
        if not _cap_word(prefix[0]):
            return None
        sentence_like = len(nxt) >= 2 and (nxt[0][:1].islower() or (nxt[0][:1].isupper() and nxt[1][:1].islower()))
        if w in _STARTERS and sentence_like:
            return " ".join(prefix), " ".join(words[i:])
        if title_case is None or i >= 4:
            content = [x for x in prefix if _bare(x).lower() not in _SMALL]
            capped = sum(1 for x in content if _cap_word(x))
            title_case = len(prefix) >= 4 and capped == len(content) and \
                any(_bare(x) in _SMALL for x in prefix[1:])
        if title_case and i >= 4 and len(nxt) >= 3 and all(_lower_word(x) for x in nxt[:3]):
            return " ".join(prefix), " ".join(words[i:])
    return None


_PARTICIPLES = {
    "sent": "send", "killed": "kill", "launched": "launch", "captured": "capture", "seized": "seize",
    "deployed": "deploy", "warned": "warn", "said": "say", "begun": "begin", "broken": "break",
    "fled": "flee", "taken": "take", "struck": "strike", "agreed": "agree", "rejected": "reject",
    "announced": "announce", "denied": "deny", "threatened": "threaten", "vowed": "vow",
    "offered": "offer", "withdrawn": "withdraw", "accused": "accuse", "confirmed": "confirm",
    "claimed": "claim", "called": "call", "urged": "urge", "fired": "fire", "attacked": "attack",
    "targeted": "target", "lost": "lose", "won": "win", "entered": "enter", "expanded": "expand",
    "suspended": "suspend", "signed": "sign", "approved": "approve", "ordered": "order",
    "reached": "reach", "raised": "raise", "received": "receive", "released": "release",
    "resumed": "resume", "shot": "shoot", "imposed": "impose", "intensified": "intensify",
    "escalated": "escalate", "dispatched": "dispatch", "moved": "move", "pulled": "pull",
    "recruited": "recruit", "mobilized": "mobilize", "mobilised": "mobilise", "closed": "close",
    "opened": "open", "blamed": "blame", "condemned": "condemn", "become": "become", "grown": "grow",
    "risen": "rise", "fallen": "fall", "given": "give", "made": "make", "told": "tell", "met": "meet",
    "held": "hold", "led": "lead", "left": "leave", "kept": "keep", "built": "build", "sought": "seek",
    "brought": "bring", "found": "find", "shown": "show", "spent": "spend", "driven": "drive",
    "seen": "see", "indicated": "indicate", "expressed": "express", "suffered": "suffer",
    "abandoned": "abandon", "destroyed": "destroy", "evacuated": "evacuate", "arrested": "arrest",
    "detained": "detain", "appointed": "appoint", "elected": "elect", "endorsed": "endorse",
    "proposed": "propose", "backed": "back", "returned": "return", "crossed": "cross",
    "advanced": "advance", "retreated": "retreat", "regained": "regain", "toppled": "topple",
    "overthrown": "overthrow", "erupted": "erupt", "intercepted": "intercept", "downed": "down",
    "began": "begin", "started": "start", "experienced": "experience", "faced": "face",
}
_AUX = re.compile(r"\b(has|have)\s+(?:([a-z]+ly)\s+)?(?:(been)\s+)?([a-z]+)\b")
_LEADING_CLAUSE = re.compile(r"^(?:Since|After|As|While|When|Despite|Following|Amid|Although|Though|Because|"
                             r"Once|Until|Before|With|In the wake of|Over the past|Over)\b[^,]{3,120},\s+(?=\S)")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|has been|have been)\s+(?=[a-z]+ed\b|[a-z]+en\b|sent\b|shot\b|hit\b|"
                      r"struck\b|held\b|left\b|led\b|found\b|told\b|seen\b)")
_CUT_TAIL = [
    re.compile(r",?\s+according to\b.*$", re.I),
    re.compile(r",\s+(?:a|an|the|two|three|several|his|her|their|its)\s[^,]{0,80}?\b(?:said|says|told|tells|revealed|"
               r"reported|reports|announced|added|claimed|confirmed|stated|noted|warned|disclosed)\b.*$", re.I),
    re.compile(r",\s+(?:he|she|they|it|officials|sources|reports|witnesses|residents|analysts)\s+(?:said|say|says|"
               r"told|added|claimed|warned|reported)\b.*$", re.I),
    re.compile(r"\s+(?:said|told|announced|reported|revealed)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*$"),
]
_CUT_AT = re.compile(r"\s+if\s|\s+unless\s|\s+because\s|,\s+saying\b|\s+so\s+that\s|\s+amid\b|,\s+which\b|,\s+who\b|,?\s+as\s+(?=[a-z]+\s)|,?\s+while\b|,\s+after\b|,\s+[a-z]+ing\b|"
                     r";|\s+[—–]\s+|\s+-\s+|,\s+despite\b|,\s+in\s+a\b|,\s+with\b|,\s+following\b|,\s+but\b|"
                     r"\s+in\s+a\s+(?:move|bid|sign|statement|report|speech)\b|,\s+further\b")
_REPORTED_THAT = re.compile(r"^(?:According to [^,]{2,80},\s*)|^(?:The\s+)?[A-Z][\w.'’\- ]{1,60}?\s+"
                            r"(?:reported|said|says|reports|announced|revealed)\s+(?:on\s+\w+\s+)?that\s+")
_TRIM_PREPS = {"in", "on", "at", "near", "along", "across", "amid", "during", "after", "following", "over",
               "into", "since", "despite", "with", "without", "towards", "toward", "through", "under",
               "within", "from", "between", "against", "for", "to", "by", "of"}
_BAD_END = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
            "that", "its", "their", "his", "her", "has", "have", "is", "are", "was", "were", "be", "than",
            "any", "some", "all", "no", "every", "each", "this", "these", "those", "which", "who", "whose", "but",
            "our", "my", "your", "more", "most", "will", "would", "could", "can", "not", "into", "about"}
_JOINERS = {"and", "or", "but", "that", "which", "who", "while", "as", "when", "where", "because", "so"}


def _third_person(base: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


_VERB = re.compile(r"^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|did|does|do|"
                   r"says|said|[a-z]{2,}ed)$")


def _verb_index(words: list[str]) -> int:
    for i, w in enumerate(words[1:], 1):
        b = _bare(w)
        if _VERB.match(b) or b in _PARTICIPLES.values() or any(b == _third_person(v) for v in _PARTICIPLES.values()):
            if _bare(words[i - 1]).lower() not in {"of", "the", "a", "an", "its", "their", "his", "her"}:
                return i
    return 1


def _shorten(words: list[str]) -> list[str]:
    """Trim prepositional phrases: after the verb first, then subject modifiers, then to/of phrases."""
    while len(words) > MAX_WORDS:
        v = _verb_index(words)
        preps = [i for i, w in enumerate(words) if w.lower() in _TRIM_PREPS and i > v + 1]
        inner = [i for i in preps if words[i].lower() not in {"of", "to", "for", "by", "between"}]
        subj = [i for i, w in enumerate(words[:v]) if i >= 1 and w.lower() in _TRIM_PREPS - {"of", "to"}]
        if inner:
            words = words[: inner[-1]]
        elif subj and len(words) - (v - subj[-1]) >= 4:
            words = words[: subj[-1]] + words[v:]
        elif preps:
            words = words[: preps[-1]]
        else:
            break
    return words


def _headlinese(text: str) -> str:
    def aux(m: re.Match[str]) -> str:
        has, adv, been, verb = m.group(1), m.group(2), m.group(3), m.group(4)
        pre = f"{adv} " if adv else ""
        if been:  # "has been killed" -> "killed"
            return pre + verb
        base = _PARTICIPLES.get(verb)
        if not base:
            return m.group(0)
        return pre + (_third_person(base) if has == "has" else base)

    text = _AUX.sub(aux, text, count=1)
    text = _PASSIVE.sub("", text, count=1)
    return re.sub(r"^(?:The|A|An)\s+(?=[a-z])", "", text)


def _strip_symbols(text: str) -> str:
    """Leading emoji / flags / symbols of a social post ("⚡️ 🇮🇱🇱🇧 Heavy clashes ...") are not words."""
    i = 0
    while i < len(text) and (unicodedata.category(text[i]) in ("So", "Sk", "Cf", "Mn", "Zs") or text[i] in "\ufe0f\u200d"):
        i += 1
    return text[i:] if i < len(text) else text


def infer_title(lead: str) -> str:
    """A short headline-style title faithful to the lead sentence."""
    sents = sentences(" ".join(lead.split()))
    if not sents:
        return ""
    s = _strip_symbols(sents[0].strip())
    s = _REPORTED_THAT.sub("", s, count=1)
    m = re.match(r"^(?P<label>[^:]{8,90}):\s+(?=[\"“]?\w)(?P<news>.+)$", s)
    if m and len(m.group("news").split()) >= 5 and len(m.group("label").split()) >= 3 and \
            any(_lower_word(w) for w in m.group("label").split()) and \
            not any(_VERB.match(_bare(w)) for w in m.group("label").split()):
        s = m.group("news")  # "Reports from the Qusayr countryside this morning: Hezbollah units ...": a label
    rest = _LEADING_CLAUSE.sub("", s, count=1)
    if rest != s and len(rest.split()) >= 5:
        s = rest
    for rx in _CUT_TAIL:
        cut = rx.sub("", s)
        if len(cut.split()) >= 4:
            s = cut
    m = _CUT_AT.search(s)
    while m and len(s[: m.start()].split()) >= 4:
        s = s[: m.start()]
        m = _CUT_AT.search(s)
    s = _headlinese(s.strip(" ,;:.\"“”'"))
    words = _shorten(s.split())
    if len(words) > MAX_WORDS + 3:  # end at a phrase boundary, not mid-phrase ("... rejected any")
        bounds = [i for i in range(5, MAX_WORDS + 1) if words[i].lower() in _TRIM_PREPS | _JOINERS
                  or words[i - 1].endswith((",", ";", ":"))]
        words = words[: bounds[-1]] if bounds else words[:MAX_WORDS]
    while len(words) > 3 and _bare(words[-1]).lower() in _BAD_END:
        words.pop()
    title = " ".join(words).strip(" ,;:.-–—")
    for q_open, q_close in (("“", "”"), ("‘", "’")):
        if title.count(q_open) != title.count(q_close):
            title = title.replace(q_open, "").replace(q_close, "") if q_open == "“" else title
    if title.count('"') % 2:
        title = title.replace('"', "")
    return title[:1].upper() + title[1:]
