"""The records the extraction core returns: one ExtractedEvent per incident an article reports."""

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Place:
    """A resolved place. geo_precision: 1 the place itself, 2 near it or part of a region, 3 a region, 4 the country."""

    country: str | None = None
    country_iso3: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None


@dataclass(frozen=True)
class ExtractedEvent:
    """One incident. Column names follow the `events` table; evidence holds the sentences the values came from."""

    event_date: date
    date_precision: int  # 1 day, 2 week, 3 month or vaguer
    event_type: str
    sub_event_type: str
    fatalities: int
    fatalities_low: int
    fatalities_high: int
    injuries: int
    evidence: str
    place: Place = field(default_factory=Place)
    actor1: str | None = None
    actor2: str | None = None
