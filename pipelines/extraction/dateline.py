"""News datelines ("BAGHDAD, Iraq, Jan 4:", "KABUL (Reuters) -"): where the reporter filed from and on which day."""

import re
from dataclasses import dataclass
from datetime import date

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH_NAMES = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Upper and lower case letters including accented ones (POPAYÁN, SÉGOU), which [A-Z] would miss.
# Latin Extended-A (ČAČAK, ŁÓDŹ) holds both cases; an all-caps city is still told by str.isupper().
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LOW = "a-zß-öø-ÿ\u0100-\u017f"
_CAPS_PLACE = rf"[{_UP}][{_UP}'’.\-]+(?:\s[{_UP}][{_UP}'’.\-]+){{0,3}}"
_TITLE_PLACE = rf"[{_UP}][{_LOW}'’\-]+(?:\s[{_UP}][{_LOW}'’\-]+){{0,2}}"
# "Iraq", "South Sudan", "Democratic Republic of Congo", "Central African Republic".
_REGION_WORD = rf"[{_UP}][{_UP}{_LOW}'’.\-]+"
# "Lanao del Sur", "Norte de Santander": the particles Spanish and Portuguese names join their words with.
_REGION = rf"(?P<country>{_REGION_WORD}(?:\s(?:(?:of|del|de|da|do|la)\s(?:the\s)?)?{_REGION_WORD}){{0,3}})"
# "Jan 4", "Jan. 4, 2024", "4 January 2024": the two orders get their own group names.
_DATE = (
    rf"(?:(?P<month>{_MONTH_NAMES})\.?\s(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s{_YEAR})?"
    rf"|(?P<day_first>[0-3]?\d)\s(?P<month_after>{_MONTH_NAMES})\.?(?:\s(?P<year_after>(?:19|20)\d\d))?)"
)
_AGENCY = r"\((?P<agency>[A-Za-z][\w .&/-]{0,30})\)"
_DASH = r"(?:\.?\s?[:\-–—]{1,2}\s?|\s[:\-–—]\s)"  # ".-": the Mexican press

# A capitalised city only counts as a dateline when something else marks it (a date, an agency or a dash
# right after it); an all-caps city is a dateline by itself. This keeps "Police said:" from being one.
_DATELINE = re.compile(
    rf"^\s*(?:\([^()]{{1,60}}\)\s*)?(?P<city>{_CAPS_PLACE}|{_TITLE_PLACE})(?:\s?/\s?{_CAPS_PLACE})?(?:,\s{_REGION})??(?:,?\s\(?{_DATE}\)?)?(?:\s?{_AGENCY})?{_DASH}"
)

# "Sept. 18 — A military air strike ...": a dateline with the filing day and no city.
_DATE_ONLY = re.compile(rf"^\s*{_DATE}\s?(?:—|–|\s-)\s")

_LEAD_LINES = 6  # a dateline opens the story, after at most a headline, a counter and a standfirst
_CLOCK_SKEW_DAYS = 2


@dataclass(frozen=True)
class Dateline:
    """What a dateline says. `end` is the offset in the text where the story after the dateline starts."""

    city: str | None
    country: str | None
    month: int | None
    day: int | None
    year: int | None
    end: int


_LINK_LABEL = re.compile(
    r"\s*(?:read\s+(?:also|more)|also\s+read|see\s+also|related|watch|listen|advertisement|photo|video|update)\s*",
    re.IGNORECASE,
)


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of one of the story's first lines, or None."""
    offset = 0
    lines_seen = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            found = _match_line(line, offset)
            if found is not None:
                return found
            lines_seen += 1
            if lines_seen == _LEAD_LINES:
                break
        offset += len(line)
    return None


def _match_line(line: str, offset: int) -> Dateline | None:
    match = _DATELINE.match(line)
    if match is None:
        dated = _DATE_ONLY.match(line)
        return None if dated is None else _dated(dated, None, None, offset)
    city = match.group("city")
    if _LINK_LABEL.fullmatch(city):
        return None  # "READ ALSO: Kaduna govt imposes curfew": a link to another story, not a dateline
    is_caps = city.isupper() and len(city) > 2
    marked = match.group("month") or match.group("month_after") or match.group("agency")
    if not is_caps and not marked:
        return None
    return _dated(match, city.title() if is_caps else city, match.group("country"), offset)


def _dated(match: re.Match[str], city: str | None, country: str | None, offset: int) -> Dateline:
    month_name = match.group("month") or match.group("month_after")
    day = match.group("day") or match.group("day_first")
    year = match.group("year") or match.group("year_after")
    return Dateline(
        city=city,
        country=country,
        month=MONTHS[month_name.lower()] if month_name else None,
        day=int(day) if day else None,
        year=int(year) if year else None,
        end=offset + match.end(),
    )


def resolve_dateline_date(dateline: Dateline, reference: date) -> date | None:
    """The dateline's day: with a year, as written; without, the latest such day on or before `reference`."""
    if dateline.month is None or dateline.day is None:
        return None
    if dateline.year:
        return _safe_date(dateline.year, dateline.month, dateline.day)
    this_year = _safe_date(reference.year, dateline.month, dateline.day)
    if this_year is not None and this_year <= reference:
        return this_year
    if this_year is not None and (this_year - reference).days <= _CLOCK_SKEW_DAYS:
        return None  # filed "tomorrow" in the reporter's time zone: not a reason to go back a year
    return _safe_date(reference.year - 1, dateline.month, dateline.day)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None  # 29 February in a common year, or a misread day
