"""Word lists and patterns of the rule-based name recogniser (``names.py``)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .demonyms import COUNTRY_OF

_UP = "A-ZÀ-ÖØ-Þ\u0130\u015e\u011e\u0106\u010c\u0160\u017d\u0141\u0100-\u017f"
_WORD = rf"(?:[{_UP}][^\W\d_]*(?:['\u2019][^\W\d_]+|-[^\W\d_]+)*\.?|[{_UP}]\.)"
_PARTICLE = r"(?:al-|el-|ad-|as-|ash-|ar-|az-|at-|an-)"
_CONN = r"(?:of|for|and|the|de|del|da|do|dos|das|di|du|della|der|van|von|bin|ibn|bint|abu|bou|al|el|ul)"
_TOKEN = rf"(?:{_PARTICLE}?{_WORD})"
_RUN = re.compile(
    rf"(?<![\w'\u2019.-]){_TOKEN}(?:['\u2019]s?)?(?:\s+(?:{_CONN}\s+)*{_TOKEN}(?:['\u2019]s?)?)*")
_TITLE_NEAR = re.compile(r"\b(?:near|in|outside)\s+([A-Z][^\W\d_]+)\b", re.I)
_ORG_NOUN = (r"(?:company|firm|group|conglomerate|marketer|operator|maker|manufacturer|producer|lender|bank|"
             r"carrier|airline|exporter|developer|broadcaster|insurer|retailer|chipmaker|automaker|startup|"
             r"start-up|fund|utility|contractor|charity|ngo|watchdog|regulator|union|consultancy|agency|club|giant|"
             r"publisher|newspaper|supplier|platform)(?![\w'\u2019-])")  # not "the team's captain"
# "SOMO, the state oil marketer"
_ORG_APPOS = re.compile(rf",\s+(?:the|a|an)\s+(?:(?!of\b|from\b|in\b)[\w-]+\s+){{0,3}}?{_ORG_NOUN}\b", re.I)
# "Getafe, coached by José Bordalás", "All Blacks coach Scott Robertson": a team or company and its role-holder
_ORG_BY = re.compile(r"^,\s+(?:coached|managed|owned|sponsored|captained)\s+by\b")
_TEAM_ROLE = re.compile(rf"^\s+(?:coach|manager|captain|skipper|striker|forward|midfielder|defender|goalkeeper|"
                        rf"winger|spokesman|spokeswoman|spokesperson|ceo|chairman)\s+[{_UP}]")
# "Virat Kohli's unbeaten 100", "Rachin Ravindra struck a superb 134", "Kohli dismissed for 70": a player's score
_SCORE_AFTER = re.compile(r"^(?:\s+(?:struck|scored|made|hit|smashed|dismissed\s+for|out\s+for|unbeaten\s+on)(?:\s+an?)?)?"
                          r"(?:\s+(?:superb|brilliant|fine|rapid|quickfire|patient|unbeaten|fluent))?"
                          r"\s+\d{1,3}\b(?![.,]\d|\s*(?:%|per\b|percent|million|billion|thousand|km|kilo|miles|years))")
_ORG_STOCK = re.compile(r"(?:['\u2019]s)?\s+(?:stock|shares|share price|market value)\b")  # "Nvidia's stock"
_ACRO_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")

# words that make the run before them (or part of it) a role, not a name
ROLES = frozenset("""
president minister mayor chairman chairwoman chair chancellor governor spokesman spokeswoman spokesperson
ceo chief executive director coach manager general gen gen. colonel col col. lieutenant major maj
captain capt sergeant admiral brigadier commander sheikh sheik shaikh sayyed sayyid imam cleric dr dr. mr mr.
mrs mrs. ms ms. prof prof. professor senator sen sen. rep rep. representative congressman congresswoman judge
ambassador envoy leader founder co-founder analyst economist secretary king queen prince princess emir
pope speaker deputy official officer adviser advisor lawmaker mp candidate activist journalist reporter
correspondent head premier substitute striker midfielder defender forward goalkeeper winger driver teammate rival
boss chairperson president-elect mufti patriarch archbishop bishop rabbi sultan crown
ayatollah seyyed seyed hojatoleslam treasurer skipper gov gov.
justice counsel rapporteur co-rapporteur prosecutor attorney commissioner
""".split())
_SAID = frozenset("said says told added wrote warned stated tweeted explained noted insisted argued".split())
_PRE_SAID = frozenset("said says according".split())
ORG_END = frozenset("""
inc inc. corp corp. corporation company co. ltd ltd. llc plc group bank university ministry council agency
party front forces brigade brigades movement association committee club fc airlines airways fund
organization organisation institute centre center department authority authorities properties holdings
hospital commission foundation federation union alliance bureau service services office court
parliament crescent cross corps electronics motors industries pharmaceuticals society festival conference
administration assembly initiative congress academy college laboratory laboratories studios productions
coalition secretariat tribunal syndicate technologies league guild cartel capital ventures partners directorate
""".split())
PLACE_END = frozenset("county province governorate district region prefecture municipality neighbourhood "
                      "neighborhood quarter camp island islands valley mountains stadium arena "
                      "reef peninsula desert strait plateau archipelago cathedral mosque basilica shrine monastery "
                      "river palace airport bridge square dam canal".split())
# possessive words that belong inside an organisation's name ("Republican People's Party")
COMMON_POSS = frozenset("people women men children workers nation world martyrs mother father saint st. "
                        "veterans farmers citizens".split())
_MILITARY = frozenset("armored armoured infantry mechanized mechanised airborne artillery division regiment "
                      "battalion special elite reserve".split())
PLACE_START = frozenset("mount mt. lake port cape wadi jabal jebel tal tell kafr kfar beit bayt ain ein khirbet "
                        "marj deir camp fort".split())
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:town|village|city|area|suburb|district|region|province|neighbou?rhood|municipality|outskirts|"
    r"hamlet|port|governorate|state|territory|prefecture|emirate) of|\bvillages? (?:of|in)|\btowns? of) $", re.I)
_PLACE_AFTER = re.compile(
    r"^ (?:neighbou?rhood|district|village|town|area|suburb|governorate|region|province|camp)\b"  # "the Basta neighbourhood"
    r"|^,\s+(?:a|an|the)\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:town|village|city|suburb|district|region|province|"
    r"port|neighbou?rhood|county|governorate|municipality|island)\b"  # "Sweihan, a town in ..."
    r"|^,\s+(?:about\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
    r" of\b")  # "Binyamina, south of Haifa"
_NEAR = re.compile(r"\b(?:near|in|from|to|at|outside|toward|towards)(?: the)? $", re.I)

_NEVER = frozenset("""
the a an this that these those there here it its he she they we i you his her their our my your
in on at of for and or but if as by to from with without after before since while when where whether which
who whom whose what why how however meanwhile moreover although though despite also even still just then
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
read more share photo photos video credit credits image images getty reuters afp ap copyright updated
published reporting editing writing additional subscribe advertisement listen watch follow click
breaking live update exclusive analysis opinion comment editorial
god allah mr mrs ms dr
""".split())
_GENERIC = frozenset("""
state states house office ministry government army military police forces force security news media
world international national central federal republic kingdom united nations council committee north
south east west northern southern eastern western middle new old grand great first second third last
final next prime foreign defense defence interior finance energy health justice economy affairs
public general supreme islamic arab air navy border war peace street road square airport station
city town village league cup club team grand prix championship stadium local resistance medical
press film annual
""".split()) | _MILITARY
DEMONYMS = frozenset("""
iraqi iranian syrian lebanese israeli palestinian yemeni saudi emirati qatari kuwaiti bahraini omani turkish
kurdish egyptian jordanian libyan sudanese russian american british french german chinese european arab
western ukrainian hungarian afghan pakistani indian houthi shiite sunni druze persian israeli-backed
""".split())
_GROUPS = frozenset("""
druze kurds kurdish arab arabs arabic shia shiite shiites sunni sunnis alawite alawites christian christians
muslim muslims jewish jews maronite maronites bedouin turkmen yazidi yazidis armenian armenians english
""".split())  # communities and languages are not places
_DEMONYM_END = re.compile(r"^[A-Z][a-z]+(?:ians|eans|ese|ites)$")
_ISH = frozenset("british irish scottish english danish swedish finnish polish spanish turkish kurdish flemish "
                 "cornish".split())  # the -ish demonyms (a closed set: "Arish" is a town)


def _demonym(word: str) -> bool:
    """ "Iraqi", "Lebanese", "Syrians", "Alawites" (not "Sweihan", "Tehran")."""
    return word.lower() in DEMONYMS or word.lower().rstrip("s") in DEMONYMS or word.lower() in _ISH \
        or word.rstrip("s") in COUNTRY_OF \
        or bool(_DEMONYM_END.match(word))
# a byline or credit ("By Jane Doe", "Photo: ..."), not a sentence that starts "By morning," / "By the end of May,"
_BYLINE = re.compile(r"\b(?:reporting|editing|writing|compiled|produced|additional reporting) by\b|^(?:photo|photos|"
                     r"photograph|credit|credits|image|picture|source)\b|^by\b(?!\s+(?:the|a|an|then|now|late|early|"
                     r"mid|midday|morning|noon|afternoon|evening|night|nightfall|dawn|sunset|sunrise|monday|tuesday|"
                     r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
                     r"september|october|november|december|\d|contrast|comparison|law|far|some|most|many|all|year|"
                     r"last|next|this|that|its|their|his|her|our|2)\b)", re.I)

# ---------------------------------------------------------------- further cues
# "Haid Haid is a senior fellow at ...", "Michael Young is editor of Diwan": an author's bio line
BIO_NOUNS = ROLES | frozenset("""
fellow editor researcher scholar lecturer author writer columnist contributor historian associate partner
consultant correspondent journalist reporter photographer commentator
""".split())
BIO_AFTER = re.compile(r"^\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\w'\u2019-]+\s+){0,4}?([\w-]+)"
                       r"\s+(?:at|of|for|with|in|on)\b")
# "X, a former head of the ...", "X, president of TSMC Arizona, said": a role word right after the name
ROLE_APPOS = re.compile(r",\s+(?:[\w'\u2019-]+\s+){0,3}?([\w.-]+)\s*(?:[,;]|\s(?:of|at|for)\b)")
# "Italy's Raffaele Fitto as executive vice president"
AS_ROLE = re.compile(r"^\s+as\s+((?:[\w'\u2019.-]+[ \t]*){1,4})")  # a role word among the next four
# "Novo Nordisk, which makes the drug": only a company makes, owns or runs things
ORG_WHICH = re.compile(r"^,\s+which\s+(?:makes|made|owns|operates|runs|produces|sells|manufactures|builds|develops|"
                       r"publishes|employs)\b")
# "The Yemeni Network for Rights and Freedoms said it ...": "the" + a name + a statement
ORG_STATES = re.compile(r"^\s+(?:said|says|announced|reported|stated|estimated|documented|warned)"
                        r"\s+(?:it|that|in a statement)\b")
# "cloud security startup Wiz", "the rights group Amnesty International", "Google parent Alphabet"
ORG_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:company|firm|group|conglomerate|marketer|operator|maker|manufacturer|"
                        r"producer|lender|bank|airline|exporter|developer|broadcaster|insurer|retailer|chipmaker|"
                        r"automaker|startup|start-up|fund|utility|contractor|charity|ngo|watchdog|regulator|parent|"
                        r"subsidiary|project|organisation|organization|nonprofit|non-profit|giant|chain|brand|consultancy|agency|"
                        r"club|union|publisher|supplier)\s+$"
                        r"|(?<![\w'\u2019-])(?:companies|firms|makers|manufacturers|carmakers|automakers|chipmakers|"
                        r"lenders|banks|airlines|producers|exporters|retailers|insurers|brands)\s+(?:such as|including|like)\s+$")
# "The Red Bull driver", "the Manchester City manager": "the" + a name + a role is the role-holder's organisation
ROLE_AFTER = re.compile(r"^\s+([a-z][\w-]*)\b")
LEGAL_SUFFIX = frozenset("corp corp. inc inc. ltd ltd. llc plc co co.".split())  # "Nvidia Corp." is Nvidia
FIRST_NAME_GROUPS = frozenset({"christian"})  # a community word that is also a first name ("Christian Lindner")
# states/provinces of English-language federations: names the press uses without any cue
_STATE_COUNTRIES = ("US", "CA", "AU", "IN", "BR")
_NOT_PLACES = frozenset({"Chad", "Georgia", "Jersey", "Jordan", "Victoria", "Virginia"})  # also first names


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Country names (ISO 3166, with common and official forms), the states and provinces of the
    US, Canada, Australia, India and Brazil and the UK's four nations, from ``pycountry``."""
    import pycountry

    out: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                out.add(v)
    for s in pycountry.subdivisions:
        if s.country_code in _STATE_COUNTRIES and s.type in ("State", "Province", "Territory"):
            out.add(s.name)
        elif s.country_code == "GB" and s.type in ("Country", "Province"):  # the UK's nations
            out.add(s.name.split(" [")[0])  # "Wales [Cymru GB-CYM]" -> "Wales"
    out |= {unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in out}  # "Bihār" -> "Bihar"
    return frozenset(n for n in out if n and n not in _NOT_PLACES)


_NOT_ROLE_AFTER = frozenset("general major crown head chair".split())  # "the DFM general index"


def _org_of(clean: list[str]) -> str | None:
    """The organisation word of "Central Bank of the Republic of Türkiye", "University of North Carolina"
    (an organisation word, "of", then a word that is not generic), or None."""
    for i, w in enumerate(clean[:-2]):
        if w.lower() in ORG_END and clean[i + 1].lower() == "of" and not re.fullmatch(_CONN, clean[0]) \
                and any(x.lower() not in _GENERIC and x.lower() not in ORG_END and not re.fullmatch(_CONN, x)
                        for x in clean[i + 2:]):
            return w
    return None


# a French title and its portfolio right before a name: "le Premier ministre X", "la ministre des Affaires étrangères X"
_FR_ROLE = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]['\u2019])\s*(?:[Pp]remier\s+|[Pp]remière\s+)?(?:ministre|président|présidente|"
                      r"porte-parole|secrétaire général|ambassadeur|ambassadrice)(?:(?P<open>\s+(?:de la|de|des|du))(?=\s+$)|"
                      r"\s+(?:de|des|du|d['\u2019]|de la)\s*[\w\u00C0-\u017F'\u2019-]+(?:\s+[a-zà-ÿ][\w\u00C0-\u017F-]*)?)?"
                      r"\s+$")
