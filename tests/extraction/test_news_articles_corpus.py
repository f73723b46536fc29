"""The held-out news articles are a measuring stick only if their labels obey the conventions they document."""

import json

import pytest

from pipelines.evaluate import NEWS_SET, fold, load_news
from pipelines.extraction.places import country_names
from pipelines.extraction.taxonomy import EVENT_TYPES, is_consistent

ROWS = [json.loads(line) for line in NEWS_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
EVENTS = [(r, e) for r in ROWS for e in r["events"]]


def test_ids_are_unique():
    assert len({r["id"] for r in ROWS}) == len(ROWS)


def test_articles_are_full_length():
    assert [r["id"] for r in ROWS if not 250 <= len(r["text"].split()) <= 700] == []


def test_every_acled_event_type_occurs():
    assert {e["event_type"] for _, e in EVENTS} == EVENT_TYPES


def test_event_types_are_consistent_acled_pairs():
    assert [r["id"] for r, e in EVENTS if not is_consistent(e["event_type"], e["sub_event_type"])] == []


def test_countries_use_the_canonical_names():
    assert [r["id"] for r, e in EVENTS if e["country"] not in country_names()] == []


def test_events_do_not_happen_after_publication():
    assert [r["id"] for r, e in EVENTS if e["event_date"] > r["published_date"]] == []


def test_labelled_location_is_named_in_the_text():
    assert [r["id"] for r, e in EVENTS if fold(e["location"]) not in fold(r["text"])] == []


def test_fatality_bounds_bracket_the_best_estimate():
    def bad(e: dict) -> bool:
        low, high = e["fatalities_low"], e["fatalities_high"]
        return (low is not None and low > e["fatalities"]) or (high is not None and high < e["fatalities"])

    assert [r["id"] for r, e in EVENTS if bad(e)] == []


@pytest.mark.parametrize("row", [r for r in ROWS if len(r["events"]) > 1], ids=lambda r: r["id"])
def test_an_article_with_several_events_is_scored_on_their_sums_and_its_deadliest_event(row):
    item = next(i for i in load_news(NEWS_SET) if i.id == row["id"])
    deadliest = max(row["events"], key=lambda e: e["fatalities"])
    assert item.expected["fatalities"] == sum(e["fatalities"] for e in row["events"])
    assert item.expected["injuries"] == sum(e["injuries"] for e in row["events"])
    assert item.expected["events_count_exact"] == len(row["events"])
    assert (item.expected["location"], item.expected["event_type"]) == (deadliest["location"], deadliest["event_type"])
