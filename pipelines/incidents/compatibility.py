"""Whether two event mentions can describe the same incident, and how close they are when they can.

A mention is a row of the `events` table. Two mentions are compatible when they come from different articles, are
in the same country, on the same or an adjacent day (wider when either date is only known to the week or month),
at the same place or a few kilometres apart, of compatible event types and with compatible death tolls.
"""

import math
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

# Days two event dates may differ by, by the coarser of the two ACLED time precisions (1 day, 2 week, 3 month).
DATE_TOLERANCE_DAYS: MappingProxyType[int, int] = MappingProxyType({1: 1, 2: 7, 3: 31})
# Two differently named places this close are taken as one place (a district and its city, a town and its
# suburb); farther apart they are different places even when everything else agrees.
SAME_PLACE_KM = 5.0
# Regions (geo_precision 3) compare by admin1; a country-level place (4) says nothing about where in the country.
_REGION, _COUNTRY = 3, 4

# Event types that reports of one incident are known to disagree on: a bombing of a market is remote violence to
# one outlet and an attack on civilians to another; an ambush is a battle when both sides' dead are counted and an
# attack on civilians when the victims are villagers; a protest that turns violent is a riot in some reports.
# Battles and remote violence are deliberately not paired: a city's bombing and an attack on its barracks the same
# day are two incidents far more often than one incident described two ways.
COMPATIBLE_EVENT_TYPES: frozenset[frozenset[str]] = frozenset(
    {
        frozenset({"Explosions/Remote violence", "Violence against civilians"}),
        frozenset({"Battles", "Violence against civilians"}),
        frozenset({"Protests", "Riots"}),
    }
)
# Within remote violence the sub-type separates incidents that share a city and a day (a drone strike and a
# roadside bomb), except between sub-types outlets confuse: strikes from the air against shelling and missiles,
# and the ways a bomb on the ground is set off.
SUB_EVENT_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"Air/drone strike", "Shelling/artillery/missile attack"}),
    frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"}),
    frozenset({"Chemical weapon"}),
)
_SUB_TYPED_EVENT_TYPES = frozenset({"Explosions/Remote violence"})

# Counts are compatible when the larger is at most COUNT_RATIO times the smaller plus COUNT_SLACK: tolls rise
# as the wounded die and the rubble is cleared, and sides disagree, but 3 and 40 are two incidents.
COUNT_RATIO = 3
COUNT_SLACK = 5


@dataclass(frozen=True)
class Mention:
    """The fields of an `events` row the clustering reads."""

    event_id: str
    article_id: str
    published_date: date
    event_date: date
    date_precision: int
    country: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    event_type: str
    sub_event_type: str
    fatalities: int
    injuries: int
    admin1: str | None = None
    geo_precision: int | None = None

    @property
    def order_key(self) -> tuple[date, str]:
        """Who reported first: the earliest published mention, ties broken by event_id."""
        return (self.published_date, self.event_id)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def date_tolerance(a: Mention, b: Mention) -> int:
    return DATE_TOLERANCE_DAYS.get(max(a.date_precision, b.date_precision), DATE_TOLERANCE_DAYS[3])


def _same_name(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold() == b.casefold()


def _place_unknown(m: Mention) -> bool:
    return (m.geo_precision or 1) >= _COUNTRY or (m.location is None and m.latitude is None and m.admin1 is None)


def place_distance(a: Mention, b: Mention) -> float | None:
    """Kilometres between the two places, 0 for the same named place; None when they cannot be the same place."""
    if _place_unknown(a) or _place_unknown(b):
        return SAME_PLACE_KM  # only the country is known: possible, but never as close as a named place
    if (a.geo_precision or 1) >= _REGION or (b.geo_precision or 1) >= _REGION:
        return SAME_PLACE_KM if a.admin1 is not None and a.admin1 == b.admin1 else None
    if _same_name(a.location, b.location):
        return 0.0
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    distance = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
    return distance if distance <= SAME_PLACE_KM else None


def types_compatible(a: Mention, b: Mention) -> bool:
    if a.event_type != b.event_type:
        return frozenset({a.event_type, b.event_type}) in COMPATIBLE_EVENT_TYPES
    if a.event_type in _SUB_TYPED_EVENT_TYPES and a.sub_event_type != b.sub_event_type:
        return any(a.sub_event_type in family and b.sub_event_type in family for family in SUB_EVENT_FAMILIES)
    return True


def counts_compatible(first: int, second: int) -> bool:
    """Zero is no count: early reports and follow-ups often give none, so it conflicts with nothing."""
    low, high = sorted((first, second))
    return low == 0 or high <= COUNT_RATIO * low + COUNT_SLACK


def cost(a: Mention, b: Mention) -> float | None:
    """How far apart two mentions are (lower merges first), or None when they cannot be the same incident."""
    if a.article_id == b.article_id or a.country is None or a.country != b.country:
        return None
    days = abs((a.event_date - b.event_date).days)
    if days > date_tolerance(a, b):
        return None
    distance = place_distance(a, b)
    if distance is None or not types_compatible(a, b):
        return None
    # Injuries are not compared: "dozens", "more than 50" and a later hospital count of one incident differ more
    # than the tolls of two incidents do.
    if not counts_compatible(a.fatalities, b.fatalities):
        return None
    count_gap = abs(a.fatalities - b.fatalities) / (1 + max(a.fatalities, b.fatalities))
    return (
        days
        + distance / SAME_PLACE_KM
        + (0.0 if a.event_type == b.event_type else 1.0)
        + (0.0 if a.sub_event_type == b.sub_event_type else 0.5)
        + count_gap
    )
