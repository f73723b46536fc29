"""Who acted (actor1) and against whom (actor2), from attribution and agency phrasings; None rather than a guess.

actor1 comes from, in order: a claim of responsibility ("X claimed responsibility"), an attribution ("blamed on
X", "attribute the attack to X", "held X responsible", "accused X of", "carried out by X"), then a named armed
agent doing the violence ("Taliban fighters attacked", "X forces shelled"). actor2 comes from a named target
("members of X", "targeting X", "an attack on X"). Names are normalised: leading articles dropped, words
title-cased (acronyms and mixed-case words such as "US-led" kept as written).
"""

import re

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
_FLAGS = 0  # names are case-sensitive by nature; the verbs around them are lower case in running text.
_CLAIM_RES = [re.compile(p, _FLAGS) for p in _CLAIM]
_ATTRIBUTION_RES = [re.compile(p, _FLAGS) for p in _ATTRIBUTION]
_AGENT_RES = [re.compile(p, _FLAGS) for p in _AGENT]
_TARGET_RES = [re.compile(p, _FLAGS) for p in _TARGET]

_NOT_ACTORS = {
    "no", "none", "nobody", "police", "authorities", "officials", "sources", "witnesses", "he", "she", "they", "it",
    "this", "that", "there", "a", "an", "the", "group", "no group", "militants", "gunmen", "unknown", "unknown gunmen",
    "we", "government", "health", "reuters", "video",
}  # fmt: skip
_SMALL = {"of", "for", "in", "and", "the", "al", "el", "de", "du", "la", "bin", "ibn"}


def normalize_actor(name: str) -> str | None:
    """A display form of an actor name: no leading article, consistent title case; None if not a name."""
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
    if result.lower() in _NOT_ACTORS:
        return None
    return result


def _first(patterns: list[re.Pattern[str]], text: str) -> str | None:
    hits = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            if re.match(r"an?\s", match.group("name"), re.IGNORECASE):
                continue  # "an Iraqi security entity" describes a target; it does not name one
            name = normalize_actor(match.group("name"))
            if name is not None:
                hits.append((match.start(), name))
    return min(hits)[1] if hits else None


def find_actors(text: str) -> tuple[str | None, str | None]:
    """(actor1, actor2) named in an incident's text; either may be None."""
    actor1 = _first(_CLAIM_RES, text) or _first(_ATTRIBUTION_RES, text) or _first(_AGENT_RES, text)
    actor2 = _first(_TARGET_RES, text)
    if actor2 == actor1:
        actor2 = None
    return actor1, actor2
