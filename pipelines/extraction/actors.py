"""Who acted (actor1) and against whom (actor2), from attribution and agency phrasings; None rather than a guess.

actor1 comes from, in order: a claim of responsibility ("X claimed responsibility"), an attribution ("blamed on
X", "attribute the attack to X", "held X responsible", "accused X of", "carried out by X"), then the agent the lede
names: the author of a weapon ("shells fired by X", "an air strike by X", "Russian missiles", "Houthi shelling"),
or the subject of the violent verb ("armed separatists abducted", "riot police fired", "gunmen burst into"), then a
named armed agent anywhere ("Taliban fighters attacked"). actor2 comes from a named target ("members of X",
"targeting X", "an attack on X") or the lede's object of violence ("opened fire on X", "clashed with X",
"between X and Y"). Names are normalised: leading articles dropped, words
title-cased (acronyms and mixed-case words such as "US-led" kept as written).
"""

import re

from pipelines.extraction import screen
from pipelines.extraction.screen import Screened

# A name: capitalised words, with lower-case joiners inside ("Army of Islam", "al-Qaeda in Iraq", "US-led").
_WORD = r"(?:[A-Z][\w'’.-]*|al-[\w'’-]+|el-[\w'’-]+|US-led|U\.S\.-led|[A-Z]{2,}s?)"
_JOIN = r"(?:\s+(?:of|for|in|and|the|al|el|de|du|la|bin|ibn|al-)\s+|\s+|-)"
_GROUP_NOUN = (
    r"(?:forces|troops|army|militants|militia|militias|rebels|fighters|insurgents|group|coalition|police|"
    r"government|authorities)"
)
_NAME = (
    rf"(?:the\s+)?(?:[a-z]+(?:-[a-z]+)*\s+)?{_WORD}(?:{_JOIN}{_WORD}){{0,6}}"
    rf"(?:(?:\s+[a-z]+){{0,2}}\s+{_GROUP_NOUN})?"
)
_ANY_NAME = rf"(?P<name>{_NAME}|the\s+(?:[\w'’-]+\s+){{0,3}}(?:coalition|militia|army|government|military|police))"

_CLAIM = [
    rf"{_ANY_NAME}\s+(?:has\s+|have\s+|later\s+|also\s+)?(?:claimed|claims|took|takes|accepted)\s+responsibility",
    rf"[Rr]esponsibility\s+(?:for\s+the\s+\w+\s+)?(?:was\s+)?claimed\s+by\s+{_ANY_NAME}",
]
_ATTRIBUTION = [
    rf"\bblam(?:ed|es|ing)\s+(?:the\s+\w+\s+|it\s+|most\s+of\s+these\s+attacks\s+)?on\s+{_ANY_NAME}",
    rf"\battribut(?:e|ed|es|ing)\s+(?:the\s+\w+\s+|it\s+)?to\s+{_ANY_NAME}",
    rf"\bheld\s+{_ANY_NAME}\s+responsible",
    rf"\bhold(?:s|ing)?\s+{_ANY_NAME}\s+responsible",
    rf"\baccus(?:ed|es|ing)\s+{_ANY_NAME}\s+of\b",
    rf"\bcarried\s+out\s+by\s+{_ANY_NAME}",
    r"\bsuspected\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:militants|fighters|rebels|gunmen)",
    rf"\b{_ANY_NAME}\s+(?:was|were|is|are)\s+(?:believed|suspected|thought)\s+to\s+be\s+(?:behind|responsible)",
]
_AGENT = [
    rf"(?P<name>{_WORD}(?:{_JOIN}{_WORD}){{0,4}}\s+(?:forces|troops|militants|fighters|rebels|insurgents|"
    rf"militiamen|gunmen|soldiers))\s+(?:\w+\s+)?(?:attacked|killed|shelled|stormed|ambushed|raided|shot|"
    rf"opened\s+fire|abducted|kidnapped|bombed|fired|clashed)",
]
_TARGET = [
    rf"\bmembers?\s+of\s+(?:the\s+)?(?P<name>{_WORD}(?:{_JOIN}{_WORD}){{0,4}})",
    rf"\btarget(?:ed|ing)\s+{_ANY_NAME}",
    rf"\battack\s+on\s+{_ANY_NAME}",
]
# The author of a weapon: "shells fired by the RSF", "an air strike by Myanmar's military", "Israeli drone strike".
_WEAPON = (
    r"(?i:(?:(?:air|drone|missile|rocket)\s+)?(?:strikes?|missiles?|rockets?|shell(?:s|ing)|drones?|bomb(?:s|ing)?|"
    r"IED|raid))"
)
_AUTHOR = [
    rf"\b{_WEAPON}\s+(?:fired\s+|launched\s+|carried\s+out\s+)?by\s+(?P<name>(?:the\s+)?(?:[a-z]+\s+)?"
    rf"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,4}})(?:\s+(?:military|army|forces|rebels|militants|fighters))?)",
    rf"\b(?P<name>[A-Z][a-z]+(?:i|ian|ish|ese|n|ist))\s+(?:ballistic\s+|cruise\s+|military\s+)?{_WEAPON}\b",
]
# The subject of the lede's violent act, ending in a noun for people or a force.
_PEOPLE = (
    r"(?:insurgents|militants|rebels|gunm[ae]n|police(?:men)?|troops|soldiers|army|forces|mob|separatists|"
    r"jihadists|maoists|settlers|drivers|protesters|demonstrators|retirees|pensioners|fighters|"
    r"militiamen|militias?|youths|raiders|attackers|assailants|bomber|military|men|supporters|students|workers|"
    r"gang\s+members|gangs|herders|farmers|villagers|residents)"
)
_VIOLENT_VERB = (
    r"(?:attacked|attack|attacks|killed|kill|kills|stormed|storm|opened\s+fire|burst|raided|raid|shelled|abducted|"
    r"abduct|kidnapped|ambushed|blew\s+up|set\s+fire|torched|torch|clashed|clash|fired|raped|rape|marched|march|"
    r"defused|seized|seize|took\s+control|beheaded|rammed|drove|shot|overran|burned|looted|protested|rallied)"
)
_SUBJECT_RE = screen.compile(
    rf"(?P<name>(?:[\w'’-]+\s+){{0,3}}?{_PEOPLE})(?P<of>\s+of\s+(?:[\w'’-]+\s+){{0,4}}?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?"
    rf"(?:,[^,;.]{{1,60}},)?\s+(?:(?:who|that)\s+\w+\s+)?(?:\w+\s+)?{_VIOLENT_VERB}\b",
    re.IGNORECASE,
)
# A finite verb before the people noun ("targeted", "hit"): adjectives in -ed that open names are allowed.
_VERB_INSIDE = re.compile(
    r"\b(?!(?:armed|masked|unidentified|suspected|alleged|unarmed|organised|organized|trained|displaced|united)\b)"
    r"[a-z]+ed\s", re.IGNORECASE,
)
_PASSIVE_AFTER = re.compile(r"\s+(?:in|by|as|when|after|near|at|during|while|on)\b")
# Two sides of a fight ("clashes between the Syrian Democratic Forces and Arab tribal fighters").
_BETWEEN_RE = screen.compile(
    r"\b(?:[Cc]lash(?:es)?|[Ff]ighting|[Bb]attles?|[Ff]ighting)\s+between\s+(?:the\s+)?"
    r"(?P<name>(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)\s+and\s+(?:the\s+)?"
    r"(?P<other>(?:[\w.'’-]+\s+){0,3}?(?:[A-Z][\w.'’-]+|fighters|militants|rebels|forces|troops|militias?|gangs))\b"
    r"(?!\s+(?:\w+\s+)?(?:fighters|militants|rebels|forces|troops|militias?|gangs)\b)"
)
# The target of an attack on a force's post or vehicle ("rammed a car into a police checkpoint", "struck an Iraqi army
# vehicle", "attacked an army post"): that force.
_FACILITY_RE = screen.compile(
    r"\b(?:attacked|stormed|raided|ambushed|struck|hit|overran|overrunning|into|(?:exploded|went\s+off|blew\s+up)\s+"
    r"(?:outside|near|at|inside))\s+(?:an?|the|its|their)\s+"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+)?(?:army|police|military))\s+(?:post|base|checkpoint|convoy|vehicle|station|"
    r"patrol|camp|barracks|outpost|truck)s?\b",
)
# A side stating its own act ("the army said it had regained control", "the armed forces said they had carried out
# strikes") or two sides signing ("the government and the rebels signed an agreement").
_ADMISSION_RE = screen.compile(
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}(?:[a-z]+\s+)?(?:army|military|armed\s+forces|police|forces|government))\s+"
    r"said\s+(?:[^,;.]{0,40}?\s)?(?:that\s+)?(?:it|they)\s+had\s+(?:carried\s+out|conducted|regained|retaken|recaptured|"
    r"captured|killed|launched)\b",
)
_SIGNING_RE = screen.compile(
    r"(?P<name>(?:The\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:government|authorities))\s+and\s+(?:an?\s+\w+\s+of\s+)?"
    r"(?:the\s+)?(?P<other>(?:[A-Z][\w'’-]+\s*){1,6})(?:\([A-Z]+\)\s+)?signed\b",
)
_OBJECT_RE = screen.compile(
    r"\b(?:(?:killed|killing)(?=\s+(?:\w+\s+)?(?:insurgents|militants|rebels|fighters|jihadists)\b)|opened\s+fire\s+on|fired\s+(?:[\w\s]{0,30}?)\s+(?:on|at)|clash(?:ed|es)?\s+with|pelted|"
    r"between\s+(?:[\w.'’-]+\s+){1,5}?and)\s+"
    rf"(?P<name>(?:[\w'’-]+\s+){{0,3}}?(?:[A-Z][\w'’-]+|{_PEOPLE}|keepers|civilians|worshippers))\b",
)
# Words that cannot open an actor's name: a clause or phrase boundary was crossed.
_STOP = {
    "when", "as", "after", "before", "while", "and", "but", "the", "a", "an", "of", "in", "on", "at", "near", "by",
    "that", "who", "with", "from", "to", "said", "say", "says", "killing", "wounding", "were", "was", "had", "have",
    "has", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
}  # fmt: skip
_FLAGS = 0  # names are case-sensitive by nature; the verbs around them are lower case in running text.
# Screened (see screen.py): each is tried on every incident's text, which rarely holds its key words.
_CLAIM_RES = [screen.compile(p, _FLAGS) for p in _CLAIM]
_ATTRIBUTION_RES = [screen.compile(p, _FLAGS) for p in _ATTRIBUTION]
_AGENT_RES = [screen.compile(p, _FLAGS) for p in _AGENT]
_TARGET_RES = [screen.compile(p, _FLAGS) for p in _TARGET]
_AUTHOR_RES = [screen.compile(p, _FLAGS) for p in _AUTHOR]

_NOT_ACTORS = {
    "no", "none", "nobody", "police", "authorities", "officials", "sources", "witnesses", "he", "she", "they", "it",
    "this", "that", "there", "a", "an", "the", "group", "no group", "militants", "gunmen", "unknown", "unknown gunmen",
    "we", "government", "health", "reuters", "video",
}  # fmt: skip
_SMALL = {"of", "for", "in", "and", "the", "al", "el", "de", "du", "la", "bin", "ibn"}


def normalize_actor(name: str, generic: bool = False) -> str | None:
    """A display form of an actor name: no leading article, consistent title case; None if not a name (generic
    agents such as "gunmen" or "police" are kept when `generic`: the lede's subject of a violent act is one)."""
    words = re.sub(r"\s+", " ", name.strip(" ,.;:'\"’")).split(" ")
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return None
    cased = []
    for i, word in enumerate(words):
        if i > 0 and word.lower() in _SMALL:
            cased.append(word.lower())
        elif any(c.isupper() for c in word[1:]) or word.isupper() or word.lower().startswith(("al-", "el-")):
            cased.append(word)
        else:
            cased.append(word[:1].upper() + word[1:])
    result = " ".join(cased)
    if result.lower() in _NOT_ACTORS and not (generic and re.fullmatch(_PEOPLE, result, re.IGNORECASE)):
        return None
    return result


_INDEFINITE = re.compile(r"an?\s", re.IGNORECASE)


def _first(patterns: list[Screened | re.Pattern[str]], text: str) -> str | None:
    hits = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            if _INDEFINITE.match(match.group("name")):
                continue  # "an Iraqi security entity" describes a target; it does not name one
            name = normalize_actor(match.group("name"))
            if name is not None:
                hits.append((match.start(), name))
    return min(hits)[1] if hits else None


def _trim(name: str) -> str | None:
    words = [w for w in name.split() if not w.isdigit()]
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _STOP or words[i][-1:] in ",;:":
            words = words[i + 1 :]
            break
    return normalize_actor(" ".join(words), generic=True) if words else None


def _lede_subject(lede: str) -> str | None:
    for pattern in (_ADMISSION_RE, _SIGNING_RE):
        match = pattern.search(lede)
        if match:
            return _trim(match.group("name"))
    between = _between(lede)
    if between:
        return _trim(between.group("name"))
    for sentence in re.split(r"(?<=[.;!?])\s+", lede):
        for match in _SUBJECT_RE.finditer(sentence, _subject_start(sentence)):
            if _PASSIVE_AFTER.match(sentence, match.end()) and re.search(
                r"(?:killed|shot|abducted|kidnapped)$", match.group(0)
            ):
                continue  # "dozens of militants killed in convoy attack": a headline's passive, not an agent
            head = _trim(match.group("name"))
            if head and _VERB_INSIDE.search(head + " "):
                continue  # "the strike targeted fighters who ...": the people are a verb's object, not its agent
            return f"{head}{match.group('of')}" if head and match.group("of") else head
    return None


_PEOPLE_RE = re.compile(_PEOPLE, re.IGNORECASE)
_NAME_CHAR = re.compile(r"[\w'’-]")
_SPACE_CHAR = re.compile(r"\s")


def _subject_start(sentence: str) -> int:
    """Where the first match of _SUBJECT_RE can start at the earliest, so that re need not try every position before
    it: a match's people noun is at or after the first one in the sentence, and only up to three words, made of
    name characters and spaces, come before it."""
    first = _PEOPLE_RE.search(sentence)
    if first is None:
        return len(sentence)
    start = first.start()
    gaps = 0
    while start > 0:
        char = sentence[start - 1]
        if _SPACE_CHAR.match(char):
            if not _SPACE_CHAR.match(sentence[start]):
                gaps += 1  # a new run of spaces, counted from the noun backwards
                if gaps > 3:
                    break
        elif not _NAME_CHAR.match(char):
            break
        start -= 1
    return start


def _between(lede: str) -> re.Match[str] | None:
    """The fullest "fighting between X and Y" the lede states (the body spells out what a headline abbreviates)."""
    matches = list(_BETWEEN_RE.finditer(lede))
    return max(matches, key=lambda m: len(m.group("name"))) if matches else None


def _lede_object(lede: str) -> str | None:
    signing = _SIGNING_RE.search(lede)
    if signing:
        return normalize_actor(signing.group("other"))
    between = _between(lede)
    if between:
        return _trim(between.group("other"))
    match = _OBJECT_RE.search(lede) or _FACILITY_RE.search(lede)
    return _trim(match.group("name")) if match else None


def find_actors(text: str, lede: str = "") -> tuple[str | None, str | None]:
    """(actor1, actor2) named in an incident's text, the lede (headlines and first sentences) read for its agent
    and target; either may be None."""
    actor1 = (
        _first(_CLAIM_RES, text)
        or _first(_ATTRIBUTION_RES, text)
        or _first(_AUTHOR_RES, lede)
        or _lede_subject(lede)
        or _first(_AGENT_RES, text)
    )
    actor2 = _first(_TARGET_RES, text) or _lede_object(lede)
    if actor2 == actor1:
        actor2 = None
    return actor1, actor2


_PROTESTERS = re.compile(r"\b(?:protesters|demonstrators|marchers)\b", re.IGNORECASE)
_FORCE_NAME = re.compile(r"\b(?:police|forces|troops|soldiers|army|military|gendarmes)\b", re.IGNORECASE)


def protest_actors(actor1: str | None, actor2: str | None, lede: str) -> tuple[str | None, str | None]:
    """ACLED codes a demonstration with the demonstrators as actor1 and the force that met them as actor2: a lede
    that has the police act on protesters ("police fired tear gas at protesters") is turned round."""
    if actor1 is not None and _FORCE_NAME.search(actor1) and _PROTESTERS.search(lede):
        return "Protesters", actor1
    if actor1 is None and _PROTESTERS.search(lede):
        return "Protesters", actor2
    return actor1, actor2
