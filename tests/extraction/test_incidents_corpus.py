"""The labelled incident set is the extractor's spec, so its labels must obey the conventions they document."""

import json
from collections import Counter
from datetime import date

from pipelines.evaluate import OWN_SET, fold
from pipelines.extraction.taxonomy import is_consistent

ROWS = [json.loads(line) for line in OWN_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
EVENT_ROWS = [r for r in ROWS if r["event_type"] is not None]
PHENOMENA = {
    "digits_separators", "number_words", "vague_amounts", "qualifiers", "singular_victim",
    "killed_vs_wounded_vs_missing_vs_abducted_vs_arrested", "attackers_count", "sums", "updates", "restatements",
    "negation", "nominal_forms", "foreign_figures", "deaths_without_number", "dateline_dates", "weekday_dates",
    "yesterday_last_night", "explicit_dates", "last_month", "places", "actors", "event_types",
    "two_events_one_text", "no_event",
}  # fmt: skip


def test_ids_are_unique():
    assert len({r["id"] for r in ROWS}) == len(ROWS)


def test_every_phenomenon_has_at_least_ten_texts():
    counts = Counter(r["phenomenon"] for r in ROWS)
    assert set(counts) == PHENOMENA
    assert min(counts.values()) >= 10


def test_event_types_are_consistent_acled_pairs():
    assert [r["id"] for r in EVENT_ROWS if not is_consistent(r["event_type"], r["sub_event_type"])] == []


def test_events_do_not_happen_after_publication():
    late = [r["id"] for r in EVENT_ROWS if r["event_date"] > r["published_date"]]  # ISO strings sort as dates
    assert late == []


def test_labelled_location_is_named_in_the_text():
    missing = [r["id"] for r in EVENT_ROWS if r["location"] and fold(r["location"]) not in fold(r["text"])]
    assert missing == []


def test_fatality_bounds_bracket_the_best_estimate():
    def bad(r: dict) -> bool:
        low, high = r["fatalities_low"], r["fatalities_high"]
        return (low is not None and low > r["fatalities"]) or (high is not None and high < r["fatalities"])

    assert [r["id"] for r in ROWS if bad(r)] == []


def test_every_event_has_a_date_precision_of_day_week_or_month():
    assert [r["id"] for r in EVENT_ROWS if r["date_precision"] not in (1, 2, 3)] == []


def test_month_only_dates_are_the_first_of_the_month_with_precision_3():
    month_rows = [r for r in ROWS if r["phenomenon"] == "last_month"]
    assert all(r["date_precision"] == 3 and r["event_date"].endswith("-01") for r in month_rows)


def test_weekday_dates_fall_within_the_week_before_publication():
    for r in (r for r in ROWS if r["phenomenon"] == "weekday_dates"):
        gap = (date.fromisoformat(r["published_date"]) - date.fromisoformat(r["event_date"])).days
        assert 0 <= gap <= 6, r["id"]


def test_texts_without_an_event_carry_no_casualties():
    for r in (r for r in ROWS if r["event_type"] is None):
        assert (r["fatalities"], r["injuries"], r["event_date"]) == (0, 0, None), r["id"]
