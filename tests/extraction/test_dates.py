"""Event dates resolve against the story's own day with a truthful precision."""

import pytest

from pipelines.extraction.corpus.dates import DATES
from pipelines.extraction.dateline import find_dateline
from pipelines.extraction.dates import latest_weekday, resolve_event_date

CASES = [(expected, published, dateline, text) for expected, published, dateline, texts in DATES for text in texts]


@pytest.mark.parametrize(("expected", "published", "dateline", "text"), CASES)
def test_event_text_resolves_to_date_and_precision(expected, published, dateline, text):
    line = find_dateline(dateline + text) if dateline else None
    resolved = resolve_event_date(text, published, line)
    assert (resolved.day, resolved.precision) == expected


def test_weekday_resolves_to_most_recent_day_before_publication():
    from datetime import date

    assert latest_weekday(3, date(2024, 1, 5)) == date(2024, 1, 4)  # Thursday before a Friday
    assert latest_weekday(4, date(2024, 1, 5)) == date(2024, 1, 5)  # the publication day itself


def test_date_without_year_is_never_after_publication():
    from datetime import date

    resolved = resolve_event_date("Shops were looted on December 30.", date(2024, 1, 2))
    assert resolved.day == date(2023, 12, 30)
