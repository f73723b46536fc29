from datetime import date

import pytest

from pipelines.extraction.corpus.datelines import DATELINES, NOT_DATELINES, REFERENCE
from pipelines.extraction.dateline import Dateline, find_dateline, resolve_dateline_date

CASES = [(expected, opening) for expected, openings in DATELINES for opening in openings]


@pytest.mark.parametrize(("expected", "opening"), CASES)
def test_dateline_gives_city_country_and_day(expected, opening):
    city, country, month, day, year, resolved = expected
    found = find_dateline(opening)
    assert found is not None
    assert (found.city, found.country, found.month, found.day, found.year) == (city, country, month, day, year)
    assert resolve_dateline_date(found, REFERENCE) == resolved


@pytest.mark.parametrize("opening", NOT_DATELINES)
def test_ordinary_sentence_is_not_a_dateline(opening):
    assert find_dateline(opening) is None


def test_dateline_is_found_after_a_headline_counter_and_standfirst():
    text = "Four killed in strike\n\nThis news has been read 731 times!\n\nToll rises.\n\nBAGHDAD, Iraq, Jan 4: Story."
    found = find_dateline(text)
    assert found.city == "Baghdad"
    assert text[found.end :] == "Story."


def test_yearless_dateline_resolves_to_the_latest_such_day_not_after_collection():
    december = Dateline(city="Kabul", country=None, month=12, day=31, year=None, end=0)
    assert resolve_dateline_date(december, date(2024, 1, 2)) == date(2023, 12, 31)


def test_dateline_a_day_ahead_of_collection_is_clock_skew_not_last_year():
    tomorrow = Dateline(city="Kabul", country=None, month=1, day=6, year=None, end=0)
    assert resolve_dateline_date(tomorrow, date(2024, 1, 5)) is None


def test_dateline_without_a_day_gives_no_date():
    assert resolve_dateline_date(Dateline("Kabul", None, None, None, None, 0), REFERENCE) is None
