"""When an incident happened: explicit dates, weekdays and relative words, resolved against the story's own date.

The reference day is the dateline's date when the story has one, else the publication date. Resolution rules:
weekday names ("on Monday", "Thursday's rockets") are the latest such day on or before the reference; "yesterday"
and "last night" the day before; "today", "earlier today", "this morning" the reference itself; an explicit date
without a year takes the latest year that does not put it after the reference. Precision follows ACLED: 1 a day,
2 a week ("last week", coded as the middle of that week), 3 a month ("last month", coded as its first day, the
project's labelling convention).

A date that follows a reporting verb ("police said on Saturday", "figures published on Monday") is when the news was
told, not when the incident happened, so an incident's own date is preferred to it; and a day whose clause reports an
event is preferred to a vaguer period named before it ("angry at a killing earlier this week, crowds burned cars on
Friday" is Friday).
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import dateparser

from pipelines.extraction import screen
from pipelines.extraction.dateline import MONTHS, Dateline, resolve_dateline_date
from pipelines.extraction.event_types import is_event_text

DAY, WEEK, MONTH = 1, 2, 3
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Screened (see screen.py): every sentence is searched for each kind of date, and most name none.
_EXPLICIT = screen.compile(
    rf"\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<y2>(?:19|20)\d\d))?)\b",
    re.IGNORECASE,
)
# "the 2019 Easter Sunday bombings", "Bloody Sunday", "Good Friday": names of days, not this week's.
_NAMED_DAY = r"(?<!easter\s)(?<!palm\s)(?<!bloody\s)(?<!black\s)(?<!good\s)(?<!holy\s)(?<!ash\s)"
_WEEKDAY = screen.compile(rf"{_NAMED_DAY}\b(?P<day>{'|'.join(WEEKDAYS)})(?:['’]s)?\b", re.IGNORECASE)
_RELATIVE = [
    (screen.compile(r"\b(?:yesterday|last\s+night|overnight)\b", re.IGNORECASE), lambda ref: (ref - timedelta(1), DAY)),
    (screen.compile(r"\b(?:today|earlier\s+today|this\s+(?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE),
     lambda ref: (ref, DAY)),
    (screen.compile(r"\b(?:the\s+day\s+before\s+yesterday)\b", re.IGNORECASE), lambda ref: (ref - timedelta(2), DAY)),
    (screen.compile(r"\blast\s+week(?:end)?\b", re.IGNORECASE),
     lambda ref: (ref - timedelta(days=ref.weekday() + 7) + timedelta(days=3), WEEK)),
    (screen.compile(r"\bthis\s+week\b|\bearlier\s+this\s+week\b", re.IGNORECASE),
     lambda ref: (ref - timedelta(days=ref.weekday()), WEEK)),
    (screen.compile(r"\blast\s+month\b", re.IGNORECASE), lambda ref: (_previous_month_start(ref), MONTH)),
    (screen.compile(r"\b(?:earlier\s+)?this\s+month\b", re.IGNORECASE), lambda ref: (ref.replace(day=1), MONTH)),
]  # fmt: skip
# "on the 27th": a day of the month without the month, the latest such day on or before the story's day.
_DAY_OF_MONTH = screen.compile(
    rf"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{_MONTH})\b)", re.IGNORECASE
)
# Every kind of date screened together (screen.Family); "on the 27th" apart, as its words are in most sentences.
_ANY_DATE = screen.Family([_EXPLICIT, _WEEKDAY, *(pattern for pattern, _ in _RELATIVE)])


@dataclass(frozen=True)
class EventDate:
    """A resolved date and its ACLED time precision (1 day, 2 week, 3 month)."""

    day: date
    precision: int
    reported: bool = field(default=False, compare=False)  # the day a source spoke, not the day of the incident
    night: bool = field(default=False, compare=False)  # "overnight", "last night": it may have begun the day before


def _previous_month_start(reference: date) -> date:
    return (reference.replace(day=1) - timedelta(days=1)).replace(day=1)


def latest_weekday(weekday: int, reference: date) -> date:
    """The latest date with that weekday (0 Monday) on or before reference."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _explicit_date(match: re.Match, reference: date) -> date | None:
    month_name = match.group("m1") or match.group("m2")
    day = int(match.group("d1") or match.group("d2"))
    year = match.group("y1") or match.group("y2")
    if year:
        parsed = dateparser.parse(
            f"{day} {month_name} {year}", languages=["en"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True}
        )
        return parsed.date() if parsed else None
    month = MONTHS[month_name.lower().rstrip(".")]
    if reference < _this_year(reference, month, day) <= reference + timedelta(days=_AHEAD_DAYS):
        return None  # "the October 30 village polls" a week before them: a day to come, not last year's
    return resolve_dateline_date(Dateline(city=None, country=None, month=month, day=day, year=None, end=0), reference)


# A yearless day this close after publication is one the story looks forward to.
_AHEAD_DAYS = 60


def _this_year(reference: date, month: int, day: int) -> date:
    try:
        return date(reference.year, month, day)
    except ValueError:
        return reference  # 29 February in a common year: no day ahead


_REPORTED_BEFORE = re.compile(
    r"\b(?:said(?:\s+by\s+(?:tele)?phone)?|says|told(?:\s+\w+){1,4}|announced|reported|confirmed|added|stated|"
    r"published|released|denied|claimed|given|reached(?:\s+by\s+(?:tele)?phone)?|speaking(?:\s+to\s+(?:\w+\s+){0,2}\w+)?)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$|"
    r"\b(?:as\s+of|by|until|up\s+to)\s+$|"  # "as of today, 27 are confirmed dead": the day of the count
    # the day of a statement ("said in its monthly update on Friday", "in a claim circulated on messaging apps on")
    r"\bin\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|claim|post|video|message|report|"
    r"update|communiqu\w*|bulletin|briefing)\s+(?:[\w-]+\s+){0,7}?(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# A day between the source and its verb ("The health ministry on Thursday revised down the death toll"): the telling's.
_REPORTED_AFTER = re.compile(
    r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:(?:morning|afternoon|evening)\s+)?(?:said|revised|"
    r"lowered|raised|updated|corrected|announced|confirmed|reported)\b",
    re.IGNORECASE,
)
# A day set before a clause whose verb is a report ("On Tuesday, he revised the toll down to 27", "On Monday, a health
# official at the hospital, who asked not to be named, said 26 bodies had been counted"): the day of the telling.
_FRONTED_DAY = re.compile(
    r"^(?:On|Early|Late|Later|Earlier|By|Yesterday|Today|Last|This)\b[^,]{0,30},\s+|"
    r"^On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?=[a-z])"  # "On Monday officials had said six ..."
)
# The clause's verb is a report when it comes within a few words of the clause's start, once a comma-set aside about
# the speaker (", who asked not to be named,") is left out: "Fano fighters seized the town ..., residents said" is not.
_REPORTING_CLAUSE = screen.compile(
    r"^(?:\S+\s+){0,7}?(?:said|says|told|revised|updated|announced|confirmed|reported|put\s+the\s+(?:death\s+)?toll|"
    r"gave\s+(?:a|the)\s+(?:new\s+)?(?:toll|figure))\b",
    re.IGNORECASE,
)
_SPEAKER_ASIDE = re.compile(r",[^,;]*,")
_ACT_VERB = screen.compile(
    r"\b(?:killed|killing|attacked|struck|stormed|opened\s+fire|fired|exploded|detonated|ambushed|raided|shot|"
    r"clashed|abducted|kidnapped|bombed|shelled|hit|burned|torched|set\s+fire|marched|protested|rioted|seized|"
    r"captured|overran)\b",
    re.IGNORECASE,
)


# The day a toll rose, or a wounded victim died later, in a sentence that tells the toll rising ("rose to nine on
# Monday after three of the wounded died"; "A boy died on Monday, raising to six the number killed when gunmen opened
# fire early on Sunday"): the count's day, not the attack's.
_TOLL_DAY_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased)\s+to\s+\S+\s+(?:(?:late|early)\s+)?(?:on\s+)?$|"
    r"\b(?:died|succumbed)(?:\s+(?:of|to)\s+(?:his|her|their)\s+(?:wounds|injuries))?\s+(?:(?:late|early)\s+)?"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)
_TOLL_RISING = re.compile(r"\b(?:raising|bringing|rose|risen|climbed)\b", re.IGNORECASE)


def _reported(text: str, start: int) -> bool:
    if _REPORTED_BEFORE.search(text, max(0, start - 70), start) or _REPORTED_AFTER.match(text, start):
        return True
    if _TOLL_DAY_BEFORE.search(text, max(0, start - 40), start) and _TOLL_RISING.search(text):
        return True
    fronted = _FRONTED_DAY.match(text)
    if fronted is None or start >= fronted.end():
        return False
    clause = _SPEAKER_ASIDE.sub(" ", text[fronted.end() :], count=1)
    told = _REPORTING_CLAUSE.match(clause)
    # the report's verb must come before any act ("On Tuesday, gunmen killed five, police said" is the act's day)
    return told is not None and not _ACT_VERB.search(clause, 0, told.end())


def find_dates(text: str, reference: date) -> list[tuple[int, EventDate]]:
    """Every date expression in text as (offset, resolved date), left to right."""
    return [(start, _mark_reported(text, start, found)) for start, found in _find_dates(text, reference)]


def _mark_reported(text: str, start: int, found: EventDate) -> EventDate:
    return EventDate(found.day, found.precision, reported=True) if _reported(text, start) else found


def preferred(text: str, found: list[tuple[int, EventDate]]) -> list[EventDate]:
    """The dates of find_dates(text) in the order they should be trusted as the incident's: its own before a
    report's; as written, except that a day whose clause reports an event of its own goes before a vaguer period
    named earlier ("angry at a killing earlier this week, crowds burned cars on Friday": Friday; "families of the
    guards killed last month appealed on Tuesday": last month)."""
    own = [(start, d) for start, d in found if not d.reported]
    if own and own[0][1].precision != DAY:
        for start, candidate in own[1:]:
            if candidate.precision == DAY and is_event_text(text[own[0][0] : start]):
                own.remove((start, candidate))
                own.insert(0, (start, candidate))
                break
    return [d for _, d in own] + [d for _, d in found if d.reported]


def _find_dates(text: str, reference: date) -> list[tuple[int, EventDate]]:
    day_of_month = "on the " in screen.case_folded(text) and _DAY_OF_MONTH.search(text) is not None
    if not day_of_month and not _ANY_DATE.may_match(text):
        return []  # most sentences name no date
    found: list[tuple[int, EventDate]] = []
    taken: list[tuple[int, int]] = []
    for match in _EXPLICIT.finditer(text):
        resolved = _explicit_date(match, reference)
        if resolved is not None:
            found.append((match.start(), EventDate(resolved, DAY)))
            taken.append(match.span())
    for pattern, resolve in _RELATIVE:
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            day, precision = resolve(reference)
            night = match.group().lower().endswith("night")
            found.append((match.start(), EventDate(day, precision, night=night)))
            taken.append(match.span())
    for match in _WEEKDAY.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        weekday = WEEKDAYS.index(match.group("day").lower())
        found.append((match.start(), EventDate(latest_weekday(weekday, reference), DAY)))
    for match in _DAY_OF_MONTH.finditer(text) if day_of_month else ():
        day = _latest_day_of_month(int(match.group("day")), reference)
        if day is not None and not any(s <= match.start() < e for s, e in taken):
            found.append((match.start(), EventDate(day, DAY)))
    return sorted(found, key=lambda item: item[0])


def _latest_day_of_month(day: int, reference: date) -> date | None:
    """The latest date on or before reference that falls on that day of a month (None for "the 31st" of nowhere)."""
    year, month = reference.year, reference.month
    for _ in range(3):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate <= reference:
            return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def reference_date(dateline: Dateline | None, published: date) -> date:
    """The story's own day: the dateline's date if it has one (never after publication), else publication."""
    if dateline is not None:
        resolved = resolve_dateline_date(dateline, published)
        if resolved is not None and resolved <= published:
            return resolved
    return published


def resolve_event_date(event_text: str, published: date, dateline: Dateline | None = None) -> EventDate:
    """The incident's date: the first date its own sentences state (see `preferred`), else the dateline's, else
    publication.

    With neither a stated date nor a dated dateline, the incident is only known to precede publication, so the
    publication date is returned with week precision.
    """
    reference = reference_date(dateline, published)
    dates = preferred(event_text, [(at, d) for at, d in find_dates(event_text, reference) if d.day <= published])
    if dates:
        return dates[0]
    if _dated(dateline):
        return EventDate(reference, DAY)
    return EventDate(published, WEEK)


def _dated(dateline: Dateline | None) -> bool:
    return dateline is not None and dateline.month is not None and dateline.day is not None
