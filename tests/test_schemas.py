from datetime import date

import pytest

from pipelines.schemas import ExtractedEvents
from pipelines.validation import split_by_schema
from tests.factories import event_row, events


def reasons_for(**overrides) -> str:
    frame = events(event_row(), event_row(event_id="ev-2", **overrides)).drop("rejected_reason")
    split = split_by_schema(frame, ExtractedEvents)
    assert split.valid["event_id"].to_list() == ["ev-1"]
    return split.invalid["reason"].item()


@pytest.mark.parametrize(
    ("overrides", "reason_part"),
    [
        ({"fatalities": -1, "fatalities_low": -1}, "fatalities: greater_than_or_equal_to(0)"),
        ({"fatalities": 1_000_000_000, "fatalities_high": 1_000_000_000}, "fatalities: less_than_or_equal_to"),
        ({"fatalities_low": 5}, "fatalities_low <= fatalities <= fatalities_high"),
        ({"fatalities_high": 3}, "fatalities_low <= fatalities <= fatalities_high"),
        ({"injuries": -2}, "injuries"),
        ({"event_date": date(2024, 1, 9)}, "event_date not after published_date"),
        ({"event_date": date(1850, 1, 1)}, "event_date"),
        ({"event_type": "Battles"}, "sub_event_type belongs to event_type"),
        ({"sub_event_type": "Drone attack"}, "sub_event_type: isin"),
        ({"country": "Atlantis"}, "country: isin"),
        ({"date_precision": 7}, "date_precision"),
    ],
)
def test_event_breaking_a_rule_is_rejected_with_the_rule_named(overrides, reason_part):
    assert reason_part in reasons_for(**overrides)


def test_event_within_every_rule_passes():
    split = split_by_schema(events(event_row()).drop("rejected_reason"), ExtractedEvents)
    assert split.invalid.height == 0 and split.valid.height == 1


def test_a_missing_column_is_a_broken_stage_not_a_bad_row():
    with pytest.raises(TypeError, match="contract broken"):
        split_by_schema(events(event_row()).drop("rejected_reason", "fatalities"), ExtractedEvents)
