"""Villages and towns named in a sentence in a way that leaves no doubt they are places, gazetteer or not.

Most incidents happen in places too small for an offline gazetteer ("an attack on Mucojo, a coastal village in
Macomia district"). Analysts still want the name the report gives, so these frames find it from the sentence
alone: "the village of X", "near X village", "in X, a town ...", "near X in northeastern Mali". A bare "in X" is
not enough: it names months, holidays and institutions as often as places. places.py decides which of the names
the gazetteer does not know and where to put them on the map.
"""

import re
from typing import NamedTuple

_WORD = r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ed|es|en)-)?[A-Z][\w'’\-]*[\w]"
_JOINER = r"(?:al|el|de|del|da|do|dos|di|du|la|le|bin|ibn|bint|ul)"
# One to three capitalised words, joined by the particles place names use ("Bint Jbeil", "Nanclares de la Oca").
_NAME = rf"(?P<name>{_WORD}(?: (?:{_JOINER} ){{0,2}}{_WORD}){{0,2}})(?![\w'’\-])"
_AT_WORDS = [
    "in", "near", "at", "on", "from", "outside", "around", "into", "to", "toward", "towards", "attacked", "raided",
    "overran", "seized", "stormed", "shelled", "bombed", "struck", "hit", "targeted", "invaded", "entered",
]  # fmt: skip


def _trie(words: list[str]) -> str:
    """An alternation of words factored by their first letters ("in|into|near" as "in(?:to)?|near"), so that re
    drops a branch at its first letter instead of trying every word at every position; the first letter may be
    capitalised."""
    def branch(group: list[str], depth: int) -> str:
        options = []
        ended = any(len(w) == depth for w in group)
        for letter in sorted({w[depth] for w in group if len(w) > depth}):
            rest = [w for w in group if len(w) > depth and w[depth] == letter]
            head = f"[{letter.upper()}{letter}]" if depth == 0 else letter
            options.append(head + branch(rest, depth + 1))
        if not options:
            return ""
        body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        return f"(?:{body})?" if ended else body
    return branch(words, 0)


_AT = _trie(_AT_WORDS)  # capitalised or not
# Words for a settlement, including the local ones reporters keep (corregimiento, barangay, kebele, union).
_SETTLEMENT = (
    r"(?:village|town|hamlet|settlement|locality|township|commune|community|upazila|camp|market town|border town|"
    r"refugee camp|displacement camp|IDP camp|cattle camp|"
    r"corregimiento|vereda|barangay|kebele|union)"
)
_UNIT = rf"(?:{_SETTLEMENT}|district|county|sub-district|subdistrict|tehsil|municipality)"
# The part of a larger unit: "the Tajori area of Lakki Marwat district" (not kept when that unit is a city).
_PART = r"(?:(?P<district>area|district|sector|quarter)|union|subdistrict|sub-district|tehsil|locality)"
# Prefixes that name a village outright: "Barangay Carabalan", "Kebele 04".
_PREFIX = r"(?:Barangay|Brgy\.?|Sitio|Purok|Kebele|Woreda|Vereda|Corregimiento)"
_REGION = r"(?:province|region|state|governorate|department|prefecture|oblast|county|district)"
# A region or town a name is said to belong to: "Sagaing's", "Sagaing Region's".
_OWNER = r"[A-Z][\w\-]*(?: (?:Region|State|Province|District))?"
_DIRECTION = r"(?:(?:far |the )?(?:north|south|east|west|central|northern|southern|eastern|western)[a-z\-]*)"

# Where the sentence puts the name: "in northeastern Mali", "in Nigeria's Zamfara state" (the state, not the country).
# Units a report names before the place they belong to: "in the municipio of Argelia", "in the commune of Ansongo".
_IN_UNIT = rf"(?:{_REGION}|municipio|municipality|commune|zone|sub-prefecture|local government area)"
_IN = (
    rf",? (?:in|of) (?:the )?(?:{_DIRECTION} )?(?:{_IN_UNIT} of )?(?:[A-Z][\w\-]*['’]s (?:{_DIRECTION} )?)?"
    rf"(?P<container>[A-Z][\w'’\-]*)"
)
# The edge or hinterland of a place; places.py lets a small known town named so count as a place too.
EDGE_NOUNS = ("outskirts", "edge", "vicinity", "fringes", "hinterland", "hinterlands")
_EDGE = rf"(?:(?:{'|'.join(EDGE_NOUNS)}) of|rural (?:area|areas|parts) of)(?: the)?"

# Every frame opens with a plain space (the text is searched with one put in front and its line breaks made
# spaces): a pattern that starts with a literal lets re skip ahead to it, some eight times faster than one that
# starts with a word boundary and an alternation.
_FRAMES = (
    # "the village of Ajiri", "the town of Gumuruk in Borno state", "the municipality of Argelia", "the weekly
    # market of Mozogo"
    re.compile(
        rf" (?:{_DIRECTION} )?(?:(?P<people>[A-Z][a-z]+) )?(?:{_SETTLEMENT}|municipality|neighbou?rhood|market|"
        rf"(?P<unit>district)) of {_NAME}"
        rf"(?! {_REGION}\b)"
        rf"(?:{_IN})?"
    ),
    # "near Phubala village", "in Shahjadpur upazila", "in Bala Buluk district" (not "the X district of Kabul"),
    # "in the hinterlands of Piagapo town",
    # "in Mugina commune of Cibitoke province", "in Sagaing's Wetlet Township"
    # ("in Kaprin village of south Kashmir's Shopian district": a village's "of" names where it lies)
    # (not "the Sagaing Region town of Kyunhla", where the town comes after)
    re.compile(rf" (?:{_AT}|of|{_EDGE}) (?:the )?(?:{_OWNER}['’]s )?{_NAME} (?P<unit>(?i:{_UNIT})\b(?! of)|"
               rf"(?i:{_SETTLEMENT})\b(?= of (?:the )?(?:{_DIRECTION} |[A-Z][\w\-]*['’]s ))|"
               rf"(?i:upazila|tehsil|municipality|county|commune|township|LGA)\b)(?:{_IN})?"),
    # "in Malam Fatori, Abadam Local Government Area", "in Gidan Dawa, Bakura district"
    re.compile(rf" {_AT} {_NAME}, (?P<container>[A-Z][\w'’\-]*)(?: [A-Z][\w'’\-]*)? (?:Local Government Area|LGA|"
               rf"[Ll]ocal [Gg]overnment|[Dd]istrict|[Uu]pazila|[Tt]ehsil|[Mm]unicipality)\b"),
    # "in the Tajori area of Lakki Marwat district", "into the Dand-e-Patan district of Paktia", "in the Serai
    # Naurang area of the district"
    re.compile(rf" {_AT} (?:the )?{_NAME} (?P<part>{_PART}) (?P<beside>{_DIRECTION} )?of (?:the )?(?:{_DIRECTION} )?"
               rf"(?:[a-z]+ of )?(?:[A-Z][\w\-]*['’]s (?:{_DIRECTION} )?)?"
               rf"(?:(?P<container>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?)(?P<region> {_REGION}\b)?|"
               # "in the Serai Naurang area of the district": the district told before
               rf"(?:district|province|region|county)\b)"),
    # "in Barangay Carabalan"
    re.compile(rf" {_PREFIX} {_NAME}(?:{_IN})?"),
    # "on Mucojo, a coastal village in Macomia district", "in Mahaday, a town about 120 km north of"
    # "Residents of Dembecha, a town in ...", "in Malam Fatori, headquarters of Abadam local government area"
    re.compile(rf" (?:{_AT}|of) {_NAME}, (?:(?:a|an|the) (?:[a-z\-]+ ){{0,3}}"
               rf"(?:{_SETTLEMENT}|administrative post|rural district)\b|"
               rf"(?:the )?headquarters of)(?:{_IN})?"),
    # "near Tidermene in northeastern Mali", "from Dansadau in northwest Nigeria's Zamfara state"
    re.compile(rf" (?:{_AT}|{_EDGE}) {_NAME}{_IN}"),
    # "an army post at Porga, in the far north of the country", "in Tanwalbougou, in the country's East region"
    re.compile(rf" {_AT} {_NAME}, in the (?:country['’]s )?(?:far |extreme )?(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|"
               rf"[Cc]entre|[Cc]enter)[a-z\-]*\b"),
    # "near Mangalla on Saturday", "on the outskirts of Eringeti,", "invaded Kwall, where": near or into a name, then
    # the sentence moves on
    re.compile(rf" (?:[Nn]ear|[Oo]utside|[Aa]round|{_EDGE}|invaded|raided|stormed|overran) {_NAME}(?=[,.;]| (?:on|in|"
               rf"at|after|before|when|while|where|late|early|last|this)\b)"),
)
# Frames that open with a preposition are tried only where one is followed by a capitalised word: found in one
# pass, which costs about what one frame's own pass does.
_OPENINGS = re.compile(rf" (?:{_AT}|of|{_EDGE}|[Nn]ear|[Oo]utside) (?:the )?(?=(?:[a-z]{{1,3}}-)?[A-Z])")
_OPENED = frozenset({1, 2, 3, 5, 6, 7, 8})


class Locality(NamedTuple):
    name: str
    start: int  # offset of the name in the text
    container: int | None  # offset of the place the sentence puts it in ("in northeastern Mali"), if any
    people: str | None = None  # the nationality the sentence gives it ("the Syrian village of Arima")
    part_of: bool = False  # named as an area or district of a city ("the Karrada district of Baghdad")
    explicit: bool = False  # called a town or village outright ("the town of Sake"), so even a common word is a place
    district: bool = False  # called a district or county ("in Kech district"), which a village named too outdoes


# Units above a village: a village named in the same text is the more precise place.
_DISTRICT_UNITS = frozenset({"district", "county", "sub-district", "subdistrict", "tehsil", "municipality", "lga"})
# How far past its name's start a frame may read (the name, its noun and the place it is put in).
_FRAME_REACH = 120


def localities(text: str, before: int | None = None) -> list[Locality]:
    """Names the sentence itself calls places, in text order, each once (the first frame that finds it wins);
    only names starting before `before` when it is given (the rest of the text is not searched)."""
    found: dict[int, Locality] = {}
    # offsets in it are one more than in the text (str.replace keeps them: one character for one, and is far
    # quicker than str.translate)
    padded = " " + text.replace("\n", " ").replace("\r", " ").replace("\t", " ")
    end = len(padded) if before is None else min(len(padded), before + 1 + _FRAME_REACH)
    openings = [m.start() for m in _OPENINGS.finditer(padded, 0, end)]
    for index, frame in enumerate(_FRAMES):
        if index in _OPENED:
            matches = (frame.match(padded, at, end) for at in openings)
        else:
            matches = frame.finditer(padded, 0, end)
        for match in filter(None, matches):
            start = match.start("name") - 1
            if start in found or (before is not None and start > before):
                continue
            groups = match.groupdict()
            container = match.start("container") - 1 if groups.get("container") else None
            people = groups.get("people")
            # "the Karrada district of Baghdad", "the Dasht-e-Barchi area of Kabul"; not "... of Bannu district"
            part_of = bool(groups.get("district")) and not groups.get("region") and not groups.get("beside")
            district = (groups.get("unit") or "").lower() in _DISTRICT_UNITS
            found[start] = Locality(match.group("name"), start, container, people, part_of, index == 0, district)
    return [found[start] for start in sorted(found)]
