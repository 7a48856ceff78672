"""Page furniture at the top of a copied article: what is NOT the headline.

Copying a news page drags in the outlet's logo line, its slogan, breadcrumbs
("Home > Syria > Politics", "Politics | News | Reports"), section labels
("World", "Middle East and north Africa", "Defense news") and notices ("This
article is more than 3 months old"). Each test here is a general shape rule;
the vocabularies are section words and place names, not eval headlines.
"""

from __future__ import annotations

import functools
import re

import yaml

# Words that make up section / desk names ("Russian Politics & Diplomacy", "Ukraine war latest").
SECTION_WORDS = frozenset("""
news world latest breaking live liveblog live-blog blog top stories story home homepage front page politics political policy
diplomacy government elections election economy economics business finance markets market money energy
oil gas tech technology science health environment climate culture arts art life lifestyle sport sports
football soccer tennis cricket opinion opinions comment commentary editorial editorials analysis
features feature interview interviews explainer explainers investigations investigation report reports
reporting in-depth indepth longreads video videos photos photo gallery podcasts podcast audio
multimedia defense defence security military war conflict conflicts crisis region regional local
national international global national-security us-news uk-news world-news foreign affairs
affairs society religion education travel media blogs blog columns columnists columnist insight
insights perspectives views voices special coverage dispatches dispatch brief briefing briefs
newsletter weekend magazine premium exclusive scoop scoops update updates cybersecurity startups
markets crypto innovation agriculture humanitarian human rights refugees migration law justice
press release releases statements media newsroom announcements speeches publications resources
courts crime terror terrorism nuclear space weather sci-tech breaking-news bulletin
qanda faq faqs backgrounder backgrounders op-ed op-eds obituary obituaries fact-check factcheck
""".split())
# Connectors allowed inside a section label.
_GLUE = frozenset({"and", "&", "of", "the", "in", "on", "at", "for", "a", "to", "amp"})

# Countries, regions and a few capitals/areas that head section pages on their own.
PLACES = frozenset(x.strip().lower() for x in """
middle east|mideast|mena|north africa|africa|asia|europe|americas|america|latin america|oceania|
west asia|south asia|east asia|central asia|southeast asia|asia pacific|asia-pacific|gulf|the gulf|
levant|maghreb|arab world|caucasus|balkans|scandinavia|eurasia|sub-saharan africa|horn of africa|
north america|south america|central america|caribbean|pacific|arctic|antarctica|
us|u.s.|usa|uk|u.k.|eu|un|nato|
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|
bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|
bulgaria|burkina faso|burundi|cambodia|cameroon|canada|chad|chile|china|colombia|comoros|congo|
costa rica|croatia|cuba|cyprus|czechia|czech republic|denmark|djibouti|dominica|ecuador|egypt|
el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|
greece|grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|
ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|
kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|
malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|mongolia|montenegro|
morocco|mozambique|myanmar|namibia|nepal|netherlands|new zealand|nicaragua|niger|nigeria|north korea|
north macedonia|norway|oman|pakistan|palestine|palestinian territories|panama|papua new guinea|paraguay|
peru|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|senegal|serbia|seychelles|
sierra leone|singapore|slovakia|slovenia|somalia|south africa|south korea|south sudan|spain|sri lanka|
sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|tunisia|turkey|
türkiye|turkiye|turkmenistan|uganda|ukraine|united arab emirates|uae|united kingdom|united states|
uruguay|uzbekistan|vatican|venezuela|vietnam|yemen|zambia|zimbabwe|
gaza|west bank|golan|kurdistan|kurdistan region|sinai|darfur|crimea|donbas|hong kong|scotland|wales|
england|northern ireland|beirut|damascus|baghdad|tehran|jerusalem|tel aviv|cairo|riyadh|doha|dubai|
abu dhabi|ankara|istanbul|amman|moscow|kyiv|washington|london|paris|brussels|
south lebanon|north lebanon|bekaa|aleppo|idlib|homs|erbil|basra|
israel-gaza|israel-hamas|israel-hezbollah|russia-ukraine|ukraine-russia
""".replace("\n", "").split("|") if x.strip())
_DEMONYMS = ("arab", "israeli", "iranian", "iraqi", "syrian", "lebanese", "turkish", "russian", "ukrainian",
             "american", "european", "african", "asian", "gulf", "kurdish", "palestinian", "yemeni", "egyptian",
             "saudi", "emirati", "jordanian", "british", "french", "german", "chinese", "middle-east")

_NOTICES = [re.compile(p, re.IGNORECASE) for p in (
    r"this (?:article|story|content|page) is (?:more|older) than \d+ \w+ old",
    r"this (?:article|story) is over \d+ \w+ old",
    r"(?:reading|read) time\s*:?\s*(?:\d+\s*(?:min(?:ute)?s?)?)?",
    r"\d+\s*(?:min(?:ute)?s?|m)\b\.?(?:\s*read)?",
    r"a\+\s*a-?|a-\s*a\+?|text size|font size",
    r"summary|key points|highlights|in brief|at a glance|in short",
    r"(?:text|words) by\s*:?\s*(?:news\s*wires|agencies|staff)",
    r"(?:view|open) (?:image|gallery|in app).{0,30}|purchase licensing rights.{0,30}",
    r"(?:audio|video) (?:version|player).{0,30}|(?:play|pause) (?:audio|video)",
    r"(?:gift|unlock|save) (?:this )?article|give this article|subscriber(?:s)? only|premium content",
    r"(?:last|first)?\s*(?:updated|published)\s*:?\s*(?:\d+\s+\w+\s+ago|just now)",
    r"\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago|just now",
    r"(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{1,4})?",
    r"edit|follow|following|unfollow|print|email|share|copy|save|more|less|close|open|next|previous",
    r"(?:tap|click) to (?:unmute|play|mute|expand|enlarge).{0,20}|play|pause|mute|unmute|replay",
    r"unlock (?:the |this )?.{0,40}(?:for free)?|.{0,40}\bfor free",
    # browser / cookie / app notices
    r".{0,40}\b(?:is|are) (?:not|no longer) supported\b.{0,80}|.{0,60}\b(?:update|upgrade) your browser\b.{0,60}",
    r"(?:please )?(?:enable|turn on|activate) javascript.{0,80}|.{0,40}\bjavascript (?:is )?(?:disabled|required).{0,60}",
    r".{0,40}\b(?:(?:we|this (?:site|website)|site) uses? cookies|accept (?:all )?cookies|(?:manage|reject) cookies|"
    r"cookies? (?:policy|settings|preferences|consent|notice))\b.{0,80}",
    r"this (?:article|story|page|post|content)? ?was (?:first )?published (?:\d+|an?|one|over|more than) .{0,20}ago",
    r"(?:open|continue|read) (?:this )?(?:in|on) (?:the )?app|get the app|download (?:the )?app.{0,40}",
    # channel / page statistics: "48 312 subscribers", "12.5K followers · 300 following", "1,204 members, 87 online"
    r"\d[\d\s.,]*[KkMm]?\+?\s+(?:subscribers?|followers?|members?|online|following|likes?|views?|posts?)"
    r"(?:\s*[,·•|]\s*\d[\d\s.,]*[KkMm]?\+?\s+(?:subscribers?|followers?|members?|online|following|likes?|views?|posts?))*",
    # the X / Twitter page around a post
    r"see new posts|show (?:more )?replies|show this thread|show more|relevant people|trending now|"
    r"what['’]s happening|who to follow|post your reply|translate post|conversation|discover more|"
    r"sourced from across x|new to x\??",
)]
_CHANNEL_STATS = _NOTICES[-2]
_CRUMB_SEP = re.compile(r"\s*(?:>|›|»|\||•|·|/|\\)\s*|\s+[-–—]\s+")


def is_notice(text: str) -> bool:
    """Page notices and widgets: "This article is more than 3 months old", "Reading time", "A+ A-"."""
    t = text.strip(" \t-–—•·|>»«*#[]()")
    return bool(t) and len(t) <= 120 and any(rx.fullmatch(t) for rx in _NOTICES)


_MENU_EXTRA = frozenset("home about contact us subscribe login search menu more all topics vantage shows watch "
                        "listen apps shop jobs events careers".split())
_FUNCTION = frozenset("a an the and or but of to in on at for with from by as into over after is are was were be "
                      "has have had will would can could not no its their his her this that it as than says said".split())


def menu_run(text: str) -> bool:
    """A run of navigation items: 4+ capitalised tokens, no function word, no punctuation but dots/ampersands,
    and at least half of them section words or places ("U.S. Politics World Opinion Media Sports")."""
    t = text.strip()
    if re.search(r"[,:;!?\"“”'’()|]", t):
        return False
    toks = t.split()
    if len(toks) < 4 or len(toks) > 16:
        return False
    if any(w.lower() in _FUNCTION for w in toks) or not all(w[:1].isupper() or w == "&" for w in toks):
        return False
    words = [w.lower().strip(".") for w in toks if w != "&"]
    known = 0
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            chunk = " ".join(words[i: i + n])
            if len(words) - i >= n and (chunk in PLACES or chunk.replace(".", "") in PLACES):
                known += n
                i += n
                break
        else:
            w = words[i]
            known += w in SECTION_WORDS or w in _MENU_EXTRA or w in _DEMONYMS
            i += 1
    return known * 2 >= len(words)


def crumb_tail(text: str) -> str | None:
    """"Home / World News / <headline>": the last segment when the ones before are short crumb labels."""
    t = text.strip()
    parts = [p.strip() for p in re.split(r"\s+(?:/|>|›|»|\\)\s+", t)]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    head, last = parts[:-1], parts[-1]
    if len(last.split()) < 4 or any(len(p.split()) > 4 or re.search(r"[.!?]$|\d{3,}", p) for p in head):
        return None
    if head[0].lower() in ("home", "homepage", "start", "index") or (len(head) >= 2 and all(section_label(p) for p in head)):
        return last
    return None


def section_label(text: str) -> bool:
    """A desk/section/place name standing alone: "World", "Defense news", "Middle East and north Africa"."""
    t = text.strip(" \t-–—•·|>»«*#:")
    if not t or len(t) > 60 or re.search(r"[.!?\"“”:;]$|\d{3,}", t):
        return False
    t = re.sub(r"\bQ\s*&\s*A\b", "qanda", t, flags=re.I)  # the question-and-answer format
    words = [w.strip(".") for w in _WORDS_RX.findall(t.lower())]
    if not words or len(words) > 6 or all(w in _GLUE for w in words):
        return False
    low = " ".join(words)
    if low in PLACES:
        return True
    i = 0
    while i < len(words):  # greedy: a place name (up to 4 words), a section word, a demonym or glue
        for n in (4, 3, 2, 1):
            chunk = " ".join(words[i: i + n])
            if len(words) - i >= n and chunk in PLACES:
                i += n
                break
        else:
            w = words[i]
            if w in SECTION_WORDS or w in _GLUE or w in _DEMONYMS or w.split("-")[0] in PLACES:
                i += 1
                continue
            return False
    return True


_WORDS_RX = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|&")


def breadcrumb(text: str) -> bool:
    """"Home > Israel News > Israel-Hezbollah War", "Politics | News | Reports", "News|Sudan war"."""
    t = text.strip()
    if len(t) > 160:
        return False
    words = t.split()
    if 3 <= len(words) <= 5 and words[0] in ("HOME", "HOMEPAGE") and t.isupper() and not re.search(r"[\d.!?:,]", t):
        return True  # a capitals breadcrumb whose separators were lost in copying: "HOME FILM BOX OFFICE"
    parts = [p.strip() for p in _CRUMB_SEP.split(t) if p.strip()]
    if len(parts) < 2 or not re.search(r"[>›»|•·/\\]", t):
        return False
    if any(len(p.split()) > 5 or re.search(r"[.!?]$|\d{3,}|^by\s", p, re.IGNORECASE) for p in parts):
        return False
    if parts[0].lower() in ("home", "homepage", "start", "index"):
        return True
    # sections first ("News|Sudan war", "Features|Syria's War"), or every segment a capitalised label
    return section_label(parts[0]) or all(_capitalised(p) for p in parts)


def _capitalised(text: str) -> bool:
    words = [w for w in text.split() if w.lower() not in _GLUE]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def title_case(text: str) -> bool:
    """Every content word capitalised ("Military Operation in Ukraine")."""
    return _capitalised(text)


# Site text that is never a headline: logos, skip links, menus, glued navigation runs, app names.
_SITE = re.compile(
    r"^(?:skip (?:to|next|previous)\b.*|(?:\S+\s){0,3}logo|(?:\S+\s){0,3}(?:navigation|nav|menu)(?:\s\S+){0,2}"
    r"|[\w&'’.+]+(?: [\w&'’.+]+)? [-–—|] [\w&'’]+(?: [\w&'’]+)? news|(?:\w+\s){0,2}news\+?"
    r"|.{0,60}\ba service (?:provided|brought to you|run) by\b.*)$", re.IGNORECASE)
_GLUED_NAV = re.compile(r"[a-z]{3,}(?:[A-Z][a-z]{2,})")
_GLUED_UI = re.compile(r"[a-z]{3,}(?:Skip|Learn|Sign|Log|Search|Menu|Home|Subscribe|Register|Share|Read|Follow|Download|"
                       r"Watch|Listen|Close|Accept|Privacy|Cookie|Terms|Contact|Back|Next|Previous)(?![a-z])")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")


# the major languages' names as their own speakers write them: a site's language switcher
_LANGUAGE_NAMES = frozenset(x.strip() for x in """english|français|francais|español|espanol|deutsch|italiano|português|
portugues|русский|العربية|عربي|中文|简体中文|繁體中文|日本語|한국어|فارسی|فارسي|türkçe|turkce|עברית|हिन्दी|हिंदी|اردو|kurdî|
کوردی|nederlands|polski|українська|ελληνικά|svenska|norsk|dansk|suomi|čeština|magyar|română|bahasa indonesia|tiếng việt|
ไทย|বাংলা|kiswahili""".replace("\n", "").split("|"))


@functools.lru_cache(maxsize=1)
def _org_names() -> frozenset[str]:
    """Whole-line keys of the gazetteer's organisation names and aliases (a line that is only a name is no headline)."""
    from ..config import Config
    from .attribution import line_key
    try:
        data = yaml.safe_load(Config().gazetteer.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return frozenset()
    keys = set()
    for ent in data.get("entities") or []:
        if isinstance(ent, dict) and ent.get("type") == "organization":
            for name in [ent.get("name"), *(ent.get("aliases") or [])]:
                if isinstance(name, str) and len(name.split()) >= 2:
                    keys.add(line_key(name))
    return frozenset(keys)


# Outlet slogans / newsletter taglines: "Independent news from Lebanon", "Plural news and views on Sudan",
# "Your Tuesday morning digest from Brussels", "The weekly newsletter on Gulf politics"
_SLOGAN = re.compile(
    r"^(?:(?:independent|trusted|plural|free|reliable|honest|fearless|unbiased|impartial|in-depth|real|latest|daily|"
    r"breaking|fresh|smart|essential|your|our|the|all\s+the|local|global|regional|world|arab|arabic|english|"
    r"critical|credible|balanced)\s+){1,3}"
    r"(?:news|journalism|reporting|voices?|perspectives?|views|stories|coverage|insight|analysis)"
    r"(?:\s+(?:and|&)\s+(?:news|views|analysis|opinion|insight|stories|reporting|commentary))?"
    r"(?:\s+(?:from|on|about|for|of|in|across)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})?$"
    r"|^(?:your|our|the|a)\s+(?:[\w'’\-]+\s+){0,4}(?:digest|newsletter|briefing|roundup|round-up|bulletin|dispatch|"
    r"wrap|wrap-up|catch-up|rundown)(?:\s+(?:from|on|of|for|about|in)\s+(?:the\s+)?[\w'’\- ]{2,40})?$", re.IGNORECASE)
# a name written in two scripts: "Shaam Network - شبكة شام الإخبارية", "Daraj | درج"
_LATIN_PART = re.compile(r"^[A-Za-z][\w.'’&\- ]{1,40}$")
_OTHER_SCRIPT = re.compile(r"^[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u0400-\u04ff\s.'’\-]{2,50}$")


def slogan(text: str) -> bool:
    """An outlet's slogan or a newsletter's tagline (no story words: a desk/outlet description)."""
    t = text.strip(" \t-–—•·|*#")
    return bool(t) and len(t.split()) <= 10 and bool(_SLOGAN.match(t))


def two_script_name(text: str) -> bool:
    """A short name repeated in another script, split by a dash or bar: the outlet's masthead."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|/]\s+|\s*\|\s*", text.strip()) if p.strip()]
    if len(parts) != 2:
        return False
    latin = [p for p in parts if _LATIN_PART.match(p)]
    other = [p for p in parts if _OTHER_SCRIPT.match(p) and re.search(r"[^\W\d_]", p)]
    return len(latin) == 1 and len(other) == 1 and len(latin[0].split()) <= 5 and len(other[0].split()) <= 6


# a wire or publisher service named on its own: "Russia & CIS General Newswire", "Egypt State Information Service / MENA wire"
_SERVICE_END = re.compile(r"(?:news\s*wire|wire(?:\s+service)?|(?:news|information|press|media|wire)\s+service|"
                          r"news\s+feed|newsfeed)$", re.IGNORECASE)


def service_line(text: str) -> bool:
    """A publisher/service line: every part a capitalised name ending in a wire/service noun (no story words)."""
    t = text.strip(" \t-–—•·|*#")
    parts = [p.strip() for p in re.split(r"\s+[/|•·]\s+|\s+[-–—]\s+", t) if p.strip()]
    if not parts or len(t.split()) > 9 or re.search(r"[.!?:;,\"“”]$", t) or not _SERVICE_END.search(parts[-1]):
        return False
    for p in parts:
        words = [w for w in re.findall(r"[^\W_]+(?:[-'’.][^\W_]+)*|&", _SERVICE_END.sub("", p)) if w.lower() not in _GLUE]
        if not all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in words):
            return False
    return True


def site_text(text: str) -> str | None:
    """Why *text* is site furniture (navigation, logo, glued menu run, org name, channel name), else None."""
    from .attribution import line_key
    t = text.strip()
    if _SITE.match(t):
        return "site navigation / logo / app text"
    glued = [w for w in t.split() if _GLUED_NAV.search(w)]
    if len(re.findall(r"[a-z]{3,}(?=[A-Z][a-z]{2,})", t)) >= 3 or any(_GLUED_UI.search(w) for w in glued):
        return "navigation items glued together"
    items = [x for x in re.split(r"\s{2,}|\t", t) if x.strip()]
    if len(items) >= 3 and all(len(x.split()) <= 3 and x[:1].isupper() for x in items):
        return "navigation items separated by wide gaps"
    segs = [x.strip() for x in re.split(r"\s+[|•·]\s+", t)]
    if len(segs) >= 3 and all(x and len(x.split()) <= 4 and not re.search(r"[.!?]$", x) for x in segs):
        return "list of short labels (menu / profile tags)"
    if service_line(t):
        return "publisher / wire service name (service line)"
    if slogan(t):
        return "outlet slogan / newsletter tagline"
    if two_script_name(t):
        return "outlet name written in two scripts (masthead)"
    if line_key(t) in _org_names():
        return "organisation name standing alone"
    m = re.match(r"^(?:welcome|bienvenue|willkommen|bienvenido|benvenuto|bem-vindo)\s+(?:to|à|a|auf|bei|en|al?)\s+"
                 r"(?:the\s+|la\s+|le\s+|l['’]|die\s+|der\s+|el\s+)?(?P<name>[^.!?]{2,60}?)[.!]?$", t, re.IGNORECASE)
    if m and (line_key(m.group("name")) in _org_names() or re.fullmatch(r"[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}", m.group("name"))):
        return "site greeting ('Welcome to' an organisation or site)"
    if line_key(t) in {line_key(x) for x in _LANGUAGE_NAMES}:
        return "language switcher entry (a language's own name)"
    if menu_run(t):
        return "navigation menu (capitalised section names, no function words)"
    if _EMOJI.search(t) and len(t.split()) <= 5:
        return "short emoji-marked channel/account name"
    return None


# Social posts and chat forwards state no headline: their first line is already the message.
_THREAD_START = re.compile(r"^\s*(?:\(?1\s*/\s*(?:\d{1,2}\)?)?|1\s*\)|\[1/\d{1,2}\])(?=\s)|\U0001F9F5")
_FORWARDED = re.compile(r"^\s*[\[(]?\s*(?:forwarded(?:\s+(?:many\s+times|message|as\s+received))?|fwd?)\s*[\])]?\s*:?\s*$",
                        re.IGNORECASE)
_CHAT_LINE = re.compile(r"^\s*\[\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]")
_CHAT_BOLD = re.compile(r"^\s*([*_~])[^*_~].*[^*_~]\1\s*$")


def chat_document(texts: list[str]) -> bool:
    """A forwarded chat message (a "Forwarded" marker or chat timestamps "[30/10/2024, 14:05] Name:")."""
    return any(_FORWARDED.match(t) or _CHAT_LINE.match(t) for t in texts)


def post_start(text: str, chat: bool) -> str | None:
    """Why *text* opens a social-media thread or chat message (no headline), else None."""
    if _THREAD_START.search(text):
        return "thread post (numbering '1/' or thread marker)"
    if chat and (_CHAT_BOLD.match(text) or _FORWARDED.match(text)):
        return "chat message (forwarded, chat formatting)"
    return None


_PERSON = r"(?:[A-Z][\w.'’\-]+|(?:al|el|bin|ibn|abu|de|da|van|von|le|la)(?:-\w+)?)"
# the time stamp under a social post's author: "2d ·", "3 h · 🌍", "Yesterday at 10:15 ·", "Just now", "5 mins"
_REL_TIME = re.compile(r"^\s*(?:\d{1,3}\s*(?:s|m|min|mins|h|hr|hrs|d|w|y|sec|secs|minutes?|hours?|days?|weeks?)"
                       r"(?:\s+ago)?|just now|yesterday(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?|"
                       r"\d{1,2}\s+\w+\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)\s*(?:[·•]\s*\S*\s*)?$", re.IGNORECASE)
_POST_AUTHOR = re.compile(r"^" + _PERSON + r"(?:\s+" + _PERSON + r"){1,4}$")


_HANDLE = re.compile(r"^\s*@[A-Za-z0-9_.]{1,30}\s*(?:[·•|]\s*\S.*)?$")


def post_author(text: str, following: list[str]) -> bool:
    """A social post's author header: a person's name directly over a relative post time ("Rami Al-Khatib" / "2d · 🌍"),
    or any short display name directly over the account's @handle ("Clash Report" / "@clashreport")."""
    t = text.strip()
    if not following:
        return False
    if _HANDLE.match(following[0]) or _CHANNEL_STATS.fullmatch(following[0].strip(" \t·•|")):
        # "Clash Report" / "@clashreport"; "Levant Frontline Monitor" / "48 213 subscribers": the account's name
        return 1 <= len(t.split()) <= 6 and not re.search(r"[.!?:]$", t)
    return bool(_POST_AUTHOR.match(t)) and bool(_REL_TIME.match(following[0]))


# "Matthew Miller, Department Spokesperson", "Jane Doe, Senior Fellow": a speaker/author with a role is a byline
NAME_ROLE = re.compile(r"^" + _PERSON + r"(?:\s+" + _PERSON + r"){1,3},\s+(?:[A-Z][\w'’\-]*\s+|of\s+|the\s+|and\s+){0,5}"
                        # roles that name a speaker/author, not news-making posts ("X, New Chief" can be a headline)
                        r"(?:Spokesperson|Spokesman|Spokeswoman|Spokespeople|Fellow|Professor|Researcher|Analyst|"
                        r"Correspondent|Editor|Reporter|Writer|Columnist|Contributor|Advisor|Adviser|Coordinator|"
                        r"Representative|Ambassador|Director)(?:\s+(?:of|for)\s+[A-Z][\w .&'’\-]{1,40})?$")
# a dated document title ("Department Press Briefing – October 8, 2024", "Iran Update, December 4, 2024")
DATED_TITLE = re.compile(r"\b(?:Briefing|Update|Report|Bulletin|Statement|Digest|Assessment|Summary|Roundup|Sitrep|"
                          r"Transcript|Remarks|Readout|Press Conference|Situation)\b.{0,40}\b(?:19|20)\d{2}$", re.I)
