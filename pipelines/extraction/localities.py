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
_AT = (
    r"(?i:in|near|at|on|from|outside|around|into|to|toward|towards|attacked|raided|overran|seized|stormed|shelled|"
    r"bombed|struck|hit|targeted)"
)
# Words for a settlement, including the local ones reporters keep (corregimiento, barangay, kebele, union).
_SETTLEMENT = (
    r"(?:village|town|hamlet|settlement|locality|township|commune|community|upazila|camp|market town|border town|"
    r"corregimiento|vereda|barangay|kebele|union)"
)
_UNIT = rf"(?:{_SETTLEMENT}|district|county|sub-district|subdistrict|tehsil|municipality)"
# The part of a larger unit: "the Tajori area of Lakki Marwat district" (not kept when that unit is a city).
_PART = r"(?:(?P<district>area|district|union|sector|quarter)|subdistrict|sub-district|tehsil|locality)"
# Prefixes that name a village outright: "Barangay Carabalan", "Kebele 04".
_PREFIX = r"(?:Barangay|Brgy\.?|Sitio|Purok|Kebele|Woreda|Vereda|Corregimiento)"
_REGION = r"(?:province|region|state|governorate|department|prefecture|oblast|county|district)"
_DIRECTION = r"(?:(?:far |the )?(?:north|south|east|west|central|northern|southern|eastern|western)[a-z\-]*)"

# Where the sentence puts the name: "in northeastern Mali", "in Nigeria's Zamfara state" (the state, not the country).
_IN = (
    rf",? (?:in|of) (?:the )?(?:{_DIRECTION} )?(?:{_REGION} of )?(?:[A-Z][\w\-]*['’]s (?:{_DIRECTION} )?)?"
    rf"(?P<container>[A-Z][\w'’\-]*)"
)
_EDGE = r"(?:outskirts|edge|vicinity|fringes) of(?: the)?"

_FRAMES = (
    # "the village of Ajiri", "the town of Gumuruk in Borno state", "the municipality of Argelia"
    re.compile(
        rf"(?:\b(?P<people>[A-Z][a-z]+) )?\b(?:{_SETTLEMENT}|municipality) of {_NAME}(?! {_REGION}\b)(?:{_IN})?"
    ),
    # "near Phubala village", "in Shahjadpur upazila", "in Bala Buluk district" (not "the X district of Kabul")
    re.compile(rf"\b(?:{_AT}|of) (?:the )?{_NAME} {_UNIT}\b(?! of)(?:{_IN})?"),
    # "in the Tajori area of Lakki Marwat district", "into the Dand-e-Patan district of Paktia"
    re.compile(rf"\b{_AT} (?:the )?{_NAME} (?P<part>{_PART}) of (?:the )?(?:{_DIRECTION} )?(?:[a-z]+ of )?"
               rf"(?:[A-Z][\w\-]*['’]s (?:{_DIRECTION} )?)?(?P<container>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?)"
               rf"(?P<region> {_REGION}\b)?"),
    # "in Barangay Carabalan"
    re.compile(rf"\b{_PREFIX} {_NAME}(?:{_IN})?"),
    # "on Mucojo, a coastal village in Macomia district", "in Mahaday, a town about 120 km north of"
    re.compile(rf"\b{_AT} {_NAME}, (?:a|an|the) (?:[a-z\-]+ ){{0,3}}{_SETTLEMENT}\b(?:{_IN})?"),
    # "near Tidermene in northeastern Mali", "from Dansadau in northwest Nigeria's Zamfara state"
    re.compile(rf"\b(?:{_AT}|{_EDGE}) {_NAME}{_IN}"),
    # "near Mangalla on Saturday", "on the outskirts of Eringeti,": near a name, then the sentence moves on
    re.compile(rf"\b(?:(?i:near|outside)|{_EDGE}) {_NAME}(?=[,.;]| (?:on|in|at|after|before|when|while|where|late|"
               rf"early|last|this)\b)"),
)


class Locality(NamedTuple):
    name: str
    start: int  # offset of the name in the text
    container: int | None  # offset of the place the sentence puts it in ("in northeastern Mali"), if any
    people: str | None = None  # the nationality the sentence gives it ("the Syrian village of Arima")
    part_of: bool = False  # named as an area or district of a city ("the Karrada district of Baghdad")


def localities(text: str) -> list[Locality]:
    """Names the sentence itself calls places, in text order, each once (the first frame that finds it wins)."""
    found: dict[int, Locality] = {}
    for frame in _FRAMES:
        for match in frame.finditer(text):
            start = match.start("name")
            if start in found:
                continue
            groups = match.groupdict()
            container = match.start("container") if groups.get("container") else None
            people = groups.get("people")
            # "the Karrada district of Baghdad", "the Dasht-e-Barchi area of Kabul"; not "... of Bannu district"
            part_of = bool(groups.get("district")) and not groups.get("region")
            found[start] = Locality(match.group("name"), start, container, people, part_of)
    return [found[start] for start in sorted(found)]
