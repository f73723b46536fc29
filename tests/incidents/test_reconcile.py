"""The toll of an incident from conflicting and updated reports, and the rules deciding what can be merged."""

from datetime import date

from pipelines.incidents.compatibility import counts_compatible
from pipelines.incidents.merge import cluster
from tests.incidents.mentions import frame, mention

THU, FRI, SAT = date(2024, 1, 4), date(2024, 1, 5), date(2024, 1, 6)


def incident(*rows: dict) -> dict:
    result = cluster(frame(*rows))
    assert result.incidents.height == 1
    return result.incidents.row(0, named=True)


def test_best_toll_is_the_most_recent_report_even_when_it_is_lower():
    row = incident(mention("a", fatalities=4, fatalities_low=4, fatalities_high=4),
                   mention("b", published_date=FRI, fatalities=7, fatalities_low=7, fatalities_high=7),
                   mention("c", published_date=SAT, fatalities=6, fatalities_low=6, fatalities_high=6))
    assert (row["fatalities"], row["fatalities_low"], row["fatalities_high"]) == (6, 4, 7)


def test_a_later_report_that_gives_no_toll_does_not_erase_the_toll():
    row = incident(mention("a", fatalities=4, fatalities_low=4, fatalities_high=4),
                   mention("b", published_date=FRI, fatalities=0, fatalities_low=0, fatalities_high=0, injuries=0))
    assert (row["fatalities"], row["fatalities_low"], row["injuries"]) == (4, 4, 6)


def test_conflicting_reports_of_the_same_day_give_the_lowest_as_best_and_span_low_to_high():
    row = incident(mention("a", fatalities=12, fatalities_low=12, fatalities_high=12),
                   mention("b", fatalities=18, fatalities_low=15, fatalities_high=20))
    assert (row["fatalities"], row["fatalities_low"], row["fatalities_high"]) == (12, 12, 20)


def test_every_mention_and_url_is_kept_for_audit():
    row = incident(mention("a"), mention("b", published_date=FRI, fatalities=5))
    assert row["event_ids"] == ["a", "b"]
    assert row["source_urls"] == ["https://news.example/a", "https://news.example/b"]
    assert (row["mention_count"], row["first_published"], row["last_published"]) == (2, THU, FRI)


def test_tolls_that_rise_or_conflict_are_compatible_but_an_order_of_magnitude_is_not():
    assert counts_compatible(4, 16)
    assert counts_compatible(0, 40)  # a first report that has not counted the dead yet
    assert not counts_compatible(3, 40)
